#include <catch2/catch.hpp>

#include "harness.hpp"

using namespace dealgraph;

TEST_CASE("measures: a quantity measures only deals of the types it fits", "[extract][passes][measures]") {
  CHECK(extract::quantity_fits(DealType::EquityStake, "percent"));
  CHECK_FALSE(extract::quantity_fits(DealType::SupplyAgreement, "percent"));
  CHECK(extract::quantity_fits(DealType::CloudContract, "chips"));
  CHECK_FALSE(extract::quantity_fits(DealType::Investment, "chips"));
  CHECK(extract::quantity_fits(DealType::Partnership, "GW"));
  CHECK_FALSE(extract::quantity_fits(DealType::LoanGuarantee, "GW"));
}

TEST_CASE("measures: the sentence's status is its strongest cue", "[extract][passes][measures]") {
  CHECK(test::PassBench("Amazon is in talks to invest in Anthropic.", "en").sentence(0).status == "in-talks");
  CHECK(test::PassBench("Nvidia denied it planned to invest in Mistral AI.", "en").sentence(0).status == "denied");
}

TEST_CASE("measures: the amount and date nearest the trigger in its clause", "[extract][passes][measures]") {
  SECTION("Chinese: the clause of the trigger") {
    test::PassBench bench("腾讯投资智谱3亿元，阿里巴巴亏损50亿元。", "zh-Hans");
    const extract::SentenceWork sentence = bench.sentence(0);
    const extract::TriggerWork deal = bench.read_first_trigger(sentence);
    REQUIRE(deal.amount);
    CHECK(deal.amount->as_written == "3亿元");
  }
  SECTION("Chinese: a later clause that only gives the value") {
    test::PassBench bench("腾讯向智谱注资，金额约20亿元。", "zh-Hans");
    const extract::SentenceWork sentence = bench.sentence(0);
    const extract::TriggerWork deal = bench.read_first_trigger(sentence);
    REQUIRE(deal.amount);
    CHECK(deal.amount->as_written.find("20亿元") != std::string::npos);
  }
  SECTION("Spanish: a dated sentence") {
    test::PassBench bench("El 3 de marzo de 2025 Amazon invirtió 4.000 millones de dólares en Anthropic.", "es");
    const extract::SentenceWork sentence = bench.sentence(0);
    const extract::TriggerWork deal = bench.read_first_trigger(sentence);
    CHECK(deal.date == "2025-03-03");
    REQUIRE(deal.amount);
    CHECK(deal.amount->currency == "USD");
  }
}

TEST_CASE("measures: a value in the next sentence goes to the deal stated without one", "[extract][passes][measures]") {
  const ArticleFacts facts = test::facts_of("A Microsoft vai investir na Mistral AI. O valor é de 2 mil milhões de euros.", "pt");
  REQUIRE(facts.deals.size() == 2);
  CHECK(facts.deals[0].amounts.empty());
  REQUIRE(facts.deals[1].amounts.size() == 1);
  CHECK(facts.deals[1].amounts[0].currency == "EUR");
  CHECK(facts.deals[1].trigger == "valor");
  CHECK(facts.deals[1].parties == facts.deals[0].parties);
}
