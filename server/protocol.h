// protocol.h — the SPARQL 1.1 Protocol's query operation, without sockets.
//
// Defines HttpRequestView (the parts of an HTTP request the protocol reads),
// SparqlRequest (what the request asks: operation, query text, dataset,
// accepted media ranges, format= override), ParseSparqlRequest() which turns
// the first into the second or throws HttpError (400, 405, 413, 415),
// RefuseUnsupported() for what this endpoint will not run (a dataset in the
// request, SERVICE, LOAD and Update, file: IRIs), and the content
// negotiation: ParseAccept() (q-values, wildcards) and NegotiateFormat()
// (406 when nothing acceptable fits the query form). Everything here is pure
// string work, unit-tested in tests/server/protocol_test.cc.
//
// Example:
//   HttpRequestView view{.method = "GET", .query_string = "query=ASK%7B%7D",
//                        .accept = "text/csv"};
//   SparqlRequest request = ParseSparqlRequest(view, 1 << 20);
//   RefuseUnsupported(request);
//   NegotiatedFormat f = NegotiateFormat(request, query::QueryForm::kAsk);
//   // f.format == ResultFormat::kCsv, f.content_type == "text/csv; charset=utf-8"
#ifndef AWARDGRAPH_SERVER_PROTOCOL_H_
#define AWARDGRAPH_SERVER_PROTOCOL_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "query/result_writers.h"
#include "query/sparql_text.h"

namespace awardgraph::server {

/// The parts of an HTTP request that the protocol looks at.
struct HttpRequestView {
  /// "GET", "POST", ...
  std::string method;
  /// The raw (percent-encoded) text after '?' in the request target.
  std::string query_string;
  /// The Content-Type header, empty when absent.
  std::string content_type;
  /// The Accept header, empty when absent.
  std::string accept;
  /// The request body.
  std::string body;
};

/// What a request to /sparql asks for.
enum class SparqlOperation {
  /// Run `query`.
  kQuery,
  /// GET /sparql with no parameters: the service description.
  kServiceDescription,
};

/// One media range of an Accept header ("text/*;q=0.5").
struct MediaRange {
  /// Lower-case type ("text", or "*").
  std::string type;
  /// Lower-case subtype ("csv", or "*").
  std::string subtype;
  /// The q-value, 0..1 (1 when not given).
  double quality = 1.0;
};

/// A parsed /sparql request.
struct SparqlRequest {
  SparqlOperation operation = SparqlOperation::kQuery;
  /// The query text (kQuery only).
  std::string query;
  /// default-graph-uri parameters, in order.
  std::vector<std::string> default_graph_uris;
  /// named-graph-uri parameters, in order.
  std::vector<std::string> named_graph_uris;
  /// The Accept header's media ranges, in header order (empty: anything).
  std::vector<MediaRange> accept;
  /// The format= parameter when given (overrides Accept).
  std::optional<query::ResultFormat> format;
};

/// Parses a request to /sparql per the SPARQL 1.1 Protocol (query via GET,
/// POST form-urlencoded, POST application/sparql-query). Throws HttpError:
/// 405 for other methods, 415 for other POST content types, 413 when the
/// body exceeds `max_body` bytes, 400 for a missing, empty or repeated
/// query, an Update request or an unknown format=.
SparqlRequest ParseSparqlRequest(const HttpRequestView& request, std::size_t max_body);

/// Throws HttpError 400 when the request cannot be served as asked: a
/// dataset (default-graph-uri / named-graph-uri), SPARQL Update (LOAD and
/// friends), SERVICE, or any file: IRI. Called before anything executes.
void RefuseUnsupported(const SparqlRequest& request);

/// Parses an Accept header. Malformed ranges are skipped; never throws.
std::vector<MediaRange> ParseAccept(std::string_view header);

/// A chosen result format and the Content-Type to send with it.
struct NegotiatedFormat {
  query::ResultFormat format = query::ResultFormat::kJson;
  /// For example "application/sparql-results+json; charset=utf-8".
  std::string content_type;
};

/// Chooses the result format for a query of `form`: format= when given,
/// else the acceptable format with the highest q-value (ties go to JSON,
/// XML, CSV, TSV for SELECT/ASK and Turtle, N-Triples, RDF/XML for
/// CONSTRUCT/DESCRIBE, in that order). Throws HttpError 406 when nothing
/// acceptable fits the form.
NegotiatedFormat NegotiateFormat(const SparqlRequest& request, query::QueryForm form);

/// The Content-Type (with charset) of a result format.
std::string ContentTypeOf(query::ResultFormat format);

/// Decodes application/x-www-form-urlencoded text into (name, value) pairs
/// in order ('+' is a space, %XX a byte).
std::vector<std::pair<std::string, std::string>> ParseFormText(std::string_view text);

}  // namespace awardgraph::server

#endif  // AWARDGRAPH_SERVER_PROTOCOL_H_
