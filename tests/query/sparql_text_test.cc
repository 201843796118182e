// Tests for query/sparql_text.h.
#include "query/sparql_text.h"

#include <gtest/gtest.h>

namespace awardgraph::query {
namespace {

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
