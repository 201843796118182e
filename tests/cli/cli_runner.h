// cli_runner.h — test helpers: run a program, capture its output.
//
// Defines RunOutput and RunProgram (fork/exec with stdout and stderr sent to
// temporary files, optional stdin file, AWARDGRAPH_STORE unset), RunCli (the
// built awardgraph binary) and a TempDir for stores and fixtures.
//
// Example:
//   RunOutput r = RunCli({"query", "--store", dir / "s", "ASK {}"});
//   EXPECT_EQ(r.exit_code, 1);
#ifndef AWARDGRAPH_TESTS_CLI_CLI_RUNNER_H_
#define AWARDGRAPH_TESTS_CLI_CLI_RUNNER_H_

#include <fcntl.h>
#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/common/temp_dir.h"

namespace awardgraph::cli::testing {

// The shared scratch-directory helpers (tests/common/temp_dir.h).
using test_support::TempDir;
using test_support::WriteFile;

/// Reads a whole file.
inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

/// What a finished program left behind.
struct RunOutput {
  int exit_code = -1;
  std::string out;
  std::string err;
};

/// Runs `argv` (argv[0] is the program path) and waits for it.
inline RunOutput RunProgram(const std::vector<std::string>& argv,
                            const std::string& stdin_path = "/dev/null") {
  TempDir io;
  const std::string out_path = io / "out";
  const std::string err_path = io / "err";
  const pid_t pid = fork();
  if (pid == 0) {
    const int in = open(stdin_path.c_str(), O_RDONLY);
    const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(in, 0);
    dup2(out, 1);
    dup2(err, 2);
    unsetenv("AWARDGRAPH_STORE");
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  RunOutput r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = ReadFile(out_path);
  r.err = ReadFile(err_path);
  return r;
}

/// Runs the built awardgraph binary with `args`.
inline RunOutput RunCli(std::vector<std::string> args,
                        const std::string& stdin_path = "/dev/null") {
  args.insert(args.begin(), AWARDGRAPH_BINARY);
  return RunProgram(args, stdin_path);
}

/// Prints a RunOutput in assertion messages.
inline std::string Describe(const RunOutput& r) {
  return "exit " + std::to_string(r.exit_code) + "\nstdout:\n" + r.out + "\nstderr:\n" + r.err;
}

/// A small award graph in Turtle, used by several end-to-end tests.
inline constexpr char kAwardsTurtle[] = R"(
@prefix ag: <https://w3id.org/awardgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<http://ex/t1> a ag:Trust , ag:Organisation ; rdfs:label "Liverpool Women's NHS Foundation Trust" .
<http://ex/t2> a ag:Trust , ag:Organisation ; rdfs:label "Trust \"Two\", Ltd"@en .
<http://ex/n1> a ag:Nomination ; ag:nominee <http://ex/t1> ; ag:status ag:Winner .
<http://ex/n2> a ag:Nomination ; ag:nominee <http://ex/t1> ; ag:status ag:Winner .
<http://ex/n3> a ag:Nomination ; ag:nominee <http://ex/t2> ; ag:status ag:Winner .
<http://ex/n4> a ag:Nomination ; ag:nominee <http://ex/t2> ; ag:status ag:Shortlisted .
)";

/// Analyst query q1 (shared/analyst-queries.md).
inline constexpr char kWinsQuery[] = R"(PREFIX ag: <https://w3id.org/awardgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?org ?name (COUNT(?n) AS ?wins) WHERE {
  ?n a ag:Nomination ; ag:nominee ?org ; ag:status ag:Winner .
  ?org rdfs:label ?name .
} GROUP BY ?org ?name ORDER BY DESC(?wins) ?name)";

}  // namespace awardgraph::cli::testing

#endif  // AWARDGRAPH_TESTS_CLI_CLI_RUNNER_H_
