// Tests for ingest/pipeline.h: IngestPaths() and IngestDocuments() on an
// in-memory store (counts, progress, unchanged articles, skipped inputs).
#include "ingest/pipeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "loaders/read/document_reader.h"
#include "query/store.h"
#include "tests/common/temp_dir.h"

namespace awardgraph::ingest {
namespace {

using test_support::TempDir;
using test_support::WriteFile;

constexpr char kLeedsShortlisted[] =
    "Leeds hospitals shortlisted for HSJ Patient Safety Awards 2024\n"
    "\n"
    "Leeds Teaching Hospitals NHS Trust has been shortlisted in the Deteriorating Patient "
    "category at the HSJ Patient Safety Awards 2024.\n"
    "\n"
    "Dr Amina Rahman, Chief Medical Officer at Leeds Teaching Hospitals NHS Trust, said: "
    "\"This recognition belongs to our ward teams.\"\n";

constexpr char kSheffieldWinner[] =
    "Sheffield nurses win at Nursing Times Awards 2023\n"
    "\n"
    "Sheffield Teaching Hospitals NHS Foundation Trust has won the Nursing in Mental Health "
    "category at the Nursing Times Awards 2023.\n"
    "\n"
    "Karen Lloyd, Director of Nursing at Sheffield Teaching Hospitals NHS Foundation Trust, "
    "said: \"I am so proud of the team.\"\n";

TEST(IngestPathsTest, CountsWrittenAndUnchangedArticles) {
  TempDir dir;
  WriteFile(dir / "leeds.txt", kLeedsShortlisted);
  WriteFile(dir / "sheffield.txt", kSheffieldWinner);
  query::Store store = query::Store::Open("memory:", query::Store::Mode::kWrite);
  const IngestOptions options{.jobs = 2};
  std::vector<std::size_t> progress;
  IngestReport first =
      IngestPaths({dir.path().string()}, options, store, [&](std::size_t done, std::size_t total) {
        EXPECT_EQ(total, 0u);  // files are read as the pipeline goes
        progress.push_back(done);
      });
  EXPECT_EQ(progress, (std::vector<std::size_t>{1, 2}));
  EXPECT_EQ(first.articles, 2u);
  EXPECT_EQ(first.written, 2u);
  EXPECT_EQ(first.unchanged, 0u);
  EXPECT_EQ(first.triples_before, 0u);
  EXPECT_EQ(first.triples_after, store.Size());
  EXPECT_EQ(first.facts.nominations, 2u);
  EXPECT_EQ(first.facts.roles, 2u);
  EXPECT_TRUE(first.skipped.empty());
  EXPECT_EQ(store.Graphs().size(), 2u);

  IngestReport again = IngestPaths({dir.path().string()}, options, store, nullptr);
  EXPECT_EQ(again.written, 0u);
  EXPECT_EQ(again.unchanged, 2u);
  EXPECT_EQ(again.triples_before, first.triples_after);
  EXPECT_EQ(again.triples_after, first.triples_after);
}

TEST(IngestPathsTest, UnusableFilesAreSkippedAndTheRestLands) {
  TempDir dir;
  WriteFile(dir / "leeds.txt", kLeedsShortlisted);
  WriteFile(dir / "empty.txt", "");
  query::Store store = query::Store::Open("memory:", query::Store::Mode::kWrite);
  IngestReport r = IngestPaths({dir.path().string()}, {}, store, nullptr);
  EXPECT_EQ(r.written, 1u);
  ASSERT_EQ(r.skipped.size(), 1u);
  EXPECT_NE(r.skipped[0].source.find("empty.txt"), std::string::npos);
  EXPECT_GT(store.Size(), 0u);
}

// Every quad of a store, sorted, as text.
std::vector<std::string> Quads(const query::Store& store) {
  std::vector<std::string> out;
  for (const std::string& g : store.Graphs()) {
    for (const Triple& t : store.GraphTriples(g)) {
      out.push_back(g + " " + t.subject.value + " " + t.predicate.value + " " + t.object.value);
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(IngestDocumentsTest, ThreadsAndBatchSizesGiveTheSameStoreInInputOrder) {
  std::vector<loaders::Document> docs;
  for (int i = 0; i < 40; ++i) {
    const char* text = i % 2 == 0 ? kLeedsShortlisted : kSheffieldWinner;
    loaders::ReadResult read = loaders::ReadBuffer(text, "article" + std::to_string(i) + ".txt");
    docs.push_back(std::move(read.documents.at(0)));
  }
  docs.push_back(docs[3]);  // the same source again, later: unchanged
  query::Store reference = query::Store::Open("memory:", query::Store::Mode::kWrite);
  const IngestReport expected = IngestDocuments(docs, {.jobs = 1}, reference, nullptr);
  EXPECT_EQ(expected.articles, 41u);
  EXPECT_EQ(expected.written, 40u);
  EXPECT_EQ(expected.unchanged, 1u);
  for (unsigned jobs : {2u, 3u}) {
    for (std::size_t batch : {std::size_t{1}, std::size_t{7}, std::size_t{256}}) {
      query::Store store = query::Store::Open("memory:", query::Store::Mode::kWrite);
      std::vector<std::size_t> progress;
      const IngestReport r = IngestDocuments(docs, {.jobs = jobs, .batch_articles = batch}, store,
                                             [&](std::size_t done, std::size_t total) {
                                               EXPECT_EQ(total, docs.size());
                                               progress.push_back(done);
                                             });
      EXPECT_EQ(r.written, expected.written) << jobs << " jobs, batch " << batch;
      EXPECT_EQ(r.unchanged, expected.unchanged) << jobs << " jobs, batch " << batch;
      EXPECT_EQ(r.facts.nominations, expected.facts.nominations);
      EXPECT_EQ(Quads(store), Quads(reference)) << jobs << " jobs, batch " << batch;
      ASSERT_FALSE(progress.empty());
      EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
      EXPECT_EQ(progress.back(), docs.size());
    }
  }
}

TEST(IngestDocumentsTest, BodyReadFromMemoryMatchesTheSameFileOnDisk) {
  TempDir dir;
  WriteFile(dir / "leeds.txt", kLeedsShortlisted);
  query::Store from_disk = query::Store::Open("memory:", query::Store::Mode::kWrite);
  IngestPaths({dir / "leeds.txt"}, {}, from_disk, nullptr);

  loaders::ReadResult read = loaders::ReadBuffer(kLeedsShortlisted, dir / "leeds.txt");
  ASSERT_EQ(read.documents.size(), 1u);
  query::Store from_body = query::Store::Open("memory:", query::Store::Mode::kWrite);
  IngestReport r = IngestDocuments(read.documents, {}, from_body, nullptr);
  EXPECT_EQ(r.articles, 1u);
  EXPECT_EQ(r.written, 1u);
  EXPECT_EQ(r.facts.nominations, 1u);
  EXPECT_EQ(from_body.Size(), from_disk.Size());
}

}  // namespace
}  // namespace awardgraph::ingest
