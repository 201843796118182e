// Tests for query/postgresql_connection.h: Redland's node keys (checked
// against keys Redland's postgresql storage wrote), COPY escaping, errors.
#include "query/postgresql_connection.h"

#include <gtest/gtest.h>

#include "ontology/vocabulary.h"
#include "postgresql_fixture.h"
#include "query/errors.h"

namespace awardgraph::query::internal {
namespace {

// Keys read from tables that librdf 1.0.17's postgresql storage filled.
TEST(PostgresqlKeysTest, MatchRedlandsKeys) {
  EXPECT_EQ(ModelId("triples"), 2991322052488101927ULL);
  EXPECT_EQ(ModelId("graphs"), 18034117366440947944ULL);
  EXPECT_EQ(NodeId(Term::Iri("https://w3id.org/awardgraph/id/graph/2feb59127009ed942ad07794")),
            2121243828558722299ULL);
  EXPECT_EQ(NodeId(Term::Typed("2022-10-02", "http://www.w3.org/2001/XMLSchema#date")),
            11515706838694264105ULL);
  EXPECT_EQ(NodeId(Term::LangString("Highly commended", "en")), 18221057917355876343ULL);
  EXPECT_EQ(NodeIdText(Term::LangString("Highly commended", "en")), "18221057917355876343");
}

TEST(PostgresqlKeysTest, StoredFormsShareAKey) {
  // As the store keeps them: xsd:string is a plain literal, a language
  // literal has no datatype; kinds never share a key.
  EXPECT_EQ(NodeId(Term::Typed("x", vocab::kXsdString)), NodeId(Term::Literal("x")));
  EXPECT_EQ(NodeId(Term{Term::Kind::kLiteral, "x", "http://ex/t", "en"}),
            NodeId(Term::LangString("x", "en")));
  EXPECT_NE(NodeId(Term::Iri("x")), NodeId(Term::Blank("x")));
  EXPECT_NE(NodeId(Term::Iri("x")), NodeId(Term::Literal("x")));
  EXPECT_NE(NodeId(Term::Literal("x")), NodeId(Term::Typed("x", "http://ex/t")));
}

TEST(PostgresqlCopyTest, EscapesCopyTextSpecials) {
  std::string out;
  CopyField(out, "a\\b\tc\nd\re \"f\" é");
  EXPECT_EQ(out, "a\\\\b\\tc\\nd\\re \"f\" é");
  EXPECT_THROW(CopyField(out, std::string_view("a\0b", 3)), StoreError);
}

TEST(PostgresqlConnectTest, UnreachableServerNamesTheStore) {
  try {
    PgConnection::Connect(ParseStoreSpec("postgresql://nobody@127.0.0.1:1/none"));
    FAIL() << "connected to port 1";
  } catch (const StoreError& e) {
    const std::string message = e.what();
    EXPECT_NE(message.find("cannot open store postgresql://nobody@127.0.0.1:1/none"),
              std::string::npos)
        << message;
  }
}

using testing::PostgresqlTest;

TEST_F(PostgresqlTest, ConnectionRunsCopiesAndReportsSqlErrors) {
  PgConnection db = PgConnection::Connect(ParseStoreSpec(StoreName()));
  db.Execute("CREATE TABLE t (id numeric(20), v text)");
  std::string rows = "18221057917355876343\t";
  CopyField(rows, "tab\there");
  rows += "\n";
  db.Copy("t (id, v)", rows);
  const PgResult r = db.Query("SELECT v FROM t WHERE id = $1::numeric", {"18221057917355876343"});
  ASSERT_EQ(r.Rows(), 1);
  EXPECT_EQ(r.Value(0, 0), "tab\there");
  EXPECT_THROW(db.Execute("SELECT * FROM no_such_table"), StoreError);
  const PgResult again = db.RunPrepared("count_t", "SELECT count(*) FROM t", {});
  EXPECT_EQ(again.Value(0, 0), "1");
}

}  // namespace
}  // namespace awardgraph::query::internal
