// rdf_io.h — reading and writing RDF files with Raptor, as plain Triples.
//
// Defines Quad (a triple and the named graph it belongs to), ParseRdfFile
// (a whole file parsed into memory with a new Raptor parser, so a syntax
// error is found before anything is stored) and SerializeTriples (Turtle,
// N-Triples or RDF/XML with the project's prefixes).
//
// Example:
//   std::vector<Quad> quads = ParseRdfFile("a.ttl", RdfFormat::kTurtle, "");
//   SerializeTriples({quads[0].triple}, RdfFormat::kNtriples, std::cout);
#ifndef AWARDGRAPH_QUERY_RDF_IO_H_
#define AWARDGRAPH_QUERY_RDF_IO_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "ontology/term.h"
#include "query/rdf_format.h"

namespace awardgraph::query {

/// A triple in a named graph; `graph` empty means the default graph.
struct Quad {
  Triple triple;
  std::string graph;

  friend bool operator==(const Quad&, const Quad&) = default;
};

/// Parses the whole file. Triples outside any TriG graph get `graph_iri`.
/// Throws RdfParseError naming the file and line of the first error, or
/// StoreError when the file cannot be read.
std::vector<Quad> ParseRdfFile(const std::string& path, RdfFormat format,
                               std::string_view graph_iri);

/// Writes `triples` to `out`; Turtle and RDF/XML declare the project's
/// prefixes (ag:, rdfs:, skos:, ...). kTrig is written as Turtle.
void SerializeTriples(const std::vector<Triple>& triples, RdfFormat format, std::ostream& out);

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_RDF_IO_H_
