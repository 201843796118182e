// Tests for query/sparql/functions.h.
#include "query/sparql/functions.h"

#include <gtest/gtest.h>

namespace awardgraph::query::sparql {
namespace {

Term Int(const char* v) { return Term::Typed(v, XsdIri("integer")); }
Term Dec(const char* v) { return Term::Typed(v, XsdIri("decimal")); }

TEST(FunctionsTest, ArithmeticPromotesTypes) {
  EXPECT_EQ(*Arithmetic('+', Int("1"), Int("2")), Int("3"));
  EXPECT_EQ(Arithmetic('+', Int("1"), Dec("1.5"))->value, "2.5");
  EXPECT_EQ(Arithmetic('/', Int("1"), Int("4"))->datatype, XsdIri("decimal"));
  EXPECT_FALSE(Arithmetic('/', Int("1"), Int("0")));
  EXPECT_FALSE(Arithmetic('+', Int("1"), Term::Literal("1")));
}

TEST(FunctionsTest, EqualityAndOrder) {
  EXPECT_TRUE(*ValueEquals(Int("1"), Dec("1.0")));
  EXPECT_FALSE(*ValueEquals(Term::Literal("a"), Term::LangString("a", "en")));
  EXPECT_FALSE(ValueEquals(Term::Typed("a", "http://ex/t"), Term::Typed("b", "http://ex/t")));
  EXPECT_LT(OrderCompare(std::nullopt, Term::Blank("b")), 0);
  EXPECT_LT(OrderCompare(Term::Blank("b"), Term::Iri("http://a")), 0);
  EXPECT_LT(OrderCompare(Term::Iri("http://a"), Term::Literal("a")), 0);
  EXPECT_LT(OrderCompare(Int("2"), Int("10")), 0);
}

TEST(FunctionsTest, StringFunctionsKeepLanguageTags) {
  EXPECT_EQ(*CallBuiltin("UCASE", {Term::LangString("chat", "fr")}),
            Term::LangString("CHAT", "fr"));
  EXPECT_EQ(*CallBuiltin("STRBEFORE", {Term::LangString("abc", "en"), Term::Literal("c")}),
            Term::LangString("ab", "en"));
  EXPECT_FALSE(CallBuiltin("CONTAINS", {Term::Literal("abc"), Term::LangString("b", "en")}));
  EXPECT_EQ(*CallBuiltin("SUBSTR", {Term::Literal("héllo"), Int("2"), Int("3")}),
            Term::Literal("éll"));
  EXPECT_EQ(*CallBuiltin("STRLEN", {Term::Literal("héllo")}), Int("5"));
  EXPECT_EQ(*CallBuiltin("REPLACE",
                         {Term::Literal("abcb"), Term::Literal("b(.)?"), Term::Literal("[$1]")}),
            Term::Literal("a[c][]"));
  EXPECT_EQ(*CallBuiltin("REGEX", {Term::Literal("ABC"), Term::Literal("^a"), Term::Literal("i")}),
            BooleanTerm(true));
  EXPECT_EQ(CallBuiltin("MD5", {Term::Literal("abc")})->value, "900150983cd24fb0d6963f7d28e17f72");
}

TEST(FunctionsTest, DatesAndCasts) {
  const Term d = Term::Typed("2011-01-10T14:45:13.815-05:00", XsdIri("dateTime"));
  EXPECT_EQ(*CallBuiltin("YEAR", {d}), Int("2011"));
  EXPECT_EQ(*CallBuiltin("SECONDS", {d}), Dec("13.815"));
  EXPECT_EQ(CallBuiltin("TZ", {d})->value, "-05:00");
  EXPECT_EQ(CallBuiltin("TIMEZONE", {d})->value, "-PT5H");
  EXPECT_EQ(*CallFunction(XsdIri("integer"), {Term::Literal("42")}), Int("42"));
  EXPECT_FALSE(CallFunction(XsdIri("integer"), {Term::Literal("4.2")}));
  EXPECT_EQ(*CallFunction(XsdIri("boolean"), {Dec("0.0")}), BooleanTerm(false));
  EXPECT_EQ(CallFunction(XsdIri("double"), {Int("3")})->datatype, XsdIri("double"));
}

TEST(FunctionsTest, EffectiveBooleanValue) {
  EXPECT_FALSE(*EffectiveBooleanValue(Term::Literal("")));
  EXPECT_TRUE(*EffectiveBooleanValue(Int("3")));
  EXPECT_FALSE(*EffectiveBooleanValue(Term::Typed("abc", XsdIri("integer"))));
  EXPECT_FALSE(EffectiveBooleanValue(Term::Iri("http://a")));
}

}  // namespace
}  // namespace awardgraph::query::sparql
