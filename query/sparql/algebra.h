// algebra.h — the SPARQL 1.1 algebra (specification section 18) as plain data.
//
// Defines the parsed form of a query: expressions (Expression), property
// paths (PathExpr), graph patterns (Pattern: BGP, Path, Join, LeftJoin,
// Filter, Union, Minus, Graph, Extend, Group, OrderBy, Project, Distinct,
// Reduced, Slice, Values, Service) and ParsedQuery (form, dataset, pattern,
// CONSTRUCT template, DESCRIBE targets). The parser (parser.h) builds these
// from text; the evaluator (evaluator.h) runs them. Variables are numbered
// per query (ParsedQuery::variables); blank nodes of the WHERE clause are
// variables whose names start with "_:" and are never projected by SELECT *.
//
// Example:
//   ParsedQuery q = ParseQuery("SELECT ?s { ?s a ?c }");
//   // q.pattern: Project([s], Bgp([?s rdf:type ?c]))
#ifndef AWARDGRAPH_QUERY_SPARQL_ALGEBRA_H_
#define AWARDGRAPH_QUERY_SPARQL_ALGEBRA_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ontology/term.h"

namespace awardgraph::query::sparql {

struct Pattern;
struct Expression;
struct PathExpr;
/// Shared, immutable after parsing.
using PatternPtr = std::shared_ptr<Pattern>;
using ExprPtr = std::shared_ptr<Expression>;
using PathPtr = std::shared_ptr<PathExpr>;

/// A position of a triple pattern: a constant term or a variable.
struct TermOrVar {
  /// The constant (when var < 0).
  Term term;
  /// Index into ParsedQuery::variables, or -1 for a constant.
  int var = -1;
  /// True for a variable.
  bool IsVar() const { return var >= 0; }
};

/// One triple pattern of a BGP or CONSTRUCT template.
struct TriplePattern {
  TermOrVar subject;
  TermOrVar predicate;
  TermOrVar object;
};

/// Expression node kinds. Binary operators use args[0], args[1].
enum class ExprKind {
  kConstant,
  kVariable,
  kOr,
  kAnd,
  kEqual,
  kNotEqual,
  kLess,
  kGreater,
  kLessEqual,
  kGreaterEqual,
  kIn,     // args[0] IN (args[1..])
  kNotIn,  // args[0] NOT IN (args[1..])
  kAdd,
  kSubtract,
  kMultiply,
  kDivide,
  kNot,
  kUnaryPlus,
  kUnaryMinus,
  kBuiltin,   // name = upper-case function name (STR, REGEX, ...)
  kFunction,  // name = function IRI (XSD casts and unknown functions)
  kExists,    // pattern
  kNotExists  // pattern
};

/// One expression.
struct Expression {
  ExprKind kind = ExprKind::kConstant;
  /// kConstant.
  Term constant;
  /// kVariable.
  int var = -1;
  /// kBuiltin / kFunction.
  std::string name;
  /// Operands / arguments.
  std::vector<ExprPtr> args;
  /// kExists / kNotExists.
  PatternPtr pattern;
};

/// Property path operators.
enum class PathKind {
  kLink,         // iri
  kInverse,      // ^path
  kSequence,     // a / b
  kAlternative,  // a | b
  kZeroOrMore,   // path*
  kOneOrMore,    // path+
  kZeroOrOne,    // path?
  kNegatedSet    // !(iri | ^iri ...)
};

/// One property path expression.
struct PathExpr {
  PathKind kind = PathKind::kLink;
  /// kLink: the predicate IRI.
  Term iri;
  /// kInverse/kZeroOrMore/...: one child; kSequence/kAlternative: two.
  std::vector<PathPtr> children;
  /// kNegatedSet: IRIs excluded forwards and backwards (^iri).
  std::vector<Term> forward;
  std::vector<Term> backward;
};

/// Aggregate functions.
enum class AggregateKind { kCount, kSum, kMin, kMax, kAvg, kSample, kGroupConcat };

/// One aggregate computed by a Group node into variable `var`.
struct Aggregate {
  AggregateKind kind = AggregateKind::kCount;
  bool distinct = false;
  /// nullptr for COUNT(*).
  ExprPtr expr;
  /// GROUP_CONCAT separator.
  std::string separator = " ";
  /// The (internal) variable receiving the value.
  int var = -1;
};

/// Graph pattern / solution modifier kinds.
enum class PatternKind {
  kBgp,
  kPath,
  kJoin,
  kLeftJoin,
  kFilter,
  kUnion,
  kMinus,
  kGraph,
  kExtend,
  kGroup,
  kOrderBy,
  kProject,
  kDistinct,
  kReduced,
  kSlice,
  kValues,
  kService
};

/// One ORDER BY key.
struct OrderKey {
  ExprPtr expr;
  bool descending = false;
};

/// One node of the algebra. Which fields matter depends on `kind`.
struct Pattern {
  PatternKind kind = PatternKind::kBgp;
  /// kBgp (empty = the unit pattern Z with one empty solution).
  std::vector<TriplePattern> triples;
  /// kPath: subject path object.
  TermOrVar path_subject;
  PathPtr path;
  TermOrVar path_object;
  /// Children: kJoin/kLeftJoin/kUnion/kMinus use left and right; every
  /// unary node (Filter, Graph, Extend, Group, OrderBy, Project, ...) left.
  PatternPtr left;
  PatternPtr right;
  /// kFilter condition, kLeftJoin condition (may be null), kExtend value.
  ExprPtr expr;
  /// kExtend: the bound variable.
  int var = -1;
  /// kGraph: graph name; kService: endpoint.
  TermOrVar graph;
  /// kService: SILENT.
  bool silent = false;
  /// kGroup: keys; key i binds group_vars[i] when >= 0.
  std::vector<ExprPtr> group_exprs;
  std::vector<int> group_vars;
  std::vector<Aggregate> aggregates;
  /// kOrderBy.
  std::vector<OrderKey> order;
  /// kProject: kept variables; kValues: the columns.
  std::vector<int> vars;
  /// kValues rows (nullopt = UNDEF), each vars.size() long.
  std::vector<std::vector<std::optional<Term>>> values;
  /// kSlice: offset and limit (-1 = none).
  long long offset = 0;
  long long limit = -1;
};

/// The query forms.
enum class QueryType { kSelect, kAsk, kConstruct, kDescribe };

/// A parsed query.
struct ParsedQuery {
  QueryType type = QueryType::kSelect;
  /// Variable names (without '?'), indexed by TermOrVar::var / Expression::var.
  std::vector<std::string> variables;
  /// The whole algebra expression, solution modifiers included.
  PatternPtr pattern;
  /// SELECT: the result variables in order (indexes into variables).
  std::vector<int> projection;
  /// CONSTRUCT template (blank nodes are Term::Blank, fresh per solution).
  std::vector<TriplePattern> construct_template;
  /// DESCRIBE targets (constants or variables); empty for DESCRIBE *.
  std::vector<TermOrVar> describe_targets;
  /// DESCRIBE *.
  bool describe_all = false;
  /// FROM and FROM NAMED graph IRIs; has_dataset when any was given.
  bool has_dataset = false;
  std::vector<Term> from;
  std::vector<Term> from_named;
  /// True when the algebra contains SERVICE anywhere.
  bool uses_service = false;
  /// The base IRI in effect at the end of the prologue (for IRI()).
  std::string base_iri;
};

}  // namespace awardgraph::query::sparql

#endif  // AWARDGRAPH_QUERY_SPARQL_ALGEBRA_H_
