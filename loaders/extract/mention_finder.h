// mention_finder.h — finds the named things one sentence mentions.
//
// Defines SentenceView (a tokenised sentence) and one small finder per kind
// of mention: organisations, people, job titles, award programmes,
// categories, projects, dates, cities and status phrases. Each finder is a
// pure function over tokens; the article extractor combines their results.
// A span is a half-open token range [begin, end).
//
// Example:
//   SentenceView s("Dr Jane Halpin, Chief Executive Officer of the ICB, said.");
//   auto people = FindPeople(s);      // {"Jane Halpin", honorifics {"Dr"}}
//   auto title = MatchTitle(s, 5);    // "Chief Executive Officer", tokens 5..8
#ifndef AWARDGRAPH_LOADERS_MENTION_FINDER_H_
#define AWARDGRAPH_LOADERS_MENTION_FINDER_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/article_facts.h"
#include "loaders/extract/ods_gazetteer.h"
#include "loaders/extract/tokenizer.h"

namespace awardgraph::loaders {

/// A half-open token range.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  bool Contains(size_t i) const { return i >= begin && i < end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
};

/// A sentence with its tokens.
struct SentenceView {
  explicit SentenceView(std::string_view text) : text(text), tokens(Tokenize(text)) {}
  /// The sentence verbatim.
  std::string text;
  std::vector<Token> tokens;
  /// Text of tokens [span.begin, span.end).
  std::string Text(Span span) const { return JoinTokens(tokens, span.begin, span.end); }
  /// Lower-case token i, or "" past either end.
  std::string_view Lower(size_t i) const {
    if (i >= tokens.size()) return {};
    return tokens[i].lower;
  }
  /// True when token i exists and is a capitalised word.
  bool Cap(size_t i) const { return i < tokens.size() && tokens[i].IsCapitalised(); }
};

/// Acronyms an article defines: "LLR" -> "Leicester, Leicestershire and
/// Rutland", "MPFT" -> "Midlands Partnership University NHS Foundation Trust".
using AcronymMap = std::map<std::string, std::string, std::less<>>;

/// Finds "Full Name (ACR)" and "ACR (Full Name)" definitions in a sentence.
void FindAcronymDefinitions(const SentenceView& s, AcronymMap* acronyms);

/// An organisation mention.
struct OrgMention {
  Span span;
  /// The name as written (for "the Trust": empty, see anaphor).
  std::string surface;
  /// Canonical name: the ODS name when linked, else the surface form with
  /// acronyms expanded where that names the same thing.
  std::string name;
  OrgKind kind = OrgKind::kOther;
  /// ODS code when linked.
  std::string ods;
  /// "the Trust" / "the trust": refers to the article's main trust.
  bool anaphor = false;
};

/// Finds organisation mentions (longest first, non-overlapping).
std::vector<OrgMention> FindOrganisations(const SentenceView& s, const OdsGazetteer& ods,
                                          const AcronymMap& acronyms);

/// A person mention.
struct PersonMention {
  Span span;
  /// Name without honorifics.
  std::string name;
  std::vector<std::string> honorifics;
};

/// Finds people: after an honorific, a common given name, or next to a job
/// title ("said Sam Ng", "Sam Ng, chief executive"). Spans inside `taken`
/// (organisation mentions) are skipped.
std::vector<PersonMention> FindPeople(const SentenceView& s, const std::vector<Span>& taken);

/// A job title found at a token position.
struct TitleMatch {
  Span span;
  std::string title;
};

/// Matches a job title starting exactly at token i ("Chief Medical Officer",
/// "director of nursing", "Head of Digital"), stopping before an
/// organisation mention in `taken`.
std::optional<TitleMatch> MatchTitle(const SentenceView& s, size_t i,
                                     const std::vector<Span>& taken = {});

/// An award programme mention ("HSJ Digital Awards 2023").
struct ProgrammeMention {
  Span span;
  /// Canonical name ("HSJ Partnership Awards" for "Health Service Journal
  /// (HSJ) Partnership awards").
  std::string name;
  /// Year written next to it, or 0.
  int year = 0;
};

/// Finds award programme mentions. `known` lists programmes already seen in
/// the article, so that "a Make a Difference Award" is recognised too.
std::vector<ProgrammeMention> FindProgrammes(const SentenceView& s,
                                             const std::vector<std::string>& known = {});

/// A category mention.
struct CategoryMention {
  Span span;
  std::string name;
};

/// Finds category names ("in the category 'X'", "the X award", "X of the
/// Year", a bullet's leading "X - awarded to ...").
std::vector<CategoryMention> FindCategories(const SentenceView& s, bool bullet,
                                            const std::vector<Span>& taken);

/// A category named right after a status phrase without "category" or
/// "award" ("made the shortlist for Digitising Patient Care thanks to ..."):
/// two or more capitalised words at `pos` (after "for"/"in"), not a coined
/// product name and not inside `taken`.
std::optional<CategoryMention> CategoryAfterStatus(const SentenceView& s, size_t pos,
                                                   const std::vector<Span>& taken);

/// A project mention.
struct ProjectMention {
  Span span;
  /// Name as it should be labelled ("MySENSE project").
  std::string name;
  /// Other form ("MySENSE"), or empty.
  std::string alias;
  /// Only described ("a virtual work experience programme"): no proper name.
  bool descriptive = false;
};

/// Finds project names: quoted names, "for its X portal", "the X
/// programme", and items of "projects include A, B and C".
std::vector<ProjectMention> FindProjects(const SentenceView& s, const std::vector<Span>& taken);

/// A date mention ("Thursday 22 June", "6 June 2024", "September 18th").
struct DateMention {
  Span span;
  int day = 0;
  int month = 0;
  /// 0 when the text gives no year.
  int year = 0;
};

/// Finds day-and-month dates.
std::vector<DateMention> FindDates(const SentenceView& s);

/// A city mention, e.g. "Manchester" in "in Manchester" or "London event".
struct CityMention {
  Span span;
  std::string city;
};

/// Finds ceremony cities (not inside `taken` spans).
std::vector<CityMention> FindCities(const SentenceView& s, const std::vector<Span>& taken);

/// A phrase stating a nomination status.
struct StatusMention {
  Span span;
  Status status = Status::kShortlisted;
  /// The nominee follows the phrase ("awarded to X", "won by X").
  bool nominee_after = false;
};

/// Finds status phrases ("was shortlisted", "won", "highly commended",
/// "awarded bronze", "is up for", "finalist").
std::vector<StatusMention> FindStatuses(const SentenceView& s);

/// True when the sentence speaks of a ceremony (for dates and places).
bool MentionsCeremony(const SentenceView& s);

/// Four-digit years (1990-2039) at token positions.
std::vector<std::pair<size_t, int>> FindYears(const SentenceView& s);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_MENTION_FINDER_H_
