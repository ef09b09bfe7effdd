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

// Each side's names after conjoin().
std::string conjoined(const std::string& text, const std::string& language) {
  test::PassBench bench(text, language);
  const extract::SentenceWork sentence = bench.sentence(0);
  extract::TriggerWork deal = bench.read_first_trigger(sentence);
  REQUIRE(extract::SideRules::complete(deal));
  extract::SideRules::conjoin(bench.work(), sentence, deal);
  std::string out;
  for (const std::string& key : deal.subject_keys) out += test::local_name(key) + " ";
  out += "->";
  for (const std::string& key : deal.object_keys) out += " " + test::local_name(key);
  return out;
}

}  // namespace

TEST_CASE("sides: subject before the trigger, object after it", "[extract][passes][sides]") {
  CHECK(sides("Amazon invests in Anthropic.", "en") == "investor=amazon investee=anthropic");
  CHECK(sides("腾讯向智谱投资。", "zh-Hans") == sides("腾讯投资智谱。", "zh-Hans"));
  CHECK(sides("Oracle y Meta forman una alianza.", "es") == "partner=oracle partner=meta");
}

TEST_CASE("sides: passives put the agent on the subject's side", "[extract][passes][sides]") {
  SECTION("Chinese 被") {
    CHECK(sides("Ampere Computing被软银收购。", "zh-Hans") == "acquirer=softbank target=ampere-computing");
  }
  SECTION("German, verb last after a passive auxiliary (dg:passiveAfterAuxiliary)") {
    CHECK(sides("Mistral AI wird von Nvidia finanziert.", "de") == "investor=nvidia investee=mistral-ai");
  }
}

TEST_CASE("sides: roles swap after a receipt verb or a source preposition", "[extract][passes][sides]") {
  SECTION("dg:swapsOnReceipt: the subject receives the investment") {
    CHECK(sides("Anthropic received an investment from Google.", "en") == "investee=anthropic investor=google");
    CHECK(sides("A Mistral AI recebeu um investimento da Microsoft.", "pt") == "investee=mistral-ai investor=microsoft");
  }
  SECTION("a relative pronoun: the name before it is the subject") {
    CHECK(sides("Le contrat signé par Nvidia, qui investit dans Mistral AI, est connu.", "fr") ==
          "investor=nvidia investee=mistral-ai");
  }
}

TEST_CASE("sides: names joined by a conjunction share a side", "[extract][passes][sides]") {
  CHECK(conjoined("Microsoft y Nvidia invertirán en Anthropic.", "es") == "microsoft nvidia -> anthropic");
  CHECK(conjoined("Google investiert in Anthropic und Mistral AI.", "de") == "google -> anthropic mistral-ai");
}

TEST_CASE("sides: a sale's buyer follows the recipient's preposition (dg:givesToRecipient)", "[extract][passes][sides]") {
  CHECK(sides("Intel sold its networking division to Broadcom.", "en") == "supplier=intel customer=broadcom");
  // A company named as what is sold stands on the seller's side.
  CHECK(sides("SoftBank sold its unit Acme Robotics Inc. to Nvidia.", "en") == "supplier=acme robotics customer=nvidia");
  // The maker of a product sold is not what is sold.
  CHECK(sides("Oracle sold Nvidia chips to Meta.", "en") == "supplier=oracle customer=meta");
}

TEST_CASE("sides: the agent of a trigger used as a noun is its subject", "[extract][passes][sides]") {
  CHECK(sides("Regulators cleared the purchase of Groq by Nvidia.", "en") == "customer=nvidia supplier=groq");
  CHECK(sides("Le rachat de Sesterce par Thales est finalisé.", "fr") == "acquirer=thales target=sesterce");
  SECTION("dg:partnerAbsorbs: the merger of X with Y") {
    CHECK(sides("Shareholders approved the merger of Groq with Nvidia.", "en") == "acquirer=nvidia target=groq");
  }
}

TEST_CASE("sides: the speaker or source of a report is no party", "[extract][passes][sides]") {
  CHECK(sides("Nvidia will invest heavily, said Microsoft.", "en") == "investor=nvidia investee=-");
  // A clause that turns to another statement holds no subject for the next.
  CHECK(sides("Microsoft makes software, while the stake is held by Nvidia.", "en").find("microsoft") == std::string::npos);
}

TEST_CASE("sides: a personal pronoun nearer the verb than a company is the subject", "[extract][passes][sides]") {
  CHECK(sides("Groq said that he may buy more Arm shares.", "en").find("=groq") == std::string::npos);
  CHECK(sides("Groq said it may buy more Arm shares.", "en") == "customer=groq supplier=arm");
}

TEST_CASE("sides: a German verb at the clause's end takes the name governed before it as object", "[extract][passes][sides]") {
  CHECK(sides("Nvidia will bei Groq einsteigen.", "de") == "investor=nvidia investee=groq");
  SECTION("past a description with capitalised nouns, and a name in quotes") {
    CHECK(sides("Nvidia will im Herbst bei dem amerikanischen Chipentwickler Groq einsteigen.", "de") == "investor=nvidia investee=groq");
    CHECK(sides("Nvidia ist bei der Firma \"Groq\" eingestiegen.", "de") == "investor=nvidia investee=groq");
  }
  SECTION("a reflexive verb with its preposition (sich an Y beteiligen)") {
    CHECK(sides("Nvidia will sich mit 20 Prozent an dem Chipentwickler Groq beteiligen.", "de") == "investor=nvidia investee=groq");
  }
  SECTION("a verb that does not close its clause keeps its subject") {
    CHECK(sides("Im Mai übernahm Nvidia den Chipentwickler Groq.", "de") == "acquirer=nvidia target=groq");
  }
}
