// query_command.h — `awardgraph query`: one SPARQL query against the store.
//
// Defines QueryConfig, ParseQueryConfig (pure) and ChooseResultFormat (the
// default format: Turtle for CONSTRUCT/DESCRIBE, else table on a terminal
// and SPARQL JSON otherwise). The query is the last argument or --file F.
//
// Example:
//   QueryConfig c = ParseQueryConfig({"--format", "json", "ASK {}"}, nullptr);
//   // c.query_text == "ASK {}", *c.format == query::ResultFormat::kJson
#ifndef AWARDGRAPH_CLI_QUERY_COMMAND_H_
#define AWARDGRAPH_CLI_QUERY_COMMAND_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "query/query_control.h"
#include "query/query_result.h"
#include "query/result_writers.h"

namespace awardgraph::cli {

/// What `awardgraph query` was asked to do.
struct QueryConfig {
  bool help = false;
  std::string store;
  /// --format; nullopt means "choose from the result and the terminal".
  std::optional<query::ResultFormat> format;
  /// The query given as an argument (empty when --file is used).
  std::string query_text;
  /// --file F ("-" for standard input); empty when the query is an argument.
  std::string query_file;
  /// --timeout SECONDS: stop the query after this long (0 = no limit).
  double timeout_seconds = 0;
  /// --max-rows N: most rows any step of the query may hold.
  std::size_t max_rows = query::QueryControl().max_rows;
};

/// The usage text of `awardgraph query`.
extern const char kQueryUsage[];

/// Parses query's arguments; `store_env` is $AWARDGRAPH_STORE (may be null).
/// Throws UsageError unless exactly one of QUERY and --file is given, or
/// when --timeout / --max-rows is not a positive number.
QueryConfig ParseQueryConfig(const std::vector<std::string>& args, const char* store_env);

/// The format to write `kind` results in when --format was `requested`.
query::ResultFormat ChooseResultFormat(std::optional<query::ResultFormat> requested,
                                       query::QueryResult::Kind kind, bool out_is_terminal);

}  // namespace awardgraph::cli

#endif  // AWARDGRAPH_CLI_QUERY_COMMAND_H_
