// Tests for graph/layout.h: Fruchterman–Reingold positions are finite,
// inside the square, the same for the same seed, and pull neighbours closer
// than non-neighbours.
#include "graph/layout.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "graph/collaboration_network.h"
#include "tests/graph/planted_partition.h"

namespace awardgraph::graph {
namespace {

struct Positions {
  std::vector<double> x, y;
};

Positions Layout(const CollaborationGraph& g, std::uint32_t seed) {
  Positions p{std::vector<double>(num_vertices(g)), std::vector<double>(num_vertices(g))};
  const auto index = get(boost::vertex_index, g);
  FruchtermanReingoldLayout(g, boost::make_iterator_property_map(p.x.begin(), index),
                            boost::make_iterator_property_map(p.y.begin(), index), seed);
  return p;
}

TEST(LayoutTest, DeterministicFiniteAndInsideTheSquare) {
  const CollaborationNetwork network(
      testing::MakePlantedPartition({.groups = 3, .group_size = 15, .p_in = 0.3, .p_out = 0.01})
          .rows);
  const Positions a = Layout(network.Graph(), 7);
  const Positions b = Layout(network.Graph(), 7);
  EXPECT_EQ(a.x, b.x);
  EXPECT_EQ(a.y, b.y);
  EXPECT_NE(a.x, Layout(network.Graph(), 8).x);
  for (std::size_t v = 0; v < a.x.size(); ++v) {
    EXPECT_TRUE(std::isfinite(a.x[v]) && std::isfinite(a.y[v]));
    EXPECT_LE(std::abs(a.x[v]), 500.0);
    EXPECT_LE(std::abs(a.y[v]), 500.0);
  }
  // Neighbours end up closer on average than arbitrary pairs.
  const CollaborationGraph& g = network.Graph();
  auto distance = [&](std::size_t u, std::size_t v) {
    return std::hypot(a.x[u] - a.x[v], a.y[u] - a.y[v]);
  };
  double edge_sum = 0, all_sum = 0;
  for (auto e : boost::make_iterator_range(edges(g)))
    edge_sum += distance(source(e, g), target(e, g));
  std::size_t pairs = 0;
  for (std::size_t u = 0; u < num_vertices(g); ++u) {
    for (std::size_t v = u + 1; v < num_vertices(g); ++v, ++pairs) all_sum += distance(u, v);
  }
  EXPECT_LT(edge_sum / num_edges(g), 0.8 * all_sum / pairs);
}

TEST(LayoutTest, TinyGraphs) {
  CollaborationNetwork one;
  one.AddVertex("a", "a");
  const Positions p = Layout(one.Graph(), 0);
  EXPECT_TRUE(std::isfinite(p.x[0]));
  EXPECT_TRUE(Layout(CollaborationNetwork().Graph(), 1).x.empty());
}

}  // namespace
}  // namespace awardgraph::graph
