// result_writers.h — SPARQL results to text, per the W3C formats.
//
// Defines ResultFormat and WriteResult. SELECT/ASK results are written by
// hand-written writers for SPARQL 1.1 Query Results JSON, XML, CSV and TSV
// (each following its W3C specification, including escaping) and an aligned
// human-readable table; CONSTRUCT/DESCRIBE triples go through Raptor's
// Turtle, N-Triples or RDF/XML serializers. The writers read only the plain
// QueryResult, so they are unit-tested without a store.
//
// Example:
//   WriteResult(QueryResult::Boolean(true), ResultFormat::kJson, std::cout);
//   // {"head":{},"boolean":true}
#ifndef AWARDGRAPH_QUERY_RESULT_WRITERS_H_
#define AWARDGRAPH_QUERY_RESULT_WRITERS_H_

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "query/query_result.h"

namespace awardgraph::query {

/// An output format for query results.
enum class ResultFormat { kJson, kXml, kCsv, kTsv, kTable, kTurtle, kNtriples, kRdfxml };

/// "json", "xml", "csv", "tsv", "table", "turtle"/"ttl", "ntriples"/"nt",
/// "rdfxml"; nullopt for anything else.
std::optional<ResultFormat> ResultFormatFromName(std::string_view name);

/// The names ResultFormatFromName accepts, for help and error messages.
std::string_view ResultFormatNames();

/// True for the formats that hold triples (turtle, ntriples, rdfxml).
bool IsGraphFormat(ResultFormat format);

/// Writes `result` in `format` to `out`. Throws QueryError when the format
/// does not fit the result (a table for CONSTRUCT, Turtle for SELECT).
void WriteResult(const QueryResult& result, ResultFormat format, std::ostream& out);

/// The individual writers, exposed for tests; WriteResult dispatches to them.
void WriteJson(const QueryResult& result, std::ostream& out);
void WriteXml(const QueryResult& result, std::ostream& out);
void WriteCsv(const QueryResult& result, std::ostream& out);
void WriteTsv(const QueryResult& result, std::ostream& out);
void WriteTable(const QueryResult& result, std::ostream& out);

/// A term in N-Triples/Turtle syntax as used by TSV: <iri>, "x"@en,
/// "x"^^<dt>, _:b, and bare integers/decimals/doubles.
std::string TermToTsv(const Term& term);

}  // namespace awardgraph::query

#endif  // AWARDGRAPH_QUERY_RESULT_WRITERS_H_
