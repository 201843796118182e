// query_command.cc — `awardgraph query`.
#include "cli/query_command.h"

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
    "Usage: awardgraph query [--store S] [--format F] (QUERY | --file F)\n"
    "Runs one SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) and writes the results.\n"
    "The default graph is the union of all loaded graphs, each triple once.\n"
    "Not supported (exit 2): Update, SERVICE, VALUES, MINUS, FROM; property paths and\n"
    "EXISTS are not in the engine (Rasqal 0.9.33), and GROUP_CONCAT ignores SEPARATOR.\n\n"
    "Options:\n"
    "  --format F   json, xml, csv, tsv, table (SELECT/ASK; default table on a terminal,\n"
    "               json otherwise); turtle, ntriples, rdfxml (CONSTRUCT/DESCRIBE;\n"
    "               default turtle)\n"
    "  --file F     read the query from file F (- for standard input)\n";

QueryConfig ParseQueryConfig(const std::vector<std::string>& args, const char* store_env) {
  const ParsedArgs parsed = ParseArgs(args, {kStoreOption, {"--format", true}, {"--file", true}});
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
  const query::QueryResult result = store.Query(config.query_text);
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
