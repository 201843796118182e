// command_registry.cc — CommandRegistration and RegisteredCommands.
#include <algorithm>
#include <stdexcept>

#include "cli/commands.h"

namespace awardgraph::cli {
namespace {

// A function-local static, so registrations from any file's static
// initialisers find it constructed.
std::vector<Command>& Registry() {
  static std::vector<Command> commands;
  return commands;
}

}  // namespace

CommandRegistration::CommandRegistration(Command command) {
  for (const Command& c : Registry()) {
    if (c.name == command.name) {
      throw std::logic_error("command registered twice: " + std::string(command.name));
    }
  }
  Registry().push_back(command);
}

std::vector<Command> RegisteredCommands() {
  std::vector<Command> commands = Registry();
  std::sort(commands.begin(), commands.end(),
            [](const Command& a, const Command& b) { return a.name < b.name; });
  return commands;
}

}  // namespace awardgraph::cli
