#include <catch2/catch.hpp>

#include "harness.hpp"

using namespace dealgraph;

namespace {

// The mentions pass's output as "kind:name" in text order.
std::vector<std::string> mentions_of(const std::string& text, const std::string& language = "") {
  const test::PassBench bench(text, language);
  std::vector<std::string> out;
  for (const Mention& m : bench.work().facts.mentions)
    out.push_back(std::string(to_string(m.kind)) + ":" + std::string(bench.work().text.substr(m.byte_begin, m.byte_end - m.byte_begin)));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("mentions: lexicon names and discovered names together, in text order", "[extract][passes][mentions]") {
  CHECK(mentions_of("Brisvane Labs Inc. signed with Microsoft.") ==
        V{"Organization:Brisvane Labs Inc.", "Organization:Microsoft"});
  CHECK(mentions_of("Nvidia liefert Chips an die Firma Talsperre Rechenwerk.", "de") ==
        V{"Organization:Nvidia", "Organization:Talsperre Rechenwerk"});
  CHECK(mentions_of("腾讯首席执行官马化腾与阿里巴巴会面。", "zh-Hans") ==
        V{"Organization:腾讯", "Person:马化腾", "Organization:阿里巴巴"});
}

TEST_CASE("mentions: a discovered name is found again without its legal suffix", "[extract][passes][mentions]") {
  const test::PassBench bench("La startup Ondivale SAS lève des fonds. Ondivale recrute.", "fr");
  const ArticleFacts& facts = bench.work().facts;
  REQUIRE(facts.discovered.size() == 1);
  CHECK(facts.discovered[0].short_label == "Ondivale");
  CHECK(std::count_if(facts.mentions.begin(), facts.mentions.end(),
                      [&](const Mention& m) { return m.entity_key == facts.discovered[0].entity_key; }) == 2);
  CHECK(std::is_sorted(facts.mentions.begin(), facts.mentions.end(),
                       [](const Mention& a, const Mention& b) { return a.byte_begin < b.byte_begin; }));
}
