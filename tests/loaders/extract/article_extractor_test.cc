// Tests for article_extractor.h: facts of small whole articles (nominations, roles, ceremonies).
#include "loaders/extract/article_extractor.h"

#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

namespace awardgraph::loaders {
namespace {

ArticleFacts Extract(std::string title, std::string text, std::string date = "") {
  Document doc;
  doc.source = "news/test.txt";
  doc.title = std::move(title);
  doc.date = std::move(date);
  doc.text = std::move(text);
  return ExtractArticle(doc, OdsGazetteer::Default());
}

int OrgByOds(const ArticleFacts& f, std::string_view ods) {
  for (size_t i = 0; i < f.orgs.size(); ++i)
    if (f.orgs[i].ods == ods) return static_cast<int>(i);
  return -1;
}

int PersonByName(const ArticleFacts& f, std::string_view name) {
  for (size_t i = 0; i < f.people.size(); ++i)
    if (f.people[i].name == name) return static_cast<int>(i);
  return -1;
}

std::string Describe(const ArticleFacts& f) {
  std::string out;
  for (const auto& o : f.orgs) out += "org: " + o.name + " [" + o.ods + "]\n";
  for (const auto& p : f.people) out += "person: " + p.name + "\n";
  for (const auto& r : f.roles)
    out += "role: " + (r.person >= 0 ? f.people[r.person].name : "?") + " | " + r.title + " | " +
           (r.org >= 0 ? f.orgs[r.org].name : "-") + "\n";
  for (const auto& c : f.ceremonies)
    out += "ceremony: " + c.programme + " " + std::to_string(c.year) + " " + c.date + " " +
           c.location + "\n";
  for (const auto& n : f.nominations) {
    out += "nomination: ";
    out += n.nominee_org >= 0      ? f.orgs[n.nominee_org].name
           : n.nominee_person >= 0 ? f.people[n.nominee_person].name
                                   : "?";
    out += " | " + n.category + " | status " + std::to_string(static_cast<int>(n.status));
    if (n.project >= 0) out += " | project " + f.projects[n.project].name;
    if (n.ceremony >= 0) out += " | " + f.ceremonies[n.ceremony].programme;
    out += "\n";
  }
  for (const auto& c : f.collaborations)
    out += "collaboration: " + f.orgs[c.a].name + " + " + f.orgs[c.b].name + "\n";
  return out;
}

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

// ---------------------------------------------------------------- negative cases

TEST(ExtractArticleTest, HopingToWinIsShortlistedNotWinner) {
  auto f = Extract(
      "Bristol safety team in the running",
      "North Bristol NHS Trust is hoping to win the Patient Safety Team of the Year award at "
      "the HSJ Patient Safety Awards 2024. The winners will be announced in Manchester on 23 "
      "September.");
  int rvj = OrgByOds(f, "RVJ");
  ASSERT_GE(rvj, 0) << Describe(f);
  ASSERT_EQ(f.nominations.size(), 1u) << Describe(f);
  EXPECT_EQ(f.nominations[0].nominee_org, rvj);
  EXPECT_EQ(f.nominations[0].status, Status::kShortlisted);
  EXPECT_EQ(f.nominations[0].category, "Patient Safety Team of the Year");
}

TEST(ExtractArticleTest, AnnouncementToComeYieldsNoNominee) {
  auto f = Extract("",
                   "The HSJ Awards 2024 shortlist was published this week. The winners will be "
                   "announced at a ceremony in Manchester on Thursday 22 June.");
  EXPECT_TRUE(f.nominations.empty()) << Describe(f);
  EXPECT_TRUE(f.orgs.empty()) << Describe(f);
  EXPECT_TRUE(f.people.empty()) << Describe(f);
}

TEST(ExtractArticleTest, QuotedSpeakerIsNotTheNominee) {
  auto f = Extract(
      "",
      "Mersey Care NHS Foundation Trust has been shortlisted for Mental Health Innovation of "
      "the Year at the HSJ Awards 2024. \"We are thrilled to be shortlisted,\" said Sarah "
      "Wood, the trust's director of nursing.");
  int rw4 = OrgByOds(f, "RW4");
  ASSERT_GE(rw4, 0) << Describe(f);
  int p = PersonByName(f, "Sarah Wood");
  ASSERT_GE(p, 0) << Describe(f);
  ASSERT_EQ(f.nominations.size(), 1u) << Describe(f);
  EXPECT_EQ(f.nominations[0].nominee_org, rw4);
  EXPECT_EQ(f.nominations[0].nominee_person, -1);
  EXPECT_EQ(f.nominations[0].category, "Mental Health Innovation of the Year");
}

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

TEST(ExtractArticleTest, PresentedToNomineeAfterPhrase) {
  auto f = Extract("",
                   "The Digital Innovation award was presented to Alder Hey Children's NHS "
                   "Foundation Trust at the HSJ Digital Awards 2023.");
  int rbs = OrgByOds(f, "RBS");
  ASSERT_GE(rbs, 0) << Describe(f);
  ASSERT_EQ(f.nominations.size(), 1u) << Describe(f);
  EXPECT_EQ(f.nominations[0].nominee_org, rbs);
  EXPECT_EQ(f.nominations[0].status, Status::kWinner);
  EXPECT_EQ(f.nominations[0].category, "Digital Innovation");
}

TEST(ExtractArticleTest, CategoryNamingTrustIsNotASecondOrganisation) {
  auto f = Extract("",
                   "Royal Papworth Hospital NHS Foundation Trust was named Provider Trust of the "
                   "Year at the HSJ Awards 2023.");
  ASSERT_EQ(f.orgs.size(), 1u) << Describe(f);
  EXPECT_EQ(f.orgs[0].ods, "RGM");
  ASSERT_EQ(f.nominations.size(), 1u) << Describe(f);
  EXPECT_EQ(f.nominations[0].nominee_org, 0);
  EXPECT_EQ(f.nominations[0].status, Status::kWinner);
  EXPECT_EQ(f.nominations[0].category, "Provider Trust of the Year");
}

TEST(ExtractArticleTest, CallForNominationsYieldsNoNomination) {
  auto f = Extract("",
                   "Mersey Care NHS Foundation Trust won two HSJ Awards last year. Nominations "
                   "are now open for the HSJ Awards 2025.",
                   "2025-03-01");
  for (const auto& n : f.nominations) {
    EXPECT_NE(n.status, Status::kNominated) << Describe(f);
  }
}

// ---------------------------------------------------------------- roles

TEST(ExtractArticleTest, ChiefExecutiveOfIcbRole) {
  auto f =
      Extract("",
              "NHS Hertfordshire and West Essex Integrated Care Board has won Integrated Care "
              "Partnership of the Year at the HSJ Awards 2023.\n\nDr Jane Halpin, Chief Executive "
              "Officer of the Hertfordshire and West Essex Integrated Care Board, said: \"This is "
              "recognition for every partner.\"");
  int icb = OrgByOds(f, "QM7");
  ASSERT_GE(icb, 0) << Describe(f);
  int p = PersonByName(f, "Jane Halpin");
  ASSERT_GE(p, 0) << Describe(f);
  ASSERT_EQ(f.roles.size(), 1u) << Describe(f);
  EXPECT_EQ(f.roles[0].person, p);
  EXPECT_EQ(f.roles[0].title, "Chief Executive Officer");
  EXPECT_EQ(f.roles[0].org, icb);
  ASSERT_EQ(f.nominations.size(), 1u) << Describe(f);
  EXPECT_EQ(f.nominations[0].nominee_org, icb);
  EXPECT_EQ(f.nominations[0].status, Status::kWinner);
}

TEST(ExtractArticleTest, DirectorOfNursingAtNamedTrust) {
  auto f = Extract("",
                   "Sarah Mitchell, director of nursing at University Hospitals of Leicester "
                   "NHS Trust, said the team had transformed discharge planning.");
  int rwe = OrgByOds(f, "RWE");
  ASSERT_GE(rwe, 0) << Describe(f);
  ASSERT_EQ(f.roles.size(), 1u) << Describe(f);
  EXPECT_EQ(f.people[f.roles[0].person].name, "Sarah Mitchell");
  EXPECT_EQ(f.roles[0].title, "director of nursing");
  EXPECT_EQ(f.roles[0].org, rwe);
}

TEST(ExtractArticleTest, TwoTitlesGiveTwoRoles) {
  auto f = Extract("",
                   "Ann Lee, Chief Nursing Officer and Deputy Chief Executive of Mersey Care NHS "
                   "Foundation Trust, presented the team with their certificates.");
  int rw4 = OrgByOds(f, "RW4");
  ASSERT_GE(rw4, 0) << Describe(f);
  ASSERT_EQ(f.roles.size(), 2u) << Describe(f);
  EXPECT_EQ(f.roles[0].title, "Chief Nursing Officer");
  EXPECT_EQ(f.roles[1].title, "Deputy Chief Executive");
  for (const auto& r : f.roles) EXPECT_EQ(r.org, rw4);
}

// ---------------------------------------------------------------- bullets, collaborations

TEST(ExtractArticleTest, BulletListAfterStatusLine) {
  auto f =
      Extract("",
              "Two Liverpool trusts were shortlisted at the HSJ Awards 2024:\n\n"
              "- Child Health Innovation of the Year: Alder Hey Children's NHS Foundation Trust\n"
              "- Maternity Service of the Year: Liverpool Women's NHS Foundation Trust\n");
  int rbs = OrgByOds(f, "RBS"), rep = OrgByOds(f, "REP");
  ASSERT_GE(rbs, 0) << Describe(f);
  ASSERT_GE(rep, 0) << Describe(f);
  ASSERT_EQ(f.nominations.size(), 2u) << Describe(f);
  EXPECT_EQ(f.nominations[0].nominee_org, rbs);
  EXPECT_EQ(f.nominations[0].category, "Child Health Innovation of the Year");
  EXPECT_EQ(f.nominations[1].nominee_org, rep);
  EXPECT_EQ(f.nominations[1].category, "Maternity Service of the Year");
  for (const auto& n : f.nominations) EXPECT_EQ(n.status, Status::kShortlisted);
}

TEST(ExtractArticleTest, WorkedWithGivesCollaboration) {
  auto f = Extract("",
                   "University Hospitals of Leicester NHS Trust worked with Health Innovation "
                   "East Midlands on the StepSense programme. The programme has been shortlisted "
                   "at the HSJ Digital Awards 2024.");
  int rwe = OrgByOds(f, "RWE");
  ASSERT_GE(rwe, 0) << Describe(f);
  ASSERT_FALSE(f.collaborations.empty()) << Describe(f);
  const auto& c = f.collaborations[0];
  int other = c.a == rwe ? c.b : c.a;
  EXPECT_TRUE(c.a == rwe || c.b == rwe) << Describe(f);
  ASSERT_GE(other, 0);
  EXPECT_EQ(f.orgs[other].kind, OrgKind::kHealthInnovationNetwork);
  EXPECT_EQ(f.orgs[other].name, "Health Innovation East Midlands");
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

// "developed by X with researchers at Y and company Z": all three work
// together on the project.
TEST(ExtractArticleTest, DevelopedByWithNamesEveryPartner) {
  Document d{"t.txt", "Bristol service shortlisted", "",
             "BREATHE-Home was developed by University Hospitals Bristol and Weston NHS "
             "Foundation Trust (UHBW) with researchers at the University of Bristol and the "
             "Bristol-based technology company Kinetiq Health Ltd."};
  ArticleFacts f = ExtractArticle(d, OdsGazetteer::Default());
  std::set<std::pair<std::string, std::string>> pairs;
  for (const auto& c : f.collaborations) {
    auto a = f.orgs[c.a].name, b = f.orgs[c.b].name;
    pairs.insert(std::minmax(a, b));
  }
  EXPECT_TRUE(pairs.count(
      {"University Hospitals Bristol and Weston NHS Foundation Trust", "University of Bristol"}));
  EXPECT_TRUE(pairs.count(
      {"Kinetiq Health Ltd", "University Hospitals Bristol and Weston NHS Foundation Trust"}));
  EXPECT_TRUE(pairs.count({"Kinetiq Health Ltd", "University of Bristol"}));
  ASSERT_EQ(f.projects.size(), 1u);
  EXPECT_EQ(f.projects[0].name, "BREATHE-Home");
  EXPECT_EQ(f.projects[0].orgs.size(), 3u);
}

// "The two trusts worked in partnership on ...": the organisations of the
// sentence before.
TEST(ExtractArticleTest, TheTwoTrustsReferBackToThePreviousSentence) {
  Document d{"t.txt", "Two trusts commended", "",
             "Bradford Teaching Hospitals NHS Foundation Trust and Leeds Teaching Hospitals NHS "
             "Trust were highly commended at the HSJ Digital Awards 2024. The two trusts worked "
             "in partnership on the Shared Care Record."};
  ArticleFacts f = ExtractArticle(d, OdsGazetteer::Default());
  bool found = false;
  for (const auto& c : f.collaborations) {
    std::set<std::string> pair = {f.orgs[c.a].ods, f.orgs[c.b].ods};
    if (pair == std::set<std::string>{"RAE", "RR8"}) found = true;
  }
  EXPECT_TRUE(found);
  ASSERT_EQ(f.projects.size(), 1u);
  EXPECT_EQ(f.projects[0].name, "Shared Care Record");
  EXPECT_EQ(f.projects[0].orgs.size(), 2u);
}

// Award-body lists: "Category – winner: Name (title, organisation)". The
// person is the nominee; the bracket gives the role; a former post is none.
TEST(ExtractArticleTest, WinnerListsNamePeopleWithBracketedRoles) {
  Document d{"t.txt", "RCNi Nursing Awards 2025 winners", "",
             "The RCNi Nursing Awards 2025 were presented in London on 3 July.\n\n"
             "Learning Disability Practice Award \u2013 winner: Sunita Rehal (learning disability "
             "liaison nurse, Lincolnshire Partnership NHS Foundation Trust), for a hospital "
             "passport scheme.\n\n"
             "Dr Colette Ainsley, a former intensive care consultant, chairs the judges."};
  ArticleFacts f = ExtractArticle(d, OdsGazetteer::Default());
  ASSERT_EQ(f.nominations.size(), 1u);
  ASSERT_GE(f.nominations[0].nominee_person, 0);
  EXPECT_EQ(f.people[f.nominations[0].nominee_person].name, "Sunita Rehal");
  EXPECT_EQ(f.nominations[0].status, Status::kWinner);
  EXPECT_EQ(f.nominations[0].category, "Learning Disability Practice Award");
  ASSERT_EQ(f.roles.size(), 1u);
  EXPECT_EQ(f.roles[0].title, "learning disability liaison nurse");
  EXPECT_EQ(f.orgs[f.roles[0].org].ods, "RP7");  // Lincolnshire Partnership NHS FT
}

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
