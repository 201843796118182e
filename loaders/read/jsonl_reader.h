// jsonl_reader.h — articles from JSON Lines files, one JSON object a line.
//
// Defines a small strict JSON parser (JsonValue, ParseJson) and ReadJsonl(),
// which turns each line's {"text" | "html", "title", "url", "date"} object into
// a Document. A bad line becomes a SkippedInput naming the line and column;
// the other lines still load. Blank lines are ignored.
//
// Example:
//   JsonlResult result = ReadJsonl(
//       "{\"url\": \"https://nhs.uk/a\", \"title\": \"Win\", \"text\": \"We won.\"}\n"
//       "{\"text\": \"oops\",}\n",
//       "news.jsonl");
//   // result.documents[0].source == "https://nhs.uk/a"
//   // result.skipped[0].source == "news.jsonl:2",
//   // result.skipped[0].reason == "trailing comma before '}' at column 17"
#ifndef AWARDGRAPH_LOADERS_JSONL_READER_H_
#define AWARDGRAPH_LOADERS_JSONL_READER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/read/document.h"

namespace awardgraph::loaders {

struct JsonMember;

/// One parsed JSON value. Only the field matching `type` is meaningful.
struct JsonValue {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };

  Type type = Type::kNull;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<JsonValue> array;
  /// Object members in source order (duplicates kept; Find returns the last).
  std::vector<JsonMember> object;
  /// Byte offset of the value in the parsed text, for error messages.
  std::size_t offset = 0;

  /// The member named `key` of an object, or nullptr.
  const JsonValue* Find(std::string_view key) const;
};

/// A key and value of a JSON object.
struct JsonMember {
  std::string key;
  JsonValue value;
};

/// The outcome of ParseJson(): a value, or where and why parsing failed.
struct JsonParseResult {
  JsonValue value;
  /// Empty on success, else what is wrong, e.g. "expected ':' after object key".
  std::string error;
  /// Byte offset of the error in the input.
  std::size_t error_offset = 0;

  /// True when `value` holds the parsed document.
  bool Ok() const { return error.empty(); }
};

/// Parses exactly one JSON value (RFC 8259, strictly: no comments, trailing
/// commas, single quotes, NaN or unescaped control characters), surrounded
/// only by whitespace. Nesting deeper than 256 levels is an error.
JsonParseResult ParseJson(std::string_view text);

/// Documents and skipped records read from one JSON Lines file.
struct JsonlResult {
  std::vector<Document> documents;
  std::vector<SkippedInput> skipped;
};

/// Reads JSON Lines `text` (UTF-8) from the file `path`. Each non-blank line
/// must be an object with a string "text" or "html" (HTML goes through
/// ExtractHtmlArticle) and optional string "title", "url" and "date"; other
/// fields are ignored. A document's source is its url, else "path:LINE".
JsonlResult ReadJsonl(std::string_view text, std::string_view path);

/// The 1-based column (in characters, not bytes) of byte `offset` in `line`.
std::size_t ColumnAt(std::string_view line, std::size_t offset);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_JSONL_READER_H_
