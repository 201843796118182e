// Tests for query/sparql/parser.h.
#include "query/sparql/parser.h"

#include <gtest/gtest.h>

#include "query/errors.h"

namespace awardgraph::query::sparql {
namespace {

TEST(ParseQueryTest, SelectStarProjectsVisibleVariablesInOrder) {
  const ParsedQuery q = ParseQuery("PREFIX ex: <http://ex/> SELECT * { ?s ex:p ?o . _:b ex:q ?s }");
  ASSERT_EQ(q.projection.size(), 2u);
  EXPECT_EQ(q.variables[q.projection[0]], "s");
  EXPECT_EQ(q.variables[q.projection[1]], "o");
  EXPECT_EQ(q.pattern->kind, PatternKind::kProject);
  EXPECT_EQ(q.pattern->left->kind, PatternKind::kBgp);
  EXPECT_EQ(q.pattern->left->triples.size(), 2u);
}

TEST(ParseQueryTest, OptionalFilterBecomesTheLeftJoinCondition) {
  const ParsedQuery q = ParseQuery(
      "SELECT * { ?s <http://ex/p> ?o OPTIONAL { ?o <http://ex/q> ?v FILTER(?v > 1) } }");
  const Pattern& lj = *q.pattern->left;
  ASSERT_EQ(lj.kind, PatternKind::kLeftJoin);
  ASSERT_TRUE(lj.expr);
  EXPECT_EQ(lj.expr->kind, ExprKind::kGreater);
  EXPECT_EQ(lj.right->kind, PatternKind::kBgp);
}

TEST(ParseQueryTest, PathsAndAggregates) {
  const ParsedQuery q = ParseQuery(
      "PREFIX ex: <http://ex/> SELECT ?s (COUNT(DISTINCT ?o) AS ?n) "
      "{ ?s ex:p+/^ex:q ?o } GROUP BY ?s HAVING (COUNT(?o) > 1) ORDER BY DESC(?n) LIMIT 5");
  EXPECT_EQ(q.pattern->kind, PatternKind::kSlice);
  EXPECT_EQ(q.pattern->limit, 5);
  const Pattern* p = q.pattern.get();
  while (p->kind != PatternKind::kGroup) p = p->left.get();
  EXPECT_EQ(p->aggregates.size(), 2u);
  EXPECT_TRUE(p->aggregates[0].distinct);
}

TEST(ParseQueryTest, LiteralsAndNumbers) {
  const ParsedQuery q = ParseQuery(
      "SELECT * { ?s ?p 'a\\tb'@en-GB , -1.5 , 2e3 , true , \"\"\"x\"y\"\"\"^^<http://ex/t> }");
  const auto& t = q.pattern->left->triples;
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].object.term, Term::LangString("a\tb", "en-gb"));
  EXPECT_EQ(t[1].object.term.value, "-1.5");
  EXPECT_EQ(t[2].object.term.datatype, "http://www.w3.org/2001/XMLSchema#double");
  EXPECT_EQ(t[3].object.term.value, "true");
  EXPECT_EQ(t[4].object.term, Term::Typed("x\"y", "http://ex/t"));
}

TEST(ParseQueryTest, SyntaxErrorsHaveLineColumnAndCaret) {
  try {
    ParseQuery("SELECT ?x WHERE {\n  ?x ?p ?o .\n  FILTER(?x = ) }");
    FAIL();
  } catch (const QuerySyntaxError& e) {
    EXPECT_EQ(e.Line(), 3);
    EXPECT_EQ(e.Column(), 15);
    EXPECT_NE(std::string(e.what()).find("unexpected ')'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("\n                ^"), std::string::npos) << e.what();
  }
}

TEST(ParseQueryTest, ScopeRulesAreSyntaxErrors) {
  EXPECT_THROW(ParseQuery("SELECT * { ?s ?p ?o BIND(1 AS ?o) }"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("SELECT ?s (COUNT(?o) AS ?n) { ?s ?p ?o }"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("SELECT (1 AS ?o) { ?s ?p ?o }"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("SELECT * { ?s ?p ?o FILTER(COUNT(?s) > 1) }"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("SELECT * { _:a ?p ?o OPTIONAL { _:a ?q ?r } }"), QuerySyntaxError);
  EXPECT_THROW(ParseQuery("SELECT * { ?s ex:p ?o }"), QuerySyntaxError);
}

TEST(ParseQueryTest, UpdateIsRefused) {
  EXPECT_THROW(ParseQuery("INSERT DATA { <a:b> <a:c> <a:d> }"), UnsupportedQueryError);
  EXPECT_THROW(ParseQuery("PREFIX x: <a:> DELETE WHERE { ?s ?p ?o }"), UnsupportedQueryError);
}

TEST(ResolveIriTest, Rfc3986Examples) {
  const std::string base = "http://a/b/c/d;p?q";
  EXPECT_EQ(ResolveIri(base, "g"), "http://a/b/c/g");
  EXPECT_EQ(ResolveIri(base, "../g"), "http://a/b/g");
  EXPECT_EQ(ResolveIri(base, "/g"), "http://a/g");
  EXPECT_EQ(ResolveIri(base, "#s"), "http://a/b/c/d;p?q#s");
  EXPECT_EQ(ResolveIri(base, "//g"), "http://g");
  EXPECT_EQ(ResolveIri(base, "http://x/y"), "http://x/y");
}

}  // namespace
}  // namespace awardgraph::query::sparql
