// stats_command.h — `awardgraph stats`: what the store holds.
//
// Defines StatsConfig, ParseStatsConfig (pure), StoreStats, CollectStats
// (total triples, named graphs, entities per class) and WriteStats.
//
// Example:
//   StoreStats s = CollectStats(store);
//   WriteStats(s, std::cout);  // "triples: 1234\ngraphs: 56\n\nclass | entities\n..."
#ifndef AWARDGRAPH_CLI_STATS_COMMAND_H_
#define AWARDGRAPH_CLI_STATS_COMMAND_H_

#include <ostream>
#include <string>
#include <vector>

#include "query/query_result.h"
#include "query/store.h"

namespace awardgraph::cli {

/// What `awardgraph stats` was asked to do.
struct StatsConfig {
  bool help = false;
  std::string store;
};

/// The usage text of `awardgraph stats`.
extern const char kStatsUsage[];

/// Parses stats' arguments; `store_env` is $AWARDGRAPH_STORE (may be null).
StatsConfig ParseStatsConfig(const std::vector<std::string>& args, const char* store_env);

/// The numbers stats reports.
struct StoreStats {
  /// Distinct triples.
  std::size_t triples = 0;
  /// Named graphs (articles).
  std::size_t graphs = 0;
  /// Columns "class" and "entities": distinct subjects per rdf:type, most first.
  query::QueryResult classes;
};

/// Gathers the statistics of `store`.
StoreStats CollectStats(const query::Store& store);

/// Writes `stats` as text: totals, then an aligned table of classes.
void WriteStats(const StoreStats& stats, std::ostream& out);

}  // namespace awardgraph::cli

#endif  // AWARDGRAPH_CLI_STATS_COMMAND_H_
