// extract_bench.cc — how fast is extraction alone, on one thread and on J?
//
// Reads the seed articles once (not timed), repeats them to N Documents with
// distinct sources, then times ExtractArticle + BuildArticleTriples over all
// of them single-threaded and again on J threads (same work split as
// `awardgraph ingest`: an atomic next-index counter), in the same run, and
// prints articles/s, triples/s and the J-thread/1-thread ratio. CPU time is
// printed too: on a busy machine it shows whether the threads did extra work
// (contention) or merely waited for a core.
//
// Usage:
//   extract_bench [--articles N] [--jobs J] [--seeds DIR] [--single-only]
#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "loaders/extract/article_extractor.h"
#include "loaders/read/document_reader.h"
#include "loaders/extract/ods_gazetteer.h"
#include "loaders/rdf/triple_builder.h"

#ifndef AWARDGRAPH_SEEDS_DIR
#define AWARDGRAPH_SEEDS_DIR "tests/data/seeds/articles"
#endif

namespace {

using awardgraph::loaders::Document;

struct Options {
  std::size_t articles = 10000;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::string seeds = AWARDGRAPH_SEEDS_DIR;
  bool single_only = false;
};

[[noreturn]] void Usage(const char* message) {
  std::fprintf(stderr,
               "extract_bench: %s\n"
               "Usage: extract_bench [--articles N] [--jobs J] [--seeds DIR] [--single-only]\n",
               message);
  std::exit(2);
}

std::size_t ParsePositive(const char* option, const char* text) {
  char* end = nullptr;
  unsigned long long v = std::strtoull(text, &end, 10);
  if (*text == '\0' || *text == '-' || *end != '\0' || v == 0) Usage(option);
  return static_cast<std::size_t>(v);
}

Options ParseOptions(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> const char* {
      if (i + 1 >= argc) Usage((a + " needs a value").c_str());
      return argv[++i];
    };
    if (a == "--articles") {
      o.articles = ParsePositive("--articles takes a number >= 1", value());
    } else if (a == "--jobs") {
      o.jobs = static_cast<unsigned>(ParsePositive("--jobs takes a number >= 1", value()));
    } else if (a == "--seeds") {
      o.seeds = value();
    } else if (a == "--single-only") {
      o.single_only = true;
    } else {
      Usage(("unknown argument " + a).c_str());
    }
  }
  return o;
}

// N documents cycling through the seeds, each with its own source (the
// source keys the article IRI, so every copy is a distinct article).
std::vector<Document> Repeat(const std::vector<Document>& seeds, std::size_t n) {
  std::vector<Document> docs;
  docs.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    Document d = seeds[i % seeds.size()];
    d.source = "bench/" + std::to_string(i) + "/" + d.source;
    docs.push_back(std::move(d));
  }
  return docs;
}

struct Run {
  double seconds = 0;
  /// CPU time of the whole process (all threads) during the run.
  double cpu_seconds = 0;
  std::size_t triples = 0;
};

double ProcessCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Extracts every document on `jobs` threads; returns wall time and triples.
Run Extract(const std::vector<Document>& docs, unsigned jobs) {
  const auto& ods = awardgraph::loaders::OdsGazetteer::Default();
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> triples{0};
  auto work = [&] {
    std::size_t mine = 0;
    for (std::size_t i = next++; i < docs.size(); i = next++) {
      auto facts = awardgraph::loaders::ExtractArticle(docs[i], ods);
      mine += awardgraph::loaders::BuildArticleTriples(docs[i], facts, ods).size();
    }
    triples += mine;
  };
  const double cpu_start = ProcessCpuSeconds();
  auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (auto& t : threads) t.join();
  auto stop = std::chrono::steady_clock::now();
  return {std::chrono::duration<double>(stop - start).count(), ProcessCpuSeconds() - cpu_start,
          triples.load()};
}

void Print(const char* label, std::size_t articles, const Run& r, const Run* base) {
  double aps = static_cast<double>(articles) / r.seconds;
  double tps = static_cast<double>(r.triples) / r.seconds;
  std::printf("%-11s %7.3f s wall %7.3f s cpu  %8.0f articles/s  %9.0f triples/s", label,
              r.seconds, r.cpu_seconds, aps, tps);
  if (base) std::printf("  x%.2f vs 1 thread", base->seconds / r.seconds);
  std::printf("\n");
}

}  // namespace

int main(int argc, char** argv) {
  const Options o = ParseOptions(argc, argv);
  awardgraph::loaders::ReadResult read = awardgraph::loaders::ReadInputs({o.seeds});
  if (read.documents.empty()) Usage(("no articles read from " + o.seeds).c_str());
  const std::vector<Document> docs = Repeat(read.documents, o.articles);
  // Warm-up outside the timing: builds the gazetteer and lexicon statics.
  Extract({docs.front()}, 1);

  std::printf("extract_bench: %zu articles (%zu seeds repeated), %u hardware threads\n",
              docs.size(), read.documents.size(), std::thread::hardware_concurrency());
  const Run single = Extract(docs, 1);
  Print("1 thread", docs.size(), single, nullptr);
  if (!o.single_only && o.jobs > 1) {
    const Run multi = Extract(docs, o.jobs);
    if (multi.triples != single.triples) {
      std::fprintf(stderr, "extract_bench: %zu triples on %u threads but %zu on one\n",
                   multi.triples, o.jobs, single.triples);
      return 1;
    }
    char label[32];
    std::snprintf(label, sizeof label, "%u threads", o.jobs);
    Print(label, docs.size(), multi, &single);
  }
  std::printf("triples per article: %.1f\n",
              static_cast<double>(single.triples) / static_cast<double>(docs.size()));
  return 0;
}
