// serve_command.h — `awardgraph serve`: the SPARQL endpoint (server/).
//
// Defines ServeConfig with its pure parser; RunServe (commands.h) only
// parses options and calls server::RunServer, or server::RunChild when the
// server starts this binary as one of its worker processes (the hidden
// options --child-fd N and --child-writer).
//
// Example:
//   ServeConfig c = ParseServeConfig({"--port", "0", "--timeout", "5"}, nullptr);
//   server::RunServer(c.options, std::cout, std::cerr);
#ifndef AWARDGRAPH_CLI_SERVE_COMMAND_H_
#define AWARDGRAPH_CLI_SERVE_COMMAND_H_

#include <string>
#include <vector>

#include "server/server.h"

namespace awardgraph::cli {

/// What `awardgraph serve` was asked to do.
struct ServeConfig {
  bool help = false;
  /// The server's options (store resolved).
  server::ServerOptions options;
  /// >= 0: run as a child process on this socket (internal).
  int child_fd = -1;
  /// With child_fd: the child is the writer (internal).
  bool child_writer = false;
};

/// The usage text of `awardgraph serve`.
extern const char kServeUsage[];

/// Parses serve's arguments; `store_env` is $AWARDGRAPH_STORE (may be null).
/// Throws UsageError.
ServeConfig ParseServeConfig(const std::vector<std::string>& args, const char* store_env);

}  // namespace awardgraph::cli

#endif  // AWARDGRAPH_CLI_SERVE_COMMAND_H_
