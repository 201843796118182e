// Tests for organisation_finder.h: acronym definitions and organisation names (ODS linking,
// anaphors, kinds), on the news sentences of the genre it handles.
#include "loaders/extract/organisation_finder.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "tests/loaders/extract/mention_test_util.h"

namespace awardgraph::loaders {
namespace {

using namespace test_util;  // NOLINT(google-build-using-namespace)

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
