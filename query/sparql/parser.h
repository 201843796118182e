// parser.h — SPARQL 1.1 Query text -> algebra (no evaluation).
//
// Defines ParseQuery: a hand-written recursive-descent parser for the whole
// SPARQL 1.1 Query grammar (prologue, the four query forms, dataset clauses,
// group graph patterns, property paths, expressions with every built-in
// call, aggregates, sub-selects, VALUES, solution modifiers) that translates
// the text into the algebra of algebra.h (specification section 18.2),
// including the scope checks the grammar notes demand (BIND and SELECT AS
// variables already in scope, ungrouped projected variables, nested
// aggregates, blank node labels shared by two basic graph patterns).
// Syntax errors throw QuerySyntaxError with 1-based line and column and a
// message quoting the offending line with a caret. SPARQL Update text throws
// UnsupportedQueryError.
//
// Example:
//   ParsedQuery q = ParseQuery("PREFIX ex: <http://ex/> SELECT * { ?s ex:p+ ?o }");
//   // q.projection == {s, o}; q.pattern is Project(Path(?s, OneOrMore(ex:p), ?o))
#ifndef AWARDGRAPH_QUERY_SPARQL_PARSER_H_
#define AWARDGRAPH_QUERY_SPARQL_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

#include "query/sparql/algebra.h"

namespace awardgraph::query::sparql {

/// Parses `text`; relative IRIs resolve against `base_iri` (may be empty)
/// and the query's own BASE. Throws QuerySyntaxError / UnsupportedQueryError.
ParsedQuery ParseQuery(std::string_view text, std::string_view base_iri = {});

/// The variables in scope of `pattern` (specification 18.2.1), in order of
/// first appearance, blank-node variables included.
std::vector<int> InScopeVariables(const Pattern& pattern);

/// Resolves `reference` against `base` (RFC 3986 section 5.2); returns
/// `reference` unchanged when `base` is empty or `reference` is absolute.
std::string ResolveIri(std::string_view base, std::string_view reference);

}  // namespace awardgraph::query::sparql

#endif  // AWARDGRAPH_QUERY_SPARQL_PARSER_H_
