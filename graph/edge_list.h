// edge_list.h — reads a network from a CSV edge list.
//
// Defines ReadEdgeListCsv: a CSV file with the header `source,target` or
// `source,target,weight` (any case, surrounding spaces ignored, fields may be
// quoted with "" as RFC 4180 says) becomes a CollaborationNetwork whose
// vertices are the node names in order of first appearance (IRI and label
// are the name, type empty) and whose rows merge as CollaborationNetwork
// does (parallel rows add up, self-loops are dropped). Without a weight
// column every row weighs 1. Errors name the file and line.
//
// Example:
//   std::ifstream in("edges.csv");
//   CollaborationNetwork network = ReadEdgeListCsv(in, "edges.csv");
#ifndef AWARDGRAPH_GRAPH_EDGE_LIST_H_
#define AWARDGRAPH_GRAPH_EDGE_LIST_H_

#include <istream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "graph/collaboration_network.h"

namespace awardgraph::graph {

/// A malformed edge list; what() is "FILE:LINE: problem".
class EdgeListError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Reads the edge list from `in`; `name` (the file name) goes into errors.
/// Throws EdgeListError for a missing or wrong header, a row with the wrong
/// number of fields, an empty node name, an unterminated quote, or a weight
/// that is not a finite, non-negative number.
CollaborationNetwork ReadEdgeListCsv(std::istream& in, const std::string& name);

namespace detail {

/// Splits one CSV record (without its line break) into fields; "" inside a
/// quoted field is one quote. Returns false for an unterminated quote.
bool SplitCsvRecord(std::string_view line, std::vector<std::string>& fields);

}  // namespace detail

}  // namespace awardgraph::graph

#endif  // AWARDGRAPH_GRAPH_EDGE_LIST_H_
