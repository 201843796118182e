// virtuoso_fixture.h — test helper: a fresh store on the Virtuoso server
// that tests/query/virtuoso_test.py starts.
//
// Defines VirtuosoTestStore: Spec() is a virtuoso:// name with a graph base
// of its own (the name in $AWARDGRAPH_TEST_VIRTUOSO plus a unique suffix);
// Available() is false when the variable is unset (tests then skip). At
// scope end it removes every graph the store holds, as article graphs are
// shared by all stores on a server.
//
// Example:
//   VirtuosoTestStore v;
//   if (!v.Available()) GTEST_SKIP();
//   Store s = Store::Open(v.Spec(), Store::Mode::kWrite);
#ifndef AWARDGRAPH_TESTS_QUERY_VIRTUOSO_FIXTURE_H_
#define AWARDGRAPH_TESTS_QUERY_VIRTUOSO_FIXTURE_H_

#include <unistd.h>

#include <cstdlib>
#include <string>

#include "query/store.h"

namespace awardgraph::query::testing {

/// A uniquely named store on the test server; emptied at scope end.
class VirtuosoTestStore {
 public:
  VirtuosoTestStore() {
    static int counter = 0;
    const char* base = std::getenv("AWARDGRAPH_TEST_VIRTUOSO");
    if (base != nullptr && *base != '\0') {
      spec_ = std::string(base) + "-" + std::to_string(getpid()) + "-" + std::to_string(counter++);
    }
  }
  VirtuosoTestStore(const VirtuosoTestStore&) = delete;
  VirtuosoTestStore& operator=(const VirtuosoTestStore&) = delete;
  ~VirtuosoTestStore() {
    if (spec_.empty()) return;
    try {
      Store s = Store::Open(spec_, Store::Mode::kWrite);
      for (const std::string& g : s.Graphs()) s.RemoveGraph(g);
      s.RemoveGraph("");
    } catch (...) {
      // Best effort: the server may be gone.
    }
  }

  /// True when a server was named.
  bool Available() const { return !spec_.empty(); }
  /// The store name.
  const std::string& Spec() const { return spec_; }

 private:
  std::string spec_;
};

}  // namespace awardgraph::query::testing

#endif  // AWARDGRAPH_TESTS_QUERY_VIRTUOSO_FIXTURE_H_
