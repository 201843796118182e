#include "loaders/rdf/triple_builder.h"

#include "loaders/rdf/sha256.h"
#include "loaders/extract/text_util.h"
#include "ontology/vocabulary.h"

namespace awardgraph::loaders {
namespace {

namespace v = vocab;

std::string Id(std::string_view kind, std::string_view local) {
  return std::string(v::kIdNs) + std::string(kind) + "/" + std::string(local);
}

std::string_view OrgClass(OrgKind kind) {
  switch (kind) {
    case OrgKind::kIcb:
      return v::kIntegratedCareBoard;
    case OrgKind::kIcs:
      return v::kIntegratedCareSystem;
    case OrgKind::kTrust:
      return v::kTrust;
    case OrgKind::kHealthInnovationNetwork:
      return v::kHealthInnovationNetwork;
    case OrgKind::kCancerAlliance:
      return v::kCancerAlliance;
    case OrgKind::kCompany:
      return v::kCompany;
    case OrgKind::kPublisher:
      return v::kPublisher;
    case OrgKind::kOther:
      return v::kOtherOrganisation;
  }
  return v::kOtherOrganisation;
}

struct StatusInfo {
  std::string_view iri;
  std::string_view label;
};
StatusInfo StatusOf(Status s) {
  switch (s) {
    case Status::kNominated:
      return {v::kNominated, "Nominated"};
    case Status::kShortlisted:
      return {v::kShortlisted, "Shortlisted"};
    case Status::kWinner:
      return {v::kWinner, "Winner"};
    case Status::kHighlyCommended:
      return {v::kHighlyCommended, "Highly commended"};
    case Status::kBronze:
      return {v::kBronze, "Bronze"};
    case Status::kSilver:
      return {v::kSilver, "Silver"};
    case Status::kGold:
      return {v::kGold, "Gold"};
  }
  return {v::kShortlisted, "Shortlisted"};
}

// Category keys ignore "award" words and a trailing year, as people write
// "Staff Wellbeing Award" and "Staff Wellbeing" for one category.
std::string CategoryKey(std::string_view name) {
  std::string out;
  for (auto& w : SplitWords(NameKey(name))) {
    if (w == "award" || w == "awards" || w == "category") continue;
    if (w.size() == 4 && (w.rfind("19", 0) == 0 || w.rfind("20", 0) == 0)) continue;
    out += (out.empty() ? "" : " ") + w;
  }
  return out.empty() ? NameKey(name) : out;
}

class Builder {
 public:
  Builder(const Document& doc, const ArticleFacts& facts, const OdsGazetteer& ods)
      : doc_(doc), facts_(facts), ods_(ods), article_(ArticleIri(doc)) {}

  std::vector<Triple> Build() {
    Article();
    for (const auto& o : facts_.orgs) Organisation(o);
    for (const auto& p : facts_.people) Person(p);
    for (const auto& r : facts_.roles) Role(r);
    for (const auto& p : facts_.projects) Project(p);
    for (const auto& c : facts_.ceremonies) Ceremony(c);
    for (const auto& n : facts_.nominations) Nomination(n);
    for (const auto& c : facts_.collaborations) {
      if (c.a < 0 || c.b < 0) continue;
      std::string a = OrganisationIri(facts_.orgs[c.a]), b = OrganisationIri(facts_.orgs[c.b]);
      if (a == b) continue;
      Add(a, v::kCollaboratesWith, Term::Iri(b));
      Add(b, v::kCollaboratesWith, Term::Iri(a));
    }
    return std::move(out_);
  }

 private:
  void Add(const std::string& s, std::string_view p, Term o) {
    out_.push_back({Term::Iri(s), Term::Iri(p), std::move(o)});
  }
  void Type(const std::string& s, std::string_view cls) { Add(s, v::kRdfType, Term::Iri(cls)); }
  void Label(const std::string& s, std::string_view label) {
    Add(s, v::kRdfsLabel, Term::Literal(label));
  }
  void From(const std::string& s) { Add(s, v::kProvWasDerivedFrom, Term::Iri(article_)); }

  void Article() {
    Type(article_, v::kArticle);
    if (!doc_.title.empty()) {
      Add(article_, v::kDctTitle, Term::Literal(doc_.title));
      Label(article_, doc_.title);
    } else {
      Label(article_, doc_.source);
    }
    Add(article_, v::kDctSource, Term::Literal(doc_.source));
    if (doc_.date.size() == 10) Add(article_, v::kDctDate, Term::Typed(doc_.date, v::kXsdDate));
    Add(article_, v::kContentHash, Term::Literal(ContentHash(doc_)));
  }

  void OdsDetails(const std::string& iri, const OdsOrg& o) {
    Add(iri, v::kOdsCode, Term::Literal(o.code));
    if (!o.region_code.empty()) Add(iri, v::kRegionCode, Term::Literal(o.region_code));
    if (!o.gss_code.empty()) Add(iri, v::kGssCode, Term::Literal(o.gss_code));
  }

  void Organisation(const OrgFact& o) {
    std::string iri = OrganisationIri(o);
    Type(iri, v::kOrganisation);
    Type(iri, OrgClass(o.kind));
    Label(iri, o.name);
    for (const auto& a : o.aliases) Add(iri, v::kSkosAltLabel, Term::Literal(a));
    From(iri);
    if (o.ods.empty()) return;
    const OdsOrg* ref = ods_.ByCode(o.ods);
    if (!ref) return;
    OdsDetails(iri, *ref);
    if (const OdsOrg* icb = ref->icb_code.empty() ? nullptr : ods_.ByCode(ref->icb_code)) {
      // The ICB whose footprint the trust lies in, from the reference data.
      std::string icb_iri = Id("org", icb->code);
      Add(iri, v::kWithinIcb, Term::Iri(icb_iri));
      Type(icb_iri, v::kOrganisation);
      Type(icb_iri, v::kIntegratedCareBoard);
      Label(icb_iri, icb->name);
      OdsDetails(icb_iri, *icb);
    }
  }

  std::string PersonIri(const PersonFact& p) { return Id("person", Slug(p.name)); }

  void Person(const PersonFact& p) {
    std::string iri = PersonIri(p);
    Type(iri, v::kPerson);
    Label(iri, p.name);
    for (const auto& h : p.honorifics) Add(iri, v::kHonorific, Term::Literal(h));
    From(iri);
  }

  void Role(const RoleFact& r) {
    const PersonFact& p = facts_.people[r.person];
    std::string org_slug = "none";
    if (r.org >= 0) {
      std::string org_iri = OrganisationIri(facts_.orgs[r.org]);
      org_slug = org_iri.substr(org_iri.rfind('/') + 1);  // ODS code or name slug
    }
    std::string iri = Id("role", Slug(p.name) + "/" + org_slug + "/" + Slug(r.title));
    Type(iri, v::kRole);
    Add(iri, v::kHolder, Term::Iri(PersonIri(p)));
    Add(iri, v::kTitle, Term::Literal(r.title));
    std::string label = p.name + ", " + r.title;
    if (r.org >= 0) {
      Add(iri, v::kOrganisationProp, Term::Iri(OrganisationIri(facts_.orgs[r.org])));
      label += ", " + facts_.orgs[r.org].name;
    }
    Label(iri, label);
    Add(iri, v::kEvidence, Term::Literal(r.evidence));
    From(iri);
  }

  std::string ProjectIri(const ProjectFact& p) {
    return Id("project", Slug(p.aliases.empty() ? p.name : p.name));
  }

  void Project(const ProjectFact& p) {
    std::string iri = ProjectIri(p);
    Type(iri, v::kProject);
    Label(iri, p.name);
    for (const auto& a : p.aliases) Add(iri, v::kSkosAltLabel, Term::Literal(a));
    for (int o : p.orgs) Add(iri, v::kInvolves, Term::Iri(OrganisationIri(facts_.orgs[o])));
    From(iri);
  }

  std::string ProgrammeIri(const std::string& programme) {
    return Id("programme", Slug(programme));
  }
  std::string CeremonyIri(const CeremonyFact& c) {
    return Id("ceremony", Slug(c.programme) + "-" + (c.year ? std::to_string(c.year) : "undated"));
  }

  void Ceremony(const CeremonyFact& c) {
    std::string prog = ProgrammeIri(c.programme);
    Type(prog, v::kAwardProgramme);
    Label(prog, c.programme);
    std::string iri = CeremonyIri(c);
    Type(iri, v::kCeremony);
    Label(iri, c.year ? c.programme + " " + std::to_string(c.year) : c.programme);
    Add(iri, v::kProgramme, Term::Iri(prog));
    if (c.year) Add(iri, v::kYear, Term::Typed(std::to_string(c.year), v::kXsdGYear));
    if (!c.date.empty()) Add(iri, v::kDate, Term::Typed(c.date, v::kXsdDate));
    if (!c.location.empty()) Add(iri, v::kLocation, Term::Literal(c.location));
    From(iri);
  }

  void Nomination(const NominationFact& n) {
    const CeremonyFact& c = facts_.ceremonies[n.ceremony];
    std::string nominee = n.nominee_org >= 0 ? OrganisationIri(facts_.orgs[n.nominee_org])
                                             : PersonIri(facts_.people[n.nominee_person]);
    std::string nominee_name =
        n.nominee_org >= 0 ? facts_.orgs[n.nominee_org].name : facts_.people[n.nominee_person].name;
    std::string category_iri;
    if (!n.category.empty()) {
      category_iri = Id("category", Slug(c.programme) + "/" + Slug(CategoryKey(n.category)));
      Type(category_iri, v::kAwardCategory);
      Label(category_iri, n.category);
      Add(category_iri, v::kProgramme, Term::Iri(ProgrammeIri(c.programme)));
    }
    std::string project = n.project >= 0 ? ProjectIri(facts_.projects[n.project]) : "";
    StatusInfo status = StatusOf(n.status);
    std::string key = CeremonyIri(c) + "|" + category_iri + "|" + nominee + "|" + project + "|" +
                      std::string(status.iri);
    std::string iri = Id("nomination", Sha256Hex(key).substr(0, 20));
    Type(iri, v::kNomination);
    Add(iri, v::kNominee, Term::Iri(nominee));
    Add(iri, v::kCeremonyProp, Term::Iri(CeremonyIri(c)));
    Add(iri, v::kStatus, Term::Iri(status.iri));
    // The same labels as ontology/awardgraph.ttl, so loading the ontology
    // into a store adds no second label.
    Type(std::string(status.iri), v::kNominationStatus);
    Add(std::string(status.iri), v::kRdfsLabel, Term::LangString(status.label, "en"));
    if (!category_iri.empty()) Add(iri, v::kCategory, Term::Iri(category_iri));
    if (!project.empty()) Add(iri, v::kProjectProp, Term::Iri(project));
    std::string label = std::string(status.label) + ": " + nominee_name;
    if (!n.category.empty()) label += ", " + n.category;
    label += " (" + c.programme + (c.year ? " " + std::to_string(c.year) : "") + ")";
    Label(iri, label);
    Add(iri, v::kEvidence, Term::Literal(n.evidence));
    From(iri);
  }

  const Document& doc_;
  const ArticleFacts& facts_;
  const OdsGazetteer& ods_;
  std::string article_;
  std::vector<Triple> out_;
};

}  // namespace

std::string ArticleIri(const Document& doc) {
  return Id("article", Sha256Hex(doc.source).substr(0, 24));
}

std::string ArticleGraphIri(const Document& doc) {
  return Id("graph", Sha256Hex(doc.source).substr(0, 24));
}

std::string ContentHash(const Document& doc) {
  return Sha256Hex(doc.title + "\n" + doc.date + "\n" + doc.text);
}

std::string OrganisationIri(const OrgFact& org) {
  return Id("org", org.ods.empty() ? Slug(org.name) : org.ods);
}

std::vector<Triple> BuildArticleTriples(const Document& doc, const ArticleFacts& facts,
                                        const OdsGazetteer& ods) {
  return Builder(doc, facts, ods).Build();
}

FactCounts CountFacts(const ArticleFacts& f) {
  return {f.orgs.size(),       f.people.size(),      f.roles.size(),         f.projects.size(),
          f.ceremonies.size(), f.nominations.size(), f.collaborations.size()};
}

}  // namespace awardgraph::loaders
