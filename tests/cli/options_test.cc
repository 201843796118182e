// Tests for cli/options.h.
#include "cli/options.h"

#include <gtest/gtest.h>

namespace awardgraph::cli {
namespace {

const std::vector<OptionSpec> kSpecs = {{"--store", true}, {"--format", true}, {"--quiet", false}};

TEST(ParseArgsTest, ValuesFlagsAndPositionals) {
  const ParsedArgs a = ParseArgs({"--store", "s", "x", "--format=json", "--quiet", "y"}, kSpecs);
  EXPECT_EQ(a.Value("--store"), "s");
  EXPECT_EQ(a.Value("--format"), "json");
  EXPECT_EQ(a.Value("--nothing"), std::nullopt);
  EXPECT_TRUE(a.Has("--quiet"));
  EXPECT_EQ(a.positional, (std::vector<std::string>{"x", "y"}));
}

TEST(ParseArgsTest, DoubleDashEndsOptionsAndDashIsPositional) {
  const ParsedArgs a = ParseArgs({"-", "--", "--store"}, kSpecs);
  EXPECT_EQ(a.positional, (std::vector<std::string>{"-", "--store"}));
}

TEST(ParseArgsTest, HelpInBothSpellings) {
  EXPECT_TRUE(ParseArgs({"-h"}, kSpecs).Has("--help"));
  EXPECT_TRUE(ParseArgs({"--help"}, {}).Has("--help"));
}

TEST(ParseArgsTest, Errors) {
  EXPECT_THROW(ParseArgs({"--bogus"}, kSpecs), UsageError);
  EXPECT_THROW(ParseArgs({"--store"}, kSpecs), UsageError);
  EXPECT_THROW(ParseArgs({"--quiet=1"}, kSpecs), UsageError);
}

TEST(ParseArgsTest, LastValueWins) {
  EXPECT_EQ(ParseArgs({"--store", "a", "--store", "b"}, kSpecs).Value("--store"), "b");
}

TEST(ResolveStoreTest, FlagThenEnvironmentThenDefault) {
  EXPECT_EQ(ResolveStore("flag", "env"), "flag");
  EXPECT_EQ(ResolveStore(std::nullopt, "env"), "env");
  EXPECT_EQ(ResolveStore(std::nullopt, ""), "./awardgraph-store");
  EXPECT_EQ(ResolveStore(std::nullopt, nullptr), "./awardgraph-store");
  EXPECT_THROW(ResolveStore(std::string(), nullptr), UsageError);
}

}  // namespace
}  // namespace awardgraph::cli
