// centrality.h — degree centralities and partnership clusters.
//
// Defines, Boost.Graph style, function templates over any undirected graph
// modelling VertexListGraph and IncidenceGraph that write their results into
// property maps keyed by vertex:
//   DegreeCentrality            number of incident edges
//   NormalizedDegreeCentrality  degree / (n - 1), as networkx.degree_centrality
//   WeightedDegreeCentrality    sum of the weights of incident edges
//   AssignPartnershipClusters   connected components, numbered largest first
//   BetweennessCentrality       shortest-path betweenness (hops), normalised as
//                               networkx.betweenness_centrality
//   ClosenessCentrality         networkx.closeness_centrality (hops, Wasserman–
//                               Faust scaling for disconnected graphs)
//   WeightedPageRank            networkx.pagerank with weights: damping 0.85,
//                               ranks summing to 1 (Boost's page_rank ignores
//                               weights and its ranks sum to n)
//   EigenvectorCentrality       networkx.eigenvector_centrality with weights
//                               (power iteration on A + I, unit Euclidean norm)
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
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/graph_concepts.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/range/iterator_range.hpp>
#include <cmath>
#include <cstddef>
#include <deque>
#include <limits>
#include <numeric>
#include <stdexcept>
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

/// Writes the betweenness of every vertex of `g` into `centrality`: the
/// share of shortest paths (counted in hops, weights ignored) between other
/// pairs that pass through it, normalised by the (n-1)(n-2)/2 pairs as
/// networkx.betweenness_centrality(G, normalized=True) does. Uses Boost's
/// brandes_betweenness_centrality. Needs the vertex_index property.
template <class Graph, class CentralityMap>
void BetweennessCentrality(const Graph& g, CentralityMap centrality) {
  detail::RequireUndirectedVertexListIncidenceGraph<Graph>();
  const auto n = num_vertices(g);
  std::vector<double> raw(n, 0.0);
  const auto index = get(boost::vertex_index, g);
  boost::brandes_betweenness_centrality(
      g, boost::centrality_map(boost::make_iterator_property_map(raw.begin(), index))
             .vertex_index_map(index));
  // Boost halves undirected sums already: raw is the count over unordered pairs.
  const double pairs = n > 2 ? static_cast<double>(n - 1) * static_cast<double>(n - 2) / 2.0 : 0;
  for (auto v : boost::make_iterator_range(vertices(g))) {
    put(centrality, v, pairs > 0 ? raw[get(index, v)] / pairs : 0.0);
  }
}

/// Writes the closeness of every vertex of `g` into `centrality`, as
/// networkx.closeness_centrality (hops, weights ignored): with r the number
/// of other vertices reachable from v and s the sum of their distances,
/// (r / s) · (r / (n - 1)); 0 for a vertex that reaches none.
template <class Graph, class CentralityMap>
void ClosenessCentrality(const Graph& g, CentralityMap centrality) {
  detail::RequireUndirectedVertexListIncidenceGraph<Graph>();
  const auto n = num_vertices(g);
  const auto index = get(boost::vertex_index, g);
  constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> distance(n, kUnreached);
  std::vector<typename boost::graph_traits<Graph>::vertex_descriptor> queue;
  for (auto s : boost::make_iterator_range(vertices(g))) {
    std::fill(distance.begin(), distance.end(), kUnreached);
    distance[get(index, s)] = 0;
    queue.assign(1, s);
    double reached = 0.0, sum = 0.0;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const auto v = queue[head];
      const std::size_t d = distance[get(index, v)];
      for (auto e : boost::make_iterator_range(out_edges(v, g))) {
        const auto u = target(e, g);
        if (distance[get(index, u)] != kUnreached) continue;
        distance[get(index, u)] = d + 1;
        reached += 1.0;
        sum += static_cast<double>(d + 1);
        queue.push_back(u);
      }
    }
    double value = 0.0;
    if (sum > 0.0 && n > 1) value = (reached / sum) * (reached / static_cast<double>(n - 1));
    put(centrality, s, value);
  }
}

/// Settings of the power iterations (PageRank, eigenvector centrality).
struct PowerIterationOptions {
  /// Stop when the L1 change of the vector is below n · tolerance.
  double tolerance = 1e-12;
  /// Give up (std::runtime_error) after this many iterations.
  std::size_t max_iterations = 10000;
};

/// Writes the weighted PageRank of every vertex of `g` into `rank`, as
/// networkx.pagerank(G, alpha=damping, weight="weight") defines it: a walker
/// follows an edge with probability proportional to its weight, jumps to a
/// uniformly random vertex with probability 1 - damping, and from a vertex
/// whose incident weight is 0 jumps uniformly. Ranks sum to 1. (Boost's
/// page_rank ignores weights and scales ranks to sum to n.) Throws
/// std::runtime_error when the iteration does not converge.
template <class Graph, class WeightMap, class RankMap>
void WeightedPageRank(const Graph& g, WeightMap weight, RankMap rank, double damping = 0.85,
                      const PowerIterationOptions& options = {}) {
  detail::RequireUndirectedVertexListIncidenceGraph<Graph>();
  const std::size_t n = num_vertices(g);
  if (n == 0) return;
  const auto index = get(boost::vertex_index, g);
  std::vector<double> strength(n, 0.0);
  for (auto v : boost::make_iterator_range(vertices(g))) {
    for (auto e : boost::make_iterator_range(out_edges(v, g))) {
      strength[get(index, v)] += static_cast<double>(get(weight, e));
    }
  }
  const double uniform = 1.0 / static_cast<double>(n);
  std::vector<double> x(n, uniform), next(n);
  for (std::size_t iteration = 0;; ++iteration) {
    if (iteration == options.max_iterations) {
      throw std::runtime_error("PageRank did not converge");
    }
    double dangling = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      if (strength[i] == 0.0) dangling += x[i];
    }
    std::fill(next.begin(), next.end(), (damping * dangling + 1.0 - damping) * uniform);
    for (auto v : boost::make_iterator_range(vertices(g))) {
      const std::size_t i = get(index, v);
      if (strength[i] == 0.0) continue;
      const double share = damping * x[i] / strength[i];
      for (auto e : boost::make_iterator_range(out_edges(v, g))) {
        next[get(index, target(e, g))] += share * static_cast<double>(get(weight, e));
      }
    }
    double change = 0.0;
    for (std::size_t i = 0; i < n; ++i) change += std::abs(next[i] - x[i]);
    x.swap(next);
    if (change < static_cast<double>(n) * options.tolerance) break;
  }
  for (auto v : boost::make_iterator_range(vertices(g))) put(rank, v, x[get(index, v)]);
}

/// Writes the weighted eigenvector centrality of every vertex of `g` into
/// `centrality`, as networkx.eigenvector_centrality(G, weight="weight")
/// computes it: power iteration x ← (A + I) x from the uniform vector,
/// normalised to unit Euclidean length. Throws std::runtime_error when the
/// iteration does not converge.
template <class Graph, class WeightMap, class CentralityMap>
void EigenvectorCentrality(const Graph& g, WeightMap weight, CentralityMap centrality,
                           const PowerIterationOptions& options = {}) {
  detail::RequireUndirectedVertexListIncidenceGraph<Graph>();
  const std::size_t n = num_vertices(g);
  if (n == 0) return;
  const auto index = get(boost::vertex_index, g);
  std::vector<double> x(n, 1.0 / static_cast<double>(n)), next(n);
  for (std::size_t iteration = 0;; ++iteration) {
    if (iteration == options.max_iterations) {
      throw std::runtime_error("eigenvector centrality did not converge");
    }
    next = x;
    for (auto v : boost::make_iterator_range(vertices(g))) {
      const double xv = x[get(index, v)];
      for (auto e : boost::make_iterator_range(out_edges(v, g))) {
        next[get(index, target(e, g))] += xv * static_cast<double>(get(weight, e));
      }
    }
    double norm = 0.0;
    for (double value : next) norm += value * value;
    norm = std::sqrt(norm);
    if (norm == 0.0) norm = 1.0;
    double change = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
      next[i] /= norm;
      change += std::abs(next[i] - x[i]);
    }
    x.swap(next);
    if (change < static_cast<double>(n) * options.tolerance) break;
  }
  for (auto v : boost::make_iterator_range(vertices(g))) put(centrality, v, x[get(index, v)]);
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
