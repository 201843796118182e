// Tests for query/store_lock.h. flock(2) locks belong to open file
// descriptions, so two Acquire calls in one process conflict like two
// processes would.
#include "query/store_lock.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>

#include "query/errors.h"
#include "store_fixture.h"

namespace awardgraph::query {
namespace {

using testing::TempDir;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(StoreLockTest, WriterRecordsItsPidAndClearsItOnRelease) {
  TempDir dir;
  {
    StoreLock lock = StoreLock::Acquire(dir / "lock", StoreLock::Kind::kExclusive, "s");
    EXPECT_EQ(ReadAll(dir / "lock"), std::to_string(getpid()) + "\n");
  }
  EXPECT_EQ(ReadAll(dir / "lock"), "");
}

TEST(StoreLockTest, SecondWriterIsRefusedWithTheHoldersPid) {
  TempDir dir;
  StoreLock lock = StoreLock::Acquire(dir / "lock", StoreLock::Kind::kExclusive, "mystore");
  try {
    StoreLock::Acquire(dir / "lock", StoreLock::Kind::kExclusive, "mystore");
    FAIL() << "second writer got the lock";
  } catch (const StoreInUseError& e) {
    EXPECT_EQ(e.HolderPid(), getpid());
    EXPECT_NE(
        std::string(e.what()).find("store mystore in use by process " + std::to_string(getpid())),
        std::string::npos);
  }
  EXPECT_THROW(StoreLock::Acquire(dir / "lock", StoreLock::Kind::kShared, "mystore"),
               StoreInUseError);
}

TEST(StoreLockTest, ReadersShareButKeepWritersOut) {
  TempDir dir;
  { StoreLock create = StoreLock::Acquire(dir / "lock", StoreLock::Kind::kExclusive, "s"); }
  StoreLock a = StoreLock::Acquire(dir / "lock", StoreLock::Kind::kShared, "s");
  StoreLock b = StoreLock::Acquire(dir / "lock", StoreLock::Kind::kShared, "s");
  EXPECT_THROW(StoreLock::Acquire(dir / "lock", StoreLock::Kind::kExclusive, "s"), StoreInUseError);
}

TEST(StoreLockTest, MovedLockStaysHeld) {
  TempDir dir;
  StoreLock a = StoreLock::Acquire(dir / "lock", StoreLock::Kind::kExclusive, "s");
  StoreLock b = std::move(a);
  EXPECT_THROW(StoreLock::Acquire(dir / "lock", StoreLock::Kind::kExclusive, "s"), StoreInUseError);
}

TEST(StoreLockTest, SharedLockNeedsTheFile) {
  TempDir dir;
  EXPECT_THROW(StoreLock::Acquire(dir / "missing", StoreLock::Kind::kShared, "s"), StoreError);
}

}  // namespace
}  // namespace awardgraph::query
