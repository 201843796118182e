// Tests for graph/centrality.h: hand-checked values on a small network, the
// templates on another Boost graph type, and a cross-check against networkx
// on a generated network.
#include "graph/centrality.h"

#include <gtest/gtest.h>

#include <array>
#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "graph/collaboration_network.h"
#include "tests/graph/peer_tools.h"
#include "tests/graph/planted_partition.h"

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

// ---------------------------------------------------------------- path and
// spectral measures

// Two triangles {a,b,c}, {d,e,f} joined by c-d, and a lone vertex g.
CollaborationNetwork Bridge() {
  std::vector<CollaborationEdgeRow> rows = {Row("a", "b", 1), Row("b", "c", 1), Row("a", "c", 1),
                                            Row("d", "e", 1), Row("e", "f", 1), Row("d", "f", 1),
                                            Row("c", "d", 1)};
  CollaborationNetwork network(rows);
  network.AddVertex(Org("g"), "g");
  return network;
}

std::vector<double> Measure(const CollaborationGraph& g, int which) {
  std::vector<double> values(num_vertices(g));
  auto map = boost::make_iterator_property_map(values.begin(), get(boost::vertex_index, g));
  const auto weight = get(&CollaborationEdge::weight, g);
  switch (which) {
    case 0:
      BetweennessCentrality(g, map);
      break;
    case 1:
      ClosenessCentrality(g, map);
      break;
    case 2:
      WeightedPageRank(g, weight, map);
      break;
    default:
      EigenvectorCentrality(g, weight, map);
  }
  return values;
}

TEST(CentralityTest, BetweennessAndClosenessByHand) {
  const CollaborationNetwork network = Bridge();
  const std::vector<double> betweenness = Measure(network.Graph(), 0);
  // Of the (7-1)(7-2)/2 = 15 pairs of other vertices, the 6 pairs
  // {a,b} x {d,e,f} have their only shortest path through c: 6 / 15.
  EXPECT_NEAR(betweenness[2], 6.0 / 15.0, 1e-12);
  EXPECT_NEAR(betweenness[3], 6.0 / 15.0, 1e-12);
  EXPECT_NEAR(betweenness[0], 0.0, 1e-12);
  EXPECT_NEAR(betweenness[6], 0.0, 1e-12);
  const std::vector<double> closeness = Measure(network.Graph(), 1);
  // a reaches 5 others at 1+1+2+3+3 = 10 hops: (5/10) * (5/6).
  EXPECT_NEAR(closeness[0], 0.5 * 5.0 / 6.0, 1e-12);
  EXPECT_EQ(closeness[6], 0.0) << "a lone vertex reaches nothing";
}

TEST(CentralityTest, PageRankSumsToOneAndIsSymmetric) {
  const CollaborationNetwork network = Bridge();
  const std::vector<double> rank = Measure(network.Graph(), 2);
  double sum = 0.0;
  for (double r : rank) sum += r;
  EXPECT_NEAR(sum, 1.0, 1e-12);
  EXPECT_NEAR(rank[0], rank[5], 1e-12);
  EXPECT_NEAR(rank[2], rank[3], 1e-12);
  EXPECT_GT(rank[2], rank[0]);
  const std::vector<double> eigen = Measure(network.Graph(), 3);
  double norm = 0.0;
  for (double x : eigen) norm += x * x;
  EXPECT_NEAR(norm, 1.0, 1e-12);
  EXPECT_NEAR(eigen[6], 0.0, 1e-6);
}

// Reads rows (a, b, weight) and extra lone vertices; merges parallel rows by
// summing as CollaborationNetwork does; prints per vertex betweenness,
// closeness, PageRank and eigenvector centrality as networkx computes them.
constexpr char kMeasuresScript[] = R"py(
import csv, sys
import networkx as nx

g = nx.Graph()
for r in csv.DictReader(open(sys.argv[1])):
    a, b, w = r["source"], r["target"], float(r["weight"])
    if a == b:
        continue
    if g.has_edge(a, b):
        g[a][b]["weight"] += w
    else:
        g.add_edge(a, b, weight=w)
for v in sys.argv[2:]:
    g.add_node(v)
bc = nx.betweenness_centrality(g, normalized=True)
cc = nx.closeness_centrality(g)
# networkx.pagerank needs scipy; its pure-Python twin computes the same.
pagerank = getattr(nx.algorithms.link_analysis.pagerank_alg, "_pagerank_python", nx.pagerank)
pr = pagerank(g, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000)
ev = nx.eigenvector_centrality(g, weight="weight", tol=1e-14, max_iter=100000)
for v in g:
    print(v, repr(bc[v]), repr(cc[v]), repr(pr[v]), repr(ev[v]))
)py";

TEST(CentralityTest, PathAndSpectralMeasuresAgreeWithNetworkxTo1e6) {
  const std::string python = AWARDGRAPH_TEST_PYTHON3;
  if (!testing::HasPythonModule(python, "networkx")) GTEST_SKIP() << "networkx not found";
  // A weighted planted-partition graph plus a separate triangle, a pair
  // joined by a zero-weight edge (a dangling node for PageRank) and a lone
  // vertex.
  auto planted = testing::MakePlantedPartition(
      {.groups = 4, .group_size = 25, .p_in = 0.2, .p_out = 0.02, .weighted = true, .seed = 9});
  std::vector<CollaborationEdgeRow>& rows = planted.rows;
  for (auto [a, b, w] : std::vector<std::tuple<std::string, std::string, double>>{
           {"t1", "t2", 1}, {"t2", "t3", 2}, {"t1", "t3", 0.5}, {"z1", "z2", 0}, {"v0", "v1", 2}}) {
    rows.push_back({a, a, b, b, w, ""});
  }
  CollaborationNetwork network(rows);
  network.AddVertex("lonely", "lonely");
  testing::ScratchDir dir;
  testing::WriteFile(dir.Path() / "edges.csv", testing::ToEdgeCsv(rows));
  testing::WriteFile(dir.Path() / "peer.py", kMeasuresScript);
  const testing::CommandResult peer =
      testing::RunCommand("'" + python + "' '" + (dir.Path() / "peer.py").string() + "' '" +
                          (dir.Path() / "edges.csv").string() + "' lonely");
  ASSERT_EQ(peer.exit_code, 0) << peer.output;
  const CollaborationGraph& g = network.Graph();
  const std::vector<std::vector<double>> ours = {Measure(g, 0), Measure(g, 1), Measure(g, 2),
                                                 Measure(g, 3)};
  std::istringstream lines(peer.output);
  std::string name;
  std::array<double, 4> theirs{};
  std::size_t count = 0;
  while (lines >> name >> theirs[0] >> theirs[1] >> theirs[2] >> theirs[3]) {
    const auto v = network.FindVertex(name);
    ASSERT_TRUE(v.has_value()) << name;
    for (int m = 0; m < 4; ++m) {
      EXPECT_NEAR(ours[m][*v], theirs[m], 1e-6) << name << " measure " << m;
    }
    ++count;
  }
  EXPECT_EQ(count, network.NumVertices());
}

}  // namespace
}  // namespace awardgraph::graph
