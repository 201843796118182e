// store_fixture.h — test helpers: temporary directories and small stores.
//
// Defines TempDir (a fresh directory removed at scope end), WriteFile, and
// StoreTest, a fixture whose MakeStore(turtle) returns an in-memory Store
// loaded from a Turtle string (each call a fresh store).
//
// Example:
//   TEST_F(StoreTest, Finds) {
//     Store s = MakeStore("<http://ex/a> <http://ex/p> \"x\" .");
//     EXPECT_EQ(s.Size(), 1u);
//   }
#ifndef AWARDGRAPH_TESTS_QUERY_STORE_FIXTURE_H_
#define AWARDGRAPH_TESTS_QUERY_STORE_FIXTURE_H_

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>

#include "query/store.h"
#include "tests/common/temp_dir.h"

namespace awardgraph {

/// Lets GoogleTest print Terms readably in failure messages.
inline void PrintTo(const Term& t, std::ostream* os) {
  static const char* const kKinds[] = {"Iri", "Blank", "Literal"};
  *os << kKinds[static_cast<int>(t.kind)] << "(\"" << t.value << "\"";
  if (!t.datatype.empty()) *os << "^^" << t.datatype;
  if (!t.language.empty()) *os << "@" << t.language;
  *os << ")";
}

}  // namespace awardgraph

namespace awardgraph::query::testing {

// The shared scratch-directory helpers (tests/common/temp_dir.h).
using test_support::TempDir;
using test_support::WriteFile;

/// Fixture with a temp dir and a Turtle-to-Store helper.
class StoreTest : public ::testing::Test {
 protected:
  /// A fresh memory: store holding `turtle` (in the default graph, or in
  /// `graph_iri` when given).
  Store MakeStore(const std::string& turtle, const std::string& graph_iri = "") {
    Store store = Store::Open("memory:", Store::Mode::kWrite);
    const std::string file = dir_ / ("fixture" + std::to_string(counter_++) + ".ttl");
    WriteFile(file, turtle);
    store.LoadFile(file, RdfFormat::kTurtle, graph_iri);
    return store;
  }

  TempDir dir_;
  int counter_ = 0;
};

}  // namespace awardgraph::query::testing

#endif  // AWARDGRAPH_TESTS_QUERY_STORE_FIXTURE_H_
