// virtuoso_store.cc — VirtuosoStore over unixODBC and Virtuoso's ODBC driver.
#include "query/virtuoso_store.h"

#include <sql.h>
#include <sqlext.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <utility>

#include "ontology/vocabulary.h"
#include "query/errors.h"
#include "query/result_writers.h"
#include "query/sparql/parser.h"
#include "query/sparql_text.h"

namespace awardgraph::query {

namespace {

// Debian's Virtuoso ODBC driver (libvirtodbc0), thread-safe variant.
constexpr char kDefaultDriver[] = "/usr/lib/x86_64-linux-gnu/odbc/virtodbc_r.so";
constexpr int kDefaultPort = 1111;
// Largest N-Quads text sent to the loader in one call.
constexpr std::size_t kMaxLoadBytes = 8'000'000;
// A write batch is tried again this often when Virtuoso picks it as a
// deadlock victim (SQLSTATE 40001).
constexpr int kWriteAttempts = 5;
constexpr char kNotFoundHint[] =
    " (create it with `awardgraph load` or `awardgraph ingest`, or pass --store)";

using Row = std::vector<std::optional<std::string>>;

// An error from ODBC: its SQLSTATE and message.
struct OdbcFailure {
  std::string sqlstate;
  std::string message;
};

// Reads the diagnostic records of `handle`.
OdbcFailure Diagnose(SQLSMALLINT type, SQLHANDLE handle) {
  OdbcFailure failure;
  SQLCHAR state[6] = {0};
  SQLCHAR text[1024];
  SQLINTEGER native = 0;
  SQLSMALLINT length = 0;
  for (SQLSMALLINT i = 1;
       SQLGetDiagRec(type, handle, i, state, &native, text, sizeof(text), &length) == SQL_SUCCESS;
       ++i) {
    if (failure.sqlstate.empty()) failure.sqlstate = reinterpret_cast<const char*>(state);
    if (!failure.message.empty()) failure.message += "; ";
    failure.message += reinterpret_cast<const char*>(text);
  }
  if (failure.message.empty()) failure.message = "no reason given";
  // Drop the driver's "[Virtuoso Driver][Virtuoso Server]" prefix.
  for (std::string_view prefix : {"[Virtuoso Driver]", "[Virtuoso Server]"}) {
    if (failure.message.starts_with(prefix)) failure.message.erase(0, prefix.size());
  }
  return failure;
}

// The exception a failed statement raises; carries the SQLSTATE.
class StatementFailed : public StoreError {
 public:
  StatementFailed(const OdbcFailure& failure)
      : StoreError(failure.message), sqlstate_(failure.sqlstate) {}
  const std::string& SqlState() const { return sqlstate_; }

 private:
  std::string sqlstate_;
};

// An IRI as <...> for SPARQL text; refuses characters SPARQL does not allow
// in an IRIREF, so nothing can break out of the brackets.
std::string IriRef(std::string_view iri) {
  for (char c : iri) {
    const auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || std::string_view("<>\"{}|^`\\").find(c) != std::string_view::npos) {
      throw StoreError("graph IRI <" + std::string(iri) +
                       "> contains a character IRIs may not hold");
    }
  }
  return "<" + std::string(iri) + ">";
}

// One ODBC connection (environment + connection handles).
class OdbcConnection {
 public:
  OdbcConnection(const std::string& connection_string, const std::string& password) {
    SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env_);
    if (env_ == SQL_NULL_HANDLE) throw StoreError("ODBC is not available (install unixodbc)");
    SQLSetEnvAttr(env_, SQL_ATTR_ODBC_VERSION, reinterpret_cast<SQLPOINTER>(SQL_OV_ODBC3), 0);
    SQLAllocHandle(SQL_HANDLE_DBC, env_, &dbc_);
    SQLSetConnectAttr(dbc_, SQL_ATTR_LOGIN_TIMEOUT, reinterpret_cast<SQLPOINTER>(15), 0);
    SQLCHAR out[1024];
    SQLSMALLINT out_length = 0;
    std::string text = connection_string;
    const SQLRETURN rc = SQLDriverConnect(dbc_, nullptr, reinterpret_cast<SQLCHAR*>(text.data()),
                                          static_cast<SQLSMALLINT>(text.size()), out, sizeof(out),
                                          &out_length, SQL_DRIVER_NOPROMPT);
    if (!SQL_SUCCEEDED(rc)) {
      OdbcFailure failure = Diagnose(SQL_HANDLE_DBC, dbc_);
      Free();
      // The driver never echoes the password, but make sure.
      if (!password.empty()) {
        for (std::size_t at; (at = failure.message.find(password)) != std::string::npos;) {
          failure.message.replace(at, password.size(), "***");
        }
      }
      throw StoreError(failure.message);
    }
    connected_ = true;
  }
  OdbcConnection(const OdbcConnection&) = delete;
  OdbcConnection& operator=(const OdbcConnection&) = delete;
  ~OdbcConnection() { Free(); }

  void SetAutocommit(bool on) {
    SQLSetConnectAttr(dbc_, SQL_ATTR_AUTOCOMMIT,
                      reinterpret_cast<SQLPOINTER>(
                          static_cast<std::intptr_t>(on ? SQL_AUTOCOMMIT_ON : SQL_AUTOCOMMIT_OFF)),
                      0);
  }

  void EndTransaction(bool commit) {
    if (!SQL_SUCCEEDED(SQLEndTran(SQL_HANDLE_DBC, dbc_, commit ? SQL_COMMIT : SQL_ROLLBACK))) {
      throw StatementFailed(Diagnose(SQL_HANDLE_DBC, dbc_));
    }
  }

  // Runs `sql` with `params` bound in order (as text) and returns every row,
  // each column as text (nullopt for NULL). `on_statement` is called with the
  // statement handle before it runs (to cancel it from another thread) and
  // with SQL_NULL_HSTMT once it is finished.
  // `prepare`: the statement is prepared once per connection and kept
  // (Virtuoso compiles each SQLExecDirect anew: measured 4-5 ms a statement).
  template <typename OnStatement>
  std::vector<Row> Execute(const std::string& sql, const std::vector<std::string>& params,
                           OnStatement&& on_statement, bool prepare = false) {
    SQLHSTMT stmt = SQL_NULL_HSTMT;
    bool cached = false;
    if (prepare) {
      if (auto it = prepared_.find(sql); it != prepared_.end()) {
        stmt = it->second;
        cached = true;
      }
    }
    if (stmt == SQL_NULL_HSTMT && !SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, dbc_, &stmt))) {
      throw StatementFailed(Diagnose(SQL_HANDLE_DBC, dbc_));
    }
    if (prepare && !cached) {
      std::string text = sql;
      if (!SQL_SUCCEEDED(SQLPrepare(stmt, reinterpret_cast<SQLCHAR*>(text.data()),
                                    static_cast<SQLINTEGER>(text.size())))) {
        const OdbcFailure failure = Diagnose(SQL_HANDLE_STMT, stmt);
        SQLFreeHandle(SQL_HANDLE_STMT, stmt);
        throw StatementFailed(failure);
      }
      prepared_.emplace(sql, stmt);
    }
    struct Guard {
      SQLHSTMT stmt;
      bool keep;
      ~Guard() {
        if (keep) {
          SQLFreeStmt(stmt, SQL_CLOSE);
          SQLFreeStmt(stmt, SQL_RESET_PARAMS);
        } else {
          SQLFreeHandle(SQL_HANDLE_STMT, stmt);
        }
      }
    } guard{stmt, prepare};
    std::vector<SQLLEN> lengths(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
      lengths[i] = static_cast<SQLLEN>(params[i].size());
      const SQLULEN size = std::max<SQLULEN>(params[i].size(), 1);
      SQLBindParameter(stmt, static_cast<SQLUSMALLINT>(i + 1), SQL_PARAM_INPUT, SQL_C_CHAR,
                       params[i].size() > 4000 ? SQL_LONGVARCHAR : SQL_VARCHAR, size, 0,
                       const_cast<char*>(params[i].data()), static_cast<SQLLEN>(size), &lengths[i]);
    }
    on_statement(stmt);
    struct Done {
      OnStatement& f;
      ~Done() { f(SQL_NULL_HSTMT); }
    } done{on_statement};
    std::string text = sql;
    SQLRETURN rc = prepare ? SQLExecute(stmt)
                           : SQLExecDirect(stmt, reinterpret_cast<SQLCHAR*>(text.data()),
                                           static_cast<SQLINTEGER>(text.size()));
    if (rc == SQL_NO_DATA) return {};
    if (!SQL_SUCCEEDED(rc)) throw StatementFailed(Diagnose(SQL_HANDLE_STMT, stmt));
    if (rc == SQL_SUCCESS_WITH_INFO) {
      // Incomplete results of a query stopped by `set result_timeout`.
      OdbcFailure info = Diagnose(SQL_HANDLE_STMT, stmt);
      if (info.sqlstate == "S1TAT") throw StatementFailed(info);
    }
    SQLSMALLINT columns = 0;
    SQLNumResultCols(stmt, &columns);
    std::vector<Row> rows;
    if (columns <= 0) return rows;
    std::vector<char> buffer(1 << 16);
    while ((rc = SQLFetch(stmt)) != SQL_NO_DATA) {
      if (!SQL_SUCCEEDED(rc)) throw StatementFailed(Diagnose(SQL_HANDLE_STMT, stmt));
      Row& row = rows.emplace_back(columns);
      for (SQLSMALLINT c = 1; c <= columns; ++c) {
        std::string value;
        bool null = false;
        for (;;) {
          SQLLEN indicator = 0;
          rc = SQLGetData(stmt, static_cast<SQLUSMALLINT>(c), SQL_C_CHAR, buffer.data(),
                          static_cast<SQLLEN>(buffer.size()), &indicator);
          if (rc == SQL_NO_DATA) break;
          if (!SQL_SUCCEEDED(rc)) throw StatementFailed(Diagnose(SQL_HANDLE_STMT, stmt));
          if (indicator == SQL_NULL_DATA) {
            null = true;
            break;
          }
          const std::size_t room = buffer.size() - 1;  // the driver adds a NUL
          const std::size_t got =
              indicator == SQL_NO_TOTAL || static_cast<std::size_t>(indicator) > room
                  ? room
                  : static_cast<std::size_t>(indicator);
          value.append(buffer.data(), got);
          if (rc == SQL_SUCCESS) break;
        }
        if (!null) row[c - 1] = std::move(value);
      }
    }
    return rows;
  }

  // Runs the prepared `sql` once per entry of `rows` (each the statement's
  // parameters) in one round trip: ODBC parameter arrays. Per-statement
  // round trips dominated Virtuoso ingest (8-13 ms each on a loaded machine).
  void ExecuteMany(const std::string& sql, const std::vector<std::vector<std::string>>& rows) {
    if (rows.empty()) return;
    if (rows.size() == 1) {
      Execute(sql, rows[0]);
      return;
    }
    SQLHSTMT stmt = SQL_NULL_HSTMT;
    if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_STMT, dbc_, &stmt))) {
      throw StatementFailed(Diagnose(SQL_HANDLE_DBC, dbc_));
    }
    struct Guard {
      SQLHSTMT stmt;
      ~Guard() { SQLFreeHandle(SQL_HANDLE_STMT, stmt); }
    } guard{stmt};
    const std::size_t n = rows.size();
    const std::size_t columns = rows[0].size();
    std::vector<std::size_t> widths(columns, 1);
    for (const auto& row : rows) {
      for (std::size_t c = 0; c < columns; ++c) widths[c] = std::max(widths[c], row[c].size() + 1);
    }
    std::vector<std::vector<char>> buffers(columns);
    std::vector<std::vector<SQLLEN>> lengths(columns, std::vector<SQLLEN>(n));
    SQLSetStmtAttr(stmt, SQL_ATTR_PARAM_BIND_TYPE,
                   reinterpret_cast<SQLPOINTER>(SQL_PARAM_BIND_BY_COLUMN), 0);
    SQLSetStmtAttr(stmt, SQL_ATTR_PARAMSET_SIZE, reinterpret_cast<SQLPOINTER>(n), 0);
    for (std::size_t c = 0; c < columns; ++c) {
      buffers[c].assign(widths[c] * n, '\0');
      for (std::size_t r = 0; r < n; ++r) {
        std::copy(rows[r][c].begin(), rows[r][c].end(), buffers[c].begin() + r * widths[c]);
        lengths[c][r] = static_cast<SQLLEN>(rows[r][c].size());
      }
      SQLBindParameter(stmt, static_cast<SQLUSMALLINT>(c + 1), SQL_PARAM_INPUT, SQL_C_CHAR,
                       SQL_VARCHAR, widths[c], 0, buffers[c].data(), static_cast<SQLLEN>(widths[c]),
                       lengths[c].data());
    }
    std::string text = sql;
    const SQLRETURN rc = SQLExecDirect(stmt, reinterpret_cast<SQLCHAR*>(text.data()),
                                       static_cast<SQLINTEGER>(text.size()));
    if (!SQL_SUCCEEDED(rc) && rc != SQL_NO_DATA) {
      throw StatementFailed(Diagnose(SQL_HANDLE_STMT, stmt));
    }
  }

  std::vector<Row> Execute(const std::string& sql, const std::vector<std::string>& params = {}) {
    return Execute(
        sql, params, [](SQLHSTMT) {}, !params.empty());
  }

 private:
  void Free() {
    for (auto& [sql, stmt] : prepared_) SQLFreeHandle(SQL_HANDLE_STMT, stmt);
    prepared_.clear();
    if (connected_) SQLDisconnect(dbc_);
    connected_ = false;
    if (dbc_ != SQL_NULL_HANDLE) SQLFreeHandle(SQL_HANDLE_DBC, dbc_);
    if (env_ != SQL_NULL_HANDLE) SQLFreeHandle(SQL_HANDLE_ENV, env_);
    dbc_ = SQL_NULL_HANDLE;
    env_ = SQL_NULL_HANDLE;
  }

  std::map<std::string, SQLHSTMT> prepared_;
  SQLHENV env_ = SQL_NULL_HANDLE;
  SQLHDBC dbc_ = SQL_NULL_HANDLE;
  bool connected_ = false;
};

// Drops xsd:string from literals, as RDF 1.1 makes "x" and "x"^^xsd:string one term.
Term Normalized(Term term) {
  if (term.IsLiteral() && term.datatype == vocab::kXsdString) term.datatype.clear();
  return term;
}

// A term of Virtuoso's JSON ({"type", "value", "xml:lang"/"lang", "datatype"}).
Term JsonTerm(const nlohmann::json& j) {
  const std::string type = j.at("type").get<std::string>();
  std::string value = j.at("value").get<std::string>();
  if (type == "uri") return Term::Iri(value);
  if (type == "bnode") {
    if (value.starts_with("_:")) value.erase(0, 2);
    if (value.starts_with("nodeID://")) value.erase(0, 9);
    return Term::Blank(value);
  }
  if (type == "literal" || type == "typed-literal") {
    for (const char* key : {"xml:lang", "lang"}) {
      if (auto it = j.find(key); it != j.end())
        return Term::LangString(value, it->get<std::string>());
    }
    if (auto it = j.find("datatype"); it != j.end()) {
      return Normalized(Term::Typed(value, it->get<std::string>()));
    }
    return Term::Literal(value);
  }
  throw QueryError("Virtuoso returned a term of unknown type '" + type + "'");
}

// A subject or predicate key of RDF/JSON.
Term JsonKeyTerm(const std::string& key) {
  if (key.starts_with("_:")) return JsonTerm({{"type", "bnode"}, {"value", key}});
  if (key.starts_with("nodeID://")) return Term::Blank(key.substr(9));
  return Term::Iri(key);
}

}  // namespace

VirtuosoGraphs VirtuosoGraphsFor(std::string_view graph_base) {
  const std::string base = std::string(vocab::kStoreNs) + std::string(graph_base);
  return VirtuosoGraphs{base, base + "/union", base + "/default", base + "/graphs",
                        base + "/no-graphs"};
}

std::string VirtuosoQueryText(std::string_view sparql, bool has_dataset, bool uses_graph,
                              const VirtuosoGraphs& graphs,
                              const std::vector<std::string>& named_graphs, VirtuosoOutput output) {
  std::string text;
  switch (output) {
    case VirtuosoOutput::kSelectJson:
    case VirtuosoOutput::kGraphJson:
      text += "define output:format \"JSON\" ";
      break;
    case VirtuosoOutput::kAsk:
      break;
  }
  if (!has_dataset) {
    // Virtuoso adds these to a query's own FROM / FROM NAMED rather than
    // being replaced by them, so they are only given without one.
    text += "define input:default-graph-uri " + IriRef(graphs.union_graph) + " ";
    if (uses_graph) {
      if (named_graphs.empty()) {
        text += "define input:named-graph-uri " + IriRef(graphs.no_graphs) + " ";
      }
      for (const std::string& g : named_graphs) {
        text += "define input:named-graph-uri " + IriRef(g) + " ";
      }
    }
  }
  text += "\n";
  text += sparql;
  return text;
}

std::string VirtuosoExtensionUse(std::string_view sparql) {
  std::string lower(sparql);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (std::string_view marker : {"<bif:", "<sql:", "<http://www.openlinksw.com/schemas/bif#",
                                  "<http://www.openlinksw.com/schemas/sql#"}) {
    if (lower.find(marker) != std::string::npos) {
      return "Virtuoso's bif: and sql: functions are refused: they run SQL on the server";
    }
  }
  return {};
}

QueryResult ParseVirtuosoSelectJson(std::string_view json, std::vector<std::string> variables) {
  nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("results")) {
    throw QueryError("Virtuoso's answer is not SPARQL JSON results: " +
                     std::string(json.substr(0, 200)));
  }
  QueryResult result = QueryResult::Bindings(std::move(variables));
  for (const nlohmann::json& binding : doc["results"].value("bindings", nlohmann::json::array())) {
    ResultRow& row = result.rows.emplace_back(result.variables.size());
    for (std::size_t i = 0; i < result.variables.size(); ++i) {
      if (auto it = binding.find(result.variables[i]); it != binding.end()) row[i] = JsonTerm(*it);
    }
  }
  return result;
}

std::vector<Triple> ParseVirtuosoGraphJson(std::string_view json) {
  nlohmann::json doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    throw QueryError("Virtuoso's answer is not RDF/JSON: " + std::string(json.substr(0, 200)));
  }
  std::vector<Triple> triples;
  std::set<Triple> seen;
  for (const auto& [subject, predicates] : doc.items()) {
    for (const auto& [predicate, objects] : predicates.items()) {
      for (const nlohmann::json& object : objects) {
        Triple t{JsonKeyTerm(subject), Term::Iri(predicate), JsonTerm(object)};
        if (seen.insert(t).second) triples.push_back(std::move(t));
      }
    }
  }
  return triples;
}

std::string NTriplesText(const std::vector<Triple>& triples) {
  std::string text;
  for (const Triple& t : triples) {
    text += TermToTsv(t.subject);
    text += ' ';
    text += TermToTsv(t.predicate);
    text += ' ';
    text += TermToTsv(Normalized(t.object));
    text += " .\n";
  }
  return text;
}

struct VirtuosoStore::Impl {
  StoreSpec spec;
  VirtuosoGraphs graphs;
  std::unique_ptr<OdbcConnection> connection;
  // To connect again after a timeout, which leaves the driver's link broken
  // ("CL066: Virtuoso Communications Link Failure (timeout)").
  std::string connection_string;
  std::string password;

  void Reconnect() noexcept {
    try {
      connection.reset();
      connection = std::make_unique<OdbcConnection>(connection_string, password);
    } catch (const std::exception&) {
      // The next call reports the server unreachable.
    }
  }

  // "cannot ... store X: why".
  StoreError Failure(std::string_view what, const std::exception& e) const {
    return StoreError(std::string(what) + " Virtuoso store " + spec.original + ": " + e.what());
  }

  // One string column of a one-row answer.
  std::string Scalar(const std::string& sql, const std::vector<std::string>& params) const {
    const std::vector<Row> rows = connection->Execute(sql, params);
    if (rows.empty() || rows[0].empty() || !rows[0][0]) return {};
    return *rows[0][0];
  }

  bool Exists() const {
    return !connection
                ->Execute(
                    "SELECT 1 FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(?, 0) AND "
                    "S = iri_to_id(?, 0) AND P = iri_to_id(?, 0) AND O = iri_to_id(?, 0)",
                    {graphs.registry, graphs.dataset, std::string(vocab::kSdNamedGraph),
                     graphs.default_graph})
                .empty();
  }

  // Loads `triples` into `graph` with Virtuoso's Turtle loader. TTLP
  // commits on its own (measured: a rollback after it keeps its triples,
  // whatever its log mode), so it only ever loads a staging graph.
  void Load(const std::string& graph, const std::vector<Triple>& triples) {
    if (triples.empty()) return;
    connection->Execute("DB.DBA.TTLP(?, '', ?, 0)", {NTriplesText(triples), graph});
  }

  // Copies every quad of `from` into `to` (transactional SQL; blank nodes
  // keep their identity, duplicates are skipped).
  void Copy(const std::string& from, const std::string& to) {
    connection->Execute(
        "INSERT SOFT DB.DBA.RDF_QUAD (G, S, P, O) SELECT iri_to_id(?), S, P, O "
        "FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(?)",
        {to, from});
  }

  // A staging graph of this process for the `index`th operation of a batch.
  // (Unique per batch, so no earlier run can have left triples in it.)
  std::string Staging(std::size_t index) const {
    return graphs.dataset + "/staging/" + staging_token + "-" + std::to_string(index);
  }
  std::string staging_token;

  // "(iri_to_id(?), ...)" with `n` parameters.
  static std::string IdList(std::size_t n) {
    std::string list = "(";
    for (std::size_t i = 0; i < n; ++i) list += i ? ", iri_to_id(?)" : "iri_to_id(?)";
    return list + ")";
  }

  // Which of `graph_list` the store lists already (one statement).
  std::set<std::string> Registered(const std::vector<std::string>& graph_list) {
    std::set<std::string> out;
    if (graph_list.empty()) return out;
    std::vector<std::string> params = {graphs.registry, graphs.dataset,
                                       std::string(vocab::kSdNamedGraph)};
    params.insert(params.end(), graph_list.begin(), graph_list.end());
    for (const Row& row :
         connection->Execute("SELECT id_to_iri(O) FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(?) AND "
                             "S = iri_to_id(?) AND P = iri_to_id(?) AND O IN " +
                                 IdList(graph_list.size()),
                             params)) {
      if (!row.empty() && row[0]) out.insert(*row[0]);
    }
    return out;
  }

  // Removes from the union graph the triples of `graph` that no other graph
  // of the store holds. (Virtuoso's `iri(?\?)` parameters keep the text
  // constant, so it is compiled once per connection.)
  void Unassert(const std::string& graph) {
    connection->Execute(
        "SPARQL DELETE { GRAPH `iri(?\?)` { ?s ?p ?o } } WHERE { GRAPH `iri(?\?)` { ?s ?p ?o } "
        "FILTER NOT EXISTS { GRAPH `iri(?\?)` { `iri(?\?)` `iri(?\?)` ?other } "
        "GRAPH ?other { ?s ?p ?o } FILTER (?other != iri(?\?)) } }",
        {graphs.union_graph, graph, graphs.registry, graphs.dataset,
         std::string(vocab::kSdNamedGraph), graph});
  }

  void Clear(const std::string& graph) {
    connection->Execute("DELETE FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(?)", {graph});
  }

  void Unregister(const std::string& graph) {
    connection->Execute(
        "DELETE FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(?) AND S = iri_to_id(?) AND "
        "P = iri_to_id(?) AND O = iri_to_id(?)",
        {graphs.registry, graphs.dataset, std::string(vocab::kSdNamedGraph), graph});
  }

  Triple Registration(const std::string& graph) const {
    return Triple{Term::Iri(graphs.dataset), Term::Iri(vocab::kSdNamedGraph), Term::Iri(graph)};
  }

  // Phase 1, outside the transaction: each operation's triples are parsed
  // by TTLP into a staging graph of its own (committed, but no query, no
  // other graph and no list ever names a staging graph).
  // Decides where each operation's triples are loaded: straight into its
  // graph when the store does not list that graph yet and the batch names
  // it once (a first ingest: nothing visible depends on it, and it is
  // emptied first of what a crashed run may have left), else into a
  // staging graph. Loading straight saves a copy and the staging graph's
  // deletion, which dominated ingest (2nd 1,000 articles: 22 s of 58 s).
  void Plan(const std::vector<JournalOp>& ops) {
    targets.clear();
    load_into.clear();
    for (const JournalOp& op : ops) {
      targets.push_back(op.graph_iri.empty() ? graphs.default_graph : op.graph_iri);
      IriRef(targets.back());  // refuse a bad IRI before anything is written
    }
    listed = Registered(targets);
    std::map<std::string, int> times;
    for (const std::string& g : targets) ++times[g];
    std::vector<std::vector<std::string>> direct;
    for (std::size_t i = 0; i < ops.size(); ++i) {
      const bool straight = listed.count(targets[i]) == 0 && times[targets[i]] == 1 &&
                            ops[i].kind != JournalOp::Kind::kRemoveGraph;
      load_into.push_back(straight ? targets[i] : Staging(i));
      if (straight) direct.push_back({targets[i]});
    }
    connection->ExecuteMany("DELETE FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(?)", direct);
  }
  std::vector<std::string> targets;
  std::set<std::string> listed;
  std::vector<std::string> load_into;

  // N-Quads texts of up to kMaxLoadBytes, one TTLP call each (Virtuoso's
  // driver refuses parameters over 10 MB: "CL091: Invalid buffer length").
  // A graph is split only when it alone is larger; blank node labels are
  // scoped to one TTLP call, so such a graph may not hold blank nodes.
  void Stage(const std::vector<JournalOp>& ops) {
    std::string quads;
    auto flush = [&] {
      // Flag 512: the text is N-Quads.
      if (!quads.empty()) connection->Execute("DB.DBA.TTLP(?, '', ?, 512)", {quads, Staging(0)});
      quads.clear();
    };
    for (std::size_t i = 0; i < ops.size(); ++i) {
      const std::string graph = " " + IriRef(load_into[i]) + " .\n";
      std::string text;
      bool blank = false;
      for (const Triple& t : ops[i].triples) {
        blank = blank || t.subject.IsBlank() || t.object.IsBlank();
        text += TermToTsv(t.subject);
        text += ' ';
        text += TermToTsv(t.predicate);
        text += ' ';
        text += TermToTsv(Normalized(t.object));
        text += graph;
      }
      if (quads.size() + text.size() > kMaxLoadBytes) flush();
      if (text.size() <= kMaxLoadBytes) {
        quads += text;
        continue;
      }
      if (blank) {
        throw StoreError("graph " + ops[i].graph_iri + " is over " +
                         std::to_string(kMaxLoadBytes / 1000000) +
                         " MB as N-Quads and holds blank nodes, which Virtuoso's loader cannot "
                         "split; split the file");
      }
      for (std::size_t at = 0; at < text.size();) {
        std::size_t end = std::min(text.size(), at + kMaxLoadBytes);
        if (end < text.size()) end = text.rfind('\n', end - 1) + 1;
        quads.assign(text, at, end - at);
        flush();
        at = end;
      }
    }
    flush();
  }

  // Phase 2, in the transaction: the operations, copying from staging.
  void Apply(const std::vector<JournalOp>& ops) {
    // A graph the store does not list holds nothing of the store's yet
    // (article graphs of a first ingest): nothing to take out of it.
    std::set<std::string> known = listed;
    pending.clear();
    to_graphs.clear();
    to_union.clear();
    registrations.clear();
    for (std::size_t i = 0; i < ops.size(); ++i) {
      const JournalOp& op = ops[i];
      const std::string& graph = targets[i];
      const bool listed = known.count(graph) > 0;
      known.insert(graph);
      if (pending.count(graph) > 0) Flush();  // a graph twice in a batch: keep the order
      if (op.kind != JournalOp::Kind::kAddTriples && listed) {
        Unassert(graph);
        Clear(graph);
      }
      if (op.kind == JournalOp::Kind::kRemoveGraph ||
          (op.kind == JournalOp::Kind::kReplaceGraph && op.triples.empty())) {
        if (listed) Unregister(graph);
        known.erase(graph);
        continue;
      }
      if (op.triples.empty()) continue;
      // Deferred, then sent as parameter arrays. An Unassert running before
      // an earlier operation's copies may drop a triple from the union that
      // those copies then put back: the end state is the same.
      pending.insert(graph);
      if (load_into[i] != graph) to_graphs.push_back({graph, load_into[i]});
      to_union.push_back({graphs.union_graph, load_into[i]});
      if (listed) continue;
      const Triple r = Registration(graph);
      registrations.push_back(
          {graphs.registry, r.subject.value, r.predicate.value, r.object.value});
    }
    Flush();
  }

  // The copies and registrations Apply deferred.
  std::set<std::string> pending;
  std::vector<std::vector<std::string>> to_graphs, to_union, registrations;
  void Flush() {
    constexpr char kCopy[] =
        "INSERT SOFT DB.DBA.RDF_QUAD (G, S, P, O) SELECT iri_to_id(?), S, P, O "
        "FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(?)";
    connection->ExecuteMany(kCopy, to_graphs);
    connection->ExecuteMany(kCopy, to_union);
    connection->ExecuteMany(
        "INSERT SOFT DB.DBA.RDF_QUAD (G, S, P, O) VALUES "
        "(iri_to_id(?), iri_to_id(?), iri_to_id(?), iri_to_id(?))",
        registrations);
    pending.clear();
    to_graphs.clear();
    to_union.clear();
    registrations.clear();
  }

  // Phase 3: the staging graphs go (their own transaction).
  void Unstage(std::size_t count) noexcept {
    try {
      std::vector<std::vector<std::string>> staged;
      for (std::size_t i = 0; i < count && i < load_into.size(); ++i) {
        if (load_into[i] != targets[i]) staged.push_back({load_into[i]});
      }
      connection->ExecuteMany("DELETE FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(?)", staged);
      connection->EndTransaction(true);
    } catch (const std::exception&) {
      // Left behind: a staging graph that nothing reads.
    }
  }

  // Runs `sql` on the server. `control`'s deadline becomes Virtuoso's
  // `set result_timeout` (the server stops the query: SQLSTATE S1TAT), with
  // the ODBC statement timeout 10 s later as a backstop (it only makes the
  // client give up; the server would go on). SQLCancel from a watching
  // thread is not used: Virtuoso's driver crashes on it (measured, "GPF:
  // Dksestcp.c:1134 internal error"); the cancel flag is checked before
  // and after the statement only.
  std::string RunQuery(const std::string& sql, const QueryControl& control) {
    auto stopped = [&] {
      if (control.cancel != nullptr && control.cancel->load()) {
        throw QueryStoppedError("the query was cancelled");
      }
      if (std::chrono::steady_clock::now() >= control.deadline) {
        throw QueryStoppedError("the query ran past its time limit");
      }
    };
    stopped();
    SQLULEN timeout = 0;  // none
    long long left_ms = 0;
    if (control.deadline != std::chrono::steady_clock::time_point::max()) {
      left_ms = std::max<long long>(1, std::chrono::duration_cast<std::chrono::milliseconds>(
                                           control.deadline - std::chrono::steady_clock::now())
                                           .count());
      timeout = static_cast<SQLULEN>((left_ms + 999) / 1000 + 10);
    }
    if (left_ms > 0) connection->Execute("set result_timeout = " + std::to_string(left_ms));
    struct Reset {
      Impl& impl;
      bool on;
      ~Reset() {
        try {
          if (on && impl.connection) impl.connection->Execute("set result_timeout = 0");
        } catch (const std::exception&) {
        }
      }
    } reset{*this, left_ms > 0};
    auto on_statement = [&](SQLHSTMT stmt) {
      if (stmt != SQL_NULL_HSTMT && timeout > 0) {
        SQLSetStmtAttr(stmt, SQL_ATTR_QUERY_TIMEOUT, reinterpret_cast<SQLPOINTER>(timeout), 0);
      }
    };
    try {
      std::vector<Row> rows = connection->Execute(sql, {}, on_statement);
      stopped();
      if (rows.empty() || rows[0].empty() || !rows[0][0]) return {};
      return std::move(*rows[0][0]);
    } catch (const StatementFailed& e) {
      if (e.SqlState() == "S1TAT") {
        throw QueryStoppedError("the query ran past its time limit (Virtuoso stopped it)");
      }
      if (e.SqlState() == "S1T00" || e.SqlState() == "HYT00") {
        Reconnect();
        throw QueryStoppedError(
            "the query ran past its time limit (Virtuoso: " + std::string(e.what()) + ")");
      }
      stopped();
      if (e.SqlState() == "37000") {
        throw UnsupportedQueryError("Virtuoso cannot run this query: " + std::string(e.what()));
      }
      if (std::string_view(e.what()).find("HT057") != std::string_view::npos) {
        throw QueryError(
            "the answer is larger than Virtuoso's 10 MB limit for one serialized result; "
            "narrow the query or page it with LIMIT and OFFSET");
      }
      if (e.SqlState().starts_with("08")) {
        Reconnect();
        throw Failure("lost the connection to", e);
      }
      throw QueryError("Virtuoso failed to run the query (SQLSTATE " + e.SqlState() +
                       "): " + std::string(e.what()));
    }
  }

  std::vector<std::string> NamedGraphs() const {
    std::vector<std::string> out;
    for (const Row& row : connection->Execute(
             "SELECT id_to_iri(O) FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(?, 0) AND "
             "S = iri_to_id(?, 0) AND P = iri_to_id(?, 0)",
             {graphs.registry, graphs.dataset, std::string(vocab::kSdNamedGraph)})) {
      if (!row.empty() && row[0] && *row[0] != graphs.default_graph) out.push_back(*row[0]);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }
};

VirtuosoStore::VirtuosoStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
VirtuosoStore::~VirtuosoStore() = default;

std::unique_ptr<VirtuosoStore> VirtuosoStore::Open(const StoreSpec& spec, bool write) {
  auto impl = std::make_unique<Impl>();
  impl->spec = spec;
  impl->graphs = VirtuosoGraphsFor(spec.graph_base);
  const char* dsn = std::getenv("AWARDGRAPH_VIRTUOSO_DSN");
  const char* driver = std::getenv("AWARDGRAPH_VIRTUOSO_DRIVER");
  const char* env_password = std::getenv("AWARDGRAPH_VIRTUOSO_PASSWORD");
  const std::string password = !spec.password.empty()    ? spec.password
                               : env_password != nullptr ? env_password
                                                         : "";
  const std::string host = (spec.host.empty() ? std::string("127.0.0.1") : spec.host) + ":" +
                           std::to_string(spec.port > 0 ? spec.port : kDefaultPort);
  std::string connection_string =
      dsn != nullptr && *dsn != '\0'
          ? "DSN=" + std::string(dsn)
          : "DRIVER=" +
                std::string(driver != nullptr && *driver != '\0' ? driver : kDefaultDriver) +
                ";HOST=" + host;
  connection_string += ";UID=" + spec.user + ";PWD=" + password + ";CHARSET=UTF-8";
  impl->connection_string = connection_string;
  impl->password = password;
  try {
    impl->connection = std::make_unique<OdbcConnection>(connection_string, password);
  } catch (const StoreError& e) {
    throw StoreError("cannot open store " + spec.original + ": cannot connect to Virtuoso at " +
                     (dsn != nullptr && *dsn != '\0' ? "DSN " + std::string(dsn) : host) + ": " +
                     e.what());
  }
  try {
    if (!impl->Exists()) {
      if (!write) throw StoreNotFoundError("no store at " + spec.original + kNotFoundHint);
      const Triple r = impl->Registration(impl->graphs.default_graph);
      impl->connection->Execute(
          "INSERT SOFT DB.DBA.RDF_QUAD (G, S, P, O) VALUES "
          "(iri_to_id(?), iri_to_id(?), iri_to_id(?), iri_to_id(?))",
          {impl->graphs.registry, r.subject.value, r.predicate.value, r.object.value});
    }
  } catch (const StoreNotFoundError&) {
    throw;
  } catch (const StoreError& e) {
    throw impl->Failure("cannot open", e);
  }
  return std::unique_ptr<VirtuosoStore>(new VirtuosoStore(std::move(impl)));
}

void VirtuosoStore::Write(const std::vector<JournalOp>& ops) {
  OdbcConnection& connection = *impl_->connection;
  connection.SetAutocommit(false);
  struct Restore {
    OdbcConnection& c;
    ~Restore() { c.SetAutocommit(true); }
  } restore{connection};
  struct Unstage {
    Impl& impl;
    std::size_t count;
    ~Unstage() { impl.Unstage(count); }
  } unstage{*impl_, ops.size()};
  impl_->staging_token =
      std::to_string(getpid()) + "-" +
      std::to_string(std::chrono::steady_clock::now().time_since_epoch().count());
  try {
    impl_->Plan(ops);
    impl_->Stage(ops);
  } catch (const StatementFailed& e) {
    throw impl_->Failure("cannot write to", e);
  }
  for (int attempt = 1;; ++attempt) {
    try {
      impl_->Apply(ops);
      connection.EndTransaction(true);
      return;
    } catch (const StatementFailed& e) {
      try {
        connection.EndTransaction(false);
      } catch (const StoreError&) {
        // The connection is gone; the server rolls the transaction back.
      }
      if (e.SqlState() != "40001" || attempt == kWriteAttempts) {
        throw impl_->Failure("cannot write to", e);
      }
    } catch (...) {
      try {
        connection.EndTransaction(false);
      } catch (const StoreError&) {
      }
      throw;
    }
  }
}

std::vector<Term> VirtuosoStore::Objects(const Term& subject, const Term& predicate) const {
  if (!subject.IsIri() || !predicate.IsIri()) return {};
  const std::string sparql =
      "SPARQL define output:format \"JSON\" SELECT DISTINCT ?o WHERE { GRAPH `iri(?\?)` "
      "{ `iri(?\?)` `iri(?\?)` ?o } }";
  try {
    QueryResult r = ParseVirtuosoSelectJson(
        impl_->Scalar(sparql, {impl_->graphs.union_graph, subject.value, predicate.value}), {"o"});
    std::vector<Term> out;
    for (ResultRow& row : r.rows) {
      if (row[0]) out.push_back(std::move(*row[0]));
    }
    return out;
  } catch (const StatementFailed& e) {
    throw impl_->Failure("cannot read", e);
  }
}

std::vector<Triple> VirtuosoStore::GraphTriples(std::string_view graph_iri) const {
  // Row by row with each term's parts as plain columns: a serialized
  // answer (output:format) over 10 MB is refused ("HT057"), and paging
  // needs ORDER BY, which Virtuoso allows over 10,000 rows at most (SR353).
  IriRef(graph_iri);
  try {
    const std::vector<Row> rows = impl_->connection->Execute(
        "SPARQL SELECT (str(?s) AS ?s1) (isBlank(?s) AS ?s2) (str(?p) AS ?p1) (str(?o) AS ?o1) "
        "(isIRI(?o) AS ?o2) (isBlank(?o) AS ?o3) (lang(?o) AS ?o4) (str(datatype(?o)) AS ?o5) "
        "WHERE { GRAPH `iri(?\?)` { ?s ?p ?o } }",
        {std::string(graph_iri)});
    auto text = [](const std::optional<std::string>& cell) { return cell ? *cell : std::string(); };
    auto yes = [](const std::optional<std::string>& cell) { return cell && *cell == "1"; };
    auto blank = [](std::string label) {
      if (label.starts_with("nodeID://")) label.erase(0, 9);
      if (label.starts_with("_:")) label.erase(0, 2);
      return Term::Blank(label);
    };
    std::vector<Triple> out;
    for (const Row& row : rows) {
      if (row.size() < 8) continue;
      Term subject = yes(row[1]) ? blank(text(row[0])) : Term::Iri(text(row[0]));
      Term object;
      if (yes(row[4])) {
        object = Term::Iri(text(row[3]));
      } else if (yes(row[5])) {
        object = blank(text(row[3]));
      } else if (!text(row[6]).empty()) {
        object = Term::LangString(text(row[3]), text(row[6]));
      } else if (!text(row[7]).empty()) {
        object = Normalized(Term::Typed(text(row[3]), text(row[7])));
      } else {
        object = Term::Literal(text(row[3]));
      }
      out.push_back({std::move(subject), Term::Iri(text(row[2])), std::move(object)});
    }
    return out;
  } catch (const StatementFailed& e) {
    throw impl_->Failure("cannot read", e);
  }
}

std::vector<std::string> VirtuosoStore::Graphs() const {
  try {
    return impl_->NamedGraphs();
  } catch (const StatementFailed& e) {
    throw impl_->Failure("cannot read", e);
  }
}

std::size_t VirtuosoStore::Size() const {
  try {
    const std::string count =
        impl_->Scalar("SELECT COUNT(*) FROM DB.DBA.RDF_QUAD WHERE G = iri_to_id(?, 0)",
                      {impl_->graphs.union_graph});
    return count.empty() ? 0 : std::stoull(count);
  } catch (const StatementFailed& e) {
    throw impl_->Failure("cannot read", e);
  }
}

QueryResult VirtuosoStore::Query(std::string_view sparql, const QueryControl& control) const {
  // Our parser first: the same syntax errors (line, column) as the other
  // stores, Update refused, and the dataset and projection known.
  const sparql::ParsedQuery query = sparql::ParseQuery(sparql);
  if (query.uses_service) {
    throw UnsupportedQueryError("SERVICE is refused: a federated query would fetch arbitrary URLs");
  }
  if (std::string why = VirtuosoExtensionUse(sparql); !why.empty()) {
    throw UnsupportedQueryError(why);
  }
  const bool uses_graph = AnalyzeQuery(sparql).uses_graph;
  VirtuosoOutput output = VirtuosoOutput::kSelectJson;
  if (query.type == sparql::QueryType::kAsk) output = VirtuosoOutput::kAsk;
  if (query.type == sparql::QueryType::kConstruct || query.type == sparql::QueryType::kDescribe) {
    output = VirtuosoOutput::kGraphJson;
  }
  std::vector<std::string> named;
  try {
    if (uses_graph && !query.has_dataset) named = impl_->NamedGraphs();
  } catch (const StatementFailed& e) {
    throw impl_->Failure("cannot read", e);
  }
  const std::string text = "SPARQL " + VirtuosoQueryText(sparql, query.has_dataset, uses_graph,
                                                         impl_->graphs, named, output);
  const std::string answer = impl_->RunQuery(text, control);
  QueryResult result;
  switch (output) {
    case VirtuosoOutput::kAsk:
      result = QueryResult::Boolean(!answer.empty() && answer != "0");
      break;
    case VirtuosoOutput::kGraphJson:
      result = QueryResult::Graph(ParseVirtuosoGraphJson(answer.empty() ? "{}" : answer));
      break;
    case VirtuosoOutput::kSelectJson: {
      std::vector<std::string> variables;
      for (int v : query.projection) variables.push_back(query.variables[v]);
      result = ParseVirtuosoSelectJson(answer, std::move(variables));
      break;
    }
  }
  const std::size_t rows =
      result.kind == QueryResult::Kind::kGraph ? result.triples.size() : result.rows.size();
  if (rows > control.max_rows) {
    throw QueryStoppedError("the query returned " + std::to_string(rows) +
                            " rows, more than its limit of " + std::to_string(control.max_rows));
  }
  return result;
}

}  // namespace awardgraph::query
