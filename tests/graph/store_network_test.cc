// Tests for graph/store_network.{h,cc}: the organisations, people and
// entities networks built from a small store, the tie selection, every
// filter, and the option parsers.
#include "graph/store_network.h"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>
#include <string>

#include "tests/common/temp_dir.h"

namespace awardgraph::graph {
namespace {

constexpr char kTurtle[] = R"(
@prefix ag: <https://w3id.org/awardgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/awardgraph/id/> .
id:a1 a ag:Article .
id:icb1 a ag:IntegratedCareBoard , ag:Organisation ; rdfs:label "NHS North ICB" ; ag:odsCode "QN1" .
id:icb2 a ag:IntegratedCareBoard , ag:Organisation ; rdfs:label "NHS South ICB" .
id:t1 a ag:Trust , ag:Organisation ; rdfs:label "North Trust" ; ag:withinIcb id:icb1 ;
  prov:wasDerivedFrom id:a1 ; ag:collaboratesWith id:t2 .
id:t2 a ag:Trust , ag:Organisation ; rdfs:label "Second Trust" ; ag:withinIcb id:icb1 ;
  prov:wasDerivedFrom id:a1 ; ag:collaboratesWith id:t1 .
id:co a ag:Company , ag:Organisation ; rdfs:label "Acme Ltd" ; prov:wasDerivedFrom id:a1 .
id:t3 a ag:Trust , ag:Organisation ; rdfs:label "South Trust" ; ag:withinIcb id:icb2 ;
  prov:wasDerivedFrom id:a1 .
id:lone a ag:OtherOrganisation , ag:Organisation ; rdfs:label "Lone University" ;
  prov:wasDerivedFrom id:a1 .
id:p1 a ag:Project ; rdfs:label "Portal" ; ag:involves id:t1 , id:t2 , id:co .
id:p2 a ag:Project ; rdfs:label "App" ; ag:involves id:t1 , id:t2 .
id:p3 a ag:Project ; rdfs:label "Ward" ; ag:involves id:t3 .
id:prog a ag:AwardProgramme ; rdfs:label "HSJ Awards" .
id:prog2 a ag:AwardProgramme ; rdfs:label "Nursing Times Awards" .
id:c24 a ag:Ceremony ; ag:programme id:prog ; ag:year "2024"^^xsd:gYear ; rdfs:label "HSJ Awards 2024" .
id:c23 a ag:Ceremony ; ag:programme id:prog2 ; ag:year "2023"^^xsd:gYear .
id:cat a ag:AwardCategory ; ag:programme id:prog ; rdfs:label "Digital" .
id:n1 a ag:Nomination ; ag:nominee id:t1 ; ag:project id:p1 ; ag:ceremony id:c24 ;
  ag:category id:cat ; ag:status ag:Winner .
id:n2 a ag:Nomination ; ag:nominee id:t3 ; ag:project id:p3 ; ag:ceremony id:c23 ;
  ag:status ag:Shortlisted .
id:n3 a ag:Nomination ; ag:nominee id:co ; ag:ceremony id:c23 ; ag:status ag:Shortlisted .
ag:Winner rdfs:label "Winner" . ag:Shortlisted rdfs:label "Shortlisted" .
id:jane a ag:Person ; rdfs:label "Jane" . id:raj a ag:Person ; rdfs:label "Raj" .
id:kim a ag:Person ; rdfs:label "Kim" .
id:r1 a ag:Role ; ag:holder id:jane ; ag:organisation id:t1 .
id:r2 a ag:Role ; ag:holder id:raj ; ag:organisation id:t1 .
id:r3 a ag:Role ; ag:holder id:raj ; ag:organisation id:t2 .
id:r4 a ag:Role ; ag:holder id:kim ; ag:organisation id:t2 .
id:r5 a ag:Role ; ag:holder id:kim ; ag:organisation id:t3 .
)";

std::string Id(const std::string& local) { return "https://w3id.org/awardgraph/id/" + local; }

class StoreNetworkTest : public ::testing::Test {
 protected:
  StoreNetworkTest() : store_(query::Store::Open("memory:", query::Store::Mode::kWrite)) {
    test_support::WriteFile(dir_ / "g.ttl", kTurtle);
    store_.LoadFile(dir_ / "g.ttl", query::RdfFormat::kTurtle);
  }

  CollaborationNetwork Build(NetworkSpec spec) const { return BuildStoreNetwork(store_, spec); }

  // The labels of the network's vertices.
  static std::set<std::string> Labels(const CollaborationNetwork& network) {
    std::set<std::string> labels;
    for (auto v : boost::make_iterator_range(vertices(network.Graph()))) {
      labels.insert(network.Graph()[v].label);
    }
    return labels;
  }

  test_support::TempDir dir_;
  query::Store store_;
};

TEST_F(StoreNetworkTest, OrganisationsCountEveryKindOfTie) {
  const CollaborationNetwork network = Build({});
  EXPECT_EQ(Labels(network), (std::set<std::string>{"Acme Ltd", "Lone University", "North Trust",
                                                    "Second Trust", "South Trust"}))
      << "organisations some article names; the reference-only ICBs stay out";
  EXPECT_EQ(network.NumEdges(), 3u);
  // t1-t2: projects p1 and p2, the partnership (stated both ways, counted
  // once) and nomination n1 (t1 nominee, t2 in its project).
  EXPECT_EQ(network.Weight(Id("t1"), Id("t2")), 4.0);
  EXPECT_EQ(network.Weight(Id("t1"), Id("co")), 2.0);
  EXPECT_EQ(network.Weight(Id("t2"), Id("co")), 2.0);
  const CollaborationGraph& g = network.Graph();
  const auto t1 = *network.FindVertex(Id("t1"));
  const auto t2 = *network.FindVertex(Id("t2"));
  EXPECT_EQ(g[boost::edge(t1, t2, g).first].relation, "nomination,partnership,project");
  EXPECT_EQ(g[t1].type, "Trust");
  EXPECT_EQ(g[*network.FindVertex(Id("co"))].type, "Company");
  EXPECT_EQ(g[*network.FindVertex(Id("lone"))].type, "OtherOrganisation");
  // Vertices are in IRI order, whatever order the engine returned rows in.
  for (std::size_t v = 1; v < network.NumVertices(); ++v) EXPECT_LT(g[v - 1].iri, g[v].iri);
}

TEST_F(StoreNetworkTest, TiesCanBeChosen) {
  NetworkSpec projects;
  projects.ties = ParseTies("projects");
  CollaborationNetwork network = Build(projects);
  EXPECT_EQ(network.Weight(Id("t1"), Id("t2")), 2.0);
  EXPECT_EQ(network.Weight(Id("t1"), Id("co")), 1.0);
  NetworkSpec partnerships;
  partnerships.ties = ParseTies("partnerships");
  network = Build(partnerships);
  EXPECT_EQ(network.NumEdges(), 1u);
  EXPECT_EQ(network.Weight(Id("t1"), Id("t2")), 1.0);
  NetworkSpec nominations;
  nominations.ties = ParseTies("nominations,partnerships");
  EXPECT_EQ(Build(nominations).Weight(Id("t1"), Id("t2")), 2.0);
}

TEST_F(StoreNetworkTest, FiltersKeepMatchingOrganisations) {
  auto labels = [&](NetworkFilter filter) {
    NetworkSpec spec;
    spec.filter = filter;
    return Labels(Build(spec));
  };
  const std::set<std::string> n1 = {"Acme Ltd", "North Trust", "Second Trust"};
  EXPECT_EQ(labels({.status = "winner"}), n1);
  EXPECT_EQ(labels({.status = "Shortlisted"}), (std::set<std::string>{"Acme Ltd", "South Trust"}));
  EXPECT_EQ(labels({.year = "2023"}), (std::set<std::string>{"Acme Ltd", "South Trust"}));
  EXPECT_EQ(labels({.programme = "hsj"}), n1);
  EXPECT_EQ(labels({.programme = Id("prog2")}), (std::set<std::string>{"Acme Ltd", "South Trust"}));
  EXPECT_EQ(labels({.programme = "HSJ", .year = "2023"}), std::set<std::string>{});
  EXPECT_EQ(labels({.icb = "north"}), (std::set<std::string>{"North Trust", "Second Trust"}));
  EXPECT_EQ(labels({.icb = "qn1"}), (std::set<std::string>{"North Trust", "Second Trust"}));
  EXPECT_EQ(labels({.status = "winner", .icb = "NHS North"}),
            (std::set<std::string>{"North Trust", "Second Trust"}));
  EXPECT_THROW(labels({.icb = "nowhere"}), std::invalid_argument);
  EXPECT_THROW(labels({.programme = "Oscars"}), std::invalid_argument);
}

TEST_F(StoreNetworkTest, PeopleAreLinkedThroughTheirOrganisations) {
  NetworkSpec spec;
  spec.kind = NetworkKind::kPeople;
  CollaborationNetwork network = Build(spec);
  EXPECT_EQ(Labels(network), (std::set<std::string>{"Jane", "Kim", "Raj"}));
  EXPECT_EQ(network.NumEdges(), 2u);
  EXPECT_EQ(network.Weight(Id("jane"), Id("raj")), 1.0);
  EXPECT_EQ(network.Weight(Id("raj"), Id("kim")), 1.0);
  EXPECT_EQ(network.Graph()[0].type, "Person");
  spec.filter.year = "2023";  // keeps t3 and co: only Kim, alone
  network = Build(spec);
  EXPECT_EQ(Labels(network), (std::set<std::string>{"Kim"}));
  EXPECT_EQ(network.NumEdges(), 0u);
}

TEST_F(StoreNetworkTest, EntitiesCarryTypedRelations) {
  NetworkSpec spec;
  spec.kind = NetworkKind::kEntities;
  const CollaborationNetwork network = Build(spec);
  EXPECT_EQ(network.NumVertices(),
            16u);  // 7 organisations, 3 people, 3 projects, 1 category, 2 ceremonies
  // involves 6, collaboratesWith 1, withinIcb 3, role 5, category 1,
  // ceremony 3; the nominations' project ties merge into involves edges.
  EXPECT_EQ(network.NumEdges(), 19u);
  const CollaborationGraph& g = network.Graph();
  const auto edge = boost::edge(*network.FindVertex(Id("t1")), *network.FindVertex(Id("p1")), g);
  ASSERT_TRUE(edge.second);
  EXPECT_EQ(g[edge.first].relation, "involves,project");
  EXPECT_EQ(g[edge.first].weight, 2.0);
  EXPECT_EQ(g[*network.FindVertex(Id("cat"))].type, "AwardCategory");
  EXPECT_EQ(g[*network.FindVertex(Id("c23"))].type, "Ceremony");
  // South Trust, its ICB, and the entities touching them: its project, Kim
  // (a role there) and the 2023 ceremony (no label: "").
  spec.filter.icb = "south";
  EXPECT_EQ(Labels(Build(spec)),
            (std::set<std::string>{"NHS South ICB", "South Trust", "Ward", "Kim", ""}));
}

TEST(StoreNetworkOptionsTest, NamesAndTies) {
  EXPECT_EQ(NetworkKindFromName("people"), NetworkKind::kPeople);
  EXPECT_EQ(NetworkKindFromName("organisations"), NetworkKind::kOrganisations);
  EXPECT_EQ(NetworkKindFromName("entities"), NetworkKind::kEntities);
  EXPECT_FALSE(NetworkKindFromName("orgs"));
  const TieSelection ties = ParseTies("nominations,projects");
  EXPECT_TRUE(ties.projects && ties.nominations && !ties.partnerships);
  EXPECT_THROW(ParseTies("projects,friends"), std::invalid_argument);
  EXPECT_THROW(ParseTies(""), std::invalid_argument);
}

}  // namespace
}  // namespace awardgraph::graph
