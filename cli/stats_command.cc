// stats_command.cc — `awardgraph stats`.
#include "cli/stats_command.h"

#include <cstdlib>

#include "cli/commands.h"
#include "cli/options.h"
#include "query/result_writers.h"

namespace awardgraph::cli {

const char kStatsUsage[] =
    "Usage: awardgraph stats [--store S]\n"
    "Prints the number of distinct triples, of named graphs (articles), and of\n"
    "entities per class (distinct subjects of rdf:type).\n\n"
    "Options:\n";

StatsConfig ParseStatsConfig(const std::vector<std::string>& args, const char* store_env) {
  const ParsedArgs parsed = ParseArgs(args, {kStoreOption});
  StatsConfig config;
  config.help = parsed.Has("--help");
  if (config.help) return config;
  if (!parsed.positional.empty()) {
    throw UsageError("unexpected argument '" + parsed.positional[0] + "'");
  }
  config.store = ResolveStore(parsed.Value("--store"), store_env);
  return config;
}

StoreStats CollectStats(const query::Store& store) {
  StoreStats stats;
  stats.triples = store.Size();
  stats.graphs = store.Graphs().size();
  // Store::Query repairs Rasqal's bogus row for GROUP BY over an empty store.
  stats.classes = store.Query(
      "SELECT ?class (COUNT(DISTINCT ?s) AS ?entities) WHERE { ?s a ?class } "
      "GROUP BY ?class ORDER BY DESC(?entities) ?class");
  return stats;
}

void WriteStats(const StoreStats& stats, std::ostream& out) {
  out << "triples: " << stats.triples << "\n"
      << "graphs: " << stats.graphs << "\n\n";
  query::WriteResult(stats.classes, query::ResultFormat::kTable, out);
}

int RunStats(const std::vector<std::string>& args, CommandIo& io) {
  const StatsConfig config = ParseStatsConfig(args, std::getenv("AWARDGRAPH_STORE"));
  if (config.help) {
    io.out << kStatsUsage << kStoreHelp;
    return 0;
  }
  const query::Store store = query::Store::Open(config.store, query::Store::Mode::kRead);
  WriteStats(CollectStats(store), io.out);
  return 0;
}

namespace {
const CommandRegistration kStatsRegistration({"stats",
                                              "count triples, graphs and entities per class",
                                              &RunStats});
}  // namespace

}  // namespace awardgraph::cli
