// Amount and quantity expressions in every language, table-driven: each row is a phrase of our
// own inside a short sentence, and the value, currency or unit it means.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dealgraph/ontology.hpp"
#include "extract/amounts.hpp"

namespace {

using dealgraph::extract::AmountParser;
using dealgraph::extract::AmountVocabulary;

const AmountParser& parser() {
  static const AmountParser instance(AmountVocabulary::load(dealgraph::Ontology(DEALGRAPH_SOURCE_ONTOLOGY).unit_rules()));
  return instance;
}

struct Row {
  const char* language;
  const char* text;
  const char* value;  // plain decimal; for a range "min-max"
  const char* code;   // currency (ISO 4217) or unit (GW, MW, chips, shares, percent)
};

// clang-format off
const std::vector<Row> kRows = {
  // Chinese, simplified
  {"zh-Hans", "公司将投资2000亿美元。", "200000000000", "USD"},
  {"zh-Hans", "交易金额为3.5亿欧元。", "350000000", "EUR"},
  {"zh-Hans", "本轮融资约8亿元人民币。", "800000000", "CNY"},
  {"zh-Hans", "订单价值120亿元。", "12000000000", "CNY"},
  {"zh-Hans", "双方签署了价值五百亿美元的协议。", "50000000000", "USD"},
  {"zh-Hans", "计划部署三千五百万颗芯片。", "35000000", "chips"},
  {"zh-Hans", "该项目容量为5吉瓦。", "5", "GW"},
  {"zh-Hans", "首期建设300兆瓦。", "300", "MW"},
  {"zh-Hans", "英伟达将持有其8%的股份。", "8", "percent"},
  {"zh-Hans", "总投资达1.2万亿日元。", "1200000000000", "JPY"},
  {"zh-Hans", "融资规模为两千亿元。", "200000000000", "CNY"},
  {"zh-Hans", "公司获得１０００亿美元投资。", "100000000000", "USD"},
  {"zh-Hans", "采购2万块GPU。", "20000", "chips"},
  {"zh-Hans", "持股比例为百分之十五。", "15", "percent"},
  // Chinese, traditional
  {"zh-Hant", "交易總額為1000億美元。", "100000000000", "USD"},
  {"zh-Hant", "公司斥資65億美元收購對手。", "6500000000", "USD"},
  {"zh-Hant", "投資規模達新台幣300億元。", "30000000000", "TWD"},
  {"zh-Hant", "集資約25億港元。", "2500000000", "HKD"},
  {"zh-Hant", "合約涉及100億瓦電力。", "10", "GW"},
  {"zh-Hant", "採購約1萬顆晶片。", "10000", "chips"},
  {"zh-Hant", "持股約4.3%。", "4.3", "percent"},
  // Portuguese
  {"pt", "A empresa vai investir 1000 mil milhões de dólares.", "1000000000000", "USD"},
  {"pt", "O aporte foi de US$ 2 bilhões.", "2000000000", "USD"},
  {"pt", "O contrato vale R$ 5 bilhões.", "5000000000", "BRL"},
  {"pt", "A compra custou 300 milhões de euros.", "300000000", "EUR"},
  {"pt", "O grupo recebeu US$ 100 bi em novos recursos.", "100000000000", "USD"},
  {"pt", "O valor ficou entre 200 e 300 mil milhões de dólares.", "200000000000-300000000000", "USD"},
  {"pt", "A operação foi avaliada em 1,5 mil milhões de euros.", "1500000000", "EUR"},
  {"pt", "O campus terá 4,75 GW de capacidade.", "4.75", "GW"},
  {"pt", "A primeira fase soma 500 megawatts.", "500", "MW"},
  {"pt", "A OpenAI poderá ficar com 10% da empresa.", "10", "percent"},
  {"pt", "A ação caiu 2,9% na segunda-feira.", "2.9", "percent"},
  {"pt", "O acordo prevê 160 milhões de ações.", "160000000", "shares"},
  {"pt", "A empresa comprou 20 mil GPUs.", "20000", "chips"},
  {"pt", "O BNDES emprestou R$ 85 milhões.", "85000000", "BRL"},
  // Spanish
  {"es", "Invertirá 100.000 millones de dólares.", "100000000000", "USD"},
  {"es", "La inversión asciende a 5.000 millones de euros.", "5000000000", "EUR"},
  {"es", "El acuerdo supera los mil millones de dólares.", "1000000000", "USD"},
  {"es", "El plan suma 2 billones de dólares.", "2000000000000", "USD"},
  {"es", "La compañía pagó 30.000 millones de dólares.", "30000000000", "USD"},
  {"es", "El centro tendrá 1,2 gigavatios de capacidad.", "1.2", "GW"},
  {"es", "Compró 18.000 chips para su centro de datos.", "18000", "chips"},
  {"es", "La participación es del 11%.", "11", "percent"},
  {"es", "El contrato vale 90.000 millones de pesos chilenos.", "90000000000", "CLP"},
  {"es", "La ronda fue de 1,1 millardos de dólares.", "1100000000", "USD"},
  {"es", "La operación se valoró en 750 millones de euros.", "750000000", "EUR"},
  {"es", "Se desplegarán 200 megavatios en Querétaro.", "200", "MW"},
  // English
  {"en", "Nvidia will invest $100 billion in the project.", "100000000000", "USD"},
  {"en", "The deal is worth $14bn.", "14000000000", "USD"},
  {"en", "It raised US$1.5 trillion in commitments.", "1500000000000", "USD"},
  {"en", "The company bought it for 150 mln dlrs.", "150000000", "USD"},
  {"en", "The unit was sold for 1.2 billion dlrs.", "1200000000", "USD"},
  {"en", "It paid £2 billion for the stake.", "2000000000", "GBP"},
  {"en", "The fund put in €500 million.", "500000000", "EUR"},
  {"en", "The round came to $2.5-3 billion.", "2500000000-3000000000", "USD"},
  {"en", "The site will draw 10 gigawatts.", "10", "GW"},
  {"en", "The first phase is 6GW.", "6", "GW"},
  {"en", "The lease covers 260 megawatts.", "260", "MW"},
  {"en", "The order is for 100,000 GPUs.", "100000", "chips"},
  {"en", "It will hold a 10% stake.", "10", "percent"},
  {"en", "Shares rose 12 percent.", "12", "percent"},
  {"en", "AMD issued warrants for 160 million shares.", "160000000", "shares"},
  {"en", "The project costs 855 crore rupees.", "8550000000", "INR"},
  {"en", "It invested HK$3 billion.", "3000000000", "HKD"},
  {"en", "The facility cost S$1.2 billion.", "1200000000", "SGD"},
  {"en", "The stake is worth about 7 pct of the company.", "7", "percent"},
  {"en", "The airline made a 2.3 billion dlr bid for its rival.", "2300000000", "USD"},
  {"en", "The brewer paid 85 mln stg for the pubs.", "85000000", "GBP"},
  {"en", "The insurer sold the unit for 640 mln marks.", "640000000", "DEM"},
  // German
  {"de", "Nvidia investiert 5 Milliarden US-Dollar.", "5000000000", "USD"},
  {"de", "Der Vertrag umfasst 17,4 Mrd. US-Dollar.", "17400000000", "USD"},
  {"de", "Die Kosten liegen bei 4,2 Mrd. Euro.", "4200000000", "EUR"},
  {"de", "Die Runde brachte 45 Millionen Franken.", "45000000", "CHF"},
  {"de", "Die Bürgschaft beträgt 120 Millionen Euro.", "120000000", "EUR"},
  {"de", "Nvidia liefert 10.000 Blackwell-GPUs an die Telekom.", "10000", "chips"},
  {"de", "Das Rechenzentrum bekommt 25.000 KI-Chips.", "25000", "chips"},
  {"de", "Geplant sind 4.000 neue H100-Beschleuniger.", "4000", "chips"},
  {"de", "Die Telekom bestellt 10.000 GPUs.", "10000", "chips"},
  {"de", "Nvidia hält rund 4 Prozent der Aktien.", "4", "percent"},
  {"de", "Das Rechenzentrum hat 100 Megawatt Leistung.", "100", "MW"},
  {"de", "Der Kaufpreis liegt bei 767 Millionen US-Dollar.", "767000000", "USD"},
  {"de", "Die Investition von rund 1 Mrd. Euro ist geplant.", "1000000000", "EUR"},
  {"de", "Geplant sind 2 Gigawatt Rechenleistung.", "2", "GW"},
  // French
  {"fr", "Le tour de table atteint 1,7 milliard d'euros.", "1700000000", "EUR"},
  {"fr", "Nvidia investira jusqu'à 10 milliards de dollars.", "10000000000", "USD"},
  {"fr", "Le contrat porte sur 30 milliards de dollars.", "30000000000", "USD"},
  {"fr", "L'opération est évaluée à 800 millions d'euros.", "800000000", "EUR"},
  {"fr", "Le campus consommera 1,4 gigawatt.", "1.4", "GW"},
  {"fr", "La première tranche fait 40 mégawatts.", "40", "MW"},
  {"fr", "ASML détient environ 11 % du capital.", "11", "percent"},
  {"fr", "Le groupe a commandé 18 000 puces.", "18000", "chips"},
  {"fr", "La fourchette va de 30 à 50 milliards d'euros.", "30000000000-50000000000", "EUR"},
  {"fr", "Bpifrance apporte 200 millions d'euros.", "200000000", "EUR"},
  // Italian
  {"it", "Il gruppo investirà 12 miliardi di dollari nel progetto.", "12000000000", "USD"},
  {"it", "L'aumento di capitale vale 450 milioni di euro.", "450000000", "EUR"},
  {"it", "La banca presterà fino a 2,5 miliardi di euro.", "2500000000", "EUR"},
  {"it", "Il fondo ha raccolto 10.000 euro in un giorno.", "10000", "EUR"},
  {"it", "Il campus richiederà 1,2 gigawatt di potenza.", "1.2", "GW"},
  {"it", "L'acquirente otterrà il 35 per cento del capitale.", "35", "percent"},
  {"it", "Il valore è tra 3 e 4 miliardi di euro.", "3000000000-4000000000", "EUR"},
  {"it", "Sono state emesse 800.000 azioni nuove.", "800000", "shares"},
};
// clang-format on

bool matches(const Row& row, const AmountParser::Found& found) {
  const std::string code = row.code;
  const std::string value = row.value;
  const std::size_t dash = value.find('-');
  for (const auto& amount : found.amounts) {
    if (amount.currency != code) continue;
    if (dash == std::string::npos) {
      if (amount.value && amount.value->to_string() == value) return true;
      if (amount.min && amount.max && amount.min->to_string() == value) return true;
    } else if (amount.min && amount.max && amount.min->to_string() == value.substr(0, dash) &&
               amount.max->to_string() == value.substr(dash + 1)) {
      return true;
    }
  }
  for (const auto& quantity : found.quantities)
    if (quantity.unit == code && quantity.value.to_string() == value) return true;
  return false;
}

}  // namespace

TEST_CASE("a compound counts chips only when its last part is a chip noun and the number stands apart", "[extract][amount-table]") {
  for (const char* text : {"Die Firma baut 10.000 GPU-Server.", "Sie kauft 500 Chip-Fabriken nicht.",
                           "Sie liefert für 9 Mrd. Euro 910C-Prozessoren."}) {
    INFO(text);
    for (const auto& quantity : parser().find_all(text, "de").quantities) CHECK(quantity.unit != "chips");
  }
}

TEST_CASE("amount table: phrases of money and measure in seven languages", "[extract][amount-table]") {
  REQUIRE(kRows.size() >= 80);
  int index = 0;
  for (const Row& row : kRows) {
    DYNAMIC_SECTION(row.language << " #" << ++index << ": " << row.text) {
      const auto found = parser().find_all(row.text, row.language);
      std::string seen;
      for (const auto& a : found.amounts)
        seen += "[" + a.as_written + " = " + (a.value ? a.value->to_string() : (a.min ? a.min->to_string() : "?") + "-" + (a.max ? a.max->to_string() : "?")) + " " + a.currency + "] ";
      for (const auto& q : found.quantities) seen += "[" + q.as_written + " = " + q.value.to_string() + " " + q.unit + "] ";
      INFO("found: " << seen);
      CHECK(matches(row, found));
    }
  }
}

namespace {

struct PerShareRow {
  const char* language;
  const char* text;
  const char* value;      // the amount's value
  bool per_share;         // whether it is a price per share
};

// clang-format off
const std::vector<PerShareRow> kPerShareRows = {
  {"en", "Kestrel offered 41.25 dlrs a share for the rest of the company.", "41.25", true},
  {"en", "The buyer will pay $18 per share in cash.", "18", true},
  {"en", "Holders get 7.10 dollars per common share under the plan.", "7.1", true},
  {"en", "The bid values the firm at 900 mln dlrs, or 22 dlrs a share.", "900000000", false},
  {"en", "The bid values the firm at 900 mln dlrs, or 22 dlrs a share.", "22", true},
  {"en", "It paid $3 billion for a share of the venture.", "3000000000", false},
  {"de", "Der Bieter zahlt 31,50 Euro je Aktie.", "31.5", true},
  {"de", "Geboten werden 12 Euro pro Aktie, insgesamt 2 Milliarden Euro.", "2000000000", false},
  {"fr", "L'acheteur propose 20 euros par action aux actionnaires.", "20", true},
  {"fr", "L'offre de 15,40 euros l'action valorise le groupe à 3 milliards d'euros.", "15.4", true},
  {"fr", "L'offre de 15,40 euros l'action valorise le groupe à 3 milliards d'euros.", "3000000000", false},
  {"es", "La oferta es de 9,75 euros por acción en efectivo.", "9.75", true},
  {"pt", "A compradora pagará US$ 12 por ação aos minoritários.", "12", true},
  {"pt", "O negócio soma R$ 4 bilhões, ou R$ 30 por ação.", "4000000000", false},
  {"it", "L'offerta è di 3,20 euro per azione.", "3.2", true},
  {"en", "At the closing price of 12.40 dlrs the stake is worth 30 mln dlrs.", "12.4", true},
  {"en", "At the closing price of 12.40 dlrs the stake is worth 30 mln dlrs.", "30000000", false},
  {"zh-Hans", "该股昨日收盘价为8.15元，本次交易总额为6亿元。", "8.15", true},
  {"zh-Hans", "该股昨日收盘价为8.15元，本次交易总额为6亿元。", "600000000", false},
  {"de", "Beim Schlusskurs von 41,50 Euro ist das Paket 2 Milliarden Euro wert.", "41.5", true},
  {"ja", "同社の株価は1200円で、買収総額は900億円となる。", "1200", true},
  {"zh-Hans", "收购方将以每股5美元的价格买下全部股份。", "5", true},
  {"zh-Hans", "本次发行价格为12.5元/股。", "12.5", true},
  {"zh-Hans", "交易总价为30亿美元。", "3000000000", false},
  {"zh-Hant", "收購價為每股8.2港元。", "8.2", true},
  {"ja", "買収価格は1株あたり500円となる。", "500", true},
};
// clang-format on

}  // namespace

TEST_CASE("amount table: a price per share is marked as one, a total is not", "[extract][amount-table]") {
  int index = 0;
  for (const PerShareRow& row : kPerShareRows) {
    DYNAMIC_SECTION(row.language << " #" << ++index << ": " << row.text) {
      const auto found = parser().find_all(row.text, row.language);
      bool seen = false;
      for (const auto& amount : found.amounts) {
        if (!amount.value || amount.value->to_string() != row.value) continue;
        seen = true;
        CHECK(amount.per_share == row.per_share);
      }
      CHECK(seen);
    }
  }
}

TEST_CASE("amount table: an article counts as one only before a unit that allows it", "[extract][amount-table]") {
  const std::vector<Row> rows = {
      {"en", "The site will bring more than a gigawatt online.", "1", "GW"},
      {"en", "Its first hall draws a megawatt.", "1", "MW"},
      {"fr", "Le site apportera plus d'un gigawatt au réseau.", "1", "GW"},
      {"de", "Der Standort liefert mehr als ein Gigawatt.", "1", "GW"},
      {"es", "La planta sumará un gigavatio en 2027.", "1", "GW"},
      {"it", "Il parco fornirà un gigawatt alla rete.", "1", "GW"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(matches(row, parser().find_all(row.text, row.language)));
  }
  for (const char* text : {"They paid a dollar more.", "It sold a share of its unit.", "He owns a percent or so.",
                           "The lab bought a chip."}) {
    INFO(text);
    const auto found = parser().find_all(text, "en");
    CHECK(found.amounts.empty());
    CHECK(found.quantities.empty());
  }
}

TEST_CASE("amount table: Japanese qualifiers and thousands commas before a Han scale word", "[extract][amount-table]") {
  struct QualifiedRow {
    const char* text;
    const char* value;
    const char* qualifier;
  };
  const std::vector<QualifiedRow> rows = {
      {"同社は最大1,000億ドルを投じる。", "100000000000", "up to"},
      {"買収額は約2,300億円となる。", "230000000000", "about"},
      {"出資額は500億円超に上る。", "50000000000", "more than"},
      {"取得額は10億円未満。", "1000000000", "less than"},
      {"投資額は3兆2,000億円。", "3200000000000", ""},
  };
  for (const QualifiedRow& row : rows) {
    INFO(row.text);
    const auto found = parser().find_all(row.text, "ja");
    REQUIRE(found.amounts.size() == 1);
    REQUIRE(found.amounts[0].value);
    CHECK(found.amounts[0].value->to_string() == row.value);
    CHECK(found.amounts[0].qualifier == row.qualifier);
  }
  const auto capacity = parser().find_all("少なくとも3ギガワットを確保する。", "ja");
  REQUIRE(capacity.quantities.size() == 1);
  CHECK(capacity.quantities[0].qualifier == "at least");
}

TEST_CASE("amount table: energy is no capacity", "[extract][amount-table]") {
  const std::vector<std::pair<const char*, const char*>> texts = {
      {"en", "The utility will sell 30,000 megawatt-hours a year."},
      {"en", "The plant made 2 gigawatt hours last week."},
      {"fr", "Le parc produit 300 mégawatts-heure par jour."},
      {"es", "La planta generó 40 megavatios hora en enero."},
      {"zh-Hans", "该电站去年发电5000千瓦时。"},
  };
  for (const auto& [language, text] : texts) {
    INFO(text);
    CHECK(parser().find_all(text, language).quantities.empty());
  }
  CHECK(parser().find_all("该项目将部署10吉瓦时，双方各出资一半。", "zh-Hans").quantities.size() == 1);
}

TEST_CASE("amount table: a possessive between a count and its chip noun is passed over", "[extract][amount-table]") {
  const std::vector<Row> rows = {
      {"en", "The lab will rent up to 300,000 of its custom AI chips next year.", "300000", "chips"},
      {"en", "Both labs ordered 50,000 of their accelerator GPUs.", "50000", "chips"},
      {"en", "The founder sold 2 million of its shares to the fund.", "2000000", "shares"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    CHECK(matches(row, parser().find_all(row.text, row.language)));
  }
}
