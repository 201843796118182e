// document_reader.cc — walking inputs, reading files, dispatching by format.
#include "loaders/read/document_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <set>
#include <system_error>
#include <utility>

#include "loaders/read/html_extractor.h"
#include "loaders/read/jsonl_reader.h"
#include "loaders/read/text_decoding.h"

namespace awardgraph::loaders {
namespace {

namespace fs = std::filesystem;

// A first line with at least this many words that ends like a sentence is
// body text, not a headline.
constexpr std::size_t kSentenceTitleWords = 12;
// No headline is this long.
constexpr std::size_t kMaxTitleWords = 40;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\v'; }

// Trims ASCII whitespace and no-break spaces (U+00A0), common at the ends of
// lines copied from web pages.
std::string_view TrimView(std::string_view text) {
  constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
  while (true) {
    if (!text.empty() && IsSpace(text.front())) {
      text.remove_prefix(1);
    } else if (text.substr(0, 2) == kNoBreakSpace) {
      text.remove_prefix(2);
    } else if (!text.empty() && IsSpace(text.back())) {
      text.remove_suffix(1);
    } else if (text.size() >= 2 && text.substr(text.size() - 2) == kNoBreakSpace) {
      text.remove_suffix(2);
    } else {
      return text;
    }
  }
}

std::size_t CountWords(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    if (IsSpace(c)) {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++words;
    }
  }
  return words;
}

bool LooksLikeHeadline(std::string_view line) {
  const std::size_t words = CountWords(line);
  if (words >= kMaxTitleWords) return false;
  const char last = line.back();
  return !(words >= kSentenceTitleWords && (last == '.' || last == ':' || last == ';'));
}

std::string ToLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return !name.empty() && name[0] == '.' && name != "." && name != "..";
}

std::string DisplayPath(const fs::path& path) { return path.lexically_normal().generic_string(); }

// One file to read, with the name it is reported under.
struct PendingFile {
  fs::path path;
  InputFormat format;
};

// Adds the files under `directory` (recursively, sorted, hidden entries and
// unknown types left out) to `files`.
void CollectDirectory(const fs::path& directory, std::vector<PendingFile>& files,
                      ReadResult& result) {
  std::vector<PendingFile> found;
  std::error_code error;
  fs::recursive_directory_iterator it(directory, fs::directory_options::skip_permission_denied,
                                      error);
  if (error) {
    result.skipped.push_back({DisplayPath(directory), "cannot read directory: " + error.message()});
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) {
      result.skipped.push_back(
          {DisplayPath(it->path()), "cannot read directory: " + error.message()});
      break;
    }
    const fs::path& path = it->path();
    if (IsHidden(path)) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(error)) continue;
    const std::optional<InputFormat> format = FormatFromPath(path.string());
    if (format) found.push_back({path, *format});
  }
  std::sort(found.begin(), found.end(),
            [](const PendingFile& a, const PendingFile& b) { return a.path < b.path; });
  files.insert(files.end(), found.begin(), found.end());
}

// Reads a whole file of at most `max_size` bytes; returns an error message.
std::string ReadFile(const fs::path& path, std::uintmax_t max_size, std::string& bytes) {
  std::ifstream stream(path, std::ios::binary);
  if (!stream) return std::string("cannot open file: ") + std::strerror(errno);
  // Read one byte past the limit to notice a file that grew after stat().
  const std::uintmax_t limit = max_size < UINTMAX_MAX ? max_size + 1 : max_size;
  char buffer[64 * 1024];
  while (bytes.size() < limit) {
    const std::size_t want =
        static_cast<std::size_t>(std::min<std::uintmax_t>(sizeof(buffer), limit - bytes.size()));
    stream.read(buffer, static_cast<std::streamsize>(want));
    bytes.append(buffer, static_cast<std::size_t>(stream.gcount()));
    if (stream.eof()) return "";
    if (!stream) return std::string("cannot read file: ") + std::strerror(errno);
  }
  return "";
}

std::string OverSizeReason(std::uintmax_t size, std::uintmax_t max_size) {
  return "over " + std::to_string(max_size) + " bytes (file is " + std::to_string(size) +
         " bytes; raise --max-file-size to read it)";
}

}  // namespace

std::optional<InputFormat> FormatFromPath(std::string_view path) {
  const std::string extension = ToLower(fs::path(path).extension().string());
  if (extension == ".txt") return InputFormat::kText;
  if (extension == ".html" || extension == ".htm") return InputFormat::kHtml;
  if (extension == ".jsonl") return InputFormat::kJsonl;
  return std::nullopt;
}

InputFormat SniffFormat(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const std::string_view trimmed = TrimView(bytes);
  if (trimmed.empty()) return InputFormat::kText;
  if (trimmed.front() == '<') return InputFormat::kHtml;
  if (trimmed.front() == '{') {
    std::string_view first_line = trimmed.substr(0, trimmed.find('\n'));
    if (!first_line.empty() && first_line.back() == '\r') first_line.remove_suffix(1);
    const JsonParseResult parsed = ParseJson(first_line);
    if (parsed.Ok() && parsed.value.is_object()) return InputFormat::kJsonl;
  }
  return InputFormat::kText;
}

Document ParsePlainText(std::string_view text, std::string_view source) {
  Document document;
  document.source = std::string(source);
  std::size_t start = 0;
  std::string_view first_line;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    first_line = TrimView(text.substr(start, end - start));
    if (!first_line.empty()) {
      if (LooksLikeHeadline(first_line)) {
        document.title = std::string(first_line);
        start = end;
      }
      break;
    }
    start = end + 1;
  }
  if (start < text.size()) document.text = std::string(TrimView(text.substr(start)));
  return document;
}

ReadResult ReadBuffer(std::string_view bytes, std::string_view name, InputFormat format) {
  ReadResult result;
  DecodedText decoded = DecodeText(bytes);
  if (!decoded.Ok()) {
    result.skipped.push_back({std::string(name), decoded.error});
    return result;
  }
  switch (format) {
    case InputFormat::kText: {
      Document document = ParsePlainText(decoded.text, name);
      if (document.text.empty()) {
        result.skipped.push_back({std::string(name), "no article text after the title line"});
      } else {
        result.documents.push_back(std::move(document));
      }
      break;
    }
    case InputFormat::kHtml: {
      HtmlArticle article = ExtractHtmlArticle(decoded.text);
      if (article.text.empty()) {
        result.skipped.push_back({std::string(name), "no article text found in the page"});
      } else {
        result.documents.push_back({.source = std::string(name),
                                    .title = std::move(article.title),
                                    .date = std::move(article.date),
                                    .text = std::move(article.text)});
      }
      break;
    }
    case InputFormat::kJsonl: {
      JsonlResult records = ReadJsonl(decoded.text, name);
      result.documents = std::move(records.documents);
      result.skipped = std::move(records.skipped);
      if (result.documents.empty() && result.skipped.empty()) {
        result.skipped.push_back({std::string(name), "no records"});
      }
      break;
    }
  }
  return result;
}

ReadResult ReadBuffer(std::string_view bytes, std::string_view name) {
  const std::optional<InputFormat> format = FormatFromPath(name);
  return ReadBuffer(bytes, name, format ? *format : SniffFormat(bytes));
}

struct InputReader::State {
  ReadOptions options;
  std::vector<PendingFile> files;
  std::size_t next_file = 0;
  std::deque<Document> ready;  // documents of the file read last
  std::set<std::string> seen;
  ReadResult listing;  // skipped inputs; documents stay empty

  // Reads the next file into `ready` (or `listing.skipped`); false at the end.
  bool ReadNextFile() {
    if (next_file == files.size()) return false;
    const PendingFile& file = files[next_file++];
    const std::string source = DisplayPath(file.path);
    std::error_code error;
    const fs::path canonical = fs::weakly_canonical(file.path, error);
    if (!seen.insert(error ? source : canonical.string()).second) return true;
    const std::uintmax_t size = fs::file_size(file.path, error);
    if (error) {
      listing.skipped.push_back({source, "cannot read file: " + error.message()});
      return true;
    }
    if (size > options.max_file_size) {
      listing.skipped.push_back({source, OverSizeReason(size, options.max_file_size)});
      return true;
    }
    std::string bytes;
    const std::string read_error = ReadFile(file.path, options.max_file_size, bytes);
    if (!read_error.empty()) {
      listing.skipped.push_back({source, read_error});
      return true;
    }
    if (bytes.size() > options.max_file_size) {
      listing.skipped.push_back({source, OverSizeReason(bytes.size(), options.max_file_size)});
      return true;
    }
    ReadResult read = ReadBuffer(bytes, source, file.format);
    for (Document& document : read.documents) ready.push_back(std::move(document));
    for (SkippedInput& skipped : read.skipped) listing.skipped.push_back(std::move(skipped));
    return true;
  }
};

InputReader::InputReader(const std::vector<std::string>& inputs, const ReadOptions& options)
    : state_(std::make_unique<State>()) {
  state_->options = options;
  ReadResult& result = state_->listing;
  std::vector<PendingFile>& files = state_->files;
  for (const std::string& input : inputs) {
    const fs::path path(input);
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found) {
      result.skipped.push_back({input, "no such file or directory"});
    } else if (error) {
      result.skipped.push_back({input, error.message()});
    } else if (fs::is_directory(status)) {
      CollectDirectory(path, files, result);
    } else if (!fs::is_regular_file(status)) {
      result.skipped.push_back({input, "not a regular file"});
    } else if (const auto format = FormatFromPath(input)) {
      files.push_back({path, *format});
    } else {
      const std::string extension = path.extension().string();
      result.skipped.push_back({input, "unsupported file type" +
                                           (extension.empty() ? "" : " \"" + extension + "\"") +
                                           " (expected .txt, .html, .htm or .jsonl)"});
    }
  }
}

InputReader::InputReader(InputReader&&) noexcept = default;
InputReader& InputReader::operator=(InputReader&&) noexcept = default;
InputReader::~InputReader() = default;

std::optional<Document> InputReader::Next() {
  while (state_->ready.empty()) {
    if (!state_->ReadNextFile()) return std::nullopt;
  }
  Document document = std::move(state_->ready.front());
  state_->ready.pop_front();
  return document;
}

const std::vector<SkippedInput>& InputReader::Skipped() const { return state_->listing.skipped; }

ReadResult ReadInputs(const std::vector<std::string>& inputs, const ReadOptions& options) {
  InputReader reader(inputs, options);
  ReadResult result;
  while (std::optional<Document> document = reader.Next()) {
    result.documents.push_back(std::move(*document));
  }
  result.skipped = reader.Skipped();
  return result;
}

}  // namespace awardgraph::loaders
