// collaboration_network.cc — builds the organisation collaboration network.
#include "graph/collaboration_network.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

namespace awardgraph::graph {

CollaborationNetwork::CollaborationNetwork(std::span<const CollaborationEdgeRow> rows) {
  for (const CollaborationEdgeRow& row : rows) AddRow(row);
}

void CollaborationNetwork::AddRow(const CollaborationEdgeRow& row) {
  // Validate everything before changing anything.
  if (row.a_iri.empty() || row.b_iri.empty()) {
    throw std::invalid_argument("collaboration row with an empty organisation IRI");
  }
  if (!std::isfinite(row.weight) || row.weight < 0.0) {
    throw std::invalid_argument("collaboration row " + row.a_iri + " -- " + row.b_iri +
                                " has a negative or non-finite weight");
  }
  if (row.a_iri == row.b_iri) {
    ++dropped_self_loops_;
    return;
  }
  const Vertex a = VertexFor(row.a_iri, row.a_label);
  const Vertex b = VertexFor(row.b_iri, row.b_label);
  auto [edge, exists] = boost::edge(a, b, graph_);
  if (!exists) edge = boost::add_edge(a, b, CollaborationEdge{0.0, {}}, graph_).first;
  graph_[edge].weight += row.weight;
  if (!row.relation.empty()) {
    std::set<std::string> relations;
    const std::string& existing = graph_[edge].relation;
    for (std::size_t start = 0; start < existing.size();) {
      const std::size_t comma = std::min(existing.find(',', start), existing.size());
      relations.insert(existing.substr(start, comma - start));
      start = comma + 1;
    }
    relations.insert(row.relation);
    std::string joined;
    for (const std::string& relation : relations) {
      joined += (joined.empty() ? "" : ",") + relation;
    }
    graph_[edge].relation = joined;
  }
}

CollaborationNetwork::Vertex CollaborationNetwork::AddVertex(const std::string& iri,
                                                             const std::string& label,
                                                             const std::string& type) {
  if (iri.empty()) throw std::invalid_argument("network vertex with an empty IRI");
  const Vertex v = VertexFor(iri, label);
  if (graph_[v].type.empty()) graph_[v].type = type;
  return v;
}

std::optional<CollaborationNetwork::Vertex> CollaborationNetwork::FindVertex(
    std::string_view iri) const {
  auto it = vertex_by_iri_.find(iri);
  if (it == vertex_by_iri_.end()) return std::nullopt;
  return it->second;
}

std::optional<double> CollaborationNetwork::Weight(std::string_view a_iri,
                                                   std::string_view b_iri) const {
  const std::optional<Vertex> a = FindVertex(a_iri);
  const std::optional<Vertex> b = FindVertex(b_iri);
  if (!a || !b) return std::nullopt;
  auto [edge, exists] = boost::edge(*a, *b, graph_);
  if (!exists) return std::nullopt;
  return graph_[edge].weight;
}

CollaborationNetwork::Vertex CollaborationNetwork::VertexFor(const std::string& iri,
                                                             const std::string& label) {
  auto [it, inserted] = vertex_by_iri_.try_emplace(iri);
  if (inserted) {
    it->second = boost::add_vertex(OrganisationVertex{iri, label, {}}, graph_);
  } else if (graph_[it->second].label.empty()) {
    graph_[it->second].label = label;
  }
  return it->second;
}

}  // namespace awardgraph::graph
