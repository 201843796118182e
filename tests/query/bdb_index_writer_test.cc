// bdb_index_writer_test.cc — BdbIndexWriter: the BDB files it writes are the
// ones librdf reads, with the same content as librdf's own write path.
#include "query/bdb_index_writer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ontology/vocabulary.h"
#include "query/errors.h"
#include "query/librdf_handles.h"
#include "query/store.h"
#include "tests/common/temp_dir.h"

namespace awardgraph::query {
namespace {

using internal::BdbIndexWriter;
using test_support::TempDir;

Triple T(const std::string& s, const std::string& o) {
  return {Term::Iri("http://ex/" + s), Term::Iri("http://ex/p"), Term::Literal(o)};
}

// Every quad and every default-graph triple, sorted, as text.
std::vector<std::string> Dump(const Store& store) {
  std::vector<std::string> out;
  for (const std::string& g : store.Graphs()) {
    for (const Triple& t : store.GraphTriples(g)) {
      out.push_back(g + " " + t.subject.value + " " + t.predicate.value + " " + t.object.value +
                    "@" + t.object.language + "^^" + t.object.datatype);
    }
  }
  const QueryResult all = store.Query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }");
  for (const ResultRow& row : all.rows) {
    out.push_back("default " + row[0]->value + " " + row[1]->value + " " + row[2]->value + "@" +
                  row[2]->language + "^^" + row[2]->datatype);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The same batches through librdf (memory store) and through the writer
// (directory store).
void WriteBatches(Store& store) {
  Triple typed = T("a", "typed");
  typed.object.datatype = std::string(vocab::kXsdString);
  const Triple tagged{Term::Iri("http://ex/a"), Term::Iri("http://ex/label"),
                      Term::LangString("Ysbyty", "cy")};
  const Triple blank{Term::Blank("b1"), Term::Iri("http://ex/p"), Term::Iri("http://ex/a")};
  store.ReplaceGraphs({{"http://ex/g1", {T("a", "1"), T("b", "2"), T("shared", "s"), typed}},
                       {"http://ex/g2", {T("c", "3"), T("shared", "s"), tagged, blank}}});
  // One graph twice in a batch: the operations apply in order.
  store.ReplaceGraphs({{"http://ex/g1", {T("a", "1"), T("d", "4")}},
                       {"http://ex/g1", {T("a", "1"), T("e", "5")}},
                       {"http://ex/g3", {T("c", "3")}}});
  store.AddTriples({T("x", "1"), T("y", "2")});
  store.AddTriples({T("y", "2"), T("z", "3"), T("c", "3")});  // y is there already
  store.RemoveGraph("http://ex/g2");                          // c stays (g3, default); shared goes
  store.AddTriples({T("f", "6")}, "http://ex/g1");
  store.RemoveGraph("http://ex/none");
}

TEST(BdbIndexWriter, DirectoryStoreMatchesTheLibrdfWritePath) {
  TempDir dir;
  Store memory = Store::Open("memory:", Store::Mode::kWrite);
  WriteBatches(memory);
  {
    Store bdb = Store::Open(dir / "s", Store::Mode::kWrite);
    WriteBatches(bdb);
    EXPECT_EQ(Dump(bdb), Dump(memory));
    EXPECT_EQ(bdb.Size(), memory.Size());
  }
  // Read back by librdf from the files alone.
  const Store reopened = Store::Open(dir / "s", Store::Mode::kRead);
  const std::vector<std::string> dump = Dump(reopened);
  EXPECT_EQ(dump, Dump(memory));
  EXPECT_EQ(reopened.Graphs(), (std::vector<std::string>{"http://ex/g1", "http://ex/g3"}));
  EXPECT_EQ(reopened.Size(), 7u);  // a e f c x y z
  EXPECT_EQ(reopened.Objects(Term::Iri("http://ex/shared"), Term::Iri("http://ex/p")).size(), 0u);
}

TEST(BdbIndexWriter, AddsOnlyWhatIsMissingToAGraphThatHasStatements) {
  TempDir dir;
  const std::string path = dir / "s";
  { Store::Open(path, Store::Mode::kWrite).ReplaceGraph("http://ex/g", {T("a", "1")}); }
  internal::World& world = internal::World::Instance();
  internal::NodePtr default_graph =
      internal::MakeNode(world, Term::Iri(std::string(vocab::kDefaultGraph)));
  BdbIndexWriter writer(path, default_graph.get());
  writer.Apply({{JournalOp::Kind::kAddTriples, "http://ex/g", {T("a", "1"), T("b", "2")}},
                {JournalOp::Kind::kAddTriples, "http://ex/g", {T("b", "2"), T("c", "3")}}});
  writer.Close();
  // The writer bypassed the journal, so the store reopens with what the files hold.
  const Store store = Store::Open(path, Store::Mode::kRead);
  std::vector<Triple> triples = store.GraphTriples("http://ex/g");
  std::sort(triples.begin(), triples.end());
  EXPECT_EQ(triples, (std::vector<Triple>{T("a", "1"), T("b", "2"), T("c", "3")}));
  EXPECT_EQ(store.Size(), 3u);
}

TEST(BdbIndexWriter, MissingDirectoryIsAStoreErrorNamingTheFile) {
  TempDir dir;
  internal::NodePtr node =
      internal::MakeNode(internal::World::Instance(), Term::Iri("http://ex/default"));
  try {
    BdbIndexWriter writer(dir / "missing", node.get());
    FAIL() << "opened a writer in a missing directory";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("missing/triples-sp2o.db"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace awardgraph::query
