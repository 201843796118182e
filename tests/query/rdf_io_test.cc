// Tests for query/rdf_io.h.
#include "query/rdf_io.h"

#include <gtest/gtest.h>

#include <sstream>

#include "ontology/vocabulary.h"
#include "query/errors.h"
#include "store_fixture.h"

namespace awardgraph::query {
namespace {

using testing::TempDir;
using testing::WriteFile;

TEST(ParseRdfFileTest, TurtleIntoTheGivenGraph) {
  TempDir dir;
  WriteFile(
      dir / "a.ttl",
      "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
      "<http://ex/a> rdfs:label \"A\"@en , \"5\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n");
  const std::vector<Quad> quads = ParseRdfFile(dir / "a.ttl", RdfFormat::kTurtle, "http://ex/g");
  ASSERT_EQ(quads.size(), 2u);
  EXPECT_EQ(quads[0].graph, "http://ex/g");
  EXPECT_EQ(quads[0].triple.predicate, Term::Iri(vocab::kRdfsLabel));
  const std::set<Term> objects{quads[0].triple.object, quads[1].triple.object};
  EXPECT_TRUE(objects.count(Term::LangString("A", "en")));
  EXPECT_TRUE(objects.count(Term::Typed("5", vocab::kXsdInteger)));
}

TEST(ParseRdfFileTest, TrigKeepsItsGraphs) {
  TempDir dir;
  WriteFile(dir / "a.trig",
            "<http://ex/g1> { <http://ex/a> <http://ex/p> \"1\" . }\n"
            "<http://ex/b> <http://ex/p> \"2\" .\n");
  const std::vector<Quad> quads = ParseRdfFile(dir / "a.trig", RdfFormat::kTrig, "");
  ASSERT_EQ(quads.size(), 2u);
  std::set<std::string> graphs{quads[0].graph, quads[1].graph};
  EXPECT_EQ(graphs, (std::set<std::string>{"", "http://ex/g1"}));
}

TEST(ParseRdfFileTest, SyntaxErrorNamesFileAndLine) {
  TempDir dir;
  const std::string file = dir / "bad.ttl";
  WriteFile(file,
            "<http://ex/a> <http://ex/p> \"1\" .\n<http://ex/a> <http://ex/p> \"2\" .\n"
            "<http://ex/b> <http://ex/p> <http://ex/c> <http://ex/d> .\n");
  try {
    ParseRdfFile(file, RdfFormat::kTurtle, "");
    FAIL() << "no error";
  } catch (const RdfParseError& e) {
    EXPECT_EQ(e.File(), file);
    EXPECT_EQ(e.Line(), 3);
    EXPECT_NE(std::string(e.what()).find(file + ":3"), std::string::npos) << e.what();
  }
}

TEST(ParseRdfFileTest, MissingFile) {
  EXPECT_THROW(ParseRdfFile("/nonexistent/x.ttl", RdfFormat::kTurtle, ""), StoreError);
}

TEST(SerializeTriplesTest, RdfXmlIsWellFormedEnough) {
  std::ostringstream out;
  SerializeTriples({{Term::Iri("http://ex/a"), Term::Iri(vocab::kRdfsLabel), Term::Literal("a&b")}},
                   RdfFormat::kRdfxml, out);
  EXPECT_NE(out.str().find("a&amp;b"), std::string::npos) << out.str();
  EXPECT_NE(out.str().find("rdf:RDF"), std::string::npos);
}

}  // namespace
}  // namespace awardgraph::query

namespace awardgraph::query {
namespace {

TEST(ParseRdfFileTest, BlankNodeLabelsAreScopedToOneFile) {
  testing::TempDir dir;
  testing::WriteFile(dir / "a.ttl", "_:b1 <http://ex/p> \"1\" .\n_:b1 <http://ex/p> \"2\" .\n");
  const std::vector<Quad> first = ParseRdfFile(dir / "a.ttl", RdfFormat::kTurtle, "");
  const std::vector<Quad> second = ParseRdfFile(dir / "a.ttl", RdfFormat::kTurtle, "");
  ASSERT_EQ(first.size(), 2u);
  EXPECT_EQ(first[0].triple.subject, first[1].triple.subject);
  EXPECT_TRUE(first[0].triple.subject.IsBlank());
  EXPECT_NE(first[0].triple.subject, second[0].triple.subject);
}

}  // namespace
}  // namespace awardgraph::query
