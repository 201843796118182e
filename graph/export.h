// export.h — writes a CollaborationGraph for Gephi, Cytoscape, Graphviz, networkx.
//
// Defines WriteGraphMl (GraphML 1.0, which Gephi, Cytoscape, yEd and networkx
// read), WriteDot (Graphviz DOT, an undirected `graph`), WriteGexf (GEXF 1.3
// with viz colour, size and position), WriteCytoscapeJson (Cytoscape.js
// elements JSON) and WriteGephiCsv (Gephi's spreadsheet import: a nodes and
// an edges table), plus VertexAttribute and ExportOptions to attach
// per-vertex numbers such as the centralities of centrality.h. Every vertex
// is written with its label (its IRI when the label is empty), IRI and type,
// every edge with its merged weight and relation. Text is escaped for
// the format (XML entities; DOT quotes, backslashes and newlines); non-ASCII
// text stays UTF-8, and bytes that are not valid UTF-8 become U+FFFD so the
// output always is.
//
// Example:
//   CollaborationNetwork network(rows);
//   ExportOptions options;
//   options.vertex_attributes.push_back(
//       {"cluster", VertexAttribute::Type::kInt, ToDoubles(clusters.cluster)});
//   std::ofstream out("collaboration.graphml");
//   WriteGraphMl(out, network.Graph(), options);
#ifndef AWARDGRAPH_GRAPH_EXPORT_H_
#define AWARDGRAPH_GRAPH_EXPORT_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/collaboration_network.h"

namespace awardgraph::graph {

/// A number per vertex to write next to each vertex's label and IRI.
struct VertexAttribute {
  /// How the values are declared and printed.
  enum class Type {
    kInt,     ///< GraphML attr.type "long"; values printed as integers.
    kDouble,  ///< GraphML attr.type "double"; shortest round-trip decimal.
  };
  /// Attribute name: letters, digits and '_', not starting with a digit, and
  /// not one of the built-in "label", "iri", "type", "weight", "relation", "id".
  std::string name;
  /// Declared type.
  Type type = Type::kDouble;
  /// values[v] for every vertex v; must have exactly num_vertices entries.
  std::vector<double> values;
};

/// What the writers add beyond the graph itself.
struct ExportOptions {
  /// Name of the graph (GraphML graph id, DOT graph name).
  std::string graph_name = "awardgraph";
  /// Extra per-vertex attributes, written in this order.
  std::vector<VertexAttribute> vertex_attributes;
};

/// Writes `g` as a GraphML document to `out`: keys "label", "iri" (nodes) and
/// "weight" (edges) plus one key per extra attribute; nodes n0..n{N-1} in
/// vertex order, edges e0.. in edge order. Throws std::invalid_argument for a
/// malformed attribute (see VertexAttribute).
void WriteGraphMl(std::ostream& out, const CollaborationGraph& g,
                  const ExportOptions& options = {});

/// Writes `g` as an undirected Graphviz graph to `out`: nodes n0..n{N-1} with
/// label, iri and extra attributes, edges with a weight attribute, every
/// value quoted. Throws std::invalid_argument for a malformed attribute.
void WriteDot(std::ostream& out, const CollaborationGraph& g, const ExportOptions& options = {});

/// Writes `g` as GEXF 1.3 (Gephi's format): nodes with id = IRI, label, and
/// attributes iri, type and the extra ones; edges with weight and relation.
/// Each node gets viz elements from the extra attributes when present:
/// colour from "cluster" (a 12-colour palette), size from "pagerank"
/// (5 to 50, proportional), position from "x" and "y".
void WriteGexf(std::ostream& out, const CollaborationGraph& g, const ExportOptions& options = {});

/// Writes `g` as Cytoscape.js JSON: {"data": {"name"}, "directed": false,
/// "multigraph": false, "elements": {"nodes": [{"data": {"id" (the IRI),
/// "value" (the IRI), "name" and "label" (the label), "iri", "type", extra
/// attributes}, "position": {"x", "y"}}], "edges": [{"data": {"id",
/// "source", "target", "weight", "relation"}}]}} ("value"/"name" let
/// networkx.cytoscape_graph read it too; "position" only with x and y).
void WriteCytoscapeJson(std::ostream& out, const CollaborationGraph& g,
                        const ExportOptions& options = {});

/// Writes Gephi's spreadsheet (CSV) import: `nodes` gets Id (the IRI),
/// Label, type and the extra attributes; `edges` gets Source, Target, Type
/// ("Undirected"), Weight and relation.
void WriteGephiCsv(std::ostream& nodes, std::ostream& edges, const CollaborationGraph& g,
                   const ExportOptions& options = {});

/// Converts integral results (degrees, cluster ids) to VertexAttribute values.
template <class Integral>
std::vector<double> ToDoubles(const std::vector<Integral>& values) {
  return std::vector<double>(values.begin(), values.end());
}

namespace detail {

/// `text` escaped for the inside of a DOT double-quoted string: " and \ with
/// a backslash, line breaks (LF, CR, CRLF) as \n, tab as a space, other
/// control characters as U+FFFD.
std::string EscapeDot(std::string_view text);

/// `value` as the shortest decimal that reads back as the same double, in the
/// C locale ("2", "0.1", "1e+300"); as an integer when `integral` is set.
std::string FormatNumber(double value, bool integral = false);

}  // namespace detail

}  // namespace awardgraph::graph

#endif  // AWARDGRAPH_GRAPH_EXPORT_H_
