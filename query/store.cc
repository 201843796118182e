// store.cc — Store over two librdf models (see store.h for why two).
#include "query/store.h"

#include <algorithm>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>

#ifdef AWARDGRAPH_HAVE_SQLITE3
#include <sqlite3.h>
#endif

#include "ontology/vocabulary.h"
#include "query/bdb_index_writer.h"
#include "query/errors.h"
#include "query/librdf_handles.h"
#include "query/postgresql_store.h"
#include "query/rdf_io.h"
#include "query/sparql/evaluator.h"
#include "query/sparql/parser.h"
#include "query/sparql_text.h"
#include "query/store_journal.h"
#include "query/store_lock.h"
#include "query/store_triple_source.h"
#include "query/virtuoso_store.h"

namespace awardgraph::query {

namespace fs = std::filesystem;
using internal::IteratorPtr;
using internal::ModelPtr;
using internal::NodePtr;
using internal::QueryPtr;
using internal::RasqalQueryPtr;
using internal::ResultsPtr;
using internal::StatementPtr;
using internal::StoragePtr;
using internal::StreamPtr;
using internal::World;

namespace {

// Files of a directory store: see store_journal.h.
// Format 3: the graphs model keeps only its contexts and so2p indexes
// (bdb_index_writer.h). Format 2 stores are read as they are and rebuilt
// from their journal on the first write; format 1 (no journal) are adopted.
constexpr std::string_view kMarkerText = "awardgraph store, format 3 (journal, graphs so2p)\n";
// librdf storage/model names of the two models (file name prefixes for BDB).
constexpr std::string_view kTriplesName = "triples";
constexpr std::string_view kGraphsName = "graphs";
// Suffixes of the files next to a SQLite store.
constexpr std::string_view kSqliteGraphsSuffix = ".graphs";
constexpr std::string_view kSqliteLockSuffix = ".lock";
constexpr char kNotFoundHint[] =
    " (create it with `awardgraph load` or `awardgraph ingest`, or pass --store)";

// The context under which "graphs" records triples added without a graph.
// (librdf_model_add_statement without a context on a contexts-enabled hashes
// storage scans the whole store on every add: 10,000 adds took 20 s.)
std::string DefaultGraphIri() { return std::string(vocab::kDefaultGraph); }

// A librdf option value in single quotes; librdf cannot escape quotes.
std::string Quoted(const std::string& value) {
  if (value.find('\'') != std::string::npos) {
    throw StoreError("store names may not contain a single quote: " + value);
  }
  return "'" + value + "'";
}

// Runs one write operation in a transaction on a model that supports them
// (`use` false: none, every statement commits on its own).
class WriteTransaction {
 public:
  WriteTransaction(librdf_model* model, bool use) : models_{model} {
    if (use && librdf_model_transaction_start(model) == 0) started_.push_back(model);
  }
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  ~WriteTransaction() {
    for (librdf_model* m : started_) librdf_model_transaction_rollback(m);
  }
  // Commits, then flushes every model to disk: Berkeley DB without an
  // environment keeps writes in its cache until closed, so without the flush
  // a crash would lose (or corrupt) everything written since Open.
  void Commit() {
    for (librdf_model* m : started_) {
      if (librdf_model_transaction_commit(m) != 0) {
        throw StoreError(World::Instance().FirstErrorOr("committing the transaction failed"));
      }
    }
    started_.clear();
    for (librdf_model* m : models_) librdf_model_sync(m);
  }

 private:
  std::vector<librdf_model*> models_;
  std::vector<librdf_model*> started_;
};

bool StreamHasAny(librdf_stream* stream) {
  return stream != nullptr && librdf_stream_end(stream) == 0;
}

// The statements of `model` with the subject and object of `statement`, any
// predicate, in any graph. Redland's hashes storage answers this pattern from
// its so2p index, whose fan-out is the number of predicates linking two
// nodes (almost always 1). A complete statement would make it scan
// everything (loading 10,000 triples took 112 s instead of 0.1 s), and the
// (subject, predicate) pattern walks one statement per article for hub
// entities such as an organisation's prov:wasDerivedFrom links, which made
// ingest slow down as the corpus grew.
StreamPtr FindSameSubjectObject(librdf_model* model, librdf_statement* statement) {
  librdf_world* world = World::Instance().Raw();
  StatementPtr pattern(librdf_new_statement_from_nodes(
      world, librdf_new_node_from_node(librdf_statement_get_subject(statement)), nullptr,
      librdf_new_node_from_node(librdf_statement_get_object(statement))));
  return StreamPtr(librdf_model_find_statements(model, pattern.get()));
}

bool SamePredicate(librdf_stream* stream, librdf_statement* statement) {
  return librdf_node_equals(librdf_statement_get_predicate(librdf_stream_get_object(stream)),
                            librdf_statement_get_predicate(statement)) != 0;
}

// True when `statement` is in `model`, in any graph.
bool ContainsAnywhere(librdf_model* model, librdf_statement* statement) {
  StreamPtr stream = FindSameSubjectObject(model, statement);
  for (; StreamHasAny(stream.get()); librdf_stream_next(stream.get())) {
    if (SamePredicate(stream.get(), statement)) return true;
  }
  return false;
}

// True when `statement` is in graph `context`.
bool ContainsInGraph(librdf_model* model, librdf_statement* statement, librdf_node* context) {
  StreamPtr stream = FindSameSubjectObject(model, statement);
  for (; StreamHasAny(stream.get()); librdf_stream_next(stream.get())) {
    if (!SamePredicate(stream.get(), statement)) continue;
    librdf_node* found = librdf_stream_get_context2(stream.get());
    if (found != nullptr && librdf_node_equals(found, context) != 0) return true;
  }
  return false;
}

// Adds the indexes Redland's SQLite schema lacks: without literals(text) every
// node lookup scans the table (20,000 triples took 24 s to load, 3 s with it).
// Not triples(contextUri): SQLite then uses it for Redland's lookups and
// loading gets slower than with no index at all (measured), so RemoveGraph
// on SQLite scans the triples table.
void AddSqliteIndexes(const std::string& path) {
#ifdef AWARDGRAPH_HAVE_SQLITE3
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(db, 10000);
    sqlite3_exec(db,
                 "CREATE INDEX IF NOT EXISTS awardgraph_literal ON literals (text);"
                 "CREATE INDEX IF NOT EXISTS awardgraph_blank ON blanks (blank);",
                 nullptr, nullptr, nullptr);
  }
  sqlite3_close(db);  // a no-op on nullptr
#else
  (void)path;
#endif
}

}  // namespace

struct Store::Impl {
  StoreSpec spec;
  Mode mode = Mode::kRead;
  // Declared first so it is released last, after the models are closed.
  std::optional<StoreLock> lock;
  StoragePtr triples_storage;
  ModelPtr triples;  // distinct triples: the default graph
  StoragePtr graphs_storage;
  ModelPtr graphs;  // per-graph membership (contexts)
  NodePtr default_graph = internal::MakeNode(World::Instance(), Term::Iri(DefaultGraphIri()));
  // Directory stores opened for writing: the journal every write goes to
  // first, and the state file saying the indexes match it.
  std::optional<StoreJournal> journal;
  std::string state_path;
  // Directory stores opened for writing: the directory and the options that
  // reopen the models after a BdbIndexWriter wrote their files.
  std::string bdb_dir;
  std::string bdb_reopen_options;
  // PostgreSQL stores: read and written through libpq (postgresql_store.h);
  // the librdf models are opened only for QueryWithRasqal, with these options.
  std::unique_ptr<internal::PostgresqlStore> postgresql;
  std::string redland_options;
  // Whether librdf writes run in transactions: every librdf backend the
  // store writes through (memory, BDB, SQLite) has them or ignores them.
  // (Redland's postgresql storage could not: its ignored duplicate-key
  // INSERTs abort an enclosing transaction; PostgreSQL now bypasses librdf.)
  bool use_transactions = true;
  // Set for virtuoso:// stores, which keep no librdf models: every
  // operation goes to the server (virtuoso_store.h).
  std::unique_ptr<VirtuosoStore> virtuoso;

  ~Impl() {
    // Models before storages; graphs before triples.
    default_graph.reset();
    graphs.reset();
    graphs_storage.reset();
    triples.reset();
    triples_storage.reset();
  }

  void OpenModels(const char* storage_type, const std::string& triples_name,
                  const std::string& graphs_name, const std::string& options) {
    World& world = World::Instance();
    world.ClearLog();
    triples_storage.reset(
        librdf_new_storage(world.Raw(), storage_type, triples_name.c_str(), options.c_str()));
    if (triples_storage) {
      triples.reset(librdf_new_model(world.Raw(), triples_storage.get(), nullptr));
    }
    const std::string graph_options = options + ",contexts='yes'";
    if (triples) {
      graphs_storage.reset(librdf_new_storage(world.Raw(), storage_type, graphs_name.c_str(),
                                              graph_options.c_str()));
    }
    if (graphs_storage) graphs.reset(librdf_new_model(world.Raw(), graphs_storage.get(), nullptr));
    if (!graphs) {
      throw StoreError("cannot open store " + spec.original + ": " +
                       world.FirstErrorOr("the storage engine refused to open it"));
    }
  }

  void RequireWritable() const {
    if (mode != Mode::kWrite) {
      throw StoreError("store " + spec.original + " was opened for reading, not writing");
    }
  }

  NodePtr GraphNode(std::string_view graph_iri) {
    return internal::MakeNode(World::Instance(), Term::Iri(graph_iri));
  }

  std::vector<StatementPtr> StatementsOf(librdf_node* context) const {
    std::vector<StatementPtr> out;
    StreamPtr stream(librdf_model_context_as_stream(graphs.get(), context));
    for (; StreamHasAny(stream.get()); librdf_stream_next(stream.get())) {
      out.emplace_back(librdf_new_statement_from_statement(librdf_stream_get_object(stream.get())));
    }
    return out;
  }

  // Phase 1 of a write: one operation on "graphs". Statements taken out of
  // a graph go to `removed` for phase 2.
  void ApplyToGraphs(const JournalOp& op, std::vector<StatementPtr>& removed) {
    World& world = World::Instance();
    NodePtr named = op.graph_iri.empty() ? nullptr : GraphNode(op.graph_iri);
    librdf_node* context = named ? named.get() : default_graph.get();
    std::set<Triple> wanted = AssertedTriples(op);
    if (op.kind != JournalOp::Kind::kAddTriples) {
      for (StatementPtr& statement : StatementsOf(context)) {
        if (op.kind == JournalOp::Kind::kReplaceGraph &&
            wanted.erase(internal::StatementToTriple(statement.get())) > 0) {
          continue;  // kept: already in the graph
        }
        librdf_model_context_remove_statement(graphs.get(), context, statement.get());
        removed.push_back(std::move(statement));
      }
    }
    for (const Triple& t : wanted) {
      StatementPtr statement = internal::MakeStatement(world, t);
      // After the diff above a replaced graph lacks every triple left in
      // `wanted`; only plain adds need the lookup.
      if (op.kind == JournalOp::Kind::kAddTriples &&
          ContainsInGraph(graphs.get(), statement.get(), context)) {
        continue;
      }
      if (librdf_model_context_add_statement(graphs.get(), context, statement.get()) != 0) {
        throw StoreError(World::Instance().FirstErrorOr("adding a triple failed"));
      }
    }
  }

  // Phase 2: "triples" gets every triple the operations assert (Redland
  // skips those it has: an indexed check, for hashes the sp2o key with the
  // object as value) and loses those no graph asserts any more.
  void ApplyToTriples(const std::vector<JournalOp>& ops, const std::vector<StatementPtr>& removed) {
    World& world = World::Instance();
    auto add = [&](const Triple& t) {
      StatementPtr statement = internal::MakeStatement(world, t);
      if (librdf_model_add_statement(triples.get(), statement.get()) != 0) {
        throw StoreError(World::Instance().FirstErrorOr("adding a triple failed"));
      }
    };
    // Content hashes last: ingest skips an article whose hash is stored, so
    // on a backend without transactions a batch cut short is written again.
    std::vector<Triple> hashes;
    for (const JournalOp& op : ops) {
      for (const Triple& t : AssertedTriples(op)) {
        if (t.predicate.value == vocab::kContentHash) {
          hashes.push_back(t);
        } else {
          add(t);
        }
      }
    }
    for (const Triple& t : hashes) add(t);
    for (const StatementPtr& statement : removed) {
      if (!ContainsAnywhere(graphs.get(), statement.get())) {
        librdf_model_remove_statement(triples.get(), statement.get());
      }
    }
  }

  // Applies a batch to the models: "graphs" in one transaction, committed,
  // then "triples" in another. Two transactions open at once on PostgreSQL
  // (one connection per model, shared node tables) wait on each other for
  // ever; one after the other never do. A crash between the two commits
  // leaves "triples" behind "graphs": writing the same batch again completes
  // it, as phase 2 adds every asserted triple, not only the new ones.
  void Apply(const std::vector<JournalOp>& ops) {
    std::vector<StatementPtr> removed;
    WriteTransaction graphs_transaction(graphs.get(), use_transactions);
    for (const JournalOp& op : ops) ApplyToGraphs(op, removed);
    graphs_transaction.Commit();
    WriteTransaction triples_transaction(triples.get(), use_transactions);
    ApplyToTriples(ops, removed);
    triples_transaction.Commit();
  }

  // One write batch: journal first (fsynced: from here on the batch survives
  // a crash), then the indexes, then the state file saying the indexes match
  // the journal again.
  void Write(const std::vector<JournalOp>& ops) {
    RequireWritable();
    if (virtuoso) return virtuoso->Write(ops);
    World::Instance().ClearLog();
    if (postgresql) return postgresql->Write(ops);
    if (journal) journal->Append(ops);
    if (bdb_dir.empty()) {
      Apply(ops);
    } else {
      WriteIndexFiles([&](internal::BdbIndexWriter& writer) { writer.Apply(ops); });
    }
    if (journal) MarkClean();
  }

  // Directory stores: closes the models, lets `write` apply batches through
  // a BdbIndexWriter (sorted puts, see bdb_index_writer.h), flushes, and
  // reopens the models (librdf's handles cache pages of the same files).
  template <typename WriteFn>
  void WriteIndexFiles(WriteFn&& write) {
    graphs.reset();
    graphs_storage.reset();
    triples.reset();
    triples_storage.reset();
    std::exception_ptr failure;
    try {
      internal::BdbIndexWriter writer(bdb_dir, default_graph.get());
      write(writer);
      writer.Close();
    } catch (...) {
      failure = std::current_exception();
    }
    OpenModels("hashes", std::string(kTriplesName), std::string(kGraphsName), bdb_reopen_options);
    if (failure) std::rethrow_exception(failure);
  }

  // Records that the indexes hold exactly the journal as it is now.
  void MarkClean() {
    WriteStoreState(state_path, StoreState::Clean(journal->Length(), journal->Inode()));
  }

  // Raises QuerySyntaxError unless Rasqal parses `sparql`; returns the
  // projected variable names (SELECT) in order.
  std::vector<std::string> Prepare(std::string_view sparql) const {
    World& world = World::Instance();
    world.ClearLog();
    RasqalQueryPtr query(rasqal_new_query(librdf_world_get_rasqal(world.Raw()), "sparql", nullptr));
    if (!query) throw QueryError("the SPARQL engine is not available");
    const std::string text(sparql);
    if (rasqal_query_prepare(query.get(), reinterpret_cast<const unsigned char*>(text.c_str()),
                             nullptr) != 0) {
      const std::vector<internal::LogEntry> errors = world.Errors();
      std::string message = errors.empty() ? "the query could not be parsed" : errors[0].message;
      int line = 0;
      for (const internal::LogEntry& e : errors) {
        if (e.line > 0) {
          line = e.line;
          break;
        }
      }
      SyntaxErrorReport report = DescribeSyntaxError(sparql, message, line);
      throw QuerySyntaxError(report.message, report.line, report.column);
    }
    std::vector<std::string> variables;
    if (raptor_sequence* seq = rasqal_query_get_bound_variable_sequence(query.get())) {
      for (int i = 0; i < raptor_sequence_size(seq); ++i) {
        auto* v = static_cast<rasqal_variable*>(raptor_sequence_get_at(seq, i));
        variables.emplace_back(reinterpret_cast<const char*>(v->name));
      }
    }
    return variables;
  }

  // Runs already-prepared `sparql` on `model`.
  QueryResult Execute(std::string_view sparql, librdf_model* model,
                      const std::vector<std::string>& variables) const {
    World& world = World::Instance();
    world.ClearLog();
    const std::string text(sparql);
    QueryPtr query(librdf_new_query(world.Raw(), "sparql", nullptr,
                                    reinterpret_cast<const unsigned char*>(text.c_str()), nullptr));
    if (!query) throw QueryError(world.FirstErrorOr("the query could not be created"));
    ResultsPtr results(librdf_query_execute(query.get(), model));
    if (!results) throw QueryError("the query failed: " + world.FirstErrorOr("no reason given"));
    if (librdf_query_results_is_boolean(results.get())) {
      return QueryResult::Boolean(librdf_query_results_get_boolean(results.get()) > 0);
    }
    if (librdf_query_results_is_graph(results.get())) {
      std::vector<Triple> triples;
      std::set<Triple> seen;
      StreamPtr stream(librdf_query_results_as_stream(results.get()));
      for (; StreamHasAny(stream.get()); librdf_stream_next(stream.get())) {
        Triple t = internal::StatementToTriple(librdf_stream_get_object(stream.get()));
        if (seen.insert(t).second) triples.push_back(std::move(t));
      }
      return QueryResult::Graph(std::move(triples));
    }
    QueryResult result = QueryResult::Bindings(variables);
    for (; librdf_query_results_finished(results.get()) == 0;
         librdf_query_results_next(results.get())) {
      ResultRow& row = result.rows.emplace_back(variables.size());
      for (std::size_t i = 0; i < variables.size(); ++i) {
        NodePtr value(
            librdf_query_results_get_binding_value_by_name(results.get(), variables[i].c_str()));
        if (value) row[i] = internal::NodeToTerm(value.get());
      }
    }
    return result;
  }
};

namespace {

// Removes the BDB files of the two models.
void RemoveIndexFiles(const fs::path& dir) {
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if ((name.starts_with(kTriplesName) || name.starts_with(kGraphsName)) &&
        name.ends_with(".db")) {
      fs::remove(entry.path(), ec);
    }
  }
}

}  // namespace

void Store::OpenDirectoryStore(Impl& impl, Mode mode) {
  const StoreSpec& spec = impl.spec;
  const bool write = mode == Mode::kWrite;
  const fs::path dir(spec.path);
  const fs::path marker = dir / kStoreMarkerFile;
  const std::string lock_path = (dir / kStoreLockFile).string();
  std::error_code ec;
  if (!write) {
    if (!fs::is_directory(dir, ec) || !fs::exists(marker, ec)) {
      throw StoreNotFoundError("no store at " + spec.path + kNotFoundHint);
    }
    impl.lock.emplace(StoreLock::Acquire(lock_path, StoreLock::Kind::kShared, spec.original));
    if (IndexesNeedRebuild(dir.string())) {
      // The last write did not finish (or the store was copied mid-write):
      // rebuild from the journal first, then read.
      impl.lock.reset();
      Open(spec.original, Mode::kWrite);
      impl.lock.emplace(StoreLock::Acquire(lock_path, StoreLock::Kind::kShared, spec.original));
    }
    impl.OpenModels("hashes", std::string(kTriplesName), std::string(kGraphsName),
                    "hash-type='bdb',dir=" + Quoted(spec.path) + ",write='no',new='no'");
    return;
  }
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir, ec)) {
    throw StoreError("cannot create store directory " + spec.path + ": " +
                     (ec ? ec.message() : "not a directory"));
  }
  const bool fresh = !fs::exists(marker, ec);
  if (fresh) {
    // Refuse to scatter database files into an unrelated directory.
    for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
      const std::string name = entry.path().filename().string();
      if (name != kStoreLockFile && name != kStoreJournalFile &&
          !name.starts_with(kStoreStateFile) && !name.starts_with(kTriplesName) &&
          !name.starts_with(kGraphsName)) {
        throw StoreError(spec.path +
                         " is not an awardgraph store and not empty; name a new or empty "
                         "directory");
      }
    }
  }
  impl.lock.emplace(StoreLock::Acquire(lock_path, StoreLock::Kind::kExclusive, spec.original));
  const std::string journal_path = (dir / kStoreJournalFile).string();
  impl.state_path = (dir / kStoreStateFile).string();
  // A fresh store's leftovers (a creation cut short) are discarded: nothing
  // was written into it yet.
  if (fresh) {
    fs::remove(journal_path, ec);
    fs::remove(impl.state_path, ec);
  }
  const bool adopt = !fresh && !fs::exists(journal_path, ec);  // format 1: no journal yet
  // An older layout (format 1 or 2: every index of the graphs model) is
  // rebuilt from the journal once, on the first write.
  std::string marker_text;
  if (!fresh) {
    std::ifstream in(marker, std::ios::binary);
    marker_text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const bool old_layout = !fresh && marker_text != kMarkerText;
  const bool rebuild = !fresh && !adopt && (old_layout || IndexesNeedRebuild(dir.string()));
  const std::string options = "hash-type='bdb',dir=" + Quoted(spec.path) + ",write='yes'";
  // Empties the index files and fills them from the journal.
  auto rebuild_indexes = [&] {
    WriteStoreState(impl.state_path, StoreState::Dirty());
    impl.graphs.reset();
    impl.graphs_storage.reset();
    impl.triples.reset();
    impl.triples_storage.reset();
    RemoveIndexFiles(dir);
    impl.OpenModels("hashes", std::string(kTriplesName), std::string(kGraphsName),
                    options + ",new='yes'");
    World::Instance().ClearLog();
    impl.WriteIndexFiles([&](internal::BdbIndexWriter& writer) {
      ScanJournal(journal_path, [&](const std::vector<JournalOp>& ops) { writer.Apply(ops); });
    });
  };
  impl.journal.emplace(StoreJournal::OpenForAppend(journal_path));
  impl.bdb_dir = spec.path;
  impl.bdb_reopen_options = options + ",new='no'";
  if (rebuild) {
    rebuild_indexes();
  } else {
    impl.OpenModels("hashes", std::string(kTriplesName), std::string(kGraphsName),
                    options + (fresh ? ",new='yes'" : ",new='no'"));
  }
  if (adopt) {
    // Copy what the indexes hold into the journal, one add per graph.
    std::vector<JournalOp> ops;
    IteratorPtr it(librdf_model_get_contexts(impl.graphs.get()));
    for (; it && librdf_iterator_end(it.get()) == 0; librdf_iterator_next(it.get())) {
      auto* node = static_cast<librdf_node*>(librdf_iterator_get_object(it.get()));
      if (node == nullptr || !librdf_node_is_resource(node)) continue;
      JournalOp& op = ops.emplace_back();
      op.kind = JournalOp::Kind::kAddTriples;
      if (librdf_node_equals(node, impl.default_graph.get()) == 0) {
        op.graph_iri = internal::NodeToTerm(node).value;
      }
      for (const StatementPtr& statement : impl.StatementsOf(node)) {
        op.triples.push_back(internal::StatementToTriple(statement.get()));
      }
    }
    impl.journal->Append(ops);
    rebuild_indexes();  // into this layout
  }
  if (fresh || adopt || rebuild) impl.MarkClean();
  if (fresh || old_layout) {
    std::ofstream(marker) << kMarkerText;
    if (!fs::exists(marker, ec)) throw StoreError("cannot write " + marker.string());
  }
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::Store(Store&& other) noexcept = default;
Store& Store::operator=(Store&& other) noexcept = default;
Store::~Store() = default;

Store Store::Open(const std::string& spec_text, Mode mode) {
  auto impl = std::make_unique<Impl>();
  impl->spec = ParseStoreSpec(spec_text);
  impl->mode = mode;
  const StoreSpec& spec = impl->spec;
  const bool write = mode == Mode::kWrite;
  std::error_code ec;
  switch (spec.backend) {
    case StoreSpec::Backend::kMemory:
      impl->OpenModels("hashes", std::string(kTriplesName), std::string(kGraphsName),
                       "hash-type='memory'");
      break;

    case StoreSpec::Backend::kBdbDirectory:
      OpenDirectoryStore(*impl, mode);
      break;

    case StoreSpec::Backend::kSqlite: {
      const std::string lock_path = spec.path + std::string(kSqliteLockSuffix);
      const std::string graphs_path = spec.path + std::string(kSqliteGraphsSuffix);
      bool fresh = false;
      if (!write) {
        if (!fs::is_regular_file(spec.path, ec) || !fs::is_regular_file(graphs_path, ec)) {
          throw StoreNotFoundError("no store at " + spec.original + kNotFoundHint);
        }
        if (fs::exists(lock_path, ec)) {
          impl->lock.emplace(
              StoreLock::Acquire(lock_path, StoreLock::Kind::kShared, spec.original));
        }
      } else {
        impl->lock.emplace(
            StoreLock::Acquire(lock_path, StoreLock::Kind::kExclusive, spec.original));
        fresh = !fs::exists(spec.path, ec) || !fs::exists(graphs_path, ec);
      }
      impl->OpenModels("sqlite", spec.path, graphs_path,
                       std::string("synchronous='normal',new=") + (fresh ? "'yes'" : "'no'"));
      if (write) {
        AddSqliteIndexes(spec.path);
        AddSqliteIndexes(graphs_path);
      }
      break;
    }

    case StoreSpec::Backend::kVirtuoso:
      impl->virtuoso = VirtuosoStore::Open(spec, write);
      break;

    case StoreSpec::Backend::kPostgresql: {
      impl->postgresql = internal::PostgresqlStore::Open(spec, write);
      // For QueryWithRasqal only: Redland insists on host, user and password.
      const char* env_user = std::getenv("USER");
      const char* env_password = std::getenv("PGPASSWORD");
      const std::string user = !spec.user.empty()    ? spec.user
                               : env_user != nullptr ? env_user
                                                     : "postgres";
      impl->redland_options =
          "host=" + Quoted(spec.host.empty() ? "localhost" : spec.host) +
          ",port=" + Quoted(std::to_string(spec.port > 0 ? spec.port : 5432)) +
          ",user=" + Quoted(user) +
          ",password=" + Quoted(env_password != nullptr ? env_password : "") +
          ",database=" + Quoted(spec.dbname) + ",new='no'";
      break;
    }
  }
  return Store(std::move(impl));
}

void Store::AddTriples(const std::vector<Triple>& triples, std::string_view graph_iri) {
  impl_->Write({JournalOp{JournalOp::Kind::kAddTriples, std::string(graph_iri), triples}});
}

void Store::RemoveGraph(std::string_view graph_iri) {
  impl_->Write({JournalOp{JournalOp::Kind::kRemoveGraph, std::string(graph_iri), {}}});
}

void Store::ReplaceGraph(std::string_view graph_iri, const std::vector<Triple>& triples) {
  ReplaceGraphs({GraphContent{std::string(graph_iri), triples}});
}

void Store::ReplaceGraphs(const std::vector<GraphContent>& graphs) {
  std::vector<JournalOp> ops;
  ops.reserve(graphs.size());
  for (const GraphContent& graph : graphs) {
    ops.push_back({JournalOp::Kind::kReplaceGraph, graph.graph_iri, graph.triples});
  }
  impl_->Write(ops);
}

std::vector<Term> Store::Objects(const Term& subject, const Term& predicate) const {
  if (impl_->postgresql) return impl_->postgresql->Objects(subject, predicate);
  if (impl_->virtuoso) return impl_->virtuoso->Objects(subject, predicate);
  World& world = World::Instance();
  StatementPtr pattern(librdf_new_statement(world.Raw()));
  librdf_statement_set_subject(pattern.get(), internal::MakeNode(world, subject).release());
  librdf_statement_set_predicate(pattern.get(), internal::MakeNode(world, predicate).release());
  std::vector<Term> out;
  StreamPtr stream(librdf_model_find_statements(impl_->triples.get(), pattern.get()));
  for (; StreamHasAny(stream.get()); librdf_stream_next(stream.get())) {
    Term object =
        internal::NodeToTerm(librdf_statement_get_object(librdf_stream_get_object(stream.get())));
    if (std::find(out.begin(), out.end(), object) == out.end()) out.push_back(std::move(object));
  }
  return out;
}

std::vector<Triple> Store::GraphTriples(std::string_view graph_iri) const {
  if (impl_->postgresql) return impl_->postgresql->GraphTriples(graph_iri);
  if (impl_->virtuoso) return impl_->virtuoso->GraphTriples(graph_iri);
  NodePtr context = impl_->GraphNode(graph_iri);
  std::vector<Triple> out;
  for (const StatementPtr& statement : impl_->StatementsOf(context.get())) {
    out.push_back(internal::StatementToTriple(statement.get()));
  }
  return out;
}

std::vector<std::string> Store::Graphs() const {
  if (impl_->postgresql) return impl_->postgresql->Graphs();
  if (impl_->virtuoso) return impl_->virtuoso->Graphs();
  std::vector<std::string> out;
  IteratorPtr it(librdf_model_get_contexts(impl_->graphs.get()));
  for (; it && librdf_iterator_end(it.get()) == 0; librdf_iterator_next(it.get())) {
    auto* node = static_cast<librdf_node*>(librdf_iterator_get_object(it.get()));
    if (node != nullptr && librdf_node_is_resource(node) &&
        librdf_node_equals(node, impl_->default_graph.get()) == 0) {
      out.push_back(internal::NodeToTerm(node).value);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t Store::Size() const {
  if (impl_->postgresql) return impl_->postgresql->Size();
  if (impl_->virtuoso) return impl_->virtuoso->Size();
  const int size = librdf_model_size(impl_->triples.get());
  if (size >= 0) return static_cast<std::size_t>(size);
  // Redland's hashes storage cannot count; walk the triples.
  std::size_t count = 0;
  StreamPtr stream(librdf_model_as_stream(impl_->triples.get()));
  for (; StreamHasAny(stream.get()); librdf_stream_next(stream.get())) ++count;
  return count;
}

std::size_t Store::LoadFile(const std::string& path, RdfFormat format, std::string_view graph_iri) {
  impl_->RequireWritable();
  const std::vector<Quad> quads = ParseRdfFile(path, format, graph_iri);
  // One add operation per run of quads in the same graph, all in one batch.
  std::vector<JournalOp> ops;
  for (const Quad& quad : quads) {
    if (ops.empty() || ops.back().graph_iri != quad.graph) {
      ops.push_back({JournalOp::Kind::kAddTriples, quad.graph, {}});
    }
    ops.back().triples.push_back(quad.triple);
  }
  impl_->Write(ops);
  return quads.size();
}

QueryResult Store::Query(std::string_view sparql, const QueryControl& control) const {
  if (impl_->virtuoso) return impl_->virtuoso->Query(sparql, control);
  const sparql::ParsedQuery query = sparql::ParseQuery(sparql);
  if (impl_->postgresql) return sparql::EvaluateQuery(query, *impl_->postgresql->Snapshot(), control);
  // Directory stores keep only the graphs model's contexts and (subject,
  // object) indexes (bdb_index_writer.h).
  const internal::StoreTripleSource source(
      impl_->triples.get(), impl_->graphs.get(), impl_->default_graph.get(),
      impl_->spec.backend != StoreSpec::Backend::kBdbDirectory);
  return sparql::EvaluateQuery(query, source, control);
}

QueryResult Store::QueryWithRasqal(std::string_view sparql) const {
  if (impl_->virtuoso) throw UnsupportedQueryError("Rasqal cannot query a Virtuoso store");
  const std::vector<std::string> variables = impl_->Prepare(sparql);
  if (impl_->postgresql && !impl_->triples) {
    impl_->OpenModels("postgresql", std::string(kTriplesName), std::string(kGraphsName),
                      impl_->redland_options);
  }
  return impl_->Execute(sparql, impl_->triples.get(), variables);
}

const StoreSpec& Store::Spec() const { return impl_->spec; }

Store::Mode Store::OpenMode() const { return impl_->mode; }

}  // namespace awardgraph::query
