// Consistency checks over a finished graph. Each finding names its kind, severity, the
// vertices involved (IRIs) and the evidence quotes that support it; the order is deterministic
// (by check, then by the IRIs involved).
//
// Severity: "error" where the graph says something that cannot all be true or breaks the
// ontology (sources disagreeing on one deal's amount, a chip as an investor, a party on both
// sides of a deal, a reference to nothing); "warning" for what deserves a look but may well be
// right (money flowing in a loop, two entities sharing a name, unused entities).
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/hawick_circuits.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <set>

#include "dealgraph/graph.hpp"
#include "graph/checks_more.hpp"
#include "graph/checks_attribution.hpp"

namespace dealgraph {
namespace {

// Reported amounts whose ranges are further apart than this relative margin disagree: 100 and
// 125 agree, 100 and 126 do not; 1000亿美元 ($100 billion) and 1000 mil milhões ($1 trillion)
// certainly do not.
constexpr double kAmountTolerance = 0.25;
// Elementary loops listed per strongly connected component of the money flow.
constexpr std::size_t kMaxLoopsPerComponent = 10;

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The interval an amount asserts, after its qualifier; none for vague or unparsed amounts.
std::optional<std::pair<double, double>> interval(const Amount& amount) {
  if (amount.approximate || amount.currency.empty()) return std::nullopt;
  double low, high;
  if (amount.value) low = high = amount.value->to_double();
  else if (amount.min && amount.max) low = amount.min->to_double(), high = amount.max->to_double();
  else if (amount.min) low = amount.min->to_double(), high = kInfinity;
  else if (amount.max) low = 0, high = amount.max->to_double();
  else return std::nullopt;
  const std::string& q = amount.qualifier;
  if (q == "up to" || q == "less than" || q == "at most") low = 0;
  else if (q == "at least" || q == "more than") high = kInfinity;
  return std::make_pair(low, high);
}

// Two intervals agree when they overlap once the smaller end is stretched by the tolerance.
bool agree(std::pair<double, double> a, std::pair<double, double> b) {
  const double low = std::max(a.first, b.first), high = std::min(a.second, b.second);
  return low <= high * (1 + kAmountTolerance);
}

std::string group_thousands(const std::string& plain) {
  const std::size_t start = !plain.empty() && plain[0] == '-' ? 1 : 0;
  const std::size_t point = std::min(plain.find('.'), plain.size());
  std::string out = plain.substr(0, start);
  for (std::size_t i = start; i < point; ++i) {
    if (i > start && (point - i) % 3 == 0) out += ',';
    out += plain[i];
  }
  return out + plain.substr(point);
}

std::string in_words(const Amount& amount) {
  std::string out = amount.qualifier.empty() ? "" : amount.qualifier + " ";
  if (amount.value) out += group_thousands(amount.value->to_string());
  else if (amount.min && amount.max)
    out += group_thousands(amount.min->to_string()) + "-" + group_thousands(amount.max->to_string());
  else if (amount.min) out += "at least " + group_thousands(amount.min->to_string());
  else if (amount.max) out += "at most " + group_thousands(amount.max->to_string());
  return out + " " + amount.currency;
}

std::string label_of(const KnowledgeGraph& graph, const std::string& iri) {
  auto it = graph.entities().find(iri);
  return it == graph.entities().end() ? iri : it->second.pref_label;
}

// Which way money goes in a deal of each type: from the first role to the second.
std::optional<std::pair<Role, Role>> money_direction(DealType type) {
  switch (type) {
    case DealType::Investment: case DealType::EquityStake: return std::make_pair(Role::Investor, Role::Investee);
    case DealType::SupplyAgreement: case DealType::CloudContract: return std::make_pair(Role::Customer, Role::Supplier);
    case DealType::Acquisition: return std::make_pair(Role::Acquirer, Role::Target);
    case DealType::Licensing: return std::make_pair(Role::Licensee, Role::Licensor);
    case DealType::LoanGuarantee: return std::make_pair(Role::Guarantor, Role::Beneficiary);
    case DealType::Partnership: return std::nullopt;
  }
  return std::nullopt;
}

// The side of a deal a role is on: +1 pays (or backs), -1 receives, 0 neither.
int side_of(Role role) {
  switch (role) {
    case Role::Investor: case Role::Customer: case Role::Acquirer: case Role::Licensee: case Role::Guarantor: return 1;
    case Role::Investee: case Role::Supplier: case Role::Target: case Role::Licensor: case Role::Beneficiary: return -1;
    case Role::Partner: return 0;
  }
  return 0;
}

// The ranges of the role properties in ontology/dealgraph.ttl: organisations or people for
// investor, investee, partner and beneficiary; organisations only for the others.
bool role_accepts(Role role, EntityKind kind) {
  if (kind == EntityKind::Organization) return true;
  if (kind != EntityKind::Person) return false;
  return role == Role::Investor || role == Role::Investee || role == Role::Partner || role == Role::Beneficiary;
}

// "Investment Nvidia -> OpenAI", "Partnership SoftBank Group, OpenAI, Oracle".
std::string describe_deal(const KnowledgeGraph& graph, const DealNode& deal) {
  std::string out = to_string(deal.type);
  std::vector<std::string> payers, receivers, others;
  for (const auto& [role, party] : deal.parties) {
    const int side = side_of(role);
    (side > 0 ? payers : side < 0 ? receivers : others).push_back(label_of(graph, party));
  }
  auto join = [](const std::vector<std::string>& names) {
    std::string s;
    for (const std::string& n : names) s += (s.empty() ? "" : ", ") + n;
    return s;
  };
  if (!payers.empty() || !receivers.empty()) out += " " + join(payers) + " -> " + join(receivers);
  if (!others.empty()) out += " " + join(others);
  return out;
}

bool evidence_less(const Evidence& a, const Evidence& b) {
  return std::tie(a.source_id, a.cp_begin, a.cp_end) < std::tie(b.source_id, b.cp_begin, b.cp_end);
}

void add_evidence(Finding& finding, const Evidence& evidence) {
  for (const Evidence& e : finding.evidence)
    if (e.source_id == evidence.source_id && e.cp_begin == evidence.cp_begin && e.cp_end == evidence.cp_end) return;
  finding.evidence.push_back(evidence);
}

void sort_evidence(Finding& finding) { std::stable_sort(finding.evidence.begin(), finding.evidence.end(), evidence_less); }

// The extreme of one end of the intervals, and the extreme among the other sources than the
// first's: what an amount of any source is compared with.
struct ExtremeBySource {
  std::optional<std::pair<double, const std::string*>> best, best_elsewhere;

  template <class Better>
  void add(double value, const std::string& source, Better better) {
    if (!best || better(value, best->first)) {
      if (best && *best->second != source) best_elsewhere = best;  // else the old one is still the other sources' best
      best = std::make_pair(value, &source);
    } else if (*best->second != source && (!best_elsewhere || better(value, best_elsewhere->first))) {
      best_elsewhere = std::make_pair(value, &source);
    }
  }
  // The extreme among the amounts of other sources than `source`, if any.
  std::optional<double> other_than(const std::string& source) const {
    if (best && *best->second != source) return best->first;
    if (best_elsewhere) return best_elsewhere->first;
    return std::nullopt;
  }
};

// Which amounts disagree with an amount of another source (amounts of one source are tranches
// or totals). Two intervals disagree when some low end exceeds some high end by more than the
// tolerance, so comparing each amount with the highest low end and the lowest high end of the
// other sources finds the same as comparing every pair, in linear time.
std::vector<bool> disputed_amounts(const std::vector<const ReportedAmount*>& amounts) {
  std::vector<std::pair<double, double>> ranges;
  ranges.reserve(amounts.size());
  for (const ReportedAmount* reported : amounts) ranges.push_back(*interval(reported->amount));
  auto inconsistent = [](std::pair<double, double> r) { return !agree(r, r); };  // negative or reversed
  ExtremeBySource highest_low, lowest_high, any_inconsistent, any;
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    const std::string& source = amounts[i]->evidence.source_id;
    highest_low.add(ranges[i].first, source, std::greater<double>());
    lowest_high.add(ranges[i].second, source, std::less<double>());
    any.add(0, source, std::less<double>());
    if (inconsistent(ranges[i])) any_inconsistent.add(0, source, std::less<double>());
  }
  std::vector<bool> disputed(amounts.size(), false);
  for (std::size_t i = 0; i < amounts.size(); ++i) {
    const std::string& source = amounts[i]->evidence.source_id;
    if (!any.other_than(source)) continue;
    const double low = ranges[i].first, high = ranges[i].second;
    const auto other_low = highest_low.other_than(source), other_high = lowest_high.other_than(source);
    disputed[i] = inconsistent(ranges[i]) || any_inconsistent.other_than(source) ||
                  !agree({low, high}, {*other_low, high}) || !agree({low, high}, {low, *other_high});
  }
  return disputed;
}

// 1. Sources that disagree on one deal's amount: one finding per deal and currency, with every
// amount that disagrees with another source's and its quote.
void check_amounts(const KnowledgeGraph& graph, std::vector<Finding>& findings) {
  for (const auto& [iri, deal] : graph.deals()) {
    std::map<std::string, std::vector<const ReportedAmount*>> by_currency;
    for (const ReportedAmount& reported : deal.amounts)
      if (interval(reported.amount)) by_currency[reported.amount.currency].push_back(&reported);
    for (const auto& [currency, amounts] : by_currency) {
      const std::vector<bool> disputed = disputed_amounts(amounts);
      if (std::find(disputed.begin(), disputed.end(), true) == disputed.end()) continue;
      Finding finding;
      finding.kind = "conflicting-amounts";
      finding.severity = "error";
      finding.message = describe_deal(graph, deal) + ": sources disagree on the amount by more than " +
                        std::to_string(static_cast<int>(kAmountTolerance * 100)) + "%:";
      bool first = true;
      for (std::size_t i = 0; i < amounts.size(); ++i) {
        if (!disputed[i]) continue;
        finding.message += std::string(first ? " " : " against ") + "\"" + amounts[i]->amount.as_written + "\" (" +
                           in_words(amounts[i]->amount) + ") in " + amounts[i]->evidence.source_id;
        first = false;
        add_evidence(finding, amounts[i]->evidence);
      }
      sort_evidence(finding);
      finding.involves.push_back(iri);
      for (const auto& [role, party] : deal.parties) finding.involves.push_back(party);
      findings.push_back(std::move(finding));
    }
  }
}

// 2. Domain and range against the ontology, and references to entities the graph lacks.
void check_domains(const KnowledgeGraph& graph, std::vector<Finding>& findings) {
  const auto& entities = graph.entities();
  auto dangling = [&](const std::string& owner, const std::string& what, const std::string& iri,
                      const std::vector<Evidence>& evidence) {
    Finding finding;
    finding.kind = "dangling-reference";
    finding.severity = "error";
    finding.message = what + " <" + iri + "> is not an entity of the graph";
    finding.involves = {owner, iri};
    finding.evidence = evidence;
    findings.push_back(std::move(finding));
  };
  auto violation = [&](const std::string& owner, const std::string& iri, std::string message,
                       const std::vector<Evidence>& evidence) {
    Finding finding;
    finding.kind = "domain-violation";
    finding.severity = "error";
    finding.message = std::move(message);
    finding.involves = {owner, iri};
    finding.evidence = evidence;
    findings.push_back(std::move(finding));
  };
  for (const auto& [iri, deal] : graph.deals()) {
    for (const auto& [role, party] : deal.parties) {
      auto it = entities.find(party);
      if (it == entities.end()) {
        dangling(iri, std::string("the ") + to_string(role) + " of a " + to_string(deal.type), party, deal.evidence);
        continue;
      }
      const EntityKind kind = it->second.kind;
      if (role_accepts(role, kind)) continue;
      const bool people = role_accepts(role, EntityKind::Person);
      violation(iri, party,
                it->second.pref_label + " is a " + to_string(kind) + ", but the " + to_string(role) + " of a " +
                    to_string(deal.type) + " must be an Organization" + (people ? " or a Person" : "") +
                    " (dg:" + to_string(role) + " rdfs:range)",
                deal.evidence);
    }
    for (const std::string& chip : deal.chips) {
      auto it = entities.find(chip);
      if (it == entities.end()) {
        dangling(iri, std::string("the chip of a ") + to_string(deal.type), chip, deal.evidence);
        continue;
      }
      if (it->second.kind == EntityKind::Chip) continue;
      violation(iri, chip,
                it->second.pref_label + " is a " + to_string(it->second.kind) + ", but the chip of a " +
                    to_string(deal.type) + " must be a Chip (dg:chip rdfs:range)",
                deal.evidence);
    }
  }
  for (const auto& [iri, post] : graph.posts()) {
    auto holder = entities.find(post.holder);
    if (holder == entities.end()) dangling(iri, "the holder of a position", post.holder, post.evidence);
    else if (holder->second.kind != EntityKind::Person)
      violation(iri, post.holder,
                holder->second.pref_label + " is a " + to_string(holder->second.kind) + ", but the holder of a " +
                    (post.title.empty() ? "position" : post.title + " position") +
                    " must be a Person (dg:holder rdfs:range)",
                post.evidence);
    auto organization = entities.find(post.organization);
    if (organization == entities.end())
      dangling(iri, "the organization of a position", post.organization, post.evidence);
    else if (organization->second.kind != EntityKind::Organization)
      violation(iri, post.organization,
                organization->second.pref_label + " is a " + to_string(organization->second.kind) +
                    ", but a position must be held at an Organization (dg:organization rdfs:range)",
                post.evidence);
  }
}

// 3. A party on both sides of one deal (investor and investee, customer and supplier, ...).
void check_self_deals(const KnowledgeGraph& graph, std::vector<Finding>& findings) {
  for (const auto& [iri, deal] : graph.deals()) {
    std::map<std::string, std::set<int>> sides;
    std::map<std::string, std::vector<Role>> roles;
    for (const auto& [role, party] : deal.parties) {
      sides[party].insert(side_of(role));
      roles[party].push_back(role);
    }
    for (const auto& [party, on] : sides) {
      if (!on.count(1) || !on.count(-1)) continue;
      Finding finding;
      finding.kind = "self-deal";
      finding.severity = "error";
      std::string as;
      for (Role role : roles[party]) as += (as.empty() ? "" : " and ") + std::string(to_string(role));
      finding.message = label_of(graph, party) + " is on both sides of a " + to_string(deal.type) + " (" + as + ")";
      finding.involves = {iri, party};
      finding.evidence = deal.evidence;
      findings.push_back(std::move(finding));
    }
  }
}

// 4. Circular financing: loops in the money flow between entities (payer -> receiver, one edge
// per pair carrying every deal that makes it). Strong components find the entities caught in
// loops; Hawick's circuit enumeration lists each elementary loop with its deals.
void check_circular_financing(const KnowledgeGraph& graph, std::vector<Finding>& findings) {
  using FlowGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
  std::vector<std::string> entity_iris;
  std::map<std::string, std::size_t> index;
  for (const auto& [iri, entity] : graph.entities()) {
    index.emplace(iri, entity_iris.size());
    entity_iris.push_back(iri);
  }
  std::map<std::pair<std::size_t, std::size_t>, std::vector<std::string>> deals_on_edge;
  for (const auto& [iri, deal] : graph.deals()) {
    auto direction = money_direction(deal.type);
    if (!direction) continue;
    for (const auto& [r1, from] : deal.parties) {
      if (r1 != direction->first || !index.count(from)) continue;
      for (const auto& [r2, to] : deal.parties)
        if (r2 == direction->second && from != to && index.count(to))  // self-deals are check 3's
          deals_on_edge[{index.at(from), index.at(to)}].push_back(iri);
    }
  }
  FlowGraph flow(entity_iris.size());
  for (const auto& [edge, deals] : deals_on_edge) boost::add_edge(edge.first, edge.second, flow);
  std::vector<std::size_t> component(entity_iris.size());
  const std::size_t count = boost::strong_components(
      flow, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, flow)));
  std::vector<std::vector<std::size_t>> members(count);
  for (std::size_t v = 0; v < component.size(); ++v) members[component[v]].push_back(v);

  struct LoopsFull {};
  std::vector<Finding> loops;
  for (const auto& group : members) {
    if (group.size() < 2) continue;
    // The component alone, as its own small graph (local vertex i = group[i], in IRI order).
    FlowGraph sub(group.size());
    std::map<std::size_t, std::size_t> local;
    for (std::size_t i = 0; i < group.size(); ++i) local[group[i]] = i;
    for (const auto& [edge, deals] : deals_on_edge)
      if (local.count(edge.first) && local.count(edge.second))
        boost::add_edge(local[edge.first], local[edge.second], sub);
    std::vector<std::vector<std::size_t>> cycles;
    struct Collector {
      std::vector<std::vector<std::size_t>>* cycles;
      void cycle(const std::vector<std::size_t>& path, const FlowGraph&) const {
        if (path.size() < 2) return;
        if (cycles->size() >= kMaxLoopsPerComponent + 1) throw LoopsFull{};
        cycles->push_back(path);
      }
    };
    try {
      boost::hawick_unique_circuits(sub, Collector{&cycles});
    } catch (const LoopsFull&) {
    }
    const bool more = cycles.size() > kMaxLoopsPerComponent;
    if (more) cycles.resize(kMaxLoopsPerComponent);
    std::sort(cycles.begin(), cycles.end(),
              [](const auto& a, const auto& b) { return a.size() != b.size() ? a.size() < b.size() : a < b; });
    for (const auto& cycle : cycles) {
      Finding finding;
      finding.kind = "circular-financing";
      finding.severity = "warning";
      std::string loop = label_of(graph, entity_iris[group[cycle.front()]]);
      std::vector<std::string> deal_iris;
      for (std::size_t i = 0; i < cycle.size(); ++i) {
        const std::size_t from = group[cycle[i]], to = group[cycle[(i + 1) % cycle.size()]];
        finding.involves.push_back(entity_iris[from]);
        const auto& deals = deals_on_edge.at({from, to});
        std::string types;
        for (const std::string& d : deals) {
          types += (types.empty() ? "" : ", ") + std::string(to_string(graph.deals().at(d).type));
          deal_iris.push_back(d);
        }
        loop += " -(" + types + ")-> " + label_of(graph, entity_iris[to]);
      }
      finding.message = "money flows in a loop: " + loop;
      if (more && &cycle == &cycles.back())
        finding.message += " (these " + std::to_string(group.size()) + " entities form more loops than the " +
                           std::to_string(kMaxLoopsPerComponent) + " listed)";
      // One quote per deal keeps long loops readable; the deal IRIs lead to the rest.
      for (const std::string& d : deal_iris) {
        finding.involves.push_back(d);
        const DealNode& deal = graph.deals().at(d);
        if (!deal.evidence.empty()) add_evidence(finding, deal.evidence.front());
      }
      sort_evidence(finding);
      loops.push_back(std::move(finding));
    }
  }
  std::stable_sort(loops.begin(), loops.end(), [](const Finding& a, const Finding& b) { return a.involves < b.involves; });
  findings.insert(findings.end(), std::make_move_iterator(loops.begin()), std::make_move_iterator(loops.end()));
}

// 5. Suspected duplicates: entities of one kind that share a normalised label or alias (or
// two entities of any kind with the same preferred label), grouped transitively.
void check_duplicates(const KnowledgeGraph& graph, std::vector<Finding>& findings) {
  std::vector<const EntityNode*> nodes;
  for (const auto& [iri, entity] : graph.entities()) nodes.push_back(&entity);
  std::vector<std::size_t> parent(nodes.size());
  std::iota(parent.begin(), parent.end(), 0);
  std::function<std::size_t(std::size_t)> root = [&](std::size_t x) {
    return parent[x] == x ? x : parent[x] = root(parent[x]);
  };
  // (kind or "any" for preferred labels, folded label) -> entities
  std::map<std::pair<int, std::string>, std::vector<std::size_t>> by_label;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    std::set<std::string> folded{fold(nodes[i]->pref_label)};
    by_label[{-1, *folded.begin()}].push_back(i);
    for (const LexiconLabel& label : nodes[i]->labels) folded.insert(fold(label.text));
    for (const std::string& f : folded)
      if (!f.empty()) by_label[{static_cast<int>(nodes[i]->kind), f}].push_back(i);
  }
  for (const auto& [key, members] : by_label) {
    for (std::size_t k = 1; k < members.size(); ++k) {
      if (members[k] == members[0]) continue;
      parent[root(members[k])] = root(members[0]);
    }
  }
  std::map<std::size_t, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < nodes.size(); ++i) groups[root(i)].push_back(i);
  // The labels each group shares, for the message.
  std::map<std::size_t, std::set<std::string>> labels_of_group;
  for (const auto& [key, members] : by_label) {
    std::set<std::size_t> distinct(members.begin(), members.end());
    if (distinct.size() > 1) labels_of_group[root(members[0])].insert(key.second);
  }
  for (const auto& [r, members] : groups) {
    if (members.size() < 2) continue;
    Finding finding;
    finding.kind = "duplicate-entity";
    finding.severity = "warning";
    std::string names, labels;
    for (std::size_t i : members) {
      finding.involves.push_back(nodes[i]->iri);
      names += (names.empty() ? "" : ", ") + nodes[i]->pref_label + " (" + to_string(nodes[i]->kind) + ")";
    }
    for (const std::string& l : labels_of_group[r]) labels += (labels.empty() ? "\"" : ", \"") + l + "\"";
    finding.message = std::to_string(members.size()) + " entities share the name " + labels +
                      " and may be one: " + names;
    findings.push_back(std::move(finding));
  }
}

// 6. Orphans (entities nothing mentions or uses) and deals or positions without evidence.
void check_orphans(const KnowledgeGraph& graph, std::vector<Finding>& findings) {
  std::set<std::string> used;
  for (const auto& [iri, deal] : graph.deals()) {
    for (const auto& [role, party] : deal.parties) used.insert(party);
    used.insert(deal.chips.begin(), deal.chips.end());
  }
  for (const auto& [iri, post] : graph.posts()) {
    used.insert(post.holder);
    used.insert(post.organization);
  }
  for (const auto& [iri, entity] : graph.entities()) {
    if (!entity.mentioned_in.empty() || used.count(iri)) continue;
    Finding finding;
    finding.kind = "orphan";
    finding.severity = "warning";
    finding.message = entity.pref_label + " (" + to_string(entity.kind) +
                      ") is mentioned by no article and takes part in no deal or position";
    finding.involves = {iri};
    findings.push_back(std::move(finding));
  }
  auto unsupported = [&](const std::string& iri, const std::string& what) {
    Finding finding;
    finding.kind = "missing-evidence";
    finding.severity = "warning";
    finding.message = what + " has no dg:evidence quote";
    finding.involves = {iri};
    findings.push_back(std::move(finding));
  };
  for (const auto& [iri, deal] : graph.deals())
    if (deal.evidence.empty()) unsupported(iri, describe_deal(graph, deal));
  for (const auto& [iri, post] : graph.posts())
    if (post.evidence.empty())
      unsupported(iri, label_of(graph, post.holder) + "'s " + post.title + " position at " +
                           label_of(graph, post.organization));
}

}  // namespace

std::vector<Finding> check_graph(const KnowledgeGraph& graph, const CheckRules& rules) {
  std::vector<Finding> findings;
  check_amounts(graph, findings);
  checks::check_unit_slips(graph, rules, findings);  // after check_amounts: takes out the conflicts it explains
  check_domains(graph, findings);
  check_self_deals(graph, findings);
  check_circular_financing(graph, findings);
  check_duplicates(graph, findings);
  check_orphans(graph, findings);
  checks::check_stakes_over_whole(graph, findings);
  checks::check_completed_before_announced(graph, findings);
  checks::check_exclusive_posts(graph, rules, findings);
  check_denied_deals(graph, findings);
  return findings;
}

nlohmann::json finding_to_json(const Finding& finding) {
  nlohmann::json evidence = nlohmann::json::array();
  for (const Evidence& e : finding.evidence)
    evidence.push_back({{"source", e.source_id}, {"quote", e.quote}, {"start", e.cp_begin}, {"end", e.cp_end}});
  return {{"kind", finding.kind}, {"severity", finding.severity}, {"message", finding.message},
          {"involves", finding.involves}, {"evidence", evidence}};
}

}  // namespace dealgraph
