// finder_helpers.h — small word tests shared by the mention finders.
//
// Defines InAny(), IsConnector(), IsYear(), IsQuote(), IsTopicStop() and
// IsFunctionWordCap().
//
// Example:
//   IsConnector("and");        // true: may join words of one name
//   IsFunctionWordCap("The");  // true: starts a clause, never a name
#ifndef AWARDGRAPH_LOADERS_FINDER_HELPERS_H_
#define AWARDGRAPH_LOADERS_FINDER_HELPERS_H_

#include <string>
#include <string_view>
#include <vector>

#include "loaders/extract/sentence_view.h"

namespace awardgraph::loaders {

/// True when token i lies inside one of `spans`.
bool InAny(const std::vector<Span>& spans, size_t i);

/// Small words that may join the words of one name ("and", "of", "the").
bool IsConnector(std::string_view lower);

/// A four-digit year 1990-2039; stores it in `year` when given.
bool IsYear(const Token& t, int* year = nullptr);

/// A straight single or double quote token.
bool IsQuote(const Token& t);

/// Words that end the topic of a title ("director of nursing at ...").
bool IsTopicStop(std::string_view w);

/// Words that start a sentence or clause but never a name.
bool IsFunctionWordCap(std::string_view word);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_FINDER_HELPERS_H_
