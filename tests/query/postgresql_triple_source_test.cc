// Tests for query/postgresql_triple_source.h on a real server (see
// postgresql_fixture.h): every lookup shape, with and without the predicate
// prefetch, against MemoryTripleSource holding the same data; named graphs;
// one snapshot per source.
#include "query/postgresql_triple_source.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <tuple>

#include "ontology/vocabulary.h"
#include "postgresql_fixture.h"
#include "query/postgresql_store.h"
#include "query/store.h"

namespace awardgraph::query::internal {
namespace {

using testing::PostgresqlTest;

using Found = std::multiset<std::tuple<Term, Term, Term, Term>>;

Found FindAll(const sparql::TripleSource& source, const Term* s, const Term* p, const Term* o,
              const Term* g) {
  Found out;
  source.Find(s, p, o, g, [&](const Term& a, const Term& b, const Term& c) {
    out.insert({a, b, c, Term{}});
    return true;
  });
  return out;
}

Found FindNamed(const sparql::TripleSource& source, const Term* s, const Term* p, const Term* o) {
  Found out;
  source.FindInNamedGraphs(s, p, o,
                           [&](const Term& a, const Term& b, const Term& c, const Term& g) {
                             out.insert({a, b, c, g});
                             return true;
                           });
  return out;
}

class PostgresqlSourceTest : public PostgresqlTest {
 protected:
  // Random triples over few subjects, predicates and objects (so lookups
  // repeat and join), in three graphs and the default graph.
  void Fill() {
    std::mt19937 rng(5);
    auto pick = [&](int n) { return static_cast<int>(rng() % n); };
    for (int i = 0; i < 40; ++i) nodes_.push_back(Term::Iri("http://ex/n" + std::to_string(i)));
    for (int i = 0; i < 4; ++i) predicates_.push_back(Term::Iri("http://ex/p" + std::to_string(i)));
    std::vector<Term> objects = nodes_;
    objects.push_back(Term::Literal("plain"));
    objects.push_back(Term::LangString("tagged", "en"));
    objects.push_back(Term::Typed("7", "http://www.w3.org/2001/XMLSchema#integer"));
    objects_ = objects;
    Store store = Store::Open(StoreName(), Store::Mode::kWrite);
    for (const std::string& g : {"", "http://ex/g1", "http://ex/g2", "http://ex/g3"}) {
      std::vector<Triple> triples;
      for (int i = 0; i < 150; ++i) {
        triples.push_back({nodes_[pick(40)], predicates_[pick(4)], objects[pick(43)]});
      }
      store.AddTriples(triples, g);
      for (const Triple& t : triples) memory_.Add(t, g);
    }
    // The default graph is the union, as the store keeps it.
    for (const std::string& g : {"http://ex/g1", "http://ex/g2", "http://ex/g3"}) {
      const Term name = Term::Iri(g);
      memory_.Find(nullptr, nullptr, nullptr, &name,
                   [&](const Term& s, const Term& p, const Term& o) {
                     memory_.Add({s, p, o});
                     return true;
                   });
    }
  }

  std::vector<Term> nodes_, predicates_, objects_;
  sparql::MemoryTripleSource memory_;
};

TEST_F(PostgresqlSourceTest, EveryShapeMatchesTheMemorySource) {
  Fill();
  auto pg = PostgresqlStore::Open(ParseStoreSpec(StoreName()), false);
  auto source = pg->Snapshot();
  const Term g2 = Term::Iri("http://ex/g2");
  const Term missing = Term::Iri("http://ex/none");
  // Many (s, p, ?) and (?, p, o) lookups: past kPrefetchAfter the answers
  // come from the prefetched predicate.
  for (int round = 0; round < 2; ++round) {
    for (const Term& p : predicates_) {
      for (const Term& n : nodes_) {
        ASSERT_EQ(FindAll(*source, &n, &p, nullptr, nullptr),
                  FindAll(memory_, &n, &p, nullptr, nullptr));
        ASSERT_EQ(FindAll(*source, nullptr, &p, &n, nullptr),
                  FindAll(memory_, nullptr, &p, &n, nullptr));
      }
      for (const Term& o : objects_) {
        ASSERT_EQ(FindAll(*source, &nodes_[3], &p, &o, nullptr),
                  FindAll(memory_, &nodes_[3], &p, &o, nullptr));
      }
      // Fully bound checks of one (predicate, object): past kPrefetchAfter
      // they are answered from the pair's subjects.
      for (const Term* o : {&nodes_[5], &objects_[40], &objects_[41]}) {
        for (const Term& n : nodes_) {
          ASSERT_EQ(FindAll(*source, &n, &p, o, nullptr), FindAll(memory_, &n, &p, o, nullptr));
        }
      }
    }
  }
  // Shapes without a bound predicate, named graphs, all named graphs.
  using Position = const Term*;
  for (Position s : std::vector<Position>{nullptr, &nodes_[1]}) {
    for (Position o : std::vector<Position>{nullptr, &nodes_[2], &objects_[41]}) {
      for (Position p : std::vector<Position>{nullptr, &predicates_[0]}) {
        EXPECT_EQ(FindAll(*source, s, p, o, nullptr), FindAll(memory_, s, p, o, nullptr));
        EXPECT_EQ(FindAll(*source, s, p, o, &g2), FindAll(memory_, s, p, o, &g2));
        EXPECT_EQ(FindAll(*source, s, p, o, &missing), Found{});
        EXPECT_EQ(FindNamed(*source, s, p, o), FindNamed(memory_, s, p, o));
      }
    }
  }
  EXPECT_EQ(source->NamedGraphs(), memory_.NamedGraphs());
  const Term hidden = Term::Iri(vocab::kDefaultGraph);
  EXPECT_EQ(FindAll(*source, nullptr, nullptr, nullptr, &hidden), Found{});
}

TEST_F(PostgresqlSourceTest, ASourceReadsOneSnapshot) {
  Fill();
  auto pg = PostgresqlStore::Open(ParseStoreSpec(StoreName()), false);
  auto source = pg->Snapshot();
  const Found before = FindAll(*source, nullptr, nullptr, nullptr, nullptr);
  {
    Store writer = Store::Open(StoreName(), Store::Mode::kWrite);
    writer.ReplaceGraph("http://ex/g9", {{nodes_[0], predicates_[0], Term::Literal("new")}});
    writer.RemoveGraph("http://ex/g1");
  }
  EXPECT_EQ(FindAll(*source, nullptr, nullptr, nullptr, nullptr), before);
  source.reset();
  EXPECT_NE(FindAll(*pg->Snapshot(), nullptr, nullptr, nullptr, nullptr), before);
}

}  // namespace
}  // namespace awardgraph::query::internal
