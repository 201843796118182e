#include "loaders/extract/status_finder.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "loaders/extract/finder_helpers.h"
#include "loaders/extract/lexicon.h"
#include "loaders/extract/text_util.h"

namespace awardgraph::loaders {

// ---------------------------------------------------------------- statuses

namespace {
// "trust of the year" within `n` words from b.
bool OfTheYearWithin(const SentenceView& s, size_t b, size_t n) {
  for (size_t k = b + 2; k < s.tokens.size() && k < b + n; ++k)
    if (s.Lower(k) == "year" && s.Lower(k - 1) == "the" && s.Lower(k - 2) == "of") return true;
  return false;
}
}  // namespace

std::vector<StatusMention> FindStatuses(const SentenceView& s) {
  std::vector<StatusMention> out;
  const auto& t = s.tokens;
  auto medal = [&](size_t from, size_t to) -> std::optional<Status> {
    for (size_t k = from; k < to && k < t.size(); ++k) {
      if (t[k].lower == "gold") return Status::kGold;
      if (t[k].lower == "silver") return Status::kSilver;
      if (t[k].lower == "bronze") return Status::kBronze;
    }
    return std::nullopt;
  };
  // A hope, a chance or a denial within `window` words before position i.
  auto hedged = [&](size_t i, size_t window = 3) {
    for (size_t k = i >= window ? i - window : 0; k < i; ++k) {
      const std::string& w = t[k].lower;
      if (w == "not" || w == "never" || w == "n't" || w == "failed" || w == "could" || w == "may" ||
          w == "might" || w == "hope" || w == "hoping" || w == "hopes" || w == "chance" ||
          w == "bid" || w == "vie" || w == "vying" || w == "compete" || w == "competing" ||
          w == "if" || w == "whether" || w == "will")
        return true;
    }
    return i > 0 && t[i - 1].lower == "to";
  };
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string& w = t[i].lower;
    StatusMention m;
    m.span = {i, i + 1};
    if (w == "highly" && s.Lower(i + 1) == "commended") {
      m.status = Status::kHighlyCommended;
      m.span.end = i + 2;
    } else if (w == "high" && s.Lower(i + 1) == "commendation") {
      m.status = Status::kHighlyCommended;
      m.span.end = i + 2;
    } else if (w == "commended" || w == "commendation") {
      m.status = Status::kHighlyCommended;
    } else if (w == "shortlisted" || w == "short-listed" || w == "shortlist" || w == "finalist" ||
               w == "finalists" || w == "runner-up" || w == "runners-up") {
      // "seeing off 11 other finalists", "The region had 19 finalists": others.
      if (w == "finalists" && i > 0 &&
          (t[i - 1].IsNumber() || t[i - 1].lower == "other" || t[i - 1].lower == "fellow" ||
           (i > 1 && t[i - 2].IsNumber())))
        continue;
      m.status = Status::kShortlisted;
      // "the shortlist", "the HSJ Awards 2026 shortlist"; not "a shortlist".
      if (w == "shortlist" && i > 0 && t[i - 1].lower != "the" && t[i - 1].lower != "awards" &&
          !IsYear(t[i - 1]))
        continue;
    } else if (w == "final" && i >= 2 && t[i - 1].lower == "the" &&
               (t[i - 2].lower == "reached" || t[i - 2].lower == "made" ||
                t[i - 2].lower == "makes" || t[i - 2].lower == "making" ||
                t[i - 2].lower == "reach" || t[i - 2].lower == "in" || t[i - 2].lower == "into" ||
                (t[i - 2].lower == "to" && i >= 3 && t[i - 3].lower == "through"))) {
      m.status = Status::kShortlisted;  // "reached the final of ..."
    } else if (w == "runner" && s.Lower(i + 1) == "up") {
      m.status = Status::kShortlisted;
      m.span.end = i + 2;
    } else if (w == "nominated" || w == "nomination" || w == "nominations") {
      // "nominated by colleagues" is how an entry began, not a status;
      // "Nominations are now open" is a call for entries.
      std::string_view next = s.Lower(i + 1);
      // "said the nominations were deserved": the entries, not a status.
      if (w == "nominations" && next == "were" && i > 0 && t[i - 1].lower == "the") continue;
      if (next == "by" || next == "are" || next == "is" || next == "open" || next == "opened" ||
          next == "close" || next == "closed" || next == "now" || next == "will")
        continue;
      if (i > 0 && (t[i - 1].lower == "call" || t[i - 1].lower == "calls")) continue;
      m.status = Status::kNominated;
    } else if ((w == "trophy" || w == "trophies") && i > 0 &&
               (t[i - 1].lower == "second" || t[i - 1].lower == "third" ||
                t[i - 1].lower == "another" || t[i - 1].lower == "a" || t[i - 1].IsNumber() ||
                t[i - 1].lower == "two" || t[i - 1].lower == "three") &&
               !hedged(i, 5)) {
      m.status = Status::kWinner;  // "A second trophy came in the X category"
    } else if (w == "named" && i > 0 &&
               (t[i - 1].lower == "was" || t[i - 1].lower == "were" || t[i - 1].lower == "been" ||
                t[i - 1].lower == "be" || t[i - 1].lower == "being") &&
               (s.Cap(i + 1) || (s.Lower(i + 1) == "the" && s.Cap(i + 2)) ||
                s.Lower(i + 1) == "winner" || s.Lower(i + 1) == "winners" ||
                OfTheYearWithin(s, i + 1, 6))) {
      m.status = hedged(i) ? Status::kShortlisted : Status::kWinner;
    } else if (w == "up" && s.Lower(i + 1) == "for" && i > 0 &&
               (t[i - 1].lower == "is" || t[i - 1].lower == "are" || t[i - 1].lower == "was" ||
                t[i - 1].lower == "were" || t[i - 1].lower == "be")) {
      m.status = Status::kShortlisted;
      m.span.end = i + 2;
    } else if (w == "running" && i > 0 && t[i - 1].lower == "the" && i > 1 &&
               t[i - 2].lower == "in") {
      m.status = Status::kShortlisted;
    } else if ((w == "won" || w == "wins" || w == "win" || w == "winning" || w == "scooped" ||
                w == "triumphed" || w == "crowned" || w == "claimed" || w == "lifted" ||
                w == "winner" || w == "winners" || w == "scoops") &&
               !(i > 0 && t[i - 1].text == "-" && !t[i].space_before)) {
      if (w == "winning" && i + 1 < t.size() && !t[i + 1].is_word) continue;
      // "said the win was a reward": the noun, not a statement of who won.
      if ((w == "win" || w == "wins") && i > 0 &&
          (t[i - 1].lower == "the" || t[i - 1].lower == "this" || t[i - 1].lower == "a" ||
           t[i - 1].lower == "their" || t[i - 1].lower == "its" || t[i - 1].lower == "his" ||
           t[i - 1].lower == "her" || t[i - 1].lower == "our"))
        continue;
      // "The winners will be announced ...": nobody has won yet.
      if (w == "winner" || w == "winners") {
        bool future = false;
        for (size_t k = i + 1; k < i + 6 && k < t.size(); ++k)
          if (t[k].lower == "will" || t[k].lower == "announced" || t[k].lower == "revealed" ||
              t[k].lower == "unveiled")
            future = true;
        if (future) continue;
      }
      if (w == "claimed" && !medal(i + 1, i + 4)) {
        bool award_next = false;
        for (size_t k = i + 1; k < i + 8 && k < t.size(); ++k)
          if (t[k].lower == "award" || t[k].lower == "title" || t[k].lower == "prize")
            award_next = true;
        if (!award_next) continue;
      }
      m.status = hedged(i) ? Status::kShortlisted : Status::kWinner;
      if (m.status == Status::kWinner) {
        if (auto md = medal(i + 1, i + 4)) m.status = *md;
      }
      if (w == "won" && s.Lower(i + 1) == "by") {
        m.nominee_after = true;
        m.span.end = i + 2;
      }
    } else if (w == "awarded" || w == "presented" || w == "received" || w == "receive" ||
               w == "given" || w == "earned" || w == "gained" || w == "bagged" || w == "receives" ||
               w == "picked" || w == "took" || w == "takes" || w == "taken" || w == "went" ||
               w == "goes" || w == "scooped" || w == "collected" || w == "collects" ||
               w == "accepted" || w == "accepts") {
      std::string_view next = s.Lower(i + 1);
      if ((w == "awarded" || w == "presented" || w == "went" || w == "goes") && next == "to") {
        m.status = Status::kWinner;
        m.nominee_after = true;
        m.span.end = i + 2;
        // "Silver in the X category went to Y".
        if (auto md = medal(0, i)) {
          m.status = *md;
          out.push_back(m);
          continue;
        }
      } else if (w == "picked" && next == "up") {
        m.status = Status::kWinner;
      } else if (w == "collected" || w == "collects" || w == "accepted" || w == "accepts") {
        bool award_next = false;
        for (size_t k = i + 1; k < i + 10 && k < t.size(); ++k)
          if (t[k].lower == "award" || t[k].lower == "prize" || t[k].lower == "trophy" ||
              t[k].lower == "title")
            award_next = true;
        if (!award_next) continue;
        m.status = Status::kWinner;
      } else if ((w == "took" || w == "takes" || (w == "taken" && next != "the")) &&
                 (next == "home" || next == "the" || next == "gold" || next == "silver" ||
                  next == "bronze" || next == "top")) {
        m.status = Status::kWinner;  // a medal right after becomes the status below
      } else if (w == "awarded" || w == "received" || w == "receive" || w == "receives" ||
                 (w == "given" && (next == "the" || next == "a" || next == "an")) ||
                 w == "earned" || w == "gained" || w == "bagged" ||
                 (w == "presented" && next == "with")) {
        // "received a High Commendation" is handled by its own phrase.
        bool commendation = false;
        for (size_t k = i + 1; k < i + 5 && k < t.size(); ++k)
          if (t[k].lower == "commendation" || t[k].lower == "commended") commendation = true;
        if (commendation) continue;
        bool award_next = false;
        for (size_t k = i + 1; k < i + 10 && k < t.size(); ++k)
          if (t[k].lower == "award" || t[k].lower == "prize" || t[k].lower == "gold" ||
              t[k].lower == "silver" || t[k].lower == "bronze" || t[k].lower == "title")
            award_next = true;
        if (!award_next) continue;
        m.status = Status::kWinner;
      } else {
        continue;
      }
      if (auto md = medal(i + 1, i + 5)) m.status = *md;
    } else if ((w == "gold" || w == "silver" || w == "bronze") && t[i].IsCapitalised() &&
               s.Lower(i + 1) == "award") {
      m.status = w == "gold" ? Status::kGold : w == "silver" ? Status::kSilver : Status::kBronze;
    } else {
      continue;
    }
    // "took silver for X": the medal is part of the phrase.
    if (m.span.end < t.size() &&
        (t[m.span.end].lower == "gold" || t[m.span.end].lower == "silver" ||
         t[m.span.end].lower == "bronze"))
      m.span.end += 1;
    // "WINNER: Salisbury NHS Foundation Trust - ...", "Highly commended: X".
    if (s.Lower(m.span.end) == ":" &&
        (m.status == Status::kWinner || m.status == Status::kHighlyCommended ||
         m.status == Status::kShortlisted || m.status == Status::kGold ||
         m.status == Status::kSilver || m.status == Status::kBronze))
      m.nominee_after = true, m.span.end += 1;
    // Avoid double counting inside an already found phrase, and one fact
    // said twice ("was awarded a Gold Award").
    if (!out.empty() &&
        (out.back().span.Overlaps(m.span) ||
         (out.back().status == m.status && m.span.begin <= out.back().span.end + 4)))
      continue;
    out.push_back(m);
  }
  return out;
}

}  // namespace awardgraph::loaders
