// Tests for query/query_result.h (the factories).
#include "query/query_result.h"

#include <gtest/gtest.h>

namespace awardgraph::query {
namespace {

TEST(QueryResultTest, FactoriesSetTheKind) {
  const QueryResult b = QueryResult::Bindings({"s", "o"});
  EXPECT_EQ(b.kind, QueryResult::Kind::kBindings);
  EXPECT_EQ(b.variables, (std::vector<std::string>{"s", "o"}));
  EXPECT_TRUE(b.rows.empty());
  const QueryResult a = QueryResult::Boolean(true);
  EXPECT_EQ(a.kind, QueryResult::Kind::kBoolean);
  EXPECT_TRUE(a.boolean);
  const QueryResult g = QueryResult::Graph(
      {{Term::Iri("http://ex/a"), Term::Iri("http://ex/p"), Term::Literal("x")}});
  EXPECT_EQ(g.kind, QueryResult::Kind::kGraph);
  EXPECT_EQ(g.triples.size(), 1u);
}

}  // namespace
}  // namespace awardgraph::query
