// Deal identity: which claims the graph takes for one deal, and which it keeps apart.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "dealgraph/graph.hpp"
#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

const std::string kLexicon = "https://w3id.org/dealgraph/lexicon/";

// A claim of `type` from `payer` (first role) to `paid` (second role), stated in sentence
// number `sentence` of its article.
DealClaim claim(DealType type, Role payer_role, const std::string& payer, Role paid_role, const std::string& paid,
                const std::string& source, std::size_t sentence, double confidence = 0.8) {
  DealClaim deal;
  deal.type = type;
  deal.parties = {{payer_role, kLexicon + payer}, {paid_role, kLexicon + paid}};
  deal.trigger = "invest";
  deal.confidence = confidence;
  deal.evidence = {source, "A sentence of our own.", "en", sentence * 100, sentence * 100 + 22};
  return deal;
}

ArticleFacts article(const std::string& id, std::vector<DealClaim> deals) {
  ArticleFacts facts;
  facts.document.source_id = id;
  facts.document.language = "en";
  facts.deals = std::move(deals);
  return facts;
}

KnowledgeGraph graph_of(const std::vector<ArticleFacts>& articles) {
  KnowledgeGraph graph;
  for (const ArticleFacts& facts : articles) graph.add(facts, test::extractor().lexicon());
  graph.finish();
  return graph;
}

// "payer>paid" for every deal of `type` in the graph.
std::vector<std::string> flows(const KnowledgeGraph& graph, DealType type) {
  std::vector<std::string> out;
  for (const auto& [iri, deal] : graph.deals()) {
    if (deal.type != type) continue;
    std::string payer, paid;
    for (const auto& [role, party] : deal.parties) {
      const std::string name = party.substr(party.rfind('/') + 1);
      if (role == Role::Investor || role == Role::Acquirer || role == Role::Customer) payer = name;
      else paid = name;
    }
    out.push_back(payer + ">" + paid);
  }
  return out;
}

}  // namespace

TEST_CASE("deal identity: an article's deals do not run both ways between two companies", "[graph][identity]") {
  SECTION("one sentence read both ways: the surer reading stands") {
    const KnowledgeGraph graph = graph_of({article("a1", {
        claim(DealType::EquityStake, Role::Investor, "microsoft", Role::Investee, "openai", "a1", 0, 0.6),
        claim(DealType::EquityStake, Role::Investor, "openai", Role::Investee, "microsoft", "a1", 0, 0.8)})});
    CHECK(flows(graph, DealType::EquityStake) == std::vector<std::string>{"openai>microsoft"});
  }
  SECTION("across sentences: the direction more sentences state stands, whatever the type of the same family") {
    const KnowledgeGraph graph = graph_of({article("a1", {
        claim(DealType::EquityStake, Role::Investor, "microsoft", Role::Investee, "openai", "a1", 0),
        claim(DealType::Investment, Role::Investor, "openai", Role::Investee, "microsoft", "a1", 1),
        claim(DealType::Investment, Role::Investor, "microsoft", Role::Investee, "openai", "a1", 2)})});
    CHECK(flows(graph, DealType::EquityStake) == std::vector<std::string>{"microsoft>openai"});
    CHECK(flows(graph, DealType::Investment) == std::vector<std::string>{"microsoft>openai"});
  }
  SECTION("different things may flow both ways: money one way, chips the other") {
    const KnowledgeGraph graph = graph_of({article("a1", {
        claim(DealType::Investment, Role::Investor, "nvidia", Role::Investee, "openai", "a1", 0),
        claim(DealType::SupplyAgreement, Role::Customer, "openai", Role::Supplier, "nvidia", "a1", 0)})});
    CHECK(flows(graph, DealType::Investment) == std::vector<std::string>{"nvidia>openai"});
    CHECK(flows(graph, DealType::SupplyAgreement) == std::vector<std::string>{"openai>nvidia"});
  }
  SECTION("two articles may each tell one way: deals years apart") {
    const KnowledgeGraph graph = graph_of({
        article("a1", {claim(DealType::Investment, Role::Investor, "microsoft", Role::Investee, "openai", "a1", 0)}),
        article("a2", {claim(DealType::Investment, Role::Investor, "openai", Role::Investee, "microsoft", "a2", 0)})});
    CHECK(flows(graph, DealType::Investment).size() == 2);
  }
}

namespace {

ArticleFacts read(const std::string& id, const std::string& text, const std::string& language) {
  ArticleFacts facts = test::facts_of(text, language);
  facts.document.source_id = id;
  for (DealClaim& deal : facts.deals) deal.evidence.source_id = id;
  return facts;
}

std::size_t deals_of(const KnowledgeGraph& graph, DealType type) {
  std::size_t n = 0;
  for (const auto& [iri, deal] : graph.deals()) n += deal.type == type;
  return n;
}

}  // namespace

TEST_CASE("deal identity: successive deals between the same parties stay apart, one deal told twice is one",
          "[graph][identity]") {
  SECTION("a first investment and another one, told by two articles") {
    const KnowledgeGraph graph = graph_of({read("a1", "Microsoft will invest $1 billion in OpenAI.", "en"),
                                           read("a2", "Microsoft will invest another $2 billion in OpenAI.", "en")});
    REQUIRE(deals_of(graph, DealType::Investment) == 2);
    // Each keeps its own amount: check compares amounts only within one deal.
    for (const auto& [iri, deal] : graph.deals()) CHECK(deal.amounts.size() == 1);
    const std::vector<Finding> findings = check_graph(graph);
    CHECK(std::none_of(findings.begin(), findings.end(), [](const Finding& f) { return f.kind == "conflicting-amounts"; }));
  }
  SECTION("the same deal told by two articles in two languages") {
    const KnowledgeGraph graph = graph_of({read("a1", "Microsoft will invest $2 billion in OpenAI.", "en"),
                                           read("a2", "微软向OpenAI投资20亿美元。", "zh-Hans")});
    REQUIRE(deals_of(graph, DealType::Investment) == 1);
    CHECK(graph.deals().begin()->second.amounts.size() == 2);
    CHECK(graph.deals().begin()->second.evidence.size() == 2);
  }
  SECTION("the same further deal told by two articles") {
    const KnowledgeGraph graph = graph_of({read("a1", "Microsoft investiert weitere 2 Milliarden Dollar in OpenAI.", "de"),
                                           read("a2", "微软向OpenAI追加投资20亿美元。", "zh-Hans")});
    CHECK(deals_of(graph, DealType::Investment) == 1);
  }
}
