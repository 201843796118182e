// options.h — command-line option parsing, pure and shared by all commands.
//
// Defines UsageError (exit code 2), OptionSpec, ParsedArgs and ParseArgs
// ("--name value", "--name=value", flags, "--" ending options, "-h" as
// "--help"), plus the store default (--store, else $AWARDGRAPH_STORE, else
// ./awardgraph-store).
//
// Example:
//   ParsedArgs a = ParseArgs({"--store", "s", "q.rq"}, {{"--store", true}});
//   a.Value("--store");  // "s";  a.positional == {"q.rq"}
#ifndef AWARDGRAPH_CLI_OPTIONS_H_
#define AWARDGRAPH_CLI_OPTIONS_H_

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace awardgraph::cli {

/// The command line is wrong; the message says how (exit code 2).
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// One accepted option.
struct OptionSpec {
  /// With dashes: "--store".
  std::string_view name;
  /// True when the option takes a value.
  bool takes_value = false;
};

/// The options and positional arguments of one command line.
struct ParsedArgs {
  /// Options with values (last one wins).
  std::map<std::string, std::string> values;
  /// Flags that were given.
  std::set<std::string> flags;
  /// Everything else, in order.
  std::vector<std::string> positional;

  /// The option's value, or nullopt when absent.
  std::optional<std::string> Value(const std::string& name) const;
  /// True when the flag was given.
  bool Has(const std::string& name) const { return flags.count(name) > 0; }
};

/// Parses `args` against `specs` ("--help"/"-h" is always accepted as a
/// flag). Throws UsageError for unknown options and missing values.
ParsedArgs ParseArgs(const std::vector<std::string>& args, const std::vector<OptionSpec>& specs);

/// The store to use: `flag` when given, else `env_value` when non-empty,
/// else "./awardgraph-store".
std::string ResolveStore(const std::optional<std::string>& flag, const char* env_value);

/// The --store option every command accepts, and its help line.
inline constexpr OptionSpec kStoreOption{"--store", true};
inline constexpr std::string_view kStoreHelp =
    "  --store S    the store: a directory (default $AWARDGRAPH_STORE or ./awardgraph-store),\n"
    "               sqlite:FILE, memory: or postgresql://USER@HOST:PORT/DB\n";

}  // namespace awardgraph::cli

#endif  // AWARDGRAPH_CLI_OPTIONS_H_
