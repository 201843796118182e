// graph_option_values.h — parsing of the numeric and format option values of
// the graph commands (clusters, centrality, components, export).
//
// Defines ParseCount, ParseReal, ParseSeed and ParseReportFormat: each
// throws UsageError naming the option when the value is not acceptable.
//
// Example:
//   std::size_t top = ParseCount("--top", "10");  // 10
#ifndef AWARDGRAPH_CLI_GRAPH_OPTION_VALUES_H_
#define AWARDGRAPH_CLI_GRAPH_OPTION_VALUES_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "graph/analysis.h"

namespace awardgraph::cli {

/// A whole number >= 0 (decimal digits only).
std::size_t ParseCount(const std::string& option, const std::string& value);

/// A finite number > 0.
double ParsePositiveReal(const std::string& option, const std::string& value);

/// A seed: a whole number in [0, 2^32).
std::uint64_t ParseSeed(const std::string& option, const std::string& value);

/// table, json or csv.
graph::ReportFormat ParseReportFormat(const std::string& value);

}  // namespace awardgraph::cli

#endif  // AWARDGRAPH_CLI_GRAPH_OPTION_VALUES_H_
