// Tests for cli/command_registry.cc (declared in cli/commands.h).
#include <gtest/gtest.h>

#include <algorithm>

#include "cli/commands.h"

namespace awardgraph::cli {
namespace {

TEST(CommandRegistryTest, BuiltInCommandsAreRegisteredInNameOrder) {
  const std::vector<Command> commands = RegisteredCommands();
  std::vector<std::string_view> names;
  for (const Command& c : commands) names.push_back(c.name);
  EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
  for (std::string_view name : {"load", "query", "stats"}) {
    EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
  }
}

TEST(CommandRegistryTest, DuplicateNamesAreAProgrammingError) {
  EXPECT_THROW(CommandRegistration({"load", "again", &RunLoad}), std::logic_error);
}

}  // namespace
}  // namespace awardgraph::cli
