// Tests for query/librdf_handles.h (Term <-> librdf node round trips).
#include "query/librdf_handles.h"

#include <gtest/gtest.h>

#include "ontology/vocabulary.h"

using std::string_literals::operator""s;

namespace awardgraph::query::internal {
namespace {

Term RoundTrip(const Term& t) {
  NodePtr node = MakeNode(World::Instance(), t);
  return NodeToTerm(node.get());
}

TEST(LibrdfHandlesTest, TermsRoundTrip) {
  for (const Term& t : {Term::Iri(vocab::kTrust), Term::Blank("b7"), Term::Literal("x"),
                        Term::Literal(""), Term::LangString("Zo\u00eb", "en-GB"),
                        Term::Typed("2024", vocab::kXsdGYear), Term::Literal("nul\0in"s)}) {
    EXPECT_EQ(RoundTrip(t), t) << t.value;
  }
}

TEST(LibrdfHandlesTest, XsdStringBecomesPlain) {
  EXPECT_EQ(RoundTrip(Term::Typed("x", vocab::kXsdString)), Term::Literal("x"));
}

TEST(LibrdfHandlesTest, StatementRoundTrip) {
  const Triple t{Term::Iri("http://ex/a"), Term::Iri(vocab::kRdfsLabel), Term::Literal("A")};
  StatementPtr s = MakeStatement(World::Instance(), t);
  EXPECT_EQ(StatementToTriple(s.get()), t);
}

TEST(LibrdfHandlesTest, EmptyIriIsRefused) {
  EXPECT_ANY_THROW(MakeNode(World::Instance(), Term::Iri("")));
}

TEST(LibrdfHandlesTest, LogCaptureKeepsErrorsWithLines) {
  World& world = World::Instance();
  world.ClearLog();
  ParserPtr parser(librdf_new_parser(world.Raw(), "turtle", nullptr, nullptr));
  UriPtr base(librdf_new_uri(world.Raw(), reinterpret_cast<const unsigned char*>("http://ex/")));
  StoragePtr storage(librdf_new_storage(world.Raw(), "hashes", "t", "hash-type='memory'"));
  ModelPtr model(librdf_new_model(world.Raw(), storage.get(), nullptr));
  librdf_parser_parse_string_into_model(
      parser.get(), reinterpret_cast<const unsigned char*>("<a> <b> <c> .\n<a> <b> ."), base.get(),
      model.get());
  ASSERT_FALSE(world.Errors().empty());
  EXPECT_EQ(world.Errors()[0].line, 2);
  EXPECT_EQ(world.FirstErrorOr("").rfind("line 2: ", 0), 0u);
}

}  // namespace
}  // namespace awardgraph::query::internal
