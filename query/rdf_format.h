// rdf_format.h — the RDF file syntaxes the store reads and writes.
//
// Defines RdfFormat and pure helpers mapping user-facing names ("turtle")
// and file extensions (".ttl") to it, and it to Raptor syntax names.
//
// Example:
//   std::optional<RdfFormat> f = RdfFormatFromPath("data/a.nt");  // kNtriples
//   RaptorSyntaxName(*f);                                          // "ntriples"
#ifndef AWARDGRAPH_QUERY_RDF_FORMAT_H_
#define AWARDGRAPH_QUERY_RDF_FORMAT_H_

#include <optional>
#include <string_view>

namespace awardgraph::query {

/// An RDF serialisation syntax.
enum class RdfFormat { kTurtle, kNtriples, kRdfxml, kTrig };

/// "turtle"/"ttl", "ntriples"/"nt", "rdfxml"/"xml"/"rdf", "trig"; nullopt otherwise.
std::optional<RdfFormat> RdfFormatFromName(std::string_view name);

/// From the file extension (.ttl .nt .rdf .owl .xml .trig, any case); nullopt otherwise.
std::optional<RdfFormat> RdfFormatFromPath(std::string_view path);

/// The canonical user-facing name ("turtle", "ntriples", "rdfxml", "trig").
std::string_view RdfFormatName(RdfFormat format);

/// The Raptor parser/serializer name ("turtle", "ntriples", "rdfxml", "trig").
std::string_view RaptorSyntaxName(RdfFormat format);

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_RDF_FORMAT_H_
