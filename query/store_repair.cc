// store_repair.cc — CheckStore and RepairStore (see store_repair.h).
#include "query/store_repair.h"

#include <algorithm>
#include <filesystem>
#include <optional>

#include "ontology/vocabulary.h"
#include "query/errors.h"
#include "query/store.h"
#include "query/store_journal.h"
#include "query/store_lock.h"
#include "query/store_spec.h"

namespace awardgraph::query {

namespace fs = std::filesystem;

namespace {

std::vector<Triple> Sorted(std::vector<Triple> triples) {
  std::sort(triples.begin(), triples.end());
  triples.erase(std::unique(triples.begin(), triples.end()), triples.end());
  return triples;
}

// Replays the journal into a memory store and compares it with `store`.
void CompareWithJournal(const Store& store, const std::string& journal, StoreHealth& health) {
  Store expected = Store::Open("memory:", Store::Mode::kWrite);
  ScanJournal(journal, [&](const std::vector<JournalOp>& ops) {
    for (const JournalOp& op : ops) {
      switch (op.kind) {
        case JournalOp::Kind::kReplaceGraph:
          expected.ReplaceGraph(op.graph_iri, op.triples);
          break;
        case JournalOp::Kind::kRemoveGraph:
          expected.RemoveGraph(op.graph_iri);
          break;
        case JournalOp::Kind::kAddTriples:
          expected.AddTriples(op.triples, op.graph_iri);
          break;
      }
    }
  });
  std::vector<std::string> graphs = expected.Graphs();
  if (graphs != store.Graphs()) {
    health.problems.push_back("the indexes hold " + std::to_string(store.Graphs().size()) +
                              " graphs, the journal " + std::to_string(graphs.size()));
    return;
  }
  graphs.emplace_back(vocab::kDefaultGraph);
  for (const std::string& graph : graphs) {
    if (Sorted(expected.GraphTriples(graph)) != Sorted(store.GraphTriples(graph))) {
      health.problems.push_back("graph <" + graph + "> differs from the journal");
    }
  }
  if (expected.Size() != store.Size()) {
    health.problems.push_back("the default graph holds " + std::to_string(store.Size()) +
                              " triples, the journal " + std::to_string(expected.Size()));
  }
}

}  // namespace

StoreHealth CheckStore(const std::string& spec_text, bool full) {
  StoreHealth health;
  const StoreSpec spec = ParseStoreSpec(spec_text);
  if (spec.backend != StoreSpec::Backend::kBdbDirectory) {
    health.durable = false;
    const Store store = Store::Open(spec_text, Store::Mode::kRead);  // throws when it cannot
    health.triples = store.Size();
    health.graphs = store.Graphs().size();
    return health;
  }
  const fs::path dir(spec.path);
  std::error_code ec;
  if (!fs::exists(dir / kStoreMarkerFile, ec)) throw StoreNotFoundError("no store at " + spec.path);
  // A shared lock: no writer is running while we look.
  std::optional<StoreLock> lock_guard(
      StoreLock::Acquire((dir / kStoreLockFile).string(), StoreLock::Kind::kShared, spec.original));
  const std::string journal = (dir / kStoreJournalFile).string();
  if (!fs::exists(journal, ec)) {
    health.durable = false;
    health.problems.push_back(
        "no journal (a store written before format 2): `awardgraph repair` "
        "or any write adopts the current content into a new journal");
    return health;
  }
  const JournalScan scan = ScanJournal(journal, nullptr);
  health.journal_records = scan.records;
  health.journal_bytes = scan.valid_length;
  if (!scan.damage.empty()) {
    health.problems.push_back("journal ends with an incomplete batch (" + scan.damage +
                              "): a write was cut short; it will be dropped");
  }
  const StoreState state = ReadStoreState((dir / kStoreStateFile).string());
  if (!state.clean) {
    health.problems.push_back("the indexes are marked dirty: a write or rebuild did not finish");
  } else if (FileInode(journal) != state.journal_inode) {
    health.problems.push_back(
        "the journal is not the one the indexes were built from (the store "
        "was copied or restored)");
  } else if (state.journal_length != scan.file_length) {
    health.problems.push_back("the indexes hold " + std::to_string(state.journal_length) +
                              " bytes of the journal, which has " +
                              std::to_string(scan.file_length) + ": the last write did not finish");
  }
  if (!health.Sound()) return health;
  lock_guard.reset();  // Store::Open takes its own shared lock
  try {
    const Store store = Store::Open(spec_text, Store::Mode::kRead);
    health.triples = store.Size();
    health.graphs = store.Graphs().size();
    if (full) CompareWithJournal(store, journal, health);
  } catch (const StoreError& e) {
    health.problems.push_back(std::string("the indexes cannot be read: ") + e.what());
  }
  return health;
}

void RepairStore(const std::string& spec_text) {
  const StoreSpec spec = ParseStoreSpec(spec_text);
  if (spec.backend != StoreSpec::Backend::kBdbDirectory) {
    throw StoreError("repair rebuilds directory stores from their journal; " + spec.original +
                     " relies on its server's own transactions");
  }
  const fs::path dir(spec.path);
  std::error_code ec;
  if (!fs::exists(dir / kStoreMarkerFile, ec)) throw StoreNotFoundError("no store at " + spec.path);
  {
    StoreLock lock = StoreLock::Acquire((dir / kStoreLockFile).string(),
                                        StoreLock::Kind::kExclusive, spec.original);
    if (fs::exists(dir / kStoreJournalFile, ec)) {
      WriteStoreState((dir / kStoreStateFile).string(), StoreState::Dirty());
    }
  }
  Store::Open(spec_text, Store::Mode::kWrite);  // rebuilds (or adopts a format 1 store)
}

}  // namespace awardgraph::query
