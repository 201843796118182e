// collaboration_network.h — the organisation collaboration network.
//
// Defines CollaborationEdgeRow (one row of a "who works with whom" query
// result), the Boost.Graph type CollaborationGraph (undirected, weighted,
// vertices carry the organisation's IRI and label) and CollaborationNetwork,
// which builds that graph from rows: one vertex per IRI in order of first
// appearance, parallel rows merged into one edge by summing their weights,
// self-loops dropped. Nothing here knows about RDF storage or SPARQL; the
// caller hands in rows however it obtained them.
//
// Example:
//   CollaborationNetwork network;
//   network.AddRow({"https://w3id.org/awardgraph/id/org/ods/REP", "Liverpool Women's",
//                   "https://w3id.org/awardgraph/id/org/ods/RBQ", "Liverpool Heart and Chest",
//                   1.0});
//   const CollaborationGraph& g = network.Graph();
//   for (auto v : boost::make_iterator_range(boost::vertices(g))) std::cout << g[v].label;
#ifndef AWARDGRAPH_GRAPH_COLLABORATION_NETWORK_H_
#define AWARDGRAPH_GRAPH_COLLABORATION_NETWORK_H_

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graph_traits.hpp>
#include <cstddef>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

namespace awardgraph::graph {

/// One row of a collaboration query result: organisations a and b work
/// together with the given weight (for example the number of shared projects).
struct CollaborationEdgeRow {
  /// IRI of the first organisation; must not be empty.
  std::string a_iri;
  /// rdfs:label of the first organisation; may be empty if unknown.
  std::string a_label;
  /// IRI of the second organisation; must not be empty.
  std::string b_iri;
  /// rdfs:label of the second organisation; may be empty if unknown.
  std::string b_label;
  /// Strength of the collaboration; finite and not negative.
  double weight = 1.0;
  /// What ties the two ("project", "partnership", ...); may be empty.
  std::string relation;
};

/// Bundled vertex property: one organisation.
struct OrganisationVertex {
  /// The organisation's IRI, unique within a network.
  std::string iri;
  /// Its rdfs:label (the first non-empty label seen for the IRI).
  std::string label;
  /// Its kind, a class's local name ("Trust", "Person"); may be empty.
  std::string type;
};

/// Bundled edge property: one (merged) collaboration.
struct CollaborationEdge {
  /// Sum of the weights of every row between the two organisations.
  double weight = 0.0;
  /// The distinct relations of those rows, sorted and comma-separated
  /// ("partnership,project"); empty when no row named one.
  std::string relation;
};

/// The network as a Boost.Graph: undirected, vecS storage so vertex
/// descriptors are the indices 0..n-1 in order of first appearance.
using CollaborationGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                                 OrganisationVertex, CollaborationEdge>;

/// Builds and owns a CollaborationGraph from CollaborationEdgeRows.
///
/// Rows are undirected: {a, b} and {b, a} are the same pair, and every row
/// for a pair adds to that pair's single edge. A query returning each pair in
/// both directions therefore counts it twice; give each pair once.
class CollaborationNetwork {
 public:
  /// Vertex descriptor (an index, since the graph uses vecS).
  using Vertex = boost::graph_traits<CollaborationGraph>::vertex_descriptor;
  /// Edge descriptor.
  using Edge = boost::graph_traits<CollaborationGraph>::edge_descriptor;

  /// An empty network.
  CollaborationNetwork() = default;

  /// A network built from `rows`, as if by AddRow on each in order.
  explicit CollaborationNetwork(std::span<const CollaborationEdgeRow> rows);

  /// Adds one row: creates vertices for unseen IRIs, then adds `row.weight`
  /// to the edge between them (creating it at 0 first). A row whose two IRIs
  /// are equal is a self-loop and is dropped entirely (no vertex either), and
  /// counted in DroppedSelfLoops(). Throws std::invalid_argument for an
  /// empty IRI or a negative or non-finite weight, leaving the network as it
  /// was.
  void AddRow(const CollaborationEdgeRow& row);

  /// The vertex for `iri`, created (with `label` and `type`) if new, even
  /// without any edge; fills in an empty label or type of an existing one.
  /// Throws std::invalid_argument for an empty IRI.
  Vertex AddVertex(const std::string& iri, const std::string& label, const std::string& type = {});

  /// The vertex of the organisation with this IRI, if it is in the network.
  std::optional<Vertex> FindVertex(std::string_view iri) const;

  /// The merged weight between the two organisations, or nullopt when either
  /// is absent or they are not connected.
  std::optional<double> Weight(std::string_view a_iri, std::string_view b_iri) const;

  /// The graph, for Boost.Graph algorithms and the writers in export.h.
  const CollaborationGraph& Graph() const { return graph_; }

  /// Number of organisations.
  std::size_t NumVertices() const { return boost::num_vertices(graph_); }

  /// Number of distinct collaborating pairs (merged edges).
  std::size_t NumEdges() const { return boost::num_edges(graph_); }

  /// Number of self-loop rows AddRow dropped so far.
  std::size_t DroppedSelfLoops() const { return dropped_self_loops_; }

 private:
  // The vertex for `iri`, created with `label` if new; fills in an empty label.
  Vertex VertexFor(const std::string& iri, const std::string& label);

  CollaborationGraph graph_;
  // Hashes std::string and std::string_view alike (heterogeneous lookup).
  struct IriHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view iri) const {
      return std::hash<std::string_view>{}(iri);
    }
  };
  std::unordered_map<std::string, Vertex, IriHash, std::equal_to<>> vertex_by_iri_;
  std::size_t dropped_self_loops_ = 0;
};

}  // namespace awardgraph::graph

#endif  // AWARDGRAPH_GRAPH_COLLABORATION_NETWORK_H_
