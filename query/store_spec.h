// store_spec.h — what a store name means, parsed without touching any store.
//
// Defines StoreSpec (backend plus its location) and ParseStoreSpec, a pure
// function from the user's one-string store name to a StoreSpec:
//   "DIR"                          embedded Berkeley DB hashes in directory DIR
//   "sqlite:PATH"                  SQLite database file PATH
//   "memory:"                      in-memory, gone when the process ends
//   "postgresql://USER@HOST:PORT/DB"  PostgreSQL (user, port optional)
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
  enum class Backend { kBdbDirectory, kSqlite, kMemory, kPostgresql };

  Backend backend = Backend::kBdbDirectory;
  /// Directory (kBdbDirectory) or database file (kSqlite); empty otherwise.
  std::string path;
  /// PostgreSQL server host; empty means the library default (local socket).
  std::string host;
  /// PostgreSQL port; 0 means the default (5432).
  int port = 0;
  /// PostgreSQL user; empty means the library default.
  std::string user;
  /// PostgreSQL database name.
  std::string dbname;
  /// The name exactly as the user wrote it, for messages.
  std::string original;
};

/// Parses a store name (see the header comment). Throws StoreError with a
/// message showing the accepted forms when `spec` is empty or malformed.
StoreSpec ParseStoreSpec(std::string_view spec);

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_STORE_SPEC_H_
