// Tests for cli/network_options.{h,cc}: the shared network options.
#include "cli/network_options.h"

#include <gtest/gtest.h>

#include "cli/options.h"
#include "cli_runner.h"

namespace awardgraph::cli {
namespace {

NetworkSource Parse(const std::vector<std::string>& args, const char* env = nullptr) {
  return ParseNetworkSource(ParseArgs(args, WithNetworkOptions({})), env);
}

TEST(NetworkOptionsTest, DefaultsToTheOrganisationsNetworkOfTheStore) {
  const NetworkSource source = Parse({}, "env");
  EXPECT_EQ(source.store, "env");
  EXPECT_TRUE(source.edges_file.empty());
  EXPECT_EQ(source.spec.kind, graph::NetworkKind::kOrganisations);
  EXPECT_TRUE(source.spec.ties.projects && source.spec.ties.partnerships &&
              source.spec.ties.nominations);
  EXPECT_TRUE(source.spec.filter.Empty());
}

TEST(NetworkOptionsTest, EveryOption) {
  const NetworkSource source =
      Parse({"--store", "s", "--network", "entities", "--ties", "projects", "--programme", "HSJ",
             "--year", "2024", "--status", "winner", "--icb", "QHM"});
  EXPECT_EQ(source.store, "s");
  EXPECT_EQ(source.spec.kind, graph::NetworkKind::kEntities);
  EXPECT_TRUE(source.spec.ties.projects);
  EXPECT_FALSE(source.spec.ties.partnerships);
  EXPECT_EQ(source.spec.filter.programme, "HSJ");
  EXPECT_EQ(source.spec.filter.year, "2024");
  EXPECT_EQ(source.spec.filter.status, "winner");
  EXPECT_EQ(source.spec.filter.icb, "QHM");
}

TEST(NetworkOptionsTest, UsageErrors) {
  EXPECT_THROW(Parse({"--network", "trusts"}), UsageError);
  EXPECT_THROW(Parse({"--ties", "friends"}), UsageError);
  EXPECT_THROW(Parse({"--edges", ""}), UsageError);
  EXPECT_THROW(Parse({"--edges", "e.csv", "--store", "s"}), UsageError);
  EXPECT_THROW(Parse({"--edges", "e.csv", "--icb", "x"}), UsageError);
}

TEST(NetworkOptionsTest, LoadNetworkReadsEdgeListsAndNamesBadLines) {
  testing::TempDir dir;
  testing::WriteFile(dir / "e.csv", "source,target,weight\na,b,2\n");
  NetworkSource source;
  source.edges_file = dir / "e.csv";
  EXPECT_EQ(LoadNetwork(source).Weight("a", "b"), 2.0);
  testing::WriteFile(dir / "bad.csv", "source,target\na\n");
  source.edges_file = dir / "bad.csv";
  try {
    LoadNetwork(source);
    FAIL() << "no error";
  } catch (const std::exception& e) {
    EXPECT_EQ(std::string(e.what()), dir / "bad.csv" + ":2: expected 2 fields, found 1");
  }
}

}  // namespace
}  // namespace awardgraph::cli
