// store_repair_test.cc — CheckStore and RepairStore, and Store::Open rolling
// a store forward from its journal.
#include "query/store_repair.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "query/errors.h"
#include "query/store.h"
#include "query/store_journal.h"
#include "tests/common/temp_dir.h"

namespace awardgraph::query {
namespace {

namespace fs = std::filesystem;
using test_support::TempDir;

Triple T(const std::string& s, const std::string& o) {
  return {Term::Iri("http://ex/" + s), Term::Iri("http://ex/p"), Term::Literal(o)};
}

class StoreRepairTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Store store = Store::Open(store_, Store::Mode::kWrite);
    store.ReplaceGraph("http://ex/g1", {T("a", "1"), T("b", "2")});
    store.ReplaceGraph("http://ex/g2", {T("a", "1"), T("c", "3")});
  }
  TempDir dir_;
  std::string store_ = dir_ / "s";
};

TEST_F(StoreRepairTest, FreshStoreIsSound) {
  const StoreHealth h = CheckStore(store_, /*full=*/true);
  EXPECT_TRUE(h.Sound()) << (h.problems.empty() ? "" : h.problems[0]);
  EXPECT_TRUE(h.durable);
  EXPECT_EQ(h.journal_records, 2u);
  EXPECT_EQ(h.triples, 3u);
  EXPECT_EQ(h.graphs, 2u);
}

TEST_F(StoreRepairTest, BatchInJournalButNotInIndexesIsRolledForwardOnOpen) {
  // What a writer killed after the journal append leaves behind.
  StoreJournal::OpenForAppend((fs::path(store_) / kStoreJournalFile).string())
      .Append({{JournalOp::Kind::kReplaceGraph, "http://ex/g3", {T("d", "4")}},
               {JournalOp::Kind::kRemoveGraph, "http://ex/g1", {}}});
  const StoreHealth h = CheckStore(store_, false);
  ASSERT_FALSE(h.Sound());
  EXPECT_NE(h.problems[0].find("did not finish"), std::string::npos) << h.problems[0];
  const Store store = Store::Open(store_, Store::Mode::kRead);
  EXPECT_EQ(store.Graphs(), (std::vector<std::string>{"http://ex/g2", "http://ex/g3"}));
  EXPECT_EQ(store.Size(), 3u);  // a1, c3, d4
  EXPECT_TRUE(CheckStore(store_, true).Sound());
}

TEST_F(StoreRepairTest, RepairRebuildsDamagedIndexes) {
  fs::resize_file(fs::path(store_) / "graphs-contexts.db", 0);
  RepairStore(store_);
  const StoreHealth h = CheckStore(store_, /*full=*/true);
  EXPECT_TRUE(h.Sound()) << (h.problems.empty() ? "" : h.problems[0]);
  EXPECT_EQ(h.graphs, 2u);
  const Store store = Store::Open(store_, Store::Mode::kRead);
  EXPECT_EQ(store.GraphTriples("http://ex/g1").size(), 2u);
}

TEST_F(StoreRepairTest, StoreWithoutJournalIsAdopted) {
  // A store written before the journal existed (format 1).
  fs::remove(fs::path(store_) / kStoreJournalFile);
  fs::remove(fs::path(store_) / kStoreStateFile);
  EXPECT_FALSE(CheckStore(store_, false).Sound());
  RepairStore(store_);
  const StoreHealth h = CheckStore(store_, /*full=*/true);
  EXPECT_TRUE(h.Sound()) << (h.problems.empty() ? "" : h.problems[0]);
  EXPECT_EQ(h.journal_records, 1u);
  EXPECT_EQ(h.triples, 3u);
  EXPECT_EQ(h.graphs, 2u);
}

TEST(StoreRepair, MissingStoreAndOtherBackends) {
  TempDir dir;
  EXPECT_THROW(CheckStore(dir / "none", false), StoreNotFoundError);
  EXPECT_THROW(RepairStore(dir / "none"), StoreNotFoundError);
  EXPECT_THROW(RepairStore("memory:"), StoreError);
  EXPECT_FALSE(CheckStore("memory:", false).durable);
}

}  // namespace
}  // namespace awardgraph::query
