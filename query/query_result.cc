// query_result.cc — QueryResult factories and FixEmptyAggregates.
#include "query/query_result.h"

#include "ontology/vocabulary.h"

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

void FixEmptyAggregates(const QueryShape& shape, QueryResult& result,
                        const std::function<bool()>& pattern_has_solution) {
  if (result.kind != QueryResult::Kind::kBindings || shape.form != QueryForm::kSelect ||
      !shape.HasAggregates() || shape.has_having || shape.has_limit_or_offset) {
    return;
  }
  if (shape.has_group_by) {
    if (result.rows.size() == 1 && !pattern_has_solution()) result.rows.clear();
    return;
  }
  if (!result.rows.empty()) return;
  ResultRow row(result.variables.size());
  for (std::size_t i = 0; i < result.variables.size(); ++i) {
    for (const ProjectionItem& item : shape.projection) {
      if (item.variable != result.variables[i]) continue;
      switch (item.aggregate) {
        case AggregateKind::kCount:
        case AggregateKind::kSum:
        case AggregateKind::kAvg:
          row[i] = Term::Typed("0", vocab::kXsdInteger);
          break;
        case AggregateKind::kGroupConcat:
          row[i] = Term::Literal("");
          break;
        default:
          break;
      }
    }
  }
  result.rows.push_back(std::move(row));
}

}  // namespace awardgraph::query
