// Tests for document_reader.h: format dispatch, plain text titles, and
// reading files and directory trees from disk.
#include "loaders/read/document_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace awardgraph::loaders {
namespace {

namespace fs = std::filesystem;

std::string ReadersDir() { return std::string(AWARDGRAPH_TEST_DATA_DIR) + "/readers"; }

// A fresh temporary directory, removed when the test ends.
class TempDir {
 public:
  TempDir() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() /
            ("awardgraph_reader_" + std::string(info->name()) + "_" + std::to_string(::getpid()));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }

  // Writes `content` to `relative` (creating folders) and returns the path.
  std::string Write(const std::string& relative, const std::string& content) const {
    const fs::path file = path_ / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file.generic_string();
  }

  std::string Path() const { return path_.generic_string(); }

 private:
  fs::path path_;
};

std::vector<std::string> Sources(const ReadResult& result) {
  std::vector<std::string> sources;
  for (const Document& document : result.documents) sources.push_back(document.source);
  return sources;
}

// --- Formats ------------------------------------------------------------------

TEST(FormatTest, FromExtension) {
  EXPECT_EQ(FormatFromPath("a/b.txt"), InputFormat::kText);
  EXPECT_EQ(FormatFromPath("B.HTML"), InputFormat::kHtml);
  EXPECT_EQ(FormatFromPath("c.htm"), InputFormat::kHtml);
  EXPECT_EQ(FormatFromPath("d.jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(FormatFromPath("e.pdf"), std::nullopt);
  EXPECT_EQ(FormatFromPath("README"), std::nullopt);
  EXPECT_EQ(FormatFromPath("f.json"), std::nullopt);
}

TEST(FormatTest, Sniffing) {
  EXPECT_EQ(SniffFormat("  <!DOCTYPE html><p>x</p>"), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat("{\"text\": \"a\"}\n{\"text\": \"b\"}\n"), InputFormat::kJsonl);
  EXPECT_EQ(SniffFormat("{curly} headline\nBody"), InputFormat::kText);
  EXPECT_EQ(SniffFormat("Trust wins\n\nBody"), InputFormat::kText);
}

// --- Plain text -----------------------------------------------------------------

TEST(PlainTextTest, FirstLineIsTitleRestIsVerbatim) {
  Document document = ParsePlainText(
      "\n  Trust wins award  \n\nThe trust won.  Twice   over.\n\n  \u2022 Item\n\n", "a.txt");
  EXPECT_EQ(document.source, "a.txt");
  EXPECT_EQ(document.title, "Trust wins award");
  EXPECT_EQ(document.date, "");
  EXPECT_EQ(document.text, "The trust won.  Twice   over.\n\n  \u2022 Item");
}

TEST(PlainTextTest, SentenceLikeFirstLineStaysInTheText) {
  const std::string text =
      "The work of three local health innovation networks has been celebrated at the 2024 "
      "Health Service Journal (HSJ) Partnership awards. \u00a0\n\nThe annual awards ceremony...";
  Document document = ParsePlainText(text, "b.txt");
  EXPECT_EQ(document.title, "");
  EXPECT_EQ(document.text, text);
}

TEST(PlainTextTest, TrimsNoBreakSpacesAroundTitle) {
  Document document = ParsePlainText("\u00a0Trust wins \u00a0\nBody.\u00a0", "d.txt");
  EXPECT_EQ(document.title, "Trust wins");
  EXPECT_EQ(document.text, "Body.");
}

TEST(PlainTextTest, ShortSentenceIsStillATitle) {
  Document document = ParsePlainText("Trust wins award.\nBody.", "c.txt");
  EXPECT_EQ(document.title, "Trust wins award.");
  EXPECT_EQ(document.text, "Body.");
}

// --- ReadBuffer -----------------------------------------------------------------

TEST(ReadBufferTest, TextFile) {
  ReadResult result = ReadBuffer("Title\r\n\r\nBody line.\r\n", "news/a.txt");
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].source, "news/a.txt");
  EXPECT_EQ(result.documents[0].title, "Title");
  EXPECT_EQ(result.documents[0].text, "Body line.");
}

TEST(ReadBufferTest, TitleOnlyTextIsSkipped) {
  ReadResult result = ReadBuffer("Just a headline\n", "t.txt");
  EXPECT_TRUE(result.documents.empty());
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].reason, "no article text after the title line");
}

TEST(ReadBufferTest, HtmlFile) {
  ReadResult result = ReadBuffer(
      "<title>Win | Site</title><meta name=date content=2024-01-02><p>Body.</p>", "p.htm");
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].title, "Win");
  EXPECT_EQ(result.documents[0].date, "2024-01-02");
  EXPECT_EQ(result.documents[0].text, "Body.");
}

TEST(ReadBufferTest, HtmlWithoutArticleTextIsSkipped) {
  ReadResult result = ReadBuffer("<html><nav>Home</nav><script>x()</script></html>", "e.html");
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].reason, "no article text found in the page");
}

TEST(ReadBufferTest, Latin1HtmlIsDecodedBeforeParsing) {
  ReadResult result = ReadBuffer("<p>Caf\xE9 &amp; team\x92s prize</p>", "l.html");
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].text, "Caf\u00e9 & team\u2019s prize");
}

TEST(ReadBufferTest, UnknownNameIsSniffed) {
  ReadResult html = ReadBuffer("<p>From stdin.</p>", "-");
  ASSERT_EQ(html.documents.size(), 1u);
  EXPECT_EQ(html.documents[0].text, "From stdin.");
  ReadResult jsonl = ReadBuffer("{\"text\": \"one\"}\n{\"text\": \"two\"}\n", "<stdin>");
  EXPECT_EQ(Sources(jsonl), (std::vector<std::string>{"<stdin>:1", "<stdin>:2"}));
}

TEST(ReadBufferTest, DecodingFailuresAreSkipped) {
  EXPECT_EQ(ReadBuffer("", "e.txt").skipped.at(0).reason, "empty file");
  EXPECT_EQ(ReadBuffer(std::string("a\0b", 3), "b.txt").skipped.at(0).reason, "binary file");
  EXPECT_EQ(ReadBuffer("\n\n", "c.jsonl").skipped.at(0).reason, "empty file");
}

// --- ReadInputs: fixtures -------------------------------------------------------

TEST(ReadInputsTest, Latin1FileFixture) {
  ReadResult result = ReadInputs({ReadersDir() + "/latin1_article.txt"});
  ASSERT_EQ(result.documents.size(), 1u) << result.skipped.at(0).reason;
  EXPECT_EQ(result.documents[0].title, "Caf\u00e9 team\u2019s award success");
  EXPECT_EQ(result.documents[0].text,
            "The Trust\u2019s \u201cRapid Response\u201d team won \u00a35,000 at the "
            "na\u00efve event \u2013 a first.\nSecond line.");
}

TEST(ReadInputsTest, BinaryFileFixture) {
  ReadResult result = ReadInputs({ReadersDir() + "/binary_file.txt"});
  EXPECT_TRUE(result.documents.empty());
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].source, ReadersDir() + "/binary_file.txt");
  EXPECT_EQ(result.skipped[0].reason, "binary file");
}

TEST(ReadInputsTest, SavedPageFixture) {
  ReadResult result = ReadInputs({ReadersDir() + "/news_page.html"});
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].title, "Northfield trust wins HSJ Patient Safety Award");
  EXPECT_EQ(result.documents[0].date, "2024-09-27");
  EXPECT_EQ(result.documents[0].text.rfind("Northfield Teaching Hospitals NHS", 0), 0u);
}

TEST(ReadInputsTest, Windows1252PageDeclaredOnlyInMeta) {
  // Windows-1252 bytes (0xE9, 0x96, 0x92, 0x93, 0x94, 0xA3, 0x85) in a page
  // that names its charset only in <meta http-equiv>.
  ReadResult result = ReadInputs({ReadersDir() + "/windows1252_meta.html"});
  ASSERT_EQ(result.documents.size(), 1u);
  EXPECT_EQ(result.documents[0].title, "Caf\u00e9 award \u2013 Trust");
  EXPECT_EQ(result.documents[0].text,
            "The trust\u2019s \u201cSpot Sepsis\u201d team won \u00a35,000 at the caf\u00e9 "
            "\u2026 awards.");
}

TEST(ReadInputsTest, JsonlFixtureWithOneBadLine) {
  ReadResult result = ReadInputs({ReadersDir() + "/articles.jsonl"});
  EXPECT_EQ(result.documents.size(), 3u);
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].source, ReadersDir() + "/articles.jsonl:4");
}

// --- ReadInputs: files and folders ----------------------------------------------

TEST(ReadInputsTest, OverSizeFileIsSkipped) {
  TempDir dir;
  const std::string big = dir.Write("big.txt", "Title\n\n" + std::string(2000, 'x'));
  const std::string small = dir.Write("small.txt", "Title\n\nBody");
  ReadOptions options;
  options.max_file_size = 1000;
  ReadResult result = ReadInputs({big, small}, options);
  EXPECT_EQ(Sources(result), std::vector<std::string>{small});
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].source, big);
  EXPECT_EQ(result.skipped[0].reason,
            "over 1000 bytes (file is 2007 bytes; raise --max-file-size to read it)");
}

TEST(InputReaderTest, ReadsOneFileAtATimeWithTheSameResultAsReadInputs) {
  TempDir dir;
  dir.Write("a.txt", "Title A\n\nBody A");
  dir.Write("b/empty.txt", "");
  dir.Write("c.jsonl",
            "{\"text\": \"Body C1\", \"url\": \"u1\"}\nnot json\n"
            "{\"text\": \"Body C2\", \"url\": \"u2\"}\n");
  dir.Write("d.txt", "Title D\n\nBody D");
  const std::vector<std::string> inputs = {dir.Path(), "/nonexistent/awardgraph/x.txt"};
  InputReader reader(inputs);
  // Only the listing's skip is known before anything is read.
  ASSERT_EQ(reader.Skipped().size(), 1u);
  EXPECT_EQ(reader.Skipped()[0].source, "/nonexistent/awardgraph/x.txt");
  std::vector<std::string> sources;
  std::optional<Document> first = reader.Next();
  ASSERT_TRUE(first);
  EXPECT_EQ(first->source, dir.Path() + "/a.txt");
  EXPECT_EQ(reader.Skipped().size(), 1u);  // b/empty.txt not reached yet
  sources.push_back(first->source);
  while (std::optional<Document> doc = reader.Next()) sources.push_back(doc->source);
  EXPECT_FALSE(reader.Next());
  const ReadResult all = ReadInputs(inputs);
  EXPECT_EQ(sources, Sources(all));
  EXPECT_EQ(sources,
            (std::vector<std::string>{dir.Path() + "/a.txt", "u1", "u2", dir.Path() + "/d.txt"}));
  ASSERT_EQ(reader.Skipped().size(), all.skipped.size());
  for (std::size_t i = 0; i < all.skipped.size(); ++i) {
    EXPECT_EQ(reader.Skipped()[i].source, all.skipped[i].source);
    EXPECT_EQ(reader.Skipped()[i].reason, all.skipped[i].reason);
  }
}

TEST(ReadInputsTest, DefaultMaxFileSizeIsTenMebibytes) {
  EXPECT_EQ(ReadOptions().max_file_size, 10u * 1024 * 1024);
}

TEST(ReadInputsTest, MissingPathIsSkipped) {
  ReadResult result = ReadInputs({"/nonexistent/awardgraph/nothing.txt"});
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_EQ(result.skipped[0].source, "/nonexistent/awardgraph/nothing.txt");
  EXPECT_EQ(result.skipped[0].reason, "no such file or directory");
}

TEST(ReadInputsTest, ExplicitUnknownExtensionIsSkippedButIgnoredInWalks) {
  TempDir dir;
  const std::string pdf = dir.Write("report.pdf", "%PDF-1.4");
  dir.Write("notes.md", "# notes");
  dir.Write("a.txt", "Title\n\nBody");
  ReadResult explicit_file = ReadInputs({pdf});
  ASSERT_EQ(explicit_file.skipped.size(), 1u);
  EXPECT_EQ(explicit_file.skipped[0].reason,
            "unsupported file type \".pdf\" (expected .txt, .html, .htm or .jsonl)");
  ReadResult walk = ReadInputs({dir.Path()});
  EXPECT_EQ(Sources(walk), std::vector<std::string>{dir.Path() + "/a.txt"});
  EXPECT_TRUE(walk.skipped.empty());
}

TEST(ReadInputsTest, DirectoryWalkIsRecursiveSortedAndSkipsHidden) {
  TempDir dir;
  // Created in a scrambled order; read back sorted by path.
  dir.Write("zeta.txt", "Z\n\nz");
  dir.Write("b/2.html", "<p>b2</p>");
  dir.Write("a.txt", "A\n\na");
  dir.Write("b/1.txt", "B1\n\nb1");
  dir.Write("b/c/deep.jsonl", "{\"text\": \"deep\"}\n");
  dir.Write("B.txt", "Upper\n\nupper");
  dir.Write(".hidden.txt", "H\n\nhidden");
  dir.Write(".git/config.txt", "G\n\ngit");
  dir.Write("b/.cache/x.txt", "C\n\ncache");
  const std::string root = dir.Path();
  ReadResult result = ReadInputs({root});
  EXPECT_TRUE(result.skipped.empty());
  EXPECT_EQ(Sources(result),
            (std::vector<std::string>{root + "/B.txt", root + "/a.txt", root + "/b/1.txt",
                                      root + "/b/2.html", root + "/b/c/deep.jsonl:1",
                                      root + "/zeta.txt"}));
  // The same walk twice gives the same order.
  EXPECT_EQ(Sources(ReadInputs({root})), Sources(result));
}

TEST(ReadInputsTest, InputsKeepCommandLineOrderAndFilesAreReadOnce) {
  TempDir dir;
  const std::string a = dir.Write("a.txt", "A\n\na");
  const std::string b = dir.Write("sub/b.txt", "B\n\nb");
  ReadResult result = ReadInputs({dir.Path() + "/sub", a, dir.Path(), b});
  EXPECT_EQ(Sources(result), (std::vector<std::string>{b, a}));
}

TEST(ReadInputsTest, ExplicitHiddenFileIsRead) {
  TempDir dir;
  const std::string hidden = dir.Write(".draft.txt", "Draft\n\nbody");
  EXPECT_EQ(Sources(ReadInputs({hidden})), std::vector<std::string>{hidden});
}

TEST(ReadInputsTest, EmptyAndUndecodableFilesAreSkipped) {
  TempDir dir;
  dir.Write("empty.txt", "");
  dir.Write("blank.html", "  \n\n ");
  dir.Write("cyrillic.txt", "\xCF\xF0\xE8\xE2\xE5\xF2 \xEC\xE8\xF0 \xE8 \xE4\xF0\xF3\xE3");
  ReadResult result = ReadInputs({dir.Path()});
  EXPECT_TRUE(result.documents.empty());
  ASSERT_EQ(result.skipped.size(), 3u);
  EXPECT_EQ(result.skipped[0].reason, "empty file");  // blank.html
  EXPECT_NE(result.skipped[1].reason.find("not UTF-8 or Windows-1252"), std::string::npos);
  EXPECT_EQ(result.skipped[2].reason, "empty file");  // empty.txt
}

TEST(ReadInputsTest, UnreadableFileIsSkipped) {
  if (::geteuid() == 0) GTEST_SKIP() << "root can read any file";
  TempDir dir;
  const std::string locked = dir.Write("locked.txt", "T\n\nbody");
  fs::permissions(locked, fs::perms::none);
  ReadResult result = ReadInputs({locked});
  ASSERT_EQ(result.skipped.size(), 1u);
  EXPECT_NE(result.skipped[0].reason.find("cannot open file"), std::string::npos);
}

}  // namespace
}  // namespace awardgraph::loaders
