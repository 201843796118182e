// server_process.h — test helpers: a store built from the sample articles and
// a running `awardgraph serve` on a free port, talked to over real HTTP.
//
// Defines SampleStore (ingests data/samples once into a temporary store with
// the built binary), ServerProcess (spawns `awardgraph serve --port 0 ...`,
// reads the port from its first line, SIGTERMs it on destruction and keeps
// its exit status and stderr), RunAwardgraph and ReadQueryFile.
//
// Example:
//   ServerProcess server({"--store", SampleStore::Path(), "--timeout", "2"});
//   httplib::Client client = server.Client();
//   auto response = client.Get("/health");
#ifndef AWARDGRAPH_TESTS_SERVER_SERVER_PROCESS_H_
#define AWARDGRAPH_TESTS_SERVER_SERVER_PROCESS_H_

#include <fcntl.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "tests/common/temp_dir.h"

extern char** environ;

namespace awardgraph::server::testing {

/// Reads a whole file ("" when missing).
inline std::string ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Runs the built binary with `args`; returns {exit code, stdout}.
inline std::pair<int, std::string> RunAwardgraph(const std::vector<std::string>& args) {
  test_support::TempDir io;
  const std::string out_path = io / "out";
  std::vector<std::string> argv = {AWARDGRAPH_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  std::vector<char*> raw;
  for (std::string& arg : argv) raw.push_back(arg.data());
  raw.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawn(&pid, raw[0], &actions, nullptr, raw.data(), environ) != 0) {
    throw std::runtime_error("cannot run " + argv[0]);
  }
  posix_spawn_file_actions_destroy(&actions);
  int status = 0;
  waitpid(pid, &status, 0);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, ReadWholeFile(out_path)};
}

/// The sample articles ingested once per test program into a temporary store.
class SampleStore {
 public:
  /// The store's path (created on first use).
  static const std::string& Path() {
    // Destroyed at exit, which deletes the temporary directory (a leaked
    // pointer left one seed store per test process in /tmp).
    static const SampleStore store;
    return store.path_;
  }

 private:
  SampleStore() : path_(dir_ / "store") {
    const auto [code, out] = RunAwardgraph(
        {"ingest", "--store", path_, "--no-progress", "--jobs", "1", AWARDGRAPH_SAMPLES_DIR});
    if (code != 0) throw std::runtime_error("ingesting the samples failed: " + out);
  }
  test_support::TempDir dir_;
  std::string path_;
};

/// A running `awardgraph serve` on a free port.
class ServerProcess {
 public:
  /// Starts `awardgraph serve --port 0 ARGS...` and waits until it listens.
  explicit ServerProcess(const std::vector<std::string>& args) {
    const std::string out_path = dir_ / "out";
    err_path_ = dir_ / "err";
    std::vector<std::string> argv = {AWARDGRAPH_BINARY, "serve", "--port", "0"};
    argv.insert(argv.end(), args.begin(), args.end());
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, 2, err_path_.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    std::vector<char*> raw;
    for (std::string& arg : argv) raw.push_back(arg.data());
    raw.push_back(nullptr);
    if (posix_spawn(&pid_, raw[0], &actions, nullptr, raw.data(), environ) != 0) {
      throw std::runtime_error("cannot start the server");
    }
    posix_spawn_file_actions_destroy(&actions);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
      const std::string out = ReadWholeFile(out_path);
      const std::size_t at = out.find("127.0.0.1:");
      if (at != std::string::npos && out.find('\n', at) != std::string::npos) {
        port_ = std::stoi(out.substr(at + 10));
        return;
      }
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return;  // did not start; Port() is 0
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    throw std::runtime_error("the server did not start within 60 s");
  }
  ~ServerProcess() { Stop(); }

  /// The port it listens on (0 when it failed to start).
  int Port() const { return port_; }
  /// A client for it.
  httplib::Client Client() const {
    httplib::Client client("127.0.0.1", port_);
    client.set_read_timeout(60, 0);
    return client;
  }
  /// Sends SIGTERM (once) without waiting.
  void Terminate() {
    if (pid_ > 0) kill(pid_, SIGTERM);
  }
  /// SIGTERM and wait; returns the exit code (-1 when killed by a signal).
  int Stop() {
    if (pid_ > 0) {
      kill(pid_, SIGTERM);
      int status = 0;
      waitpid(pid_, &status, 0);
      exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      pid_ = -1;
    }
    return exit_code_;
  }
  /// What the server wrote to stderr so far (the access log).
  std::string Log() const { return ReadWholeFile(err_path_); }
  /// The server's process id.
  pid_t Pid() const { return pid_; }

 private:
  test_support::TempDir dir_;
  std::string err_path_;
  pid_t pid_ = -1;
  int port_ = 0;
  int exit_code_ = -1;
};

/// The text of data/queries/NAME.
inline std::string ReadQueryFile(const std::string& name) {
  return ReadWholeFile(std::string(AWARDGRAPH_QUERIES_DIR) + "/" + name);
}

/// Lines of `text` (without the line ends), for row counts.
inline std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

}  // namespace awardgraph::server::testing

#endif  // AWARDGRAPH_TESTS_SERVER_SERVER_PROCESS_H_
