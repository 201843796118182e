// Checks ontology/awardgraph.ttl against ontology/vocabulary.h: every ag:
// constant of the header is defined in the Turtle (typed, labelled, commented)
// and every ag: term of the Turtle is named in the header, plus the subclass
// tree, the status individuals and the mappings the contract asks for.
// The Turtle is parsed with Raptor, a new world and parser for every parse.
#include "ontology/vocabulary.h"

#include <gtest/gtest.h>
#include <raptor2.h>

#include <fstream>
#include <iterator>
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "ontology/term.h"

namespace awardgraph {
namespace {

// ---------------------------------------------------------------- Raptor

struct WorldDeleter {
  void operator()(raptor_world* world) const { raptor_free_world(world); }
};
struct ParserDeleter {
  void operator()(raptor_parser* parser) const { raptor_free_parser(parser); }
};
struct UriDeleter {
  void operator()(raptor_uri* uri) const { raptor_free_uri(uri); }
};

// What one parse produced: the triples and every warning or error message.
struct ParseResult {
  std::set<Triple> triples;
  std::vector<std::string> problems;
  int status = 0;
};

std::string UriString(raptor_uri* uri) {
  return uri == nullptr ? std::string()
                        : std::string(reinterpret_cast<const char*>(raptor_uri_as_string(uri)));
}

Term FromRaptor(const raptor_term* term) {
  switch (term->type) {
    case RAPTOR_TERM_TYPE_URI:
      return Term::Iri(UriString(term->value.uri));
    case RAPTOR_TERM_TYPE_BLANK:
      return Term::Blank(reinterpret_cast<const char*>(term->value.blank.string));
    case RAPTOR_TERM_TYPE_LITERAL: {
      Term literal = Term::Literal(reinterpret_cast<const char*>(term->value.literal.string));
      literal.datatype = UriString(term->value.literal.datatype);
      if (term->value.literal.language != nullptr) {
        literal.language = reinterpret_cast<const char*>(term->value.literal.language);
      }
      return literal;
    }
    case RAPTOR_TERM_TYPE_UNKNOWN:
      break;
  }
  return Term::Blank("unknown-raptor-term");
}

void OnStatement(void* user_data, raptor_statement* statement) {
  static_cast<ParseResult*>(user_data)->triples.insert(Triple{FromRaptor(statement->subject),
                                                              FromRaptor(statement->predicate),
                                                              FromRaptor(statement->object)});
}

void OnLog(void* user_data, raptor_log_message* message) {
  if (message->level >= RAPTOR_LOG_LEVEL_WARN) {
    static_cast<ParseResult*>(user_data)->problems.emplace_back(message->text);
  }
}

// Parses the Turtle file at `path` with a fresh Raptor world and parser.
ParseResult ParseTurtle(const std::string& path) {
  ParseResult result;
  std::unique_ptr<raptor_world, WorldDeleter> world(raptor_new_world());
  raptor_world_set_log_handler(world.get(), &result, OnLog);
  if (raptor_world_open(world.get()) != 0) {
    result.status = -1;
    return result;
  }
  std::unique_ptr<raptor_parser, ParserDeleter> parser(raptor_new_parser(world.get(), "turtle"));
  raptor_parser_set_statement_handler(parser.get(), &result, OnStatement);
  unsigned char* uri_string = raptor_uri_filename_to_uri_string(path.c_str());
  std::unique_ptr<raptor_uri, UriDeleter> uri(raptor_new_uri(world.get(), uri_string));
  raptor_free_memory(uri_string);
  result.status = raptor_parser_parse_file(parser.get(), uri.get(), uri.get());
  return result;
}

// ---------------------------------------------------------------- fixture

std::string Iri(std::string_view ns, std::string_view local) {
  return std::string(ns) + std::string(local);
}

bool IsAgIri(const Term& term) {
  return term.IsIri() && term.value.starts_with(vocab::kAgNs) &&
         term.value.size() > vocab::kAgNs.size();
}

class VocabularyTest : public ::testing::Test {
 protected:
  // The ontology's triples, parsed once per test process.
  static const std::set<Triple>& Triples() {
    static const ParseResult* const parsed = new ParseResult(ParseTurtle(AWARDGRAPH_ONTOLOGY_TTL));
    return parsed->triples;
  }

  // The objects of every (subject, predicate, ?) triple.
  static std::vector<Term> Objects(std::string_view subject, std::string_view predicate) {
    std::vector<Term> objects;
    for (const Triple& t : Triples()) {
      if (t.subject == Term::Iri(subject) && t.predicate == Term::Iri(predicate)) {
        objects.push_back(t.object);
      }
    }
    return objects;
  }

  // The IRI subjects of every (?, predicate, object) triple, object an IRI.
  static std::set<std::string> Subjects(std::string_view predicate, std::string_view object) {
    std::set<std::string> subjects;
    for (const Triple& t : Triples()) {
      if (t.predicate == Term::Iri(predicate) && t.object == Term::Iri(object) &&
          t.subject.IsIri()) {
        subjects.insert(t.subject.value);
      }
    }
    return subjects;
  }

  // Whether the triple (subject, predicate, object), all IRIs, is asserted.
  static bool Has(std::string_view subject, std::string_view predicate, std::string_view object) {
    return Triples().contains(Triple{Term::Iri(subject), Term::Iri(predicate), Term::Iri(object)});
  }

  // vocab::kAllAgTerms as a set of strings.
  static std::set<std::string> AllAgTerms() {
    return {vocab::kAllAgTerms.begin(), vocab::kAllAgTerms.end()};
  }
};

// ---------------------------------------------------------------- tests

TEST_F(VocabularyTest, TurtleParsesWithoutWarningsOrErrors) {
  ParseResult again = ParseTurtle(AWARDGRAPH_ONTOLOGY_TTL);
  EXPECT_EQ(again.status, 0);
  EXPECT_TRUE(again.problems.empty()) << again.problems.front();
  EXPECT_GT(again.triples.size(), 200u);
  // A second parse with its own parser gives the same graph.
  EXPECT_EQ(again.triples.size(), Triples().size());
}

TEST_F(VocabularyTest, AllAgTermsListsEveryAgConstantOfTheHeader) {
  std::ifstream in(AWARDGRAPH_VOCABULARY_H);
  ASSERT_TRUE(in) << AWARDGRAPH_VOCABULARY_H;
  std::string header((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::regex ag_literal(
      "\"" + std::regex_replace(std::string(vocab::kAgNs), std::regex(R"([.])"), R"(\$&)") +
      "([A-Za-z0-9_]+)\"");
  std::set<std::string> in_header;
  for (auto it = std::sregex_iterator(header.begin(), header.end(), ag_literal);
       it != std::sregex_iterator(); ++it) {
    in_header.insert(Iri(vocab::kAgNs, (*it)[1].str()));
  }
  EXPECT_GT(in_header.size(), 40u);
  EXPECT_EQ(in_header, AllAgTerms());
  EXPECT_EQ(AllAgTerms().size(), vocab::kAllAgTerms.size()) << "kAllAgTerms has duplicates";
}

TEST_F(VocabularyTest, EveryHeaderTermIsDefinedWithTypeLabelAndComment) {
  for (std::string_view term : vocab::kAllAgTerms) {
    SCOPED_TRACE(term);
    EXPECT_FALSE(Objects(term, vocab::kRdfType).empty()) << "no rdf:type";
    std::vector<Term> labels = Objects(term, vocab::kRdfsLabel);
    ASSERT_EQ(labels.size(), 1u) << "want exactly one rdfs:label";
    EXPECT_TRUE(labels[0].IsLiteral());
    EXPECT_FALSE(labels[0].value.empty());
    std::vector<Term> comments = Objects(term, vocab::kRdfsComment);
    ASSERT_EQ(comments.size(), 1u) << "want exactly one rdfs:comment";
    EXPECT_TRUE(comments[0].IsLiteral());
    EXPECT_GE(comments[0].value.size(), 10u);
  }
}

TEST_F(VocabularyTest, EveryAgTermOfTheTurtleIsNamedInTheHeader) {
  const std::set<std::string> known = AllAgTerms();
  std::set<std::string> subjects;
  for (const Triple& t : Triples()) {
    for (const Term* term : {&t.subject, &t.predicate, &t.object}) {
      if (term->IsIri() && term->value.starts_with(vocab::kAgNs)) {
        EXPECT_TRUE(known.contains(term->value)) << term->value << " is not in kAllAgTerms";
      }
    }
    if (IsAgIri(t.subject)) subjects.insert(t.subject.value);
  }
  // And every one of them is defined (is a subject), not merely mentioned.
  EXPECT_EQ(subjects, known);
}

TEST_F(VocabularyTest, EveryOrganisationKindIsASubclassOfOrganisation) {
  EXPECT_EQ(vocab::kOrganisationKinds.size(), 8u);
  for (std::string_view kind : vocab::kOrganisationKinds) {
    EXPECT_TRUE(Has(kind, vocab::kRdfsSubClassOf, vocab::kOrganisation)) << kind;
    EXPECT_TRUE(Has(kind, vocab::kRdfType, vocab::kOwlClass)) << kind;
  }
  // No other class claims to be an organisation kind.
  EXPECT_EQ(
      Subjects(vocab::kRdfsSubClassOf, vocab::kOrganisation),
      std::set<std::string>(vocab::kOrganisationKinds.begin(), vocab::kOrganisationKinds.end()));
}

TEST_F(VocabularyTest, TheSevenStatusesAreNominationStatusIndividuals) {
  EXPECT_EQ(vocab::kNominationStatuses.size(), 7u);
  for (std::string_view status : vocab::kNominationStatuses) {
    EXPECT_TRUE(Has(status, vocab::kRdfType, vocab::kNominationStatus)) << status;
    EXPECT_TRUE(Has(status, vocab::kRdfType, Iri(vocab::kOwlNs, "NamedIndividual"))) << status;
  }
  EXPECT_EQ(
      Subjects(vocab::kRdfType, vocab::kNominationStatus),
      std::set<std::string>(vocab::kNominationStatuses.begin(), vocab::kNominationStatuses.end()));
  EXPECT_TRUE(Has(vocab::kNominationStatus, vocab::kRdfType, vocab::kOwlClass));
}

TEST_F(VocabularyTest, ClassesAndPropertiesCarryOwlTypesDomainsAndRanges) {
  const std::set<std::string> statuses(vocab::kNominationStatuses.begin(),
                                       vocab::kNominationStatuses.end());
  const std::set<std::string> property_types = {Iri(vocab::kOwlNs, "ObjectProperty"),
                                                Iri(vocab::kOwlNs, "DatatypeProperty"),
                                                Iri(vocab::kRdfNs, "Property")};
  for (std::string_view term : vocab::kAllAgTerms) {
    SCOPED_TRACE(term);
    const char first = term[vocab::kAgNs.size()];
    if (statuses.contains(std::string(term))) continue;
    if (first >= 'A' && first <= 'Z') {
      EXPECT_TRUE(Has(term, vocab::kRdfType, vocab::kOwlClass));
      continue;
    }
    bool typed_as_property = false;
    for (const Term& type : Objects(term, vocab::kRdfType)) {
      typed_as_property |= property_types.contains(type.value);
    }
    EXPECT_TRUE(typed_as_property);
    EXPECT_EQ(Objects(term, Iri(vocab::kRdfsNs, "domain")).size(), 1u);
    if (term != vocab::kLocation) {  // a literal or a resource: deliberately no range
      EXPECT_EQ(Objects(term, Iri(vocab::kRdfsNs, "range")).size(), 1u);
    }
  }
}

TEST_F(VocabularyTest, CollaboratesWithIsSymmetricBetweenOrganisations) {
  EXPECT_TRUE(Has(vocab::kCollaboratesWith, vocab::kRdfType, vocab::kOwlSymmetricProperty));
  EXPECT_TRUE(Has(vocab::kCollaboratesWith, Iri(vocab::kRdfsNs, "domain"), vocab::kOrganisation));
  EXPECT_TRUE(Has(vocab::kCollaboratesWith, Iri(vocab::kRdfsNs, "range"), vocab::kOrganisation));
}

TEST_F(VocabularyTest, ClassesMapToWellKnownVocabularies) {
  struct Mapping {
    std::string_view term;
    std::string ns;
    std::string_view local;
  };
  const std::string schema(vocab::kSchemaNs), foaf(vocab::kFoafNs), org(vocab::kOrgNs),
      prov(vocab::kProvNs);
  const Mapping mappings[] = {
      {vocab::kPerson, schema, "Person"},
      {vocab::kPerson, foaf, "Person"},
      {vocab::kOrganisation, org, "Organization"},
      {vocab::kOrganisation, schema, "Organization"},
      {vocab::kOrganisation, foaf, "Organization"},
      {vocab::kCeremony, schema, "Event"},
      {vocab::kArticle, schema, "NewsArticle"},
      {vocab::kArticle, prov, "Entity"},
      {vocab::kRole, org, "Membership"},
      {vocab::kProject, prov, "Activity"},
      {vocab::kAwardProgramme, schema, "EventSeries"},
      {vocab::kNomination, prov, "Entity"},
  };
  for (const Mapping& m : mappings) {
    EXPECT_TRUE(Has(m.term, vocab::kRdfsSubClassOf, Iri(m.ns, m.local)))
        << m.term << " rdfs:subClassOf " << m.ns << m.local;
  }
  EXPECT_TRUE(Has(vocab::kHolder, vocab::kRdfsSubPropertyOf, Iri(org, "member")));
  EXPECT_TRUE(Has(vocab::kOrganisationProp, vocab::kRdfsSubPropertyOf, Iri(org, "organization")));
  EXPECT_TRUE(Has(vocab::kInvolves, vocab::kRdfsSubPropertyOf, Iri(prov, "wasAssociatedWith")));
}

TEST_F(VocabularyTest, OntologyHeaderHasTitleDescriptionVersionAndLicence) {
  EXPECT_TRUE(Has(vocab::kOntology, vocab::kRdfType, vocab::kOwlOntology));
  EXPECT_EQ(Objects(vocab::kOntology, vocab::kDctTitle).size(), 1u);
  EXPECT_EQ(Objects(vocab::kOntology, Iri(vocab::kDctNs, "description")).size(), 1u);
  EXPECT_EQ(Objects(vocab::kOntology, Iri(vocab::kOwlNs, "versionInfo")).size(), 1u);
  std::vector<Term> licence = Objects(vocab::kOntology, Iri(vocab::kDctNs, "license"));
  ASSERT_EQ(licence.size(), 1u);
  EXPECT_TRUE(licence[0].IsIri());
}

}  // namespace
}  // namespace awardgraph
