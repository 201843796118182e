// postgresql_connection.cc — PgConnection over libpq; Redland's node keys.
#include "query/postgresql_connection.h"

#include <nettle/md5.h>

#include "ontology/vocabulary.h"
#include "query/errors.h"

namespace awardgraph::query::internal {
namespace {

// The first 8 bytes of MD5(prefix + text), little-endian, as Redland's
// librdf_storage_postgresql_hash computes them.
std::uint64_t RedlandHash(std::string_view prefix, std::string_view text) {
  md5_ctx ctx;
  md5_init(&ctx);
  md5_update(&ctx, prefix.size(), reinterpret_cast<const std::uint8_t*>(prefix.data()));
  md5_update(&ctx, text.size(), reinterpret_cast<const std::uint8_t*>(text.data()));
  std::uint8_t digest[MD5_DIGEST_SIZE];
  md5_digest(&ctx, MD5_DIGEST_SIZE, digest);
  std::uint64_t hash = 0;
  for (int i = 0; i < 8; ++i) hash |= static_cast<std::uint64_t>(digest[i]) << (8 * i);
  return hash;
}

}  // namespace

PgConnection PgConnection::Connect(const StoreSpec& spec) {
  const std::string port = spec.port > 0 ? std::to_string(spec.port) : std::string();
  std::vector<const char*> keys;
  std::vector<const char*> values;
  auto add = [&](const char* key, const std::string& value) {
    if (value.empty()) return;
    keys.push_back(key);
    values.push_back(value.c_str());
  };
  add("host", spec.host);
  add("port", port);
  add("user", spec.user);
  add("dbname", spec.dbname);
  keys.push_back("application_name");
  values.push_back("awardgraph");
  keys.push_back(nullptr);
  values.push_back(nullptr);
  PGconn* conn = PQconnectdbParams(keys.data(), values.data(), 0);
  if (conn == nullptr || PQstatus(conn) != CONNECTION_OK) {
    std::string reason = conn != nullptr ? PQerrorMessage(conn) : "out of memory";
    while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) reason.pop_back();
    PQfinish(conn);
    throw StoreError("cannot open store " + spec.original + ": " + reason);
  }
  // Our own messages carry the context; keep the server's notices off stderr.
  PQsetNoticeProcessor(
      conn, [](void*, const char*) {}, nullptr);
  return PgConnection(conn, spec.original);
}

void PgConnection::Fail(const std::string& what, PGresult* result) const {
  std::string reason = result != nullptr ? PQresultErrorMessage(result) : "";
  if (reason.empty()) reason = PQerrorMessage(conn_.get());
  PQclear(result);
  while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) reason.pop_back();
  throw StoreError("store " + store_name_ + ": " + what + " failed: " + reason);
}

void PgConnection::Execute(const std::string& sql) {
  PGresult* result = PQexec(conn_.get(), sql.c_str());
  const ExecStatusType status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    Fail(sql.substr(0, sql.find_first_of(" \n")), result);
  }
  PQclear(result);
}

PgResult PgConnection::Query(const std::string& sql,
                             const std::vector<std::optional<std::string>>& params) {
  std::vector<const char*> values;
  for (const std::optional<std::string>& p : params) values.push_back(p ? p->c_str() : nullptr);
  PGresult* result = PQexecParams(conn_.get(), sql.c_str(), static_cast<int>(values.size()),
                                  nullptr, values.data(), nullptr, nullptr, 0);
  if (PQresultStatus(result) != PGRES_TUPLES_OK && PQresultStatus(result) != PGRES_COMMAND_OK) {
    Fail("a query", result);
  }
  return PgResult(result);
}

PgResult PgConnection::RunPrepared(const std::string& name, const std::string& sql,
                                   const std::vector<std::string>& params) {
  if (!prepared_.contains(name)) {
    PGresult* result = PQprepare(conn_.get(), name.c_str(), sql.c_str(), 0, nullptr);
    if (PQresultStatus(result) != PGRES_COMMAND_OK) Fail("preparing a lookup", result);
    PQclear(result);
    prepared_.insert(name);
  }
  std::vector<const char*> values;
  for (const std::string& p : params) values.push_back(p.c_str());
  PGresult* result = PQexecPrepared(conn_.get(), name.c_str(), static_cast<int>(values.size()),
                                    values.data(), nullptr, nullptr, 0);
  if (PQresultStatus(result) != PGRES_TUPLES_OK) Fail("a lookup", result);
  return PgResult(result);
}

void PgConnection::Copy(const std::string& table_and_columns, const std::string& data) {
  PGresult* start = PQexec(conn_.get(), ("COPY " + table_and_columns + " FROM STDIN").c_str());
  if (PQresultStatus(start) != PGRES_COPY_IN) Fail("COPY " + table_and_columns, start);
  PQclear(start);
  constexpr std::size_t kChunk = 1 << 20;
  for (std::size_t at = 0; at < data.size(); at += kChunk) {
    const std::size_t n = std::min(kChunk, data.size() - at);
    if (PQputCopyData(conn_.get(), data.data() + at, static_cast<int>(n)) != 1) {
      Fail("COPY " + table_and_columns, nullptr);
    }
  }
  if (PQputCopyEnd(conn_.get(), nullptr) != 1) Fail("COPY " + table_and_columns, nullptr);
  PGresult* end = PQgetResult(conn_.get());
  if (PQresultStatus(end) != PGRES_COMMAND_OK) {
    // Drain the remaining results so the connection is usable for the rollback.
    while (PGresult* more = PQgetResult(conn_.get())) PQclear(more);
    Fail("COPY " + table_and_columns, end);
  }
  PQclear(end);
  while (PGresult* more = PQgetResult(conn_.get())) PQclear(more);
}

void PgConnection::RollbackQuietly() noexcept {
  if (PQtransactionStatus(conn_.get()) == PQTRANS_IDLE) return;
  PQclear(PQexec(conn_.get(), "ROLLBACK"));
}

std::uint64_t NodeId(const Term& term) {
  switch (term.kind) {
    case Term::Kind::kIri:
      return RedlandHash("R", term.value);
    case Term::Kind::kBlank:
      return RedlandHash("B", term.value);
    case Term::Kind::kLiteral:
      break;
  }
  // As MakeNode stores it: no datatype for xsd:string or with a language.
  const bool typed =
      !term.datatype.empty() && term.datatype != vocab::kXsdString && term.language.empty();
  std::string text = term.value;
  text += '<';
  text += term.language;
  text += '>';
  if (typed) text += term.datatype;
  return RedlandHash("L", text);
}

std::string NodeIdText(const Term& term) { return std::to_string(NodeId(term)); }

std::uint64_t ModelId(std::string_view model_name) { return RedlandHash("", model_name); }

void CopyField(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\0':
        throw StoreError("PostgreSQL cannot store a NUL character (in '" +
                         std::string(text.substr(0, 60)) + "')");
      default:
        out += c;
    }
  }
}

std::optional<Term> NodeFromColumns(const PgResult& result, int row, int column) {
  if (!result.IsNull(row, column)) return Term::Iri(result.Value(row, column));
  if (!result.IsNull(row, column + 1)) return Term::Blank(result.Value(row, column + 1));
  if (result.IsNull(row, column + 2)) return std::nullopt;
  const std::string_view value = result.Value(row, column + 2);
  const std::string_view language = result.Value(row, column + 3);
  const std::string_view datatype = result.Value(row, column + 4);
  if (!language.empty()) return Term::LangString(value, language);
  if (datatype.empty() || datatype == vocab::kXsdString) return Term::Literal(value);
  return Term::Typed(value, datatype);
}

}  // namespace awardgraph::query::internal
