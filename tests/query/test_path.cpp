// Path queries and name resolution on a small hand-built graph.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <set>
#include <thread>
#include <tuple>
#include <functional>

#include "dealgraph/extract.hpp"
#include "dealgraph/query.hpp"
#include "query/graph_builder.hpp"

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
    PostNode& position = graph.mutable_posts()[graph.base() + "position/ceo"];
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
    std::vector<Evidence> evidence;
    std::size_t offset = 0;
    for (const std::string& source : sources) evidence.push_back(Evidence{source, name, "en", offset, offset + name.size()}), offset += 100;
    const std::string iri = test::add_deal(graph, name, type, std::move(parties), std::move(evidence));
    graph.mutable_deals()[iri].confidence = 0.8;
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
  SECTION("with a limit of one, a longer path within the hop limit is one more") {
    // Oracle to AMD: one path of two hops, two of three (through Nvidia).
    PathQuery query = hops(3);
    query.limit = 1;
    const auto first = finder.all_paths(f.oracle, f.amd, query, &truncated);
    REQUIRE(first.size() == 1);
    CHECK(describe(first[0]) == "oracle > stargate > openai > stake > amd");
    CHECK(truncated);
    query.max_hops = 2;
    CHECK(finder.all_paths(f.oracle, f.amd, query, &truncated).size() == 1);
    CHECK_FALSE(truncated);
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
  CHECK_FALSE(both.posts);
  CHECK(parse_link_filter("EquityStake,CloudContract,LoanGuarantee").deal_types ==
        std::set<DealType>{DealType::EquityStake, DealType::CloudContract, DealType::LoanGuarantee});
  CHECK(parse_link_filter("stake,cloud,guarantee,acquisition,licensing,partnership").deal_types.size() == 6);
  CHECK(parse_link_filter("").all_deals);
  CHECK(parse_link_filter("").posts);
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

namespace {

// A random graph: organisations and people, chips and products (as parties and as the chips
// of deals), deals of every type with two or three parties, people's posts. With `skew`,
// the first party of a deal is drawn with a bias to the first organisations: hubs.
KnowledgeGraph random_graph(std::uint64_t seed, std::size_t entities, std::size_t deals, double skew) {
  KnowledgeGraph graph{kDefaultBase};
  std::mt19937_64 random(seed);
  auto below = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
  std::vector<std::string> iris, people, organizations, leaves;
  for (std::size_t i = 0; i < entities; ++i) {
    const std::size_t r = below(10);
    const EntityKind kind = r < 6 ? EntityKind::Organization : r < 8 ? EntityKind::Person
                            : r < 9 ? EntityKind::Chip : EntityKind::Product;
    const std::string iri = graph.entity_iri(kind, "e" + std::to_string(1000 + i));
    EntityNode& node = graph.mutable_entities()[iri];
    node.iri = iri;
    node.kind = kind;
    node.pref_label = iri;
    iris.push_back(iri);
    (kind == EntityKind::Person ? people : kind == EntityKind::Organization ? organizations : leaves).push_back(iri);
  }
  const DealType types[] = {DealType::Investment,    DealType::EquityStake,   DealType::SupplyAgreement,
                            DealType::CloudContract, DealType::Partnership,   DealType::LoanGuarantee,
                            DealType::Acquisition,   DealType::Licensing};
  const Role roles[] = {Role::Investor, Role::Investee, Role::Supplier, Role::Customer, Role::Partner};
  auto party = [&](bool first) {
    if (first && skew > 0 && !organizations.empty())
      return organizations[std::min(organizations.size() - 1,
                                    static_cast<std::size_t>(organizations.size() *
                                                             std::pow((random() % 10000) / 10000.0, skew)))];
    return iris[below(iris.size())];
  };
  for (std::size_t d = 0; d < deals; ++d) {
    const std::string iri = graph.base() + "deal/d" + std::to_string(1000 + d);
    DealNode& node = graph.mutable_deals()[iri];
    node.iri = iri;
    node.type = types[below(8)];
    const std::size_t count = below(4) == 0 ? 3 : 2;
    for (std::size_t p = 0; p < count; ++p) node.parties.emplace_back(roles[below(5)], party(p == 0));
    std::sort(node.parties.begin(), node.parties.end());
    if (!leaves.empty() && below(4) == 0) node.chips.insert(leaves[below(leaves.size())]);
    for (std::size_t e = 0, sources = 1 + below(3); e < sources; ++e)
      node.evidence.push_back(Evidence{"s" + std::to_string(below(4)), "quote", "en", e, e + 1});
    if (below(3) == 0) node.amounts.emplace_back().amount.currency = "USD";
    node.confidence = 0.5 + static_cast<double>(below(4)) / 10;
  }
  for (std::size_t p = 0; p < people.size() && !organizations.empty(); p += 2) {
    const std::string iri = graph.base() + "position/p" + std::to_string(1000 + p);
    PostNode& position = graph.mutable_posts()[iri];
    position.iri = iri;
    position.holder = people[p];
    position.organization = organizations[below(organizations.size())];
    position.title = "CEO";
    position.evidence = {Evidence{"s" + std::to_string(below(4)), "quote", "en", 0, 1}};
  }
  graph.finish();
  return graph;
}

// The path query as documented, computed plainly over the graph's topology: for comparison.
class Reference {
 public:
  using Sequence = std::vector<std::size_t>;  // vertex indices: entity, link, entity, ...

  explicit Reference(const KnowledgeGraph& graph) : graph_(graph) {
    const DealGraph& topology = graph.topology();
    const std::size_t n = boost::num_vertices(topology);
    adjacent_.resize(n);
    for (auto [it, end] = boost::edges(topology); it != end; ++it) {
      adjacent_[boost::source(*it, topology)].push_back(boost::target(*it, topology));
      adjacent_[boost::target(*it, topology)].push_back(boost::source(*it, topology));
    }
    for (auto& list : adjacent_) {
      std::sort(list.begin(), list.end());
      list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    // Links from the strongest: more distinct sources, an amount, more confident, IRI.
    using Strength = std::tuple<long, int, long, std::string, std::size_t>;
    std::vector<Strength> links;
    for (std::size_t v = 0; v < n; ++v) {
      const GraphVertex& vertex = topology[v];
      std::set<std::string> sources;
      if (vertex.kind == VertexKind::Deal) {
        const DealNode& deal = graph.deals().at(vertex.iri);
        for (const Evidence& e : deal.evidence) sources.insert(e.source_id);
        links.emplace_back(-static_cast<long>(sources.size()), deal.amounts.empty() ? 1 : 0,
                           -std::lround(deal.confidence * 100), vertex.iri, v);
      } else if (vertex.kind == VertexKind::Post) {
        for (const Evidence& e : graph.posts().at(vertex.iri).evidence) sources.insert(e.source_id);
        links.emplace_back(-static_cast<long>(sources.size()), 1, 0, vertex.iri, v);
      }
    }
    std::sort(links.begin(), links.end());
    rank_.assign(n, n);
    for (std::size_t i = 0; i < links.size(); ++i) rank_[std::get<4>(links[i])] = i;
  }

  std::size_t vertex(const std::string& iri) const { return *graph_.vertex(iri); }

  bool allowed(std::size_t v, std::size_t from, std::size_t to, const LinkFilter& filter) const {
    const GraphVertex& vertex = graph_.topology()[v];
    if (vertex.kind == VertexKind::Deal) return filter.allows(graph_.deals().at(vertex.iri).type);
    if (vertex.kind == VertexKind::Post) return filter.posts;
    const EntityKind kind = graph_.entities().at(vertex.iri).kind;
    return kind == EntityKind::Organization || kind == EntityKind::Person || v == from || v == to;
  }

  // Every simple path of at most `max_length` edges, in the documented order: shorter first,
  // then hop by hop the stronger link, then the entity first in IRI order. With a `cap`, the
  // search stops once it has found that many, in no particular order: enough to count to it.
  std::vector<Sequence> every_path(std::size_t from, std::size_t to, std::size_t max_length, const LinkFilter& filter,
                                   std::size_t cap = std::numeric_limits<std::size_t>::max()) const {
    std::vector<Sequence> out;
    Sequence stack{from};
    std::function<void()> walk = [&] {
      if (stack.back() == to) {
        out.push_back(stack);
        return;
      }
      if (stack.size() - 1 == max_length) return;
      for (std::size_t v : adjacent_[stack.back()]) {
        if (out.size() >= cap) return;
        if (!allowed(v, from, to, filter) || std::find(stack.begin(), stack.end(), v) != stack.end()) continue;
        stack.push_back(v);
        walk();
        stack.pop_back();
      }
    };
    walk();
    std::sort(out.begin(), out.end(), [&](const Sequence& a, const Sequence& b) {
      if (a.size() != b.size()) return a.size() < b.size();
      for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) return i % 2 ? rank_[a[i]] < rank_[b[i]] : a[i] < b[i];
      return false;
    });
    return out;
  }

  // The first query.limit paths, found plainly: a complete breadth-first search from TO, then
  // paths from FROM, a length at a time, through vertices that can still reach TO in time.
  std::vector<Sequence> breadth_first(std::size_t from, std::size_t to, const PathQuery& query) const {
    const std::size_t max_length = 2 * query.max_hops;
    std::vector<long> dist(adjacent_.size(), -1);
    std::vector<std::size_t> queue{to};
    dist[to] = 0;
    for (std::size_t head = 0; head < queue.size(); ++head) {
      const std::size_t u = queue[head];
      if (static_cast<std::size_t>(dist[u]) >= max_length) break;
      for (std::size_t v : adjacent_[u]) {
        if (!allowed(v, from, to, query.filter) || dist[v] >= 0) continue;
        dist[v] = dist[u] + 1;
        queue.push_back(v);
      }
    }
    std::vector<Sequence> out;
    if (dist[from] < 0) return out;
    Sequence stack{from};
    std::function<void(std::size_t)> walk = [&](std::size_t length) {
      const std::size_t u = stack.back(), depth = stack.size() - 1;
      if (u == to) {
        if (depth == length) out.push_back(stack);
        return;
      }
      std::vector<std::size_t> next;
      for (std::size_t v : adjacent_[u])
        if (allowed(v, from, to, query.filter) && dist[v] >= 0 && depth + 1 + dist[v] <= length &&
            std::find(stack.begin(), stack.end(), v) == stack.end())
          next.push_back(v);
      if (depth % 2 == 0) std::sort(next.begin(), next.end(), [&](auto a, auto b) { return rank_[a] < rank_[b]; });
      for (std::size_t v : next) {
        if (out.size() >= query.limit) break;
        stack.push_back(v);
        walk(length);
        stack.pop_back();
      }
    };
    for (std::size_t length = dist[from]; length <= max_length && out.size() < query.limit; length += 2) walk(length);
    return out;
  }

  std::string text(const Sequence& sequence) const {
    std::string out;
    for (std::size_t v : sequence) out += (out.empty() ? "" : " > ") + graph_.topology()[v].iri;
    return out;
  }

 private:
  const KnowledgeGraph& graph_;
  std::vector<std::vector<std::size_t>> adjacent_;
  std::vector<std::size_t> rank_;
};

std::string text(const Path& path) {
  std::string out = path.hops.empty() ? "" : path.hops.front().from;
  for (const PathHop& hop : path.hops) out += " > " + hop.link + " > " + hop.to;
  return out;
}

std::vector<std::string> texts(const std::vector<Path>& paths) {
  std::vector<std::string> out;
  for (const Path& path : paths) out.push_back(text(path));
  return out;
}

// A random graph (random_graph's arguments) with its path finder, its reference and its entities.
struct RandomCase {
  RandomCase(std::uint64_t seed, std::size_t entities, std::size_t deals, double skew)
      : graph(random_graph(seed, entities, deals, skew)), finder(graph), reference(graph) {
    for (const auto& [iri, entity] : graph.entities()) iris.push_back(iri);
  }
  const KnowledgeGraph graph;
  const PathFinder finder;
  const Reference reference;
  std::vector<std::string> iris;
};

const char* const kFilters[] = {"", "investment,supply,position", "partnership", "stake,cloud,guarantee,acquisition,licensing"};

}  // namespace

TEST_CASE("paths are those of an exhaustive search, in its order, on small random graphs", "[path]") {
  // What the cases below have met: each kind of question should come up. `longer_only`: with a
  // limit of one, more exist only because of a longer path (earlier versions missed some of
  // those); `longer_beyond`: with a limit of two, the two shortest paths are all of their length
  // and more exist only because of a longer one.
  std::size_t none = 0, adjacent = 0, at_limit = 0, leaf_end = 0, filtered = 0, truncated_one = 0, longer_only = 0,
              longer_beyond = 0;
  for (std::uint64_t seed = 1; seed <= 8; ++seed) {
    const RandomCase c(seed, 18, 24, 0);
    for (const std::string& from : c.iris) {
      for (const std::string& to : c.iris) {
        if (from == to) {
          CHECK(c.finder.all_paths(from, to, hops(3)).empty());
          CHECK_FALSE(c.finder.shortest_path(from, to, hops(3)));
          continue;
        }
        const std::size_t f = c.reference.vertex(from), t = c.reference.vertex(to);
        for (const char* via : kFilters) {
          const LinkFilter filter = parse_link_filter(via);
          const auto every = c.reference.every_path(f, t, 8, filter);
          for (std::size_t max_hops = 0; max_hops <= 4; ++max_hops) {
            std::vector<std::string> expected;
            std::vector<Reference::Sequence> within;
            for (const auto& sequence : every)
              if (sequence.size() <= 2 * max_hops + 1) {
                expected.push_back(c.reference.text(sequence));
                within.push_back(sequence);
              }
            INFO(from << " to " << to << " within " << max_hops << " via \"" << via << "\"");
            PathQuery query = hops(max_hops, via);
            const auto shortest = c.finder.shortest_path(from, to, query);
            REQUIRE(shortest.has_value() == !expected.empty());
            if (shortest) CHECK(text(*shortest) == expected.front());
            for (std::size_t limit : {1, 2, 100}) {
              query.limit = limit;
              bool truncated = false;
              const auto paths = c.finder.all_paths(from, to, query, &truncated);
              const std::vector<std::string> first(expected.begin(), expected.begin() + std::min(limit, expected.size()));
              CHECK(texts(paths) == first);
              CHECK(truncated == (expected.size() > limit));
              const auto length = [&](std::size_t i) { return within[i].size(); };
              if (limit == 1) {
                truncated_one += truncated;
                longer_only += truncated && length(1) > length(0);
              } else if (limit == 2) {
                longer_beyond += truncated && length(1) == length(0) && length(2) > length(1);
              }
            }
            none += expected.empty() && !every.empty();
            adjacent += shortest && shortest->hops.size() == 1;
            at_limit += shortest && max_hops > 1 && shortest->hops.size() == max_hops;
            const auto kind = [&](const std::string& iri) { return c.graph.entities().at(iri).kind; };
            leaf_end += shortest && (kind(from) == EntityKind::Chip || kind(from) == EntityKind::Product ||
                                     kind(to) == EntityKind::Chip || kind(to) == EntityKind::Product);
            filtered += shortest && *via;
          }
        }
      }
    }
  }
  CHECK(none > 0);
  CHECK(adjacent > 0);
  CHECK(at_limit > 0);
  CHECK(leaf_end > 0);
  CHECK(filtered > 0);
  CHECK(truncated_one > 0);
  CHECK(longer_only > 0);
  CHECK(longer_beyond > 0);
}

TEST_CASE("paths are those of a complete breadth-first search on graphs with hubs", "[path]") {
  std::size_t longer_only = 0;  // as in the test above
  for (std::uint64_t seed = 11; seed <= 13; ++seed) {
    const RandomCase c(seed, 1500, 3000, 4);
    std::mt19937_64 random(seed);
    std::size_t found = 0;
    for (int i = 0; i < 150; ++i) {
      const std::string& from = c.iris[random() % c.iris.size()];
      const std::string& to = c.iris[random() % c.iris.size()];
      if (from == to) continue;
      PathQuery query = hops(1 + random() % 6, kFilters[random() % 4]);
      query.limit = std::vector<std::size_t>{1, 1, 3, 100}[random() % 4];
      INFO(from << " to " << to << " within " << query.max_hops << ", limit " << query.limit);
      const std::size_t f = c.reference.vertex(from), t = c.reference.vertex(to);
      std::vector<std::string> expected;
      for (const auto& sequence : c.reference.breadth_first(f, t, query)) expected.push_back(c.reference.text(sequence));
      bool truncated = false;
      CHECK(texts(c.finder.all_paths(from, to, query, &truncated)) == expected);
      // More exist if an exhaustive search finds one path more than the limit.
      const auto more = c.reference.every_path(f, t, 2 * query.max_hops, query.filter, query.limit + 1);
      CHECK(truncated == (more.size() > query.limit));
      const auto shortest = c.finder.shortest_path(from, to, query);
      REQUIRE(shortest.has_value() == !expected.empty());
      if (shortest) CHECK(text(*shortest) == expected.front());
      found += !expected.empty();
      if (query.limit == 1 && truncated && shortest) {
        // Whether a second path as short as the first exists.
        PathQuery shortest_only = query;
        shortest_only.max_hops = shortest->hops.size();
        shortest_only.limit = 2;
        longer_only += c.reference.breadth_first(f, t, shortest_only).size() == 1;
      }
    }
    CHECK(found > 20);
  }
  CHECK(longer_only > 0);
}

TEST_CASE("shortest paths at the edges of the question", "[path]") {
  Fixture f;
  const PathFinder finder(f.graph);
  SECTION("adjacent entities and one entity") {
    CHECK(describe(*finder.shortest_path(f.nvidia, f.openai, hops(1))) == "nvidia > z-investment > openai");
    CHECK_FALSE(finder.shortest_path(f.nvidia, f.openai, hops(0)));
    CHECK_FALSE(finder.shortest_path(f.nvidia, f.nvidia, hops(6)));
  }
  SECTION("a path exactly as long as the limit, and none within one hop less") {
    CHECK(describe(*finder.shortest_path(f.jensen, f.amd, hops(3))) ==
          "jensen-huang > ceo > nvidia > z-investment > openai > stake > amd");
    CHECK_FALSE(finder.shortest_path(f.jensen, f.amd, hops(2)));
    CHECK_FALSE(finder.shortest_path(f.jensen, f.amd, hops(3, "investment,stake")));
  }
  SECTION("a chip at either end, never in between") {
    CHECK(describe(*finder.shortest_path(f.h100, f.amd, hops(3))) ==
          "h100 > supply-openai > openai > stake > amd");
    CHECK(describe(*finder.shortest_path(f.amd, f.h100, hops(3))) ==
          "amd > stake > openai > supply-openai > h100");
    CHECK_FALSE(finder.shortest_path(f.h100, f.amd, hops(3, "stake,investment")));
    CHECK(describe(*finder.shortest_path(f.oracle, f.openai, hops(2, "supply"))) ==
          "oracle > supply-oracle > nvidia > supply-openai > openai");
  }
  SECTION("queries on one finder from several threads") {
    std::vector<std::string> answers(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < answers.size(); ++i)
      threads.emplace_back([&, i] {
        for (int repeat = 0; repeat < 200; ++repeat) answers[i] = describe(*finder.shortest_path(f.softbank, f.amd, hops(6)));
      });
    for (auto& thread : threads) thread.join();
    for (const std::string& answer : answers) CHECK(answer == "softbank > stargate > openai > stake > amd");
  }
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
  const Lexicon lexicon = Lexicon::load(KnowledgeFiles::in(Ontology(DEALGRAPH_SOURCE_ONTOLOGY), {}).lexicon);
  const NameResolver plain(f.graph), lexical(f.graph, &lexicon);
  CHECK_FALSE(plain.find("英伟达"));
  for (const char* name : {"英伟达", "Nvidia Corp.", "輝達", "NVDA"}) CHECK(lexical.resolve(name) == f.nvidia);
  CHECK_THROWS_WITH(lexical.resolve("Intel"), Catch::Contains("the graph does not contain it"));
}

TEST_CASE("path and neighbors walk only the deals in the time window", "[path][window]") {
  Fixture f;
  // Only the partnership is dated; the graph has no articles, so nothing dates the others.
  f.graph.mutable_deals()[f.stargate].dates = {"2024-10"};
  const PathFinder finder(f.graph);
  PathQuery query = hops(6);
  query.filter.window.since = "2024";
  const auto path = finder.shortest_path(f.softbank, f.oracle, query);
  REQUIRE(path);
  CHECK(describe(*path) == "softbank > stargate > oracle");
  CHECK_FALSE(finder.shortest_path(f.softbank, f.nvidia, query));
  query.filter.window.since = "2024-11";
  CHECK_FALSE(finder.shortest_path(f.softbank, f.oracle, query));
  // Posts carry no date and always link; deals outside the window do not.
  LinkFilter filter = parse_link_filter("");
  filter.window.until = "2024";
  std::vector<std::string> near;
  for (const auto& neighbor : finder.neighbors(f.openai, 2, filter)) near.push_back(neighbor.iri);
  CHECK(near == std::vector<std::string>{f.oracle, f.softbank});
  std::vector<std::string> around_nvidia;
  for (const auto& neighbor : finder.neighbors(f.nvidia, 2, filter)) around_nvidia.push_back(neighbor.iri);
  CHECK(around_nvidia == std::vector<std::string>{f.jensen});
  // Without a window, the same finder answers as before.
  CHECK(finder.shortest_path(f.softbank, f.nvidia, hops(6)));
}
