// analysis.cc — clusters, centralities and export attributes, and their reports.
#include "graph/analysis.h"

#include <algorithm>
#include <boost/range/iterator_range.hpp>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <numeric>
#include <stdexcept>

#include "graph/centrality.h"
#include "graph/export.h"
#include "graph/layout.h"
#include "query/result_writers.h"

namespace awardgraph::graph {

namespace {

const std::string& DisplayLabel(const OrganisationVertex& vertex) {
  return vertex.label.empty() ? vertex.iri : vertex.label;
}

// A number for a table or CSV cell (shortest round trip, 6 significant
// digits at most for readability in tables).
std::string Cell(double value, bool table) {
  if (!table) return detail::FormatNumber(value);
  if (std::isnan(value)) return "NaN";
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.6g", value);
  return buffer;
}

// Writes `rows` under `columns` with the query module's table or CSV writer.
void WriteRows(const std::vector<std::string>& columns,
               const std::vector<std::vector<std::string>>& rows, ReportFormat format,
               std::ostream& out) {
  query::QueryResult result = query::QueryResult::Bindings(columns);
  for (const auto& row : rows) {
    query::ResultRow cells;
    for (const std::string& cell : row) cells.emplace_back(Term::Literal(cell));
    result.rows.push_back(std::move(cells));
  }
  query::WriteResult(
      result,
      format == ReportFormat::kCsv ? query::ResultFormat::kCsv : query::ResultFormat::kTable, out);
}

// Vector-backed property map over a CollaborationGraph.
template <class T>
auto IndexMap(std::vector<T>& values, const CollaborationGraph& g) {
  return boost::make_iterator_property_map(values.begin(), get(boost::vertex_index, g));
}

}  // namespace

std::optional<ClusterAlgorithm> ClusterAlgorithmFromName(std::string_view name) {
  for (ClusterAlgorithm a : {ClusterAlgorithm::kLouvain, ClusterAlgorithm::kLeiden,
                             ClusterAlgorithm::kGirvanNewman, ClusterAlgorithm::kComponents}) {
    if (ClusterAlgorithmName(a) == name) return a;
  }
  return std::nullopt;
}

std::string_view ClusterAlgorithmName(ClusterAlgorithm algorithm) {
  switch (algorithm) {
    case ClusterAlgorithm::kLouvain:
      return "louvain";
    case ClusterAlgorithm::kLeiden:
      return "leiden";
    case ClusterAlgorithm::kGirvanNewman:
      return "girvan-newman";
    case ClusterAlgorithm::kComponents:
      return "components";
  }
  return "";
}

ClusterReport ClusterNetwork(const CollaborationGraph& g, ClusterAlgorithm algorithm,
                             const CommunityOptions& options) {
  ClusterReport report;
  report.algorithm = ClusterAlgorithmName(algorithm);
  report.resolution =
      algorithm == ClusterAlgorithm::kLouvain || algorithm == ClusterAlgorithm::kLeiden
          ? options.resolution
          : 1.0;
  report.vertices = num_vertices(g);
  report.edges = num_edges(g);
  std::vector<std::size_t>& community = report.community;
  community.assign(num_vertices(g), 0);
  const auto weight = get(&CollaborationEdge::weight, g);
  std::size_t count = 0;
  switch (algorithm) {
    case ClusterAlgorithm::kLouvain:
      count = Louvain(g, weight, IndexMap(community, g), options);
      break;
    case ClusterAlgorithm::kLeiden:
      count = Leiden(g, weight, IndexMap(community, g), options);
      break;
    case ClusterAlgorithm::kGirvanNewman:
      if (num_edges(g) > kGirvanNewmanMaxEdges) {
        throw std::invalid_argument("girvan-newman takes O(m² n) time; this network has " +
                                    std::to_string(num_edges(g)) + " edges (at most " +
                                    std::to_string(kGirvanNewmanMaxEdges) +
                                    "): use louvain or leiden");
      }
      count = GirvanNewman(g, weight, IndexMap(community, g));
      break;
    case ClusterAlgorithm::kComponents:
      count = AssignPartnershipClusters(g, IndexMap(community, g));
      break;
  }
  report.modularity = Modularity(g, weight, IndexMap(community, g));
  report.clusters.resize(count);
  std::vector<double> internal_strength(num_vertices(g), 0.0);
  for (auto e : boost::make_iterator_range(edges(g))) {
    const auto a = source(e, g), b = target(e, g);
    if (community[a] != community[b]) continue;
    internal_strength[a] += g[e].weight;
    internal_strength[b] += g[e].weight;
    report.clusters[community[a]].internal_weight += g[e].weight;
  }
  for (auto v : boost::make_iterator_range(vertices(g))) {
    report.clusters[community[v]].members.push_back(
        {g[v].iri, DisplayLabel(g[v]), g[v].type, internal_strength[v]});
  }
  for (std::size_t c = 0; c < count; ++c) {
    Cluster& cluster = report.clusters[c];
    cluster.id = c + 1;
    cluster.size = cluster.members.size();
    std::stable_sort(cluster.members.begin(), cluster.members.end(),
                     [](const ClusterMember& x, const ClusterMember& y) {
                       if (x.internal_strength != y.internal_strength) {
                         return x.internal_strength > y.internal_strength;
                       }
                       return std::tie(x.label, x.iri) < std::tie(y.label, y.iri);
                     });
    for (std::size_t i = 0; i < std::min<std::size_t>(3, cluster.members.size()); ++i) {
      cluster.label += (i ? " / " : "") + cluster.members[i].label;
    }
  }
  return report;
}

std::optional<ReportFormat> ReportFormatFromName(std::string_view name) {
  if (name == "table") return ReportFormat::kTable;
  if (name == "json") return ReportFormat::kJson;
  if (name == "csv") return ReportFormat::kCsv;
  return std::nullopt;
}

void WriteClusterReport(const ClusterReport& report, ReportFormat format, std::size_t min_size,
                        std::ostream& out) {
  std::vector<const Cluster*> shown;
  for (const Cluster& cluster : report.clusters) {
    if (cluster.size >= min_size) shown.push_back(&cluster);
  }
  if (format == ReportFormat::kJson) {
    nlohmann::ordered_json json;
    json["algorithm"] = report.algorithm;
    json["modularity"] = report.modularity;
    json["resolution"] = report.resolution;
    json["vertices"] = report.vertices;
    json["edges"] = report.edges;
    json["clusters"] = nlohmann::ordered_json::array();
    for (const Cluster* cluster : shown) {
      nlohmann::ordered_json members = nlohmann::ordered_json::array();
      for (const ClusterMember& m : cluster->members) {
        members.push_back({{"iri", m.iri}, {"label", m.label}, {"type", m.type}});
      }
      json["clusters"].push_back({{"id", cluster->id},
                                  {"size", cluster->size},
                                  {"internal_weight", cluster->internal_weight},
                                  {"label", cluster->label},
                                  {"members", std::move(members)}});
    }
    out << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  std::vector<std::vector<std::string>> rows;
  if (format == ReportFormat::kTable) {
    for (const Cluster* cluster : shown) {
      std::string members;
      for (const ClusterMember& m : cluster->members)
        members += (members.empty() ? "" : "; ") + m.label;
      rows.push_back({std::to_string(cluster->id), std::to_string(cluster->size),
                      Cell(cluster->internal_weight, true), cluster->label, members});
    }
    out << report.algorithm << ": " << report.clusters.size() << " clusters of " << report.vertices
        << " nodes and " << report.edges << " edges, modularity " << Cell(report.modularity, true);
    if (min_size > 1) {
      out << " (" << shown.size() << " clusters of at least " << min_size << " shown)";
    }
    out << "\n";
    WriteRows({"cluster", "size", "internal_weight", "label", "members"}, rows, format, out);
    return;
  }
  for (const Cluster* cluster : shown) {
    for (const ClusterMember& m : cluster->members) {
      rows.push_back({std::to_string(cluster->id), std::to_string(cluster->size), cluster->label,
                      m.iri, m.label, m.type});
    }
  }
  WriteRows({"cluster", "size", "cluster_label", "iri", "label", "type"}, rows, format, out);
}

std::optional<CentralityMeasure> CentralityMeasureFromName(std::string_view name) {
  for (CentralityMeasure m : {CentralityMeasure::kDegree, CentralityMeasure::kStrength,
                              CentralityMeasure::kBetweenness, CentralityMeasure::kCloseness,
                              CentralityMeasure::kPageRank, CentralityMeasure::kEigenvector}) {
    if (CentralityMeasureName(m) == name) return m;
  }
  return std::nullopt;
}

std::string_view CentralityMeasureName(CentralityMeasure measure) {
  switch (measure) {
    case CentralityMeasure::kDegree:
      return "degree";
    case CentralityMeasure::kStrength:
      return "strength";
    case CentralityMeasure::kBetweenness:
      return "betweenness";
    case CentralityMeasure::kCloseness:
      return "closeness";
    case CentralityMeasure::kPageRank:
      return "pagerank";
    case CentralityMeasure::kEigenvector:
      return "eigenvector";
  }
  return "";
}

std::string_view CentralityDefinition(CentralityMeasure measure) {
  switch (measure) {
    case CentralityMeasure::kDegree:
      return "neighbours / (n - 1), as networkx.degree_centrality";
    case CentralityMeasure::kStrength:
      return "summed weight of the node's edges, as networkx G.degree(weight='weight')";
    case CentralityMeasure::kBetweenness:
      return "share of shortest paths (in hops, weights ignored) between other nodes through "
             "the node, as networkx.betweenness_centrality(normalized=True)";
    case CentralityMeasure::kCloseness:
      return "reachable nodes over their summed distance (in hops), scaled by the reachable "
             "share, as networkx.closeness_centrality";
    case CentralityMeasure::kPageRank:
      return "weighted PageRank, damping 0.85, summing to 1, as "
             "networkx.pagerank(weight='weight')";
    case CentralityMeasure::kEigenvector:
      return "weighted eigenvector centrality, unit Euclidean norm, as "
             "networkx.eigenvector_centrality(weight='weight')";
  }
  return "";
}

std::vector<double> ComputeCentrality(const CollaborationGraph& g, CentralityMeasure measure) {
  std::vector<double> values(num_vertices(g), 0.0);
  const auto weight = get(&CollaborationEdge::weight, g);
  switch (measure) {
    case CentralityMeasure::kDegree:
      NormalizedDegreeCentrality(g, IndexMap(values, g));
      break;
    case CentralityMeasure::kStrength:
      WeightedDegreeCentrality(g, weight, IndexMap(values, g));
      break;
    case CentralityMeasure::kBetweenness:
      BetweennessCentrality(g, IndexMap(values, g));
      break;
    case CentralityMeasure::kCloseness:
      ClosenessCentrality(g, IndexMap(values, g));
      break;
    case CentralityMeasure::kPageRank:
      WeightedPageRank(g, weight, IndexMap(values, g));
      break;
    case CentralityMeasure::kEigenvector:
      EigenvectorCentrality(g, weight, IndexMap(values, g));
      break;
  }
  return values;
}

void WriteCentralityReport(const CollaborationGraph& g, CentralityMeasure measure,
                           const std::vector<double>& values, std::size_t top, ReportFormat format,
                           std::ostream& out) {
  std::vector<std::size_t> order(num_vertices(g));
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (values[a] != values[b]) return values[a] > values[b];
    return std::tie(DisplayLabel(g[a]), g[a].iri) < std::tie(DisplayLabel(g[b]), g[b].iri);
  });
  if (top > 0 && order.size() > top) order.resize(top);
  if (format == ReportFormat::kJson) {
    nlohmann::ordered_json json;
    json["measure"] = CentralityMeasureName(measure);
    json["definition"] = CentralityDefinition(measure);
    json["vertices"] = num_vertices(g);
    json["nodes"] = nlohmann::ordered_json::array();
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
      const auto v = order[rank];
      json["nodes"].push_back({{"rank", rank + 1},
                               {"iri", g[v].iri},
                               {"label", DisplayLabel(g[v])},
                               {"type", g[v].type},
                               {"value", values[v]}});
    }
    out << json.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    const auto v = order[rank];
    rows.push_back({std::to_string(rank + 1), Cell(values[v], format == ReportFormat::kTable),
                    DisplayLabel(g[v]), g[v].type, g[v].iri});
  }
  if (format == ReportFormat::kTable) {
    out << CentralityMeasureName(measure) << ": " << CentralityDefinition(measure) << "\n";
  }
  WriteRows({"rank", std::string(CentralityMeasureName(measure)), "label", "type", "iri"}, rows,
            format, out);
}

NodeAttributes ComputeNodeAttributes(const CollaborationGraph& g, std::uint64_t seed) {
  NodeAttributes attributes;
  std::vector<std::size_t> degree = DegreeCentrality(g);
  attributes.degree = ToDoubles(degree);
  CommunityOptions options;
  options.seed = seed;
  const ClusterReport clusters = ClusterNetwork(g, ClusterAlgorithm::kLouvain, options);
  for (std::size_t c : clusters.community) attributes.cluster.push_back(static_cast<double>(c + 1));
  attributes.betweenness = ComputeCentrality(g, CentralityMeasure::kBetweenness);
  attributes.pagerank = ComputeCentrality(g, CentralityMeasure::kPageRank);
  attributes.x.assign(num_vertices(g), 0.0);
  attributes.y.assign(num_vertices(g), 0.0);
  FruchtermanReingoldLayout(g, IndexMap(attributes.x, g), IndexMap(attributes.y, g),
                            static_cast<std::uint32_t>(seed));
  return attributes;
}

}  // namespace awardgraph::graph
