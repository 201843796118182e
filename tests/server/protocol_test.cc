// protocol_test.cc — SPARQL 1.1 Protocol parsing and negotiation, without sockets.
#include "server/protocol.h"

#include <gtest/gtest.h>

#include "server/http_error.h"

namespace awardgraph::server {
namespace {

using query::QueryForm;
using query::ResultFormat;

constexpr std::size_t kMaxBody = 1000;

int StatusOf(const HttpRequestView& view) {
  try {
    SparqlRequest request = ParseSparqlRequest(view, kMaxBody);
    RefuseUnsupported(request);
  } catch (const HttpError& error) {
    return error.Status();
  }
  return 200;
}

std::string MessageOf(const HttpRequestView& view) {
  try {
    SparqlRequest request = ParseSparqlRequest(view, kMaxBody);
    RefuseUnsupported(request);
  } catch (const HttpError& error) {
    return error.what();
  }
  return "";
}

HttpRequestView Get(std::string query_string, std::string accept = "") {
  return {.method = "GET", .query_string = std::move(query_string), .accept = std::move(accept)};
}

HttpRequestView Post(std::string content_type, std::string body, std::string query_string = "") {
  return {.method = "POST",
          .query_string = std::move(query_string),
          .content_type = std::move(content_type),
          .body = std::move(body)};
}

TEST(ParseSparqlRequest, GetTakesTheDecodedQueryParameter) {
  const SparqlRequest r =
      ParseSparqlRequest(Get("query=SELECT+%3Fs+WHERE+%7B%3Fs+%3Fp+%3Fo%7D"), kMaxBody);
  EXPECT_EQ(r.operation, SparqlOperation::kQuery);
  EXPECT_EQ(r.query, "SELECT ?s WHERE {?s ?p ?o}");
}

TEST(ParseSparqlRequest, PostFormAndDirectBodyGiveTheSameQuery) {
  const SparqlRequest form = ParseSparqlRequest(
      Post("application/x-www-form-urlencoded; charset=UTF-8", "query=ASK%20%7B%7D"), kMaxBody);
  const SparqlRequest direct =
      ParseSparqlRequest(Post("application/sparql-query", "ASK {}"), kMaxBody);
  EXPECT_EQ(form.query, "ASK {}");
  EXPECT_EQ(direct.query, "ASK {}");
}

TEST(ParseSparqlRequest, GetWithoutParametersIsTheServiceDescription) {
  EXPECT_EQ(ParseSparqlRequest(Get(""), kMaxBody).operation, SparqlOperation::kServiceDescription);
}

TEST(ParseSparqlRequest, MissingEmptyOrRepeatedQueryIs400) {
  EXPECT_EQ(StatusOf(Get("format=json")), 400);
  EXPECT_EQ(StatusOf(Get("query=")), 400);
  EXPECT_EQ(StatusOf(Get("query=ASK{}&query=ASK{}")), 400);
  EXPECT_EQ(StatusOf(Post("application/x-www-form-urlencoded", "format=csv")), 400);
  EXPECT_EQ(StatusOf(Post("application/sparql-query", "ASK {}", "query=ASK{}")), 400);
  EXPECT_NE(MessageOf(Get("format=json")).find("'query' parameter"), std::string::npos);
}

TEST(ParseSparqlRequest, WrongMethodIs405WithAllow) {
  try {
    ParseSparqlRequest({.method = "PUT"}, kMaxBody);
    FAIL() << "no error";
  } catch (const HttpError& error) {
    EXPECT_EQ(error.Status(), 405);
    EXPECT_EQ(error.Headers().at("Allow"), "GET, POST, OPTIONS");
  }
}

TEST(ParseSparqlRequest, WrongContentTypeIs415) {
  EXPECT_EQ(StatusOf(Post("text/plain", "ASK {}")), 415);
  EXPECT_EQ(StatusOf(Post("", "ASK {}")), 415);
  EXPECT_NE(MessageOf(Post("text/plain", "ASK {}")).find("text/plain"), std::string::npos);
}

TEST(ParseSparqlRequest, BodyOverTheLimitIs413) {
  EXPECT_EQ(StatusOf(Post("application/sparql-query", std::string(kMaxBody + 1, ' '))), 413);
  EXPECT_EQ(StatusOf(Post("application/sparql-query", "ASK {}" + std::string(900, ' '))), 200);
}

TEST(ParseSparqlRequest, UpdateIsRefusedWith400) {
  EXPECT_EQ(StatusOf(Post("application/sparql-update", "CLEAR ALL")), 400);
  EXPECT_EQ(StatusOf(Post("application/x-www-form-urlencoded", "update=CLEAR+ALL")), 400);
  EXPECT_EQ(StatusOf(Get("query=LOAD+%3Chttp%3A%2F%2Fexample.org%2F%3E")), 400);
  EXPECT_NE(MessageOf(Post("application/sparql-update", "CLEAR ALL")).find("read-only"),
            std::string::npos);
}

TEST(ParseSparqlRequest, FormatParameterOverridesAndUnknownIs400) {
  EXPECT_EQ(ParseSparqlRequest(Get("query=ASK{}&format=csv"), kMaxBody).format, ResultFormat::kCsv);
  EXPECT_EQ(
      ParseSparqlRequest(Get("query=ASK{}&format=text%2Ftab-separated-values"), kMaxBody).format,
      ResultFormat::kTsv);
  EXPECT_EQ(StatusOf(Get("query=ASK{}&format=table")), 400);
  EXPECT_EQ(StatusOf(Get("query=ASK{}&format=yaml")), 400);
}

TEST(RefuseUnsupported, DatasetParametersAre400WithTheReason) {
  EXPECT_EQ(StatusOf(Get("query=ASK{}&default-graph-uri=http%3A%2F%2Fa")), 400);
  EXPECT_EQ(StatusOf(Get("query=ASK{}&named-graph-uri=http%3A%2F%2Fa")), 400);
  EXPECT_NE(MessageOf(Get("query=ASK{}&named-graph-uri=x")).find("GRAPH <iri>"), std::string::npos);
}

TEST(RefuseUnsupported, ServiceAndFileIrisAreRefusedBeforeExecution) {
  SparqlRequest request;
  request.query = "SELECT * WHERE { SERVICE <http://169.254.169.254/> { ?s ?p ?o } }";
  EXPECT_THROW(RefuseUnsupported(request), HttpError);
  request.query = "SELECT * WHERE { <FILE:///etc/passwd> ?p ?o }";
  try {
    RefuseUnsupported(request);
    FAIL() << "no error";
  } catch (const HttpError& error) {
    EXPECT_EQ(error.Status(), 400);
    EXPECT_NE(std::string(error.what()).find("<FILE:///etc/passwd>"), std::string::npos);
  }
  request.query = "PREFIX f: <file:///etc/> SELECT * WHERE { f:passwd ?p ?o }";
  EXPECT_THROW(RefuseUnsupported(request), HttpError);
  request.query = "SELECT * WHERE { ?s ?p \"file:///etc/passwd\" }";  // a string is fine
  EXPECT_NO_THROW(RefuseUnsupported(request));
}

TEST(ParseAccept, ReadsTypesAndQualities) {
  const std::vector<MediaRange> ranges =
      ParseAccept("text/csv;q=0.5, Application/SPARQL-Results+JSON , */*;q=0.1, bad, text/*");
  ASSERT_EQ(ranges.size(), 4u);
  EXPECT_EQ(ranges[0].subtype, "csv");
  EXPECT_DOUBLE_EQ(ranges[0].quality, 0.5);
  EXPECT_EQ(ranges[1].subtype, "sparql-results+json");
  EXPECT_DOUBLE_EQ(ranges[1].quality, 1.0);
  EXPECT_EQ(ranges[2].type, "*");
  EXPECT_EQ(ranges[3].subtype, "*");
}

ResultFormat Negotiate(const std::string& accept, QueryForm form) {
  SparqlRequest request;
  request.accept = ParseAccept(accept);
  return NegotiateFormat(request, form).format;
}

TEST(NegotiateFormat, HighestQualityWinsAndTiesGoToThePreferredFormat) {
  EXPECT_EQ(Negotiate("", QueryForm::kSelect), ResultFormat::kJson);
  EXPECT_EQ(Negotiate("*/*", QueryForm::kSelect), ResultFormat::kJson);
  EXPECT_EQ(Negotiate("text/csv", QueryForm::kSelect), ResultFormat::kCsv);
  EXPECT_EQ(Negotiate("application/sparql-results+json;q=0.5, text/csv;q=0.9", QueryForm::kSelect),
            ResultFormat::kCsv);
  EXPECT_EQ(Negotiate("text/*", QueryForm::kSelect), ResultFormat::kCsv);
  EXPECT_EQ(Negotiate("text/tab-separated-values, text/*;q=0.2", QueryForm::kAsk),
            ResultFormat::kTsv);
  // A browser's Accept: application/xml;q=0.9 beats */*;q=0.8.
  EXPECT_EQ(Negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
                      QueryForm::kSelect),
            ResultFormat::kXml);
  EXPECT_EQ(Negotiate("", QueryForm::kConstruct), ResultFormat::kTurtle);
  EXPECT_EQ(Negotiate("application/n-triples", QueryForm::kDescribe), ResultFormat::kNtriples);
  EXPECT_EQ(Negotiate("application/rdf+xml, text/turtle;q=0.5", QueryForm::kConstruct),
            ResultFormat::kRdfxml);
}

TEST(NegotiateFormat, ExcludedByQZeroOrNothingFittingIs406) {
  EXPECT_EQ(Negotiate("*/*, application/sparql-results+json;q=0, application/json;q=0",
                      QueryForm::kSelect),
            ResultFormat::kXml);
  EXPECT_THROW(Negotiate("text/turtle", QueryForm::kSelect), HttpError);
  EXPECT_THROW(Negotiate("text/csv", QueryForm::kConstruct), HttpError);
  try {
    Negotiate("image/png", QueryForm::kSelect);
  } catch (const HttpError& error) {
    EXPECT_EQ(error.Status(), 406);
    EXPECT_NE(std::string(error.what()).find("text/csv"), std::string::npos);
  }
}

TEST(NegotiateFormat, FormatParameterMustFitTheForm) {
  SparqlRequest request;
  request.format = ResultFormat::kTurtle;
  request.accept = ParseAccept("text/csv");
  EXPECT_EQ(NegotiateFormat(request, QueryForm::kConstruct).format, ResultFormat::kTurtle);
  EXPECT_THROW(NegotiateFormat(request, QueryForm::kSelect), HttpError);
}

TEST(ContentTypeOf, CarriesTheCharset) {
  EXPECT_EQ(ContentTypeOf(ResultFormat::kJson), "application/sparql-results+json; charset=utf-8");
  EXPECT_EQ(ContentTypeOf(ResultFormat::kTsv), "text/tab-separated-values; charset=utf-8");
  EXPECT_EQ(ContentTypeOf(ResultFormat::kNtriples), "application/n-triples; charset=utf-8");
}

TEST(ParseFormText, DecodesPlusAndPercent) {
  const auto pairs = ParseFormText("a=1+2&b=%C3%A9%26&c&=x");
  ASSERT_EQ(pairs.size(), 4u);
  EXPECT_EQ(pairs[0].second, "1 2");
  EXPECT_EQ(pairs[1].second, "\xC3\xA9&");
  EXPECT_EQ(pairs[2].first, "c");
  EXPECT_EQ(pairs[2].second, "");
}

}  // namespace
}  // namespace awardgraph::server
