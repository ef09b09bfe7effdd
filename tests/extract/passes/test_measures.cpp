#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "harness.hpp"

using namespace dealgraph;

TEST_CASE("measures: a quantity measures only deals of the types it fits", "[extract][passes][measures]") {
  CHECK(extract::quantity_fits(DealType::EquityStake, "percent"));
  CHECK_FALSE(extract::quantity_fits(DealType::SupplyAgreement, "percent"));
  CHECK(extract::quantity_fits(DealType::CloudContract, "chips"));
  CHECK_FALSE(extract::quantity_fits(DealType::Investment, "chips"));
  CHECK(extract::quantity_fits(DealType::Partnership, "GW"));
  CHECK_FALSE(extract::quantity_fits(DealType::LoanGuarantee, "GW"));
}

TEST_CASE("measures: the sentence's status is its strongest cue", "[extract][passes][measures]") {
  CHECK(test::PassBench("Amazon is in talks to invest in Anthropic.", "en").sentence(0).status == "in-talks");
  CHECK(test::PassBench("Nvidia denied it planned to invest in Mistral AI.", "en").sentence(0).status == "denied");
}

TEST_CASE("measures: the amount and date nearest the trigger in its clause", "[extract][passes][measures]") {
  SECTION("Chinese: the clause of the trigger") {
    test::PassBench bench("腾讯投资智谱3亿元，阿里巴巴亏损50亿元。", "zh-Hans");
    const extract::SentenceWork sentence = bench.sentence(0);
    const extract::TriggerWork deal = bench.read_first_trigger(sentence);
    REQUIRE(deal.amount);
    CHECK(deal.amount->as_written == "3亿元");
  }
  SECTION("Chinese: a later clause that only gives the value") {
    test::PassBench bench("腾讯向智谱注资，金额约20亿元。", "zh-Hans");
    const extract::SentenceWork sentence = bench.sentence(0);
    const extract::TriggerWork deal = bench.read_first_trigger(sentence);
    REQUIRE(deal.amount);
    CHECK(deal.amount->as_written.find("20亿元") != std::string::npos);
  }
  SECTION("Spanish: a dated sentence") {
    test::PassBench bench("El 3 de marzo de 2025 Amazon invirtió 4.000 millones de dólares en Anthropic.", "es");
    const extract::SentenceWork sentence = bench.sentence(0);
    const extract::TriggerWork deal = bench.read_first_trigger(sentence);
    CHECK(deal.date == "2025-03-03");
    REQUIRE(deal.amount);
    CHECK(deal.amount->currency == "USD");
  }
}

TEST_CASE("measures: a value in the next sentence goes to the deal stated without one", "[extract][passes][measures]") {
  const ArticleFacts facts = test::facts_of("A Microsoft vai investir na Mistral AI. O valor é de 2 mil milhões de euros.", "pt");
  REQUIRE(facts.deals.size() == 2);
  CHECK(facts.deals[0].amounts.empty());
  REQUIRE(facts.deals[1].amounts.size() == 1);
  CHECK(facts.deals[1].amounts[0].currency == "EUR");
  CHECK(facts.deals[1].trigger == "valor");
  CHECK(facts.deals[1].parties == facts.deals[0].parties);
}

TEST_CASE("measures: the price named after the deal in the next sentence is its value", "[extract][passes][measures]") {
  SECTION("Japanese 買収総額") {
    const ArticleFacts facts = test::facts_of("ソフトバンクはインテルから半導体事業を取得すると明らかにした。買収総額は300億円の見通し。", "ja");
    REQUIRE(facts.deals.size() == 2);
    REQUIRE(facts.deals[1].amounts.size() == 1);
    CHECK(facts.deals[1].amounts[0].currency == "JPY");
    CHECK(facts.deals[1].amounts[0].value->to_string() == "30000000000");
    CHECK(facts.deals[1].parties == facts.deals[0].parties);
  }
  SECTION("Italian valore, with an Italian amount") {
    const ArticleFacts facts = test::facts_of("Microsoft investirà in Mistral AI. Il valore è di 1,5 miliardi di euro.", "it");
    REQUIRE(facts.deals.size() == 2);
    REQUIRE(facts.deals[1].amounts.size() == 1);
    CHECK(facts.deals[1].amounts[0].currency == "EUR");
    CHECK(facts.deals[1].amounts[0].value->to_string() == "1500000000");
  }
}

namespace {

// The measures of `facts`' deals that name the same parties as its first one, in order.
std::string follow_ups(const ArticleFacts& facts) {
  std::string out;
  for (const DealClaim& deal : facts.deals) {
    if (deal.parties != facts.deals.front().parties) continue;
    for (const Amount& a : deal.amounts) out += "[" + a.as_written + "]";
    for (const Quantity& q : deal.quantities) out += "[" + q.value.to_string() + " " + q.unit + "]";
  }
  return out;
}

}  // namespace

TEST_CASE("measures: a sentence after the deal that states none of its own gives what the deal lacked",
          "[extract][passes][measures]") {
  SECTION("a value two sentences on, with no money named between") {
    const ArticleFacts facts =
        test::facts_of("ソフトバンクはインテルから半導体事業を取得すると明らかにした。事業の立て直しを急ぐ。買収額は120億円となる。", "ja");
    REQUIRE_FALSE(facts.deals.empty());
    CHECK(follow_ups(facts) == "[120億円]");
  }
  SECTION("no value once other money was named between") {
    const ArticleFacts facts = test::facts_of(
        "Microsoft will invest in Mistral AI. Its cloud unit earned $900 million last quarter. The value is $2 billion.", "en");
    REQUIRE_FALSE(facts.deals.empty());
    CHECK(follow_ups(facts).empty());
  }
  SECTION("a capacity in a sentence that names a party of the deal") {
    const ArticleFacts facts = test::facts_of(
        "Oracle will supply computing capacity to OpenAI. Analysts called it bold. The buildout for Oracle will need 2 gigawatts.", "en");
    REQUIRE_FALSE(facts.deals.empty());
    CHECK(follow_ups(facts) == "[2 GW]");
  }
  SECTION("German: a capacity in the next sentence") {
    const ArticleFacts facts = test::facts_of(
        "Die Telekom liefert Rechenleistung an Mistral AI. Der Standort der Telekom soll 500 Megawatt erreichen.", "de");
    REQUIRE_FALSE(facts.deals.empty());
    CHECK(follow_ups(facts) == "[500 MW]");
  }
  SECTION("a percentage after a holding named again, in each language") {
    for (const auto& [text, lang] : std::vector<std::pair<const char*, const char*>>{
             {"Nvidia acquired a stake in Intel. The stake amounts to 4.5% of Intel's capital.", "en"},
             {"Nvidia adquirió acciones de Telefónica. La participación equivale al 4,5% del capital.", "es"},
             {"Nvidia a acquis des actions d'Orange. Cette participation représente 4,5% du capital.", "fr"},
             {"Nvidia ha acquistato azioni di Telecom Italia. La quota è pari al 4,5% del capitale.", "it"}}) {
      INFO(text);
      const ArticleFacts facts = test::facts_of(text, lang);
      REQUIRE_FALSE(facts.deals.empty());
      CHECK(follow_ups(facts) == "[4.5 percent]");
    }
  }
  SECTION("no percentage for a stake that has one, nor from a sentence naming another holder") {
    for (const char* text : {"Nvidia acquired a 2% stake in Intel. The stake lifted its shares 4.5%.",
                             "Nvidia acquired a stake in Intel. The stake amounts to 4.5%, while AMD holds 3%.",
                             "Nvidia acquired shares of Intel. The acquisition meant its sales grew 4.5% last year."}) {
      INFO(text);
      const ArticleFacts facts = test::facts_of(text, "en");
      REQUIRE_FALSE(facts.deals.empty());
      CHECK(follow_ups(facts).find("4.5") == std::string::npos);
    }
  }
  SECTION("no capacity from a sentence that names none of the deal's parties") {
    const ArticleFacts facts =
        test::facts_of("Oracle will supply computing capacity to OpenAI. A dam upstream produces 2 gigawatts.", "en");
    REQUIRE_FALSE(facts.deals.empty());
    CHECK(follow_ups(facts).empty());
  }
  SECTION("no capacity from a sentence that names an organisation outside the deal") {
    const ArticleFacts facts = test::facts_of(
        "Oracle will supply computing capacity to OpenAI. It follows an earlier pact of OpenAI with Broadcom for 6 gigawatts.", "en");
    REQUIRE_FALSE(facts.deals.empty());
    CHECK(follow_ups(facts).empty());
  }
  SECTION("no value from a sentence about other companies' money") {
    const ArticleFacts facts =
        test::facts_of("腾讯宣布收购智谱10%的股份。为筹集资金，百度此前出售了所持股份，金额约30亿元。", "zh-Hans");
    REQUIRE_FALSE(facts.deals.empty());
    CHECK(follow_ups(facts) == "[10 percent]");
  }
  SECTION("a generic value word gives the last deal's value only right after it") {
    const ArticleFacts facts = test::facts_of("腾讯宣布收购智谱10%的股份。公司股价当日上涨。行业规模总额达300亿元。", "zh-Hans");
    REQUIRE_FALSE(facts.deals.empty());
    CHECK(follow_ups(facts) == "[10 percent]");
  }
  SECTION("nothing from a sentence more than three sentences on") {
    const ArticleFacts facts = test::facts_of(
        "Oracle will supply computing capacity to OpenAI. Analysts called it bold. Rivals stayed quiet. Shares were flat. "
        "Oracle says the site will need 2 gigawatts.",
        "en");
    REQUIRE_FALSE(facts.deals.empty());
    CHECK(follow_ups(facts).empty());
  }
}

TEST_CASE("measures: the deal named again by its noun gives its value, and who is quoted is no side",
          "[extract][passes][measures]") {
  struct Row {
    const char* language;
    const char* text;
    const char* expected;  // follow_ups of the first deal
  };
  const std::vector<Row> rows = {
      // The deal's noun opens a sentence that gives money; the speaker after ", a indiqué" is
      // not an organisation outside the deal.
      {"fr",
       "Amazon a finalisé son investissement dans Anthropic. L'accord comprend un apport en numéraire de 4 milliards de "
       "dollars de la part d'Amazon, a indiqué Google.",
       "[4 milliards de dollars]"},
      {"en", "Oracle agreed to supply chips to OpenAI. The deal is worth $3 billion, said Microsoft.", "[$3 billion]"},
      {"es", "Amazon invertirá en Anthropic. La operación asciende a 4.000 millones de dólares, según Google.",
       "[4.000 millones de dólares]"},
      // Not: the deal's noun alone, before a company's valuation.
      {"es", "Amazon invertirá en Anthropic. La operación eleva la valoración de Anthropic a 90.000 millones de dólares.", ""},
      // Not: an organisation named before the attribution is another side of the money.
      {"en", "Oracle agreed to supply chips to OpenAI. The deal follows a $3 billion loan that Microsoft gave Oracle.", ""},
      {"fr",
       "Amazon a finalisé son investissement dans Anthropic. L'accord suit un prêt de 4 milliards de dollars de Google "
       "à Anthropic, a indiqué Amazon.",
       ""},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    const ArticleFacts facts = test::facts_of(row.text, row.language);
    REQUIRE_FALSE(facts.deals.empty());
    CHECK(follow_ups(facts) == row.expected);
  }
}

TEST_CASE("measures: a percentage fits the type read from what changes hands, not the verb's own",
          "[extract][passes][measures]") {
  struct Row {
    const char* language;
    const char* text;
    DealType type;
    const char* percent;  // the percentage the deal carries, "" for none
  };
  const std::vector<Row> rows = {
      // A sale (a supply by its verb) of a business or of shares is a purchase of them.
      {"en", "Intel agreed to sell 100% of its networking unit to Nvidia.", DealType::Acquisition, "100"},
      {"pt", "A Intel chegou a acordo com a Nvidia para a venda da Altera por 8.000 milhões de euros para 100% do capital.",
       DealType::Acquisition, "100"},
      {"en", "Intel sold 20% of its shares in Mobileye to Nvidia.", DealType::EquityStake, "20"},
      // Not: a supply carries no percentage of anything.
      {"en", "Nvidia will supply chips to Oracle, 20% more than last year.", DealType::SupplyAgreement, ""},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    const ArticleFacts facts = test::facts_of(row.text, row.language);
    REQUIRE_FALSE(facts.deals.empty());
    CHECK(facts.deals.front().type == row.type);
    std::string percent;
    for (const Quantity& q : facts.deals.front().quantities)
      if (q.unit == "percent") percent = q.value.to_string();
    CHECK(percent == row.percent);
  }
}

TEST_CASE("measures: a value after the deals goes to the one whose stake it states again", "[extract][passes][measures]") {
  const ArticleFacts facts =
      test::facts_of("腾讯拟收购智谱25%的股份。交易完成后，腾讯将持有智谱100%的股份。经协商，该25%股份的交易价格为8亿元。", "zh-Hans");
  std::string seen;
  for (const DealClaim& deal : facts.deals) {
    seen += std::string(to_string(deal.type)) + ":";
    for (const Quantity& q : deal.quantities) seen += q.value.to_string() + q.unit + " ";
    for (const Amount& a : deal.amounts) seen += a.as_written + " ";
    seen += "| ";
  }
  INFO(seen);
  bool stake_priced = false, other_priced = false;
  for (const DealClaim& deal : facts.deals) {
    if (deal.amounts.empty()) continue;
    (deal.type == DealType::EquityStake ? stake_priced : other_priced) = true;
  }
  CHECK(stake_priced);
  CHECK_FALSE(other_priced);
}

namespace {

// The deal of `type` whose parties include `first` (by local name), or null.
const DealClaim* deal_of(const ArticleFacts& facts, DealType type, const std::string& first) {
  for (const DealClaim& deal : facts.deals)
    if (deal.type == type && !deal.parties.empty() && test::local_name(deal.parties.front().entity_key) == first) return &deal;
  return nullptr;
}

std::string values(const std::vector<Amount>& amounts) {
  std::string out;
  for (const Amount& a : amounts) out += (out.empty() ? "" : " ") + (a.value ? a.value->to_string() : std::string("?"));
  return out;
}

struct PriceRow {
  const char* language;
  const char* text;
  const char* total;  // the deal's amount, empty when none is stated
  const char* price;  // its price per share
};

struct OwnerRow {
  const char* language;
  const char* text;
  DealType with_amount;     // the deal the amount modifies
  const char* with_first;   // its first party
  DealType without_amount;  // a deal nearby it does not
  const char* without_first;
};

}  // namespace

TEST_CASE("measures: a price per share is the deal's price per share, never its amount", "[extract][passes][measures]") {
  // clang-format off
  const std::vector<PriceRow> rows = {
    {"en", "Oracle agreed to acquire Nvidia for 95 dlrs a share, or about 28 billion dlrs.", "28000000000", "95"},
    {"en", "Oracle agreed to acquire Nvidia for $61.20 per share in cash.", "", "61.2"},
    {"de", "Oracle übernimmt Nvidia für 31,50 Euro je Aktie, insgesamt 9 Milliarden Euro.", "9000000000", "31.5"},
    {"fr", "Oracle va racheter Nvidia pour 20 euros par action, soit 4 milliards d'euros.", "4000000000", "20"},
    {"es", "Oracle comprará Nvidia por 9,75 euros por acción, unos 3.000 millones de euros.", "3000000000", "9.75"},
    {"pt", "A Oracle vai comprar a Nvidia por US$ 12 por ação, num total de US$ 2 bilhões.", "2000000000", "12"},
    {"zh-Hans", "甲骨文以每股5美元收购英伟达，交易总额30亿美元。", "3000000000", "5"},
  };
  // clang-format on
  for (const PriceRow& row : rows) {
    INFO(row.language << ": " << row.text);
    const ArticleFacts facts = test::facts_of(row.text, row.language);
    const DealClaim* deal = deal_of(facts, DealType::Acquisition, "oracle");
    REQUIRE(deal);
    CHECK(values(deal->amounts) == row.total);
    CHECK(values(deal->prices_per_share) == row.price);
  }
}

TEST_CASE("measures: an amount belongs to the deal word that governs it, not to every deal of the sentence",
          "[extract][passes][measures]") {
  // clang-format off
  const std::vector<OwnerRow> rows = {
    {"en", "Microsoft invests $5 billion in Anthropic and Nvidia supplies chips to Anthropic.",
     DealType::Investment, "microsoft", DealType::SupplyAgreement, "nvidia"},
    {"en", "Nvidia supplies chips to Anthropic, and Microsoft invests $5 billion in Anthropic.",
     DealType::Investment, "microsoft", DealType::SupplyAgreement, "nvidia"},
    {"de", "Microsoft investiert 5 Milliarden Dollar in Anthropic und Nvidia liefert Chips an Anthropic.",
     DealType::Investment, "microsoft", DealType::SupplyAgreement, "nvidia"},
    {"fr", "Microsoft investit 5 milliards de dollars dans Anthropic et Nvidia fournit des puces à Anthropic.",
     DealType::Investment, "microsoft", DealType::SupplyAgreement, "nvidia"},
    {"es", "Microsoft invierte 5.000 millones de dólares en Anthropic y Nvidia suministra chips a Anthropic.",
     DealType::Investment, "microsoft", DealType::SupplyAgreement, "nvidia"},
    {"pt", "A Microsoft investe 5 bilhões de dólares na Anthropic e a Nvidia fornece chips para a Anthropic.",
     DealType::Investment, "microsoft", DealType::SupplyAgreement, "nvidia"},
    {"fr", "Nvidia fournit des puces à Anthropic, tandis qu'Amazon va investir 8 milliards de dollars dans Anthropic.",
     DealType::Investment, "amazon", DealType::SupplyAgreement, "nvidia"},
  };
  // clang-format on
  for (const OwnerRow& row : rows) {
    INFO(row.language << ": " << row.text);
    const ArticleFacts facts = test::facts_of(row.text, row.language);
    const DealClaim* with = deal_of(facts, row.with_amount, row.with_first);
    const DealClaim* without = deal_of(facts, row.without_amount, row.without_first);
    REQUIRE(with);
    REQUIRE(without);
    CHECK(with->amounts.size() == 1);
    CHECK(without->amounts.empty());
  }
}

TEST_CASE("measures: a sum the sentence gave a currency once keeps it", "[extract][passes][measures]") {
  const ArticleFacts facts = test::facts_of(
      "Amazon investira 10 milliards de dollars dans Mistral AI, alors que Microsoft, de son côté, investira 5 milliards dans Cohere.", "fr");
  const DealClaim* microsoft = deal_of(facts, DealType::Investment, "microsoft");
  REQUIRE(microsoft);
  REQUIRE(microsoft->amounts.size() == 1);
  CHECK(values(microsoft->amounts) == "5000000000");
  CHECK(microsoft->amounts[0].currency == "USD");
}

TEST_CASE("measures: Chinese funds and registered capital in a clause of their own are the deal's value",
          "[extract][passes][measures]") {
  SECTION("a joint venture's registered capital") {
    const ArticleFacts facts = test::facts_of("腾讯宣布与阿里巴巴共同设立一家合资公司，注册资本8000万元，其中腾讯持股60%。", "zh-Hans");
    const DealClaim* venture = deal_of(facts, DealType::Partnership, "tencent");
    REQUIRE(venture);
    CHECK(values(venture->amounts) == "80000000");
  }
  SECTION("the funds a purchase of shares involves, beside its price per share") {
    const ArticleFacts facts = test::facts_of("腾讯计划以每股12.5元的价格收购阿里巴巴20%的股权，涉及资金约6亿元。", "zh-Hans");
    const DealClaim* stake = deal_of(facts, DealType::EquityStake, "tencent");
    REQUIRE(stake);
    CHECK(values(stake->amounts) == "600000000");
    CHECK(values(stake->prices_per_share) == "12.5");
  }
}

TEST_CASE("measures: in a list of objects each takes the quantity written right after its name", "[extract][passes][measures]") {
  const ArticleFacts facts = test::facts_of("腾讯本周在公开市场买入 阿里巴巴 1200万股、百度 300.5万股和京东 80万股。", "zh-Hans");
  std::map<std::string, std::string> shares_of;  // investee -> its quantity of shares
  for (const DealClaim& deal : facts.deals)
    for (const Quantity& quantity : deal.quantities)
      if (quantity.unit == "shares" && deal.parties.size() == 2)
        shares_of[test::local_name(deal.parties[1].entity_key)] = quantity.value.to_string();
  for (const auto& [investee, shares] : shares_of) UNSCOPED_INFO(investee << " " << shares);
  CHECK(shares_of == std::map<std::string, std::string>{{"alibaba", "12000000"}, {"baidu", "3005000"}, {"jd-com", "800000"}});
}

TEST_CASE("measures: each founder's share of a Chinese joint venture is the venture's quantity", "[extract][passes][measures]") {
  auto shares = [](const DealClaim& deal) {
    std::string out;
    for (const Quantity& q : deal.quantities)
      if (q.unit == "percent") out += (out.empty() ? "" : " ") + q.value.to_string();
    return out;
  };
  SECTION("simplified: both founders' shares in later clauses") {
    const ArticleFacts facts =
        test::facts_of("腾讯宣布与百度共同设立一家算力公司，注册资本2亿元，其中腾讯持股51%，百度持股49%。", "zh-Hans");
    const DealClaim* venture = deal_of(facts, DealType::Partnership, "tencent");
    REQUIRE(venture);
    CHECK(shares(*venture) == "51 49");
  }
  SECTION("traditional: a percent after no founder's name is not a share") {
    const ArticleFacts facts =
        test::facts_of("百度與騰訊宣布共同成立合資公司，註冊資本1億元，當日大盤上漲3%。", "zh-Hant");
    for (const DealClaim& deal : facts.deals)
      if (deal.type == DealType::Partnership) CHECK(shares(deal).empty());
  }
}

TEST_CASE("measures: a Chinese clause that names no organisation goes on stating the deal before it",
          "[extract][passes][measures]") {
  auto shares = [](const ArticleFacts& facts) {
    std::string out;
    for (const DealClaim& deal : facts.deals)
      for (const Quantity& q : deal.quantities) out += "[" + q.value.to_string() + " " + q.unit + "]";
    return out;
  };
  CHECK(shares(test::facts_of("腾讯增持阿里巴巴，共计买入500万股。", "zh-Hans")) == "[5000000 shares]");
  CHECK(shares(test::facts_of("騰訊增持阿里巴巴，前後兩次各自買入300萬股和1億股。", "zh-Hant")) ==
        "[3000000 shares][100000000 shares]");
  CHECK(shares(test::facts_of("腾讯增持阿里巴巴，百度同日买入200万股。", "zh-Hans")).empty());
}

TEST_CASE("measures: the sentence after a deal that names it again by its noun gives its value", "[extract][passes][measures]") {
  struct Row {
    const char* language;
    const char* text;
    const char* value;
  };
  const std::vector<Row> rows = {
      {"en", "Microsoft acquired Mistral AI on Monday. The acquisition was valued at $4 billion.", "[$4 billion]"},
      {"es", "Amazon comprará Anthropic. La compra tiene un valor de 3.000 millones de euros.", "[3.000 millones de euros]"},
      {"fr", "Nvidia rachète Mistral AI. L'acquisition, d'un montant de 2 milliards d'euros, sera finalisée en mars.",
       "[2 milliards d'euros]"},
      {"pt", "A Microsoft vai comprar a Mistral AI. A compra tem um valor de 900 milhões de euros.", "[900 milhões de euros]"},
      {"it", "Nvidia acquisirà Mistral AI. Il prezzo dell'acquisizione è di 1,2 miliardi di euro.", "[1,2 miliardi di euro]"},
      {"de", "SAP übernimmt Mistral AI. Der Kaufpreis der Übernahme liegt bei 800 Millionen Euro.", "[800 Millionen Euro]"},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    const ArticleFacts facts = test::facts_of(row.text, row.language);
    REQUIRE_FALSE(facts.deals.empty());
    CHECK(follow_ups(facts) == row.value);
  }
}
