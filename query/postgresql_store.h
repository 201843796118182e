// postgresql_store.h — the PostgreSQL backend of Store (internal).
//
// Defines PostgresqlStore: a store in Redland's `postgresql` schema (tables
// Models, Resources, Bnodes, Literals and one StatementsN per model; the two
// models "triples" and "graphs" of store.h), read and written through libpq
// on one connection instead of librdf's storage module, so that:
//   - a write batch (an ingest batch, a `load`) is one transaction: nodes
//     are COPYed and merged with INSERT ... ON CONFLICT DO NOTHING, the new
//     graph contents are COPYed into temporary tables and applied with a
//     few set-based statements. A killed writer leaves the previous state;
//     writers of several processes queue on a transaction-level advisory
//     lock, so they never wait on each other in a cycle, and readers read
//     snapshots (postgresql_triple_source.h) and never wait;
//   - the tables get indexes (Redland creates none: every lookup scanned);
//   - the rows are exactly Redland's (its node keys, Context 0 in model
//     "triples"), so librdf's storage and `rdfproc -s postgresql` read the
//     store, and a store Redland wrote is read and extended here.
//
// Example:
//   auto pg = PostgresqlStore::Open(ParseStoreSpec("postgresql://ag@db/graph"), true);
//   pg->Write(ops);
//   QueryResult r = sparql::EvaluateQuery(query, *pg->Snapshot(), {});
#ifndef AWARDGRAPH_QUERY_POSTGRESQL_STORE_H_
#define AWARDGRAPH_QUERY_POSTGRESQL_STORE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ontology/term.h"
#include "query/postgresql_connection.h"
#include "query/postgresql_triple_source.h"
#include "query/store_journal.h"
#include "query/store_spec.h"

namespace awardgraph::query::internal {

/// An open PostgreSQL store. Used from one thread.
class PostgresqlStore {
 public:
  /// Connects. Reading requires the store's tables (StoreNotFoundError
  /// otherwise) and creates nothing; writing creates the tables, the two
  /// Models rows and the indexes when missing. StoreError when the server
  /// cannot be reached or refuses.
  static std::unique_ptr<PostgresqlStore> Open(const StoreSpec& spec, bool write);

  /// Applies one batch in one transaction.
  void Write(const std::vector<JournalOp>& ops);

  /// Objects of (subject, predicate, ?) in the default graph, each once.
  std::vector<Term> Objects(const Term& subject, const Term& predicate);
  /// The triples the named graph asserts.
  std::vector<Triple> GraphTriples(std::string_view graph_iri);
  /// IRIs of the named graphs, sorted.
  std::vector<std::string> Graphs();
  /// Number of distinct triples.
  std::size_t Size();
  /// A reader for one query: one snapshot of the store until destroyed.
  std::unique_ptr<PostgresqlTripleSource> Snapshot();

 private:
  PostgresqlStore(PgConnection db, PgLayout layout);
  // Creates what is missing: tables, Models rows, indexes (under the lock).
  void CreateSchema();

  PgConnection db_;
  PgLayout layout_;
  // Keys of nodes known to be committed in the node tables (Redland never
  // deletes node rows), so a batch does not send hub entities again.
  std::unordered_set<std::uint64_t> known_nodes_;
  bool temp_tables_ = false;
};

}  // namespace awardgraph::query::internal

#endif  // AWARDGRAPH_QUERY_POSTGRESQL_STORE_H_
