#include <catch2/catch.hpp>

#include "harness.hpp"

using namespace dealgraph;

namespace {

std::vector<std::string> texts(std::string_view text, const std::vector<extract::Span>& spans) {
  std::vector<std::string> out;
  for (const extract::Span& s : spans) out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

std::vector<std::string> clauses(std::string_view text, bool chinese) {
  return texts(text, extract::clauses_of(text, {0, text.size()}, chinese));
}

using V = std::vector<std::string>;

bool deal_rules_reports_only(const std::string& local) {
  const Lexicon& lexicon = test::extractor().lexicon();
  const test::PassBench bench("Reuters and Bloomberg.", "en");
  for (const Mention& m : bench.work().facts.mentions)
    if (test::local_name(m.entity_key) == local) return test::deal_rules().parties.reports_only(lexicon, m.entity_key);
  return false;
}

}  // namespace

TEST_CASE("clauses: Chinese breaks at every comma, Latin scripts at a semicolon or a dash", "[extract][passes][clauses]") {
  CHECK(clauses("阿里巴巴发布新模型，腾讯投资了一家初创公司。", true) == V{"阿里巴巴发布新模型", "腾讯投资了一家初创公司"});
  CHECK(clauses("Amazon, the retailer, invests; Google waits.", false) == V{"Amazon, the retailer, invests", " Google waits."});
  CHECK(clauses("Oracle firma un acuerdo — Meta no.", false) == V{"Oracle firma un acuerdo", "Meta no."});
  CHECK(clauses("Siemens kauft, SAP verkauft.", false) == V{"Siemens kauft, SAP verkauft."});
}

TEST_CASE("clauses: short quotations are spans whose names are not actors", "[extract][passes][clauses]") {
  const std::string zh = "英伟达称这是“去英伟达化”的尝试。";
  CHECK(texts(zh, extract::quotations(zh, {0, zh.size()})) == V{"“去英伟达化”"});
  const std::string fr = "Le patron parle d'une « alliance OpenAI » ce matin.";
  CHECK(texts(fr, extract::quotations(fr, {0, fr.size()})) == V{"« alliance OpenAI »"});
  const std::string en = "He said “this quotation runs on for far too many words to be a mere label of a thing” today.";
  CHECK(extract::quotations(en, {0, en.size()}).empty());
}

TEST_CASE("clauses: a sentence's parties leave out the media that report it", "[extract][passes][clauses]") {
  const test::PassBench bench("Reuters reported that Amazon buys H100 chips for Anthropic; the rest waits.", "en");
  const extract::SentenceWork sentence = bench.sentence(0);
  std::vector<std::string> parties, chips;
  for (const Mention* m : sentence.parties) parties.push_back(test::local_name(m->entity_key));
  for (const Mention* m : sentence.chips) chips.push_back(test::local_name(m->entity_key));
  CHECK(parties == V{"amazon", "anthropic"});
  CHECK(chips.size() == 1);
  CHECK(sentence.clauses.size() == 2);
  CHECK(deal_rules_reports_only("reuters"));
  CHECK(bench.work().salient == std::optional<std::string>(sentence.parties.front()->entity_key));
}

TEST_CASE("clauses: a CJK headline's space between two statements ends a clause", "[extract][passes][clauses]") {
  auto headline = [](std::string_view text) { return texts(text, extract::headline_clauses(text, {0, text.size()})); };
  CHECK(headline("甲公司收购乙公司完成 丙集团取得丁公司授权") == V{"甲公司收购乙公司完成", "丙集团取得丁公司授权"});
  CHECK(headline("股市大跌\u3000基金经理称不必悲观") == V{"股市大跌", "基金经理称不必悲观"});
  // A space beside a Latin name or a number is no break.
  CHECK(headline("英伟达 GTC 大会开幕") == V{"英伟达 GTC 大会开幕"});
  CHECK(headline("销量 2025 年翻倍") == V{"销量 2025 年翻倍"});
}

TEST_CASE("clauses: only the title is read as a headline", "[extract][passes][clauses]") {
  const test::PassBench bench("软银收购Ampere完成 英伟达取得Groq授权\n\n汇金公司增持\u3000工商银行\u3000股份。", "zh-Hans");
  CHECK(bench.sentence(0).clauses.size() == 2);
  CHECK(bench.sentence(1).clauses.size() == 1);
}

TEST_CASE("clauses: Japanese 、 ends a clause only before a party of its own", "[extract][passes][clauses]") {
  const test::PassBench two("ソニーは楽天に出資し、楽天はソニーから半導体を調達する。", "ja");
  CHECK(two.sentence(0).clauses.size() == 2);
  const test::PassBench one("ソニーは2020年に楽天に出資し、22年には子会社化した。", "ja");
  CHECK(one.sentence(0).clauses.size() == 1);
  // In Chinese 、 joins a list: no clause ends there.
  const test::PassBench list("腾讯、阿里巴巴和百度投资了智谱。", "zh-Hans");
  CHECK(list.sentence(0).clauses.size() == 1);
}

TEST_CASE("clauses: a headline spaced word by word is one clause", "[extract][passes][clauses]") {
  auto headline = [](std::string_view text) { return texts(text, extract::headline_clauses(text, {0, text.size()})); };
  CHECK(headline("腾讯 投资 智谱") == V{"腾讯 投资 智谱"});
  CHECK(headline("甲公司收购乙公司 丙集团增持") == V{"甲公司收购乙公司", "丙集团增持"});
}
