// The amount and quantity parser (src/extract/amounts.hpp) and Decimal (src/extract/decimal.cpp).
// Every sentence here was written for these tests.
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "dealgraph/error.hpp"
#include "dealgraph/facts.hpp"
#include "dealgraph/ontology.hpp"
#include "extract/amounts.hpp"

namespace {

using dealgraph::Amount;
using dealgraph::Decimal;
using dealgraph::Quantity;
using dealgraph::extract::AmountParser;
using dealgraph::extract::AmountVocabulary;
using dealgraph::extract::parse_decimal;

std::string units_ttl() { return dealgraph::Ontology(DEALGRAPH_SOURCE_ONTOLOGY).unit_rules(); }

const AmountParser& parser() {
  static const AmountParser instance(AmountVocabulary::load(units_ttl()));
  return instance;
}

// find_all, checking that every span is where as_written says it is and results come in order.
AmountParser::Found find(std::string_view text, std::string_view language) {
  AmountParser::Found found = parser().find_all(text, language);
  std::size_t last = 0;
  for (const Amount& a : found.amounts) {
    REQUIRE(a.byte_begin < a.byte_end);
    REQUIRE(a.byte_end <= text.size());
    CHECK(text.substr(a.byte_begin, a.byte_end - a.byte_begin) == a.as_written);
    CHECK(a.byte_begin >= last);
    last = a.byte_end;
    CHECK(a.value.has_value() != (a.min.has_value() && a.max.has_value()));
  }
  last = 0;
  for (const Quantity& q : found.quantities) {
    REQUIRE(q.byte_begin < q.byte_end);
    REQUIRE(q.byte_end <= text.size());
    CHECK(text.substr(q.byte_begin, q.byte_end - q.byte_begin) == q.as_written);
    CHECK(q.byte_begin >= last);
    last = q.byte_end;
  }
  return found;
}

std::string str(const std::optional<Decimal>& d) { return d ? d->to_string() : std::string("(none)"); }

// The one amount in `text`, and no quantity.
Amount one_amount(std::string_view text, std::string_view language) {
  const auto found = find(text, language);
  INFO(text);
  REQUIRE(found.amounts.size() == 1);
  CHECK(found.quantities.empty());
  return found.amounts.front();
}

// The one quantity in `text`, and no amount.
Quantity one_quantity(std::string_view text, std::string_view language) {
  const auto found = find(text, language);
  INFO(text);
  REQUIRE(found.quantities.size() == 1);
  CHECK(found.amounts.empty());
  return found.quantities.front();
}

void check_amount(const Amount& a, const std::string& value, const std::string& currency, const std::string& written) {
  INFO(a.as_written);
  CHECK(str(a.value) == value);
  CHECK_FALSE(a.min);
  CHECK_FALSE(a.max);
  CHECK(a.currency == currency);
  CHECK(a.as_written == written);
}

void check_range(const Amount& a, const std::string& min, const std::string& max, const std::string& currency,
                 const std::string& written) {
  INFO(a.as_written);
  CHECK_FALSE(a.value);
  CHECK(str(a.min) == min);
  CHECK(str(a.max) == max);
  CHECK(a.currency == currency);
  CHECK(a.as_written == written);
}

void check_quantity(const Quantity& q, const std::string& value, const std::string& unit, const std::string& written) {
  INFO(q.as_written);
  CHECK(q.value.to_string() == value);
  CHECK(q.unit == unit);
  CHECK(q.as_written == written);
}

void check_nothing(std::string_view text, std::string_view language) {
  const auto found = find(text, language);
  INFO(text);
  for (const Amount& a : found.amounts) INFO("amount: " << a.as_written);
  for (const Quantity& q : found.quantities) INFO("quantity: " << q.as_written);
  CHECK(found.amounts.empty());
  CHECK(found.quantities.empty());
}

std::string write_temp(const std::string& name, const std::string& content) {
  const std::string path = "/tmp/dealgraph_test_" + name;
  std::ofstream(path, std::ios::binary) << content;
  return path;
}

}  // namespace

// =========================================================================================
TEST_CASE("Decimal writes plain xsd:decimal text and compares by value", "[amounts][decimal]") {
  SECTION("large whole numbers are written out without an exponent") {
    CHECK(Decimal{35, 10}.to_string() == "350000000000");
    CHECK(Decimal{350000000000, 0}.to_string() == "350000000000");
    CHECK(Decimal{1, 12}.to_string() == "1000000000000");
  }
  SECTION("fractions lose their trailing zeros") {
    CHECK(Decimal{42, -1}.to_string() == "4.2");
    CHECK(Decimal{420, -2}.to_string() == "4.2");
    CHECK(Decimal{100, -2}.to_string() == "1");
    CHECK(Decimal{5, -3}.to_string() == "0.005");
    CHECK(Decimal{15, -1}.to_string() == "1.5");
  }
  SECTION("zero and negative values are written plainly") {
    CHECK(Decimal{0, 7}.to_string() == "0");
    CHECK(Decimal{-25, -1}.to_string() == "-2.5");
    CHECK(Decimal{-3, 2}.to_string() == "-300");
  }
  SECTION("to_double gives the nearest double") {
    CHECK(Decimal{35, 10}.to_double() == 350000000000.0);
    CHECK(Decimal{29, -1}.to_double() == 2.9);
    CHECK(Decimal{1, -9}.to_double() == 1e-9);
  }
  SECTION("equal values compare equal whatever their form") {
    CHECK(Decimal{35, 10} == Decimal{350000000000, 0});
    CHECK(Decimal{420, -2} == Decimal{42, -1});
    CHECK(Decimal{0, 5} == Decimal{0, -3});
    CHECK_FALSE(Decimal{35, 10} == Decimal{35, 9});
    CHECK(Decimal{1, 0} != Decimal{-1, 0});
  }
  SECTION("parse_decimal reads xsd:decimal text and refuses anything else") {
    CHECK(parse_decimal("100000000") == Decimal{1, 8});
    CHECK(parse_decimal("0.000000001") == Decimal{1, -9});
    CHECK(parse_decimal("-4.20") == Decimal{-42, -1});
    CHECK(parse_decimal("007") == Decimal{7, 0});
    CHECK_FALSE(parse_decimal("1e9"));
    CHECK_FALSE(parse_decimal(""));
    CHECK_FALSE(parse_decimal("."));
    CHECK_FALSE(parse_decimal("12a"));
    CHECK_FALSE(parse_decimal("1234567890123456789"));
  }
}

// =========================================================================================
TEST_CASE("The amount vocabulary is read from units.ttl", "[amounts][vocabulary]") {
  SECTION("the vocabulary in the source tree loads with its words") {
    const AmountVocabulary vocabulary = AmountVocabulary::load(units_ttl());
    CHECK(vocabulary.word_count() > 100);
    CHECK(vocabulary.surface_count() > vocabulary.word_count());
    CHECK(vocabulary.source() == units_ttl());
  }
  SECTION("a file that is not Turtle fails with its file, line and column") {
    const std::string path = write_temp("bad_syntax.ttl",
                                        "@prefix dg: <https://w3id.org/dealgraph#> .\n"
                                        "@prefix dgr: <https://w3id.org/dealgraph/rules/> .\n"
                                        "dgr:scale-yi a dg:ScaleWord ; dg:surface \"亿\" ;;; dg:multiplier .\n");
    try {
      AmountVocabulary::load(path);
      FAIL("no error");
    } catch (const dealgraph::Error& e) {  // rdf::ParseError
      const std::string what = e.what();
      INFO(what);
      CHECK(what.rfind(path + ":3:", 0) == 0);
    }
    std::remove(path.c_str());
  }
  SECTION("a scale word without a multiplier is named with the place it is written") {
    const std::string path = write_temp("no_multiplier.ttl",
                                        "@prefix dg: <https://w3id.org/dealgraph#> .\n"
                                        "@prefix dgr: <https://w3id.org/dealgraph/rules/> .\n"
                                        "\n"
                                        "dgr:scale-yi a dg:ScaleWord ; dg:surface \"亿\"@zh-Hans .\n");
    try {
      AmountVocabulary::load(path);
      FAIL("no error");
    } catch (const dealgraph::KnowledgeError& e) {
      const std::string what = e.what();
      INFO(what);
      CHECK(what.rfind(path + ":4:1: ", 0) == 0);
      CHECK(what.find("multiplier") != std::string::npos);
    }
    std::remove(path.c_str());
  }
  SECTION("a word without a surface is refused") {
    CHECK_THROWS_WITH(AmountVocabulary::from_turtle("@prefix dg: <https://w3id.org/dealgraph#> .\n"
                                                    "@prefix dgr: <https://w3id.org/dealgraph/rules/> .\n"
                                                    "dgr:cur-usd a dg:CurrencyWord ; dg:currencyCode \"USD\" .\n",
                                                    "memory.ttl"),
                      Catch::Contains("memory.ttl:3:1: ") && Catch::Contains("dg:surface"));
  }
  SECTION("a multiplier that is not a decimal is refused") {
    CHECK_THROWS_WITH(AmountVocabulary::from_turtle("@prefix dg: <https://w3id.org/dealgraph#> .\n"
                                                    "@prefix dgr: <https://w3id.org/dealgraph/rules/> .\n"
                                                    "dgr:x a dg:ScaleWord ; dg:surface \"x\" ; dg:multiplier \"lots\" .\n",
                                                    "memory.ttl"),
                      Catch::Contains("memory.ttl:3:1: ") && Catch::Contains("not a decimal"));
  }
  SECTION("a file without amount words is a KnowledgeError at its start") {
    CHECK_THROWS_AS(AmountVocabulary::from_turtle("@prefix dg: <https://w3id.org/dealgraph#> .\n", "empty.ttl"),
                    dealgraph::KnowledgeError);
    CHECK_THROWS_WITH(AmountVocabulary::from_turtle("@prefix dg: <https://w3id.org/dealgraph#> .\n", "empty.ttl"),
                      Catch::StartsWith("empty.ttl:1:1: no amount words"));
  }
  SECTION("a missing file is an error") {
    CHECK_THROWS_AS(AmountVocabulary::load("/nonexistent/units.ttl"), std::runtime_error);
  }
  SECTION("a small vocabulary of its own is enough to parse with") {
    const AmountParser small(AmountVocabulary::from_turtle(
        "@prefix dg: <https://w3id.org/dealgraph#> .\n"
        "@prefix dgr: <https://w3id.org/dealgraph/rules/> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        "dgr:yi a dg:ScaleWord ; dg:surface \"亿\"@zh-Hans ; dg:multiplier \"100000000\"^^xsd:decimal .\n"
        "dgr:usd a dg:CurrencyWord ; dg:surface \"美元\"@zh-Hans ; dg:currencyCode \"USD\" ; dg:position \"after\" .\n",
        "small.ttl"));
    const auto found = small.find_all("投资20亿美元", "zh-Hans");
    REQUIRE(found.amounts.size() == 1);
    CHECK(str(found.amounts[0].value) == "2000000000");
    CHECK(found.amounts[0].currency == "USD");
  }
}

// =========================================================================================
TEST_CASE("Simplified Chinese amounts and quantities", "[amounts][zh]") {
  SECTION("3500亿美元 is three hundred and fifty billion US dollars") {
    const Amount a = one_amount("星河科技计划三年内投入3500亿美元建设算力中心。", "zh-Hans");
    check_amount(a, "350000000000", "USD", "3500亿美元");
    CHECK_FALSE(a.approximate);
    CHECK(a.qualifier.empty());
  }
  SECTION("1000亿美元 is one hundred billion US dollars") {
    check_amount(one_amount("两家公司签署了价值1000亿美元的长期协议。", "zh-Hans"), "100000000000", "USD", "1000亿美元");
  }
  SECTION("500万颗芯片 is five million chips, the chip noun included") {
    check_quantity(one_quantity("协议约定供应500万颗芯片。", "zh-Hans"), "5000000", "chips", "500万颗芯片");
  }
  SECTION("500万颗 without a noun is still five million chips") {
    check_quantity(one_quantity("首批交付500万颗，其余明年交付。", "zh-Hans"), "5000000", "chips", "500万颗");
  }
  SECTION("10吉瓦 and 10千兆瓦 are both ten gigawatts") {
    const auto found = find("该园区规划10吉瓦，远期可扩展至10千兆瓦。", "zh-Hans");
    REQUIRE(found.quantities.size() == 2);
    check_quantity(found.quantities[0], "10", "GW", "10吉瓦");
    check_quantity(found.quantities[1], "10", "GW", "10千兆瓦");
  }
  SECTION("兆瓦 is megawatts and 千瓦 kilowatts counted in megawatts") {
    const auto found = find("一期300兆瓦，二期10万千瓦。", "zh-Hans");
    REQUIRE(found.quantities.size() == 2);
    check_quantity(found.quantities[0], "300", "MW", "300兆瓦");
    check_quantity(found.quantities[1], "100", "MW", "10万千瓦");
  }
  SECTION("Chinese numerals are read: 五百万, 三千五百亿, 两千亿, 一万亿") {
    check_amount(one_amount("首轮融资五百万元。", "zh-Hans"), "5000000", "CNY", "五百万元");
    check_amount(one_amount("估值达三千五百亿元。", "zh-Hans"), "350000000000", "CNY", "三千五百亿元");
    check_amount(one_amount("总额两千亿美元。", "zh-Hans"), "200000000000", "USD", "两千亿美元");
    check_amount(one_amount("计划投入一万亿日元。", "zh-Hans"), "1000000000000", "JPY", "一万亿日元");
  }
  SECTION("a smaller scale word after a larger one adds a section: 一亿五千万 and 1亿5000万") {
    check_amount(one_amount("收购价为一亿五千万美元。", "zh-Hans"), "150000000", "USD", "一亿五千万美元");
    check_amount(one_amount("收购价为1亿5000万美元。", "zh-Hans"), "150000000", "USD", "1亿5000万美元");
  }
  SECTION("万亿 stacks into a trillion and decimals scale with it") {
    check_amount(one_amount("项目总投资1.5万亿元。", "zh-Hans"), "1500000000000", "CNY", "1.5万亿元");
    check_amount(one_amount("规模约三点五亿美元。", "zh-Hans"), "350000000", "USD", "约三点五亿美元");
  }
  SECTION("full-width digits read like ASCII digits") {
    check_amount(one_amount("合同金额为１０００亿港元。", "zh-Hans"), "100000000000", "HKD", "１０００亿港元");
  }
  SECTION("each currency word gives its ISO code") {
    const auto found =
        find("分别为20亿美元、30亿人民币、40亿元、50亿欧元、60亿日元、70亿港元、80亿新台币、90亿新台幣。", "zh-Hans");
    REQUIRE(found.amounts.size() == 8);
    const char* codes[] = {"USD", "CNY", "CNY", "EUR", "JPY", "HKD", "TWD", "TWD"};
    for (int i = 0; i < 8; ++i) CHECK(found.amounts[i].currency == codes[i]);
    CHECK(str(found.amounts[7].value) == "9000000000");
  }
  SECTION("人民币 before the number and 元 after it make one yuan amount") {
    check_amount(one_amount("公司获得人民币500亿元授信。", "zh-Hans"), "50000000000", "CNY", "人民币500亿元");
    check_amount(one_amount("公司获得500亿元人民币授信。", "zh-Hans"), "50000000000", "CNY", "500亿元人民币");
  }
  SECTION("数十亿美元 is an approximate range of two to nine billion") {
    const Amount a = one_amount("双方的合作规模达数十亿美元。", "zh-Hans");
    check_range(a, "2000000000", "9000000000", "USD", "数十亿美元");
    CHECK(a.approximate);
  }
  SECTION("数亿 and 几十亿 follow the same several-times rule") {
    check_range(one_amount("追加投资数亿元人民币。", "zh-Hans"), "200000000", "900000000", "CNY", "数亿元人民币");
    check_range(one_amount("预计带来几十亿美元收入。", "zh-Hans"), "2000000000", "9000000000", "USD", "几十亿美元");
    check_range(one_amount("去年营收十几亿元。", "zh-Hans"), "1200000000", "1900000000", "CNY", "十几亿元");
  }
  SECTION("a vague count of chips keeps its lower bound, approximate") {
    const Quantity q = one_quantity("该集群将部署数百万颗芯片。", "zh-Hans");
    check_quantity(q, "2000000", "chips", "数百万颗芯片");
    CHECK(q.approximate);
    CHECK(q.qualifier == "several");
  }
  SECTION("近, 约, 超过, 逾, 最多 and 高达 become qualifiers") {
    const auto found = find("交易额近3500亿美元；贷款约500亿欧元；订单超过500万颗芯片；"
                            "营收逾千亿元；最多100亿美元；高达2000亿美元。",
                            "zh-Hans");
    REQUIRE(found.amounts.size() == 5);
    REQUIRE(found.quantities.size() == 1);
    CHECK(found.amounts[0].qualifier == "nearly");
    CHECK(found.amounts[0].approximate);
    CHECK(found.amounts[0].as_written == "近3500亿美元");
    CHECK(found.amounts[1].qualifier == "about");
    CHECK(found.amounts[1].approximate);
    CHECK(found.amounts[2].qualifier == "more than");
    CHECK(str(found.amounts[2].value) == "100000000000");
    CHECK(found.amounts[2].as_written == "逾千亿元");
    CHECK(found.amounts[3].qualifier == "up to");
    CHECK(found.amounts[4].qualifier == "up to");
    CHECK(found.amounts[4].as_written == "高达2000亿美元");
    CHECK(found.quantities[0].qualifier == "more than");
    CHECK(found.quantities[0].as_written == "超过500万颗芯片");
  }
  SECTION("左右 and 以上 after the amount and 多 inside it are qualifiers too") {
    const Amount about = one_amount("投资额在300亿美元左右。", "zh-Hans");
    CHECK(about.qualifier == "about");
    CHECK(about.as_written == "300亿美元左右");
    const Amount over = one_amount("年收入100亿元以上。", "zh-Hans");
    CHECK(over.qualifier == "more than");
    const Amount many = one_amount("累计投入100多亿美元。", "zh-Hans");
    check_amount(many, "10000000000", "USD", "100多亿美元");
    CHECK(many.qualifier == "more than");
  }
  SECTION("ranges with 至 and a dash share the scale word and currency") {
    const auto found = find("报价在100亿至200亿美元之间，另一方案为100-200亿美元。", "zh-Hans");
    REQUIRE(found.amounts.size() == 2);
    check_range(found.amounts[0], "10000000000", "20000000000", "USD", "100亿至200亿美元之间");
    check_range(found.amounts[1], "10000000000", "20000000000", "USD", "100-200亿美元");
  }
  SECTION("a range of gigawatts keeps its lower bound as the value") {
    const Quantity q = one_quantity("新园区功率为两到三吉瓦。", "zh-Hans");
    check_quantity(q, "2", "GW", "两到三吉瓦");
    CHECK(q.qualifier == "between");
    CHECK(q.approximate);
  }
  SECTION("percentages: 10%, 10％ and 百分之十") {
    const auto found = find("甲方持股10%，乙方持股10％，丙方占百分之十，丁方占百分之二点五。", "zh-Hans");
    REQUIRE(found.quantities.size() == 4);
    check_quantity(found.quantities[0], "10", "percent", "10%");
    check_quantity(found.quantities[1], "10", "percent", "10％");
    check_quantity(found.quantities[2], "10", "percent", "百分之十");
    check_quantity(found.quantities[3], "2.5", "percent", "百分之二点五");
    CHECK(found.amounts.empty());
  }
  SECTION("a share price jump of 24% is a percent quantity") {
    check_quantity(one_quantity("消息传出后，该公司股价单日暴涨24%。", "zh-Hans"), "24", "percent", "24%");
  }
  SECTION("classifiers count chips: 10万块GPU, 10万张H100, 数万张GPU") {
    const auto found = find("公司采购10万块GPU，又订购10万张H100，并租用数万张GPU。", "zh-Hans");
    REQUIRE(found.quantities.size() == 3);
    check_quantity(found.quantities[0], "100000", "chips", "10万块GPU");
    check_quantity(found.quantities[1], "100000", "chips", "10万张H100");
    check_quantity(found.quantities[2], "20000", "chips", "数万张GPU");
    CHECK(found.quantities[2].approximate);
  }
  SECTION("块 or 张 without a chip after them is no count of chips") {
    check_nothing("他花了10万块买了3张票。", "zh-Hans");
  }
  SECTION("a price per share and a cap on new shares") {
    const auto found = find("公司将以每股12.5元的价格发行不超过3亿股A股，募资不超过37.5亿元。", "zh-Hans");
    REQUIRE(found.amounts.size() == 2);
    REQUIRE(found.quantities.size() == 1);
    check_amount(found.amounts[0], "12.5", "CNY", "12.5元");
    check_amount(found.amounts[1], "3750000000", "CNY", "不超过37.5亿元");
    CHECK(found.amounts[1].qualifier == "up to");
    check_quantity(found.quantities[0], "300000000", "shares", "不超过3亿股");
  }
  SECTION("上亿 is at least a hundred million") {
    const Amount a = one_amount("单笔订单金额上亿美元。", "zh-Hans");
    check_amount(a, "100000000", "USD", "上亿美元");
    CHECK(a.qualifier == "at least");
  }
  SECTION("股 counts shares, but not in 股价 and not after a lone 一") {
    check_quantity(one_quantity("公司拟增发1.6亿股新股。", "zh-Hans"), "160000000", "shares", "1.6亿股");
    check_nothing("市场掀起一股热潮。", "zh-Hans");
    check_nothing("前5股价格下跌。", "zh-Hans");
  }
  SECTION("dates, years and ordinal days are not amounts") {
    check_nothing("2025年10月21日，双方在6月27日签约的基础上续约至2026年。", "zh-Hans");
  }
  SECTION("numeral characters inside ordinary words are not amounts") {
    check_nothing("三星和百度千万不要忽视一些万一的风险。", "zh-Hans");
  }
  SECTION("a bare number is not an amount") {
    check_nothing("第3阶段共有120个项目。", "zh-Hans");
  }
  SECTION("a number with a large scale word but no currency is an amount without currency") {
    const Amount a = one_amount("用户数突破10亿。", "zh-Hans");
    check_amount(a, "1000000000", "", "10亿");
  }
}

// =========================================================================================
TEST_CASE("Traditional Chinese amounts and quantities", "[amounts][zh-Hant]") {
  SECTION("1000億美元 is one hundred billion US dollars") {
    check_amount(one_amount("該公司宣布投資1000億美元。", "zh-Hant"), "100000000000", "USD", "1000億美元");
  }
  SECTION("100億瓦 is ten gigawatts") {
    check_quantity(one_quantity("園區供電能力達100億瓦。", "zh-Hant"), "10", "GW", "100億瓦");
  }
  SECTION("港元 and 新台幣 are Hong Kong and Taiwan dollars") {
    const auto found = find("集團募得500億港元，另獲3000億新台幣貸款。", "zh-Hant");
    REQUIRE(found.amounts.size() == 2);
    check_amount(found.amounts[0], "50000000000", "HKD", "500億港元");
    check_amount(found.amounts[1], "300000000000", "TWD", "3000億新台幣");
  }
  SECTION("新台幣 before the number and 元 after it make one Taiwan dollar amount") {
    check_amount(one_amount("資本支出約新台幣3000億元。", "zh-Hant"), "300000000000", "TWD", "約新台幣3000億元");
  }
  SECTION("兆 is a trillion") {
    check_amount(one_amount("市值突破1兆新台幣。", "zh-Hant"), "1000000000000", "TWD", "1兆新台幣");
  }
  SECTION("traditional qualifiers and numerals are read") {
    const Amount a = one_amount("貸款約兩千億日圓。", "zh-Hant");
    check_amount(a, "200000000000", "JPY", "約兩千億日圓");
    CHECK(a.qualifier == "about");
    const Quantity q = one_quantity("採購超過10萬顆晶片。", "zh-Hant");
    check_quantity(q, "100000", "chips", "超過10萬顆晶片");
    CHECK(q.qualifier == "more than");
  }
}

// =========================================================================================
TEST_CASE("Portuguese amounts and quantities", "[amounts][pt]") {
  SECTION("mil milhões is a thousand million, so 1000 mil milhões de dólares is a trillion") {
    check_amount(one_amount("O consórcio promete 1000 mil milhões de dólares em dez anos.", "pt"), "1000000000000", "USD",
                 "1000 mil milhões de dólares");
    check_amount(one_amount("O banco emprestou 5 mil milhões de euros.", "pt"), "5000000000", "EUR",
                 "5 mil milhões de euros");
    check_amount(one_amount("O governo reservou mil milhões de euros.", "pt"), "1000000000", "EUR",
                 "mil milhões de euros");
  }
  SECTION("Brazilian bilhões and bilhão are thousands of millions") {
    const auto found = find("A empresa captou 3 bilhões de dólares e um bilhão de reais.", "pt");
    REQUIRE(found.amounts.size() == 2);
    check_amount(found.amounts[0], "3000000000", "USD", "3 bilhões de dólares");
    check_amount(found.amounts[1], "1000000000", "BRL", "um bilhão de reais");
  }
  SECTION("milhões with a decimal comma") {
    check_amount(one_amount("A rodada somou 2,5 milhões de euros.", "pt"), "2500000", "EUR", "2,5 milhões de euros");
  }
  SECTION("US$ 100 bi is a hundred billion dollars") {
    check_amount(one_amount("O acordo vale US$ 100 bi segundo a imprensa.", "pt"), "100000000000", "USD", "US$ 100 bi");
  }
  SECTION("R$ 5 bilhões is in Brazilian reais") {
    check_amount(one_amount("O BNDES aprovou R$ 5 bilhões para o projeto.", "pt"), "5000000000", "BRL", "R$ 5 bilhões");
  }
  SECTION("the euro sign before the number") {
    check_amount(one_amount("A fábrica custará € 50 milhões.", "pt"), "50000000", "EUR", "€ 50 milhões");
  }
  SECTION("entre 200 e 300 mil milhões de dólares is a range sharing scale and currency") {
    const Amount a = one_amount("O investimento ficará entre 200 e 300 mil milhões de dólares.", "pt");
    check_range(a, "200000000000", "300000000000", "USD", "entre 200 e 300 mil milhões de dólares");
    CHECK(a.qualifier == "between");
  }
  SECTION("vários or várias centenas de milhões is an approximate range") {
    const auto found =
        find("Foram gastos vários centenas de milhões de reais e várias centenas de milhões de euros.", "pt");
    REQUIRE(found.amounts.size() == 2);
    check_range(found.amounts[0], "200000000", "900000000", "BRL", "vários centenas de milhões de reais");
    check_range(found.amounts[1], "200000000", "900000000", "EUR", "várias centenas de milhões de euros");
    CHECK(found.amounts[0].approximate);
    CHECK(found.amounts[1].approximate);
  }
  SECTION("2,9% is two point nine percent") {
    check_quantity(one_quantity("As ações subiram 2,9% na sessão.", "pt"), "2.9", "percent", "2,9%");
  }
  SECTION("qualifiers: até, cerca de, mais de") {
    const auto found = find("Até US$ 10 bilhões, cerca de 3 bilhões de reais e mais de 2 GW.", "pt");
    REQUIRE(found.amounts.size() == 2);
    REQUIRE(found.quantities.size() == 1);
    CHECK(found.amounts[0].qualifier == "up to");
    CHECK(found.amounts[0].as_written == "Até US$ 10 bilhões");
    CHECK(found.amounts[1].qualifier == "about");
    CHECK(found.quantities[0].qualifier == "more than");
  }
  SECTION("chips and gigawatts: 100 mil GPUs, dezenas de milhares de GPUs, 1.000,5 MW") {
    const auto found = find("Serão 100 mil GPUs, dezenas de milhares de GPUs e 1.000,5 MW.", "pt");
    REQUIRE(found.quantities.size() == 3);
    check_quantity(found.quantities[0], "100000", "chips", "100 mil GPUs");
    check_quantity(found.quantities[1], "20000", "chips", "dezenas de milhares de GPUs");
    check_quantity(found.quantities[2], "1000.5", "MW", "1.000,5 MW");
  }
  SECTION("de 2 a 3 GW is a range, de 2025 a 2030 is not") {
    const Quantity q = one_quantity("A expansão de 2 a 3 GW ocorrerá de 2025 a 2030.", "pt");
    check_quantity(q, "2", "GW", "2 a 3 GW");
    CHECK(q.qualifier == "between");
  }
  SECTION("dates and years are not amounts") {
    check_nothing("No dia 21 de outubro de 2025, às 10h30, no 3º trimestre.", "pt");
  }
}

// =========================================================================================
TEST_CASE("Spanish amounts and quantities", "[amounts][es]") {
  SECTION("100.000 millones de dólares is a hundred billion dollars") {
    check_amount(one_amount("La alianza movilizará 100.000 millones de dólares.", "es"), "100000000000", "USD",
                 "100.000 millones de dólares");
  }
  SECTION("mil millones is a thousand million") {
    check_amount(one_amount("El fondo aporta mil millones de euros.", "es"), "1000000000", "EUR", "mil millones de euros");
  }
  SECTION("billones are millions of millions") {
    check_amount(one_amount("El mercado valdría 2 billones de dólares.", "es"), "2000000000000", "USD",
                 "2 billones de dólares");
  }
  SECTION("US$ and euros") {
    const auto found = find("Pagó US$ 500 millones y 300 millones de euros.", "es");
    REQUIRE(found.amounts.size() == 2);
    check_amount(found.amounts[0], "500000000", "USD", "US$ 500 millones");
    check_amount(found.amounts[1], "300000000", "EUR", "300 millones de euros");
  }
  SECTION("varios miles de millones is an approximate range of billions") {
    const Amount a = one_amount("Invertirán varios miles de millones de dólares.", "es");
    check_range(a, "2000000000", "9000000000", "USD", "varios miles de millones de dólares");
    CHECK(a.approximate);
  }
  SECTION("hasta is up to") {
    const Amount a = one_amount("Recibirá hasta 5.000 millones de dólares.", "es");
    check_amount(a, "5000000000", "USD", "hasta 5.000 millones de dólares");
    CHECK(a.qualifier == "up to");
  }
  SECTION("chips, shares and a percentage") {
    const auto found = find("Compró 10.000 chips, 5 millones de acciones y el 3,5% del capital.", "es");
    REQUIRE(found.quantities.size() == 3);
    check_quantity(found.quantities[0], "10000", "chips", "10.000 chips");
    check_quantity(found.quantities[1], "5000000", "shares", "5 millones de acciones");
    check_quantity(found.quantities[2], "3.5", "percent", "3,5%");
  }
  SECTION("a year and a bare number are not amounts") {
    check_nothing("En 2025 la empresa tenía 3.000 empleados.", "es");
  }
}

// =========================================================================================
TEST_CASE("English amounts and quantities", "[amounts][en]") {
  SECTION("$100 billion and $100bn are a hundred billion dollars") {
    const auto found = find("The lab will spend $100 billion, or $100bn by another count.", "en");
    REQUIRE(found.amounts.size() == 2);
    check_amount(found.amounts[0], "100000000000", "USD", "$100 billion");
    check_amount(found.amounts[1], "100000000000", "USD", "$100bn");
  }
  SECTION("US$1.5 trillion") {
    check_amount(one_amount("Analysts put the market at US$1.5 trillion.", "en"), "1500000000000", "USD", "US$1.5 trillion");
  }
  SECTION("up to $100 billion carries the qualifier up to") {
    const Amount a = one_amount("The fund could invest up to $100 billion over time.", "en");
    check_amount(a, "100000000000", "USD", "up to $100 billion");
    CHECK(a.qualifier == "up to");
    CHECK_FALSE(a.approximate);
  }
  SECTION("gigawatts and megawatts in every spelling") {
    const auto found = find("Sites of 10 gigawatts, 6GW, 1.2 GW and 500 megawatts, plus a 10-gigawatt campus.", "en");
    REQUIRE(found.quantities.size() == 5);
    check_quantity(found.quantities[0], "10", "GW", "10 gigawatts");
    check_quantity(found.quantities[1], "6", "GW", "6GW");
    check_quantity(found.quantities[2], "1.2", "GW", "1.2 GW");
    check_quantity(found.quantities[3], "500", "MW", "500 megawatts");
    check_quantity(found.quantities[4], "10", "GW", "10-gigawatt");
  }
  SECTION("160 million shares") {
    check_quantity(one_quantity("It will issue 160 million shares to the buyer.", "en"), "160000000", "shares",
                   "160 million shares");
  }
  SECTION("10%, 10 percent and 10 pct are percentages") {
    const auto found = find("A 10% stake, 10 percent of votes and 10 pct of output.", "en");
    REQUIRE(found.quantities.size() == 3);
    check_quantity(found.quantities[0], "10", "percent", "10%");
    check_quantity(found.quantities[1], "10", "percent", "10 percent");
    check_quantity(found.quantities[2], "10", "percent", "10 pct");
  }
  SECTION("wire style: 150 mln dlrs, 1.5 billion dlrs, U.S. dlrs") {
    const auto found = find("Sales were 150 mln dlrs, profit 1.5 billion dlrs and debt 40 mln U.S. dlrs.", "en");
    REQUIRE(found.amounts.size() == 3);
    check_amount(found.amounts[0], "150000000", "USD", "150 mln dlrs");
    check_amount(found.amounts[1], "1500000000", "USD", "1.5 billion dlrs");
    check_amount(found.amounts[2], "40000000", "USD", "40 mln U.S. dlrs");
  }
  SECTION("the article before a $5 million deal is not part of it") {
    check_amount(one_amount("They signed a $5 million deal.", "en"), "5000000", "USD", "$5 million");
  }
  SECTION("pound, euro, yen, Hong Kong, Taiwan and Singapore dollar signs") {
    const auto found = find("It paid £20 million, €3 billion, ¥500 billion, HK$2 billion, NT$10 billion and S$1 billion.", "en");
    REQUIRE(found.amounts.size() == 6);
    const char* codes[] = {"GBP", "EUR", "JPY", "HKD", "TWD", "SGD"};
    for (int i = 0; i < 6; ++i) CHECK(found.amounts[i].currency == codes[i]);
    check_amount(found.amounts[2], "500000000000", "JPY", "¥500 billion");
  }
  SECTION("the yen sign is yuan when the sentence speaks of yuan") {
    check_amount(one_amount("The Beijing fund raised ¥10 billion in yuan bonds.", "en"), "10000000000", "CNY", "¥10 billion");
    check_amount(one_amount("It raised 5 billion yuan.", "en"), "5000000000", "CNY", "5 billion yuan");
  }
  SECTION("$2.5-3 billion is a range sharing the scale word") {
    check_range(one_amount("The contract is worth $2.5-3 billion.", "en"), "2500000000", "3000000000", "USD",
                "$2.5-3 billion");
  }
  SECTION("between $10 billion and $20 billion is a range with qualifier between") {
    const Amount a = one_amount("Bankers value it between $10 billion and $20 billion.", "en");
    check_range(a, "10000000000", "20000000000", "USD", "between $10 billion and $20 billion");
    CHECK(a.qualifier == "between");
  }
  SECTION("ranges with to and a dash between two amounts") {
    const auto found = find("Bids ran from $10 billion to $20 billion; later $5bn-$6bn.", "en");
    REQUIRE(found.amounts.size() == 2);
    check_range(found.amounts[0], "10000000000", "20000000000", "USD", "$10 billion to $20 billion");
    check_range(found.amounts[1], "5000000000", "6000000000", "USD", "$5bn-$6bn");
  }
  SECTION("hundreds of millions of dollars is approximate") {
    const Amount a = one_amount("The startup burned hundreds of millions of dollars.", "en");
    check_range(a, "200000000", "900000000", "USD", "hundreds of millions of dollars");
    CHECK(a.approximate);
  }
  SECTION("several billion, tens of billions and billions of dollars are vague") {
    const auto found = find("It costs several billion dollars, tens of billions of dollars or billions of dollars.", "en");
    REQUIRE(found.amounts.size() == 3);
    check_range(found.amounts[0], "2000000000", "9000000000", "USD", "several billion dollars");
    check_range(found.amounts[1], "20000000000", "90000000000", "USD", "tens of billions of dollars");
    check_range(found.amounts[2], "2000000000", "9000000000", "USD", "billions of dollars");
  }
  SECTION("a billion dollars and a 5-billion-dollar deal") {
    const auto found = find("It is a billion dollars now and a 5-billion-dollar deal later.", "en");
    REQUIRE(found.amounts.size() == 2);
    check_amount(found.amounts[0], "1000000000", "USD", "a billion dollars");
    check_amount(found.amounts[1], "5000000000", "USD", "5-billion-dollar");
  }
  SECTION("one million chips, 100,000 GPUs and 1 million Nvidia GPUs are chips") {
    const auto found = find("They want one million chips, 100,000 GPUs and 1 million Nvidia GPUs.", "en");
    REQUIRE(found.quantities.size() == 3);
    check_quantity(found.quantities[0], "1000000", "chips", "one million chips");
    check_quantity(found.quantities[1], "100000", "chips", "100,000 GPUs");
    check_quantity(found.quantities[2], "1000000", "chips", "1 million Nvidia GPUs");
  }
  SECTION("a chip noun more than two words away does not make a count") {
    check_nothing("Some 300 of the newest in-house designed chips shipped.", "en");
  }
  SECTION("of between the number and its noun is not one of the words in between") {
    const Quantity q = one_quantity("The campus will host about 400,000 of the new chips by 2026.", "en");
    check_quantity(q, "400000", "chips", "about 400,000 of the new chips");
    CHECK(q.qualifier == "about");
  }
  SECTION("shares may also stand a few words after the number") {
    check_quantity(one_quantity("It will issue 30 million new shares.", "en"), "30000000", "shares",
                   "30 million new shares");
  }
  SECTION("a count before a chip noun at the start of the text is a count, a name before it is not") {
    check_quantity(one_quantity("The 500 GPUs arrived on time.", "en"), "500", "chips", "500 GPUs");
    check_nothing("It sells Ascend 910 chips.", "en");
  }
  SECTION("a currency sign right before the next number belongs to that number") {
    check_amount(one_amount("Between 2025 and 2030 $5bn will be spent.", "en"), "5000000000", "USD", "$5bn");
  }
  SECTION("a unit after the first number needs one after the second to make a range") {
    check_quantity(one_quantity("It adds 10 GW to 2030 plans.", "en"), "10", "GW", "10 GW");
  }
  SECTION("a few billion dollars is vague") {
    check_range(one_amount("It may cost a few billion dollars.", "en"), "2000000000", "9000000000", "USD",
                "a few billion dollars");
  }
  SECTION("a fraction without its whole part is not misread") {
    check_nothing("Output grew by .5 GW.", "en");
  }
  SECTION("$5m, $5M and $5B use short scale letters") {
    const auto found = find("Seed $5m, bridge $5M and growth $5B.", "en");
    REQUIRE(found.amounts.size() == 3);
    CHECK(str(found.amounts[0].value) == "5000000");
    CHECK(str(found.amounts[1].value) == "5000000");
    CHECK(str(found.amounts[2].value) == "5000000000");
  }
  SECTION("a short scale letter without a currency is not an amount") {
    check_nothing("The runner did 5m in the warm-up and 3k later.", "en");
  }
  SECTION("currency codes before or after the number") {
    const auto found = find("USD 5 billion now and 5 billion EUR later.", "en");
    REQUIRE(found.amounts.size() == 2);
    check_amount(found.amounts[0], "5000000000", "USD", "USD 5 billion");
    check_amount(found.amounts[1], "5000000000", "EUR", "5 billion EUR");
  }
  SECTION("percent ranges keep the lower bound") {
    const auto found = find("Margins of 10-15% and between 5 and 10 percent.", "en");
    REQUIRE(found.quantities.size() == 2);
    check_quantity(found.quantities[0], "10", "percent", "10-15%");
    check_quantity(found.quantities[1], "5", "percent", "between 5 and 10 percent");
    CHECK(found.quantities[0].qualifier == "between");
    CHECK(found.quantities[0].approximate);
  }
  SECTION("number words: twenty-five percent") {
    check_quantity(one_quantity("They hold twenty-five percent.", "en"), "25", "percent", "twenty-five percent");
  }
  SECTION("about, some, an estimated, more than, nearly, at least and or more") {
    const auto found = find("About $5 billion, some $3bn, an estimated $4 billion, more than 10 GW, nearly 2 GW, "
                            "at least 1 GW and 5 GW or more.",
                            "en");
    REQUIRE(found.amounts.size() == 3);
    REQUIRE(found.quantities.size() == 4);
    CHECK(found.amounts[0].qualifier == "about");
    CHECK(found.amounts[0].as_written == "About $5 billion");
    CHECK(found.amounts[0].approximate);
    CHECK(found.amounts[1].qualifier == "about");
    CHECK(found.amounts[2].qualifier == "about");
    CHECK(found.amounts[2].as_written == "an estimated $4 billion");
    CHECK(found.quantities[0].qualifier == "more than");
    CHECK(found.quantities[1].qualifier == "nearly");
    CHECK(found.quantities[2].qualifier == "at least");
    CHECK(found.quantities[3].qualifier == "at least");
    CHECK(found.quantities[3].as_written == "5 GW or more");
  }
  SECTION("grouping commas and decimal points") {
    const auto found = find("It spent 2,500 dollars, then 1,000.5 MW, and a European-style 1,2 GW.", "en");
    REQUIRE(found.amounts.size() == 1);
    REQUIRE(found.quantities.size() == 2);
    CHECK(str(found.amounts[0].value) == "2500");
    CHECK(found.quantities[0].value.to_string() == "1000.5");
    CHECK(found.quantities[1].value.to_string() == "1.2");
  }
  SECTION("dates, years, times, quarters and phone numbers are not amounts") {
    check_nothing("In 2025, on October 21 at 10:30, in Q3 2025 and FY2025, call +1 555-123-4567 or 2025-10-21.", "en");
  }
  SECTION("codes with digits are not amounts: H100, 5G, 3nm, 1st") {
    check_nothing("The H100 and H20 use 5G links, a 3nm process and came 1st.", "en");
  }
  SECTION("a year or a model number before a chip noun is not a count") {
    check_nothing("The 2025 AI chips beat RTX 4090 GPUs and Ascend 910 chips.", "en");
  }
  SECTION("a bare number is not returned") {
    check_nothing("The team has 42 engineers and 7 offices.", "en");
  }
  SECTION("a number with a large scale word but no currency is an amount without currency") {
    check_amount(one_amount("The app reached 10 million users.", "en"), "10000000", "", "10 million");
  }
}

// =========================================================================================
TEST_CASE("German amounts and quantities", "[amounts][de]") {
  SECTION("5 Milliarden US-Dollar") {
    check_amount(one_amount("Der Konzern investiert 5 Milliarden US-Dollar.", "de"), "5000000000", "USD",
                 "5 Milliarden US-Dollar");
  }
  SECTION("4,2 Mrd. Euro with a decimal comma and an abbreviation") {
    check_amount(one_amount("Der Umsatz stieg auf 4,2 Mrd. Euro im Jahr.", "de"), "4200000000", "EUR", "4,2 Mrd. Euro");
  }
  SECTION("rund vier Prozent uses a number word and the qualifier about") {
    const Quantity q = one_quantity("Der Anteil liegt bei rund vier Prozent.", "de");
    check_quantity(q, "4", "percent", "rund vier Prozent");
    CHECK(q.qualifier == "about");
    CHECK(q.approximate);
  }
  SECTION("Mio. is a million and Billionen are millions of millions") {
    const auto found = find("Es flossen 3 Mio. Euro und später 2 Billionen Euro.", "de");
    REQUIRE(found.amounts.size() == 2);
    check_amount(found.amounts[0], "3000000", "EUR", "3 Mio. Euro");
    check_amount(found.amounts[1], "2000000000000", "EUR", "2 Billionen Euro");
  }
  SECTION("a German Billion is a trillion, an English billion is not") {
    CHECK(str(one_amount("Es geht um 1 Billion Dollar.", "de").value) == "1000000000000");
    CHECK(str(one_amount("It is about 1 billion dollars.", "en").value) == "1000000000");
  }
  SECTION("bis zu, eine Milliarde and mehrere Milliarden") {
    const auto found = find("Bis zu 10 Milliarden Euro, eine Milliarde Euro und mehrere Milliarden Euro.", "de");
    REQUIRE(found.amounts.size() == 3);
    CHECK(found.amounts[0].qualifier == "up to");
    check_amount(found.amounts[1], "1000000000", "EUR", "eine Milliarde Euro");
    check_range(found.amounts[2], "2000000000", "9000000000", "EUR", "mehrere Milliarden Euro");
  }
  SECTION("zwischen 2 und 3 Milliarden Euro is a range") {
    check_range(one_amount("Der Preis liegt zwischen 2 und 3 Milliarden Euro.", "de"), "2000000000", "3000000000",
                "EUR", "zwischen 2 und 3 Milliarden Euro");
  }
  SECTION("a lone 1.000 is a thousand in German") {
    check_amount(one_amount("Das Ticket kostet 1.000 Euro.", "de"), "1000", "EUR", "1.000 Euro");
    check_amount(one_amount("The ticket costs 1.000 euros.", "en"), "1", "EUR", "1.000 euros");
  }
  SECTION("shares and gigawatts") {
    const auto found = find("Ausgegeben werden 10 Millionen Aktien für 1,5 GW.", "de");
    REQUIRE(found.quantities.size() == 2);
    check_quantity(found.quantities[0], "10000000", "shares", "10 Millionen Aktien");
    check_quantity(found.quantities[1], "1.5", "GW", "1,5 GW");
  }
  SECTION("dates, times and phone numbers are not amounts") {
    check_nothing("Am 21.10.2025 um 10:30 Uhr unter 030 1234567 im Jahr 2025.", "de");
  }
}

// =========================================================================================
TEST_CASE("French amounts and quantities", "[amounts][fr]") {
  SECTION("30 milliards de dollars") {
    check_amount(one_amount("Le groupe investira 30 milliards de dollars.", "fr"), "30000000000", "USD",
                 "30 milliards de dollars");
  }
  SECTION("jusqu'à 10 milliards has the qualifier up to and no currency") {
    const Amount a = one_amount("L'enveloppe pourrait atteindre jusqu'à 10 milliards.", "fr");
    check_amount(a, "10000000000", "", "jusqu'à 10 milliards");
    CHECK(a.qualifier == "up to");
    const Amount b = one_amount("Jusqu’à 10 milliards d’euros.", "fr");
    check_amount(b, "10000000000", "EUR", "Jusqu’à 10 milliards d’euros");
  }
  SECTION("millions d'euros with either apostrophe") {
    const auto found = find("Il a levé 500 millions d'euros puis 200 millions d’euros.", "fr");
    REQUIRE(found.amounts.size() == 2);
    check_amount(found.amounts[0], "500000000", "EUR", "500 millions d'euros");
    check_amount(found.amounts[1], "200000000", "EUR", "200 millions d’euros");
  }
  SECTION("10 % with a narrow no-break space, a no-break space or a space") {
    const auto found = find("Il détient 10\u202f% du capital, 12\u00a0% des droits et 15 % des parts.", "fr");
    REQUIRE(found.quantities.size() == 3);
    check_quantity(found.quantities[0], "10", "percent", "10\u202f%");
    check_quantity(found.quantities[1], "12", "percent", "12\u00a0%");
    check_quantity(found.quantities[2], "15", "percent", "15 %");
  }
  SECTION("spaces group thousands: 1 000 000 d'euros and 10 000 puces") {
    const auto found = find("Un budget de 1\u202f000\u202f000 d'euros pour 10 000 puces.", "fr");
    REQUIRE(found.amounts.size() == 1);
    REQUIRE(found.quantities.size() == 1);
    check_amount(found.amounts[0], "1000000", "EUR", "1\u202f000\u202f000 d'euros");
    check_quantity(found.quantities[0], "10000", "chips", "10 000 puces");
  }
  SECTION("a French billion is a trillion") {
    check_amount(one_amount("La dette atteint 2 billions d'euros.", "fr"), "2000000000000", "EUR", "2 billions d'euros");
  }
  SECTION("number words: un milliard, deux milliards, cent millions, mille milliards") {
    const auto found =
        find("Un milliard d'euros, deux milliards de dollars, cent millions d'euros et mille milliards de dollars.", "fr");
    REQUIRE(found.amounts.size() == 4);
    CHECK(str(found.amounts[0].value) == "1000000000");
    CHECK(str(found.amounts[1].value) == "2000000000");
    CHECK(str(found.amounts[2].value) == "100000000");
    CHECK(str(found.amounts[3].value) == "1000000000000");
  }
  SECTION("quelques milliards is vague; environ and plus de are qualifiers") {
    const auto found = find("Quelques milliards d'euros, environ 5 milliards de dollars et plus de 2 GW.", "fr");
    REQUIRE(found.amounts.size() == 2);
    REQUIRE(found.quantities.size() == 1);
    check_range(found.amounts[0], "2000000000", "9000000000", "EUR", "Quelques milliards d'euros");
    CHECK(found.amounts[1].qualifier == "about");
    CHECK(found.quantities[0].qualifier == "more than");
  }
  SECTION("dates and years are not amounts") {
    check_nothing("Le 21 octobre 2025 à 10 h 30, au 3e trimestre.", "fr");
  }
}

// =========================================================================================
TEST_CASE("The language hint decides separators and ambiguous words", "[amounts][language]") {
  SECTION("und reads Chinese text as Chinese") {
    check_amount(one_amount("该公司将投资1000亿美元。", "und"), "100000000000", "USD", "1000亿美元");
  }
  SECTION("und reads other text with English conventions") {
    check_amount(one_amount("The company will invest $100 billion.", "und"), "100000000000", "USD", "$100 billion");
  }
  SECTION("regional tags use their language: pt-BR and en-US") {
    check_amount(one_amount("O aporte é de R$ 1,5 bilhão.", "pt-BR"), "1500000000", "BRL", "R$ 1,5 bilhão");
    check_amount(one_amount("It is worth $1,500 million.", "en-US"), "1500000000", "USD", "$1,500 million");
  }
  SECTION("an amount written in English inside Chinese text is still read") {
    check_amount(one_amount("据报道，该交易价值US$5 billion。", "zh-Hans"), "5000000000", "USD", "US$5 billion");
  }
}

// =========================================================================================
TEST_CASE("Several results come back in text order with byte offsets", "[amounts][offsets]") {
  SECTION("amounts and quantities of one sentence keep their order and spans") {
    const std::string text = "甲方以3500亿美元购入10%股份，并采购500万颗芯片与10吉瓦电力。";
    const auto found = find(text, "zh-Hans");
    REQUIRE(found.amounts.size() == 1);
    REQUIRE(found.quantities.size() == 3);
    CHECK(found.amounts[0].byte_begin == text.find("3500"));
    CHECK(found.quantities[0].as_written == "10%");
    CHECK(found.quantities[1].as_written == "500万颗芯片");
    CHECK(found.quantities[2].as_written == "10吉瓦");
    CHECK(found.quantities[0].byte_begin < found.quantities[1].byte_begin);
  }
  SECTION("empty text and text without numbers give nothing") {
    check_nothing("", "en");
    check_nothing("No numbers here at all.", "en");
    check_nothing("这里没有任何金额。", "zh-Hans");
  }
  SECTION("broken UTF-8 does not break the parser") {
    const std::string text = std::string("Invalid \xff\xfe bytes then $5 billion \xe4\xb8");
    const auto found = find(text, "en");
    REQUIRE(found.amounts.size() == 1);
    CHECK(found.amounts[0].as_written == "$5 billion");
  }
}

// =========================================================================================
TEST_CASE("The parser can be shared by threads", "[amounts][threads]") {
  SECTION("parallel calls give the same results as serial ones") {
    const std::vector<std::pair<std::string, std::string>> sentences = {
        {"zh-Hans", "公司计划投资3500亿美元，采购500万颗芯片，功率10吉瓦。"},
        {"pt", "O investimento ficará entre 200 e 300 mil milhões de dólares."},
        {"en", "Up to $100 billion, 1 million Nvidia GPUs and 10 percent."},
        {"de", "Der Konzern investiert 5 Milliarden US-Dollar und rund vier Prozent."},
        {"fr", "Jusqu'à 10 milliards et 500 millions d'euros."},
        {"es", "La alianza movilizará 100.000 millones de dólares."},
    };
    auto signature = [&](const std::pair<std::string, std::string>& s) {
      const auto found = parser().find_all(s.second, s.first);
      std::string out;
      for (const Amount& a : found.amounts)
        out += a.as_written + "=" + str(a.value) + str(a.min) + str(a.max) + a.currency + ";";
      for (const Quantity& q : found.quantities) out += q.as_written + "=" + q.value.to_string() + q.unit + ";";
      return out;
    };
    std::vector<std::string> expected;
    for (const auto& s : sentences) expected.push_back(signature(s));
    std::vector<int> mismatches(8, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t) {
      threads.emplace_back([&, t] {
        for (int round = 0; round < 200; ++round)
          for (std::size_t i = 0; i < sentences.size(); ++i)
            if (signature(sentences[i]) != expected[i]) ++mismatches[t];
      });
    }
    for (auto& thread : threads) thread.join();
    for (int m : mismatches) CHECK(m == 0);
  }
}
