// Tests for triple_builder.h: IRI minting, provenance and stability of an article's triples.
#include "loaders/rdf/triple_builder.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "loaders/extract/article_extractor.h"
#include "ontology/vocabulary.h"

namespace awardgraph::loaders {
namespace {

namespace v = vocab;

const OdsGazetteer& Ods() { return OdsGazetteer::Default(); }

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view x) {
  return s.size() >= x.size() && s.substr(s.size() - x.size()) == x;
}

Document Doc(std::string source, std::string text = "Body.") {
  Document d;
  d.source = std::move(source);
  d.title = "Trusts recognised at national awards";
  d.date = "2024-11-22";
  d.text = std::move(text);
  return d;
}

// Objects of (subject, predicate).
std::vector<Term> Objects(const std::vector<Triple>& ts, const std::string& s, std::string_view p) {
  std::vector<Term> out;
  for (const auto& t : ts)
    if (t.subject.value == s && t.predicate.value == p) out.push_back(t.object);
  return out;
}

// Subjects with rdf:type cls.
std::vector<std::string> OfType(const std::vector<Triple>& ts, std::string_view cls) {
  std::vector<std::string> out;
  for (const auto& t : ts)
    if (t.predicate.value == v::kRdfType && t.object.value == cls) out.push_back(t.subject.value);
  return out;
}

bool Has(const std::vector<Triple>& ts, const std::string& s, std::string_view p, const Term& o) {
  for (const auto& t : ts)
    if (t.subject.value == s && t.predicate.value == p && t.object == o) return true;
  return false;
}

// A hand-built article: a linked trust that won with a project, an ICB, a named
// company, a person with a role at the trust, a ceremony and a collaboration.
ArticleFacts SampleFacts() {
  ArticleFacts f;
  f.orgs.push_back({"Liverpool Women's NHS Foundation Trust",
                    OrgKind::kTrust,
                    "REP",
                    {"Liverpool Women's Foundation Trust"},
                    3});
  f.orgs.push_back(
      {"NHS Cheshire and Merseyside Integrated Care Board", OrgKind::kIcb, "QYG", {}, 1});
  f.orgs.push_back({"Cemplicity", OrgKind::kCompany, "", {}, 1});
  f.people.push_back({"Kathryn Thomson", {"Dr", "MBE"}});
  f.roles.push_back({0, "Chief Executive", 0,
                     "Dr Kathryn Thomson MBE, Chief Executive of Liverpool Women's, said:"});
  ProjectFact project;
  project.name = "Maternity Voices app";
  project.aliases = {"Maternity Voices"};
  project.orgs = {0, 2};
  f.projects.push_back(project);
  f.ceremonies.push_back({"HSJ Digital Awards", 2024, "2024-06-06", "London"});
  NominationFact n;
  n.nominee_org = 0;
  n.project = 0;
  n.category = "Digital Maternity Award";
  n.ceremony = 0;
  n.status = Status::kWinner;
  n.evidence = "Liverpool Women's Foundation Trust won the Digital Maternity Award.";
  f.nominations.push_back(n);
  NominationFact hc;
  hc.nominee_person = 0;
  hc.ceremony = 0;
  hc.status = Status::kHighlyCommended;
  hc.category = "Digital Leader of the Year";
  hc.evidence = "Dr Thomson was highly commended as Digital Leader of the Year.";
  f.nominations.push_back(hc);
  f.collaborations.push_back({0, 2, 0, "The trust worked with Cemplicity on the app."});
  return f;
}

// ---------------------------------------------------------------- IRIs

TEST(ArticleIriTest, StableAndKeyedBySource) {
  EXPECT_EQ(ArticleIri(Doc("news/a.txt")), ArticleIri(Doc("news/a.txt", "Other body.")));
  EXPECT_NE(ArticleIri(Doc("news/a.txt")), ArticleIri(Doc("news/b.txt")));
  EXPECT_TRUE(StartsWith(ArticleIri(Doc("news/a.txt")), v::kIdNs));
}

TEST(ArticleGraphIriTest, StableAndDistinctFromArticleNode) {
  EXPECT_EQ(ArticleGraphIri(Doc("news/a.txt")), ArticleGraphIri(Doc("news/a.txt")));
  EXPECT_NE(ArticleGraphIri(Doc("news/a.txt")), ArticleGraphIri(Doc("news/b.txt")));
  EXPECT_NE(ArticleGraphIri(Doc("news/a.txt")), ArticleIri(Doc("news/a.txt")));
  EXPECT_TRUE(StartsWith(ArticleGraphIri(Doc("news/a.txt")), v::kIdNs));
}

TEST(ContentHashTest, ChangesWithTitleDateAndText) {
  Document d = Doc("news/a.txt", "The ICB won.");
  std::string h = ContentHash(d);
  EXPECT_EQ(h.size(), 64u);
  EXPECT_EQ(h, ContentHash(Doc("news/a.txt", "The ICB won.")));
  EXPECT_EQ(h, ContentHash(Doc("elsewhere/a.txt", "The ICB won."))) << "source is not content";
  Document t = d;
  t.text = "The ICB was shortlisted.";
  EXPECT_NE(ContentHash(t), h);
  Document ti = d;
  ti.title = "ICB wins";
  EXPECT_NE(ContentHash(ti), h);
  Document da = d;
  da.date = "2024-11-23";
  EXPECT_NE(ContentHash(da), h);
}

TEST(OrganisationIriTest, OdsLinkedIriEndsWithCode) {
  OrgFact o{"Liverpool Women's NHS Foundation Trust", OrgKind::kTrust, "REP", {}, 1};
  std::string iri = OrganisationIri(o);
  EXPECT_TRUE(StartsWith(iri, v::kIdNs)) << iri;
  EXPECT_TRUE(EndsWith(iri, "/REP")) << iri;
}

TEST(OrganisationIriTest, OdsLinkedIriIgnoresTheNameWritten) {
  OrgFact full{"Mid Cheshire Hospitals NHS Foundation Trust", OrgKind::kTrust, "RBT", {}, 1};
  OrgFact short_name{"Mid Cheshire Foundation Trust", OrgKind::kTrust, "RBT", {}, 1};
  EXPECT_EQ(OrganisationIri(full), OrganisationIri(short_name));
}

TEST(OrganisationIriTest, UnlinkedIriByNormalisedName) {
  OrgFact a{"Health Innovation East Midlands", OrgKind::kHealthInnovationNetwork, "", {}, 1};
  OrgFact b{"the Health Innovation East Midlands", OrgKind::kHealthInnovationNetwork, "", {}, 2};
  OrgFact c{"Health Innovation West Midlands", OrgKind::kHealthInnovationNetwork, "", {}, 1};
  EXPECT_EQ(OrganisationIri(a), OrganisationIri(b));
  EXPECT_NE(OrganisationIri(a), OrganisationIri(c));
  EXPECT_TRUE(StartsWith(OrganisationIri(a), v::kIdNs));
}

TEST(OrganisationIriTest, LinkedAndUnlinkedOrgsDoNotCollide) {
  OrgFact linked{"REP", OrgKind::kTrust, "REP", {}, 1};
  OrgFact named{"Rep", OrgKind::kCompany, "", {}, 1};
  EXPECT_NE(OrganisationIri(linked), OrganisationIri(named));
}

// ---------------------------------------------------------------- article and entities

TEST(BuildArticleTriplesTest, ArticleNodeWithSourceDateAndHash) {
  Document d = Doc("news/a.txt");
  auto ts = BuildArticleTriples(d, SampleFacts(), Ods());
  std::string a = ArticleIri(d);
  EXPECT_TRUE(Has(ts, a, v::kRdfType, Term::Iri(v::kArticle)));
  EXPECT_TRUE(Has(ts, a, v::kDctSource, Term::Literal("news/a.txt")));
  EXPECT_TRUE(Has(ts, a, v::kDctTitle, Term::Literal(d.title)));
  EXPECT_TRUE(Has(ts, a, v::kDctDate, Term::Typed("2024-11-22", v::kXsdDate)));
  EXPECT_TRUE(Has(ts, a, v::kContentHash, Term::Literal(ContentHash(d))));
}

TEST(BuildArticleTriplesTest, OrganisationsTypedWithKindAndLabelled) {
  auto ts = BuildArticleTriples(Doc("news/a.txt"), SampleFacts(), Ods());
  auto facts = SampleFacts();
  std::string trust = OrganisationIri(facts.orgs[0]);
  EXPECT_TRUE(Has(ts, trust, v::kRdfType, Term::Iri(v::kOrganisation)));
  EXPECT_TRUE(Has(ts, trust, v::kRdfType, Term::Iri(v::kTrust)));
  EXPECT_TRUE(
      Has(ts, trust, v::kRdfsLabel, Term::Literal("Liverpool Women's NHS Foundation Trust")));
  EXPECT_TRUE(
      Has(ts, trust, v::kSkosAltLabel, Term::Literal("Liverpool Women's Foundation Trust")));
  EXPECT_TRUE(Has(ts, trust, v::kOdsCode, Term::Literal("REP")));
  std::string company = OrganisationIri(facts.orgs[2]);
  EXPECT_TRUE(Has(ts, company, v::kRdfType, Term::Iri(v::kCompany)));
  EXPECT_TRUE(Objects(ts, company, v::kOdsCode).empty());
}

TEST(BuildArticleTriplesTest, TrustGetsWithinIcbFromReferenceData) {
  auto facts = SampleFacts();
  auto ts = BuildArticleTriples(Doc("news/a.txt"), facts, Ods());
  auto icbs = Objects(ts, OrganisationIri(facts.orgs[0]), v::kWithinIcb);
  ASSERT_EQ(icbs.size(), 1u);
  EXPECT_TRUE(icbs[0].IsIri());
  EXPECT_TRUE(EndsWith(icbs[0].value, "/QYG")) << icbs[0].value;
  // The ICB node is the same node the article's own ICB mention gets.
  EXPECT_EQ(icbs[0].value, OrganisationIri(facts.orgs[1]));
  EXPECT_TRUE(Has(ts, icbs[0].value, v::kRdfType, Term::Iri(v::kIntegratedCareBoard)));
}

TEST(BuildArticleTriplesTest, IcbWithinIcbOnlyForTrusts) {
  auto facts = SampleFacts();
  auto ts = BuildArticleTriples(Doc("news/a.txt"), facts, Ods());
  std::string icb = OrganisationIri(facts.orgs[1]);
  EXPECT_TRUE(Objects(ts, icb, v::kWithinIcb).empty());
  EXPECT_TRUE(Has(ts, icb, v::kGssCode, Term::Literal("E54000008")));
  EXPECT_TRUE(Objects(ts, OrganisationIri(facts.orgs[2]), v::kWithinIcb).empty());
}

// The ontology contract: an ICB that only the reference data brings in (no
// article names it) carries no prov:wasDerivedFrom, so the scorer does not
// count it as extracted; the trust the article names does.
TEST(BuildArticleTriplesTest, ReferenceOnlyIcbIsNotDerivedFromTheArticle) {
  ArticleFacts facts;  // the article names the trust only
  facts.orgs.push_back(SampleFacts().orgs[0]);
  auto ts = BuildArticleTriples(Doc("news/a.txt"), facts, Ods());
  auto icbs = Objects(ts, OrganisationIri(facts.orgs[0]), v::kWithinIcb);
  ASSERT_EQ(icbs.size(), 1u);
  EXPECT_TRUE(Has(ts, icbs[0].value, v::kRdfType, Term::Iri(v::kIntegratedCareBoard)));
  EXPECT_TRUE(Objects(ts, icbs[0].value, v::kProvWasDerivedFrom).empty());
  EXPECT_FALSE(Objects(ts, OrganisationIri(facts.orgs[0]), v::kProvWasDerivedFrom).empty());
}

TEST(BuildArticleTriplesTest, PersonWithHonorifics) {
  auto ts = BuildArticleTriples(Doc("news/a.txt"), SampleFacts(), Ods());
  auto people = OfType(ts, v::kPerson);
  ASSERT_EQ(people.size(), 1u);
  EXPECT_TRUE(Has(ts, people[0], v::kRdfsLabel, Term::Literal("Kathryn Thomson")));
  auto hon = Objects(ts, people[0], v::kHonorific);
  EXPECT_EQ(hon, (std::vector<Term>{Term::Literal("Dr"), Term::Literal("MBE")}));
}

TEST(BuildArticleTriplesTest, RoleJoinsPersonTitleAndOrganisation) {
  auto facts = SampleFacts();
  auto ts = BuildArticleTriples(Doc("news/a.txt"), facts, Ods());
  auto roles = OfType(ts, v::kRole);
  ASSERT_EQ(roles.size(), 1u);
  auto people = OfType(ts, v::kPerson);
  ASSERT_EQ(people.size(), 1u);
  EXPECT_TRUE(Has(ts, roles[0], v::kHolder, Term::Iri(people[0])));
  EXPECT_TRUE(Has(ts, roles[0], v::kTitle, Term::Literal("Chief Executive")));
  EXPECT_TRUE(Has(ts, roles[0], v::kOrganisationProp, Term::Iri(OrganisationIri(facts.orgs[0]))));
}

TEST(BuildArticleTriplesTest, RoleWithoutOrganisationHasNoOrganisationTriple) {
  auto facts = SampleFacts();
  facts.roles[0].org = -1;
  auto ts = BuildArticleTriples(Doc("news/a.txt"), facts, Ods());
  auto roles = OfType(ts, v::kRole);
  ASSERT_EQ(roles.size(), 1u);
  EXPECT_TRUE(Objects(ts, roles[0], v::kOrganisationProp).empty());
}

TEST(BuildArticleTriplesTest, EveryNominationAndRoleHasEvidenceAndProvenance) {
  Document d = Doc("news/a.txt");
  auto facts = SampleFacts();
  auto ts = BuildArticleTriples(d, facts, Ods());
  auto noms = OfType(ts, v::kNomination);
  auto roles = OfType(ts, v::kRole);
  EXPECT_EQ(noms.size(), facts.nominations.size());
  EXPECT_EQ(roles.size(), facts.roles.size());
  std::vector<std::string> subjects = noms;
  subjects.insert(subjects.end(), roles.begin(), roles.end());
  for (const auto& s : subjects) {
    auto ev = Objects(ts, s, v::kEvidence);
    ASSERT_EQ(ev.size(), 1u) << s;
    EXPECT_TRUE(ev[0].IsLiteral());
    EXPECT_FALSE(ev[0].value.empty());
    EXPECT_EQ(Objects(ts, s, v::kProvWasDerivedFrom), std::vector<Term>{Term::Iri(ArticleIri(d))})
        << s;
  }
}

TEST(BuildArticleTriplesTest, EveryEntityIsDerivedFromTheArticle) {
  Document d = Doc("news/a.txt");
  auto ts = BuildArticleTriples(d, SampleFacts(), Ods());
  for (std::string_view cls : {v::kPerson, v::kProject, v::kCeremony, v::kNomination, v::kRole})
    for (const auto& s : OfType(ts, cls))
      EXPECT_TRUE(Has(ts, s, v::kProvWasDerivedFrom, Term::Iri(ArticleIri(d)))) << s;
}

TEST(BuildArticleTriplesTest, NominationLinksNomineeCeremonyCategoryProjectStatus) {
  auto facts = SampleFacts();
  auto ts = BuildArticleTriples(Doc("news/a.txt"), facts, Ods());
  std::string nom;
  for (const auto& s : OfType(ts, v::kNomination))
    if (Has(ts, s, v::kStatus, Term::Iri(v::kWinner))) nom = s;
  ASSERT_FALSE(nom.empty());
  EXPECT_TRUE(Has(ts, nom, v::kNominee, Term::Iri(OrganisationIri(facts.orgs[0]))));
  auto cer = Objects(ts, nom, v::kCeremonyProp);
  ASSERT_EQ(cer.size(), 1u);
  EXPECT_TRUE(Has(ts, cer[0].value, v::kRdfType, Term::Iri(v::kCeremony)));
  EXPECT_TRUE(Has(ts, cer[0].value, v::kYear, Term::Typed("2024", v::kXsdGYear)));
  EXPECT_TRUE(Has(ts, cer[0].value, v::kDate, Term::Typed("2024-06-06", v::kXsdDate)));
  EXPECT_TRUE(Has(ts, cer[0].value, v::kLocation, Term::Literal("London")));
  auto prog = Objects(ts, cer[0].value, v::kProgramme);
  ASSERT_EQ(prog.size(), 1u);
  EXPECT_TRUE(Has(ts, prog[0].value, v::kRdfType, Term::Iri(v::kAwardProgramme)));
  auto cat = Objects(ts, nom, v::kCategory);
  ASSERT_EQ(cat.size(), 1u);
  EXPECT_TRUE(Has(ts, cat[0].value, v::kRdfType, Term::Iri(v::kAwardCategory)));
  EXPECT_TRUE(Has(ts, cat[0].value, v::kProgramme, prog[0]));
  auto proj = Objects(ts, nom, v::kProjectProp);
  ASSERT_EQ(proj.size(), 1u);
  EXPECT_TRUE(Has(ts, proj[0].value, v::kRdfType, Term::Iri(v::kProject)));
  EXPECT_TRUE(Has(ts, v::kWinner.data(), v::kRdfType, Term::Iri(v::kNominationStatus)));
}

TEST(BuildArticleTriplesTest, PersonNomineeIsThePersonNode) {
  auto ts = BuildArticleTriples(Doc("news/a.txt"), SampleFacts(), Ods());
  auto people = OfType(ts, v::kPerson);
  ASSERT_EQ(people.size(), 1u);
  std::string nom;
  for (const auto& s : OfType(ts, v::kNomination))
    if (Has(ts, s, v::kStatus, Term::Iri(v::kHighlyCommended))) nom = s;
  ASSERT_FALSE(nom.empty());
  EXPECT_EQ(Objects(ts, nom, v::kNominee), std::vector<Term>{Term::Iri(people[0])});
  EXPECT_TRUE(Objects(ts, nom, v::kProjectProp).empty());
}

TEST(BuildArticleTriplesTest, ProjectInvolvesItsOrganisations) {
  auto facts = SampleFacts();
  auto ts = BuildArticleTriples(Doc("news/a.txt"), facts, Ods());
  auto projects = OfType(ts, v::kProject);
  ASSERT_EQ(projects.size(), 1u);
  EXPECT_TRUE(Has(ts, projects[0], v::kRdfsLabel, Term::Literal("Maternity Voices app")));
  EXPECT_TRUE(Has(ts, projects[0], v::kSkosAltLabel, Term::Literal("Maternity Voices")));
  EXPECT_TRUE(Has(ts, projects[0], v::kInvolves, Term::Iri(OrganisationIri(facts.orgs[0]))));
  EXPECT_TRUE(Has(ts, projects[0], v::kInvolves, Term::Iri(OrganisationIri(facts.orgs[2]))));
}

TEST(BuildArticleTriplesTest, CollaborationStatedBothWays) {
  auto facts = SampleFacts();
  auto ts = BuildArticleTriples(Doc("news/a.txt"), facts, Ods());
  std::string a = OrganisationIri(facts.orgs[0]), b = OrganisationIri(facts.orgs[2]);
  EXPECT_TRUE(Has(ts, a, v::kCollaboratesWith, Term::Iri(b)));
  EXPECT_TRUE(Has(ts, b, v::kCollaboratesWith, Term::Iri(a)));
}

TEST(BuildArticleTriplesTest, OnlyIriSubjectsAndPredicatesInOurNamespaces) {
  auto ts = BuildArticleTriples(Doc("news/a.txt"), SampleFacts(), Ods());
  ASSERT_FALSE(ts.empty());
  for (const auto& t : ts) {
    EXPECT_TRUE(t.subject.IsIri()) << t.subject.value;
    EXPECT_TRUE(t.predicate.IsIri()) << t.predicate.value;
    EXPECT_TRUE(StartsWith(t.subject.value, v::kIdNs) || StartsWith(t.subject.value, v::kAgNs))
        << t.subject.value;
    if (t.object.IsIri() && t.predicate.value != v::kRdfType) {
      EXPECT_TRUE(StartsWith(t.object.value, v::kIdNs) || StartsWith(t.object.value, v::kAgNs))
          << t.object.value;
    }
  }
}

// ---------------------------------------------------------------- stability

TEST(BuildArticleTriplesTest, RerunningGivesIdenticalTriples) {
  Document d = Doc("news/a.txt");
  EXPECT_EQ(BuildArticleTriples(d, SampleFacts(), Ods()),
            BuildArticleTriples(d, SampleFacts(), Ods()));
}

TEST(BuildArticleTriplesTest, SameFactsFromTwoArticlesGiveSameEntityIris) {
  auto a = BuildArticleTriples(Doc("news/a.txt"), SampleFacts(), Ods());
  auto b = BuildArticleTriples(Doc("news/b.txt"), SampleFacts(), Ods());
  for (std::string_view cls : {v::kOrganisation, v::kPerson, v::kRole, v::kProject, v::kCeremony,
                               v::kNomination, v::kAwardCategory}) {
    auto sa = OfType(a, cls), sb = OfType(b, cls);
    EXPECT_EQ(std::set<std::string>(sa.begin(), sa.end()),
              std::set<std::string>(sb.begin(), sb.end()))
        << cls;
  }
}

TEST(BuildArticleTriplesTest, CategoryWithAndWithoutAwardWordIsOneNode) {
  auto facts = SampleFacts();
  auto other = SampleFacts();
  other.nominations[0].category = "Digital Maternity";
  auto a = BuildArticleTriples(Doc("news/a.txt"), facts, Ods());
  auto b = BuildArticleTriples(Doc("news/b.txt"), other, Ods());
  auto ca = OfType(a, v::kAwardCategory), cb = OfType(b, v::kAwardCategory);
  ASSERT_FALSE(ca.empty());
  EXPECT_EQ(std::set<std::string>(ca.begin(), ca.end()),
            std::set<std::string>(cb.begin(), cb.end()));
}

TEST(BuildArticleTriplesTest, DifferentStatusesAreDifferentNominations) {
  auto facts = SampleFacts();
  auto other = SampleFacts();
  other.nominations[0].status = Status::kShortlisted;
  auto a = OfType(BuildArticleTriples(Doc("news/a.txt"), facts, Ods()), v::kNomination);
  auto b = OfType(BuildArticleTriples(Doc("news/a.txt"), other, Ods()), v::kNomination);
  EXPECT_NE(std::set<std::string>(a.begin(), a.end()), std::set<std::string>(b.begin(), b.end()));
}

TEST(BuildArticleTriplesTest, ExtractedTrustFromTwoArticlesIsOneNode) {
  Document a = Doc("news/a.txt",
                   "Mid Cheshire Foundation Trust also received a High Commendation in "
                   "Medicines, Pharmacy and Prescribing Initiative of the Year at the HSJ Awards "
                   "2023.");
  Document b = Doc("news/b.txt",
                   "Mid Cheshire Hospitals NHS Foundation Trust has been shortlisted for the "
                   "HSJ Patient Safety Awards 2024.");
  auto fa = ExtractArticle(a, Ods());
  auto fb = ExtractArticle(b, Ods());
  ASSERT_FALSE(fa.orgs.empty());
  ASSERT_FALSE(fb.orgs.empty());
  EXPECT_EQ(OrganisationIri(fa.orgs[0]), OrganisationIri(fb.orgs[0]));
  EXPECT_TRUE(EndsWith(OrganisationIri(fa.orgs[0]), "/RBT")) << OrganisationIri(fa.orgs[0]);
  auto ta = BuildArticleTriples(a, fa, Ods());
  auto tb = BuildArticleTriples(b, fb, Ods());
  EXPECT_EQ(ta, BuildArticleTriples(a, ExtractArticle(a, Ods()), Ods()));
  for (const auto& ts : {ta, tb}) {
    for (const auto& s : OfType(ts, v::kNomination)) {
      EXPECT_EQ(Objects(ts, s, v::kEvidence).size(), 1u) << s;
      EXPECT_EQ(Objects(ts, s, v::kProvWasDerivedFrom).size(), 1u) << s;
    }
  }
  auto within = Objects(ta, OrganisationIri(fa.orgs[0]), v::kWithinIcb);
  ASSERT_EQ(within.size(), 1u);
  EXPECT_TRUE(EndsWith(within[0].value, "/QYG")) << within[0].value;
}

TEST(BuildArticleTriplesTest, EmptyFactsGiveOnlyTheArticle) {
  Document d = Doc("news/a.txt");
  auto ts = BuildArticleTriples(d, ArticleFacts{}, Ods());
  ASSERT_FALSE(ts.empty());
  for (const auto& t : ts) EXPECT_EQ(t.subject.value, ArticleIri(d));
}

TEST(CountFactsTest, CountsEachKind) {
  FactCounts c = CountFacts(SampleFacts());
  EXPECT_EQ(c.organisations, 3u);
  EXPECT_EQ(c.people, 1u);
  EXPECT_EQ(c.roles, 1u);
  EXPECT_EQ(c.projects, 1u);
  EXPECT_EQ(c.ceremonies, 1u);
  EXPECT_EQ(c.nominations, 2u);
  EXPECT_EQ(c.collaborations, 1u);
  FactCounts zero = CountFacts(ArticleFacts{});
  EXPECT_EQ(zero.organisations + zero.nominations + zero.collaborations, 0u);
}

}  // namespace
}  // namespace awardgraph::loaders
