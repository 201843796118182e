// virtuoso_store.h — the Virtuoso backend of Store (virtuoso://USER:PASSWORD@HOST:PORT/BASE).
//
// Defines VirtuosoStore, which keeps a Store's graphs in an OpenLink Virtuoso
// server and answers SPARQL with Virtuoso's own engine, over ODBC (unixODBC
// and Virtuoso's driver, virtodbc_r.so). Store (store.h) dispatches to it;
// nobody else uses it directly. Also the pure pieces it is built from, tested
// without a server: the graph IRIs of a store, the text sent to Virtuoso for
// a query, and the conversion of Virtuoso's JSON answers into QueryResults.
//
// How a store sits on the server (BASE = the graph base of the store name):
//   - every named graph (article) is a Virtuoso graph with the same IRI;
//   - <kStoreNs BASE/union> holds each triple of all those graphs once: the
//     default graph of queries (Virtuoso's own union of graphs repeats a
//     triple once per graph that holds it; measured);
//   - <kStoreNs BASE/default> holds triples added without a graph;
//   - <kStoreNs BASE/graphs> lists the store's graphs:
//     <kStoreNs BASE> sd:namedGraph <g> (the default one too, which marks
//     that the store exists).
// A write batch (an ingest batch, a `load`) is one Virtuoso transaction:
// the graphs' triples are loaded with Virtuoso's Turtle loader DB.DBA.TTLP
// (the whole graph as one N-Triples text) and copied into the union graph
// on the server; a triple leaves the union graph when no graph of the store
// holds it any more. A crash or a lost connection rolls the batch back.
//
// Example:
//   auto store = VirtuosoStore::Open(ParseStoreSpec("virtuoso://dba:pw@127.0.0.1:1111/ag"), true);
//   store->Write({JournalOp{JournalOp::Kind::kReplaceGraph, "https://ex.org/g", triples}});
//   QueryResult r = store->Query("SELECT * WHERE { ?s ?p ?o } LIMIT 5", {});
#ifndef AWARDGRAPH_QUERY_VIRTUOSO_STORE_H_
#define AWARDGRAPH_QUERY_VIRTUOSO_STORE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ontology/term.h"
#include "query/query_control.h"
#include "query/query_result.h"
#include "query/store_journal.h"
#include "query/store_spec.h"

namespace awardgraph::query {

/// The IRIs of a Virtuoso store's own graphs (see the header comment).
struct VirtuosoGraphs {
  /// The store itself: subject of the sd:namedGraph list.
  std::string dataset;
  /// Each triple of all the store's graphs once; the default graph.
  std::string union_graph;
  /// Triples added without a named graph.
  std::string default_graph;
  /// The list of the store's graphs.
  std::string registry;
  /// Named as the only named graph of a query when the store has none.
  std::string no_graphs;
};

/// The graph IRIs for graph base `graph_base` (under vocab::kStoreNs).
VirtuosoGraphs VirtuosoGraphsFor(std::string_view graph_base);

/// What Virtuoso should send back for a query.
enum class VirtuosoOutput {
  kSelectJson,  // SPARQL 1.1 JSON results
  kGraphJson,   // RDF/JSON (CONSTRUCT, DESCRIBE)
  kAsk,         // one integer column
};

/// The text after "SPARQL " for `sparql`: Virtuoso `define` pragmas, then
/// the query unchanged. Without FROM / FROM NAMED (`has_dataset` false) the
/// default graph is the union graph and, when the query uses GRAPH,
/// `named_graphs` are the named graphs (or `graphs.no_graphs` when empty).
std::string VirtuosoQueryText(std::string_view sparql, bool has_dataset, bool uses_graph,
                              const VirtuosoGraphs& graphs,
                              const std::vector<std::string>& named_graphs, VirtuosoOutput output);

/// Empty when `sparql` calls none of Virtuoso's SQL extension functions
/// (bif:, sql:, which run SQL on the server); otherwise why it is refused.
std::string VirtuosoExtensionUse(std::string_view sparql);

/// Converts Virtuoso's SPARQL JSON results into rows of `variables`
/// (Virtuoso leaves "vars" empty when there are no rows, so the names come
/// from the query). Blank nodes keep Virtuoso's labels. Throws QueryError
/// on text that is not such JSON.
QueryResult ParseVirtuosoSelectJson(std::string_view json, std::vector<std::string> variables);

/// Converts Virtuoso's RDF/JSON (CONSTRUCT, DESCRIBE) into triples, each
/// once. Throws QueryError on text that is not RDF/JSON.
std::vector<Triple> ParseVirtuosoGraphJson(std::string_view json);

/// The N-Triples text of `triples` (what DB.DBA.TTLP loads).
std::string NTriplesText(const std::vector<Triple>& triples);

/// A store on a Virtuoso server. Not thread-safe (one ODBC connection).
class VirtuosoStore {
 public:
  /// Connects. `write` creates the store's bookkeeping graph when missing;
  /// reading a store that does not exist throws StoreNotFoundError. An
  /// unreachable server or a refused login is a StoreError naming the store
  /// (its password masked) and the ODBC message.
  static std::unique_ptr<VirtuosoStore> Open(const StoreSpec& spec, bool write);

  ~VirtuosoStore();
  VirtuosoStore(const VirtuosoStore&) = delete;
  VirtuosoStore& operator=(const VirtuosoStore&) = delete;

  /// Applies a write batch in one transaction (retried on a deadlock).
  void Write(const std::vector<JournalOp>& ops);

  /// Objects of (subject, predicate, ?) in the default graph, each once.
  std::vector<Term> Objects(const Term& subject, const Term& predicate) const;

  /// The triples the named graph holds.
  std::vector<Triple> GraphTriples(std::string_view graph_iri) const;

  /// The store's named graphs, sorted.
  std::vector<std::string> Graphs() const;

  /// Number of distinct triples (the union graph's size).
  std::size_t Size() const;

  /// Runs SELECT / ASK / CONSTRUCT / DESCRIBE on Virtuoso (see Store::Query).
  /// `control`'s deadline and cancel flag cancel the running statement on
  /// the server; its row cap applies to the result's rows.
  QueryResult Query(std::string_view sparql, const QueryControl& control) const;

 private:
  struct Impl;
  explicit VirtuosoStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_VIRTUOSO_STORE_H_
