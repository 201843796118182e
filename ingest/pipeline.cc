// pipeline.cc — the ingest pipeline (see pipeline.h).
#include "ingest/pipeline.h"

#include <algorithm>
#include <atomic>
#include <set>
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

}  // namespace

IngestReport IngestDocuments(const std::vector<loaders::Document>& docs,
                             const IngestOptions& options, query::Store& store,
                             const ProgressFn& progress) {
  IngestReport report;
  report.articles = docs.size();
  report.triples_before = store.Size();
  const Term hash_predicate = Term::Iri(vocab::kContentHash);
  const std::size_t batch_size = std::max<std::size_t>(1, options.batch_articles);
  const unsigned jobs = std::max(1u, options.jobs);
  for (std::size_t begin = 0; begin < docs.size(); begin += batch_size) {
    std::size_t end = std::min(docs.size(), begin + batch_size);
    std::vector<Extracted> batch = ExtractBatch(docs, begin, end, jobs);
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

IngestReport IngestPaths(const std::vector<std::string>& inputs, const IngestOptions& options,
                         query::Store& store, const ProgressFn& progress) {
  loaders::ReadOptions read_options;
  read_options.max_file_size = options.max_file_size;
  loaders::ReadResult read = loaders::ReadInputs(inputs, read_options);
  IngestReport report = IngestDocuments(read.documents, options, store, progress);
  report.skipped = std::move(read.skipped);
  return report;
}

}  // namespace awardgraph::ingest
