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

TEST(ParseStoreSpecTest, PostgresqlErrorsSayWhatIsWrong) {
  auto message = [](const char* spec) {
    try {
      ParseStoreSpec(spec);
    } catch (const StoreError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_NE(message("postgresql://h:99999/db").find("port '99999'"), std::string::npos);
  EXPECT_NE(message("postgresql://h:x/db").find("port 'x'"), std::string::npos);
  EXPECT_NE(message("postgresql://h").find("no database name"), std::string::npos);
  EXPECT_NE(message("postgresql://u:secret@h/db").find("PGPASSWORD"), std::string::npos);
  EXPECT_NE(message("mysql://h/db").find("unknown scheme"), std::string::npos);
  EXPECT_NE(message("").find("empty"), std::string::npos);
}

}  // namespace
}  // namespace awardgraph::query
