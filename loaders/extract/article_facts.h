// article_facts.h — what the extractor finds in one article, before IRIs.
//
// Defines plain structs for the entities (organisations, people, projects,
// ceremonies, categories) and relations (roles, nominations, collaborations)
// of one article. Entities are referred to by index into their vector.
// TripleBuilder turns ArticleFacts into RDF.
//
// Example:
//   ArticleFacts f = ExtractArticle(doc, OdsGazetteer::Default());
//   for (const auto& n : f.nominations) { ... f.orgs[n.nominee_org].name ... }
#ifndef AWARDGRAPH_LOADERS_ARTICLE_FACTS_H_
#define AWARDGRAPH_LOADERS_ARTICLE_FACTS_H_

#include <set>
#include <string>
#include <vector>

namespace awardgraph::loaders {

/// Kinds of organisation (the ontology's subclasses of ag:Organisation).
enum class OrgKind {
  kIcb,
  kIcs,
  kTrust,
  kHealthInnovationNetwork,
  kCancerAlliance,
  kCompany,
  kPublisher,
  kOther
};

/// Nomination statuses (the ontology's ag:NominationStatus individuals).
enum class Status { kNominated, kShortlisted, kWinner, kHighlyCommended, kBronze, kSilver, kGold };

/// An organisation named in the article.
struct OrgFact {
  /// Canonical label (the ODS name when linked).
  std::string name;
  OrgKind kind = OrgKind::kOther;
  /// ODS code when linked to the reference data.
  std::string ods;
  /// Every other surface form seen in the article.
  std::set<std::string> aliases;
  /// How often it is mentioned (to find the article's main organisation).
  int mentions = 0;
};

/// A person named in the article.
struct PersonFact {
  /// The name without honorifics ("Paul Edmondson-Jones").
  std::string name;
  /// Honorifics and post-nominals in the order written ("Dr", "MBE").
  std::vector<std::string> honorifics;
};

/// A post a person holds.
struct RoleFact {
  int person = -1;
  /// Title as written, e.g. "Chief Medical Officer".
  std::string title;
  /// Index into orgs, or -1 when the article names no organisation.
  int org = -1;
  /// The sentence stating it, verbatim.
  std::string evidence;
};

/// A named piece of work.
struct ProjectFact {
  std::string name;
  std::set<std::string> aliases;
  /// Organisations behind it (indices into orgs).
  std::set<int> orgs;
};

/// One edition of an award programme.
struct CeremonyFact {
  /// Canonical programme name ("HSJ Digital Awards").
  std::string programme;
  /// Year, or 0 when unknown.
  int year = 0;
  /// ISO date "YYYY-MM-DD" when day and month are given, else empty.
  std::string date;
  /// City, or empty.
  std::string location;
};

/// One nominee in one category at one ceremony.
struct NominationFact {
  /// Index into orgs, or -1 when the nominee is a person.
  int nominee_org = -1;
  /// Index into people when the nominee is a person, else -1.
  int nominee_person = -1;
  /// True when the nominee was not named in the sentence but inferred.
  bool nominee_inferred = false;
  int project = -1;
  /// Category name as written, or empty.
  std::string category;
  int ceremony = -1;
  Status status = Status::kShortlisted;
  std::string evidence;
};

/// Two organisations that work together.
struct CollaborationFact {
  int a = -1;
  int b = -1;
  /// The shared project, or -1.
  int project = -1;
  std::string evidence;
};

/// Everything extracted from one article.
struct ArticleFacts {
  std::vector<OrgFact> orgs;
  std::vector<PersonFact> people;
  std::vector<RoleFact> roles;
  std::vector<ProjectFact> projects;
  std::vector<CeremonyFact> ceremonies;
  std::vector<NominationFact> nominations;
  std::vector<CollaborationFact> collaborations;
};

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_ARTICLE_FACTS_H_
