// Tests for ods_gazetteer.h: the built-in NHS ODS data and linking of trust and ICB names.
#include "loaders/extract/ods_gazetteer.h"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace awardgraph::loaders {
namespace {

std::string CodeOf(const OdsOrg* o) { return o ? o->code : "(none)"; }

const OdsGazetteer& Ods() { return OdsGazetteer::Default(); }

TEST(OdsGazetteerTest, ByCodeTrust) {
  const OdsOrg* o = Ods().ByCode("REP");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->name, "Liverpool Women's NHS Foundation Trust");
  EXPECT_FALSE(o->is_icb);
  EXPECT_EQ(o->icb_code, "QYG");
  EXPECT_EQ(o->region_code, "Y62");
  EXPECT_FALSE(o->closed);
}

TEST(OdsGazetteerTest, ByCodeIcb) {
  const OdsOrg* o = Ods().ByCode("QK1");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->name, "NHS Leicester, Leicestershire and Rutland Integrated Care Board");
  EXPECT_TRUE(o->is_icb);
  EXPECT_EQ(o->gss_code, "E54000015");
  EXPECT_EQ(o->region_code, "Y60");
}

TEST(OdsGazetteerTest, ByCodeUnknown) {
  EXPECT_EQ(Ods().ByCode("ZZZ"), nullptr);
  EXPECT_EQ(Ods().ByCode(""), nullptr);
  EXPECT_EQ(Ods().ByCode("rep"), nullptr) << "codes are upper case";
}

TEST(OdsGazetteerTest, EveryTrustsIcbIsAnIcbOfTheData) {
  for (const auto& o : Ods().All()) {
    if (o.is_icb || o.icb_code.empty()) continue;
    const OdsOrg* icb = Ods().ByCode(o.icb_code);
    ASSERT_NE(icb, nullptr) << o.code << " -> " << o.icb_code;
    EXPECT_TRUE(icb->is_icb) << o.code;
  }
}

TEST(OdsGazetteerTest, CodesAreUnique) {
  std::set<std::string> codes;
  for (const auto& o : Ods().All()) EXPECT_TRUE(codes.insert(o.code).second) << o.code;
  EXPECT_GT(codes.size(), 200u);
}

// "Liverpool Women's Foundation Trust has been shortlisted ..."
TEST(LinkTrustTest, DroppedNhsLinksWomensTrust) {
  EXPECT_EQ(CodeOf(Ods().LinkTrust("Liverpool Women's Foundation Trust")), "REP");
  EXPECT_EQ(CodeOf(Ods().LinkTrust("Liverpool Women\u2019s Foundation Trust")), "REP");
}

// "Mid Cheshire Foundation Trust also received a High Commendation ..."
TEST(LinkTrustTest, DroppedHospitalsLinksMidCheshire) {
  EXPECT_EQ(CodeOf(Ods().LinkTrust("Mid Cheshire Foundation Trust")), "RBT");
  EXPECT_EQ(CodeOf(Ods().LinkTrust("Mid Cheshire Hospitals NHS Foundation Trust")), "RBT");
}

TEST(LinkTrustTest, FullOfficialNames) {
  EXPECT_EQ(CodeOf(Ods().LinkTrust("Midlands Partnership University NHS Foundation Trust")), "RRE");
  EXPECT_EQ(CodeOf(Ods().LinkTrust("University Hospitals of Leicester NHS Trust")), "RWE");
  EXPECT_EQ(CodeOf(Ods().LinkTrust("The Christie NHS Foundation Trust")), "RBV");
  EXPECT_EQ(CodeOf(Ods().LinkTrust("Guy's and St Thomas' NHS Foundation Trust")), "RJ1");
}

TEST(LinkTrustTest, ShortenedNamesNewsUses) {
  EXPECT_EQ(CodeOf(Ods().LinkTrust("Midlands Partnership Foundation Trust")), "RRE");
  EXPECT_EQ(CodeOf(Ods().LinkTrust("Leeds Teaching Hospitals Trust")), "RR8");
  EXPECT_EQ(CodeOf(Ods().LinkTrust("North Bristol Trust")), "RVJ");
}

TEST(LinkTrustTest, GenericOrUnknownNamesDoNotLink) {
  EXPECT_EQ(Ods().LinkTrust("the Trust"), nullptr);
  EXPECT_EQ(Ods().LinkTrust("NHS Foundation Trust"), nullptr);
  EXPECT_EQ(Ods().LinkTrust("Acme Valley Healthcare NHS Trust"), nullptr);
  EXPECT_EQ(Ods().LinkTrust(""), nullptr);
}

TEST(LinkTrustTest, ExtraPlaceWordDoesNotLinkToAnotherTrust) {
  // Leeds has several trusts; "Leeds Community Healthcare" is not Leeds Teaching Hospitals.
  EXPECT_NE(CodeOf(Ods().LinkTrust("Leeds Community Healthcare NHS Trust")), "RR8");
}

TEST(LinkTrustTest, NeverLinksAnIcb) {
  const OdsOrg* o = Ods().LinkTrust("Cheshire and Merseyside Integrated Care Board");
  EXPECT_TRUE(o == nullptr || !o->is_icb);
}

// "Leicester, Leicestershire and Rutland" in "The Leicester, Leicestershire and Rutland ICB".
TEST(LinkIcbTest, PlaceListWithComma) {
  EXPECT_EQ(CodeOf(Ods().LinkIcb("Leicester, Leicestershire and Rutland")), "QK1");
}

TEST(LinkIcbTest, WithOrWithoutNhsAndBoardWords) {
  EXPECT_EQ(CodeOf(Ods().LinkIcb("Cheshire and Merseyside")), "QYG");
  EXPECT_EQ(CodeOf(Ods().LinkIcb("NHS Cheshire and Merseyside Integrated Care Board")), "QYG");
  EXPECT_EQ(CodeOf(Ods().LinkIcb("Cheshire & Merseyside ICB")), "QYG");
  EXPECT_EQ(CodeOf(Ods().LinkIcb("Hertfordshire and West Essex")), "QM7");
  EXPECT_EQ(CodeOf(Ods().LinkIcb("Staffordshire and Stoke-on-Trent")), "QNC");
}

TEST(LinkIcbTest, PartialPlaceDoesNotLink) {
  EXPECT_EQ(Ods().LinkIcb("Cheshire"), nullptr);
  EXPECT_EQ(Ods().LinkIcb("Leicestershire"), nullptr);
  EXPECT_EQ(Ods().LinkIcb("Integrated Care Board"), nullptr);
  EXPECT_EQ(Ods().LinkIcb(""), nullptr);
}

TEST(LinkIcbTest, NeverLinksATrust) {
  const OdsOrg* o = Ods().LinkIcb("Mid Cheshire Hospitals");
  EXPECT_EQ(o, nullptr);
}

TEST(ShortFormsTest, InformalNamesOfOpenTrusts) {
  const auto& forms = Ods().ShortForms();
  auto find = [&](std::string_view f) -> std::string {
    for (const auto& [form, org] : forms)
      if (form == f) return org->code;
    return "(none)";
  };
  EXPECT_EQ(find("Liverpool Women's"), "REP");
  EXPECT_EQ(find("Leeds Teaching Hospitals"), "RR8");
  EXPECT_EQ(find("Mid Cheshire Hospitals"), "RBT");
  for (const auto& [form, org] : forms) {
    EXPECT_FALSE(org->is_icb) << form;
    EXPECT_FALSE(org->closed) << form;
    EXPECT_EQ(form.find("NHS Foundation Trust"), std::string::npos) << form;
  }
}

TEST(ShortFormsTest, LongestFirst) {
  const auto& forms = Ods().ShortForms();
  ASSERT_FALSE(forms.empty());
  for (size_t i = 1; i < forms.size(); ++i)
    EXPECT_GE(forms[i - 1].first.size(), forms[i].first.size()) << forms[i].first;
}

TEST(ShortFormsTest, SingleWordFormsAreLeftOut) {
  // "North Bristol NHS Trust" gives "North Bristol"; no form is a lone word like "Solent".
  for (const auto& [form, org] : Ods().ShortForms())
    EXPECT_NE(form.find(' '), std::string::npos) << form;
}

constexpr std::string_view kTrustsCsv =
    "ods_code,name,region_code,icb_ods_code,postcode,open_date,close_date\n"
    "RAA,RIVERSIDE HOSPITALS NHS FOUNDATION TRUST,Y62,QAA,L1 1AA,1994-04-01,\n"
    "RBB,RIVERSIDE HEALTHCARE NHS TRUST,Y62,QAA,L1 1AB,1990-04-01,2010-03-31\r\n"
    "RCC,\"HILL, DALE AND VALE NHS TRUST\",Y62,Q99,L1 1AC,2001-04-01,\n"
    "short,row\n";
constexpr std::string_view kIcbsCsv =
    "ods_code,gss_code,name,region_code\n"
    "QAA,E54000999,\"NHS RIVERSIDE, HILL AND DALE INTEGRATED CARE BOARD\",Y62\n";

TEST(FromCsvTest, ParsesTrustsAndIcbs) {
  auto g = OdsGazetteer::FromCsv(kTrustsCsv, kIcbsCsv);
  EXPECT_EQ(g.All().size(), 4u) << "the short row is skipped";
  const OdsOrg* raa = g.ByCode("RAA");
  ASSERT_NE(raa, nullptr);
  EXPECT_EQ(raa->name, "Riverside Hospitals NHS Foundation Trust");
  EXPECT_EQ(raa->icb_code, "QAA");
  EXPECT_FALSE(raa->closed);
  const OdsOrg* rbb = g.ByCode("RBB");
  ASSERT_NE(rbb, nullptr);
  EXPECT_TRUE(rbb->closed);
  const OdsOrg* rcc = g.ByCode("RCC");
  ASSERT_NE(rcc, nullptr);
  EXPECT_EQ(rcc->name, "Hill, Dale and Vale NHS Trust");
  EXPECT_EQ(rcc->icb_code, "") << "Q99 means no ICB";
  const OdsOrg* qaa = g.ByCode("QAA");
  ASSERT_NE(qaa, nullptr);
  EXPECT_TRUE(qaa->is_icb);
  EXPECT_EQ(qaa->gss_code, "E54000999");
  EXPECT_EQ(qaa->name, "NHS Riverside, Hill and Dale Integrated Care Board");
}

TEST(FromCsvTest, OpenTrustPreferredOverClosedOne) {
  auto g = OdsGazetteer::FromCsv(kTrustsCsv, kIcbsCsv);
  EXPECT_EQ(CodeOf(g.LinkTrust("Riverside Trust")), "RAA");
  EXPECT_EQ(CodeOf(g.LinkIcb("Riverside, Hill and Dale")), "QAA");
}

TEST(FromCsvTest, ShortFormsSkipClosedTrusts) {
  auto g = OdsGazetteer::FromCsv(kTrustsCsv, kIcbsCsv);
  for (const auto& [form, org] : g.ShortForms()) EXPECT_NE(org->code, "RBB") << form;
}

TEST(FromCsvTest, EmptyInput) {
  auto g = OdsGazetteer::FromCsv("", "");
  EXPECT_TRUE(g.All().empty());
  EXPECT_EQ(g.LinkTrust("Mid Cheshire Foundation Trust"), nullptr);
}

TEST(SplitCsvRecordTest, QuotedFieldWithCommas) {
  EXPECT_EQ(SplitCsvRecord("QK1,E54000015,\"NHS LEICESTER, LEICESTERSHIRE AND RUTLAND "
                           "INTEGRATED CARE BOARD\",Y60"),
            (std::vector<std::string>{"QK1", "E54000015",
                                      "NHS LEICESTER, LEICESTERSHIRE AND RUTLAND INTEGRATED CARE "
                                      "BOARD",
                                      "Y60"}));
}

TEST(SplitCsvRecordTest, DoubledQuotesAndEmptyFields) {
  EXPECT_EQ(SplitCsvRecord("\"say \"\"hi\"\"\",,x,"),
            (std::vector<std::string>{"say \"hi\"", "", "x", ""}));
  EXPECT_EQ(SplitCsvRecord(""), (std::vector<std::string>{""}));
}

}  // namespace
}  // namespace awardgraph::loaders
