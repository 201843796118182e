// edge_list.cc — CSV edge lists into a CollaborationNetwork.
#include "graph/edge_list.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace awardgraph::graph {

namespace detail {

bool SplitCsvRecord(std::string_view line, std::vector<std::string>& fields) {
  fields.clear();
  std::string field;
  bool quoted = false;
  bool was_quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < line.size() && line[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
    } else if (c == '"' && !was_quoted && std::all_of(field.begin(), field.end(), [](char f) {
                 return f == ' ' || f == '\t';
               })) {
      field.clear();
      quoted = true;
      was_quoted = true;
    } else if (c == ',') {
      fields.push_back(field);
      field.clear();
      was_quoted = false;
    } else if (!(was_quoted && (c == ' ' || c == '\t'))) {
      field += c;
    }
  }
  if (quoted) return false;
  fields.push_back(field);
  return true;
}

}  // namespace detail

namespace {

std::string Trim(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return std::string(text.substr(begin, end - begin));
}

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

CollaborationNetwork ReadEdgeListCsv(std::istream& in, const std::string& name) {
  CollaborationNetwork network;
  std::string line;
  std::vector<std::string> fields;
  std::size_t line_number = 0;
  std::size_t columns = 0;
  auto fail = [&](const std::string& problem) {
    throw EdgeListError(name + ":" + std::to_string(line_number) + ": " + problem);
  };
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line_number == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);  // BOM
    if (Trim(line).empty()) continue;
    if (!detail::SplitCsvRecord(line, fields)) fail("unterminated quoted field");
    if (columns == 0) {
      for (std::string& field : fields) field = Lower(Trim(field));
      const bool ok = (fields.size() == 2 || fields.size() == 3) && fields[0] == "source" &&
                      fields[1] == "target" && (fields.size() == 2 || fields[2] == "weight");
      if (!ok) fail("the header must be source,target or source,target,weight");
      columns = fields.size();
      continue;
    }
    if (fields.size() != columns) {
      fail("expected " + std::to_string(columns) + " fields, found " +
           std::to_string(fields.size()));
    }
    CollaborationEdgeRow row;
    row.a_iri = Trim(fields[0]);
    row.b_iri = Trim(fields[1]);
    if (row.a_iri.empty() || row.b_iri.empty()) fail("empty node name");
    row.a_label = row.a_iri;
    row.b_label = row.b_iri;
    if (columns == 3) {
      const std::string text = Trim(fields[2]);
      double weight = 0.0;
      const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), weight);
      if (text.empty() || error != std::errc() || end != text.data() + text.size() ||
          !std::isfinite(weight) || weight < 0.0) {
        fail("weight '" + text + "' is not a finite, non-negative number");
      }
      row.weight = weight;
    }
    network.AddRow(row);
  }
  if (in.bad()) fail("read error");
  if (columns == 0) {
    line_number = std::max<std::size_t>(line_number, 1);
    fail("empty file: no source,target header");
  }
  return network;
}

}  // namespace awardgraph::graph
