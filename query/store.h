// store.h — an RDF store (Redland librdf) holding the knowledge graph.
//
// Defines Store: open by name (see store_spec.h), add/remove/replace the
// triples of named graphs (one per article), load RDF files, and run SPARQL
// queries into plain QueryResults. Raw librdf objects never leave this class.
//
// How triples are kept. Redland's hashes storage with contexts returns a
// triple once per graph that asserts it, so a SPARQL query over the default
// graph would see duplicates (measured: two articles asserting the same
// rdfs:label gave two rows and COUNT(*) = 2). A store is therefore two
// librdf models:
//   - "graphs": contexts='yes', one context per named graph — who asserted
//     what. Triples added without a graph are recorded under the reserved
//     context <https://w3id.org/awardgraph/id/graph/default> (vocab::kIdNs +
//     "graph/default"), which Graphs() leaves out: adding without a context
//     to a contexts-enabled hashes storage costs a full scan per triple;
//   - "triples": no contexts, each distinct triple once — the union of all
//     graphs, which is the default graph every query reads.
// Adding a triple adds it to both; removing a graph removes a triple from
// "triples" only when no other graph (nor the default graph) still asserts it.
// SPARQL reads "triples" as the default graph and the contexts of "graphs"
// as the named graphs (GRAPH, FROM, FROM NAMED).
//
// In a Berkeley DB directory store (layout format 3) both models are written
// by BdbIndexWriter (bdb_index_writer.h: sorted puts per batch), and of
// "graphs" only two indexes are kept: contexts (graph -> its triples: GRAPH
// <g>, Graphs(), GraphTriples()) and so2p ((subject, object) -> predicate
// and graph). GRAPH ?g patterns are matched in "triples" and each match's
// graphs found through so2p; graphs-sp2o and graphs-po2s stay empty. A
// format 2 store (all indexes) reads as it is and is rebuilt from its
// journal on the first write.
//
// PostgreSQL keeps the same two models in Redland's postgresql schema but is
// read and written through libpq (postgresql_store.h: one transaction per
// write batch, prepared lookups).
//
// Writes to SQLite and PostgreSQL run in transactions. The Berkeley DB
// directory store has none, so its files are a cache of a journal (see
// store_journal.h): every write batch is appended to the journal and fsynced
// before the indexes are touched, and opening a store whose last write did
// not finish (or that was copied mid-write) rebuilds the indexes from the
// journal. A killed writer therefore loses at most the batch in flight.
//
// Example:
//   Store store = Store::Open("./awardgraph-store", Store::Mode::kWrite);
//   store.ReplaceGraph(article_iri, triples);
//   QueryResult r = store.Query("SELECT ?s WHERE { ?s a ?c }");
#ifndef AWARDGRAPH_QUERY_STORE_H_
#define AWARDGRAPH_QUERY_STORE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ontology/term.h"
#include "query/query_control.h"
#include "query/query_result.h"
#include "query/rdf_format.h"
#include "query/store_spec.h"

namespace awardgraph::query {

/// An open store. Move-only; closing (destruction) flushes and unlocks.
/// Not thread-safe: use every Store of a process from one thread.
class Store {
 public:
  /// kRead takes a shared lock and never creates anything (but first
  /// rebuilds a directory store whose last write did not finish); kWrite
  /// takes the exclusive lock and creates the store on first use.
  enum class Mode { kRead, kWrite };

  /// Opens the store named `spec`. Throws StoreNotFoundError when reading a
  /// store that does not exist, StoreInUseError when another process holds
  /// it, StoreError for anything else (bad name, I/O, unreachable server).
  static Store Open(const std::string& spec, Mode mode);

  Store(Store&& other) noexcept;
  Store& operator=(Store&& other) noexcept;
  ~Store();

  /// Adds `triples` to the named graph `graph_iri` (to the default graph when
  /// empty). Triples already in that graph are skipped.
  void AddTriples(const std::vector<Triple>& triples, std::string_view graph_iri = {});

  /// Removes the named graph; its triples stay visible while another graph
  /// (or the default graph) still asserts them. No-op for an unknown graph.
  void RemoveGraph(std::string_view graph_iri);

  /// Makes the named graph hold exactly `triples` (only the difference is
  /// written), in one transaction where the backend has them.
  void ReplaceGraph(std::string_view graph_iri, const std::vector<Triple>& triples);

  /// One graph's new content, for ReplaceGraphs.
  struct GraphContent {
    std::string graph_iri;
    std::vector<Triple> triples;
  };
  /// ReplaceGraph for several graphs in one transaction and one flush to
  /// disk (a flush per graph dominates ingest time otherwise).
  void ReplaceGraphs(const std::vector<GraphContent>& graphs);

  /// Objects of (subject, predicate, ?) in the default graph, each once.
  std::vector<Term> Objects(const Term& subject, const Term& predicate) const;

  /// The triples the named graph asserts.
  std::vector<Triple> GraphTriples(std::string_view graph_iri) const;

  /// IRIs of the named graphs, sorted.
  std::vector<std::string> Graphs() const;

  /// Number of distinct triples (the default graph's size).
  std::size_t Size() const;

  /// Parses the whole file (a new Raptor parser per file) and stores it in
  /// `graph_iri` (TriG graphs keep their own names). On a syntax error throws
  /// RdfParseError naming the file and line, and stores nothing from the file.
  /// Returns the number of triples read.
  std::size_t LoadFile(const std::string& path, RdfFormat format, std::string_view graph_iri = {});

  /// Runs a SPARQL 1.1 query (SELECT, ASK, CONSTRUCT, DESCRIBE) with the
  /// project's own engine (query/sparql/) on the store's indexes. The
  /// default graph is the union of all graphs, each triple once; FROM /
  /// FROM NAMED / GRAPH read the named graphs (one per article). Throws
  /// QuerySyntaxError (line and column), UnsupportedQueryError for Update
  /// and SERVICE, and QueryStoppedError when `control`'s deadline, cancel
  /// flag or row cap stops it. DESCRIBE gives each resource's concise
  /// bounded description.
  QueryResult Query(std::string_view sparql, const QueryControl& control = {}) const;

  /// Runs `sparql` through Redland's own engine, Rasqal 0.9.33, on the
  /// default graph, unpatched. Only for comparisons (bench/): Rasqal gets
  /// OPTIONAL, sub-selects, empty aggregates and more wrong (README).
  QueryResult QueryWithRasqal(std::string_view sparql) const;

  /// The parsed store name.
  const StoreSpec& Spec() const;

  /// The mode the store was opened in.
  Mode OpenMode() const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  // Opens (creating, rebuilding from the journal when needed) a directory store.
  static void OpenDirectoryStore(Impl& impl, Mode mode);

  std::unique_ptr<Impl> impl_;
};

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_STORE_H_
