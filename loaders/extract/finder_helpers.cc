#include "loaders/extract/finder_helpers.h"

#include <algorithm>
#include <set>

namespace awardgraph::loaders {

bool InAny(const std::vector<Span>& spans, size_t i) {
  return std::any_of(spans.begin(), spans.end(), [i](const Span& s) { return s.Contains(i); });
}

bool IsConnector(std::string_view lower) {
  return lower == "and" || lower == "of" || lower == "&" || lower == "upon" || lower == "on" ||
         lower == "for" || lower == "the" || lower == "in" || lower == "through" || lower == "to" ||
         lower == "with" || lower == "a" || lower == "an" || lower == "or";
}

bool IsYear(const Token& t, int* year) {
  if (t.text.size() != 4 || !t.IsNumber()) return false;
  int y = std::stoi(t.text);
  if (y < 1990 || y > 2039) return false;
  if (year) *year = y;
  return true;
}

bool IsQuote(const Token& t) { return !t.is_word && (t.text == "'" || t.text == "\""); }

// Words that end the topic of a title ("director of nursing at ...").
bool IsTopicStop(std::string_view w) {
  static const std::set<std::string_view> kStops = {
      "at",  "from", "who",  "which", "said",      "says",      "added", "adds",  "is", "was",
      "has", "had",  "will", "told",  "explained", "commented", "led",   "leads", "and"};
  return kStops.contains(w);
}

// Words that start a sentence or clause but never a name.
bool IsFunctionWordCap(std::string_view word) {
  static const std::set<std::string_view> kWords = {
      "The",        "A",         "An",          "This",      "That",
      "These",      "Those",     "Our",         "Its",       "Their",
      "His",        "Her",       "We",          "It",        "In",
      "At",         "On",        "For",         "And",       "But",
      "With",       "From",      "By",          "After",     "Before",
      "When",       "While",     "Following",   "As",        "Other",
      "Both",       "All",       "Each",        "Every",     "Congratulations",
      "Well",       "Also",      "Meanwhile",   "Last",      "Next",
      "Now",        "Today",     "Yesterday",   "Earlier",   "Later",
      "Winners",    "Finalists", "Shortlisted", "Highly",    "Speaking",
      "Commenting", "According", "Staff",       "Teams",     "Colleagues",
      "Here",       "There",     "Among",       "Including", "Included",
      "Partners",   "Local",     "National",    "Regional",  "New",
      "Read",       "Find",      "Visit",       "See",       "Click",
      "Full",       "More",      "Award",       "Awards",    "Category",
      "Winner",     "If",        "Nurses",      "Patients",  "People",
      "She",        "He",        "They",        "You",       "I",
      "My",         "Your",      "Not",         "No",        "So",
      "Then",       "Once",      "Since",       "Until",     "Although",
      "Despite",    "Why",       "What",        "How",       "Who",
      "Where"};
  return kWords.contains(word);
}

}  // namespace awardgraph::loaders
