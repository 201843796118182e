// store_triple_source.cc — StoreTripleSource over librdf_model_find_statements.
#include "query/store_triple_source.h"

#include <algorithm>

#include "query/errors.h"
#include "query/librdf_handles.h"

namespace awardgraph::query::internal {
namespace {

// The pattern statement for (s, p, o); a fully bound pattern drops its
// object (see the header) and reports it in `*filter_object`.
StatementPtr MakePattern(const Term* s, const Term* p, const Term* o, const Term** filter_object) {
  World& world = World::Instance();
  *filter_object = nullptr;
  if (s != nullptr && p != nullptr && o != nullptr) {
    *filter_object = o;
    o = nullptr;
  }
  librdf_node* sn = s != nullptr ? MakeNode(world, *s).release() : nullptr;
  librdf_node* pn = p != nullptr ? MakeNode(world, *p).release() : nullptr;
  librdf_node* on = o != nullptr ? MakeNode(world, *o).release() : nullptr;
  StatementPtr pattern(librdf_new_statement_from_nodes(world.Raw(), sn, pn, on));
  if (!pattern) throw StoreError("cannot make a statement pattern");
  return pattern;
}

// Walks `stream`, calling `emit(statement, context)` until it returns false.
template <typename Emit>
void Walk(librdf_stream* stream, const Term* filter_object, Emit&& emit) {
  for (; stream != nullptr && librdf_stream_end(stream) == 0; librdf_stream_next(stream)) {
    librdf_statement* st = librdf_stream_get_object(stream);
    Triple t = StatementToTriple(st);
    if (filter_object != nullptr && t.object != *filter_object) continue;
    if (!emit(t, librdf_stream_get_context2(stream))) return;
  }
}

}  // namespace

bool Storable(const Term* s, const Term* p, const Term* o) {
  if (s != nullptr && (s->IsLiteral() || (s->IsIri() && s->value.empty()))) return false;
  if (p != nullptr && (!p->IsIri() || p->value.empty())) return false;
  if (o != nullptr && o->IsIri() && o->value.empty()) return false;
  return true;
}

void StoreTripleSource::Find(const Term* s, const Term* p, const Term* o, const Term* graph,
                             const sparql::TripleSink& sink) const {
  if (!Storable(s, p, o)) return;
  if (graph != nullptr && (!graph->IsIri() || graph->value.empty())) return;
  const Term* filter_object = nullptr;
  StatementPtr pattern = MakePattern(s, p, o, &filter_object);
  StreamPtr stream;
  if (graph == nullptr) {
    stream.reset(librdf_model_find_statements(triples_, pattern.get()));
  } else {
    NodePtr context = MakeNode(World::Instance(), *graph);
    if (librdf_node_equals(context.get(), hidden_context_) != 0) return;
    stream.reset(librdf_model_find_statements_in_context(graphs_, pattern.get(), context.get()));
  }
  Walk(stream.get(), filter_object,
       [&](const Triple& t, librdf_node*) { return sink(t.subject, t.predicate, t.object); });
}

void StoreTripleSource::FindInNamedGraphs(const Term* s, const Term* p, const Term* o,
                                          const sparql::QuadSink& sink) const {
  if (!Storable(s, p, o)) return;
  const Term* filter_object = nullptr;
  StatementPtr pattern = MakePattern(s, p, o, &filter_object);
  auto emit = [&](const Triple& t, librdf_node* context) {
    if (context == nullptr || librdf_node_equals(context, hidden_context_) != 0) return true;
    return sink(t.subject, t.predicate, t.object, NodeToTerm(context));
  };
  if (graphs_fully_indexed_) {
    StreamPtr stream(librdf_model_find_statements(graphs_, pattern.get()));
    Walk(stream.get(), filter_object, emit);
    return;
  }
  // Every quad's triple is in the default graph: match there (indexed),
  // then find each match's graphs by (subject, object).
  World& world = World::Instance();
  StreamPtr matches(librdf_model_find_statements(triples_, pattern.get()));
  bool more = true;
  Walk(matches.get(), filter_object, [&](const Triple& t, librdf_node*) {
    librdf_statement* found = librdf_stream_get_object(matches.get());
    StatementPtr by_ends(librdf_new_statement_from_nodes(
        world.Raw(), librdf_new_node_from_node(librdf_statement_get_subject(found)), nullptr,
        librdf_new_node_from_node(librdf_statement_get_object(found))));
    StreamPtr graphs(librdf_model_find_statements(graphs_, by_ends.get()));
    for (; more && graphs && librdf_stream_end(graphs.get()) == 0;
         librdf_stream_next(graphs.get())) {
      librdf_statement* quad = librdf_stream_get_object(graphs.get());
      if (librdf_node_equals(librdf_statement_get_predicate(quad),
                             librdf_statement_get_predicate(found)) == 0) {
        continue;
      }
      more = emit(t, librdf_stream_get_context2(graphs.get()));
    }
    return more;
  });
}

std::vector<Term> StoreTripleSource::NamedGraphs() const {
  std::vector<Term> out;
  IteratorPtr it(librdf_model_get_contexts(graphs_));
  for (; it && librdf_iterator_end(it.get()) == 0; librdf_iterator_next(it.get())) {
    auto* node = static_cast<librdf_node*>(librdf_iterator_get_object(it.get()));
    if (node != nullptr && librdf_node_is_resource(node) &&
        librdf_node_equals(node, hidden_context_) == 0) {
      out.push_back(NodeToTerm(node));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace awardgraph::query::internal
