// text_decoding.cc — byte sniffing and conversion to UTF-8.
#include "loaders/read/text_decoding.h"

#include <cstddef>
#include <cstdint>
#include <utility>

namespace awardgraph::loaders {
namespace {

// Unicode code points for Windows-1252 bytes 0x80..0x9F. Zero marks the five
// bytes the code page leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
constexpr char32_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88-8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98-9F
};

// Share of control bytes above which a file counts as binary (ten per cent).
constexpr std::size_t kBinaryControlPerMille = 100;

// Stray (non-UTF-8) high bytes needed before the "mostly not Latin text"
// check applies; below this a few accented letters can outnumber ASCII.
constexpr std::size_t kMinStrayBytesForEncodingCheck = 8;

// Returns the length of the well-formed UTF-8 sequence at `pos`, or 0 when
// the bytes there are not one (Unicode 15, table 3-7).
std::size_t Utf8SequenceLength(std::string_view bytes, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(bytes[i]); };
  const std::uint8_t lead = byte(pos);
  if (lead < 0x80) return 1;
  std::size_t length;
  std::uint8_t second_min = 0x80, second_max = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) second_min = 0xA0;  // no overlongs
    if (lead == 0xED) second_max = 0x9F;  // no surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) second_min = 0x90;  // no overlongs
    if (lead == 0xF4) second_max = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (pos + length > bytes.size()) return 0;
  if (byte(pos + 1) < second_min || byte(pos + 1) > second_max) return 0;
  for (std::size_t i = 2; i < length; ++i) {
    if (byte(pos + i) < 0x80 || byte(pos + i) > 0xBF) return 0;
  }
  return length;
}

bool IsControlByte(std::uint8_t byte) {
  if (byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' || byte == '\v') return false;
  return byte < 0x20 || byte == 0x7F;
}

bool IsAsciiLetter(std::uint8_t byte) { return (byte | 0x20) >= 'a' && (byte | 0x20) <= 'z'; }

// True when `text` (UTF-8) holds nothing but whitespace, counting no-break
// spaces and stray byte-order marks as whitespace.
bool IsBlank(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
    if (text.substr(i, 2) == "\xC2\xA0") {
      ++i;
      continue;
    }
    if (text.substr(i, 3) == "\xEF\xBB\xBF") {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

// Decodes UTF-16 (after its BOM) to UTF-8, or returns false on odd length or
// an unpaired surrogate.
bool DecodeUtf16(std::string_view bytes, bool big_endian, std::string& out) {
  if (bytes.size() % 2 != 0) return false;
  const auto unit = [&](std::size_t i) -> char32_t {
    const auto first = static_cast<std::uint8_t>(bytes[i]);
    const auto second = static_cast<std::uint8_t>(bytes[i + 1]);
    return big_endian ? (first << 8) | second : (second << 8) | first;
  };
  out.reserve(bytes.size());
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    char32_t code = unit(i);
    if (code >= 0xDC00 && code <= 0xDFFF) return false;
    if (code >= 0xD800 && code <= 0xDBFF) {
      if (i + 3 >= bytes.size()) return false;
      const char32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) return false;
      code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    }
    AppendUtf8(code, out);
  }
  return true;
}

// True for data that is not text: any NUL byte, or more than one byte in ten
// being a control character other than the usual whitespace.
bool LooksBinary(std::string_view bytes) {
  std::size_t controls = 0;
  for (char c : bytes) {
    if (c == '\0') return true;
    if (IsControlByte(static_cast<std::uint8_t>(c))) ++controls;
  }
  return controls * 1000 > bytes.size() * kBinaryControlPerMille;
}

// Rejects empty text, else normalises the newlines of decoded UTF-8.
DecodedText Finish(std::string_view utf8, std::string encoding) {
  DecodedText result;
  result.encoding = std::move(encoding);
  if (IsBlank(utf8)) {
    result.error = "empty file";
    return result;
  }
  result.text = NormalizeNewlines(utf8);
  return result;
}

DecodedText Failure(std::string error) {
  DecodedText result;
  result.error = std::move(error);
  return result;
}

}  // namespace

void AppendUtf8(char32_t code_point, std::string& out) {
  if ((code_point >= 0xD800 && code_point <= 0xDFFF) || code_point > 0x10FFFF) {
    code_point = 0xFFFD;
  }
  if (code_point < 0x80) {
    out.push_back(static_cast<char>(code_point));
  } else if (code_point < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (code_point >> 6)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else if (code_point < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (code_point >> 12)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (code_point >> 18)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((code_point >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (code_point & 0x3F)));
  }
}

bool IsValidUtf8(std::string_view bytes) {
  for (std::size_t pos = 0; pos < bytes.size();) {
    const std::size_t length = Utf8SequenceLength(bytes, pos);
    if (length == 0) return false;
    pos += length;
  }
  return true;
}

std::string NormalizeNewlines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out.push_back(text[i]);
    } else {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
  }
  return out;
}

DecodedText DecodeText(std::string_view bytes) {
  if (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF") {
    const bool big_endian = bytes[0] == '\xFE';
    std::string utf8;
    if (!DecodeUtf16(bytes.substr(2), big_endian, utf8)) return Failure("invalid UTF-16 text");
    if (LooksBinary(utf8)) return Failure("binary file");
    return Finish(utf8, big_endian ? "UTF-16BE" : "UTF-16LE");
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (LooksBinary(bytes)) return Failure("binary file");
  if (IsValidUtf8(bytes)) return Finish(bytes, "UTF-8");

  // Not UTF-8 as a whole. Keep every well-formed multi-byte UTF-8 sequence and
  // read each remaining byte as Windows-1252, which also covers Latin-1 and
  // files where a Windows editor inserted a few curly quotes into UTF-8.
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  std::size_t stray_bytes = 0;
  std::size_t ascii_letters = 0;
  bool has_utf8_sequences = false;
  for (std::size_t pos = 0; pos < bytes.size();) {
    const auto byte = static_cast<std::uint8_t>(bytes[pos]);
    const std::size_t length = Utf8SequenceLength(bytes, pos);
    if (length > 0) {
      if (length > 1) has_utf8_sequences = true;
      if (IsAsciiLetter(byte)) ++ascii_letters;
      out.append(bytes.substr(pos, length));
      pos += length;
      continue;
    }
    ++stray_bytes;
    char32_t code_point = byte;
    if (byte >= 0x80 && byte <= 0x9F) {
      code_point = kCp1252High[byte - 0x80];
      if (code_point == 0) {
        static constexpr char kHex[] = "0123456789ABCDEF";
        return Failure(std::string("not UTF-8 or Windows-1252 text (undefined byte 0x") +
                       kHex[byte >> 4] + kHex[byte & 0xF] + " at offset " + std::to_string(pos) +
                       ")");
      }
    }
    AppendUtf8(code_point, out);
    ++pos;
  }
  // Latin-script text is mostly ASCII letters; a file dominated by high bytes
  // is in some other code page (Cyrillic, Greek, CJK...) and would decode to
  // mojibake.
  if (stray_bytes >= kMinStrayBytesForEncodingCheck && stray_bytes > ascii_letters) {
    return Failure("not UTF-8 or Windows-1252 text (mostly non-ASCII bytes)");
  }
  return Finish(out, has_utf8_sequences ? "UTF-8 with Windows-1252 bytes" : "Windows-1252");
}

}  // namespace awardgraph::loaders
