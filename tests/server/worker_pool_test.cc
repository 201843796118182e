// worker_pool_test.cc — child processes from the parent's side, on real processes
// of the built binary and a store of the sample articles.
#include "server/worker_pool.h"

#include <gtest/gtest.h>
#include <signal.h>

#include <thread>

#include "query/errors.h"
#include "server/http_error.h"
#include "tests/server/server_process.h"

namespace awardgraph::server {
namespace {

using testing::SampleStore;

constexpr char kCountTriples[] = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
constexpr char kRunaway[] =
    "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

Message QueryMessage(const std::string& text) {
  return {"query", text, std::to_string(static_cast<int>(query::ResultFormat::kCsv)), "0"};
}

TEST(ChildProcess, MissingStoreIsAStoreErrorWithTheChildsMessage) {
  test_support::TempDir dir;
  try {
    ChildProcess::Spawn(AWARDGRAPH_BINARY, dir / "nothing-here", false, std::chrono::seconds(30));
    FAIL() << "no error";
  } catch (const query::StoreError& error) {
    EXPECT_NE(std::string(error.what()).find("nothing-here"), std::string::npos);
  }
}

TEST(WorkerPool, AnswersQueriesInWorkers) {
  WorkerPool pool({.executable = AWARDGRAPH_BINARY, .store = SampleStore::Path(), .workers = 2});
  EXPECT_EQ(pool.Alive(), 2u);
  const ChildReply reply = pool.Read(QueryMessage(kCountTriples), std::chrono::seconds(30));
  EXPECT_EQ(reply.status, 200);
  EXPECT_TRUE(reply.body.starts_with("n\r\n"));
  EXPECT_EQ(reply.rows, 1u);
}

TEST(WorkerPool, KillsAndReplacesAWorkerPastTheDeadline) {
  WorkerPool pool({.executable = AWARDGRAPH_BINARY, .store = SampleStore::Path(), .workers = 1});
  const auto start = Clock::now();
  try {
    pool.Read(QueryMessage(kRunaway), std::chrono::milliseconds(500));
    FAIL() << "the runaway query finished";
  } catch (const HttpError& error) {
    EXPECT_EQ(error.Status(), 503);
    EXPECT_NE(std::string(error.what()).find("--timeout"), std::string::npos);
  }
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(20));
  EXPECT_EQ(pool.Restarts(), 1u);
  // The one slot has a fresh worker that answers.
  EXPECT_EQ(pool.Read(QueryMessage(kCountTriples), std::chrono::seconds(30)).status, 200);
  EXPECT_EQ(pool.Alive(), 1u);
}

TEST(ChildProcess, AChildKilledMidQueryIsAChannelError) {
  std::unique_ptr<ChildProcess> child =
      ChildProcess::Spawn(AWARDGRAPH_BINARY, SampleStore::Path(), false, std::chrono::seconds(30));
  const pid_t pid = child->Pid();
  std::thread killer([pid] {
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    kill(pid, SIGKILL);
  });
  EXPECT_THROW(child->Exchange(QueryMessage(kRunaway), std::nullopt), ChannelError);
  killer.join();
}

}  // namespace
}  // namespace awardgraph::server
