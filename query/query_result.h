// query_result.h — a SPARQL result held in memory as plain Terms.
//
// Defines QueryResult (SELECT bindings, an ASK boolean, or CONSTRUCT/DESCRIBE
// triples) and the pure repairs the store applies to Rasqal 0.9.33's
// aggregate results over an empty match (see FixEmptyAggregates).
// The result writers work on this struct alone, so they need no store.
//
// Example:
//   QueryResult r = QueryResult::Bindings({"s", "label"});
//   r.rows.push_back({Term::Iri(vocab::kTrust), Term::Literal("Trust")});
//   WriteResult(r, ResultFormat::kJson, std::cout);
#ifndef AWARDGRAPH_QUERY_QUERY_RESULT_H_
#define AWARDGRAPH_QUERY_QUERY_RESULT_H_

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "ontology/term.h"
#include "query/sparql_text.h"

namespace awardgraph::query {

/// One solution: one optional Term per variable (nullopt = unbound).
using ResultRow = std::vector<std::optional<Term>>;

/// The result of one query.
struct QueryResult {
  /// Which of the three shapes this result has.
  enum class Kind { kBindings, kBoolean, kGraph };

  Kind kind = Kind::kBindings;
  /// kBindings: variable names without '?', in projection order.
  std::vector<std::string> variables;
  /// kBindings: the solutions, each with variables.size() entries.
  std::vector<ResultRow> rows;
  /// kBoolean: the ASK answer.
  bool boolean = false;
  /// kGraph: the CONSTRUCT/DESCRIBE triples.
  std::vector<Triple> triples;

  /// An empty SELECT result with the given variables.
  static QueryResult Bindings(std::vector<std::string> variables);
  /// An ASK result.
  static QueryResult Boolean(bool value);
  /// A CONSTRUCT/DESCRIBE result.
  static QueryResult Graph(std::vector<Triple> triples);
};

/// Repairs Rasqal 0.9.33's aggregates over an empty match (SPARQL 1.1 §11):
///  - with GROUP BY, an empty match has no groups and so no rows, but Rasqal
///    returns one bogus row: when `result` has exactly one row and
///    `pattern_has_solution()` is false, that row is dropped;
///  - without GROUP BY, aggregates form one group even over nothing, but
///    Rasqal returns no row: one row is added with COUNT/SUM/AVG = 0,
///    GROUP_CONCAT = "" and every other column unbound.
/// Queries with HAVING, LIMIT or OFFSET are left alone (the missing row may
/// be correct). `pattern_has_solution` is only called when needed.
void FixEmptyAggregates(const QueryShape& shape, QueryResult& result,
                        const std::function<bool()>& pattern_has_solution);

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_QUERY_RESULT_H_
