// collaboration_network.cc — builds the organisation collaboration network.
#include "graph/collaboration_network.h"

#include <cmath>
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
  if (!exists) edge = boost::add_edge(a, b, CollaborationEdge{0.0}, graph_).first;
  graph_[edge].weight += row.weight;
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
    it->second = boost::add_vertex(OrganisationVertex{iri, label}, graph_);
  } else if (graph_[it->second].label.empty()) {
    graph_[it->second].label = label;
  }
  return it->second;
}

}  // namespace awardgraph::graph
