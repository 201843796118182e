// store_repair.h — is a store sound, and rebuilding it from what is durable.
//
// Defines StoreHealth, CheckStore (`awardgraph check`) and RepairStore
// (`awardgraph repair`). A directory store's Berkeley DB files are a cache
// of its journal (store_journal.h); CheckStore says whether they match it
// without changing anything, RepairStore rebuilds them from the journal.
// Store::Open already rebuilds a store whose last write did not finish, so
// repair is for stores whose files were damaged some other way (a disk
// error, a hand edit), and for adopting a format 1 store into a journal.
//
// Example:
//   StoreHealth h = CheckStore("./awardgraph-store", /*full=*/true);
//   if (!h.Sound()) RepairStore("./awardgraph-store");
#ifndef AWARDGRAPH_QUERY_STORE_REPAIR_H_
#define AWARDGRAPH_QUERY_STORE_REPAIR_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace awardgraph::query {

/// What CheckStore found.
struct StoreHealth {
  /// False for backends without a journal (they rely on their own
  /// transactions) and for format 1 directory stores.
  bool durable = true;
  /// Complete batches in the journal and their size in bytes.
  std::size_t journal_records = 0;
  std::uint64_t journal_bytes = 0;
  /// Distinct triples and named graphs the store answers with (when it opened).
  std::size_t triples = 0;
  std::size_t graphs = 0;
  /// Why the store is not sound; empty when it is.
  std::vector<std::string> problems;

  /// True when nothing is wrong.
  bool Sound() const { return problems.empty(); }
};

/// Checks the store named `spec` without changing it: journal checksums,
/// the state file against the journal, and that the indexes open. With
/// `full`, also replays the journal into memory and compares every graph
/// with the indexes (reads the whole store). Throws StoreNotFoundError when
/// there is no store, StoreInUseError while a writer holds it.
StoreHealth CheckStore(const std::string& spec, bool full);

/// Rebuilds a directory store's indexes from its journal (dropping an
/// incomplete last batch), or gives a format 1 store a journal. Throws
/// StoreError for other backends and when the store cannot be rebuilt.
void RepairStore(const std::string& spec);

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_STORE_REPAIR_H_
