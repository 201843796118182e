// Tests for query/query_result.h (FixEmptyAggregates; the factories in passing).
#include "query/query_result.h"

#include <gtest/gtest.h>

#include "ontology/vocabulary.h"

namespace awardgraph::query {
namespace {

TEST(FixEmptyAggregatesTest, GroupByOverEmptyMatchDropsTheBogusRow) {
  const QueryShape shape =
      AnalyzeQuery("SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c");
  QueryResult r = QueryResult::Bindings({"c", "n"});
  r.rows.push_back({std::nullopt, Term::Typed("1", vocab::kXsdInteger)});
  FixEmptyAggregates(shape, r, [] { return false; });
  EXPECT_TRUE(r.rows.empty());
}

TEST(FixEmptyAggregatesTest, GroupByWithARealSingleGroupKeepsIt) {
  const QueryShape shape =
      AnalyzeQuery("SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c");
  QueryResult r = QueryResult::Bindings({"c", "n"});
  r.rows.push_back({Term::Iri(vocab::kTrust), Term::Typed("1", vocab::kXsdInteger)});
  FixEmptyAggregates(shape, r, [] { return true; });
  EXPECT_EQ(r.rows.size(), 1u);
}

TEST(FixEmptyAggregatesTest, GroupByWithManyRowsNeverAsks) {
  const QueryShape shape = AnalyzeQuery("SELECT (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c");
  QueryResult r = QueryResult::Bindings({"n"});
  r.rows.resize(2, ResultRow(1));
  FixEmptyAggregates(shape, r, []() -> bool { throw std::logic_error("asked"); });
  EXPECT_EQ(r.rows.size(), 2u);
}

TEST(FixEmptyAggregatesTest, NoGroupByOverEmptyMatchGetsOneRow) {
  const QueryShape shape = AnalyzeQuery(
      "SELECT (COUNT(?s) AS ?n) (SUM(?v) AS ?t) (GROUP_CONCAT(?v) AS ?g) (MAX(?v) AS ?m) "
      "WHERE { ?s ?p ?v }");
  QueryResult r = QueryResult::Bindings({"n", "t", "g", "m"});
  FixEmptyAggregates(shape, r, [] { return false; });
  ASSERT_EQ(r.rows.size(), 1u);
  EXPECT_EQ(r.rows[0][0], Term::Typed("0", vocab::kXsdInteger));
  EXPECT_EQ(r.rows[0][1], Term::Typed("0", vocab::kXsdInteger));
  EXPECT_EQ(r.rows[0][2], Term::Literal(""));
  EXPECT_EQ(r.rows[0][3], std::nullopt);
}

TEST(FixEmptyAggregatesTest, HavingLimitAndPlainQueriesAreLeftAlone) {
  for (const char* q :
       {"SELECT (COUNT(?s) AS ?n) WHERE { ?s ?p ?o } HAVING (COUNT(?s) > 1)",
        "SELECT (COUNT(?s) AS ?n) WHERE { ?s ?p ?o } LIMIT 0", "SELECT ?s WHERE { ?s ?p ?o }"}) {
    QueryResult r = QueryResult::Bindings({"n"});
    FixEmptyAggregates(AnalyzeQuery(q), r, [] { return false; });
    EXPECT_TRUE(r.rows.empty()) << q;
  }
}

TEST(QueryResultTest, Factories) {
  EXPECT_EQ(QueryResult::Boolean(true).kind, QueryResult::Kind::kBoolean);
  EXPECT_TRUE(QueryResult::Boolean(true).boolean);
  EXPECT_EQ(QueryResult::Graph({}).kind, QueryResult::Kind::kGraph);
}

}  // namespace
}  // namespace awardgraph::query
