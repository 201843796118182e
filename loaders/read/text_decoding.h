// text_decoding.h — turns the raw bytes of an input file into UTF-8 text.
//
// Defines DecodedText and DecodeText(), which strips a byte-order mark,
// accepts UTF-8 as is, converts Windows-1252 / Latin-1 (and UTF-16 with a BOM)
// to UTF-8, rejects binary and empty files, and normalises CRLF and CR line
// endings to LF. Nothing else in the text is changed: evidence sentences are
// quoted from it verbatim.
//
// Example:
//   DecodedText decoded = DecodeText("\xEF\xBB\xBFCaf\xC3\xA9\r\n");
//   if (decoded.Ok()) Use(decoded.text);  // "Caf\u00e9\n", encoding "UTF-8"
//   DecodedText bad = DecodeText(std::string_view("\0\1\2", 3));
//   // bad.Ok() == false, bad.error == "binary file"
#ifndef AWARDGRAPH_LOADERS_TEXT_DECODING_H_
#define AWARDGRAPH_LOADERS_TEXT_DECODING_H_

#include <string>
#include <string_view>

namespace awardgraph::loaders {

/// The outcome of DecodeText(): either UTF-8 text or the reason there is none.
struct DecodedText {
  /// The decoded text (UTF-8, LF line endings); empty when !Ok().
  std::string text;
  /// What the input was read as: "UTF-8", "UTF-16LE", "UTF-16BE",
  /// "Windows-1252", or "UTF-8 with Windows-1252 bytes" for a file mixing both.
  std::string encoding;
  /// Empty on success, else why the bytes are not usable text, e.g.
  /// "binary file" or "empty file".
  std::string error;

  /// True when `text` holds the decoded input.
  bool Ok() const { return error.empty(); }
};

/// Decodes a whole file's bytes to UTF-8 text with LF line endings. Returns
/// an error value (never throws) for binary data, empty or whitespace-only
/// input, or text in an encoding that is neither UTF-8 nor Windows-1252.
DecodedText DecodeText(std::string_view bytes);

/// True when `bytes` is well-formed UTF-8 (no overlongs, surrogates or code
/// points above U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

/// Returns `text` with every CRLF and lone CR replaced by LF.
std::string NormalizeNewlines(std::string_view text);

/// Appends the UTF-8 encoding of `code_point` to `out`; surrogates and values
/// above U+10FFFF are written as U+FFFD.
void AppendUtf8(char32_t code_point, std::string& out);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_TEXT_DECODING_H_
