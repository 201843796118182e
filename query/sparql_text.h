// sparql_text.h — lexical analysis of SPARQL query text, without a parser.
//
// Defines a small SPARQL tokenizer and QueryShape, the facts about a query
// that the store needs before handing it to Rasqal: its form (SELECT, ASK,
// ...), features Rasqal 0.9.33 mishandles (SERVICE, VALUES, MINUS, FROM,
// Update), whether it reads named graphs (GRAPH), the projection with its
// aggregates, and where its WHERE group is (to re-ask it as an ASK query).
// Everything is pure string work; syntax errors are Rasqal's job, so
// AnalyzeQuery never throws and does its best on invalid text.
//
// Example:
//   QueryShape s = AnalyzeQuery("SELECT (COUNT(?x) AS ?n) WHERE { ?x a ?c }");
//   // s.form == QueryForm::kSelect, s.projection[0].aggregate == AggregateKind::kCount
//   WherePatternAsAsk(text, s);  // "ASK { ?x a ?c }"
#ifndef AWARDGRAPH_QUERY_SPARQL_TEXT_H_
#define AWARDGRAPH_QUERY_SPARQL_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace awardgraph::query {

/// One lexical token of SPARQL text. `text` points into the analysed string.
struct SparqlToken {
  /// Token classes; keywords, numbers and `a` are all kWord.
  enum class Kind { kIri, kPrefixedName, kWord, kVariable, kString, kPunct };
  Kind kind = Kind::kPunct;
  std::string_view text;
  /// Byte offset of the token in the analysed text.
  std::size_t offset = 0;
};

/// Splits SPARQL text into tokens, skipping whitespace and # comments.
/// Never fails: unknown characters become one-character kPunct tokens.
std::vector<SparqlToken> TokenizeSparql(std::string_view text);

/// The query form (the keyword after the prologue).
enum class QueryForm { kSelect, kAsk, kConstruct, kDescribe, kUpdate, kUnknown };

/// The aggregate a projected expression is, when it is exactly one aggregate call.
enum class AggregateKind { kNone, kCount, kSum, kAvg, kMin, kMax, kGroupConcat, kSample };

/// One item of a SELECT projection.
struct ProjectionItem {
  /// The variable name without '?'.
  std::string variable;
  /// True for "(expression AS ?variable)".
  bool is_expression = false;
  /// The aggregate when the whole expression is one aggregate call.
  AggregateKind aggregate = AggregateKind::kNone;
};

/// What AnalyzeQuery found out about a query.
struct QueryShape {
  QueryForm form = QueryForm::kUnknown;
  /// Offset where the prologue (BASE/PREFIX declarations) ends.
  std::size_t prologue_end = 0;
  /// SELECT * (projection is then empty).
  bool select_all = false;
  /// The SELECT projection in order.
  std::vector<ProjectionItem> projection;
  /// Offsets [where_begin, where_end) of the outermost WHERE group including
  /// its braces; both 0 when there is none.
  std::size_t where_begin = 0;
  std::size_t where_end = 0;
  /// Solution modifiers after the WHERE group (outside any braces).
  bool has_group_by = false;
  bool has_having = false;
  bool has_limit_or_offset = false;
  /// Keywords anywhere in the query.
  bool uses_service = false;
  bool uses_values = false;
  bool uses_minus = false;
  bool uses_graph = false;
  bool uses_from = false;
  /// DESCRIBE targets as written ("?x", "<iri>", "ag:x", "*").
  std::vector<std::string> describe_targets;
  /// Offset just after the last DESCRIBE target (where WHERE may start).
  std::size_t describe_targets_end = 0;

  /// True when any projected item is an aggregate call.
  bool HasAggregates() const;
};

/// Analyses `text` (see the header comment). Never throws.
QueryShape AnalyzeQuery(std::string_view text);

/// The query's prologue plus "ASK " plus its WHERE group: true exactly when
/// the WHERE pattern has a solution. Empty when the query has no WHERE group.
std::string WherePatternAsAsk(std::string_view text, const QueryShape& shape);

/// Rewrites a DESCRIBE query as a SELECT whose rows hold the resources to
/// describe: variables stay, constant targets become "(T AS ?describe_N)".
/// "DESCRIBE <x>" becomes "SELECT (<x> AS ?describe_0) WHERE {}".
std::string DescribeAsSelect(std::string_view text, const QueryShape& shape);

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
