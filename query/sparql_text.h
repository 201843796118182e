// sparql_text.h — locating a Rasqal syntax error in SPARQL query text.
//
// Defines DescribeSyntaxError, which turns a parser message that gives a
// line only (Rasqal's, on the comparison path Store::QueryWithRasqal) into
// a message with line, column, the offending line and a caret. The
// project's own parser (query/sparql/parser.h) reports positions itself.
//
// Example:
//   SyntaxErrorReport r = DescribeSyntaxError("SELECT ?x WHERE {\n  FILTER(?x = ) }",
//                                             "syntax error, unexpected ')'", 2);
//   // r.line == 2, r.column == 15
#ifndef AWARDGRAPH_QUERY_SPARQL_TEXT_H_
#define AWARDGRAPH_QUERY_SPARQL_TEXT_H_

#include <string>
#include <string_view>

namespace awardgraph::query {

/// A parser error located in the query text, worded for the user.
struct SyntaxErrorReport {
  /// 1-based line, 0 when unknown.
  int line = 0;
  /// 1-based column, 0 when unknown (Rasqal reports lines only; the column
  /// is found from the token the message quotes, when it does).
  int column = 0;
  /// "query syntax error at line L, column C: MESSAGE" plus the offending
  /// line and a caret under the column.
  std::string message;
};

/// Locates `parser_message` (reported at `line`, 0 if unknown) in `query`.
SyntaxErrorReport DescribeSyntaxError(std::string_view query, std::string_view parser_message,
                                      int line);

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_SPARQL_TEXT_H_
