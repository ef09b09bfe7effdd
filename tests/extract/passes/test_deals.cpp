#include <catch2/catch.hpp>

#include <algorithm>

#include "harness.hpp"

using namespace dealgraph;

namespace {

std::string parties_of(const DealClaim& deal) {
  std::string out = to_string(deal.type);
  for (const Party& p : deal.parties) out += std::string(" ") + to_string(p.role) + "=" + test::local_name(p.entity_key);
  return out;
}

// Runs every pass over a one-sentence text and returns the assembled deals.
std::vector<std::string> assembled(const std::string& text, const std::string& language) {
  test::PassBench bench(text, language);
  const extract::SentenceWork sentence = bench.sentence(0);
  for (const extract::Match* t : sentence.chosen) {
    const extract::DealRules& rules = test::deal_rules();
    extract::TriggerWork deal = rules.triggers.start(bench.work(), sentence, *t);
    rules.sides.find_sides(bench.work(), sentence, deal);
    rules.sides.assign_roles(bench.work(), deal);
    extract::MeasureRules::measure_trigger(bench.work(), sentence, deal);
    rules.rounds.follow_round(bench.work(), sentence, deal);
    if (!extract::SideRules::complete(deal)) continue;
    extract::SideRules::conjoin(bench.work(), sentence, deal);
    rules.types.refine_type(bench.work(), sentence, deal);
    rules.assembly.assemble(bench.work(), sentence, deal);
  }
  std::vector<std::string> out;
  for (const DealClaim& deal : bench.work().facts.deals) out.push_back(parties_of(deal));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("deal assembly: one claim per pair of names on the two sides", "[extract][passes][deals]") {
  CHECK(assembled("Microsoft et Nvidia investissent dans Mistral AI.", "fr") ==
        V{"Investment investor=microsoft investee=mistral-ai", "Investment investor=nvidia investee=mistral-ai"});
}

TEST_CASE("deal assembly: the sectors settle a supply's direction the words left open", "[extract][passes][deals]") {
  const extract::AssemblyRules& assembly = test::deal_rules().assembly;
  const Lexicon& lexicon = test::extractor().lexicon();
  auto key = [&](const std::string& text) {
    return test::PassBench(text, "en").work().facts.mentions.at(0).entity_key;
  };
  DealClaim deal;
  deal.type = DealType::SupplyAgreement;
  deal.parties = {{Role::Supplier, key("OpenAI")}, {Role::Customer, key("CoreWeave")}};
  assembly.orient_by_sector(lexicon, deal);
  CHECK(parties_of(deal) == "SupplyAgreement supplier=coreweave customer=openai");
  DealClaim generic;
  generic.type = DealType::CloudContract;
  generic.parties = {{Role::Customer, key("CoreWeave")}, {Role::Supplier, key("Anthropic")}};
  assembly.orient_generic_by_sector(lexicon, generic);
  CHECK(parties_of(generic) == "CloudContract supplier=coreweave customer=anthropic");
}

TEST_CASE("deal assembly: the same deal stated twice in a sentence is one claim", "[extract][passes][deals]") {
  const V deals = assembled("腾讯投资智谱，腾讯向智谱投资3亿元。", "zh-Hans");
  CHECK(deals == V{"Investment investor=tencent investee=zhipu-ai"});
}

TEST_CASE("deal assembly: a word beside the deal word marks a further deal between the same parties",
          "[extract][passes][deals]") {
  struct Row {
    const char* language;
    const char* text;
    const char* tranche;
  };
  // clang-format off
  const std::vector<Row> rows = {
    {"en", "Microsoft will invest another $2 billion in OpenAI.", "more"},
    {"en", "Microsoft led a second investment in OpenAI this spring.", "2"},
    {"en", "Microsoft will invest $2 billion in OpenAI.", ""},
    {"de", "Microsoft investiert weitere 2 Milliarden Dollar in OpenAI.", "more"},
    {"fr", "Microsoft annonce un investissement supplémentaire de 2 milliards de dollars dans OpenAI.", "more"},
    {"es", "Microsoft anunció una inversión adicional de 2.000 millones de dólares en OpenAI.", "more"},
    {"pt", "A Microsoft anunciou um investimento adicional de 2 bilhões de dólares na OpenAI.", "more"},
    {"zh-Hans", "微软向OpenAI追加投资20亿美元。", "more"},
    {"zh-Hans", "微软向OpenAI投资20亿美元。", ""},
    // A compound word is no tranche: Monday, a quarter.
    {"pt", "A Microsoft anunciou na segunda-feira um investimento de 2 bilhões de dólares na OpenAI.", ""},
    {"en", "Microsoft said its second-quarter investment in OpenAI was $2 billion.", ""},
  };
  // clang-format on
  for (const Row& row : rows) {
    INFO(row.language << ": " << row.text);
    const ArticleFacts facts = test::facts_of(row.text, row.language);
    REQUIRE_FALSE(facts.deals.empty());
    CHECK(facts.deals.front().tranche == row.tranche);
  }
}

TEST_CASE("deal assembly: a name joined to the object with an amount of its own is the subject of a clause without its verb",
          "[extract][passes][deals]") {
  struct Row {
    const char* language;
    const char* text;
  };
  // clang-format off
  const std::vector<Row> rows = {
    {"en", "Nvidia will invest $10 billion in Anthropic and Microsoft $5 billion, the companies said."},
    {"fr", "Nvidia investira jusqu'à 10 milliards de dollars dans Anthropic et Microsoft jusqu'à 5 milliards de dollars, ont déclaré les entreprises."},
    {"es", "Nvidia invertirá 10.000 millones de dólares en Anthropic y Microsoft 5.000 millones de dólares, según las empresas."},
    {"de", "Nvidia investiert 10 Milliarden Dollar in Anthropic und Microsoft 5 Milliarden Dollar, teilten die Unternehmen mit."},
    {"pt", "A Nvidia vai investir 10 bilhões de dólares na Anthropic e a Microsoft 5 bilhões de dólares, disseram as empresas."},
  };
  // clang-format on
  for (const Row& row : rows) {
    INFO(row.language << ": " << row.text);
    const ArticleFacts facts = test::facts_of(row.text, row.language);
    std::vector<std::string> seen;
    for (const DealClaim& deal : facts.deals) {
      std::string amount;
      for (const Amount& a : deal.amounts) amount += a.value ? a.value->to_string() : "?";
      seen.push_back(parties_of(deal) + " " + amount);
    }
    std::sort(seen.begin(), seen.end());
    CHECK(seen == V{"Investment investor=microsoft investee=anthropic 5000000000",
                    "Investment investor=nvidia investee=anthropic 10000000000"});
  }
  SECTION("a plain second object stays one") {
    CHECK(assembled("Nvidia will invest in Anthropic and Microsoft.", "en") ==
          V{"Investment investor=nvidia investee=anthropic", "Investment investor=nvidia investee=microsoft"});
  }
}
