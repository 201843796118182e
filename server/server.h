// server.h — `awardgraph serve`: the SPARQL 1.1 Protocol endpoint over HTTP.
//
// Defines ServerOptions and RunServer(). The server (cpp-httplib) never
// touches librdf: queries run in a WorkerPool of child processes, each with
// its own read-only store, under a per-request deadline. Routes:
//   GET/POST /sparql   the query operation (protocol.h); GET without a
//                      query gives the service description (Turtle)
//   POST /articles     ingest a body (text, HTML, JSON Lines) with
//                      `Authorization: Bearer TOKEN` (only with --write-token)
//   GET /health        JSON status
//   GET /, /resource   the query page and the resource page (web/, embedded)
// Every response carries the CORS header for reads; one access-log line per
// request goes to `log` unless quiet. SIGTERM or SIGINT stop accepting,
// let the requests in flight finish and return 0.
//
// Example:
//   ServerOptions options;
//   options.store = "news-store";
//   options.port = 8080;
//   return RunServer(options, std::cout, std::cerr);  // blocks until SIGTERM
#ifndef AWARDGRAPH_SERVER_SERVER_H_
#define AWARDGRAPH_SERVER_SERVER_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace awardgraph::server {

/// Everything `awardgraph serve` can be told.
struct ServerOptions {
  /// The store name.
  std::string store;
  /// Address to listen on.
  std::string host = "127.0.0.1";
  /// Port; 0 picks a free one (printed on start).
  int port = 8080;
  /// Query worker processes.
  std::size_t workers = 4;
  /// Seconds a request may take before its worker is killed (503).
  double timeout_seconds = 30.0;
  /// Rows (or triples) a result may have; more are cut and the cut announced. 0: no limit.
  std::size_t max_rows = 100000;
  /// Largest request body in bytes (413 above).
  std::size_t max_body = std::size_t{10} * 1024 * 1024;
  /// Access-Control-Allow-Origin for reads; empty: no CORS header.
  std::string cors = "*";
  /// Bearer token that enables POST /articles; empty: writes disabled.
  std::string write_token;
  /// No access log.
  bool quiet = false;
  /// Extraction threads of an ingest.
  unsigned ingest_jobs = 1;
  /// This binary, for the child processes (normally /proc/self/exe).
  std::string executable = "/proc/self/exe";
};

/// Runs the server until SIGTERM/SIGINT. Writes "listening on URL" to
/// `out` once ready, access-log lines to `log`. Returns 0 after a graceful
/// stop; throws query::StoreError when the store cannot be opened and
/// std::runtime_error when the address cannot be bound.
int RunServer(const ServerOptions& options, std::ostream& out, std::ostream& log);

/// True when `given` equals `token`, in time independent of where they
/// differ (both are hashed with SHA-256 first, so length leaks nothing).
bool TokenMatches(std::string_view given, std::string_view token);

/// The bearer token of an Authorization header ("Bearer abc" -> "abc"), or "".
std::string BearerToken(std::string_view authorization);

}  // namespace awardgraph::server

#endif  // AWARDGRAPH_SERVER_SERVER_H_
