// postgresql_triple_source.h — the PostgreSQL store as a SPARQL TripleSource (internal).
//
// Defines PostgresqlTripleSource, through which the SPARQL evaluator reads
// a PostgreSQL store (Redland's postgresql schema, see postgresql_store.h)
// on the store's one libpq connection, instead of librdf's storage module:
//   - every lookup is one prepared statement per shape (which of subject,
//     predicate, object, graph are bound), joined to the node tables, on the
//     indexes the store adds to Redland's tables (librdf builds, plans and
//     sends a new SQL text per lookup, on tables without indexes);
//   - the evaluator's index nested loops ask (s, p, ?) or (?, p, o) once
//     per row, and (s, p, o) to check a constant; once a predicate (or a
//     (predicate, object) pair, for checks) has had kPrefetchAfter lookups
//     and kRowsPerLookup times its lookups reach its size, the source reads
//     all its triples (or the pair's subject keys) at once, up to
//     kPrefetchLimit, and answers the rest from memory: a join costs a few
//     round trips instead of one per row, and a small query reads no more
//     than it needs;
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
#include <unordered_set>
#include <utility>
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
  /// Lookups of one slice after which prefetching is considered.
  static constexpr long kPrefetchAfter = 8;
  /// Rows a prefetch may read per lookup it saves (one round trip with its
  /// statement costs about as much as reading this many rows, measured).
  static constexpr long kRowsPerLookup = 40;
  /// The most rows read at once.
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
  // One predicate (or predicate and object) of the default graph: the
  // lookups so far, its size once counted, then its contents: triples
  // indexed by the keys of their subjects and objects (a predicate), or the
  // subjects' keys (a pair).
  struct Slice {
    long lookups = 0;
    long size = -1;
    bool loaded = false;
    std::vector<Triple> triples;
    std::unordered_multimap<std::uint64_t, std::size_t> by_subject;
    std::unordered_multimap<std::uint64_t, std::size_t> by_object;
    std::unordered_set<std::uint64_t> subjects;
  };

  // Answers (s, p, ?) / (?, p, o) / (s, p, o) from a prefetched slice when
  // it is (or now gets) loaded; false when SQL must answer.
  bool FindPrefetched(const Term* s, const Term& p, const Term* o,
                      const sparql::TripleSink& sink) const;
  // Counts one more lookup of `slice`; true when it is loaded or should be.
  bool WorthPrefetching(Slice& slice, const std::string& count_name, const std::string& where,
                        const std::vector<std::string>& keys) const;
  // The rows of the default graph matching `where`, counted up to kPrefetchLimit + 1.
  std::size_t CountUpToLimit(const std::string& name, const std::string& where,
                             const std::vector<std::string>& keys) const;

  PgConnection& db_;
  PgLayout layout_;
  bool snapshot_;
  mutable std::map<std::uint64_t, Slice> predicates_;
  mutable std::map<std::pair<std::uint64_t, std::uint64_t>, Slice> pairs_;
};

}  // namespace awardgraph::query::internal

#endif  // AWARDGRAPH_QUERY_POSTGRESQL_TRIPLE_SOURCE_H_
