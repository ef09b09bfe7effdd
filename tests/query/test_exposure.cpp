// `dealgraph exposure`: the money between two entities, on a small hand-built graph of
// invented companies.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dealgraph/query.hpp"
#include "query/graph_builder.hpp"
#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

// Ardent invests in Brightwell ($2bn in articles a and b, $3bn in c; dated 2025-03); Ardent
// sells Brightwell cloud capacity (EUR 400m in b and c, EUR 300-500m in a; undated, reported
// by b, from 2025-09); they are partners (no amount; only c, which has no date); Ardent and
// Dunmore lead a $6bn round in Brightwell (a, from 2024-06); Ardent takes a $1bn stake in
// Corvane (a, dated 2024-11), which sells Brightwell chips ($250m in b, $300m in c; reported
// by b).
class Ledger {
 public:
  KnowledgeGraph graph{kDefaultBase};
  std::string ardent, brightwell, corvane, dunmore;
  std::string invest, cloud, pact, round, stake, chips;

  Ledger() {
    article("a", "2024-06-01");
    article("b", "2025-09-10");
    article("c", "");
    ardent = entity("ardent", "Ardent Capital");
    brightwell = entity("brightwell", "Brightwell Labs");
    corvane = entity("corvane", "Corvane Systems");
    dunmore = entity("dunmore", "Dunmore Bank");
    invest = deal("invest", DealType::Investment, {{Role::Investor, ardent}, {Role::Investee, brightwell}});
    amount(invest, "a", Decimal{2, 9}, "USD");
    amount(invest, "b", Decimal{2000, 6}, "USD");
    amount(invest, "c", Decimal{3, 9}, "USD");
    graph.mutable_deals()[invest].dates = {"2025-03"};
    cloud = deal("cloud", DealType::CloudContract, {{Role::Supplier, ardent}, {Role::Customer, brightwell}}, "b");
    amount(cloud, "b", Decimal{400, 6}, "EUR");
    amount(cloud, "c", Decimal{4, 8}, "EUR");
    ReportedAmount range = made("a", "EUR");
    range.amount.min = Decimal{300, 6};
    range.amount.max = Decimal{500, 6};
    graph.mutable_deals()[cloud].amounts.push_back(range);
    pact = deal("pact", DealType::Partnership, {{Role::Partner, ardent}, {Role::Partner, brightwell}}, "c");
    round = deal("round", DealType::Investment,
                 {{Role::Investor, ardent}, {Role::Investor, dunmore}, {Role::Investee, brightwell}});
    amount(round, "a", Decimal{6, 9}, "USD");
    stake = deal("stake", DealType::EquityStake, {{Role::Investor, ardent}, {Role::Investee, corvane}});
    amount(stake, "a", Decimal{1, 9}, "USD");
    graph.mutable_deals()[stake].dates = {"2024-11"};
    chips = deal("chips", DealType::SupplyAgreement, {{Role::Supplier, corvane}, {Role::Customer, brightwell}}, "b");
    amount(chips, "b", Decimal{250, 6}, "USD");
    amount(chips, "c", Decimal{300, 6}, "USD");
    graph.finish();
  }

  ExposureQuery query(std::size_t hops = 1, const std::string& since = "", const std::string& until = "") const {
    ExposureQuery q;
    q.hops = hops;
    q.window.since = since;
    q.window.until = until;
    q.paying_roles = paying_roles(test::ontology_dir() + "/dealgraph.ttl");
    return q;
  }

 private:
  void article(const std::string& id, const std::string& published) {
    ArticleNode& node = graph.mutable_articles()[graph.article_iri(id)];
    node.iri = graph.article_iri(id);
    node.source_id = id;
    if (!published.empty()) node.published = published;
    node.language = "en";
  }
  std::string entity(const std::string& name, const std::string& label) {
    const std::string iri = graph.entity_iri(EntityKind::Organization, name);
    EntityNode& node = graph.mutable_entities()[iri];
    node.iri = iri;
    node.kind = EntityKind::Organization;
    node.pref_label = label;
    node.mentioned_in = {graph.article_iri("a")};
    return iri;
  }
  std::string deal(const std::string& name, DealType type, std::vector<std::pair<Role, std::string>> parties,
                   const std::string& source = "a") {
    return test::add_deal(graph, name, type, std::move(parties), {Evidence{source, "the " + name + " deal", "en", 0, 8 + name.size()}});
  }
  ReportedAmount made(const std::string& source, const std::string& currency) {
    ReportedAmount reported;
    reported.amount.currency = currency;
    reported.amount.as_written = "some money (" + source + ")";
    reported.evidence = Evidence{source, "a sentence of " + source, "en", 10, 24};
    return reported;
  }
  void amount(const std::string& deal, const std::string& source, Decimal value, const std::string& currency) {
    ReportedAmount reported = made(source, currency);
    reported.amount.value = value;
    graph.mutable_deals()[deal].amounts.push_back(reported);
  }
};

std::vector<std::string> iris(const Exposure& answer) {
  std::vector<std::string> out;
  for (const ExposureDeal& deal : answer.deals) out.push_back(deal.iri);
  return out;
}

const ExposureDeal& find(const Exposure& answer, const std::string& iri) {
  for (const ExposureDeal& deal : answer.deals)
    if (deal.iri == iri) return deal;
  FAIL("no deal " << iri);
  throw std::logic_error("unreachable");
}

// "Ardent Capital -> Brightwell Labs: 8,000,000,000 USD in 2 (1 shared)", a line per total.
std::vector<std::string> totals_in_words(const Ledger& m, const Exposure& answer) {
  std::vector<std::string> out;
  for (const ExposureTotal& total : answer.totals)
    out.push_back(query::label_of(m.graph, total.payer) + " -> " + query::label_of(m.graph, total.payee) + ": " +
                  query::money_in_words(total.sum) + " in " + std::to_string(total.deals) + " (" +
                  std::to_string(total.shared) + " shared)");
  return out;
}

}  // namespace

TEST_CASE("the vocabulary says which roles commit the money", "[query][exposure]") {
  CHECK(paying_roles(test::ontology_dir() + "/dealgraph.ttl") ==
        std::set<Role>{Role::Investor, Role::Customer, Role::Guarantor, Role::Acquirer, Role::Licensee});
  const auto dir = std::filesystem::temp_directory_path() / "dealgraph-test-exposure";
  std::filesystem::create_directories(dir);
  const std::string prefix = "@prefix dg: <https://w3id.org/dealgraph#> .\n";
  std::ofstream((dir / "none.ttl").string()) << prefix << "dg:investor dg:commitsMoney false .\n";
  std::ofstream((dir / "chip.ttl").string()) << prefix << "dg:chip dg:commitsMoney true .\n";
  CHECK_THROWS_WITH(paying_roles((dir / "none.ttl").string()), Catch::Contains("none.ttl") && Catch::Contains("no role"));
  CHECK_THROWS_WITH(paying_roles((dir / "chip.ttl").string()), Catch::Contains("chip.ttl") && Catch::Contains("dealgraph#chip"));
  CHECK_THROWS_AS(paying_roles((dir / "missing.ttl").string()), Error);
  std::filesystem::remove_all(dir);
}

TEST_CASE("exposure lists every deal of A with B and sums one figure per deal, per payer and currency", "[query][exposure]") {
  const Ledger m;
  const Exposure answer = exposure(m.graph, m.ardent, m.brightwell, m.query());
  CHECK(iris(answer) == std::vector<std::string>{m.cloud, m.invest, m.pact, m.round});
  REQUIRE(answer.routes.size() == 1);
  CHECK(answer.routes[0].via.empty());

  // Two articles say $2bn, one says $3bn: the sum takes $2bn and the range shows both.
  const ExposureDeal& invest = find(answer, m.invest);
  REQUIRE(invest.figure);
  CHECK(query::money_in_words(*invest.figure) == "2,000,000,000 USD");
  CHECK(invest.figure_articles == 2);
  REQUIRE(invest.figure_amounts.size() == 2);
  CHECK(invest.figure_amounts[0]->evidence.source_id == "a");
  CHECK(invest.figure_amounts[1]->evidence.source_id == "b");
  REQUIRE(invest.ranges.size() == 1);
  CHECK(query::money_in_words(invest.ranges[0].first) == "2,000,000,000 USD");
  CHECK(query::money_in_words(invest.ranges[0].second) == "3,000,000,000 USD");
  CHECK(invest.payers == std::vector<std::string>{m.ardent});
  CHECK(invest.payees == std::vector<std::string>{m.brightwell});

  // The customer pays: Brightwell commits EUR 400m to Ardent; a range widens the range only.
  const ExposureDeal& cloud = find(answer, m.cloud);
  CHECK(cloud.payers == std::vector<std::string>{m.brightwell});
  REQUIRE(cloud.figure);
  CHECK(query::money_in_words(*cloud.figure) == "400,000,000 EUR");
  CHECK(query::money_in_words(cloud.ranges[0].first) == "300,000,000 EUR");
  CHECK(query::money_in_words(cloud.ranges[0].second) == "500,000,000 EUR");

  // No amount: listed, not summed.
  CHECK_FALSE(find(answer, m.pact).figure);
  CHECK(answer.unknown_amounts == 1);

  CHECK(totals_in_words(m, answer) == std::vector<std::string>{
                      "Ardent Capital -> Brightwell Labs: 8,000,000,000 USD in 2 (1 shared)",
                      "Brightwell Labs -> Ardent Capital: 400,000,000 EUR in 1 (0 shared)",
                      "Dunmore Bank -> Brightwell Labs: 6,000,000,000 USD in 1 (1 shared)",
                  });
}

TEST_CASE("with two hops exposure adds the deals through one intermediary", "[query][exposure]") {
  const Ledger m;
  const Exposure answer = exposure(m.graph, m.ardent, m.brightwell, m.query(2));
  REQUIRE(answer.routes.size() == 2);
  CHECK(answer.routes[1].via == m.corvane);
  REQUIRE(answer.routes[1].deals.size() == 2);
  CHECK(answer.deals[answer.routes[1].deals[0]].iri == m.stake);
  CHECK(answer.deals[answer.routes[1].deals[1]].iri == m.chips);
  // Dunmore is in a deal naming both ends: no route of its own.
  // One article each says $250m and $300m: on a tie the smaller figure.
  const ExposureDeal& chips = find(answer, m.chips);
  REQUIRE(chips.figure);
  CHECK(query::money_in_words(*chips.figure) == "250,000,000 USD");
  CHECK(chips.figure_articles == 1);
  CHECK(totals_in_words(m, answer) == std::vector<std::string>{
                      "Ardent Capital -> Brightwell Labs: 8,000,000,000 USD in 2 (1 shared)",
                      "Ardent Capital -> Corvane Systems: 1,000,000,000 USD in 1 (0 shared)",
                      "Brightwell Labs -> Ardent Capital: 400,000,000 EUR in 1 (0 shared)",
                      "Brightwell Labs -> Corvane Systems: 250,000,000 USD in 1 (0 shared)",
                      "Dunmore Bank -> Brightwell Labs: 6,000,000,000 USD in 1 (1 shared)",
                  });
  // The same question the other way round finds the same deals.
  const Exposure back = exposure(m.graph, m.brightwell, m.ardent, m.query(2));
  CHECK(back.deals.size() == answer.deals.size());
}

TEST_CASE("exposure keeps the deals in the time window, undated ones by their articles", "[query][exposure]") {
  const Ledger m;
  // invest is dated 2025-03; cloud is undated, stated in b (2025-09); pact only in c (no date);
  // round in a (2024-06); the stake is dated 2024-11.
  CHECK(iris(exposure(m.graph, m.ardent, m.brightwell, m.query(2, "2025"))) == std::vector<std::string>{m.cloud, m.invest});
  CHECK(iris(exposure(m.graph, m.ardent, m.brightwell, m.query(2, "", "2024-12"))) ==
        std::vector<std::string>{m.round});
  CHECK(iris(exposure(m.graph, m.ardent, m.brightwell, m.query(2, "2025-04", "2025-08"))).empty());
  std::ostringstream words;
  query::write_exposure(words, m.graph, exposure(m.graph, m.ardent, m.brightwell, m.query(2, "2025")));
  CHECK_THAT(words.str(), Catch::StartsWith("Ardent Capital and Brightwell Labs: 2 deals (2 direct, 0 through an intermediary) from 2025\n"));
}

TEST_CASE("exposure in words and in JSON", "[query][exposure]") {
  const Ledger m;
  const Exposure answer = exposure(m.graph, m.ardent, m.brightwell, m.query(2));
  std::ostringstream words;
  query::write_exposure(words, m.graph, answer);
  const std::string text = words.str();
  CHECK_THAT(text, Catch::StartsWith("Ardent Capital and Brightwell Labs: 6 deals (4 direct, 2 through an intermediary)\n"));
  CHECK_THAT(text, Catch::Contains("    Ardent Capital -> Brightwell Labs: 8,000,000,000 USD (2 deals; 1 with other payers or payees, counted whole)\n"));
  CHECK_THAT(text, Catch::Contains("    not summed: 1 deal without an amount\n"));
  CHECK_THAT(text, Catch::Contains("Investment: Ardent Capital (investor), Dunmore Bank (investor) -> Brightwell Labs (investee)\n"));
  CHECK_THAT(text, Catch::Contains("Partnership: Ardent Capital (partner), Brightwell Labs (partner), jointly\n"));
  CHECK_THAT(text, Catch::Contains("figure summed: 2,000,000,000 USD (stated by 2 articles: a, b)\n"));
  CHECK_THAT(text, Catch::Contains("range across sources: 2,000,000,000 USD .. 3,000,000,000 USD\n"));
  CHECK_THAT(text, Catch::Contains("figure summed: none"));
  CHECK_THAT(text, Catch::Contains("  through Corvane Systems:\n"));

  const nlohmann::json j = query::exposure_json(m.graph, answer);
  CHECK(j["a"]["label"] == "Ardent Capital");
  REQUIRE(j["totals"].size() == 5);
  CHECK(j["totals"][0]["sum"] == 8000000000LL);
  CHECK(j["totals"][0]["currency"] == "USD");
  CHECK(j["totals"][0]["payer"]["iri"] == m.ardent);
  CHECK(j["unknown_amounts"] == 1);
  CHECK(j["routes"][1]["via"]["label"] == "Corvane Systems");
  const auto& invest = j["deals"][1];
  CHECK(invest["iri"] == m.invest);
  CHECK(invest["figure"]["value"] == 2000000000LL);
  CHECK(invest["figure"]["stated_by"].size() == 2);
  CHECK(invest["figure"]["stated_by"][0]["evidence"]["quote"] == "a sentence of a");
  CHECK(invest["ranges"][0]["max"] == 3000000000LL);
  CHECK(j["deals"][2]["figure"].is_null());
}

TEST_CASE("exposure of an entity with itself is empty and a name that is no entity is refused", "[query][exposure]") {
  const Ledger m;
  CHECK(exposure(m.graph, m.ardent, m.ardent, m.query()).deals.empty());
  CHECK_THROWS_AS(exposure(m.graph, m.ardent, "https://example.org/nobody", m.query()), std::invalid_argument);
  // Dunmore's only deal names Brightwell too; with Corvane it shares none.
  CHECK(exposure(m.graph, m.dunmore, m.corvane, m.query()).deals.empty());
  // Through Ardent (the round, then the stake) and through Brightwell (the round, then the chips).
  const Exposure two = exposure(m.graph, m.dunmore, m.corvane, m.query(2));
  REQUIRE(two.routes.size() == 2);
  CHECK(two.routes[0].via == m.ardent);
  CHECK(two.routes[1].via == m.brightwell);
  CHECK(iris(two) == std::vector<std::string>{m.round, m.stake, m.chips});
}
