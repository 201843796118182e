// export.cc — GraphML and Graphviz DOT writers for CollaborationGraph.
#include "graph/export.h"

#include <array>
#include <boost/range/iterator_range.hpp>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <set>
#include <stdexcept>
#include <system_error>

#include "query/xml_text.h"

namespace awardgraph::graph {

namespace detail {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

// Checks the extra attributes against the graph; throws std::invalid_argument.
void ValidateAttributes(const CollaborationGraph& g, const ExportOptions& options) {
  std::set<std::string> names = {"label", "iri", "weight"};
  for (const VertexAttribute& attribute : options.vertex_attributes) {
    const std::string& name = attribute.name;
    bool valid = !name.empty() && !(name[0] >= '0' && name[0] <= '9');
    for (char c : name) {
      valid = valid && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '_');
    }
    if (!valid) throw std::invalid_argument("bad vertex attribute name '" + name + "'");
    if (!names.insert(name).second) {
      throw std::invalid_argument("vertex attribute '" + name + "' is built in or repeated");
    }
    if (attribute.values.size() != boost::num_vertices(g)) {
      throw std::invalid_argument("vertex attribute '" + name + "' has " +
                                  std::to_string(attribute.values.size()) + " values for " +
                                  std::to_string(boost::num_vertices(g)) + " vertices");
    }
  }
}

// What a vertex is called: its label, or its IRI when it has none.
const std::string& DisplayLabel(const OrganisationVertex& vertex) {
  return vertex.label.empty() ? vertex.iri : vertex.label;
}

}  // namespace

std::string EscapeDot(std::string_view text) {
  const std::string clean = query::SanitizeUtf8(text);
  std::string out;
  out.reserve(clean.size());
  for (std::size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\n";
        if (i + 1 < clean.size() && clean[i + 1] == '\n') ++i;
        break;
      case '\t':
        out += ' ';
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += kReplacementCharacter;
        } else {
          out += c;
        }
    }
  }
  return out;
}

std::string FormatNumber(double value, bool integral) {
  std::array<char, 64> buffer{};
  std::to_chars_result result;
  if (integral && std::isfinite(value) && std::fabs(value) < 9.2e18) {
    result = std::to_chars(buffer.data(), buffer.data() + buffer.size(),
                           static_cast<std::int64_t>(std::llround(value)));
  } else {
    result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
  }
  if (result.ec != std::errc()) return "NaN";
  return std::string(buffer.data(), result.ptr);
}

}  // namespace detail

void WriteGraphMl(std::ostream& out, const CollaborationGraph& g, const ExportOptions& options) {
  detail::ValidateAttributes(g, options);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
         "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
         "  <key id=\"iri\" for=\"node\" attr.name=\"iri\" attr.type=\"string\"/>\n";
  for (const VertexAttribute& attribute : options.vertex_attributes) {
    out << "  <key id=\"" << attribute.name << "\" for=\"node\" attr.name=\"" << attribute.name
        << "\" attr.type=\"" << (attribute.type == VertexAttribute::Type::kInt ? "long" : "double")
        << "\"/>\n";
  }
  out << "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      << "  <graph id=\"" << query::EscapeXml(options.graph_name)
      << "\" edgedefault=\"undirected\">\n";
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    out << "    <node id=\"n" << v << "\">"
        << "<data key=\"label\">" << query::EscapeXml(detail::DisplayLabel(g[v])) << "</data>"
        << "<data key=\"iri\">" << query::EscapeXml(g[v].iri) << "</data>";
    for (const VertexAttribute& attribute : options.vertex_attributes) {
      out << "<data key=\"" << attribute.name << "\">"
          << detail::FormatNumber(attribute.values[v],
                                  attribute.type == VertexAttribute::Type::kInt)
          << "</data>";
    }
    out << "</node>\n";
  }
  std::size_t edge_id = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    out << "    <edge id=\"e" << edge_id++ << "\" source=\"n" << boost::source(e, g)
        << "\" target=\"n" << boost::target(e, g) << "\">"
        << "<data key=\"weight\">" << detail::FormatNumber(g[e].weight) << "</data></edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

void WriteDot(std::ostream& out, const CollaborationGraph& g, const ExportOptions& options) {
  detail::ValidateAttributes(g, options);
  out << "graph \"" << detail::EscapeDot(options.graph_name) << "\" {\n";
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    out << "  n" << v << " [label=\"" << detail::EscapeDot(detail::DisplayLabel(g[v]))
        << "\", iri=\"" << detail::EscapeDot(g[v].iri) << '"';
    for (const VertexAttribute& attribute : options.vertex_attributes) {
      out << ", " << attribute.name << "=\""
          << detail::FormatNumber(attribute.values[v],
                                  attribute.type == VertexAttribute::Type::kInt)
          << '"';
    }
    out << "];\n";
  }
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    out << "  n" << boost::source(e, g) << " -- n" << boost::target(e, g) << " [weight=\""
        << detail::FormatNumber(g[e].weight) << "\"];\n";
  }
  out << "}\n";
}

}  // namespace awardgraph::graph
