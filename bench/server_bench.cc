// server_bench.cc — a bounded loopback load generator for `awardgraph serve`.
//
// C clients (threads, one keep-alive connection each) send the given query
// files round-robin to /sparql (GET, JSON results) for D seconds after a
// short warm-up; prints queries/s and p50/p99 latency, and exits 1 when any
// answer is not 200. Bounded: each client has one request in flight.
//
// Usage: server_bench --port P [--clients C] [--seconds D] QUERY.rq...
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

int main(int argc, char** argv) {
  int port = 0;
  int clients = 1;
  double seconds = 10;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--port" && i + 1 < argc) {
      port = std::stoi(argv[++i]);
    } else if (arg == "--clients" && i + 1 < argc) {
      clients = std::stoi(argv[++i]);
    } else if (arg == "--seconds" && i + 1 < argc) {
      seconds = std::stod(argv[++i]);
    } else {
      paths.push_back(arg);
    }
  }
  if (port == 0 || paths.empty()) {
    std::cerr << "usage: server_bench --port P [--clients C] [--seconds D] QUERY.rq...\n";
    return 2;
  }
  std::vector<std::string> targets;
  for (const std::string& path : paths) {
    targets.push_back("/sparql?query=" + httplib::detail::encode_query_param(ReadFile(path)));
  }
  std::atomic<bool> measuring{false};
  std::atomic<bool> stop{false};
  std::atomic<long> errors{0};
  std::mutex mutex;
  std::vector<double> latencies_ms;
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c) {
    threads.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_read_timeout(300, 0);
      std::vector<double> mine;
      for (std::size_t i = static_cast<std::size_t>(c); !stop; ++i) {
        const auto start = Clock::now();
        const auto response = client.Get(targets[i % targets.size()],
                                         {{"Accept", "application/sparql-results+json"}});
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
        if (!response || response->status != 200) ++errors;
        if (measuring && !stop) mine.push_back(ms);
      }
      std::lock_guard lock(mutex);
      latencies_ms.insert(latencies_ms.end(), mine.begin(), mine.end());
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(1000));  // warm-up
  measuring = true;
  const auto start = Clock::now();
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  stop = true;
  const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
  for (std::thread& thread : threads) thread.join();
  std::sort(latencies_ms.begin(), latencies_ms.end());
  const auto percentile = [&](double p) {
    if (latencies_ms.empty()) return 0.0;
    return latencies_ms[std::min(latencies_ms.size() - 1,
                                 static_cast<std::size_t>(p * latencies_ms.size()))];
  };
  std::printf("clients %3d  queries %6zu  %8.1f q/s  p50 %8.1f ms  p99 %8.1f ms  errors %ld\n",
              clients, latencies_ms.size(), latencies_ms.size() / elapsed, percentile(0.50),
              percentile(0.99), errors.load());
  return errors == 0 ? 0 : 1;
}
