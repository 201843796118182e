// functions.h — SPARQL operator and function semantics on plain Terms.
//
// Defines the value rules the evaluator needs (SPARQL 1.1 section 17):
// effective boolean value, `=` / `<` on numbers, strings, booleans and
// dates, the ORDER BY total order, numeric arithmetic with type promotion
// (integer < decimal < float < double), the pure built-in functions (string
// functions with language tags, numerics, dates, hashes, IRI and literal
// constructors) and the XSD cast functions. Every function returns nullopt
// for a SPARQL expression error. Pure; no store, no row.
//
// Example:
//   std::optional<Term> t = CallBuiltin("UCASE", {Term::LangString("chat", "fr")});
//   // *t == Term::LangString("CHAT", "fr")
//   std::optional<Term> n = Arithmetic('+', Term::Typed("1", xsd_integer), Term::Typed("1.5",
//   xsd_decimal));
//   // *n == "2.5"^^xsd:decimal
#ifndef AWARDGRAPH_QUERY_SPARQL_FUNCTIONS_H_
#define AWARDGRAPH_QUERY_SPARQL_FUNCTIONS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ontology/term.h"

namespace awardgraph::query::sparql {

/// The xsd: IRI for `local` ("integer" -> ".../XMLSchema#integer").
std::string XsdIri(std::string_view local);

/// xsd:integer, xsd:boolean literals.
Term IntegerTerm(long long value);
Term BooleanTerm(bool value);

/// True for literals of a numeric XSD type (integer and its subtypes,
/// decimal, float, double) whose lexical form is valid.
bool IsNumeric(const Term& term);

/// The effective boolean value (17.2.2); nullopt when it is an error.
std::optional<bool> EffectiveBooleanValue(const Term& term);

/// `a = b` (17.4.1.? RDFterm-equal with value comparison); nullopt = error.
std::optional<bool> ValueEquals(const Term& a, const Term& b);

/// Compares for `<` / `>`: negative, zero or positive; nullopt when the
/// terms are not comparable (an expression error).
std::optional<int> ValueCompare(const Term& a, const Term& b);

/// The ORDER BY order: unbound < blank nodes < IRIs < literals, literals
/// by value where comparable, else by lexical form and type.
int OrderCompare(const std::optional<Term>& a, const std::optional<Term>& b);

/// `a op b` for op in + - * /.
std::optional<Term> Arithmetic(char op, const Term& a, const Term& b);

/// Unary minus / plus.
std::optional<Term> Negate(const Term& a);
std::optional<Term> UnaryPlus(const Term& a);

/// A built-in call that needs neither the row nor the evaluator (`name`
/// upper case, as in Expression::name). Unknown names are errors.
std::optional<Term> CallBuiltin(const std::string& name, const std::vector<Term>& args);

/// A function called by IRI: the XSD casts (xsd:string, xsd:integer,
/// xsd:decimal, xsd:float, xsd:double, xsd:boolean, xsd:dateTime, ...).
/// Unknown functions are errors.
std::optional<Term> CallFunction(const std::string& iri, const std::vector<Term>& args);

/// Numeric sum / division helpers for SUM and AVG.
std::optional<Term> NumericDivide(const Term& a, long long count);

/// Normalises a term read from data: "x"^^xsd:string becomes "x".
Term NormalizeTerm(Term term);

}  // namespace awardgraph::query::sparql

#endif  // AWARDGRAPH_QUERY_SPARQL_FUNCTIONS_H_
