// postgresql_fixture.h — test helper: a fresh PostgreSQL database per test.
//
// Defines PostgresqlTest, a fixture for tests of the PostgreSQL backend. It
// needs a server: tests/query/postgresql_test.py starts one and runs these
// tests with AWARDGRAPH_TEST_POSTGRESQL=HOST:PORT (user postgres, trust
// authentication); without that variable every test is skipped. Each test
// gets an empty database `ag_cpp` (dropped and created again).
//
// Example:
//   TEST_F(PostgresqlTest, Writes) {
//     Store s = Store::Open(StoreName(), Store::Mode::kWrite);
//   }
#ifndef AWARDGRAPH_TESTS_QUERY_POSTGRESQL_FIXTURE_H_
#define AWARDGRAPH_TESTS_QUERY_POSTGRESQL_FIXTURE_H_

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "query/postgresql_connection.h"
#include "query/store_spec.h"

namespace awardgraph::query::testing {

/// Fixture: skips without a server, else gives each test an empty database.
class PostgresqlTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* server = std::getenv("AWARDGRAPH_TEST_POSTGRESQL");
    if (server == nullptr || *server == '\0') {
      GTEST_SKIP() << "no PostgreSQL server (tests/query/postgresql_test.py starts one)";
    }
    server_ = server;
    internal::PgConnection admin = internal::PgConnection::Connect(ParseStoreSpec(Url("postgres")));
    admin.Execute("DROP DATABASE IF EXISTS ag_cpp WITH (FORCE)");
    admin.Execute("CREATE DATABASE ag_cpp");
  }

  /// The store name of database `db` on the test server.
  std::string Url(const std::string& db = "ag_cpp") const {
    return "postgresql://postgres@" + server_ + "/" + db;
  }
  /// The store name of this test's database.
  std::string StoreName() const { return Url(); }

  std::string server_;
};

}  // namespace awardgraph::query::testing

#endif  // AWARDGRAPH_TESTS_QUERY_POSTGRESQL_FIXTURE_H_
