// jsonl_reader.h — articles from JSON Lines files, one JSON object a line.
//
// Defines ParseJson(), which parses one JSON text with nlohmann/json (Debian's
// nlohmann-json3-dev) and says where a bad one goes wrong, and ReadJsonl(),
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
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/read/document.h"

namespace awardgraph::loaders {

/// The outcome of ParseJson(): a value, or where and why parsing failed.
struct JsonParseResult {
  /// The parsed document (null when !Ok()). Of duplicate object keys the
  /// last one wins.
  nlohmann::json value;
  /// Byte offset in the input of each top-level member's value, by key, when
  /// the document is an object (for error messages about a field).
  std::map<std::string, std::size_t, std::less<>> member_offsets;
  /// Empty on success, else nlohmann/json's account of what is wrong, e.g.
  /// "syntax error while parsing object separator - unexpected number
  /// literal; expected ':'" (its "[json.exception...] parse error at line 1,
  /// column N:" prefix removed: callers give positions their own way), or
  /// "trailing comma before '}'" (or ']'), or "JSON nested too deeply".
  std::string error;
  /// Byte offset in the input of the last character read when the error was
  /// found (the end of the offending token).
  std::size_t error_offset = 0;

  /// True when `value` holds the parsed document.
  bool Ok() const { return error.empty(); }
};

/// Parses exactly one JSON value (RFC 8259, strictly: no comments, trailing
/// commas, single quotes, NaN, numbers beyond a double's range, invalid UTF-8
/// or unescaped control characters), surrounded only by whitespace. Nesting
/// deeper than 256 levels is an error. Never throws.
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
