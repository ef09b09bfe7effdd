// Path queries and name resolution on a small hand-built graph.
#include <catch2/catch.hpp>

#include <algorithm>

#include "dealgraph/extract.hpp"
#include "dealgraph/query.hpp"

using namespace dealgraph;

namespace {

// SoftBank, OpenAI and Oracle are partners (Stargate); Nvidia invests in OpenAI (reported by
// two articles, with an amount) and supplies H100s to OpenAI and to Oracle; OpenAI takes a
// stake in AMD; Jensen Huang is Nvidia's CEO.
class Fixture {
 public:
  KnowledgeGraph graph{kDefaultBase};
  std::string softbank, openai, oracle, nvidia, amd, h100, jensen;
  std::string stargate, investment, supply_openai, supply_oracle, stake, ceo;

  Fixture() {
    softbank = entity("softbank", "SoftBank Group", EntityKind::Organization, {{"软银", "zh-Hans"}, {"SoftBank", "en"}});
    openai = entity("openai", "OpenAI", EntityKind::Organization, {});
    oracle = entity("oracle", "Oracle", EntityKind::Organization, {{"甲骨文", "zh-Hans"}});
    nvidia = entity("nvidia", "Nvidia", EntityKind::Organization, {{"NVIDIA", "en"}, {"英伟达", "zh-Hans"}});
    amd = entity("amd", "AMD", EntityKind::Organization, {});
    h100 = entity("h100", "H100", EntityKind::Chip, {});
    jensen = entity("jensen-huang", "Jensen Huang", EntityKind::Person, {{"黄仁勋", "zh-Hans"}});
    stargate = deal("stargate", DealType::Partnership,
                    {{Role::Partner, softbank}, {Role::Partner, openai}, {Role::Partner, oracle}}, {"a"});
    investment = deal("z-investment", DealType::Investment, {{Role::Investor, nvidia}, {Role::Investee, openai}}, {"a", "b"});
    ReportedAmount amount;
    amount.amount.value = Decimal{1000, 8};
    amount.amount.currency = "USD";
    amount.amount.as_written = "1000亿美元";
    amount.evidence = graph.deals().at(investment).evidence.front();
    graph.mutable_deals()[investment].amounts.push_back(amount);
    supply_openai = deal("supply-openai", DealType::SupplyAgreement, {{Role::Supplier, nvidia}, {Role::Customer, openai}}, {"a"});
    supply_oracle = deal("supply-oracle", DealType::SupplyAgreement, {{Role::Supplier, nvidia}, {Role::Customer, oracle}}, {"a"});
    graph.mutable_deals()[supply_openai].chips = {h100};
    graph.mutable_deals()[supply_oracle].chips = {h100};
    stake = deal("stake", DealType::EquityStake, {{Role::Investor, openai}, {Role::Investee, amd}}, {"a"});
    PositionNode& position = graph.mutable_positions()[graph.base() + "position/ceo"];
    position.iri = ceo = graph.base() + "position/ceo";
    position.holder = jensen;
    position.organization = nvidia;
    position.title = "CEO";
    position.evidence = {Evidence{"a", "Nvidia CEO Jensen Huang", "en", 0, 23}};
    graph.finish();
  }

 private:
  std::string entity(const std::string& name, const std::string& label, EntityKind kind, std::vector<LexiconLabel> alt) {
    const std::string iri = graph.entity_iri(kind, name);
    EntityNode& node = graph.mutable_entities()[iri];
    node.iri = iri;
    node.kind = kind;
    node.pref_label = label;
    node.labels = std::move(alt);
    node.mentioned_in = {graph.article_iri("a")};
    return iri;
  }
  std::string deal(const std::string& name, DealType type, std::vector<std::pair<Role, std::string>> parties,
                   const std::vector<std::string>& sources) {
    const std::string iri = graph.base() + "deal/" + name;
    DealNode& node = graph.mutable_deals()[iri];
    node.iri = iri;
    node.type = type;
    std::sort(parties.begin(), parties.end());
    node.parties = std::move(parties);
    std::size_t offset = 0;
    for (const std::string& source : sources) node.evidence.push_back(Evidence{source, name, "en", offset, offset + name.size()}), offset += 100;
    node.confidence = 0.8;
    return iri;
  }
};

// "softbank > stargate > openai > z-investment > nvidia", with local names.
std::string describe(const Path& path) {
  auto local = [](const std::string& iri) { return iri.substr(iri.find_last_of('/') + 1); };
  std::string out;
  for (const PathHop& hop : path.hops) {
    if (out.empty()) out = local(hop.from);
    out += " > " + local(hop.link) + " > " + local(hop.to);
  }
  return out;
}

PathQuery hops(std::size_t n, const std::string& via = "") {
  PathQuery query;
  query.max_hops = n;
  query.filter = parse_link_filter(via);
  return query;
}

}  // namespace

TEST_CASE("the shortest path goes through the strongest links", "[path]") {
  Fixture f;
  const PathFinder finder(f.graph);
  const auto path = finder.shortest_path(f.softbank, f.nvidia, hops(6));
  REQUIRE(path);
  // Two hops either way; the investment is reported by two articles and has an amount.
  CHECK(describe(*path) == "softbank > stargate > openai > z-investment > nvidia");
  REQUIRE(path->hops.size() == 2);
  CHECK(path->hops[0].from_role == "partner");
  CHECK(path->hops[0].to_role == "partner");
  CHECK(path->hops[1].from_role == "investee");
  CHECK(path->hops[1].to_role == "investor");
  CHECK(path->entities() == std::vector<std::string>{f.softbank, f.openai, f.nvidia});
}

TEST_CASE("among paths of one length the stronger link comes first, whatever its IRI", "[path]") {
  Fixture f;
  // A second, weaker investment link whose IRI sorts before the strong one.
  DealNode& weak = f.graph.mutable_deals()[f.graph.base() + "deal/a-weak"];
  weak.iri = f.graph.base() + "deal/a-weak";
  weak.type = DealType::CloudContract;
  weak.parties = {{Role::Supplier, f.nvidia}, {Role::Customer, f.openai}};
  weak.evidence = {Evidence{"c", "weak", "en", 0, 4}};
  weak.confidence = 0.9;
  f.graph.finish();
  const PathFinder finder(f.graph);
  const auto paths = finder.all_paths(f.openai, f.nvidia, hops(1));
  REQUIRE(paths.size() == 3);
  CHECK(paths[0].hops[0].link == f.investment);                       // two articles and an amount
  CHECK(paths[1].hops[0].link == f.graph.base() + "deal/a-weak");      // one article, confidence 0.9
  CHECK(paths[2].hops[0].link == f.supply_openai);                     // one article, confidence 0.8
  CHECK(finder.shortest_path(f.openai, f.nvidia, hops(1))->hops[0].link == f.investment);
  CHECK(finder.shortest_path(f.nvidia, f.openai, hops(1))->hops[0].link == f.investment);
}

TEST_CASE("paths respect the hop limit", "[path]") {
  Fixture f;
  const PathFinder finder(f.graph);
  CHECK_FALSE(finder.shortest_path(f.softbank, f.amd, hops(1)));
  CHECK(finder.shortest_path(f.softbank, f.amd, hops(2)));
  CHECK(finder.all_paths(f.softbank, f.softbank, hops(3)).empty());
}

TEST_CASE("all paths are listed shortest first, in a fixed order", "[path]") {
  Fixture f;
  const PathFinder finder(f.graph);
  bool truncated = true;
  const auto paths = finder.all_paths(f.softbank, f.nvidia, hops(3), &truncated);
  CHECK_FALSE(truncated);
  std::vector<std::string> described;
  for (const Path& path : paths) described.push_back(describe(path));
  CHECK(described == std::vector<std::string>{
                         "softbank > stargate > openai > z-investment > nvidia",
                         "softbank > stargate > openai > supply-openai > nvidia",
                         "softbank > stargate > oracle > supply-oracle > nvidia",
                     });
  SECTION("the shortest path is the first of them") {
    CHECK(describe(*finder.shortest_path(f.softbank, f.nvidia, hops(3))) == described.front());
  }
  SECTION("longer paths come after shorter ones") {
    const auto longer = finder.all_paths(f.oracle, f.amd, hops(3));
    REQUIRE(longer.size() == 3);
    CHECK(describe(longer[0]) == "oracle > stargate > openai > stake > amd");
    CHECK(longer[1].hops.size() == 3);
    CHECK(longer[2].hops.size() == 3);
    CHECK(describe(longer[1]) == "oracle > supply-oracle > nvidia > z-investment > openai > stake > amd");
  }
  SECTION("the limit keeps the first paths and says so") {
    PathQuery query = hops(3);
    query.limit = 2;
    const auto first = finder.all_paths(f.softbank, f.nvidia, query, &truncated);
    CHECK(truncated);
    REQUIRE(first.size() == 2);
    CHECK(describe(first[1]) == described[1]);
  }
}

TEST_CASE("a link filter keeps to the deal types asked for", "[path]") {
  Fixture f;
  const PathFinder finder(f.graph);
  CHECK_FALSE(finder.shortest_path(f.softbank, f.nvidia, hops(6, "supply")));
  const auto supply = finder.all_paths(f.openai, f.oracle, hops(4, "supply"));
  REQUIRE(supply.size() == 1);
  // Through Nvidia, never through the chip both deals name.
  CHECK(describe(supply[0]) == "openai > supply-openai > nvidia > supply-oracle > oracle");
  CHECK(describe(*finder.shortest_path(f.oracle, f.amd, hops(6, "investment,supply,stake"))) ==
        "oracle > supply-oracle > nvidia > z-investment > openai > stake > amd");
  CHECK_FALSE(finder.shortest_path(f.oracle, f.amd, hops(6, "Investment,SupplyAgreement")));

  SECTION("posts link people only when allowed") {
    CHECK(describe(*finder.shortest_path(f.jensen, f.openai, hops(3))) ==
          "jensen-huang > ceo > nvidia > z-investment > openai");
    CHECK_FALSE(finder.shortest_path(f.jensen, f.openai, hops(3, "investment")));
    CHECK(finder.shortest_path(f.jensen, f.openai, hops(3, "investment,position")));
  }
}

TEST_CASE("chips are ends of paths, never shortcuts", "[path]") {
  Fixture f;
  const PathFinder finder(f.graph);
  const auto from_chip = finder.all_paths(f.h100, f.nvidia, hops(1));
  REQUIRE(from_chip.size() == 2);
  CHECK(from_chip[0].hops[0].from_role == "chip");
  CHECK(from_chip[0].hops[0].to_role == "supplier");
  for (const Path& path : finder.all_paths(f.openai, f.oracle, hops(4))) {
    const auto entities = path.entities();
    CHECK(std::find(entities.begin(), entities.end(), f.h100) == entities.end());
  }
}

TEST_CASE("link filters read contract names and short forms", "[path]") {
  const LinkFilter both = parse_link_filter("investment, Supply");
  CHECK_FALSE(both.all_deals);
  CHECK(both.deal_types == std::set<DealType>{DealType::Investment, DealType::SupplyAgreement});
  CHECK_FALSE(both.positions);
  CHECK(parse_link_filter("EquityStake,CloudContract,LoanGuarantee").deal_types ==
        std::set<DealType>{DealType::EquityStake, DealType::CloudContract, DealType::LoanGuarantee});
  CHECK(parse_link_filter("stake,cloud,guarantee,acquisition,licensing,partnership").deal_types.size() == 6);
  CHECK(parse_link_filter("").all_deals);
  CHECK(parse_link_filter("").positions);
  CHECK_THROWS_WITH(parse_link_filter("investment,bribery"), Catch::Contains("\"bribery\""));
}

TEST_CASE("neighbors lists entities by distance with how they are reached", "[path]") {
  Fixture f;
  const PathFinder finder(f.graph);
  const auto near = finder.neighbors(f.nvidia, 1, LinkFilter{});
  std::vector<std::string> labels;
  for (const auto& n : near) labels.push_back(f.graph.entities().at(n.iri).pref_label + "/" + std::to_string(n.hops));
  CHECK(labels == std::vector<std::string>{"H100/1", "Jensen Huang/1", "OpenAI/1", "Oracle/1"});
  const auto& openai = *std::find_if(near.begin(), near.end(), [&](const auto& n) { return n.iri == f.openai; });
  CHECK(openai.paths.size() == 2);  // the investment and the supply agreement

  const auto two = finder.neighbors(f.nvidia, 2, LinkFilter{});
  CHECK(two.size() == 6);
  CHECK(two.back().hops == 2);
  CHECK(finder.neighbors(f.nvidia, 2, parse_link_filter("supply")).size() == 3);  // OpenAI, Oracle, H100
}

TEST_CASE("names resolve through every label, in any language", "[names]") {
  Fixture f;
  const NameResolver names(f.graph);
  for (const char* name : {"Nvidia", "NVIDIA", "nvidia", "英伟达", "  Nvidia ", "org:nvidia",
                           "https://w3id.org/dealgraph/id/org/nvidia", "<https://w3id.org/dealgraph/id/org/nvidia>"})
    CHECK(names.resolve(name) == f.nvidia);
  CHECK(names.resolve("软银") == f.softbank);
  CHECK(names.resolve("softbank") == f.softbank);
  CHECK(names.resolve("黄仁勋") == f.jensen);

  SECTION("the same path in two languages") {
    const PathFinder finder(f.graph);
    const auto english = finder.shortest_path(names.resolve("SoftBank"), names.resolve("Nvidia"), hops(6));
    const auto chinese = finder.shortest_path(names.resolve("软银"), names.resolve("英伟达"), hops(6));
    REQUIRE(english);
    REQUIRE(chinese);
    CHECK(describe(*english) == describe(*chinese));
  }
  SECTION("unknown names are reported with the closest known ones") {
    try {
      names.resolve("Nvidea");
      FAIL("resolved");
    } catch (const UnknownNameError& error) {
      CHECK(error.name() == "Nvidea");
      REQUIRE_FALSE(error.suggestions().empty());
      CHECK(error.suggestions().front() == "Nvidia");
    }
  }
}

TEST_CASE("names the graph lacks resolve through the lexicon", "[names]") {
  Fixture f;
  // Only the preferred label in the graph: the aliases come from the project's lexicon.
  f.graph.mutable_entities()[f.nvidia].labels.clear();
  const Lexicon lexicon = Lexicon::load(KnowledgeFiles::in(DEALGRAPH_SOURCE_ONTOLOGY, {}).lexicon);
  const NameResolver plain(f.graph), lexical(f.graph, &lexicon);
  CHECK_FALSE(plain.find("英伟达"));
  for (const char* name : {"英伟达", "Nvidia Corp.", "輝達", "NVDA"}) CHECK(lexical.resolve(name) == f.nvidia);
  CHECK_THROWS_WITH(lexical.resolve("Intel"), Catch::Contains("the graph does not contain it"));
}
