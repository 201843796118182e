// postgresql_store.cc — PostgresqlStore: schema, batched transactional writes, point reads.
#include "query/postgresql_store.h"

#include <algorithm>
#include <array>
#include <map>

#include "ontology/vocabulary.h"
#include "query/errors.h"

namespace awardgraph::query::internal {
namespace {

// Model names of store.h's two models (the N of StatementsN is their key).
constexpr std::string_view kTriplesModel = "triples";
constexpr std::string_view kGraphsModel = "graphs";
// Transaction-level advisory lock every writer of a database takes first
// ("agraph" in ASCII): writers queue instead of interleaving.
constexpr char kWriterLock[] = "SELECT pg_advisory_xact_lock(107171532415080)";

// Redland's own table definitions (rdf_storage_postgresql.c), so a store
// created here is one Redland would have created.
std::string StatementsTable(const std::string& name) {
  return "CREATE TABLE IF NOT EXISTS " + name +
         " (Subject numeric(20) NOT NULL, Predicate numeric(20) NOT NULL,"
         " Object numeric(20) NOT NULL, Context numeric(20) NOT NULL)";
}
constexpr char kNodeTables[] =
    "CREATE TABLE IF NOT EXISTS Literals (ID numeric(20) NOT NULL, Value text NOT NULL,"
    " Language text NOT NULL, Datatype text NOT NULL, PRIMARY KEY (ID));"
    "CREATE TABLE IF NOT EXISTS Resources (ID numeric(20) NOT NULL, URI text NOT NULL,"
    " PRIMARY KEY (ID));"
    "CREATE TABLE IF NOT EXISTS Bnodes (ID numeric(20) NOT NULL, Name text NOT NULL,"
    " PRIMARY KEY (ID));"
    "CREATE TABLE IF NOT EXISTS Models (ID numeric(20) NOT NULL, Name text NOT NULL,"
    " PRIMARY KEY (ID));";

// Per-session staging tables of a write batch, emptied at each commit.
constexpr char kStagingTables[] =
    "CREATE TEMP TABLE ag_res (ID numeric(20), URI text) ON COMMIT DELETE ROWS;"
    "CREATE TEMP TABLE ag_lit (ID numeric(20), Value text, Language text, Datatype text)"
    " ON COMMIT DELETE ROWS;"
    "CREATE TEMP TABLE ag_bn (ID numeric(20), Name text) ON COMMIT DELETE ROWS;"
    "CREATE TEMP TABLE ag_new (ctx numeric(20), s numeric(20), p numeric(20), o numeric(20))"
    " ON COMMIT DELETE ROWS;"
    "CREATE INDEX ON ag_new (ctx, s, p, o);"
    "CREATE TEMP TABLE ag_ctx (ctx numeric(20)) ON COMMIT DELETE ROWS;"
    "CREATE TEMP TABLE ag_removed (s numeric(20), p numeric(20), o numeric(20))"
    " ON COMMIT DELETE ROWS;";

// One graph's effect after folding a batch's operations in order.
struct GraphChange {
  bool replace = false;  // the graph's old triples not in `triples` go
  std::set<Triple> triples;
};

// A batch's node rows and statement rows in COPY text format.
class BatchRows {
 public:
  BatchRows(const std::unordered_set<std::uint64_t>& known) : known_(known) {}

  // The node's key; its row is staged unless known or staged already.
  std::uint64_t Node(const Term& term) {
    const std::uint64_t id = NodeId(term);
    if (known_.contains(id) || !staged_.insert(id).second) return id;
    std::string* out = nullptr;
    switch (term.kind) {
      case Term::Kind::kIri:
        if (term.value.empty()) throw StoreError("cannot store an empty IRI");
        out = &resources_;
        break;
      case Term::Kind::kBlank:
        if (term.value.empty()) throw StoreError("cannot store a blank node without a label");
        out = &bnodes_;
        break;
      case Term::Kind::kLiteral:
        out = &literals_;
        break;
    }
    *out += std::to_string(id);
    *out += '\t';
    CopyField(*out, term.value);
    if (term.IsLiteral()) {
      const bool typed =
          !term.datatype.empty() && term.datatype != vocab::kXsdString && term.language.empty();
      *out += '\t';
      CopyField(*out, term.language);
      *out += '\t';
      if (typed) CopyField(*out, term.datatype);
    }
    *out += '\n';
    return id;
  }

  // Stages statement (context, s, p, o) once.
  void Statement(std::uint64_t context, const Triple& t) {
    if (t.predicate.kind != Term::Kind::kIri) {
      throw StoreError("cannot store a predicate that is not an IRI: " + t.predicate.value);
    }
    if (t.subject.IsLiteral())
      throw StoreError("cannot store a literal subject: " + t.subject.value);
    const std::array<std::uint64_t, 4> row{context, Node(t.subject), Node(t.predicate),
                                           Node(t.object)};
    if (!statements_seen_.insert(row).second) return;
    for (std::size_t i = 0; i < row.size(); ++i) {
      statements_ += std::to_string(row[i]);
      statements_ += i + 1 < row.size() ? '\t' : '\n';
    }
  }

  const std::string& Resources() const { return resources_; }
  const std::string& Literals() const { return literals_; }
  const std::string& Bnodes() const { return bnodes_; }
  const std::string& Statements() const { return statements_; }
  const std::set<std::uint64_t>& Staged() const { return staged_; }

 private:
  const std::unordered_set<std::uint64_t>& known_;
  std::set<std::uint64_t> staged_;
  std::set<std::array<std::uint64_t, 4>> statements_seen_;
  std::string resources_, literals_, bnodes_, statements_;
};

}  // namespace

PostgresqlStore::PostgresqlStore(PgConnection db, PgLayout layout)
    : db_(std::move(db)), layout_(std::move(layout)) {}

std::unique_ptr<PostgresqlStore> PostgresqlStore::Open(const StoreSpec& spec, bool write) {
  PgLayout layout;
  layout.triples_table = "Statements" + std::to_string(ModelId(kTriplesModel));
  layout.graphs_table = "Statements" + std::to_string(ModelId(kGraphsModel));
  layout.hidden_context = NodeIdText(Term::Iri(vocab::kDefaultGraph));
  std::unique_ptr<PostgresqlStore> store(
      new PostgresqlStore(PgConnection::Connect(spec), std::move(layout)));
  if (write) {
    store->CreateSchema();
    return store;
  }
  const PgResult exists = store->db_.Query(
      "SELECT to_regclass($1) IS NOT NULL AND to_regclass($2) IS NOT NULL AND"
      " to_regclass('models') IS NOT NULL",
      {store->layout_.triples_table, store->layout_.graphs_table});
  if (exists.Value(0, 0) != "t") {
    throw StoreNotFoundError("no store at " + spec.original +
                             " (the database has no awardgraph tables; create them with "
                             "`awardgraph load` or `awardgraph ingest`)");
  }
  return store;
}

void PostgresqlStore::CreateSchema() {
  const std::string& t = layout_.triples_table;
  const std::string& g = layout_.graphs_table;
  std::string sql = "BEGIN;";
  sql += kWriterLock;
  sql += ";" + StatementsTable(t) + ";" + StatementsTable(g) + ";" + kNodeTables;
  sql += "INSERT INTO Models (ID, Name) VALUES (" + std::to_string(ModelId(kTriplesModel)) +
         ", 'triples'), (" + std::to_string(ModelId(kGraphsModel)) +
         ", 'graphs') ON CONFLICT (ID) DO NOTHING;";
  // Indexes: every lookup shape of the default graph (spo, pos, osp), a
  // graph's statements (cspo) and "is it asserted in any graph" (spoc).
  // Each holds the whole key, so whichever the planner picks for a write's
  // existence checks is exact (given a (Predicate, Object) index it chose
  // that and walked every "a ag:Nomination" statement per check).
  sql += "CREATE INDEX IF NOT EXISTS " + t + "_spo ON " + t + " (Subject, Predicate, Object);";
  sql += "CREATE INDEX IF NOT EXISTS " + t + "_pos ON " + t + " (Predicate, Object, Subject);";
  sql += "CREATE INDEX IF NOT EXISTS " + t + "_osp ON " + t + " (Object, Subject, Predicate);";
  sql += "CREATE INDEX IF NOT EXISTS " + g + "_cspo ON " + g +
         " (Context, Subject, Predicate, Object);";
  sql += "CREATE INDEX IF NOT EXISTS " + g + "_spoc ON " + g +
         " (Subject, Predicate, Object, Context);";
  sql += "COMMIT;";
  try {
    db_.Execute(sql);
  } catch (...) {
    db_.RollbackQuietly();
    throw;
  }
}

void PostgresqlStore::Write(const std::vector<JournalOp>& ops) {
  // Fold the operations per graph, in order: the batch's net effect.
  std::map<std::string, GraphChange> changes;
  for (const JournalOp& op : ops) {
    const std::string graph =
        op.graph_iri.empty() ? std::string(vocab::kDefaultGraph) : op.graph_iri;
    GraphChange& change = changes[graph];
    if (op.kind == JournalOp::Kind::kAddTriples) {
      const std::set<Triple> asserted = AssertedTriples(op);
      change.triples.insert(asserted.begin(), asserted.end());
    } else {
      change.replace = true;
      change.triples = AssertedTriples(op);
    }
  }
  BatchRows rows(known_nodes_);
  std::string contexts;
  for (const auto& [graph, change] : changes) {
    const std::uint64_t context = rows.Node(Term::Iri(graph));
    if (change.replace) contexts += std::to_string(context) + "\n";
    for (const Triple& t : change.triples) rows.Statement(context, t);
  }
  const std::string& t = layout_.triples_table;
  const std::string& g = layout_.graphs_table;
  try {
    if (!temp_tables_) {
      db_.Execute(kStagingTables);
      temp_tables_ = true;
    }
    // Index nested loops only: a batch then costs its own size times a
    // logarithm, where a merge or hash join reads the whole table (the
    // planner chose them for batches of thousands of statements).
    db_.Execute(std::string("BEGIN;") + kWriterLock +
                ";SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off");
    std::string merge_nodes;
    if (!rows.Resources().empty()) {
      db_.Copy("ag_res (ID, URI)", rows.Resources());
      merge_nodes +=
          "INSERT INTO Resources (ID, URI) SELECT ID, URI FROM ag_res ON CONFLICT (ID) DO NOTHING;";
    }
    if (!rows.Literals().empty()) {
      db_.Copy("ag_lit (ID, Value, Language, Datatype)", rows.Literals());
      merge_nodes +=
          "INSERT INTO Literals (ID, Value, Language, Datatype) SELECT ID, Value, Language, "
          "Datatype FROM ag_lit ON CONFLICT (ID) DO NOTHING;";
    }
    if (!rows.Bnodes().empty()) {
      db_.Copy("ag_bn (ID, Name)", rows.Bnodes());
      merge_nodes +=
          "INSERT INTO Bnodes (ID, Name) SELECT ID, Name FROM ag_bn ON CONFLICT (ID) DO NOTHING;";
    }
    if (!rows.Statements().empty()) db_.Copy("ag_new (ctx, s, p, o)", rows.Statements());
    if (!contexts.empty()) db_.Copy("ag_ctx (ctx)", contexts);
    if (!merge_nodes.empty()) db_.Execute(merge_nodes);
    // The graphs' statements that go, remembered for the default graph.
    db_.Execute("WITH gone AS (DELETE FROM " + g + " G USING ag_ctx C WHERE G.Context = C.ctx" +
                " AND NOT EXISTS (SELECT 1 FROM ag_new N WHERE N.ctx = G.Context" +
                " AND N.s = G.Subject AND N.p = G.Predicate AND N.o = G.Object)" +
                " RETURNING G.Subject, G.Predicate, G.Object)" +
                " INSERT INTO ag_removed SELECT DISTINCT Subject, Predicate, Object FROM gone");
    // The graphs' new statements.
    db_.Execute("INSERT INTO " + g + " (Subject, Predicate, Object, Context)" +
                " SELECT N.s, N.p, N.o, N.ctx FROM ag_new N WHERE NOT EXISTS (SELECT 1 FROM " + g +
                " G WHERE G.Context = N.ctx AND G.Subject = N.s AND G.Predicate = N.p" +
                " AND G.Object = N.o)");
    // The default graph gains every asserted triple it lacks ...
    db_.Execute("INSERT INTO " + t + " (Subject, Predicate, Object, Context)" +
                " SELECT DISTINCT N.s, N.p, N.o, 0 FROM ag_new N WHERE NOT EXISTS (SELECT 1 FROM " +
                t + " T WHERE T.Subject = N.s AND T.Predicate = N.p AND T.Object = N.o)");
    // ... and loses those no graph asserts any more.
    db_.Execute("DELETE FROM " + t + " T USING ag_removed R WHERE T.Subject = R.s" +
                " AND T.Predicate = R.p AND T.Object = R.o AND NOT EXISTS (SELECT 1 FROM " + g +
                " G WHERE G.Subject = R.s AND G.Predicate = R.p AND G.Object = R.o)");
    db_.Execute("COMMIT");
  } catch (...) {
    db_.RollbackQuietly();
    throw;
  }
  // Committed: these node rows exist now.
  if (known_nodes_.size() > 4'000'000) known_nodes_.clear();
  known_nodes_.insert(rows.Staged().begin(), rows.Staged().end());
}

std::vector<Term> PostgresqlStore::Objects(const Term& subject, const Term& predicate) {
  std::vector<Term> out;
  PostgresqlTripleSource source(db_, layout_, false);
  source.Find(&subject, &predicate, nullptr, nullptr, [&](const Term&, const Term&, const Term& o) {
    if (std::find(out.begin(), out.end(), o) == out.end()) out.push_back(o);
    return true;
  });
  return out;
}

std::vector<Triple> PostgresqlStore::GraphTriples(std::string_view graph_iri) {
  std::vector<Triple> out;
  const Term graph = Term::Iri(graph_iri);
  PostgresqlTripleSource source(db_, layout_, false);
  source.Find(nullptr, nullptr, nullptr, &graph, [&](const Term& s, const Term& p, const Term& o) {
    out.push_back(Triple{s, p, o});
    return true;
  });
  return out;
}

std::vector<std::string> PostgresqlStore::Graphs() {
  std::vector<std::string> out;
  PostgresqlTripleSource source(db_, layout_, false);
  for (const Term& graph : source.NamedGraphs()) out.push_back(graph.value);
  return out;
}

std::size_t PostgresqlStore::Size() {
  const PgResult count = db_.Query("SELECT count(*) FROM " + layout_.triples_table, {});
  return std::stoull(std::string(count.Value(0, 0)));
}

std::unique_ptr<PostgresqlTripleSource> PostgresqlStore::Snapshot() {
  return std::make_unique<PostgresqlTripleSource>(db_, layout_, true);
}

}  // namespace awardgraph::query::internal
