#include <catch2/catch.hpp>

#include <string>

#include "dealgraph/text.hpp"
#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

struct LanguageRow {
  const char* text;
  const char* language;
};

// Sentences of our own: long ones, short quotes, and texts mixing scripts or languages.
const LanguageRow kLanguageRows[] = {
    // English
    {"The company said it would not buy the shares of its rival for now.", "en"},
    {"It was a good year.", "en"},
    {"Shares fell after the report.", "en"},
    {"We are not selling.", "en"},
    {"Société Générale said it would cut jobs in the unit.", "en"},
    // Portuguese
    {"A empresa anunciou que não vai comprar as ações da concorrente.", "pt"},
    {"Não há acordo.", "pt"},
    {"O banco também cortou os juros.", "pt"},
    {"As vendas caíram no trimestre, segundo a companhia.", "pt"},
    // Spanish
    {"La empresa anunció que no comprará las acciones de su rival por ahora.", "es"},
    {"Según la empresa, el acuerdo está cerca.", "es"},
    {"¿Quién compró el banco?", "es"},
    {"Los precios subieron y las ventas cayeron.", "es"},
    // French
    {"La société a annoncé qu'elle n'achètera pas les actions de son rival.", "fr"},
    {"C'est une bonne nouvelle.", "fr"},
    {"Les ventes ont baissé.", "fr"},
    {"Il n'y a pas d'accord.", "fr"},
    // German
    {"Das Unternehmen teilte mit, dass es die Aktien nicht kaufen wird.", "de"},
    {"Der Umsatz stieg.", "de"},
    {"Wir sind zufrieden.", "de"},
    {"Über Nacht fiel der Kurs.", "de"},
    // Italian: not Spanish, although la, del and ha are words of both
    {"L'azienda ha annunciato che non comprerà le azioni del concorrente.", "it"},
    {"Il gruppo è stato fondato nel 1990 da due ingegneri.", "it"},
    {"Non è vero.", "it"},
    {"Secondo gli analisti, la banca crescerà.", "it"},
    {"Le vendite della società sono cresciute anche quest'anno.", "it"},
    {"La banca ha chiuso l'accordo con il fondo per un miliardo di euro.", "it"},
    // Chinese, simplified and traditional, short and mixed with Latin names
    {"英伟达与甲骨文达成了新的合作协议，这是他们的第一次合作。", "zh-Hans"},
    {"輝達與甲骨文達成了新的合作協議，這是他們的第一次合作。", "zh-Hant"},
    {"华为发布新手机", "zh-Hans"},
    {"華為發布新手機", "zh-Hant"},
    {"英伟达(Nvidia)宣布与甲骨文(Oracle)扩大合作", "zh-Hans"},
    {"据日本媒体报道，ミドリ计划在中国南方建设一座新的电池工厂，这是该公司今年宣布的第二个海外项目，"
     "投资规模达到数十亿元人民币，预计将在两年内投产，并为当地带来数千个就业岗位。",
     "zh-Hans"},
    // Japanese: kana, or Han text with Japanese forms
    {"ミドリ精機は新しい工場を建設すると発表した。", "ja"},
    {"日本銀行が金利を引き上げた。", "ja"},
    {"ソニーが買収", "ja"},
    {"経済対策発表", "ja"},
    // Languages the pipeline does not read get their own tag, not a near one
    {"Společnost oznámila, že koupí akcie svého konkurenta za miliardu korun.", "cs"},
    {"Firma poinformowała, że kupi akcje konkurenta za miliard złotych.", "pl"},
    {"Het bedrijf heeft de aandelen van de concurrent gekocht.", "nl"},
    // Nothing to go by
    {"Nvidia Q3 2025", "und"},
    {"", "und"},
};

}  // namespace

TEST_CASE("languages are told apart, in long and short texts", "[text]") {
  const TextRules& rules = TextRules::load(test::ontology_dir() + "/rules/text.ttl");
  for (const LanguageRow& row : kLanguageRows) {
    INFO(row.text);
    CHECK(text::detect_language(row.text, rules) == row.language);
  }
}

TEST_CASE("a declared language is kept; Japanese and Italian text is split into sentences", "[text]") {
  RawArticle italian;
  italian.source_id = "it";
  italian.source_path = "it.txt";
  italian.bytes = "La banca ha chiuso l'accordo con il fondo. Il gruppo è stato fondato nel 1990.";
  const Document it = test::text_stage().prepare(italian);
  CHECK(it.language == "it");
  CHECK(it.sentences.size() == 2);
  RawArticle japanese;
  japanese.source_id = "ja";
  japanese.source_path = "ja.txt";
  japanese.bytes = "ミドリ精機は新しい工場を建設すると発表した。日本銀行が金利を引き上げた。";
  const Document ja = test::text_stage().prepare(japanese);
  CHECK(ja.language == "ja");
  CHECK(ja.sentences.size() == 2);
  japanese.language = "en";
  CHECK(test::text_stage().prepare(japanese).language == "en");
}
