// Tests for article_extractor.h: facts of small whole articles (entities, anaphors,
// acronyms, all rules together, robustness). Each rule file has its own
// *_rules_test.cc.
#include "loaders/extract/article_extractor.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "tests/loaders/extract/extract_test_util.h"

namespace awardgraph::loaders {
namespace {

using namespace test_util;  // NOLINT(google-build-using-namespace)

// ---------------------------------------------------------------- one ICB shortlisted

constexpr char kLlrText[] =
    "Leicester, Leicestershire and Rutland (LLR) health partners are celebrating after the LLR "
    "Integrated Care Board (LLR ICB) was shortlisted in the HSJ Patient Safety Awards 2024.\n\n"
    "The LLR ICB has been shortlisted in the category, Patient Safety Pilot Project of the "
    "Year, for its Virtual Frailty Ward project.\n\n"
    "Dr Nil Sanganee, Chief Medical Officer of LLR ICB, said: \"We are proud of everyone "
    "involved.\"\n\n"
    "The winners will be announced at a ceremony in Manchester on Thursday 19 September.";

TEST(ExtractArticleTest, IcbShortlistedWithCategoryAndProject) {
  auto f = Extract("LLR ICB shortlisted for national patient safety award", kLlrText);
  int icb = OrgByOds(f, "QK1");
  ASSERT_GE(icb, 0) << Describe(f);
  EXPECT_EQ(f.orgs[icb].kind, OrgKind::kIcb);
  EXPECT_EQ(f.orgs[icb].name, "NHS Leicester, Leicestershire and Rutland Integrated Care Board");
  ASSERT_EQ(f.nominations.size(), 1u) << Describe(f);
  const auto& n = f.nominations[0];
  EXPECT_EQ(n.nominee_org, icb);
  EXPECT_EQ(n.status, Status::kShortlisted);
  EXPECT_EQ(n.category, "Patient Safety Pilot Project of the Year");
  ASSERT_GE(n.project, 0);
  EXPECT_EQ(f.projects[n.project].name, "Virtual Frailty Ward project");
  EXPECT_EQ(n.evidence,
            "The LLR ICB has been shortlisted in the category, Patient Safety Pilot Project of "
            "the Year, for its Virtual Frailty Ward project.");
}

TEST(ExtractArticleTest, IcbCeremonyDateAndPlace) {
  auto f = Extract("LLR ICB shortlisted for national patient safety award", kLlrText);
  ASSERT_EQ(f.ceremonies.size(), 1u) << Describe(f);
  EXPECT_EQ(f.ceremonies[0].programme, "HSJ Patient Safety Awards");
  EXPECT_EQ(f.ceremonies[0].year, 2024);
  EXPECT_EQ(f.ceremonies[0].date, "2024-09-19");
  EXPECT_EQ(f.ceremonies[0].location, "Manchester");
}

TEST(ExtractArticleTest, IcbSpokespersonRole) {
  auto f = Extract("LLR ICB shortlisted for national patient safety award", kLlrText);
  int p = PersonByName(f, "Nil Sanganee");
  ASSERT_GE(p, 0) << Describe(f);
  EXPECT_EQ(f.people[p].honorifics, std::vector<std::string>{"Dr"});
  ASSERT_EQ(f.roles.size(), 1u) << Describe(f);
  EXPECT_EQ(f.roles[0].person, p);
  EXPECT_EQ(f.roles[0].title, "Chief Medical Officer");
  EXPECT_EQ(f.roles[0].org, OrgByOds(f, "QK1"));
  EXPECT_EQ(f.roles[0].evidence.rfind("Dr Nil Sanganee, Chief Medical Officer", 0), 0u);
}

TEST(ExtractArticleTest, AcronymAndFullNameAreOneOrganisation) {
  auto f = Extract("LLR ICB shortlisted for national patient safety award", kLlrText);
  int icbs = 0;
  for (const auto& o : f.orgs)
    if (o.kind == OrgKind::kIcb) ++icbs;
  EXPECT_EQ(icbs, 1) << Describe(f);
}

// ---------------------------------------------------------------- winner and commendation

constexpr char kCheshireText[] =
    "Liverpool Women's Foundation Trust won the Maternity Service Innovation of the Year award "
    "at the HSJ Awards 2023. Mid Cheshire Foundation Trust also received a High Commendation in "
    "Medicines, Pharmacy and Prescribing Initiative of the Year. HSJ editor Alastair McLellan "
    "adds: \"Both teams showed real ambition for their patients.\" The ceremony was held in "
    "London on 16 November.";

TEST(ExtractArticleTest, WinnerAndHighCommendationInOneArticle) {
  auto f = Extract("Cheshire and Merseyside trusts recognised at national awards", kCheshireText);
  int rep = OrgByOds(f, "REP");
  int rbt = OrgByOds(f, "RBT");
  ASSERT_GE(rep, 0) << Describe(f);
  ASSERT_GE(rbt, 0) << Describe(f);
  ASSERT_EQ(f.nominations.size(), 2u) << Describe(f);
  for (const auto& n : f.nominations) {
    if (n.nominee_org == rep) {
      EXPECT_EQ(n.status, Status::kWinner);
      EXPECT_EQ(n.category, "Maternity Service Innovation of the Year");
    } else {
      EXPECT_EQ(n.nominee_org, rbt) << Describe(f);
      EXPECT_EQ(n.status, Status::kHighlyCommended);
      EXPECT_EQ(n.category, "Medicines, Pharmacy and Prescribing Initiative of the Year");
    }
    ASSERT_GE(n.ceremony, 0);
    EXPECT_EQ(f.ceremonies[n.ceremony].programme, "HSJ Awards");
    EXPECT_EQ(f.ceremonies[n.ceremony].year, 2023);
  }
}

TEST(ExtractArticleTest, CeremonyDateTakesProgrammeYear) {
  auto f = Extract("Cheshire and Merseyside trusts recognised at national awards", kCheshireText);
  ASSERT_EQ(f.ceremonies.size(), 1u) << Describe(f);
  EXPECT_EQ(f.ceremonies[0].date, "2023-11-16");
  EXPECT_EQ(f.ceremonies[0].location, "London");
}

TEST(ExtractArticleTest, PublisherEditorRoleIsNoNominee) {
  auto f = Extract("Cheshire and Merseyside trusts recognised at national awards", kCheshireText);
  int p = PersonByName(f, "Alastair McLellan");
  ASSERT_GE(p, 0) << Describe(f);
  ASSERT_EQ(f.roles.size(), 1u) << Describe(f);
  EXPECT_EQ(f.roles[0].person, p);
  EXPECT_EQ(f.roles[0].title, "editor");
  ASSERT_GE(f.roles[0].org, 0);
  EXPECT_EQ(f.orgs[f.roles[0].org].kind, OrgKind::kPublisher);
  for (const auto& n : f.nominations) {
    EXPECT_NE(n.nominee_person, p);
    if (n.nominee_org >= 0) {
      EXPECT_NE(f.orgs[n.nominee_org].kind, OrgKind::kPublisher);
    }
  }
}

// ---------------------------------------------------------------- two projects of one trust

constexpr char kMpftText[] =
    "Midlands Partnership University NHS Foundation Trust (MPFT) has been shortlisted for two "
    "HSJ Digital Awards 2024.\n\n"
    "MPFT is shortlisted for its MySENSE project and Sandbox digital mental health platform.\n\n"
    "Winners will be announced on 6 June 2024 at a ceremony in London.";

TEST(ExtractArticleTest, OneNominationPerProjectAndSummaryDropped) {
  auto f = Extract("Double digital shortlisting for MPFT", kMpftText);
  int rre = OrgByOds(f, "RRE");
  ASSERT_GE(rre, 0) << Describe(f);
  ASSERT_EQ(f.nominations.size(), 2u) << Describe(f);
  std::vector<std::string> projects;
  for (const auto& n : f.nominations) {
    EXPECT_EQ(n.nominee_org, rre);
    EXPECT_EQ(n.status, Status::kShortlisted);
    ASSERT_GE(n.project, 0);
    projects.push_back(f.projects[n.project].name);
    EXPECT_TRUE(f.projects[n.project].orgs.contains(rre));
  }
  EXPECT_EQ(projects, (std::vector<std::string>{"MySENSE project",
                                                "Sandbox digital mental health platform"}));
}

TEST(ExtractArticleTest, AcronymMentionsCountTowardsOneTrust) {
  auto f = Extract("Double digital shortlisting for MPFT", kMpftText);
  ASSERT_EQ(f.orgs.size(), 1u) << Describe(f);
  EXPECT_EQ(f.orgs[0].ods, "RRE");
  EXPECT_TRUE(f.orgs[0].aliases.contains("MPFT"));
}

TEST(ExtractArticleTest, CeremonyFromDatedAnnouncement) {
  auto f = Extract("Double digital shortlisting for MPFT", kMpftText);
  ASSERT_EQ(f.ceremonies.size(), 1u) << Describe(f);
  EXPECT_EQ(f.ceremonies[0].programme, "HSJ Digital Awards");
  EXPECT_EQ(f.ceremonies[0].year, 2024);
  EXPECT_EQ(f.ceremonies[0].date, "2024-06-06");
  EXPECT_EQ(f.ceremonies[0].location, "London");
}

// ---------------------------------------------------------------- anaphors

TEST(ExtractArticleTest, TrustAnaphorRefersToMainTrust) {
  auto f = Extract(
      "",
      "Alder Hey Children's NHS Foundation Trust is celebrating a double success at the HSJ "
      "Digital Awards 2023. The Trust won Digital Pathways of the Year for its Alder Play app. "
      "Alder Hey Children's NHS Foundation Trust was also highly commended in the Digital "
      "Inclusion category.");
  int rbs = OrgByOds(f, "RBS");
  ASSERT_GE(rbs, 0) << Describe(f);
  ASSERT_EQ(f.nominations.size(), 2u) << Describe(f);
  bool won = false, commended = false;
  for (const auto& n : f.nominations) {
    EXPECT_EQ(n.nominee_org, rbs) << Describe(f);
    if (n.status == Status::kWinner) {
      won = true;
      EXPECT_EQ(n.category, "Digital Pathways of the Year");
      ASSERT_GE(n.project, 0);
      EXPECT_EQ(f.projects[n.project].name, "Alder Play app");
    }
    if (n.status == Status::kHighlyCommended) {
      commended = true;
      EXPECT_EQ(n.category, "Digital Inclusion");
    }
  }
  EXPECT_TRUE(won) << Describe(f);
  EXPECT_TRUE(commended) << Describe(f);
}

// ---------------------------------------------------------------- robustness

TEST(ExtractArticleTest, EmptyDocumentGivesNoFacts) {
  auto f = Extract("", "");
  EXPECT_TRUE(f.orgs.empty());
  EXPECT_TRUE(f.nominations.empty());
  EXPECT_TRUE(f.ceremonies.empty());
}

TEST(ExtractArticleTest, OddInputDoesNotThrow) {
  std::string odd = "(((( \"\" '' )) ... - * \u2022\n\n\n\u201C\u201D shortlisted won. Trust";
  odd += std::string(3, '\0') + "\xff\xfe awarded to";
  EXPECT_NO_THROW(Extract("Share This Post", odd));
  EXPECT_NO_THROW(Extract("won", "won"));
}

TEST(ExtractArticleTest, SameDocumentSameFacts) {
  auto a = Extract("Cheshire and Merseyside trusts recognised", kCheshireText);
  auto b = Extract("Cheshire and Merseyside trusts recognised", kCheshireText);
  EXPECT_EQ(Describe(a), Describe(b));
}

TEST(ExtractArticleTest, EvidenceIsVerbatimSentenceOfTheText) {
  auto f = Extract("Double digital shortlisting for MPFT", kMpftText);
  std::string text = kMpftText;
  for (const auto& n : f.nominations)
    EXPECT_NE(text.find(n.evidence), std::string::npos) << n.evidence;
}

}  // namespace
}  // namespace awardgraph::loaders

namespace awardgraph::loaders {
namespace {

// Property test: random text made of the genre's words and punctuation must
// never hang or crash the extractor, and every fact's evidence must be a
// sentence of the article. (A loop that stepped backwards once hung here.)
TEST(ExtractArticleTest, RandomTextKeepsEvidenceVerbatimAndTerminates) {
  const std::vector<std::string> words = {
      "The",         "Trust",      "NHS",         "Foundation", "Leeds",     "Teaching",
      "Hospitals",   "won",        "shortlisted", "for",        "its",       "WardView",
      "SPOT-Kids",   "Integrated", "Care",        "Board",      "ICB",       "(LLR)",
      "Award",       "Awards",     "HSJ",         "Digital",    "2024",      "of",
      "the",         "Year",       "Dr",          "Jane",       "Smith",     "chief",
      "executive",   "said",       "Health",      "Innovation", "West",      "England",
      "category",    "Best",       "Most",        "in",         "and",       "with",
      "partnership", "University", "Ltd",         "highly",     "commended", "gold",
      "WINNER",      "Manchester", "June",        "22",         "project",   "programme",
      "its",         "MySENSE",    "The",         "team",       "Cancer",    "Alliance",
      "finalist",    "nominated",  "by",          "at"};
  const std::vector<std::string> punct = {"(", ")", "'",      "\"",  "\u2019",  "\u201c", ":",
                                          ";", "-", "\u2013", "|",   "\u2022 ", "\n",     "\n\n",
                                          ",", ".", "&",      "===", "  "};
  std::mt19937 rng(7);
  for (int doc = 0; doc < 400; ++doc) {
    std::string text;
    const int n = static_cast<int>(rng() % 300);
    for (int k = 0; k < n; ++k) {
      text += rng() % 4 == 0 ? punct[rng() % punct.size()] : words[rng() % words.size()];
      if (rng() % 6 != 0) text += ' ';
    }
    Document d{"fuzz/" + std::to_string(doc), words[rng() % words.size()], "", text};
    ArticleFacts f = ExtractArticle(d, OdsGazetteer::Default());
    for (const auto& nom : f.nominations) {
      ASSERT_TRUE(text.find(nom.evidence) != std::string::npos ||
                  d.title.find(nom.evidence) != std::string::npos)
          << "doc " << doc << ": " << nom.evidence;
    }
    for (const auto& role : f.roles) {
      ASSERT_TRUE(text.find(role.evidence) != std::string::npos) << "doc " << doc;
    }
  }
}

}  // namespace
}  // namespace awardgraph::loaders
