#include <catch2/catch.hpp>

#include <algorithm>

#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

// The local names of the lexicon entities found in `text`.
std::vector<std::string> found(const std::string& text, const std::string& language) {
  std::vector<std::string> names;
  for (const Mention& m : test::facts_of(text, language).mentions)
    if (m.entity_key.rfind("new:", 0) != 0) names.push_back(m.entity_key.substr(m.entity_key.rfind('/') + 1));
  return names;
}

// A sentence, its language, and whether the lexicon entity must be found in it or must not.
struct Case {
  const char* text;
  const char* language;
  const char* entity;
  bool expected;
};

void check(const Case& c) {
  INFO(c.text);
  const auto names = found(c.text, c.language);
  std::string all;
  for (const auto& name : names) all += name + " ";
  INFO("found: " << all);
  CHECK((std::find(names.begin(), names.end(), c.entity) != names.end()) == c.expected);
}

}  // namespace

TEST_CASE("labels that are also common words or names count only where the context confirms them",
          "[extract][guards]") {
  const Case cases[] = {
      {"W. R. Grace reported higher sales of specialty chemicals.", "en", "grace", false},
      {"Nvidia said its Grace CPU ships next year.", "en", "grace", true},
      {"The Grace chip pairs with two accelerators.", "en", "grace", true},
      {"Jean-Claude Biver spoke at the watch fair.", "en", "claude", false},
      {"Anthropic released a new version of Claude on Tuesday.", "en", "claude", true},
      {"Gemma Jackson joined the board of a mining firm.", "en", "gemma", false},
      {"The open Gemma model runs on a laptop, Google said.", "en", "gemma", true},
      {"Senator Marsha Blackwell voted against the bill.", "en", "blackwell", false},
      {"Demand for Blackwell GPUs exceeds supply.", "en", "blackwell", true},
      {"Shares of <GPU> rose 5 pct in early trading.", "en", "gpu", false},
      {"The GPU market grew last year.", "en", "gpu", true},
      {"Regulators approved a GPU <GPU> unit's rate cut.", "en", "gpu", false},
      {"<Trillium Exploration Corp> has a 20 pct stake.", "en", "trillium", false},
      {"The computer services group Cap Gemini won a contract.", "en", "gemini", false},
      {"Google said Gemini now answers questions in more languages.", "en", "gemini", true},
      {"Admiral Hopper wrote the first compiler.", "en", "hopper", false},
      {"Utility <GPU> cut rates. GPU said its auditors agreed.", "en", "gpu", false},
      {"Sales of the Chevrolet Cobalt rose.", "en", "cobalt", false},
      {"Judge Rubin dismissed the case.", "en", "rubin", false},
      {"Nvidia will ship Rubin next year.", "en", "rubin", true},
      {"Ampere Analysis expects console sales to fall.", "en", "ampere", false},
      {"Orange County approved a new budget.", "en", "orange", false},
      {"Orange and Vodafone agreed to share masts.", "en", "orange", true},
      {"Volta Redonda beat its rival on Sunday.", "en", "volta", false},
      {"Jean-Claude Trichet a présidé la réunion.", "fr", "claude", false},
      {"Orange a relevé ses prévisions, selon l'opérateur.", "fr", "orange", true},
      {"La puce Blackwell équipera les serveurs.", "fr", "blackwell", true},
      {"Claude Bébéar a quitté la présidence.", "fr", "claude", false},
      {"Grace Kelly est née à Philadelphie.", "fr", "grace", false},
      {"O Volta Redonda venceu o jogo de domingo.", "pt", "volta", false},
      {"A arquitetura Volta da Nvidia chegou em 2017.", "pt", "volta", true},
      {"Gemma Santos foi eleita vereadora.", "pt", "gemma", false},
      {"O processador Grace consome pouca energia.", "pt", "grace", true},
      {"O modelo Claude responde em português.", "pt", "claude", true},
      {"A Azure Ventures fechou o acordo.", "pt", "azure", false},
      {"Claude Monet malte Seerosen.", "de", "claude", false},
      {"Der Prozessor Grace arbeitet mit schnellem Speicher.", "de", "grace", true},
      {"Frau Blackwell leitet die Schule.", "de", "blackwell", false},
      {"Das Sprachmodell Claude beantwortet Fragen.", "de", "claude", true},
      {"Die Cloud Azure wächst schneller als erwartet.", "de", "azure", true},
      {"Die Aktie von <GPU> fiel am Montag.", "de", "gpu", false},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("short Chinese and Japanese labels count only as words of their own", "[extract][guards][han]") {
  const Case cases[] = {
      {"我今天买了两斤苹果和香蕉。", "zh-Hans", "apple", false},
      {"台积电将向苹果供应新一代芯片。", "zh-Hans", "apple", true},
      {"苹果公司发布了新款手机。", "zh-Hans", "apple", true},
      {"苹果股价上涨了三个百分点。", "zh-Hans", "apple", true},
      {"他8日经中国证监会批准上市。", "zh-Hans", "nikkei", false},
      {"据日经报道，该公司将扩产。", "zh-Hans", "nikkei", true},
      {"OpenAI和博通合作研发芯片。", "zh-Hans", "broadcom", true},
      {"蘋果公司推出新手機。", "zh-Hant", "apple", true},
      {"她在市場買了蘋果和梨。", "zh-Hant", "apple", false},
      {"日経によると、同社は増産する。", "ja", "nikkei", true},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("the world's companies and public bodies: names that are also words or surnames need their context",
          "[extract][guards][world]") {
  const Case cases[] = {
      {"Harrison Ford starred in the film.", "en", "ford-motor", false},
      {"Ford Motor cut its forecast on Tuesday.", "en", "ford-motor", true},
      {"Ford said its shares fell after the recall.", "en", "ford-motor", true},
      {"Tony Abbott spoke in Canberra.", "en", "abbott-laboratories", false},
      {"Shell raised its dividend, the company said.", "en", "shell-plc", true},
      {"The African National Congress won the vote.", "en", "us-congress", false},
      {"The African National Congress won the vote.", "en", "african-national-congress", true},
      {"Mobile World Congress opens in Barcelona.", "en", "us-congress", false},
      {"Congress passed the budget after lawmakers agreed.", "en", "us-congress", true},
      {"The Federal Reserve left rates unchanged.", "en", "federal-reserve", true},
      {"Le Casino de Monte-Carlo a rouvert.", "fr", "casino-guichard", false},
      {"Casino a vendu des magasins, a annoncé la société.", "fr", "casino-guichard", true},
      {"La Banque centrale européenne a relevé ses taux.", "fr", "ecb", true},
      {"Der Puma ist ein Raubtier.", "de", "puma-se", false},
      {"Die Deutsche Bahn erhöht die Preise.", "de", "deutsche-bahn", true},
      {"Die Bundesbank warnt vor einer Rezession.", "de", "bundesbank", true},
      {"El Banco de España publicó su informe.", "es", "bank-of-spain", true},
      {"Vale a pena esperar pela decisão.", "pt", "vale-sa", false},
      {"A Vale anunciou lucro recorde, segundo a empresa.", "pt", "vale-sa", true},
      {"Il Leonardo da Vinci è un aeroporto.", "it", "leonardo-spa", false},
      {"农业部门负责监管农产品质量。", "zh-Hans", "china-agriculture-ministry", false},
      {"中国人民银行宣布降准。", "zh-Hans", "pboc", true},
      {"一辆奥迪车在路口被树枝砸中。", "zh-Hans", "audi", false},
      {"宝马公布财报，净利润下降。", "zh-Hans", "bmw", true},
      {"松下忠洋出任金融担当大臣。", "zh-Hans", "panasonic", false},
      {"证监会批准了新规。", "zh-Hans", "csrc", true},
      {"丰田汽车在华销量增长。", "zh-Hans", "toyota", true},
      {"日本銀行は金融政策を維持した。", "ja", "boj", true},
      {"トヨタ自動車は新車を発表した。", "ja", "toyota", true},
      {"Neste caso, a decisão cabe ao juiz.", "pt", "neste", false},
      {"Os benefícios da BCG para recém-nascidos são conhecidos.", "pt", "bcg", false},
      {"The deal values the firm at 3M dollars.", "en", "3m", false},
      {"Chancellor Kohl's coalition won the vote in Hesse.", "en", "kohls", false},
      {"Yara Silva foi eleita prefeita.", "pt", "yara", false},
      {"Die Allianz für Arbeit fordert höhere Löhne.", "de", "allianz", false},
      {"Der Versicherer Allianz hob seine Prognose an.", "de", "allianz", true},
      {"Le constructeur Renault a présenté un nouveau modèle.", "fr", "renault-group", true},
      {"Amadeus gewann damals acht Oscars.", "de", "amadeus", false},
      {"The grid runs at 50 Hertz in Europe.", "en", "hertz", false},
      {"Avis aux voyageurs : le train partira en retard.", "fr", "avis-budget", false},
      {"Sears said its shares rose after the sale.", "en", "sears", true},
  };
  for (const Case& c : cases) check(c);
}
