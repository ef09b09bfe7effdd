#include <catch2/catch.hpp>

#include "dealgraph/text.hpp"
#include "support/knowledge.hpp"

using namespace dealgraph;

TEST_CASE("languages are told apart", "[text]") {
  const TextRules& rules = TextRules::load(test::ontology_dir() + "/rules/text.ttl");
  CHECK(text::detect_language("英伟达与甲骨文达成了新的合作协议，这是他们的第一次合作。", rules) == "zh-Hans");
  CHECK(text::detect_language("輝達與甲骨文達成了新的合作協議，這是他們的第一次合作。", rules) == "zh-Hant");
  CHECK(text::detect_language("A empresa anunciou que não vai comprar as ações da concorrente.", rules) == "pt");
  CHECK(text::detect_language("La empresa anunció que no comprará las acciones de su rival por ahora.", rules) == "es");
  CHECK(text::detect_language("The company said it would not buy the shares of its rival for now.", rules) == "en");
  CHECK(text::detect_language("Das Unternehmen teilte mit, dass es die Aktien nicht kaufen wird.", rules) == "de");
  CHECK(text::detect_language("La société a annoncé qu'elle n'achètera pas les actions de son rival.", rules) == "fr");
}
