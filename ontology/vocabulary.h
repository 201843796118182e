// vocabulary.h — every IRI the awardgraph code uses, in one place.
//
// Defines the awardgraph ontology terms (the `ag:` namespace of
// ontology/awardgraph.ttl and ../shared/ontology-contract.md), the external
// vocabularies the graph uses (RDF, RDFS, SKOS, PROV, DCTERMS, XSD) and the
// namespace under which instance IRIs are minted. No other file spells an IRI.
//
// Example:
//   Triple t{Term::Iri(std::string(vocab::kAgNs) + "x"),
//            Term::Iri(vocab::kRdfType), Term::Iri(vocab::kTrust)};
#ifndef AWARDGRAPH_ONTOLOGY_VOCABULARY_H_
#define AWARDGRAPH_ONTOLOGY_VOCABULARY_H_

#include <array>
#include <string_view>

namespace awardgraph::vocab {

// ---------------------------------------------------------------- namespaces

/// The awardgraph ontology namespace (prefix `ag:`).
inline constexpr std::string_view kAgNs = "https://w3id.org/awardgraph/ontology#";
/// Base of every instance IRI the loaders mint (people, organisations, ...).
inline constexpr std::string_view kIdNs = "https://w3id.org/awardgraph/id/";
/// The ontology document itself.
inline constexpr std::string_view kOntology = "https://w3id.org/awardgraph/ontology";
inline constexpr std::string_view kRdfNs = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfsNs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kOwlNs = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view kSkosNs = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view kProvNs = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view kDctNs = "http://purl.org/dc/terms/";
inline constexpr std::string_view kXsdNs = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kSchemaNs = "https://schema.org/";
inline constexpr std::string_view kFoafNs = "http://xmlns.com/foaf/0.1/";
inline constexpr std::string_view kOrgNs = "http://www.w3.org/ns/org#";
/// Namespace of the W3C SPARQL Query Results XML Format.
inline constexpr std::string_view kSparqlResultsNs = "http://www.w3.org/2005/sparql-results#";
/// The reserved graph that records triples added without a named graph.
inline constexpr std::string_view kDefaultGraph = "https://w3id.org/awardgraph/id/graph/default";
/// Where a Virtuoso store keeps its own graphs: kStoreNs + GRAPH-BASE + "/union"
/// (the default graph), "/default" and "/graphs" (query/virtuoso_store.h).
inline constexpr std::string_view kStoreNs = "https://w3id.org/awardgraph/id/store/";

// ---------------------------------------------------------------- ag: classes

/// One ingested document.
inline constexpr std::string_view kArticle = "https://w3id.org/awardgraph/ontology#Article";
/// A named person.
inline constexpr std::string_view kPerson = "https://w3id.org/awardgraph/ontology#Person";
/// Any organisation; always materialised next to its most specific class.
inline constexpr std::string_view kOrganisation =
    "https://w3id.org/awardgraph/ontology#Organisation";
/// An NHS integrated care board.
inline constexpr std::string_view kIntegratedCareBoard =
    "https://w3id.org/awardgraph/ontology#IntegratedCareBoard";
/// An integrated care system (the partnership around an ICB).
inline constexpr std::string_view kIntegratedCareSystem =
    "https://w3id.org/awardgraph/ontology#IntegratedCareSystem";
/// An NHS trust or foundation trust.
inline constexpr std::string_view kTrust = "https://w3id.org/awardgraph/ontology#Trust";
/// A health innovation network (formerly academic health science network).
inline constexpr std::string_view kHealthInnovationNetwork =
    "https://w3id.org/awardgraph/ontology#HealthInnovationNetwork";
/// A cancer alliance.
inline constexpr std::string_view kCancerAlliance =
    "https://w3id.org/awardgraph/ontology#CancerAlliance";
/// A commercial company.
inline constexpr std::string_view kCompany = "https://w3id.org/awardgraph/ontology#Company";
/// A publisher (for example the Health Service Journal).
inline constexpr std::string_view kPublisher = "https://w3id.org/awardgraph/ontology#Publisher";
/// Any other organisation (charity, council, university, ...).
inline constexpr std::string_view kOtherOrganisation =
    "https://w3id.org/awardgraph/ontology#OtherOrganisation";
/// A named piece of work: programme, tool, portal, service.
inline constexpr std::string_view kProject = "https://w3id.org/awardgraph/ontology#Project";
/// A recurring awards scheme.
inline constexpr std::string_view kAwardProgramme =
    "https://w3id.org/awardgraph/ontology#AwardProgramme";
/// One year's edition of an award programme.
inline constexpr std::string_view kCeremony = "https://w3id.org/awardgraph/ontology#Ceremony";
/// A category of an award programme.
inline constexpr std::string_view kAwardCategory =
    "https://w3id.org/awardgraph/ontology#AwardCategory";
/// One nominee in one category at one ceremony.
inline constexpr std::string_view kNomination = "https://w3id.org/awardgraph/ontology#Nomination";
/// A post a person holds at an organisation.
inline constexpr std::string_view kRole = "https://w3id.org/awardgraph/ontology#Role";
/// The class of the nomination status individuals below.
inline constexpr std::string_view kNominationStatus =
    "https://w3id.org/awardgraph/ontology#NominationStatus";

// ---------------------------------------------------------------- ag: properties

/// A person's honorific ("Dr", "MBE"), one literal each.
inline constexpr std::string_view kHonorific = "https://w3id.org/awardgraph/ontology#honorific";
/// NHS ODS code of an organisation.
inline constexpr std::string_view kOdsCode = "https://w3id.org/awardgraph/ontology#odsCode";
/// ONS GSS geography code of an ICB.
inline constexpr std::string_view kGssCode = "https://w3id.org/awardgraph/ontology#gssCode";
/// NHS England region code of an organisation ("Y62").
inline constexpr std::string_view kRegionCode = "https://w3id.org/awardgraph/ontology#regionCode";
/// A trust to the ICB whose footprint it lies in (from the ODS data).
inline constexpr std::string_view kWithinIcb = "https://w3id.org/awardgraph/ontology#withinIcb";
/// Two organisations work together (stated both ways).
inline constexpr std::string_view kCollaboratesWith =
    "https://w3id.org/awardgraph/ontology#collaboratesWith";
/// A project to an organisation behind it.
inline constexpr std::string_view kInvolves = "https://w3id.org/awardgraph/ontology#involves";
/// A ceremony or category to its award programme.
inline constexpr std::string_view kProgramme = "https://w3id.org/awardgraph/ontology#programme";
/// The year of a ceremony.
inline constexpr std::string_view kYear = "https://w3id.org/awardgraph/ontology#year";
/// The date of a ceremony (xsd:date).
inline constexpr std::string_view kDate = "https://w3id.org/awardgraph/ontology#date";
/// The city of a ceremony.
inline constexpr std::string_view kLocation = "https://w3id.org/awardgraph/ontology#location";
/// The organisation or person nominated.
inline constexpr std::string_view kNominee = "https://w3id.org/awardgraph/ontology#nominee";
/// The project a nomination is for.
inline constexpr std::string_view kProjectProp = "https://w3id.org/awardgraph/ontology#project";
/// The category of a nomination.
inline constexpr std::string_view kCategory = "https://w3id.org/awardgraph/ontology#category";
/// The ceremony of a nomination.
inline constexpr std::string_view kCeremonyProp = "https://w3id.org/awardgraph/ontology#ceremony";
/// The status of a nomination (an ag:NominationStatus individual).
inline constexpr std::string_view kStatus = "https://w3id.org/awardgraph/ontology#status";
/// The person holding a role.
inline constexpr std::string_view kHolder = "https://w3id.org/awardgraph/ontology#holder";
/// The organisation of a role.
inline constexpr std::string_view kOrganisationProp =
    "https://w3id.org/awardgraph/ontology#organisation";
/// The title of a role ("Chief Medical Officer").
inline constexpr std::string_view kTitle = "https://w3id.org/awardgraph/ontology#title";
/// The verbatim sentence stating a fact.
inline constexpr std::string_view kEvidence = "https://w3id.org/awardgraph/ontology#evidence";
/// SHA-256 of an article's text, to detect changed articles on re-ingest.
inline constexpr std::string_view kContentHash = "https://w3id.org/awardgraph/ontology#contentHash";

// ---------------------------------------------------------------- ag: individuals

/// Nominated, with no later outcome known.
inline constexpr std::string_view kNominated = "https://w3id.org/awardgraph/ontology#Nominated";
/// Shortlisted; also used for "finalist".
inline constexpr std::string_view kShortlisted = "https://w3id.org/awardgraph/ontology#Shortlisted";
/// Won the category.
inline constexpr std::string_view kWinner = "https://w3id.org/awardgraph/ontology#Winner";
/// Highly commended by the judges.
inline constexpr std::string_view kHighlyCommended =
    "https://w3id.org/awardgraph/ontology#HighlyCommended";
/// Bronze in a gold/silver/bronze category.
inline constexpr std::string_view kBronze = "https://w3id.org/awardgraph/ontology#Bronze";
/// Silver in a gold/silver/bronze category.
inline constexpr std::string_view kSilver = "https://w3id.org/awardgraph/ontology#Silver";
/// Gold in a gold/silver/bronze category.
inline constexpr std::string_view kGold = "https://w3id.org/awardgraph/ontology#Gold";

// ---------------------------------------------------------------- ag: term lists

/// Every organisation kind: the subclasses of ag:Organisation, one of which
/// each organisation node carries next to rdf:type ag:Organisation.
inline constexpr std::array kOrganisationKinds{
    kIntegratedCareBoard,
    kIntegratedCareSystem,
    kTrust,
    kHealthInnovationNetwork,
    kCancerAlliance,
    kCompany,
    kPublisher,
    kOtherOrganisation,
};

/// The seven ag:NominationStatus individuals (the values of ag:status).
inline constexpr std::array kNominationStatuses{
    kNominated, kShortlisted, kWinner, kHighlyCommended, kBronze, kSilver, kGold,
};

/// Every term of the ag: namespace, exactly the terms ontology/awardgraph.ttl
/// defines (tests/ontology checks both directions). Add new ag: constants here.
inline constexpr std::array kAllAgTerms{
    // classes
    kArticle,
    kPerson,
    kOrganisation,
    kIntegratedCareBoard,
    kIntegratedCareSystem,
    kTrust,
    kHealthInnovationNetwork,
    kCancerAlliance,
    kCompany,
    kPublisher,
    kOtherOrganisation,
    kProject,
    kAwardProgramme,
    kCeremony,
    kAwardCategory,
    kNomination,
    kRole,
    kNominationStatus,
    // properties
    kHonorific,
    kOdsCode,
    kGssCode,
    kRegionCode,
    kWithinIcb,
    kCollaboratesWith,
    kInvolves,
    kProgramme,
    kYear,
    kDate,
    kLocation,
    kNominee,
    kProjectProp,
    kCategory,
    kCeremonyProp,
    kStatus,
    kHolder,
    kOrganisationProp,
    kTitle,
    kEvidence,
    kContentHash,
    // individuals
    kNominated,
    kShortlisted,
    kWinner,
    kHighlyCommended,
    kBronze,
    kSilver,
    kGold,
};

// ---------------------------------------------------------------- external terms

/// The ontology's own types and axioms, as tests/ontology checks them.
inline constexpr std::string_view kOwlOntology = "http://www.w3.org/2002/07/owl#Ontology";
inline constexpr std::string_view kOwlClass = "http://www.w3.org/2002/07/owl#Class";
inline constexpr std::string_view kOwlSymmetricProperty =
    "http://www.w3.org/2002/07/owl#SymmetricProperty";
inline constexpr std::string_view kRdfsSubPropertyOf =
    "http://www.w3.org/2000/01/rdf-schema#subPropertyOf";
inline constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr std::string_view kRdfsLabel = "http://www.w3.org/2000/01/rdf-schema#label";
inline constexpr std::string_view kRdfsComment = "http://www.w3.org/2000/01/rdf-schema#comment";
inline constexpr std::string_view kRdfsSubClassOf =
    "http://www.w3.org/2000/01/rdf-schema#subClassOf";
inline constexpr std::string_view kSkosAltLabel = "http://www.w3.org/2004/02/skos/core#altLabel";
inline constexpr std::string_view kProvWasDerivedFrom = "http://www.w3.org/ns/prov#wasDerivedFrom";
inline constexpr std::string_view kDctTitle = "http://purl.org/dc/terms/title";
inline constexpr std::string_view kDctSource = "http://purl.org/dc/terms/source";
inline constexpr std::string_view kDctDate = "http://purl.org/dc/terms/date";
inline constexpr std::string_view kXsdString = "http://www.w3.org/2001/XMLSchema#string";
inline constexpr std::string_view kXsdInteger = "http://www.w3.org/2001/XMLSchema#integer";
inline constexpr std::string_view kXsdGYear = "http://www.w3.org/2001/XMLSchema#gYear";
inline constexpr std::string_view kXsdDate = "http://www.w3.org/2001/XMLSchema#date";

/// SPARQL 1.1 Service Description terms and W3C format IRIs, for the
/// endpoint's service description (server/).
inline constexpr std::string_view kSdService =
    "http://www.w3.org/ns/sparql-service-description#Service";
inline constexpr std::string_view kSdEndpoint =
    "http://www.w3.org/ns/sparql-service-description#endpoint";
inline constexpr std::string_view kSdSupportedLanguage =
    "http://www.w3.org/ns/sparql-service-description#supportedLanguage";
inline constexpr std::string_view kSdSparql11Query =
    "http://www.w3.org/ns/sparql-service-description#SPARQL11Query";
inline constexpr std::string_view kSdResultFormat =
    "http://www.w3.org/ns/sparql-service-description#resultFormat";
inline constexpr std::string_view kSdFeature =
    "http://www.w3.org/ns/sparql-service-description#feature";
inline constexpr std::string_view kSdNamedGraph =
    "http://www.w3.org/ns/sparql-service-description#namedGraph";
inline constexpr std::string_view kSdUnionDefaultGraph =
    "http://www.w3.org/ns/sparql-service-description#UnionDefaultGraph";
inline constexpr std::string_view kFormatSparqlJson =
    "http://www.w3.org/ns/formats/SPARQL_Results_JSON";
inline constexpr std::string_view kFormatSparqlXml =
    "http://www.w3.org/ns/formats/SPARQL_Results_XML";
inline constexpr std::string_view kFormatSparqlCsv =
    "http://www.w3.org/ns/formats/SPARQL_Results_CSV";
inline constexpr std::string_view kFormatSparqlTsv =
    "http://www.w3.org/ns/formats/SPARQL_Results_TSV";
inline constexpr std::string_view kFormatTurtle = "http://www.w3.org/ns/formats/Turtle";
inline constexpr std::string_view kFormatNTriples = "http://www.w3.org/ns/formats/N-Triples";
inline constexpr std::string_view kFormatRdfXml = "http://www.w3.org/ns/formats/RDF_XML";

}  // namespace awardgraph::vocab

#endif  // AWARDGRAPH_ONTOLOGY_VOCABULARY_H_
