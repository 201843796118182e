// query_result.cc — QueryResult factories.
#include "query/query_result.h"

namespace awardgraph::query {

QueryResult QueryResult::Bindings(std::vector<std::string> variables) {
  QueryResult r;
  r.kind = Kind::kBindings;
  r.variables = std::move(variables);
  return r;
}

QueryResult QueryResult::Boolean(bool value) {
  QueryResult r;
  r.kind = Kind::kBoolean;
  r.boolean = value;
  return r;
}

QueryResult QueryResult::Graph(std::vector<Triple> triples) {
  QueryResult r;
  r.kind = Kind::kGraph;
  r.triples = std::move(triples);
  return r;
}

}  // namespace awardgraph::query
