// app.h — the top of the awardgraph command line, shared by main and tests.
//
// Defines RunApp: handles `--help` and `--version`, dispatches the first word
// to a registered command (commands.h), and turns exceptions into exit codes:
// 0 ok; 1 runtime failure; 2 usage error, query syntax error or unsupported
// query. Errors are written to io.err as "awardgraph: MESSAGE".
//
// Example:
//   CommandIo io{std::cout, std::cerr, isatty(1) != 0};
//   return RunApp({"query", "--format", "json", "ASK {}"}, io);
#ifndef AWARDGRAPH_CLI_APP_H_
#define AWARDGRAPH_CLI_APP_H_

#include <string>
#include <vector>

#include "cli/commands.h"

namespace awardgraph::cli {

/// Exit codes.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

/// Runs the command line `args` (without the program name); returns the exit code.
int RunApp(const std::vector<std::string>& args, CommandIo& io);

}  // namespace awardgraph::cli

#endif  // AWARDGRAPH_CLI_APP_H_
