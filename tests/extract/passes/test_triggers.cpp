#include <catch2/catch.hpp>

#include "harness.hpp"

using namespace dealgraph;

namespace {

// The words of the triggers the pass chooses in the first sentence.
std::vector<std::string> chosen(const std::string& text, const std::string& language) {
  const test::PassBench bench(text, language);
  return test::PassBench::chosen(bench.work(), bench.sentence(0));
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("triggers: each rule reads its type and roles", "[extract][passes][triggers]") {
  const extract::TriggerRules& triggers = test::deal_rules().triggers;
  REQUIRE(triggers.size() == triggers.subjects().size());
  REQUIRE(triggers.size() > 10);
  for (std::uint32_t id = 0; id < triggers.size(); ++id) {
    if (triggers.subjects()[id].ends_with("/acquire")) {
      CHECK(triggers[id].type == DealType::Acquisition);
      CHECK(triggers[id].subject_role == Role::Acquirer);
      CHECK(triggers[id].object_role == Role::Target);
    }
  }
}

TEST_CASE("triggers: the words around a trigger decide whether it counts", "[extract][passes][triggers]") {
  SECTION("a trigger inside a name is part of the name") {
    const test::PassBench bench("SoftBank Vision Fund bought shares of Arm.", "en");
    for (const extract::Match& t : bench.work().triggers)
      CHECK(bench.work().text.substr(t.begin, t.end - t.begin) != "Fund");
  }
  SECTION("a word that only begins like a trigger is not it") {
    CHECK(chosen("Os investidores da Nvidia aplaudiram a Microsoft.", "pt").empty());
    CHECK(chosen("A Nvidia vai investir na Mistral AI.", "pt") == V{"investir"});
  }
  SECTION("in Chinese only the strongest trigger of a clause counts") {
    const V words = chosen("软银宣布投资并收购Ampere Computing。", "zh-Hans");
    CHECK(words == V{"收购"});
  }
  SECTION("a word for an agreement of no stated kind yields to one that states it") {
    const V words = chosen("Oracle firmó un acuerdo para suministrar chips a OpenAI.", "es");
    CHECK(std::find(words.begin(), words.end(), "acuerdo") == words.end());
    CHECK_FALSE(words.empty());
  }
  SECTION("what a guarantee covers is not a deal of its own") {
    // "guarant" is a stem: the financing after the guarantee's word is dropped.
    CHECK(chosen("Google will guarantee the financing of Anthropic's data centre.", "en") == V{"guarant"});
    CHECK(chosen("Google will pay for the financing of Anthropic's data centre.", "en") == V{"financ"});
  }
}

TEST_CASE("triggers: words begun like a trigger, or after a word that makes it a name's part, are not it",
          "[extract][passes][triggers]") {
  SECTION("dg:notStem: every word so begun") {
    CHECK(chosen("Microsoft is investigating Oracle.", "en").empty());
    CHECK(chosen("Thales a réuni vendredi Iliad.", "fr").empty());
  }
  SECTION("dg:notAfter: the words right before it") {
    CHECK(chosen("Les banques d'investissement de Thales conseillent Iliad.", "fr").empty());
    CHECK(chosen("Acme Capital L.P., a limited partnership, advised Intel.", "en").empty());
  }
  SECTION("a trigger that needs goods or money nearby") {
    CHECK(chosen("A court ordered Meta to pay Microsoft.", "en").empty());
    CHECK(chosen("Meta ordered 10,000 GPUs from Nvidia.", "en") == V{"order"});
  }
}
