// store_journal_test.cc — the write journal and the state file.
#include "query/store_journal.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "query/errors.h"
#include "tests/common/temp_dir.h"

namespace awardgraph::query {
namespace {

namespace fs = std::filesystem;
using test_support::TempDir;

std::vector<JournalOp> SampleBatch(int n) {
  std::vector<JournalOp> ops;
  ops.push_back({JournalOp::Kind::kReplaceGraph,
                 "http://ex/g" + std::to_string(n),
                 {Triple{Term::Iri("http://ex/s"), Term::Iri("http://ex/p"),
                         Term::LangString("caf\xc3\xa9 \"x\"\n", "en")},
                  Triple{Term::Blank("b1"), Term::Iri("http://ex/p"),
                         Term::Typed("3", "http://www.w3.org/2001/XMLSchema#integer")}}});
  ops.push_back({JournalOp::Kind::kRemoveGraph, "http://ex/old", {}});
  ops.push_back({JournalOp::Kind::kAddTriples, "", {}});
  return ops;
}

std::vector<std::vector<JournalOp>> ReadAll(const std::string& path, JournalScan* scan = nullptr) {
  std::vector<std::vector<JournalOp>> out;
  JournalScan s = ScanJournal(path, [&](const std::vector<JournalOp>& ops) { out.push_back(ops); });
  if (scan != nullptr) *scan = s;
  return out;
}

TEST(StoreJournal, RoundTripsBatches) {
  TempDir dir;
  const std::string path = dir / "journal";
  {
    StoreJournal journal = StoreJournal::OpenForAppend(path);
    EXPECT_EQ(journal.Length(), 0u);
    journal.Append(SampleBatch(1));
    journal.Append(SampleBatch(2));
    EXPECT_EQ(journal.Length(), fs::file_size(path));
    EXPECT_EQ(journal.Inode(), FileInode(path));
  }
  JournalScan scan;
  const auto batches = ReadAll(path, &scan);
  ASSERT_EQ(batches.size(), 2u);
  EXPECT_EQ(batches[0], SampleBatch(1));
  EXPECT_EQ(batches[1], SampleBatch(2));
  EXPECT_TRUE(scan.damage.empty());
  EXPECT_EQ(scan.valid_length, scan.file_length);
}

TEST(StoreJournal, MissingFileIsEmpty) {
  TempDir dir;
  JournalScan scan;
  EXPECT_TRUE(ReadAll(dir / "none", &scan).empty());
  EXPECT_EQ(scan.file_length, 0u);
}

TEST(StoreJournal, IncompleteLastRecordIsIgnoredAndCutOff) {
  TempDir dir;
  const std::string path = dir / "journal";
  StoreJournal::OpenForAppend(path).Append(SampleBatch(1));
  const auto one = fs::file_size(path);
  StoreJournal::OpenForAppend(path).Append(SampleBatch(2));
  fs::resize_file(path, fs::file_size(path) - 3);  // a write cut short
  JournalScan scan;
  EXPECT_EQ(ReadAll(path, &scan).size(), 1u);
  EXPECT_EQ(scan.valid_length, one);
  EXPECT_NE(scan.damage.find("incomplete record"), std::string::npos) << scan.damage;
  StoreJournal journal = StoreJournal::OpenForAppend(path);  // cuts the tail off
  EXPECT_EQ(fs::file_size(path), one);
  journal.Append(SampleBatch(3));
  const auto batches = ReadAll(path);
  ASSERT_EQ(batches.size(), 2u);
  EXPECT_EQ(batches[1], SampleBatch(3));
}

TEST(StoreJournal, ChecksumMismatchEndsTheJournal) {
  TempDir dir;
  const std::string path = dir / "journal";
  {
    StoreJournal journal = StoreJournal::OpenForAppend(path);
    journal.Append(SampleBatch(1));
    journal.Append(SampleBatch(2));
  }
  std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
  f.seekp(static_cast<std::streamoff>(fs::file_size(path) - 5));
  f.put('#');  // flip a byte inside the second record's payload
  f.close();
  JournalScan scan;
  EXPECT_EQ(ReadAll(path, &scan).size(), 1u);
  EXPECT_NE(scan.damage.find("checksum"), std::string::npos) << scan.damage;
}

TEST(StoreState, WritesAndReadsCleanAndDirty) {
  TempDir dir;
  const std::string path = dir / "state";
  EXPECT_FALSE(ReadStoreState(path).clean);  // missing reads as dirty
  WriteStoreState(path, StoreState::Clean(123, 456));
  const StoreState s = ReadStoreState(path);
  EXPECT_TRUE(s.clean);
  EXPECT_EQ(s.journal_length, 123u);
  EXPECT_EQ(s.journal_inode, 456u);
  WriteStoreState(path, StoreState::Dirty());
  EXPECT_FALSE(ReadStoreState(path).clean);
  EXPECT_FALSE(fs::exists(path + ".tmp"));
}

TEST(IndexesNeedRebuild, FollowsJournalAndState) {
  TempDir dir;
  const std::string journal_path = dir / std::string(kStoreJournalFile);
  const std::string state_path = dir / std::string(kStoreStateFile);
  EXPECT_FALSE(IndexesNeedRebuild(dir.path().string()));  // no journal: cannot tell
  StoreJournal journal = StoreJournal::OpenForAppend(journal_path);
  journal.Append(SampleBatch(1));
  EXPECT_TRUE(IndexesNeedRebuild(dir.path().string()));  // no state
  WriteStoreState(state_path, StoreState::Clean(journal.Length(), journal.Inode()));
  EXPECT_FALSE(IndexesNeedRebuild(dir.path().string()));
  journal.Append(SampleBatch(2));  // appended, indexes not yet updated
  EXPECT_TRUE(IndexesNeedRebuild(dir.path().string()));
  WriteStoreState(state_path, StoreState::Clean(journal.Length(), journal.Inode() + 1));
  EXPECT_TRUE(IndexesNeedRebuild(dir.path().string()));  // another journal (a copy)
}

}  // namespace
}  // namespace awardgraph::query
