// ods_data.h — the NHS ODS reference tables, built into the binary.
//
// Defines the contents of data/nhs-ods/trusts.csv and icbs.csv as strings;
// the definitions are generated at build time from those files (see
// loaders/CMakeLists.txt), so the binary needs no data directory at run time.
#ifndef AWARDGRAPH_LOADERS_ODS_DATA_H_
#define AWARDGRAPH_LOADERS_ODS_DATA_H_

#include <string_view>

namespace awardgraph::loaders {

/// data/nhs-ods/trusts.csv, verbatim.
extern const std::string_view kOdsTrustsCsv;
/// data/nhs-ods/icbs.csv, verbatim.
extern const std::string_view kOdsIcbsCsv;

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_ODS_DATA_H_
