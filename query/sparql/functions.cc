// functions.cc — SPARQL value semantics and the pure function library.
#include "query/sparql/functions.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <nettle/md5.h>
#include <nettle/sha1.h>
#include <nettle/sha2.h>
#include <pcre2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <set>

#include "ontology/vocabulary.h"

namespace awardgraph::query::sparql {

std::string XsdIri(std::string_view local) {
  return std::string(vocab::kXsdNs) + std::string(local);
}

namespace {

const std::string& XsdNs() {
  static const std::string ns(vocab::kXsdNs);
  return ns;
}

// The xsd local name of `datatype`, or "" for another namespace.
std::string_view XsdLocal(const std::string& datatype) {
  if (datatype.size() > XsdNs().size() && datatype.compare(0, XsdNs().size(), XsdNs()) == 0) {
    return std::string_view(datatype).substr(XsdNs().size());
  }
  return {};
}

bool IsIntegerType(std::string_view local) {
  static const std::set<std::string_view> kTypes = {"integer",
                                                    "nonPositiveInteger",
                                                    "negativeInteger",
                                                    "long",
                                                    "int",
                                                    "short",
                                                    "byte",
                                                    "nonNegativeInteger",
                                                    "unsignedLong",
                                                    "unsignedInt",
                                                    "unsignedShort",
                                                    "unsignedByte",
                                                    "positiveInteger"};
  return kTypes.count(local) > 0;
}

enum class NumType { kInteger = 0, kDecimal = 1, kFloat = 2, kDouble = 3 };

struct Num {
  NumType type = NumType::kInteger;
  long long i = 0;    // kInteger
  long double v = 0;  // every type (integers too)
};

bool ValidInteger(std::string_view s) {
  std::size_t k = 0;
  if (k < s.size() && (s[k] == '+' || s[k] == '-')) ++k;
  if (k == s.size()) return false;
  for (; k < s.size(); ++k) {
    if (!std::isdigit(static_cast<unsigned char>(s[k]))) return false;
  }
  return true;
}

bool ValidDecimal(std::string_view s) {
  std::size_t k = 0;
  if (k < s.size() && (s[k] == '+' || s[k] == '-')) ++k;
  bool digits = false;
  bool dot = false;
  for (; k < s.size(); ++k) {
    if (std::isdigit(static_cast<unsigned char>(s[k]))) {
      digits = true;
    } else if (s[k] == '.' && !dot) {
      dot = true;
    } else {
      return false;
    }
  }
  return digits;
}

bool ValidDouble(std::string_view s) {
  if (s == "INF" || s == "-INF" || s == "+INF" || s == "NaN") return true;
  const std::size_t e = s.find_first_of("eE");
  if (e == std::string_view::npos) return ValidDecimal(s);
  return ValidDecimal(s.substr(0, e)) && ValidInteger(s.substr(e + 1));
}

long double ParseDouble(std::string_view s) {
  if (s == "INF" || s == "+INF") return std::numeric_limits<long double>::infinity();
  if (s == "-INF") return -std::numeric_limits<long double>::infinity();
  if (s == "NaN") return std::numeric_limits<long double>::quiet_NaN();
  return std::strtold(std::string(s).c_str(), nullptr);
}

std::optional<Num> ParseNum(const Term& t) {
  if (!t.IsLiteral() || !t.language.empty()) return std::nullopt;
  const std::string_view local = XsdLocal(t.datatype);
  if (local.empty()) return std::nullopt;
  Num n;
  if (IsIntegerType(local)) {
    if (!ValidInteger(t.value)) return std::nullopt;
    errno = 0;
    n.type = NumType::kInteger;
    n.i = std::strtoll(t.value.c_str(), nullptr, 10);
    if (errno == ERANGE) {
      n.type = NumType::kDecimal;
      n.v = std::strtold(t.value.c_str(), nullptr);
      return n;
    }
    n.v = static_cast<long double>(n.i);
    return n;
  }
  if (local == "decimal") {
    if (!ValidDecimal(t.value)) return std::nullopt;
    n.type = NumType::kDecimal;
    n.v = std::strtold(t.value.c_str(), nullptr);
    return n;
  }
  if (local == "double" || local == "float") {
    if (!ValidDouble(t.value)) return std::nullopt;
    n.type = local == "double" ? NumType::kDouble : NumType::kFloat;
    n.v = ParseDouble(t.value);
    if (n.type == NumType::kFloat) n.v = static_cast<float>(n.v);
    return n;
  }
  return std::nullopt;
}

std::string FormatDecimal(long double v) {
  if (std::isnan(v) || std::isinf(v)) return "0";
  char buf[128];
  std::snprintf(buf, sizeof buf, "%.18Lf", v);
  std::string s(buf);
  // Keep up to 18 significant digits: round off binary noise.
  std::size_t dot = s.find('.');
  if (dot != std::string::npos) {
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (s.back() == '.') s += '0';
  }
  // Trim long tails of 9s/0s from binary representation (e.g. 0.30000000000000000001).
  if (s.size() > 20) {
    std::snprintf(buf, sizeof buf, "%.15Lf", v);
    s = buf;
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (s.back() == '.') s += '0';
  }
  if (s == "-0.0") s = "0.0";
  return s;
}

std::string FormatDouble(long double v, bool is_float) {
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "INF" : "-INF";
  if (v == 0) return std::signbit(v) ? "-0.0E0" : "0.0E0";
  const double d = static_cast<double>(v);
  char buf[64];
  for (int precision = 1; precision <= 17; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*E", precision - 1, d);
    if (is_float ? static_cast<float>(std::strtod(buf, nullptr)) == static_cast<float>(d)
                 : std::strtod(buf, nullptr) == d) {
      break;
    }
  }
  std::string s(buf);
  const std::size_t e = s.find('E');
  std::string mantissa = s.substr(0, e);
  int exponent = std::atoi(s.c_str() + e + 1);
  if (mantissa.find('.') == std::string::npos) mantissa += ".0";
  while (mantissa.size() > 3 && mantissa.back() == '0' && mantissa[mantissa.size() - 2] != '.') {
    mantissa.pop_back();
  }
  return mantissa + "E" + std::to_string(exponent);
}

Term NumTerm(const Num& n) {
  switch (n.type) {
    case NumType::kInteger:
      return Term::Typed(std::to_string(n.i), XsdIri("integer"));
    case NumType::kDecimal:
      return Term::Typed(FormatDecimal(n.v), XsdIri("decimal"));
    case NumType::kFloat:
      return Term::Typed(FormatDouble(n.v, true), XsdIri("float"));
    case NumType::kDouble:
      return Term::Typed(FormatDouble(n.v, false), XsdIri("double"));
  }
  return Term();
}

Num MakeNum(NumType type, long double v) {
  Num n;
  n.type = type;
  n.v = type == NumType::kFloat ? static_cast<float>(v) : v;
  if (type == NumType::kInteger) n.i = static_cast<long long>(v);
  return n;
}

bool IsSimpleString(const Term& t) {
  return t.IsLiteral() && t.language.empty() &&
         (t.datatype.empty() || t.datatype == XsdIri("string"));
}
bool IsStringLiteral(const Term& t) {
  return IsSimpleString(t) || (t.IsLiteral() && !t.language.empty());
}

bool IsBoolean(const Term& t) { return t.IsLiteral() && t.datatype == XsdIri("boolean"); }
std::optional<bool> ParseBool(const Term& t) {
  if (!IsBoolean(t)) return std::nullopt;
  if (t.value == "true" || t.value == "1") return true;
  if (t.value == "false" || t.value == "0") return false;
  return std::nullopt;
}

// ---- dates
struct DateTime {
  long long year = 0;
  int month = 1, day = 1, hour = 0, minute = 0;
  long double second = 0;
  bool has_tz = false;
  int tz_minutes = 0;
  bool has_time = true;
};

bool Digits(std::string_view s, std::size_t at, std::size_t n) {
  if (at + n > s.size()) return false;
  for (std::size_t k = at; k < at + n; ++k) {
    if (!std::isdigit(static_cast<unsigned char>(s[k]))) return false;
  }
  return true;
}

std::optional<DateTime> ParseDateTime(std::string_view s, bool with_time) {
  DateTime d;
  d.has_time = with_time;
  std::size_t k = 0;
  bool negative = false;
  if (k < s.size() && s[k] == '-') {
    negative = true;
    ++k;
  }
  std::size_t year_end = k;
  while (year_end < s.size() && std::isdigit(static_cast<unsigned char>(s[year_end]))) ++year_end;
  if (year_end - k < 4) return std::nullopt;
  d.year = std::stoll(std::string(s.substr(k, year_end - k))) * (negative ? -1 : 1);
  k = year_end;
  if (k >= s.size() || s[k] != '-' || !Digits(s, k + 1, 2)) return std::nullopt;
  d.month = std::stoi(std::string(s.substr(k + 1, 2)));
  k += 3;
  if (k >= s.size() || s[k] != '-' || !Digits(s, k + 1, 2)) return std::nullopt;
  d.day = std::stoi(std::string(s.substr(k + 1, 2)));
  k += 3;
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return std::nullopt;
  if (with_time) {
    if (k >= s.size() || s[k] != 'T' || !Digits(s, k + 1, 2) || s.size() < k + 9 ||
        s[k + 3] != ':' || !Digits(s, k + 4, 2) || s[k + 6] != ':' || !Digits(s, k + 7, 2)) {
      return std::nullopt;
    }
    d.hour = std::stoi(std::string(s.substr(k + 1, 2)));
    d.minute = std::stoi(std::string(s.substr(k + 4, 2)));
    std::size_t sec_end = k + 9;
    if (sec_end < s.size() && s[sec_end] == '.') {
      ++sec_end;
      while (sec_end < s.size() && std::isdigit(static_cast<unsigned char>(s[sec_end]))) ++sec_end;
    }
    d.second = std::strtold(std::string(s.substr(k + 7, sec_end - k - 7)).c_str(), nullptr);
    k = sec_end;
    if (d.hour > 24 || d.minute > 59 || d.second >= 61) return std::nullopt;
  }
  if (k < s.size()) {
    if (s[k] == 'Z' && k + 1 == s.size()) {
      d.has_tz = true;
    } else if ((s[k] == '+' || s[k] == '-') && k + 6 == s.size() && Digits(s, k + 1, 2) &&
               s[k + 3] == ':' && Digits(s, k + 4, 2)) {
      d.has_tz = true;
      d.tz_minutes = (std::stoi(std::string(s.substr(k + 1, 2))) * 60 +
                      std::stoi(std::string(s.substr(k + 4, 2)))) *
                     (s[k] == '-' ? -1 : 1);
    } else {
      return std::nullopt;
    }
  }
  return d;
}

std::optional<DateTime> TermDateTime(const Term& t) {
  if (!t.IsLiteral()) return std::nullopt;
  if (t.datatype == XsdIri("dateTime")) return ParseDateTime(t.value, true);
  if (t.datatype == XsdIri("date")) return ParseDateTime(t.value, false);
  return std::nullopt;
}

long long DaysFromCivil(long long y, int m, int d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const long long yoe = y - era * 400;
  const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

long double Seconds(const DateTime& d) {
  return static_cast<long double>(DaysFromCivil(d.year, d.month, d.day)) * 86400 + d.hour * 3600 +
         d.minute * 60 + d.second - d.tz_minutes * 60;
}

// XSD order of two dates: a value without a timezone may be anything from
// 14 hours before to 14 hours after UTC, so near another value it is
// indeterminate (nullopt).
std::optional<int> CompareDates(const DateTime& a, const DateTime& b) {
  const long double x = Seconds(a);
  const long double y = Seconds(b);
  if (a.has_tz == b.has_tz) return x < y ? -1 : x > y ? 1 : 0;
  const long double window = 14 * 3600;
  if (x + window < y) return -1;
  if (x > y + window) return 1;
  return std::nullopt;
}

// ---- UTF-8
std::vector<std::string_view> CodePoints(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t k = 0; k < s.size();) {
    const unsigned char c = s[k];
    std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    n = std::min(n, s.size() - k);
    out.push_back(s.substr(k, n));
    k += n;
  }
  return out;
}

Term LikeArg(const Term& arg, std::string value) {
  Term t = arg;
  t.value = std::move(value);
  return t;
}

// Argument compatibility for the two-string functions (17.4.3.1.2).
bool Compatible(const Term& a, const Term& b) {
  if (!IsStringLiteral(a) || !IsStringLiteral(b)) return false;
  if (b.language.empty()) return true;
  return a.language == b.language;
}

std::string CaseMap(std::string_view s, bool upper) {
  std::string out;
  for (std::size_t k = 0; k < s.size();) {
    const unsigned char c = s[k];
    if (c < 0x80) {
      out += static_cast<char>(upper ? std::toupper(c) : std::tolower(c));
      ++k;
      continue;
    }
    // Latin-1 supplement letters (U+00C0-U+00FE): C3 80..C3 BE.
    if (c == 0xC3 && k + 1 < s.size()) {
      unsigned char d = s[k + 1];
      const unsigned cp = 0xC0 + (d - 0x80);
      if (upper && cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) d -= 0x20;
      if (!upper && cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) d += 0x20;
      out += static_cast<char>(c);
      out += static_cast<char>(d);
      k += 2;
      continue;
    }
    out += static_cast<char>(c);
    ++k;
  }
  return out;
}

// The lower-case hex digest of `text` with nettle's `Hash` (md5, sha1, ...).
template <typename Ctx, void (*Init)(Ctx*), void (*Update)(Ctx*, size_t, const uint8_t*),
          void (*Digest)(Ctx*, size_t, uint8_t*), size_t kSize>
std::string HexDigest(const std::string& text) {
  Ctx ctx;
  Init(&ctx);
  Update(&ctx, text.size(), reinterpret_cast<const uint8_t*>(text.data()));
  uint8_t digest[kSize];
  Digest(&ctx, kSize, digest);
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (uint8_t b : digest) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

std::optional<std::string> Hash(const std::string& name, const std::string& text) {
  if (name == "MD5") {
    return HexDigest<md5_ctx, md5_init, md5_update, md5_digest, MD5_DIGEST_SIZE>(text);
  }
  if (name == "SHA1") {
    return HexDigest<sha1_ctx, sha1_init, sha1_update, sha1_digest, SHA1_DIGEST_SIZE>(text);
  }
  if (name == "SHA256") {
    return HexDigest<sha256_ctx, sha256_init, sha256_update, sha256_digest, SHA256_DIGEST_SIZE>(
        text);
  }
  if (name == "SHA384") {
    return HexDigest<sha384_ctx, sha384_init, sha384_update, sha384_digest, SHA384_DIGEST_SIZE>(
        text);
  }
  if (name == "SHA512") {
    return HexDigest<sha512_ctx, sha512_init, sha512_update, sha512_digest, SHA512_DIGEST_SIZE>(
        text);
  }
  return std::nullopt;
}

// A compiled regular expression (PCRE2, UTF mode).
class Regex {
 public:
  Regex(const std::string& pattern, const std::string& flags) {
    uint32_t options = PCRE2_UTF;
    std::string p = pattern;
    for (char f : flags) {
      switch (f) {
        case 'i':
          options |= PCRE2_CASELESS;
          break;
        case 'm':
          options |= PCRE2_MULTILINE;
          break;
        case 's':
          options |= PCRE2_DOTALL;
          break;
        case 'x':
          options |= PCRE2_EXTENDED;
          break;
        case 'q':
          options |= PCRE2_LITERAL;
          break;
        default:
          return;  // invalid flag: error
      }
    }
    int error = 0;
    PCRE2_SIZE offset = 0;
    code_ = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(p.data()), p.size(), options, &error,
                          &offset, nullptr);
  }
  ~Regex() {
    if (code_ != nullptr) pcre2_code_free(code_);
  }
  Regex(const Regex&) = delete;
  Regex& operator=(const Regex&) = delete;
  bool Ok() const { return code_ != nullptr; }

  std::optional<bool> Matches(const std::string& text) const {
    pcre2_match_data* data = pcre2_match_data_create_from_pattern(code_, nullptr);
    const int rc = pcre2_match(code_, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0, 0,
                               data, nullptr);
    pcre2_match_data_free(data);
    if (rc == PCRE2_ERROR_NOMATCH) return false;
    if (rc < 0) return std::nullopt;
    return true;
  }

  std::optional<std::string> Replace(const std::string& text,
                                     const std::string& replacement) const {
    // XPath replacement: $N groups, \$ and \\ escapes. PCRE2's extended
    // substitution uses $N as well, and \ escapes with EXTENDED.
    std::string repl;
    for (std::size_t k = 0; k < replacement.size(); ++k) {
      const char c = replacement[k];
      if (c == '\\') {
        if (k + 1 < replacement.size() &&
            (replacement[k + 1] == '$' || replacement[k + 1] == '\\')) {
          if (replacement[k + 1] == '$') {
            repl += "$$";
          } else {
            repl += "\\";
          }
          ++k;
          continue;
        }
        return std::nullopt;
      }
      if (c == '$' && (k + 1 >= replacement.size() ||
                       !std::isdigit(static_cast<unsigned char>(replacement[k + 1])))) {
        return std::nullopt;
      }
      repl += c;
    }
    // An empty match for the whole pattern is an error in XPath.
    if (Matches("").value_or(false)) return std::nullopt;
    std::string out(text.size() * 2 + repl.size() * 4 + 64, '\0');
    PCRE2_SIZE out_length = out.size();
    int rc = pcre2_substitute(
        code_, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0,
        PCRE2_SUBSTITUTE_GLOBAL | PCRE2_SUBSTITUTE_OVERFLOW_LENGTH | PCRE2_SUBSTITUTE_UNSET_EMPTY,
        nullptr, nullptr, reinterpret_cast<PCRE2_SPTR>(repl.data()), repl.size(),
        reinterpret_cast<PCRE2_UCHAR*>(out.data()), &out_length);
    if (rc == PCRE2_ERROR_NOMEMORY) {
      out.assign(out_length + 1, '\0');
      rc = pcre2_substitute(code_, reinterpret_cast<PCRE2_SPTR>(text.data()), text.size(), 0,
                            PCRE2_SUBSTITUTE_GLOBAL | PCRE2_SUBSTITUTE_UNSET_EMPTY, nullptr,
                            nullptr, reinterpret_cast<PCRE2_SPTR>(repl.data()), repl.size(),
                            reinterpret_cast<PCRE2_UCHAR*>(out.data()), &out_length);
    }
    if (rc < 0) return std::nullopt;
    out.resize(out_length);
    return out;
  }

 private:
  pcre2_code* code_ = nullptr;
};

// The XPath string of a number (fn:string): integers and integral
// decimals without a point, doubles in plain notation between 1e-6 and 1e6.
std::string NumberToString(const Num& n) {
  if (n.type == NumType::kInteger) return std::to_string(n.i);
  if (n.type == NumType::kDecimal) {
    std::string s = FormatDecimal(n.v);
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
  }
  if (std::isnan(n.v) || std::isinf(n.v)) return FormatDouble(n.v, n.type == NumType::kFloat);
  const long double mag = std::fabs(n.v);
  if (n.v == 0 || (mag >= 1e-6L && mag < 1e6L)) {
    char buf[64];
    for (int precision = 1; precision <= 17; ++precision) {
      std::snprintf(buf, sizeof buf, "%.*g", precision, static_cast<double>(n.v));
      const double back = std::strtod(buf, nullptr);
      if (n.type == NumType::kFloat ? static_cast<float>(back) == static_cast<float>(n.v)
                                    : back == static_cast<double>(n.v)) {
        break;
      }
    }
    std::string s(buf);
    if (s.find('e') != std::string::npos) {
      std::snprintf(buf, sizeof buf, "%.6Lf", n.v);
      s = buf;
      while (s.back() == '0') s.pop_back();
      if (s.back() == '.') s.pop_back();
    }
    return s == "-0" ? "0" : s;
  }
  return FormatDouble(n.v, n.type == NumType::kFloat);
}

std::optional<Term> CastTo(std::string_view local, const Term& a) {
  if (a.IsBlank()) return std::nullopt;
  if (local == "string") {
    if (a.IsIri()) return Term::Literal(a.value);
    if (!a.language.empty()) return std::nullopt;
    if (const std::optional<Num> n = ParseNum(a)) return Term::Literal(NumberToString(*n));
    if (const std::optional<bool> b = ParseBool(a)) return Term::Literal(*b ? "true" : "false");
    return Term::Literal(a.value);
  }
  if (!a.IsLiteral() || !a.language.empty()) return std::nullopt;
  const std::optional<Num> n = ParseNum(a);
  const std::optional<bool> b = ParseBool(a);
  const bool str = IsSimpleString(a);
  std::string lex = a.value;
  // Whitespace is collapsed for the lexical forms of these types.
  while (!lex.empty() && std::isspace(static_cast<unsigned char>(lex.back()))) lex.pop_back();
  while (!lex.empty() && std::isspace(static_cast<unsigned char>(lex.front()))) lex.erase(0, 1);
  if (local == "boolean") {
    if (b) return BooleanTerm(*b);
    if (n) return BooleanTerm(!(n->v == 0 || std::isnan(n->v)));
    if (str) {
      if (lex == "true" || lex == "1") return BooleanTerm(true);
      if (lex == "false" || lex == "0") return BooleanTerm(false);
    }
    return std::nullopt;
  }
  if (local == "integer" || IsIntegerType(local)) {
    if (b) return IntegerTerm(*b ? 1 : 0);
    if (n) {
      if (std::isnan(n->v) || std::isinf(n->v)) return std::nullopt;
      if (n->type == NumType::kInteger) return IntegerTerm(n->i);
      return IntegerTerm(static_cast<long long>(std::trunc(n->v)));
    }
    if (str && ValidInteger(lex)) {
      Term t = Term::Typed(lex[0] == '+' ? lex.substr(1) : lex, XsdIri("integer"));
      return t;
    }
    return std::nullopt;
  }
  if (local == "decimal") {
    if (b) return Term::Typed(*b ? "1.0" : "0.0", XsdIri("decimal"));
    if (n) {
      if (std::isnan(n->v) || std::isinf(n->v)) return std::nullopt;
      return Term::Typed(
          n->type == NumType::kInteger ? std::to_string(n->i) + ".0" : FormatDecimal(n->v),
          XsdIri("decimal"));
    }
    if (str && ValidDecimal(lex)) return Term::Typed(lex, XsdIri("decimal"));
    return std::nullopt;
  }
  if (local == "double" || local == "float") {
    const bool is_float = local == "float";
    if (b) return Term::Typed(*b ? "1.0E0" : "0.0E0", XsdIri(local));
    if (n) return NumTerm(MakeNum(is_float ? NumType::kFloat : NumType::kDouble, n->v));
    if (str && ValidDouble(lex)) {
      return NumTerm(MakeNum(is_float ? NumType::kFloat : NumType::kDouble, ParseDouble(lex)));
    }
    return std::nullopt;
  }
  if (local == "dateTime") {
    if (a.datatype == XsdIri("dateTime") || str) {
      if (ParseDateTime(lex, true)) return Term::Typed(lex, XsdIri("dateTime"));
    }
    if (a.datatype == XsdIri("date")) {
      if (ParseDateTime(lex, false)) {
        return Term::Typed(lex.substr(0, 10) + "T00:00:00" + lex.substr(10), XsdIri("dateTime"));
      }
    }
    return std::nullopt;
  }
  if (local == "date") {
    if (a.datatype == XsdIri("date") || str) {
      if (ParseDateTime(lex, false)) return Term::Typed(lex, XsdIri("date"));
    }
    if (a.datatype == XsdIri("dateTime")) {
      if (auto d = ParseDateTime(lex, true)) {
        const std::size_t t = lex.find('T');
        std::string tz;
        const std::size_t z = lex.find_first_of("Z+-", t);
        if (z != std::string::npos) tz = lex.substr(z);
        return Term::Typed(lex.substr(0, t) + tz, XsdIri("date"));
      }
    }
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

Term IntegerTerm(long long value) { return Term::Typed(std::to_string(value), XsdIri("integer")); }
Term BooleanTerm(bool value) { return Term::Typed(value ? "true" : "false", XsdIri("boolean")); }

Term NormalizeTerm(Term term) {
  if (term.IsLiteral() && !term.datatype.empty() && term.datatype == XsdIri("string")) {
    term.datatype.clear();
  }
  return term;
}

bool IsNumeric(const Term& term) { return ParseNum(term).has_value(); }

std::optional<bool> EffectiveBooleanValue(const Term& t) {
  if (!t.IsLiteral()) return std::nullopt;
  if (IsBoolean(t)) {
    const std::optional<bool> b = ParseBool(t);
    return b.value_or(false);
  }
  if (IsSimpleString(t)) return !t.value.empty();
  if (!t.language.empty()) return std::nullopt;
  const std::string_view local = XsdLocal(t.datatype);
  if (IsIntegerType(local) || local == "decimal" || local == "float" || local == "double") {
    const std::optional<Num> n = ParseNum(t);
    if (!n) return false;
    return !(n->v == 0 || std::isnan(n->v));
  }
  return std::nullopt;
}

std::optional<int> ValueCompare(const Term& a, const Term& b) {
  if (!a.IsLiteral() || !b.IsLiteral()) return std::nullopt;
  const std::optional<Num> na = ParseNum(a);
  const std::optional<Num> nb = ParseNum(b);
  if (na && nb) {
    if (std::isnan(na->v) || std::isnan(nb->v)) return std::nullopt;
    if (na->type == NumType::kInteger && nb->type == NumType::kInteger) {
      return na->i < nb->i ? -1 : na->i > nb->i ? 1 : 0;
    }
    return na->v < nb->v ? -1 : na->v > nb->v ? 1 : 0;
  }
  if (IsSimpleString(a) && IsSimpleString(b)) {
    const int c = a.value.compare(b.value);
    return c < 0 ? -1 : c > 0 ? 1 : 0;
  }
  if (IsBoolean(a) && IsBoolean(b)) {
    const auto x = ParseBool(a);
    const auto y = ParseBool(b);
    if (!x || !y) return std::nullopt;
    return static_cast<int>(*x) - static_cast<int>(*y);
  }
  const auto da = TermDateTime(a);
  const auto db = TermDateTime(b);
  if (da && db && a.datatype == b.datatype) return CompareDates(*da, *db);
  return std::nullopt;
}

std::optional<bool> ValueEquals(const Term& a, const Term& b) {
  if (a == b) {
    // Identical terms are equal unless they are invalid numerics... (still equal).
    if (const auto n = ParseNum(a); n && std::isnan(n->v)) return false;
    return true;
  }
  if (!a.IsLiteral() || !b.IsLiteral()) return false;
  const std::optional<Num> na = ParseNum(a);
  const std::optional<Num> nb = ParseNum(b);
  if (na && nb) {
    const auto c = ValueCompare(a, b);
    if (!c) return false;  // NaN
    return *c == 0;
  }
  if (IsSimpleString(a) && IsSimpleString(b)) return a.value == b.value;
  if (!a.language.empty() || !b.language.empty()) {
    if (!a.language.empty() && !b.language.empty()) {
      std::string la = a.language, lb = b.language;
      for (char& c : la) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (char& c : lb) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return a.value == b.value && la == lb;
    }
    return false;
  }
  if (IsBoolean(a) && IsBoolean(b)) {
    const auto x = ParseBool(a);
    const auto y = ParseBool(b);
    if (x && y) return *x == *y;
    return std::nullopt;
  }
  const auto da = TermDateTime(a);
  const auto db = TermDateTime(b);
  if (da && db && a.datatype == b.datatype) {
    const std::optional<int> c = CompareDates(*da, *db);
    if (!c) return std::nullopt;
    return *c == 0;
  }
  // Known, different types: not equal. Unknown datatypes: an error.
  auto known = [](const Term& t) {
    return IsSimpleString(t) || IsBoolean(t) || ParseNum(t).has_value() ||
           TermDateTime(t).has_value();
  };
  if (known(a) && known(b)) return false;
  return std::nullopt;
}

int OrderCompare(const std::optional<Term>& a, const std::optional<Term>& b) {
  if (!a || !b) return a ? 1 : b ? -1 : 0;
  auto rank = [](const Term& t) { return t.IsBlank() ? 0 : t.IsIri() ? 1 : 2; };
  if (rank(*a) != rank(*b)) return rank(*a) < rank(*b) ? -1 : 1;
  if (a->IsLiteral()) {
    // Equal values (1 and 1.0) tie, so the next ORDER BY key decides.
    if (const auto c = ValueCompare(*a, *b)) return *c;
    // Not comparable: booleans, then numbers, then strings (plain and
    // language-tagged together, by lexical form), then everything else.
    auto family = [](const Term& t) {
      if (IsBoolean(t)) return 0;
      if (ParseNum(t)) return 1;
      if (IsStringLiteral(t)) return 2;
      if (TermDateTime(t)) return 3;
      return 4;
    };
    if (family(*a) != family(*b)) return family(*a) < family(*b) ? -1 : 1;
  }
  if (a->value != b->value) return a->value < b->value ? -1 : 1;
  if (a->datatype != b->datatype) return a->datatype < b->datatype ? -1 : 1;
  if (a->language != b->language) return a->language < b->language ? -1 : 1;
  return 0;
}

std::optional<Term> Arithmetic(char op, const Term& a, const Term& b) {
  const std::optional<Num> x = ParseNum(a);
  const std::optional<Num> y = ParseNum(b);
  if (!x || !y) return std::nullopt;
  NumType type = std::max(x->type, y->type);
  if (type == NumType::kInteger && op != '/') {
    long long r = 0;
    bool overflow = false;
    switch (op) {
      case '+':
        overflow = __builtin_add_overflow(x->i, y->i, &r);
        break;
      case '-':
        overflow = __builtin_sub_overflow(x->i, y->i, &r);
        break;
      case '*':
        overflow = __builtin_mul_overflow(x->i, y->i, &r);
        break;
    }
    if (!overflow) return IntegerTerm(r);
    type = NumType::kDecimal;
  }
  if (op == '/' && type == NumType::kInteger) type = NumType::kDecimal;
  long double r = 0;
  switch (op) {
    case '+':
      r = x->v + y->v;
      break;
    case '-':
      r = x->v - y->v;
      break;
    case '*':
      r = x->v * y->v;
      break;
    case '/':
      if (y->v == 0 && type == NumType::kDecimal) return std::nullopt;
      r = x->v / y->v;
      break;
  }
  return NumTerm(MakeNum(type, r));
}

std::optional<Term> NumericDivide(const Term& a, long long count) {
  return Arithmetic('/', a, IntegerTerm(count));
}

std::optional<Term> Negate(const Term& a) {
  std::optional<Num> x = ParseNum(a);
  if (!x) return std::nullopt;
  if (x->type == NumType::kInteger) return IntegerTerm(-x->i);
  return NumTerm(MakeNum(x->type, -x->v));
}

std::optional<Term> UnaryPlus(const Term& a) {
  std::optional<Num> x = ParseNum(a);
  if (!x) return std::nullopt;
  if (x->type == NumType::kInteger) return IntegerTerm(x->i);
  return NumTerm(*x);
}

std::optional<Term> CallBuiltin(const std::string& name, const std::vector<Term>& args) {
  auto arg = [&](std::size_t k) -> const Term& { return args[k]; };
  if (name == "STR") {
    if (arg(0).IsBlank()) return std::nullopt;
    return Term::Literal(arg(0).value);
  }
  if (name == "LANG") {
    if (!arg(0).IsLiteral()) return std::nullopt;
    return Term::Literal(arg(0).language);
  }
  if (name == "LANGMATCHES") {
    if (!IsSimpleString(arg(0)) || !IsSimpleString(arg(1))) return std::nullopt;
    std::string tag = CaseMap(arg(0).value, false);
    std::string range = CaseMap(arg(1).value, false);
    if (range == "*") return BooleanTerm(!tag.empty());
    return BooleanTerm(tag == range ||
                       (tag.size() > range.size() && tag.compare(0, range.size(), range) == 0 &&
                        tag[range.size()] == '-'));
  }
  if (name == "DATATYPE") {
    const Term& t = arg(0);
    if (!t.IsLiteral()) return std::nullopt;
    if (!t.language.empty()) return Term::Iri(std::string(vocab::kRdfNs) + "langString");
    return Term::Iri(t.datatype.empty() ? XsdIri("string") : t.datatype);
  }
  if (name == "ABS" || name == "CEIL" || name == "FLOOR" || name == "ROUND") {
    std::optional<Num> x = ParseNum(arg(0));
    if (!x) return std::nullopt;
    if (x->type == NumType::kInteger) {
      return IntegerTerm(name == "ABS" ? std::llabs(x->i) : x->i);
    }
    long double v = x->v;
    if (name == "ABS") v = std::fabs(v);
    if (name == "CEIL") v = std::ceil(v);
    if (name == "FLOOR") v = std::floor(v);
    if (name == "ROUND") v = std::floor(v + 0.5L);
    return NumTerm(MakeNum(x->type, v));
  }
  if (name == "CONCAT") {
    std::string value;
    std::optional<std::string> lang;
    bool all_lang = true;
    for (const Term& t : args) {
      if (!IsStringLiteral(t)) return std::nullopt;
      value += t.value;
      if (t.language.empty()) {
        all_lang = false;
      } else if (!lang) {
        lang = t.language;
      } else if (*lang != t.language) {
        all_lang = false;
      }
    }
    if (all_lang && lang && !args.empty()) return Term::LangString(value, *lang);
    return Term::Literal(value);
  }
  if (name == "SUBSTR") {
    if (!IsStringLiteral(arg(0))) return std::nullopt;
    const std::optional<Num> start = ParseNum(arg(1));
    if (!start) return std::nullopt;
    std::optional<Num> length;
    if (args.size() > 2) {
      length = ParseNum(arg(2));
      if (!length) return std::nullopt;
    }
    const std::vector<std::string_view> cps = CodePoints(arg(0).value);
    const long double from = std::floor(start->v + 0.5L);
    const long double to =
        length ? from + std::floor(length->v + 0.5L) : std::numeric_limits<long double>::infinity();
    if (std::isnan(from) || std::isnan(to)) return LikeArg(arg(0), "");
    std::string out;
    for (std::size_t k = 0; k < cps.size(); ++k) {
      const long double pos = static_cast<long double>(k + 1);
      if (pos >= from && pos < to) out += cps[k];
    }
    return LikeArg(arg(0), out);
  }
  if (name == "STRLEN") {
    if (!IsStringLiteral(arg(0))) return std::nullopt;
    return IntegerTerm(static_cast<long long>(CodePoints(arg(0).value).size()));
  }
  if (name == "UCASE" || name == "LCASE") {
    if (!IsStringLiteral(arg(0))) return std::nullopt;
    return LikeArg(arg(0), CaseMap(arg(0).value, name == "UCASE"));
  }
  if (name == "ENCODE_FOR_URI") {
    if (!IsStringLiteral(arg(0))) return std::nullopt;
    std::string out;
    static const char kHex[] = "0123456789ABCDEF";
    for (unsigned char c : arg(0).value) {
      if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
        out += static_cast<char>(c);
      } else {
        out += '%';
        out += kHex[c >> 4];
        out += kHex[c & 15];
      }
    }
    return Term::Literal(out);
  }
  if (name == "CONTAINS" || name == "STRSTARTS" || name == "STRENDS" || name == "STRBEFORE" ||
      name == "STRAFTER") {
    if (!Compatible(arg(0), arg(1))) return std::nullopt;
    const std::string& s = arg(0).value;
    const std::string& t = arg(1).value;
    if (name == "CONTAINS") return BooleanTerm(s.find(t) != std::string::npos);
    if (name == "STRSTARTS")
      return BooleanTerm(s.compare(0, t.size(), t) == 0 && s.size() >= t.size());
    if (name == "STRENDS") {
      return BooleanTerm(s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0);
    }
    const std::size_t at = s.find(t);
    if (at == std::string::npos) return Term::Literal("");
    if (name == "STRBEFORE") return LikeArg(arg(0), s.substr(0, at));
    return LikeArg(arg(0), s.substr(at + t.size()));
  }
  if (name == "YEAR" || name == "MONTH" || name == "DAY" || name == "HOURS" || name == "MINUTES" ||
      name == "SECONDS" || name == "TIMEZONE" || name == "TZ") {
    const std::optional<DateTime> d = TermDateTime(arg(0));
    if (!d) return std::nullopt;
    if (name == "YEAR") return IntegerTerm(d->year);
    if (name == "MONTH") return IntegerTerm(d->month);
    if (name == "DAY") return IntegerTerm(d->day);
    if (name == "HOURS") return IntegerTerm(d->hour);
    if (name == "MINUTES") return IntegerTerm(d->minute);
    if (name == "SECONDS") {
      const std::string& v = arg(0).value;
      const std::size_t t = v.find('T');
      if (t == std::string::npos) return Term::Typed("0", XsdIri("decimal"));
      std::size_t end = t + 7;
      while (end < v.size() && (std::isdigit(static_cast<unsigned char>(v[end])) || v[end] == '.'))
        ++end;
      return Term::Typed(v.substr(t + 7, end - t - 7), XsdIri("decimal"));
    }
    if (name == "TIMEZONE") {
      if (!d->has_tz) return std::nullopt;
      if (d->tz_minutes == 0) return Term::Typed("PT0S", XsdIri("dayTimeDuration"));
      const int m = std::abs(d->tz_minutes);
      std::string out =
          std::string(d->tz_minutes < 0 ? "-" : "") + "PT" + std::to_string(m / 60) + "H";
      if (m % 60) out += std::to_string(m % 60) + "M";
      return Term::Typed(out, XsdIri("dayTimeDuration"));
    }
    if (!d->has_tz) return Term::Literal("");
    if (d->tz_minutes == 0) return Term::Literal("Z");
    const int m = std::abs(d->tz_minutes);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", d->tz_minutes < 0 ? '-' : '+', m / 60, m % 60);
    return Term::Literal(buf);
  }
  if (name == "MD5" || name == "SHA1" || name == "SHA256" || name == "SHA384" || name == "SHA512") {
    if (!IsSimpleString(arg(0))) return std::nullopt;
    const std::optional<std::string> h = Hash(name, arg(0).value);
    if (!h) return std::nullopt;
    return Term::Literal(*h);
  }
  if (name == "STRLANG") {
    if (!IsSimpleString(arg(0)) || !IsSimpleString(arg(1)) || arg(1).value.empty()) {
      return std::nullopt;
    }
    return Term::LangString(arg(0).value, arg(1).value);
  }
  if (name == "STRDT") {
    if (!IsSimpleString(arg(0)) || !arg(1).IsIri()) return std::nullopt;
    return NormalizeTerm(Term::Typed(arg(0).value, arg(1).value));
  }
  if (name == "SAMETERM") return BooleanTerm(arg(0) == arg(1));
  if (name == "ISIRI" || name == "ISURI") return BooleanTerm(arg(0).IsIri());
  if (name == "ISBLANK") return BooleanTerm(arg(0).IsBlank());
  if (name == "ISLITERAL") return BooleanTerm(arg(0).IsLiteral());
  if (name == "ISNUMERIC") return BooleanTerm(IsNumeric(arg(0)));
  if (name == "REGEX" || name == "REPLACE") {
    if (!IsStringLiteral(arg(0)) || !IsSimpleString(arg(1))) return std::nullopt;
    const std::size_t flags_at = name == "REGEX" ? 2 : 3;
    std::string flags;
    if (args.size() > flags_at) {
      if (!IsSimpleString(arg(flags_at))) return std::nullopt;
      flags = arg(flags_at).value;
    }
    Regex re(arg(1).value, flags);
    if (!re.Ok()) return std::nullopt;
    if (name == "REGEX") {
      const std::optional<bool> m = re.Matches(arg(0).value);
      if (!m) return std::nullopt;
      return BooleanTerm(*m);
    }
    if (!IsSimpleString(arg(2))) return std::nullopt;
    const std::optional<std::string> r = re.Replace(arg(0).value, arg(2).value);
    if (!r) return std::nullopt;
    return LikeArg(arg(0), *r);
  }
  return std::nullopt;
}

std::optional<Term> CallFunction(const std::string& iri, const std::vector<Term>& args) {
  const std::string_view local = XsdLocal(iri);
  if (local.empty() || args.size() != 1) return std::nullopt;
  return CastTo(local, args[0]);
}

}  // namespace awardgraph::query::sparql
