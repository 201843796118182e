// sparql_bench.cc — times SPARQL queries on one store: our engine vs Rasqal.
//
// Usage: sparql_bench [--rasqal-timeout SEC] STORE QUERY.rq...
//        sparql_bench --percentiles RUNS BUDGET_S STORE QUERY.rq...
// Opens STORE for reading and runs each query through Store::Query (the
// project's engine, query/sparql/) and Store::QueryWithRasqal (Redland's
// Rasqal 0.9.33) in the same process, alternating, and prints one line per
// query: rows and best-of-3 milliseconds for each engine (one run when a
// run takes over 20 s). Rasqal runs in a forked child that is killed after
// --rasqal-timeout seconds (default 300; Rasqal cannot be interrupted), and
// shows "error" when it cannot run the query (e.g. property paths).
// bench/sparql_bench.sh drives it; see bench/README.md. With --percentiles
// only our engine runs, RUNS times per query (fewer once BUDGET_S seconds
// have passed for that query, at least once), and each line gives rows,
// runs, p50 and p99 in milliseconds (bench/query_bench.sh's in-process
// figure: the store opened once, no process start).
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "query/errors.h"
#include "query/store.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Timing {
  double best_ms = -1;
  std::size_t rows = 0;
  std::string error;
};

template <typename Run>
Timing Time(Run run, int reps) {
  Timing t;
  for (int i = 0; i < reps; ++i) {
    const auto start = Clock::now();
    try {
      const awardgraph::query::QueryResult r = run();
      t.rows =
          r.kind == awardgraph::query::QueryResult::Kind::kGraph ? r.triples.size() : r.rows.size();
    } catch (const std::exception& e) {
      t.error = e.what();
      t.error = t.error.substr(0, t.error.find('\n'));
      return t;
    }
    const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    if (t.best_ms < 0 || ms < t.best_ms) t.best_ms = ms;
    if (ms > 20000) break;
  }
  return t;
}

// Runs `run` in a forked child, waiting at most `timeout_s` seconds.
template <typename Run>
Timing TimeInChild(Run run, int reps, int timeout_s) {
  int fds[2];
  if (pipe(fds) != 0) return Timing{-1, 0, "pipe failed"};
  const pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    const Timing t = Time(run, reps);
    char buf[512];
    const int n = std::snprintf(buf, sizeof buf, "%f %zu %s", t.best_ms, t.rows, t.error.c_str());
    if (write(fds[1], buf, n) < 0) _exit(1);
    _exit(0);
  }
  close(fds[1]);
  pollfd p{fds[0], POLLIN, 0};
  Timing t;
  if (poll(&p, 1, timeout_s * 1000) <= 0) {
    kill(pid, SIGKILL);
    t.error = "timed out after " + std::to_string(timeout_s) + " s";
  } else {
    char buf[512] = {0};
    const ssize_t n = read(fds[0], buf, sizeof buf - 1);
    if (n > 0) {
      char error[512] = {0};
      std::sscanf(buf, "%lf %zu %511[^\n]", &t.best_ms, &t.rows, error);
      t.error = error;
    } else {
      t.error = "the child died";
    }
  }
  close(fds[0]);
  waitpid(pid, nullptr, 0);
  return t;
}

// Our engine only: p50 / p99 of up to `runs` runs per query.
int Percentiles(int runs, double budget_s, const char* store_name, char** files, int count) {
  using awardgraph::query::Store;
  const Store store = Store::Open(store_name, Store::Mode::kRead);
  for (int i = 0; i < count; ++i) {
    std::ifstream in(files[i]);
    std::stringstream text;
    text << in.rdbuf();
    const std::string q = text.str();
    std::vector<double> ms;
    std::size_t rows = 0;
    const auto begin = Clock::now();
    while (static_cast<int>(ms.size()) < runs &&
           (ms.empty() || std::chrono::duration<double>(Clock::now() - begin).count() < budget_s)) {
      const auto start = Clock::now();
      const awardgraph::query::QueryResult r = store.Query(q);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
      rows = r.rows.size();
    }
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double p) {
      return ms[std::min(ms.size() - 1, static_cast<std::size_t>(p / 100 * (ms.size() - 1) + 0.5))];
    };
    std::printf("%s %zu %zu %.1f %.1f\n", files[i], rows, ms.size(), pct(50), pct(99));
    std::fflush(stdout);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 5 && std::strcmp(argv[1], "--percentiles") == 0) {
    return Percentiles(std::atoi(argv[2]), std::atof(argv[3]), argv[4], argv + 5, argc - 5);
  }
  int first = 1;
  int rasqal_timeout = 300;
  if (argc > 2 && std::strcmp(argv[1], "--rasqal-timeout") == 0) {
    rasqal_timeout = std::atoi(argv[2]);
    first = 3;
  }
  if (argc < first + 2) {
    std::cerr << "usage: sparql_bench [--rasqal-timeout SEC] STORE QUERY.rq...\n";
    return 2;
  }
  using awardgraph::query::Store;
  const Store store = Store::Open(argv[first], Store::Mode::kRead);
  std::printf("%-8s %10s %12s %10s %12s %8s\n", "query", "ours rows", "ours ms", "rasqal rows",
              "rasqal ms", "rasqal/ours");
  for (int i = first + 1; i < argc; ++i) {
    std::ifstream in(argv[i]);
    std::stringstream text;
    text << in.rdbuf();
    const std::string q = text.str();
    std::string name = argv[i];
    name = name.substr(name.find_last_of('/') + 1);
    name = name.substr(0, name.find('.'));
    const Timing ours = Time([&] { return store.Query(q); }, 3);
    const Timing rasqal = TimeInChild([&] { return store.QueryWithRasqal(q); }, 3, rasqal_timeout);
    std::printf("%-8s %10zu %12.1f ", name.c_str(), ours.rows, ours.best_ms);
    if (!rasqal.error.empty()) {
      std::printf("%10s %12s %8s   (rasqal: %s)\n", "-", "error", "-", rasqal.error.c_str());
    } else {
      std::printf("%10zu %12.1f %8.2f\n", rasqal.rows, rasqal.best_ms,
                  rasqal.best_ms / ours.best_ms);
    }
    std::fflush(stdout);
  }
  return 0;
}
