// serve_command.cc — `awardgraph serve`.
#include "cli/serve_command.h"

#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "cli/options.h"
#include "server/child.h"

namespace awardgraph::cli {

const char kServeUsage[] =
    "Usage: awardgraph serve [--store S] [--host 127.0.0.1] [--port 8080] [--workers N]\n"
    "                        [--timeout SECONDS] [--max-rows N] [--max-body BYTES]\n"
    "                        [--cors ORIGIN] [--write-token TOKEN] [--jobs N] [--quiet]\n"
    "Serves the store over HTTP: the SPARQL 1.1 Protocol at /sparql (GET ?query=, POST\n"
    "form or application/sparql-query; JSON, XML, CSV, TSV, Turtle, N-Triples, RDF/XML by\n"
    "Accept or format=), the query page at /, /resource?iri=..., /health. Read-only unless\n"
    "--write-token is given: then POST /articles?source=NAME with 'Authorization: Bearer\n"
    "TOKEN' ingests the body (text/plain, text/html, application/x-ndjson) like `ingest`.\n"
    "Queries run in worker processes; one over --timeout is killed and answered 503.\n"
    "SIGTERM or Ctrl-C: finish the requests in flight, then exit 0.\n\n"
    "Options:\n"
    "  --host H          address to listen on (default 127.0.0.1)\n"
    "  --port P          port (default 8080; 0 picks a free port, printed on start)\n"
    "  --workers N       query worker processes (default: cores, at least 2)\n"
    "  --timeout S       seconds a query may run (default 30)\n"
    "  --max-rows N      rows a result may have, more are cut and the cut announced\n"
    "                    (default 100000; 0 = no limit)\n"
    "  --max-body BYTES  largest request body (default 10485760)\n"
    "  --cors ORIGIN     Access-Control-Allow-Origin for reads (default *; '' for none)\n"
    "  --write-token T   enable POST /articles for requests bearing this token\n"
    "  --jobs N          extraction threads of an ingest (default 1)\n"
    "  --quiet           no access log on stderr\n";

namespace {

std::size_t ParseWhole(const std::string& option, const std::string& text) {
  char* end = nullptr;
  errno = 0;
  const unsigned long long value = std::strtoull(text.c_str(), &end, 10);
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text[0])) || *end != '\0' ||
      errno != 0) {
    throw UsageError(option + " takes a whole number, not '" + text + "'");
  }
  return static_cast<std::size_t>(value);
}

}  // namespace

ServeConfig ParseServeConfig(const std::vector<std::string>& args, const char* store_env) {
  const ParsedArgs parsed = ParseArgs(args, {kStoreOption,
                                             {"--host", true},
                                             {"--port", true},
                                             {"--workers", true},
                                             {"--timeout", true},
                                             {"--max-rows", true},
                                             {"--max-body", true},
                                             {"--cors", true},
                                             {"--write-token", true},
                                             {"--jobs", true},
                                             {"--quiet", false},
                                             {"--child-fd", true},
                                             {"--child-writer", false}});
  ServeConfig config;
  config.help = parsed.Has("--help");
  if (config.help) return config;
  if (!parsed.positional.empty()) {
    throw UsageError("serve takes no arguments, only options ('" + parsed.positional[0] + "')");
  }
  server::ServerOptions& options = config.options;
  options.store = ResolveStore(parsed.Value("--store"), store_env);
  if (auto value = parsed.Value("--child-fd")) {
    config.child_fd = static_cast<int>(ParseWhole("--child-fd", *value));
    config.child_writer = parsed.Has("--child-writer");
    return config;
  }
  if (auto value = parsed.Value("--host")) options.host = *value;
  if (auto value = parsed.Value("--port")) {
    const std::size_t port = ParseWhole("--port", *value);
    if (port > 65535) throw UsageError("--port must be 0..65535, not " + *value);
    options.port = static_cast<int>(port);
  }
  options.workers = std::max(2u, std::thread::hardware_concurrency());
  if (auto value = parsed.Value("--workers")) {
    options.workers = ParseWhole("--workers", *value);
    if (options.workers == 0 || options.workers > 256) {
      throw UsageError("--workers must be 1..256, not " + *value);
    }
  }
  if (auto value = parsed.Value("--timeout")) {
    char* end = nullptr;
    options.timeout_seconds = std::strtod(value->c_str(), &end);
    if (value->empty() || *end != '\0' || !std::isfinite(options.timeout_seconds) ||
        options.timeout_seconds <= 0) {
      throw UsageError("--timeout takes a positive number of seconds, not '" + *value + "'");
    }
  }
  if (auto value = parsed.Value("--max-rows")) options.max_rows = ParseWhole("--max-rows", *value);
  if (auto value = parsed.Value("--max-body")) {
    options.max_body = ParseWhole("--max-body", *value);
  }
  if (auto value = parsed.Value("--cors")) options.cors = *value;
  if (auto value = parsed.Value("--write-token")) {
    if (value->empty()) throw UsageError("--write-token must not be empty");
    options.write_token = *value;
  }
  if (auto value = parsed.Value("--jobs")) {
    options.ingest_jobs =
        static_cast<unsigned>(std::max<std::size_t>(1, ParseWhole("--jobs", *value)));
  }
  options.quiet = parsed.Has("--quiet");
  return config;
}

int RunServe(const std::vector<std::string>& args, CommandIo& io) {
  const ServeConfig config = ParseServeConfig(args, std::getenv("AWARDGRAPH_STORE"));
  if (config.help) {
    io.out << kServeUsage << kStoreHelp;
    return 0;
  }
  if (config.child_fd >= 0) {
    return server::RunChild(config.child_fd,
                            {.store = config.options.store, .writer = config.child_writer});
  }
  return server::RunServer(config.options, io.out, io.err);
}

namespace {
const CommandRegistration kServeRegistration({"serve", "serve SPARQL over HTTP", &RunServe});
}  // namespace

}  // namespace awardgraph::cli
