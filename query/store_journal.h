// store_journal.h — the durable part of a directory store: a write journal
// and a state file saying whether the Berkeley DB indexes match it.
//
// Redland's BDB hashes storage has no transactions and no environment: a
// process killed during a write (or a flush) can leave its files half
// written. So in a directory store the BDB files are only a derived cache.
// What is durable is the journal `DIR/journal`: an append-only sequence of
// records, one per write batch, each
//   "AGJ1" | payload length (u32 LE) | CRC-32 of the payload (u32 LE) | payload
// where the payload lists the batch's operations (replace a named graph with
// these triples, remove a graph, add triples to a graph), every term written
// out in full. A record is appended and fsynced before any index is touched;
// a record whose checksum does not match (a write cut short) ends the
// journal, and is cut off by the next writer.
//
// `DIR/state` (replaced atomically: temp file, fsync, rename) says either
// "dirty" (an index write may be in progress) or "clean LENGTH INODE": the
// indexes hold exactly the first LENGTH bytes of the journal whose inode is
// INODE. A store whose state is not clean, or whose journal length or inode
// differ from the state (a copy made mid-write has new inodes), is rebuilt
// from the journal when opened (see store.h: Store::Open).
//
// Example:
//   StoreJournal journal = StoreJournal::OpenForAppend("store/journal");
//   journal.Append({{JournalOp::Kind::kReplaceGraph, graph_iri, triples}});
//   WriteStoreState("store/state", StoreState::Clean(journal.Length(), journal.Inode()));
#ifndef AWARDGRAPH_QUERY_STORE_JOURNAL_H_
#define AWARDGRAPH_QUERY_STORE_JOURNAL_H_

#include <cstdint>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "ontology/term.h"

namespace awardgraph::query {

/// File names inside a directory store.
inline constexpr std::string_view kStoreMarkerFile = "awardgraph-store";
inline constexpr std::string_view kStoreLockFile = "lock";
inline constexpr std::string_view kStoreJournalFile = "journal";
inline constexpr std::string_view kStoreStateFile = "state";

/// One write operation of a batch.
struct JournalOp {
  /// What the operation does to graph `graph_iri`.
  enum class Kind : std::uint8_t {
    kReplaceGraph = 1,  // the graph holds exactly `triples` afterwards
    kRemoveGraph = 2,   // the graph is removed (`triples` empty)
    kAddTriples = 3,    // `triples` are added to the graph (empty IRI: default graph)
  };
  Kind kind = Kind::kAddTriples;
  /// The named graph; empty for the default graph (kAddTriples only).
  std::string graph_iri;
  /// The triples, for kReplaceGraph and kAddTriples.
  std::vector<Triple> triples;

  friend bool operator==(const JournalOp&, const JournalOp&) = default;
};

/// The triples an operation asserts, as a store keeps them: a replaced
/// graph's literals lose xsd:string (RDF 1.1 makes "x" and "x"^^xsd:string
/// one term); each triple once.
std::set<Triple> AssertedTriples(const JournalOp& op);

/// What ScanJournal found.
struct JournalScan {
  /// Complete records read.
  std::size_t records = 0;
  /// Bytes of complete records from the start of the file.
  std::uint64_t valid_length = 0;
  /// File size; larger than valid_length when the last record was cut short
  /// or damaged.
  std::uint64_t file_length = 0;
  /// Why scanning stopped before the end of the file (empty when it did not).
  std::string damage;
};

/// Reads the journal at `path` record by record, calling `on_record` with
/// each complete batch, and stops at the first record that is incomplete or
/// fails its checksum. A missing file is an empty journal. Throws StoreError
/// when the file cannot be read.
JournalScan ScanJournal(const std::string& path,
                        const std::function<void(const std::vector<JournalOp>&)>& on_record);

/// The journal file open for appending. Move-only; closes on destruction.
class StoreJournal {
 public:
  /// Opens (creating when missing) the journal at `path`, cutting off any
  /// incomplete record at its end. Throws StoreError on I/O errors.
  static StoreJournal OpenForAppend(const std::string& path);

  StoreJournal(StoreJournal&& other) noexcept;
  StoreJournal& operator=(StoreJournal&& other) noexcept;
  StoreJournal(const StoreJournal&) = delete;
  StoreJournal& operator=(const StoreJournal&) = delete;
  ~StoreJournal();

  /// Appends one record holding `ops` and fsyncs it: when this returns, the
  /// batch survives a crash. Throws StoreError on I/O errors (nothing is
  /// then considered written: the partial record is cut off).
  void Append(const std::vector<JournalOp>& ops);

  /// The journal's length in bytes (all complete records).
  std::uint64_t Length() const { return length_; }

  /// The journal file's inode number (a copied store has a different one).
  std::uint64_t Inode() const { return inode_; }

 private:
  StoreJournal(int fd, std::string path, std::uint64_t length, std::uint64_t inode)
      : fd_(fd), path_(std::move(path)), length_(length), inode_(inode) {}

  int fd_ = -1;
  std::string path_;
  std::uint64_t length_ = 0;
  std::uint64_t inode_ = 0;
};

/// The contents of the state file.
struct StoreState {
  /// True: the indexes hold exactly `journal_length` bytes of the journal
  /// with inode `journal_inode`. False: they may hold anything.
  bool clean = false;
  std::uint64_t journal_length = 0;
  std::uint64_t journal_inode = 0;

  /// A clean state.
  static StoreState Clean(std::uint64_t length, std::uint64_t inode) {
    return {true, length, inode};
  }
  /// A dirty state.
  static StoreState Dirty() { return {}; }
};

/// Reads the state file; a missing or unreadable one reads as dirty.
StoreState ReadStoreState(const std::string& path);

/// Replaces the state file atomically and durably (temp file, fsync, rename,
/// fsync of the directory). Throws StoreError on I/O errors.
void WriteStoreState(const std::string& path, const StoreState& state);

/// The inode number of `path`, 0 when it does not exist.
std::uint64_t FileInode(const std::string& path);

/// True when the indexes of directory store `dir` may not match its journal:
/// the state is dirty, or the journal's size or inode differ from what the
/// state records (a write did not finish, or the store was copied). False
/// for a store without a journal (format 1), which cannot tell.
bool IndexesNeedRebuild(const std::string& dir);

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_STORE_JOURNAL_H_
