// Tests for cli/load_command.h: option parsing, and end to end with the binary.
#include "cli/load_command.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "cli/options.h"
#include "cli_runner.h"
#include "query/store.h"

namespace awardgraph::cli {
namespace {

using testing::kAwardsTurtle;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

TEST(ParseLoadConfigTest, FormatsFromExtensionsOrForced) {
  LoadConfig c = ParseLoadConfig({"a.ttl", "b.nt", "c.rdf", "d.trig"}, "envstore");
  EXPECT_EQ(c.store, "envstore");
  ASSERT_EQ(c.files.size(), 4u);
  EXPECT_EQ(c.files[0].format, query::RdfFormat::kTurtle);
  EXPECT_EQ(c.files[1].format, query::RdfFormat::kNtriples);
  EXPECT_EQ(c.files[2].format, query::RdfFormat::kRdfxml);
  EXPECT_EQ(c.files[3].format, query::RdfFormat::kTrig);
  c = ParseLoadConfig({"--format", "ntriples", "--store", "s", "--graph", "http://g", "x.data"},
                      nullptr);
  EXPECT_EQ(c.store, "s");
  EXPECT_EQ(c.graph, "http://g");
  EXPECT_EQ(c.files[0].format, query::RdfFormat::kNtriples);
}

TEST(ParseLoadConfigTest, UsageErrors) {
  EXPECT_THROW(ParseLoadConfig({}, nullptr), UsageError);
  EXPECT_THROW(ParseLoadConfig({"notes.txt"}, nullptr), UsageError);
  EXPECT_THROW(ParseLoadConfig({"--format", "json", "a.ttl"}, nullptr), UsageError);
  EXPECT_TRUE(ParseLoadConfig({"--help"}, nullptr).help);
}

TEST(LoadEndToEndTest, LoadInOneProcessQueryInAnother) {
  TempDir dir;
  WriteFile(dir / "a.ttl", kAwardsTurtle);
  const testing::RunOutput load = RunCli({"load", "--store", dir / "store", dir / "a.ttl"});
  ASSERT_EQ(load.exit_code, 0) << Describe(load);
  EXPECT_EQ(load.out, "");
  EXPECT_NE(load.err.find("18 triples"), std::string::npos) << load.err;
  const testing::RunOutput q = RunCli(
      {"query", "--store", dir / "store", "--format", "csv",
       "SELECT ?n WHERE { ?n <https://w3id.org/awardgraph/ontology#nominee> <http://ex/t2> } "
       "ORDER BY ?n"});
  ASSERT_EQ(q.exit_code, 0) << Describe(q);
  EXPECT_EQ(q.out, "n\r\nhttp://ex/n3\r\nhttp://ex/n4\r\n");
}

TEST(LoadEndToEndTest, BadTurtleNamesFileAndLineAndKeepsEarlierData) {
  TempDir dir;
  WriteFile(dir / "good.ttl", kAwardsTurtle);
  WriteFile(dir / "bad.ttl",
            "<http://ex/x> <http://ex/p> \"1\" .\n\n<http://ex/x> <http://ex/p> \n");
  ASSERT_EQ(RunCli({"load", "--store", dir / "s", dir / "good.ttl"}).exit_code, 0);
  const testing::RunOutput bad = RunCli({"load", "--store", dir / "s", dir / "bad.ttl"});
  EXPECT_EQ(bad.exit_code, 1) << Describe(bad);
  EXPECT_NE(bad.err.find("awardgraph: " + (dir / "bad.ttl") + ":4"), std::string::npos) << bad.err;
  const testing::RunOutput count = RunCli(
      {"query", "--store", dir / "s", "--format", "tsv", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"});
  EXPECT_EQ(count.out, "?n\n18\n") << Describe(count);
}

TEST(LoadEndToEndTest, SecondWriterIsRefusedWithTheHoldersPid) {
  TempDir dir;
  WriteFile(dir / "a.ttl", kAwardsTurtle);
  query::Store holder = query::Store::Open(dir / "s", query::Store::Mode::kWrite);
  const testing::RunOutput r = RunCli({"load", "--store", dir / "s", dir / "a.ttl"});
  EXPECT_EQ(r.exit_code, 1) << Describe(r);
  EXPECT_NE(r.err.find("in use by process " + std::to_string(getpid())), std::string::npos)
      << r.err;
  EXPECT_EQ(holder.Size(), 0u);  // the refused writer wrote nothing
}

TEST(LoadEndToEndTest, UnknownExtensionIsAUsageError) {
  TempDir dir;
  const testing::RunOutput r = RunCli({"load", "--store", dir / "s", "notes.txt"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("pass --format"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "s"));
}

}  // namespace
}  // namespace awardgraph::cli
