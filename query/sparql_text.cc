// sparql_text.cc — DescribeSyntaxError.
#include "query/sparql_text.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace awardgraph::query {
namespace {

bool IsNameChar(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) ==
                  std::toupper(static_cast<unsigned char>(y));
         });
}

std::size_t FindWord(std::string_view line, std::string_view word) {
  for (std::size_t at = 0; at + word.size() <= line.size(); ++at) {
    const bool starts = at == 0 || !IsNameChar(line[at - 1]);
    const bool ends = at + word.size() == line.size() || !IsNameChar(line[at + word.size()]);
    if (starts && ends && EqualsIgnoreCase(line.substr(at, word.size()), word)) return at;
  }
  return std::string_view::npos;
}

}  // namespace

SyntaxErrorReport DescribeSyntaxError(std::string_view query, std::string_view parser_message,
                                      int line) {
  std::vector<std::string_view> lines;
  for (std::size_t start = 0;;) {
    const std::size_t end = query.find('\n', start);
    lines.push_back(query.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  SyntaxErrorReport report;
  report.line = line > 0 && line <= static_cast<int>(lines.size()) ? line : 0;
  // The fragment the message quotes: unexpected ')' / prefix in "y:p".
  std::string_view fragment;
  for (const char quote : {'\'', '"'}) {
    const std::size_t open = parser_message.find(quote);
    const std::size_t close =
        open == std::string_view::npos ? open : parser_message.find(quote, open + 1);
    if (close != std::string_view::npos && close > open + 1) {
      fragment = parser_message.substr(open + 1, close - open - 1);
      break;
    }
  }
  // Bison names the unexpected token bare when it is a keyword: "unexpected FILTER".
  bool whole_word = false;
  if (const std::size_t at = parser_message.find("unexpected ");
      fragment.empty() && at != std::string_view::npos) {
    std::string_view word = parser_message.substr(at + 11);
    word = word.substr(0, word.find_first_of(", "));
    if (!word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
          return std::isupper(static_cast<unsigned char>(c)) || c == '_';
        })) {
      fragment = word;
      whole_word = true;
    }
  }
  if (parser_message.find("$end") != std::string_view::npos) {
    // Unexpected end of query: point just after the last non-blank character.
    for (int i = static_cast<int>(lines.size()); i >= 1; --i) {
      const std::size_t last = lines[i - 1].find_last_not_of(" \t\r");
      if (last != std::string_view::npos) {
        report.line = i;
        report.column = static_cast<int>(last) + 2;
        break;
      }
    }
  } else if (!fragment.empty()) {
    auto find_in = [&](int l) {
      const std::size_t at =
          whole_word ? FindWord(lines[l - 1], fragment) : lines[l - 1].find(fragment);
      if (at == std::string_view::npos) return false;
      report.line = l;
      report.column = static_cast<int>(at) + 1;
      return true;
    };
    if (report.line == 0 || !find_in(report.line)) {
      for (int l = 1; l <= static_cast<int>(lines.size()) && !find_in(l); ++l) {
      }
    }
  }
  std::string where = "query syntax error";
  if (report.line > 0) where += " at line " + std::to_string(report.line);
  if (report.column > 0) where += ", column " + std::to_string(report.column);
  report.message = where + ": " + std::string(parser_message);
  if (report.line > 0 &&
      lines[report.line - 1].find_first_not_of(" \t\r") != std::string_view::npos) {
    report.message += "\n  " + std::string(lines[report.line - 1]);
    if (report.column > 0) {
      report.message += "\n  " + std::string(report.column - 1, ' ') + "^";
    }
  }
  return report;
}

}  // namespace awardgraph::query
