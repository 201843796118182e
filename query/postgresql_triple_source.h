// postgresql_triple_source.h — the PostgreSQL store as a SPARQL TripleSource (internal).
//
// Defines PostgresqlTripleSource, through which the SPARQL evaluator reads
// a PostgreSQL store (Redland's postgresql schema, see postgresql_store.h)
// on the store's one libpq connection, instead of librdf's storage module:
//   - every lookup is one prepared statement per shape (which of subject,
//     predicate, object, graph are bound), joined to the node tables, on the
//     indexes the store adds to Redland's tables (librdf builds, plans and
//     sends a new SQL text per lookup, on tables without indexes);
//   - the evaluator's index nested loops ask (s, p, ?) or (?, p, o) once per
//     row; after kPrefetchAfter such lookups of one predicate the source
//     reads all of that predicate's triples once (when there are at most
//     kPrefetchLimit) and answers the rest from memory, so a join costs a
//     few round trips instead of one per row;
//   - the whole query reads one snapshot (a REPEATABLE READ, READ ONLY
//     transaction), so an ingest committing meanwhile never shows half.
// The default graph is model "triples"; named graphs are the contexts of
// model "graphs", without the reserved default-graph context.
//
// Example:
//   PostgresqlTripleSource source(db, layout);
//   QueryResult r = sparql::EvaluateQuery(sparql::ParseQuery(text), source, {});
#ifndef AWARDGRAPH_QUERY_POSTGRESQL_TRIPLE_SOURCE_H_
#define AWARDGRAPH_QUERY_POSTGRESQL_TRIPLE_SOURCE_H_

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "query/postgresql_connection.h"
#include "query/sparql/triple_source.h"

namespace awardgraph::query::internal {

/// Table names and keys of one store in Redland's postgresql schema.
struct PgLayout {
  /// "Statements<id>" of model "triples" (the default graph).
  std::string triples_table;
  /// "Statements<id>" of model "graphs" (one context per named graph).
  std::string graphs_table;
  /// The key of the reserved default-graph context, as decimal text.
  std::string hidden_context;
};

/// Read-only view of a PostgreSQL store for the evaluator. Borrows `db`,
/// which must outlive it and must not be used by anything else meanwhile.
class PostgresqlTripleSource : public sparql::TripleSource {
 public:
  /// Lookups of one predicate after which its triples are read at once.
  static constexpr int kPrefetchAfter = 8;
  /// The most triples of one predicate read at once.
  static constexpr std::size_t kPrefetchLimit = 500000;

  /// Starts the snapshot transaction when `snapshot` (the store's own
  /// point lookups pass false and run in autocommit).
  PostgresqlTripleSource(PgConnection& db, const PgLayout& layout, bool snapshot = true);
  ~PostgresqlTripleSource() override;
  PostgresqlTripleSource(const PostgresqlTripleSource&) = delete;
  PostgresqlTripleSource& operator=(const PostgresqlTripleSource&) = delete;

  void Find(const Term* s, const Term* p, const Term* o, const Term* graph,
            const sparql::TripleSink& sink) const override;
  void FindInNamedGraphs(const Term* s, const Term* p, const Term* o,
                         const sparql::QuadSink& sink) const override;
  std::vector<Term> NamedGraphs() const override;

 private:
  // All triples of one predicate of the default graph, indexed by the keys
  // of their subjects and objects.
  struct Prefetched {
    std::vector<Triple> triples;
    std::unordered_multimap<std::uint64_t, std::size_t> by_subject;
    std::unordered_multimap<std::uint64_t, std::size_t> by_object;
  };
  // The prefetch state of one predicate: lookups so far, then the triples
  // (or a note that there were too many).
  struct PredicateState {
    int lookups = 0;
    bool loaded = false;
    bool too_many = false;
    Prefetched data;
  };

  // Answers (s, p, ?) / (?, p, o) / (s, p, o) from the prefetched triples
  // when they are (or now get) loaded; false when SQL must answer.
  bool FindPrefetched(const Term* s, const Term& p, const Term* o,
                      const sparql::TripleSink& sink) const;

  PgConnection& db_;
  PgLayout layout_;
  bool snapshot_;
  mutable std::map<std::uint64_t, PredicateState> predicates_;
};

}  // namespace awardgraph::query::internal

#endif  // AWARDGRAPH_QUERY_POSTGRESQL_TRIPLE_SOURCE_H_
