// Tests for query/sparql_text.h.
#include "query/sparql_text.h"

#include <gtest/gtest.h>

namespace awardgraph::query {
namespace {

using Kind = SparqlToken::Kind;

TEST(TokenizeSparqlTest, ClassifiesTokens) {
  const auto tokens = TokenizeSparql("SELECT ?x WHERE { ?x ag:p <http://a/b#c> ; a \"s\\\"}\" . }");
  ASSERT_EQ(tokens.size(), 12u);
  EXPECT_EQ(tokens[0].kind, Kind::kWord);
  EXPECT_EQ(tokens[1].kind, Kind::kVariable);
  EXPECT_EQ(tokens[1].text, "?x");
  EXPECT_EQ(tokens[5].kind, Kind::kPrefixedName);
  EXPECT_EQ(tokens[6].kind, Kind::kIri);
  EXPECT_EQ(tokens[6].text, "<http://a/b#c>");
  EXPECT_EQ(tokens[9].kind, Kind::kString);
  EXPECT_EQ(tokens[9].text, "\"s\\\"}\"");
  EXPECT_EQ(tokens[11].text, "}");
}

TEST(TokenizeSparqlTest, CommentsAndLessThan) {
  const auto tokens = TokenizeSparql("# SERVICE {\nFILTER(?a < 3) # }\n");
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[3].text, "<");
  EXPECT_EQ(tokens[3].kind, Kind::kPunct);
}

TEST(TokenizeSparqlTest, FinalDotEndsAPrefixedName) {
  const auto tokens = TokenizeSparql("?s ag:p ag:o.");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[2].text, "ag:o");
  EXPECT_EQ(tokens[3].text, ".");
}

TEST(TokenizeSparqlTest, LongStrings) {
  const auto tokens = TokenizeSparql("'''a ' } b''' ?x");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].text, "'''a ' } b'''");
}

TEST(AnalyzeQueryTest, SelectWithAggregates) {
  const std::string q =
      "PREFIX ag: <https://w3id.org/awardgraph/ontology#>\n"
      "SELECT ?org (COUNT(?n) AS ?wins) (STR(?org) AS ?s) WHERE { ?n ag:nominee ?org }\n"
      "GROUP BY ?org ORDER BY DESC(?wins)";
  const QueryShape s = AnalyzeQuery(q);
  EXPECT_EQ(s.form, QueryForm::kSelect);
  EXPECT_EQ(q.substr(s.prologue_end, 6), "SELECT");
  ASSERT_EQ(s.projection.size(), 3u);
  EXPECT_EQ(s.projection[0].variable, "org");
  EXPECT_FALSE(s.projection[0].is_expression);
  EXPECT_EQ(s.projection[1].variable, "wins");
  EXPECT_EQ(s.projection[1].aggregate, AggregateKind::kCount);
  EXPECT_EQ(s.projection[2].aggregate, AggregateKind::kNone);
  EXPECT_TRUE(s.projection[2].is_expression);
  EXPECT_TRUE(s.HasAggregates());
  EXPECT_TRUE(s.has_group_by);
  EXPECT_FALSE(s.has_having);
  EXPECT_FALSE(s.has_limit_or_offset);
  EXPECT_EQ(WherePatternAsAsk(q, s),
            "PREFIX ag: <https://w3id.org/awardgraph/ontology#>\nASK { ?n ag:nominee ?org }");
}

TEST(AnalyzeQueryTest, AggregateInsideLargerExpressionIsNotAnAggregateColumn) {
  const QueryShape s = AnalyzeQuery("SELECT ((COUNT(?x) + 1) AS ?n) (SUM(?y) AS ?t) {}");
  ASSERT_EQ(s.projection.size(), 2u);
  EXPECT_EQ(s.projection[0].aggregate, AggregateKind::kNone);
  EXPECT_EQ(s.projection[1].aggregate, AggregateKind::kSum);
}

TEST(AnalyzeQueryTest, GroupByInsideSubqueryIsNotTopLevel) {
  const QueryShape s = AnalyzeQuery(
      "SELECT (COUNT(?c) AS ?n) WHERE { { SELECT ?c WHERE { ?c ?p ?o } GROUP BY ?c } }"
      " LIMIT 5");
  EXPECT_FALSE(s.has_group_by);
  EXPECT_TRUE(s.has_limit_or_offset);
}

TEST(AnalyzeQueryTest, Forms) {
  EXPECT_EQ(AnalyzeQuery("ASK { ?s ?p ?o }").form, QueryForm::kAsk);
  EXPECT_EQ(AnalyzeQuery("construct { ?s ?p ?o } where { ?s ?p ?o }").form, QueryForm::kConstruct);
  EXPECT_EQ(AnalyzeQuery("BASE <http://x/> DESCRIBE <a>").form, QueryForm::kDescribe);
  EXPECT_EQ(AnalyzeQuery("PREFIX a: <x:> INSERT DATA { a:b a:c a:d }").form, QueryForm::kUpdate);
  EXPECT_EQ(AnalyzeQuery("DELETE WHERE { ?s ?p ?o }").form, QueryForm::kUpdate);
  EXPECT_EQ(AnalyzeQuery("WITH <g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }").form,
            QueryForm::kUpdate);
  EXPECT_EQ(AnalyzeQuery("").form, QueryForm::kUnknown);
  EXPECT_EQ(AnalyzeQuery("SELEC ?x {}").form, QueryForm::kUnknown);
}

TEST(AnalyzeQueryTest, ConstructTemplateIsNotTheWhereGroup) {
  const std::string q = "CONSTRUCT { ?s a ?c } WHERE { ?s ?p ?c }";
  const QueryShape s = AnalyzeQuery(q);
  EXPECT_EQ(q.substr(s.where_begin, s.where_end - s.where_begin), "{ ?s ?p ?c }");
}

TEST(AnalyzeQueryTest, FeatureKeywords) {
  EXPECT_TRUE(AnalyzeQuery("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }").uses_service);
  EXPECT_TRUE(AnalyzeQuery("SELECT * { ?s ?p ?o VALUES ?o { 1 } }").uses_values);
  EXPECT_TRUE(AnalyzeQuery("SELECT * { ?s ?p ?o MINUS { ?s a ?c } }").uses_minus);
  EXPECT_TRUE(AnalyzeQuery("SELECT * { GRAPH ?g { ?s ?p ?o } }").uses_graph);
  EXPECT_TRUE(AnalyzeQuery("SELECT * FROM <g> { ?s ?p ?o }").uses_from);
  // Not keywords: inside strings, IRIs, comments, variables or prefixed names.
  const QueryShape s =
      AnalyzeQuery("SELECT ?graph { ?s <http://x/SERVICE> \"VALUES\" ; ex:minus ?graph } # FROM");
  EXPECT_FALSE(s.uses_service || s.uses_values || s.uses_minus || s.uses_graph || s.uses_from);
}

TEST(AnalyzeQueryTest, SelectStarAndDistinct) {
  const QueryShape s = AnalyzeQuery("SELECT DISTINCT * WHERE { ?s ?p ?o }");
  EXPECT_TRUE(s.select_all);
  EXPECT_TRUE(s.projection.empty());
}

TEST(DescribeAsSelectTest, ConstantsBecomeBoundColumns) {
  const std::string q = "PREFIX ag: <x:>\nDESCRIBE ag:a <http://b>";
  const QueryShape s = AnalyzeQuery(q);
  ASSERT_EQ(s.describe_targets.size(), 2u);
  EXPECT_EQ(DescribeAsSelect(q, s),
            "PREFIX ag: <x:>\nSELECT (ag:a AS ?describe_0) (<http://b> AS ?describe_1) WHERE {} ");
}

TEST(DescribeAsSelectTest, VariablesKeepTheirWhere) {
  const std::string q = "DESCRIBE ?x WHERE { ?x a ?c }";
  EXPECT_EQ(DescribeAsSelect(q, AnalyzeQuery(q)), "SELECT ?x  WHERE { ?x a ?c }");
}

TEST(DescribeSyntaxErrorTest, QuotedTokenGivesTheColumn) {
  const std::string q = "SELECT ?x WHERE {\n ?s ?p ?x .\n FILTER(?x = ) }";
  const SyntaxErrorReport r = DescribeSyntaxError(q, "syntax error, unexpected ')'", 3);
  EXPECT_EQ(r.line, 3);
  EXPECT_EQ(r.column, 14);
  EXPECT_EQ(r.message,
            "query syntax error at line 3, column 14: syntax error, unexpected ')'\n"
            "   FILTER(?x = ) }\n"
            "               ^");
}

TEST(DescribeSyntaxErrorTest, UnexpectedEndPointsAfterTheLastToken) {
  const SyntaxErrorReport r = DescribeSyntaxError("SELECT * WHERE { ?s ?p ?o } GROUP BY\n",
                                                  "syntax error, unexpected $end", 1);
  EXPECT_EQ(r.line, 1);
  EXPECT_EQ(r.column, 37);
}

TEST(DescribeSyntaxErrorTest, UndeclaredPrefixFoundWithoutALine) {
  const SyntaxErrorReport r =
      DescribeSyntaxError("PREFIX x: <a:>\nSELECT * WHERE { ?s y:p ?o }",
                          "The namespace prefix in \"y:p\" was not declared.", 0);
  EXPECT_EQ(r.line, 2);
  EXPECT_EQ(r.column, 21);
}

TEST(DescribeSyntaxErrorTest, BareKeywordTokenIsFoundAsAWord) {
  const SyntaxErrorReport r = DescribeSyntaxError(
      "SELECT ?x WHERE {\n ?x ?filter\n filter(?x = ) }", "syntax error, unexpected FILTER", 3);
  EXPECT_EQ(r.line, 3);
  EXPECT_EQ(r.column, 2);
}

TEST(DescribeSyntaxErrorTest, BlankQueryShowsNoEmptyExcerpt) {
  EXPECT_EQ(DescribeSyntaxError("  ", "syntax error, unexpected $end", 1).message,
            "query syntax error at line 1: syntax error, unexpected $end");
}

TEST(DescribeSyntaxErrorTest, NoPositionAtAll) {
  const SyntaxErrorReport r = DescribeSyntaxError("x", "bad", 0);
  EXPECT_EQ(r.message, "query syntax error: bad");
}

}  // namespace
}  // namespace awardgraph::query
