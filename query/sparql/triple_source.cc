// triple_source.cc — MemoryTripleSource.
#include "query/sparql/triple_source.h"

namespace awardgraph::query::sparql {

void MemoryTripleSource::Add(const Triple& triple, const std::string& graph) {
  Graph& g = graph.empty() ? default_graph_ : named_[graph];
  auto [it, inserted] = g.triples.insert(triple);
  if (!inserted) return;
  const Triple* t = &*it;
  g.by_subject.emplace(t->subject, t);
  g.by_object.emplace(t->object, t);
  g.by_predicate.emplace(t->predicate, t);
}

bool MemoryTripleSource::Scan(const Graph& graph, const Term* s, const Term* p, const Term* o,
                              const TripleSink& sink) {
  auto matches = [&](const Triple& t) {
    return (s == nullptr || t.subject == *s) && (p == nullptr || t.predicate == *p) &&
           (o == nullptr || t.object == *o);
  };
  auto run = [&](const std::multimap<Term, const Triple*>& index, const Term& key) {
    auto [begin, end] = index.equal_range(key);
    for (auto it = begin; it != end; ++it) {
      if (matches(*it->second) &&
          !sink(it->second->subject, it->second->predicate, it->second->object)) {
        return false;
      }
    }
    return true;
  };
  if (s != nullptr) return run(graph.by_subject, *s);
  if (o != nullptr) return run(graph.by_object, *o);
  if (p != nullptr) return run(graph.by_predicate, *p);
  for (const Triple& t : graph.triples) {
    if (!sink(t.subject, t.predicate, t.object)) return false;
  }
  return true;
}

void MemoryTripleSource::Find(const Term* s, const Term* p, const Term* o, const Term* graph,
                              const TripleSink& sink) const {
  if (graph == nullptr) {
    Scan(default_graph_, s, p, o, sink);
    return;
  }
  auto it = named_.find(graph->value);
  if (it != named_.end() && !graph->IsLiteral()) Scan(it->second, s, p, o, sink);
}

void MemoryTripleSource::FindInNamedGraphs(const Term* s, const Term* p, const Term* o,
                                           const QuadSink& sink) const {
  for (const auto& [name, graph] : named_) {
    const Term g = Term::Iri(name);
    const bool go_on = Scan(graph, s, p, o, [&](const Term& a, const Term& b, const Term& c) {
      return sink(a, b, c, g);
    });
    if (!go_on) return;
  }
}

std::vector<Term> MemoryTripleSource::NamedGraphs() const {
  std::vector<Term> out;
  for (const auto& [name, graph] : named_) out.push_back(Term::Iri(name));
  return out;
}

}  // namespace awardgraph::query::sparql
