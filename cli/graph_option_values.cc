// graph_option_values.cc — option values of the graph commands.
#include "cli/graph_option_values.h"

#include <charconv>
#include <cmath>

#include "cli/options.h"

namespace awardgraph::cli {

std::size_t ParseCount(const std::string& option, const std::string& value) {
  std::size_t n = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (value.empty() || error != std::errc() || end != value.data() + value.size()) {
    throw UsageError(option + " needs a whole number, not '" + value + "'");
  }
  return n;
}

double ParsePositiveReal(const std::string& option, const std::string& value) {
  double x = 0.0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), x);
  if (value.empty() || error != std::errc() || end != value.data() + value.size() ||
      !std::isfinite(x) || x <= 0.0) {
    throw UsageError(option + " needs a number above 0, not '" + value + "'");
  }
  return x;
}

std::uint64_t ParseSeed(const std::string& option, const std::string& value) {
  const std::size_t seed = ParseCount(option, value);
  if (seed > 0xFFFFFFFFull) throw UsageError(option + " must be below 4294967296");
  return seed;
}

graph::ReportFormat ParseReportFormat(const std::string& value) {
  const auto format = graph::ReportFormatFromName(value);
  if (!format) throw UsageError("unknown --format '" + value + "'; use table, json, csv");
  return *format;
}

}  // namespace awardgraph::cli
