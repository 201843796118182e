// Tests for cli/export_command.{h,cc}: parsing, the CSV file names, and
// `awardgraph export` end to end in every format, each file read back by an
// independent reader (networkx, igraph, Graphviz) with every node carrying
// every attribute.
#include "cli/export_command.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "cli/options.h"
#include "cli_runner.h"
#include "graph_fixture.h"

namespace awardgraph::cli {
namespace {

using testing::Describe;
using testing::RunCli;
using testing::RunOutput;
using testing::RunProgram;
using testing::TempDir;
using testing::WriteFile;

TEST(ParseExportConfigTest, FormatsOutputAndSeed) {
  ExportConfig c = ParseExportConfig({"--format", "gexf", "-o", "n.gexf", "--seed", "4"}, nullptr);
  EXPECT_EQ(c.format, ExportFormat::kGexf);
  EXPECT_EQ(c.output, "n.gexf");
  EXPECT_EQ(c.seed, 4u);
  c = ParseExportConfig({"--format=cytoscape", "--output", "n.json"}, nullptr);
  EXPECT_EQ(c.format, ExportFormat::kCytoscape);
  EXPECT_EQ(c.output, "n.json");
  EXPECT_EQ(ParseExportConfig({"--format", "dot"}, nullptr).format, ExportFormat::kDot);
  EXPECT_EQ(ParseExportConfig({"--format", "csv"}, nullptr).format, ExportFormat::kCsv);
  EXPECT_EQ(ParseExportConfig({"--format", "graphml"}, nullptr).output, "");
  EXPECT_THROW(ParseExportConfig({}, nullptr), UsageError);
  EXPECT_THROW(ParseExportConfig({"--format", "svg"}, nullptr), UsageError);
  EXPECT_THROW(ParseExportConfig({"--format", "dot", "-o", "a", "--output", "b"}, nullptr),
               UsageError);
}

TEST(ParseExportConfigTest, CsvPaths) {
  EXPECT_EQ(CsvPaths("out/net.csv"),
            (std::pair<std::string, std::string>{"out/net-nodes.csv", "out/net-edges.csv"}));
  EXPECT_EQ(CsvPaths("net"),
            (std::pair<std::string, std::string>{"net-nodes.csv", "net-edges.csv"}));
}

// Reads an export and prints "nodes N edges M" after checking that every
// node has every attribute `awardgraph export` promises.
constexpr char kCheckScript[] = R"py(
import csv, json, sys
kind, files = sys.argv[1], sys.argv[2:]
wanted = {"label", "type", "degree", "cluster", "betweenness", "pagerank", "x", "y"}
if kind == "graphml":
    import networkx as nx
    g = nx.read_graphml(files[0])
    nodes = [d for _, d in g.nodes(data=True)]
    wanted.add("iri")
    edges = [d for _, _, d in g.edges(data=True)]
elif kind == "gexf":
    import networkx as nx
    text = open(files[0], encoding="utf-8").read()
    for new, old in (("http://gexf.net/1.3/viz", "http://www.gexf.net/1.2draft/viz"),
                     ("http://gexf.net/1.3", "http://www.gexf.net/1.2draft"),
                     ('version="1.3"', 'version="1.2"')):
        text = text.replace(new, old)
    open(files[0] + ".12", "w", encoding="utf-8").write(text)
    g = nx.read_gexf(files[0] + ".12", version="1.2draft")
    nodes = [d for _, d in g.nodes(data=True)]
    for d in nodes:
        d.update(x=d["viz"]["position"]["x"], y=d["viz"]["position"]["y"])
    edges = [d for _, _, d in g.edges(data=True)]
elif kind == "cytoscape":
    import networkx as nx
    g = nx.cytoscape_graph(json.load(open(files[0], encoding="utf-8")))
    nodes = [d for _, d in g.nodes(data=True)]
    wanted.discard("x"); wanted.discard("y")
    edges = [d for _, _, d in g.edges(data=True)]
elif kind == "csv":
    import igraph as ig
    vs = list(csv.DictReader(open(files[0], encoding="utf-8", newline="")))
    es = list(csv.DictReader(open(files[1], encoding="utf-8", newline="")))
    g = ig.Graph.DictList(vs, es, directed=False, vertex_name_attr="Id",
                          edge_foreign_keys=("Source", "Target"))
    nodes = [dict(v.attributes(), label=v["Label"]) for v in g.vs]
    edges = [dict(e.attributes(), weight=e["Weight"]) for e in g.es]
for d in nodes:
    missing = wanted - set(d)
    assert not missing, (missing, d)
for d in edges:
    assert "weight" in d and "relation" in d, d
print("nodes", len(nodes), "edges", len(edges))
)py";

TEST(ExportEndToEndTest, EveryFormatOpensInAnIndependentReader) {
  if (!std::filesystem::exists(AWARDGRAPH_TEST_PYTHON)) GTEST_SKIP() << "no /usr/bin/python3";
  TempDir dir;
  const std::string store = testing::MakeGraphStore(dir);
  WriteFile(dir / "check.py", kCheckScript);
  for (const std::string format : {"graphml", "gexf", "cytoscape", "csv"}) {
    const std::string out = dir / ("net." + format);
    const RunOutput r = RunCli({"export", "--store", store, "--format", format, "-o", out});
    ASSERT_EQ(r.exit_code, 0) << Describe(r);
    EXPECT_TRUE(r.out.empty());
    EXPECT_NE(r.err.find("wrote 9 nodes"), std::string::npos) << r.err;
    std::vector<std::string> argv = {AWARDGRAPH_TEST_PYTHON, dir / "check.py", format};
    if (format == "csv") {
      argv.push_back(dir / "net-nodes.csv");
      argv.push_back(dir / "net-edges.csv");
    } else {
      argv.push_back(out);
    }
    const RunOutput peer = RunProgram(argv);
    ASSERT_EQ(peer.exit_code, 0) << format << "\n" << Describe(peer);
    EXPECT_EQ(peer.out, "nodes 9 edges 13\n") << format;
  }
}

TEST(ExportEndToEndTest, GraphvizRendersTheDotWithLabels) {
  if (!std::filesystem::exists("/usr/bin/dot")) GTEST_SKIP() << "Graphviz dot not found";
  TempDir dir;
  const std::string store = testing::MakeGraphStore(dir);
  const RunOutput r = RunCli({"export", "--store", store, "--format", "dot"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  WriteFile(dir / "net.dot", r.out);
  const RunOutput svg = RunProgram({"/usr/bin/dot", "-Tsvg", dir / "net.dot"});
  ASSERT_EQ(svg.exit_code, 0) << Describe(svg);
  EXPECT_NE(svg.out.find(">North Four</text>"), std::string::npos);
  EXPECT_NE(svg.out.find(">Lone Ltd</text>"), std::string::npos);
}

TEST(ExportEndToEndTest, StdoutEdgeListsAndDeterminism) {
  TempDir dir;
  WriteFile(dir / "e.csv", testing::PlantedEdgeCsv());
  const RunOutput a =
      RunCli({"export", "--edges", dir / "e.csv", "--format", "cytoscape", "--seed", "3"});
  ASSERT_EQ(a.exit_code, 0) << Describe(a);
  const nlohmann::json json = nlohmann::json::parse(a.out);
  EXPECT_EQ(json["elements"]["nodes"].size(), 15u);
  EXPECT_EQ(json["elements"]["edges"].size(), 33u);
  EXPECT_EQ(json["elements"]["nodes"][0]["data"]["id"], "g0v0");
  EXPECT_TRUE(json["elements"]["nodes"][0].contains("position"));
  EXPECT_EQ(
      RunCli({"export", "--edges", dir / "e.csv", "--format", "cytoscape", "--seed", "3"}).out,
      a.out);
  const RunOutput csv = RunCli({"export", "--edges", dir / "e.csv", "--format", "csv"});
  EXPECT_NE(csv.out.find("\r\n\nSource,Target,Type,Weight,relation\r\n"), std::string::npos);
  const RunOutput bad = RunCli(
      {"export", "--edges", dir / "e.csv", "--format", "csv", "-o", dir / "no-such-dir/x.csv"});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("cannot write"), std::string::npos) << bad.err;
}

}  // namespace
}  // namespace awardgraph::cli
