// query_command.cc — `awardgraph query`.
#include "cli/query_command.h"

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/options.h"
#include "query/errors.h"
#include "query/store.h"

namespace awardgraph::cli {

const char kQueryUsage[] =
    "Usage: awardgraph query [--store S] [--format F] [--timeout SEC] [--max-rows N]\n"
    "                        (QUERY | --file F)\n"
    "Runs one SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) and writes the results.\n"
    "The default graph is the union of all loaded graphs, each triple once; GRAPH, FROM\n"
    "and FROM NAMED read the named graphs (one per article).\n"
    "Refused (exit 2): Update and SERVICE; a query stopped by --timeout or --max-rows.\n\n"
    "Options:\n"
    "  --format F   json, xml, csv, tsv, table (SELECT/ASK; default table on a terminal,\n"
    "               json otherwise); turtle, ntriples, rdfxml (CONSTRUCT/DESCRIBE;\n"
    "               default turtle)\n"
    "  --file F     read the query from file F (- for standard input)\n"
    "  --timeout SEC  stop the query after SEC seconds (default: no limit)\n"
    "  --max-rows N   most rows one step of the query may hold (default 5000000)\n";

QueryConfig ParseQueryConfig(const std::vector<std::string>& args, const char* store_env) {
  const ParsedArgs parsed = ParseArgs(args, {kStoreOption,
                                             {"--format", true},
                                             {"--file", true},
                                             {"--timeout", true},
                                             {"--max-rows", true}});
  QueryConfig config;
  config.help = parsed.Has("--help");
  if (config.help) return config;
  config.store = ResolveStore(parsed.Value("--store"), store_env);
  if (const auto name = parsed.Value("--format")) {
    config.format = query::ResultFormatFromName(*name);
    if (!config.format) {
      throw UsageError("unknown --format '" + *name + "'; use " +
                       std::string(query::ResultFormatNames()));
    }
  }
  config.query_file = parsed.Value("--file").value_or("");
  if (const auto t = parsed.Value("--timeout")) {
    char* end = nullptr;
    config.timeout_seconds = std::strtod(t->c_str(), &end);
    if (t->empty() || *end != '\0' || !(config.timeout_seconds > 0)) {
      throw UsageError("--timeout wants a positive number of seconds, not '" + *t + "'");
    }
  }
  if (const auto n = parsed.Value("--max-rows")) {
    char* end = nullptr;
    const long long rows = std::strtoll(n->c_str(), &end, 10);
    if (n->empty() || *end != '\0' || rows <= 0) {
      throw UsageError("--max-rows wants a positive whole number, not '" + *n + "'");
    }
    config.max_rows = static_cast<std::size_t>(rows);
  }
  if (parsed.positional.size() > 1) {
    throw UsageError("give the query as one argument (quote it)");
  }
  if (!parsed.positional.empty() && !config.query_file.empty()) {
    throw UsageError("give the query either as an argument or with --file, not both");
  }
  if (parsed.positional.empty() && config.query_file.empty()) {
    throw UsageError("no query: give it as the last argument or with --file F");
  }
  if (!parsed.positional.empty()) config.query_text = parsed.positional[0];
  return config;
}

query::ResultFormat ChooseResultFormat(std::optional<query::ResultFormat> requested,
                                       query::QueryResult::Kind kind, bool out_is_terminal) {
  if (requested) return *requested;
  if (kind == query::QueryResult::Kind::kGraph) return query::ResultFormat::kTurtle;
  return out_is_terminal ? query::ResultFormat::kTable : query::ResultFormat::kJson;
}

int RunQuery(const std::vector<std::string>& args, CommandIo& io) {
  QueryConfig config = ParseQueryConfig(args, std::getenv("AWARDGRAPH_STORE"));
  if (config.help) {
    io.out << kQueryUsage << kStoreHelp;
    return 0;
  }
  if (!config.query_file.empty()) {
    std::ostringstream text;
    if (config.query_file == "-") {
      text << std::cin.rdbuf();
    } else {
      std::ifstream in(config.query_file, std::ios::binary);
      if (!in) throw std::runtime_error("cannot read query file " + config.query_file);
      text << in.rdbuf();
    }
    config.query_text = text.str();
  }
  const query::Store store = query::Store::Open(config.store, query::Store::Mode::kRead);
  query::QueryControl control;
  control.max_rows = config.max_rows;
  if (config.timeout_seconds > 0) {
    control.deadline = std::chrono::steady_clock::now() +
                       std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                           std::chrono::duration<double>(config.timeout_seconds));
  }
  const query::QueryResult result = store.Query(config.query_text, control);
  // Written to a buffer first, so a format error leaves stdout empty.
  std::ostringstream out;
  query::WriteResult(result, ChooseResultFormat(config.format, result.kind, io.out_is_terminal),
                     out);
  io.out << out.str();
  return 0;
}

namespace {
const CommandRegistration kQueryRegistration({"query", "run a SPARQL query", &RunQuery});
}  // namespace

}  // namespace awardgraph::cli
