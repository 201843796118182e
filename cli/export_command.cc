// export_command.cc — `awardgraph export`.
#include "cli/export_command.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "cli/graph_option_values.h"
#include "cli/options.h"
#include "graph/analysis.h"
#include "graph/export.h"

namespace awardgraph::cli {

const char kExportUsage[] =
    "Usage: awardgraph export --format F [--network N | --edges F.csv] [-o FILE] [--seed S]\n"
    "Writes the network with, on every node, its IRI, label, type, degree, Louvain\n"
    "cluster, betweenness, PageRank and a Fruchterman-Reingold position (x, y), and on\n"
    "every edge its weight and relation.\n\n"
    "Options:\n"
    "  --format F     graphml (Gephi, Cytoscape, yEd, networkx), gexf (GEXF 1.3 for\n"
    "                 Gephi: colour by cluster, size by PageRank), dot (Graphviz),\n"
    "                 cytoscape (Cytoscape.js JSON), csv (Gephi's spreadsheet import:\n"
    "                 a nodes table and an edges table)\n"
    "  -o FILE        write to FILE (default standard output); csv writes FILE-nodes.csv\n"
    "                 and FILE-edges.csv (FILE without .csv), or to standard output the\n"
    "                 nodes table, an empty line and the edges table\n"
    "  --seed S       seed of the clusters and the layout (default 1)\n";

ExportConfig ParseExportConfig(const std::vector<std::string>& args, const char* store_env) {
  const ParsedArgs parsed = ParseArgs(
      args,
      WithNetworkOptions({{"--format", true}, {"-o", true}, {"--output", true}, {"--seed", true}}));
  ExportConfig config;
  config.help = parsed.Has("--help");
  if (config.help) return config;
  if (!parsed.positional.empty()) {
    throw UsageError("unexpected argument '" + parsed.positional[0] + "'");
  }
  config.source = ParseNetworkSource(parsed, store_env);
  const auto name = parsed.Value("--format");
  if (!name) throw UsageError("--format is required: graphml, gexf, dot, cytoscape or csv");
  if (*name == "graphml") {
    config.format = ExportFormat::kGraphMl;
  } else if (*name == "gexf") {
    config.format = ExportFormat::kGexf;
  } else if (*name == "dot") {
    config.format = ExportFormat::kDot;
  } else if (*name == "cytoscape") {
    config.format = ExportFormat::kCytoscape;
  } else if (*name == "csv") {
    config.format = ExportFormat::kCsv;
  } else {
    throw UsageError("unknown --format '" + *name + "'; use graphml, gexf, dot, cytoscape, csv");
  }
  if (parsed.Value("-o") && parsed.Value("--output")) {
    throw UsageError("give -o or --output, not both");
  }
  config.output = parsed.Value("-o").value_or(parsed.Value("--output").value_or(""));
  if ((parsed.Value("-o") || parsed.Value("--output")) && config.output.empty()) {
    throw UsageError("-o needs a file name");
  }
  if (const auto value = parsed.Value("--seed")) config.seed = ParseSeed("--seed", *value);
  return config;
}

std::pair<std::string, std::string> CsvPaths(const std::string& output) {
  std::string stem = output;
  if (stem.size() > 4 && stem.ends_with(".csv")) stem.resize(stem.size() - 4);
  return {stem + "-nodes.csv", stem + "-edges.csv"};
}

namespace {

// Writes `text` to `path` through a temporary file renamed into place, so a
// failure never leaves a half-written file.
void WriteFileAtomically(const std::string& path, const std::string& text) {
  const std::string temporary = path + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      std::remove(temporary.c_str());
      throw std::runtime_error("cannot write " + path);
    }
  }
  std::error_code error;
  std::filesystem::rename(temporary, path, error);
  if (error) {
    std::remove(temporary.c_str());
    throw std::runtime_error("cannot write " + path + ": " + error.message());
  }
}

}  // namespace

int RunExport(const std::vector<std::string>& args, CommandIo& io) {
  const ExportConfig config = ParseExportConfig(args, std::getenv("AWARDGRAPH_STORE"));
  if (config.help) {
    io.out << kExportUsage << kStoreHelp << kNetworkHelp;
    return 0;
  }
  const graph::CollaborationNetwork network = LoadNetwork(config.source);
  const graph::CollaborationGraph& g = network.Graph();
  graph::NodeAttributes attributes = graph::ComputeNodeAttributes(g, config.seed);
  graph::ExportOptions options;
  using Type = graph::VertexAttribute::Type;
  options.vertex_attributes = {{"degree", Type::kInt, std::move(attributes.degree)},
                               {"cluster", Type::kInt, std::move(attributes.cluster)},
                               {"betweenness", Type::kDouble, std::move(attributes.betweenness)},
                               {"pagerank", Type::kDouble, std::move(attributes.pagerank)},
                               {"x", Type::kDouble, std::move(attributes.x)},
                               {"y", Type::kDouble, std::move(attributes.y)}};
  std::ostringstream text, edges;
  switch (config.format) {
    case ExportFormat::kGraphMl:
      graph::WriteGraphMl(text, g, options);
      break;
    case ExportFormat::kGexf:
      graph::WriteGexf(text, g, options);
      break;
    case ExportFormat::kDot:
      graph::WriteDot(text, g, options);
      break;
    case ExportFormat::kCytoscape:
      graph::WriteCytoscapeJson(text, g, options);
      break;
    case ExportFormat::kCsv:
      graph::WriteGephiCsv(text, edges, g, options);
      break;
  }
  if (config.output.empty()) {
    io.out << text.str();
    if (config.format == ExportFormat::kCsv) io.out << "\n" << edges.str();
  } else if (config.format == ExportFormat::kCsv) {
    const auto [nodes_path, edges_path] = CsvPaths(config.output);
    WriteFileAtomically(nodes_path, text.str());
    WriteFileAtomically(edges_path, edges.str());
    io.err << "awardgraph: wrote " << network.NumVertices() << " nodes to " << nodes_path << " and "
           << network.NumEdges() << " edges to " << edges_path << "\n";
  } else {
    WriteFileAtomically(config.output, text.str());
    io.err << "awardgraph: wrote " << network.NumVertices() << " nodes and " << network.NumEdges()
           << " edges to " << config.output << "\n";
  }
  return 0;
}

namespace {
const CommandRegistration kExportRegistration(
    {"export", "write a network as GraphML, GEXF, DOT, Cytoscape JSON or CSV", &RunExport});
}  // namespace

}  // namespace awardgraph::cli
