// article_extractor.cc — ExtractArticle(): reads the sentences, resolves
// mentions to one entity per real thing, then runs the rules of the
// *_rules.cc files (see extractor.h).
#include "loaders/extract/article_extractor.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "loaders/extract/extractor.h"
#include "loaders/extract/finder_helpers.h"
#include "loaders/extract/lexicon.h"
#include "loaders/extract/sentence_splitter.h"
#include "loaders/extract/text_util.h"

namespace awardgraph::loaders::internal {

ArticleFacts Extractor::Run() {
  auto sentences = SplitSentences(doc_.text);
  views_.reserve(sentences.size() + 1);
  // The headline often carries the programme and year ("... at the 2024
  // HSJ Partnership awards"), so it is read as the first sentence.
  if (!doc_.title.empty() && !IsClutterLine(doc_.title)) {
    views_.emplace_back(doc_.title);
    bullets_.push_back(false);
    paragraphs_.push_back(0);
  }
  const std::string_view body = doc_.text;
  for (const auto& s : sentences) {
    views_.emplace_back(body.substr(s.begin, s.end - s.begin));
    bullets_.push_back(s.bullet);
    paragraphs_.push_back(s.paragraph + 1);
  }
  for (const auto& v : views_) FindAcronymDefinitions(v, &acronyms_);
  CollectProgrammes();
  mentions_.resize(views_.size());
  for (size_t i = 0; i < views_.size(); ++i) CollectEntities(i);
  FindTrustNamedByPlace();
  AddKnownOrgMentions();
  DropProjectsNamedLikeOrgs();
  ChooseMainOrganisations();
  ResolveAnaphors();
  ResolveCeremonyYears();
  for (size_t i = 0; i < views_.size(); ++i) {
    for (const auto& p : mentions_[i].programmes)
      if (p.year) recent_years_[p.name] = p.year;
    ExtractRoles(mentions_[i]);
    size_t before = facts_.nominations.size();
    ExtractNominations(i);
    NoteNominees(before, i);
    ExtractCeremonyDetails(mentions_[i], i);
    ExtractCollaborations(mentions_[i]);
  }
  MergeNominations();
  LinkProjectsAndPartners();
  return std::move(facts_);
}

// "Kinetiq Health Ltd" and "Kinetiq Health" are one company.
std::string Extractor::OrgNameKey(std::string_view name) {
  std::string key = NameKey(name);
  for (std::string_view suffix : {" ltd", " limited", " plc", " llp", " inc"})
    if (key.size() > suffix.size() &&
        key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0)
      key.resize(key.size() - suffix.size());
  return key;
}

int Extractor::AddOrg(const OrgMention& m) {
  std::string key = m.ods.empty() ? "n:" + OrgNameKey(m.name) : "ods:" + m.ods;
  auto it = org_index_.find(key);
  int id;
  if (it == org_index_.end()) {
    id = static_cast<int>(facts_.orgs.size());
    OrgFact o;
    o.name = m.name;
    o.kind = m.kind;
    o.ods = m.ods;
    facts_.orgs.push_back(std::move(o));
    org_index_[key] = id;
  } else {
    id = it->second;
  }
  OrgFact& o = facts_.orgs[id];
  ++o.mentions;
  std::string surface = SquashSpaces(m.surface);
  if (!surface.empty() && surface != o.name) o.aliases.insert(surface);
  return id;
}

int Extractor::AddPerson(const PersonMention& m) {
  std::string key = NameKey(m.name);
  // "Mrs Quayle" after "Bernadette Quayle": the same person.
  if (key.find(' ') == std::string::npos) {
    for (int id = 0; id < static_cast<int>(facts_.people.size()); ++id) {
      std::string full = NameKey(facts_.people[id].name);
      size_t space = full.rfind(' ');
      if (space != std::string::npos && full.substr(space + 1) == key) return id;
    }
  }
  auto it = person_index_.find(key);
  if (it != person_index_.end()) {
    auto& hon = facts_.people[it->second].honorifics;
    for (const auto& h : m.honorifics)
      if (std::find(hon.begin(), hon.end(), h) == hon.end()) hon.push_back(h);
    return it->second;
  }
  int id = static_cast<int>(facts_.people.size());
  facts_.people.push_back({m.name, m.honorifics});
  person_index_[key] = id;
  return id;
}

int Extractor::AddProject(const ProjectMention& m) {
  std::string name = m.name;
  // Strip a leading "The" from "The Supportive Assistive Programme".
  if (name.rfind("The ", 0) == 0) name = name.substr(4);
  std::string key = NameKey(m.alias.empty() ? name : m.alias);
  auto it = project_index_.find(key);
  if (it == project_index_.end()) it = project_index_.find(NameKey(name));
  if (it != project_index_.end()) {
    auto& p = facts_.projects[it->second];
    if (name != p.name) p.aliases.insert(name);
    if (!m.alias.empty() && m.alias != p.name) p.aliases.insert(m.alias);
    return it->second;
  }
  int id = static_cast<int>(facts_.projects.size());
  ProjectFact p;
  p.name = name;
  if (!m.alias.empty() && m.alias != name) p.aliases.insert(m.alias);
  facts_.projects.push_back(std::move(p));
  project_index_[key] = id;
  project_index_[NameKey(name)] = id;
  return id;
}

void Extractor::CollectProgrammes() {
  for (const auto& v : views_)
    for (const auto& p : FindProgrammes(v)) known_programmes_.push_back(p.name);
  // One programme under two names in one article: "Paperless Awards" for
  // "Public Sector Paperless Awards"; "BBH Awards" in the headline for the
  // "Building Better Healthcare Awards" of the text.
  for (const auto& short_name : known_programmes_) {
    std::vector<std::string> words = SplitWords(short_name);
    std::string initials_of_short = words.size() == 2 ? words[0] : "";
    for (const auto& long_name : known_programmes_) {
      if (long_name.size() <= short_name.size()) continue;
      bool suffix = long_name.compare(long_name.size() - short_name.size(), short_name.size(),
                                      short_name) == 0 &&
                    long_name[long_name.size() - short_name.size() - 1] == ' ';
      std::string initials;
      for (const auto& w : SplitWords(long_name))
        if (w != "Awards" && w != "and" && w != "of" && w != "the" && w != "&") initials += w[0];
      bool acronym =
          !initials_of_short.empty() && initials_of_short == initials && initials.size() >= 2;
      if ((suffix && words.size() >= 2) || acronym) {
        programme_alias_[short_name] = long_name;
        break;
      }
    }
  }
  for (auto& p : known_programmes_)
    if (auto it = programme_alias_.find(p); it != programme_alias_.end()) p = it->second;
}

std::vector<ProgrammeMention> Extractor::Programmes(const SentenceView& v) const {
  auto out = FindProgrammes(v, known_programmes_);
  for (auto& p : out)
    if (auto it = programme_alias_.find(p.name); it != programme_alias_.end()) p.name = it->second;
  return out;
}

void Extractor::CollectEntities(size_t i) {
  const SentenceView& v = views_[i];
  SentenceMentions& m = mentions_[i];
  m.view = &v;
  m.evidence = v.text;
  m.bullet = bullets_[i];
  m.orgs = FindOrganisations(v, ods_, acronyms_);
  for (const auto& o : m.orgs) {
    m.org_spans.push_back(o.span);
    m.org_ids.push_back(o.anaphor ? -1 : AddOrg(o));
  }
  m.programmes = Programmes(v);
  std::vector<Span> taken = m.org_spans;
  for (const auto& p : m.programmes) taken.push_back(p.span);
  m.people = FindPeople(v, taken);
  for (const auto& p : m.people) {
    m.person_ids.push_back(AddPerson(p));
    taken.push_back(p.span);
  }
  m.statuses = FindStatuses(v);
  for (const auto& st : m.statuses) taken.push_back(st.span);
  m.categories = FindCategories(v, m.bullet, taken);
  // "wins Nursing Times award": the publisher's name is not a category.
  std::erase_if(m.categories, [&](const CategoryMention& c) {
    std::string key = NameKey(c.name);
    return std::any_of(known_programmes_.begin(), known_programmes_.end(),
                       [&](const std::string& p) { return NameKey(p) == key + " awards"; });
  });
  for (const auto& c : m.categories) taken.push_back(c.span);
  for (const auto& st : m.statuses) {
    if (auto c = CategoryAfterStatus(v, st.span.end, taken)) {
      taken.push_back(c->span);
      m.categories.push_back(*c);
    }
  }
  std::sort(m.categories.begin(), m.categories.end(),
            [](const CategoryMention& a, const CategoryMention& b) {
              return a.span.begin < b.span.begin;
            });
  m.projects = FindProjects(v, taken);
  // A quoted category is not also a project.
  std::erase_if(m.projects, [&](const ProjectMention& p) {
    return std::any_of(m.categories.begin(), m.categories.end(),
                       [&](const CategoryMention& c) { return c.span.Overlaps(p.span); });
  });
  for (const auto& p : m.programmes) {
    programme_mentions_[p.name]++;
    if (p.year && !programme_years_.contains(p.name)) programme_years_[p.name] = p.year;
  }
  // "Since 1990, ...", "founded in 2004": a past year, no edition.
  for (auto [pos, year] : FindYears(v)) {
    std::string_view before = pos > 0 ? v.Lower(pos - 1) : std::string_view();
    std::string_view before2 = pos > 1 ? v.Lower(pos - 2) : std::string_view();
    if (before == "since" || before == "until" ||
        (before == "in" && (before2 == "founded" || before2 == "established" ||
                            before2 == "opened" || before2 == "formed")))
      continue;
    year_counts_[year]++;
  }
}

void Extractor::ChooseMainOrganisations() {
  int best = -1, best_trust = -1;
  for (int i = 0; i < static_cast<int>(facts_.orgs.size()); ++i) {
    const auto& o = facts_.orgs[i];
    if (o.kind == OrgKind::kPublisher) continue;
    if (best < 0 || o.mentions > facts_.orgs[best].mentions) best = i;
    if (o.kind == OrgKind::kTrust &&
        (best_trust < 0 || o.mentions > facts_.orgs[best_trust].mentions))
      best_trust = i;
  }
  // An NHS body the article names is its subject before a hospital,
  // council or company named as often.
  int best_nhs = -1;
  for (int i = 0; i < static_cast<int>(facts_.orgs.size()); ++i) {
    OrgKind k = facts_.orgs[i].kind;
    if (k == OrgKind::kOther || k == OrgKind::kCompany || k == OrgKind::kPublisher) continue;
    if (best_nhs < 0 || facts_.orgs[i].mentions > facts_.orgs[best_nhs].mentions) best_nhs = i;
  }
  if (best >= 0 && best_nhs >= 0 && facts_.orgs[best].kind == OrgKind::kOther &&
      facts_.orgs[best_nhs].mentions + 1 >= facts_.orgs[best].mentions)
    best = best_nhs;
  main_org_ = best;
  main_trust_ = best_trust;
}

// The most mentioned organisation of a kind ("the ICB" in an article
// about one ICB), or -1.
int Extractor::MainOf(OrgKind kind) const {
  int best = -1;
  for (int i = 0; i < static_cast<int>(facts_.orgs.size()); ++i)
    if (facts_.orgs[i].kind == kind &&
        (best < 0 || facts_.orgs[i].mentions > facts_.orgs[best].mentions))
      best = i;
  return best;
}

// "the trust" is the trust named last in this sentence or the one before,
// else the article's main trust; "the ICB", "the alliance" likewise.
void Extractor::ResolveAnaphors() {
  recent_trust_.assign(mentions_.size(), main_trust_);
  std::map<OrgKind, int> previous, current;
  for (size_t i = 0; i < mentions_.size(); ++i) {
    auto& m = mentions_[i];
    previous = current;
    current.clear();
    auto recent = [&](OrgKind kind) {
      if (auto it = current.find(kind); it != current.end()) return it->second;
      if (auto it = previous.find(kind); it != previous.end()) return it->second;
      return kind == OrgKind::kTrust ? main_trust_ : MainOf(kind);
    };
    recent_trust_[i] = recent(OrgKind::kTrust);
    for (size_t k = 0; k < m.orgs.size(); ++k) {
      if (m.orgs[k].anaphor) {
        m.org_ids[k] = recent(m.orgs[k].kind);
      } else if (m.org_ids[k] >= 0) {
        current[facts_.orgs[m.org_ids[k]].kind] = m.org_ids[k];
      }
    }
  }
}

// The trust "the trust" means in sentence `m`.
int Extractor::RecentTrust(const SentenceMentions& m) const {
  size_t index = static_cast<size_t>(&m - mentions_.data());
  return index < recent_trust_.size() ? recent_trust_[index] : main_trust_;
}

// Names of organisations found anywhere in the article, where another
// sentence uses them without the cue that found them ("Auralis Health
// chief executive ..."), and a company's first word alone ("Auralis").
void Extractor::AddKnownOrgMentions() {
  std::vector<std::pair<std::vector<std::string>, int>> names;
  for (int id = 0; id < static_cast<int>(facts_.orgs.size()); ++id) {
    const OrgFact& o = facts_.orgs[id];
    if (!o.ods.empty() || o.kind == OrgKind::kPublisher) continue;
    std::vector<std::string> forms = {o.name};
    forms.insert(forms.end(), o.aliases.begin(), o.aliases.end());
    if (std::string bare = OrgNameKey(o.name); bare != NameKey(o.name)) {
      auto words = SplitWords(o.name);  // the name without "Ltd"
      words.pop_back();
      std::string joined;
      for (const auto& w : words) joined += (joined.empty() ? "" : " ") + w;
      forms.push_back(joined);
    }
    auto words = SplitWords(o.name);
    if (o.kind == OrgKind::kCompany && words.size() >= 2 && !IsNeverName(words[0]) &&
        !IsCity(words[0]))
      forms.push_back(words[0]);
    for (const auto& f : forms) {
      std::vector<std::string> toks;
      for (const auto& t : Tokenize(f)) toks.push_back(t.text);
      if (!toks.empty()) names.emplace_back(std::move(toks), id);
    }
  }
  std::sort(names.begin(), names.end(),
            [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (auto& m : mentions_) {
    const auto& t = m.view->tokens;
    for (const auto& [toks, id] : names) {
      for (size_t i = 0; i + toks.size() <= t.size(); ++i) {
        bool match = true;
        for (size_t k = 0; k < toks.size() && match; ++k) match = t[i + k].text == toks[k];
        if (!match) continue;
        Span span{i, i + toks.size()};
        bool overlaps = false;
        for (const auto& s : m.org_spans) overlaps |= s.Overlaps(span);
        for (const auto& p : m.people) overlaps |= p.span.Overlaps(span);
        if (overlaps || (span.end < t.size() && t[span.end].IsCapitalised())) continue;
        OrgMention om;
        om.span = span;
        om.surface = m.view->Text(span);
        om.name = facts_.orgs[id].name;
        om.kind = facts_.orgs[id].kind;
        m.orgs.push_back(om);
        m.org_ids.push_back(id);
        m.org_spans.push_back(span);
        facts_.orgs[id].mentions++;
      }
    }
    // Keep mentions in sentence order.
    std::vector<size_t> order(m.orgs.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return m.orgs[a].span.begin < m.orgs[b].span.begin; });
    std::vector<OrgMention> orgs;
    std::vector<int> ids;
    std::vector<Span> spans;
    for (size_t k : order) {
      orgs.push_back(m.orgs[k]);
      ids.push_back(m.org_ids[k]);
      spans.push_back(m.orgs[k].span);
    }
    m.orgs = std::move(orgs);
    m.org_ids = std::move(ids);
    m.org_spans = std::move(spans);
  }
}

void Extractor::FindTrustNamedByPlace() {
  bool have_trust = std::any_of(facts_.orgs.begin(), facts_.orgs.end(),
                                [](const OrgFact& o) { return o.kind == OrgKind::kTrust; });
  bool trust_anaphor = false;
  for (const auto& m : mentions_)
    for (const auto& o : m.orgs)
      if (o.anaphor && o.kind == OrgKind::kTrust) trust_anaphor = true;
  if (have_trust || !trust_anaphor) return;
  static const std::map<std::string, std::string, std::less<>> kCounties = {
      {"Beds", "Bedfordshire"},     {"Bucks", "Buckinghamshire"}, {"Cambs", "Cambridgeshire"},
      {"Glos", "Gloucestershire"},  {"Hants", "Hampshire"},       {"Herts", "Hertfordshire"},
      {"Leics", "Leicestershire"},  {"Lincs", "Lincolnshire"},    {"Northants", "Northamptonshire"},
      {"Notts", "Nottinghamshire"}, {"Staffs", "Staffordshire"},  {"Wilts", "Wiltshire"},
      {"Worcs", "Worcestershire"}};
  // The subject of the headline or an opening sentence: "West Hertfordshire
  // was crowned ...", "West Herts named NHS trust of the year".
  for (size_t i = 0; i < views_.size() && i < 3; ++i) {
    SentenceMentions& m = mentions_[i];
    const SentenceView& v = views_[i];
    const auto& t = v.tokens;
    size_t e = 0;
    while (e < t.size() && e < 3 && t[e].is_word && t[e].IsCapitalised() &&
           !IsFunctionWordCap(t[e].text) && !InAny(m.org_spans, e))
      ++e;
    if (e == 0 || e >= t.size() || !t[e].is_word || t[e].IsCapitalised()) continue;
    std::string place;
    for (size_t k = 0; k < e; ++k) {
      auto it = kCounties.find(t[k].text);
      place += (place.empty() ? "" : " ") + (it != kCounties.end() ? it->second : t[k].text);
    }
    // A city alone names no trust ("Leeds hospitals ..."): two words at
    // least.
    if (e < 2) continue;
    const OdsOrg* o = ods_.LinkTrust(place);
    if (!o) continue;
    OrgMention om;
    om.span = {0, e};
    om.surface = v.Text(om.span);
    om.name = o->name;
    om.ods = o->code;
    om.kind = OrgKind::kTrust;
    m.orgs.insert(m.orgs.begin(), om);
    m.org_spans.insert(m.org_spans.begin(), om.span);
    m.org_ids.insert(m.org_ids.begin(), AddOrg(om));
  }
}

void Extractor::DropProjectsNamedLikeOrgs() {
  std::vector<std::string> org_keys;
  for (const auto& o : facts_.orgs) org_keys.push_back(NameKey(o.name) + " ");
  for (auto& m : mentions_)
    std::erase_if(m.projects, [&](const ProjectMention& p) {
      // "for Bath and North East Somerset": a piece of an ICB's name.
      std::string whole = " " + NameKey(p.name) + " ";
      if (SplitWords(p.name).size() >= 2 &&
          std::any_of(org_keys.begin(), org_keys.end(), [&](const std::string& o) {
            return (" " + o).find(whole) != std::string::npos;
          }))
        return true;
      std::vector<std::string> words = SplitWords(p.name);
      if (words.size() < 3 || !IsProjectHead(FoldForMatch(words.back()))) return false;
      words.pop_back();
      std::string stem;
      for (const auto& w : words) stem += (stem.empty() ? "" : " ") + w;
      std::string key = NameKey(stem) + " ";
      return std::any_of(org_keys.begin(), org_keys.end(), [&](const std::string& o) {
        return o.size() > key.size() && o.starts_with(key);
      });
    });
}

void Extractor::NoteNominees(size_t first_new, size_t sentence) {
  std::vector<int> orgs;
  for (size_t k = first_new; k < facts_.nominations.size(); ++k) {
    int o = facts_.nominations[k].nominee_org;
    if (o >= 0 && std::find(orgs.begin(), orgs.end(), o) == orgs.end()) orgs.push_back(o);
  }
  if (orgs.empty()) return;
  last_nominees_ = std::move(orgs);
  last_nominees_sentence_ = sentence;
}

}  // namespace awardgraph::loaders::internal

namespace awardgraph::loaders {

ArticleFacts ExtractArticle(const Document& doc, const OdsGazetteer& ods) {
  return internal::Extractor(doc, ods).Run();
}

}  // namespace awardgraph::loaders
