// repair_command_test.cc — `awardgraph repair`, and crash safety end to end:
// ingests killed with SIGKILL at random moments, and a store copied while
// an ingest writes into it, must open with whole batches only and converge
// to exactly the graph of a clean run.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <thread>

#include "tests/cli/cli_runner.h"

namespace awardgraph::cli::testing {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kBatch = 25;  // articles per store write (ingest --batch)

// Writes `copies` copies of each test article under distinct names.
std::size_t MakeCorpus(const fs::path& dir, int copies) {
  std::size_t n = 0;
  for (int c = 0; c < copies; ++c) {
    fs::create_directories(dir / std::to_string(c));
    for (const auto& entry : fs::directory_iterator(AWARDGRAPH_ARTICLES_DIR)) {
      fs::copy_file(entry.path(), dir / std::to_string(c) / entry.path().filename());
      ++n;
    }
  }
  return n;
}

// Every (graph, s, p, o) row of the store, sorted; plus the default graph.
struct Dump {
  std::vector<std::string> quads;
  std::vector<std::string> triples;
};

Dump DumpStore(const std::string& store) {
  Dump d;
  for (auto [query, out] :
       {std::pair{"SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", &d.quads},
        std::pair{"SELECT ?s ?p ?o WHERE { ?s ?p ?o }", &d.triples}}) {
    RunOutput r = RunCli({"query", "--store", store, "--format", "tsv", query});
    EXPECT_EQ(r.exit_code, 0) << Describe(r);
    std::istringstream lines(r.out);
    std::string line;
    std::getline(lines, line);  // header
    while (std::getline(lines, line)) out->push_back(line);
    std::sort(out->begin(), out->end());
  }
  return d;
}

std::string GraphOf(const std::string& quad) { return quad.substr(0, quad.find('\t')); }

// Checks that `store` holds whole batches of the clean run: each graph it
// has is exactly the clean run's graph, and the graph count is a multiple of
// the batch size (or all of them).
void ExpectWholeBatches(const std::string& store, const Dump& clean, std::size_t articles) {
  const Dump got = DumpStore(store);
  std::map<std::string, std::size_t> clean_sizes;
  for (const std::string& q : clean.quads) ++clean_sizes[GraphOf(q)];
  std::set<std::string> graphs;
  for (const std::string& q : got.quads) graphs.insert(GraphOf(q));
  std::size_t expected_quads = 0;
  for (const std::string& g : graphs) expected_quads += clean_sizes[g];
  EXPECT_EQ(got.quads.size(), expected_quads) << "a graph is incomplete";
  EXPECT_TRUE(
      std::includes(clean.quads.begin(), clean.quads.end(), got.quads.begin(), got.quads.end()))
      << "the store holds a quad a clean run does not";
  EXPECT_TRUE(graphs.size() % kBatch == 0 || graphs.size() == articles)
      << graphs.size() << " graphs: not whole batches";
}

pid_t StartIngest(const std::string& store, const fs::path& corpus) {
  const pid_t pid = fork();
  if (pid == 0) {
    const int null_fd = open("/dev/null", O_WRONLY);
    dup2(null_fd, 1);
    dup2(null_fd, 2);
    execl(AWARDGRAPH_BINARY, AWARDGRAPH_BINARY, "ingest", "--no-progress", "--jobs", "1", "--batch",
          "25", "--store", store.c_str(), corpus.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

double IngestSeconds(const std::string& store, const fs::path& corpus) {
  const auto start = std::chrono::steady_clock::now();
  RunOutput r =
      RunCli({"ingest", "--no-progress", "--jobs", "1", "--batch", "25", "--store", store, corpus});
  EXPECT_EQ(r.exit_code, 0) << Describe(r);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void KillAfter(pid_t pid, double seconds) {
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
}

class CrashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    articles_ = MakeCorpus(dir_ / "corpus", 10);
    clean_seconds_ = IngestSeconds(dir_ / "clean", dir_ / "corpus");
    clean_ = DumpStore(dir_ / "clean");
    ASSERT_GT(clean_.quads.size(), 1000u);
  }

  TempDir dir_;
  std::size_t articles_ = 0;
  double clean_seconds_ = 0;
  Dump clean_;
};

TEST_F(CrashTest, KilledIngestsOpenWithWholeBatchesAndConverge) {
  std::mt19937 random(20261130);
  const std::string store = dir_ / "killed";
  for (int round = 0; round < 5; ++round) {
    // Kill at a random moment of the ingest (which skips what is stored).
    const double at = std::uniform_real_distribution<>(0.0, clean_seconds_)(random);
    KillAfter(StartIngest(store, dir_ / "corpus"), at);
    if (!fs::exists(fs::path(store) / "awardgraph-store")) continue;  // killed before creating
    SCOPED_TRACE("round " + std::to_string(round) + ", killed after " + std::to_string(at) + " s");
    ExpectWholeBatches(store, clean_, articles_);  // opening rebuilds when needed
    RunOutput check = RunCli({"check", "--store", store});
    EXPECT_EQ(check.exit_code, 0) << Describe(check);
  }
  IngestSeconds(store, dir_ / "corpus");
  const Dump done = DumpStore(store);
  EXPECT_EQ(done.quads, clean_.quads);
  EXPECT_EQ(done.triples, clean_.triples);
  RunOutput check = RunCli({"check", "--full", "--store", store});
  EXPECT_EQ(check.exit_code, 0) << Describe(check);
}

TEST_F(CrashTest, StoreCopiedMidWriteOpensAndConverges) {
  std::mt19937 random(7);
  for (int round = 0; round < 2; ++round) {
    const std::string store = dir_ / ("live" + std::to_string(round));
    const std::string copy = dir_ / ("copy" + std::to_string(round));
    const pid_t pid = StartIngest(store, dir_ / "corpus");
    std::this_thread::sleep_for(std::chrono::duration<double>(
        std::uniform_real_distribution<>(0.3, 0.9)(random) * clean_seconds_));
    std::error_code ec;
    fs::copy(store, copy, fs::copy_options::recursive, ec);
    int status = 0;
    waitpid(pid, &status, 0);
    if (ec || !fs::exists(fs::path(copy) / "awardgraph-store")) continue;
    SCOPED_TRACE("round " + std::to_string(round));
    ExpectWholeBatches(copy, clean_, articles_);
    IngestSeconds(copy, dir_ / "corpus");
    EXPECT_EQ(DumpStore(copy).quads, clean_.quads);
  }
}

TEST(RepairCommand, RebuildsDamagedIndexesFromTheJournal) {
  TempDir dir;
  const std::string store = dir / "s";
  RunOutput r = RunCli({"ingest", "--no-progress", "--store", store, AWARDGRAPH_ARTICLES_DIR});
  ASSERT_EQ(r.exit_code, 0) << Describe(r);
  const Dump before = DumpStore(store);
  // Damage the indexes behind the store's back: truncate one BDB file.
  fs::resize_file(fs::path(store) / "triples-sp2o.db", 0);
  RunOutput repair = RunCli({"repair", "--store", store});
  EXPECT_EQ(repair.exit_code, 0) << Describe(repair);
  EXPECT_NE(repair.out.find("rebuilt"), std::string::npos) << repair.out;
  const Dump after = DumpStore(store);
  EXPECT_EQ(after.quads, before.quads);
  EXPECT_EQ(after.triples, before.triples);
}

TEST(RepairCommand, RefusesStoresWithoutAJournalBackend) {
  RunOutput r = RunCli({"repair", "--store", "memory:"});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find("journal"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace awardgraph::cli::testing
