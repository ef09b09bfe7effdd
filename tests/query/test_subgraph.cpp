// The part of a graph around one entity (dealgraph subgraph) on a small hand-built graph.
#include <catch2/catch.hpp>

#include <algorithm>

#include "dealgraph/query.hpp"
#include "query/graph_builder.hpp"

using namespace dealgraph;

namespace {

// A chain of invented companies: Alder invests in Birch (article "old", 2023); Birch supplies
// Cedar with the chip K9 (article "new", 2025); Cedar partners with Dogwood (article "new",
// dated 2024-03 in the text); Elm supplies Fir with the same chip K9 (article "new"); Gale
// Rowan is Alder's CEO.
class Chain {
 public:
  KnowledgeGraph graph{kDefaultBase};
  std::string alder, birch, cedar, dogwood, elm, fir, k9, rowan;
  std::string invest, supply, partner, other_supply, ceo;

  Chain() {
    article("old", "2023-05-02");
    article("new", "2025-01-20");
    alder = entity("alder", EntityKind::Organization, {"old"});
    birch = entity("birch", EntityKind::Organization, {"old", "new"});
    cedar = entity("cedar", EntityKind::Organization, {"new"});
    dogwood = entity("dogwood", EntityKind::Organization, {"new"});
    elm = entity("elm", EntityKind::Organization, {"new"});
    fir = entity("fir", EntityKind::Organization, {"new"});
    k9 = entity("k9", EntityKind::Chip, {"new"});
    rowan = entity("gale-rowan", EntityKind::Person, {"old"});
    invest = deal("invest", DealType::Investment, {{Role::Investor, alder}, {Role::Investee, birch}}, "old");
    ReportedAmount amount;
    amount.amount.value = Decimal{5, 9};
    amount.amount.currency = "USD";
    amount.amount.as_written = "$5bn";
    amount.evidence = graph.deals().at(invest).evidence.front();
    graph.mutable_deals()[invest].amounts.push_back(amount);
    supply = deal("supply", DealType::SupplyAgreement, {{Role::Supplier, birch}, {Role::Customer, cedar}}, "new");
    graph.mutable_deals()[supply].chips = {k9};
    partner = deal("partner", DealType::Partnership, {{Role::Partner, cedar}, {Role::Partner, dogwood}}, "new");
    graph.mutable_deals()[partner].dates = {"2024-03"};
    other_supply = deal("other-supply", DealType::SupplyAgreement, {{Role::Supplier, elm}, {Role::Customer, fir}}, "new");
    graph.mutable_deals()[other_supply].chips = {k9};
    PostNode& post = graph.mutable_posts()[graph.base() + "position/ceo"];
    post.iri = ceo = graph.base() + "position/ceo";
    post.holder = rowan;
    post.organization = alder;
    post.title = "CEO";
    post.evidence = {Evidence{"old", "Alder CEO Gale Rowan", "en", 0, 20}};
    graph.finish();
  }

 private:
  void article(const std::string& id, const std::string& published) {
    ArticleNode& node = graph.mutable_articles()[graph.article_iri(id)];
    node.iri = graph.article_iri(id);
    node.source_id = id;
    node.published = published;
    node.language = "en";
  }
  std::string entity(const std::string& name, EntityKind kind, const std::vector<std::string>& articles) {
    const std::string iri = graph.entity_iri(kind, name);
    EntityNode& node = graph.mutable_entities()[iri];
    node.iri = iri;
    node.kind = kind;
    node.pref_label = name;
    for (const std::string& a : articles) {
      node.mentioned_in.insert(graph.article_iri(a));
      node.evidence.push_back(Evidence{a, name, "en", 0, name.size()});
    }
    return iri;
  }
  std::string deal(const std::string& name, DealType type, std::vector<std::pair<Role, std::string>> parties,
                   const std::string& source) {
    return test::add_deal(graph, name, type, std::move(parties), {Evidence{source, name, "en", 0, name.size()}});
  }
};

SubgraphQuery around(std::size_t hops, const std::string& types = "", const std::string& since = "") {
  SubgraphQuery q;
  q.hops = hops;
  q.filter = parse_link_filter(types);
  q.filter.window.since = since;
  return q;
}

std::vector<std::string> keys_of(const auto& map) {
  std::vector<std::string> out;
  for (const auto& [key, value] : map) out.push_back(key);
  return out;
}

}  // namespace

TEST_CASE("A subgraph of one hop holds the entity's deals, their parties and the articles they cite", "[query][subgraph]") {
  const Chain chain;
  const KnowledgeGraph part = subgraph(chain.graph, chain.birch, around(1));
  CHECK(keys_of(part.deals()) == std::vector<std::string>{chain.invest, chain.supply});
  CHECK(keys_of(part.entities()) == std::vector<std::string>{chain.k9, chain.alder, chain.birch, chain.cedar});
  CHECK(part.posts().empty());  // Alder's CEO is two hops from Birch
  CHECK(part.articles().size() == 2);
  // Amounts and evidence come along.
  REQUIRE(part.deals().at(chain.invest).amounts.size() == 1);
  CHECK(part.deals().at(chain.invest).amounts.front().amount.as_written == "$5bn");
  CHECK(part.deals().at(chain.supply).evidence.size() == 1);
  // The topology is built, ready for the writers.
  CHECK(part.vertex(chain.invest).has_value());
}

TEST_CASE("More hops reach further, through posts too, but never through a chip", "[query][subgraph]") {
  const Chain chain;
  const KnowledgeGraph part = subgraph(chain.graph, chain.birch, around(2));
  CHECK(keys_of(part.deals()) == std::vector<std::string>{chain.invest, chain.partner, chain.supply});
  CHECK(part.posts().count(chain.ceo) == 1);
  CHECK(part.entities().count(chain.rowan) == 1);
  CHECK(part.entities().count(chain.dogwood) == 1);
  // Elm also sells K9, but a chip is not a way through.
  CHECK(part.entities().count(chain.elm) == 0);
  CHECK(part.deals().count(chain.other_supply) == 0);

  // Centred on the chip, the chip's deals are its neighbourhood.
  const KnowledgeGraph chip = subgraph(chain.graph, chain.k9, around(1));
  CHECK(keys_of(chip.deals()) == std::vector<std::string>{chain.other_supply, chain.supply});
  // No hops: the entity alone, with the article that mentions it.
  const KnowledgeGraph alone = subgraph(chain.graph, chain.cedar, around(0));
  CHECK(keys_of(alone.entities()) == std::vector<std::string>{chain.cedar});
  CHECK(alone.deals().empty());
  CHECK(alone.articles().size() == 1);
}

TEST_CASE("A subgraph keeps only the deal types asked for", "[query][subgraph]") {
  const Chain chain;
  const KnowledgeGraph part = subgraph(chain.graph, chain.cedar, around(3, "partnership"));
  CHECK(keys_of(part.deals()) == std::vector<std::string>{chain.partner});
  CHECK(part.posts().empty());
  CHECK(keys_of(part.entities()) == std::vector<std::string>{chain.cedar, chain.dogwood});
  // An entity keeps only the articles the subgraph cites.
  CHECK(part.entities().at(chain.cedar).mentioned_in == std::set<std::string>{chain.graph.article_iri("new")});
}

TEST_CASE("subgraph --since keeps deals dated on or after the date, by their own date or their articles'", "[query][subgraph]") {
  const Chain chain;
  // The investment's article is from 2023; the supply's from 2025; the partnership says 2024-03.
  auto deals_since = [&](const std::string& since) { return keys_of(subgraph(chain.graph, chain.birch, around(2, "", since)).deals()); };
  CHECK(deals_since("2024") == std::vector<std::string>{chain.partner, chain.supply});
  CHECK(deals_since("2024-03-31") == std::vector<std::string>{chain.partner, chain.supply});
  CHECK(deals_since("2024-04") == std::vector<std::string>{chain.supply});
  CHECK(deals_since("2023-05-02").size() == 3);
  CHECK(deals_since("2026").empty());
}

TEST_CASE("subgraph --until keeps deals dated on or before the date, and with --since those in between", "[query][subgraph]") {
  const Chain chain;
  // Around Cedar: the supply's article is from 2025; the partnership says 2024-03.
  auto deals_in = [&](const std::string& since, const std::string& until) {
    SubgraphQuery q = around(1);
    q.filter.window.since = since;
    q.filter.window.until = until;
    return keys_of(subgraph(chain.graph, chain.cedar, q).deals());
  };
  CHECK(deals_in("", "2023").empty());
  CHECK(deals_in("", "2024-03-01") == std::vector<std::string>{chain.partner});
  CHECK(deals_in("2024", "2024-12") == std::vector<std::string>{chain.partner});
  CHECK(deals_in("2024-03", "2025") == std::vector<std::string>{chain.partner, chain.supply});
  CHECK(deals_in("2024-04", "2024-12-31").empty());
  // A deal outside the window is no way through: from Birch, Cedar's partnership needs the supply.
  SubgraphQuery far = around(2);
  far.filter.window.until = "2024-12";
  CHECK(keys_of(subgraph(chain.graph, chain.birch, far).deals()) == std::vector<std::string>{chain.invest});
}

TEST_CASE("Dates for --since are checked", "[query][subgraph]") {
  CHECK(parse_window_date("2025") == "2025");
  CHECK(parse_window_date("2025-02") == "2025-02");
  CHECK(parse_window_date("2025-02-28") == "2025-02-28");
  for (const char* bad : {"", "25", "2025-13", "2025-1", "2025-02-32", "2025/02/01", "yesterday", "2025-02-01T00"})
    CHECK_THROWS_AS(parse_window_date(bad), std::invalid_argument);
  const Chain chain;
  CHECK_THROWS_AS(subgraph(chain.graph, "https://example.org/nobody", around(1)), std::invalid_argument);
}
