// Tests for graph/export.{h,cc}: the escaping helpers, byte-exact GraphML and
// DOT for a small network, and read-back of every format by an independent
// reader: networkx (GraphML, GEXF, Cytoscape JSON), igraph (GraphML, the Gephi
// CSV tables) and Graphviz (DOT, parsed and rendered).
#include "graph/export.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "graph/centrality.h"
#include "graph/collaboration_network.h"
#include "tests/graph/peer_tools.h"

namespace awardgraph::graph {
namespace {

// The IRI of the test organisation `name`.
std::string Org(std::string_view name) {
  return "https://w3id.org/awardgraph/id/org/" + std::string(name);
}

// A0 "Ay & <Co>"; B1 with quotes; C2 non-ASCII; D3 no label.
CollaborationNetwork TrickyNetwork() {
  const std::vector<CollaborationEdgeRow> rows = {
      {Org("a"), "Ay & <Co>", Org("b"), "Bee \"Trust\" 'x'", 1.5, "project"},
      {Org("b"), "", Org("c"), "Sjögren Ω \\ 🏥", 2, "partnership"},
      {Org("c"), "", Org("d"), "", 1, ""},
      {Org("c"), "", Org("b"), "", 0, "project"},
  };
  CollaborationNetwork network(rows);
  network.AddVertex(Org("a"), "", "Trust");
  network.AddVertex(Org("b"), "", "Company & <Co>");
  return network;
}

ExportOptions TrickyOptions() {
  ExportOptions options;
  options.graph_name = "awards & co";
  options.vertex_attributes.push_back(
      {"degree", VertexAttribute::Type::kInt, ToDoubles(std::vector<int>{1, 2, 2, 1})});
  options.vertex_attributes.push_back(
      {"strength", VertexAttribute::Type::kDouble, {1.5, 3.5, 3, 0.1}});
  return options;
}

// ---------------------------------------------------------------- helpers

TEST(ExportDetailTest, EscapeDot) {
  EXPECT_EQ(detail::EscapeDot(R"(say "hi")"), R"(say \"hi\")");
  EXPECT_EQ(detail::EscapeDot(R"(C:\path\)"), R"(C:\\path\\)");
  EXPECT_EQ(detail::EscapeDot("one\ntwo\r\nthree\rfour"), R"(one\ntwo\nthree\nfour)");
  EXPECT_EQ(detail::EscapeDot("a\tb"), "a b");
  EXPECT_EQ(detail::EscapeDot("Sjögren & Ω 🏥 <x>"), "Sjögren & Ω 🏥 <x>");
  EXPECT_EQ(detail::EscapeDot("bell\x07"), "bell\xEF\xBF\xBD");
}

TEST(ExportDetailTest, FormatNumber) {
  EXPECT_EQ(detail::FormatNumber(2), "2");
  EXPECT_EQ(detail::FormatNumber(0.1), "0.1");
  EXPECT_EQ(detail::FormatNumber(3.75), "3.75");
  EXPECT_EQ(detail::FormatNumber(-1.5), "-1.5");
  EXPECT_EQ(detail::FormatNumber(1e300), "1e+300");
  EXPECT_EQ(detail::FormatNumber(2.0, true), "2");
  EXPECT_EQ(detail::FormatNumber(2.6, true), "3");
  EXPECT_EQ(detail::FormatNumber(-7, true), "-7");
}

// ---------------------------------------------------------------- writers

TEST(ExportTest, GraphMlIsExactlyAsExpected) {
  std::ostringstream out;
  WriteGraphMl(out, TrickyNetwork().Graph(), TrickyOptions());
  EXPECT_EQ(out.str(), R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="iri" for="node" attr.name="iri" attr.type="string"/>
  <key id="type" for="node" attr.name="type" attr.type="string"/>
  <key id="degree" for="node" attr.name="degree" attr.type="long"/>
  <key id="strength" for="node" attr.name="strength" attr.type="double"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
  <graph id="awards &amp; co" edgedefault="undirected">
    <node id="n0"><data key="label">Ay &amp; &lt;Co&gt;</data><data key="iri">https://w3id.org/awardgraph/id/org/a</data><data key="type">Trust</data><data key="degree">1</data><data key="strength">1.5</data></node>
    <node id="n1"><data key="label">Bee &quot;Trust&quot; &apos;x&apos;</data><data key="iri">https://w3id.org/awardgraph/id/org/b</data><data key="type">Company &amp; &lt;Co&gt;</data><data key="degree">2</data><data key="strength">3.5</data></node>
    <node id="n2"><data key="label">Sjögren Ω \ 🏥</data><data key="iri">https://w3id.org/awardgraph/id/org/c</data><data key="type"></data><data key="degree">2</data><data key="strength">3</data></node>
    <node id="n3"><data key="label">https://w3id.org/awardgraph/id/org/d</data><data key="iri">https://w3id.org/awardgraph/id/org/d</data><data key="type"></data><data key="degree">1</data><data key="strength">0.1</data></node>
    <edge id="e0" source="n0" target="n1"><data key="weight">1.5</data><data key="relation">project</data></edge>
    <edge id="e1" source="n1" target="n2"><data key="weight">2</data><data key="relation">partnership,project</data></edge>
    <edge id="e2" source="n2" target="n3"><data key="weight">1</data><data key="relation"></data></edge>
  </graph>
</graphml>
)");
}

TEST(ExportTest, DotIsExactlyAsExpected) {
  std::ostringstream out;
  WriteDot(out, TrickyNetwork().Graph(), TrickyOptions());
  EXPECT_EQ(out.str(), R"(graph "awards & co" {
  n0 [label="Ay & <Co>", iri="https://w3id.org/awardgraph/id/org/a", type="Trust", degree="1", strength="1.5"];
  n1 [label="Bee \"Trust\" 'x'", iri="https://w3id.org/awardgraph/id/org/b", type="Company & <Co>", degree="2", strength="3.5"];
  n2 [label="Sjögren Ω \\ 🏥", iri="https://w3id.org/awardgraph/id/org/c", type="", degree="2", strength="3"];
  n3 [label="https://w3id.org/awardgraph/id/org/d", iri="https://w3id.org/awardgraph/id/org/d", type="", degree="1", strength="0.1"];
  n0 -- n1 [weight="1.5", relation="project"];
  n1 -- n2 [weight="2", relation="partnership,project"];
  n2 -- n3 [weight="1", relation=""];
}
)");
}

TEST(ExportTest, EmptyGraphGivesAValidEmptyDocument) {
  std::ostringstream graphml, dot;
  WriteGraphMl(graphml, CollaborationGraph());
  WriteDot(dot, CollaborationGraph());
  EXPECT_NE(graphml.str().find("<graph id=\"awardgraph\" edgedefault=\"undirected\">\n  </graph>"),
            std::string::npos);
  EXPECT_EQ(dot.str(), "graph \"awardgraph\" {\n}\n");
}

TEST(ExportTest, RejectsMalformedAttributes) {
  const CollaborationNetwork network = TrickyNetwork();
  std::ostringstream out;
  for (const char* bad_name :
       {"", "1st", "has space", "a-b", "label", "iri", "weight", "type", "relation", "id"}) {
    ExportOptions options;
    options.vertex_attributes.push_back({bad_name, VertexAttribute::Type::kInt, {1, 2, 3, 4}});
    EXPECT_THROW(WriteGraphMl(out, network.Graph(), options), std::invalid_argument) << bad_name;
    EXPECT_THROW(WriteDot(out, network.Graph(), options), std::invalid_argument) << bad_name;
    EXPECT_THROW(WriteGexf(out, network.Graph(), options), std::invalid_argument) << bad_name;
    EXPECT_THROW(WriteCytoscapeJson(out, network.Graph(), options), std::invalid_argument)
        << bad_name;
    EXPECT_THROW(WriteGephiCsv(out, out, network.Graph(), options), std::invalid_argument)
        << bad_name;
  }
  ExportOptions too_short;
  too_short.vertex_attributes.push_back({"x", VertexAttribute::Type::kDouble, {1, 2, 3}});
  EXPECT_THROW(WriteGraphMl(out, network.Graph(), too_short), std::invalid_argument);
  ExportOptions repeated = TrickyOptions();
  repeated.vertex_attributes.push_back(repeated.vertex_attributes.front());
  EXPECT_THROW(WriteDot(out, network.Graph(), repeated), std::invalid_argument);
  EXPECT_TRUE(out.str().empty()) << "nothing is written when the options are bad";
}

// ---------------------------------------------------------------- peers

// Reads a GraphML file with networkx and prints its nodes (sorted by id) and
// edges (sorted), one per line, tab-separated.
constexpr char kReadGraphMlScript[] = R"py(
import sys
import networkx as nx

g = nx.read_graphml(sys.argv[1])
print("directed", g.is_directed(), sep="\t")
for node in sorted(g.nodes):
    d = g.nodes[node]
    print("node", node, d["label"], d["iri"], d.get("type", ""), d["degree"], repr(d["strength"]),
          sep="\t")
for a, b, d in sorted((min(a, b), max(a, b), d) for a, b, d in g.edges(data=True)):
    print("edge", a, b, repr(d["weight"]), d.get("relation", ""), sep="\t")
)py";

TEST(ExportTest, NetworkxReadsTheGraphMlBack) {
  const std::string python = AWARDGRAPH_TEST_PYTHON3;
  if (!testing::HasPythonModule(python, "networkx"))
    GTEST_SKIP() << "python3 with networkx not found";
  testing::ScratchDir dir;
  std::ostringstream graphml;
  WriteGraphMl(graphml, TrickyNetwork().Graph(), TrickyOptions());
  testing::WriteFile(dir.Path() / "g.graphml", graphml.str());
  testing::WriteFile(dir.Path() / "read.py", kReadGraphMlScript);
  const testing::CommandResult peer = testing::RunCommand(
      "PYTHONIOENCODING=utf-8 '" + python + "' '" + (dir.Path() / "read.py").string() + "' '" +
      (dir.Path() / "g.graphml").string() + "'");
  ASSERT_EQ(peer.exit_code, 0) << peer.output;
  // networkx reads "long" as int and "double" as float; tabs separate fields.
  const std::string expected = R"(directed|False
node|n0|Ay & <Co>|https://w3id.org/awardgraph/id/org/a|Trust|1|1.5
node|n1|Bee "Trust" 'x'|https://w3id.org/awardgraph/id/org/b|Company & <Co>|2|3.5
node|n2|Sjögren Ω \ 🏥|https://w3id.org/awardgraph/id/org/c||2|3.0
node|n3|https://w3id.org/awardgraph/id/org/d|https://w3id.org/awardgraph/id/org/d||1|0.1
edge|n0|n1|1.5|project
edge|n1|n2|2.0|partnership,project
edge|n2|n3|1.0|
)";
  std::string output = peer.output;
  std::replace(output.begin(), output.end(), '\t', '|');
  EXPECT_EQ(output, expected);
}

TEST(ExportTest, GraphvizParsesTheDotAndKeepsTheLabels) {
  const std::string dot = AWARDGRAPH_TEST_DOT;
  if (dot.empty()) GTEST_SKIP() << "Graphviz dot not found";
  testing::ScratchDir dir;
  std::ostringstream text;
  WriteDot(text, TrickyNetwork().Graph(), TrickyOptions());
  testing::WriteFile(dir.Path() / "g.dot", text.str());
  // -Tcanon re-emits the parsed graph; the escaped label must survive as is.
  const testing::CommandResult peer =
      testing::RunCommand("'" + dot + "' -Tcanon '" + (dir.Path() / "g.dot").string() + "'");
  ASSERT_EQ(peer.exit_code, 0) << peer.output;
  EXPECT_NE(peer.output.find(R"(label="Bee \"Trust\" 'x'")"), std::string::npos) << peer.output;
  EXPECT_NE(peer.output.find(R"(label="Sjögren Ω \\ 🏥")"), std::string::npos) << peer.output;
  EXPECT_NE(peer.output.find("n2 -- n3"), std::string::npos) << peer.output;
}

// ------------------------------------------------ GEXF, Cytoscape, CSV peers

// TrickyNetwork with what `awardgraph export` attaches (GEXF takes colour,
// size and position from cluster, pagerank, x and y).
ExportOptions FullOptions() {
  ExportOptions options;
  using Type = VertexAttribute::Type;
  options.vertex_attributes = {{"degree", Type::kInt, {1, 2, 2, 1}},
                               {"cluster", Type::kInt, {1, 1, 2, 2}},
                               {"pagerank", Type::kDouble, {0.125, 0.375, 0.375, 0.125}},
                               {"x", Type::kDouble, {-10, 0.5, 3, 400}},
                               {"y", Type::kDouble, {1, -2, 3.25, 0}}};
  return options;
}

// What every reader must report, one line per node and edge, sorted:
// "node|IRI|label|type|degree|cluster" and "edge|IRI|IRI|weight|relation"
// (edge ends in sorted order).
std::string ExpectedSummary() {
  return R"(edge|https://w3id.org/awardgraph/id/org/a|https://w3id.org/awardgraph/id/org/b|1.5|project
edge|https://w3id.org/awardgraph/id/org/b|https://w3id.org/awardgraph/id/org/c|2.0|partnership,project
edge|https://w3id.org/awardgraph/id/org/c|https://w3id.org/awardgraph/id/org/d|1.0|
node|https://w3id.org/awardgraph/id/org/a|Ay & <Co>|Trust|1|1
node|https://w3id.org/awardgraph/id/org/b|Bee "Trust" 'x'|Company & <Co>|2|1
node|https://w3id.org/awardgraph/id/org/c|Sjögren Ω \ 🏥||2|2
node|https://w3id.org/awardgraph/id/org/d|https://w3id.org/awardgraph/id/org/d||1|2
)";
}

// Prints the summary of a graph read by each peer; argv: format, file(s).
constexpr char kSummaryScript[] = R"py(
import csv, json, sys

def show(nodes, edges):
    lines = []
    for iri, label, type_, degree, cluster in nodes:
        lines.append("|".join(["node", iri, label, type_ or "", str(int(degree)), str(int(cluster))]))
    for a, b, weight, relation in edges:
        a, b = sorted([a, b])
        lines.append("|".join(["edge", a, b, repr(float(weight)), relation or ""]))
    print("\n".join(sorted(lines)))

kind = sys.argv[1]
if kind == "gexf":
    import networkx as nx
    # networkx reads GEXF 1.1 and 1.2; the elements written here are the same
    # in 1.3, so the namespace is mapped to 1.2draft for it.
    text = open(sys.argv[2], encoding="utf-8").read()
    text = text.replace("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz")
    text = text.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft")
    text = text.replace('version="1.3"', 'version="1.2"')
    open(sys.argv[2] + ".12", "w", encoding="utf-8").write(text)
    g = nx.read_gexf(sys.argv[2] + ".12", version="1.2draft")
    viz = g.nodes["https://w3id.org/awardgraph/id/org/c"]["viz"]
    print("viz", viz["color"]["r"], viz["color"]["g"], viz["color"]["b"], viz["size"],
          viz["position"]["x"], viz["position"]["y"])
    show([(n, d["label"], d["type"], d["degree"], d["cluster"]) for n, d in g.nodes(data=True)],
         [(a, b, d["weight"], d["relation"]) for a, b, d in g.edges(data=True)])
elif kind == "graphml":
    import igraph as ig
    g = ig.Graph.Read_GraphML(sys.argv[2])
    show([(v["iri"], v["label"], v["type"], v["degree"], 0) for v in g.vs],
         [(g.vs[e.source]["iri"], g.vs[e.target]["iri"], e["weight"], e["relation"]) for e in g.es])
elif kind == "cytoscape":
    import networkx as nx
    data = json.load(open(sys.argv[2], encoding="utf-8"))
    g = nx.cytoscape_graph(data)
    show([(n, d["label"], d["type"], d["degree"], d["cluster"]) for n, d in g.nodes(data=True)],
         [(a, b, d["weight"], d["relation"]) for a, b, d in g.edges(data=True)])
    # networkx drops "position"; Cytoscape.js reads it from each node element.
    print("position", [n["position"] for n in data["elements"]["nodes"]
                       if n["data"]["id"] == "https://w3id.org/awardgraph/id/org/d"][0])
elif kind == "csv":
    import igraph as ig
    nodes = list(csv.DictReader(open(sys.argv[2], encoding="utf-8", newline="")))
    edges = list(csv.DictReader(open(sys.argv[3], encoding="utf-8", newline="")))
    g = ig.Graph.DictList(nodes, edges, directed=False, vertex_name_attr="Id",
                          edge_foreign_keys=("Source", "Target"))
    assert all(e["Type"] == "Undirected" for e in g.es)
    show([(v["Id"], v["Label"], v["type"], v["degree"], v["cluster"]) for v in g.vs],
         [(g.vs[e.source]["Id"], g.vs[e.target]["Id"], e["Weight"], e["relation"]) for e in g.es])
)py";

// Runs the summary script on `files` (already written into `dir`).
testing::CommandResult Summarise(const testing::ScratchDir& dir, const std::string& kind,
                                 const std::vector<std::string>& files) {
  testing::WriteFile(dir.Path() / "summary.py", kSummaryScript);
  std::string command = "PYTHONIOENCODING=utf-8 '" + std::string(AWARDGRAPH_TEST_PYTHON3) + "' '" +
                        (dir.Path() / "summary.py").string() + "' " + kind;
  for (const std::string& file : files) command += " '" + (dir.Path() / file).string() + "'";
  return testing::RunCommand(command);
}

TEST(ExportPeerTest, NetworkxReadsTheGexfWithVizAttributes) {
  if (!testing::HasPythonModule(AWARDGRAPH_TEST_PYTHON3, "networkx")) GTEST_SKIP();
  testing::ScratchDir dir;
  std::ostringstream text;
  WriteGexf(text, TrickyNetwork().Graph(), FullOptions());
  testing::WriteFile(dir.Path() / "g.gexf", text.str());
  const testing::CommandResult peer = Summarise(dir, "gexf", {"g.gexf"});
  ASSERT_EQ(peer.exit_code, 0) << peer.output;
  // Vertex c: cluster 2 -> the palette's second colour (51,160,44); size
  // 5 + 45 * 0.375 / 0.375 = 50; position (3, 3.25).
  EXPECT_EQ(peer.output, "viz 51 160 44 50.0 3.0 3.25\n" + ExpectedSummary());
}

TEST(ExportPeerTest, IgraphReadsTheGraphMl) {
  if (!testing::HasPythonModule(AWARDGRAPH_TEST_PYTHON3, "igraph")) GTEST_SKIP();
  testing::ScratchDir dir;
  std::ostringstream text;
  WriteGraphMl(text, TrickyNetwork().Graph(), FullOptions());
  testing::WriteFile(dir.Path() / "g.graphml", text.str());
  const testing::CommandResult peer = Summarise(dir, "graphml", {"g.graphml"});
  ASSERT_EQ(peer.exit_code, 0) << peer.output;
  // This reader is not asked for the cluster (0 stands in for it).
  std::string expected = ExpectedSummary();
  for (const char* from : {"|1|1\n", "|2|1\n", "|2|2\n", "|1|2\n"}) {
    const std::string f(from);
    for (std::size_t at = expected.find(f); at != std::string::npos; at = expected.find(f, at)) {
      expected.replace(at, f.size(), f.substr(0, 3) + "0\n");
    }
  }
  EXPECT_EQ(peer.output, expected);
}

TEST(ExportPeerTest, NetworkxReadsTheCytoscapeJson) {
  if (!testing::HasPythonModule(AWARDGRAPH_TEST_PYTHON3, "networkx")) GTEST_SKIP();
  testing::ScratchDir dir;
  std::ostringstream text;
  WriteCytoscapeJson(text, TrickyNetwork().Graph(), FullOptions());
  testing::WriteFile(dir.Path() / "g.json", text.str());
  const testing::CommandResult peer = Summarise(dir, "cytoscape", {"g.json"});
  ASSERT_EQ(peer.exit_code, 0) << peer.output;
  EXPECT_EQ(peer.output, ExpectedSummary() + "position {'x': 400.0, 'y': 0.0}\n");
}

TEST(ExportPeerTest, IgraphBuildsTheGraphFromTheGephiCsvTables) {
  if (!testing::HasPythonModule(AWARDGRAPH_TEST_PYTHON3, "igraph")) GTEST_SKIP();
  testing::ScratchDir dir;
  std::ostringstream nodes, edges;
  WriteGephiCsv(nodes, edges, TrickyNetwork().Graph(), FullOptions());
  EXPECT_EQ(nodes.str().substr(0, nodes.str().find('\n') + 1),
            "Id,Label,type,degree,cluster,pagerank,x,y\r\n");
  EXPECT_EQ(edges.str().substr(0, edges.str().find('\n') + 1),
            "Source,Target,Type,Weight,relation\r\n");
  testing::WriteFile(dir.Path() / "nodes.csv", nodes.str());
  testing::WriteFile(dir.Path() / "edges.csv", edges.str());
  const testing::CommandResult peer = Summarise(dir, "csv", {"nodes.csv", "edges.csv"});
  ASSERT_EQ(peer.exit_code, 0) << peer.output;
  EXPECT_EQ(peer.output, ExpectedSummary());
}

TEST(ExportPeerTest, GraphvizRendersTheLabels) {
  const std::string dot = AWARDGRAPH_TEST_DOT;
  if (dot.empty()) GTEST_SKIP() << "Graphviz dot not found";
  testing::ScratchDir dir;
  std::ostringstream text;
  WriteDot(text, TrickyNetwork().Graph(), FullOptions());
  testing::WriteFile(dir.Path() / "g.dot", text.str());
  const testing::CommandResult svg =
      testing::RunCommand("'" + dot + "' -Tsvg '" + (dir.Path() / "g.dot").string() + "'");
  ASSERT_EQ(svg.exit_code, 0) << svg.output;
  EXPECT_NE(svg.output.find(">Ay &amp; &lt;Co&gt;</text>"), std::string::npos) << svg.output;
  EXPECT_NE(svg.output.find(">Sjögren Ω \\ 🏥</text>"), std::string::npos) << svg.output;
  std::size_t node_groups = 0, edge_groups = 0;
  for (std::size_t at = svg.output.find("class=\"node\""); at != std::string::npos;
       at = svg.output.find("class=\"node\"", at + 1)) {
    ++node_groups;
  }
  for (std::size_t at = svg.output.find("class=\"edge\""); at != std::string::npos;
       at = svg.output.find("class=\"edge\"", at + 1)) {
    ++edge_groups;
  }
  EXPECT_EQ(node_groups, 4u);
  EXPECT_EQ(edge_groups, 3u);
}

}  // namespace
}  // namespace awardgraph::graph
