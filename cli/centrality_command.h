// centrality_command.h — `awardgraph centrality`: the most central nodes.
//
// Defines CentralityConfig and ParseCentralityConfig (pure), and the entry
// point.
//
// Example:
//   CentralityConfig c = ParseCentralityConfig({"--measure", "pagerank", "--top", "5"}, nullptr);
//   // c.measure == graph::CentralityMeasure::kPageRank, c.top == 5
#ifndef AWARDGRAPH_CLI_CENTRALITY_COMMAND_H_
#define AWARDGRAPH_CLI_CENTRALITY_COMMAND_H_

#include <cstddef>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/network_options.h"
#include "graph/analysis.h"

namespace awardgraph::cli {

/// What `awardgraph centrality` was asked to do.
struct CentralityConfig {
  bool help = false;
  NetworkSource source;
  graph::CentralityMeasure measure = graph::CentralityMeasure::kPageRank;
  /// --top K: how many nodes to list; 0 lists all (default 10).
  std::size_t top = 10;
  graph::ReportFormat format = graph::ReportFormat::kTable;
};

/// The usage text.
extern const char kCentralityUsage[];

/// Parses `centrality` arguments; throws UsageError for unknown values.
CentralityConfig ParseCentralityConfig(const std::vector<std::string>& args, const char* store_env);

/// `awardgraph centrality`.
int RunCentrality(const std::vector<std::string>& args, CommandIo& io);

}  // namespace awardgraph::cli

#endif  // AWARDGRAPH_CLI_CENTRALITY_COMMAND_H_
