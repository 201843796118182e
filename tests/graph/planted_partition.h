// planted_partition.h — test helper: planted-partition graphs, the standard
// benchmark of community detection (groups of vertices, dense inside,
// sparse between), generated deterministically from a seed.
//
// Defines PlantedPartition (the parameters), MakePlantedPartition (the edge
// rows and each vertex's planted group) and ToEdgeCsv (the rows as a
// `source,target,weight` CSV for peers such as igraph).
//
// Example:
//   PlantedGraph p = MakePlantedPartition({.groups = 4, .group_size = 50});
//   CollaborationNetwork network(p.rows);
#ifndef AWARDGRAPH_TESTS_GRAPH_PLANTED_PARTITION_H_
#define AWARDGRAPH_TESTS_GRAPH_PLANTED_PARTITION_H_

#include <cstddef>
#include <cstdint>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "graph/collaboration_network.h"

namespace awardgraph::graph::testing {

/// Parameters of a planted-partition graph.
struct PlantedPartition {
  std::size_t groups = 4;
  std::size_t group_size = 50;
  /// Probability of an edge between two vertices of one group.
  double p_in = 0.2;
  /// Probability of an edge between two vertices of different groups.
  double p_out = 0.01;
  /// When set, weights are 1, 2 or 3 (more inside groups); else all 1.
  bool weighted = false;
  std::uint64_t seed = 1;
};

/// A generated graph: rows between "v<i>" names, and planted[i] per vertex.
struct PlantedGraph {
  std::vector<CollaborationEdgeRow> rows;
  std::vector<std::size_t> planted;
};

/// Generates the graph (the same one for the same parameters everywhere).
inline PlantedGraph MakePlantedPartition(const PlantedPartition& p) {
  std::mt19937_64 rng(p.seed);
  auto uniform = [&rng] { return static_cast<double>(rng() >> 11) * 0x1.0p-53; };
  PlantedGraph graph;
  const std::size_t n = p.groups * p.group_size;
  for (std::size_t i = 0; i < n; ++i) graph.planted.push_back(i / p.group_size);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = i + 1; j < n; ++j) {
      const bool inside = graph.planted[i] == graph.planted[j];
      if (uniform() >= (inside ? p.p_in : p.p_out)) continue;
      double weight = 1.0;
      if (p.weighted) weight = static_cast<double>(1 + rng() % 3) + (inside ? 1.0 : 0.0);
      const std::string a = "v" + std::to_string(i), b = "v" + std::to_string(j);
      graph.rows.push_back({a, a, b, b, weight, ""});
    }
  }
  return graph;
}

/// The rows as CSV with the header source,target,weight.
inline std::string ToEdgeCsv(const std::vector<CollaborationEdgeRow>& rows) {
  std::ostringstream out;
  out << "source,target,weight\n";
  for (const CollaborationEdgeRow& row : rows) {
    out << row.a_iri << "," << row.b_iri << "," << row.weight << "\n";
  }
  return out.str();
}

}  // namespace awardgraph::graph::testing

#endif  // AWARDGRAPH_TESTS_GRAPH_PLANTED_PARTITION_H_
