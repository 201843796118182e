// clusters_command.cc — `awardgraph clusters`.
#include "cli/clusters_command.h"

#include <cstdlib>
#include <sstream>

#include "cli/graph_option_values.h"
#include "cli/options.h"

namespace awardgraph::cli {

const char kClustersUsage[] =
    "Usage: awardgraph clusters [--network N | --edges F.csv] [--algorithm A]\n"
    "                           [--resolution R] [--seed S] [--min-size K] [--format F]\n"
    "Partitions the network into clusters of nodes that work together more than with\n"
    "the rest, and prints the partition's modularity and each cluster: id, size,\n"
    "internal weight, a label naming its most central members, and its members.\n\n"
    "Options:\n"
    "  --algorithm A  louvain (default), leiden (Louvain with Leiden's refinement:\n"
    "                 every cluster connected), girvan-newman (edge betweenness, at most\n"
    "                 5000 edges), components (connected components)\n"
    "  --resolution R modularity resolution for louvain/leiden (default 1; larger gives\n"
    "                 smaller clusters)\n"
    "  --seed S       seed of louvain/leiden's visiting order (default 1); the same seed\n"
    "                 gives the same clusters\n"
    "  --min-size K   list only clusters of at least K members (default 2)\n"
    "  --format F     table (default), json, csv (one row per member)\n";

ClustersConfig ParseClusterReportOptions(const ParsedArgs& parsed, const char* store_env) {
  ClustersConfig config;
  config.help = parsed.Has("--help");
  if (config.help) return config;
  if (!parsed.positional.empty()) {
    throw UsageError("unexpected argument '" + parsed.positional[0] + "'");
  }
  config.source = ParseNetworkSource(parsed, store_env);
  if (const auto value = parsed.Value("--format")) config.format = ParseReportFormat(*value);
  return config;
}

int RunClusterReport(const ClustersConfig& config, CommandIo& io) {
  const graph::CollaborationNetwork network = LoadNetwork(config.source);
  const graph::ClusterReport report =
      graph::ClusterNetwork(network.Graph(), config.algorithm, config.options);
  std::ostringstream out;
  graph::WriteClusterReport(report, config.format, config.min_size, out);
  io.out << out.str();
  return 0;
}

ClustersConfig ParseClustersConfig(const std::vector<std::string>& args, const char* store_env) {
  const ParsedArgs parsed = ParseArgs(args, WithNetworkOptions({{"--algorithm", true},
                                                                {"--resolution", true},
                                                                {"--seed", true},
                                                                {"--min-size", true},
                                                                {"--format", true}}));
  ClustersConfig config = ParseClusterReportOptions(parsed, store_env);
  if (config.help) return config;
  if (const auto name = parsed.Value("--algorithm")) {
    const auto algorithm = graph::ClusterAlgorithmFromName(*name);
    if (!algorithm) {
      throw UsageError("unknown --algorithm '" + *name +
                       "'; use louvain, leiden, girvan-newman, components");
    }
    config.algorithm = *algorithm;
  }
  if (const auto value = parsed.Value("--resolution")) {
    config.options.resolution = ParsePositiveReal("--resolution", *value);
  }
  if (const auto value = parsed.Value("--seed")) config.options.seed = ParseSeed("--seed", *value);
  if (const auto value = parsed.Value("--min-size")) {
    config.min_size = ParseCount("--min-size", *value);
  }
  return config;
}

int RunClusters(const std::vector<std::string>& args, CommandIo& io) {
  const ClustersConfig config = ParseClustersConfig(args, std::getenv("AWARDGRAPH_STORE"));
  if (config.help) {
    io.out << kClustersUsage << kStoreHelp << kNetworkHelp;
    return 0;
  }
  return RunClusterReport(config, io);
}

namespace {
const CommandRegistration kClustersRegistration(
    {"clusters", "partnership clusters (Louvain, Leiden, Girvan-Newman) and modularity",
     &RunClusters});
}  // namespace

}  // namespace awardgraph::cli
