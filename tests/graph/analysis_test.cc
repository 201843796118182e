// Tests for graph/analysis.{h,cc}: cluster reports (every algorithm, the
// table, JSON and CSV shapes, --min-size), centrality reports and the
// attributes the export attaches to nodes.
#include "graph/analysis.h"

#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "tests/graph/planted_partition.h"

namespace awardgraph::graph {
namespace {

CollaborationEdgeRow Row(const std::string& a, const std::string& b, double weight) {
  return {"urn:" + a, a, "urn:" + b, b, weight, "project"};
}

// Triangle A-B-C (A-B weighs 3), square D-E-F-G, bridge C-D, lone H.
CollaborationNetwork Network() {
  const std::vector<CollaborationEdgeRow> rows = {
      Row("A", "B", 3), Row("B", "C", 1), Row("A", "C", 1), Row("D", "E", 1),  Row("E", "F", 1),
      Row("F", "G", 1), Row("G", "D", 1), Row("D", "F", 1), Row("C", "D", 0.5)};
  CollaborationNetwork network(rows);
  network.AddVertex("urn:H", "H", "Trust");
  return network;
}

TEST(ClusterReportTest, EveryAlgorithmFindsTheTwoGroups) {
  const CollaborationNetwork network = Network();
  for (ClusterAlgorithm algorithm :
       {ClusterAlgorithm::kLouvain, ClusterAlgorithm::kLeiden, ClusterAlgorithm::kGirvanNewman}) {
    const ClusterReport report = ClusterNetwork(network.Graph(), algorithm, {});
    SCOPED_TRACE(report.algorithm);
    ASSERT_EQ(report.clusters.size(), 3u);
    EXPECT_EQ(report.clusters[0].size, 4u);  // D E F G
    EXPECT_EQ(report.clusters[0].internal_weight, 5.0);
    EXPECT_EQ(report.clusters[1].size, 3u);  // A B C
    EXPECT_EQ(report.clusters[1].internal_weight, 5.0);
    EXPECT_EQ(report.clusters[1].label, "A / B / C") << "highest internal strength first";
    EXPECT_EQ(report.clusters[2].members[0].label, "H");
    EXPECT_EQ(report.clusters[2].members[0].type, "Trust");
    // m = 10.5; each group holds 5 and has strength 2 * 5 + 0.5 (the bridge):
    // Q = 2 (5 / 10.5 - (10.5 / 21)^2) = 0.452381.
    EXPECT_NEAR(report.modularity, 2 * (5 / 10.5 - 0.25), 1e-12);
    EXPECT_EQ(report.vertices, 8u);
    EXPECT_EQ(report.edges, 9u);
  }
  const ClusterReport components =
      ClusterNetwork(network.Graph(), ClusterAlgorithm::kComponents, {});
  ASSERT_EQ(components.clusters.size(), 2u);
  EXPECT_EQ(components.clusters[0].size, 7u);
  EXPECT_NEAR(components.modularity, 0.0, 1e-12) << "one cluster holding every edge";
}

TEST(ClusterReportTest, GirvanNewmanRefusesLargeNetworks) {
  const CollaborationNetwork big(
      testing::MakePlantedPartition({.groups = 2, .group_size = 120, .p_in = 0.4, .p_out = 0.1})
          .rows);
  ASSERT_GT(big.NumEdges(), kGirvanNewmanMaxEdges);
  EXPECT_THROW(ClusterNetwork(big.Graph(), ClusterAlgorithm::kGirvanNewman, {}),
               std::invalid_argument);
}

TEST(ClusterReportTest, JsonCsvAndTable) {
  const ClusterReport report = ClusterNetwork(Network().Graph(), ClusterAlgorithm::kLouvain, {});
  std::ostringstream json_text;
  WriteClusterReport(report, ReportFormat::kJson, 2, json_text);
  const nlohmann::json json = nlohmann::json::parse(json_text.str());
  EXPECT_EQ(json["algorithm"], "louvain");
  EXPECT_NEAR(json["modularity"].get<double>(), report.modularity, 1e-15);
  ASSERT_EQ(json["clusters"].size(), 2u) << "the lone vertex is below --min-size 2";
  EXPECT_EQ(json["clusters"][1]["id"], 2);
  EXPECT_EQ(json["clusters"][1]["size"], 3);
  EXPECT_EQ(json["clusters"][1]["label"], "A / B / C");
  EXPECT_EQ(json["clusters"][1]["members"][0]["iri"], "urn:A");
  EXPECT_EQ(json["clusters"][1]["members"][0]["label"], "A");
  EXPECT_EQ(json["clusters"][1]["members"][0]["type"], "");

  std::ostringstream csv;
  WriteClusterReport(report, ReportFormat::kCsv, 1, csv);
  EXPECT_EQ(csv.str().substr(0, csv.str().find('\n') + 1),
            "cluster,size,cluster_label,iri,label,type\r\n");
  EXPECT_NE(csv.str().find("2,3,A / B / C,urn:A,A,\r\n"), std::string::npos) << csv.str();
  EXPECT_NE(csv.str().find("3,1,H,urn:H,H,Trust\r\n"), std::string::npos) << csv.str();

  std::ostringstream table;
  WriteClusterReport(report, ReportFormat::kTable, 2, table);
  EXPECT_EQ(table.str().substr(0, table.str().find('\n')),
            "louvain: 3 clusters of 8 nodes and 9 edges, modularity 0.452381 (2 clusters of at "
            "least 2 shown)");
  EXPECT_NE(table.str().find("A / B / C"), std::string::npos);
  EXPECT_NE(table.str().find("D; F; E; G"), std::string::npos) << table.str();
}

TEST(CentralityReportTest, TopKHighestFirstWithDefinition) {
  const CollaborationNetwork network = Network();
  const std::vector<double> strength =
      ComputeCentrality(network.Graph(), CentralityMeasure::kStrength);
  std::ostringstream json_text;
  WriteCentralityReport(network.Graph(), CentralityMeasure::kStrength, strength, 2,
                        ReportFormat::kJson, json_text);
  const nlohmann::json json = nlohmann::json::parse(json_text.str());
  EXPECT_EQ(json["measure"], "strength");
  ASSERT_EQ(json["nodes"].size(), 2u);
  EXPECT_EQ(json["nodes"][0]["label"], "A");  // 3 + 1 = 4, ties broken by label
  EXPECT_EQ(json["nodes"][0]["value"], 4.0);
  EXPECT_EQ(json["nodes"][1]["label"], "B");
  std::ostringstream csv;
  WriteCentralityReport(network.Graph(), CentralityMeasure::kStrength, strength, 0,
                        ReportFormat::kCsv, csv);
  EXPECT_EQ(csv.str().substr(0, csv.str().find('\n') + 1), "rank,strength,label,type,iri\r\n");
  EXPECT_NE(csv.str().find("8,0,H,Trust,urn:H\r\n"), std::string::npos) << csv.str();
  for (const char* name :
       {"degree", "strength", "betweenness", "closeness", "pagerank", "eigenvector"}) {
    const auto measure = CentralityMeasureFromName(name);
    ASSERT_TRUE(measure) << name;
    EXPECT_EQ(CentralityMeasureName(*measure), name);
    EXPECT_FALSE(CentralityDefinition(*measure).empty());
    EXPECT_EQ(ComputeCentrality(network.Graph(), *measure).size(), 8u);
  }
  EXPECT_FALSE(CentralityMeasureFromName("katz"));
}

TEST(NodeAttributesTest, EveryNodeGetsEveryAttribute) {
  const CollaborationNetwork network = Network();
  const NodeAttributes a = ComputeNodeAttributes(network.Graph(), 3);
  for (const auto* values : {&a.degree, &a.cluster, &a.betweenness, &a.pagerank, &a.x, &a.y}) {
    ASSERT_EQ(values->size(), 8u);
    for (double value : *values) EXPECT_TRUE(std::isfinite(value));
  }
  EXPECT_EQ(a.degree[0], 2.0);
  EXPECT_EQ(a.cluster[7], 3.0) << "clusters count from 1, the lone vertex last";
  const NodeAttributes again = ComputeNodeAttributes(network.Graph(), 3);
  EXPECT_EQ(a.x, again.x);
  EXPECT_EQ(a.cluster, again.cluster);
}

TEST(AnalysisNamesTest, RoundTrip) {
  for (const char* name : {"louvain", "leiden", "girvan-newman", "components"}) {
    ASSERT_TRUE(ClusterAlgorithmFromName(name)) << name;
    EXPECT_EQ(ClusterAlgorithmName(*ClusterAlgorithmFromName(name)), name);
  }
  EXPECT_FALSE(ClusterAlgorithmFromName("kmeans"));
  EXPECT_EQ(ReportFormatFromName("csv"), ReportFormat::kCsv);
  EXPECT_FALSE(ReportFormatFromName("xml"));
}

}  // namespace
}  // namespace awardgraph::graph
