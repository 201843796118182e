// term.h — plain RDF terms and triples, with no storage behind them.
//
// Defines Term (an IRI, a blank node or a literal with optional datatype or
// language) and Triple. The loaders produce Triples; the query module turns
// them into librdf statements. Nothing here touches librdf.
//
// Example:
//   Triple t{Term::Iri("https://w3id.org/awardgraph/id/org/ods/REP"),
//            Term::Iri(vocab::kRdfsLabel),
//            Term::Literal("Liverpool Women's NHS Foundation Trust")};
#ifndef AWARDGRAPH_ONTOLOGY_TERM_H_
#define AWARDGRAPH_ONTOLOGY_TERM_H_

#include <compare>
#include <string>
#include <string_view>
#include <utility>

namespace awardgraph {

/// One RDF term. Value semantics; ordered so Triples can live in std::set.
struct Term {
  /// What the term is.
  enum class Kind { kIri, kBlank, kLiteral };

  Kind kind = Kind::kIri;
  /// The IRI, the blank node label, or the literal's lexical form.
  std::string value;
  /// Datatype IRI of a typed literal; empty for plain literals and non-literals.
  std::string datatype;
  /// Language tag of a literal ("en"); empty when none.
  std::string language;

  /// An IRI term.
  static Term Iri(std::string_view iri) { return {Kind::kIri, std::string(iri), {}, {}}; }
  /// A blank node with the given label.
  static Term Blank(std::string_view label) { return {Kind::kBlank, std::string(label), {}, {}}; }
  /// A plain (xsd:string) literal.
  static Term Literal(std::string_view text) { return {Kind::kLiteral, std::string(text), {}, {}}; }
  /// A typed literal.
  static Term Typed(std::string_view text, std::string_view datatype) {
    return {Kind::kLiteral, std::string(text), std::string(datatype), {}};
  }
  /// A language-tagged literal.
  static Term LangString(std::string_view text, std::string_view language) {
    return {Kind::kLiteral, std::string(text), {}, std::string(language)};
  }

  bool IsIri() const { return kind == Kind::kIri; }
  bool IsLiteral() const { return kind == Kind::kLiteral; }
  bool IsBlank() const { return kind == Kind::kBlank; }

  friend auto operator<=>(const Term&, const Term&) = default;
  friend bool operator==(const Term&, const Term&) = default;
};

/// One RDF triple.
struct Triple {
  Term subject;
  Term predicate;
  Term object;

  friend auto operator<=>(const Triple&, const Triple&) = default;
  friend bool operator==(const Triple&, const Triple&) = default;
};

}  // namespace awardgraph

#endif  // AWARDGRAPH_ONTOLOGY_TERM_H_
