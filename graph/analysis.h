// analysis.h — the analyses the CLI offers, on a CollaborationGraph, and
// their reports as tables, JSON and CSV.
//
// Defines ClusterAlgorithm / ClusterNetwork (a partition by Louvain, Leiden,
// Girvan–Newman or connected components, with modularity and, per cluster,
// size, internal weight, a label naming its most central members, and the
// members), CentralityMeasure / ComputeCentrality (one centrality of
// centrality.h per vertex), NodeAttributes (what every exported node
// carries) and the writers for `awardgraph clusters`, `centrality` and
// `components`.
//
// Example:
//   ClusterReport report = ClusterNetwork(network.Graph(), ClusterAlgorithm::kLouvain, {});
//   WriteClusterReport(report, ReportFormat::kJson, 2, std::cout);
#ifndef AWARDGRAPH_GRAPH_ANALYSIS_H_
#define AWARDGRAPH_GRAPH_ANALYSIS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/collaboration_network.h"
#include "graph/community.h"

namespace awardgraph::graph {

/// How clusters are found.
enum class ClusterAlgorithm { kLouvain, kLeiden, kGirvanNewman, kComponents };

/// "louvain", "leiden", "girvan-newman", "components"; nullopt otherwise.
std::optional<ClusterAlgorithm> ClusterAlgorithmFromName(std::string_view name);

/// The name ClusterAlgorithmFromName accepts.
std::string_view ClusterAlgorithmName(ClusterAlgorithm algorithm);

/// One member of a cluster.
struct ClusterMember {
  std::string iri;
  /// The label (the IRI when the node has none).
  std::string label;
  std::string type;
  /// Summed weight of the member's edges inside its cluster.
  double internal_strength = 0.0;
};

/// One cluster.
struct Cluster {
  /// 1, 2, ... by decreasing size.
  std::size_t id = 0;
  std::size_t size = 0;
  /// Summed weight of the edges with both ends inside.
  double internal_weight = 0.0;
  /// The labels of its (up to three) members of highest internal strength.
  std::string label;
  /// Members, highest internal strength first, then by label.
  std::vector<ClusterMember> members;
};

/// A partition of a network.
struct ClusterReport {
  std::string algorithm;
  /// Modularity (resolution 1) of the partition; NaN without edge weight.
  double modularity = 0.0;
  /// The resolution the algorithm optimised.
  double resolution = 1.0;
  std::size_t vertices = 0;
  std::size_t edges = 0;
  /// Every cluster, largest first.
  std::vector<Cluster> clusters;
  /// community[v]: index into `clusters` of vertex v.
  std::vector<std::size_t> community;
};

/// Partitions `g` with `algorithm` (Louvain and Leiden with `options`;
/// Girvan–Newman and components ignore them). Throws std::invalid_argument
/// for Girvan–Newman on more than `kGirvanNewmanMaxEdges` edges.
ClusterReport ClusterNetwork(const CollaborationGraph& g, ClusterAlgorithm algorithm,
                             const CommunityOptions& options);

/// Girvan–Newman is O(m² n); larger networks are refused.
inline constexpr std::size_t kGirvanNewmanMaxEdges = 5000;

/// Output formats of the reports.
enum class ReportFormat { kTable, kJson, kCsv };

/// "table", "json", "csv"; nullopt otherwise.
std::optional<ReportFormat> ReportFormatFromName(std::string_view name);

/// Writes the clusters of at least `min_size` members (modularity always
/// covers the whole partition). Table: id, size, internal weight, label,
/// members' labels. JSON: {"algorithm", "modularity", "resolution",
/// "vertices", "edges", "clusters": [{"id", "size", "internal_weight",
/// "label", "members": [{"iri", "label", "type"}]}]}. CSV: one row per
/// member (cluster, size, cluster_label, iri, label, type).
void WriteClusterReport(const ClusterReport& report, ReportFormat format, std::size_t min_size,
                        std::ostream& out);

/// The centralities `awardgraph centrality` offers.
enum class CentralityMeasure {
  kDegree,
  kStrength,
  kBetweenness,
  kCloseness,
  kPageRank,
  kEigenvector
};

/// "degree", "strength", "betweenness", "closeness", "pagerank",
/// "eigenvector"; nullopt otherwise.
std::optional<CentralityMeasure> CentralityMeasureFromName(std::string_view name);

/// The name CentralityMeasureFromName accepts.
std::string_view CentralityMeasureName(CentralityMeasure measure);

/// One sentence saying what the measure's numbers are (networkx's definition).
std::string_view CentralityDefinition(CentralityMeasure measure);

/// The measure for every vertex of `g`, indexed by vertex.
std::vector<double> ComputeCentrality(const CollaborationGraph& g, CentralityMeasure measure);

/// Writes the `top` highest-scoring vertices (all when 0), highest first,
/// ties by label then IRI. Table/CSV columns: rank, value, label, type, iri.
/// JSON: {"measure", "definition", "vertices", "nodes": [{"rank", "iri",
/// "label", "type", "value"}]}.
void WriteCentralityReport(const CollaborationGraph& g, CentralityMeasure measure,
                           const std::vector<double>& values, std::size_t top, ReportFormat format,
                           std::ostream& out);

/// What `awardgraph export` attaches to every node: degree, the Louvain
/// cluster (1 = largest), normalised betweenness, PageRank and
/// Fruchterman–Reingold x/y, all indexed by vertex.
struct NodeAttributes {
  std::vector<double> degree;
  std::vector<double> cluster;
  std::vector<double> betweenness;
  std::vector<double> pagerank;
  std::vector<double> x;
  std::vector<double> y;
};

/// Computes NodeAttributes; `seed` drives Louvain and the layout.
NodeAttributes ComputeNodeAttributes(const CollaborationGraph& g, std::uint64_t seed);

}  // namespace awardgraph::graph

#endif  // AWARDGRAPH_GRAPH_ANALYSIS_H_
