// export_command.h — `awardgraph export`: a network for Gephi, Cytoscape,
// Graphviz or networkx.
//
// Defines ExportFormat, ExportConfig, ParseExportConfig (pure), CsvPaths
// (where --format csv writes its two tables) and the entry point.
//
// Example:
//   ExportConfig c = ParseExportConfig({"--format", "gexf", "-o", "net.gexf"}, nullptr);
//   // c.format == ExportFormat::kGexf, c.output == "net.gexf"
#ifndef AWARDGRAPH_CLI_EXPORT_COMMAND_H_
#define AWARDGRAPH_CLI_EXPORT_COMMAND_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "cli/network_options.h"

namespace awardgraph::cli {

/// The export formats.
enum class ExportFormat { kGraphMl, kGexf, kDot, kCytoscape, kCsv };

/// What `awardgraph export` was asked to do.
struct ExportConfig {
  bool help = false;
  NetworkSource source;
  ExportFormat format = ExportFormat::kGraphMl;
  /// -o FILE; empty writes to standard output.
  std::string output;
  /// --seed of the Louvain clusters and the layout (default 1).
  std::uint64_t seed = 1;
};

/// The usage text.
extern const char kExportUsage[];

/// Parses `export` arguments; --format is required.
ExportConfig ParseExportConfig(const std::vector<std::string>& args, const char* store_env);

/// The nodes and edges files of `--format csv -o output`: a trailing ".csv"
/// is dropped and "-nodes.csv" / "-edges.csv" appended ("net.csv" ->
/// "net-nodes.csv", "net-edges.csv").
std::pair<std::string, std::string> CsvPaths(const std::string& output);

/// `awardgraph export`.
int RunExport(const std::vector<std::string>& args, CommandIo& io);

}  // namespace awardgraph::cli

#endif  // AWARDGRAPH_CLI_EXPORT_COMMAND_H_
