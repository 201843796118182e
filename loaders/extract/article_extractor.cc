#include "loaders/extract/article_extractor.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "loaders/extract/lexicon.h"
#include "loaders/extract/mention_finder.h"
#include "loaders/extract/sentence_splitter.h"
#include "loaders/extract/text_util.h"

namespace awardgraph::loaders {
namespace {

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

bool IsIndividualCategory(std::string_view category) {
  static constexpr std::string_view kWords[] = {
      "nurse",           "paramedic",  "leader",     "manager",  "midwife",
      "doctor",          "student",    "volunteer",  "champion", "clinician",
      "practitioner",    "consultant", "pharmacist", "lifetime", "rising star",
      "unsung hero",     "apprentice", "mentor",     "educator", "researcher",
      "chief executive", "director",   "chair",      "person",   "individual",
      "therapist",       "hero"};
  std::string lower = FoldForMatch(category);
  for (auto w : kWords)
    if (lower.find(w) != std::string::npos) return true;
  return false;
}

// Statuses that one summary may stand for: "nominated" and "shortlisted";
// "won two medals" and gold, silver, bronze.
bool SameStatusClass(Status a, Status b) {
  auto cls = [](Status s) {
    switch (s) {
      case Status::kNominated:
        return Status::kShortlisted;
      case Status::kGold:
      case Status::kSilver:
      case Status::kBronze:
        return Status::kWinner;
      default:
        return s;
    }
  };
  return cls(a) == cls(b);
}

// The status (and nominee) a list of entries inherits from the line that
// introduces it.
struct ListContext {
  Status status = Status::kShortlisted;
  int nominee_org = -1;
  int nominee_person = -1;
  std::string category;
};

class Extractor {
 public:
  Extractor(const Document& doc, const OdsGazetteer& ods) : doc_(doc), ods_(ods) {}

  ArticleFacts Run() {
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
    AddKnownOrgMentions();
    ChooseMainOrganisations();
    ResolveAnaphors();
    ResolveCeremonyYears();
    for (size_t i = 0; i < views_.size(); ++i) {
      for (const auto& p : mentions_[i].programmes)
        if (p.year) recent_years_[p.name] = p.year;
      ExtractRoles(mentions_[i]);
      ExtractNominations(i);
      ExtractCeremonyDetails(mentions_[i], i);
      ExtractCollaborations(mentions_[i]);
    }
    MergeNominations();
    LinkProjectsAndPartners();
    return std::move(facts_);
  }

 private:
  // ------------------------------------------------------------ entities

  // "Kinetiq Health Ltd" and "Kinetiq Health" are one company.
  static std::string OrgNameKey(std::string_view name) {
    std::string key = NameKey(name);
    for (std::string_view suffix : {" ltd", " limited", " plc", " llp", " inc"})
      if (key.size() > suffix.size() &&
          key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0)
        key.resize(key.size() - suffix.size());
    return key;
  }

  int AddOrg(const OrgMention& m) {
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

  int AddPerson(const PersonMention& m) {
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

  int AddProject(const ProjectMention& m) {
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

  void CollectProgrammes() {
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

  std::vector<ProgrammeMention> Programmes(const SentenceView& v) const {
    auto out = FindProgrammes(v, known_programmes_);
    for (auto& p : out)
      if (auto it = programme_alias_.find(p.name); it != programme_alias_.end())
        p.name = it->second;
    return out;
  }

  void CollectEntities(size_t i) {
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
    for (auto [pos, year] : FindYears(v)) year_counts_[year]++;
  }

  void ChooseMainOrganisations() {
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
  int MainOf(OrgKind kind) const {
    int best = -1;
    for (int i = 0; i < static_cast<int>(facts_.orgs.size()); ++i)
      if (facts_.orgs[i].kind == kind &&
          (best < 0 || facts_.orgs[i].mentions > facts_.orgs[best].mentions))
        best = i;
    return best;
  }

  // "the trust" is the trust named last in this sentence or the one before,
  // else the article's main trust; "the ICB", "the alliance" likewise.
  void ResolveAnaphors() {
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
  int RecentTrust(const SentenceMentions& m) const {
    size_t index = static_cast<size_t>(&m - mentions_.data());
    return index < recent_trust_.size() ? recent_trust_[index] : main_trust_;
  }

  // Names of organisations found anywhere in the article, where another
  // sentence uses them without the cue that found them ("Auralis Health
  // chief executive ..."), and a company's first word alone ("Auralis").
  void AddKnownOrgMentions() {
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

  // ------------------------------------------------------------ ceremonies

  int DefaultYear() const {
    if (doc_.date.size() >= 4) return std::stoi(doc_.date.substr(0, 4));
    int best = 0, count = 0;
    for (auto [y, c] : year_counts_)
      if (c > count || (c == count && y > best)) best = y, count = c;
    return best;
  }

  void ResolveCeremonyYears() {
    // Years from dated ceremony sentences ("announced on 6 June 2024").
    for (size_t i = 0; i < views_.size(); ++i) {
      const auto& m = mentions_[i];
      if (!MentionsCeremony(*m.view)) continue;
      for (const auto& d : FindDates(*m.view)) {
        if (d.year == 0) continue;
        std::string prog = ProgrammeNear(m, d.span.begin, i);
        if (!prog.empty() && !programme_years_.contains(prog)) programme_years_[prog] = d.year;
      }
    }
  }

  int CeremonyFor(const std::string& programme, int explicit_year) {
    int year = explicit_year;
    // The year named with the programme most recently before this sentence
    // ("Awards 2020 postponed ... Shortlist for the Awards 2018 ...").
    if (year == 0)
      if (auto it = recent_years_.find(programme); it != recent_years_.end()) year = it->second;
    if (year == 0) {
      auto it = programme_years_.find(programme);
      year = it != programme_years_.end() ? it->second : DefaultYear();
    }
    std::string key = NameKey(programme) + "|" + std::to_string(year);
    auto it = ceremony_index_.find(key);
    if (it != ceremony_index_.end()) return it->second;
    int id = static_cast<int>(facts_.ceremonies.size());
    facts_.ceremonies.push_back({programme, year, "", ""});
    ceremony_index_[key] = id;
    return id;
  }

  // The programme a position in sentence i refers to: the first one after it
  // in the sentence, else the nearest before, else the first programme of the
  // latest sentence that named one.
  std::string ProgrammeNear(const SentenceMentions& m, size_t pos, size_t sentence) const {
    const ProgrammeMention* best = nullptr;
    for (const auto& p : m.programmes)
      if (p.span.begin >= pos) {
        best = &p;
        break;
      }
    if (!best)
      for (const auto& p : m.programmes)
        if (p.span.begin < pos) best = &p;
    if (best) return best->name;
    // A results list under a programme heading ("=== X AWARDS 2025 ==="),
    // else the sentence before, in the same paragraph, else the programme the
    // article speaks of most (the first named on a tie).
    for (size_t k = sentence; k-- > 1;) {
      if (mentions_[k].programmes.empty()) continue;
      if (IsHeading(*mentions_[k].view)) return mentions_[k].programmes.front().name;
      break;
    }
    if (sentence > 0 && !mentions_[sentence - 1].programmes.empty() &&
        paragraphs_[sentence - 1] == paragraphs_[sentence])
      return mentions_[sentence - 1].programmes.front().name;
    return MainProgramme();
  }

  // A heading line: no lower-case words but small ones.
  static bool IsHeading(const SentenceView& v) {
    if (v.tokens.size() > 14) return false;
    for (const auto& t : v.tokens)
      if (t.is_word && !t.IsCapitalised() && !t.IsNumber() && t.lower != "and" && t.lower != "of" &&
          t.lower != "the" && t.lower != "for" && t.lower != "in")
        return false;
    return true;
  }

  std::string MainProgramme() const {
    std::string best;
    int best_count = 0;
    std::set<std::string> seen;
    for (const auto& m : mentions_)
      for (const auto& p : m.programmes) {
        if (!seen.insert(p.name).second) continue;
        int count = programme_mentions_.at(p.name);
        if (count > best_count) best = p.name, best_count = count;
      }
    return best;
  }

  int YearNear(const SentenceMentions& m, const std::string& programme) const {
    for (const auto& p : m.programmes)
      if (p.name == programme && p.year) return p.year;
    return 0;
  }

  void ExtractCeremonyDetails(const SentenceMentions& m, size_t i) {
    if (!MentionsCeremony(*m.view)) return;
    for (const auto& d : FindDates(*m.view)) {
      std::string prog = ProgrammeNear(m, d.span.begin, i);
      if (prog.empty()) continue;
      // The programme mention nearest before the date wins over one after.
      for (const auto& p : m.programmes)
        if (p.span.end <= d.span.begin) prog = p.name;
      int c = CeremonyFor(prog, d.year ? d.year : YearNear(m, prog));
      auto& cer = facts_.ceremonies[c];
      int year = d.year ? d.year : cer.year;
      if (cer.date.empty() && year) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, d.month, d.day);
        cer.date = buf;
      }
    }
    std::vector<Span> taken = m.org_spans;
    for (const auto& p : m.programmes) taken.push_back(p.span);
    for (const auto& city : FindCities(*m.view, taken)) {
      std::string prog = ProgrammeNear(m, city.span.begin, i);
      for (const auto& p : m.programmes)
        if (p.span.end <= city.span.begin) prog = p.name;
      if (prog.empty()) continue;
      int c = CeremonyFor(prog, YearNear(m, prog));
      if (facts_.ceremonies[c].location.empty()) facts_.ceremonies[c].location = city.city;
    }
  }

  // ------------------------------------------------------------ roles

  int OrgAt(const SentenceMentions& m, size_t pos) const {
    for (size_t k = 0; k < m.orgs.size(); ++k)
      if (m.orgs[k].span.begin == pos) return m.org_ids[k];
    return -2;
  }
  int OrgEndingAt(const SentenceMentions& m, size_t end) const {
    for (size_t k = 0; k < m.orgs.size(); ++k)
      if (m.orgs[k].span.end == end) return m.org_ids[k];
    return -2;
  }

  // Finds the organisation after a title: "of the X", "at X", "for X".
  int OrgAfterTitle(const SentenceMentions& m, size_t e) const {
    const SentenceView& v = *m.view;
    std::string_view w = v.Lower(e);
    if (w != "of" && w != "at" && w != "for" && w != "," && w != "with" && w != "from" && w != "in")
      return -2;
    size_t k = e + 1;
    // "consultant clinical scientist, and ..., both from X".
    if (v.Lower(k) == "both" && (v.Lower(k + 1) == "from" || v.Lower(k + 1) == "at")) k += 2;
    if (v.Lower(k) == "the") ++k;
    return OrgAt(m, k);
  }

  // An organisation whose name starts with the place words of [b, e), e.g.
  // "Staffordshire and Stoke-on-Trent" for the ICB of that name.
  int OrgByPlace(const SentenceView& v, size_t b, size_t e) const {
    if (e <= b) return -2;
    std::string place = NameKey(v.Text({b, e}));
    if (place.empty()) return -2;
    for (int i = 0; i < static_cast<int>(facts_.orgs.size()); ++i) {
      const auto& o = facts_.orgs[i];
      std::vector<std::string> names = {o.name};
      names.insert(names.end(), o.aliases.begin(), o.aliases.end());
      for (const auto& n : names) {
        std::string key = NameKey(n);
        if (key.rfind("nhs ", 0) == 0) key = key.substr(4);
        if (key.rfind(place + " ", 0) == 0) return i;
      }
    }
    return -2;
  }

  // "editor of Health Business", "chief executive of Aeris Health": an
  // organisation no other rule found, named by the capitals after "of"/"at".
  int NamedAfterTitle(const SentenceMentions& m, size_t e, const std::string& title) {
    const SentenceView& v = *m.view;
    const auto& t = v.tokens;
    if (v.Lower(e) != "of" && v.Lower(e) != "at") return -2;
    size_t b = e + 1;
    size_t k = b;
    while (k < t.size() && k < b + 5 &&
           (v.Cap(k) || t[k].IsAcronym() || (v.Lower(k) == "and" && v.Cap(k + 1) && k > b)))
      ++k;
    if (k == b) return -2;
    for (const auto& p : m.people)
      if (p.span.Overlaps({b, k})) return -2;
    std::string name = v.Text({b, k});
    if (k == b + 1 && (IsCity(name) || IsNeverName(name))) return -2;
    OrgMention om;
    om.span = {b, k};
    om.surface = om.name = name;
    std::string lower = FoldForMatch(name);
    bool editor = FoldForMatch(title).find("editor") != std::string::npos;
    bool company = false;
    for (std::string_view w :
         {"health", "digital", "systems", "technologies", "solutions", "analytics", "diagnostics",
          "software", "ltd", "limited", "labs", "tech", "medical", "group"})
      if (lower.find(w) != std::string::npos && lower.find("nhs") == std::string::npos &&
          lower.find("university") == std::string::npos)
        company = true;
    om.kind = editor ? OrgKind::kPublisher : company ? OrgKind::kCompany : OrgKind::kOther;
    return AddOrg(om);
  }

  void AddRole(int person, std::string title, int org, const std::string& evidence) {
    // "both learning disability community nurses", "Dietitians" shared by
    // two people: one post each, in the singular.
    if (title.rfind("both ", 0) == 0) title = title.substr(5);
    if (plural_title_ && title.size() > 3 && title.back() == 's' && title[title.size() - 2] != 's')
      title.pop_back();
    // "a former intensive care consultant" is no post held now.
    std::string lower = FoldForMatch(title);
    if (lower.rfind("former ", 0) == 0 || lower.rfind("ex-", 0) == 0) return;
    for (const auto& r : facts_.roles)
      if (r.person == person && NameKey(r.title) == NameKey(title)) return;
    if (org < 0 && FoldForMatch(title) != "editor") org = main_org_;
    facts_.roles.push_back({person, title, org, evidence});
  }

  void ExtractRoles(const SentenceMentions& m) {
    const SentenceView& v = *m.view;
    const auto& t = v.tokens;
    for (size_t p = 0; p < m.people.size(); ++p) {
      const Span ps = m.people[p].span;
      int person = m.person_ids[p];
      bool found = false;
      // After: "Name, Title [and Title] of/at Org" / "Name, Org's Title" /
      // "Name, Place Title" / "Name, the trust's Title".
      size_t after = ps.end;
      // "Claire Gill and Sarah Sharp, Dietitians from X": the title after
      // the second name is the first one's too.
      plural_title_ = false;
      if (p + 1 < m.people.size() && v.Lower(after) == "and" &&
          m.people[p + 1].span.begin == after + 1 && v.Lower(m.people[p + 1].span.end) == ",") {
        after = m.people[p + 1].span.end;
        plural_title_ = true;
      }
      if (p > 0 && v.Lower(m.people[p - 1].span.end) == "and" &&
          m.people[p - 1].span.end + 1 == ps.begin && v.Lower(after) == ",")
        plural_title_ = true;
      // "Bernadette Quayle, 47, a ward sister with ...".
      if (after + 2 < t.size() && t[after].text == "," && t[after + 1].IsNumber() &&
          t[after + 2].text == ",")
        after += 2;
      if (after < t.size() && (t[after].text == "," || t[after].text == "(")) {  // "X (title, org)"
        size_t k = after + 1;
        if (v.Lower(k) == "who" && (v.Lower(k + 1) == "is" || v.Lower(k + 1) == "was")) k += 2;
        int org_before = -2;
        if (v.Lower(k) == "the" || v.Lower(k) == "our" || v.Lower(k) == "a" || v.Lower(k) == "an")
          ++k;
        // "Org's Title" / "the trust's Title".
        for (size_t o = 0; o < m.orgs.size(); ++o) {
          if (m.orgs[o].span.begin == k || (m.orgs[o].anaphor && m.orgs[o].span.begin + 1 == k) ||
              (m.orgs[o].span.begin + 1 == k && v.Lower(m.orgs[o].span.begin) == "the")) {
            size_t after = m.orgs[o].span.end;
            if (v.Lower(after) == "'s") ++after;
            org_before = m.org_ids[o];
            k = after;
          }
        }
        if (org_before == -2 && v.Lower(k) == "trust" && v.Lower(k + 1) == "'s") {
          org_before = RecentTrust(m);
          k += 2;
        }
        size_t place_begin = k;
        std::optional<TitleMatch> title = MatchTitle(v, k, m.org_spans);
        // "learning disability liaison nurse": lower-case words before a
        // title the lexicon knows.
        if (!title && k < t.size() && t[k].is_word && !t[k].IsCapitalised()) {
          for (size_t q = k + 1; q < t.size() && q <= k + 3; ++q) {
            if (!t[q - 1].is_word || t[q - 1].IsCapitalised()) break;
            if (auto inner = MatchTitle(v, q, m.org_spans); inner && !t[q].IsCapitalised()) {
              title = TitleMatch{{k, inner->span.end}, v.Text({k, inner->span.end})};
              break;
            }
            if (t[q].is_word && !t[q].IsCapitalised() && IsTitleHead(t[q].lower) &&
                (q + 1 >= t.size() || !t[q + 1].is_word)) {
              title = TitleMatch{{k, q + 1}, v.Text({k, q + 1})};
              break;
            }
          }
        }
        if (!title && org_before == -2) {
          // Skip place words: "Staffordshire and Stoke-on-Trent Chief Medical Officer".
          size_t q = k;
          while (q < t.size() && q < k + 8 && (v.Cap(q) || v.Lower(q) == "and") &&
                 !MatchTitle(v, q, m.org_spans))
            ++q;
          if (q > k && q < t.size()) {
            title = MatchTitle(v, q, m.org_spans);
            if (title) org_before = OrgByPlace(v, place_begin, q);
          }
        }
        std::vector<std::string> titles;
        size_t e = 0;
        // "Jane Cummings, Nursing and Midwifery Council chief executive Jackie
        // Smith": the title is the next person's.
        if (title)
          for (const auto& other : m.people)
            if (other.span.begin == title->span.end) title.reset();
        if (title) {
          titles.push_back(title->title);
          e = title->span.end;
          while (v.Lower(e) == "and" || (v.Lower(e) == "," && MatchTitle(v, e + 1))) {
            auto more = MatchTitle(v, e + 1, m.org_spans);
            if (!more) break;
            titles.push_back(more->title);
            e = more->span.end;
          }
          int org = org_before;
          if (org == -2) org = OrgAfterTitle(m, e);
          if (org == -2 && v.Lower(e) == "of" && v.Lower(e + 1) == "the" &&
              v.Lower(e + 2) == "trust")
            org = RecentTrust(m);
          if (org == -2) org = NamedAfterTitle(m, e, titles.back());
          for (const auto& ti : titles) AddRole(person, ti, org < 0 ? -1 : org, m.evidence);
          found = true;
        }
      }
      if (found) continue;
      // Before: "HSJ editor Name", "Trust chair Name", "Chief Executive of
      // the Trust, Name, said", "the trust's chief executive, Name".
      size_t end = ps.begin;
      if (end > 0 && t[end - 1].text == ",") --end;
      for (size_t b = end >= 14 ? end - 14 : 0; b < end; ++b) {
        auto title = MatchTitle(v, b, m.org_spans);
        if (!title) continue;
        // Far from the name only as "Title of/at Org, Name".
        if (end - b > 6 && title->span.end == end) continue;
        size_t te = title->span.end;
        int org = -2;
        if (te == end) {
          org = OrgEndingAt(m, b);
          if (org == -2 && b >= 1 && v.Lower(b - 1) == "'s") org = OrgEndingAt(m, b - 1);
          if (org == -2 && b >= 1 && v.Lower(b - 1) == "trust") org = RecentTrust(m);
          if (org == -2 && b >= 2 && v.Lower(b - 1) == "'s" && v.Lower(b - 2) == "trust")
            org = RecentTrust(m);
        } else {
          org = OrgAfterTitle(m, te);
          if (org == -2 && v.Lower(te) == "of" && v.Lower(te + 1) == "the" &&
              v.Lower(te + 2) == "trust")
            org = RecentTrust(m);
          // The organisation must end right before the person's comma.
          bool adjacent = false;
          for (size_t o = 0; o < m.orgs.size(); ++o)
            if (m.org_ids[o] == org && m.orgs[o].span.end == end) adjacent = true;
          if (org >= 0 && !adjacent && !(v.Lower(te + 2) == "trust" && te + 3 == end)) org = -2;
          if (org == -2) continue;
        }
        // "Deputy Chief Executive and Chief Medical Officer at LAS Dr X": two
        // posts; "Consultant obstetrician and gynaecologist at X": one.
        bool joined = false;
        for (size_t a = b >= 6 ? b - 6 : 0; a + 1 < b; ++a) {
          if (v.Lower(b - 1) != "and") break;
          auto first = MatchTitle(v, a, m.org_spans);
          if (first && first->span.end == b - 1) {
            if (title->span.end - title->span.begin == 1) {
              AddRole(person, first->title + " and " + title->title, org < 0 ? -1 : org,
                      m.evidence);
              joined = true;
            } else {
              AddRole(person, first->title, org < 0 ? -1 : org, m.evidence);
            }
            break;
          }
        }
        if (!joined) AddRole(person, title->title, org < 0 ? -1 : org, m.evidence);
        break;
      }
    }
  }

  // ------------------------------------------------------------ nominations

  int NomineeBefore(const SentenceMentions& m, size_t pos, bool* is_person) const {
    int best_org = -1;
    size_t best_org_pos = 0;
    bool have = false;
    bool best_is_hospital = false;
    for (size_t k = 0; k < m.orgs.size(); ++k) {
      if (m.orgs[k].span.end > pos || m.org_ids[k] < 0) continue;
      if (facts_.orgs[m.org_ids[k]].kind == OrgKind::kPublisher) continue;
      // "the team at Scarborough Hospital, part of York and Scarborough
      // Teaching Hospitals NHS Foundation Trust": the trust is the nominee.
      bool hospital = IsHospitalName(facts_.orgs[m.org_ids[k]]);
      if (hospital && have && !best_is_hospital) continue;
      best_org = m.org_ids[k];
      best_org_pos = m.orgs[k].span.begin;
      best_is_hospital = hospital;
      have = true;
    }
    // A person who is the subject ("Jane Doe, a ward sister at X, won ...").
    for (size_t k = 0; k < m.people.size(); ++k) {
      if (m.people[k].span.end > pos) continue;
      bool subject =
          !have || (m.people[k].span.begin <= 3 && m.people[k].span.begin < best_org_pos &&
                    m.view->Lower(m.people[k].span.end) == ",");
      bool quoted_speaker = false;
      for (const auto& tok : m.view->tokens)
        if (tok.lower == "said" || tok.lower == "says" || tok.lower == "added" ||
            tok.lower == "adds")
          quoted_speaker = true;
      if (subject && !quoted_speaker) {
        *is_person = true;
        return m.person_ids[k];
      }
    }
    return have ? best_org : -1;
  }

  // A hospital or centre a trust runs: "Velindre Cancer Centre",
  // "Cheltenham General Hospital".
  static bool IsHospitalName(const OrgFact& o) {
    if (o.kind != OrgKind::kOther) return false;
    for (std::string_view end : {" Hospital", " Centre", " Infirmary"})
      if (o.name.size() > end.size() &&
          o.name.compare(o.name.size() - end.size(), end.size(), end) == 0)
        return true;
    return false;
  }

  void ExtractNominations(size_t i) {
    SentenceMentions& m = mentions_[i];
    const SentenceView& v = *m.view;
    if (TableRow(m, i)) return;
    if (m.statuses.empty()) {
      // "SUSTAINABILITY PROJECT OF THE YEAR": a category heading for the
      // "WINNER: ..." lines under it.
      if (std::string heading = CategoryHeading(v); !heading.empty()) {
        heading_category_ = heading;
        heading_paragraph_ = paragraphs_[i];
        return;
      }
      // "Best Technology Innovation" on a line of its own, with results
      // lines after it: the category of those results.
      if (std::string line = LineCategory(i); !line.empty()) {
        line_category_ = line;
        line_category_sentence_ = i;
        return;
      }
      if ((IsListItem(m) || pending_entry_sentence_ == i || IsDashEntry(m)) && list_context_)
        ListItemNomination(m, i, *list_context_);
      return;
    }
    for (size_t si = 0; si < m.statuses.size(); ++si) {
      const auto& st = m.statuses[si];
      size_t category_floor_override = 0;
      size_t next = si + 1 < m.statuses.size() ? m.statuses[si + 1].span.begin : v.tokens.size();
      NominationFact n;
      n.status = st.status;
      n.evidence = m.evidence;
      bool is_person = false;
      std::vector<int> entry_partners;   // every organisation of a results line
      std::vector<int> listed_nominees;  // "the shortlist ... were A, B and C"
      std::optional<ProjectMention> entry_project;
      if (st.nominee_after) {
        // "awarded to X"; after "winner:" the team may come first ("winner:
        // the paediatric sepsis nursing team at Alder Hey ...").
        size_t reach = v.Lower(st.span.end - 1) == ":" ? 10 : 2;
        size_t org_at = v.tokens.size();
        for (size_t k = 0; k < m.orgs.size(); ++k)
          if (m.orgs[k].span.begin >= st.span.end && m.orgs[k].span.begin <= st.span.end + reach &&
              m.org_ids[k] >= 0) {
            n.nominee_org = m.org_ids[k];
            org_at = m.orgs[k].span.begin;
            break;
          }
        // "Highly commended: Callum Reddy, a nurse at Pennine Care": the person
        // named first is the nominee.
        for (size_t k = 0; k < m.people.size(); ++k)
          if (m.people[k].span.begin >= st.span.end && m.people[k].span.begin < org_at &&
              m.people[k].span.begin <= st.span.end + 2) {
            n.nominee_person = m.person_ids[k];
            n.nominee_org = -1;
            break;
          }
        if (n.nominee_org < 0)
          for (size_t k = 0; k < m.people.size(); ++k)
            if (m.people[k].span.begin >= st.span.end && m.people[k].span.begin <= st.span.end + 2)
              n.nominee_person = m.person_ids[k];
        // "Winner:" alone on its line: the entry is on the next line.
        if (st.span.end >= v.tokens.size() && v.Lower(st.span.end - 1) == ":") {
          pending_entry_sentence_ = i + 1;
          colon_context_ = true;
        }
        // "Winner: TriVice, Capri Healthcare and Birmingham Women's ...": a
        // results line names the entry and every organisation behind it.
        if (n.nominee_person < 0 && st.span.begin <= 1 && v.Lower(st.span.end - 1) == ":" &&
            si + 1 == m.statuses.size()) {
          Entry entry = ParseEntry(m, st.span.end, v.tokens.size(), /*create_orgs=*/true);
          if (!entry.orgs.empty()) {
            n.nominee_org = entry.orgs.front();
            entry_partners = entry.orgs;
            if (entry.project) entry_project = entry.project;
          }
        }
      } else {
        int who = NomineeBefore(m, st.span.begin, &is_person);
        if (is_person)
          n.nominee_person = who;
        else
          n.nominee_org = who;
        // "She was given the X Award": the person the sentence before
        // started with.
        std::string_view first = v.Lower(0);
        if (who < 0 && (first == "she" || first == "he") && i > 0 &&
            mentions_[i - 1].people.size() == 1)
          n.nominee_person = mentions_[i - 1].person_ids[0];
        // "In the shortlist for the award were A, B, C and D": every
        // organisation listed after "were" is a nominee.
        if (who < 0 && n.nominee_person < 0) {
          size_t k = st.span.end;
          while (k < v.tokens.size() && k < st.span.end + 6 && v.Lower(k) != "were" &&
                 v.Lower(k) != "are" && v.Lower(k) != "included" && v.Lower(k) != "include")
            ++k;
          if (k < v.tokens.size() && k < st.span.end + 6) {
            std::vector<int> listed;
            for (size_t o = 0; o < m.orgs.size(); ++o)
              if (m.orgs[o].span.begin > k && m.org_ids[o] >= 0 &&
                  facts_.orgs[m.org_ids[o]].kind != OrgKind::kPublisher)
                listed.push_back(m.org_ids[o]);
            if (!listed.empty()) {
              n.nominee_org = listed.front();
              listed_nominees = listed;
            }
          }
        }
      }
      // "An escalation programme at Cheltenham General Hospital has been
      // shortlisted": a hospital of the article's trust stands for the trust.
      if (n.nominee_org >= 0 && !st.nominee_after && IsHospitalName(facts_.orgs[n.nominee_org]) &&
          main_trust_ >= 0) {
        n.nominee_org = main_trust_;
        n.nominee_inferred = true;
      }
      // Category: the first after the phrase (before the next phrase), else
      // the nearest before it.
      const CategoryMention* cat = nullptr;
      for (const auto& c : m.categories)
        if (c.span.begin >= st.span.begin && c.span.begin < next) {
          cat = &c;
          break;
        }
      // A category after the previous status phrase is that phrase's ("won
      // the X award ... also in the running at Y" gives Y no category).
      if (si > 0) {
        const StatusMention& prev = m.statuses[si - 1];
        for (const auto& c : m.categories)
          if (c.span.begin >= prev.span.end && c.span.end <= st.span.begin)
            category_floor_override = c.span.end;
      }
      // Before the phrase, only within its own clause (after the previous
      // status phrase): "won X ... also in the running at Y" gives Y no X.
      size_t category_floor = si > 0 ? m.statuses[si - 1].span.end : 0;
      category_floor = std::max(category_floor, category_floor_override);
      if (!cat)
        for (const auto& c : m.categories)
          if (c.span.end <= st.span.begin && c.span.begin >= category_floor) cat = &c;
      if (cat) n.category = cat->name;
      // "Bronze in the same category was awarded to ...".
      if (!cat && SameCategoryPhrase(v) && !facts_.nominations.empty())
        n.category = facts_.nominations.back().category;
      if (!cat && !heading_category_.empty() && heading_paragraph_ == paragraphs_[i])
        n.category = heading_category_;
      if (!cat && n.category.empty()) n.category = LineCategoryFor(i);
      // "the award", "this category": the category the previous sentences named.
      // The fullest name of the last two sentences ("Acute or Specialist Trust
      // of the Year" before a later "Trust of the Year").
      if (!cat && n.category.empty() && RefersToAward(v) && i > 0)
        for (size_t back = 1; back <= 2 && back <= i; ++back)
          for (const auto& c : mentions_[i - back].categories)
            if (c.span.end - c.span.begin > SplitWords(n.category).size()) n.category = c.name;
      // "a finalist in both the A and the B categories", "in two
      // categories: A, and the B Award": one nomination per category.
      std::vector<std::string> more_categories;
      if (cat && cat->span.begin >= st.span.begin) {
        size_t end = cat->span.end;
        for (const auto& c : m.categories) {
          if (c.span.begin <= cat->span.begin || c.span.begin >= next) continue;
          bool joined = true;
          for (size_t k = end; k < c.span.begin; ++k) {
            std::string_view w = v.Lower(k);
            if (!(w == "and" || w == "," || w == "the" || w == "'" || w == "\"" || w == "or" ||
                  w == "category" || w == "award" || w == ";" || w == ":" || w == "-"))
              joined = false;
          }
          if (!joined) break;
          more_categories.push_back(c.name);
          end = c.span.end;
        }
      }
      // An individual award goes to the person, not their employer.
      if (n.nominee_person < 0 && cat && IsIndividualCategory(cat->name)) {
        for (size_t k = 0; k < m.people.size(); ++k)
          if (m.people[k].span.end <= st.span.begin) n.nominee_person = m.person_ids[k];
        if (n.nominee_person >= 0) n.nominee_org = -1;
      }
      // Projects after the phrase (one nomination each), else the subject.
      std::vector<const ProjectMention*> projects;
      for (const auto& p : m.projects)
        if (p.span.begin >= st.span.end && p.span.begin < next) projects.push_back(&p);
      // The subject of this clause only: a project before an earlier status
      // phrase belongs to that one ("X has been nominated ..., along with
      // Y's programme shortlisted ...").
      size_t clause_begin = si > 0 ? m.statuses[si - 1].span.end : 0;
      const ProjectMention* subject_project = nullptr;
      for (const auto& p : m.projects)
        if (p.span.end <= st.span.begin && p.span.begin >= clause_begin) subject_project = &p;
      if (projects.empty() && subject_project) projects.push_back(subject_project);
      // A name read as an organisation of the entry is no project too.
      std::erase_if(projects, [&](const ProjectMention* p) {
        return std::any_of(m.org_spans.begin(), m.org_spans.end(),
                           [&](const Span& o) { return o.Overlaps(p->span); });
      });
      if (entry_project) projects = {&*entry_project};
      // "Its critical care outreach team is up for 'Patient Safety Team of the
      // Year'": a team or pronoun subject is the organisation last named.
      if (n.nominee_org < 0 && n.nominee_person < 0 && cat && !IsIndividualCategory(cat->name) &&
          !subject_project) {
        int last = list_context_ && list_context_->nominee_org >= 0 ? list_context_->nominee_org
                                                                    : main_org_;
        if (last >= 0) {
          n.nominee_org = last;
          n.nominee_inferred = true;
        }
      }
      if (n.nominee_org < 0 && n.nominee_person < 0) {
        if (!subject_project && !(m.bullet && !m.orgs.empty())) {
          // A status with no nominee ("Winners included:", "has been crowned
          // Nurse of the Year") sets the status, and category, of the list
          // items or the sentence that follow.
          list_context_ = ListContext{st.status, -1, -1, cat ? cat->name : ""};
          colon_context_ = st.span.end >= v.tokens.size() && v.Lower(st.span.end - 1) == ":";
          continue;
        }
        if (m.bullet && !m.orgs.empty() && m.org_ids[0] >= 0) {
          n.nominee_org = m.org_ids[0];
        } else {
          n.nominee_org = InferredOwner(m);
          n.nominee_inferred = true;
        }
        if (n.nominee_org < 0) continue;
      }
      std::string programme = ProgrammeNear(m, st.span.begin, i);
      if (programme.empty()) continue;
      n.ceremony = CeremonyFor(programme, YearNear(m, programme));
      if (n.category.empty() && list_context_ && !list_context_->category.empty() &&
          list_context_->nominee_org < 0 && list_context_->nominee_person < 0 &&
          SameStatusClass(list_context_->status, n.status) == true) {
        n.category = list_context_->category;
      }
      if (n.category.empty() && list_context_ && !list_context_->category.empty() &&
          list_context_->nominee_org < 0 && list_context_->nominee_person < 0 &&
          n.nominee_person >= 0)
        n.category = list_context_->category;
      list_context_ = ListContext{n.status, n.nominee_org, n.nominee_person, ""};
      colon_context_ = false;
      int partner = n.nominee_org >= 0 ? CoNominee(m, n.nominee_org, st) : -1;
      if (partner >= 0 && IsHospitalName(facts_.orgs[partner])) partner = -1;
      if (entry_partners.size() >= 2) partner = -1;
      size_t first_new = facts_.nominations.size();
      std::vector<std::string> categories = {n.category};
      categories.insert(categories.end(), more_categories.begin(), more_categories.end());
      for (const auto& category : categories) {
        n.category = category;
        if (projects.empty()) {
          facts_.nominations.push_back(n);
        } else {
          for (const auto* p : projects) {
            NominationFact each = n;
            each.project = AddProject(*p);
            facts_.nominations.push_back(each);
          }
        }
      }
      if (entry_partners.size() >= 2)
        AddEntryPartners(entry_partners, projects.empty() ? -1 : AddProject(*projects.front()),
                         first_new);
      // Separate nominees in one category: a nomination each, no partnership.
      if (listed_nominees.size() >= 2) {
        size_t count = facts_.nominations.size();
        for (size_t k = first_new; k < count; ++k)
          for (size_t o = 1; o < listed_nominees.size(); ++o) {
            NominationFact other = facts_.nominations[k];
            other.nominee_org = listed_nominees[o];
            facts_.nominations.push_back(other);
          }
      }
      if (partner >= 0) {
        int project = projects.empty() ? -1 : AddProject(*projects.front());
        joint_entries_.emplace_back(n.nominee_org, partner, project);
        // Each partner of a joint entry is a nominee of it.
        size_t count = facts_.nominations.size();
        for (size_t k = first_new; k < count; ++k) {
          NominationFact other = facts_.nominations[k];
          other.nominee_org = partner;
          facts_.nominations.push_back(other);
        }
      }
    }
  }

  static std::string CategoryHeading(const SentenceView& v) {
    const auto& t = v.tokens;
    if (t.size() < 2) return {};
    for (const auto& tok : t)
      if (tok.is_word && !tok.IsAllCaps() && !tok.IsNumber() && tok.lower != "of" &&
          tok.lower != "the" && tok.lower != "and")
        return {};
    std::string last = t.back().lower;
    bool of_year = t.size() >= 3 && last == "year" && t[t.size() - 2].lower == "the";
    if (!of_year && last != "award") return {};
    return TitleCaseOds(v.Text({0, t.size()}));
  }

  // Rows of a pipe table: "Category | Winner | Project" sets the columns,
  // "Patient Involvement | Sheffield Children's NHS FT | Young Voices Panel"
  // is one nomination. Returns true when the sentence was a table line.
  bool TableRow(SentenceMentions& m, size_t i) {
    const SentenceView& v = *m.view;
    std::vector<Span> cells;
    size_t b = 0;
    for (size_t k = 0; k <= v.tokens.size(); ++k) {
      if (k == v.tokens.size() || v.tokens[k].text == "|") {
        cells.push_back({b, k});
        b = k + 1;
      }
    }
    if (cells.size() < 2) return false;
    auto cell_text = [&](size_t c) { return FoldForMatch(v.Text(cells[c])); };
    // A header names its columns.
    int category = -1, nominee = -1, project = -1;
    std::optional<Status> status;
    for (size_t c = 0; c < cells.size(); ++c) {
      std::string h = cell_text(c);
      if (h == "category" || h == "award") category = static_cast<int>(c);
      if (h == "project" || h == "entry" || h == "initiative") project = static_cast<int>(c);
      if (h == "winner" || h == "organisation" || h == "nominee" || h == "trust" ||
          h == "finalist" || h == "highly commended" || h == "shortlisted") {
        nominee = static_cast<int>(c);
        if (h == "winner") status = Status::kWinner;
        if (h == "finalist" || h == "shortlisted") status = Status::kShortlisted;
        if (h == "highly commended") status = Status::kHighlyCommended;
      }
    }
    if (nominee >= 0 && (category >= 0 || project >= 0)) {
      table_ = Table{category, nominee, project, status.value_or(Status::kWinner)};
      table_paragraph_ = paragraphs_[i];
      return true;
    }
    if (!table_) return false;
    const Table& tb = *table_;
    if (static_cast<int>(cells.size()) <= std::max({tb.category, tb.nominee, tb.project}))
      return false;
    NominationFact n;
    n.status =
        paragraphs_[i] == table_paragraph_ || !list_context_ ? tb.status : list_context_->status;
    for (size_t k = 0; k < m.orgs.size(); ++k)
      if (m.org_ids[k] >= 0 && cells[tb.nominee].Contains(m.orgs[k].span.begin)) {
        n.nominee_org = m.org_ids[k];
        break;
      }
    if (n.nominee_org < 0) return true;
    std::string programme = ProgrammeNear(m, 0, i);
    if (programme.empty()) return true;
    n.ceremony = CeremonyFor(programme, YearNear(m, programme));
    n.evidence = m.evidence;
    if (tb.category >= 0) n.category = v.Text(cells[tb.category]);
    if (tb.project >= 0 && cells[tb.project].end > cells[tb.project].begin) {
      ProjectMention p;
      p.span = cells[tb.project];
      p.name = v.Text(p.span);
      n.project = AddProject(p);
    }
    facts_.nominations.push_back(n);
    return true;
  }

  // True when a "developed/run/led by X" phrase comes shortly before
  // position `with`.
  static bool DevelopedBy(const SentenceView& v, size_t with) {
    static const std::set<std::string_view> kVerbs = {
        "developed", "designed",    "created",     "built",    "delivered",   "run",
        "led",       "co-produced", "co-designed", "launched", "established", "set"};
    for (size_t k = with >= 20 ? with - 20 : 0; k + 1 < with; ++k)
      if (kVerbs.contains(v.Lower(k)) && (v.Lower(k + 1) == "by" || v.Lower(k + 1) == "up"))
        return true;
    return false;
  }

  // "the award", "this award", "the category" with no name of its own.
  static bool RefersToAward(const SentenceView& v) {
    for (size_t k = 0; k + 1 < v.tokens.size(); ++k)
      if ((v.Lower(k) == "the" || v.Lower(k) == "this") &&
          (v.Lower(k + 1) == "award" || v.Lower(k + 1) == "category") && !v.Cap(k + 2))
        return true;
    return false;
  }

  static bool SameCategoryPhrase(const SentenceView& v) {
    for (size_t k = 0; k + 2 < v.tokens.size(); ++k)
      if (v.Lower(k) == "same" && (v.Lower(k + 1) == "category" || v.Lower(k + 1) == "award"))
        return true;
    return false;
  }

  // A bullet, or a line that opens with a category ("Hospital Innovation
  // Award: Sheffield Teaching Hospitals ... for its Virtual Fracture Clinic").
  bool IsListItem(const SentenceMentions& m) const {
    if (m.bullet) return true;
    if (m.categories.empty() || m.categories[0].span.begin != 0) return false;
    std::string_view next = m.view->Lower(m.categories[0].span.end);
    return next == ":" || next == "-";
  }

  // The other half of a joint entry: "A and B were awarded", "awarded to A
  // and home care provider B".
  int CoNominee(const SentenceMentions& m, int nominee, const StatusMention& st) const {
    size_t idx = m.orgs.size();
    for (size_t k = 0; k < m.orgs.size(); ++k)
      if (m.org_ids[k] == nominee && (st.nominee_after ? m.orgs[k].span.begin >= st.span.end
                                                       : m.orgs[k].span.end <= st.span.begin))
        idx = k;
    if (idx == m.orgs.size()) return -1;
    const SentenceView& v = *m.view;
    auto joined = [&](size_t from, size_t to) {
      // Only "and" and a short lower-case descriptor between the two names.
      if (to <= from || to - from > 6 || (v.Lower(from) != "and" && v.Lower(from) != "&"))
        return false;
      for (size_t k = from + 1; k < to; ++k)
        if (!v.tokens[k].is_word || v.tokens[k].IsCapitalised()) return false;
      return true;
    };
    if (st.nominee_after) {
      if (idx + 1 < m.orgs.size() && joined(m.orgs[idx].span.end, m.orgs[idx + 1].span.begin))
        return m.org_ids[idx + 1];
    } else {
      if (idx > 0 && joined(m.orgs[idx - 1].span.end, m.orgs[idx].span.begin))
        return m.org_ids[idx - 1];
    }
    return -1;
  }

  // The organisation behind a project named as the subject ("An 'Inclusion
  // School' ... has been nominated"): the first one the sentence names, else
  // the article's main organisation.
  int InferredOwner(const SentenceMentions& m) const {
    for (size_t k = 0; k < m.orgs.size(); ++k)
      if (m.org_ids[k] >= 0 && facts_.orgs[m.org_ids[k]].kind != OrgKind::kPublisher)
        return m.org_ids[k];
    return main_org_;
  }

  // One item of a list under a status line ("The winners were:"): its own
  // organisation, else the nominee of the line that introduced the list.
  void ListItemNomination(SentenceMentions& m, size_t i, const ListContext& context) {
    NominationFact n;
    n.status = context.status;
    size_t org_at = m.view->tokens.size();
    for (size_t k = 0; k < m.orgs.size(); ++k)
      if (m.org_ids[k] >= 0 && facts_.orgs[m.org_ids[k]].kind != OrgKind::kPublisher) {
        n.nominee_org = m.org_ids[k];
        org_at = m.orgs[k].span.begin;
        break;
      }
    // "Nurse of the Year - Jane Doe, ward sister at X": the person first named.
    if (!m.people.empty() && m.people[0].span.begin < org_at) {
      n.nominee_person = m.person_ids[0];
      n.nominee_org = -1;
    }
    // "Award for X: A, B and C", "TriVice, Capri Healthcare and ...": every
    // organisation of the entry, and the entry's own name.
    Entry entry;
    std::string dash_category;
    if (n.nominee_person < 0) {
      const SentenceView& v = *m.view;
      const auto& t = v.tokens;
      size_t from = 0, to = t.size();
      if (!m.categories.empty() && m.categories[0].span.begin == 0) {
        from = m.categories[0].span.end;
        while (from < t.size() && !t[from].is_word) ++from;
      }
      size_t dash = t.size();
      for (size_t k = 1; k + 1 < t.size(); ++k)
        if (t[k].text == "-" && t[k].space_before) {
          dash = k;
          break;
        }
      if (dash < t.size() && IsDashEntry(m)) {
        if (auto c = DashCategory(v, dash + 1)) {
          // "Carers at Work Staff Network - Staff wellbeing initiative of the
          // year": the entry's name, then its category.
          dash_category = v.Text(*c);
          ProjectMention p;
          p.span = {0, dash};
          p.name = v.Text(p.span);
          entry.project = p;
          to = from;  // no organisations named: the context's nominee
        } else if (dash <= 2 && org_at_start(m) < 0) {
          from = dash + 1;  // "North - Zero Suicide Alliance at ...": a region first
        }
      }
      if (to > from) {
        // Under a "Winner:" / "Highly commended:" line, an unknown name is
        // an organisation; elsewhere only known organisations count.
        entry = ParseEntry(m, from, to, pending_entry_sentence_ == i || colon_context_);
        if (!entry.orgs.empty()) n.nominee_org = entry.orgs.front();
      }
    }
    if (n.nominee_org < 0 && n.nominee_person < 0) {
      n.nominee_org = context.nominee_org;
      n.nominee_person = context.nominee_person;
      n.nominee_inferred = true;
    }
    if (n.nominee_org < 0 && n.nominee_person < 0) return;
    std::string programme = ProgrammeNear(m, 0, i);
    if (programme.empty()) return;
    n.evidence = m.evidence;
    n.ceremony = CeremonyFor(programme, YearNear(m, programme));
    if (!m.categories.empty()) n.category = m.categories.front().name;
    if (!dash_category.empty()) n.category = dash_category;
    if (n.category.empty()) n.category = LineCategoryFor(i);
    if (entry.project) {
      n.project = AddProject(*entry.project);
    } else if (!m.projects.empty()) {
      n.project = AddProject(m.projects.front());
    } else if (!m.categories.empty() && m.orgs.empty()) {
      // "Primary Care Innovation of the Year - Same Day Access Hubs": the
      // rest of the line names the entry.
      size_t b = m.categories[0].span.end + 1;
      const auto& t = m.view->tokens;
      size_t e = t.size();
      while (e > b && !t[e - 1].is_word) --e;
      if (e > b && m.view->Cap(b)) {
        ProjectMention p;
        p.span = {b, e};
        p.name = m.view->Text(p.span);
        n.project = AddProject(p);
      }
    }
    size_t first_new = facts_.nominations.size();
    facts_.nominations.push_back(n);
    if (entry.orgs.size() >= 2) AddEntryPartners(entry.orgs, n.project, first_new);
  }

  // A results line "X - Y" on its own, no full stop: "North - Zero Suicide
  // Alliance at the Centre for Perfect Care", "Carers at Work Staff Network
  // - Staff wellbeing initiative of the year".
  bool IsDashEntry(const SentenceMentions& m) const {
    const auto& t = m.view->tokens;
    if (t.size() < 3 || t.size() > 30 || t.back().text == "." || !m.statuses.empty()) return false;
    if (!t[0].IsCapitalised()) return false;
    for (const auto& tok : t)
      if (tok.text == "@") return false;
    // A short label first ("North - ..."), or a category after the dash.
    for (size_t k = 1; k + 1 < t.size() && k < 12; ++k)
      if (t[k].text == "-" && t[k].space_before) return k <= 3 || DashCategory(*m.view, k + 1);
    return false;
  }

  // A category written after a results line's dash, in any case: "Staff
  // wellbeing initiative of the year", "Best use of data award"; the span
  // from `b` to the end, or empty.
  static std::optional<Span> DashCategory(const SentenceView& v, size_t b) {
    const auto& t = v.tokens;
    size_t e = t.size();
    while (e > b && !t[e - 1].is_word) --e;
    if (e <= b + 1 || e - b > 12) return std::nullopt;
    for (size_t k = b; k < e; ++k)
      if (!t[k].is_word && t[k].text != "-" && t[k].text != "'s") return std::nullopt;
    std::string_view last = v.Lower(e - 1);
    bool year = last == "year" && e >= b + 3 && v.Lower(e - 2) == "the" && v.Lower(e - 3) == "of";
    if (!year && last != "award") return std::nullopt;
    return Span{b, e};
  }

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
  Entry ParseEntry(SentenceMentions& m, size_t b, size_t e, bool create_orgs) {
    Entry out;
    const SentenceView& v = *m.view;
    const auto& t = v.tokens;
    // A person's entry is another rule's business.
    for (const auto& p : m.people)
      if (p.span.begin >= b && p.span.begin < e) return out;
    auto org_at = [&](size_t k) -> int {
      for (size_t o = 0; o < m.orgs.size(); ++o)
        if (m.orgs[o].span.Contains(k)) return static_cast<int>(o);
      return -1;
    };
    // "Barts Health Trust and North East London FT - Development of a ...",
    // "The Royal London Hospital, Barts Health NHS Trust: Prediction, ...":
    // organisations, then a colon or dash, then the entry's name whole.
    for (size_t k = b; k < e; ++k) {
      if (org_at(k) >= 0) continue;
      bool dash = (t[k].text == "-" || t[k].text == "\u2013") && t[k].space_before;
      if (t[k].text != ":" && !dash) {
        std::string_view w = t[k].lower;
        if (t[k].text == "," || w == "and" || w == "&" || w == "the" || w == "'s") continue;
        break;
      }
      if (k == b || k + 1 >= e) break;
      Entry head = ParseEntry(m, b, k, create_orgs);
      if (head.orgs.empty() || head.project) break;
      size_t pb = k + 1, pe = e;
      while (pb < pe && !t[pb].is_word) ++pb;
      while (pe > pb && !t[pe - 1].is_word) --pe;
      if (pe > pb) {
        ProjectMention p;
        p.span = {pb, pe};
        p.name = v.Text(p.span);
        head.project = p;
      }
      return head;
    }
    std::vector<Span> items;
    std::vector<bool> quoted;
    std::vector<bool> after_and;  // the item follows a bare "and"
    size_t start = b;
    bool in_quote = false;
    bool pending_and = false;
    auto flush = [&](size_t end, bool q) {
      size_t s0 = start, e0 = end;
      while (s0 < e0 && !t[s0].is_word && !IsQuoteToken(t[s0])) ++s0;
      while (e0 > s0 && !t[e0 - 1].is_word && !IsQuoteToken(t[e0 - 1])) --e0;
      if (e0 > s0) {
        items.push_back({s0, e0});
        quoted.push_back(q);
        after_and.push_back(pending_and);
      }
    };
    int paren = 0;
    for (size_t k = b; k < e; ++k) {
      // "East Cheshire NHS Trust (Estates and Facilities Team)": a bracket
      // says more about the item before it.
      if (t[k].text == "(") {
        if (paren++ == 0) flush(k, false);
        continue;
      }
      if (t[k].text == ")") {
        if (paren > 0 && --paren == 0) start = k + 1;
        continue;
      }
      if (paren > 0) continue;
      if (IsQuoteToken(t[k]) &&
          (in_quote || k == start || (k > b && !t[k - 1].is_word && !IsQuoteToken(t[k - 1])))) {
        if (!in_quote) {
          flush(k, false);
          start = k + 1;
          in_quote = true;
        } else {
          flush(k, true);
          start = k + 1;
          in_quote = false;
          // "'Think which service' winter campaign,": the rest of the item.
          while (start < e && t[start].is_word && !t[start].IsCapitalised()) ++start;
        }
        continue;
      }
      if (in_quote || org_at(k) >= 0) continue;
      std::string_view w = t[k].lower;
      // "Project at the Centre for X": "at" before an organisation.
      size_t after_at = k + 1 + (v.Lower(k + 1) == "the" ? 1 : 0);
      bool at_org = w == "at" && k > b && org_at(after_at) >= 0;
      // ("Improving RAAC management at X Hospital" is one name.)
      for (size_t q = start; q < k && at_org; ++q)
        if (t[q].is_word && !t[q].IsCapitalised() && !t[q].IsAllCaps() && t[q].lower != "and" &&
            t[q].lower != "of" && t[q].lower != "for" && t[q].lower != "the")
          at_org = false;
      bool sep = t[k].text == "," || t[k].text == ";" || w == "and" || w == "&" ||
                 (w == "by" && k > b) || t[k].text == ":" || (w == "-" && t[k].space_before) ||
                 at_org;
      if (!sep) continue;
      flush(k, false);
      pending_and = w == "and" || w == "&";
      start = k + 1;
    }
    flush(e, in_quote);
    if (items.empty()) return out;
    // "Health and Wellbeing Project": two unknown items joined by "and" are
    // one name.
    for (size_t n = items.size(); n-- > 1;) {
      bool org_a = org_at(items[n - 1].begin) >= 0, org_b = org_at(items[n].begin) >= 0;
      if (after_and[n] && !org_a && !org_b && !quoted[n] && !quoted[n - 1]) {
        items[n - 1].end = items[n].end;
        items.erase(items.begin() + static_cast<std::ptrdiff_t>(n));
        quoted.erase(quoted.begin() + static_cast<std::ptrdiff_t>(n));
        after_and.erase(after_and.begin() + static_cast<std::ptrdiff_t>(n));
      }
    }
    // The first name an entry gives is its project.
    auto name_entry = [&](Span span) {
      if (out.project) return;
      ProjectMention p;
      p.span = span;
      p.name = v.Text(span);
      out.project = p;
    };
    for (size_t n = 0; n < items.size(); ++n) {
      Span it = items[n];
      if (v.Lower(it.begin) == "the" && it.end > it.begin + 1) ++it.begin;
      int o = org_at(it.begin);
      // "the Centre for Perfect Care in Merseyside": a place after the name.
      bool place_after = o >= 0 && m.orgs[o].span.end < it.end &&
                         v.Lower(m.orgs[o].span.end) == "in" && m.orgs[o].span.end + 3 >= it.end;
      bool whole_org = o >= 0 && (m.orgs[o].span.end >= it.end || place_after) && m.org_ids[o] >= 0;
      if (quoted[n]) {
        name_entry(it);
        continue;
      }
      if (whole_org) {
        if (facts_.orgs[m.org_ids[o]].kind != OrgKind::kPublisher) out.orgs.push_back(m.org_ids[o]);
        continue;
      }
      // The entry's name: the first item when others follow ("The ESBT
      // partners:" names the entry "ESBT").
      if (n == 0 && items.size() > 1 && !out.project) {
        while (it.end > it.begin + 1 &&
               (v.Lower(it.end - 1) == "partners" || v.Lower(it.end - 1) == "partnership"))
          --it.end;
        if (v.Cap(it.begin) || IsCoinedWordToken(t[it.begin])) name_entry(it);
        continue;
      }
      // An organisation no rule knows: capitalised words, an initialism or
      // a coined name, at most five words, nothing lower case but links.
      bool name_like = it.end - it.begin <= 5;
      bool any_cap = false;
      for (size_t k = it.begin; k < it.end && name_like; ++k) {
        if (!t[k].is_word) {
          name_like = t[k].text == "'s" || t[k].text == "-" || t[k].text == "'";
          continue;
        }
        bool cap = t[k].IsCapitalised() || t[k].IsAllCaps() || IsCoinedWordToken(t[k]);
        any_cap |= cap;
        if (!cap &&
            !(t[k].lower == "of" || t[k].lower == "for" || (k > it.begin && k + 1 < it.end)))
          name_like = false;
        if (IsCity(t[k].text) && it.end - it.begin == 1) name_like = false;
        if (MonthNumber(t[k].text) != 0) name_like = false;
      }
      if (!name_like || !any_cap || o >= 0 || !create_orgs) continue;
      // "Winner: Serenity Integrated Mentoring" where the article speaks of
      // "the Serenity Integrated Mentoring (SIM) project": a project.
      if (CalledAProject(v.Text(it))) {
        name_entry(it);
        continue;
      }
      OrgMention om;
      om.span = it;
      om.surface = om.name = v.Text(it);
      om.kind = CompanyLike(om.name) ? OrgKind::kCompany : OrgKind::kOther;
      int id = AddOrg(om);
      m.orgs.push_back(om);
      m.org_ids.push_back(id);
      m.org_spans.push_back(it);
      out.orgs.push_back(id);
    }
    // "The Royal London Hospital, Barts Health NHS Trust": the trust enters.
    bool any_body = std::any_of(out.orgs.begin(), out.orgs.end(),
                                [&](int o) { return !IsHospitalName(facts_.orgs[o]); });
    if (any_body) std::erase_if(out.orgs, [&](int o) { return IsHospitalName(facts_.orgs[o]); });
    // No organisation at all: the lone item is not a name either.
    if (out.orgs.empty()) out.project.reset();
    return out;
  }

  // True when the article writes `name` followed by a project head
  // ("programme", "project", "scheme"), perhaps after a bracketed acronym.
  bool CalledAProject(const std::string& name) const {
    const std::string& text = doc_.text;
    for (size_t pos = text.find(name); pos != std::string::npos; pos = text.find(name, pos + 1)) {
      auto toks = Tokenize(std::string_view(text).substr(pos + name.size(), 40));
      size_t k = 0;
      if (k < toks.size() && toks[k].text == "(") {
        while (k < toks.size() && toks[k].text != ")") ++k;
        ++k;
      }
      if (k < toks.size() && toks[k].is_word && IsProjectHead(toks[k].lower)) return true;
    }
    return false;
  }

  // The organisation a sentence opens with, or -1.
  static int org_at_start(const SentenceMentions& m) {
    for (size_t k = 0; k < m.orgs.size(); ++k)
      if (m.orgs[k].span.begin == 0) return m.org_ids[k];
    return -1;
  }

  static bool IsQuoteToken(const Token& t) {
    return !t.is_word && (t.text == "'" || t.text == "\"");
  }

  // "eConsult", "TriVice": a mixed-case word no dictionary has.
  static bool IsCoinedWordToken(const Token& t) {
    if (!t.is_word || t.text.size() < 3) return false;
    int upper = 0;
    for (size_t k = 1; k < t.text.size(); ++k)
      if (std::isupper(static_cast<unsigned char>(t.text[k]))) ++upper;
    return upper > 0 && std::islower(static_cast<unsigned char>(t.text[1]));
  }

  static bool CompanyLike(std::string_view name) {
    std::string lower = FoldForMatch(name);
    for (std::string_view w :
         {" ltd", " limited", " plc", " llp", " uk", " group", " consult", " design", " architects",
          " healthcare", " technologies", " solutions", " systems", " software", " digital"})
      if (lower.size() > w.size() && lower.compare(lower.size() - w.size(), w.size(), w) == 0)
        return true;
    return false;
  }

  // The co-nominees of one entry: each is a nominee of the nominations just
  // added (from `first_new`), works with every other, and on its project.
  void AddEntryPartners(const std::vector<int>& orgs, int project, size_t first_new) {
    size_t count = facts_.nominations.size();
    for (size_t k = first_new; k < count; ++k)
      for (size_t o = 1; o < orgs.size(); ++o) {
        if (orgs[o] == orgs[0]) continue;
        NominationFact other = facts_.nominations[k];
        other.nominee_org = orgs[o];
        facts_.nominations.push_back(other);
      }
    for (size_t a = 0; a < orgs.size(); ++a) {
      if (project >= 0) facts_.projects[project].orgs.insert(orgs[a]);
      for (size_t b = a + 1; b < orgs.size(); ++b)
        if (orgs[a] != orgs[b]) facts_.collaborations.push_back({orgs[a], orgs[b], project, ""});
    }
  }

  // A line of its own that names a category with results under it: "Best
  // Technology Innovation", "Award for Patient Safety", "Working in
  // partnership award", "The Excellence in Mental Health Care Award,
  // sponsored by Wesleyan". Empty when sentence i is no such line.
  std::string LineCategory(size_t i) const {
    const SentenceMentions& m = mentions_[i];
    const SentenceView& v = *m.view;
    const auto& t = v.tokens;
    if (t.empty() || t.size() > 18 || !m.statuses.empty() || !m.people.empty() || m.bullet)
      return {};
    if (!t.back().is_word && t.back().text != ")") return {};
    // ", sponsored by X" ends the name.
    size_t e = t.size();
    for (size_t k = 1; k + 1 < t.size(); ++k)
      if (t[k].text == "," && (t[k + 1].lower == "sponsored" || t[k + 1].lower == "supported")) {
        e = k;
        break;
      }
    for (size_t k = 0; k < e; ++k)
      if (t[k].lower == "said" || t[k].lower == "is" || t[k].lower == "are" ||
          t[k].lower == "was" || t[k].lower == "were" || t[k].lower == "has")
        return {};
    for (const auto& o : m.orgs)
      if (o.span.begin < e) return {};
    if (!t[0].IsCapitalised() && !t[0].IsAllCaps()) return {};
    // "Carers at Work Staff Network - Staff wellbeing initiative of the
    // year" is an entry, not a heading.
    for (size_t k = 1; k < e; ++k)
      if (t[k].text == "-" && t[k].space_before) return {};
    size_t last = e;
    while (last > 0 && !t[last - 1].is_word) --last;
    if (last == 0) return {};
    // Skip a trailing bracket: "Best Healthcare Software (process, ...)".
    size_t word_end = e;
    for (size_t k = 0; k < e; ++k)
      if (t[k].text == "(") {
        word_end = k;
        break;
      }
    std::string_view first = t[0].lower, end_word = v.Lower(word_end - 1);
    bool award_end = end_word == "award";
    bool year_end = end_word == "year" && word_end >= 3 && v.Lower(word_end - 2) == "the" &&
                    v.Lower(word_end - 3) == "of";
    bool award_for = t[0].text == "Award" && v.Lower(1) == "for";
    bool best = first == "best" || first == "most" || first == "excellence";
    if (!award_end && !year_end && !award_for && !best) return {};
    if (word_end < 2) return {};
    // Results must follow: a status line or a list within four sentences.
    bool results = false;
    for (size_t k = i + 1; k < mentions_.size() && k <= i + 4 && !results; ++k) {
      const auto& next = mentions_[k];
      if (!next.statuses.empty() && next.statuses[0].span.begin <= 1) results = true;
      if (next.bullet || IsDashEntry(next)) results = true;
    }
    if (!results) return {};
    return v.Text({0, e});
  }

  // The line category in force at sentence i: the last one within twelve
  // sentences before it.
  std::string LineCategoryFor(size_t i) const {
    if (line_category_.empty() || i <= line_category_sentence_ || i > line_category_sentence_ + 12)
      return {};
    return line_category_;
  }

  // Drops a vague nomination when a specific one says the same and more.
  void MergeNominations() {
    auto& noms = facts_.nominations;
    std::vector<bool> drop(noms.size(), false);
    for (size_t a = 0; a < noms.size(); ++a) {
      for (size_t b = 0; b < noms.size(); ++b) {
        if (a == b || drop[b] || drop[a]) continue;
        NominationFact& x = noms[a];
        NominationFact& y = noms[b];
        if (x.ceremony != y.ceremony || !SameStatusClass(x.status, y.status)) continue;
        bool same_nominee = x.nominee_org == y.nominee_org && x.nominee_person == y.nominee_person;
        // An inferred nominee gives way to a named one in the same category
        // or for the same project.
        if (x.nominee_inferred && !y.nominee_inferred && !same_nominee &&
            ((!x.category.empty() && NameKey(x.category) == NameKey(y.category)) ||
             (x.project >= 0 && x.project == y.project))) {
          if (y.project < 0) y.project = x.project;
          if (y.category.empty()) y.category = x.category;
          drop[a] = true;
          continue;
        }
        if (!same_nominee) continue;
        // "won Acute Innovation of the Year" + "collected the award ... for
        // SPOT-Kids": one entry told in two sentences.
        if (x.status == y.status && x.category.empty() && x.project >= 0 && !y.category.empty() &&
            y.project < 0) {
          y.project = x.project;
          drop[a] = true;
          continue;
        }
        bool x_vague = x.category.empty() && x.project < 0;
        bool y_more = !y.category.empty() || y.project >= 0;
        // A summary before the details ("X is up for four awards"), or the
        // same status again later, says nothing new; a vague entry after a
        // specific one with another status is another entry ("along with").
        if (x_vague && y_more && (a < b || x.status == y.status)) {
          drop[a] = true;
          continue;
        }
        // Same facts twice (two sentences about one entry).
        bool same = NameKey(x.category) == NameKey(y.category) && x.project == y.project;
        bool x_sub = (x.category.empty() || NameKey(x.category) == NameKey(y.category)) &&
                     (x.project < 0 || x.project == y.project);
        if ((same && a > b) || (!same && x_sub && x.status == y.status)) drop[a] = true;
      }
    }
    std::vector<NominationFact> kept;
    for (size_t k = 0; k < noms.size(); ++k)
      if (!drop[k]) kept.push_back(noms[k]);
    noms = std::move(kept);
  }

  // ------------------------------------------------------------ partners

  // "The two trusts worked in partnership on ...": the organisations the
  // previous sentence (within two) named, when that sentence named two or more.
  std::vector<int> PartnersReferredBack(const SentenceMentions& m) const {
    const SentenceView& v = *m.view;
    bool refers = false;
    static const std::set<std::string_view> kGroups = {
        "trusts", "organisations", "organizations", "partners", "teams", "boards", "bodies"};
    for (size_t k = 0; k + 1 < v.tokens.size(); ++k) {
      std::string_view w = v.Lower(k);
      if ((w == "two" || w == "three" || w == "both" || w == "all") &&
          kGroups.contains(v.Lower(k + 1)))
        refers = true;
      if (w == "the" && v.Lower(k + 1) == "partners") refers = true;
    }
    if (!refers) return {};
    size_t index = static_cast<size_t>(&m - mentions_.data());
    for (size_t back = 1; back <= 2 && back <= index; ++back) {
      const SentenceMentions& prev = mentions_[index - back];
      std::vector<int> ids;
      for (size_t k = 0; k < prev.orgs.size(); ++k) {
        int id = prev.org_ids[k];
        if (id >= 0 && facts_.orgs[id].kind != OrgKind::kPublisher &&
            std::find(ids.begin(), ids.end(), id) == ids.end())
          ids.push_back(id);
      }
      if (ids.size() >= 2) return ids;
    }
    return {};
  }

  void ExtractCollaborations(SentenceMentions& m) {
    const SentenceView& v = *m.view;
    const auto& t = v.tokens;
    size_t cue = t.size();
    bool between = false;
    for (size_t k = 0; k + 1 < t.size(); ++k) {
      std::string_view w = t[k].lower, n = v.Lower(k + 1);
      if ((w == "partnership" || w == "collaboration" || w == "conjunction") && n == "with")
        cue = k;
      if ((w == "partnered" || w == "collaborated" || w == "collaborating" || w == "partnering" ||
           w == "teamed" || w == "working" || w == "worked" || w == "work" || w == "works" ||
           w == "developed" || w == "built" || w == "runs" || w == "run" || w == "delivered" ||
           w == "designed" || w == "created" || w == "co-produced" || w == "co-designed" ||
           w == "launched" || w == "jointly")) {
        size_t q = k + 1;
        if (v.Lower(q) == "up" || v.Lower(q) == "closely" || v.Lower(q) == "together") ++q;
        if (v.Lower(q) == "with" || v.Lower(q) == "alongside") cue = k;
      }
      if ((w == "partnership" || w == "collaboration") && n == "between") cue = k, between = true;
      if ((w == "together" && n == "with") || w == "alongside") cue = k;
      // "The two trusts worked in partnership on ...", "worked together".
      if ((w == "worked" || w == "work" || w == "working" || w == "works" || w == "collaborated" ||
           w == "partnered") &&
          (n == "together" ||
           (n == "in" && (v.Lower(k + 2) == "partnership" || v.Lower(k + 2) == "collaboration"))))
        cue = k;
      // "developed by UHBW with researchers at the University of Bristol".
      if (w == "with" && DevelopedBy(v, k)) cue = k;
      if (w == "jointly" || w == "co-developed" || w == "co-designed") cue = k, between = true;
      // "run by A and B, and supported by C": everyone listed works together.
      if ((w == "run" || w == "led" || w == "supported" || w == "delivered" || w == "developed") &&
          n == "by")
        cue = k, between = true;
      // "partner organisations including A, B and C".
      if ((w == "partners" || w == "organisations" || w == "partner") &&
          (n == "including" || n == "include" || n == "includes" || n == ":"))
        cue = k, between = true;
      if (cue != t.size()) break;
    }
    if (cue == t.size()) return;
    std::vector<int> before, after;
    for (size_t k = 0; k < m.orgs.size(); ++k) {
      int id = m.org_ids[k];
      if (id < 0 || facts_.orgs[id].kind == OrgKind::kPublisher) continue;
      (m.orgs[k].span.begin < cue ? before : after).push_back(id);
    }
    std::vector<std::pair<int, int>> pairs;
    std::vector<int> group;
    if (before.size() + after.size() < 2) group = PartnersReferredBack(m);
    if (!group.empty()) {
      for (size_t a = 0; a < group.size(); ++a)
        for (size_t b = a + 1; b < group.size(); ++b) pairs.emplace_back(group[a], group[b]);
    } else if (between) {
      for (size_t a = 0; a < after.size(); ++a)
        for (size_t b = a + 1; b < after.size(); ++b) pairs.emplace_back(after[a], after[b]);
      if (after.size() == 1 && !before.empty()) pairs.emplace_back(before.back(), after[0]);
    } else {
      if (before.empty() && main_org_ >= 0) before.push_back(main_org_);
      if (!before.empty())
        for (int b : after) pairs.emplace_back(before.back(), b);
      // "in partnership with A, B and C": the partners listed work with one
      // another too.
      for (size_t a = 0; a < after.size(); ++a)
        for (size_t b = a + 1; b < after.size(); ++b) pairs.emplace_back(after[a], after[b]);
    }
    int project = -1;
    for (const auto& p : m.projects) {
      project = AddProject(p);
      break;
    }
    if (project < 0) project = KnownProjectIn(v.text);
    for (auto [a, b] : pairs) {
      if (a == b) continue;
      facts_.collaborations.push_back({a, b, project, m.evidence});
      if (project >= 0) {
        facts_.projects[project].orgs.insert(a);
        facts_.projects[project].orgs.insert(b);
      }
    }
  }

  // A project named earlier in the article and mentioned again here.
  int KnownProjectIn(const std::string& sentence) const {
    std::string folded = FoldPunctuation(sentence);
    for (int p = 0; p < static_cast<int>(facts_.projects.size()); ++p) {
      std::vector<std::string> names = {facts_.projects[p].name};
      names.insert(names.end(), facts_.projects[p].aliases.begin(),
                   facts_.projects[p].aliases.end());
      for (const auto& n : names) {
        if (n.size() < 4) continue;
        size_t pos = folded.find(FoldPunctuation(n));
        if (pos == std::string::npos) continue;
        size_t end = pos + n.size();
        bool whole =
            (pos == 0 || !std::isalnum(static_cast<unsigned char>(folded[pos - 1]))) &&
            (end >= folded.size() || !std::isalnum(static_cast<unsigned char>(folded[end])));
        if (whole) return p;
      }
    }
    return -1;
  }

  void LinkProjectsAndPartners() {
    // Joint entries: "Auralis and MWL were awarded gold ... for TheatreFlow".
    for (const auto& [a, b, project] : joint_entries_) {
      if (a == b) continue;
      facts_.collaborations.push_back({a, b, project, ""});
      if (project >= 0) {
        facts_.projects[project].orgs.insert(a);
        facts_.projects[project].orgs.insert(b);
      }
    }
    for (const auto& n : facts_.nominations)
      if (n.project >= 0 && n.nominee_org >= 0)
        facts_.projects[n.project].orgs.insert(n.nominee_org);
    // A company named in the sentence of a nominated project works on it
    // ("the PreCiSSIon programme, which uses a digital solution, Cemplicity").
    for (const auto& n : facts_.nominations) {
      if (n.project < 0 || n.nominee_org < 0) continue;
      for (const auto& m : mentions_) {
        if (m.evidence != n.evidence) continue;
        for (size_t k = 0; k < m.orgs.size(); ++k) {
          int id = m.org_ids[k];
          if (id >= 0 && id != n.nominee_org && facts_.orgs[id].kind == OrgKind::kCompany) {
            facts_.projects[n.project].orgs.insert(id);
          }
        }
      }
    }
    // Organisations sharing a project collaborate.
    for (int p = 0; p < static_cast<int>(facts_.projects.size()); ++p) {
      std::vector<int> orgs(facts_.projects[p].orgs.begin(), facts_.projects[p].orgs.end());
      for (size_t a = 0; a < orgs.size(); ++a)
        for (size_t b = a + 1; b < orgs.size(); ++b) {
          bool known = false;
          for (const auto& c : facts_.collaborations)
            if ((c.a == orgs[a] && c.b == orgs[b]) || (c.a == orgs[b] && c.b == orgs[a]))
              known = true;
          if (!known) facts_.collaborations.push_back({orgs[a], orgs[b], p, ""});
        }
    }
  }

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
  ArticleFacts facts_;
};

}  // namespace

ArticleFacts ExtractArticle(const Document& doc, const OdsGazetteer& ods) {
  return Extractor(doc, ods).Run();
}

}  // namespace awardgraph::loaders
