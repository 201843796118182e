// components_command.cc — `awardgraph components`.
#include <cstdlib>

#include "cli/clusters_command.h"
#include "cli/graph_option_values.h"
#include "cli/options.h"

namespace awardgraph::cli {

const char kComponentsUsage[] =
    "Usage: awardgraph components [--network N | --edges F.csv] [--min-size K] [--format F]\n"
    "Prints the connected components of the network, largest first.\n\n"
    "Options:\n"
    "  --min-size K   list only components of at least K members (default 1)\n"
    "  --format F     table (default), json, csv (one row per member)\n";

ClustersConfig ParseComponentsConfig(const std::vector<std::string>& args, const char* store_env) {
  const ParsedArgs parsed =
      ParseArgs(args, WithNetworkOptions({{"--min-size", true}, {"--format", true}}));
  ClustersConfig config = ParseClusterReportOptions(parsed, store_env);
  config.algorithm = graph::ClusterAlgorithm::kComponents;
  config.min_size = 1;
  if (config.help) return config;
  if (const auto value = parsed.Value("--min-size")) {
    config.min_size = ParseCount("--min-size", *value);
  }
  return config;
}

int RunComponents(const std::vector<std::string>& args, CommandIo& io) {
  const ClustersConfig config = ParseComponentsConfig(args, std::getenv("AWARDGRAPH_STORE"));
  if (config.help) {
    io.out << kComponentsUsage << kStoreHelp << kNetworkHelp;
    return 0;
  }
  return RunClusterReport(config, io);
}

namespace {
const CommandRegistration kComponentsRegistration({"components",
                                                   "connected components of a network",
                                                   &RunComponents});
}  // namespace

}  // namespace awardgraph::cli
