// Tests for cli/centrality_command.{h,cc}: parsing and `awardgraph
// centrality` end to end on a store and an edge list.
#include "cli/centrality_command.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/options.h"
#include "cli_runner.h"
#include "graph_fixture.h"

namespace awardgraph::cli {
namespace {

using testing::Describe;
using testing::RunCli;
using testing::RunOutput;
using testing::TempDir;

TEST(ParseCentralityConfigTest, DefaultsOptionsAndErrors) {
  CentralityConfig c = ParseCentralityConfig({}, nullptr);
  EXPECT_EQ(c.measure, graph::CentralityMeasure::kPageRank);
  EXPECT_EQ(c.top, 10u);
  c = ParseCentralityConfig({"--measure", "betweenness", "--top", "0", "--format", "csv"}, nullptr);
  EXPECT_EQ(c.measure, graph::CentralityMeasure::kBetweenness);
  EXPECT_EQ(c.top, 0u);
  EXPECT_EQ(c.format, graph::ReportFormat::kCsv);
  EXPECT_THROW(ParseCentralityConfig({"--measure", "katz"}, nullptr), UsageError);
  EXPECT_THROW(ParseCentralityConfig({"--top", "many"}, nullptr), UsageError);
}

TEST(CentralityEndToEndTest, TheBridgeEndsHaveTheHighestBetweenness) {
  TempDir dir;
  const std::string store = testing::MakeGraphStore(dir);
  RunOutput r = RunCli({"centrality", "--store", store, "--measure", "betweenness", "--top", "2",
                        "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  nlohmann::json json = nlohmann::json::parse(r.out);
  EXPECT_EQ(json["measure"], "betweenness");
  ASSERT_EQ(json["nodes"].size(), 2u);
  // North Four and South One carry every path between the two groups; by
  // symmetry they score the same, and ties go by label.
  EXPECT_EQ(json["nodes"][0]["label"], "North Four");
  EXPECT_EQ(json["nodes"][1]["label"], "South One");
  EXPECT_EQ(json["nodes"][0]["value"], json["nodes"][1]["value"]);
  r = RunCli({"centrality", "--store", store, "--top", "0", "--format", "json"});
  json = nlohmann::json::parse(r.out);
  ASSERT_EQ(json["nodes"].size(), 9u);
  double sum = 0;
  for (const auto& node : json["nodes"]) sum += node["value"].get<double>();
  EXPECT_NEAR(sum, 1.0, 1e-9) << "PageRank sums to 1";
  const RunOutput table = RunCli({"centrality", "--store", store, "--measure", "strength"});
  EXPECT_NE(table.out.find("strength: summed weight"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("(9 rows)"), std::string::npos) << table.out;
}

TEST(CentralityEndToEndTest, EdgeList) {
  TempDir dir;
  testing::WriteFile(dir / "e.csv", "source,target\na,b\nb,c\nc,d\n");
  const RunOutput r = RunCli({"centrality", "--edges", dir / "e.csv", "--measure", "closeness",
                              "--format", "csv", "--top", "1"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  // b reaches a, c, d at 1 + 1 + 2 = 4 hops: 3 / 4 (all reachable).
  EXPECT_EQ(r.out, "rank,closeness,label,type,iri\r\n1,0.75,b,,b\r\n");
}

}  // namespace
}  // namespace awardgraph::cli
