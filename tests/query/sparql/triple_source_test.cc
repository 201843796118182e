// Tests for query/sparql/triple_source.h (MemoryTripleSource).
#include "query/sparql/triple_source.h"

#include <gtest/gtest.h>

namespace awardgraph::query::sparql {
namespace {

TEST(MemoryTripleSourceTest, FindsByAnyBoundPositionPerGraph) {
  MemoryTripleSource data;
  const Term a = Term::Iri("http://ex/a"), p = Term::Iri("http://ex/p"), x = Term::Literal("x");
  data.Add({a, p, x});
  data.Add({a, p, x});  // once
  data.Add({x.IsLiteral() ? a : a, p, Term::Literal("y")}, "http://ex/g");
  int n = 0;
  data.Find(nullptr, &p, nullptr, nullptr, [&](const Term&, const Term&, const Term&) {
    ++n;
    return true;
  });
  EXPECT_EQ(n, 1);
  const Term g = Term::Iri("http://ex/g");
  n = 0;
  data.Find(&a, nullptr, nullptr, &g, [&](const Term&, const Term&, const Term& o) {
    EXPECT_EQ(o.value, "y");
    ++n;
    return true;
  });
  EXPECT_EQ(n, 1);
  std::vector<Term> graphs;
  data.FindInNamedGraphs(nullptr, nullptr, nullptr,
                         [&](const Term&, const Term&, const Term&, const Term& gr) {
                           graphs.push_back(gr);
                           return true;
                         });
  EXPECT_EQ(graphs, std::vector<Term>{g});
  EXPECT_EQ(data.NamedGraphs(), std::vector<Term>{g});
}

}  // namespace
}  // namespace awardgraph::query::sparql
