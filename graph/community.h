// community.h — community detection (clusters) and modularity.
//
// Defines, Boost.Graph style, function templates over any undirected graph
// modelling VertexListGraph and EdgeListGraph with a vertex_index property,
// that write a community id per vertex into a property map:
//   Modularity     Newman's modularity of a partition, with a resolution
//                  (networkx.community.modularity / igraph's modularity)
//   Louvain        Blondel et al.'s multi-level modularity optimisation
//   Leiden         Louvain with Traag et al.'s refinement step: every
//                  community it returns is connected
//   GirvanNewman   Girvan–Newman divisive clustering (Boost's
//                  betweenness_centrality_clustering), cut at the level of
//                  highest modularity
// Boost 1.74 has no Louvain or Leiden; these are written here. Both are
// deterministic for a given seed: the only randomness is the order in which
// vertices are visited, drawn from std::mt19937_64 (whose output the C++
// standard fixes) with a Fisher–Yates shuffle written here. Communities are
// numbered 0, 1, ... by decreasing size, ties in order of first vertex.
//
// Example:
//   std::vector<std::size_t> community(num_vertices(g));
//   auto map = boost::make_iterator_property_map(community.begin(), get(boost::vertex_index, g));
//   std::size_t count = Louvain(g, get(&CollaborationEdge::weight, g), map, {.seed = 7});
//   double q = Modularity(g, get(&CollaborationEdge::weight, g), map);
#ifndef AWARDGRAPH_GRAPH_COMMUNITY_H_
#define AWARDGRAPH_GRAPH_COMMUNITY_H_

#include <algorithm>
#include <boost/concept/assert.hpp>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/bc_clustering.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/graph_concepts.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/range/iterator_range.hpp>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <stdexcept>
#include <type_traits>
#include <vector>

#include "graph/centrality.h"

namespace awardgraph::graph {

/// Settings of Louvain and Leiden.
struct CommunityOptions {
  /// Resolution γ of the modularity objective (1 is Newman's modularity;
  /// larger values give more, smaller communities).
  double resolution = 1.0;
  /// Seed of the vertex visiting order; the same seed gives the same result.
  std::uint64_t seed = 1;
};

namespace detail {

// An undirected weighted graph in compressed sparse row form: each edge is
// stored in both directions, self-loops apart. Louvain's levels work on it.
struct WeightedCsr {
  // offsets[v]..offsets[v+1] index targets/weights of v's neighbours.
  std::vector<std::size_t> offsets;
  std::vector<std::size_t> targets;
  std::vector<double> weights;
  // Weight of v's self-loop (the internal weight of what v stands for).
  std::vector<double> loops;
  // Strength k_v: incident weights, the self-loop counted twice.
  std::vector<double> strength;
  // m: total edge weight, each edge (and loop) once.
  double total_weight = 0.0;

  std::size_t Size() const { return loops.size(); }
};

// Requires what the community algorithms need of a graph.
template <class Graph>
void RequireUndirectedVertexEdgeListGraph() {
  BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<Graph>));
  BOOST_CONCEPT_ASSERT((boost::EdgeListGraphConcept<Graph>));
  static_assert(std::is_convertible_v<typename boost::graph_traits<Graph>::directed_category,
                                      boost::undirected_tag>,
                "community detection here is defined for undirected graphs");
}

// Builds a WeightedCsr from an edge list over vertices 0..n-1; parallel
// edges stay separate (their gains add up the same). Throws
// std::invalid_argument for a negative or non-finite weight.
struct WeightedEdge {
  std::size_t a;
  std::size_t b;
  double weight;
};
inline WeightedCsr BuildCsr(std::size_t n, const std::vector<WeightedEdge>& edges) {
  WeightedCsr csr;
  csr.loops.assign(n, 0.0);
  csr.strength.assign(n, 0.0);
  std::vector<std::size_t> count(n + 1, 0);
  for (const WeightedEdge& e : edges) {
    if (!(e.weight >= 0.0) || e.weight == std::numeric_limits<double>::infinity()) {
      throw std::invalid_argument("community detection needs finite, non-negative weights");
    }
    csr.total_weight += e.weight;
    if (e.a == e.b) {
      csr.loops[e.a] += e.weight;
      csr.strength[e.a] += 2.0 * e.weight;
    } else {
      ++count[e.a + 1];
      ++count[e.b + 1];
      csr.strength[e.a] += e.weight;
      csr.strength[e.b] += e.weight;
    }
  }
  std::partial_sum(count.begin(), count.end(), count.begin());
  csr.offsets = count;
  csr.targets.resize(count[n]);
  csr.weights.resize(count[n]);
  std::vector<std::size_t> next(count.begin(), count.end() - 1);
  for (const WeightedEdge& e : edges) {
    if (e.a == e.b) continue;
    csr.targets[next[e.a]] = e.b;
    csr.weights[next[e.a]++] = e.weight;
    csr.targets[next[e.b]] = e.a;
    csr.weights[next[e.b]++] = e.weight;
  }
  return csr;
}

// The Boost graph as a WeightedCsr over vertex_index values.
template <class Graph, class WeightMap>
WeightedCsr CsrFromGraph(const Graph& g, WeightMap weight) {
  const auto index = get(boost::vertex_index, g);
  std::vector<WeightedEdge> edges;
  edges.reserve(num_edges(g));
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    edges.push_back({static_cast<std::size_t>(get(index, source(e, g))),
                     static_cast<std::size_t>(get(index, target(e, g))),
                     static_cast<double>(get(weight, e))});
  }
  return BuildCsr(num_vertices(g), edges);
}

// Modularity of `community` (ids 0..count-1 per CSR vertex).
inline double CsrModularity(const WeightedCsr& csr, const std::vector<std::size_t>& community,
                            double resolution) {
  if (csr.total_weight <= 0.0) return std::numeric_limits<double>::quiet_NaN();
  std::size_t count = 0;
  for (std::size_t c : community) count = std::max(count, c + 1);
  std::vector<double> internal(count, 0.0), total(count, 0.0);
  for (std::size_t v = 0; v < csr.Size(); ++v) {
    const std::size_t c = community[v];
    total[c] += csr.strength[v];
    internal[c] += csr.loops[v];
    for (std::size_t i = csr.offsets[v]; i < csr.offsets[v + 1]; ++i) {
      if (community[csr.targets[i]] == c) internal[c] += csr.weights[i] / 2.0;
    }
  }
  const double m = csr.total_weight;
  double q = 0.0;
  for (std::size_t c = 0; c < count; ++c) {
    q += internal[c] / m - resolution * (total[c] / (2.0 * m)) * (total[c] / (2.0 * m));
  }
  return q;
}

// 0..n-1 in a random order drawn from `rng` (Fisher–Yates, portable).
inline std::vector<std::size_t> ShuffledOrder(std::size_t n, std::mt19937_64& rng) {
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  for (std::size_t i = n; i > 1; --i) {
    const std::size_t j = static_cast<std::size_t>(rng() % i);
    std::swap(order[i - 1], order[j]);
  }
  return order;
}

// Renumbers ids to 0..k-1 in order of first appearance; returns k.
inline std::size_t Compact(std::vector<std::size_t>& ids) {
  std::vector<std::size_t> renumber(ids.size() + 1, std::numeric_limits<std::size_t>::max());
  std::size_t next = 0;
  for (std::size_t& id : ids) {
    if (id >= renumber.size()) renumber.resize(id + 1, std::numeric_limits<std::size_t>::max());
    if (renumber[id] == std::numeric_limits<std::size_t>::max()) renumber[id] = next++;
    id = renumber[id];
  }
  return next;
}

// Louvain's local moving phase: moves single vertices to the neighbouring
// community of largest modularity gain until a full pass moves none.
// `community` holds the starting assignment (ids < csr.Size()). Returns
// true when any vertex moved.
inline bool MoveNodes(const WeightedCsr& csr, std::vector<std::size_t>& community,
                      double resolution, std::mt19937_64& rng) {
  const std::size_t n = csr.Size();
  const double two_m = 2.0 * csr.total_weight;
  std::vector<double> total(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) total[community[v]] += csr.strength[v];
  std::vector<double> link(n, 0.0);  // weight from v to each community
  std::vector<char> seen(n, 0);
  std::vector<std::size_t> touched;
  const std::vector<std::size_t> order = ShuffledOrder(n, rng);
  bool any_moved = false;
  for (bool moved = true; moved;) {
    moved = false;
    for (std::size_t v : order) {
      const std::size_t own = community[v];
      touched.assign(1, own);
      seen[own] = 1;
      for (std::size_t i = csr.offsets[v]; i < csr.offsets[v + 1]; ++i) {
        const std::size_t c = community[csr.targets[i]];
        if (!seen[c]) {
          seen[c] = 1;
          touched.push_back(c);
        }
        link[c] += csr.weights[i];
      }
      const double k = csr.strength[v];
      total[own] -= k;
      std::size_t best = own;
      double best_gain = link[own] - resolution * total[own] * k / two_m;
      for (std::size_t c : touched) {
        const double gain = link[c] - resolution * total[c] * k / two_m;
        if (gain > best_gain + 1e-12 * (std::abs(best_gain) + 1.0)) {
          best_gain = gain;
          best = c;
        }
      }
      total[best] += k;
      for (std::size_t c : touched) {
        link[c] = 0.0;
        seen[c] = 0;
      }
      if (best != own) {
        community[v] = best;
        moved = true;
        any_moved = true;
      }
    }
  }
  return any_moved;
}

// Leiden's refinement: within each community of `community`, starts from
// singletons and merges each still-single, well-connected vertex into the
// well-connected sub-community (of its neighbours in the same community) of
// largest non-negative gain. Every refined part is connected. Returns the
// refined ids (0..k-1, compacted).
inline std::vector<std::size_t> RefinePartition(const WeightedCsr& csr,
                                                const std::vector<std::size_t>& community,
                                                double resolution, std::mt19937_64& rng) {
  const std::size_t n = csr.Size();
  const double two_m = 2.0 * csr.total_weight;
  std::vector<double> community_total(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) community_total[community[v]] += csr.strength[v];
  std::vector<std::size_t> refined(n);
  std::iota(refined.begin(), refined.end(), std::size_t{0});
  std::vector<double> total(csr.strength);  // per refined part
  std::vector<std::size_t> part_size(n, 1);
  // external[r]: weight from refined part r to the rest of its community.
  std::vector<double> external(n, 0.0);
  for (std::size_t v = 0; v < n; ++v) {
    for (std::size_t i = csr.offsets[v]; i < csr.offsets[v + 1]; ++i) {
      if (community[csr.targets[i]] == community[v]) external[v] += csr.weights[i];
    }
  }
  std::vector<double> link(n, 0.0);
  std::vector<char> seen(n, 0);
  std::vector<std::size_t> touched;
  for (std::size_t v : ShuffledOrder(n, rng)) {
    if (part_size[refined[v]] != 1) continue;
    const std::size_t c = community[v];
    const double k = csr.strength[v];
    const double big_k = community_total[c];
    if (external[v] < resolution * k * (big_k - k) / two_m) continue;  // not well connected
    touched.clear();
    for (std::size_t i = csr.offsets[v]; i < csr.offsets[v + 1]; ++i) {
      const std::size_t u = csr.targets[i];
      if (community[u] != c || u == v) continue;
      const std::size_t r = refined[u];
      if (!seen[r]) {
        seen[r] = 1;
        touched.push_back(r);
      }
      link[r] += csr.weights[i];
    }
    std::size_t best = refined[v];
    double best_gain = 0.0;
    for (std::size_t r : touched) {
      if (r == refined[v]) continue;
      if (external[r] < resolution * total[r] * (big_k - total[r]) / two_m) continue;
      const double gain = link[r] - resolution * k * total[r] / two_m;
      if (gain > best_gain + 1e-12 * (std::abs(best_gain) + 1.0) ||
          (best == refined[v] && gain >= 0.0 && link[r] > 0.0)) {
        best_gain = gain;
        best = r;
      }
    }
    if (best != refined[v]) {
      const std::size_t own = refined[v];
      external[best] += external[v] - 2.0 * link[best];
      total[best] += k;
      ++part_size[best];
      total[own] = 0.0;
      part_size[own] = 0;
      refined[v] = best;
    }
    for (std::size_t r : touched) {
      link[r] = 0.0;
      seen[r] = 0;
    }
  }
  Compact(refined);
  return refined;
}

// The graph whose vertices are the parts of `part` (ids 0..count-1).
inline WeightedCsr Aggregate(const WeightedCsr& csr, const std::vector<std::size_t>& part,
                             std::size_t count) {
  std::vector<std::vector<std::size_t>> members(count);
  for (std::size_t v = 0; v < csr.Size(); ++v) members[part[v]].push_back(v);
  WeightedCsr out;
  out.total_weight = csr.total_weight;
  out.loops.assign(count, 0.0);
  out.strength.assign(count, 0.0);
  out.offsets.assign(1, 0);
  std::vector<double> link(count, 0.0);
  std::vector<char> seen(count, 0);
  std::vector<std::size_t> touched;
  for (std::size_t c = 0; c < count; ++c) {
    touched.clear();
    for (std::size_t v : members[c]) {
      out.loops[c] += csr.loops[v];
      out.strength[c] += csr.strength[v];
      for (std::size_t i = csr.offsets[v]; i < csr.offsets[v + 1]; ++i) {
        const std::size_t d = part[csr.targets[i]];
        if (d == c) {
          out.loops[c] += csr.weights[i] / 2.0;
        } else {
          if (!seen[d]) {
            seen[d] = 1;
            touched.push_back(d);
          }
          link[d] += csr.weights[i];
        }
      }
    }
    std::sort(touched.begin(), touched.end());
    for (std::size_t d : touched) {
      out.targets.push_back(d);
      out.weights.push_back(link[d]);
      link[d] = 0.0;
      seen[d] = 0;
    }
    out.offsets.push_back(out.targets.size());
  }
  return out;
}

// Splits every part of `part` that is disconnected in `csr` into its
// connected pieces (never lowers modularity). Returns the new ids, compacted.
inline std::vector<std::size_t> SplitDisconnected(const WeightedCsr& csr,
                                                  const std::vector<std::size_t>& part) {
  const std::size_t n = csr.Size();
  constexpr std::size_t kUnset = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> piece(n, kUnset);
  std::vector<std::size_t> stack;
  std::size_t next = 0;
  for (std::size_t s = 0; s < n; ++s) {
    if (piece[s] != kUnset) continue;
    piece[s] = next;
    stack.assign(1, s);
    while (!stack.empty()) {
      const std::size_t v = stack.back();
      stack.pop_back();
      for (std::size_t i = csr.offsets[v]; i < csr.offsets[v + 1]; ++i) {
        const std::size_t u = csr.targets[i];
        if (piece[u] == kUnset && part[u] == part[s]) {
          piece[u] = next;
          stack.push_back(u);
        }
      }
    }
    ++next;
  }
  return piece;
}

// Louvain (refine = false) or Leiden (refine = true) on `csr`, the first
// level's moves starting from `initial` (singletons when empty); returns a
// community id per vertex (not yet ranked by size).
inline std::vector<std::size_t> MultiLevel(const WeightedCsr& csr, const CommunityOptions& options,
                                           bool refine, std::mt19937_64& rng,
                                           const std::vector<std::size_t>& initial = {}) {
  const std::size_t n = csr.Size();
  std::vector<std::size_t> membership(n);  // original vertex -> current level vertex
  std::iota(membership.begin(), membership.end(), std::size_t{0});
  if (n == 0 || csr.total_weight <= 0.0) return membership;
  WeightedCsr level = csr;
  std::vector<std::size_t> community(n);
  std::iota(community.begin(), community.end(), std::size_t{0});
  if (!initial.empty()) {
    community = initial;
    Compact(community);
  }
  // Louvain keeps the best-modularity level; every level improves or stops.
  for (std::size_t depth = 0; depth < 64; ++depth) {
    const bool moved = MoveNodes(level, community, options.resolution, rng);
    const std::size_t count = Compact(community);
    std::vector<std::size_t> parts = community;
    std::size_t part_count = count;
    if (refine) {
      parts = RefinePartition(level, community, options.resolution, rng);
      part_count = 0;
      for (std::size_t p : parts) part_count = std::max(part_count, p + 1);
    }
    if ((!refine && (!moved || count == level.Size())) || (refine && part_count == level.Size())) {
      for (std::size_t& m : membership) m = community[m];
      return refine ? SplitDisconnected(csr, membership) : membership;
    }
    for (std::size_t& m : membership) m = parts[m];
    // The next level starts from the unrefined communities of its parts.
    std::vector<std::size_t> start(part_count);
    for (std::size_t v = 0; v < level.Size(); ++v) start[parts[v]] = community[v];
    level = Aggregate(level, parts, part_count);
    community = refine ? start : [&] {
      std::vector<std::size_t> singletons(part_count);
      std::iota(singletons.begin(), singletons.end(), std::size_t{0});
      return singletons;
    }();
  }
  return refine ? SplitDisconnected(csr, membership) : membership;
}

// Louvain: one multi-level run. Leiden: multi-level runs, each starting
// from the last one's partition, until modularity stops improving (as
// igraph's community_leiden with n_iterations=-1).
inline std::vector<std::size_t> DetectCommunities(const WeightedCsr& csr,
                                                  const CommunityOptions& options, bool refine) {
  std::mt19937_64 rng(options.seed);
  std::vector<std::size_t> best = MultiLevel(csr, options, refine, rng);
  if (!refine || csr.total_weight <= 0.0) return best;
  double best_q = CsrModularity(csr, best, options.resolution);
  for (int iteration = 0; iteration < 20; ++iteration) {
    std::vector<std::size_t> next = MultiLevel(csr, options, refine, rng, best);
    const double q = CsrModularity(csr, next, options.resolution);
    if (!(q > best_q + 1e-10)) break;
    best_q = q;
    best = std::move(next);
  }
  return best;
}

// Writes `ids` into `community` ranked by decreasing size; returns the count.
template <class Graph, class CommunityMap>
std::size_t PutRankedCommunities(const Graph& g, std::vector<std::size_t> ids,
                                 CommunityMap community) {
  const std::size_t count = Compact(ids);
  std::vector<std::size_t> sizes(count, 0);
  for (std::size_t id : ids) ++sizes[id];
  const std::vector<std::size_t> rank = RankBySizeDescending(sizes);
  const auto index = get(boost::vertex_index, g);
  for (auto v : boost::make_iterator_range(vertices(g))) {
    put(community, v, rank[ids[get(index, v)]]);
  }
  return count;
}

}  // namespace detail

/// Modularity of the partition `community` (a readable property map from
/// vertex to an integral id) of `g` with edge weights `weight`:
///   Q = Σ_c [ L_c / m − γ (d_c / 2m)² ]
/// with m the total edge weight, L_c the weight inside c and d_c the summed
/// strength of c's vertices (networkx.community.modularity, igraph's
/// Graph.modularity). NaN for a graph without edge weight.
template <class Graph, class WeightMap, class CommunityMap>
double Modularity(const Graph& g, WeightMap weight, CommunityMap community,
                  double resolution = 1.0) {
  detail::RequireUndirectedVertexEdgeListGraph<Graph>();
  const detail::WeightedCsr csr = detail::CsrFromGraph(g, weight);
  std::vector<std::size_t> ids(num_vertices(g));
  const auto index = get(boost::vertex_index, g);
  for (auto v : boost::make_iterator_range(vertices(g))) {
    ids[get(index, v)] = static_cast<std::size_t>(get(community, v));
  }
  return detail::CsrModularity(csr, ids, resolution);
}

/// Louvain community detection (Blondel, Guillaume, Lambiotte, Lefebvre
/// 2008): local moving of single vertices to the neighbouring community of
/// largest modularity gain, then aggregation of communities into vertices,
/// repeated while modularity improves. Writes community ids (0 = largest)
/// into `community`, a writable property map from vertex to an integral
/// type; returns the number of communities. Vertices without edges are
/// communities of their own. Throws std::invalid_argument for a negative or
/// non-finite weight.
template <class Graph, class WeightMap, class CommunityMap>
std::size_t Louvain(const Graph& g, WeightMap weight, CommunityMap community,
                    const CommunityOptions& options = {}) {
  detail::RequireUndirectedVertexEdgeListGraph<Graph>();
  return detail::PutRankedCommunities(
      g, detail::DetectCommunities(detail::CsrFromGraph(g, weight), options, false), community);
}

/// Leiden community detection (Traag, Waltman, van Eck 2019) with the
/// greedy refinement (randomness θ → 0): after each local moving phase,
/// every community is refined from singletons by merging well-connected
/// vertices into well-connected sub-communities, and the refined parts are
/// aggregated, starting the next level from the unrefined communities.
/// Whole runs repeat from the previous partition while modularity improves.
/// Every community returned is connected (a community that the final level
/// leaves disconnected is split into its pieces, which only raises
/// modularity). Same interface as Louvain.
template <class Graph, class WeightMap, class CommunityMap>
std::size_t Leiden(const Graph& g, WeightMap weight, CommunityMap community,
                   const CommunityOptions& options = {}) {
  detail::RequireUndirectedVertexEdgeListGraph<Graph>();
  return detail::PutRankedCommunities(
      g, detail::DetectCommunities(detail::CsrFromGraph(g, weight), options, true), community);
}

/// Girvan–Newman clustering: removes the edge of highest (unweighted) edge
/// betweenness, recomputing after each removal, with Boost's
/// betweenness_centrality_clustering on a copy of `g`; of the partitions into
/// connected components met on the way (the dendrogram's levels), keeps the
/// one of highest modularity under `weight`. O(m² n): for networks of a few
/// thousand edges. Writes ids (0 = largest) into `community`; returns the
/// number of communities.
template <class Graph, class WeightMap, class CommunityMap>
std::size_t GirvanNewman(const Graph& g, WeightMap weight, CommunityMap community) {
  detail::RequireUndirectedVertexEdgeListGraph<Graph>();
  using Work =
      boost::adjacency_list<boost::setS, boost::vecS, boost::undirectedS, boost::no_property,
                            boost::property<boost::edge_centrality_t, double>>;
  const detail::WeightedCsr csr = detail::CsrFromGraph(g, weight);
  const std::size_t n = csr.Size();
  Work work(n);
  for (std::size_t v = 0; v < n; ++v) {
    for (std::size_t i = csr.offsets[v]; i < csr.offsets[v + 1]; ++i) {
      if (v < csr.targets[i]) add_edge(v, csr.targets[i], work);
    }
  }
  std::vector<std::size_t> component(n), best(n);
  std::iota(best.begin(), best.end(), std::size_t{0});
  double best_q = -std::numeric_limits<double>::infinity();
  std::size_t last_count = 0;
  auto consider = [&](const Work& current) {
    const std::size_t count = boost::connected_components(current, component.data());
    if (count == last_count) return;
    last_count = count;
    const double q = detail::CsrModularity(csr, component, 1.0);
    if (q > best_q + 1e-12) {
      best_q = q;
      best = component;
    }
  };
  auto done = [&](double, typename boost::graph_traits<Work>::edge_descriptor, const Work& cur) {
    consider(cur);
    return false;
  };
  if (num_edges(work) > 0) {
    boost::betweenness_centrality_clustering(work, done, get(boost::edge_centrality, work),
                                             get(boost::vertex_index, work));
  }
  consider(work);  // every edge removed: singletons
  return detail::PutRankedCommunities(g, best, community);
}

}  // namespace awardgraph::graph

#endif  // AWARDGRAPH_GRAPH_COMMUNITY_H_
