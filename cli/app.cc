// app.cc — RunApp: global options, dispatch, exceptions to exit codes.
#include "cli/app.h"

#include <algorithm>
#include <exception>

#include "cli/options.h"
#include "query/errors.h"

#ifndef AWARDGRAPH_VERSION
#define AWARDGRAPH_VERSION "unknown"
#endif

namespace awardgraph::cli {
namespace {

void WriteHelp(std::ostream& out) {
  out << "Usage: awardgraph COMMAND [OPTIONS] [ARGS]\n"
         "Turns NHS award news into an RDF knowledge graph and answers SPARQL over it.\n\n"
         "Commands:\n";
  for (const Command& c : RegisteredCommands()) {
    std::string name(c.name);
    name.resize(std::max<std::size_t>(name.size() + 2, 10), ' ');
    out << "  " << name << c.summary << "\n";
  }
  out << "\nRun `awardgraph COMMAND --help` for a command's options.\n"
         "Exit codes: 0 ok, 1 failure, 2 usage or query error, 3 some inputs skipped (ingest).\n";
}

int Fail(CommandIo& io, int code, const std::string& message) {
  io.err << "awardgraph: " << message << "\n";
  return code;
}

}  // namespace

int RunApp(const std::vector<std::string>& args, CommandIo& io) {
  if (args.empty()) {
    WriteHelp(io.err);
    return kExitUsage;
  }
  const std::string& first = args[0];
  if (first == "--help" || first == "-h" || first == "help") {
    WriteHelp(io.out);
    return kExitOk;
  }
  if (first == "--version") {
    io.out << "awardgraph " << AWARDGRAPH_VERSION << "\n";
    return kExitOk;
  }
  const std::vector<Command> commands = RegisteredCommands();
  const auto command = std::find_if(commands.begin(), commands.end(),
                                    [&](const Command& c) { return c.name == first; });
  if (command == commands.end()) {
    return Fail(io, kExitUsage,
                "unknown command '" + first + "'; run `awardgraph --help` for the list");
  }
  try {
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    return command->run(rest, io);
  } catch (const UsageError& e) {
    return Fail(io, kExitUsage, std::string(e.what()) + " (see `awardgraph " + first + " --help`)");
  } catch (const query::QueryError& e) {
    return Fail(io, kExitUsage, e.what());
  } catch (const std::exception& e) {
    return Fail(io, kExitFailure, e.what());
  }
}

}  // namespace awardgraph::cli
