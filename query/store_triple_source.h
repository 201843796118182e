// store_triple_source.h — the Redland store as a SPARQL TripleSource (internal).
//
// Defines StoreTripleSource, the adaptor through which the SPARQL evaluator
// (query/sparql/) reads a Store's two librdf models: the default graph is
// the "triples" model (each distinct triple once), named graphs are the
// contexts of the "graphs" model (the reserved default-graph context is
// hidden). Lookups go through librdf_model_find_statements /
// librdf_model_find_statements_in_context with the bound positions, so the
// storage answers from its indexes; a fully bound pattern is looked up as
// (s, p, ?) and filtered, because Redland's hashes storage scans everything
// for a complete statement. Only query/*.cc includes this header.
//
// Example:
//   StoreTripleSource source(triples_model, graphs_model, default_context);
//   QueryResult r = sparql::EvaluateQuery(sparql::ParseQuery(text), source, {});
#ifndef AWARDGRAPH_QUERY_STORE_TRIPLE_SOURCE_H_
#define AWARDGRAPH_QUERY_STORE_TRIPLE_SOURCE_H_

#include <redland.h>

#include "query/sparql/triple_source.h"

namespace awardgraph::query::internal {

/// False for pattern positions no store can hold (a literal subject, a
/// non-IRI predicate, an empty IRI): such a lookup finds nothing (librdf
/// would refuse to build it). Null positions are free.
bool Storable(const Term* s, const Term* p, const Term* o);

/// Read-only view of a Store's models for the evaluator. Borrows the models.
class StoreTripleSource : public sparql::TripleSource {
 public:
  /// `hidden_context` is the context that records default-graph triples.
  /// `graphs_fully_indexed` false: the graphs model keeps only its contexts
  /// and (subject, object) indexes (directory stores, format 3: see
  /// bdb_index_writer.h), so GRAPH ?g patterns are matched in `triples` and
  /// each match's graphs looked up by (subject, object).
  StoreTripleSource(librdf_model* triples, librdf_model* graphs, librdf_node* hidden_context,
                    bool graphs_fully_indexed = true)
      : triples_(triples),
        graphs_(graphs),
        hidden_context_(hidden_context),
        graphs_fully_indexed_(graphs_fully_indexed) {}

  void Find(const Term* s, const Term* p, const Term* o, const Term* graph,
            const sparql::TripleSink& sink) const override;
  void FindInNamedGraphs(const Term* s, const Term* p, const Term* o,
                         const sparql::QuadSink& sink) const override;
  std::vector<Term> NamedGraphs() const override;

 private:
  librdf_model* triples_;
  librdf_model* graphs_;
  librdf_node* hidden_context_;
  bool graphs_fully_indexed_;
};

}  // namespace awardgraph::query::internal

#endif  // AWARDGRAPH_QUERY_STORE_TRIPLE_SOURCE_H_
