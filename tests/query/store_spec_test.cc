// Tests for query/store_spec.h.
#include "query/store_spec.h"

#include <gtest/gtest.h>

#include "query/errors.h"

namespace awardgraph::query {
namespace {

using Backend = StoreSpec::Backend;

TEST(ParseStoreSpecTest, DirectoryPathIsBdb) {
  StoreSpec s = ParseStoreSpec("./awardgraph-store");
  EXPECT_EQ(s.backend, Backend::kBdbDirectory);
  EXPECT_EQ(s.path, "./awardgraph-store");
  EXPECT_EQ(s.original, "./awardgraph-store");
}

TEST(ParseStoreSpecTest, WindowsLikeColonInDirectoryIsStillADirectory) {
  EXPECT_EQ(ParseStoreSpec("/tmp/a:b").backend, Backend::kBdbDirectory);
}

TEST(ParseStoreSpecTest, Sqlite) {
  StoreSpec s = ParseStoreSpec("sqlite:/var/lib/ag.db");
  EXPECT_EQ(s.backend, Backend::kSqlite);
  EXPECT_EQ(s.path, "/var/lib/ag.db");
}

TEST(ParseStoreSpecTest, SqliteNeedsAPath) { EXPECT_THROW(ParseStoreSpec("sqlite:"), StoreError); }

TEST(ParseStoreSpecTest, Memory) {
  EXPECT_EQ(ParseStoreSpec("memory:").backend, Backend::kMemory);
  EXPECT_THROW(ParseStoreSpec("memory:x"), StoreError);
}

TEST(ParseStoreSpecTest, PostgresqlFull) {
  StoreSpec s = ParseStoreSpec("postgresql://ag@db.example:5433/graph");
  EXPECT_EQ(s.backend, Backend::kPostgresql);
  EXPECT_EQ(s.user, "ag");
  EXPECT_EQ(s.host, "db.example");
  EXPECT_EQ(s.port, 5433);
  EXPECT_EQ(s.dbname, "graph");
}

TEST(ParseStoreSpecTest, PostgresqlMinimal) {
  StoreSpec s = ParseStoreSpec("postgres://localhost/kg");
  EXPECT_EQ(s.backend, Backend::kPostgresql);
  EXPECT_EQ(s.user, "");
  EXPECT_EQ(s.host, "localhost");
  EXPECT_EQ(s.port, 0);
  EXPECT_EQ(s.dbname, "kg");
}

// The message ParseStoreSpec throws for `spec`, or "no error".
std::string ErrorOf(const char* spec) {
  try {
    ParseStoreSpec(spec);
  } catch (const StoreError& e) {
    return std::string(e.what());
  }
  return std::string("no error");
}

TEST(ParseStoreSpecTest, PostgresqlErrorsSayWhatIsWrong) {
  auto message = ErrorOf;
  EXPECT_NE(message("postgresql://h:99999/db").find("port '99999'"), std::string::npos);
  EXPECT_NE(message("postgresql://h:x/db").find("port 'x'"), std::string::npos);
  EXPECT_NE(message("postgresql://h").find("no database name"), std::string::npos);
  EXPECT_NE(message("postgresql://u:secret@h/db").find("PGPASSWORD"), std::string::npos);
  EXPECT_NE(message("mysql://h/db").find("unknown scheme"), std::string::npos);
  EXPECT_NE(message("").find("empty"), std::string::npos);
}

TEST(ParseStoreSpecTest, VirtuosoFull) {
  StoreSpec s = ParseStoreSpec("virtuoso://dba:s3cret@127.0.0.1:1111/awardgraph");
  EXPECT_EQ(s.backend, Backend::kVirtuoso);
  EXPECT_EQ(s.user, "dba");
  EXPECT_EQ(s.password, "s3cret");
  EXPECT_EQ(s.host, "127.0.0.1");
  EXPECT_EQ(s.port, 1111);
  EXPECT_EQ(s.graph_base, "awardgraph");
  EXPECT_EQ(s.original, "virtuoso://dba:***@127.0.0.1:1111/awardgraph");
}

TEST(ParseStoreSpecTest, VirtuosoPasswordAndPortOptional) {
  StoreSpec s = ParseStoreSpec("virtuoso://dba@db.example/team-2026.v1");
  EXPECT_EQ(s.backend, Backend::kVirtuoso);
  EXPECT_EQ(s.user, "dba");
  EXPECT_EQ(s.password, "");
  EXPECT_EQ(s.host, "db.example");
  EXPECT_EQ(s.port, 0);
  EXPECT_EQ(s.graph_base, "team-2026.v1");
  EXPECT_EQ(s.original, "virtuoso://dba@db.example/team-2026.v1");
}

TEST(ParseStoreSpecTest, VirtuosoPasswordMayHoldColonsAndAt) {
  StoreSpec s = ParseStoreSpec("virtuoso://ag:a:b@c@h:2/g");
  EXPECT_EQ(s.user, "ag");
  EXPECT_EQ(s.password, "a:b@c");
  EXPECT_EQ(s.host, "h");
  EXPECT_EQ(s.original, "virtuoso://ag:***@h:2/g");
}

TEST(ParseStoreSpecTest, VirtuosoErrorsSayWhatIsWrongAndHideThePassword) {
  auto message = ErrorOf;
  const std::string no_user = message("virtuoso://127.0.0.1:1111/g");
  EXPECT_NE(no_user.find("no user"), std::string::npos) << no_user;
  const std::string empty_user = message("virtuoso://:pw@h/g");
  EXPECT_NE(empty_user.find("empty user"), std::string::npos) << empty_user;
  const std::string no_base = message("virtuoso://dba:topsecret@h:1111");
  EXPECT_NE(no_base.find("no graph base"), std::string::npos) << no_base;
  EXPECT_EQ(no_base.find("topsecret"), std::string::npos) << no_base;
  EXPECT_NE(no_base.find("dba:***@h:1111"), std::string::npos) << no_base;
  const std::string bad_port = message("virtuoso://dba:topsecret@h:99999/g");
  EXPECT_NE(bad_port.find("port '99999'"), std::string::npos) << bad_port;
  EXPECT_EQ(bad_port.find("topsecret"), std::string::npos) << bad_port;
  const std::string bad_base = message("virtuoso://dba:topsecret@h/a/b");
  EXPECT_NE(bad_base.find("graph base 'a/b'"), std::string::npos) << bad_base;
  EXPECT_EQ(bad_base.find("topsecret"), std::string::npos) << bad_base;
  const std::string odbc = message("virtuoso://dba:top;secret@h/g");
  EXPECT_NE(odbc.find("ODBC"), std::string::npos) << odbc;
  EXPECT_EQ(odbc.find("top;secret"), std::string::npos) << odbc;
  EXPECT_NE(message("virtuoso://dba:x@h:/g").find("port ''"), std::string::npos);
}

TEST(MaskPasswordTest, MasksOnlyThePassword) {
  EXPECT_EQ(MaskPassword("virtuoso://u:p@h:1/g"), "virtuoso://u:***@h:1/g");
  EXPECT_EQ(MaskPassword("virtuoso://u@h:1/g"), "virtuoso://u@h:1/g");
  EXPECT_EQ(MaskPassword("./store"), "./store");
  EXPECT_EQ(MaskPassword("postgresql://u:p@h/db"), "postgresql://u:***@h/db");
}

}  // namespace
}  // namespace awardgraph::query
