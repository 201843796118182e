// centrality_command.cc — `awardgraph centrality`.
#include "cli/centrality_command.h"

#include <cstdlib>
#include <sstream>

#include "cli/graph_option_values.h"
#include "cli/options.h"

namespace awardgraph::cli {

const char kCentralityUsage[] =
    "Usage: awardgraph centrality [--network N | --edges F.csv] [--measure M] [--top K]\n"
    "                             [--format F]\n"
    "Lists the most central nodes of the network, highest first. Every measure follows\n"
    "networkx's definition of the same name (the output's first line says which).\n\n"
    "Options:\n"
    "  --measure M    pagerank (default: weighted, damping 0.85, summing to 1), degree\n"
    "                 (neighbours / (n-1)), strength (summed edge weight), betweenness\n"
    "                 and closeness (shortest paths in hops), eigenvector (weighted)\n"
    "  --top K        list K nodes (default 10; 0 lists all)\n"
    "  --format F     table (default), json, csv\n";

CentralityConfig ParseCentralityConfig(const std::vector<std::string>& args,
                                       const char* store_env) {
  const ParsedArgs parsed = ParseArgs(
      args, WithNetworkOptions({{"--measure", true}, {"--top", true}, {"--format", true}}));
  CentralityConfig config;
  config.help = parsed.Has("--help");
  if (config.help) return config;
  if (!parsed.positional.empty()) {
    throw UsageError("unexpected argument '" + parsed.positional[0] + "'");
  }
  config.source = ParseNetworkSource(parsed, store_env);
  if (const auto name = parsed.Value("--measure")) {
    const auto measure = graph::CentralityMeasureFromName(*name);
    if (!measure) {
      throw UsageError("unknown --measure '" + *name +
                       "'; use degree, strength, betweenness, closeness, pagerank, eigenvector");
    }
    config.measure = *measure;
  }
  if (const auto value = parsed.Value("--top")) config.top = ParseCount("--top", *value);
  if (const auto value = parsed.Value("--format")) config.format = ParseReportFormat(*value);
  return config;
}

int RunCentrality(const std::vector<std::string>& args, CommandIo& io) {
  const CentralityConfig config = ParseCentralityConfig(args, std::getenv("AWARDGRAPH_STORE"));
  if (config.help) {
    io.out << kCentralityUsage << kStoreHelp << kNetworkHelp;
    return 0;
  }
  const graph::CollaborationNetwork network = LoadNetwork(config.source);
  const std::vector<double> values = graph::ComputeCentrality(network.Graph(), config.measure);
  std::ostringstream out;
  graph::WriteCentralityReport(network.Graph(), config.measure, values, config.top, config.format,
                               out);
  io.out << out.str();
  return 0;
}

namespace {
const CommandRegistration kCentralityRegistration(
    {"centrality", "the most central nodes (PageRank, betweenness, ...)", &RunCentrality});
}  // namespace

}  // namespace awardgraph::cli
