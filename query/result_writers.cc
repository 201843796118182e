// result_writers.cc — the JSON, XML, CSV, TSV and table writers.
//
// Specifications followed:
//   JSON: https://www.w3.org/TR/sparql11-results-json/
//   XML:  https://www.w3.org/TR/rdf-sparql-XMLres/
//   CSV/TSV: https://www.w3.org/TR/sparql11-results-csv-tsv/ (CSV per RFC 4180)
#include "query/result_writers.h"

#include <algorithm>
#include <cstdio>
#include <regex>

#include "ontology/vocabulary.h"
#include "query/errors.h"
#include "query/rdf_io.h"
#include "query/xml_text.h"

namespace awardgraph::query {
namespace {

// The XML namespace of the SPARQL results format (a format identifier, not a
// vocabulary term).
constexpr std::string_view kSparqlResultsXmlNs = vocab::kSparqlResultsNs;

struct FormatName {
  std::string_view name;
  ResultFormat format;
};

constexpr FormatName kFormatNames[] = {
    {"json", ResultFormat::kJson},   {"xml", ResultFormat::kXml},
    {"csv", ResultFormat::kCsv},     {"tsv", ResultFormat::kTsv},
    {"table", ResultFormat::kTable}, {"turtle", ResultFormat::kTurtle},
    {"ttl", ResultFormat::kTurtle},  {"ntriples", ResultFormat::kNtriples},
    {"nt", ResultFormat::kNtriples}, {"rdfxml", ResultFormat::kRdfxml},
};

std::string HexEscape(const char* format, unsigned value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, format, value);
  return buffer;
}

// ---------------------------------------------------------------- JSON

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          out += HexEscape("\\u%04x", c);
        } else {
          out += ch;  // UTF-8 passes through unchanged
        }
    }
  }
  return out + "\"";
}

std::string JsonTerm(const Term& term) {
  switch (term.kind) {
    case Term::Kind::kIri:
      return "{\"type\":\"uri\",\"value\":" + JsonString(term.value) + "}";
    case Term::Kind::kBlank:
      return "{\"type\":\"bnode\",\"value\":" + JsonString(term.value) + "}";
    case Term::Kind::kLiteral: {
      std::string out = "{\"type\":\"literal\",\"value\":" + JsonString(term.value);
      if (!term.language.empty()) {
        out += ",\"xml:lang\":" + JsonString(term.language);
      } else if (!term.datatype.empty()) {
        out += ",\"datatype\":" + JsonString(term.datatype);
      }
      return out + "}";
    }
  }
  return "null";
}

// ---------------------------------------------------------------- XML

std::string XmlTerm(const Term& term) {
  switch (term.kind) {
    case Term::Kind::kIri:
      return "<uri>" + EscapeXml(term.value) + "</uri>";
    case Term::Kind::kBlank:
      return "<bnode>" + EscapeXml(term.value) + "</bnode>";
    case Term::Kind::kLiteral: {
      std::string open = "<literal";
      if (!term.language.empty()) {
        open += " xml:lang=\"" + EscapeXml(term.language) + "\"";
      } else if (!term.datatype.empty()) {
        open += " datatype=\"" + EscapeXml(term.datatype) + "\"";
      }
      return open + ">" + EscapeXml(term.value) + "</literal>";
    }
  }
  return {};
}

// ---------------------------------------------------------------- CSV

std::string CsvField(std::string_view s) {
  if (s.find_first_of("\",\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string CsvTerm(const std::optional<Term>& term) {
  if (!term) return {};
  if (term->IsBlank()) return CsvField("_:" + term->value);
  return CsvField(term->value);
}

// ---------------------------------------------------------------- TSV

// Escapes a literal's lexical form for a Turtle "..." string.
std::string TurtleStringBody(std::string_view s) {
  std::string out;
  for (const char c : s) {
    switch (c) {
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// Escapes an IRI for <...>: characters IRIREF forbids become \u escapes.
std::string IriBody(std::string_view s) {
  std::string out;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20 || ch == '<' || ch == '>' || ch == '"' || ch == '{' || ch == '}' || ch == '|' ||
        ch == '^' || ch == '`' || ch == '\\') {
      out += HexEscape("\\u%04X", c);
    } else {
      out += ch;
    }
  }
  return out;
}

bool IsBareNumber(const Term& term) {
  static const std::regex kInteger("[+-]?[0-9]+");
  static const std::regex kDecimal("[+-]?[0-9]*\\.[0-9]+");
  static const std::regex kDouble("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)[eE][+-]?[0-9]+");
  const std::string xsd(vocab::kXsdNs);
  if (term.datatype == vocab::kXsdInteger) return std::regex_match(term.value, kInteger);
  if (term.datatype == xsd + "decimal") return std::regex_match(term.value, kDecimal);
  if (term.datatype == xsd + "double") return std::regex_match(term.value, kDouble);
  return false;
}

// ---------------------------------------------------------------- table

struct Prefix {
  std::string_view prefix;
  std::string_view ns;
};

constexpr Prefix kTablePrefixes[] = {
    {"ag", vocab::kAgNs},     {"rdf", vocab::kRdfNs},   {"rdfs", vocab::kRdfsNs},
    {"owl", vocab::kOwlNs},   {"skos", vocab::kSkosNs}, {"prov", vocab::kProvNs},
    {"dct", vocab::kDctNs},   {"xsd", vocab::kXsdNs},   {"schema", vocab::kSchemaNs},
    {"foaf", vocab::kFoafNs}, {"org", vocab::kOrgNs},
};

std::string AbbreviateIri(const std::string& iri) {
  static const std::regex kLocalName("[A-Za-z_][A-Za-z0-9_-]*");
  for (const Prefix& p : kTablePrefixes) {
    if (iri.size() > p.ns.size() && iri.starts_with(p.ns) &&
        std::regex_match(iri.substr(p.ns.size()), kLocalName)) {
      return std::string(p.prefix) + ":" + iri.substr(p.ns.size());
    }
  }
  return "<" + iri + ">";
}

// Makes a value fit one table line: control characters become visible escapes.
std::string OneLine(std::string_view s) {
  std::string out;
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (ch == '\n') {
      out += "\\n";
    } else if (ch == '\t') {
      out += "\\t";
    } else if (ch == '\r') {
      out += "\\r";
    } else if (c < 0x20) {
      out += HexEscape("\\u%04X", c);
    } else {
      out += ch;
    }
  }
  return out;
}

std::string TableCell(const std::optional<Term>& term) {
  if (!term) return {};
  switch (term->kind) {
    case Term::Kind::kIri:
      return OneLine(AbbreviateIri(term->value));
    case Term::Kind::kBlank:
      return OneLine("_:" + term->value);
    case Term::Kind::kLiteral:
      return OneLine(term->value);
  }
  return {};
}

// Display width: the number of UTF-8 code points.
std::size_t DisplayWidth(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(
      s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

void RequireKind(const QueryResult& result, bool graph, std::string_view format) {
  const bool is_graph = result.kind == QueryResult::Kind::kGraph;
  if (is_graph == graph) return;
  if (is_graph) {
    throw QueryError("--format " + std::string(format) +
                     " is for SELECT and ASK results; CONSTRUCT and DESCRIBE results need "
                     "turtle, ntriples or rdfxml");
  }
  throw QueryError("--format " + std::string(format) +
                   " is for CONSTRUCT and DESCRIBE results; SELECT and ASK results need json, "
                   "xml, csv, tsv or table");
}

}  // namespace

std::optional<ResultFormat> ResultFormatFromName(std::string_view name) {
  for (const FormatName& f : kFormatNames) {
    if (f.name == name) return f.format;
  }
  return std::nullopt;
}

std::string_view ResultFormatNames() {
  return "json, xml, csv, tsv, table (SELECT/ASK); turtle, ntriples, rdfxml (CONSTRUCT/DESCRIBE)";
}

bool IsGraphFormat(ResultFormat format) {
  return format == ResultFormat::kTurtle || format == ResultFormat::kNtriples ||
         format == ResultFormat::kRdfxml;
}

std::string TermToTsv(const Term& term) {
  switch (term.kind) {
    case Term::Kind::kIri:
      return "<" + IriBody(term.value) + ">";
    case Term::Kind::kBlank:
      return "_:" + term.value;
    case Term::Kind::kLiteral:
      if (!term.language.empty())
        return "\"" + TurtleStringBody(term.value) + "\"@" + term.language;
      if (term.datatype.empty() || term.datatype == vocab::kXsdString) {
        return "\"" + TurtleStringBody(term.value) + "\"";
      }
      if (IsBareNumber(term)) return term.value;
      return "\"" + TurtleStringBody(term.value) + "\"^^<" + IriBody(term.datatype) + ">";
  }
  return {};
}

void WriteJson(const QueryResult& result, std::ostream& out) {
  RequireKind(result, false, "json");
  if (result.kind == QueryResult::Kind::kBoolean) {
    out << "{\"head\":{},\"boolean\":" << (result.boolean ? "true" : "false") << "}\n";
    return;
  }
  out << "{\"head\":{\"vars\":[";
  for (std::size_t i = 0; i < result.variables.size(); ++i) {
    out << (i ? "," : "") << JsonString(result.variables[i]);
  }
  out << "]},\"results\":{\"bindings\":[";
  for (std::size_t r = 0; r < result.rows.size(); ++r) {
    out << (r ? ",\n" : "\n") << "{";
    bool first = true;
    for (std::size_t i = 0; i < result.variables.size() && i < result.rows[r].size(); ++i) {
      if (!result.rows[r][i]) continue;  // unbound: no key at all
      out << (first ? "" : ",") << JsonString(result.variables[i]) << ":"
          << JsonTerm(*result.rows[r][i]);
      first = false;
    }
    out << "}";
  }
  out << (result.rows.empty() ? "" : "\n") << "]}}\n";
}

void WriteXml(const QueryResult& result, std::ostream& out) {
  RequireKind(result, false, "xml");
  out << "<?xml version=\"1.0\"?>\n<sparql xmlns=\"" << kSparqlResultsXmlNs << "\">\n";
  if (result.kind == QueryResult::Kind::kBoolean) {
    out << "  <head/>\n  <boolean>" << (result.boolean ? "true" : "false")
        << "</boolean>\n</sparql>\n";
    return;
  }
  out << "  <head>\n";
  for (const std::string& v : result.variables) {
    out << "    <variable name=\"" << EscapeXml(v) << "\"/>\n";
  }
  out << "  </head>\n  <results>\n";
  for (const ResultRow& row : result.rows) {
    out << "    <result>\n";
    for (std::size_t i = 0; i < result.variables.size() && i < row.size(); ++i) {
      if (!row[i]) continue;
      out << "      <binding name=\"" << EscapeXml(result.variables[i]) << "\">" << XmlTerm(*row[i])
          << "</binding>\n";
    }
    out << "    </result>\n";
  }
  out << "  </results>\n</sparql>\n";
}

void WriteCsv(const QueryResult& result, std::ostream& out) {
  RequireKind(result, false, "csv");
  if (result.kind == QueryResult::Kind::kBoolean) {
    out << (result.boolean ? "true" : "false") << "\r\n";
    return;
  }
  for (std::size_t i = 0; i < result.variables.size(); ++i) {
    out << (i ? "," : "") << CsvField(result.variables[i]);
  }
  out << "\r\n";
  for (const ResultRow& row : result.rows) {
    for (std::size_t i = 0; i < result.variables.size(); ++i) {
      out << (i ? "," : "") << (i < row.size() ? CsvTerm(row[i]) : std::string());
    }
    out << "\r\n";
  }
}

void WriteTsv(const QueryResult& result, std::ostream& out) {
  RequireKind(result, false, "tsv");
  if (result.kind == QueryResult::Kind::kBoolean) {
    out << (result.boolean ? "true" : "false") << "\n";
    return;
  }
  for (std::size_t i = 0; i < result.variables.size(); ++i) {
    out << (i ? "\t" : "") << "?" << result.variables[i];
  }
  out << "\n";
  for (const ResultRow& row : result.rows) {
    for (std::size_t i = 0; i < result.variables.size(); ++i) {
      out << (i ? "\t" : "") << (i < row.size() && row[i] ? TermToTsv(*row[i]) : std::string());
    }
    out << "\n";
  }
}

void WriteTable(const QueryResult& result, std::ostream& out) {
  RequireKind(result, false, "table");
  if (result.kind == QueryResult::Kind::kBoolean) {
    out << (result.boolean ? "true" : "false") << "\n";
    return;
  }
  const std::size_t columns = result.variables.size();
  std::vector<std::vector<std::string>> cells;
  cells.reserve(result.rows.size());
  std::vector<std::size_t> widths(columns);
  for (std::size_t i = 0; i < columns; ++i) widths[i] = DisplayWidth(result.variables[i]);
  for (const ResultRow& row : result.rows) {
    std::vector<std::string>& line = cells.emplace_back(columns);
    for (std::size_t i = 0; i < columns && i < row.size(); ++i) {
      line[i] = TableCell(row[i]);
      widths[i] = std::max(widths[i], DisplayWidth(line[i]));
    }
  }
  auto write_line = [&](const std::vector<std::string>& line) {
    std::string text;
    for (std::size_t i = 0; i < columns; ++i) {
      if (i) text += " | ";
      text += line[i];
      if (i + 1 < columns) text.append(widths[i] - DisplayWidth(line[i]), ' ');
    }
    text.erase(text.find_last_not_of(' ') + 1);
    out << text << "\n";
  };
  if (columns > 0) {
    write_line(result.variables);
    std::string rule;
    for (std::size_t i = 0; i < columns; ++i) {
      if (i) rule += "-+-";
      rule.append(widths[i], '-');
    }
    out << rule << "\n";
  }
  for (const std::vector<std::string>& line : cells) write_line(line);
  out << "(" << result.rows.size() << (result.rows.size() == 1 ? " row)\n" : " rows)\n");
}

void WriteResult(const QueryResult& result, ResultFormat format, std::ostream& out) {
  switch (format) {
    case ResultFormat::kJson:
      return WriteJson(result, out);
    case ResultFormat::kXml:
      return WriteXml(result, out);
    case ResultFormat::kCsv:
      return WriteCsv(result, out);
    case ResultFormat::kTsv:
      return WriteTsv(result, out);
    case ResultFormat::kTable:
      return WriteTable(result, out);
    case ResultFormat::kTurtle:
      RequireKind(result, true, "turtle");
      return SerializeTriples(result.triples, RdfFormat::kTurtle, out);
    case ResultFormat::kNtriples:
      RequireKind(result, true, "ntriples");
      return SerializeTriples(result.triples, RdfFormat::kNtriples, out);
    case ResultFormat::kRdfxml:
      RequireKind(result, true, "rdfxml");
      return SerializeTriples(result.triples, RdfFormat::kRdfxml, out);
  }
}

}  // namespace awardgraph::query
