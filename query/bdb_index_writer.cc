// bdb_index_writer.cc — sorted batch writes into a directory store's BDB
// files (see bdb_index_writer.h).
#include "query/bdb_index_writer.h"

#include <db.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "query/errors.h"
#include "query/librdf_handles.h"

namespace awardgraph::query::internal {

namespace {

// One B-tree file as librdf's BDB hash opens it: DB_BTREE, DB_DUP.
class BdbFile {
 public:
  BdbFile(const std::string& path) : path_(path) {
    if (int ret = db_create(&db_, nullptr, 0); ret != 0) Fail("cannot create a handle for", ret);
    if (int ret = db_->set_flags(db_, DB_DUP); ret != 0) Fail("cannot configure", ret);
    // Pages of the batch's key range stay cached while the sorted puts walk it.
    db_->set_cachesize(db_, 0, 4u << 20, 1);
    if (int ret = db_->open(db_, nullptr, path.c_str(), nullptr, DB_BTREE, DB_CREATE, 0644);
        ret != 0) {
      Fail("cannot open", ret);
    }
  }
  BdbFile(const BdbFile&) = delete;
  BdbFile& operator=(const BdbFile&) = delete;
  ~BdbFile() {
    if (db_ != nullptr) db_->close(db_, 0);
  }

  // True when the exact pair is stored.
  bool Has(std::string_view key, std::string_view value) {
    DBT k = Dbt(key);
    DBT v = Dbt(value);
    const int ret = db_->get(db_, nullptr, &k, &v, DB_GET_BOTH);
    if (ret == DB_NOTFOUND) return false;
    if (ret != 0) Fail("cannot read", ret);
    return true;
  }

  // True when any pair has `key`.
  bool HasKey(std::string_view key) {
    DBT k = Dbt(key);
    DBT v{};
    v.flags = DB_DBT_PARTIAL;  // no data wanted
    const int ret = db_->get(db_, nullptr, &k, &v, 0);
    if (ret == DB_NOTFOUND) return false;
    if (ret != 0) Fail("cannot read", ret);
    return true;
  }

  // Calls `visit(value)` for each value of `key` until it returns false.
  template <typename Visit>
  void ForEachValue(std::string_view key, Visit&& visit) {
    DBC* cursor = nullptr;
    if (int ret = db_->cursor(db_, nullptr, &cursor, 0); ret != 0) Fail("cannot read", ret);
    DBT k = Dbt(key);
    DBT v{};
    int ret = cursor->get(cursor, &k, &v, DB_SET);
    while (ret == 0) {
      if (!visit(std::string_view(static_cast<const char*>(v.data), v.size))) break;
      ret = cursor->get(cursor, &k, &v, DB_NEXT_DUP);
    }
    cursor->close(cursor);
    if (ret != 0 && ret != DB_NOTFOUND) Fail("cannot read", ret);
  }

  void Put(std::string_view key, std::string_view value) {
    DBT k = Dbt(key);
    DBT v = Dbt(value);
    if (int ret = db_->put(db_, nullptr, &k, &v, 0); ret != 0) Fail("cannot write", ret);
  }

  // Removes one copy of the pair (a no-op when absent).
  void Delete(std::string_view key, std::string_view value) {
    DBC* cursor = nullptr;
    if (int ret = db_->cursor(db_, nullptr, &cursor, 0); ret != 0) Fail("cannot write", ret);
    DBT k = Dbt(key);
    DBT v = Dbt(value);
    int ret = cursor->get(cursor, &k, &v, DB_GET_BOTH);
    if (ret == 0) ret = cursor->del(cursor, 0);
    cursor->close(cursor);
    if (ret != 0 && ret != DB_NOTFOUND) Fail("cannot write", ret);
  }

  void Close() {
    DB* db = db_;
    db_ = nullptr;
    if (int ret = db->close(db, 0); ret != 0) Fail("cannot flush", ret);
  }

 private:
  static DBT Dbt(std::string_view bytes) {
    DBT d{};
    d.data = const_cast<char*>(bytes.data());
    d.size = static_cast<u_int32_t>(bytes.size());
    return d;
  }
  [[noreturn]] void Fail(const std::string& what, int ret) const {
    throw StoreError(what + " " + path_ + ": " + db_strerror(ret));
  }

  std::string path_;
  DB* db_ = nullptr;
};

// The files the writer maintains, in the order of kFileNames. The graphs
// model's sp2o and po2s files stay empty (see the header).
enum FileIndex : std::size_t {
  kTriplesSp2o,
  kTriplesPo2s,
  kTriplesSo2p,
  kGraphsSo2p,
  kGraphsContexts,
  kFileCount
};
constexpr std::array<const char*, kFileCount> kFileNames = {
    "triples-sp2o", "triples-po2s", "triples-so2p", "graphs-so2p", "graphs-contexts",
};

// A triple's parts in librdf's node encoding.
struct EncodedTriple {
  std::string s, p, o;
};

// One change to one file.
struct Change {
  std::string key;
  std::string value;
  bool put = true;  // false: delete
  bool operator<(const Change& other) const {
    return std::tie(key, value, put) < std::tie(other.key, other.value, other.put);
  }
};

// 'x' + tag + node + tag + node [+ 'c' + context]: librdf_statement_encode_parts2.
std::string Parts(char tag1, const std::string& node1, char tag2 = 0,
                  const std::string* node2 = nullptr, const std::string* context = nullptr) {
  std::string out;
  out.reserve(3 + node1.size() + (node2 ? node2->size() : 0) + (context ? context->size() : 0));
  out.push_back('x');
  out.push_back(tag1);
  out += node1;
  if (node2 != nullptr) {
    out.push_back(tag2);
    out += *node2;
  }
  if (context != nullptr) {
    out.push_back('c');
    out += *context;
  }
  return out;
}

// What one batch does to one graph (context).
struct GraphChange {
  std::string encoded;  // librdf_node_encode of the context node
  // Loaded: `base` is the graph's content before the batch and `current`
  // after the operations so far. Not loaded (adds to a graph that already
  // has statements, e.g. the default graph of `load`): `added` holds the
  // triples found missing so far.
  bool loaded = false;
  std::set<Triple> base;
  std::set<Triple> current;
  std::set<Triple> added;
};

}  // namespace

struct BdbIndexWriter::Files {
  std::array<std::unique_ptr<BdbFile>, kFileCount> files;
  BdbFile& operator[](std::size_t i) { return *files[i]; }
  // Encoded nodes of the current batch.
  std::unordered_map<std::string, std::string> nodes;

  const std::string& Encode(const Term& term) {
    std::string id;
    id.reserve(term.value.size() + term.datatype.size() + term.language.size() + 3);
    id.push_back(static_cast<char>(term.kind));
    id += term.value;
    id.push_back('\0');
    id += term.datatype;
    id.push_back('\0');
    id += term.language;
    auto [it, inserted] = nodes.try_emplace(std::move(id));
    if (inserted) {
      NodePtr node = MakeNode(World::Instance(), term);
      it->second = EncodeNode(node.get());
    }
    return it->second;
  }

  static std::string EncodeNode(librdf_node* node) {
    const std::size_t size = librdf_node_encode(node, nullptr, 0);
    std::string out(size, '\0');
    if (size == 0 ||
        librdf_node_encode(node, reinterpret_cast<unsigned char*>(out.data()), size) != size) {
      throw StoreError("cannot encode an RDF node");
    }
    return out;
  }

  EncodedTriple Encode(const Triple& t) {
    return {Encode(t.subject), Encode(t.predicate), Encode(t.object)};
  }

  // The statements stored under `context` in graphs-contexts.
  std::set<Triple> GraphContent(const std::string& context) {
    std::set<Triple> out;
    World& world = World::Instance();
    (*this)[kGraphsContexts].ForEachValue(context, [&](std::string_view value) {
      StatementPtr statement(librdf_new_statement(world.Raw()));
      std::string bytes(value);
      if (librdf_statement_decode2(world.Raw(), statement.get(), nullptr,
                                   reinterpret_cast<unsigned char*>(bytes.data()),
                                   bytes.size()) == 0) {
        throw StoreError("undecodable statement in graphs-contexts.db");
      }
      out.insert(StatementToTriple(statement.get()));
      return true;
    });
    return out;
  }

  // True when some graph (context) asserts the triple.
  bool AnyGraphHas(const EncodedTriple& t) {
    const std::string key = Parts('s', t.s, 'o', &t.o);
    // Values are 'x' 'p' predicate 'c' context.
    std::string prefix = "xp" + t.p;
    prefix.push_back('c');
    bool found = false;
    (*this)[kGraphsSo2p].ForEachValue(key, [&](std::string_view value) {
      found = value.starts_with(prefix);
      return !found;
    });
    return found;
  }
};

BdbIndexWriter::BdbIndexWriter(const std::string& dir, librdf_node* default_graph)
    : files_(std::make_unique<Files>()), default_graph_(default_graph) {
  for (std::size_t i = 0; i < kFileCount; ++i) {
    files_->files[i] = std::make_unique<BdbFile>(dir + "/" + kFileNames[i] + ".db");
  }
}

BdbIndexWriter::~BdbIndexWriter() = default;

void BdbIndexWriter::Close() {
  for (auto& file : files_->files) {
    if (file) {
      std::unique_ptr<BdbFile> closing = std::move(file);
      closing->Close();
    }
  }
}

void BdbIndexWriter::Apply(const std::vector<JournalOp>& ops) {
  Files& f = *files_;
  f.nodes.clear();
  const std::string default_context = Files::EncodeNode(default_graph_);

  // 1. The batch's effect on each graph, operation by operation.
  std::map<std::string, GraphChange> graphs;  // by graph IRI ("" = default graph)
  for (const JournalOp& op : ops) {
    auto [it, first] = graphs.try_emplace(op.graph_iri);
    GraphChange& g = it->second;
    if (first) {
      g.encoded = op.graph_iri.empty() ? default_context : f.Encode(Term::Iri(op.graph_iri));
      // A graph with no statements yet is loaded for free: no per-triple lookups.
      g.loaded = !f[kGraphsContexts].HasKey(g.encoded);
    }
    std::set<Triple> wanted = AssertedTriples(op);
    if (op.kind != JournalOp::Kind::kAddTriples && !g.loaded) {
      g.base = f.GraphContent(g.encoded);
      g.current = g.base;
      g.current.insert(g.added.begin(), g.added.end());
      g.added.clear();
      g.loaded = true;
    }
    switch (op.kind) {
      case JournalOp::Kind::kReplaceGraph:
        g.current = std::move(wanted);
        break;
      case JournalOp::Kind::kRemoveGraph:
        g.current.clear();
        break;
      case JournalOp::Kind::kAddTriples:
        if (g.loaded) {
          g.current.merge(wanted);
        } else {
          for (const Triple& t : wanted) {
            if (g.added.contains(t)) continue;
            const EncodedTriple e = f.Encode(t);
            if (!f[kGraphsSo2p].Has(Parts('s', e.s, 'o', &e.o),
                                    Parts('p', e.p, 0, nullptr, &g.encoded))) {
              g.added.insert(t);
            }
          }
        }
        break;
    }
  }

  // 2. The pairs to put and delete in the graphs files; the triples they
  //    may add to or remove from "triples".
  std::array<std::vector<Change>, kFileCount> changes;
  std::set<Triple> maybe_new;
  std::set<Triple> maybe_gone;
  auto quad = [&](const Triple& t, const std::string& c, bool put) {
    const EncodedTriple e = f.Encode(t);
    changes[kGraphsSo2p].push_back(
        {Parts('s', e.s, 'o', &e.o), Parts('p', e.p, 0, nullptr, &c), put});
    std::string statement = Parts('s', e.s, 'p', &e.p);
    statement.push_back('o');
    statement += e.o;
    changes[kGraphsContexts].push_back({c, std::move(statement), put});
    (put ? maybe_new : maybe_gone).insert(t);
  };
  for (auto& [iri, g] : graphs) {
    if (!g.loaded) {
      for (const Triple& t : g.added) quad(t, g.encoded, true);
      continue;
    }
    for (const Triple& t : g.current) {
      if (!g.base.contains(t)) quad(t, g.encoded, true);
    }
    for (const Triple& t : g.base) {
      if (!g.current.contains(t)) quad(t, g.encoded, false);
    }
  }
  auto apply = [&](std::size_t file) {
    std::vector<Change>& list = changes[file];
    std::sort(list.begin(), list.end());
    for (const Change& c : list) {
      if (c.put) {
        f[file].Put(c.key, c.value);
      } else {
        f[file].Delete(c.key, c.value);
      }
    }
    list.clear();
    list.shrink_to_fit();
  };
  for (std::size_t file : {kGraphsSo2p, kGraphsContexts}) apply(file);

  // 3. "triples": a triple some graph gained is added when new to it; one a
  //    graph lost is removed when no graph asserts it any more.
  std::vector<std::pair<std::string, EncodedTriple>> candidates;  // by so2p key, for locality
  for (const Triple& t : maybe_new) {
    EncodedTriple e = f.Encode(t);
    candidates.emplace_back(Parts('s', e.s, 'o', &e.o), std::move(e));
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  auto triple = [&](const EncodedTriple& e, bool put) {
    changes[kTriplesSp2o].push_back({Parts('s', e.s, 'p', &e.p), Parts('o', e.o), put});
    changes[kTriplesPo2s].push_back({Parts('p', e.p, 'o', &e.o), Parts('s', e.s), put});
    changes[kTriplesSo2p].push_back({Parts('s', e.s, 'o', &e.o), Parts('p', e.p), put});
  };
  for (const auto& [key, e] : candidates) {
    if (!f[kTriplesSo2p].Has(key, Parts('p', e.p))) triple(e, true);
  }
  for (const Triple& t : maybe_gone) {
    if (maybe_new.contains(t)) continue;
    const EncodedTriple e = f.Encode(t);
    if (!f.AnyGraphHas(e)) triple(e, false);
  }
  for (std::size_t file : {kTriplesSp2o, kTriplesPo2s, kTriplesSo2p}) apply(file);
}

}  // namespace awardgraph::query::internal
