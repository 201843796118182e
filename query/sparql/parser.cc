// parser.cc — tokenizer, recursive-descent parser and algebra translation.
#include "query/sparql/parser.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

#include "ontology/vocabulary.h"
#include "query/errors.h"

namespace awardgraph::query::sparql {
namespace {

std::string Xsd(std::string_view local) { return std::string(vocab::kXsdNs) + std::string(local); }
std::string Rdf(std::string_view local) { return std::string(vocab::kRdfNs) + std::string(local); }

enum class Tok {
  kIri,
  kPname,
  kBlank,
  kVar,
  kString,
  kLangTag,
  kInteger,
  kDecimal,
  kDouble,
  kWord,
  kPunct,
  kEnd
};

struct Token {
  Tok kind = Tok::kEnd;
  std::string text;   // raw text (punct, word) or processed value (iri, string, var name)
  std::string local;  // kPname: local part (prefix in text)
  std::size_t offset = 0;
};

void AppendUtf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool IsNameStart(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool IsNameChar(unsigned char c) { return std::isalnum(c) || c == '_' || c == '-' || c >= 0x80; }

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  // Throws via `fail(offset, message)`.
  std::vector<Token> Run(const std::function<void(std::size_t, const std::string&)>& fail) {
    std::vector<Token> out;
    fail_ = fail;
    while (true) {
      SkipSpace();
      Token t;
      t.offset = pos_;
      if (pos_ >= text_.size()) {
        t.kind = Tok::kEnd;
        out.push_back(t);
        return out;
      }
      Next(t);
      out.push_back(std::move(t));
    }
  }

 private:
  char Peek(std::size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }

  void SkipSpace() {
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        ++pos_;
      } else if (c == '#') {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
      } else {
        break;
      }
    }
  }

  unsigned long Hex(std::size_t at, int digits) {
    unsigned long v = 0;
    for (int i = 0; i < digits; ++i) {
      const char c = at + i < text_.size() ? text_[at + i] : '\0';
      if (!std::isxdigit(static_cast<unsigned char>(c))) fail_(at, "bad \\u escape");
      v = v * 16 +
          (std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (std::tolower(c) - 'a' + 10));
    }
    if ((v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF) {
      fail_(at, "\\u escape of a surrogate or beyond U+10FFFF is not a character");
    }
    return v;
  }

  void Next(Token& t) {
    const char c = Peek();
    if (c == '<') {
      // IRIREF or '<' / '<='.
      std::size_t p = pos_ + 1;
      std::string iri;
      bool ok = false;
      while (p < text_.size()) {
        const unsigned char d = text_[p];
        if (d == '>') {
          ok = true;
          break;
        }
        if (d <= 0x20 || d == '<' || d == '"' || d == '{' || d == '}' || d == '|' || d == '^' ||
            d == '`') {
          break;
        }
        if (d == '\\') {
          if (p + 1 < text_.size() && (text_[p + 1] == 'u' || text_[p + 1] == 'U')) {
            const int n = text_[p + 1] == 'u' ? 4 : 8;
            AppendUtf8(iri, Hex(p + 2, n));
            p += 2 + n;
            continue;
          }
          break;
        }
        iri += static_cast<char>(d);
        ++p;
      }
      if (ok) {
        t.kind = Tok::kIri;
        t.text = iri;
        pos_ = p + 1;
        return;
      }
      Punct(t, Peek(1) == '=' ? 2 : 1);
      return;
    }
    if (c == '?' || c == '$') {
      std::size_t p = pos_ + 1;
      while (p < text_.size() && IsNameChar(text_[p]) && text_[p] != '-') ++p;
      if (p > pos_ + 1) {
        t.kind = Tok::kVar;
        t.text = std::string(text_.substr(pos_ + 1, p - pos_ - 1));
        pos_ = p;
        return;
      }
      if (c == '$') fail_(pos_, "a variable name must follow '$'");
      Punct(t, 1);
      return;
    }
    if (c == '"' || c == '\'') {
      String(t, c);
      return;
    }
    if (c == '@') {
      std::size_t p = pos_ + 1;
      while (p < text_.size() &&
             (std::isalnum(static_cast<unsigned char>(text_[p])) || text_[p] == '-')) {
        ++p;
      }
      if (p == pos_ + 1 || !std::isalpha(static_cast<unsigned char>(text_[pos_ + 1]))) {
        fail_(pos_, "a language tag must follow '@'");
      }
      t.kind = Tok::kLangTag;
      t.text = std::string(text_.substr(pos_ + 1, p - pos_ - 1));
      // Language tags are case-insensitive: kept lower case, as data is.
      for (char& ch : t.text) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      pos_ = p;
      return;
    }
    if (std::isdigit(static_cast<unsigned char>(c)) ||
        (c == '.' && std::isdigit(static_cast<unsigned char>(Peek(1))))) {
      Number(t);
      return;
    }
    if (c == '_' && Peek(1) == ':') {
      std::size_t p = pos_ + 2;
      while (p < text_.size() && (IsNameChar(text_[p]) || text_[p] == '.')) ++p;
      while (p > pos_ + 2 && text_[p - 1] == '.') --p;
      if (p == pos_ + 2) fail_(pos_, "a blank node label must follow '_:'");
      t.kind = Tok::kBlank;
      t.text = std::string(text_.substr(pos_ + 2, p - pos_ - 2));
      pos_ = p;
      return;
    }
    if (IsNameStart(c) || c == ':') {
      std::size_t p = pos_;
      while (p < text_.size() && (IsNameChar(text_[p]) || text_[p] == '.')) ++p;
      std::size_t prefix_end = p;
      while (prefix_end > pos_ && text_[prefix_end - 1] == '.') --prefix_end;
      if (prefix_end < text_.size() && text_[prefix_end] == ':' && prefix_end == p) {
        t.kind = Tok::kPname;
        t.text = std::string(text_.substr(pos_, prefix_end - pos_));
        pos_ = prefix_end + 1;
        LocalName(t);
        return;
      }
      p = pos_;
      while (p < text_.size() &&
             (std::isalnum(static_cast<unsigned char>(text_[p])) || text_[p] == '_')) {
        ++p;
      }
      if (p == pos_) {
        Punct(t, 1);
        return;
      }
      t.kind = Tok::kWord;
      t.text = std::string(text_.substr(pos_, p - pos_));
      pos_ = p;
      return;
    }
    static const char* const kTwo[] = {"^^", "&&", "||", "!=", ">=", "<="};
    for (const char* two : kTwo) {
      if (c == two[0] && Peek(1) == two[1]) {
        Punct(t, 2);
        return;
      }
    }
    if (std::string_view("{}()[];,.=<>!+-*/^|?").find(c) != std::string_view::npos) {
      Punct(t, 1);
      return;
    }
    fail_(pos_, std::string("unexpected character '") + c + "'");
  }

  void Punct(Token& t, std::size_t n) {
    t.kind = Tok::kPunct;
    t.text = std::string(text_.substr(pos_, n));
    pos_ += n;
  }

  void LocalName(Token& t) {
    std::string local;
    std::size_t p = pos_;
    std::size_t last_good = p;
    std::string good;
    while (p < text_.size()) {
      const unsigned char d = text_[p];
      if (d == '\\' && p + 1 < text_.size() &&
          std::string_view("_~.-!$&'()*+,;=/?#@%").find(text_[p + 1]) != std::string_view::npos) {
        local += text_[p + 1];
        p += 2;
        last_good = p;
        good = local;
        continue;
      }
      if (d == '%' && p + 2 < text_.size() &&
          std::isxdigit(static_cast<unsigned char>(text_[p + 1])) &&
          std::isxdigit(static_cast<unsigned char>(text_[p + 2]))) {
        local += std::string(text_.substr(p, 3));
        p += 3;
        last_good = p;
        good = local;
        continue;
      }
      if (IsNameChar(d) || d == ':' || (d == '.' && !local.empty())) {
        if (local.empty() && d == '-') break;
        local += static_cast<char>(d);
        ++p;
        if (d != '.') {
          last_good = p;
          good = local;
        }
        continue;
      }
      break;
    }
    t.local = good;
    pos_ = last_good;
  }

  void String(Token& t, char quote) {
    const bool long_form = Peek(1) == quote && Peek(2) == quote;
    std::size_t p = pos_ + (long_form ? 3 : 1);
    std::string value;
    while (true) {
      if (p >= text_.size()) fail_(pos_, "unterminated string");
      const char d = text_[p];
      if (long_form) {
        if (d == quote && p + 2 < text_.size() + 0 && text_[p + 1] == quote &&
            text_[p + 2] == quote) {
          // A long string may end with up to two more quotes.
          std::size_t q = p + 3;
          while (q < text_.size() && text_[q] == quote && q < p + 5) ++q;
          value.append(q - p - 3, quote);
          p = q;
          break;
        }
      } else {
        if (d == quote) {
          ++p;
          break;
        }
        if (d == '\n' || d == '\r') fail_(p, "line break in a short string");
      }
      if (d == '\\') {
        const char e = p + 1 < text_.size() ? text_[p + 1] : '\0';
        switch (e) {
          case 't':
            value += '\t';
            break;
          case 'b':
            value += '\b';
            break;
          case 'n':
            value += '\n';
            break;
          case 'r':
            value += '\r';
            break;
          case 'f':
            value += '\f';
            break;
          case '"':
            value += '"';
            break;
          case '\'':
            value += '\'';
            break;
          case '\\':
            value += '\\';
            break;
          case 'u':
            AppendUtf8(value, Hex(p + 2, 4));
            p += 6;
            continue;
          case 'U':
            AppendUtf8(value, Hex(p + 2, 8));
            p += 10;
            continue;
          default:
            fail_(p, "bad escape in a string");
        }
        p += 2;
        continue;
      }
      value += d;
      ++p;
    }
    t.kind = Tok::kString;
    t.text = value;
    pos_ = p;
  }

  void Number(Token& t) {
    std::size_t p = pos_;
    while (p < text_.size() && std::isdigit(static_cast<unsigned char>(text_[p]))) ++p;
    Tok kind = Tok::kInteger;
    if (p < text_.size() && text_[p] == '.' && p + 1 < text_.size() &&
        std::isdigit(static_cast<unsigned char>(text_[p + 1]))) {
      ++p;
      while (p < text_.size() && std::isdigit(static_cast<unsigned char>(text_[p]))) ++p;
      kind = Tok::kDecimal;
    } else if (p < text_.size() && text_[p] == '.' && p + 1 < text_.size() &&
               (text_[p + 1] == 'e' || text_[p + 1] == 'E')) {
      ++p;  // "1.e5"
      kind = Tok::kDecimal;
    }
    if (p < text_.size() && (text_[p] == 'e' || text_[p] == 'E')) {
      std::size_t q = p + 1;
      if (q < text_.size() && (text_[q] == '+' || text_[q] == '-')) ++q;
      if (q < text_.size() && std::isdigit(static_cast<unsigned char>(text_[q]))) {
        while (q < text_.size() && std::isdigit(static_cast<unsigned char>(text_[q]))) ++q;
        p = q;
        kind = Tok::kDouble;
      }
    }
    t.kind = kind;
    t.text = std::string(text_.substr(pos_, p - pos_));
    pos_ = p;
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::function<void(std::size_t, const std::string&)> fail_;
};

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

const std::set<std::string>& BuiltinNames() {
  static const std::set<std::string> kNames = {
      "STR",      "LANG",           "LANGMATCHES", "DATATYPE",  "BOUND",   "IRI",
      "URI",      "BNODE",          "RAND",        "ABS",       "CEIL",    "FLOOR",
      "ROUND",    "CONCAT",         "SUBSTR",      "STRLEN",    "REPLACE", "UCASE",
      "LCASE",    "ENCODE_FOR_URI", "CONTAINS",    "STRSTARTS", "STRENDS", "STRBEFORE",
      "STRAFTER", "YEAR",           "MONTH",       "DAY",       "HOURS",   "MINUTES",
      "SECONDS",  "TIMEZONE",       "TZ",          "NOW",       "UUID",    "STRUUID",
      "MD5",      "SHA1",           "SHA256",      "SHA384",    "SHA512",  "COALESCE",
      "IF",       "STRLANG",        "STRDT",       "SAMETERM",  "ISIRI",   "ISURI",
      "ISBLANK",  "ISLITERAL",      "ISNUMERIC",   "REGEX"};
  return kNames;
}

bool IsAggregateName(const std::string& upper) {
  return upper == "COUNT" || upper == "SUM" || upper == "MIN" || upper == "MAX" || upper == "AVG" ||
         upper == "SAMPLE" || upper == "GROUP_CONCAT";
}

PatternPtr MakePattern(PatternKind kind) {
  auto p = std::make_shared<Pattern>();
  p->kind = kind;
  return p;
}

PatternPtr Unit() { return MakePattern(PatternKind::kBgp); }

bool IsUnit(const PatternPtr& p) { return p->kind == PatternKind::kBgp && p->triples.empty(); }

PatternPtr Binary(PatternKind kind, PatternPtr left, PatternPtr right) {
  auto p = MakePattern(kind);
  p->left = std::move(left);
  p->right = std::move(right);
  return p;
}

PatternPtr JoinOf(PatternPtr left, PatternPtr right) {
  if (IsUnit(left)) return right;
  if (IsUnit(right)) return left;
  if (left->kind == PatternKind::kBgp && right->kind == PatternKind::kBgp) {
    auto merged = MakePattern(PatternKind::kBgp);
    merged->triples = left->triples;
    merged->triples.insert(merged->triples.end(), right->triples.begin(), right->triples.end());
    return merged;
  }
  return Binary(PatternKind::kJoin, std::move(left), std::move(right));
}

ExprPtr MakeExpr(ExprKind kind, std::vector<ExprPtr> args = {}) {
  auto e = std::make_shared<Expression>();
  e->kind = kind;
  e->args = std::move(args);
  return e;
}

void CollectExprVars(const Expression& e, std::vector<int>& out);

void CollectInScope(const Pattern& p, std::vector<int>& out) {
  auto add = [&](const TermOrVar& t) {
    if (t.IsVar() && std::find(out.begin(), out.end(), t.var) == out.end()) out.push_back(t.var);
  };
  switch (p.kind) {
    case PatternKind::kBgp:
      for (const TriplePattern& t : p.triples) {
        add(t.subject);
        add(t.predicate);
        add(t.object);
      }
      break;
    case PatternKind::kPath:
      add(p.path_subject);
      add(p.path_object);
      break;
    case PatternKind::kJoin:
    case PatternKind::kLeftJoin:
    case PatternKind::kUnion:
      CollectInScope(*p.left, out);
      CollectInScope(*p.right, out);
      break;
    case PatternKind::kMinus:
    case PatternKind::kFilter:
    case PatternKind::kOrderBy:
    case PatternKind::kDistinct:
    case PatternKind::kReduced:
    case PatternKind::kSlice:
      CollectInScope(*p.left, out);
      break;
    case PatternKind::kGraph:
      add(p.graph);
      CollectInScope(*p.left, out);
      break;
    case PatternKind::kService:
      CollectInScope(*p.left, out);
      break;
    case PatternKind::kExtend:
      CollectInScope(*p.left, out);
      add(TermOrVar{{}, p.var});
      break;
    case PatternKind::kGroup:
      for (int v : p.group_vars) {
        if (v >= 0) add(TermOrVar{{}, v});
      }
      for (const Aggregate& a : p.aggregates) add(TermOrVar{{}, a.var});
      break;
    case PatternKind::kProject:
      for (int v : p.vars) add(TermOrVar{{}, v});
      break;
    case PatternKind::kValues:
      for (int v : p.vars) add(TermOrVar{{}, v});
      break;
  }
}

void CollectExprVars(const Expression& e, std::vector<int>& out) {
  if (e.kind == ExprKind::kVariable && std::find(out.begin(), out.end(), e.var) == out.end()) {
    out.push_back(e.var);
  }
  for (const ExprPtr& a : e.args) CollectExprVars(*a, out);
}

bool ExprHasAggregate(const Expression& e, const std::set<int>& aggregate_vars) {
  if (e.kind == ExprKind::kVariable) return aggregate_vars.count(e.var) > 0;
  for (const ExprPtr& a : e.args) {
    if (ExprHasAggregate(*a, aggregate_vars)) return true;
  }
  return false;
}

// The parser proper.
class Parser {
 public:
  Parser(std::string_view text, std::string_view base) : text_(text), base_(base) {
    prefixes_[""];  // nothing predeclared; placeholder erased below
    prefixes_.clear();
  }

  ParsedQuery Parse() {
    Lexer lexer(text_);
    tokens_ = lexer.Run(
        [this](std::size_t offset, const std::string& message) { Fail(offset, message); });
    Prologue();
    const std::string word = Upper(Cur().text);
    if (Cur().kind == Tok::kWord) {
      static const std::set<std::string> kUpdate = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE",
                                                    "DROP",   "COPY",   "MOVE", "ADD",   "WITH"};
      if (kUpdate.count(word)) {
        throw UnsupportedQueryError(
            "SPARQL Update is not supported: the store changes only through `awardgraph load` "
            "and `awardgraph ingest`");
      }
    }
    if (IsWord("SELECT")) {
      query_.type = QueryType::kSelect;
      query_.pattern = SelectQuery(true);
    } else if (IsWord("CONSTRUCT")) {
      ConstructQuery();
    } else if (IsWord("DESCRIBE")) {
      DescribeQuery();
    } else if (IsWord("ASK")) {
      Advance();
      query_.type = QueryType::kAsk;
      DatasetClauses();
      if (IsWord("WHERE")) Advance();
      PatternPtr where = GroupGraphPattern();
      query_.pattern = SolutionModifiersAndValues(where, /*select=*/nullptr);
    } else {
      Unexpected("a query form (SELECT, CONSTRUCT, DESCRIBE, ASK)");
    }
    if (Cur().kind != Tok::kEnd) Unexpected("the end of the query");
    query_.uses_service = uses_service_;
    query_.base_iri = base_;
    return std::move(query_);
  }

 private:
  // ------------------------------------------------------------ tokens
  const Token& Cur() const { return tokens_[pos_]; }
  const Token& Ahead(std::size_t n) const {
    return tokens_[std::min(pos_ + n, tokens_.size() - 1)];
  }
  void Advance() {
    if (pos_ + 1 < tokens_.size()) ++pos_;
  }
  bool IsPunct(std::string_view p) const { return Cur().kind == Tok::kPunct && Cur().text == p; }
  bool IsWord(std::string_view w) const {
    return Cur().kind == Tok::kWord && Upper(Cur().text) == w;
  }
  bool AcceptPunct(std::string_view p) {
    if (!IsPunct(p)) return false;
    Advance();
    return true;
  }
  void ExpectPunct(std::string_view p) {
    if (!AcceptPunct(p)) Unexpected("'" + std::string(p) + "'");
  }
  void ExpectWord(std::string_view w) {
    if (!IsWord(w)) Unexpected(std::string(w));
    Advance();
  }

  [[noreturn]] void Fail(std::size_t offset, const std::string& message) const {
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset && i < text_.size(); ++i) {
      if (text_[i] == '\n') {
        ++line;
        line_start = i + 1;
      }
    }
    const int column = static_cast<int>(offset - line_start) + 1;
    std::size_t line_end = text_.find('\n', line_start);
    if (line_end == std::string_view::npos) line_end = text_.size();
    std::string line_text(text_.substr(line_start, line_end - line_start));
    if (!line_text.empty() && line_text.back() == '\r') line_text.pop_back();
    std::string full = "query syntax error at line " + std::to_string(line) + ", column " +
                       std::to_string(column) + ": " + message;
    if (line_text.find_first_not_of(" \t") != std::string::npos) {
      full += "\n  " + line_text + "\n  " + std::string(column - 1, ' ') + "^";
    }
    throw QuerySyntaxError(full, line, column);
  }

  std::string Describe(const Token& t) const {
    switch (t.kind) {
      case Tok::kEnd:
        return "end of query";
      case Tok::kIri:
        return "'<" + t.text + ">'";
      case Tok::kPname:
        return "'" + t.text + ":" + t.local + "'";
      case Tok::kVar:
        return "'?" + t.text + "'";
      case Tok::kString:
        return "string \"" + t.text + "\"";
      case Tok::kBlank:
        return "'_:" + t.text + "'";
      case Tok::kLangTag:
        return "'@" + t.text + "'";
      default:
        return "'" + t.text + "'";
    }
  }

  [[noreturn]] void Unexpected(const std::string& expected) const {
    Fail(Cur().offset, "unexpected " + Describe(Cur()) + ", expected " + expected);
  }

  // ------------------------------------------------------------ variables
  int Var(const std::string& name) {
    auto it = var_index_.find(name);
    if (it != var_index_.end()) return it->second;
    const int id = static_cast<int>(query_.variables.size());
    query_.variables.push_back(name);
    var_index_.emplace(name, id);
    return id;
  }
  int FreshVar(const std::string& stem) { return Var(stem + std::to_string(fresh_++)); }

  // ------------------------------------------------------------ prologue and IRIs
  void Prologue() {
    while (true) {
      if (IsWord("BASE")) {
        Advance();
        if (Cur().kind != Tok::kIri) Unexpected("an IRI after BASE");
        base_ = ResolveIri(base_, Cur().text);
        Advance();
      } else if (IsWord("PREFIX")) {
        Advance();
        if (Cur().kind != Tok::kPname || !Cur().local.empty()) {
          Unexpected("a prefix name ending in ':'");
        }
        const std::string prefix = Cur().text;
        Advance();
        if (Cur().kind != Tok::kIri) Unexpected("an IRI after PREFIX " + prefix + ":");
        prefixes_[prefix] = ResolveIri(base_, Cur().text);
        Advance();
      } else {
        return;
      }
    }
  }

  std::string Iri() {
    const Token& t = Cur();
    if (t.kind == Tok::kIri) {
      std::string iri = ResolveIri(base_, t.text);
      Advance();
      return iri;
    }
    if (t.kind == Tok::kPname) {
      auto it = prefixes_.find(t.text);
      if (it == prefixes_.end()) {
        Fail(t.offset, "unknown prefix '" + t.text + ":' in '" + t.text + ":" + t.local + "'");
      }
      std::string iri = it->second + t.local;
      Advance();
      return iri;
    }
    Unexpected("an IRI");
  }
  bool AtIri() const { return Cur().kind == Tok::kIri || Cur().kind == Tok::kPname; }

  // ------------------------------------------------------------ terms
  Term Literal() {
    const Token& t = Cur();
    switch (t.kind) {
      case Tok::kString: {
        std::string value = t.text;
        Advance();
        if (Cur().kind == Tok::kLangTag) {
          std::string lang = Cur().text;
          Advance();
          return Term::LangString(value, lang);
        }
        if (AcceptPunct("^^")) return Term::Typed(value, Iri());
        return Term::Literal(value);
      }
      case Tok::kInteger:
      case Tok::kDecimal:
      case Tok::kDouble:
        return Numeric("");
      case Tok::kWord: {
        const std::string w = Upper(t.text);
        if (w == "TRUE" || w == "FALSE") {
          Advance();
          return Term::Typed(w == "TRUE" ? "true" : "false", Xsd("boolean"));
        }
        break;
      }
      case Tok::kPunct:
        if ((t.text == "+" || t.text == "-") &&
            (Ahead(1).kind == Tok::kInteger || Ahead(1).kind == Tok::kDecimal ||
             Ahead(1).kind == Tok::kDouble) &&
            Ahead(1).offset == t.offset + 1) {
          const std::string sign = t.text;
          Advance();
          return Numeric(sign);
        }
        break;
      default:
        break;
    }
    Unexpected("a literal");
  }

  Term Numeric(const std::string& sign) {
    const Token& t = Cur();
    std::string text = (sign == "-" ? "-" : sign) + t.text;
    const char* type = t.kind == Tok::kInteger   ? "integer"
                       : t.kind == Tok::kDecimal ? "decimal"
                                                 : "double";
    Advance();
    return Term::Typed(text, Xsd(type));
  }

  bool AtLiteral() const {
    const Token& t = Cur();
    if (t.kind == Tok::kString || t.kind == Tok::kInteger || t.kind == Tok::kDecimal ||
        t.kind == Tok::kDouble) {
      return true;
    }
    if (t.kind == Tok::kWord) {
      const std::string w = Upper(t.text);
      return w == "TRUE" || w == "FALSE";
    }
    if (t.kind == Tok::kPunct && (t.text == "+" || t.text == "-")) {
      const Token& n = Ahead(1);
      return (n.kind == Tok::kInteger || n.kind == Tok::kDecimal || n.kind == Tok::kDouble) &&
             n.offset == t.offset + 1;
    }
    return false;
  }

  // A blank node in a WHERE pattern: a variable "_:label" (one per BGP).
  TermOrVar BlankNode(const std::string& label, std::size_t offset) {
    if (in_template_) return TermOrVar{Term::Blank(label), -1};
    auto it = bnode_block_.find(label);
    if (it != bnode_block_.end() && it->second != bgp_block_) {
      Fail(offset,
           "blank node label '_:" + label + "' is used in two different basic graph patterns");
    }
    bnode_block_[label] = bgp_block_;
    return TermOrVar{{}, Var("_:" + label)};
  }
  TermOrVar AnonNode() {
    if (in_template_) return TermOrVar{Term::Blank("anon" + std::to_string(fresh_++)), -1};
    return TermOrVar{{}, FreshVar("_:anon")};
  }

  // VarOrTerm (no collections / property lists).
  std::optional<TermOrVar> VarOrTermOpt() {
    const Token& t = Cur();
    if (t.kind == Tok::kVar) {
      const int v = Var(t.text);
      Advance();
      return TermOrVar{{}, v};
    }
    if (AtIri()) return TermOrVar{Term::Iri(Iri()), -1};
    if (t.kind == Tok::kBlank) {
      const std::size_t offset = t.offset;
      const std::string label = t.text;
      Advance();
      if (no_blank_nodes_) Fail(offset, "blank nodes are not allowed here");
      return BlankNode(label, offset);
    }
    if (AtLiteral()) return TermOrVar{Literal(), -1};
    if (IsPunct("[") && Ahead(1).kind == Tok::kPunct && Ahead(1).text == "]") {
      if (no_blank_nodes_) Fail(t.offset, "blank nodes are not allowed here");
      Advance();
      Advance();
      return AnonNode();
    }
    if (IsPunct("(") && Ahead(1).kind == Tok::kPunct && Ahead(1).text == ")") {
      Advance();
      Advance();
      return TermOrVar{Term::Iri(Rdf("nil")), -1};
    }
    return std::nullopt;
  }

  // ------------------------------------------------------------ triples
  // Appends triple patterns (and paths) to `out`; path patterns go to `paths`.
  struct TriplesOut {
    std::vector<TriplePattern> triples;
    std::vector<PatternPtr> paths;  // kPath patterns, in order
    std::vector<PatternPtr> order;  // BGP chunks and paths interleaved
    void AddTriple(TriplePattern t) {
      if (order.empty() || order.back()->kind != PatternKind::kBgp) {
        order.push_back(MakePattern(PatternKind::kBgp));
      }
      order.back()->triples.push_back(std::move(t));
    }
    void AddPath(PatternPtr p) { order.push_back(std::move(p)); }
  };

  // TriplesNode / TriplesNodePath: collections and [ property lists ].
  TermOrVar TriplesNode(TriplesOut& out, bool paths) {
    if (AcceptPunct("(")) {
      std::vector<TermOrVar> items;
      while (!IsPunct(")")) {
        if (Cur().kind == Tok::kEnd) Unexpected("')'");
        items.push_back(GraphNode(out, paths));
      }
      Advance();
      if (items.empty()) return TermOrVar{Term::Iri(Rdf("nil")), -1};
      TermOrVar head = AnonNode();
      TermOrVar node = head;
      for (std::size_t i = 0; i < items.size(); ++i) {
        out.AddTriple({node, TermOrVar{Term::Iri(Rdf("first")), -1}, items[i]});
        TermOrVar next = i + 1 < items.size() ? AnonNode() : TermOrVar{Term::Iri(Rdf("nil")), -1};
        out.AddTriple({node, TermOrVar{Term::Iri(Rdf("rest")), -1}, next});
        node = next;
      }
      return head;
    }
    const std::size_t offset = Cur().offset;
    ExpectPunct("[");
    if (no_blank_nodes_) Fail(offset, "blank nodes are not allowed here");
    TermOrVar node = AnonNode();
    PropertyListNotEmpty(node, out, paths);
    ExpectPunct("]");
    return node;
  }

  TermOrVar GraphNode(TriplesOut& out, bool paths) {
    if (auto t = VarOrTermOpt()) return *t;
    if (IsPunct("(") || IsPunct("[")) return TriplesNode(out, paths);
    Unexpected("a variable, term, collection or blank node");
  }

  void TriplesSameSubject(TriplesOut& out, bool paths) {
    if (auto subject = VarOrTermOpt()) {
      PropertyListNotEmpty(*subject, out, paths);
      return;
    }
    if (IsPunct("(") || IsPunct("[")) {
      const bool property_list = IsPunct("[");
      TermOrVar subject = TriplesNode(out, paths);
      // PropertyList is optional after a TriplesNode.
      if (!IsPunct(".") && !IsPunct("}") && Cur().kind != Tok::kEnd && !IsPunct("OPTIONAL") &&
          (AtVerb(paths))) {
        PropertyListNotEmpty(subject, out, paths);
      } else if (!property_list && false) {
      }
      return;
    }
    Unexpected("a triple pattern");
  }

  bool AtVerb(bool paths) const {
    const Token& t = Cur();
    if (t.kind == Tok::kVar || t.kind == Tok::kIri || t.kind == Tok::kPname) return true;
    if (t.kind == Tok::kWord && t.text == "a") return true;
    if (paths && t.kind == Tok::kPunct && (t.text == "^" || t.text == "!" || t.text == "(")) {
      return true;
    }
    return false;
  }

  void PropertyListNotEmpty(const TermOrVar& subject, TriplesOut& out, bool paths) {
    while (true) {
      // Verb: a variable, or a path (which may be a plain IRI or 'a').
      std::optional<TermOrVar> verb_var;
      PathPtr path;
      if (Cur().kind == Tok::kVar) {
        verb_var = TermOrVar{{}, Var(Cur().text)};
        Advance();
      } else if (paths) {
        path = Path();
      } else if (Cur().kind == Tok::kWord && Cur().text == "a") {
        Advance();
        verb_var = TermOrVar{Term::Iri(vocab::kRdfType), -1};
      } else if (AtIri()) {
        verb_var = TermOrVar{Term::Iri(Iri()), -1};
      } else {
        Unexpected("a verb (variable, IRI or 'a')");
      }
      // ObjectList.
      while (true) {
        TermOrVar object = GraphNode(out, paths);
        if (verb_var) {
          out.AddTriple({subject, *verb_var, object});
        } else {
          AddPathTriples(subject, path, object, out);
        }
        if (!AcceptPunct(",")) break;
      }
      if (!AcceptPunct(";")) return;
      while (AcceptPunct(";")) {
      }
      if (!AtVerb(paths)) return;
    }
  }

  // Translates a path (18.2.2.4): plain links become triples, sequences and
  // inverses of links are expanded, everything else is a Path pattern.
  void AddPathTriples(const TermOrVar& s, const PathPtr& path, const TermOrVar& o,
                      TriplesOut& out) {
    if (path->kind == PathKind::kLink) {
      out.AddTriple({s, TermOrVar{path->iri, -1}, o});
      return;
    }
    if (path->kind == PathKind::kInverse && path->children[0]->kind == PathKind::kLink) {
      out.AddTriple({o, TermOrVar{path->children[0]->iri, -1}, s});
      return;
    }
    if (path->kind == PathKind::kSequence) {
      TermOrVar middle{{}, FreshVar("_:path")};
      AddPathTriples(s, path->children[0], middle, out);
      AddPathTriples(middle, path->children[1], o, out);
      return;
    }
    auto p = MakePattern(PatternKind::kPath);
    p->path_subject = s;
    p->path = path;
    p->path_object = o;
    out.AddPath(p);
  }

  PathPtr MakePath(PathKind kind, std::vector<PathPtr> children) {
    auto p = std::make_shared<PathExpr>();
    p->kind = kind;
    p->children = std::move(children);
    return p;
  }

  PathPtr Path() {
    PathPtr left = PathSequence();
    while (AcceptPunct("|")) left = MakePath(PathKind::kAlternative, {left, PathSequence()});
    return left;
  }
  PathPtr PathSequence() {
    PathPtr left = PathEltOrInverse();
    while (AcceptPunct("/")) left = MakePath(PathKind::kSequence, {left, PathEltOrInverse()});
    return left;
  }
  PathPtr PathEltOrInverse() {
    if (AcceptPunct("^")) return MakePath(PathKind::kInverse, {PathElt()});
    return PathElt();
  }
  PathPtr PathElt() {
    PathPtr primary = PathPrimary();
    if (IsPunct("?") || IsPunct("*") || IsPunct("+")) {
      // '?' directly followed by a name is a variable token, never this.
      const std::string mod = Cur().text;
      Advance();
      return MakePath(mod == "?"   ? PathKind::kZeroOrOne
                      : mod == "*" ? PathKind::kZeroOrMore
                                   : PathKind::kOneOrMore,
                      {primary});
    }
    return primary;
  }
  PathPtr PathPrimary() {
    if (Cur().kind == Tok::kWord && Cur().text == "a") {
      Advance();
      auto p = MakePath(PathKind::kLink, {});
      p->iri = Term::Iri(vocab::kRdfType);
      return p;
    }
    if (AtIri()) {
      auto p = MakePath(PathKind::kLink, {});
      p->iri = Term::Iri(Iri());
      return p;
    }
    if (AcceptPunct("!")) {
      auto p = MakePath(PathKind::kNegatedSet, {});
      auto one = [&] {
        bool inverse = AcceptPunct("^");
        Term iri;
        if (Cur().kind == Tok::kWord && Cur().text == "a") {
          Advance();
          iri = Term::Iri(vocab::kRdfType);
        } else {
          iri = Term::Iri(Iri());
        }
        (inverse ? p->backward : p->forward).push_back(iri);
      };
      if (AcceptPunct("(")) {
        if (!IsPunct(")")) {
          one();
          while (AcceptPunct("|")) one();
        }
        ExpectPunct(")");
      } else {
        one();
      }
      return p;
    }
    if (AcceptPunct("(")) {
      PathPtr p = Path();
      ExpectPunct(")");
      return p;
    }
    Unexpected("a property path");
  }

  // ------------------------------------------------------------ group graph patterns
  PatternPtr GroupGraphPattern() {
    ExpectPunct("{");
    if (IsWord("SELECT")) {
      PatternPtr sub = SubSelect();
      ExpectPunct("}");
      return sub;
    }
    PatternPtr g = Unit();
    std::vector<ExprPtr> filters;
    ++bgp_block_;
    auto add_triples = [&](TriplesOut& out) {
      for (PatternPtr& chunk : out.order) g = JoinOf(g, chunk);
    };
    while (true) {
      if (IsPunct("}")) {
        Advance();
        break;
      }
      if (Cur().kind == Tok::kEnd) Unexpected("'}'");
      if (IsWord("OPTIONAL")) {
        Advance();
        ++bgp_block_;
        PatternPtr opt = GroupGraphPattern();
        ++bgp_block_;
        ExprPtr cond;
        if (opt->kind == PatternKind::kFilter && last_group_filtered_) {
          cond = opt->expr;
          opt = opt->left;
        }
        auto lj = Binary(PatternKind::kLeftJoin, g, opt);
        lj->expr = cond;
        g = lj;
      } else if (IsWord("MINUS")) {
        Advance();
        ++bgp_block_;
        PatternPtr m = GroupGraphPattern();
        ++bgp_block_;
        g = Binary(PatternKind::kMinus, g, m);
      } else if (IsWord("GRAPH")) {
        Advance();
        ++bgp_block_;
        auto node = MakePattern(PatternKind::kGraph);
        if (Cur().kind == Tok::kVar) {
          node->graph = TermOrVar{{}, Var(Cur().text)};
          Advance();
        } else {
          node->graph = TermOrVar{Term::Iri(Iri()), -1};
        }
        node->left = GroupGraphPattern();
        ++bgp_block_;
        g = JoinOf(g, node);
      } else if (IsWord("SERVICE")) {
        Advance();
        ++bgp_block_;
        auto node = MakePattern(PatternKind::kService);
        if (IsWord("SILENT")) {
          node->silent = true;
          Advance();
        }
        if (Cur().kind == Tok::kVar) {
          node->graph = TermOrVar{{}, Var(Cur().text)};
          Advance();
        } else {
          node->graph = TermOrVar{Term::Iri(Iri()), -1};
        }
        node->left = GroupGraphPattern();
        ++bgp_block_;
        uses_service_ = true;
        g = JoinOf(g, node);
      } else if (IsWord("FILTER")) {
        Advance();
        filters.push_back(Constraint());
      } else if (IsWord("BIND")) {
        Advance();
        ++bgp_block_;
        ExpectPunct("(");
        ExprPtr e = Expression();
        ExpectWord("AS");
        if (Cur().kind != Tok::kVar) Unexpected("a variable after AS");
        const std::size_t offset = Cur().offset;
        const int v = Var(Cur().text);
        Advance();
        ExpectPunct(")");
        std::vector<int> scope = InScopeVariables(*g);
        if (std::find(scope.begin(), scope.end(), v) != scope.end()) {
          Fail(offset, "BIND to ?" + query_.variables[v] + ", which is already in scope");
        }
        auto ext = MakePattern(PatternKind::kExtend);
        ext->left = g;
        ext->var = v;
        ext->expr = e;
        g = ext;
      } else if (IsWord("VALUES")) {
        Advance();
        ++bgp_block_;
        g = JoinOf(g, DataBlock());
      } else if (IsPunct("{")) {
        ++bgp_block_;
        PatternPtr first = GroupGraphPattern();
        while (IsWord("UNION")) {
          Advance();
          first = Binary(PatternKind::kUnion, first, GroupGraphPattern());
        }
        ++bgp_block_;
        g = JoinOf(g, first);
      } else {
        TriplesOut out;
        TriplesSameSubject(out, true);
        add_triples(out);
        // TriplesBlock: further triples after '.'.
        while (AcceptPunct(".")) {
          if (IsPunct("}") || IsPunct("{") || IsWord("OPTIONAL") || IsWord("MINUS") ||
              IsWord("GRAPH") || IsWord("SERVICE") || IsWord("FILTER") || IsWord("BIND") ||
              IsWord("VALUES") || IsPunct(".")) {
            break;
          }
          TriplesOut more;
          TriplesSameSubject(more, true);
          add_triples(more);
        }
        // Without a '.', triples may only be followed by a non-triples element.
        if (!IsPunct("}") && !IsPunct("{") && !IsWord("OPTIONAL") && !IsWord("MINUS") &&
            !IsWord("GRAPH") && !IsWord("SERVICE") && !IsWord("FILTER") && !IsWord("BIND") &&
            !IsWord("VALUES") && !IsPunct(".")) {
          Unexpected("'.' or '}' after a triple pattern");
        }
        continue;
      }
      AcceptPunct(".");
    }
    last_group_filtered_ = !filters.empty();
    if (!filters.empty()) {
      ExprPtr cond = filters[0];
      for (std::size_t i = 1; i < filters.size(); ++i) {
        cond = MakeExpr(ExprKind::kAnd, {cond, filters[i]});
      }
      auto f = MakePattern(PatternKind::kFilter);
      f->left = g;
      f->expr = cond;
      g = f;
    }
    return g;
  }

  PatternPtr DataBlock() {
    auto node = MakePattern(PatternKind::kValues);
    const bool single = Cur().kind == Tok::kVar;
    if (single) {
      node->vars.push_back(Var(Cur().text));
      Advance();
    } else {
      ExpectPunct("(");
      while (Cur().kind == Tok::kVar) {
        node->vars.push_back(Var(Cur().text));
        Advance();
      }
      ExpectPunct(")");
    }
    ExpectPunct("{");
    auto value = [&]() -> std::optional<Term> {
      if (IsWord("UNDEF")) {
        Advance();
        return std::nullopt;
      }
      if (AtIri()) return Term::Iri(Iri());
      if (AtLiteral()) return Literal();
      Unexpected("a value (IRI, literal or UNDEF)");
    };
    while (!AcceptPunct("}")) {
      std::vector<std::optional<Term>> row;
      if (single) {
        row.push_back(value());
      } else {
        const std::size_t offset = Cur().offset;
        ExpectPunct("(");
        while (!AcceptPunct(")")) row.push_back(value());
        if (row.size() != node->vars.size()) {
          Fail(offset, "this VALUES row has " + std::to_string(row.size()) + " values for " +
                           std::to_string(node->vars.size()) + " variables");
        }
      }
      node->values.push_back(std::move(row));
    }
    return node;
  }

  // ------------------------------------------------------------ SELECT and friends
  struct SelectItem {
    int var = -1;
    ExprPtr expr;  // null for a plain variable
    std::size_t offset = 0;
  };
  struct SelectClause {
    bool distinct = false;
    bool reduced = false;
    bool star = false;
    std::vector<SelectItem> items;
  };

  // Aggregates met while parsing the current SELECT level.
  struct AggregateScope {
    std::vector<Aggregate> aggregates;
    bool allowed = false;
    bool inside = false;
  };

  PatternPtr SubSelect() {
    AggregateScope saved = std::move(aggregates_);
    aggregates_ = AggregateScope();
    PatternPtr p = SelectQuery(false);
    aggregates_ = std::move(saved);
    return p;
  }

  PatternPtr SelectQuery(bool top) {
    ExpectWord("SELECT");
    SelectClause select;
    if (IsWord("DISTINCT")) {
      select.distinct = true;
      Advance();
    } else if (IsWord("REDUCED")) {
      select.reduced = true;
      Advance();
    }
    if (AcceptPunct("*")) {
      select.star = true;
    } else {
      while (true) {
        if (Cur().kind == Tok::kVar) {
          select.items.push_back({Var(Cur().text), nullptr, Cur().offset});
          Advance();
        } else if (IsPunct("(")) {
          Advance();
          aggregates_.allowed = true;
          ExprPtr e = Expression();
          aggregates_.allowed = false;
          ExpectWord("AS");
          if (Cur().kind != Tok::kVar) Unexpected("a variable after AS");
          SelectItem item{Var(Cur().text), e, Cur().offset};
          for (const SelectItem& other : select.items) {
            if (other.var == item.var) {
              Fail(item.offset, "?" + query_.variables[item.var] + " is projected twice");
            }
          }
          select.items.push_back(item);
          Advance();
          ExpectPunct(")");
        } else {
          break;
        }
      }
      if (select.items.empty()) Unexpected("'*', a variable or '(' expression AS ?var ')'");
    }
    if (top) DatasetClauses();
    if (IsWord("WHERE")) Advance();
    PatternPtr where = GroupGraphPattern();
    return top ? SolutionModifiersAndValues(where, &select) : SolutionModifiers(where, &select);
  }

  void ConstructQuery() {
    Advance();
    query_.type = QueryType::kConstruct;
    if (IsPunct("{")) {
      Advance();
      TriplesOut out;
      in_template_ = true;
      while (!IsPunct("}")) {
        TriplesSameSubject(out, false);
        if (!AcceptPunct(".")) break;
      }
      in_template_ = false;
      ExpectPunct("}");
      for (const PatternPtr& chunk : out.order) {
        query_.construct_template.insert(query_.construct_template.end(), chunk->triples.begin(),
                                         chunk->triples.end());
      }
      DatasetClauses();
      if (IsWord("WHERE")) Advance();
      PatternPtr where = GroupGraphPattern();
      query_.pattern = SolutionModifiersAndValues(where, nullptr);
      return;
    }
    // CONSTRUCT WHERE { TriplesTemplate }
    DatasetClauses();
    ExpectWord("WHERE");
    ExpectPunct("{");
    ++bgp_block_;
    TriplesOut out;
    while (!IsPunct("}")) {
      TriplesSameSubject(out, false);
      if (!AcceptPunct(".")) break;
    }
    ExpectPunct("}");
    PatternPtr where = Unit();
    for (const PatternPtr& chunk : out.order) {
      where = JoinOf(where, chunk);
      for (const TriplePattern& t : chunk->triples) {
        TriplePattern copy = t;
        for (TermOrVar* pos : {&copy.subject, &copy.predicate, &copy.object}) {
          if (pos->IsVar() && query_.variables[pos->var].rfind("_:", 0) == 0) {
            *pos = TermOrVar{Term::Blank(query_.variables[pos->var].substr(2)), -1};
          }
        }
        query_.construct_template.push_back(copy);
      }
    }
    query_.pattern = SolutionModifiersAndValues(where, nullptr);
  }

  void DescribeQuery() {
    Advance();
    query_.type = QueryType::kDescribe;
    if (AcceptPunct("*")) {
      query_.describe_all = true;
    } else {
      while (Cur().kind == Tok::kVar || AtIri()) {
        if (Cur().kind == Tok::kVar) {
          query_.describe_targets.push_back(TermOrVar{{}, Var(Cur().text)});
          Advance();
        } else {
          query_.describe_targets.push_back(TermOrVar{Term::Iri(Iri()), -1});
        }
      }
      if (query_.describe_targets.empty()) Unexpected("'*', a variable or an IRI");
    }
    DatasetClauses();
    PatternPtr where = Unit();
    if (IsWord("WHERE")) {
      Advance();
      where = GroupGraphPattern();
    } else if (IsPunct("{")) {
      where = GroupGraphPattern();
    }
    query_.pattern = SolutionModifiersAndValues(where, nullptr);
  }

  void DatasetClauses() {
    while (IsWord("FROM")) {
      Advance();
      query_.has_dataset = true;
      if (IsWord("NAMED")) {
        Advance();
        query_.from_named.push_back(Term::Iri(Iri()));
      } else {
        query_.from.push_back(Term::Iri(Iri()));
      }
    }
  }

  PatternPtr SolutionModifiersAndValues(PatternPtr where, SelectClause* select) {
    PatternPtr p = SolutionModifiers(where, select, /*top=*/true);
    return p;
  }

  // GROUP BY, HAVING, ORDER BY, LIMIT/OFFSET (and a trailing VALUES when
  // top) applied to `where` as in 18.2.4.
  PatternPtr SolutionModifiers(PatternPtr where, SelectClause* select, bool top = false) {
    std::vector<ExprPtr> group_exprs;
    std::vector<int> group_vars;
    bool has_group = false;
    if (IsWord("GROUP")) {
      Advance();
      ExpectWord("BY");
      has_group = true;
      while (true) {
        if (Cur().kind == Tok::kVar) {
          const int v = Var(Cur().text);
          Advance();
          auto e = MakeExpr(ExprKind::kVariable);
          e->var = v;
          group_exprs.push_back(e);
          group_vars.push_back(v);
        } else if (IsPunct("(")) {
          Advance();
          ExprPtr e = Expression();
          int v = -1;
          if (IsWord("AS")) {
            Advance();
            if (Cur().kind != Tok::kVar) Unexpected("a variable after AS");
            v = Var(Cur().text);
            Advance();
          }
          ExpectPunct(")");
          group_exprs.push_back(e);
          group_vars.push_back(v);
        } else if (AtIri() ||
                   (Cur().kind == Tok::kWord && BuiltinNames().count(Upper(Cur().text)))) {
          group_exprs.push_back(PrimaryExpression());
          group_vars.push_back(-1);
        } else {
          break;
        }
      }
      if (group_exprs.empty()) Unexpected("a GROUP BY condition");
    }
    std::vector<ExprPtr> having;
    if (IsWord("HAVING")) {
      Advance();
      aggregates_.allowed = true;
      while (IsPunct("(") || AtIri() ||
             (Cur().kind == Tok::kWord && BuiltinNames().count(Upper(Cur().text)))) {
        having.push_back(Constraint());
      }
      aggregates_.allowed = false;
      if (having.empty()) Unexpected("a HAVING condition");
    }
    std::vector<OrderKey> order;
    if (IsWord("ORDER")) {
      Advance();
      ExpectWord("BY");
      aggregates_.allowed = true;
      while (true) {
        if (IsWord("ASC") || IsWord("DESC")) {
          const bool desc = IsWord("DESC");
          Advance();
          if (!IsPunct("(")) Unexpected("'(' after ASC/DESC");
          order.push_back({BrackettedExpression(), desc});
        } else if (Cur().kind == Tok::kVar) {
          auto e = MakeExpr(ExprKind::kVariable);
          e->var = Var(Cur().text);
          Advance();
          order.push_back({e, false});
        } else if (IsPunct("(") || AtIri() ||
                   (Cur().kind == Tok::kWord &&
                    (BuiltinNames().count(Upper(Cur().text)) ||
                     IsAggregateName(Upper(Cur().text)) || IsWord("EXISTS") || IsWord("NOT")))) {
          order.push_back({Constraint(), false});
        } else {
          break;
        }
      }
      aggregates_.allowed = false;
      if (order.empty()) Unexpected("an ORDER BY condition");
    }
    long long limit = -1;
    long long offset = 0;
    for (int i = 0; i < 2; ++i) {
      if (IsWord("LIMIT")) {
        Advance();
        if (Cur().kind != Tok::kInteger) Unexpected("an integer after LIMIT");
        limit = std::stoll(Cur().text);
        Advance();
      } else if (IsWord("OFFSET")) {
        Advance();
        if (Cur().kind != Tok::kInteger) Unexpected("an integer after OFFSET");
        offset = std::stoll(Cur().text);
        Advance();
      }
    }
    PatternPtr values;
    if (IsWord("VALUES")) {
      Advance();
      values = DataBlock();
    }

    // ---- translation (18.2.4)
    std::set<int> aggregate_vars;
    for (const Aggregate& a : aggregates_.aggregates) aggregate_vars.insert(a.var);
    const bool aggregated = has_group || !aggregates_.aggregates.empty();
    PatternPtr p = where;
    if (aggregated) {
      if (select != nullptr && select->star) {
        Fail(tokens_[0].offset, "SELECT * is not allowed with GROUP BY or aggregates");
      }
      auto g = MakePattern(PatternKind::kGroup);
      g->left = p;
      g->group_exprs = group_exprs;
      g->group_vars = group_vars;
      g->aggregates = aggregates_.aggregates;
      p = g;
      // Projected variables must be grouped (or aggregates / earlier AS).
      if (select != nullptr) {
        std::set<int> visible(group_vars.begin(), group_vars.end());
        for (const SelectItem& item : select->items) {
          std::vector<int> used;
          if (item.expr) {
            CollectExprVars(*item.expr, used);
          } else {
            used.push_back(item.var);
          }
          for (int v : used) {
            if (!visible.count(v) && !aggregate_vars.count(v)) {
              Fail(item.offset,
                   "?" + query_.variables[v] +
                       " is neither grouped nor aggregated, so it cannot be projected");
            }
          }
          visible.insert(item.var);
        }
      }
    }
    for (const ExprPtr& h : having) {
      auto f = MakePattern(PatternKind::kFilter);
      f->left = p;
      f->expr = h;
      p = f;
    }
    if (values) p = JoinOf(p, values);
    std::vector<int> projection;
    if (select != nullptr) {
      std::vector<int> scope = InScopeVariables(*p);
      for (const SelectItem& item : select->items) {
        if (item.expr) {
          if (std::find(scope.begin(), scope.end(), item.var) != scope.end()) {
            Fail(item.offset, "?" + query_.variables[item.var] + " is already in scope");
          }
          auto ext = MakePattern(PatternKind::kExtend);
          ext->left = p;
          ext->var = item.var;
          ext->expr = item.expr;
          p = ext;
          scope.push_back(item.var);
        }
        projection.push_back(item.var);
      }
      if (select->star) {
        for (int v : InScopeVariables(*p)) {
          if (query_.variables[v].rfind("_:", 0) != 0 && query_.variables[v].rfind(".", 0) != 0) {
            projection.push_back(v);
          }
        }
      }
    }
    if (!order.empty()) {
      auto o = MakePattern(PatternKind::kOrderBy);
      o->left = p;
      o->order = order;
      p = o;
    }
    if (select != nullptr) {
      auto proj = MakePattern(PatternKind::kProject);
      proj->left = p;
      proj->vars = projection;
      p = proj;
      if (select->distinct || select->reduced) {
        auto d = MakePattern(select->distinct ? PatternKind::kDistinct : PatternKind::kReduced);
        d->left = p;
        p = d;
      }
      if (top) query_.projection = projection;
    }
    if (limit >= 0 || offset > 0) {
      auto s = MakePattern(PatternKind::kSlice);
      s->left = p;
      s->limit = limit;
      s->offset = offset;
      p = s;
    }
    return p;
  }

  // ------------------------------------------------------------ expressions
  ExprPtr Constraint() {
    if (IsPunct("(")) return BrackettedExpression();
    if (AtIri()) return IriOrFunction();
    if (Cur().kind == Tok::kWord) return BuiltInCall();
    Unexpected("a constraint ('(' expression ')' or a function call)");
  }

  ExprPtr BrackettedExpression() {
    ExpectPunct("(");
    ExprPtr e = Expression();
    ExpectPunct(")");
    return e;
  }

  ExprPtr Expression() {
    ExprPtr left = AndExpression();
    while (AcceptPunct("||")) left = MakeExpr(ExprKind::kOr, {left, AndExpression()});
    return left;
  }
  ExprPtr AndExpression() {
    ExprPtr left = RelationalExpression();
    while (AcceptPunct("&&")) left = MakeExpr(ExprKind::kAnd, {left, RelationalExpression()});
    return left;
  }
  ExprPtr RelationalExpression() {
    ExprPtr left = AdditiveExpression();
    static const std::pair<const char*, ExprKind> kOps[] = {
        {"=", ExprKind::kEqual},   {"!=", ExprKind::kNotEqual},  {"<", ExprKind::kLess},
        {">", ExprKind::kGreater}, {"<=", ExprKind::kLessEqual}, {">=", ExprKind::kGreaterEqual}};
    for (const auto& [op, kind] : kOps) {
      if (IsPunct(op)) {
        Advance();
        return MakeExpr(kind, {left, AdditiveExpression()});
      }
    }
    bool negated = false;
    if (IsWord("NOT") && Ahead(1).kind == Tok::kWord && Upper(Ahead(1).text) == "IN") {
      Advance();
      negated = true;
    }
    if (IsWord("IN")) {
      Advance();
      std::vector<ExprPtr> args{left};
      for (ExprPtr& e : ExpressionList()) args.push_back(e);
      return MakeExpr(negated ? ExprKind::kNotIn : ExprKind::kIn, std::move(args));
    }
    return left;
  }
  std::vector<ExprPtr> ExpressionList() {
    std::vector<ExprPtr> out;
    ExpectPunct("(");
    if (AcceptPunct(")")) return out;
    out.push_back(Expression());
    while (AcceptPunct(",")) out.push_back(Expression());
    ExpectPunct(")");
    return out;
  }
  ExprPtr AdditiveExpression() {
    ExprPtr left = MultiplicativeExpression();
    while (true) {
      if (IsPunct("+") || IsPunct("-")) {
        const bool plus = IsPunct("+");
        Advance();
        left = MakeExpr(plus ? ExprKind::kAdd : ExprKind::kSubtract,
                        {left, MultiplicativeExpression()});
      } else if ((Cur().kind == Tok::kInteger || Cur().kind == Tok::kDecimal ||
                  Cur().kind == Tok::kDouble) &&
                 false) {
      } else {
        return left;
      }
    }
  }
  ExprPtr MultiplicativeExpression() {
    ExprPtr left = UnaryExpression();
    while (IsPunct("*") || IsPunct("/")) {
      const bool times = IsPunct("*");
      Advance();
      left = MakeExpr(times ? ExprKind::kMultiply : ExprKind::kDivide, {left, UnaryExpression()});
    }
    return left;
  }
  ExprPtr UnaryExpression() {
    if (AcceptPunct("!")) return MakeExpr(ExprKind::kNot, {PrimaryExpression()});
    if (AcceptPunct("+")) return MakeExpr(ExprKind::kUnaryPlus, {PrimaryExpression()});
    if (AcceptPunct("-")) return MakeExpr(ExprKind::kUnaryMinus, {PrimaryExpression()});
    return PrimaryExpression();
  }
  ExprPtr Constant(Term t) {
    auto e = MakeExpr(ExprKind::kConstant);
    e->constant = std::move(t);
    return e;
  }
  ExprPtr PrimaryExpression() {
    if (IsPunct("(")) return BrackettedExpression();
    if (Cur().kind == Tok::kVar) {
      auto e = MakeExpr(ExprKind::kVariable);
      e->var = Var(Cur().text);
      Advance();
      return e;
    }
    if (AtIri()) return IriOrFunction();
    if (Cur().kind == Tok::kString || Cur().kind == Tok::kInteger || Cur().kind == Tok::kDecimal ||
        Cur().kind == Tok::kDouble) {
      return Constant(Literal());
    }
    if (Cur().kind == Tok::kWord) {
      const std::string w = Upper(Cur().text);
      if (w == "TRUE" || w == "FALSE") return Constant(Literal());
      return BuiltInCall();
    }
    Unexpected("an expression");
  }

  ExprPtr IriOrFunction() {
    std::string iri = Iri();
    if (IsPunct("(")) {
      auto e = MakeExpr(ExprKind::kFunction);
      e->name = iri;
      Advance();
      if (!AcceptPunct(")")) {
        if (IsWord("DISTINCT")) Advance();
        e->args.push_back(Expression());
        while (AcceptPunct(",")) e->args.push_back(Expression());
        ExpectPunct(")");
      }
      return e;
    }
    return Constant(Term::Iri(iri));
  }

  ExprPtr BuiltInCall() {
    const std::string name = Upper(Cur().text);
    const std::size_t offset = Cur().offset;
    if (IsAggregateName(name)) return AggregateCall();
    if (name == "EXISTS" || name == "NOT") {
      Advance();
      bool negated = false;
      if (name == "NOT") {
        ExpectWord("EXISTS");
        negated = true;
      }
      ++bgp_block_;
      auto e = MakeExpr(negated ? ExprKind::kNotExists : ExprKind::kExists);
      e->pattern = GroupGraphPattern();
      ++bgp_block_;
      return e;
    }
    if (!BuiltinNames().count(name)) Unexpected("an expression");
    Advance();
    auto e = MakeExpr(ExprKind::kBuiltin);
    e->name = name == "URI" ? "IRI" : name;
    if (name == "BNODE" || name == "RAND" || name == "NOW" || name == "UUID" || name == "STRUUID") {
      if (IsPunct("(") && Ahead(1).kind == Tok::kPunct && Ahead(1).text == ")") {
        Advance();
        Advance();
        return e;
      }
      if (name != "BNODE") Unexpected("'()'");
    }
    e->args = ExpressionList();
    static const std::map<std::string, std::pair<int, int>> kArity = {{"STR", {1, 1}},
                                                                      {"LANG", {1, 1}},
                                                                      {"LANGMATCHES", {2, 2}},
                                                                      {"DATATYPE", {1, 1}},
                                                                      {"BOUND", {1, 1}},
                                                                      {"IRI", {1, 1}},
                                                                      {"BNODE", {1, 1}},
                                                                      {"ABS", {1, 1}},
                                                                      {"CEIL", {1, 1}},
                                                                      {"FLOOR", {1, 1}},
                                                                      {"ROUND", {1, 1}},
                                                                      {"SUBSTR", {2, 3}},
                                                                      {"STRLEN", {1, 1}},
                                                                      {"REPLACE", {3, 4}},
                                                                      {"UCASE", {1, 1}},
                                                                      {"LCASE", {1, 1}},
                                                                      {"ENCODE_FOR_URI", {1, 1}},
                                                                      {"CONTAINS", {2, 2}},
                                                                      {"STRSTARTS", {2, 2}},
                                                                      {"STRENDS", {2, 2}},
                                                                      {"STRBEFORE", {2, 2}},
                                                                      {"STRAFTER", {2, 2}},
                                                                      {"YEAR", {1, 1}},
                                                                      {"MONTH", {1, 1}},
                                                                      {"DAY", {1, 1}},
                                                                      {"HOURS", {1, 1}},
                                                                      {"MINUTES", {1, 1}},
                                                                      {"SECONDS", {1, 1}},
                                                                      {"TIMEZONE", {1, 1}},
                                                                      {"TZ", {1, 1}},
                                                                      {"MD5", {1, 1}},
                                                                      {"SHA1", {1, 1}},
                                                                      {"SHA256", {1, 1}},
                                                                      {"SHA384", {1, 1}},
                                                                      {"SHA512", {1, 1}},
                                                                      {"IF", {3, 3}},
                                                                      {"STRLANG", {2, 2}},
                                                                      {"STRDT", {2, 2}},
                                                                      {"SAMETERM", {2, 2}},
                                                                      {"ISIRI", {1, 1}},
                                                                      {"ISURI", {1, 1}},
                                                                      {"ISBLANK", {1, 1}},
                                                                      {"ISLITERAL", {1, 1}},
                                                                      {"ISNUMERIC", {1, 1}},
                                                                      {"REGEX", {2, 3}}};
    if (auto it = kArity.find(name); it != kArity.end()) {
      const int n = static_cast<int>(e->args.size());
      if (n < it->second.first || n > it->second.second) {
        Fail(offset,
             name + " takes " + std::to_string(it->second.first) +
                 (it->second.second != it->second.first ? " to " + std::to_string(it->second.second)
                                                        : "") +
                 " arguments, not " + std::to_string(n));
      }
    }
    if (name == "BOUND" && e->args[0]->kind != ExprKind::kVariable) {
      Fail(offset, "BOUND takes a variable");
    }
    return e;
  }

  ExprPtr AggregateCall() {
    const std::size_t offset = Cur().offset;
    const std::string name = Upper(Cur().text);
    if (!aggregates_.allowed) {
      Fail(offset, "aggregate " + name + " is only allowed in SELECT, HAVING and ORDER BY");
    }
    if (aggregates_.inside) Fail(offset, "aggregates cannot be nested");
    Advance();
    Aggregate a;
    a.kind = name == "COUNT"    ? AggregateKind::kCount
             : name == "SUM"    ? AggregateKind::kSum
             : name == "MIN"    ? AggregateKind::kMin
             : name == "MAX"    ? AggregateKind::kMax
             : name == "AVG"    ? AggregateKind::kAvg
             : name == "SAMPLE" ? AggregateKind::kSample
                                : AggregateKind::kGroupConcat;
    ExpectPunct("(");
    if (IsWord("DISTINCT")) {
      a.distinct = true;
      Advance();
    }
    aggregates_.inside = true;
    if (a.kind == AggregateKind::kCount && AcceptPunct("*")) {
      a.expr = nullptr;
    } else {
      a.expr = Expression();
    }
    aggregates_.inside = false;
    if (a.kind == AggregateKind::kGroupConcat && AcceptPunct(";")) {
      ExpectWord("SEPARATOR");
      ExpectPunct("=");
      if (Cur().kind != Tok::kString) Unexpected("a string after SEPARATOR =");
      a.separator = Cur().text;
      Advance();
    }
    ExpectPunct(")");
    a.var = Var("." + std::to_string(fresh_++));
    aggregates_.aggregates.push_back(a);
    auto e = MakeExpr(ExprKind::kVariable);
    e->var = a.var;
    return e;
  }

  std::string_view text_;
  std::string base_;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
  std::map<std::string, std::string> prefixes_;
  std::unordered_map<std::string, int> var_index_;
  ParsedQuery query_;
  int fresh_ = 0;
  int bgp_block_ = 0;
  std::map<std::string, int> bnode_block_;
  bool in_template_ = false;
  bool no_blank_nodes_ = false;
  bool uses_service_ = false;
  // Whether the group GroupGraphPattern() just parsed had FILTERs of its own.
  bool last_group_filtered_ = false;
  AggregateScope aggregates_;
};

// --- RFC 3986 reference resolution.
struct IriParts {
  std::string scheme;
  bool has_authority = false;
  std::string authority;
  std::string path;
  bool has_query = false;
  std::string query;
  bool has_fragment = false;
  std::string fragment;
};

IriParts SplitIri(std::string_view s) {
  IriParts parts;
  std::size_t i = 0;
  const std::size_t colon = s.find(':');
  if (colon != std::string_view::npos && colon > 0 &&
      std::isalpha(static_cast<unsigned char>(s[0]))) {
    bool ok = true;
    for (std::size_t k = 0; k < colon; ++k) {
      const char c = s[k];
      if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') {
        ok = false;
        break;
      }
    }
    if (ok) {
      parts.scheme = std::string(s.substr(0, colon));
      i = colon + 1;
    }
  }
  if (s.substr(i, 2) == "//") {
    parts.has_authority = true;
    const std::size_t end = s.find_first_of("/?#", i + 2);
    parts.authority =
        std::string(s.substr(i + 2, end == std::string_view::npos ? end : end - i - 2));
    i = end == std::string_view::npos ? s.size() : end;
  }
  std::size_t end = s.find_first_of("?#", i);
  parts.path = std::string(s.substr(i, end == std::string_view::npos ? end : end - i));
  i = end == std::string_view::npos ? s.size() : end;
  if (i < s.size() && s[i] == '?') {
    parts.has_query = true;
    end = s.find('#', i);
    parts.query = std::string(s.substr(i + 1, end == std::string_view::npos ? end : end - i - 1));
    i = end == std::string_view::npos ? s.size() : end;
  }
  if (i < s.size() && s[i] == '#') {
    parts.has_fragment = true;
    parts.fragment = std::string(s.substr(i + 1));
  }
  return parts;
}

std::string RemoveDotSegments(std::string input) {
  std::string output;
  while (!input.empty()) {
    if (input.rfind("../", 0) == 0) {
      input.erase(0, 3);
    } else if (input.rfind("./", 0) == 0) {
      input.erase(0, 2);
    } else if (input.rfind("/./", 0) == 0) {
      input.erase(0, 2);
    } else if (input == "/.") {
      input = "/";
    } else if (input.rfind("/../", 0) == 0 || input == "/..") {
      input = input == "/.." ? "/" : input.substr(3);
      const std::size_t slash = output.rfind('/');
      output.erase(slash == std::string::npos ? 0 : slash);
    } else if (input == "." || input == "..") {
      input.clear();
    } else {
      std::size_t next = input.find('/', input[0] == '/' ? 1 : 0);
      if (next == std::string::npos) next = input.size();
      output += input.substr(0, next);
      input.erase(0, next);
    }
  }
  return output;
}

}  // namespace

std::string ResolveIri(std::string_view base, std::string_view reference) {
  if (base.empty()) return std::string(reference);
  IriParts r = SplitIri(reference);
  if (!r.scheme.empty()) return std::string(reference);
  IriParts b = SplitIri(base);
  IriParts t;
  t.scheme = b.scheme;
  if (r.has_authority) {
    t.has_authority = true;
    t.authority = r.authority;
    t.path = RemoveDotSegments(r.path);
    t.has_query = r.has_query;
    t.query = r.query;
  } else {
    t.has_authority = b.has_authority;
    t.authority = b.authority;
    if (r.path.empty()) {
      t.path = b.path;
      t.has_query = r.has_query || b.has_query;
      t.query = r.has_query ? r.query : b.query;
    } else {
      if (r.path[0] == '/') {
        t.path = RemoveDotSegments(r.path);
      } else {
        std::string merged;
        if (b.has_authority && b.path.empty()) {
          merged = "/" + r.path;
        } else {
          const std::size_t slash = b.path.rfind('/');
          merged = (slash == std::string::npos ? "" : b.path.substr(0, slash + 1)) + r.path;
        }
        t.path = RemoveDotSegments(merged);
      }
      t.has_query = r.has_query;
      t.query = r.query;
    }
  }
  std::string out = t.scheme + ":";
  if (t.has_authority) out += "//" + t.authority;
  out += t.path;
  if (t.has_query) out += "?" + t.query;
  if (r.has_fragment) out += "#" + r.fragment;
  return out;
}

std::vector<int> InScopeVariables(const Pattern& pattern) {
  std::vector<int> out;
  CollectInScope(pattern, out);
  return out;
}

ParsedQuery ParseQuery(std::string_view text, std::string_view base_iri) {
  Parser parser(text, base_iri);
  return parser.Parse();
}

}  // namespace awardgraph::query::sparql
