// jsonl_reader.cc — a strict recursive-descent JSON parser and the JSON Lines
// record reader built on it.
#include "loaders/read/jsonl_reader.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>

#include "loaders/read/html_extractor.h"
#include "loaders/read/text_decoding.h"

namespace awardgraph::loaders {
namespace {

constexpr int kMaxDepth = 256;

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The offset of the first byte that does not begin a well-formed UTF-8
// sequence (text.size() if there is none).
std::size_t FirstInvalidUtf8(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t length = 1;
    while (length <= 4 && !IsValidUtf8(text.substr(pos, length))) ++length;
    if (length > 4) break;
    pos += length;
  }
  return pos;
}

// Describes the character at `pos` for an error message.
std::string Describe(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return "end of line";
  const char c = text[pos];
  if (static_cast<unsigned char>(c) < 0x20) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    return std::string("control character U+00") + kHex[(c >> 4) & 0xF] + kHex[c & 0xF];
  }
  if (static_cast<unsigned char>(c) >= 0x80) return "a non-ASCII character";
  return std::string("'") + c + "'";
}

class JsonParser {
 public:
  explicit JsonParser(std::string_view text) : text_(text) {}

  JsonParseResult Parse() {
    JsonParseResult result;
    if (!IsValidUtf8(text_)) return Fail(result, "invalid UTF-8", FirstInvalidUtf8(text_));
    SkipSpace();
    if (!ParseValue(result.value, 0)) return Fail(result, error_, error_offset_);
    SkipSpace();
    if (pos_ < text_.size()) {
      return Fail(result, "unexpected " + Describe(text_, pos_) + " after the JSON value", pos_);
    }
    return result;
  }

 private:
  static JsonParseResult& Fail(JsonParseResult& result, std::string error, std::size_t offset) {
    result.value = JsonValue();
    result.error = std::move(error);
    result.error_offset = offset;
    return result;
  }

  bool Error(std::string message, std::size_t offset) {
    error_ = std::move(message);
    error_offset_ = offset;
    return false;
  }

  void SkipSpace() {
    while (pos_ < text_.size() && IsJsonSpace(text_[pos_])) ++pos_;
  }

  bool ParseValue(JsonValue& value, int depth) {
    value.offset = pos_;
    if (pos_ >= text_.size()) return Error("expected a value but found end of line", pos_);
    switch (text_[pos_]) {
      case '{':
        return ParseObject(value, depth);
      case '[':
        return ParseArray(value, depth);
      case '"':
        value.type = JsonValue::Type::kString;
        return ParseString(value.string);
      case 't':
        return ParseLiteral("true", value, JsonValue::Type::kBool, true);
      case 'f':
        return ParseLiteral("false", value, JsonValue::Type::kBool, false);
      case 'n':
        return ParseLiteral("null", value, JsonValue::Type::kNull, false);
      default:
        if (text_[pos_] == '-' || IsDigit(text_[pos_])) return ParseNumber(value);
        if (text_[pos_] == '\'') return Error("strings must use double quotes", pos_);
        return Error("expected a value but found " + Describe(text_, pos_), pos_);
    }
  }

  bool ParseLiteral(std::string_view word, JsonValue& value, JsonValue::Type type, bool boolean) {
    if (text_.substr(pos_, word.size()) != word) {
      return Error("expected a value but found " + Describe(text_, pos_), pos_);
    }
    pos_ += word.size();
    value.type = type;
    value.boolean = boolean;
    return true;
  }

  bool ParseNumber(JsonValue& value) {
    const std::size_t start = pos_;
    if (text_[pos_] == '-') ++pos_;
    if (pos_ >= text_.size() || !IsDigit(text_[pos_])) {
      return Error("expected a digit but found " + Describe(text_, pos_), pos_);
    }
    if (text_[pos_] == '0' && pos_ + 1 < text_.size() && IsDigit(text_[pos_ + 1])) {
      return Error("numbers must not have leading zeros", pos_);
    }
    while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
    if (pos_ < text_.size() && text_[pos_] == '.') {
      ++pos_;
      if (pos_ >= text_.size() || !IsDigit(text_[pos_])) {
        return Error("expected a digit after '.' but found " + Describe(text_, pos_), pos_);
      }
      while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
    }
    if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) ++pos_;
      if (pos_ >= text_.size() || !IsDigit(text_[pos_])) {
        return Error("expected a digit in the exponent but found " + Describe(text_, pos_), pos_);
      }
      while (pos_ < text_.size() && IsDigit(text_[pos_])) ++pos_;
    }
    value.type = JsonValue::Type::kNumber;
    // from_chars reports out-of-range values (1e999) without setting them;
    // JSON allows such numbers, so they saturate to infinity.
    const auto [end, error] = std::from_chars(text_.data() + start, text_.data() + pos_,
                                              value.number, std::chars_format::general);
    if (error == std::errc::result_out_of_range) {
      value.number = text_[start] == '-' ? -HUGE_VAL : HUGE_VAL;
    }
    return true;
  }

  bool ParseHex4(std::size_t at, std::uint32_t& unit) {
    if (at + 4 > text_.size()) return Error("incomplete \\u escape", at - 2);
    unit = 0;
    for (std::size_t i = at; i < at + 4; ++i) {
      const char c = text_[i];
      unit <<= 4;
      if (IsDigit(c)) {
        unit |= static_cast<std::uint32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        unit |= static_cast<std::uint32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        unit |= static_cast<std::uint32_t>(c - 'A' + 10);
      } else {
        return Error("invalid \\u escape (expected four hex digits)", at - 2);
      }
    }
    return true;
  }

  bool ParseString(std::string& out) {
    const std::size_t start = pos_;
    ++pos_;  // opening quote
    while (true) {
      if (pos_ >= text_.size()) return Error("unterminated string", start);
      const char c = text_[pos_];
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (static_cast<unsigned char>(c) < 0x20) {
        return Error(Describe(text_, pos_) + " in string (escape it, e.g. \\n)", pos_);
      }
      if (c != '\\') {
        // Copy a run of ordinary bytes at once.
        std::size_t end = pos_ + 1;
        while (end < text_.size() && text_[end] != '"' && text_[end] != '\\' &&
               static_cast<unsigned char>(text_[end]) >= 0x20) {
          ++end;
        }
        out.append(text_.substr(pos_, end - pos_));
        pos_ = end;
        continue;
      }
      const std::size_t escape = pos_;
      if (pos_ + 1 >= text_.size()) return Error("unterminated string", start);
      const char kind = text_[pos_ + 1];
      pos_ += 2;
      switch (kind) {
        case '"':
          out.push_back('"');
          break;
        case '\\':
          out.push_back('\\');
          break;
        case '/':
          out.push_back('/');
          break;
        case 'b':
          out.push_back('\b');
          break;
        case 'f':
          out.push_back('\f');
          break;
        case 'n':
          out.push_back('\n');
          break;
        case 'r':
          out.push_back('\r');
          break;
        case 't':
          out.push_back('\t');
          break;
        case 'u': {
          std::uint32_t unit;
          if (!ParseHex4(pos_, unit)) return false;
          pos_ += 4;
          if (unit >= 0xDC00 && unit <= 0xDFFF) {
            return Error("unpaired low surrogate in \\u escape", escape);
          }
          if (unit >= 0xD800 && unit <= 0xDBFF) {
            std::uint32_t low = 0;
            if (text_.substr(pos_, 2) != "\\u" || !ParseHex4(pos_ + 2, low) || low < 0xDC00 ||
                low > 0xDFFF) {
              return Error("unpaired high surrogate in \\u escape", escape);
            }
            pos_ += 6;
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
          }
          AppendUtf8(static_cast<char32_t>(unit), out);
          break;
        }
        default:
          return Error("invalid escape '\\" + std::string(1, kind) + "' in string", escape);
      }
    }
  }

  bool ParseArray(JsonValue& value, int depth) {
    if (depth >= kMaxDepth) return Error("JSON nested too deeply", pos_);
    value.type = JsonValue::Type::kArray;
    ++pos_;
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == ']') {
      ++pos_;
      return true;
    }
    while (true) {
      SkipSpace();
      if (pos_ < text_.size() && text_[pos_] == ']') {
        return Error("trailing comma before ']'", pos_);
      }
      value.array.emplace_back();
      if (!ParseValue(value.array.back(), depth + 1)) return false;
      SkipSpace();
      if (pos_ >= text_.size()) return Error("unterminated array (expected ',' or ']')", pos_);
      if (text_[pos_] == ']') {
        ++pos_;
        return true;
      }
      if (text_[pos_] != ',') {
        return Error("expected ',' or ']' but found " + Describe(text_, pos_), pos_);
      }
      ++pos_;
    }
  }

  bool ParseObject(JsonValue& value, int depth) {
    if (depth >= kMaxDepth) return Error("JSON nested too deeply", pos_);
    value.type = JsonValue::Type::kObject;
    ++pos_;
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == '}') {
      ++pos_;
      return true;
    }
    while (true) {
      SkipSpace();
      if (pos_ >= text_.size()) return Error("unterminated object (expected a key)", pos_);
      if (text_[pos_] == '}') return Error("trailing comma before '}'", pos_);
      if (text_[pos_] != '"') {
        return Error("expected a double-quoted key but found " + Describe(text_, pos_), pos_);
      }
      JsonMember member;
      if (!ParseString(member.key)) return false;
      SkipSpace();
      if (pos_ >= text_.size() || text_[pos_] != ':') {
        return Error("expected ':' after object key but found " + Describe(text_, pos_), pos_);
      }
      ++pos_;
      SkipSpace();
      if (!ParseValue(member.value, depth + 1)) return false;
      value.object.push_back(std::move(member));
      SkipSpace();
      if (pos_ >= text_.size()) return Error("unterminated object (expected ',' or '}')", pos_);
      if (text_[pos_] == '}') {
        ++pos_;
        return true;
      }
      if (text_[pos_] != ',') {
        return Error("expected ',' or '}' but found " + Describe(text_, pos_), pos_);
      }
      ++pos_;
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0;
  std::string error_;
  std::size_t error_offset_ = 0;
};

bool IsBlankLine(std::string_view line) {
  for (char c : line) {
    if (!IsJsonSpace(c)) return false;
  }
  return true;
}

std::string_view TypeName(JsonValue::Type type) {
  switch (type) {
    case JsonValue::Type::kNull:
      return "null";
    case JsonValue::Type::kBool:
      return "a boolean";
    case JsonValue::Type::kNumber:
      return "a number";
    case JsonValue::Type::kString:
      return "a string";
    case JsonValue::Type::kArray:
      return "an array";
    case JsonValue::Type::kObject:
      return "an object";
  }
  return "a value";
}

std::string Trim(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end && IsJsonSpace(text[begin])) ++begin;
  while (end > begin && IsJsonSpace(text[end - 1])) --end;
  return std::string(text.substr(begin, end - begin));
}

// Turns one parsed line into a Document, or returns an error message with
// the offset it refers to.
struct RecordOutcome {
  Document document;
  std::string error;
  std::size_t error_offset = 0;
};

RecordOutcome ReadRecord(const JsonValue& record) {
  RecordOutcome outcome;
  if (record.type != JsonValue::Type::kObject) {
    outcome.error = "expected a JSON object but found " + std::string(TypeName(record.type));
    outcome.error_offset = record.offset;
    return outcome;
  }
  // Reads an optional string field; null counts as absent.
  std::string values[5];
  static constexpr std::string_view kFields[5] = {"text", "html", "title", "url", "date"};
  for (int i = 0; i < 5; ++i) {
    const JsonValue* field = record.Find(kFields[i]);
    if (field == nullptr || field->type == JsonValue::Type::kNull) continue;
    if (field->type != JsonValue::Type::kString) {
      outcome.error = "\"" + std::string(kFields[i]) + "\" must be a string, not " +
                      std::string(TypeName(field->type));
      outcome.error_offset = field->offset;
      return outcome;
    }
    values[i] = field->string;
  }
  const std::string& text = values[0];
  const std::string& html = values[1];
  Document& document = outcome.document;
  document.title = Trim(values[2]);
  document.date = NormalizeDate(values[4]);
  if (!Trim(text).empty()) {
    document.text = NormalizeNewlines(text);
  } else if (!Trim(html).empty()) {
    HtmlArticle article = ExtractHtmlArticle(NormalizeNewlines(html));
    if (article.text.empty()) {
      outcome.error = "no article text found in \"html\"";
      outcome.error_offset = record.Find("html")->offset;
      return outcome;
    }
    document.text = std::move(article.text);
    if (document.title.empty()) document.title = std::move(article.title);
    if (document.date.empty()) document.date = std::move(article.date);
  } else {
    const bool has_field = record.Find("text") != nullptr || record.Find("html") != nullptr;
    outcome.error = has_field ? "\"text\" and \"html\" are empty" : "no \"text\" or \"html\" field";
    outcome.error_offset = record.offset;
    return outcome;
  }
  document.source = Trim(values[3]);
  return outcome;
}

}  // namespace

const JsonValue* JsonValue::Find(std::string_view key) const {
  for (auto it = object.rbegin(); it != object.rend(); ++it) {
    if (it->key == key) return &it->value;
  }
  return nullptr;
}

JsonParseResult ParseJson(std::string_view text) { return JsonParser(text).Parse(); }

std::size_t ColumnAt(std::string_view line, std::size_t offset) {
  std::size_t column = 1;
  for (std::size_t i = 0; i < offset && i < line.size(); ++i) {
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

JsonlResult ReadJsonl(std::string_view text, std::string_view path) {
  JsonlResult result;
  std::size_t line_number = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (IsBlankLine(line)) continue;

    const std::string line_source = std::string(path) + ":" + std::to_string(line_number);
    const JsonParseResult parsed = ParseJson(line);
    RecordOutcome outcome;
    if (!parsed.Ok()) {
      outcome.error = parsed.error;
      outcome.error_offset = parsed.error_offset;
    } else {
      outcome = ReadRecord(parsed.value);
    }
    if (!outcome.error.empty()) {
      result.skipped.push_back(
          {line_source,
           outcome.error + " at column " + std::to_string(ColumnAt(line, outcome.error_offset))});
      continue;
    }
    if (outcome.document.source.empty()) outcome.document.source = line_source;
    result.documents.push_back(std::move(outcome.document));
  }
  return result;
}

}  // namespace awardgraph::loaders
