// commands.h — the awardgraph subcommands and how they are registered.
//
// Defines CommandIo (the streams a command writes to), Command (name,
// one-line summary, entry point), CommandRegistration (a command's file
// registers itself with one namespace-scope object, so adding a subcommand
// means adding one cli/*.cc file and nothing else) and the entry points.
// Commands throw UsageError (exit 2), query::QueryError (exit 2) or any other
// exception (exit 1); RunApp in app.h turns them into exit codes.
//
// Example (the whole of a new command's registration, in cli/foo_command.cc):
//   int RunFoo(const std::vector<std::string>& args, CommandIo& io) { ...; return 0; }
//   namespace { const CommandRegistration kFoo({"foo", "does foo", &RunFoo}); }
#ifndef AWARDGRAPH_CLI_COMMANDS_H_
#define AWARDGRAPH_CLI_COMMANDS_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace awardgraph::cli {

/// Where a command writes: results to `out`, messages to `err`.
struct CommandIo {
  std::ostream& out;
  std::ostream& err;
  /// True when `out` is a terminal (query's default format is then table).
  bool out_is_terminal = false;
};

/// A subcommand's entry point: `args` are the words after its name.
/// Returns the exit code (0 on success) or throws.
using CommandFunction = int (*)(const std::vector<std::string>& args, CommandIo& io);

/// One registered subcommand.
struct Command {
  /// The word after `awardgraph` ("load").
  std::string_view name;
  /// One line for `awardgraph --help`.
  std::string_view summary;
  CommandFunction run = nullptr;
};

/// Registers `command` when constructed; define one at namespace scope in
/// the command's .cc file. Names must be unique.
class CommandRegistration {
 public:
  explicit CommandRegistration(Command command);
};

/// Every registered command, sorted by name.
std::vector<Command> RegisteredCommands();

/// `awardgraph load`: RDF files into the store (load_command.cc).
int RunLoad(const std::vector<std::string>& args, CommandIo& io);
/// `awardgraph query`: one SPARQL query, results to stdout (query_command.cc).
int RunQuery(const std::vector<std::string>& args, CommandIo& io);
/// `awardgraph serve`: the SPARQL endpoint over HTTP (serve_command.cc, server/).
int RunServe(const std::vector<std::string>& args, CommandIo& io);
/// `awardgraph stats`: triple, graph and per-class entity counts (stats_command.cc).
int RunStats(const std::vector<std::string>& args, CommandIo& io);
/// `awardgraph ingest`: articles into the store (ingest_command.cc, owned by the lead).
int RunIngest(const std::vector<std::string>& args, CommandIo& io);

}  // namespace awardgraph::cli

#endif  // AWARDGRAPH_CLI_COMMANDS_H_
