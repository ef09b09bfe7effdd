#include <catch2/catch.hpp>

#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

// Names of entities the lexicon does not know, as "Kind:label".
std::vector<std::string> discovered(const std::string& text, const std::string& language = "") {
  std::vector<std::string> out;
  for (const DiscoveredEntity& e : test::facts_of(text, language).discovered)
    out.push_back(std::string(to_string(e.kind)) + ":" + e.label);
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("organisations the lexicon lacks are found by their corporate suffix or a cue", "[extract][discovery]") {
  CHECK(discovered("Zephyr Compute Inc. said it would buy chips.") == V{"Organization:Zephyr Compute Inc."});
  CHECK(discovered("Nvidia backed a startup called Quillwave on Monday.") == V{"Organization:Quillwave"});
  CHECK(discovered("La empresa Solaria Datos firmó un acuerdo.") == V{"Organization:Solaria Datos"});
  CHECK(discovered("Die Übernahme des Serverbauers Nordlicht Systems ist abgeschlossen.", "de") ==
        V{"Organization:Nordlicht Systems"});
  SECTION("a full stop after an acronym ends the sentence, after a short abbreviation it is the name's") {
    CHECK(discovered("Le groupe rachète la jeune pousse Calcul Nova SAS.", "fr") == V{"Organization:Calcul Nova SAS"});
    CHECK(discovered("Die Schwarz Gruppe übernimmt Nordlicht Systems AG.", "de") == V{"Organization:Nordlicht Systems AG"});
    CHECK(discovered("Die Schwarz Gruppe kauft die Firma Nordlicht Systems AG.", "de") == V{"Organization:Nordlicht Systems AG"});
    CHECK(discovered("Nvidia buys a startup called Zephyr Compute Inc. this year.") == V{"Organization:Zephyr Compute Inc."});
    CHECK(discovered("The chips were sold to a startup called Zephyr Compute Inc.") == V{"Organization:Zephyr Compute Inc."});
  }
  SECTION("a suffix word inside a longer name is not its end") {
    CHECK(discovered("They use the Business Technology Platform daily.").empty());
  }
  SECTION("later mentions without the legal suffix are the same entity") {
    const auto facts = test::facts_of("Zephyr Compute Inc. raised money. Zephyr Compute will build a data centre.");
    REQUIRE(facts.discovered.size() == 1);
    CHECK(std::count_if(facts.mentions.begin(), facts.mentions.end(),
                        [&](const Mention& m) { return m.entity_key == facts.discovered[0].entity_key; }) == 2);
  }
}

TEST_CASE("people the lexicon lacks are found beside a title", "[extract][discovery]") {
  CHECK(discovered("Quillwave CEO Marta Ferreira said the deal was done.") == V{"Person:Marta Ferreira"});
  CHECK(discovered("Marta Ferreira, chief executive of Quillwave, spoke.") ==
        V{"Person:Marta Ferreira", "Organization:Quillwave"});
  CHECK(discovered("英伟达首席财务官张晓明表示,需求强劲。") == V{"Person:张晓明"});
  CHECK(discovered("该公司首席执行官约翰·史密斯表示。") == V{"Person:约翰·史密斯"});
  // An honorific before the surname is no part of a name.
  for (const std::string& name : discovered("Mme Ferreira, directrice générale de Nvidia, a parlé.", "fr"))
    CHECK(name.find("Mme") == std::string::npos);
  SECTION("known names are not found again, and discovered ones are less certain") {
    CHECK(discovered("Nvidia CEO Jensen Huang spoke.").empty());
    const auto facts = test::facts_of("Quillwave CEO Marta Ferreira said so.");
    REQUIRE(facts.discovered.size() == 1);
    CHECK(facts.discovered[0].confidence < 1.0);
  }
}

TEST_CASE("a name with a head word of its own after a known name is another organisation", "[extract][discovery]") {
  // The lab or studio of a known company is an organisation of its own; the known company's group
  // or legal form, and its product lines, are the company itself.
  CHECK(discovered("Researchers at Intel Labs built a new chip.") == V{"Organization:Intel Labs"});
  CHECK(discovered("Le fonds a investi dans Ubisoft Studios cette année.", "fr") == V{"Organization:Ubisoft Studios"});
  CHECK(discovered("Shares of Intel Group rose on Monday.").empty());
  CHECK(discovered("Microsoft Office sold well this year.").empty());
  CHECK(discovered("Loans from Intel Capital Management Corp grew.") == V{"Organization:Intel Capital Management Corp"});
  // A second name after a conjunction, or a person after a title, does not extend a known name.
  CHECK(discovered("Researchers at Intel and Harwick Labs met.") != V{"Organization:Intel and Harwick Labs"});
  CHECK(discovered("The Nvidia Research Board Chairman Tom Vell spoke.") != V{"Organization:Nvidia Research Board Chairman Tom Vell"});
  // Cue words alone do not split a known name from the words after it.
  CHECK(discovered("Il ceo di Nvidia Marco Ferretti ha parlato ieri.", "it") != V{"Organization:Nvidia Marco Ferretti"});
  SECTION("Chinese: a known company's name right before a name and its suffix is its fund or branch") {
    CHECK(discovered("据报道，腾讯星河基金参与了本轮融资。", "zh-Hans") == V{"Organization:腾讯星河基金"});
    CHECK(discovered("据报道，腾讯有限公司参与了本轮融资。", "zh-Hans").empty());
  }
  SECTION("the known name stays its own entity where it stands alone") {
    const auto facts = test::facts_of("Intel Labs published a paper. Intel said sales rose.");
    REQUIRE(facts.discovered.size() == 1);
    CHECK(std::any_of(facts.mentions.begin(), facts.mentions.end(), [](const Mention& m) {
      return m.entity_key.rfind("new:", 0) != 0 && m.kind == EntityKind::Organization;
    }));
  }
}

TEST_CASE("a person after a title, a connector and a known employer, with no comma", "[extract][discovery]") {
  const auto people = [](const std::string& text, const std::string& language) {
    V out;
    for (const std::string& name : discovered(text, language))
      if (name.rfind("Person:", 0) == 0) out.push_back(name);
    return out;
  };
  CHECK(people("Lo ha detto l'ad di Nvidia Marta Ferrandelli ieri sera.", "it") == V{"Person:Marta Ferrandelli"});
  CHECK(people("Le PDG de Nvidia Julien Castagnac a parlé.", "fr") == V{"Person:Julien Castagnac"});
  // The company's name going on (a unit, a country) is no person.
  CHECK(people("The president of Nvidia Credit Corp resigned.", "en").empty());
  CHECK(people("The president of Nvidia United States spoke.", "en").empty());
}

