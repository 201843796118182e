// jsonl_reader.cc — JSON Lines records, parsed by nlohmann/json's SAX parser.
//
// nlohmann/json does the parsing. The SAX handler here builds the value (as
// nlohmann's own DOM builder would), caps the nesting depth, and notes where
// in the line each top-level member's value starts, which nlohmann's DOM does
// not keep, so that a record with a bad field is reported at that field.
#include "loaders/read/jsonl_reader.h"

#include <iterator>
#include <string>
#include <utility>

#include "loaders/read/html_extractor.h"
#include "loaders/read/text_decoding.h"

namespace awardgraph::loaders {
namespace {

using Json = nlohmann::json;

constexpr std::size_t kMaxDepth = 256;

// nlohmann/json quotes the token it stopped at ("last read: '...'"); longer
// quotes (a whole unterminated article) are cut to this many bytes.
constexpr std::size_t kMaxQuotedToken = 40;

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A pointer into the text that records how far nlohmann's lexer has read it
// (the lexer reads one character at a time through its input iterator).
class TrackingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackingIterator(const char* at, const char** consumed) : at_(at), consumed_(consumed) {}
  reference operator*() const { return *at_; }
  TrackingIterator& operator++() {
    *consumed_ = ++at_;
    return *this;
  }
  TrackingIterator operator++(int) {
    TrackingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const TrackingIterator& other) const { return at_ == other.at_; }
  bool operator!=(const TrackingIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_;
  const char** consumed_;
};

// nlohmann's message without its "[json.exception.parse_error.101] parse
// error at line 1, column 9: " prefix. The token it quotes ("last read:
// '...'") is cut when over-long (a whole unterminated article) and left out
// when it is not valid UTF-8, so that the message is always readable text.
std::string Describe(const std::string& what) {
  std::string message = what;
  if (message.rfind("[json.exception.", 0) == 0) {
    const std::size_t bracket = message.find("] ");
    if (bracket != std::string::npos) message.erase(0, bracket + 2);
  }
  if (message.rfind("parse error", 0) == 0) {
    const std::size_t colon = message.find(": ");
    if (colon != std::string::npos) message.erase(0, colon + 2);
  }
  constexpr std::string_view kLastRead = "; last read: '";
  const std::size_t segment = message.find(kLastRead);
  if (segment == std::string::npos) return message;
  const std::size_t start = segment + kLastRead.size();
  std::size_t end = message.find("'; expected", start);
  if (end == std::string::npos) end = message.rfind('\'');
  if (end == std::string::npos || end < start) return message;
  if (end - start > kMaxQuotedToken) {
    std::size_t cut = start + kMaxQuotedToken;
    while (cut > start && (static_cast<unsigned char>(message[cut]) & 0xC0) == 0x80) --cut;
    message.replace(cut, end - cut, "...");
    end = cut + 3;
  }
  if (!IsValidUtf8(std::string_view{message}.substr(start, end - start))) {
    message.erase(segment, end + 1 - segment);
  }
  return message;
}

// Builds the parsed value from nlohmann's SAX events.
class DomBuilder final : public nlohmann::json_sax<Json> {
 public:
  DomBuilder(std::string_view text, const char* const* consumed, JsonParseResult& result)
      : text_(text), consumed_(consumed), result_(result) {}

  bool null() override { return Add(nullptr); }
  bool boolean(bool value) override { return Add(value); }
  bool number_integer(number_integer_t value) override { return Add(value); }
  bool number_unsigned(number_unsigned_t value) override { return Add(value); }
  bool number_float(number_float_t value, const string_t& /*text*/) override { return Add(value); }
  bool string(string_t& value) override { return Add(std::move(value)); }
  bool binary(binary_t& value) override { return Add(Json::binary(std::move(value))); }

  bool start_object(std::size_t /*elements*/) override { return Open(Json::object()); }
  bool key(string_t& key) override {
    key_ = std::move(key);
    // At depth one, remember where this member's value starts: after the key
    // just read, whitespace, ':' and whitespace.
    if (open_.size() == 1) {
      std::size_t at = Consumed();
      while (at < text_.size() && (IsJsonSpace(text_[at]) || text_[at] == ':')) ++at;
      result_.member_offsets.insert_or_assign(key_, at);
    }
    return true;
  }
  bool end_object() override { return Close(); }
  bool start_array(std::size_t /*elements*/) override { return Open(Json::array()); }
  bool end_array() override { return Close(); }

  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::json::exception& error) override {
    // `position` counts the characters read, the offending one included.
    return Fail(Describe(error.what()), position > 0 ? position - 1 : 0);
  }

  // Called when the parse stopped: the handler's own error, if any, stands.
  bool Failed() const { return !result_.error.empty(); }

 private:
  std::size_t Consumed() const { return static_cast<std::size_t>(*consumed_ - text_.data()); }

  bool Fail(std::string message, std::size_t offset) {
    result_.error = std::move(message);
    result_.error_offset = std::min(offset, text_.size());
    return false;
  }

  // Puts `value` where the current container expects it; returns its slot.
  Json* Place(Json&& value) {
    if (open_.empty()) {
      result_.value = std::move(value);
      return &result_.value;
    }
    Json& container = *open_.back();
    if (container.is_array()) {
      container.push_back(std::move(value));
      return &container.back();
    }
    Json& slot = container[key_];
    slot = std::move(value);
    return &slot;
  }

  bool Add(Json&& value) {
    Place(std::move(value));
    return true;
  }

  bool Open(Json&& container) {
    if (open_.size() >= kMaxDepth) return Fail("JSON nested too deeply", Consumed() - 1);
    open_.push_back(Place(std::move(container)));
    return true;
  }

  bool Close() {
    open_.pop_back();
    return true;
  }

  std::string_view text_;
  const char* const* consumed_;
  JsonParseResult& result_;
  std::vector<Json*> open_;  // the containers being filled, innermost last
  std::string key_;          // the key of the member whose value comes next
};

bool IsBlankLine(std::string_view line) {
  for (char c : line) {
    if (!IsJsonSpace(c)) return false;
  }
  return true;
}

std::string_view TypeName(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return "null";
    case Json::value_t::boolean:
      return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float:
      return "a number";
    case Json::value_t::string:
      return "a string";
    case Json::value_t::array:
      return "an array";
    case Json::value_t::object:
      return "an object";
    default:
      return "a value";
  }
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

RecordOutcome ReadRecord(const JsonParseResult& parsed, std::size_t record_offset) {
  RecordOutcome outcome;
  const Json& record = parsed.value;
  if (!record.is_object()) {
    outcome.error = "expected a JSON object but found " + std::string(TypeName(record));
    outcome.error_offset = record_offset;
    return outcome;
  }
  const auto offset_of = [&](std::string_view key) {
    const auto found = parsed.member_offsets.find(key);
    return found == parsed.member_offsets.end() ? record_offset : found->second;
  };
  // Reads an optional string field; null counts as absent.
  std::string values[5];
  static constexpr std::string_view kFields[5] = {"text", "html", "title", "url", "date"};
  for (int i = 0; i < 5; ++i) {
    const auto field = record.find(kFields[i]);
    if (field == record.end() || field->is_null()) continue;
    if (!field->is_string()) {
      outcome.error = "\"" + std::string(kFields[i]) + "\" must be a string, not " +
                      std::string(TypeName(*field));
      outcome.error_offset = offset_of(kFields[i]);
      return outcome;
    }
    values[i] = field->get<std::string>();
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
      outcome.error_offset = offset_of("html");
      return outcome;
    }
    document.text = std::move(article.text);
    if (document.title.empty()) document.title = std::move(article.title);
    if (document.date.empty()) document.date = std::move(article.date);
  } else {
    const bool has_field = record.contains("text") || record.contains("html");
    outcome.error = has_field ? "\"text\" and \"html\" are empty" : "no \"text\" or \"html\" field";
    outcome.error_offset = record_offset;
    return outcome;
  }
  document.source = Trim(values[3]);
  return outcome;
}

}  // namespace

JsonParseResult ParseJson(std::string_view text) {
  JsonParseResult result;
  const char* consumed = text.data();
  DomBuilder builder(text, &consumed, result);
  const bool ok = Json::sax_parse(TrackingIterator(text.data(), &consumed),
                                  TrackingIterator(text.data() + text.size(), &consumed), &builder);
  if (!ok || builder.Failed()) {
    result.value = nullptr;
    result.member_offsets.clear();
    if (result.error.empty()) result.error = "invalid JSON";  // not reached: a stop has a reason
    // The commonest hand-editing slip gets a plainer message than nlohmann's
    // "unexpected '}'; expected string literal".
    const std::size_t at = result.error_offset;
    if (at < text.size() && (text[at] == '}' || text[at] == ']')) {
      std::size_t before = at;
      while (before > 0 && IsJsonSpace(text[before - 1])) --before;
      if (before > 0 && text[before - 1] == ',') {
        result.error = std::string("trailing comma before '") + text[at] + "'";
      }
    }
  }
  return result;
}

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
      std::size_t record_offset = 0;
      while (IsJsonSpace(line[record_offset])) ++record_offset;
      outcome = ReadRecord(parsed, record_offset);
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
