// serve_command_test.cc — `awardgraph serve` option parsing (the server itself
// is tested end to end in tests/server).
#include "cli/serve_command.h"

#include <gtest/gtest.h>

#include "cli/options.h"

namespace awardgraph::cli {
namespace {

TEST(ParseServeConfig, DefaultsAreSafe) {
  const ServeConfig c = ParseServeConfig({}, nullptr);
  EXPECT_EQ(c.options.store, "./awardgraph-store");
  EXPECT_EQ(c.options.host, "127.0.0.1");
  EXPECT_EQ(c.options.port, 8080);
  EXPECT_GE(c.options.workers, 2u);
  EXPECT_DOUBLE_EQ(c.options.timeout_seconds, 30.0);
  EXPECT_EQ(c.options.max_rows, 100000u);
  EXPECT_EQ(c.options.cors, "*");
  EXPECT_TRUE(c.options.write_token.empty());  // read-only
  EXPECT_FALSE(c.options.quiet);
  EXPECT_EQ(c.child_fd, -1);
}

TEST(ParseServeConfig, ReadsEveryOption) {
  const ServeConfig c = ParseServeConfig({"--store",       "s",   "--host",     "0.0.0.0",
                                          "--port",        "0",   "--workers",  "3",
                                          "--timeout",     "2.5", "--max-rows", "10",
                                          "--max-body",    "99",  "--cors",     "https://a.example",
                                          "--write-token", "t",   "--jobs",     "4",
                                          "--quiet"},
                                         "env-store");
  EXPECT_EQ(c.options.store, "s");
  EXPECT_EQ(c.options.host, "0.0.0.0");
  EXPECT_EQ(c.options.port, 0);
  EXPECT_EQ(c.options.workers, 3u);
  EXPECT_DOUBLE_EQ(c.options.timeout_seconds, 2.5);
  EXPECT_EQ(c.options.max_rows, 10u);
  EXPECT_EQ(c.options.max_body, 99u);
  EXPECT_EQ(c.options.cors, "https://a.example");
  EXPECT_EQ(c.options.write_token, "t");
  EXPECT_EQ(c.options.ingest_jobs, 4u);
  EXPECT_TRUE(c.options.quiet);
  EXPECT_EQ(ParseServeConfig({}, "env-store").options.store, "env-store");
}

TEST(ParseServeConfig, BadValuesAreUsageErrors) {
  EXPECT_THROW(ParseServeConfig({"--port", "70000"}, nullptr), UsageError);
  EXPECT_THROW(ParseServeConfig({"--port", "x"}, nullptr), UsageError);
  EXPECT_THROW(ParseServeConfig({"--workers", "0"}, nullptr), UsageError);
  EXPECT_THROW(ParseServeConfig({"--timeout", "0"}, nullptr), UsageError);
  EXPECT_THROW(ParseServeConfig({"--timeout", "soon"}, nullptr), UsageError);
  EXPECT_THROW(ParseServeConfig({"--write-token", ""}, nullptr), UsageError);
  EXPECT_THROW(ParseServeConfig({"extra"}, nullptr), UsageError);
  EXPECT_THROW(ParseServeConfig({"--nope"}, nullptr), UsageError);
}

TEST(ParseServeConfig, ChildOptionsMakeAWorkerOrTheWriter) {
  const ServeConfig worker = ParseServeConfig({"--store", "s", "--child-fd", "3"}, nullptr);
  EXPECT_EQ(worker.child_fd, 3);
  EXPECT_FALSE(worker.child_writer);
  EXPECT_EQ(worker.options.store, "s");
  EXPECT_TRUE(ParseServeConfig({"--child-fd", "3", "--child-writer"}, nullptr).child_writer);
}

}  // namespace
}  // namespace awardgraph::cli
