// sparql_text.cc — TokenizeSparql, AnalyzeQuery and the text rewrites.
#include "query/sparql_text.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace awardgraph::query {
namespace {

using Kind = SparqlToken::Kind;

bool IsNameChar(unsigned char c) {
  return std::isalnum(c) || c == '_' || c == '-' || c == '.' || c == ':' || c == '%' || c == '\\' ||
         c >= 0x80;
}

bool IsIriChar(unsigned char c) {
  // IRIREF excludes <>"{}|^`\ and everything up to space.
  return c > 0x20 && c != '<' && c != '>' && c != '"' && c != '{' && c != '}' && c != '|' &&
         c != '^' && c != '`' && c != '\\';
}

// Length of the string literal starting at text[pos] (a quote), or to the end.
std::size_t StringLength(std::string_view text, std::size_t pos) {
  const char quote = text[pos];
  const bool is_long = text.substr(pos, 3) == std::string(3, quote);
  std::size_t i = pos + (is_long ? 3 : 1);
  while (i < text.size()) {
    if (text[i] == '\\') {
      i += 2;
      continue;
    }
    if (is_long) {
      if (text.substr(i, 3) == std::string(3, quote)) return i + 3 - pos;
    } else if (text[i] == quote || text[i] == '\n') {
      return i + 1 - pos;
    }
    ++i;
  }
  return text.size() - pos;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) ==
                  std::toupper(static_cast<unsigned char>(y));
         });
}

bool IsKeyword(const SparqlToken& t, std::string_view keyword) {
  return t.kind == Kind::kWord && EqualsIgnoreCase(t.text, keyword);
}

bool IsPunct(const SparqlToken& t, char c) {
  return t.kind == Kind::kPunct && t.text.size() == 1 && t.text[0] == c;
}

std::optional<AggregateKind> AggregateFromName(std::string_view name) {
  struct Entry {
    std::string_view name;
    AggregateKind kind;
  };
  static constexpr Entry kEntries[] = {
      {"COUNT", AggregateKind::kCount},   {"SUM", AggregateKind::kSum},
      {"AVG", AggregateKind::kAvg},       {"MIN", AggregateKind::kMin},
      {"MAX", AggregateKind::kMax},       {"GROUP_CONCAT", AggregateKind::kGroupConcat},
      {"SAMPLE", AggregateKind::kSample},
  };
  for (const Entry& e : kEntries) {
    if (EqualsIgnoreCase(name, e.name)) return e.kind;
  }
  return std::nullopt;
}

// Index of the token closing the bracket opened at tokens[open], or tokens.size().
std::size_t MatchingClose(const std::vector<SparqlToken>& tokens, std::size_t open) {
  const char open_char = tokens[open].text[0];
  const char close_char = open_char == '(' ? ')' : open_char == '{' ? '}' : ']';
  int depth = 0;
  for (std::size_t i = open; i < tokens.size(); ++i) {
    if (IsPunct(tokens[i], open_char)) ++depth;
    if (IsPunct(tokens[i], close_char) && --depth == 0) return i;
  }
  return tokens.size();
}

constexpr std::string_view kUpdateKeywords[] = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP",
                                                "CREATE", "ADD",    "MOVE", "COPY",  "WITH"};

// Parses the SELECT projection starting at tokens[i]; returns the index after it.
std::size_t ParseProjection(const std::vector<SparqlToken>& tokens, std::size_t i,
                            QueryShape& shape) {
  while (i < tokens.size() &&
         (IsKeyword(tokens[i], "DISTINCT") || IsKeyword(tokens[i], "REDUCED"))) {
    ++i;
  }
  while (i < tokens.size()) {
    const SparqlToken& t = tokens[i];
    if (IsPunct(t, '*')) {
      shape.select_all = true;
      ++i;
    } else if (t.kind == Kind::kVariable) {
      shape.projection.push_back({std::string(t.text.substr(1)), false, AggregateKind::kNone});
      ++i;
    } else if (IsPunct(t, '(')) {
      const std::size_t close = MatchingClose(tokens, i);
      ProjectionItem item{{}, true, AggregateKind::kNone};
      // "( expr AS ?v )": the variable is the token before ')', AS before it.
      if (close < tokens.size() && close >= i + 3 && tokens[close - 1].kind == Kind::kVariable &&
          IsKeyword(tokens[close - 2], "AS")) {
        item.variable = std::string(tokens[close - 1].text.substr(1));
        const std::size_t expr_begin = i + 1;
        const std::size_t expr_end = close - 2;  // exclusive
        if (expr_end > expr_begin + 1 && tokens[expr_begin].kind == Kind::kWord &&
            IsPunct(tokens[expr_begin + 1], '(') &&
            MatchingClose(tokens, expr_begin + 1) == expr_end - 1) {
          item.aggregate =
              AggregateFromName(tokens[expr_begin].text).value_or(AggregateKind::kNone);
        }
      }
      shape.projection.push_back(std::move(item));
      i = std::min(close + 1, tokens.size());
    } else {
      break;  // WHERE, FROM, '{' or garbage: the projection ends.
    }
  }
  return i;
}

// Offset of `word` in `line` as a whole word, ignoring case, or npos.
std::size_t FindWord(std::string_view line, std::string_view word) {
  for (std::size_t at = 0; at + word.size() <= line.size(); ++at) {
    const bool starts = at == 0 || !IsNameChar(line[at - 1]);
    const bool ends = at + word.size() == line.size() || !IsNameChar(line[at + word.size()]);
    if (starts && ends && EqualsIgnoreCase(line.substr(at, word.size()), word)) return at;
  }
  return std::string_view::npos;
}

}  // namespace

std::vector<SparqlToken> TokenizeSparql(std::string_view text) {
  std::vector<SparqlToken> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = text[i];
    if (std::isspace(c)) {
      ++i;
      continue;
    }
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    }
    std::size_t len = 1;
    Kind kind = Kind::kPunct;
    if (c == '<') {
      std::size_t j = i + 1;
      while (j < text.size() && IsIriChar(text[j])) ++j;
      if (j < text.size() && text[j] == '>') {
        kind = Kind::kIri;
        len = j + 1 - i;
      }
    } else if (c == '"' || c == '\'') {
      kind = Kind::kString;
      len = StringLength(text, i);
    } else if ((c == '?' || c == '$') && i + 1 < text.size() &&
               (std::isalnum(static_cast<unsigned char>(text[i + 1])) || text[i + 1] == '_' ||
                static_cast<unsigned char>(text[i + 1]) >= 0x80)) {
      kind = Kind::kVariable;
      std::size_t j = i + 1;
      while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) ||
                                 text[j] == '_' || static_cast<unsigned char>(text[j]) >= 0x80)) {
        ++j;
      }
      len = j - i;
    } else if (IsNameChar(c) && c != '.' && c != '-' && c != '\\' && c != '%') {
      std::size_t j = i;
      while (j < text.size() && IsNameChar(text[j])) ++j;
      while (j > i + 1 && text[j - 1] == '.') --j;  // a final '.' ends the triple
      len = j - i;
      kind = text.substr(i, len).find(':') != std::string_view::npos ? Kind::kPrefixedName
                                                                     : Kind::kWord;
    }
    tokens.push_back({kind, text.substr(i, len), i});
    i += len;
  }
  return tokens;
}

bool QueryShape::HasAggregates() const {
  return std::any_of(projection.begin(), projection.end(),
                     [](const ProjectionItem& p) { return p.aggregate != AggregateKind::kNone; });
}

QueryShape AnalyzeQuery(std::string_view text) {
  QueryShape shape;
  const std::vector<SparqlToken> tokens = TokenizeSparql(text);
  for (const SparqlToken& t : tokens) {
    shape.uses_service |= IsKeyword(t, "SERVICE");
    shape.uses_values |= IsKeyword(t, "VALUES") || IsKeyword(t, "BINDINGS");
    shape.uses_minus |= IsKeyword(t, "MINUS");
    shape.uses_graph |= IsKeyword(t, "GRAPH");
    shape.uses_from |= IsKeyword(t, "FROM");
  }
  // Prologue: BASE <iri> | PREFIX pname: <iri>.
  std::size_t i = 0;
  while (i < tokens.size()) {
    if (IsKeyword(tokens[i], "BASE")) {
      i += 2;
    } else if (IsKeyword(tokens[i], "PREFIX")) {
      i += 3;
    } else {
      break;
    }
  }
  if (i >= tokens.size()) {
    shape.prologue_end = text.size();
    return shape;
  }
  shape.prologue_end = tokens[i].offset;
  const SparqlToken& form = tokens[i];
  if (IsKeyword(form, "SELECT")) {
    shape.form = QueryForm::kSelect;
    i = ParseProjection(tokens, i + 1, shape);
  } else if (IsKeyword(form, "ASK")) {
    shape.form = QueryForm::kAsk;
    ++i;
  } else if (IsKeyword(form, "CONSTRUCT")) {
    shape.form = QueryForm::kConstruct;
    ++i;
    if (i < tokens.size() && IsPunct(tokens[i], '{')) {  // skip the template
      i = std::min(MatchingClose(tokens, i) + 1, tokens.size());
    }
  } else if (IsKeyword(form, "DESCRIBE")) {
    shape.form = QueryForm::kDescribe;
    ++i;
    shape.describe_targets_end = form.offset + form.text.size();
    while (i < tokens.size() &&
           (tokens[i].kind == Kind::kVariable || tokens[i].kind == Kind::kIri ||
            tokens[i].kind == Kind::kPrefixedName || IsPunct(tokens[i], '*'))) {
      shape.describe_targets.emplace_back(tokens[i].text);
      shape.describe_targets_end = tokens[i].offset + tokens[i].text.size();
      ++i;
    }
  } else {
    for (std::string_view keyword : kUpdateKeywords) {
      if (IsKeyword(form, keyword)) shape.form = QueryForm::kUpdate;
    }
    return shape;
  }
  // The WHERE group: the first '{' from here on.
  while (i < tokens.size() && !IsPunct(tokens[i], '{')) ++i;
  if (i >= tokens.size()) return shape;
  const std::size_t close = MatchingClose(tokens, i);
  shape.where_begin = tokens[i].offset;
  shape.where_end = close < tokens.size() ? tokens[close].offset + 1 : text.size();
  int depth = 0;
  for (std::size_t j = close + 1; j < tokens.size(); ++j) {
    if (IsPunct(tokens[j], '{') || IsPunct(tokens[j], '(')) ++depth;
    if (IsPunct(tokens[j], '}') || IsPunct(tokens[j], ')')) --depth;
    if (depth != 0) continue;
    if (IsKeyword(tokens[j], "GROUP") && j + 1 < tokens.size() && IsKeyword(tokens[j + 1], "BY")) {
      shape.has_group_by = true;
    }
    shape.has_having |= IsKeyword(tokens[j], "HAVING");
    shape.has_limit_or_offset |= IsKeyword(tokens[j], "LIMIT") || IsKeyword(tokens[j], "OFFSET");
  }
  return shape;
}

std::string WherePatternAsAsk(std::string_view text, const QueryShape& shape) {
  if (shape.where_end <= shape.where_begin) return {};
  std::string out(text.substr(0, shape.prologue_end));
  out += "ASK ";
  out += text.substr(shape.where_begin, shape.where_end - shape.where_begin);
  return out;
}

std::string DescribeAsSelect(std::string_view text, const QueryShape& shape) {
  std::string out(text.substr(0, shape.prologue_end));
  out += "SELECT";
  int constant = 0;
  for (const std::string& target : shape.describe_targets) {
    if (target.starts_with('?') || target.starts_with('$') || target == "*") {
      out += " " + target;
    } else {
      out += " (" + target + " AS ?describe_" + std::to_string(constant++) + ")";
    }
  }
  std::string_view rest = text.substr(std::min(shape.describe_targets_end, text.size()));
  if (shape.where_end <= shape.where_begin) {
    out += " WHERE {}";
  }
  out += " ";
  out += rest;
  return out;
}

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
