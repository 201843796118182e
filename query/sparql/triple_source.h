// triple_source.h — what the SPARQL evaluator reads: a dataset of triples.
//
// Defines TripleSource, the small interface between the evaluator and a
// store: find the triples of the default graph or of one named graph that
// match a pattern with some positions bound (so a store can answer from its
// indexes), find matches across all named graphs (with the graph), and list
// the named graphs. MemoryTripleSource is a plain in-memory dataset with
// hash indexes, for tests and the W3C suite runner. The Redland store's
// adaptor lives in query/store_triple_source.h.
//
// Example:
//   MemoryTripleSource data;
//   data.Add({Term::Iri("http://ex/a"), Term::Iri("http://ex/p"), Term::Literal("x")});
//   Term p = Term::Iri("http://ex/p");
//   data.Find(nullptr, &p, nullptr, nullptr, [](const Term& s, const Term&, const Term& o) {
//     return true;  // keep going
//   });
#ifndef AWARDGRAPH_QUERY_SPARQL_TRIPLE_SOURCE_H_
#define AWARDGRAPH_QUERY_SPARQL_TRIPLE_SOURCE_H_

#include <functional>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "ontology/term.h"

namespace awardgraph::query::sparql {

/// Receives one matching triple; returns false to stop the scan.
using TripleSink = std::function<bool(const Term& s, const Term& p, const Term& o)>;
/// Receives one matching triple with its named graph; false stops.
using QuadSink = std::function<bool(const Term& s, const Term& p, const Term& o, const Term& g)>;

/// A read-only RDF dataset. Implementations are used from one thread.
class TripleSource {
 public:
  virtual ~TripleSource() = default;

  /// Calls `sink` for each triple of `graph` (nullptr: the default graph)
  /// matching the pattern; a null position matches anything. Each triple
  /// of a graph is reported once.
  virtual void Find(const Term* s, const Term* p, const Term* o, const Term* graph,
                    const TripleSink& sink) const = 0;

  /// Calls `sink` for each triple of every named graph matching the pattern.
  virtual void FindInNamedGraphs(const Term* s, const Term* p, const Term* o,
                                 const QuadSink& sink) const = 0;

  /// The named graphs' names.
  virtual std::vector<Term> NamedGraphs() const = 0;
};

/// An in-memory dataset (default graph plus named graphs) with indexes.
class MemoryTripleSource : public TripleSource {
 public:
  /// Adds a triple to the default graph (graph empty) or a named graph.
  void Add(const Triple& triple, const std::string& graph = {});

  void Find(const Term* s, const Term* p, const Term* o, const Term* graph,
            const TripleSink& sink) const override;
  void FindInNamedGraphs(const Term* s, const Term* p, const Term* o,
                         const QuadSink& sink) const override;
  std::vector<Term> NamedGraphs() const override;

 private:
  struct Graph {
    std::set<Triple> triples;
    std::multimap<Term, const Triple*> by_subject;
    std::multimap<Term, const Triple*> by_object;
    std::multimap<Term, const Triple*> by_predicate;
  };
  static bool Scan(const Graph& graph, const Term* s, const Term* p, const Term* o,
                   const TripleSink& sink);

  Graph default_graph_;
  std::map<std::string, Graph> named_;
};

}  // namespace awardgraph::query::sparql

#endif  // AWARDGRAPH_QUERY_SPARQL_TRIPLE_SOURCE_H_
