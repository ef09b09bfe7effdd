#include <catch2/catch.hpp>

#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

std::string local(const std::string& iri) { return iri.substr(iri.rfind('/') + 1); }

// Deals as "Type role=entity role=entity" strings, in text order.
std::vector<std::string> deals_in(const std::string& text) {
  std::vector<std::string> out;
  for (const DealClaim& deal : test::facts_of(text).deals) {
    std::string line = to_string(deal.type);
    for (const Party& party : deal.parties) line += std::string(" ") + to_string(party.role) + "=" + local(party.entity_key);
    out.push_back(line);
  }
  return out;
}

const DealClaim& only_deal(const ArticleFacts& facts) {
  REQUIRE(facts.deals.size() == 1);
  return facts.deals.front();
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("Chinese deals: roles from word order and particles", "[extract][deals][zh]") {
  CHECK(deals_in("微软向Anthropic投资50亿美元。") == V{"Investment investor=microsoft investee=anthropic"});
  CHECK(deals_in("Anthropic已开始租用亚马逊的Trainium芯片。") == V{"SupplyAgreement customer=anthropic supplier=amazon"});
  CHECK(deals_in("甲骨文与OpenAI达成合作。") == V{"Partnership partner=oracle partner=openai"});
  CHECK(deals_in("软银宣布收购Ampere Computing。") == V{"Acquisition acquirer=softbank target=ampere-computing"});
  CHECK(deals_in("谷歌将为Anthropic的贷款提供担保。") == V{"LoanGuarantee guarantor=google beneficiary=anthropic"});
  SECTION("a clause without its own subject takes the previous clause's") {
    CHECK(deals_in("彼时Meta已不再保密,不仅和博通合作研发芯片,还和谷歌签了云计算合约。") ==
          V{"Partnership partner=meta partner=broadcom", "CloudContract customer=meta supplier=google"});
  }
  SECTION("a company ceding equity is the investee") {
    CHECK(deals_in("英特尔以出让5%股权的方式与软银达成合作。") == V{"EquityStake investee=intel investor=softbank"});
  }
  SECTION("amounts stay in their clause") {
    const auto facts = test::facts_of("英伟达同意向xAI出租价值200亿美元的10万颗芯片,xAI可能要承担数十亿美元债务。");
    const DealClaim& deal = only_deal(facts);
    REQUIRE(deal.amounts.size() == 1);
    CHECK(deal.amounts[0].as_written == "200亿美元");
    CHECK(deal.amounts[0].value->to_string() == "20000000000");
    REQUIRE(deal.quantities.size() == 1);
    CHECK(deal.quantities[0].unit == "chips");
  }
}

TEST_CASE("Portuguese, Spanish, English, German and French deals", "[extract][deals]") {
  CHECK(deals_in("A Microsoft vai investir 10 mil milhões de dólares na Mistral AI.") ==
        V{"Investment investor=microsoft investee=mistral-ai"});
  CHECK(deals_in("A Oracle fechou uma parceria com a xAI no Brasil.") == V{"Partnership partner=oracle partner=xai"});
  CHECK(deals_in("Amazon invertirá 4.000 millones de dólares en Anthropic.") ==
        V{"Investment investor=amazon investee=anthropic"});
  CHECK(deals_in("AMD agreed to supply Oracle with 50,000 MI450 chips.") ==
        V{"SupplyAgreement supplier=amd customer=oracle"});
  CHECK(deals_in("Nvidia will invest up to $5 billion in Intel, the companies said.") ==
        V{"Investment investor=nvidia investee=intel"});
  CHECK(deals_in("Cohere is backed by Nvidia and Oracle.") ==
        V{"Investment investee=cohere investor=nvidia", "Investment investee=cohere investor=oracle"});
  CHECK(deals_in("Die Telekom liefert Rechenleistung an SAP.") == V{"SupplyAgreement supplier=deutsche-telekom customer=sap"});
  CHECK(deals_in("Mistral AI annonce un partenariat avec Nvidia.") == V{"Partnership partner=mistral-ai partner=nvidia"});
  SECTION("a name after a preposition is not the subject") {
    CHECK(deals_in("According to Reuters, Google will invest $2 billion in Anthropic.") ==
          V{"Investment investor=google investee=anthropic"});
  }
  SECTION("parties joined by a conjunction share their role") {
    CHECK(deals_in("Google y Amazon invertirán en Anthropic este año.") ==
          V{"Investment investor=google investee=anthropic", "Investment investor=amazon investee=anthropic"});
  }
  SECTION("the other side may stand before the verb, governed by a preposition") {
    CHECK(deals_in("Meta hat mit dem Cloud-Anbieter CoreWeave einen Vertrag über Rechenkapazität geschlossen.") ==
          V{"CloudContract customer=meta supplier=coreweave"});
  }
  SECTION("selling a stake is not a supply deal, and buying services is not an acquisition") {
    CHECK(deals_in("SoftBank sold its entire stake in Nvidia for $5.8 billion.").empty());
    CHECK(deals_in("OpenAI committed to buy $250 billion of Azure services from Microsoft.") ==
          V{"SupplyAgreement customer=openai supplier=microsoft"});
  }
  SECTION("the object is not sought past a clause break") {
    CHECK(deals_in("Oracle will supply chips to xAI, while Microsoft keeps its own.") ==
          V{"SupplyAgreement supplier=oracle customer=xai"});
  }
  SECTION("the name before a relative pronoun is the subject of its clause") {
    CHECK(deals_in("Nvidia investit dans Anthropic, qui s'engage à acheter de la capacité à Microsoft.") ==
          V{"Investment investor=nvidia investee=anthropic", "SupplyAgreement customer=anthropic supplier=microsoft"});
  }
  SECTION("when the words leave the direction open, sectors settle who supplies compute") {
    CHECK(deals_in("A Oracle fechou um contrato de computação em nuvem com a OpenAI.") ==
          V{"CloudContract customer=openai supplier=oracle"});
  }
  SECTION("one party is not a deal") {
    CHECK(deals_in("Nvidia said investment would grow.").empty());
  }
}

TEST_CASE("rounds, passives, sources and references back", "[extract][deals]") {
  SECTION("investors that lead or join a round invest in the company that raised it") {
    CHECK(deals_in("英特尔完成新一轮融资，由软银领投，淡马锡跟投。") ==
          V{"Investment investee=intel investor=softbank", "Investment investor=temasek investee=intel"});
    CHECK(deals_in("Cohere raised $500 million. The round was led by Nvidia.") ==
          V{"Investment investor=nvidia investee=cohere"});
  }
  SECTION("a Chinese passive turns the roles round") {
    CHECK(deals_in("Ampere Computing将被软银收购。") == V{"Acquisition acquirer=softbank target=ampere-computing"});
  }
  SECTION("leasing at, and licensing from, a company makes it the supplier") {
    CHECK(deals_in("CoreWeave will lease 200 megawatts of capacity at Oracle's campus.") ==
          V{"SupplyAgreement customer=coreweave supplier=oracle"});
    CHECK(deals_in("海光信息获得AMD的架构授权。") == V{"Licensing licensee=hygon licensor=amd"});
  }
  SECTION("'the company' stands for the company the article is about") {
    CHECK(deals_in("Nebius opened a new site in Finland. The company also signed a contract with Mistral AI for GPU capacity.") ==
          V{"CloudContract supplier=nebius customer=mistral-ai"});
  }
  SECTION("an agreement of no stated kind is a partnership unless compute is in view") {
    CHECK(deals_in("SAP signed an agreement with Nvidia on factory software.") == V{"Partnership partner=sap partner=nvidia"});
  }
  SECTION("a value given in the next sentence, or a later clause, is the deal's amount") {
    const auto facts = test::facts_of("Oracle will supply chips to xAI. The contract is worth about $3 billion.");
    REQUIRE(facts.deals.size() == 2);
    CHECK(facts.deals[1].amounts.at(0).value->to_string() == "3000000000");
    const auto chinese = test::facts_of("英特尔完成新一轮融资，融资金额约30亿美元，由软银领投。");
    REQUIRE_FALSE(chinese.deals.empty());
    CHECK(chinese.deals[0].amounts.at(0).currency == "USD");
  }
  SECTION("words that only begin like a trigger are not one") {
    CHECK(deals_in("A Scala recebeu capital de um grupo de investidores como a Microsoft.").empty());
  }
}

TEST_CASE("status comes from the sentence's cues", "[extract][deals]") {
  CHECK(only_deal(test::facts_of("Microsoft denied it would invest in Mistral AI.")).status == "denied");
  CHECK(only_deal(test::facts_of("A Nvidia planeava investir na OpenAI.")).status == "planned");
}

TEST_CASE("posts: a title between or beside a person and an organisation", "[extract][posts]") {
  auto posts = [](const std::string& text) {
    V out;
    for (const PostClaim& p : test::facts_of(text).posts)
      out.push_back(local(p.holder_key) + " " + p.title + " " + local(p.organization_key));
    return out;
  };
  CHECK(posts("软银CEO孙正义出席了活动。") == V{"masayoshi-son CEO softbank"});
  CHECK(posts("英伟达首席执行官黄仁勋表示。") == V{"jensen-huang CEO nvidia"});
  CHECK(posts("Lisa Su, chief executive of AMD, said so.") == V{"lisa-su CEO amd"});
  CHECK(posts("O CEO da Nvidia, Jensen Huang, falou.") == V{"jensen-huang CEO nvidia"});
  CHECK(posts("Satya Nadella, consejero delegado de Microsoft, habló.") == V{"satya-nadella CEO microsoft"});
  CHECK(posts("Arthur Mensch, directeur général de Mistral AI, a parlé.") == V{"arthur-mensch CEO mistral-ai"});
  CHECK(posts("Larry Ellison, Oracle's chairman, spoke.") == V{"larry-ellison Chair oracle"});
  SECTION("titles joined by a conjunction are each a post") {
    CHECK(posts("Masayoshi Son, SoftBank's chairman and chief executive, sold shares.") ==
          V{"masayoshi-son Chair softbank", "masayoshi-son CEO softbank"});
    CHECK(posts("软银董事长兼首席执行官孙正义表示。") == V{"masayoshi-son Chair softbank", "masayoshi-son CEO softbank"});
  }
  SECTION("a conjunction between two people starts a new post") {
    CHECK(posts("Satya Nadella, consejero delegado de Microsoft, y Jensen Huang, fundador de Nvidia, hablaron.") ==
          V{"satya-nadella CEO microsoft", "jensen-huang Founder nvidia"});
  }
  SECTION("German compounds with a hyphen") {
    CHECK(posts("Intel-Chef Lip-Bu Tan begrüßte den Schritt.") == V{"lip-bu-tan CEO intel"});
  }
}
