// ingest_command.cc — `awardgraph ingest`.
#include "cli/ingest_command.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "cli/commands.h"
#include "cli/options.h"

namespace awardgraph::cli {

const char kIngestUsage[] =
    "Usage: awardgraph ingest [--store S] [--jobs N] [--no-progress] [--max-file-size BYTES]\n"
    "                         [--batch N]\n"
    "                         INPUT...\n"
    "Reads news articles (.txt with the title on the first line, saved .html/.htm pages,\n"
    ".jsonl with one article per line), extracts people, roles, organisations, projects,\n"
    "ceremonies, categories, nominations and partnerships, and stores them with their\n"
    "evidence. Folders are read recursively. Each article is kept in its own named graph:\n"
    "ingesting it again changes nothing; ingesting a changed version replaces its facts.\n"
    "A file that cannot be used is named on stderr and skipped (exit code 3).\n\n"
    "Options:\n"
    "  --jobs N              extraction threads (default: the number of cores)\n"
    "  --no-progress         no progress bar (it is shown only on a terminal anyway)\n"
    "  --max-file-size BYTES skip larger files (default 10485760)\n"
    "  --batch N             articles per store write (default 256); a crash loses at most\n"
    "                        the batch being written\n";

namespace {

std::size_t ParseCount(const std::string& option, const std::string& text) {
  char* end = nullptr;
  errno = 0;
  unsigned long long value = std::strtoull(text.c_str(), &end, 10);
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text[0])) || *end != '\0' ||
      errno != 0)
    throw UsageError(option + " takes a whole number, not '" + text + "'");
  return static_cast<std::size_t>(value);
}

class ProgressBar {
 public:
  explicit ProgressBar(std::ostream& err) : err_(err), start_(Clock::now()) {}
  void Show(std::size_t done, std::size_t total) {
    last_done_ = done;
    auto now = Clock::now();
    if (done != total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
    char line[160];
    if (total == 0) {  // not known: files are read as the ingest goes
      std::snprintf(line, sizeof line, "\r%zu articles, %.1f articles/s", done, rate);
      err_ << line << std::flush;
      shown_ = true;
      return;
    }
    constexpr int kWidth = 30;
    int filled = static_cast<int>(kWidth * done / total);
    std::snprintf(line, sizeof line, "\r[%-*s] %zu/%zu articles, %.1f articles/s", kWidth,
                  std::string(static_cast<std::size_t>(filled), '#').c_str(), done, total, rate);
    err_ << line << (done == total ? "\n" : "") << std::flush;
  }
  /// Ends the line of a bar whose total was not known.
  void Finish() {
    if (!shown_) return;
    last_ = {};
    shown_ = false;
    const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    char line[160];
    std::snprintf(line, sizeof line, "\r%zu articles, %.1f articles/s\n", last_done_,
                  seconds > 0 ? static_cast<double>(last_done_) / seconds : 0.0);
    err_ << line << std::flush;
  }

 private:
  using Clock = std::chrono::steady_clock;
  std::ostream& err_;
  Clock::time_point start_;
  Clock::time_point last_{};
  bool shown_ = false;
  std::size_t last_done_ = 0;
};

}  // namespace

IngestConfig ParseIngestConfig(const std::vector<std::string>& args, const char* store_env) {
  const ParsedArgs parsed = ParseArgs(args, {kStoreOption,
                                             {"--jobs", true},
                                             {"--no-progress", false},
                                             {"--max-file-size", true},
                                             {"--batch", true}});
  IngestConfig config;
  config.help = parsed.Has("--help");
  if (config.help) return config;
  config.store = ResolveStore(parsed.Value("--store"), store_env);
  config.options.jobs = std::max(1u, std::thread::hardware_concurrency());
  if (auto jobs = parsed.Value("--jobs")) {
    std::size_t n = ParseCount("--jobs", *jobs);
    if (n < 1 || n > 256) throw UsageError("--jobs takes a number from 1 to 256");
    config.options.jobs = static_cast<unsigned>(n);
  }
  config.progress = !parsed.Has("--no-progress");
  if (auto batch = parsed.Value("--batch")) {
    config.options.batch_articles = ParseCount("--batch", *batch);
    if (config.options.batch_articles < 1) throw UsageError("--batch takes a number from 1");
  }
  if (auto size = parsed.Value("--max-file-size"))
    config.options.max_file_size = ParseCount("--max-file-size", *size);
  if (parsed.positional.empty()) throw UsageError("no INPUT to ingest (give files or folders)");
  config.inputs = parsed.positional;
  return config;
}

int RunIngest(const std::vector<std::string>& args, CommandIo& io) {
  const IngestConfig config = ParseIngestConfig(args, std::getenv("AWARDGRAPH_STORE"));
  if (config.help) {
    io.out << kIngestUsage << kStoreHelp;
    return 0;
  }
  query::Store store = query::Store::Open(config.store, query::Store::Mode::kWrite);
  ProgressBar bar(io.err);
  ingest::ProgressFn progress;
  if (config.progress && isatty(STDERR_FILENO))
    progress = [&bar](std::size_t done, std::size_t total) { bar.Show(done, total); };
  ingest::IngestReport r = ingest::IngestPaths(config.inputs, config.options, store, progress);
  bar.Finish();
  for (const auto& s : r.skipped)
    io.err << "awardgraph: skipped " << s.source << ": " << s.reason << "\n";
  long long added =
      static_cast<long long>(r.triples_after) - static_cast<long long>(r.triples_before);
  io.err << "articles: " << r.articles << " (" << r.written << " written, " << r.unchanged
         << " unchanged), files skipped: " << r.skipped.size() << "\n"
         << "triples: " << added << " added, " << r.triples_after << " in the store\n"
         << "facts: " << r.facts.nominations << " nominations, " << r.facts.roles << " roles, "
         << r.facts.organisations << " organisations, " << r.facts.people << " people, "
         << r.facts.projects << " projects, " << r.facts.ceremonies << " ceremonies, "
         << r.facts.collaborations << " partnerships\n";
  return r.skipped.empty() ? 0 : 3;
}

namespace {
const CommandRegistration kIngestRegistration({"ingest",
                                               "extract award facts from articles into the store",
                                               &RunIngest});
}  // namespace

}  // namespace awardgraph::cli
