// evaluator.h — SPARQL algebra -> solutions over a TripleSource.
//
// Defines EvaluateQuery: runs a ParsedQuery (parser.h) against a dataset
// (triple_source.h) and returns a QueryResult (SELECT rows, ASK boolean,
// CONSTRUCT/DESCRIBE triples). Terms are interned into per-query ids;
// basic graph patterns are matched pattern by pattern, starting from the
// smallest indexed lookup, with index lookups on the bound positions or a
// hash join against a pattern fetched once when that is cheaper; joins
// whose right side is not a plain pattern are hash joins, OPTIONAL is
// evaluated once per distinct binding, FILTER(!BOUND) over OPTIONAL is an
// anti-join, property
// paths are breadth-first searches that stop on cycles, EXISTS substitutes
// the current row, and aggregates follow 18.5 (one group over an empty
// match without GROUP BY). FROM / FROM NAMED select the source's named
// graphs. QueryControl's deadline, cancel flag and row cap are checked
// between rows and inside scans (QueryStoppedError). SERVICE is refused
// (UnsupportedQueryError).
//
// Example:
//   MemoryTripleSource data;  // ... Add(...)
//   QueryResult r = EvaluateQuery(ParseQuery("SELECT ?s { ?s ?p ?o }"), data, {});
#ifndef AWARDGRAPH_QUERY_SPARQL_EVALUATOR_H_
#define AWARDGRAPH_QUERY_SPARQL_EVALUATOR_H_

#include "query/query_control.h"
#include "query/query_result.h"
#include "query/sparql/algebra.h"
#include "query/sparql/triple_source.h"

namespace awardgraph::query::sparql {

/// Evaluates `query` over `source`. Throws UnsupportedQueryError (SERVICE)
/// and QueryStoppedError (deadline, cancel flag, row cap).
QueryResult EvaluateQuery(const ParsedQuery& query, const TripleSource& source,
                          const QueryControl& control);

}  // namespace awardgraph::query::sparql

#endif  // AWARDGRAPH_QUERY_SPARQL_EVALUATOR_H_
