// export.cc — GraphML and Graphviz DOT writers for CollaborationGraph.
#include "graph/export.h"

#include <algorithm>
#include <array>
#include <boost/range/iterator_range.hpp>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <system_error>

#include "query/result_writers.h"
#include "query/xml_text.h"

namespace awardgraph::graph {

namespace detail {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

// Checks the extra attributes against the graph; throws std::invalid_argument.
void ValidateAttributes(const CollaborationGraph& g, const ExportOptions& options) {
  std::set<std::string> names = {"label", "iri", "type", "weight", "relation", "id"};
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
         "  <key id=\"iri\" for=\"node\" attr.name=\"iri\" attr.type=\"string\"/>\n"
         "  <key id=\"type\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n";
  for (const VertexAttribute& attribute : options.vertex_attributes) {
    out << "  <key id=\"" << attribute.name << "\" for=\"node\" attr.name=\"" << attribute.name
        << "\" attr.type=\"" << (attribute.type == VertexAttribute::Type::kInt ? "long" : "double")
        << "\"/>\n";
  }
  out << "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
      << "  <key id=\"relation\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
      << "  <graph id=\"" << query::EscapeXml(options.graph_name)
      << "\" edgedefault=\"undirected\">\n";
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    out << "    <node id=\"n" << v << "\">"
        << "<data key=\"label\">" << query::EscapeXml(detail::DisplayLabel(g[v])) << "</data>"
        << "<data key=\"iri\">" << query::EscapeXml(g[v].iri) << "</data>"
        << "<data key=\"type\">" << query::EscapeXml(g[v].type) << "</data>";
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
        << "<data key=\"weight\">" << detail::FormatNumber(g[e].weight) << "</data>"
        << "<data key=\"relation\">" << query::EscapeXml(g[e].relation) << "</data></edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

void WriteDot(std::ostream& out, const CollaborationGraph& g, const ExportOptions& options) {
  detail::ValidateAttributes(g, options);
  out << "graph \"" << detail::EscapeDot(options.graph_name) << "\" {\n";
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    out << "  n" << v << " [label=\"" << detail::EscapeDot(detail::DisplayLabel(g[v]))
        << "\", iri=\"" << detail::EscapeDot(g[v].iri) << "\", type=\""
        << detail::EscapeDot(g[v].type) << '"';
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
        << detail::FormatNumber(g[e].weight) << "\", relation=\""
        << detail::EscapeDot(g[e].relation) << "\"];\n";
  }
  out << "}\n";
}

namespace {

// The extra attribute called `name`, or nullptr.
const VertexAttribute* FindAttribute(const ExportOptions& options, std::string_view name) {
  for (const VertexAttribute& attribute : options.vertex_attributes) {
    if (attribute.name == name) return &attribute;
  }
  return nullptr;
}

// A 12-colour qualitative palette (ColorBrewer Paired), by cluster.
constexpr std::array<std::array<int, 3>, 12> kPalette{{{31, 120, 180},
                                                       {51, 160, 44},
                                                       {227, 26, 28},
                                                       {255, 127, 0},
                                                       {106, 61, 154},
                                                       {177, 89, 40},
                                                       {166, 206, 227},
                                                       {178, 223, 138},
                                                       {251, 154, 153},
                                                       {253, 191, 111},
                                                       {202, 178, 214},
                                                       {255, 255, 153}}};

std::string Attribute(std::string_view name, std::string_view value) {
  return " " + std::string(name) + "=\"" + query::EscapeXml(value) + "\"";
}

}  // namespace

void WriteGexf(std::ostream& out, const CollaborationGraph& g, const ExportOptions& options) {
  detail::ValidateAttributes(g, options);
  const VertexAttribute* cluster = FindAttribute(options, "cluster");
  const VertexAttribute* size = FindAttribute(options, "pagerank");
  const VertexAttribute* x = FindAttribute(options, "x");
  const VertexAttribute* y = FindAttribute(options, "y");
  double largest = 0.0;
  if (size) {
    for (double value : size->values) largest = std::max(largest, value);
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"\n"
         "    version=\"1.3\">\n"
      << "  <meta><creator>awardgraph</creator><description>"
      << query::EscapeXml(options.graph_name) << "</description></meta>\n"
      << "  <graph defaultedgetype=\"undirected\" mode=\"static\">\n"
      << "    <attributes class=\"node\">\n"
      << "      <attribute id=\"iri\" title=\"iri\" type=\"string\"/>\n"
      << "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n";
  for (const VertexAttribute& attribute : options.vertex_attributes) {
    out << "      <attribute id=\"" << attribute.name << "\" title=\"" << attribute.name
        << "\" type=\"" << (attribute.type == VertexAttribute::Type::kInt ? "long" : "double")
        << "\"/>\n";
  }
  out << "    </attributes>\n"
      << "    <attributes class=\"edge\">\n"
      << "      <attribute id=\"relation\" title=\"relation\" type=\"string\"/>\n"
      << "    </attributes>\n"
      << "    <nodes>\n";
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    out << "      <node" << Attribute("id", g[v].iri)
        << Attribute("label", detail::DisplayLabel(g[v])) << ">\n        <attvalues>"
        << "<attvalue for=\"iri\"" << Attribute("value", g[v].iri) << "/>"
        << "<attvalue for=\"type\"" << Attribute("value", g[v].type) << "/>";
    for (const VertexAttribute& attribute : options.vertex_attributes) {
      out << "<attvalue for=\"" << attribute.name << "\" value=\""
          << detail::FormatNumber(attribute.values[v],
                                  attribute.type == VertexAttribute::Type::kInt)
          << "\"/>";
    }
    out << "</attvalues>\n";
    if (cluster) {
      const auto& rgb =
          kPalette[static_cast<std::size_t>(std::max(0.0, std::round(cluster->values[v])) + 11) %
                   kPalette.size()];
      out << "        <viz:color r=\"" << rgb[0] << "\" g=\"" << rgb[1] << "\" b=\"" << rgb[2]
          << "\"/>\n";
    }
    if (size) {
      const double scaled = largest > 0.0 ? 5.0 + 45.0 * size->values[v] / largest : 5.0;
      out << "        <viz:size value=\"" << detail::FormatNumber(scaled) << "\"/>\n";
    }
    if (x && y) {
      out << "        <viz:position x=\"" << detail::FormatNumber(x->values[v]) << "\" y=\""
          << detail::FormatNumber(y->values[v]) << "\" z=\"0\"/>\n";
    }
    out << "      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  std::size_t edge_id = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    out << "      <edge id=\"e" << edge_id++ << "\""
        << Attribute("source", g[boost::source(e, g)].iri)
        << Attribute("target", g[boost::target(e, g)].iri) << " weight=\""
        << detail::FormatNumber(g[e].weight) << "\"><attvalues><attvalue for=\"relation\""
        << Attribute("value", g[e].relation) << "/></attvalues></edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

void WriteCytoscapeJson(std::ostream& out, const CollaborationGraph& g,
                        const ExportOptions& options) {
  detail::ValidateAttributes(g, options);
  const VertexAttribute* x = FindAttribute(options, "x");
  const VertexAttribute* y = FindAttribute(options, "y");
  nlohmann::ordered_json json;
  json["data"] = {{"name", options.graph_name}};
  json["directed"] = false;
  json["multigraph"] = false;
  nlohmann::ordered_json nodes = nlohmann::ordered_json::array();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    nlohmann::ordered_json data = {{"id", g[v].iri},
                                   {"value", g[v].iri},
                                   {"name", detail::DisplayLabel(g[v])},
                                   {"label", detail::DisplayLabel(g[v])},
                                   {"iri", g[v].iri},
                                   {"type", g[v].type}};
    for (const VertexAttribute& attribute : options.vertex_attributes) {
      if (attribute.type == VertexAttribute::Type::kInt) {
        data[attribute.name] = static_cast<std::int64_t>(std::llround(attribute.values[v]));
      } else {
        data[attribute.name] = attribute.values[v];
      }
    }
    nlohmann::ordered_json node = {{"data", std::move(data)}};
    if (x && y) node["position"] = {{"x", x->values[v]}, {"y", y->values[v]}};
    nodes.push_back(std::move(node));
  }
  nlohmann::ordered_json edges = nlohmann::ordered_json::array();
  std::size_t edge_id = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    edges.push_back({{"data",
                      {{"id", "e" + std::to_string(edge_id++)},
                       {"source", g[boost::source(e, g)].iri},
                       {"target", g[boost::target(e, g)].iri},
                       {"weight", g[e].weight},
                       {"relation", g[e].relation}}}});
  }
  json["elements"] = {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
  out << json.dump(1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void WriteGephiCsv(std::ostream& nodes, std::ostream& edges, const CollaborationGraph& g,
                   const ExportOptions& options) {
  detail::ValidateAttributes(g, options);
  // The query module's CSV writer (RFC 4180 quoting) writes both tables.
  std::vector<std::string> columns = {"Id", "Label", "type"};
  for (const VertexAttribute& attribute : options.vertex_attributes) {
    columns.push_back(attribute.name);
  }
  query::QueryResult node_table = query::QueryResult::Bindings(columns);
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    query::ResultRow row = {Term::Literal(g[v].iri), Term::Literal(detail::DisplayLabel(g[v])),
                            Term::Literal(g[v].type)};
    for (const VertexAttribute& attribute : options.vertex_attributes) {
      row.emplace_back(Term::Literal(detail::FormatNumber(
          attribute.values[v], attribute.type == VertexAttribute::Type::kInt)));
    }
    node_table.rows.push_back(std::move(row));
  }
  query::QueryResult edge_table =
      query::QueryResult::Bindings({"Source", "Target", "Type", "Weight", "relation"});
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    edge_table.rows.push_back(
        {Term::Literal(g[boost::source(e, g)].iri), Term::Literal(g[boost::target(e, g)].iri),
         Term::Literal("Undirected"), Term::Literal(detail::FormatNumber(g[e].weight)),
         Term::Literal(g[e].relation)});
  }
  query::WriteResult(node_table, query::ResultFormat::kCsv, nodes);
  query::WriteResult(edge_table, query::ResultFormat::kCsv, edges);
}

}  // namespace awardgraph::graph
