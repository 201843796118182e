// peer_tools.h — test helpers that run independent peer tools (networkx under
// python3, Graphviz dot) on files the tests write, to cross-check results.
//
// Defines ScratchDir (a temporary directory removed at scope exit),
// WriteFile, RunCommand and HasPythonModule.
//
// Example:
//   ScratchDir dir;
//   WriteFile(dir.Path() / "edges.tsv", "a\tb\t1\n");
//   CommandResult r = RunCommand("'" + python + "' script.py edges.tsv");
//   EXPECT_EQ(r.exit_code, 0);
#ifndef AWARDGRAPH_TESTS_GRAPH_PEER_TOOLS_H_
#define AWARDGRAPH_TESTS_GRAPH_PEER_TOOLS_H_

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

namespace awardgraph::graph::testing {

/// A fresh temporary directory, removed with its contents on destruction.
class ScratchDir {
 public:
  /// Creates the directory under the system temporary directory.
  ScratchDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "awardgraph-graph-XXXXXX");
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  /// Removes the directory and everything in it.
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  /// The directory.
  const std::filesystem::path& Path() const { return path_; }

 private:
  std::filesystem::path path_;
};

/// Writes `content` to `path`, replacing the file.
inline void WriteFile(const std::filesystem::path& path, std::string_view content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

/// What a command printed on stdout and how it exited.
struct CommandResult {
  /// Everything written to stdout.
  std::string output;
  /// The exit status, or -1 if it did not exit normally.
  int exit_code = -1;
};

/// Runs `command` with /bin/sh, capturing stdout (stderr goes to the test log).
inline CommandResult RunCommand(const std::string& command) {
  CommandResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[4096];
  std::size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.output.append(buffer, n);
  const int status = pclose(pipe);
  if (status != -1 && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  return result;
}

/// Whether `python` (a path; empty means none) can import `module`.
inline bool HasPythonModule(const std::string& python, const std::string& module) {
  if (python.empty()) return false;
  return RunCommand("'" + python + "' -c 'import " + module + "' 2>/dev/null").exit_code == 0;
}

}  // namespace awardgraph::graph::testing

#endif  // AWARDGRAPH_TESTS_GRAPH_PEER_TOOLS_H_
