// Tests for mention_finder.h: each finder on the news sentences of the genre it handles.
#include "loaders/extract/mention_finder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace awardgraph::loaders {
namespace {

const OdsGazetteer& Ods() { return OdsGazetteer::Default(); }

// Index of the first token with this text at or after `from` (tokens.size() if none).
size_t Tok(const SentenceView& s, std::string_view text, size_t from = 0) {
  for (size_t i = from; i < s.tokens.size(); ++i)
    if (s.tokens[i].text == text) return i;
  ADD_FAILURE() << "no token '" << text << "' in: " << s.text;
  return s.tokens.size();
}

std::vector<OrgMention> Orgs(const SentenceView& s, const AcronymMap& acronyms = {}) {
  return FindOrganisations(s, Ods(), acronyms);
}

std::vector<Span> OrgSpans(const SentenceView& s, const AcronymMap& acronyms = {}) {
  std::vector<Span> out;
  for (const auto& o : Orgs(s, acronyms)) out.push_back(o.span);
  return out;
}

std::vector<std::string> Names(const std::vector<OrgMention>& v) {
  std::vector<std::string> out;
  for (const auto& m : v) out.push_back(m.name);
  return out;
}
std::vector<std::string> Names(const std::vector<PersonMention>& v) {
  std::vector<std::string> out;
  for (const auto& m : v) out.push_back(m.name);
  return out;
}
std::vector<std::string> Names(const std::vector<ProgrammeMention>& v) {
  std::vector<std::string> out;
  for (const auto& m : v) out.push_back(m.name);
  return out;
}
std::vector<std::string> Names(const std::vector<CategoryMention>& v) {
  std::vector<std::string> out;
  for (const auto& m : v) out.push_back(m.name);
  return out;
}
std::vector<std::string> Names(const std::vector<ProjectMention>& v) {
  std::vector<std::string> out;
  for (const auto& m : v) out.push_back(m.name);
  return out;
}

using Strings = std::vector<std::string>;

// Everything the extractor marks as taken before categories and projects: organisations,
// programmes, people and status phrases.
std::vector<Span> TakenBeforeCategories(const SentenceView& s, const AcronymMap& acronyms = {}) {
  std::vector<Span> taken = OrgSpans(s, acronyms);
  for (const auto& p : FindProgrammes(s)) taken.push_back(p.span);
  for (const auto& p : FindPeople(s, taken)) taken.push_back(p.span);
  for (const auto& st : FindStatuses(s)) taken.push_back(st.span);
  return taken;
}

std::vector<Span> TakenBeforeProjects(const SentenceView& s, bool bullet = false,
                                      const AcronymMap& acronyms = {}) {
  std::vector<Span> taken = TakenBeforeCategories(s, acronyms);
  for (const auto& c : FindCategories(s, bullet, taken)) taken.push_back(c.span);
  return taken;
}

// ---------------------------------------------------------------- acronyms

TEST(FindAcronymDefinitionsTest, PlaceListBeforeBracketedAcronym) {
  SentenceView s(
      "Leicester, Leicestershire and Rutland (LLR) health partners are celebrating a "
      "shortlisting.");
  AcronymMap acr;
  FindAcronymDefinitions(s, &acr);
  ASSERT_TRUE(acr.contains("LLR"));
  EXPECT_EQ(acr["LLR"], "Leicester, Leicestershire and Rutland");
}

TEST(FindAcronymDefinitionsTest, TrustNameBeforeBracketedAcronym) {
  SentenceView s(
      "Midlands Partnership University NHS Foundation Trust (MPFT) has been shortlisted for "
      "two HSJ Digital Awards.");
  AcronymMap acr;
  FindAcronymDefinitions(s, &acr);
  ASSERT_TRUE(acr.contains("MPFT"));
  EXPECT_EQ(acr["MPFT"], "Midlands Partnership University NHS Foundation Trust");
}

TEST(FindAcronymDefinitionsTest, TwoWordAcronymAfterIcbName) {
  SentenceView s(
      "The Staffordshire and Stoke-on-Trent Integrated Care Board (SSOT ICB) has won an "
      "award.");
  AcronymMap acr;
  FindAcronymDefinitions(s, &acr);
  ASSERT_TRUE(acr.contains("SSOT ICB"));
  EXPECT_EQ(acr["SSOT ICB"], "Staffordshire and Stoke-on-Trent Integrated Care Board");
}

TEST(FindAcronymDefinitionsTest, AcronymBeforeBracketedExpansion) {
  SentenceView s("The awards are run by the HSJ (Health Service Journal) each year.");
  AcronymMap acr;
  FindAcronymDefinitions(s, &acr);
  ASSERT_TRUE(acr.contains("HSJ"));
  EXPECT_EQ(acr["HSJ"], "Health Service Journal");
}

TEST(FindAcronymDefinitionsTest, LowerCaseTermIsNotAnOrganisationDefinition) {
  SentenceView s("The team used artificial intelligence (AI) to read scans in 2024 (a first).");
  AcronymMap acr;
  FindAcronymDefinitions(s, &acr);
  EXPECT_TRUE(acr.empty()) << acr.begin()->first << " -> " << acr.begin()->second;
}

TEST(FindAcronymDefinitionsTest, FirstDefinitionIsKept) {
  AcronymMap acr = {{"MPFT", "Midlands Partnership University NHS Foundation Trust"}};
  SentenceView s("Mid Powys Foundation Trust (MPFT) is a made-up name.");
  FindAcronymDefinitions(s, &acr);
  EXPECT_EQ(acr["MPFT"], "Midlands Partnership University NHS Foundation Trust");
}

// ---------------------------------------------------------------- organisations

TEST(FindOrganisationsTest, IcbAfterTitleLinksToOds) {
  SentenceView s(
      "Dr Jane Halpin, Chief Executive Officer of the Hertfordshire and West Essex Integrated "
      "Care Board, said:");
  auto orgs = Orgs(s);
  ASSERT_EQ(orgs.size(), 1u) << ::testing::PrintToString(Names(orgs));
  EXPECT_EQ(orgs[0].kind, OrgKind::kIcb);
  EXPECT_EQ(orgs[0].ods, "QM7");
  EXPECT_EQ(orgs[0].name, "NHS Hertfordshire and West Essex Integrated Care Board");
  EXPECT_EQ(orgs[0].surface, "Hertfordshire and West Essex Integrated Care Board");
  EXPECT_FALSE(orgs[0].anaphor);
}

TEST(FindOrganisationsTest, ShortenedTrustNameLinksToOds) {
  SentenceView s(
      "Mid Cheshire Foundation Trust also received a High Commendation in Medicines, Pharmacy "
      "and Prescribing Initiative of the Year.");
  auto orgs = Orgs(s);
  ASSERT_EQ(orgs.size(), 1u) << ::testing::PrintToString(Names(orgs));
  EXPECT_EQ(orgs[0].ods, "RBT");
  EXPECT_EQ(orgs[0].kind, OrgKind::kTrust);
  EXPECT_EQ(orgs[0].name, "Mid Cheshire Hospitals NHS Foundation Trust");
  EXPECT_EQ(orgs[0].surface, "Mid Cheshire Foundation Trust");
  EXPECT_EQ(orgs[0].span.begin, 0u);
  EXPECT_EQ(orgs[0].span.end, 4u);
}

TEST(FindOrganisationsTest, PossessiveInsideTrustName) {
  SentenceView s(
      "Liverpool Women\u2019s Foundation Trust has been named Maternity Team of the Year.");
  auto orgs = Orgs(s);
  ASSERT_EQ(orgs.size(), 1u) << ::testing::PrintToString(Names(orgs));
  EXPECT_EQ(orgs[0].ods, "REP");
  EXPECT_EQ(orgs[0].name, "Liverpool Women's NHS Foundation Trust");
}

TEST(FindOrganisationsTest, TwoTrustsInOneSentence) {
  SentenceView s(
      "Mersey Care NHS Foundation Trust and Alder Hey Children's NHS Foundation Trust were "
      "both shortlisted.");
  auto orgs = Orgs(s);
  ASSERT_EQ(orgs.size(), 2u) << ::testing::PrintToString(Names(orgs));
  EXPECT_EQ(orgs[0].ods, "RW4");
  EXPECT_EQ(orgs[1].ods, "RBS");
}

TEST(FindOrganisationsTest, IcbWithCommaPlaceList) {
  SentenceView s(
      "Staff from the Leicester, Leicestershire and Rutland ICB collected the award on "
      "Thursday.");
  auto orgs = Orgs(s);
  ASSERT_EQ(orgs.size(), 1u) << ::testing::PrintToString(Names(orgs));
  EXPECT_EQ(orgs[0].ods, "QK1");
  EXPECT_EQ(orgs[0].kind, OrgKind::kIcb);
  EXPECT_EQ(orgs[0].surface, "Leicester, Leicestershire and Rutland ICB");
}

TEST(FindOrganisationsTest, IcbNamedWithDefinedPlaceAcronym) {
  SentenceView s(
      "The LLR Integrated Care Board (LLR ICB) has been shortlisted in the category, Patient "
      "Safety Pilot Project of the Year,");
  AcronymMap acr = {{"LLR", "Leicester, Leicestershire and Rutland"}};
  FindAcronymDefinitions(s, &acr);
  auto orgs = Orgs(s, acr);
  ASSERT_EQ(orgs.size(), 2u) << ::testing::PrintToString(Names(orgs));
  EXPECT_EQ(orgs[0].surface, "LLR Integrated Care Board");
  EXPECT_EQ(orgs[0].ods, "QK1");
  EXPECT_EQ(orgs[1].surface, "LLR ICB");
  EXPECT_EQ(orgs[1].ods, "QK1");
  for (const auto& o : orgs) EXPECT_EQ(o.kind, OrgKind::kIcb);
}

TEST(FindOrganisationsTest, DefinedTrustAcronymAloneIsTheTrust) {
  SentenceView s(
      "MPFT is shortlisted for its MySENSE project and Sandbox digital mental health platform");
  AcronymMap acr = {{"MPFT", "Midlands Partnership University NHS Foundation Trust"}};
  auto orgs = Orgs(s, acr);
  ASSERT_EQ(orgs.size(), 1u) << ::testing::PrintToString(Names(orgs));
  EXPECT_EQ(orgs[0].surface, "MPFT");
  EXPECT_EQ(orgs[0].ods, "RRE");
  EXPECT_EQ(orgs[0].kind, OrgKind::kTrust);
  EXPECT_EQ(orgs[0].span.begin, 0u);
  EXPECT_EQ(orgs[0].span.end, 1u);
}

TEST(FindOrganisationsTest, UndefinedAcronymIsNotAnOrganisation) {
  SentenceView s("MPFT is shortlisted for its MySENSE project.");
  EXPECT_TRUE(Orgs(s).empty()) << ::testing::PrintToString(Names(Orgs(s)));
}

TEST(FindOrganisationsTest, InformalTrustNameWithoutTrustWord) {
  SentenceView s("Staff at Liverpool Women's were celebrating after the ceremony.");
  auto orgs = Orgs(s);
  ASSERT_EQ(orgs.size(), 1u) << ::testing::PrintToString(Names(orgs));
  EXPECT_EQ(orgs[0].ods, "REP");
  EXPECT_EQ(orgs[0].surface, "Liverpool Women's");
}

TEST(FindOrganisationsTest, CapitalisedTheTrustIsAnAnaphor) {
  SentenceView s("The Trust has been shortlisted for Acute Sector Innovation of the Year.");
  auto orgs = Orgs(s);
  ASSERT_EQ(orgs.size(), 1u) << ::testing::PrintToString(Names(orgs));
  EXPECT_TRUE(orgs[0].anaphor);
  EXPECT_EQ(orgs[0].kind, OrgKind::kTrust);
  EXPECT_TRUE(orgs[0].surface.empty());
}

TEST(FindOrganisationsTest, LowerCaseTheTrustIsAnAnaphor) {
  // The header: '"the Trust" / "the trust": refers to the article's main trust'.
  SentenceView s("Colleagues across the trust were delighted with the result.");
  auto orgs = Orgs(s);
  ASSERT_EQ(orgs.size(), 1u) << ::testing::PrintToString(Names(orgs));
  EXPECT_TRUE(orgs[0].anaphor);
}

TEST(FindOrganisationsTest, CategoryEndingInTrustIsNotAnOrganisation) {
  SentenceView s(
      "Royal Papworth Hospital NHS Foundation Trust was named Provider Trust of the Year.");
  auto orgs = Orgs(s);
  ASSERT_EQ(orgs.size(), 1u) << ::testing::PrintToString(Names(orgs));
  EXPECT_EQ(orgs[0].ods, "RGM");
}

TEST(FindOrganisationsTest, NhsEnglandIsAnOrganisation) {
  SentenceView s("NHS England's chief executive Amanda Pritchard presented the awards.");
  auto orgs = Orgs(s);
  ASSERT_EQ(orgs.size(), 1u) << ::testing::PrintToString(Names(orgs));
  EXPECT_EQ(orgs[0].surface, "NHS England");
}

TEST(FindOrganisationsTest, HsjEditorIsThePublisher) {
  SentenceView s("HSJ editor Alastair McLellan adds: \"The entries were outstanding.\"");
  auto orgs = Orgs(s);
  ASSERT_EQ(orgs.size(), 1u) << ::testing::PrintToString(Names(orgs));
  EXPECT_EQ(orgs[0].kind, OrgKind::kPublisher);
  EXPECT_EQ(orgs[0].name, "Health Service Journal");
}

TEST(FindOrganisationsTest, HsjAwardsProgrammeIsNotAnOrganisation) {
  SentenceView s("The HSJ Awards 2024 shortlist was published this week.");
  EXPECT_TRUE(Orgs(s).empty()) << ::testing::PrintToString(Names(Orgs(s)));
}

TEST(FindOrganisationsTest, HealthInnovationNetwork) {
  SentenceView s("The trust worked with Health Innovation East Midlands on the pilot.");
  auto orgs = Orgs(s);
  // "The trust" is an anaphor for the article's main trust; the network follows.
  ASSERT_EQ(orgs.size(), 2u) << ::testing::PrintToString(Names(orgs));
  EXPECT_TRUE(orgs[0].anaphor);
  EXPECT_EQ(orgs[1].kind, OrgKind::kHealthInnovationNetwork);
  EXPECT_EQ(orgs[1].name, "Health Innovation East Midlands");
}

TEST(FindOrganisationsTest, CancerAllianceAndUniversity) {
  SentenceView s(
      "The Cheshire and Merseyside Cancer Alliance developed the tool with the University of "
      "Liverpool.");
  auto orgs = Orgs(s);
  ASSERT_EQ(orgs.size(), 2u) << ::testing::PrintToString(Names(orgs));
  EXPECT_EQ(orgs[0].name, "Cheshire and Merseyside Cancer Alliance");
  EXPECT_EQ(orgs[0].kind, OrgKind::kCancerAlliance);
  EXPECT_EQ(orgs[1].name, "University of Liverpool");
  EXPECT_EQ(orgs[1].kind, OrgKind::kOther);
}

TEST(FindOrganisationsTest, CompanyIntroducedByWhatItIs) {
  SentenceView s(
      "The PreCiSSIon programme uses a digital solution, Cemplicity, to gather patient "
      "feedback.");
  auto orgs = Orgs(s);
  ASSERT_EQ(orgs.size(), 1u) << ::testing::PrintToString(Names(orgs));
  EXPECT_EQ(orgs[0].name, "Cemplicity");
  EXPECT_EQ(orgs[0].kind, OrgKind::kCompany);
}

TEST(FindOrganisationsTest, CeremonySentenceHasNoOrganisation) {
  SentenceView s("The winners will be announced at a ceremony in Manchester on Thursday 22 June.");
  EXPECT_TRUE(Orgs(s).empty()) << ::testing::PrintToString(Names(Orgs(s)));
}

TEST(FindOrganisationsTest, SpansDoNotOverlapAndAreSorted) {
  SentenceView s(
      "University Hospitals of Leicester NHS Trust, Leicestershire Partnership NHS Trust and "
      "the Leicester, Leicestershire and Rutland ICB worked together.");
  auto orgs = Orgs(s);
  ASSERT_EQ(orgs.size(), 3u) << ::testing::PrintToString(Names(orgs));
  EXPECT_EQ(orgs[0].ods, "RWE");
  EXPECT_EQ(orgs[1].ods, "RT5");
  EXPECT_EQ(orgs[2].ods, "QK1");
  for (size_t i = 1; i < orgs.size(); ++i) {
    EXPECT_LE(orgs[i - 1].span.end, orgs[i].span.begin);
  }
}

// ---------------------------------------------------------------- titles

TEST(MatchTitleTest, CapitalisedTitleStopsBeforeOrganisation) {
  SentenceView s(
      "Dr Jane Halpin, Chief Executive Officer of the Hertfordshire and West Essex Integrated "
      "Care Board, said:");
  auto title = MatchTitle(s, Tok(s, "Chief"), OrgSpans(s));
  ASSERT_TRUE(title.has_value());
  EXPECT_EQ(title->title, "Chief Executive Officer");
  EXPECT_EQ(title->span.begin, 4u);
  EXPECT_EQ(title->span.end, 7u);
}

TEST(MatchTitleTest, LowerCaseTitleWithTopic) {
  SentenceView s("Sarah Mitchell, director of nursing at the trust, said the team deserved it.");
  auto title = MatchTitle(s, Tok(s, "director"));
  ASSERT_TRUE(title.has_value());
  EXPECT_EQ(title->title, "director of nursing");
}

TEST(MatchTitleTest, HeadOfTopic) {
  SentenceView s("Tom Reid, Head of Digital at the ICB, added his thanks.");
  auto title = MatchTitle(s, Tok(s, "Head"));
  ASSERT_TRUE(title.has_value());
  EXPECT_EQ(title->title, "Head of Digital");
}

TEST(MatchTitleTest, TwoTitlesJoinedByAndAreSeparate) {
  SentenceView s("Ann Lee, Chief Nursing Officer and Deputy Chief Executive, said:");
  auto first = MatchTitle(s, Tok(s, "Chief"));
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->title, "Chief Nursing Officer");
  auto second = MatchTitle(s, Tok(s, "Deputy"));
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->title, "Deputy Chief Executive");
}

TEST(MatchTitleTest, TopicWithTwoPartsIsOneTitle) {
  SentenceView s("Raj Patel, Director of Finance and Estates, presented the cheque.");
  auto title = MatchTitle(s, Tok(s, "Director"));
  ASSERT_TRUE(title.has_value());
  EXPECT_EQ(title->title, "Director of Finance and Estates");
}

TEST(MatchTitleTest, EditorAfterPublisher) {
  SentenceView s("HSJ editor Alastair McLellan adds:");
  auto title = MatchTitle(s, Tok(s, "editor"), OrgSpans(s));
  ASSERT_TRUE(title.has_value());
  EXPECT_EQ(title->title, "editor");
}

TEST(MatchTitleTest, ConsultantMidwife) {
  SentenceView s("Consultant Midwife Grace Adeyemi led the project.");
  auto title = MatchTitle(s, 0);
  ASSERT_TRUE(title.has_value());
  EXPECT_EQ(title->title, "Consultant Midwife");
}

TEST(MatchTitleTest, LoneGenericWordIsNotATitle) {
  SentenceView s("The project lead said the pilot will be extended.");
  EXPECT_FALSE(MatchTitle(s, Tok(s, "lead")).has_value());
}

TEST(MatchTitleTest, NoTitleAtNameOrPastEnd) {
  SentenceView s("Dr Jane Halpin said:");
  EXPECT_FALSE(MatchTitle(s, 0).has_value());
  EXPECT_FALSE(MatchTitle(s, 1).has_value());
  EXPECT_FALSE(MatchTitle(s, 99).has_value());
}

// ---------------------------------------------------------------- people

TEST(FindPeopleTest, HonorificThenNameBeforeTitle) {
  SentenceView s(
      "Dr Jane Halpin, Chief Executive Officer of the Hertfordshire and West Essex Integrated "
      "Care Board, said:");
  auto people = FindPeople(s, OrgSpans(s));
  ASSERT_EQ(people.size(), 1u) << ::testing::PrintToString(Names(people));
  EXPECT_EQ(people[0].name, "Jane Halpin");
  EXPECT_EQ(people[0].honorifics, Strings{"Dr"});
  EXPECT_EQ(people[0].span.begin, 0u);
  EXPECT_EQ(people[0].span.end, 3u);
}

TEST(FindPeopleTest, NameAfterPublisherTitle) {
  SentenceView s("HSJ editor Alastair McLellan adds: \"The standard was exceptional.\"");
  auto people = FindPeople(s, OrgSpans(s));
  ASSERT_EQ(people.size(), 1u) << ::testing::PrintToString(Names(people));
  EXPECT_EQ(people[0].name, "Alastair McLellan");
  EXPECT_TRUE(people[0].honorifics.empty());
}

TEST(FindPeopleTest, SeveralHonorificsAndPostNominals) {
  SentenceView s("Professor Sir Stephen Powis MBE presented the award.");
  auto people = FindPeople(s, {});
  ASSERT_EQ(people.size(), 1u) << ::testing::PrintToString(Names(people));
  EXPECT_EQ(people[0].name, "Stephen Powis");
  EXPECT_EQ(people[0].honorifics, (Strings{"Professor", "Sir", "MBE"}));
}

TEST(FindPeopleTest, UnknownGivenNameAfterSaid) {
  SentenceView s("\"It means so much to the team,\" said Rhiannon Tudor-Price.");
  auto people = FindPeople(s, {});
  ASSERT_EQ(people.size(), 1u) << ::testing::PrintToString(Names(people));
  EXPECT_EQ(people[0].name, "Rhiannon Tudor-Price");
}

TEST(FindPeopleTest, UnknownGivenNameBeforeLowerCaseTitle) {
  SentenceView s("Olusegun Bakare, chief pharmacist at the trust, said the tool saves hours.");
  auto people = FindPeople(s, OrgSpans(s));
  ASSERT_EQ(people.size(), 1u) << ::testing::PrintToString(Names(people));
  EXPECT_EQ(people[0].name, "Olusegun Bakare");
}

TEST(FindPeopleTest, TitleBeforeNameIsNotPartOfName) {
  SentenceView s("Chief Executive Jane Smith thanked the judges.");
  auto people = FindPeople(s, {});
  ASSERT_EQ(people.size(), 1u) << ::testing::PrintToString(Names(people));
  EXPECT_EQ(people[0].name, "Jane Smith");
}

TEST(FindPeopleTest, TrustAndCategoryAreNotPeople) {
  SentenceView s(
      "Mid Cheshire Foundation Trust also received a High Commendation in Medicines, Pharmacy "
      "and Prescribing Initiative of the Year.");
  EXPECT_TRUE(FindPeople(s, OrgSpans(s)).empty())
      << ::testing::PrintToString(Names(FindPeople(s, OrgSpans(s))));
}

TEST(FindPeopleTest, CeremonySentenceHasNoPeople) {
  SentenceView s("The winners will be announced at a ceremony in Manchester on Thursday 22 June.");
  EXPECT_TRUE(FindPeople(s, {}).empty()) << ::testing::PrintToString(Names(FindPeople(s, {})));
}

TEST(FindPeopleTest, LoneGivenNameIsNotAPerson) {
  SentenceView s("Thanks to Sarah and the whole team for their hard work.");
  EXPECT_TRUE(FindPeople(s, {}).empty()) << ::testing::PrintToString(Names(FindPeople(s, {})));
}

TEST(FindPeopleTest, SpansInsideOrganisationsAreSkipped) {
  // "Alder Hey" would pass for a name without the organisation span.
  SentenceView s("Alder Hey Children's NHS Foundation Trust won the award.");
  EXPECT_TRUE(FindPeople(s, OrgSpans(s)).empty());
}

// ---------------------------------------------------------------- programmes

TEST(FindProgrammesTest, ProgrammeWithYearAfter) {
  SentenceView s("The trust has been shortlisted in the HSJ Digital Awards 2023.");
  auto p = FindProgrammes(s);
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "HSJ Digital Awards");
  EXPECT_EQ(p[0].year, 2023);
}

TEST(FindProgrammesTest, ProgrammeWithYearBefore) {
  SentenceView s("Two teams are finalists at the 2024 HSJ Patient Safety Awards.");
  auto p = FindProgrammes(s);
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "HSJ Patient Safety Awards");
  EXPECT_EQ(p[0].year, 2024);
}

TEST(FindProgrammesTest, BracketedPublisherNameIsCanonicalised) {
  SentenceView s(
      "The ICB was shortlisted in the Health Service Journal (HSJ) Partnership awards this "
      "year.");
  auto p = FindProgrammes(s);
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "HSJ Partnership Awards");
  EXPECT_EQ(p[0].year, 0);
}

TEST(FindProgrammesTest, NonHsjProgramme) {
  SentenceView s("The ward won at the Nursing Times Awards on Wednesday night.");
  auto p = FindProgrammes(s);
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "Nursing Times Awards");
}

TEST(FindProgrammesTest, LowerCaseHsjAwardsProgrammeIsNotAProgrammeName) {
  SentenceView s("Now in its 43rd year, the HSJ awards programme celebrates NHS staff.");
  EXPECT_TRUE(FindProgrammes(s).empty()) << ::testing::PrintToString(Names(FindProgrammes(s)));
}

TEST(FindProgrammesTest, StaffAwardsInLowerCaseAreNotAProgramme) {
  SentenceView s("The trust's annual staff awards were held last week.");
  EXPECT_TRUE(FindProgrammes(s).empty()) << ::testing::PrintToString(Names(FindProgrammes(s)));
}

TEST(FindProgrammesTest, SingularAwardOnlyWhenProgrammeIsKnown) {
  SentenceView s("The team received a Make a Difference Award from the ICB.");
  EXPECT_TRUE(FindProgrammes(s).empty());
  auto p = FindProgrammes(s, {"Make a Difference Awards"});
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "Make a Difference Awards");
}

TEST(FindProgrammesTest, CategoryAwardIsNotAProgramme) {
  SentenceView s("North Bristol NHS Trust won the Patient Safety Pilot Project Award.");
  EXPECT_TRUE(FindProgrammes(s).empty()) << ::testing::PrintToString(Names(FindProgrammes(s)));
}

// ---------------------------------------------------------------- categories

TEST(FindCategoriesTest, CommaSetOffAfterInTheCategory) {
  SentenceView s(
      "The LLR Integrated Care Board (LLR ICB) has been shortlisted in the category, Patient "
      "Safety Pilot Project of the Year, for its virtual ward.");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  ASSERT_EQ(c.size(), 1u) << ::testing::PrintToString(Names(c));
  EXPECT_EQ(c[0].name, "Patient Safety Pilot Project of the Year");
}

TEST(FindCategoriesTest, CommaListInsideOfTheYearCategory) {
  SentenceView s(
      "Mid Cheshire Foundation Trust also received a High Commendation in Medicines, Pharmacy "
      "and Prescribing Initiative of the Year");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  ASSERT_EQ(c.size(), 1u) << ::testing::PrintToString(Names(c));
  EXPECT_EQ(c[0].name, "Medicines, Pharmacy and Prescribing Initiative of the Year");
}

TEST(FindCategoriesTest, QuotedCategoryBeforeAward) {
  SentenceView s(
      "The pharmacy team was named winner of the 'Digital Innovation of the Year' award on "
      "Friday.");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  ASSERT_EQ(c.size(), 1u) << ::testing::PrintToString(Names(c));
  EXPECT_EQ(c[0].name, "Digital Innovation of the Year");
}

TEST(FindCategoriesTest, TheXCategory) {
  SentenceView s("The scheme is a finalist in the Staff Wellbeing category.");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  ASSERT_EQ(c.size(), 1u) << ::testing::PrintToString(Names(c));
  EXPECT_EQ(c[0].name, "Staff Wellbeing");
}

TEST(FindCategoriesTest, WonTheXAward) {
  SentenceView s("The frailty team won the Innovation in Mental Health Award last night.");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  ASSERT_EQ(c.size(), 1u) << ::testing::PrintToString(Names(c));
  EXPECT_EQ(c[0].name, "Innovation in Mental Health Award");
}

TEST(FindCategoriesTest, CategoryStopsBeforeForItsProject) {
  SentenceView s(
      "The ICB is shortlisted in Digital Pathways of the Year for its Shared Care Record.");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  ASSERT_EQ(c.size(), 1u) << ::testing::PrintToString(Names(c));
  EXPECT_EQ(c[0].name, "Digital Pathways of the Year");
}

TEST(FindCategoriesTest, BulletLeadingCategory) {
  SentenceView s("Workforce Initiative of the Year - awarded to Mersey Care NHS Foundation Trust");
  auto c = FindCategories(s, true, TakenBeforeCategories(s));
  ASSERT_EQ(c.size(), 1u) << ::testing::PrintToString(Names(c));
  EXPECT_EQ(c[0].name, "Workforce Initiative of the Year");
}

TEST(FindCategoriesTest, CeremonySentenceHasNoCategory) {
  SentenceView s("The winners will be announced at a ceremony in Manchester on Thursday 22 June.");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  EXPECT_TRUE(c.empty()) << ::testing::PrintToString(Names(c));
}

TEST(FindCategoriesTest, CountOfAwardsIsNotACategory) {
  SentenceView s("The Trust has been shortlisted for two HSJ awards.");
  auto c = FindCategories(s, false, TakenBeforeCategories(s));
  EXPECT_TRUE(c.empty()) << ::testing::PrintToString(Names(c));
}

// ---------------------------------------------------------------- projects

TEST(FindProjectsTest, TwoProjectsAfterForIts) {
  AcronymMap acr = {{"MPFT", "Midlands Partnership University NHS Foundation Trust"}};
  SentenceView s(
      "MPFT is shortlisted for its MySENSE project and Sandbox digital mental health platform");
  auto p = FindProjects(s, TakenBeforeProjects(s, false, acr));
  ASSERT_EQ(p.size(), 2u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "MySENSE project");
  EXPECT_EQ(p[0].alias, "MySENSE");
  EXPECT_FALSE(p[0].descriptive);
  EXPECT_EQ(p[1].name, "Sandbox digital mental health platform");
  EXPECT_EQ(p[1].alias, "Sandbox");
}

TEST(FindProjectsTest, QuotedProjectName) {
  SentenceView s("The trust's 'Scouse School' initiative has been shortlisted.");
  auto p = FindProjects(s, TakenBeforeProjects(s));
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "Scouse School");
}

TEST(FindProjectsTest, CapitalisedNameBeforeLowerCaseHead) {
  SentenceView s(
      "The PreCiSSIon programme, which uses a digital solution, Cemplicity, improves cancer "
      "care.");
  auto p = FindProjects(s, TakenBeforeProjects(s));
  ASSERT_EQ(p.size(), 1u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "PreCiSSIon programme");
  EXPECT_EQ(p[0].alias, "PreCiSSIon");
}

TEST(FindProjectsTest, ListOfDescribedAndNamedProjects) {
  SentenceView s(
      "LCHS's shortlisted projects include a virtual work experience programme, a cloud-based "
      "MedOptimise tool and a falls prevention app.");
  auto p = FindProjects(s, TakenBeforeProjects(s));
  ASSERT_EQ(p.size(), 3u) << ::testing::PrintToString(Names(p));
  EXPECT_EQ(p[0].name, "virtual work experience programme");
  EXPECT_TRUE(p[0].descriptive);
  EXPECT_EQ(p[1].name, "MedOptimise tool");
  EXPECT_EQ(p[1].alias, "MedOptimise");
  EXPECT_FALSE(p[1].descriptive);
  EXPECT_EQ(p[2].name, "falls prevention app");
  EXPECT_TRUE(p[2].descriptive);
}

TEST(FindProjectsTest, HsjAwardsProgrammeIsNotAProject) {
  SentenceView s("Entries to the HSJ Awards programme have risen again this year.");
  auto p = FindProjects(s, TakenBeforeProjects(s));
  EXPECT_TRUE(p.empty()) << ::testing::PrintToString(Names(p));
}

TEST(FindProjectsTest, CategoryAfterForTheIsNotAProject) {
  SentenceView s(
      "North Bristol NHS Trust is shortlisted for the Patient Safety Team of the Year award.");
  auto p = FindProjects(s, TakenBeforeProjects(s));
  EXPECT_TRUE(p.empty()) << ::testing::PrintToString(Names(p));
}

TEST(FindProjectsTest, ForTheTrustIsNotAProject) {
  SentenceView s("Thank you to everyone who voted for the Trust.");
  auto p = FindProjects(s, TakenBeforeProjects(s));
  EXPECT_TRUE(p.empty()) << ::testing::PrintToString(Names(p));
}

TEST(FindProjectsTest, CeremonySentenceHasNoProject) {
  SentenceView s("The winners will be announced at a ceremony in Manchester on Thursday 22 June.");
  auto p = FindProjects(s, TakenBeforeProjects(s));
  EXPECT_TRUE(p.empty()) << ::testing::PrintToString(Names(p));
}

// ---------------------------------------------------------------- dates

TEST(FindDatesTest, WeekdayDayMonth) {
  SentenceView s("The winners will be announced at a ceremony in Manchester on Thursday 22 June.");
  auto d = FindDates(s);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].day, 22);
  EXPECT_EQ(d[0].month, 6);
  EXPECT_EQ(d[0].year, 0);
  EXPECT_EQ(s.Text(d[0].span), "22 June");
}

TEST(FindDatesTest, DayMonthYear) {
  SentenceView s("Winners will be revealed on 6 June 2024 at a London ceremony.");
  auto d = FindDates(s);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].day, 6);
  EXPECT_EQ(d[0].month, 6);
  EXPECT_EQ(d[0].year, 2024);
  EXPECT_EQ(s.Text(d[0].span), "6 June 2024");
}

TEST(FindDatesTest, MonthOrdinalDayCommaYear) {
  SentenceView s("The awards evening takes place on September 18th, 2025 in Birmingham.");
  auto d = FindDates(s);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].day, 18);
  EXPECT_EQ(d[0].month, 9);
  EXPECT_EQ(d[0].year, 2025);
}

TEST(FindDatesTest, AbbreviatedMonth) {
  SentenceView s("Ceremony: Wed 20 Nov, Grosvenor House.");
  auto d = FindDates(s);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].day, 20);
  EXPECT_EQ(d[0].month, 11);
}

TEST(FindDatesTest, OrdinalDayOfMonth) {
  SentenceView s("The ceremony takes place on the 22nd of June at Manchester Central.");
  auto d = FindDates(s);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].day, 22);
  EXPECT_EQ(d[0].month, 6);
}

TEST(FindDatesTest, MayAsVerbAndMonthWithoutDay) {
  EXPECT_TRUE(FindDates(SentenceView("The trust may be shortlisted again.")).empty());
  EXPECT_TRUE(FindDates(SentenceView("The May 2024 shortlist named 12 teams.")).empty());
  EXPECT_TRUE(FindDates(SentenceView("The service saw 40 patients in its first week.")).empty());
}

TEST(FindDatesTest, ImpossibleDayIsNotADate) {
  EXPECT_TRUE(FindDates(SentenceView("Around 45 June entries were judged.")).empty());
}

// ---------------------------------------------------------------- cities

TEST(FindCitiesTest, InCity) {
  SentenceView s("The winners will be announced at a ceremony in Manchester on Thursday 22 June.");
  auto c = FindCities(s, {});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].city, "Manchester");
}

TEST(FindCitiesTest, CityBeforeEvent) {
  SentenceView s("Staff travelled to the London event on Wednesday.");
  auto c = FindCities(s, {});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].city, "London");
}

TEST(FindCitiesTest, TwoWordCity) {
  SentenceView s("The ceremony was held in Milton Keynes last night.");
  auto c = FindCities(s, {});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].city, "Milton Keynes");
}

TEST(FindCitiesTest, CityInsideTrustNameIsNotAPlace) {
  SentenceView s(
      "Liverpool Women's Foundation Trust and University Hospitals of Leicester NHS Trust were "
      "commended.");
  EXPECT_TRUE(FindCities(s, OrgSpans(s)).empty());
}

TEST(FindCitiesTest, CityPartOfLongerPlaceName) {
  SentenceView s("The service covers patients in North West London.");
  EXPECT_TRUE(FindCities(s, {}).empty());
}

// ---------------------------------------------------------------- statuses

std::vector<Status> StatusesOf(std::string_view sentence) {
  std::vector<Status> out;
  for (const auto& m : FindStatuses(SentenceView(sentence))) out.push_back(m.status);
  return out;
}

TEST(FindStatusesTest, Shortlisted) {
  EXPECT_EQ(StatusesOf("The LLR ICB has been shortlisted in the category, Patient Safety Pilot "
                       "Project of the Year,"),
            std::vector<Status>{Status::kShortlisted});
}

TEST(FindStatusesTest, HighCommendationIsOnePhrase) {
  SentenceView s(
      "Mid Cheshire Foundation Trust also received a High Commendation in Medicines, Pharmacy "
      "and Prescribing Initiative of the Year");
  auto st = FindStatuses(s);
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].status, Status::kHighlyCommended);
  EXPECT_EQ(s.Text(st[0].span), "High Commendation");
}

TEST(FindStatusesTest, HighlyCommended) {
  EXPECT_EQ(StatusesOf("The maternity team was highly commended by the judges."),
            std::vector<Status>{Status::kHighlyCommended});
}

TEST(FindStatusesTest, WonTheAward) {
  EXPECT_EQ(StatusesOf("Liverpool Women's Foundation Trust won the Maternity Team of the Year "
                       "award."),
            std::vector<Status>{Status::kWinner});
}

TEST(FindStatusesTest, AwardedToNomineeAfter) {
  SentenceView s("The Digital Innovation award was presented to Alder Hey for its app.");
  auto st = FindStatuses(s);
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].status, Status::kWinner);
  EXPECT_TRUE(st[0].nominee_after);
}

TEST(FindStatusesTest, WonByNomineeAfter) {
  SentenceView s("The Patient Safety Team of the Year award was won by North Bristol NHS Trust.");
  auto st = FindStatuses(s);
  ASSERT_EQ(st.size(), 1u);
  EXPECT_EQ(st[0].status, Status::kWinner);
  EXPECT_TRUE(st[0].nominee_after);
}

TEST(FindStatusesTest, MedalStatuses) {
  EXPECT_EQ(StatusesOf("The pharmacy team scooped bronze in the Partnership category."),
            std::vector<Status>{Status::kBronze});
  EXPECT_EQ(StatusesOf("The trust was awarded a Gold Award for staff wellbeing."),
            std::vector<Status>{Status::kGold});
  EXPECT_EQ(StatusesOf("The ICB picked up silver at the Partnership Awards."),
            std::vector<Status>{Status::kSilver});
}

TEST(FindStatusesTest, UpForAndFinalist) {
  EXPECT_EQ(StatusesOf("Mersey Care is up for four awards this year."),
            std::vector<Status>{Status::kShortlisted});
  EXPECT_EQ(StatusesOf("The team is a finalist in the Nursing Times Awards."),
            std::vector<Status>{Status::kShortlisted});
  EXPECT_EQ(StatusesOf("The ward was runner-up in the same category."),
            std::vector<Status>{Status::kShortlisted});
}

TEST(FindStatusesTest, Nominated) {
  EXPECT_EQ(StatusesOf("Matron Ann Lee has been nominated for a Nursing Times Award."),
            std::vector<Status>{Status::kNominated});
}

TEST(FindStatusesTest, HopingToWinIsShortlistedNotWinner) {
  EXPECT_EQ(StatusesOf("North Bristol NHS Trust is hoping to win the Patient Safety Team of the "
                       "Year award."),
            std::vector<Status>{Status::kShortlisted});
  EXPECT_EQ(StatusesOf("The team could win the top prize in June."),
            std::vector<Status>{Status::kShortlisted});
}

TEST(FindStatusesTest, WinnersWillBeAnnouncedStatesNoStatus) {
  auto st = StatusesOf(
      "The winners will be announced at a ceremony in Manchester on Thursday "
      "22 June.");
  EXPECT_TRUE(std::find(st.begin(), st.end(), Status::kWinner) == st.end())
      << "an announcement to come names no winner";
}

TEST(FindStatusesTest, CallForNominationsStatesNoStatus) {
  EXPECT_TRUE(StatusesOf("Nominations are now open for the HSJ Awards 2025.").empty());
}

TEST(FindStatusesTest, ReceivedFundingIsNoStatus) {
  EXPECT_TRUE(StatusesOf("The trust received funding from NHS England for the pilot.").empty());
  EXPECT_TRUE(StatusesOf("The award-winning team reduced waits by a third.").empty());
}

// ---------------------------------------------------------------- ceremony, years

TEST(MentionsCeremonyTest, CeremonySentences) {
  EXPECT_TRUE(MentionsCeremony(SentenceView(
      "The winners will be announced at a ceremony in Manchester on Thursday 22 June.")));
  EXPECT_TRUE(MentionsCeremony(SentenceView("The gala dinner took place in London.")));
}

TEST(MentionsCeremonyTest, OtherSentences) {
  EXPECT_FALSE(MentionsCeremony(
      SentenceView("The virtual ward has cut readmissions by 20 per cent since 12 May.")));
}

TEST(FindYearsTest, FourDigitYearsInRange) {
  SentenceView s(
      "Shortlisted in 2024 after winning in 2019, the team has 1500 staff and a 2045 "
      "plan.");
  auto y = FindYears(s);
  ASSERT_EQ(y.size(), 2u);
  EXPECT_EQ(y[0].second, 2024);
  EXPECT_EQ(s.tokens[y[0].first].text, "2024");
  EXPECT_EQ(y[1].second, 2019);
}

}  // namespace
}  // namespace awardgraph::loaders

namespace awardgraph::loaders {
namespace {

// Possessives inside trust names, and an informal name without "for Children".
TEST(FindOrganisationsTest, PossessivesAndInformalNamesLinkToOds) {
  struct Case {
    const char* sentence;
    const char* ods;
  };
  for (const Case& c : {Case{"Guy's and St Thomas' NHS Foundation Trust won the award.", "RJ1"},
                        Case{"Birmingham Women's and Children's NHS Foundation Trust won.", "RQ3"},
                        Case{"Great Ormond Street Hospital won the award.", "RP4"}}) {
    SentenceView s(c.sentence);
    auto orgs = FindOrganisations(s, OdsGazetteer::Default(), {});
    ASSERT_EQ(orgs.size(), 1u) << c.sentence;
    EXPECT_EQ(orgs[0].ods, c.ods) << c.sentence;
    EXPECT_EQ(orgs[0].span.begin, 0u) << c.sentence;
  }
}

// "NHS Foundation Trust" on its own is no organisation.
TEST(FindOrganisationsTest, BareNhsFoundationTrustIsNoOrganisation) {
  SentenceView s("Becoming an NHS Foundation Trust took years.");
  EXPECT_TRUE(FindOrganisations(s, OdsGazetteer::Default(), {}).empty());
}

}  // namespace
}  // namespace awardgraph::loaders

namespace awardgraph::loaders {
namespace {

std::vector<Status> StatusList(const char* sentence) {
  std::vector<Status> out;
  for (const auto& st : FindStatuses(SentenceView(sentence))) out.push_back(st.status);
  return out;
}

TEST(FindStatusesTest, MedalsTrophiesAndTitles) {
  EXPECT_EQ(StatusList("WoundWatch took silver for Digital Pathway Innovation."),
            std::vector<Status>{Status::kSilver});
  EXPECT_EQ(StatusList("Dr Castell collected the Chief Executive of the Year title."),
            std::vector<Status>{Status::kWinner});
  EXPECT_EQ(StatusList("A second trophy came in the Pharmacy Initiative of the Year category."),
            std::vector<Status>{Status::kWinner});
  // A trophy hoped for is no win.
  EXPECT_EQ(StatusList("The team hopes to lift a trophy in June."), std::vector<Status>{});
}

TEST(FindStatusesTest, TookSilverCoversTheMedalSoTheCategoryFollows) {
  SentenceView s("WoundWatch took silver for Digital Pathway Innovation.");
  auto st = FindStatuses(s);
  ASSERT_EQ(st.size(), 1u);
  auto cat = CategoryAfterStatus(s, st[0].span.end, {});
  ASSERT_TRUE(cat.has_value());
  EXPECT_EQ(cat->name, "Digital Pathway Innovation");
}

}  // namespace
}  // namespace awardgraph::loaders
