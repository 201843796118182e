// check_command_test.cc — `awardgraph check`: sound and unsound stores.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/cli/cli_runner.h"

namespace awardgraph::cli::testing {
namespace {

namespace fs = std::filesystem;

class CheckCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    RunOutput r = RunCli({"ingest", "--no-progress", "--store", store_, AWARDGRAPH_ARTICLES_DIR});
    ASSERT_EQ(r.exit_code, 0) << Describe(r);
  }
  RunOutput Check(const std::string& store, bool full = false) {
    std::vector<std::string> args{"check", "--store", store};
    if (full) args.emplace_back("--full");
    return RunCli(args);
  }

  TempDir dir_;
  std::string store_ = dir_ / "s";
};

TEST_F(CheckCommand, SoundStore) {
  RunOutput r = Check(store_, /*full=*/true);
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  EXPECT_NE(r.out.find("journal: 1 batches"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("graphs: 20\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("sound (every graph compared"), std::string::npos) << r.out;
}

TEST_F(CheckCommand, DirtyStateIsNotSoundUntilOpened) {
  std::ofstream(fs::path(store_) / "state") << "dirty\n";
  RunOutput r = Check(store_);
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.out.find("marked dirty"), std::string::npos) << r.out;
  EXPECT_EQ(RunCli({"stats", "--store", store_}).exit_code, 0);  // opening rebuilds
  EXPECT_EQ(Check(store_).exit_code, 0);
}

TEST_F(CheckCommand, TornJournalTailIsReportedAndDropped) {
  std::ofstream(fs::path(store_) / "journal", std::ios::app | std::ios::binary) << "AGJ1\x10";
  RunOutput r = Check(store_);
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.out.find("incomplete batch"), std::string::npos) << r.out;
  RunOutput repair = RunCli({"repair", "--store", store_});
  EXPECT_EQ(repair.exit_code, 0) << Describe(repair);
  RunOutput after = Check(store_, /*full=*/true);
  EXPECT_EQ(after.exit_code, 0) << Describe(after);
  EXPECT_NE(after.out.find("graphs: 20\n"), std::string::npos) << after.out;
}

TEST_F(CheckCommand, CopiedStoreIsVerifiedByRebuilding) {
  const std::string copy = dir_ / "copy";
  fs::copy(store_, copy, fs::copy_options::recursive);
  RunOutput r = Check(copy);
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.out.find("copied"), std::string::npos) << r.out;
  EXPECT_EQ(RunCli({"stats", "--store", copy}).exit_code, 0);
  EXPECT_EQ(Check(copy, /*full=*/true).exit_code, 0);
}

TEST(CheckCommandArgs, MissingStoreFails) {
  TempDir dir;
  RunOutput r = RunCli({"check", "--store", dir / "nothing"});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find("no store"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace awardgraph::cli::testing
