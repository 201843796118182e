// clusters_command.h — `awardgraph clusters` and `awardgraph components`:
// partnership clusters (community detection) and connected components.
//
// Defines ClustersConfig, ParseClustersConfig and ParseComponentsConfig
// (pure), what the two share (ParseClusterReportOptions, RunClusterReport),
// and the two entry points (clusters_command.cc, components_command.cc).
//
// Example:
//   ClustersConfig c = ParseClustersConfig({"--algorithm", "leiden", "--seed", "3"}, nullptr);
//   // c.algorithm == graph::ClusterAlgorithm::kLeiden, c.options.seed == 3
#ifndef AWARDGRAPH_CLI_CLUSTERS_COMMAND_H_
#define AWARDGRAPH_CLI_CLUSTERS_COMMAND_H_

#include <cstddef>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/network_options.h"
#include "graph/analysis.h"

namespace awardgraph::cli {

/// What `awardgraph clusters` (or `components`) was asked to do.
struct ClustersConfig {
  bool help = false;
  NetworkSource source;
  graph::ClusterAlgorithm algorithm = graph::ClusterAlgorithm::kLouvain;
  /// --resolution and --seed.
  graph::CommunityOptions options;
  /// --min-size: smaller clusters are not listed (default 2 for clusters,
  /// 1 for components).
  std::size_t min_size = 2;
  graph::ReportFormat format = graph::ReportFormat::kTable;
};

/// The usage texts.
extern const char kClustersUsage[];
extern const char kComponentsUsage[];

/// Parses `clusters` arguments; `store_env` is $AWARDGRAPH_STORE (may be
/// null). Throws UsageError for unknown values or numbers out of range.
ClustersConfig ParseClustersConfig(const std::vector<std::string>& args, const char* store_env);

/// Parses `components` arguments (network options, --min-size, --format).
ClustersConfig ParseComponentsConfig(const std::vector<std::string>& args, const char* store_env);

/// The options both commands share (--help, network options, --format).
ClustersConfig ParseClusterReportOptions(const ParsedArgs& parsed, const char* store_env);

/// Loads the network, partitions it and writes the report to io.out.
int RunClusterReport(const ClustersConfig& config, CommandIo& io);

/// `awardgraph clusters`.
int RunClusters(const std::vector<std::string>& args, CommandIo& io);

/// `awardgraph components`.
int RunComponents(const std::vector<std::string>& args, CommandIo& io);

}  // namespace awardgraph::cli

#endif  // AWARDGRAPH_CLI_CLUSTERS_COMMAND_H_
