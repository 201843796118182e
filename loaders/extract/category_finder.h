// category_finder.h — finds award category names.
//
// Defines CategoryMention, FindCategories() ("in the category 'X'", "the X
// award", "X of the Year", a bullet's leading "X - awarded to ..."),
// CategoryAfterStatus() and LooksLikeCategory().
//
// Example:
//   SentenceView s("It won the Digital Innovation of the Year award.");
//   auto c = FindCategories(s, false, {});  // "Digital Innovation of the Year"
#ifndef AWARDGRAPH_LOADERS_CATEGORY_FINDER_H_
#define AWARDGRAPH_LOADERS_CATEGORY_FINDER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/sentence_view.h"

namespace awardgraph::loaders {

/// A category mention.
struct CategoryMention {
  Span span;
  std::string name;
};

/// Finds category names ("in the category 'X'", "the X award", "X of the
/// Year", a bullet's leading "X - awarded to ...").
std::vector<CategoryMention> FindCategories(const SentenceView& s, bool bullet,
                                            const std::vector<Span>& taken);

/// A category named right after a status phrase without "category" or
/// "award" ("made the shortlist for Digitising Patient Care thanks to ..."):
/// two or more capitalised words at `pos` (after "for"/"in"), not a coined
/// product name and not inside `taken`.
std::optional<CategoryMention> CategoryAfterStatus(const SentenceView& s, size_t pos,
                                                   const std::vector<Span>& taken);

/// True when tokens `span` read like a category name ("Best ...",
/// "... of the Year", "... Award"); at least two tokens.
bool LooksLikeCategory(const SentenceView& s, Span span);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_CATEGORY_FINDER_H_
