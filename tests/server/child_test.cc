// child_test.cc — what the worker processes compute, tested in-process.
#include "server/child.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "ontology/vocabulary.h"

namespace awardgraph::server {
namespace {

using query::QueryResult;
using query::ResultFormat;

query::Store StoreWithThreeLabels() {
  query::Store store = query::Store::Open("memory:", query::Store::Mode::kWrite);
  std::vector<Triple> triples;
  for (const char* name : {"a", "b", "c"}) {
    triples.push_back({Term::Iri(std::string(vocab::kIdNs) + name), Term::Iri(vocab::kRdfsLabel),
                       Term::Literal(name)});
  }
  store.AddTriples(triples, std::string(vocab::kIdNs) + "graph/g");
  return store;
}

TEST(AnswerQuery, RunsTheQueryAndWritesTheFormat) {
  const query::Store store = StoreWithThreeLabels();
  const ChildReply reply = AnswerQuery(
      store, "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l",
      ResultFormat::kCsv, 0);
  EXPECT_EQ(reply.status, 200);
  EXPECT_EQ(reply.body, "l\r\na\r\nb\r\nc\r\n");
  EXPECT_EQ(reply.rows, 3u);
  EXPECT_FALSE(reply.truncated);
}

TEST(AnswerQuery, CutsAtMaxRowsAndSaysSo) {
  const query::Store store = StoreWithThreeLabels();
  const ChildReply reply =
      AnswerQuery(store, "SELECT ?s WHERE { ?s ?p ?o }", ResultFormat::kJson, 2);
  EXPECT_TRUE(reply.truncated);
  EXPECT_EQ(reply.rows, 2u);
  EXPECT_NE(reply.body.find("\"note\":\"result cut at 2 rows"), std::string::npos);
}

TEST(AnswerQuery, QueryErrorsAre400WithTheCliMessage) {
  const query::Store store = StoreWithThreeLabels();
  const ChildReply syntax =
      AnswerQuery(store, "SELECT ?s WHERE {\n  ?s ?p\n}", ResultFormat::kJson, 0);
  EXPECT_EQ(syntax.status, 400);
  EXPECT_NE(syntax.body.find("line"), std::string::npos);
  EXPECT_NE(syntax.body.find('^'), std::string::npos);
  const ChildReply values = AnswerQuery(
      store, "SELECT * WHERE { SERVICE <http://a/> { ?s ?p ?o } }", ResultFormat::kJson, 0);
  EXPECT_EQ(values.status, 400);
  EXPECT_NE(values.body.find("SERVICE is refused"), std::string::npos);
}

TEST(TruncateResult, CutsRowsAndTriplesOnly) {
  QueryResult rows = QueryResult::Bindings({"x"});
  rows.rows.resize(5);
  EXPECT_FALSE(TruncateResult(rows, 0));
  EXPECT_FALSE(TruncateResult(rows, 5));
  EXPECT_TRUE(TruncateResult(rows, 3));
  EXPECT_EQ(rows.rows.size(), 3u);
  QueryResult graph = QueryResult::Graph(std::vector<Triple>(4));
  EXPECT_TRUE(TruncateResult(graph, 1));
  EXPECT_EQ(graph.triples.size(), 1u);
  QueryResult ask = QueryResult::Boolean(true);
  EXPECT_FALSE(TruncateResult(ask, 1));
}

TEST(AddTruncationNote, PutsTheNoteWhereTheFormatAllows) {
  EXPECT_EQ(AddTruncationNote("{\"head\":{}}", ResultFormat::kJson, 7),
            "{\"note\":\"result cut at 7 rows by the server's --max-rows limit; more rows "
            "match\",\"head\":{}}");
  const std::string xml =
      AddTruncationNote("<?xml version=\"1.0\"?>\n<sparql/>", ResultFormat::kXml, 7);
  EXPECT_TRUE(xml.starts_with("<?xml version=\"1.0\"?>\n<!-- result cut at 7 rows"));
  EXPECT_TRUE(AddTruncationNote("<s> <p> <o> .\n", ResultFormat::kNtriples, 1)
                  .starts_with("# result cut at 1 rows"));
  EXPECT_EQ(AddTruncationNote("a\r\n1\r\n", ResultFormat::kCsv, 1), "a\r\n1\r\n");
}

TEST(ServiceDescription, NamesTheEndpointLanguageAndFormats) {
  const std::vector<Triple> triples = ServiceDescription("http://h:1/sparql");
  int formats = 0;
  bool endpoint = false;
  for (const Triple& t : triples) {
    if (t.predicate.value == vocab::kSdResultFormat) ++formats;
    if (t.predicate.value == vocab::kSdEndpoint) endpoint = t.object.value == "http://h:1/sparql";
  }
  EXPECT_EQ(formats, 7);
  EXPECT_TRUE(endpoint);
}

TEST(IngestReportJson, IsJsonWithEscapedSkips) {
  ingest::IngestReport report;
  report.articles = 2;
  report.written = 1;
  report.skipped.push_back({"body:3", "bad \"JSON\" line"});
  const std::string text = IngestReportJson(report);
  EXPECT_NE(text.find("\"articles\":2,\"written\":1"), std::string::npos);
  const nlohmann::json json = nlohmann::json::parse(text);
  EXPECT_EQ(json["skipped"][0]["source"], "body:3");
  EXPECT_EQ(json["skipped"][0]["reason"], "bad \"JSON\" line");
  EXPECT_EQ(json["facts"]["nominations"], 0);
}

TEST(ChildReply, RoundTripsThroughAMessage) {
  ChildReply reply{
      .status = 400, .content_type = "text/plain", .body = "no", .rows = 3, .truncated = true};
  const ChildReply back = ChildReply::FromMessage(reply.ToMessage());
  EXPECT_EQ(back.status, 400);
  EXPECT_EQ(back.body, "no");
  EXPECT_EQ(back.rows, 3u);
  EXPECT_TRUE(back.truncated);
  EXPECT_THROW(ChildReply::FromMessage({"x"}), ChannelError);
}

}  // namespace
}  // namespace awardgraph::server
