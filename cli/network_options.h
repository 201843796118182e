// network_options.h — the options every graph command shares: which network
// (from the store, or from a CSV edge list) and how to filter it.
//
// Defines NetworkSource, kNetworkOptions / kNetworkHelp, ParseNetworkSource
// (pure) and LoadNetwork, used by `clusters`, `centrality`, `components` and
// `export`.
//
// Example:
//   ParsedArgs parsed = ParseArgs(args, WithNetworkOptions({{"--top", true}}));
//   NetworkSource source = ParseNetworkSource(parsed, std::getenv("AWARDGRAPH_STORE"));
//   graph::CollaborationNetwork network = LoadNetwork(source);
#ifndef AWARDGRAPH_CLI_NETWORK_OPTIONS_H_
#define AWARDGRAPH_CLI_NETWORK_OPTIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "cli/options.h"
#include "graph/collaboration_network.h"
#include "graph/store_network.h"

namespace awardgraph::cli {

/// Where a graph command's network comes from.
struct NetworkSource {
  /// The store (unused with --edges).
  std::string store;
  /// --edges FILE.csv; empty to build the network from the store.
  std::string edges_file;
  /// --network, --ties and the filters.
  graph::NetworkSpec spec;
};

/// `extra` plus the shared options (--store, --network, --ties,
/// --programme, --year, --status, --icb, --edges).
std::vector<OptionSpec> WithNetworkOptions(std::vector<OptionSpec> extra);

/// Help lines for the shared options.
extern const std::string_view kNetworkHelp;

/// Reads the shared options from `parsed`. Throws UsageError for an unknown
/// network or tie, or --edges combined with store options.
NetworkSource ParseNetworkSource(const ParsedArgs& parsed, const char* store_env);

/// Builds the network: reads the edge list (errors name file and line), or
/// opens the store read-only and runs the network's queries. A filter that
/// matches nothing is a UsageError.
graph::CollaborationNetwork LoadNetwork(const NetworkSource& source);

}  // namespace awardgraph::cli

#endif  // AWARDGRAPH_CLI_NETWORK_OPTIONS_H_
