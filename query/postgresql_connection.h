// postgresql_connection.h — libpq plumbing for the PostgreSQL store (internal).
//
// Defines PgConnection (one libpq connection: commands, parameterised and
// prepared queries, COPY ... FROM STDIN, all raising StoreError with the
// server's message), PgResult (RAII PGresult), and the mapping between Terms
// and the rows of Redland's postgresql schema: NodeId is the 64-bit key
// Redland's `postgresql` storage gives a node (the first 8 bytes of
// MD5(kind letter + text), little-endian; a literal's text is
// value "<" language ">" datatype), so rows written here are read by
// Redland and the other way round. Only query/postgresql_*.cc include this.
//
// Example:
//   PgConnection db = PgConnection::Connect(spec);
//   PgResult r = db.Query("SELECT count(*) FROM Models", {});
//   std::string id = NodeIdText(Term::Iri("https://example.org/a"));
#ifndef AWARDGRAPH_QUERY_POSTGRESQL_CONNECTION_H_
#define AWARDGRAPH_QUERY_POSTGRESQL_CONNECTION_H_

#include <libpq-fe.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ontology/term.h"
#include "query/store_spec.h"

namespace awardgraph::query::internal {

/// An owned PGresult.
class PgResult {
 public:
  explicit PgResult(PGresult* result = nullptr) : result_(result) {}
  /// Number of rows.
  int Rows() const { return PQntuples(result_.get()); }
  /// True when row `row`, column `column` is SQL NULL.
  bool IsNull(int row, int column) const { return PQgetisnull(result_.get(), row, column) != 0; }
  /// The text of a value ("" for NULL).
  std::string_view Value(int row, int column) const {
    return {PQgetvalue(result_.get(), row, column),
            static_cast<std::size_t>(PQgetlength(result_.get(), row, column))};
  }

 private:
  struct Clear {
    void operator()(PGresult* r) const { PQclear(r); }
  };
  std::unique_ptr<PGresult, Clear> result_;
};

/// One connection to the server. Move-only; used from one thread.
class PgConnection {
 public:
  /// Connects with the spec's host, port, user and database (the password
  /// comes from PGPASSWORD or ~/.pgpass, as for psql). Throws StoreError
  /// naming the store and the server's reason.
  static PgConnection Connect(const StoreSpec& spec);

  /// Runs SQL text that returns no rows (several statements allowed).
  void Execute(const std::string& sql);
  /// Runs a query with text parameters ($1, $2, ...; nullopt is NULL).
  PgResult Query(const std::string& sql, const std::vector<std::optional<std::string>>& params);
  /// Prepares `sql` as statement `name` once per connection, then runs it.
  PgResult RunPrepared(const std::string& name, const std::string& sql,
                       const std::vector<std::string>& params);
  /// COPY `table_and_columns` FROM STDIN with `data` in COPY text format
  /// (rows ending in '\n', fields separated by '\t', see CopyField).
  void Copy(const std::string& table_and_columns, const std::string& data);
  /// Rolls back an open transaction, ignoring errors (for cleanup paths).
  void RollbackQuietly() noexcept;

  /// The store name, for messages.
  const std::string& StoreName() const { return store_name_; }

 private:
  struct Finish {
    void operator()(PGconn* c) const { PQfinish(c); }
  };
  PgConnection(PGconn* conn, std::string store_name)
      : conn_(conn), store_name_(std::move(store_name)) {}
  [[noreturn]] void Fail(const std::string& what, PGresult* result) const;

  std::unique_ptr<PGconn, Finish> conn_;
  std::string store_name_;
  std::set<std::string> prepared_;
};

/// Redland's postgresql key of `term` (as the store keeps it: xsd:string
/// literals are plain, a language literal has no datatype).
std::uint64_t NodeId(const Term& term);
/// NodeId as the decimal text PostgreSQL's numeric(20) columns take.
std::string NodeIdText(const Term& term);
/// Redland's key of a model name (the N of table StatementsN).
std::uint64_t ModelId(std::string_view model_name);

/// Appends `text` to `out` escaped for a COPY text-format field. Throws
/// StoreError for a NUL byte, which PostgreSQL text cannot hold.
void CopyField(std::string& out, std::string_view text);

/// The columns a node is read from: Resources.URI, Bnodes.Name,
/// Literals.Value, Literals.Language, Literals.Datatype (five consecutive
/// columns of `result` from `column`). Returns nullopt when all are NULL.
std::optional<Term> NodeFromColumns(const PgResult& result, int row, int column);

}  // namespace awardgraph::query::internal

#endif  // AWARDGRAPH_QUERY_POSTGRESQL_CONNECTION_H_
