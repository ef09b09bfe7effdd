// Path queries on a generated graph of 1,000,000 entities and 5,000,000 deal edges
// (2,500,000 two-party deals), with Google Benchmark. Not a test: run it and write the
// figures down.
//
//   build/bench/path_bench                      # the full size (about 4 GB of memory)
//   DEALGRAPH_BENCH_ENTITIES=100000 DEALGRAPH_BENCH_EDGES=500000 build/bench/path_bench
//   DEALGRAPH_BENCH_TURTLE_ENTITIES=0 ...       # skip the Turtle load benchmark
//   build/bench/path_bench --benchmark_filter='Shortest|AllPaths'   # the graph is built all the same
//
// The graph is built as `build` and the loader build it: KnowledgeGraph maps, then finish()
// (the Boost.Graph topology), then a PathFinder (its undirected CSR view). Parties are drawn
// half from a skewed distribution (a few hubs with thousands of deals, as Nvidia and OpenAI
// are in the news) and half uniformly, with a fixed seed.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <unistd.h>

#include "dealgraph/export.hpp"
#include "dealgraph/query.hpp"
#include "rdf/turtle_reader.hpp"

using namespace dealgraph;

namespace {

std::size_t env_size(const char* name, std::size_t fallback) {
  const char* value = std::getenv(name);
  return value && *value ? static_cast<std::size_t>(std::strtoull(value, nullptr, 10)) : fallback;
}

const std::size_t kEntities = env_size("DEALGRAPH_BENCH_ENTITIES", 1'000'000);
const std::size_t kDealEdges = env_size("DEALGRAPH_BENCH_EDGES", 5'000'000);
const std::size_t kTurtleEntities = env_size("DEALGRAPH_BENCH_TURTLE_ENTITIES", 100'000);

constexpr DealType kTypes[] = {DealType::Investment,      DealType::EquityStake, DealType::SupplyAgreement,
                               DealType::CloudContract,   DealType::Partnership, DealType::LoanGuarantee,
                               DealType::Acquisition,     DealType::Licensing};
std::pair<Role, Role> roles_of(DealType type) {
  switch (type) {
    case DealType::Investment: case DealType::EquityStake: return {Role::Investor, Role::Investee};
    case DealType::SupplyAgreement: case DealType::CloudContract: return {Role::Supplier, Role::Customer};
    case DealType::Partnership: return {Role::Partner, Role::Partner};
    case DealType::LoanGuarantee: return {Role::Guarantor, Role::Beneficiary};
    case DealType::Acquisition: return {Role::Acquirer, Role::Target};
    case DealType::Licensing: return {Role::Licensor, Role::Licensee};
  }
  return {Role::Partner, Role::Partner};
}

std::string entity_name(std::size_t i) {
  char buffer[24];  // room for any size_t
  std::snprintf(buffer, sizeof buffer, "e%07zu", i);
  return buffer;
}

// Maps filled directly, as the Turtle loader does; short IRIs so that strings stay inline.
KnowledgeGraph generate(std::size_t entities, std::size_t deal_edges, const std::string& base) {
  KnowledgeGraph graph(base);
  std::mt19937_64 random(20251124);
  auto& entity_map = graph.mutable_entities();
  for (std::size_t i = 0; i < entities; ++i) {
    const std::string name = entity_name(i);
    EntityNode node;
    node.iri = graph.entity_iri(EntityKind::Organization, name);
    node.pref_label = "Company " + name;
    node.mentioned_in.insert(graph.article_iri("s" + std::to_string(i % 1000)));
    entity_map.emplace_hint(entity_map.end(), node.iri, std::move(node));
  }
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::uniform_int_distribution<std::size_t> uniform(0, entities - 1);
  auto skewed = [&] { return std::min(entities - 1, static_cast<std::size_t>(entities * std::pow(unit(random), 4.0))); };
  auto& deal_map = graph.mutable_deals();
  const std::size_t deals = deal_edges / 2;
  for (std::size_t d = 0; d < deals; ++d) {
    const std::size_t a = skewed();
    std::size_t b = uniform(random);
    if (b == a) b = (b + 1) % entities;
    DealNode node;
    char buffer[32];  // room for any size_t
    std::snprintf(buffer, sizeof buffer, "deal/d%08zu", d);
    node.iri = base + buffer;
    node.type = kTypes[random() % 8];
    const auto [ra, rb] = roles_of(node.type);
    node.parties = {{ra, graph.entity_iri(EntityKind::Organization, entity_name(a))},
                    {rb, graph.entity_iri(EntityKind::Organization, entity_name(b))}};
    std::sort(node.parties.begin(), node.parties.end());
    node.evidence.push_back(Evidence{"s" + std::to_string(d % 1000), "quote", "en", d % 5000, d % 5000 + 5});
    node.confidence = 0.5 + (d % 50) / 100.0;
    deal_map.emplace_hint(deal_map.end(), node.iri, std::move(node));
  }
  return graph;
}

struct World {
  std::unique_ptr<KnowledgeGraph> graph;
  std::unique_ptr<PathFinder> finder;
  std::vector<std::pair<std::string, std::string>> pairs;  // random query endpoints
  std::vector<std::string> hubs;                           // endpoints among the best connected
};
World& world() {
  static World instance;
  return instance;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The maps, the Boost.Graph topology (finish) and the PathFinder's CSR view, with the time of
// each; then the query endpoints.
struct BuildTimes {
  double maps = 0, topology = 0, view = 0;
};
BuildTimes build_world(World& w) {
  BuildTimes times;
  w.finder.reset();
  w.graph.reset();
  w.pairs.clear();
  w.hubs.clear();
  auto start = std::chrono::steady_clock::now();
  w.graph = std::make_unique<KnowledgeGraph>(generate(kEntities, kDealEdges, "x:"));
  times.maps = seconds_since(start);
  start = std::chrono::steady_clock::now();
  w.graph->finish();
  times.topology = seconds_since(start);
  start = std::chrono::steady_clock::now();
  w.finder = std::make_unique<PathFinder>(*w.graph);
  times.view = seconds_since(start);
  std::mt19937_64 random(7);
  std::uniform_int_distribution<std::size_t> uniform(0, kEntities - 1);
  for (int i = 0; i < 1000; ++i)
    w.pairs.emplace_back(w.graph->entity_iri(EntityKind::Organization, entity_name(uniform(random))),
                         w.graph->entity_iri(EntityKind::Organization, entity_name(uniform(random))));
  for (std::size_t i = 0; i < 20; ++i) w.hubs.push_back(w.graph->entity_iri(EntityKind::Organization, entity_name(i)));
  return times;
}

// The world the query benchmarks ask: built here when BM_BuildGraph was filtered out.
World& loaded_world() {
  World& w = world();
  if (!w.finder) build_world(w);
  return w;
}

// One-shot: the maps, the Boost.Graph topology (finish) and the PathFinder's CSR view.
void BM_BuildGraph(benchmark::State& state) {
  for (auto _ : state) {
    World& w = world();
    const BuildTimes times = build_world(w);
    state.counters["maps_s"] = times.maps;
    state.counters["finish_s"] = times.topology;
    state.counters["pathfinder_s"] = times.view;
    state.counters["vertices"] = static_cast<double>(boost::num_vertices(w.graph->topology()));
    state.counters["edges"] = static_cast<double>(boost::num_edges(w.graph->topology()));
  }
}
BENCHMARK(BM_BuildGraph)->Iterations(1)->Unit(benchmark::kSecond);

// Shortest path between random entities (the default `path A B`, at most 6 hops).
void BM_ShortestPathRandom(benchmark::State& state) {
  World& w = loaded_world();
  PathQuery query;
  query.max_hops = static_cast<std::size_t>(state.range(0));
  std::size_t i = 0, found = 0, hops = 0, runs = 0;
  for (auto _ : state) {
    const auto& [from, to] = w.pairs[i++ % w.pairs.size()];
    auto path = w.finder->shortest_path(from, to, query);
    if (path) ++found, hops += path->hops.size();
    ++runs;
    benchmark::DoNotOptimize(path);
  }
  state.counters["found_pct"] = runs ? 100.0 * found / runs : 0;
  state.counters["mean_hops"] = found ? static_cast<double>(hops) / found : 0;
}
BENCHMARK(BM_ShortestPathRandom)->Arg(6)->Arg(3)->Unit(benchmark::kMillisecond);

// Shortest path from a hub to random entities.
void BM_ShortestPathFromHub(benchmark::State& state) {
  World& w = loaded_world();
  PathQuery query;
  std::size_t i = 0;
  for (auto _ : state) {
    auto path = w.finder->shortest_path(w.hubs[i % w.hubs.size()], w.pairs[i % w.pairs.size()].second, query);
    ++i;
    benchmark::DoNotOptimize(path);
  }
}
BENCHMARK(BM_ShortestPathFromHub)->Unit(benchmark::kMillisecond);

// `path A B --via investment,supply`.
void BM_ShortestPathVia(benchmark::State& state) {
  World& w = loaded_world();
  PathQuery query;
  query.filter = parse_link_filter("investment,supply");
  std::size_t i = 0, found = 0, runs = 0;
  for (auto _ : state) {
    const auto& [from, to] = w.pairs[i++ % w.pairs.size()];
    auto path = w.finder->shortest_path(from, to, query);
    found += path.has_value();
    ++runs;
    benchmark::DoNotOptimize(path);
  }
  state.counters["found_pct"] = runs ? 100.0 * found / runs : 0;
}
BENCHMARK(BM_ShortestPathVia)->Unit(benchmark::kMillisecond);

// `path A B --all --max-hops N` (first 100 paths).
void BM_AllPaths(benchmark::State& state) {
  World& w = loaded_world();
  PathQuery query;
  query.max_hops = static_cast<std::size_t>(state.range(0));
  query.limit = 100;
  std::size_t i = 0, paths = 0, runs = 0;
  for (auto _ : state) {
    const auto& [from, to] = w.pairs[i++ % w.pairs.size()];
    auto all = w.finder->all_paths(from, to, query);
    paths += all.size();
    ++runs;
    benchmark::DoNotOptimize(all);
  }
  state.counters["mean_paths"] = runs ? static_cast<double>(paths) / runs : 0;
}
BENCHMARK(BM_AllPaths)->Arg(3)->Arg(4)->Unit(benchmark::kMillisecond);

// `neighbors X --hops N` for random entities.
void BM_Neighbors(benchmark::State& state) {
  World& w = loaded_world();
  std::size_t i = 0, total = 0, runs = 0;
  for (auto _ : state) {
    auto found = w.finder->neighbors(w.pairs[i++ % w.pairs.size()].first, static_cast<std::size_t>(state.range(0)), {});
    total += found.size();
    ++runs;
    benchmark::DoNotOptimize(found);
  }
  state.counters["mean_neighbors"] = runs ? static_cast<double>(total) / runs : 0;
}
BENCHMARK(BM_Neighbors)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

// Releases the big graph before the Turtle benchmark.
void BM_ReleaseGraph(benchmark::State& state) {
  for (auto _ : state) {
    world().finder.reset();
    world().graph.reset();
  }
}
BENCHMARK(BM_ReleaseGraph)->Iterations(1)->Unit(benchmark::kSecond);

// graph.ttl read back: Sord parse plus the loader, in triples per second.
void BM_LoadTurtle(benchmark::State& state) {
  if (kTurtleEntities == 0) {
    state.SkipWithError("DEALGRAPH_BENCH_TURTLE_ENTITIES=0");
    return;
  }
  const std::string path =
      (std::filesystem::temp_directory_path() / ("dealgraph-bench-" + std::to_string(::getpid()) + ".ttl")).string();
  {
    KnowledgeGraph graph = generate(kTurtleEntities, kTurtleEntities * 5, kDefaultBase);
    graph.finish();
    write_turtle(graph, path);
  }
  const std::size_t triples = rdf::read_turtle_file(path).size();
  const auto bytes = std::filesystem::file_size(path);
  // The iteration time is load_graph_turtle alone; its parts are measured beside it.
  double parse = 0, finish = 0;
  for (auto _ : state) {
    auto start = std::chrono::steady_clock::now();
    KnowledgeGraph loaded = load_graph_turtle(path);
    state.SetIterationTime(seconds_since(start));
    start = std::chrono::steady_clock::now();
    loaded.finish();  // the same work again, to know its share
    finish += seconds_since(start);
    start = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(rdf::read_turtle_file(path));
    parse += seconds_since(start);
  }
  std::filesystem::remove(path);
  const double n = static_cast<double>(state.iterations());
  state.counters["triples"] = static_cast<double>(triples);
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
  state.counters["triples_per_s"] = benchmark::Counter(static_cast<double>(triples), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["sord_read_s"] = parse / n;
  state.counters["finish_s"] = finish / n;
}
BENCHMARK(BM_LoadTurtle)->Iterations(3)->UseManualTime()->Unit(benchmark::kSecond);

}  // namespace

BENCHMARK_MAIN();
