// Tests for cli/app.h: help, version, dispatch and exit codes (in process).
#include "cli/app.h"

#include <gtest/gtest.h>

#include <sstream>

#include "cli/options.h"
#include "query/errors.h"

namespace awardgraph::cli {
namespace {

int ThrowUsage(const std::vector<std::string>&, CommandIo&) { throw UsageError("bad flag"); }
int ThrowQuery(const std::vector<std::string>&, CommandIo&) {
  throw query::QuerySyntaxError("query syntax error at line 1", 1, 0);
}
int ThrowStore(const std::vector<std::string>&, CommandIo&) {
  throw query::StoreError("disk on fire");
}
int Echo(const std::vector<std::string>& args, CommandIo& io) {
  for (const std::string& a : args) io.out << a << ";";
  return 7;
}

const CommandRegistration kUsage({"zz-usage", "test: throws UsageError", &ThrowUsage});
const CommandRegistration kQuery({"zz-query", "test: throws QuerySyntaxError", &ThrowQuery});
const CommandRegistration kStore({"zz-store", "test: throws StoreError", &ThrowStore});
const CommandRegistration kEcho({"zz-echo", "test: echoes", &Echo});

struct AppRun {
  int code;
  std::string out;
  std::string err;
};

AppRun RunWith(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  CommandIo io{out, err, false};
  const int code = RunApp(args, io);
  return {code, out.str(), err.str()};
}

TEST(RunAppTest, HelpListsCommands) {
  const AppRun r = RunWith({"--help"});
  EXPECT_EQ(r.code, kExitOk);
  EXPECT_NE(r.out.find("  load      load RDF files into the store\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("  query "), std::string::npos);
  EXPECT_NE(r.out.find("  stats "), std::string::npos);
}

TEST(RunAppTest, NoArgumentsIsAUsageError) {
  const AppRun r = RunWith({});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_NE(r.err.find("Usage:"), std::string::npos);
}

TEST(RunAppTest, Version) {
  const AppRun r = RunWith({"--version"});
  EXPECT_EQ(r.code, kExitOk);
  EXPECT_EQ(r.out.rfind("awardgraph ", 0), 0u);
}

TEST(RunAppTest, UnknownCommand) {
  const AppRun r = RunWith({"frobnicate"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_EQ(r.err.rfind("awardgraph: unknown command 'frobnicate'", 0), 0u) << r.err;
}

TEST(RunAppTest, DispatchPassesTheRestAndTheExitCode) {
  const AppRun r = RunWith({"zz-echo", "a", "--b"});
  EXPECT_EQ(r.code, 7);
  EXPECT_EQ(r.out, "a;--b;");
}

TEST(RunAppTest, ExceptionsBecomeExitCodesAndMessages) {
  AppRun r = RunWith({"zz-usage"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_EQ(r.err, "awardgraph: bad flag (see `awardgraph zz-usage --help`)\n");
  r = RunWith({"zz-query"});
  EXPECT_EQ(r.code, kExitUsage);
  EXPECT_EQ(r.err, "awardgraph: query syntax error at line 1\n");
  r = RunWith({"zz-store"});
  EXPECT_EQ(r.code, kExitFailure);
  EXPECT_EQ(r.err, "awardgraph: disk on fire\n");
}

TEST(RunAppTest, EveryCommandHasHelp) {
  for (const char* command : {"load", "query", "stats"}) {
    const AppRun r = RunWith({command, "--help"});
    EXPECT_EQ(r.code, kExitOk) << command;
    EXPECT_EQ(r.out.rfind(std::string("Usage: awardgraph ") + command, 0), 0u) << r.out;
    EXPECT_NE(r.out.find("--store S"), std::string::npos) << command;
  }
}

}  // namespace
}  // namespace awardgraph::cli
