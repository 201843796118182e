// layout.h — node positions for drawing a network.
//
// Defines FruchtermanReingoldLayout, a function template over Boost.Graph
// concepts that writes an (x, y) position per vertex into two property maps:
// a random start drawn from boost::minstd_rand seeded with `seed`, then
// Boost's fruchterman_reingold_force_directed_layout in a square of side
// `side` centred on the origin. The same graph and seed give the same
// positions.
//
// Example:
//   std::vector<double> x(num_vertices(g)), y(num_vertices(g));
//   auto index = get(boost::vertex_index, g);
//   FruchtermanReingoldLayout(g, boost::make_iterator_property_map(x.begin(), index),
//                             boost::make_iterator_property_map(y.begin(), index), 42);
#ifndef AWARDGRAPH_GRAPH_LAYOUT_H_
#define AWARDGRAPH_GRAPH_LAYOUT_H_

#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>
#include <boost/property_map/property_map.hpp>
#include <boost/random/linear_congruential.hpp>
#include <boost/range/iterator_range.hpp>
#include <cstdint>
#include <vector>

namespace awardgraph::graph {

/// Writes Fruchterman–Reingold positions of the vertices of `g` (an
/// undirected VertexListGraph and EdgeListGraph with a vertex_index property)
/// into `x` and `y` (writable property maps from vertex to double), after
/// `iterations` cooling steps from a random start seeded with `seed`.
template <class Graph, class XMap, class YMap>
void FruchtermanReingoldLayout(const Graph& g, XMap x, YMap y, std::uint32_t seed,
                               double side = 1000.0, int iterations = 100) {
  using Topology = boost::rectangle_topology<boost::minstd_rand>;
  boost::minstd_rand random(seed == 0 ? 1 : seed);  // minstd_rand's seed must not be 0
  const Topology topology(random, -side / 2, -side / 2, side / 2, side / 2);
  const auto index = get(boost::vertex_index, g);
  std::vector<Topology::point_type> position(num_vertices(g));
  auto position_map = boost::make_iterator_property_map(position.begin(), index);
  boost::random_graph_layout(g, position_map, topology);
  if (num_vertices(g) > 1) {
    boost::fruchterman_reingold_force_directed_layout(
        g, position_map, topology,
        boost::cooling(boost::linear_cooling<double>(iterations)).vertex_index_map(index));
  }
  for (auto v : boost::make_iterator_range(vertices(g))) {
    put(x, v, position[get(index, v)][0]);
    put(y, v, position[get(index, v)][1]);
  }
}

}  // namespace awardgraph::graph

#endif  // AWARDGRAPH_GRAPH_LAYOUT_H_
