// Status cues of offers, refusals and deals called off (ontology/rules/deals/statuses.ttl), in
// sentences of our own, with sentences where the same words state no such status.
#include <catch2/catch.hpp>

#include "harness.hpp"

using namespace dealgraph;

namespace {

std::string status_of(const std::string& text, const std::string& language) {
  return test::PassBench(text, language).sentence(0).status;
}

}  // namespace

TEST_CASE("statuses: an offer or bid not yet taken is proposed", "[extract][passes][statuses]") {
  CHECK(status_of("Qualcomm made a takeover offer for Arm worth $40 billion.", "en") == "proposed");
  CHECK(status_of("Broadcom launched a hostile bid for Intel on Monday.", "en") == "proposed");
  CHECK(status_of("Siemens legte ein Übernahmeangebot für Infineon vor.", "de") == "proposed");
  CHECK(status_of("Orange a lancé une offre publique sur Bouygues Telecom.", "fr") == "proposed");
  CHECK(status_of("Telefónica presentó una oferta pública por Indra.", "es") == "proposed");
  CHECK(status_of("A Vale fez uma oferta pela Embraer.", "pt") == "proposed");
  CHECK(status_of("Leonardo ha lanciato un'offerta pubblica su Fincantieri.", "it") == "proposed");
  CHECK(status_of("联想集团对浪潮信息发起要约收购。", "zh-Hans") == "proposed");
  CHECK(status_of("ソニーは楽天に対してTOBを実施すると発表した。", "ja") == "proposed");
}

TEST_CASE("statuses: an offer turned down is rejected, a deal called off terminated", "[extract][passes][statuses]") {
  CHECK(status_of("Arm rejected the takeover offer from Qualcomm.", "en") == "rejected");
  CHECK(status_of("Der Vorstand von Infineon hat das Angebot von Siemens abgelehnt.", "de") == "rejected");
  CHECK(status_of("Indra rechazó la oferta de Telefónica.", "es") == "rejected");
  CHECK(status_of("浪潮信息拒绝了联想集团的收购要约。", "zh-Hans") == "rejected");
  CHECK(status_of("Nvidia and Arm called off their $40 billion merger.", "en") == "terminated");
  CHECK(status_of("Orange a abandonné le rachat de Bouygues Telecom.", "fr") == "terminated");
  CHECK(status_of("A Vale desistiu da compra da Embraer.", "pt") == "terminated");
  CHECK(status_of("联想集团宣布终止收购浪潮信息。", "zh-Hans") == "terminated");
}

TEST_CASE("statuses: the same words in another sense state no such status", "[extract][passes][statuses]") {
  // What a company sells is its offer; a bid alone may be a price; "offer" with no deal noun.
  CHECK(status_of("Oracle will offer Nvidia chips in its cloud.", "en") != "proposed");
  CHECK(status_of("Amazon agreed to invest $4 billion in Anthropic.", "en") == "agreed");
  CHECK(status_of("A Petrobras oferece gás à Braskem.", "pt") != "proposed");
  CHECK(status_of("腾讯投资智谱3亿元。", "zh-Hans") != "proposed");
}

TEST_CASE("statuses: a deal stated with no cue is announced; the future tense of a stated deal is agreed",
          "[extract][passes][statuses]") {
  CHECK(status_of("Fujitsu buys a Danish robot maker for 300 million euros.", "en") == "announced");
  CHECK(status_of("Micron will supply memory chips to Lambda for three years.", "en") == "agreed");
  CHECK(status_of("Bosch wird Sensoren an Rivian liefern.", "de") == "agreed");
  CHECK(status_of("浪潮信息将与联想集团合作研发服务器。", "zh-Hans") == "agreed");
  CHECK(status_of("A Embraer chegou a acordo com a Boeing para a venda da divisão.", "pt") == "agreed");
}

TEST_CASE("statuses: plans stay plans and perfect tenses are completed", "[extract][passes][statuses]") {
  CHECK(status_of("Fujitsu plans to buy a Danish robot maker.", "en") == "planned");
  CHECK(status_of("Orange envisage de racheter une part de Bouygues Telecom.", "fr") == "planned");
  CHECK(status_of("ソニーは来年、楽天の株式を取得する予定だ。", "ja") == "planned");
  CHECK(status_of("Fujitsu has acquired a Danish robot maker.", "en") == "completed");
  CHECK(status_of("Orange a finalisé le rachat de Bouygues Telecom.", "fr") == "completed");
  CHECK(status_of("联想集团已完成对浪潮信息的收购。", "zh-Hans") == "completed");
}
