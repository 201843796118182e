// Tests for cli/components_command.cc: parsing and `awardgraph components`
// end to end.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cli/clusters_command.h"
#include "cli/options.h"
#include "cli_runner.h"
#include "graph_fixture.h"

namespace awardgraph::cli {
namespace {

using testing::Describe;
using testing::RunCli;
using testing::RunOutput;
using testing::TempDir;

TEST(ParseComponentsConfigTest, DefaultsAndErrors) {
  const ClustersConfig c = ParseComponentsConfig({"--format", "csv"}, nullptr);
  EXPECT_EQ(c.algorithm, graph::ClusterAlgorithm::kComponents);
  EXPECT_EQ(c.min_size, 1u);
  EXPECT_EQ(c.format, graph::ReportFormat::kCsv);
  EXPECT_EQ(ParseComponentsConfig({"--min-size", "4"}, nullptr).min_size, 4u);
  EXPECT_THROW(ParseComponentsConfig({"--algorithm", "louvain"}, nullptr), UsageError);
}

TEST(ComponentsEndToEndTest, TheBridgedGroupsAreOneComponent) {
  TempDir dir;
  const std::string store = testing::MakeGraphStore(dir);
  const RunOutput r = RunCli({"components", "--store", store, "--format", "json"});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const nlohmann::json json = nlohmann::json::parse(r.out);
  EXPECT_EQ(json["algorithm"], "components");
  ASSERT_EQ(json["clusters"].size(), 2u);
  EXPECT_EQ(json["clusters"][0]["size"], 8);
  EXPECT_EQ(json["clusters"][1]["members"][0]["label"], "Lone Ltd");
  const RunOutput big = RunCli({"components", "--store", store, "--min-size", "2"});
  EXPECT_NE(big.out.find("(1 clusters of at least 2 shown)"), std::string::npos) << big.out;
}

}  // namespace
}  // namespace awardgraph::cli
