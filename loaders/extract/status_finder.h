// status_finder.h — finds phrases that state a nomination status.
//
// Defines StatusMention and FindStatuses() ("was shortlisted", "won",
// "highly commended", "awarded bronze", "is up for", "finalist").
//
// Example:
//   SentenceView s("The trust was highly commended.");
//   auto st = FindStatuses(s);  // kHighlyCommended
#ifndef AWARDGRAPH_LOADERS_STATUS_FINDER_H_
#define AWARDGRAPH_LOADERS_STATUS_FINDER_H_

#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/article_facts.h"
#include "loaders/extract/sentence_view.h"

namespace awardgraph::loaders {

/// A phrase stating a nomination status.
struct StatusMention {
  Span span;
  Status status = Status::kShortlisted;
  /// The nominee follows the phrase ("awarded to X", "won by X").
  bool nominee_after = false;
};

/// Finds status phrases ("was shortlisted", "won", "highly commended",
/// "awarded bronze", "is up for", "finalist").
std::vector<StatusMention> FindStatuses(const SentenceView& s);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_STATUS_FINDER_H_
