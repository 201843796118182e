// child.h — what the server's child processes do: the only code of the
// server that touches librdf.
//
// Debian's librdf is built without threads and Rasqal cannot cancel a query,
// so the server (server.h) never opens the store itself. It starts child
// processes of its own binary (`awardgraph serve --child-fd N ...`), each
// with its own librdf world: readers open the store read-only and answer
// queries one at a time, a writer opens it for writing and ingests one
// request body. Parent and child talk in Messages (message.h):
//   request  {"query", text, format, max_rows}  -> reply {status, content type, body, rows, cut}
//   request  {"service", endpoint IRI}          -> the service description (Turtle)
//   request  {"ingest", source, kind, body, jobs} -> JSON ingest report
// A child first sends {"ready"} or {"error", message} once the store is open.
// The pure pieces (truncation, the notes, the service description triples,
// the ingest report) are exposed for unit tests.
//
// Example (the child's side; the parent side is WorkerPool):
//   return RunChild(3, {.store = "news-store", .writer = false});
#ifndef AWARDGRAPH_SERVER_CHILD_H_
#define AWARDGRAPH_SERVER_CHILD_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/pipeline.h"
#include "ontology/term.h"
#include "query/query_result.h"
#include "query/result_writers.h"
#include "query/store.h"
#include "server/message.h"

namespace awardgraph::server {

/// How a child process runs.
struct ChildConfig {
  /// The store name (see query/store_spec.h).
  std::string store;
  /// True: open for writing and ingest; false: read-only, answer queries.
  bool writer = false;
};

/// A child's reply to one request, as sent back to the parent.
struct ChildReply {
  /// HTTP status (200, 400, 500).
  int status = 200;
  std::string content_type;
  std::string body;
  /// Rows (SELECT), triples (CONSTRUCT/DESCRIBE) or 1 (ASK) written.
  std::size_t rows = 0;
  /// True when --max-rows cut the result.
  bool truncated = false;

  /// To and from the wire.
  Message ToMessage() const;
  static ChildReply FromMessage(const Message& message);
};

/// The child process's main loop on socket `fd`; returns the exit code.
int RunChild(int fd, const ChildConfig& config);

/// Runs one query on `store` through the same entry point as `awardgraph
/// query` (Store::Query) and writes it in `format`, cut to `max_rows` rows
/// (0: no limit). Query errors become status 400 with the CLI's message.
ChildReply AnswerQuery(const query::Store& store, std::string_view text, query::ResultFormat format,
                       std::size_t max_rows);

/// Cuts `result` to `max_rows` rows or triples (0: no limit); true if it cut.
bool TruncateResult(query::QueryResult& result, std::size_t max_rows);

/// Adds a note that the result was cut at `max_rows` to a written `body`
/// where the format has room for one: a "note" member in JSON, a comment in
/// XML, RDF/XML, Turtle and N-Triples. CSV and TSV have no comments, so
/// they are left alone (the X-Awardgraph-Truncated header says it).
std::string AddTruncationNote(std::string body, query::ResultFormat format, std::size_t max_rows);

/// The SPARQL 1.1 service description of the endpoint at `endpoint_iri`.
std::vector<Triple> ServiceDescription(std::string_view endpoint_iri);

/// An ingest report as JSON (the body of POST /articles).
std::string IngestReportJson(const ingest::IngestReport& report);

}  // namespace awardgraph::server

#endif  // AWARDGRAPH_SERVER_CHILD_H_
