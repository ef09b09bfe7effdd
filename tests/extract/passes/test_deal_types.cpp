#include <catch2/catch.hpp>

#include "harness.hpp"

using namespace dealgraph;

namespace {

// The type the pass gives the first chosen trigger of a one-sentence text, with its roles.
std::string refined(const std::string& text, const std::string& language) {
  test::PassBench bench(text, language);
  const extract::SentenceWork sentence = bench.sentence(0);
  REQUIRE_FALSE(sentence.chosen.empty());
  extract::TriggerWork deal = bench.read_first_trigger(sentence);
  test::deal_rules().types.refine_type(bench.work(), sentence, deal);
  return std::string(to_string(deal.type)) + " " + to_string(deal.subject_role) + "/" + to_string(deal.object_role);
}

}  // namespace

TEST_CASE("deal types: buying a company is an acquisition, buying its products is not", "[extract][passes][types]") {
  CHECK(refined("Nvidia comprará la startup Mistral AI.", "es") == "Acquisition acquirer/target");
  CHECK(refined("Meta will buy Nvidia chips worth billions.", "en").rfind("Acquisition", 0) != 0);
  CHECK(refined("A Oracle vai comprar 30 mil chips da Nvidia.", "pt").rfind("Acquisition", 0) != 0);
}

TEST_CASE("deal types: buying part of a company is a stake", "[extract][passes][types]") {
  CHECK(refined("SoftBank übernimmt 20 % an Ampere Computing.", "de") == "EquityStake investor/investee");
  CHECK(refined("软银收购Ampere Computing 10%的股份。", "zh-Hans") == "EquityStake investor/investee");
}

TEST_CASE("deal types: a contract of no stated kind takes its other type without compute in view",
          "[extract][passes][types]") {
  CHECK(refined("Oracle a signé un accord avec OpenAI.", "fr").rfind("Partnership", 0) == 0);
  CHECK(refined("OpenAI signed a cloud capacity deal with Oracle.", "en").rfind("CloudContract", 0) == 0);
}

TEST_CASE("deal types: the product test reads the words between the verb and the name", "[extract][passes][types]") {
  const extract::TypeRules& types = test::deal_rules().types;
  const std::string text = "Amazon will buy the startup Acme soon";
  const FoldedText folded = fold_text(text);
  const extract::Match verb{text.find("buy"), text.find("buy") + 3, 0};
  const Mention acme{"acme", EntityKind::Organization, text.find("Acme"), text.find("Acme") + 4, 1.0};
  CHECK(types.buys_company(text, folded, verb, acme));
  const std::string chips = "Amazon will buy 500 units of Acme soon";
  const Mention acme_later{"acme", EntityKind::Organization, chips.find("Acme"), chips.find("Acme") + 4, 1.0};
  CHECK_FALSE(types.buys_company(chips, fold_text(chips), verb, acme_later));
}

TEST_CASE("deal types: what a sale or purchase hands over decides (dg:typeFromHolding)", "[extract][passes][types]") {
  CHECK(refined("Intel sold its networking division to Broadcom.", "en") == "Acquisition target/acquirer");
  CHECK(refined("Nvidia bought 2 million Intel shares.", "en") == "EquityStake investor/investee");
  CHECK(refined("Nvidia sold 5,000 chips to Meta.", "en") == "SupplyAgreement supplier/customer");
  CHECK(refined("A Intel vendeu a sua divisão de redes para a Broadcom.", "pt") == "Acquisition target/acquirer");
}

TEST_CASE("deal types: a majority of a company is the company, less a stake", "[extract][passes][types]") {
  CHECK(refined("Nvidia took a 67% stake in Groq.", "en") == "Acquisition acquirer/target");
  CHECK(refined("Nvidia took a 7% stake in Groq.", "en") == "EquityStake investor/investee");
  CHECK(refined("Nvidia agreed to acquire 100% of the shares of Groq.", "en") == "Acquisition acquirer/target");
}
