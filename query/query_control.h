// query_control.h — limits and cancellation for one SPARQL query.
//
// Defines QueryControl: a deadline, a cancel flag another thread may set,
// and a cap on the rows any step of the evaluation may hold (which bounds
// the memory a query takes). The evaluator checks them between rows and
// inside long scans and stops with QueryStoppedError (errors.h), saying
// which limit was hit.
//
// Example:
//   std::atomic<bool> cancel{false};
//   QueryControl control;
//   control.deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
//   control.cancel = &cancel;
//   store.Query("SELECT * { ?s ?p ?o }", control);
#ifndef AWARDGRAPH_QUERY_QUERY_CONTROL_H_
#define AWARDGRAPH_QUERY_QUERY_CONTROL_H_

#include <atomic>
#include <chrono>
#include <cstddef>

namespace awardgraph::query {

/// Limits of one query; the defaults stop nothing but runaway row counts.
struct QueryControl {
  /// The query stops once this time has passed.
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  /// When set and true, the query stops (checked between rows).
  const std::atomic<bool>* cancel = nullptr;
  /// Most rows any intermediate or final solution sequence may hold.
  std::size_t max_rows = 5'000'000;
};

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_QUERY_CONTROL_H_
