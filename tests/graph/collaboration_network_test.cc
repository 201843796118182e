// Tests for graph/collaboration_network.{h,cc}.
#include "graph/collaboration_network.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

namespace awardgraph::graph {
namespace {

constexpr char kA[] = "https://w3id.org/awardgraph/id/org/a";
constexpr char kB[] = "https://w3id.org/awardgraph/id/org/b";
constexpr char kC[] = "https://w3id.org/awardgraph/id/org/c";

TEST(CollaborationNetworkTest, StartsEmpty) {
  CollaborationNetwork network;
  EXPECT_EQ(network.NumVertices(), 0u);
  EXPECT_EQ(network.NumEdges(), 0u);
  EXPECT_EQ(network.DroppedSelfLoops(), 0u);
  EXPECT_FALSE(network.FindVertex(kA).has_value());
  EXPECT_FALSE(network.Weight(kA, kB).has_value());
}

TEST(CollaborationNetworkTest, VerticesCarryIriAndLabelInOrderOfFirstAppearance) {
  CollaborationNetwork network;
  network.AddRow({kB, "Bee Trust", kA, "Ay ICB", 1.0, ""});
  network.AddRow({kA, "Ay ICB", kC, "Sée Ltd", 1.0, ""});
  ASSERT_EQ(network.NumVertices(), 3u);
  const CollaborationGraph& g = network.Graph();
  EXPECT_EQ(g[0].iri, kB);
  EXPECT_EQ(g[0].label, "Bee Trust");
  EXPECT_EQ(g[1].iri, kA);
  EXPECT_EQ(g[1].label, "Ay ICB");
  EXPECT_EQ(g[2].iri, kC);
  EXPECT_EQ(g[2].label, "Sée Ltd");
  EXPECT_EQ(network.FindVertex(kB), 0u);
  EXPECT_EQ(network.FindVertex(kA), 1u);
  EXPECT_EQ(network.FindVertex(kC), 2u);
}

TEST(CollaborationNetworkTest, MergesParallelRowsInEitherDirectionBySummingWeights) {
  CollaborationNetwork network;
  network.AddRow({kA, "A", kB, "B", 1.0, ""});
  network.AddRow({kB, "B", kA, "A", 2.5, ""});
  network.AddRow({kA, "A", kB, "B", 0.25, ""});
  network.AddRow({kA, "A", kC, "C", 1.0, ""});
  EXPECT_EQ(network.NumVertices(), 3u);
  EXPECT_EQ(network.NumEdges(), 2u);
  EXPECT_EQ(network.Weight(kA, kB), 3.75);
  EXPECT_EQ(network.Weight(kB, kA), 3.75);
  EXPECT_EQ(network.Weight(kA, kC), 1.0);
  EXPECT_FALSE(network.Weight(kB, kC).has_value());
}

TEST(CollaborationNetworkTest, DropsSelfLoopsWithoutCreatingVertices) {
  CollaborationNetwork network;
  network.AddRow({kA, "A", kA, "A", 5.0, ""});
  EXPECT_EQ(network.NumVertices(), 0u);
  EXPECT_EQ(network.DroppedSelfLoops(), 1u);
  network.AddRow({kA, "A", kB, "B", 1.0, ""});
  network.AddRow({kB, "B", kB, "B", 1.0, ""});
  EXPECT_EQ(network.NumVertices(), 2u);
  EXPECT_EQ(network.NumEdges(), 1u);
  EXPECT_EQ(network.DroppedSelfLoops(), 2u);
  EXPECT_FALSE(network.Weight(kB, kB).has_value());
}

TEST(CollaborationNetworkTest, KeepsTheFirstNonEmptyLabel) {
  CollaborationNetwork network;
  network.AddRow({kA, "", kB, "Bee", 1.0, ""});
  EXPECT_EQ(network.Graph()[0].label, "");
  network.AddRow({kA, "Ay", kB, "Bee again", 1.0, ""});
  EXPECT_EQ(network.Graph()[0].label, "Ay");
  EXPECT_EQ(network.Graph()[1].label, "Bee");
}

TEST(CollaborationNetworkTest, ZeroWeightRowsStillConnect) {
  CollaborationNetwork network;
  network.AddRow({kA, "A", kB, "B", 0.0, ""});
  EXPECT_EQ(network.NumEdges(), 1u);
  EXPECT_EQ(network.Weight(kA, kB), 0.0);
}

TEST(CollaborationNetworkTest, RejectsBadRowsAndLeavesTheNetworkUnchanged) {
  CollaborationNetwork network;
  network.AddRow({kA, "A", kB, "B", 1.0, ""});
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  EXPECT_THROW(network.AddRow({"", "X", kC, "C", 1.0, ""}), std::invalid_argument);
  EXPECT_THROW(network.AddRow({kC, "C", "", "X", 1.0, ""}), std::invalid_argument);
  EXPECT_THROW(network.AddRow({kA, "A", kC, "C", -1.0}), std::invalid_argument);
  EXPECT_THROW(network.AddRow({kA, "A", kC, "C", nan}), std::invalid_argument);
  EXPECT_THROW(network.AddRow({kA, "A", kC, "C", inf}), std::invalid_argument);
  EXPECT_THROW(network.AddRow({kA, "A", kA, "A", -1.0}), std::invalid_argument);
  EXPECT_EQ(network.NumVertices(), 2u);
  EXPECT_EQ(network.NumEdges(), 1u);
  EXPECT_EQ(network.DroppedSelfLoops(), 0u);
  EXPECT_EQ(network.Weight(kA, kB), 1.0);
}

TEST(CollaborationNetworkTest, BuildsFromASpanOfRows) {
  const std::vector<CollaborationEdgeRow> rows = {
      {kA, "A", kB, "B", 1.0, ""}, {kB, "B", kC, "C", 2.0, ""}, {kC, "C", kB, "B", 3.0, ""}};
  CollaborationNetwork network(rows);
  EXPECT_EQ(network.NumVertices(), 3u);
  EXPECT_EQ(network.NumEdges(), 2u);
  EXPECT_EQ(network.Weight(kB, kC), 5.0);
  // The graph is a plain Boost.Graph: its degrees are the merged ones.
  EXPECT_EQ(boost::degree(*network.FindVertex(kB), network.Graph()), 2u);
}

}  // namespace
}  // namespace awardgraph::graph
