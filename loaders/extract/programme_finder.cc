#include "loaders/extract/programme_finder.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "loaders/extract/finder_helpers.h"
#include "loaders/extract/lexicon.h"
#include "loaders/extract/text_util.h"

namespace awardgraph::loaders {

// ---------------------------------------------------------------- programmes

std::vector<ProgrammeMention> FindProgrammes(const SentenceView& s,
                                             const std::vector<std::string>& known) {
  std::vector<ProgrammeMention> out;
  const auto& t = s.tokens;
  for (size_t i = 0; i < t.size(); ++i) {
    bool plural = t[i].lower == "awards";
    bool singular = t[i].lower == "award" && t[i].IsCapitalised();
    if (!plural && !singular) continue;
    // Scan left over capitalised words, small connectors and bracketed
    // expansions ("HSJ (Health Service Journal) Digital Awards").
    std::vector<size_t> words;
    int year = 0;
    size_t b = i;
    while (b > 0) {
      const Token& w = t[b - 1];
      if (w.text == ")") {
        size_t open = b - 1;
        while (open > 0 && t[open].text != "(" && b - open < 8) --open;
        if (t[open].text != "(") break;
        b = open;
        continue;
      }
      // "the 2024 National Palliative Care Awards": "National" opens the
      // name though it may open a clause too.
      bool scope_word = (w.text == "National" || w.text == "Regional") && !words.empty();
      if (w.is_word && (w.IsCapitalised() || w.IsAllCaps()) &&
          (!IsFunctionWordCap(w.text) || scope_word)) {
        words.push_back(b - 1);
        --b;
        continue;
      }
      // "Queen's Nurse Awards", but not "the UK's Advancing Healthcare Awards".
      if (w.text == "'s" && b >= 2 && t[b - 2].IsCapitalised() && !t[b - 2].IsAllCaps() &&
          !IsCity(t[b - 2].text) && t[b - 2].text != "Britain" && t[b - 2].text != "England" &&
          t[b - 2].text != "Wales" && t[b - 2].text != "Scotland" && t[b - 2].text != "Ireland") {
        words.push_back(b - 1);
        --b;
        continue;
      }
      if (w.is_word &&
          (w.lower == "a" || w.lower == "of" || w.lower == "and" || w.lower == "&" ||
           w.lower == "the" || w.lower == "in" || w.lower == "for") &&
          b >= 2 && t[b - 2].IsCapitalised() && !IsFunctionWordCap(t[b - 2].text)) {
        words.push_back(b - 1);
        --b;
        continue;
      }
      break;
    }
    if (b > 0) IsYear(t[b - 1], &year);
    if (i + 1 < t.size()) IsYear(t[i + 1], &year);
    if (words.empty()) continue;
    std::reverse(words.begin(), words.end());
    std::string name;
    for (size_t k : words) {
      if (!name.empty() && t[k].space_before) name += ' ';
      name += t[k].text;
    }
    // A bracketed expansion leaves "HSJ  Digital": squash spaces.
    name = SquashSpaces(name);
    std::string folded = " " + name + " ";
    size_t pos = folded.find(" Health Service Journal ");
    if (pos != std::string::npos) folded.replace(pos, 24, " HSJ ");
    name = SquashSpaces(folded);
    bool shouting = t[i].text == "AWARDS";
    if (shouting) name = TitleCaseOds(name);  // "PATIENT EXPERIENCE NATIONAL AWARDS"
    // Lower-case "awards" needs more than a publisher's name before it.
    std::string key = FoldForMatch(name);
    bool only_publisher = key == "hsj" || key == "nhs" || key == "bmj" || key == "nursing times";
    if (only_publisher && !t[i].IsCapitalised()) continue;
    // "top UK awards": one short word before lower-case "awards" names no
    // programme.
    if (!t[i].IsCapitalised() && words.size() == 1 && t[words[0]].text.size() <= 2) continue;
    if (singular) {
      std::string as_programme = name + " Awards";
      bool is_known = std::any_of(known.begin(), known.end(), [&](const std::string& k) {
        return FoldForMatch(k) == FoldForMatch(as_programme);
      });
      if (!is_known) continue;
    }
    ProgrammeMention m;
    m.span = {words.front(), i + 1};
    if (shouting) {
      std::string key = FoldForMatch(name);
      if (key == "hsj" || key.rfind("hsj ", 0) == 0) name = "HSJ" + name.substr(3);
    }
    m.name = name + " Awards";
    // "Allied Health Professional (AHP) awards", "British Medical Awards
    // (BMJ)": the article names the programme by the acronym it defines.
    auto acronym_at = [&](size_t open) -> std::string {
      if (open + 2 < t.size() && t[open].text == "(" && t[open + 1].IsAllCaps() &&
          t[open + 2].text == ")")
        return t[open + 1].text;
      return {};
    };
    std::string acr = i >= 3 ? acronym_at(i - 3) : "";
    if (acr.empty()) acr = acronym_at(i + 1);
    if (!acr.empty() && acr != "HSJ" && acr != "NHS") m.name = acr + " Awards";
    // "NHS70 Parliamentary Awards": an anniversary number glued to a word.
    std::string unglued;
    for (const auto& w : SplitWords(m.name)) {
      std::string x = w;
      while (x.size() > 2 && std::isdigit(static_cast<unsigned char>(x.back())) &&
             std::isalpha(static_cast<unsigned char>(x[0])))
        x.pop_back();
      unglued += (unglued.empty() ? "" : " ") + x;
    }
    m.name = unglued;
    m.year = year;
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace awardgraph::loaders
