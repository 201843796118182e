// centrality.h — degree centralities and partnership clusters.
//
// Defines, Boost.Graph style, function templates over any undirected graph
// modelling VertexListGraph and IncidenceGraph that write their results into
// property maps keyed by vertex:
//   DegreeCentrality            number of incident edges
//   NormalizedDegreeCentrality  degree / (n - 1), as networkx.degree_centrality
//   WeightedDegreeCentrality    sum of the weights of incident edges
//   AssignPartnershipClusters   connected components, numbered largest first
// plus convenience overloads for CollaborationGraph that return std::vectors
// indexed by vertex (vertex descriptors are indices there).
//
// Example:
//   CollaborationNetwork network(rows);
//   std::vector<double> strength = WeightedDegreeCentrality(network.Graph());
//   ClusterAssignment clusters = PartnershipClusters(network.Graph());
//   // clusters.cluster[v] == 0 for every v in the largest partnership cluster.
#ifndef AWARDGRAPH_GRAPH_CENTRALITY_H_
#define AWARDGRAPH_GRAPH_CENTRALITY_H_

#include <algorithm>
#include <boost/concept/assert.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/graph_concepts.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/range/iterator_range.hpp>
#include <cstddef>
#include <numeric>
#include <type_traits>
#include <vector>

#include "graph/collaboration_network.h"

namespace awardgraph::graph {

namespace detail {

// Requires the graph concepts every algorithm here needs.
template <class Graph>
void RequireUndirectedVertexListIncidenceGraph() {
  BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<Graph>));
  BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<Graph>));
  static_assert(std::is_convertible_v<typename boost::graph_traits<Graph>::directed_category,
                                      boost::undirected_tag>,
                "the centralities here are defined for undirected graphs");
}

// Given component ids 0..count-1 (as boost::connected_components assigns
// them: in order of each component's first vertex), returns the new id of
// each old id so that clusters are numbered by decreasing size, ties keeping
// the order of their first vertex.
inline std::vector<std::size_t> RankBySizeDescending(const std::vector<std::size_t>& sizes) {
  std::vector<std::size_t> by_rank(sizes.size());
  std::iota(by_rank.begin(), by_rank.end(), std::size_t{0});
  std::stable_sort(by_rank.begin(), by_rank.end(),
                   [&sizes](std::size_t x, std::size_t y) { return sizes[x] > sizes[y]; });
  std::vector<std::size_t> new_id(sizes.size());
  for (std::size_t rank = 0; rank < by_rank.size(); ++rank) new_id[by_rank[rank]] = rank;
  return new_id;
}

}  // namespace detail

/// Writes the degree (number of incident edges) of every vertex of `g` into
/// `degree`, a writable property map from vertex to an arithmetic type.
/// Parallel edges count once each, as Boost reports them.
template <class Graph, class DegreeMap>
void DegreeCentrality(const Graph& g, DegreeMap degree) {
  detail::RequireUndirectedVertexListIncidenceGraph<Graph>();
  for (auto v : boost::make_iterator_range(vertices(g))) put(degree, v, out_degree(v, g));
}

/// Writes degree / (n - 1) for every vertex of `g` into `centrality`, n being
/// the number of vertices: the share of the other organisations a vertex
/// works with. Like networkx.degree_centrality, a lone vertex scores 1.
template <class Graph, class CentralityMap>
void NormalizedDegreeCentrality(const Graph& g, CentralityMap centrality) {
  detail::RequireUndirectedVertexListIncidenceGraph<Graph>();
  const auto n = num_vertices(g);
  for (auto v : boost::make_iterator_range(vertices(g))) {
    put(centrality, v,
        n <= 1 ? 1.0 : static_cast<double>(out_degree(v, g)) / static_cast<double>(n - 1));
  }
}

/// Writes the sum of `weight` over the incident edges of every vertex of `g`
/// into `centrality` (networkx: G.degree(weight="weight")). `weight` is a
/// readable property map from edge to an arithmetic type.
template <class Graph, class WeightMap, class CentralityMap>
void WeightedDegreeCentrality(const Graph& g, WeightMap weight, CentralityMap centrality) {
  detail::RequireUndirectedVertexListIncidenceGraph<Graph>();
  using Value = typename boost::property_traits<CentralityMap>::value_type;
  for (auto v : boost::make_iterator_range(vertices(g))) {
    Value sum{};
    for (auto e : boost::make_iterator_range(out_edges(v, g))) sum += get(weight, e);
    put(centrality, v, sum);
  }
}

/// Assigns every vertex of `g` its partnership cluster, the simplest kind:
/// its connected component. Writes cluster ids into `cluster` (a read/write
/// property map from vertex to an integral type) numbered 0, 1, ... by
/// decreasing cluster size, ties in order of each cluster's first vertex, so
/// 0 is always the largest cluster. Returns the number of clusters. Needs the
/// graph's vertex_index property (any vecS adjacency_list has it).
template <class Graph, class ClusterMap>
std::size_t AssignPartnershipClusters(const Graph& g, ClusterMap cluster) {
  detail::RequireUndirectedVertexListIncidenceGraph<Graph>();
  const std::size_t count = boost::connected_components(g, cluster);
  std::vector<std::size_t> sizes(count, 0);
  for (auto v : boost::make_iterator_range(vertices(g))) ++sizes[get(cluster, v)];
  const std::vector<std::size_t> new_id = detail::RankBySizeDescending(sizes);
  for (auto v : boost::make_iterator_range(vertices(g))) {
    put(cluster, v, new_id[get(cluster, v)]);
  }
  return count;
}

/// Degree of every vertex of a collaboration graph, indexed by vertex.
inline std::vector<std::size_t> DegreeCentrality(const CollaborationGraph& g) {
  std::vector<std::size_t> degree(num_vertices(g));
  DegreeCentrality(g,
                   boost::make_iterator_property_map(degree.begin(), get(boost::vertex_index, g)));
  return degree;
}

/// Normalised degree centrality of every vertex, indexed by vertex.
inline std::vector<double> NormalizedDegreeCentrality(const CollaborationGraph& g) {
  std::vector<double> centrality(num_vertices(g));
  NormalizedDegreeCentrality(
      g, boost::make_iterator_property_map(centrality.begin(), get(boost::vertex_index, g)));
  return centrality;
}

/// Sum of the merged collaboration weights at every vertex, indexed by vertex.
inline std::vector<double> WeightedDegreeCentrality(const CollaborationGraph& g) {
  std::vector<double> centrality(num_vertices(g));
  WeightedDegreeCentrality(
      g, get(&CollaborationEdge::weight, g),
      boost::make_iterator_property_map(centrality.begin(), get(boost::vertex_index, g)));
  return centrality;
}

/// The partnership clusters of a collaboration graph.
struct ClusterAssignment {
  /// cluster[v]: the cluster of vertex v, 0 being the largest.
  std::vector<std::size_t> cluster;
  /// sizes[c]: the number of vertices in cluster c, non-increasing in c.
  std::vector<std::size_t> sizes;
  /// Number of clusters (sizes.size()).
  std::size_t Count() const { return sizes.size(); }
};

/// Partnership clusters (connected components, largest first) of `g`.
inline ClusterAssignment PartnershipClusters(const CollaborationGraph& g) {
  ClusterAssignment result;
  result.cluster.resize(num_vertices(g));
  const std::size_t count = AssignPartnershipClusters(
      g, boost::make_iterator_property_map(result.cluster.begin(), get(boost::vertex_index, g)));
  result.sizes.assign(count, 0);
  for (std::size_t c : result.cluster) ++result.sizes[c];
  return result;
}

}  // namespace awardgraph::graph

#endif  // AWARDGRAPH_GRAPH_CENTRALITY_H_
