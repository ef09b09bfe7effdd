// Path search over the graph's topology with Boost.Graph.
//
// The KnowledgeGraph's topology is directed (money flows payer -> deal -> receiver); a
// connection question is not, so PathFinder keeps an undirected view of it as a compressed
// sparse row graph (both directions of every edge, neighbours sorted by vertex index, which
// finish() assigns in IRI order). One vertex predicate, Allowed, holds the filters (deal
// types, posts, the time window, chips and products only as a path's first or last entity): neighbors() runs
// boost::breadth_first_visit over a boost::filtered_graph with it, and the path queries test
// it on every neighbour they look at.
//
// Order of answers: shortest first; among paths of one length, the one whose first hop goes
// through the strongest link (reported by more articles, then with an amount, then more
// confident, then IRI order), then the second hop, and so on. `path A B` prints the first path
// of `path A B --all`.
//
// A path query first finds the FROM-TO distance d from both ends: a breadth-first ball around
// FROM and one around TO grow a level at a time, the one whose next level has fewer edges to
// look at, until they touch; d is then the sum of their radii. That is the work of two balls
// of radius about d/2 instead of one of radius d: on the benchmark's million entities about
// 14,000 vertices on average instead of most of its 3.5 million. Every edge joins an entity to
// a deal or a post (a party, chip, holder or organisation that is no entity is an error of
// `check`), so a path between two entities has an even length: paths of length L = d, d + 2,
// ... up to 2 * max_hops are then enumerated depth first from FROM in the order above, until
// one more than the limit is found (it tells that more exist) or the lengths run out.
// A vertex is entered only if TO can still be reached from it in the length left. That needs
// the exact distance to TO of every vertex v on a FROM-TO walk of at most L edges, i.e. with
// dist_from(v) + dist_to(v) <= L. Once the radii add up to L (the balls grow on as L does),
// such a vertex is in TO's ball or nearer FROM than FROM's radius, and so is every vertex on
// its shortest way to TO until that way enters TO's ball; so the search from TO is carried on
// from the rim of its ball through FROM's ball alone, within the same budget (Balls::cover).
// The enumeration makes the very choices it would make knowing every distance to TO: the
// answers and their order are those of a complete search from TO.
// The per-vertex distances live in arrays kept between queries (Marks).
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/two_bit_color_map.hpp>
#include <boost/pending/queue.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <limits>
#include <mutex>
#include <new>
#include <unordered_map>

#include "dealgraph/query.hpp"

namespace dealgraph {
namespace {

using Vertex = std::uint32_t;
using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                               boost::no_property, Vertex, Vertex>;
constexpr Vertex kNone = std::numeric_limits<Vertex>::max();

// Vertex classes: DealType values 0..7 for deals, then these.
constexpr std::uint8_t kPositionClass = 8;
constexpr std::uint8_t kEntityClass = 9;
constexpr std::uint8_t kLeafClass = 10;  // chips and products: only a path's first or last entity
constexpr std::uint16_t kPostBit = 1u << kPositionClass;

std::uint16_t mask_of(const LinkFilter& filter) {
  std::uint16_t mask = filter.posts ? kPostBit : 0;
  for (int t = 0; t <= static_cast<int>(DealType::Licensing); ++t)
    if (filter.allows(static_cast<DealType>(t))) mask |= static_cast<std::uint16_t>(1u << t);
  return mask;
}

// The vertex predicate of the filtered view (default-constructible, as filtered_graph wants).
struct Allowed {
  const std::uint8_t* classes = nullptr;
  std::uint16_t mask = 0;
  Vertex from = kNone;
  Vertex to = kNone;
  const std::uint8_t* outside = nullptr;  // per vertex, 1 for the deals outside the time window; null: none
  bool operator()(Vertex v) const {
    const std::uint8_t c = classes[v];
    if (c == kEntityClass) return true;
    if (c == kLeafClass) return v == from || v == to;
    return ((mask >> c) & 1u) && !(outside && outside[v]);
  }
};
using View = boost::filtered_graph<Csr, boost::keep_all, Allowed>;

// Per-search state. pred and dist are left uninitialised: they are read only for vertices the
// color map shows as discovered, so a search costs what it visits plus V/4 bytes of colors.
struct Search {
  explicit Search(std::size_t n) : color(n), pred(new Vertex[n]), dist(new std::uint16_t[n]) {}
  boost::two_bit_color_map<> color;
  std::unique_ptr<Vertex[]> pred;
  std::unique_ptr<std::uint16_t[]> dist;
  // Other shortest-path predecessors, recorded only when asked for (neighbors).
  std::unordered_map<Vertex, std::vector<Vertex>>* more_preds = nullptr;
  std::vector<Vertex>* discovered = nullptr;  // every vertex reached, when asked for
  bool seen(Vertex v) const { return get(color, v) != boost::two_bit_white; }
};

struct StopSearch {};

// Records distances and predecessors; stops at the depth limit.
struct LimitedVisitor : boost::default_bfs_visitor {
  Search* search = nullptr;
  std::uint16_t max_depth = 0;

  template <typename G>
  void examine_vertex(Vertex u, const G&) const {
    // Vertices leave the queue in order of distance: past the limit, nothing more is needed.
    if (search->dist[u] >= max_depth) throw StopSearch{};
  }
  template <typename G>
  void discover_vertex(Vertex v, const G&) const {
    if (search->discovered) search->discovered->push_back(v);
  }
  template <typename E, typename G>
  void examine_edge(const E& e, const G& g) const {
    if (!search->more_preds) return;
    const Vertex u = boost::source(e, g), v = boost::target(e, g);
    if (search->seen(v) && search->dist[v] == search->dist[u] + 1) (*search->more_preds)[v].push_back(u);
  }
  template <typename E, typename G>
  void tree_edge(const E& e, const G& g) const {
    const Vertex u = boost::source(e, g), v = boost::target(e, g);
    search->pred[v] = u;
    search->dist[v] = static_cast<std::uint16_t>(search->dist[u] + 1);
  }
};

void run_search(const View& view, Vertex source, Search& search, std::size_t max_depth) {
  search.pred[source] = source;
  search.dist[source] = 0;
  LimitedVisitor visitor;
  visitor.search = &search;
  visitor.max_depth = static_cast<std::uint16_t>(std::min<std::size_t>(max_depth, 60000));
  boost::queue<Vertex> queue;
  try {
    boost::breadth_first_visit(view, source, queue, visitor, search.color);
  } catch (const StopSearch&) {
  }
}

// Distances of a path query are 16-bit: lengths are capped here (30,000 hops).
constexpr std::size_t kMaxLength = 60000;
constexpr std::uint16_t kFar = std::numeric_limits<std::uint16_t>::max();  // not known to be near

// Per-vertex distances from FROM and to TO of one query, 8 bytes a vertex. Kept between
// queries and told apart by a generation number, so a query pays for the vertices it reaches,
// not for all of them; calloc'd, so pages no query reaches are never touched at all.
class Marks {
 public:
  explicit Marks(std::size_t n) : marks_(static_cast<Mark*>(std::calloc(std::max<std::size_t>(n, 1), sizeof(Mark)))), size_(n) {
    if (!marks_) throw std::bad_alloc();
  }
  void next_query() {
    if (++generation_ == 0) {
      std::memset(static_cast<void*>(marks_.get()), 0, size_ * sizeof(Mark));
      generation_ = 1;
    }
  }
  std::uint16_t from(Vertex v) const { return marks_[v].generation == generation_ ? marks_[v].from : kFar; }
  std::uint16_t to(Vertex v) const { return marks_[v].generation == generation_ ? marks_[v].to : kFar; }
  std::uint16_t& from_of(Vertex v) { return current(v).from; }
  std::uint16_t& to_of(Vertex v) { return current(v).to; }

 private:
  struct Mark {
    std::uint32_t generation;
    std::uint16_t from;
    std::uint16_t to;
  };
  struct Free {
    void operator()(Mark* marks) const { std::free(marks); }
  };
  Mark& current(Vertex v) {
    Mark& mark = marks_[v];
    if (mark.generation != generation_) mark = {generation_, kFar, kFar};
    return mark;
  }
  std::unique_ptr<Mark[], Free> marks_;
  std::size_t size_;
  std::uint32_t generation_ = 0;
};

// The two breadth-first balls of a path query, around FROM and around TO, and the distances
// to TO beyond TO's ball that an enumeration of paths of a given length needs.
class Balls {
 public:
  Balls(const Csr& csr, const Allowed& allowed, Marks& marks, Vertex from, Vertex to)
      : csr_(csr), allowed_(allowed), marks_(marks) {
    marks_.next_query();
    marks_.from_of(from) = 0;
    marks_.to_of(to) = 0;
    start(forward_, from);
    start(backward_, to);
  }

  // Grows the cheaper ball a level at a time until the two touch (then the FROM-TO distance
  // is the sum of their radii) or their radii add up to `max_length` (then it is longer).
  std::optional<std::size_t> meet(std::size_t max_length) {
    while (radius(forward_) + radius(backward_) < max_length) {
      // A ball that stops growing without touching the other holds all FROM or TO reaches.
      if (forward_.complete || backward_.complete) return std::nullopt;
      if (grow(forward_.work <= backward_.work)) return radius(forward_) + radius(backward_);
    }
    return std::nullopt;
  }

  // Makes to() exact for every vertex v with dist_from(v) + dist_to(v) <= length. Such a vertex
  // is in TO's ball or, once the radii add up to `length`, has dist_from(v) below FROM's
  // radius, as has every vertex on its shortest way to TO until that way enters TO's ball.
  // So the search from TO goes on from the rim of its ball through FROM's ball alone,
  // keeping to dist_from + dist_to <= length. Other vertices it reaches may get a distance
  // that is too long, but still more than their budget, which is all the enumeration asks.
  void cover(std::size_t length) {
    for (Vertex v : beyond_) marks_.to_of(v) = kFar;
    beyond_.clear();
    while (radius(forward_) + radius(backward_) < length && !forward_.complete && !backward_.complete)
      grow(forward_.work <= backward_.work);
    if (backward_.complete) return;  // every distance to TO is known
    const std::size_t rim = radius(backward_);
    std::vector<Vertex> level, next;
    for (Vertex v : backward_.levels.back())
      if (const std::size_t d = marks_.from(v); d != kFar && d + rim <= length) level.push_back(v);
    for (std::size_t depth = rim + 1; depth <= length && !level.empty(); ++depth) {
      next.clear();
      for (Vertex u : level) {
        for (auto [it, end] = boost::adjacent_vertices(u, csr_); it != end; ++it) {
          const Vertex v = *it;
          if (!allowed_(v)) continue;
          const std::size_t d = marks_.from(v);
          if (d == kFar || d + depth > length || marks_.to(v) != kFar) continue;
          marks_.to_of(v) = static_cast<std::uint16_t>(depth);
          beyond_.push_back(v);
          next.push_back(v);
        }
      }
      level.swap(next);
    }
  }

 private:
  struct Ball {
    std::vector<std::vector<Vertex>> levels;  // levels[d]: the vertices at distance d from the centre
    std::size_t work = 0;                     // edges out of the last level
    bool complete = false;                    // the last level is empty
  };

  static std::size_t radius(const Ball& ball) { return ball.levels.size() - 1; }

  void start(Ball& ball, Vertex centre) {
    ball.levels.push_back({centre});
    ball.work = boost::out_degree(centre, csr_);
  }

  // Adds a level to FROM's ball or to TO's; tells whether it reached the other ball.
  bool grow(bool forward) {
    Ball& ball = forward ? forward_ : backward_;
    const auto depth = static_cast<std::uint16_t>(ball.levels.size());
    std::vector<Vertex> next;
    std::size_t work = 0;
    bool touched = false;
    for (Vertex u : ball.levels.back()) {
      for (auto [it, end] = boost::adjacent_vertices(u, csr_); it != end; ++it) {
        const Vertex v = *it;
        if (!allowed_(v)) continue;
        std::uint16_t& mine = forward ? marks_.from_of(v) : marks_.to_of(v);
        if (mine != kFar) continue;
        mine = depth;
        next.push_back(v);
        work += boost::out_degree(v, csr_);
        touched = touched || (forward ? marks_.to(v) : marks_.from(v)) != kFar;
      }
    }
    ball.complete = next.empty();
    ball.work = work;
    ball.levels.push_back(std::move(next));
    return touched;
  }

  const Csr& csr_;
  const Allowed& allowed_;
  Marks& marks_;
  Ball forward_, backward_;
  std::vector<Vertex> beyond_;  // vertices cover() gave a distance to TO outside TO's ball
};

std::string lower_word(std::string_view word) {
  std::string out;
  for (char c : word)
    if (c != ' ' && c != '-' && c != '_' && c != '\t') out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

}  // namespace

LinkFilter parse_link_filter(std::string_view list) {
  static const std::pair<const char*, DealType> kWords[] = {
      {"investment", DealType::Investment},       {"investments", DealType::Investment},
      {"invest", DealType::Investment},           {"stake", DealType::EquityStake},
      {"equity", DealType::EquityStake},          {"equitystake", DealType::EquityStake},
      {"stakes", DealType::EquityStake},          {"supply", DealType::SupplyAgreement},
      {"supplyagreement", DealType::SupplyAgreement}, {"supplies", DealType::SupplyAgreement},
      {"cloud", DealType::CloudContract},         {"cloudcontract", DealType::CloudContract},
      {"compute", DealType::CloudContract},       {"partnership", DealType::Partnership},
      {"partner", DealType::Partnership},         {"partnerships", DealType::Partnership},
      {"guarantee", DealType::LoanGuarantee},     {"loanguarantee", DealType::LoanGuarantee},
      {"loan", DealType::LoanGuarantee},          {"acquisition", DealType::Acquisition},
      {"acquisitions", DealType::Acquisition},    {"acquire", DealType::Acquisition},
      {"licensing", DealType::Licensing},         {"license", DealType::Licensing},
      {"licence", DealType::Licensing},
  };
  LinkFilter filter;
  bool any = false;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    const std::string word = lower_word(list.substr(start, comma - start));
    start = comma + 1;
    if (word.empty()) continue;
    if (!any) {
      filter.all_deals = false;
      filter.posts = false;
    }
    any = true;
    if (word == "position" || word == "positions" || word == "post" || word == "posts") {
      filter.posts = true;
      continue;
    }
    bool known = false;
    for (const auto& [name, type] : kWords) {
      if (word == name) {
        filter.deal_types.insert(type);
        known = true;
        break;
      }
    }
    if (!known)
      throw std::invalid_argument("unknown deal type \"" + word +
                                  "\"; use Investment, EquityStake, SupplyAgreement, CloudContract, Partnership, "
                                  "LoanGuarantee, Acquisition, Licensing, their short forms investment, stake, "
                                  "supply, cloud, partnership, guarantee, acquisition, licensing, or position");
  }
  return filter;
}

std::vector<std::string> Path::entities() const {
  std::vector<std::string> out;
  if (hops.empty()) return out;
  out.push_back(hops.front().from);
  for (const PathHop& hop : hops) out.push_back(hop.to);
  return out;
}

struct PathFinder::Impl {
  const KnowledgeGraph& graph;
  Csr csr;
  std::vector<std::uint8_t> classes;
  std::vector<Vertex> rank;  // of deal and position vertices, strongest first
  std::vector<const void*> node;  // the DealNode or PostNode of each link vertex

  explicit Impl(const KnowledgeGraph& g) : graph(g) {
    const DealGraph& topology = graph.topology();
    const std::size_t n = boost::num_vertices(topology);
    classes.assign(n, kLeafClass);
    // finish() adds vertices map by map in key order; use that when it holds, else look up.
    std::size_t guess = 0;
    auto locate = [&](const std::string& iri) -> std::optional<Vertex> {
      if (guess < n && topology[guess].iri == iri) return static_cast<Vertex>(guess++);
      auto v = graph.vertex(iri);
      if (v) guess = *v + 1;
      return v ? std::optional<Vertex>(static_cast<Vertex>(*v)) : std::nullopt;
    };
    for (const auto& [iri, entity] : graph.entities())
      if (auto v = locate(iri))
        classes[*v] = entity.kind == EntityKind::Organization || entity.kind == EntityKind::Person ? kEntityClass
                                                                                                   : kLeafClass;
    node.assign(n, nullptr);
    for (const auto& [iri, deal] : graph.deals())
      if (auto v = locate(iri)) classes[*v] = static_cast<std::uint8_t>(deal.type), node[*v] = &deal;
    for (const auto& [iri, post] : graph.posts())
      if (auto v = locate(iri)) classes[*v] = kPositionClass, node[*v] = &post;

    // Both directions of every edge, sorted and without parallel edges (an entity with two
    // roles in one deal is one neighbour).
    std::vector<std::uint64_t> packed;
    packed.reserve(2 * boost::num_edges(topology));
    for (auto [it, end] = boost::edges(topology); it != end; ++it) {
      const std::uint64_t s = boost::source(*it, topology), t = boost::target(*it, topology);
      packed.push_back(s << 32 | t);
      packed.push_back(t << 32 | s);
    }
    std::sort(packed.begin(), packed.end());
    packed.erase(std::unique(packed.begin(), packed.end()), packed.end());
    std::vector<std::pair<Vertex, Vertex>> pairs;
    pairs.reserve(packed.size());
    for (std::uint64_t e : packed) pairs.emplace_back(static_cast<Vertex>(e >> 32), static_cast<Vertex>(e));
    packed = {};
    csr = Csr(boost::edges_are_sorted, pairs.begin(), pairs.end(), n);

    // Links ranked by strength: corroborated by more articles, with an amount, more confident.
    struct Strength {
      std::size_t sources;
      bool amount;
      int confidence;
      Vertex v;
    };
    std::vector<Strength> strengths;
    auto sources = [](const std::vector<Evidence>& evidence) {
      std::vector<const std::string*> ids;
      for (const Evidence& e : evidence) ids.push_back(&e.source_id);
      std::sort(ids.begin(), ids.end(), [](auto* a, auto* b) { return *a < *b; });
      return static_cast<std::size_t>(
          std::unique(ids.begin(), ids.end(), [](auto* a, auto* b) { return *a == *b; }) - ids.begin());
    };
    for (Vertex v = 0; v < n; ++v) {
      if (!node[v]) continue;
      if (classes[v] == kPositionClass)
        strengths.push_back({sources(static_cast<const PostNode*>(node[v])->evidence), false, 0, v});
      else {
        const auto* deal = static_cast<const DealNode*>(node[v]);
        strengths.push_back(
            {sources(deal->evidence), !deal->amounts.empty(), static_cast<int>(deal->confidence * 100 + 0.5), v});
      }
    }
    std::sort(strengths.begin(), strengths.end(), [](const Strength& a, const Strength& b) {
      return std::tie(b.sources, b.amount, b.confidence, a.v) < std::tie(a.sources, a.amount, a.confidence, b.v);
    });
    rank.assign(n, kNone);
    for (std::size_t i = 0; i < strengths.size(); ++i) rank[strengths[i].v] = static_cast<Vertex>(i);
  }

  Allowed allowed(const LinkFilter& filter, Vertex from, Vertex to, const std::vector<std::uint8_t>& outside) const {
    return Allowed{classes.data(), mask_of(filter), from, to, outside.empty() ? nullptr : outside.data()};
  }

  Vertex entity_vertex(const std::string& iri) const {
    auto v = graph.vertex(iri);
    if (!v || !graph.entities().count(iri)) throw std::invalid_argument("not an entity of the graph: " + iri);
    return static_cast<Vertex>(*v);
  }

  const std::string& iri(Vertex v) const { return graph.topology()[v].iri; }

  // The roles `entity` plays in the deal or position `link`, e.g. "investor" or "investor/partner".
  std::string roles(Vertex link, Vertex entity) const {
    const std::string& entity_iri = iri(entity);
    std::string out;
    auto add = [&](const char* role) {
      if (!out.empty()) out += '/';
      out += role;
    };
    if (classes[link] == kPositionClass) {
      const auto& post = *static_cast<const PostNode*>(node[link]);
      if (post.holder == entity_iri) add("holder");
      if (post.organization == entity_iri) add("organization");
      return out;
    }
    const auto& deal = *static_cast<const DealNode*>(node[link]);
    for (const auto& [role, party] : deal.parties)
      if (party == entity_iri) add(to_string(role));
    if (deal.chips.count(entity_iri)) add("chip");
    return out;
  }

  Path to_path(const std::vector<Vertex>& sequence) const {
    Path path;
    for (std::size_t i = 0; i + 2 < sequence.size(); i += 2) {
      PathHop hop;
      hop.from = iri(sequence[i]);
      hop.from_role = roles(sequence[i + 1], sequence[i]);
      hop.link = iri(sequence[i + 1]);
      hop.to_role = roles(sequence[i + 1], sequence[i + 2]);
      hop.to = iri(sequence[i + 2]);
      path.hops.push_back(std::move(hop));
    }
    return path;
  }

  // Every simple path from `from` to `to` of exactly `length` edges, in lexicographic order of
  // vertex indices, up to `cap` of them in all in `out`. `to_distance(v)` is the distance from
  // v to `to`, or kFar; it must be exact for every vertex with a path of at most `length`
  // edges from `from` through it to `to` (pruning: a vertex is entered only if `to` is still
  // reachable within the length).
  template <typename ToDistance>
  void enumerate(const Allowed& allowed, const ToDistance& to_distance, Vertex to, std::size_t length,
                 std::size_t cap, std::vector<Vertex>& stack, std::vector<std::vector<Vertex>>& out) const {
    const Vertex u = stack.back();
    const std::size_t depth = stack.size() - 1;
    if (u == to) {
      if (depth == length) out.push_back(stack);
      return;
    }
    std::vector<Vertex> next;
    for (auto [it, end] = boost::adjacent_vertices(u, csr); it != end; ++it) {
      const Vertex v = *it;
      if (!allowed(v)) continue;
      const std::size_t d = to_distance(v);
      if (d == kFar || depth + 1 + d > length) continue;
      if (std::find(stack.begin(), stack.end(), v) != stack.end()) continue;
      next.push_back(v);
    }
    // From an entity, the strongest links first; from a link, entities in IRI order.
    if (depth % 2 == 0) std::sort(next.begin(), next.end(), [&](Vertex a, Vertex b) { return rank[a] < rank[b]; });
    for (Vertex v : next) {
      if (out.size() >= cap) break;
      stack.push_back(v);
      enumerate(allowed, to_distance, to, length, cap, stack, out);
      stack.pop_back();
    }
  }

  // Paths of `query` from `from` to `to` (distinct), in order, up to `cap` of them.
  std::vector<std::vector<Vertex>> paths(Vertex from, Vertex to, const PathQuery& query, std::size_t cap) const {
    const std::size_t max_length = std::min(query.max_hops, kMaxLength / 2) * 2;
    const std::vector<std::uint8_t> outside = query.filter.window.outside(graph);
    const Allowed allowed = this->allowed(query.filter, from, to, outside);
    const MarksLease marks(*this);
    Balls balls(csr, allowed, *marks, from, to);
    const std::optional<std::size_t> distance = balls.meet(max_length);
    std::vector<std::vector<Vertex>> sequences;
    if (!distance) return sequences;
    std::vector<Vertex> stack{from};
    auto to_distance = [&](Vertex v) { return marks->to(v); };
    for (std::size_t length = *distance; length <= max_length && sequences.size() < cap; length += 2) {
      balls.cover(length);
      enumerate(allowed, to_distance, to, length, cap, stack, sequences);
    }
    return sequences;
  }

  // Marks for one query at a time each: taken from those other queries left, or new.
  class MarksLease {
   public:
    explicit MarksLease(const Impl& impl) : impl_(impl) {
      {
        const std::lock_guard<std::mutex> lock(impl_.spare_marks_mutex);
        if (!impl_.spare_marks.empty()) {
          marks_ = std::move(impl_.spare_marks.back());
          impl_.spare_marks.pop_back();
        }
      }
      if (!marks_) marks_ = std::make_unique<Marks>(boost::num_vertices(impl_.csr));
    }
    ~MarksLease() {
      const std::lock_guard<std::mutex> lock(impl_.spare_marks_mutex);
      impl_.spare_marks.push_back(std::move(marks_));
    }
    MarksLease(const MarksLease&) = delete;
    MarksLease& operator=(const MarksLease&) = delete;
    Marks& operator*() const { return *marks_; }
    Marks* operator->() const { return marks_.get(); }

   private:
    const Impl& impl_;
    std::unique_ptr<Marks> marks_;
  };
  mutable std::mutex spare_marks_mutex;
  mutable std::vector<std::unique_ptr<Marks>> spare_marks;
};

PathFinder::PathFinder(const KnowledgeGraph& graph) : impl_(std::make_unique<Impl>(graph)) {}
PathFinder::~PathFinder() = default;
PathFinder::PathFinder(PathFinder&&) noexcept = default;

std::size_t PathFinder::vertex_count() const { return boost::num_vertices(impl_->csr); }
std::size_t PathFinder::edge_count() const { return boost::num_edges(impl_->csr) / 2; }

std::optional<Path> PathFinder::shortest_path(const std::string& from_iri, const std::string& to_iri,
                                              const PathQuery& query) const {
  const Vertex from = impl_->entity_vertex(from_iri), to = impl_->entity_vertex(to_iri);
  if (from == to) return std::nullopt;
  const auto sequences = impl_->paths(from, to, query, 1);
  if (sequences.empty()) return std::nullopt;
  return impl_->to_path(sequences.front());
}

std::vector<Path> PathFinder::all_paths(const std::string& from_iri, const std::string& to_iri,
                                        const PathQuery& query, bool* truncated) const {
  if (truncated) *truncated = false;
  const Vertex from = impl_->entity_vertex(from_iri), to = impl_->entity_vertex(to_iri);
  if (from == to || query.limit == 0) return {};
  // One path more than the limit, if there is one, tells that more exist (std::max: a limit of
  // SIZE_MAX must not wrap to 0). In order: lengths ascending, within one as enumerate() walks.
  std::vector<std::vector<Vertex>> sequences =
      impl_->paths(from, to, query, std::max(query.limit, query.limit + 1));
  if (sequences.size() > query.limit) {
    sequences.resize(query.limit);
    if (truncated) *truncated = true;
  }
  std::vector<Path> paths;
  paths.reserve(sequences.size());
  for (const auto& sequence : sequences) paths.push_back(impl_->to_path(sequence));
  return paths;
}

std::vector<PathFinder::Neighbor> PathFinder::neighbors(const std::string& from_iri, std::size_t hops,
                                                        const LinkFilter& filter) const {
  const Vertex from = impl_->entity_vertex(from_iri);
  const std::vector<std::uint8_t> outside = filter.window.outside(impl_->graph);
  const View view(impl_->csr, boost::keep_all(), impl_->allowed(filter, from, kNone, outside));
  const std::size_t max_length = 2 * hops;
  Search search(boost::num_vertices(impl_->csr));
  std::unordered_map<Vertex, std::vector<Vertex>> more_preds;
  std::vector<Vertex> discovered;
  search.more_preds = &more_preds;
  search.discovered = &discovered;
  run_search(view, from, search, max_length);

  // Which entities were reached, at what distance, through which predecessors.
  struct Reached {
    std::size_t dist;
    std::vector<Vertex> preds;
  };
  std::unordered_map<Vertex, Reached> reached;
  std::vector<Vertex> links;
  auto preds_of = [&](Vertex v) {
    std::vector<Vertex> preds{search.pred[v]};
    if (auto it = more_preds.find(v); it != more_preds.end()) preds.insert(preds.end(), it->second.begin(), it->second.end());
    std::sort(preds.begin(), preds.end());
    preds.erase(std::unique(preds.begin(), preds.end()), preds.end());
    return preds;
  };
  for (Vertex v : discovered) {
    if (v == from) continue;
    if (impl_->classes[v] == kEntityClass || impl_->classes[v] == kLeafClass) reached[v] = {search.dist[v], preds_of(v)};
    else if (search.dist[v] < max_length) links.push_back(v);
  }
  // Chips and products are leaves: reached from the deals that name them, never crossed.
  for (Vertex link : links) {
    for (auto [it, end] = boost::adjacent_vertices(link, impl_->csr); it != end; ++it) {
      const Vertex c = *it;
      if (impl_->classes[c] != kLeafClass || c == from) continue;
      const std::size_t d = search.dist[link] + 1;
      auto [entry, created] = reached.try_emplace(c, Reached{d, {}});
      if (entry->second.dist == d) entry->second.preds.push_back(link);
    }
  }
  // Up to `cap` shortest paths from `from` to `v`, from the predecessor lists.
  auto paths_to = [&](Vertex v, std::size_t cap) {
    std::vector<std::vector<Vertex>> out;
    std::vector<Vertex> stack{v};
    std::function<void()> walk = [&] {
      if (out.size() >= cap) return;
      const Vertex u = stack.back();
      if (u == from) {
        out.emplace_back(stack.rbegin(), stack.rend());
        return;
      }
      std::vector<Vertex> preds;
      if (auto it = reached.find(u); it != reached.end()) preds = it->second.preds;
      else preds = preds_of(u);
      std::sort(preds.begin(), preds.end());
      for (Vertex p : preds) {
        stack.push_back(p);
        walk();
        stack.pop_back();
      }
    };
    walk();
    std::sort(out.begin(), out.end());
    return out;
  };
  // Nearest first, then by preferred label and IRI.
  struct Key {
    std::size_t dist;
    const std::string* label;
    const std::string* iri;
    Vertex v;
  };
  std::vector<Key> order;
  order.reserve(reached.size());
  const auto& entities = impl_->graph.entities();
  for (const auto& [v, info] : reached) {
    const std::string& iri = impl_->iri(v);
    auto it = entities.find(iri);
    order.push_back({info.dist, it == entities.end() ? &iri : &it->second.pref_label, &iri, v});
  }
  std::sort(order.begin(), order.end(), [](const Key& a, const Key& b) {
    return std::tie(a.dist, *a.label, *a.iri) < std::tie(b.dist, *b.label, *b.iri);
  });
  std::vector<Neighbor> result;
  result.reserve(order.size());
  for (const Key& key : order) {
    Neighbor neighbor;
    neighbor.iri = *key.iri;
    neighbor.hops = key.dist / 2;
    for (const auto& sequence : paths_to(key.v, neighbor.hops == 1 ? std::numeric_limits<std::size_t>::max() : 5))
      neighbor.paths.push_back(impl_->to_path(sequence));
    result.push_back(std::move(neighbor));
  }
  return result;
}

}  // namespace dealgraph
