// extractor.h — the relation rules behind ExtractArticle(), shared by the
// files that hold them (internal to loaders/extract; callers use
// article_extractor.h).
//
// Defines SentenceMentions (what one sentence mentions, resolved to article
// entities), ListContext and the class Extractor, whose members are defined
// by what they find: entities in article_extractor.cc, ceremonies in
// ceremony_rules.cc, roles in role_rules.cc, nominations in
// nomination_rules.cc, results lists and tables in results_list_rules.cc and
// partnerships in partnership_rules.cc.
//
// Example:
//   ArticleFacts facts = internal::Extractor(doc, OdsGazetteer::Default()).Run();
#ifndef AWARDGRAPH_LOADERS_EXTRACTOR_H_
#define AWARDGRAPH_LOADERS_EXTRACTOR_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "loaders/extract/article_facts.h"
#include "loaders/extract/mention_finder.h"
#include "loaders/extract/ods_gazetteer.h"
#include "loaders/read/document.h"

namespace awardgraph::loaders::internal {

// What one sentence mentions, with mentions resolved to article entities.
struct SentenceMentions {
  const SentenceView* view = nullptr;
  std::string evidence;
  bool bullet = false;
  std::vector<OrgMention> orgs;
  std::vector<int> org_ids;  // parallel to orgs; -1 for an unresolved anaphor
  std::vector<PersonMention> people;
  std::vector<int> person_ids;
  std::vector<ProgrammeMention> programmes;
  std::vector<CategoryMention> categories;
  std::vector<ProjectMention> projects;
  std::vector<int> project_ids;
  std::vector<StatusMention> statuses;
  std::vector<Span> org_spans;
};

// The status (and nominee) a list of entries inherits from the line that
// introduces it.
struct ListContext {
  Status status = Status::kShortlisted;
  int nominee_org = -1;
  int nominee_person = -1;
  std::string category;
};

/// A subject that refers back to an entry named before: "The entry is up
/// for ...", "The joint project won ...", "Their app won ...".
bool RefersToEntry(const SentenceView& v);

/// Applies every rule to one article; Run() returns its facts.
class Extractor {
 public:
  Extractor(const Document& doc, const OdsGazetteer& ods) : doc_(doc), ods_(ods) {}

  ArticleFacts Run();

 private:
  // ---- Entities: mentions resolved to one entity per real thing
  // (article_extractor.cc).

  // "Kinetiq Health Ltd" and "Kinetiq Health" are one company.
  static std::string OrgNameKey(std::string_view name);

  int AddOrg(const OrgMention& m);

  int AddPerson(const PersonMention& m);

  int AddProject(const ProjectMention& m);

  void CollectProgrammes();

  std::vector<ProgrammeMention> Programmes(const SentenceView& v) const;

  void CollectEntities(size_t i);

  void ChooseMainOrganisations();

  // The most mentioned organisation of a kind ("the ICB" in an article
  // about one ICB), or -1.
  int MainOf(OrgKind kind) const;

  // "the trust" is the trust named last in this sentence or the one before,
  // else the article's main trust; "the ICB", "the alliance" likewise.
  void ResolveAnaphors();

  // The trust "the trust" means in sentence `m`.
  int RecentTrust(const SentenceMentions& m) const;

  // Names of organisations found anywhere in the article, where another
  // sentence uses them without the cue that found them ("Auralis Health
  // chief executive ..."), and a company's first word alone ("Auralis").
  void AddKnownOrgMentions();

  // An article about one trust that names it only by its place ("West
  // Hertfordshire was crowned ...", "West Herts named trust of the year")
  // and says "the Trust" after: links that place to the trust.
  void FindTrustNamedByPlace();

  // "Health Innovation network" (a headline's words for "Health Innovation
  // Kent Surrey Sussex") names an organisation, not a project: drops
  // projects whose words before the head start an organisation's name, and
  // projects named by a piece of an organisation's name.
  void DropProjectsNamedLikeOrgs();

  // Remembers the organisations nominated from `first_new` on by `sentence`.
  void NoteNominees(size_t first_new, size_t sentence);

  // ---- Ceremonies: programme editions, years, dates and cities
  // (ceremony_rules.cc).

  int DefaultYear() const;

  void ResolveCeremonyYears();

  int CeremonyFor(const std::string& programme, int explicit_year);

  // The programme a position in sentence i refers to: the first one after it
  // in the sentence, else the nearest before, else the first programme of the
  // latest sentence that named one.
  std::string ProgrammeNear(const SentenceMentions& m, size_t pos, size_t sentence) const;

  // A heading line: no lower-case words but small ones.
  static bool IsHeading(const SentenceView& v);

  std::string MainProgramme() const;

  int YearNear(const SentenceMentions& m, const std::string& programme) const;

  void ExtractCeremonyDetails(const SentenceMentions& m, size_t i);

  // ---- Roles: who holds which post where (role_rules.cc).

  int OrgAt(const SentenceMentions& m, size_t pos) const;
  int OrgEndingAt(const SentenceMentions& m, size_t end) const;

  // Finds the organisation after a title: "of the X", "at X", "for X".
  int OrgAfterTitle(const SentenceMentions& m, size_t e) const;

  // An organisation whose name starts with the place words of [b, e), e.g.
  // "Staffordshire and Stoke-on-Trent" for the ICB of that name.
  int OrgByPlace(const SentenceView& v, size_t b, size_t e) const;

  // "editor of Health Business", "chief executive of Aeris Health": an
  // organisation no other rule found, named by the capitals after "of"/"at".
  int NamedAfterTitle(const SentenceMentions& m, size_t e, const std::string& title);

  void AddRole(int person, std::string title, int org, const std::string& evidence);

  void ExtractRoles(const SentenceMentions& m);

  // ---- Nominations: status phrases with nominee, category, project and
  // ceremony (nomination_rules.cc).

  int NomineeBefore(const SentenceMentions& m, size_t pos, bool* is_person) const;

  // A hospital or centre a trust runs: "Velindre Cancer Centre",
  // "Cheltenham General Hospital".
  static bool IsHospitalName(const OrgFact& o);

  void ExtractNominations(size_t i);

  // ---- Results lists: tables, bullet lists, dash entries and category lines
  // (results_list_rules.cc).

  static std::string CategoryHeading(const SentenceView& v);

  // Rows of a pipe table: "Category | Winner | Project" sets the columns,
  // "Patient Involvement | Sheffield Children's NHS FT | Young Voices Panel"
  // is one nomination. Returns true when the sentence was a table line.
  bool TableRow(SentenceMentions& m, size_t i);

  // True when a "developed/run/led by X" phrase comes shortly before
  // position `with`.
  static bool DevelopedBy(const SentenceView& v, size_t with);

  // "the award", "this award", "the category" with no name of its own.
  static bool RefersToAward(const SentenceView& v);

  static bool SameCategoryPhrase(const SentenceView& v);

  // A bullet, or a line that opens with a category ("Hospital Innovation
  // Award: Sheffield Teaching Hospitals ... for its Virtual Fracture Clinic").
  bool IsListItem(const SentenceMentions& m) const;

  // The other half of a joint entry: "A and B were awarded", "awarded to A
  // and home care provider B".
  int CoNominee(const SentenceMentions& m, int nominee, const StatusMention& st) const;

  // The organisation behind a project named as the subject ("An 'Inclusion
  // School' ... has been nominated"): the first one the sentence names, else
  // the article's main organisation.
  int InferredOwner(const SentenceMentions& m) const;

  // One item of a list under a status line ("The winners were:"): its own
  // organisation, else the nominee of the line that introduced the list.
  void ListItemNomination(SentenceMentions& m, size_t i, const ListContext& context);

  // A results line "X - Y" on its own, no full stop: "North - Zero Suicide
  // Alliance at the Centre for Perfect Care", "Carers at Work Staff Network
  // - Staff wellbeing initiative of the year".
  bool IsDashEntry(const SentenceMentions& m) const;

  // "Julie Roye, East London NHS Foundation Trust": a line that is a person,
  // a comma and an organisation, and nothing else (a winner under a
  // category line).
  bool IsPersonOrgLine(const SentenceMentions& m) const;

  // True when tokens [0, end) of sentence `m` are organisations joined by
  // "and", "&" or commas, and nothing else.
  bool OnlyOrgsBefore(const SentenceMentions& m, size_t end) const;

  // A category written after a results line's dash, in any case: "Staff
  // wellbeing initiative of the year", "Best use of data award"; the span
  // from `b` to the end, or empty.
  static std::optional<Span> DashCategory(const SentenceView& v, size_t b);

  // One entry of a results list: the organisations behind it and its name.
  struct Entry {
    std::vector<int> orgs;
    std::optional<ProjectMention> project;
  };

  // Reads tokens [b, e) of a results line as an entry: items separated by
  // commas, semicolons, "and" and "by"; an item that is a known organisation
  // is one; a quoted item, or a first item followed by others, is the entry's
  // name; other capitalised items are organisations no list knows
  // ("Kingsway", "Esri UK", "eConsult").
  Entry ParseEntry(SentenceMentions& m, size_t b, size_t e, bool create_orgs);

  // True when the article writes `name` followed by a project head
  // ("programme", "project", "scheme"), perhaps after a bracketed acronym.
  bool CalledAProject(const std::string& name) const;

  // The organisation a sentence opens with, or -1.
  static int org_at_start(const SentenceMentions& m);

  static bool IsQuoteToken(const Token& t);

  // "eConsult", "TriVice": a mixed-case word no dictionary has.
  static bool IsCoinedWordToken(const Token& t);

  static bool CompanyLike(std::string_view name);

  // The co-nominees of one entry: each is a nominee of the nominations just
  // added (from `first_new`), works with every other, and on its project.
  void AddEntryPartners(const std::vector<int>& orgs, int project, size_t first_new);

  // A line of its own that names a category with results under it: "Best
  // Technology Innovation", "Award for Patient Safety", "Working in
  // partnership award", "The Excellence in Mental Health Care Award,
  // sponsored by Wesleyan". Empty when sentence i is no such line.
  std::string LineCategory(size_t i) const;

  // The line category in force at sentence i: the last one within twelve
  // sentences before it.
  std::string LineCategoryFor(size_t i) const;

  // "with its entry in the X category", "The trust was recognised in the X
  // category": a sentence with no status phrase names the category of an
  // entry; the status is that of the nomination before it, at the same
  // ceremony.
  void EntryInCategory(size_t i);

  // "Workforce Efficiency: Blackpool Teaching Hospitals ... have been
  // shortlisted" under a line announcing "their categories are:": the
  // words before the colon. Empty when sentence i is no such line.
  std::string ColonCategory(size_t i) const;

  // Drops a vague nomination when a specific one says the same and more.
  void MergeNominations();

  // ---- Partnerships: organisations that work together
  // (partnership_rules.cc).

  // "The two trusts worked in partnership on ...": the organisations the
  // previous sentence (within two) named, when that sentence named two or more.
  std::vector<int> PartnersReferredBack(const SentenceMentions& m) const;

  void ExtractCollaborations(SentenceMentions& m);

  // A project named earlier in the article and mentioned again here.
  int KnownProjectIn(const std::string& sentence) const;

  void LinkProjectsAndPartners();

  const Document& doc_;
  const OdsGazetteer& ods_;
  std::vector<SentenceView> views_;
  std::vector<bool> bullets_;
  std::vector<size_t> paragraphs_;  // paragraph of each sentence (0: the title)
  std::vector<SentenceMentions> mentions_;
  AcronymMap acronyms_;
  std::vector<std::string> known_programmes_;
  std::map<std::string, int> programme_mentions_;
  // Other names of one programme in this article -> the name used.
  std::map<std::string, std::string> programme_alias_;
  std::map<std::string, int> programme_years_;
  // The year last written with each programme, in reading order.
  std::map<std::string, int> recent_years_;
  std::map<int, int> year_counts_;
  std::map<std::string, int> org_index_, person_index_, project_index_, ceremony_index_;
  std::optional<ListContext> list_context_;
  // The columns of the pipe table being read.
  struct Table {
    int category = -1;
    int nominee = -1;
    int project = -1;
    Status status = Status::kWinner;
  };
  std::optional<Table> table_;
  size_t table_paragraph_ = 0;
  std::string heading_category_;
  // The category named by a line of its own (LineCategory) and where.
  std::string line_category_;
  size_t line_category_sentence_ = 0;
  // A sentence that holds the entry of a "Winner:" line before it.
  size_t pending_entry_sentence_ = SIZE_MAX;
  // The list being read stands under a bare "Highly commended:" line.
  bool colon_context_ = false;
  size_t heading_paragraph_ = 0;
  // Co-nominees of one entry: (org, org, project or -1).
  std::vector<std::tuple<int, int, int>> joint_entries_;
  int main_org_ = -1;
  int main_trust_ = -1;
  // The title being read is shared by two people ("A and B, Dietitians").
  bool plural_title_ = false;
  std::vector<int> recent_trust_;  // per sentence, see ResolveAnaphors
  // The organisations nominated by the last sentence that nominated any,
  // and that sentence (for "The entry is up for ...").
  std::vector<int> last_nominees_;
  size_t last_nominees_sentence_ = 0;
  ArticleFacts facts_;
};

}  // namespace awardgraph::loaders::internal

#endif  // AWARDGRAPH_LOADERS_EXTRACTOR_H_
