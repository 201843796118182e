// query_result.h — a SPARQL result held in memory as plain Terms.
//
// Defines QueryResult (SELECT bindings, an ASK boolean, or CONSTRUCT/DESCRIBE
// triples).
// The result writers work on this struct alone, so they need no store.
//
// Example:
//   QueryResult r = QueryResult::Bindings({"s", "label"});
//   r.rows.push_back({Term::Iri(vocab::kTrust), Term::Literal("Trust")});
//   WriteResult(r, ResultFormat::kJson, std::cout);
#ifndef AWARDGRAPH_QUERY_QUERY_RESULT_H_
#define AWARDGRAPH_QUERY_QUERY_RESULT_H_

#include <optional>
#include <string>
#include <vector>

#include "ontology/term.h"

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

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_QUERY_RESULT_H_
