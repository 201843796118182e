#include "loaders/extract/ods_gazetteer.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "loaders/extract/ods_data.h"
#include "loaders/extract/text_util.h"

namespace awardgraph::loaders {
namespace {

// Words any trust name may carry or drop without naming another trust.
const std::set<std::string, std::less<>>& GenericTrustWords() {
  static const std::set<std::string, std::less<>> kWords = {
      "nhs",      "foundation", "trust",   "hospitals", "hospital", "university",
      "teaching", "healthcare", "health",  "care",      "services", "the",
      "and",      "of",         "general", "acute"};
  return kWords;
}

const std::set<std::string, std::less<>>& IcbFrameWords() {
  static const std::set<std::string, std::less<>> kWords = {"nhs", "integrated", "care", "board",
                                                            "icb", "and",        "the",  "of"};
  return kWords;
}

std::set<std::string> WordsWithout(std::string_view name,
                                   const std::set<std::string, std::less<>>& drop) {
  std::set<std::string> out;
  for (auto& w : SplitWords(NameKey(name)))
    if (!drop.contains(w)) out.insert(w);
  return out;
}

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string line(text.substr(pos, nl - pos));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty()) lines.push_back(std::move(line));
    pos = nl + 1;
  }
  return lines;
}

}  // namespace

std::vector<std::string> SplitCsvRecord(std::string_view line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

OdsGazetteer OdsGazetteer::FromCsv(std::string_view trusts_csv, std::string_view icbs_csv) {
  OdsGazetteer g;
  auto trust_lines = Lines(trusts_csv);
  for (size_t i = 1; i < trust_lines.size(); ++i) {
    auto f = SplitCsvRecord(trust_lines[i]);
    if (f.size() < 7) continue;
    OdsOrg o;
    o.code = f[0];
    o.name = TitleCaseOds(f[1]);
    o.region_code = f[2];
    o.icb_code = f[3] == "Q99" ? "" : f[3];
    o.closed = !f[6].empty();
    g.orgs_.push_back(std::move(o));
  }
  auto icb_lines = Lines(icbs_csv);
  for (size_t i = 1; i < icb_lines.size(); ++i) {
    auto f = SplitCsvRecord(icb_lines[i]);
    if (f.size() < 4) continue;
    OdsOrg o;
    o.code = f[0];
    o.gss_code = f[1];
    o.name = TitleCaseOds(f[2]);
    o.region_code = f[3];
    o.is_icb = true;
    g.orgs_.push_back(std::move(o));
  }
  g.Index();
  return g;
}

void OdsGazetteer::Index() {
  for (size_t i = 0; i < orgs_.size(); ++i) by_code_[orgs_[i].code] = i;
  for (const auto& o : orgs_) {
    if (o.is_icb || o.closed) continue;
    for (std::string_view suffix : {" NHS Foundation Trust", " NHS Trust"}) {
      if (o.name.size() > suffix.size() &&
          o.name.compare(o.name.size() - suffix.size(), suffix.size(), suffix) == 0) {
        std::string short_form = o.name.substr(0, o.name.size() - suffix.size());
        if (SplitWords(short_form).size() >= 2) short_forms_.emplace_back(short_form, &o);
        // "Clatterbridge Cancer Centre" for "The Clatterbridge Cancer Centre".
        if (short_form.rfind("The ", 0) == 0 && SplitWords(short_form).size() >= 3)
          short_forms_.emplace_back(short_form.substr(4), &o);
        // "Great Ormond Street Hospital" for "... Hospital for Children".
        if (size_t f = short_form.find(" for "); f != std::string::npos) {
          std::string before = short_form.substr(0, f);
          if (SplitWords(before).size() >= 3) short_forms_.emplace_back(before, &o);
        }
      }
    }
  }
  // ICB initials, both with hyphenated words as one ("SOT") and split
  // ("SSOT"); an initialism two ICBs share is dropped.
  std::map<std::string, int> counts;
  std::vector<std::pair<std::string, size_t>> initials;
  for (size_t i = 0; i < orgs_.size(); ++i) {
    if (!orgs_[i].is_icb) continue;
    std::string whole, split;
    for (const auto& w : SplitWords(NameKey(orgs_[i].name))) {
      if (IcbFrameWords().contains(w)) continue;
      whole += static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
      size_t start = 0;
      while (start < w.size()) {
        split += static_cast<char>(std::toupper(static_cast<unsigned char>(w[start])));
        size_t dash = w.find('-', start);
        if (dash == std::string::npos) break;
        start = dash + 1;
      }
    }
    for (const auto& code : std::set<std::string>{whole, split}) {
      if (code.size() < 3) continue;
      counts[code]++;
      initials.emplace_back(code, i);
    }
  }
  for (const auto& [code, index] : initials)
    if (counts[code] == 1) icb_initials_[code] = index;
  // Trust initialisms: "University Hospitals of Leicester NHS Trust" gives
  // UHLT and UHL; "Yorkshire Ambulance Service NHS Trust" YAST and YAS.
  std::map<std::string, int> trust_counts;
  std::vector<std::pair<std::string, size_t>> trust_codes;
  for (size_t i = 0; i < orgs_.size(); ++i) {
    if (orgs_[i].is_icb || orgs_[i].closed) continue;
    std::string all;
    for (const auto& w : SplitWords(NameKey(orgs_[i].name)))
      if (w != "and" && w != "of" && w != "the" && w != "nhs")
        all += static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
    std::set<std::string> variants = {all};
    for (std::string_view tail : {"FT", "T"})
      if (all.size() > tail.size() && all.compare(all.size() - tail.size(), tail.size(), tail) == 0)
        variants.insert(all.substr(0, all.size() - tail.size()));
    for (const auto& v : variants) {
      if (v.size() < 3) continue;
      trust_counts[v]++;
      trust_codes.emplace_back(v, i);
    }
  }
  for (const auto& [code, index] : trust_codes)
    if (trust_counts[code] == 1 && !icb_initials_.contains(code)) trust_initials_[code] = index;
  std::sort(short_forms_.begin(), short_forms_.end(),
            [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
}

const OdsGazetteer& OdsGazetteer::Default() {
  static const OdsGazetteer kDefault = FromCsv(kOdsTrustsCsv, kOdsIcbsCsv);
  return kDefault;
}

const OdsOrg* OdsGazetteer::ByCode(std::string_view code) const {
  auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : &orgs_[it->second];
}

const OdsOrg* OdsGazetteer::LinkTrust(std::string_view mention) const {
  std::string key = NameKey(mention);
  auto strip_nhs = [](const std::string& k) {
    std::string out;
    for (auto& w : SplitWords(k))
      if (w != "nhs") out += (out.empty() ? "" : " ") + w;
    return out;
  };
  std::string bare = strip_nhs(key);
  // 1. The same words but for "NHS".
  for (const auto& o : orgs_)
    if (!o.is_icb && !o.closed && strip_nhs(NameKey(o.name)) == bare) return &o;
  // 2. The same distinctive words; ties broken by shared generic words.
  auto distinctive = WordsWithout(mention, GenericTrustWords());
  if (distinctive.empty()) return nullptr;
  auto all_words = SplitWords(bare);
  const OdsOrg* best = nullptr;
  int best_score = -1;
  bool tie = false;
  for (const auto& o : orgs_) {
    if (o.is_icb) continue;
    if (WordsWithout(o.name, GenericTrustWords()) != distinctive) continue;
    // Every word the article wrote must be in the name: "Mid Cheshire
    // Foundation Trust" fits Mid Cheshire Hospitals NHS Foundation Trust,
    // "Lancashire Care" does not fit Lancashire Teaching Hospitals.
    auto name_words = SplitWords(NameKey(o.name));
    bool covered = std::all_of(all_words.begin(), all_words.end(), [&](const std::string& w) {
      return w == "the" || std::find(name_words.begin(), name_words.end(), w) != name_words.end();
    });
    if (!covered) continue;
    int score = o.closed ? -10 : 0;
    auto words = SplitWords(NameKey(o.name));
    for (auto& w : all_words)
      if (std::find(words.begin(), words.end(), w) != words.end()) ++score;
    if (score > best_score) {
      best = &o;
      best_score = score;
      tie = false;
    } else if (score == best_score) {
      tie = true;
    }
  }
  return tie ? nullptr : best;
}

const OdsOrg* OdsGazetteer::LinkTrustInitials(std::string_view acronym) const {
  std::string upper;
  for (char c : acronym) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  auto it = trust_initials_.find(upper);
  return it == trust_initials_.end() ? nullptr : &orgs_[it->second];
}

const OdsOrg* OdsGazetteer::LinkIcb(std::string_view place) const {
  auto words = WordsWithout(place, IcbFrameWords());
  if (words.empty()) return nullptr;
  for (const auto& o : orgs_)
    if (o.is_icb && WordsWithout(o.name, IcbFrameWords()) == words) return &o;
  // Initials news uses for ICB footprints: "LLR", "BLMK", "SSOT", "NENC".
  if (words.size() == 1) {
    std::string upper;
    for (char c : std::string(SquashSpaces(place)))
      upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    auto it = icb_initials_.find(upper);
    if (it != icb_initials_.end()) return &orgs_[it->second];
  }
  return nullptr;
}

}  // namespace awardgraph::loaders
