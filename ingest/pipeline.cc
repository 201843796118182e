// pipeline.cc — the ingest pipeline (see pipeline.h).
#include "ingest/pipeline.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

#include "loaders/extract/article_extractor.h"
#include "loaders/extract/ods_gazetteer.h"
#include "loaders/read/document_reader.h"
#include "ontology/vocabulary.h"

namespace awardgraph::ingest {

namespace {

void Accumulate(loaders::FactCounts& total, const loaders::FactCounts& c) {
  total.organisations += c.organisations;
  total.people += c.people;
  total.roles += c.roles;
  total.projects += c.projects;
  total.ceremonies += c.ceremonies;
  total.nominations += c.nominations;
  total.collaborations += c.collaborations;
}

// One article's extraction result, made on a worker thread: what the
// writer needs, without the article's text.
struct Extracted {
  std::string article_iri;
  std::string graph_iri;
  std::string content_hash;
  std::vector<Triple> triples;
  loaders::FactCounts counts;
};

Extracted Extract(const loaders::Document& doc) {
  const auto& ods = loaders::OdsGazetteer::Default();
  loaders::ArticleFacts facts = loaders::ExtractArticle(doc, ods);
  Extracted out;
  out.article_iri = loaders::ArticleIri(doc);
  out.graph_iri = loaders::ArticleGraphIri(doc);
  out.content_hash = loaders::ContentHash(doc);
  out.counts = loaders::CountFacts(facts);
  out.triples = loaders::BuildArticleTriples(doc, facts, ods);
  return out;
}

// Where documents come from: the next one, or std::nullopt at the end.
// Called by one worker at a time.
using DocumentSource = std::function<std::optional<loaders::Document>()>;

// Extraction on `jobs` worker threads, concurrent with the calling thread,
// which takes the results in input order (Next) and writes them: the store
// (librdf) is only ever touched by the caller. At most `window` documents
// are read and not yet taken, so memory does not grow with the corpus.
class ExtractionPipeline {
 public:
  ExtractionPipeline(DocumentSource source, unsigned jobs, std::size_t window)
      : source_(std::move(source)), window_(std::max<std::size_t>(1, window)) {
    for (unsigned i = 0; i < std::max(1u, jobs); ++i) threads_.emplace_back([this] { Work(); });
  }
  ExtractionPipeline(const ExtractionPipeline&) = delete;
  ExtractionPipeline& operator=(const ExtractionPipeline&) = delete;
  ~ExtractionPipeline() {
    {
      std::lock_guard lock(mutex_);
      stop_ = true;
    }
    room_.notify_all();
    for (std::thread& t : threads_) t.join();
  }

  // The next document's result in input order; std::nullopt when all are
  // taken. Rethrows what a worker (or the source) threw.
  std::optional<Extracted> Next() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] {
      return error_ || results_.contains(taken_) || (source_done_ && taken_ == read_);
    });
    if (error_) std::rethrow_exception(error_);
    auto it = results_.find(taken_);
    if (it == results_.end()) return std::nullopt;
    Extracted out = std::move(it->second);
    results_.erase(it);
    ++taken_;
    room_.notify_all();
    return out;
  }

 private:
  void Work() {
    for (;;) {
      std::optional<loaders::Document> doc;
      std::size_t index = 0;
      {
        std::unique_lock lock(mutex_);
        room_.wait(lock, [&] { return stop_ || source_done_ || read_ - taken_ < window_; });
        if (stop_ || source_done_) return;
        try {
          doc = source_();
        } catch (...) {
          error_ = std::current_exception();
        }
        if (!doc) {
          source_done_ = true;
          ready_.notify_all();
          room_.notify_all();
          return;
        }
        index = read_++;
      }
      std::optional<Extracted> result;
      std::exception_ptr error;
      try {
        result = Extract(*doc);
      } catch (...) {
        error = std::current_exception();
      }
      {
        std::lock_guard lock(mutex_);
        if (error) {
          error_ = error;
          source_done_ = true;
        } else {
          results_.emplace(index, std::move(*result));
        }
      }
      ready_.notify_all();
      if (error) return;
    }
  }

  DocumentSource source_;
  const std::size_t window_;
  std::mutex mutex_;
  std::condition_variable ready_;  // a result arrived, the source ended, or an error
  std::condition_variable room_;   // a result was taken, or stop
  std::size_t read_ = 0;           // documents taken from the source
  std::size_t taken_ = 0;          // results handed to the caller
  bool source_done_ = false;
  bool stop_ = false;
  std::map<std::size_t, Extracted> results_;
  std::exception_ptr error_;
  std::vector<std::thread> threads_;  // last: joined before the rest is destroyed
};

// The pipeline proper: `total` documents (0 when not known in advance).
IngestReport IngestFrom(DocumentSource source, std::size_t total, const IngestOptions& options,
                        query::Store& store, const ProgressFn& progress) {
  IngestReport report;
  report.triples_before = store.Size();
  const Term hash_predicate = Term::Iri(vocab::kContentHash);
  const std::size_t batch_size = std::max<std::size_t>(1, options.batch_articles);
  // Two batches in flight: the workers extract the next batch while this
  // thread writes the current one.
  ExtractionPipeline pipeline(std::move(source), std::max(1u, options.jobs), 2 * batch_size);
  std::vector<query::Store::GraphContent> changed;
  std::map<std::string, std::string> changed_graphs;  // graph IRI -> content hash
  std::size_t in_batch = 0;
  std::size_t reported = 0;
  auto report_progress = [&] {
    if (progress && report.articles > reported) progress(report.articles, total);
    reported = report.articles;
  };
  auto flush = [&] {
    // One journal record and one index write; none when nothing changed.
    if (!changed.empty()) store.ReplaceGraphs(changed);
    changed.clear();
    changed_graphs.clear();
    in_batch = 0;
    report_progress();
  };
  while (std::optional<Extracted> e = pipeline.Next()) {
    ++report.articles;
    Accumulate(report.facts, e->counts);
    // The version to compare with: this batch's, else the store's.
    bool same = false;
    if (auto in_batch_hash = changed_graphs.find(e->graph_iri);
        in_batch_hash != changed_graphs.end()) {
      same = in_batch_hash->second == e->content_hash;
    } else {
      auto stored = store.Objects(Term::Iri(e->article_iri), hash_predicate);
      same = stored.size() == 1 && stored[0].value == e->content_hash;
    }
    if (same) {
      ++report.unchanged;
    } else {
      // The same source twice in one batch: the later version wins.
      if (!changed_graphs.insert_or_assign(e->graph_iri, e->content_hash).second) {
        std::erase_if(changed, [&](const auto& g) { return g.graph_iri == e->graph_iri; });
      }
      changed.push_back({e->graph_iri, std::move(e->triples)});
      ++report.written;
    }
    if (++in_batch == batch_size) {
      flush();
    } else {
      report_progress();
    }
  }
  flush();
  report.triples_after = store.Size();
  return report;
}

}  // namespace

IngestReport IngestDocuments(const std::vector<loaders::Document>& docs,
                             const IngestOptions& options, query::Store& store,
                             const ProgressFn& progress) {
  std::size_t next = 0;
  return IngestFrom(
      [&]() -> std::optional<loaders::Document> {
        if (next == docs.size()) return std::nullopt;
        return docs[next++];
      },
      docs.size(), options, store, progress);
}

IngestReport IngestPaths(const std::vector<std::string>& inputs, const IngestOptions& options,
                         query::Store& store, const ProgressFn& progress) {
  loaders::ReadOptions read_options;
  read_options.max_file_size = options.max_file_size;
  loaders::InputReader reader(inputs, read_options);
  IngestReport report = IngestFrom([&] { return reader.Next(); }, 0, options, store, progress);
  report.skipped = reader.Skipped();
  return report;
}

}  // namespace awardgraph::ingest
