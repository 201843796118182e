// Tests for cli/clusters_command.{h,cc}: option parsing and `awardgraph
// clusters` end to end on a store and on CSV edge lists, with its errors.
#include "cli/clusters_command.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "cli/options.h"
#include "cli_runner.h"
#include "graph_fixture.h"

namespace awardgraph::cli {
namespace {

using testing::Describe;
using testing::MakeGraphStore;
using testing::RunCli;
using testing::RunOutput;
using testing::TempDir;
using testing::WriteFile;

TEST(ParseClustersConfigTest, DefaultsAndOptions) {
  ClustersConfig c = ParseClustersConfig({}, "env-store");
  EXPECT_EQ(c.source.store, "env-store");
  EXPECT_EQ(c.algorithm, graph::ClusterAlgorithm::kLouvain);
  EXPECT_EQ(c.options.resolution, 1.0);
  EXPECT_EQ(c.options.seed, 1u);
  EXPECT_EQ(c.min_size, 2u);
  EXPECT_EQ(c.format, graph::ReportFormat::kTable);
  c = ParseClustersConfig(
      {"--algorithm", "leiden", "--resolution", "0.5", "--seed", "9", "--min-size", "3", "--format",
       "json", "--network", "people", "--status", "winner"},
      nullptr);
  EXPECT_EQ(c.algorithm, graph::ClusterAlgorithm::kLeiden);
  EXPECT_EQ(c.options.resolution, 0.5);
  EXPECT_EQ(c.options.seed, 9u);
  EXPECT_EQ(c.min_size, 3u);
  EXPECT_EQ(c.format, graph::ReportFormat::kJson);
  EXPECT_EQ(c.source.spec.kind, graph::NetworkKind::kPeople);
  EXPECT_EQ(c.source.spec.filter.status, "winner");
  EXPECT_EQ(ParseClustersConfig({"--edges", "e.csv"}, nullptr).source.edges_file, "e.csv");
}

TEST(ParseClustersConfigTest, UsageErrors) {
  EXPECT_THROW(ParseClustersConfig({"--algorithm", "kmeans"}, nullptr), UsageError);
  EXPECT_THROW(ParseClustersConfig({"--resolution", "0"}, nullptr), UsageError);
  EXPECT_THROW(ParseClustersConfig({"--resolution", "x"}, nullptr), UsageError);
  EXPECT_THROW(ParseClustersConfig({"--seed", "-1"}, nullptr), UsageError);
  EXPECT_THROW(ParseClustersConfig({"--min-size", "2.5"}, nullptr), UsageError);
  EXPECT_THROW(ParseClustersConfig({"--format", "xml"}, nullptr), UsageError);
  EXPECT_THROW(ParseClustersConfig({"--network", "orgs"}, nullptr), UsageError);
  EXPECT_THROW(ParseClustersConfig({"--edges", "e.csv", "--network", "people"}, nullptr),
               UsageError);
  EXPECT_THROW(ParseClustersConfig({"stray"}, nullptr), UsageError);
}

// The members' labels of each listed cluster, in order.
std::vector<std::set<std::string>> Clusters(const nlohmann::json& json) {
  std::vector<std::set<std::string>> clusters;
  for (const auto& cluster : json["clusters"]) {
    std::set<std::string> labels;
    for (const auto& member : cluster["members"]) labels.insert(member["label"]);
    clusters.push_back(labels);
  }
  return clusters;
}

TEST(ClustersEndToEndTest, FindsTheTwoGroupsInTheStore) {
  TempDir dir;
  const std::string store = MakeGraphStore(dir);
  for (const char* algorithm : {"louvain", "leiden", "girvan-newman"}) {
    const RunOutput r = RunCli({"clusters", "--store", store, "--algorithm", algorithm, "--format",
                                "json", "--min-size", "1"});
    ASSERT_EQ(r.exit_code, 0) << Describe(r);
    const nlohmann::json json = nlohmann::json::parse(r.out);
    EXPECT_EQ(json["algorithm"], algorithm);
    EXPECT_EQ(json["vertices"], 9);
    EXPECT_EQ(json["edges"], 13);
    EXPECT_GT(json["modularity"].get<double>(), 0.3);
    const std::vector<std::set<std::string>> expected = {
        {"North One", "North Two", "North Three", "North Four"},
        {"South One", "South Two", "South Three", "South Four"},
        {"Lone Ltd"}};
    EXPECT_EQ(Clusters(json), expected) << algorithm;
    EXPECT_EQ(json["clusters"][0]["members"][0]["type"], "Trust");
    EXPECT_EQ(json["clusters"][0]["members"][0]["iri"].get<std::string>().rfind(
                  "https://w3id.org/awardgraph/id/", 0),
              0u);
  }
}

TEST(ClustersEndToEndTest, TableCsvFiltersAndDeterminism) {
  TempDir dir;
  const std::string store = MakeGraphStore(dir);
  const RunOutput table = RunCli({"clusters", "--store", store});
  ASSERT_EQ(table.exit_code, 0) << Describe(table);
  // m = 18: North holds 10 (strength 21 with the bridge), South 7 (15):
  // Q = 10/18 - (21/36)^2 + 7/18 - (15/36)^2 = 0.430556.
  EXPECT_EQ(table.out.substr(0, table.out.find('\n')),
            "louvain: 3 clusters of 9 nodes and 13 edges, modularity 0.430556 (2 clusters of at "
            "least 2 shown)");
  EXPECT_EQ(RunCli({"clusters", "--store", store}).out, table.out) << "same seed, same output";
  const RunOutput csv = RunCli({"clusters", "--store", store, "--format", "csv"});
  EXPECT_EQ(csv.out.substr(0, csv.out.find('\n') + 1),
            "cluster,size,cluster_label,iri,label,type\r\n");
  const RunOutput winners =
      RunCli({"clusters", "--store", store, "--status", "winner", "--format", "json"});
  ASSERT_EQ(winners.exit_code, 0) << Describe(winners);
  EXPECT_EQ(Clusters(nlohmann::json::parse(winners.out)),
            (std::vector<std::set<std::string>>{{"North One", "North Two", "North Three"}}));
  const RunOutput north =
      RunCli({"clusters", "--store", store, "--icb", "north", "--format", "json"});
  EXPECT_EQ(nlohmann::json::parse(north.out)["vertices"], 4);
}

TEST(ClustersEndToEndTest, EdgeListsFromElsewhere) {
  TempDir dir;
  WriteFile(dir / "planted.csv", testing::PlantedEdgeCsv());
  for (const char* algorithm : {"louvain", "leiden", "girvan-newman"}) {
    const RunOutput r = RunCli(
        {"clusters", "--edges", dir / "planted.csv", "--algorithm", algorithm, "--format", "json"});
    ASSERT_EQ(r.exit_code, 0) << Describe(r);
    const nlohmann::json json = nlohmann::json::parse(r.out);
    ASSERT_EQ(json["clusters"].size(), 3u) << algorithm;
    for (const auto& cluster : json["clusters"]) {
      EXPECT_EQ(cluster["size"], 5);
      EXPECT_EQ(cluster["internal_weight"], 20.0);
      const std::string group = cluster["members"][0]["iri"].get<std::string>().substr(0, 2);
      for (const auto& member : cluster["members"]) {
        EXPECT_EQ(member["iri"].get<std::string>().substr(0, 2), group);
      }
    }
  }
  const RunOutput components =
      RunCli({"clusters", "--edges", dir / "planted.csv", "--algorithm", "components"});
  EXPECT_NE(components.out.find("components: 1 clusters of 15 nodes and 33 edges"),
            std::string::npos)
      << components.out;
}

TEST(ClustersEndToEndTest, ErrorsAreClearAndExitNonZero) {
  TempDir dir;
  RunOutput r = RunCli({"clusters", "--edges", dir / "missing.csv"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("cannot read edge list"), std::string::npos) << r.err;
  WriteFile(dir / "bad.csv", "source,target,weight\na,b,1\nc,d,heavy\n");
  r = RunCli({"clusters", "--edges", dir / "bad.csv"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir / "bad.csv" + ":3: weight 'heavy'"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty());
  r = RunCli({"clusters", "--algorithm", "kmeans"});
  EXPECT_EQ(r.exit_code, 2);
  r = RunCli({"clusters", "--store", dir / "no-store"});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  const std::string store = MakeGraphStore(dir);
  r = RunCli({"clusters", "--store", store, "--icb", "nowhere"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no ICB matches 'nowhere'"), std::string::npos) << r.err;
  r = RunCli({"clusters", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("--algorithm A"), std::string::npos);
  EXPECT_NE(r.out.find("--edges F.csv"), std::string::npos);
}

}  // namespace
}  // namespace awardgraph::cli
