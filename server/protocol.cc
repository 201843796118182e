// protocol.cc — SPARQL 1.1 Protocol parsing and content negotiation.
#include "server/protocol.h"

#include <httplib.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cstdlib>
#include <utility>

#include "server/http_error.h"

namespace awardgraph::server {
namespace {

using query::QueryForm;
using query::ResultFormat;

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
    text.remove_prefix(1);
  }
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
    text.remove_suffix(1);
  }
  return text;
}

// "Application/X-WWW-Form-Urlencoded; charset=UTF-8" -> "application/x-www-form-urlencoded".
std::string MediaTypeOf(std::string_view content_type) {
  return Lower(Trim(content_type.substr(0, content_type.find(';'))));
}

// A format's media types, the first being the one sent as Content-Type.
struct FormatTypes {
  ResultFormat format;
  std::array<std::string_view, 3> types;
};
constexpr std::array<FormatTypes, 7> kFormatTypes = {{
    {ResultFormat::kJson, {"application/sparql-results+json", "application/json", ""}},
    {ResultFormat::kXml, {"application/sparql-results+xml", "application/xml", "text/xml"}},
    {ResultFormat::kCsv, {"text/csv", "", ""}},
    {ResultFormat::kTsv, {"text/tab-separated-values", "", ""}},
    {ResultFormat::kTurtle, {"text/turtle", "application/x-turtle", ""}},
    {ResultFormat::kNtriples, {"application/n-triples", "text/plain", ""}},
    {ResultFormat::kRdfxml, {"application/rdf+xml", "", ""}},
}};

const FormatTypes& TypesOf(ResultFormat format) {
  for (const FormatTypes& entry : kFormatTypes) {
    if (entry.format == format) return entry;
  }
  return kFormatTypes[0];
}

// format=json, format=text/csv, ...; nullopt when unknown or not a protocol format.
std::optional<ResultFormat> FormatFromParameter(std::string_view value) {
  const std::string name = Lower(Trim(value));
  if (name.find('/') != std::string::npos) {
    for (const FormatTypes& entry : kFormatTypes) {
      for (std::string_view type : entry.types) {
        if (!type.empty() && type == name) return entry.format;
      }
    }
    return std::nullopt;
  }
  const std::optional<ResultFormat> format = query::ResultFormatFromName(name);
  if (format == ResultFormat::kTable) return std::nullopt;
  return format;
}

bool IsGraphForm(QueryForm form) {
  return form == QueryForm::kConstruct || form == QueryForm::kDescribe;
}

// The quality `accept` gives `type` ("text/csv"): the most specific matching range wins.
double QualityOf(const std::vector<MediaRange>& accept, std::string_view type) {
  const std::size_t slash = type.find('/');
  const std::string_view main = type.substr(0, slash);
  const std::string_view sub = type.substr(slash + 1);
  int best_specificity = -1;
  double quality = 0.0;
  for (const MediaRange& range : accept) {
    int specificity = -1;
    if (range.type == main && range.subtype == sub) {
      specificity = 2;
    } else if (range.type == main && range.subtype == "*") {
      specificity = 1;
    } else if (range.type == "*" && range.subtype == "*") {
      specificity = 0;
    }
    if (specificity > best_specificity) {
      best_specificity = specificity;
      quality = range.quality;
    }
  }
  return quality;
}

std::string FormatList(bool graph) {
  std::string list;
  for (const FormatTypes& entry : kFormatTypes) {
    if (query::IsGraphFormat(entry.format) != graph) continue;
    if (!list.empty()) list += ", ";
    list += entry.types[0];
  }
  return list;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> ParseFormText(std::string_view text) {
  std::vector<std::pair<std::string, std::string>> pairs;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('&', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view item = text.substr(start, end - start);
    if (!item.empty()) {
      const std::size_t eq = item.find('=');
      const std::string name(item.substr(0, eq));
      const std::string value(eq == std::string_view::npos ? std::string_view{}
                                                           : item.substr(eq + 1));
      pairs.emplace_back(httplib::detail::decode_url(name, true),
                         httplib::detail::decode_url(value, true));
    }
    start = end + 1;
  }
  return pairs;
}

std::vector<MediaRange> ParseAccept(std::string_view header) {
  std::vector<MediaRange> ranges;
  std::size_t start = 0;
  while (start <= header.size()) {
    std::size_t end = header.find(',', start);
    if (end == std::string_view::npos) end = header.size();
    std::string_view item = header.substr(start, end - start);
    start = end + 1;
    const std::size_t semi = item.find(';');
    const std::string type = Lower(Trim(item.substr(0, semi)));
    const std::size_t slash = type.find('/');
    if (type.empty() || slash == std::string::npos || slash == 0 || slash + 1 == type.size()) {
      continue;
    }
    MediaRange range{type.substr(0, slash), type.substr(slash + 1), 1.0};
    if (range.type == "*" && range.subtype != "*") continue;
    std::string_view params = semi == std::string_view::npos ? "" : item.substr(semi + 1);
    while (!params.empty()) {
      const std::size_t next = params.find(';');
      const std::string_view param = Trim(params.substr(0, next));
      params = next == std::string_view::npos ? "" : params.substr(next + 1);
      if (param.size() > 2 && (param[0] == 'q' || param[0] == 'Q') && param[1] == '=') {
        const std::string value(param.substr(2));
        char* parse_end = nullptr;
        const double q = std::strtod(value.c_str(), &parse_end);
        if (parse_end != value.c_str() && q >= 0.0 && q <= 1.0) range.quality = q;
      }
    }
    ranges.push_back(std::move(range));
  }
  return ranges;
}

SparqlRequest ParseSparqlRequest(const HttpRequestView& request, std::size_t max_body) {
  static const std::map<std::string, std::string> kAllow = {{"Allow", "GET, POST, OPTIONS"}};
  if (request.method != "GET" && request.method != "POST") {
    throw HttpError(405, request.method + " is not allowed on /sparql; use GET or POST\n", kAllow);
  }
  if (request.body.size() > max_body) {
    throw HttpError(413, "request body of " + std::to_string(request.body.size()) +
                             " bytes is over the limit of " + std::to_string(max_body) +
                             " bytes (--max-body)\n");
  }
  std::vector<std::pair<std::string, std::string>> params = ParseFormText(request.query_string);
  SparqlRequest parsed;
  std::vector<std::string> queries;
  if (request.method == "POST") {
    const std::string type = MediaTypeOf(request.content_type);
    if (type == "application/x-www-form-urlencoded") {
      for (auto& pair : ParseFormText(request.body)) params.push_back(std::move(pair));
    } else if (type == "application/sparql-query") {
      queries.push_back(request.body);
    } else if (type == "application/sparql-update") {
      throw HttpError(400,
                      "SPARQL Update is not supported: this endpoint is read-only (articles "
                      "are added with POST /articles or `awardgraph ingest`)\n");
    } else {
      throw HttpError(415,
                      "POST /sparql takes application/sparql-query or "
                      "application/x-www-form-urlencoded, not '" +
                          (type.empty() ? std::string("no Content-Type") : type) + "'\n");
    }
  }
  for (auto& [name, value] : params) {
    if (name == "query") {
      queries.push_back(std::move(value));
    } else if (name == "update") {
      throw HttpError(400,
                      "SPARQL Update is not supported: this endpoint is read-only (articles "
                      "are added with POST /articles or `awardgraph ingest`)\n");
    } else if (name == "default-graph-uri") {
      parsed.default_graph_uris.push_back(std::move(value));
    } else if (name == "named-graph-uri") {
      parsed.named_graph_uris.push_back(std::move(value));
    } else if (name == "format" || name == "output") {
      parsed.format = FormatFromParameter(value);
      if (!parsed.format) {
        throw HttpError(400, "unknown format '" + value +
                                 "'; use json, xml, csv, tsv, turtle, ntriples or rdfxml\n");
      }
    }
  }
  parsed.accept = ParseAccept(request.accept);
  if (queries.empty()) {
    if (request.method == "GET" && params.empty()) {
      parsed.operation = SparqlOperation::kServiceDescription;
      return parsed;
    }
    throw HttpError(400,
                    "no query: give the SPARQL query in the 'query' parameter or as an "
                    "application/sparql-query body\n");
  }
  if (queries.size() > 1) {
    throw HttpError(400, "more than one query in the request; send exactly one\n");
  }
  if (Trim(queries[0]).empty()) throw HttpError(400, "the query is empty\n");
  parsed.query = std::move(queries[0]);
  return parsed;
}

void RefuseUnsupported(const SparqlRequest& request) {
  if (!request.default_graph_uris.empty() || !request.named_graph_uris.empty()) {
    throw HttpError(400,
                    "default-graph-uri and named-graph-uri are not supported: the dataset is "
                    "fixed. The default graph is the union of all articles (each triple once) "
                    "and every article is a named graph; read one with GRAPH <iri> { ... }\n");
  }
  const query::QueryShape shape = query::AnalyzeQuery(request.query);
  if (shape.form == QueryForm::kUpdate) {
    throw HttpError(400,
                    "SPARQL Update (INSERT, DELETE, LOAD, CLEAR, ...) is not supported: this "
                    "endpoint is read-only (articles are added with POST /articles)\n");
  }
  if (shape.uses_service) {
    throw HttpError(400,
                    "SERVICE is refused: a federated query would make this server fetch "
                    "arbitrary URLs\n");
  }
  for (const query::SparqlToken& token : query::TokenizeSparql(request.query)) {
    if (token.kind == query::SparqlToken::Kind::kIri && Lower(token.text).starts_with("<file:")) {
      throw HttpError(400, "file: IRIs are refused (" + std::string(token.text) + " at byte " +
                               std::to_string(token.offset) +
                               "): the server does not read local files\n");
    }
  }
}

NegotiatedFormat NegotiateFormat(const SparqlRequest& request, QueryForm form) {
  const bool graph = IsGraphForm(form);
  if (request.format) {
    if (query::IsGraphFormat(*request.format) != graph) {
      throw HttpError(406, std::string("format=") + std::string(TypesOf(*request.format).types[0]) +
                               " does not fit a " + (graph ? "CONSTRUCT/DESCRIBE" : "SELECT/ASK") +
                               " query; use one of " + FormatList(graph) + "\n");
    }
    return {*request.format, ContentTypeOf(*request.format)};
  }
  std::optional<ResultFormat> best;
  double best_quality = 0.0;
  for (const FormatTypes& entry : kFormatTypes) {
    if (query::IsGraphFormat(entry.format) != graph) continue;
    double quality = request.accept.empty() ? 1.0 : 0.0;
    // Wildcards (text/*, */*) reach a format through its main media type only,
    // so text/* means CSV rather than XML as text/xml.
    quality = std::max(quality, QualityOf(request.accept, entry.types[0]));
    for (std::size_t i = 1; i < entry.types.size(); ++i) {
      for (const MediaRange& range : request.accept) {
        if (!entry.types[i].empty() && range.type + "/" + range.subtype == entry.types[i]) {
          quality = std::max(quality, range.quality);
        }
      }
    }
    if (quality > best_quality) {
      best_quality = quality;
      best = entry.format;
    }
  }
  if (!best) {
    throw HttpError(406, "none of the accepted media types fits a " +
                             std::string(graph ? "CONSTRUCT/DESCRIBE" : "SELECT/ASK") +
                             " query; accept one of " + FormatList(graph) + "\n");
  }
  return {*best, ContentTypeOf(*best)};
}

std::string ContentTypeOf(ResultFormat format) {
  return std::string(TypesOf(format).types[0]) + "; charset=utf-8";
}

}  // namespace awardgraph::server
