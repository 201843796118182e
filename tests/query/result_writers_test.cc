// Tests for query/result_writers.h, against hand-checked expected text.
#include "query/result_writers.h"

#include <gtest/gtest.h>

#include <sstream>

#include "ontology/vocabulary.h"
#include "query/errors.h"

namespace awardgraph::query {
namespace {

// Two rows exercising every term kind, escapes, unicode and unbound values.
QueryResult Sample() {
  QueryResult r = QueryResult::Bindings({"s", "label", "n", "b", "missing"});
  r.rows.push_back({Term::Iri("http://ex/a"), Term::LangString("Tab\there \"q\", new\nline", "en"),
                    Term::Typed("5", vocab::kXsdInteger), Term::Blank("b1"), std::nullopt});
  r.rows.push_back({Term::Iri("http://ex/b?x=1&y=2"), Term::Literal("Zo\u00eb \u2713\x01"),
                    Term::Typed("2024-01-01", vocab::kXsdDate), std::nullopt, std::nullopt});
  return r;
}

std::string Write(const QueryResult& r, ResultFormat f) {
  std::ostringstream out;
  WriteResult(r, f, out);
  return out.str();
}

TEST(ResultWritersTest, Json) {
  EXPECT_EQ(Write(Sample(), ResultFormat::kJson),
            R"({"head":{"vars":["s","label","n","b","missing"]},"results":{"bindings":[
{"s":{"type":"uri","value":"http://ex/a"},"label":{"type":"literal","value":"Tab\there \"q\", new\nline","xml:lang":"en"},"n":{"type":"literal","value":"5","datatype":"http://www.w3.org/2001/XMLSchema#integer"},"b":{"type":"bnode","value":"b1"}},
{"s":{"type":"uri","value":"http://ex/b?x=1&y=2"},"label":{"type":"literal","value":"Zoë ✓\u0001"},"n":{"type":"literal","value":"2024-01-01","datatype":"http://www.w3.org/2001/XMLSchema#date"}}
]}}
)");
}

TEST(ResultWritersTest, JsonEmptyAndBoolean) {
  EXPECT_EQ(Write(QueryResult::Bindings({"x"}), ResultFormat::kJson),
            "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":[]}}\n");
  EXPECT_EQ(Write(QueryResult::Boolean(true), ResultFormat::kJson),
            "{\"head\":{},\"boolean\":true}\n");
  EXPECT_EQ(Write(QueryResult::Boolean(false), ResultFormat::kJson),
            "{\"head\":{},\"boolean\":false}\n");
}

TEST(ResultWritersTest, JsonEscapesEveryControlCharacter) {
  QueryResult r = QueryResult::Bindings({"v"});
  r.rows.push_back({Term::Literal(std::string("\b\f\r\\/\x1f\x7f", 7))});
  EXPECT_NE(Write(r, ResultFormat::kJson)
                .find(R"("value":"\b\f\r\\/\u001f)"
                      "\x7f"
                      R"(")"),
            std::string::npos);
}

TEST(ResultWritersTest, Xml) {
  EXPECT_EQ(Write(Sample(), ResultFormat::kXml),
            "<?xml version=\"1.0\"?>\n"
            "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
            "  <head>\n"
            "    <variable name=\"s\"/>\n"
            "    <variable name=\"label\"/>\n"
            "    <variable name=\"n\"/>\n"
            "    <variable name=\"b\"/>\n"
            "    <variable name=\"missing\"/>\n"
            "  </head>\n"
            "  <results>\n"
            "    <result>\n"
            "      <binding name=\"s\"><uri>http://ex/a</uri></binding>\n"
            "      <binding name=\"label\"><literal xml:lang=\"en\">Tab\there &quot;q&quot;, "
            "new\nline</literal></binding>\n"
            "      <binding name=\"n\"><literal "
            "datatype=\"http://www.w3.org/2001/XMLSchema#integer\">5</literal></binding>\n"
            "      <binding name=\"b\"><bnode>b1</bnode></binding>\n"
            "    </result>\n"
            "    <result>\n"
            "      <binding name=\"s\"><uri>http://ex/b?x=1&amp;y=2</uri></binding>\n"
            "      <binding name=\"label\"><literal>Zo\u00eb \u2713\uFFFD</literal></binding>\n"
            "      <binding name=\"n\"><literal "
            "datatype=\"http://www.w3.org/2001/XMLSchema#date\">2024-01-01</literal></binding>\n"
            "    </result>\n"
            "  </results>\n"
            "</sparql>\n");
}

TEST(ResultWritersTest, XmlBooleanAndMarkupInValues) {
  EXPECT_EQ(Write(QueryResult::Boolean(false), ResultFormat::kXml),
            "<?xml version=\"1.0\"?>\n"
            "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
            "  <head/>\n  <boolean>false</boolean>\n</sparql>\n");
  QueryResult r = QueryResult::Bindings({"v"});
  r.rows.push_back({Term::Literal("<a href='x'>&</a>\r")});
  EXPECT_NE(Write(r, ResultFormat::kXml)
                .find("<literal>&lt;a href=&apos;x&apos;&gt;&amp;&lt;/a&gt;&#13;</literal>"),
            std::string::npos);
}

TEST(ResultWritersTest, Csv) {
  EXPECT_EQ(Write(Sample(), ResultFormat::kCsv),
            "s,label,n,b,missing\r\n"
            "http://ex/a,\"Tab\there \"\"q\"\", new\nline\",5,_:b1,\r\n"
            "http://ex/b?x=1&y=2,Zo\u00eb \u2713\x01,2024-01-01,,\r\n");
  EXPECT_EQ(Write(QueryResult::Boolean(true), ResultFormat::kCsv), "true\r\n");
}

TEST(ResultWritersTest, CsvQuotesCarriageReturnAndComma) {
  QueryResult r = QueryResult::Bindings({"v"});
  r.rows.push_back({Term::Literal("a\rb")});
  r.rows.push_back({Term::Literal("a,b")});
  r.rows.push_back({Term::Literal("plain text")});
  EXPECT_EQ(Write(r, ResultFormat::kCsv), "v\r\n\"a\rb\"\r\n\"a,b\"\r\nplain text\r\n");
}

TEST(ResultWritersTest, Tsv) {
  EXPECT_EQ(Write(Sample(), ResultFormat::kTsv),
            "?s\t?label\t?n\t?b\t?missing\n"
            "<http://ex/a>\t\"Tab\\there \\\"q\\\", new\\nline\"@en\t5\t_:b1\t\n"
            "<http://ex/b?x=1&y=2>\t\"Zo\u00eb \u2713\x01\"\t"
            "\"2024-01-01\"^^<http://www.w3.org/2001/XMLSchema#date>\t\t\n");
  EXPECT_EQ(Write(QueryResult::Boolean(true), ResultFormat::kTsv), "true\n");
}

TEST(ResultWritersTest, TsvNumbersAreBareOnlyWhenValidTurtle) {
  const std::string xsd(vocab::kXsdNs);
  EXPECT_EQ(TermToTsv(Term::Typed("-12", vocab::kXsdInteger)), "-12");
  EXPECT_EQ(TermToTsv(Term::Typed("1.5", xsd + "decimal")), "1.5");
  EXPECT_EQ(TermToTsv(Term::Typed("1.0E3", xsd + "double")), "1.0E3");
  EXPECT_EQ(TermToTsv(Term::Typed("12 ", vocab::kXsdInteger)),
            "\"12 \"^^<http://www.w3.org/2001/XMLSchema#integer>");
  EXPECT_EQ(TermToTsv(Term::Typed("x", vocab::kXsdString)), "\"x\"");
  EXPECT_EQ(TermToTsv(Term::Literal("a\\b\r")), "\"a\\\\b\\r\"");
  EXPECT_EQ(TermToTsv(Term::Iri("http://ex/a b")), "<http://ex/a\\u0020b>");
}

TEST(ResultWritersTest, Table) {
  QueryResult r = QueryResult::Bindings({"name", "wins"});
  r.rows.push_back({Term::Iri(vocab::kTrust), Term::Typed("3", vocab::kXsdInteger)});
  r.rows.push_back({Term::Literal("Zo\u00eb"), std::nullopt});
  r.rows.push_back({Term::Iri("http://ex/a"), Term::Literal("two\nlines")});
  EXPECT_EQ(Write(r, ResultFormat::kTable),
            "name          | wins\n"
            "--------------+-----------\n"
            "ag:Trust      | 3\n"
            "Zo\u00eb           |\n"
            "<http://ex/a> | two\\nlines\n"
            "(3 rows)\n");
  EXPECT_EQ(Write(QueryResult::Bindings({"x"}), ResultFormat::kTable), "x\n-\n(0 rows)\n");
  EXPECT_EQ(Write(QueryResult::Boolean(true), ResultFormat::kTable), "true\n");
}

TEST(ResultWritersTest, GraphFormatsNeedGraphResultsAndViceVersa) {
  EXPECT_THROW(Write(QueryResult::Bindings({"x"}), ResultFormat::kTurtle), QueryError);
  EXPECT_THROW(Write(QueryResult::Graph({}), ResultFormat::kJson), QueryError);
}

TEST(ResultWritersTest, NTriplesViaRaptor) {
  QueryResult r = QueryResult::Graph({{Term::Iri("http://ex/a"), Term::Iri(vocab::kRdfsLabel),
                                       Term::LangString("A \"x\"", "en")}});
  EXPECT_EQ(Write(r, ResultFormat::kNtriples),
            "<http://ex/a> <http://www.w3.org/2000/01/rdf-schema#label> \"A \\\"x\\\"\"@en .\n");
}

TEST(ResultWritersTest, TurtleUsesProjectPrefixes) {
  QueryResult r = QueryResult::Graph(
      {{Term::Iri("http://ex/a"), Term::Iri(vocab::kRdfType), Term::Iri(vocab::kTrust)}});
  const std::string turtle = Write(r, ResultFormat::kTurtle);
  EXPECT_NE(turtle.find("@prefix ag: <https://w3id.org/awardgraph/ontology#>"), std::string::npos);
  EXPECT_NE(turtle.find("ag:Trust"), std::string::npos);
}

TEST(ResultWritersTest, FormatNames) {
  EXPECT_EQ(ResultFormatFromName("json"), ResultFormat::kJson);
  EXPECT_EQ(ResultFormatFromName("nt"), ResultFormat::kNtriples);
  EXPECT_EQ(ResultFormatFromName("yaml"), std::nullopt);
  EXPECT_TRUE(IsGraphFormat(ResultFormat::kRdfxml));
  EXPECT_FALSE(IsGraphFormat(ResultFormat::kTable));
}

}  // namespace
}  // namespace awardgraph::query
