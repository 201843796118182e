// ods_gazetteer.h — NHS ODS reference data: trusts and ICBs, and linking of
// the names articles use to their ODS codes.
//
// Defines OdsOrg and OdsGazetteer. The default gazetteer is built into the
// binary from data/nhs-ods (OGL v3.0, see data/nhs-ods/README.md). Linking
// is by distinctive words: "Mid Cheshire Foundation Trust" and "Mid Cheshire
// Hospitals NHS Foundation Trust" share {mid, cheshire} once words any trust
// name may have or drop ("hospitals", "NHS", "foundation") are set aside.
//
// Example:
//   const auto& ods = OdsGazetteer::Default();
//   ods.LinkTrust("Liverpool Women's Foundation Trust")->code == "REP"
//   ods.LinkIcb("Leicester, Leicestershire and Rutland")->code == "QK1"
#ifndef AWARDGRAPH_LOADERS_ODS_GAZETTEER_H_
#define AWARDGRAPH_LOADERS_ODS_GAZETTEER_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace awardgraph::loaders {

/// One organisation of the reference data.
struct OdsOrg {
  /// ODS code ("REP", "QK1").
  std::string code;
  /// Readable name ("Liverpool Women's NHS Foundation Trust").
  std::string name;
  /// True for an ICB, false for a trust.
  bool is_icb = false;
  /// For a trust: the ODS code of the ICB whose footprint it lies in.
  std::string icb_code;
  /// NHS England region code ("Y62").
  std::string region_code;
  /// For an ICB: its ONS GSS code.
  std::string gss_code;
  /// For a trust: closed according to the reference data.
  bool closed = false;
};

/// The reference data with its lookups.
class OdsGazetteer {
 public:
  /// The gazetteer built into the binary from data/nhs-ods.
  static const OdsGazetteer& Default();
  /// Parses trusts.csv and icbs.csv contents (see data/nhs-ods/README.md).
  static OdsGazetteer FromCsv(std::string_view trusts_csv, std::string_view icbs_csv);

  /// The organisation with this code, or nullptr.
  const OdsOrg* ByCode(std::string_view code) const;
  /// Links a trust name as written in an article, or nullptr when no single
  /// trust fits.
  const OdsOrg* LinkTrust(std::string_view mention) const;
  /// Links the place part of an ICB name ("Cheshire and Merseyside", with or
  /// without "NHS" and "Integrated Care Board"), or nullptr.
  const OdsOrg* LinkIcb(std::string_view place) const;
  /// Links an initialism news uses for a trust ("UHL", "NUH", "YAS"), made
  /// from the initials of its name; nullptr when none or several fit.
  const OdsOrg* LinkTrustInitials(std::string_view acronym) const;
  /// Informal names of open trusts that news uses without "Trust"
  /// ("Liverpool Women's", "Leeds Teaching Hospitals"), each with its trust,
  /// longest first.
  const std::vector<std::pair<std::string, const OdsOrg*>>& ShortForms() const {
    return short_forms_;
  }
  /// Every organisation.
  const std::vector<OdsOrg>& All() const { return orgs_; }

 private:
  void Index();

  std::vector<OdsOrg> orgs_;
  std::map<std::string, size_t, std::less<>> by_code_;
  std::vector<std::pair<std::string, const OdsOrg*>> short_forms_;
  std::map<std::string, size_t, std::less<>> icb_initials_;
  std::map<std::string, size_t, std::less<>> trust_initials_;
};

/// Splits one CSV record (RFC 4180 quoting) into fields.
std::vector<std::string> SplitCsvRecord(std::string_view line);

}  // namespace awardgraph::loaders

#endif  // AWARDGRAPH_LOADERS_ODS_GAZETTEER_H_
