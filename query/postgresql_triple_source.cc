// postgresql_triple_source.cc — PostgresqlTripleSource: prepared lookups and predicate prefetch.
#include "query/postgresql_triple_source.h"

#include <algorithm>
#include <charconv>

#include "query/errors.h"
#include "query/store_triple_source.h"

namespace awardgraph::query::internal {
namespace {

// Where a lookup reads.
enum class Scope { kDefault, kOneGraph, kAllNamedGraphs };

// The five node columns (see NodeFromColumns) of statement column `column`,
// and the joins they need. Predicates and graphs are never literals.
void AddNodeColumns(const std::string& column, const std::string& alias, bool literals,
                    std::string& select, std::string& joins) {
  if (!select.empty()) select += ", ";
  select += alias + "r.URI, " + alias + "b.Name, ";
  select += literals ? alias + "l.Value, " + alias + "l.Language, " + alias + "l.Datatype"
                     : std::string("NULL::text, NULL::text, NULL::text");
  joins += " LEFT JOIN Resources " + alias + "r ON " + alias + "r.ID = S." + column;
  joins += " LEFT JOIN Bnodes " + alias + "b ON " + alias + "b.ID = S." + column;
  if (literals) joins += " LEFT JOIN Literals " + alias + "l ON " + alias + "l.ID = S." + column;
}

// The SQL of one lookup shape; parameters are the bound positions' keys in
// the order subject, predicate, object, graph.
std::string LookupSql(const PgLayout& layout, Scope scope, bool s, bool p, bool o) {
  std::string select;
  std::string joins;
  std::string where;
  int param = 0;
  auto condition = [&](const std::string& text) {
    where += where.empty() ? " WHERE " : " AND ";
    where += text;
  };
  auto bound = [&](const char* column) {
    condition(std::string("S.") + column + " = $" + std::to_string(++param) + "::numeric");
  };
  if (s) bound("Subject");
  if (!s) AddNodeColumns("Subject", "s_", false, select, joins);
  if (p) bound("Predicate");
  if (!p) AddNodeColumns("Predicate", "p_", false, select, joins);
  if (o) bound("Object");
  if (!o) AddNodeColumns("Object", "o_", true, select, joins);
  if (scope == Scope::kOneGraph) bound("Context");
  if (scope == Scope::kAllNamedGraphs) {
    AddNodeColumns("Context", "c_", false, select, joins);
    condition("S.Context <> " + layout.hidden_context);
  }
  const std::string& table = scope == Scope::kDefault ? layout.triples_table : layout.graphs_table;
  if (select.empty()) return "SELECT 1 FROM " + table + " S" + where + " LIMIT 1";
  return "SELECT " + select + " FROM " + table + " S" + joins + where;
}

// A prepared statement's name for the shape.
std::string LookupName(Scope scope, bool s, bool p, bool o) {
  return std::string("ag_find_") + static_cast<char>('0' + static_cast<int>(scope)) +
         (s ? 's' : '_') + (p ? 'p' : '_') + (o ? 'o' : '_');
}

std::uint64_t ParseKey(std::string_view text) {
  std::uint64_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

// Runs the lookup and calls emit(s, p, o, column_after_the_triple) per row
// until it returns false.
template <typename Emit>
void RunLookup(PgConnection& db, const PgLayout& layout, Scope scope, const Term* s, const Term* p,
               const Term* o, const Term* graph, Emit&& emit) {
  std::vector<std::string> params;
  for (const Term* t : {s, p, o, graph}) {
    if (t != nullptr) params.push_back(NodeIdText(*t));
  }
  const bool bs = s != nullptr;
  const bool bp = p != nullptr;
  const bool bo = o != nullptr;
  const PgResult rows =
      db.RunPrepared(LookupName(scope, bs, bp, bo), LookupSql(layout, scope, bs, bp, bo), params);
  for (int row = 0; row < rows.Rows(); ++row) {
    int column = 0;
    auto take = [&](const Term* given) -> std::optional<Term> {
      if (given != nullptr) return *given;
      std::optional<Term> t = NodeFromColumns(rows, row, column);
      column += 5;
      return t;
    };
    std::optional<Term> ts = take(s);
    std::optional<Term> tp = take(p);
    std::optional<Term> to = take(o);
    if (!ts || !tp || !to) continue;  // a statement whose node row is missing
    if (!emit(*ts, *tp, *to, rows, row, column)) return;
  }
}

}  // namespace

PostgresqlTripleSource::PostgresqlTripleSource(PgConnection& db, const PgLayout& layout,
                                               bool snapshot)
    : db_(db), layout_(layout), snapshot_(snapshot) {
  if (snapshot_) db_.Execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

PostgresqlTripleSource::~PostgresqlTripleSource() {
  if (snapshot_) db_.RollbackQuietly();  // read only: nothing to commit
}

void PostgresqlTripleSource::Find(const Term* s, const Term* p, const Term* o, const Term* graph,
                                  const sparql::TripleSink& sink) const {
  if (!Storable(s, p, o)) return;
  if (graph != nullptr) {
    if (!graph->IsIri() || graph->value.empty()) return;
    if (NodeIdText(*graph) == layout_.hidden_context) return;
  }
  if (graph == nullptr && p != nullptr && (s != nullptr || o != nullptr) &&
      FindPrefetched(s, *p, o, sink)) {
    return;
  }
  RunLookup(db_, layout_, graph == nullptr ? Scope::kDefault : Scope::kOneGraph, s, p, o, graph,
            [&](const Term& a, const Term& b, const Term& c, const PgResult&, int, int) {
              return sink(a, b, c);
            });
}

void PostgresqlTripleSource::FindInNamedGraphs(const Term* s, const Term* p, const Term* o,
                                               const sparql::QuadSink& sink) const {
  if (!Storable(s, p, o)) return;
  RunLookup(
      db_, layout_, Scope::kAllNamedGraphs, s, p, o, nullptr,
      [&](const Term& a, const Term& b, const Term& c, const PgResult& rows, int row, int column) {
        std::optional<Term> g = NodeFromColumns(rows, row, column);
        return !g || sink(a, b, c, *g);
      });
}

std::vector<Term> PostgresqlTripleSource::NamedGraphs() const {
  const PgResult rows =
      db_.RunPrepared("ag_named_graphs",
                      "SELECT r.URI FROM (SELECT DISTINCT Context FROM " + layout_.graphs_table +
                          " WHERE Context <> " + layout_.hidden_context +
                          ") c JOIN Resources r ON r.ID = c.Context",
                      {});
  std::vector<Term> out;
  for (int row = 0; row < rows.Rows(); ++row) out.push_back(Term::Iri(rows.Value(row, 0)));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Counts at most kPrefetchLimit + 1 rows of `table` matching `where` ($1, $2: keys).
std::size_t PostgresqlTripleSource::CountUpToLimit(const std::string& name,
                                                   const std::string& where,
                                                   const std::vector<std::string>& keys) const {
  const PgResult count =
      db_.RunPrepared(name,
                      "SELECT count(*) FROM (SELECT 1 FROM " + layout_.triples_table + " WHERE " +
                          where + " LIMIT " + std::to_string(kPrefetchLimit + 1) + ") x",
                      keys);
  return ParseKey(count.Value(0, 0));
}

bool PostgresqlTripleSource::WorthPrefetching(Slice& slice, const std::string& count_name,
                                              const std::string& where,
                                              const std::vector<std::string>& keys) const {
  if (slice.loaded) return true;
  ++slice.lookups;
  if (slice.lookups < kPrefetchAfter) return false;
  if (slice.size < 0) slice.size = static_cast<long>(CountUpToLimit(count_name, where, keys));
  return slice.size <= static_cast<long>(kPrefetchLimit) &&
         slice.lookups * kRowsPerLookup >= slice.size;
}

bool PostgresqlTripleSource::FindPrefetched(const Term* s, const Term& p, const Term* o,
                                            const sparql::TripleSink& sink) const {
  const std::uint64_t predicate = NodeId(p);
  const std::string predicate_key = std::to_string(predicate);
  if (s != nullptr && o != nullptr) {
    // Fully bound: is s among the subjects of (p, o)? Keys only.
    const std::uint64_t object = NodeId(*o);
    Slice& slice = pairs_[{predicate, object}];
    const std::string object_key = std::to_string(object);
    if (!WorthPrefetching(slice, "ag_count_pair",
                          "Predicate = $1::numeric AND Object = $2::numeric",
                          {predicate_key, object_key})) {
      return false;
    }
    if (!slice.loaded) {
      const PgResult rows =
          db_.RunPrepared("ag_prefetch_pair",
                          "SELECT Subject FROM " + layout_.triples_table +
                              " WHERE Predicate = $1::numeric AND Object = $2::numeric",
                          {predicate_key, object_key});
      for (int row = 0; row < rows.Rows(); ++row) {
        slice.subjects.insert(ParseKey(rows.Value(row, 0)));
      }
      slice.loaded = true;
    }
    if (slice.subjects.contains(NodeId(*s))) sink(*s, p, *o);
    return true;
  }
  Slice& slice = predicates_[predicate];
  if (!WorthPrefetching(slice, "ag_count_predicate", "Predicate = $1::numeric", {predicate_key})) {
    return false;
  }
  if (!slice.loaded) {
    std::string select;
    std::string joins;
    AddNodeColumns("Subject", "s_", false, select, joins);
    AddNodeColumns("Object", "o_", true, select, joins);
    const PgResult rows =
        db_.RunPrepared("ag_prefetch_predicate",
                        "SELECT S.Subject, S.Object, " + select + " FROM " + layout_.triples_table +
                            " S" + joins + " WHERE S.Predicate = $1::numeric",
                        {predicate_key});
    slice.triples.reserve(rows.Rows());
    for (int row = 0; row < rows.Rows(); ++row) {
      std::optional<Term> subject = NodeFromColumns(rows, row, 2);
      std::optional<Term> object = NodeFromColumns(rows, row, 7);
      if (!subject || !object) continue;
      const std::size_t index = slice.triples.size();
      slice.triples.push_back(Triple{std::move(*subject), p, std::move(*object)});
      slice.by_subject.emplace(ParseKey(rows.Value(row, 0)), index);
      slice.by_object.emplace(ParseKey(rows.Value(row, 1)), index);
    }
    slice.loaded = true;
  }
  auto [begin, end] = s != nullptr ? slice.by_subject.equal_range(NodeId(*s))
                                   : slice.by_object.equal_range(NodeId(*o));
  for (auto it = begin; it != end; ++it) {
    const Triple& t = slice.triples[it->second];
    if (!sink(t.subject, t.predicate, t.object)) break;
  }
  return true;
}

}  // namespace awardgraph::query::internal
