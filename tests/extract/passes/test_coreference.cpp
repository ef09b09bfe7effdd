// The coreference pass: descriptions ("the company", "la société", "该公司") become mentions of
// the organisation they mean, and the deals after them have their party.
#include <catch2/catch.hpp>

#include "support/deal_table.hpp"

using namespace dealgraph;
using namespace dealgraph::test::deal_table;
using dealgraph::test::facts_of;

namespace {

// The organisation the description `phrase` stands for in `text` ("" when it stands for none).
std::string meant(const std::string& text, const std::string& language, const std::string& phrase) {
  const ArticleFacts facts = facts_of(text, language);
  const std::string_view all = facts.document.text;
  for (const Mention& m : facts.mentions)
    if (all.substr(m.byte_begin, m.byte_end - m.byte_begin) == phrase) return local(m.entity_key);
  return "";
}

}  // namespace

TEST_CASE("coreference: a description means the organisation the article is about", "[extract][passes][coreference]") {
  CHECK(meant("Nvidia reported record sales on Tuesday. The Santa Clara chipmaker expects more.", "en",
              "The Santa Clara chipmaker") == "nvidia");
  CHECK(meant("SoftBank sold shares in Nvidia. The company will use the money for new projects.", "en", "The company") == "softbank");
  CHECK(meant("Siemens hat seinen Umsatz gesteigert. Zugleich kündigte das Unternehmen neue Werke an.", "de",
              "das Unternehmen") == "siemens");
  CHECK(meant("Orange a publié ses résultats lundi. La société prévoit une hausse de ses ventes.", "fr", "La société") == "orange");
  CHECK(meant("Telefónica presentó sus cuentas. La compañía prevé crecer en Brasil.", "es", "La compañía") == "telefonica");
  CHECK(meant("A Petrobras divulgou seus resultados. A empresa prevê novos investimentos.", "pt", "A empresa") == "petrobras");
  CHECK(meant("Stellantis ha chiuso il trimestre in utile. La società prevede nuove assunzioni.", "it", "La società") == "stellantis");
  CHECK(meant("英伟达公布了最新财报。该公司预计收入将继续增长。", "zh-Hans", "该公司") == "nvidia");
  CHECK(meant("トヨタ自動車は決算を発表した。同社は新しい工場を建設する。", "ja", "同社") == "toyota");
  // Chinese and Japanese descriptions refer back even after a name in their own sentence.
  CHECK(meant("英伟达发布了财报，该公司预计收入将继续增长。", "zh-Hans", "该公司") == "nvidia");
  CHECK(meant("トヨタ自動車は決算を発表し、同社は新しい工場を建設する。", "ja", "同社") == "toyota");
}

TEST_CASE("coreference: the most salient organisation, of the description's sector", "[extract][passes][coreference]") {
  // The subject of the last sentence outweighs a name governed by a preposition.
  CHECK(meant("Microsoft signed a contract with Oracle. The company will pay over five years.", "en", "The company") == "microsoft");
  // The chipmaker is the chip company, not the investor named after it.
  CHECK(meant("Nvidia won an order from SoftBank. The chipmaker will ship in March.", "en", "The chipmaker") == "nvidia");
}

TEST_CASE("coreference: after a name in its sentence, a preposition's object is another organisation",
          "[extract][passes][coreference]") {
  CHECK(meant("SoftBank, which has sought control of Arm, said it raised its stake in the company.", "en", "the company") == "arm");
  CHECK(meant("Telefónica presentó sus cuentas. El Gobierno comprará un 10% de la compañía.", "es", "la compañía") == "telefonica");
}

TEST_CASE("coreference: what is not a reference stays unresolved", "[extract][passes][coreference]") {
  // Nothing named before it.
  CHECK(meant("The company will open a plant in Ohio.", "en", "The company").empty());
  // A restrictive relative, "of", or a name right after it.
  CHECK(meant("Intel reported losses. The company that builds the plant is not known.", "en", "The company").empty());
  CHECK(meant("Intel reported losses. The group of investors was not named.", "en", "The group").empty());
  // Another organisation: new, parent, rival, or a possessive other than the world's.
  CHECK(meant("Intel and AMD formed a venture. The new company will be based in Texas.", "en", "The new company").empty());
  CHECK(meant("Intel reported losses. The country's bank cut rates.", "en", "The country's bank").empty());
  // After a name in its own sentence it is most often another organisation.
  CHECK(meant("Google will deepen its partnership with the startup.", "en", "the startup").empty());
  // Indefinite, or plural.
  CHECK(meant("Siemens wächst. Die Unternehmen der Branche investieren mehr.", "de", "Die Unternehmen").empty());
  CHECK(meant("Orange a publié ses résultats. La société de gestion a vendu ses parts.", "fr", "La société").empty());
  CHECK(meant("Telefónica presentó sus cuentas. La empresa de Elon Musk también.", "es", "La empresa").empty());
  CHECK(meant("Stellantis ha chiuso il trimestre. La società di revisione ha firmato i conti.", "it", "La società").empty());
  CHECK(meant("A Petrobras divulgou seus resultados. A empresa de auditoria assinou o parecer.", "pt", "A empresa").empty());
  // Nothing named before it, in Chinese and Japanese too.
  CHECK(meant("该公司预计收入将继续增长。", "zh-Hans", "该公司").empty());
  CHECK(meant("同社は新しい工場を建設する。", "ja", "同社").empty());
  // After the sentence's subject, a description that is no preposition's object.
  CHECK(meant("SoftBank reported profits. Nvidia said the company would grow.", "en", "the company").empty());
  // A reporting clause names the source, not a party.
  CHECK(meant("Intel will build a plant. The cost is high, the company said.", "en", "the company").empty());
}

TEST_CASE("coreference: the deal after a description has its party", "[extract][passes][coreference]") {
  const ArticleFacts facts = facts_of("Nvidia reported record sales. The company agreed to invest $2 billion in Synopsys.", "en");
  const V deals = deal_strings(facts);
  CHECK(deals == V{"Investment investor=nvidia investee=synopsys"});
}
