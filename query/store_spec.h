// store_spec.h — what a store name means, parsed without touching any store.
//
// Defines StoreSpec (backend plus its location) and ParseStoreSpec, a pure
// function from the user's one-string store name to a StoreSpec:
//   "DIR"                          embedded Berkeley DB hashes in directory DIR
//   "sqlite:PATH"                  SQLite database file PATH
//   "memory:"                      in-memory, gone when the process ends
//   "postgresql://USER@HOST:PORT/DB"  PostgreSQL (user, port optional)
//   "virtuoso://USER:PASSWORD@HOST:PORT/BASE"  Virtuoso over ODBC (password
//                                  and port optional); BASE names the
//                                  store's own graphs on the server
//
// Example:
//   StoreSpec s = ParseStoreSpec("postgresql://ag@db.local:5433/graph");
//   // s.backend == StoreSpec::Backend::kPostgresql, s.host == "db.local", s.port == 5433
#ifndef AWARDGRAPH_QUERY_STORE_SPEC_H_
#define AWARDGRAPH_QUERY_STORE_SPEC_H_

#include <string>
#include <string_view>

namespace awardgraph::query {

/// A parsed store name.
struct StoreSpec {
  /// Which storage engine holds the graph.
  enum class Backend { kBdbDirectory, kSqlite, kMemory, kPostgresql, kVirtuoso };

  Backend backend = Backend::kBdbDirectory;
  /// Directory (kBdbDirectory) or database file (kSqlite); empty otherwise.
  std::string path;
  /// Server host (PostgreSQL, Virtuoso); empty means the default (local
  /// socket for PostgreSQL, 127.0.0.1 for Virtuoso).
  std::string host;
  /// Server port; 0 means the default (5432 PostgreSQL, 1111 Virtuoso).
  int port = 0;
  /// Server user; empty means the default.
  std::string user;
  /// Virtuoso password from the name; empty when the name has none. Never
  /// part of `original` or of any message.
  std::string password;
  /// PostgreSQL database name.
  std::string dbname;
  /// Virtuoso graph base: the name under which the store keeps its union
  /// (default) graph and its list of named graphs on the server.
  std::string graph_base;
  /// The name as the user wrote it, for messages (a password replaced by
  /// "***").
  std::string original;
};

/// Parses a store name (see the header comment). Throws StoreError with a
/// message showing the accepted forms when `spec` is empty or malformed.
StoreSpec ParseStoreSpec(std::string_view spec);

/// `spec` with the password of a virtuoso:// name replaced by "***" (other
/// names unchanged), for messages.
std::string MaskPassword(std::string_view spec);

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_STORE_SPEC_H_
