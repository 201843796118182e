// analyst_fixture.h — a Turtle graph on which every analyst query
// (data/queries/q1.rq ... q7.rq, from shared/analyst-queries.md) has rows.
//
// Example:
//   WriteFile(dir / "g.ttl", kAnalystTurtle);
#ifndef AWARDGRAPH_TESTS_CLI_ANALYST_FIXTURE_H_
#define AWARDGRAPH_TESTS_CLI_ANALYST_FIXTURE_H_

namespace awardgraph::cli::testing {

inline constexpr char kAnalystTurtle[] = R"(
@prefix ag: <https://w3id.org/awardgraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/awardgraph/id/> .

ag:Winner rdfs:label "Winner" . ag:Shortlisted rdfs:label "Shortlisted" .
ag:Nominated rdfs:label "Nominated" .
id:icb a ag:IntegratedCareBoard , ag:Organisation ; rdfs:label "NHS Cheshire and Merseyside ICB" .
id:rep a ag:Trust , ag:Organisation ; rdfs:label "Liverpool Women's NHS Foundation Trust" ;
  ag:withinIcb id:icb ; ag:collaboratesWith id:rem .
id:rem a ag:Trust , ag:Organisation ; rdfs:label "Liverpool University Hospitals" ;
  ag:withinIcb id:icb ; ag:collaboratesWith id:rep .
id:co a ag:Company , ag:Organisation ; rdfs:label "Acme Health Ltd" .
id:hsj a ag:AwardProgramme ; rdfs:label "HSJ Awards" .
id:hsj2024 a ag:Ceremony ; ag:programme id:hsj ; ag:year "2024"^^xsd:gYear .
id:hsj2023 a ag:Ceremony ; ag:programme id:hsj ; ag:year "2023"^^xsd:gYear .
id:cat a ag:AwardCategory ; ag:programme id:hsj ; rdfs:label "Digital Award" .
id:portal a ag:Project ; rdfs:label "Fertility Portal" ; ag:involves id:rep , id:rem .
id:a1 a ag:Article ; dct:title "HSJ Awards success" .
id:n1 a ag:Nomination ; ag:nominee id:rep ; ag:ceremony id:hsj2024 ; ag:status ag:Winner ;
  ag:category id:cat ; ag:project id:portal ; ag:evidence "Liverpool Women's won." ;
  prov:wasDerivedFrom id:a1 .
id:n2 a ag:Nomination ; ag:nominee id:rem ; ag:ceremony id:hsj2024 ; ag:status ag:Winner .
id:n3 a ag:Nomination ; ag:nominee id:rep ; ag:ceremony id:hsj2023 ; ag:status ag:Shortlisted .
id:n4 a ag:Nomination ; ag:nominee id:co ; ag:ceremony id:hsj2023 ; ag:status ag:Nominated .
id:n5 a ag:Nomination ; ag:nominee id:co ; ag:ceremony id:hsj2024 ; ag:status ag:Shortlisted .
id:p1 a ag:Person ; rdfs:label "Jane Smith" .
id:r1 a ag:Role ; ag:holder id:p1 ; ag:title "Chief Executive" ; ag:organisation id:icb .
)";

}  // namespace awardgraph::cli::testing

#endif  // AWARDGRAPH_TESTS_CLI_ANALYST_FIXTURE_H_
