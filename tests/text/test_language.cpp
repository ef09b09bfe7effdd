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
    {"Il consiglio di amministrazione ha approvato ieri la vendita della controllata tedesca.", "it"},
    // Short quotes in English
    {"\"We are very happy,\" she said.", "en"},
    {"\"It is done,\" he said.", "en"},
    // Languages the pipeline does not read get their own tag, not a near one
    {"Společnost oznámila, že koupí akcie svého konkurenta za miliardu korun.", "cs"},
    {"Banka v pondělí uvedla, že prodá svůj podíl v pojišťovně.", "cs"},
    {"Vláda schválila prodej státního podílu v energetické firmě.", "cs"},
    {"Firma poinformowała, że kupi akcje konkurenta za miliard złotych.", "pl"},
    {"Het bedrijf heeft de aandelen van de concurrent gekocht.", "nl"},
    {"Компания сообщила, что купит акции конкурента за миллиард рублей.", "ru"},
    {"Банк в понедельник объявил о продаже своей доли в страховой компании.", "ru"},
    {"Компания Google купила небольшой стартап из Казани.", "ru"},  // a Latin name does not make a Latin text
    {"Компанія повідомила, що купить акції конкурента за мільярд гривень.", "uk"},
    {"Η εταιρεία ανακοίνωσε ότι θα αγοράσει τις μετοχές του ανταγωνιστή.", "el"},
    {"कंपनी ने कहा कि वह अपने प्रतिद्वंद्वी के शेयर खरीदेगी।", "hi"},
    {"회사는 경쟁사의 주식을 사들이겠다고 발표했다.", "ko"},
    {"Yhtiö kertoi maanantaina ostavansa kilpailijansa osakkeet miljardilla eurolla. Kauppa odottaa vielä "
     "viranomaisten hyväksyntää, ja sen arvioidaan valmistuvan ensi vuoden alussa. Hallituksen mukaan "
     "yrityskauppa vahvistaa yhtiön asemaa kotimarkkinoilla.",
     "fi"},
    {"A vállalat bejelentette, hogy megvásárolja a versenytárs részvényeit.", "hu"},
    {"Företaget meddelade på måndagen att det köper konkurrentens aktier för en miljard kronor. Affären "
     "väntar fortfarande på myndigheternas godkännande och väntas bli klar i början av nästa år.",
     "sv"},
    {"Företaget köper aktier för en miljard.", "und"},  // short, and its function words are German's too
    {"Şirket, rakibinin hisselerini bir milyar liraya satın alacağını açıkladı.", "tr"},
    // Nothing to go by, or too little to be sure: und, never a near language
    {"Nvidia Q3 2025", "und"},
    {"", "und"},
    // Short texts whose names mislead the identifier; the function words decide
    {"Non è vero.", "it"},
    {"Amazonas Digital investirá dez milhões na Quillon Labs.", "pt"},
    // ... or cannot: CLD2 reads Slovak into what is left, and a guess is worse than und
    {"Google y Amazon invertirán en Anthropic este año.", "und"},
};

}  // namespace

TEST_CASE("languages are told apart, in long and short texts", "[text]") {
  const TextRules& rules = TextRules::load(test::ontology_dir() + "/rules/text.ttl");
  for (const LanguageRow& row : kLanguageRows) {
    INFO(row.text);
    CHECK(text::detect_language(row.text, rules) == row.language);
  }
}

TEST_CASE("a language the rules do not read gets no other language's rules", "[text][extract]") {
  // The same words, tagged English and then Czech: the English deal words are read only in the first.
  const std::string sentence = "Alderbrook Systems invests $2 billion in Quillon Labs, the company said.";
  CHECK(test::facts_of(sentence, "en").deals.size() == 1);
  CHECK(test::facts_of(sentence, "cs").deals.empty());
  CHECK(test::facts_of(sentence, "ru").deals.empty());
  // Czech text is tagged Czech when no language is declared.
  RawArticle czech;
  czech.source_id = "cs";
  czech.source_path = "cs.txt";
  czech.bytes = "Banka v pondělí uvedla, že prodá svůj podíl v pojišťovně. Vláda prodej schválila.";
  CHECK(test::text_stage().prepare(czech).language == "cs");
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
