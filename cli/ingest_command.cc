// ingest_command.cc — `awardgraph ingest`.
#include "cli/ingest_command.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <thread>

#include "cli/commands.h"
#include "cli/options.h"
#include "loaders/extract/article_extractor.h"
#include "loaders/read/document_reader.h"
#include "loaders/extract/ods_gazetteer.h"
#include "ontology/vocabulary.h"

namespace awardgraph::cli {

const char kIngestUsage[] =
    "Usage: awardgraph ingest [--store S] [--jobs N] [--no-progress] [--max-file-size BYTES]\n"
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
    "  --max-file-size BYTES skip larger files (default 10485760)\n";

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

void Accumulate(loaders::FactCounts& total, const loaders::FactCounts& c) {
  total.organisations += c.organisations;
  total.people += c.people;
  total.roles += c.roles;
  total.projects += c.projects;
  total.ceremonies += c.ceremonies;
  total.nominations += c.nominations;
  total.collaborations += c.collaborations;
}

// One article's extraction result, made on a worker thread.
struct Extracted {
  std::vector<Triple> triples;
  loaders::FactCounts counts;
};

// Extracts documents [begin, end) on `jobs` threads; results keep input order.
std::vector<Extracted> ExtractBatch(const std::vector<loaders::Document>& docs, std::size_t begin,
                                    std::size_t end, unsigned jobs) {
  std::vector<Extracted> out(end - begin);
  std::atomic<std::size_t> next{begin};
  const auto& ods = loaders::OdsGazetteer::Default();
  auto work = [&] {
    for (std::size_t i = next++; i < end; i = next++) {
      loaders::ArticleFacts facts = loaders::ExtractArticle(docs[i], ods);
      out[i - begin].counts = loaders::CountFacts(facts);
      out[i - begin].triples = loaders::BuildArticleTriples(docs[i], facts, ods);
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs && t < end - begin; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  return out;
}

class ProgressBar {
 public:
  explicit ProgressBar(std::ostream& err) : err_(err), start_(Clock::now()) {}
  void Show(std::size_t done, std::size_t total) {
    auto now = Clock::now();
    if (done != total && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    double seconds = std::chrono::duration<double>(now - start_).count();
    double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0.0;
    constexpr int kWidth = 30;
    int filled = total ? static_cast<int>(kWidth * done / total) : kWidth;
    char line[160];
    std::snprintf(line, sizeof line, "\r[%-*s] %zu/%zu articles, %.1f articles/s", kWidth,
                  std::string(static_cast<std::size_t>(filled), '#').c_str(), done, total, rate);
    err_ << line << (done == total ? "\n" : "") << std::flush;
  }

 private:
  using Clock = std::chrono::steady_clock;
  std::ostream& err_;
  Clock::time_point start_;
  Clock::time_point last_{};
};

}  // namespace

IngestConfig ParseIngestConfig(const std::vector<std::string>& args, const char* store_env) {
  const ParsedArgs parsed = ParseArgs(
      args, {kStoreOption, {"--jobs", true}, {"--no-progress", false}, {"--max-file-size", true}});
  IngestConfig config;
  config.help = parsed.Has("--help");
  if (config.help) return config;
  config.store = ResolveStore(parsed.Value("--store"), store_env);
  config.jobs = std::max(1u, std::thread::hardware_concurrency());
  if (auto jobs = parsed.Value("--jobs")) {
    std::size_t n = ParseCount("--jobs", *jobs);
    if (n < 1 || n > 256) throw UsageError("--jobs takes a number from 1 to 256");
    config.jobs = static_cast<unsigned>(n);
  }
  config.progress = !parsed.Has("--no-progress");
  if (auto size = parsed.Value("--max-file-size"))
    config.max_file_size = ParseCount("--max-file-size", *size);
  if (parsed.positional.empty()) throw UsageError("no INPUT to ingest (give files or folders)");
  config.inputs = parsed.positional;
  return config;
}

IngestReport Ingest(const IngestConfig& config, query::Store& store, const ProgressFn& progress) {
  IngestReport report;
  loaders::ReadOptions read_options;
  read_options.max_file_size = config.max_file_size;
  loaders::ReadResult read = loaders::ReadInputs(config.inputs, read_options);
  report.skipped = std::move(read.skipped);
  report.articles = read.documents.size();
  report.triples_before = store.Size();
  const Term hash_predicate = Term::Iri(vocab::kContentHash);
  constexpr std::size_t kBatch = 256;
  const auto& docs = read.documents;
  for (std::size_t begin = 0; begin < docs.size(); begin += kBatch) {
    std::size_t end = std::min(docs.size(), begin + kBatch);
    std::vector<Extracted> batch = ExtractBatch(docs, begin, end, config.jobs);
    std::vector<query::Store::GraphContent> changed;
    std::set<std::string> changed_graphs;
    for (std::size_t i = begin; i < end; ++i) {
      Extracted& e = batch[i - begin];
      Accumulate(report.facts, e.counts);
      const loaders::Document& doc = docs[i];
      auto stored = store.Objects(Term::Iri(loaders::ArticleIri(doc)), hash_predicate);
      std::string hash = loaders::ContentHash(doc);
      bool same = stored.size() == 1 && stored[0].value == hash;
      std::string graph = loaders::ArticleGraphIri(doc);
      if (same && !changed_graphs.contains(graph)) {
        ++report.unchanged;
      } else {
        // The same source twice in one batch: the later version wins.
        if (!changed_graphs.insert(graph).second) {
          std::erase_if(changed, [&](const auto& g) { return g.graph_iri == graph; });
        }
        changed.push_back({graph, std::move(e.triples)});
        ++report.written;
      }
      if (progress && i + 1 < end) progress(i + 1, docs.size());
    }
    store.ReplaceGraphs(changed);  // one transaction and one flush per batch
    if (progress) progress(end, docs.size());
  }
  report.triples_after = store.Size();
  return report;
}

int RunIngest(const std::vector<std::string>& args, CommandIo& io) {
  const IngestConfig config = ParseIngestConfig(args, std::getenv("AWARDGRAPH_STORE"));
  if (config.help) {
    io.out << kIngestUsage << kStoreHelp;
    return 0;
  }
  query::Store store = query::Store::Open(config.store, query::Store::Mode::kWrite);
  ProgressBar bar(io.err);
  ProgressFn progress;
  if (config.progress && isatty(STDERR_FILENO))
    progress = [&bar](std::size_t done, std::size_t total) { bar.Show(done, total); };
  IngestReport r = Ingest(config, store, progress);
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
