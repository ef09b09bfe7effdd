// check_graph on small hand-built graphs: one behaviour per section.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>

#include "dealgraph/graph.hpp"

using namespace dealgraph;

namespace {

// A tiny graph built node by node, as a loader or merge would.
class Graph {
 public:
  KnowledgeGraph graph{"http://test/"};

  std::string entity(const std::string& name, EntityKind kind = EntityKind::Organization,
                     std::vector<LexiconLabel> alt = {}, bool mentioned = true) {
    const std::string iri = graph.entity_iri(kind, name);
    EntityNode& node = graph.mutable_entities()[iri];
    node.iri = iri;
    node.kind = kind;
    node.pref_label = name;
    node.labels = std::move(alt);
    if (mentioned) node.mentioned_in.insert(graph.article_iri("a"));
    return iri;
  }

  DealNode& deal(const std::string& id, DealType type, std::vector<std::pair<Role, std::string>> parties,
                 const std::string& source = "a") {
    const std::string iri = graph.base() + "deal/" + id;
    DealNode& node = graph.mutable_deals()[iri];
    node.iri = iri;
    node.type = type;
    std::sort(parties.begin(), parties.end());
    node.parties = std::move(parties);
    node.evidence.push_back(quote(source, "the " + id + " quote"));
    return node;
  }

  static Evidence quote(const std::string& source, const std::string& text, std::size_t begin = 0) {
    return Evidence{source, text, "en", begin, begin + text.size()};
  }

  static ReportedAmount amount(std::int64_t units, int exponent, const std::string& source, const std::string& written,
                               const std::string& currency = "USD") {
    ReportedAmount reported;
    reported.amount.value = Decimal{units, exponent};
    reported.amount.currency = currency;
    reported.amount.as_written = written;
    reported.evidence = quote(source, "they said " + written);
    return reported;
  }

  std::vector<Finding> check() {
    graph.finish();
    return check_graph(graph);
  }
};

std::vector<Finding> of_kind(const std::vector<Finding>& findings, const std::string& kind) {
  std::vector<Finding> out;
  std::copy_if(findings.begin(), findings.end(), std::back_inserter(out), [&](const Finding& f) { return f.kind == kind; });
  return out;
}

bool involves(const Finding& finding, const std::string& iri) {
  return std::find(finding.involves.begin(), finding.involves.end(), iri) != finding.involves.end();
}

}  // namespace

TEST_CASE("conflicting amounts across sources are errors with every quote", "[checks]") {
  Graph g;
  const std::string nvidia = g.entity("nvidia"), openai = g.entity("openai");
  DealNode& deal = g.deal("inv", DealType::Investment, {{Role::Investor, nvidia}, {Role::Investee, openai}});

  SECTION("$100 billion in one article against $3 trillion in another") {  // 10 times apart is a unit slip instead
    deal.amounts.push_back(Graph::amount(1000, 8, "zh-article", "1000亿美元"));
    deal.amounts.push_back(Graph::amount(3, 12, "pt-article", "3000 mil milhões de dólares"));
    const auto found = of_kind(g.check(), "conflicting-amounts");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == "error");
    CHECK(involves(found[0], deal.iri));
    REQUIRE(found[0].evidence.size() == 2);
    CHECK(found[0].evidence[0].quote == "they said 3000 mil milhões de dólares");
    CHECK(found[0].evidence[1].quote == "they said 1000亿美元");
    CHECK(found[0].message.find("1000亿美元") != std::string::npos);
    CHECK(found[0].message.find("3000 mil milhões de dólares") != std::string::npos);
  }
  SECTION("just inside the tolerance agrees") {
    deal.amounts.push_back(Graph::amount(100, 9, "a", "$100 billion"));
    deal.amounts.push_back(Graph::amount(124, 9, "b", "$124 billion"));
    CHECK(of_kind(g.check(), "conflicting-amounts").empty());
  }
  SECTION("just outside the tolerance disagrees") {
    deal.amounts.push_back(Graph::amount(100, 9, "a", "$100 billion"));
    deal.amounts.push_back(Graph::amount(126, 9, "b", "$126 billion"));
    CHECK(of_kind(g.check(), "conflicting-amounts").size() == 1);
  }
  SECTION("different figures in one article are tranches, not a conflict") {
    deal.amounts.push_back(Graph::amount(10, 9, "a", "$10 billion"));
    deal.amounts.push_back(Graph::amount(100, 9, "a", "$100 billion"));
    CHECK(of_kind(g.check(), "conflicting-amounts").empty());
  }
  SECTION("different currencies are not compared") {
    deal.amounts.push_back(Graph::amount(100, 9, "a", "$100 billion"));
    deal.amounts.push_back(Graph::amount(700, 9, "b", "7000亿元", "CNY"));
    CHECK(of_kind(g.check(), "conflicting-amounts").empty());
  }
  SECTION("vague amounts and bounds do not conflict with figures they allow") {
    ReportedAmount up_to = Graph::amount(100, 9, "a", "up to $100 billion");
    up_to.amount.qualifier = "up to";
    ReportedAmount vague = Graph::amount(1, 9, "c", "billions");
    vague.amount.approximate = true;
    deal.amounts.push_back(up_to);
    deal.amounts.push_back(vague);
    deal.amounts.push_back(Graph::amount(10, 9, "b", "$10 billion"));
    CHECK(of_kind(g.check(), "conflicting-amounts").empty());
  }
  SECTION("a range agrees with a figure inside it") {
    ReportedAmount range;
    range.amount.min = Decimal{200, 9};
    range.amount.max = Decimal{300, 9};
    range.amount.currency = "USD";
    range.amount.as_written = "$200-300 billion";
    range.evidence = Graph::quote("a", "between 200 and 300");
    deal.amounts.push_back(range);
    deal.amounts.push_back(Graph::amount(250, 9, "b", "$250 billion"));
    CHECK(of_kind(g.check(), "conflicting-amounts").empty());
  }
}

TEST_CASE("domain and range follow the ontology", "[checks]") {
  Graph g;
  const std::string openai = g.entity("openai");
  const std::string h100 = g.entity("h100", EntityKind::Chip);
  const std::string jensen = g.entity("jensen", EntityKind::Person);

  SECTION("a chip as an investor is an error") {
    g.deal("d", DealType::Investment, {{Role::Investor, h100}, {Role::Investee, openai}});
    const auto found = of_kind(g.check(), "domain-violation");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == "error");
    CHECK(involves(found[0], h100));
    CHECK(found[0].evidence.size() == 1);
  }
  SECTION("a person as a supplier of chips is an error") {
    g.deal("d", DealType::SupplyAgreement, {{Role::Supplier, jensen}, {Role::Customer, openai}});
    const auto found = of_kind(g.check(), "domain-violation");
    REQUIRE(found.size() == 1);
    CHECK(involves(found[0], jensen));
  }
  SECTION("a person as an investor is allowed") {
    g.deal("d", DealType::Investment, {{Role::Investor, jensen}, {Role::Investee, openai}});
    CHECK(of_kind(g.check(), "domain-violation").empty());
  }
  SECTION("dg:chip must name a chip") {
    DealNode& deal =
        g.deal("d", DealType::SupplyAgreement, {{Role::Supplier, openai}, {Role::Customer, g.entity("oracle")}});
    deal.chips = {h100, openai};
    const auto found = of_kind(g.check(), "domain-violation");
    REQUIRE(found.size() == 1);
    CHECK(involves(found[0], openai));
  }
  SECTION("a position is held by a person at an organisation") {
    PostNode& position = g.graph.mutable_posts()[g.graph.base() + "position/p"];
    position.iri = g.graph.base() + "position/p";
    position.holder = openai;
    position.organization = jensen;
    position.title = "CEO";
    CHECK(of_kind(g.check(), "domain-violation").size() == 2);
  }
  SECTION("a party that is no entity is a dangling reference") {
    g.deal("d", DealType::Investment, {{Role::Investor, "http://test/org/ghost"}, {Role::Investee, openai}});
    const auto found = of_kind(g.check(), "dangling-reference");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == "error");
  }
}

TEST_CASE("a party on both sides of a deal is a self-deal", "[checks]") {
  Graph g;
  const std::string a = g.entity("a"), b = g.entity("b");
  SECTION("investor and investee") {
    const DealNode& deal = g.deal("d", DealType::Investment, {{Role::Investor, a}, {Role::Investee, a}, {Role::Investor, b}});
    const auto found = of_kind(g.check(), "self-deal");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == "error");
    CHECK(found[0].involves == std::vector<std::string>{deal.iri, a});
  }
  SECTION("partners are on no side") {
    g.deal("d", DealType::Partnership, {{Role::Partner, a}, {Role::Partner, b}});
    CHECK(of_kind(g.check(), "self-deal").empty());
  }
}

TEST_CASE("money flowing in a loop is circular financing", "[checks]") {
  Graph g;
  const std::string a = g.entity("a"), b = g.entity("b"), c = g.entity("c");

  SECTION("A invests in B, B buys chips from C, C invests in A") {
    const std::string d1 = g.deal("1", DealType::Investment, {{Role::Investor, a}, {Role::Investee, b}}, "s1").iri;
    const std::string d2 = g.deal("2", DealType::SupplyAgreement, {{Role::Customer, b}, {Role::Supplier, c}}, "s2").iri;
    const std::string d3 = g.deal("3", DealType::Investment, {{Role::Investor, c}, {Role::Investee, a}}, "s3").iri;
    const auto found = of_kind(g.check(), "circular-financing");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == "warning");
    for (const std::string& iri : {a, b, c, d1, d2, d3}) CHECK(involves(found[0], iri));
    CHECK(found[0].evidence.size() == 3);
    CHECK(found[0].message == "money flows in a loop: a -(Investment)-> b -(SupplyAgreement)-> c -(Investment)-> a");
  }
  SECTION("two loops through one pair are listed one by one") {
    g.deal("1", DealType::Investment, {{Role::Investor, a}, {Role::Investee, b}});
    g.deal("2", DealType::SupplyAgreement, {{Role::Customer, b}, {Role::Supplier, a}});
    g.deal("3", DealType::CloudContract, {{Role::Customer, b}, {Role::Supplier, c}});
    g.deal("4", DealType::Investment, {{Role::Investor, c}, {Role::Investee, a}});
    const auto found = of_kind(g.check(), "circular-financing");
    REQUIRE(found.size() == 2);
    // The shorter loop first.
    CHECK(found[0].message == "money flows in a loop: a -(Investment)-> b -(SupplyAgreement)-> a");
  }
  SECTION("a chain is no loop, and partnerships carry no money") {
    g.deal("1", DealType::Investment, {{Role::Investor, a}, {Role::Investee, b}});
    g.deal("2", DealType::SupplyAgreement, {{Role::Customer, b}, {Role::Supplier, c}});
    g.deal("3", DealType::Partnership, {{Role::Partner, c}, {Role::Partner, a}});
    CHECK(of_kind(g.check(), "circular-financing").empty());
  }
}

TEST_CASE("entities sharing a name are suspected duplicates", "[checks]") {
  Graph g;
  SECTION("one alias, two organisations") {
    const std::string x = g.entity("nvidia", EntityKind::Organization, {{"英伟达", "zh"}});
    const std::string y = g.entity("nvidia-corp", EntityKind::Organization, {{"英伟达", "zh"}});
    const auto found = of_kind(g.check(), "duplicate-entity");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == "warning");
    CHECK(found[0].involves == std::vector<std::string>{x, y});
  }
  SECTION("labels are compared folded") {
    g.entity("Nvidia");
    g.graph.mutable_entities()[g.entity("other")].pref_label = "NVIDIA";
    CHECK(of_kind(g.check(), "duplicate-entity").size() == 1);
  }
  SECTION("a shared alias across kinds is not enough") {
    g.entity("blackwell-org", EntityKind::Organization, {{"Blackwell", "en"}});
    g.entity("blackwell-chip", EntityKind::Chip, {{"Blackwell", "en"}});
    CHECK(of_kind(g.check(), "duplicate-entity").empty());
  }
}

TEST_CASE("orphans and deals without evidence are warnings", "[checks]") {
  Graph g;
  const std::string lonely = g.entity("lonely", EntityKind::Organization, {}, false);
  const std::string a = g.entity("a"), b = g.entity("b");
  DealNode& deal = g.deal("d", DealType::Investment, {{Role::Investor, a}, {Role::Investee, b}});
  deal.evidence.clear();
  const auto findings = g.check();
  const auto orphans = of_kind(findings, "orphan");
  REQUIRE(orphans.size() == 1);
  CHECK(orphans[0].involves == std::vector<std::string>{lonely});
  CHECK(of_kind(findings, "missing-evidence").size() == 1);
  CHECK(std::none_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == "error"; }));
}

TEST_CASE("a clean graph has no findings", "[checks]") {
  Graph g;
  const std::string a = g.entity("a"), b = g.entity("b");
  g.deal("d", DealType::Investment, {{Role::Investor, a}, {Role::Investee, b}}).amounts.push_back(
      Graph::amount(5, 9, "a", "$5 billion"));
  CHECK(g.check().empty());
}

TEST_CASE("conflicting amounts of many sources are found as by comparing every pair", "[checks]") {
  // The check compares each amount with the extremes of the other sources; a pairwise reference
  // over small random deals must flag the same amounts.
  std::uint32_t state = 7;
  auto next = [&](std::uint32_t n) { return (state = state * 1103515245u + 12345u) / 65536u % n; };
  for (int round = 0; round < 200; ++round) {
    Graph g;
    const std::string nvidia = g.entity("nvidia"), openai = g.entity("openai");
    DealNode& deal = g.deal("inv", DealType::Investment, {{Role::Investor, nvidia}, {Role::Investee, openai}});
    const std::size_t count = 1 + next(6);
    std::vector<std::pair<std::int64_t, std::string>> figures;
    for (std::size_t i = 0; i < count; ++i) {
      const std::int64_t units = 100 + 10 * static_cast<std::int64_t>(next(6));  // 100 to 150: some agree, some not
      const std::string source(1, static_cast<char>('a' + next(3)));
      ReportedAmount reported = Graph::amount(units, 9, source, "$" + std::to_string(units) + " billion");
      reported.evidence = Graph::quote(source, "figure " + std::to_string(i), 100 * i);
      deal.amounts.push_back(reported);
      figures.emplace_back(units, source);
    }
    std::size_t expected = 0;
    for (std::size_t i = 0; i < count; ++i) {
      bool disputed = false;
      for (std::size_t j = 0; j < count; ++j) {
        const auto low = std::min(figures[i].first, figures[j].first), high = std::max(figures[i].first, figures[j].first);
        if (figures[i].second != figures[j].second && high * 4 > low * 5) disputed = true;
      }
      expected += disputed;
    }
    const auto found = of_kind(g.check(), "conflicting-amounts");
    CAPTURE(round);
    REQUIRE(found.size() == (expected > 0 ? 1u : 0u));
    if (expected > 0) CHECK(found[0].evidence.size() == expected);
  }
}
