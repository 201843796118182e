// rdf_format.cc — RdfFormat name and extension tables.
#include "query/rdf_format.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace awardgraph::query {
namespace {

struct NameEntry {
  std::string_view name;
  RdfFormat format;
};

constexpr NameEntry kNames[] = {
    {"turtle", RdfFormat::kTurtle},      {"ttl", RdfFormat::kTurtle},
    {"ntriples", RdfFormat::kNtriples},  {"nt", RdfFormat::kNtriples},
    {"n-triples", RdfFormat::kNtriples}, {"rdfxml", RdfFormat::kRdfxml},
    {"rdf/xml", RdfFormat::kRdfxml},     {"xml", RdfFormat::kRdfxml},
    {"rdf", RdfFormat::kRdfxml},         {"trig", RdfFormat::kTrig},
};

constexpr NameEntry kExtensions[] = {
    {".ttl", RdfFormat::kTurtle},  {".turtle", RdfFormat::kTurtle},
    {".nt", RdfFormat::kNtriples}, {".ntriples", RdfFormat::kNtriples},
    {".rdf", RdfFormat::kRdfxml},  {".owl", RdfFormat::kRdfxml},
    {".xml", RdfFormat::kRdfxml},  {".trig", RdfFormat::kTrig},
};

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

std::optional<RdfFormat> RdfFormatFromName(std::string_view name) {
  const std::string lower = Lower(name);
  for (const NameEntry& e : kNames) {
    if (e.name == lower) return e.format;
  }
  return std::nullopt;
}

std::optional<RdfFormat> RdfFormatFromPath(std::string_view path) {
  const std::string lower = Lower(path);
  for (const NameEntry& e : kExtensions) {
    if (lower.ends_with(e.name)) return e.format;
  }
  return std::nullopt;
}

std::string_view RdfFormatName(RdfFormat format) {
  switch (format) {
    case RdfFormat::kTurtle:
      return "turtle";
    case RdfFormat::kNtriples:
      return "ntriples";
    case RdfFormat::kRdfxml:
      return "rdfxml";
    case RdfFormat::kTrig:
      return "trig";
  }
  return "turtle";
}

std::string_view RaptorSyntaxName(RdfFormat format) { return RdfFormatName(format); }

}  // namespace awardgraph::query
