#include <catch2/catch.hpp>

#include "harness.hpp"

using namespace dealgraph;

namespace {

// "subject-role=subject object-role=object" of the first chosen trigger of a one-sentence text.
std::string sides(const std::string& text, const std::string& language) {
  test::PassBench bench(text, language);
  const extract::SentenceWork sentence = bench.sentence(0);
  if (sentence.chosen.empty()) return "no trigger";
  const extract::TriggerWork deal = bench.read_first_trigger(sentence);
  auto name = [](const Mention* m) { return m ? test::local_name(m->entity_key) : std::string("-"); };
  return std::string(to_string(deal.subject_role)) + "=" + name(deal.subject) + " " + to_string(deal.object_role) + "=" +
         name(deal.object);
}

}  // namespace

TEST_CASE("sides frames: the giver after a genitive, the receiver after in (dg:receiverAfterPreposition)",
          "[extract][passes][sides]") {
  // The name before the noun is only the one who speaks of it; with the genitive inside the
  // trigger's own words (investissement de, Investition von), the roles still follow.
  CHECK(sides("Intel a salué l'investissement de Nvidia dans Groq.", "fr") == "investee=groq investor=nvidia");
  CHECK(sides("Intel comentou o investimento da Nvidia na Groq.", "pt") == "investee=groq investor=nvidia");
  CHECK(sides("Intel begrüßte die Investition von Nvidia in Groq.", "de") == "investee=groq investor=nvidia");
  // Without a receiver after "in", the first reading stands.
  CHECK(sides("Nvidia investit dans Groq.", "fr") == "investor=nvidia investee=groq");
}

TEST_CASE("sides frames: a pair after between names both sides", "[extract][passes][sides]") {
  CHECK(sides("Regulators reviewed the agreement between Intel and Nvidia.", "en") == "partner=intel partner=nvidia");
  CHECK(sides("Orange commente les contrats entre Iliad et Nvidia.", "fr") == "partner=iliad partner=nvidia");
}

TEST_CASE("sides frames: German verb-second puts the subject after the verb", "[extract][passes][sides]") {
  CHECK(sides("Im Mai übernahm Nvidia den Chipentwickler Groq.", "de") == "acquirer=nvidia target=groq");
  // A capitalised noun is no verb: the reading before it stands.
  CHECK(sides("Intel übernahm Groq.", "de") == "acquirer=intel target=groq");
}

TEST_CASE("sides frames: an object that belongs to another verb is none", "[extract][passes][sides]") {
  SECTION("the agent of a participle far after the trigger") {
    CHECK(sides("Intel had bought the startup years ago for a fraction of the price later paid by Nvidia.", "en") ==
          "customer=intel supplier=-");
  }
  SECTION("an agent a trigger phrase names stays") {
    CHECK(sides("Cerebras raised $1.1 billion in a new round of funding led by Fidelity.", "en") ==
          "investee=cerebras investor=fidelity");
  }
  SECTION("a noun whose phrase ends at a comma") {
    CHECK(sides("Groq said that before the merger, Nvidia would hire new engineers.", "en").find("=nvidia") == std::string::npos);
  }
}

TEST_CASE("sides frames: a partner named with a description before the name", "[extract][passes][sides]") {
  CHECK(sides("A Intel chegou a acordo com o grupo tecnológico americano Nvidia para a venda da Groq.", "pt") ==
        "supplier=groq customer=nvidia");
}

TEST_CASE("sides frames: a vehicle after through acts for the buyer", "[extract][passes][sides]") {
  CHECK(sides("SoftBank will invest in Groq through SoftBank Vision Fund.", "en") == "investor=softbank-vision-fund investee=groq");
  // A seller does not act through the buyers' vehicle.
  CHECK(sides("Intel sold Groq to Nvidia through a holding company.", "en").find("holding") == std::string::npos);
}
