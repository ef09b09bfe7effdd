// Attribution (ontology/rules/deals/attribution.ttl): who a sentence says states its deal, and
// denials, in sentences of our own in the languages dealgraph reads; with sentences where the
// same words must not attribute or deny anything.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "dealgraph/facts.hpp"
#include "dealgraph/error.hpp"
#include "extract/passes/attribution.hpp"
#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

// "unnamed" for dg:UnnamedSources, the lexicon IRI's last segment for an entity, "" for none.
std::string source_name(const Attribution& attribution) {
  if (attribution.source == kUnnamedSources) return "unnamed";
  return attribution.source.substr(attribution.source.find_last_of("/:") + 1);
}

struct AttributionRow {
  const char* lang;
  const char* text;
  const char* source;  // who states the sentence's deals: see source_name
  bool denied = false;  // the source denies them (status "denied")
};

void check_rows(const std::vector<AttributionRow>& rows) {
  for (const AttributionRow& row : rows) {
    INFO(row.lang << ": " << row.text);
    const ArticleFacts facts = test::facts_of(row.text, row.lang);
    REQUIRE(!facts.deals.empty());
    for (const DealClaim& deal : facts.deals) {
      CHECK(source_name(deal.attribution) == row.source);
      CHECK(deal.attribution.denial == row.denied);
      if (row.denied) CHECK(deal.status == "denied");
      else CHECK(deal.status != "denied");
    }
  }
}

}  // namespace

TEST_CASE("attribution: a named source after its cue", "[extract][passes][attribution]") {
  check_rows({
      {"en", "Microsoft will invest $2 billion in Anthropic, according to Reuters.", "reuters"},
      {"en", "According to Bloomberg, Oracle will supply cloud capacity to OpenAI.", "bloomberg"},
      {"zh-Hans", "据路透社报道，腾讯将投资智谱3亿元。", "reuters"},
      {"pt", "Segundo a Bloomberg, a Microsoft vai investir 2 mil milhões de dólares na OpenAI.", "bloomberg"},
      {"es", "Según Reuters, Microsoft invertirá 2.000 millones de dólares en OpenAI.", "reuters"},
      {"fr", "Selon Bloomberg, Microsoft va investir 2 milliards de dollars dans OpenAI.", "bloomberg"},
      {"de", "Laut Reuters investiert Microsoft zwei Milliarden Dollar in OpenAI.", "reuters"},
      {"it", "Secondo Reuters, Microsoft investirà 2 miliardi di dollari in OpenAI.", "reuters"},
  });
}

TEST_CASE("attribution: a speaker named before its verb, or the company the sentence is about",
          "[extract][passes][attribution]") {
  check_rows({
      {"en", "Oracle said it will supply cloud capacity to OpenAI for five years.", "oracle"},
      {"en", "Microsoft said in a statement that it will invest $2 billion in Anthropic.", "microsoft"},
      {"ja", "ソニーは楽天の株式を取得すると発表した。", "sony"},
  });
}

TEST_CASE("attribution: sources the text does not name", "[extract][passes][attribution]") {
  check_rows({
      {"en", "Amazon is in talks to invest $5 billion in Anthropic, people familiar with the matter said.", "unnamed"},
      {"zh-Hans", "据知情人士透露，联想集团计划收购浪潮信息。", "unnamed"},
      {"zh-Hant", "知情人士透露，鴻海將投資夏普100億日圓。", "unnamed"},
      {"ja", "関係者によると、ソニーは楽天の株式を取得する。", "unnamed"},
      {"es", "Según fuentes cercanas a la operación, Microsoft invertirá 2.000 millones de dólares en OpenAI.", "unnamed"},
      {"de", "Insidern zufolge investiert Microsoft zwei Milliarden Dollar in OpenAI.", "unnamed"},
  });
}

TEST_CASE("attribution: a denial is its speaker's, with status denied", "[extract][passes][attribution]") {
  check_rows({
      {"en", "Amazon denied that it would invest $5 billion in Anthropic.", "amazon", true},
      {"zh-Hans", "腾讯否认将投资智谱。", "tencent", true},
      {"en", "Amazon later denied that it would invest $5 billion in Anthropic.", "amazon", true},
      {"zh-Hans", "腾讯随后否认将投资智谱。", "tencent", true},
      {"pt", "A Microsoft desmentiu que vá investir na OpenAI.", "microsoft", true},
      {"es", "Microsoft desmintió que vaya a invertir en OpenAI.", "microsoft", true},
      {"fr", "Microsoft a démenti vouloir investir dans OpenAI.", "microsoft", true},
      {"it", "Microsoft ha smentito di voler investire in OpenAI.", "microsoft", true},
  });
}

TEST_CASE("attribution: the same words that name no source or deny something else", "[extract][passes][attribution]") {
  SECTION("a speech verb with no deal attributes nothing") {
    CHECK(test::facts_of("Oracle said quarterly revenue rose 8 percent.", "en").deals.empty());
    CHECK(test::facts_of("据路透社报道，腾讯的利润增长了。", "zh-Hans").deals.empty());
  }
  SECTION("a deal stated with no source is the article's own") {
    check_rows({
        {"en", "Microsoft will invest $2 billion in Anthropic.", ""},
        {"pt", "A Microsoft vai investir 2 mil milhões de dólares na OpenAI.", ""},
    });
  }
  SECTION("a denial of something else leaves the deal's own status") {
    check_rows({
        {"en", "Amazon, which denied the claims in a lawsuit, agreed to invest $4 billion in Anthropic.", ""},
        {"en", "Oracle denied the report but said it will supply cloud capacity to OpenAI.", ""},
        {"zh-Hans", "腾讯否认了裁员传闻，并表示将投资智谱3亿元。", ""},
    });
    const ArticleFacts facts = test::facts_of("Amazon, which denied the claims in a lawsuit, agreed to invest $4 billion in Anthropic.", "en");
    REQUIRE(!facts.deals.empty());
    CHECK(facts.deals.front().status == "agreed");
  }
  SECTION("a name far from the cue is not its source") {
    check_rows({{"en", "According to a filing published on Monday after the close, Microsoft will invest $2 billion in Anthropic.", ""}});
  }
}

namespace {

// The message of the KnowledgeError that loading `turtle` as attribution rules throws.
std::string attribution_error(const std::string& turtle) {
  const std::string prefixes = "@prefix dg: <https://w3id.org/dealgraph#> .\n@prefix dgr: <https://w3id.org/dealgraph/rules/> .\n";
  try {
    extract::AttributionRules::load(extract::RuleFile(prefixes + turtle, "words.ttl"));
  } catch (const KnowledgeError& error) {
    return error.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("attribution: a cue with a bad value is an error that says where it is", "[extract][passes][attribution]") {
  CHECK(attribution_error("dgr:cue a dg:AttributionCue ;\n    dg:speaker \"beside\" ; dg:surface \"per\" .\n") ==
        "words.ttl:3:1: https://w3id.org/dealgraph/rules/cue needs a dg:speaker of after, before, topic or unnamed");
  CHECK(attribution_error("dgr:cue a dg:AttributionCue ; dg:surface \"per\" .\n").find("words.ttl:3:1:") == 0);
  CHECK(attribution_error("dgr:cue a dg:AttributionCue ;\n    dg:speaker \"after\" ; dg:denies \"maybe\" .\n") ==
        "words.ttl:3:1: https://w3id.org/dealgraph/rules/cue dg:denies is not a boolean: \"maybe\"");
  CHECK(attribution_error("dgr:cue a dg:AttributionCue ; dg:speaker \"unnamed\" ; dg:surface \"insiders say\"@en .\n") == "no error");
}
