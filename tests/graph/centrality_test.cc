// Tests for graph/centrality.h: hand-checked values on a small network, the
// templates on another Boost graph type, and a cross-check against networkx
// on a generated network.
#include "graph/centrality.h"

#include <gtest/gtest.h>

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "graph/collaboration_network.h"
#include "tests/graph/peer_tools.h"

namespace awardgraph::graph {
namespace {

std::string Org(const std::string& name) { return "https://w3id.org/awardgraph/id/org/" + name; }

CollaborationEdgeRow Row(const std::string& a, const std::string& b, double weight) {
  return {Org(a), a, Org(b), b, weight};
}

// Three clusters. Vertices in order of appearance: A0 B1 C2 D3 E4 G5 H6 I7
// (F only has a self-loop, which is dropped with its vertex).
//   A-B 1+2=3, B-C 1, A-C 0.5 | D-E 4 | G-H 1, H-I 1
CollaborationNetwork HandNetwork() {
  const std::vector<CollaborationEdgeRow> rows = {
      Row("A", "B", 1), Row("B", "A", 2), Row("B", "C", 1), Row("A", "C", 0.5),
      Row("D", "E", 4), Row("F", "F", 9), Row("G", "H", 1), Row("H", "I", 1),
  };
  return CollaborationNetwork(rows);
}

TEST(CentralityTest, DegreeOnHandNetwork) {
  const CollaborationNetwork network = HandNetwork();
  ASSERT_EQ(network.NumVertices(), 8u);
  EXPECT_EQ(DegreeCentrality(network.Graph()), (std::vector<std::size_t>{2, 2, 2, 1, 1, 1, 2, 1}));
}

TEST(CentralityTest, NormalizedDegreeOnHandNetwork) {
  const std::vector<double> centrality = NormalizedDegreeCentrality(HandNetwork().Graph());
  const std::vector<double> expected = {2 / 7.0, 2 / 7.0, 2 / 7.0, 1 / 7.0,
                                        1 / 7.0, 1 / 7.0, 2 / 7.0, 1 / 7.0};
  ASSERT_EQ(centrality.size(), expected.size());
  for (std::size_t v = 0; v < expected.size(); ++v) EXPECT_DOUBLE_EQ(centrality[v], expected[v]);
}

TEST(CentralityTest, WeightedDegreeOnHandNetwork) {
  EXPECT_EQ(WeightedDegreeCentrality(HandNetwork().Graph()),
            (std::vector<double>{3.5, 4, 1.5, 4, 4, 1, 2, 1}));
}

TEST(CentralityTest, ClustersAreNumberedLargestFirstTiesByFirstVertex) {
  const ClusterAssignment clusters = PartnershipClusters(HandNetwork().Graph());
  // {A,B,C} and {G,H,I} have three members each, {D,E} two: ABC comes first
  // because A precedes G.
  EXPECT_EQ(clusters.cluster, (std::vector<std::size_t>{0, 0, 0, 2, 2, 1, 1, 1}));
  EXPECT_EQ(clusters.sizes, (std::vector<std::size_t>{3, 3, 2}));
  EXPECT_EQ(clusters.Count(), 3u);
}

TEST(CentralityTest, EmptyAndSingleEdgeGraphs) {
  const CollaborationNetwork empty;
  EXPECT_TRUE(DegreeCentrality(empty.Graph()).empty());
  EXPECT_EQ(PartnershipClusters(empty.Graph()).Count(), 0u);

  const std::vector<CollaborationEdgeRow> rows = {Row("A", "B", 2)};
  const CollaborationNetwork pair(rows);
  EXPECT_EQ(NormalizedDegreeCentrality(pair.Graph()), (std::vector<double>{1, 1}));
  EXPECT_EQ(PartnershipClusters(pair.Graph()).sizes, (std::vector<std::size_t>{2}));

  CollaborationGraph lone;
  boost::add_vertex(OrganisationVertex{Org("L"), "L"}, lone);
  EXPECT_EQ(NormalizedDegreeCentrality(lone), (std::vector<double>{1}));  // as networkx
}

TEST(CentralityTest, TemplatesWorkOnOtherGraphsAndPropertyMaps) {
  // A plain adjacency_list with an interior edge_weight property, and results
  // in associative property maps rather than vectors.
  using Graph =
      boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                            boost::property<boost::edge_weight_t, int>>;
  Graph g(5);
  boost::add_edge(0, 1, 10, g);
  boost::add_edge(1, 2, 20, g);
  boost::add_edge(3, 4, 5, g);
  std::map<std::size_t, int> degree_store, strength_store;
  std::map<std::size_t, int> cluster_store;
  boost::associative_property_map<std::map<std::size_t, int>> degree(degree_store),
      strength(strength_store), cluster(cluster_store);
  DegreeCentrality(g, degree);
  WeightedDegreeCentrality(g, get(boost::edge_weight, g), strength);
  EXPECT_EQ(AssignPartnershipClusters(g, cluster), 2u);
  EXPECT_EQ(degree_store, (std::map<std::size_t, int>{{0, 1}, {1, 2}, {2, 1}, {3, 1}, {4, 1}}));
  EXPECT_EQ(strength_store,
            (std::map<std::size_t, int>{{0, 10}, {1, 30}, {2, 20}, {3, 5}, {4, 5}}));
  EXPECT_EQ(cluster_store, (std::map<std::size_t, int>{{0, 0}, {1, 0}, {2, 0}, {3, 1}, {4, 1}}));
}

// ---------------------------------------------------------------- networkx

// Builds the same rows into a networkx Graph independently (summing parallel
// weights, skipping self-loops) and prints, per node sorted by IRI:
//   iri <TAB> degree <TAB> weighted degree <TAB> degree centrality <TAB> component
// where a component is named by its smallest IRI.
constexpr char kNetworkxScript[] = R"py(
import sys
import networkx as nx

g = nx.Graph()
with open(sys.argv[1], encoding="utf-8") as rows:
    for line in rows:
        a, b, w = line.rstrip("\n").split("\t")
        if a == b:
            continue
        if g.has_edge(a, b):
            g[a][b]["weight"] += float(w)
        else:
            g.add_edge(a, b, weight=float(w))
component_of = {}
for component in nx.connected_components(g):
    name = min(component)
    for node in component:
        component_of[node] = name
centrality = nx.degree_centrality(g)
for node in sorted(g.nodes):
    print(node, g.degree(node), repr(float(g.degree(node, weight="weight"))),
          repr(centrality[node]), component_of[node], sep="\t")
)py";

TEST(CentralityTest, AgreesWithNetworkxOnAGeneratedNetwork) {
  const std::string python = AWARDGRAPH_TEST_PYTHON3;
  if (!testing::HasPythonModule(python, "networkx"))
    GTEST_SKIP() << "python3 with networkx not found";

  // 60 organisations, 45 rows: sparse, so several components and isolated
  // pairs; every 10th row a self-loop, every 7th the previous pair reversed
  // (a parallel edge), weights in exact quarters.
  std::mt19937 random(20240611);
  std::uniform_int_distribution<int> pick(0, 59);
  std::uniform_int_distribution<int> quarters(0, 12);
  std::vector<CollaborationEdgeRow> rows;
  std::ostringstream text;
  for (int i = 0; i < 45; ++i) {
    const double weight = quarters(random) / 4.0;
    const std::string a = "o" + std::to_string(pick(random));
    if (i % 10 == 0) {
      rows.push_back(Row(a, a, weight));
    } else if (i % 7 == 0) {
      rows.push_back({rows.back().b_iri, "", rows.back().a_iri, "", weight});
    } else {
      rows.push_back(Row(a, "o" + std::to_string(pick(random)), weight));
    }
    text << rows.back().a_iri << '\t' << rows.back().b_iri << '\t' << weight << '\n';
  }

  testing::ScratchDir dir;
  testing::WriteFile(dir.Path() / "rows.tsv", text.str());
  testing::WriteFile(dir.Path() / "peer.py", kNetworkxScript);
  const testing::CommandResult peer =
      testing::RunCommand("'" + python + "' '" + (dir.Path() / "peer.py").string() + "' '" +
                          (dir.Path() / "rows.tsv").string() + "'");
  ASSERT_EQ(peer.exit_code, 0) << peer.output;

  const CollaborationNetwork network(rows);
  const CollaborationGraph& g = network.Graph();
  const std::vector<std::size_t> degree = DegreeCentrality(g);
  const std::vector<double> strength = WeightedDegreeCentrality(g);
  const std::vector<double> normalized = NormalizedDegreeCentrality(g);
  const ClusterAssignment clusters = PartnershipClusters(g);

  std::istringstream lines(peer.output);
  std::string iri, component;
  std::size_t peer_degree;
  double peer_strength, peer_normalized;
  std::size_t nodes = 0;
  std::map<std::string, std::set<std::string>> peer_partition;  // component -> members
  while (lines >> iri >> peer_degree >> peer_strength >> peer_normalized >> component) {
    ++nodes;
    SCOPED_TRACE(iri);
    const auto v = network.FindVertex(iri);
    ASSERT_TRUE(v.has_value());
    EXPECT_EQ(degree[*v], peer_degree);
    EXPECT_DOUBLE_EQ(strength[*v], peer_strength);
    EXPECT_DOUBLE_EQ(normalized[*v], peer_normalized);
    peer_partition[component].insert(iri);
  }
  EXPECT_EQ(nodes, network.NumVertices());
  EXPECT_GT(network.DroppedSelfLoops(), 0u);
  EXPECT_LT(network.NumEdges(), rows.size() - network.DroppedSelfLoops());  // merged
  EXPECT_GT(clusters.Count(), 1u);

  // Same partition: every peer component is exactly one of our clusters.
  std::set<std::set<std::string>> ours, theirs;
  std::vector<std::set<std::string>> members(clusters.Count());
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    members[clusters.cluster[v]].insert(g[v].iri);
  }
  for (std::size_t c = 0; c < members.size(); ++c) {
    EXPECT_EQ(members[c].size(), clusters.sizes[c]);
    if (c > 0) {
      EXPECT_GE(clusters.sizes[c - 1], clusters.sizes[c]);
    }
    ours.insert(members[c]);
  }
  for (const auto& [name, component_members] : peer_partition) theirs.insert(component_members);
  EXPECT_EQ(ours, theirs);
}

}  // namespace
}  // namespace awardgraph::graph
