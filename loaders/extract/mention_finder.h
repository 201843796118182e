// mention_finder.h — all the mention finders in one include.
//
// Each finder is a pure function over a SentenceView's tokens, one file per
// kind of mention: organisation_finder.h (organisations, acronyms),
// person_finder.h (people, job titles), programme_finder.h,
// category_finder.h, project_finder.h, ceremony_finder.h (dates, cities,
// years), status_finder.h. The article extractor combines their results.
//
// Example:
//   SentenceView s("Dr Jane Halpin, Chief Executive Officer of the ICB, said.");
//   auto people = FindPeople(s, {});  // {"Jane Halpin", honorifics {"Dr"}}
#ifndef AWARDGRAPH_LOADERS_MENTION_FINDER_H_
#define AWARDGRAPH_LOADERS_MENTION_FINDER_H_

#include "loaders/extract/category_finder.h"
#include "loaders/extract/ceremony_finder.h"
#include "loaders/extract/organisation_finder.h"
#include "loaders/extract/person_finder.h"
#include "loaders/extract/programme_finder.h"
#include "loaders/extract/project_finder.h"
#include "loaders/extract/sentence_view.h"
#include "loaders/extract/status_finder.h"

#endif  // AWARDGRAPH_LOADERS_MENTION_FINDER_H_
