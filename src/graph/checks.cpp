#include <boost/graph/strong_components.hpp>

#include <algorithm>
#include <cmath>
#include <map>

#include "dealgraph/graph.hpp"

namespace dealgraph {
namespace {

// Reported amounts differing by more than this relative margin disagree.
constexpr double kAmountTolerance = 0.25;

std::optional<std::pair<double, double>> bounds(const Amount& amount) {
  if (amount.value) return std::make_pair(amount.value->to_double(), amount.value->to_double());
  if (amount.min && amount.max) return std::make_pair(amount.min->to_double(), amount.max->to_double());
  if (amount.min) return std::make_pair(amount.min->to_double(), amount.min->to_double());
  if (amount.max) return std::make_pair(amount.max->to_double(), amount.max->to_double());
  return std::nullopt;
}

bool disagree(const Amount& a, const Amount& b) {
  if (a.currency != b.currency || a.currency.empty()) return false;
  auto x = bounds(a), y = bounds(b);
  if (!x || !y) return false;
  if (a.approximate || b.approximate) return false;
  // Ranges that overlap (with the tolerance) agree.
  const double low = std::max(x->first, y->first), high = std::min(x->second, y->second);
  if (low <= high * (1 + kAmountTolerance)) return false;
  return true;
}

std::string label_of(const KnowledgeGraph& graph, const std::string& iri) {
  auto it = graph.entities().find(iri);
  return it == graph.entities().end() ? iri : it->second.pref_label;
}

// Money flows from the first role to the second.
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

}  // namespace

std::vector<Finding> check_graph(const KnowledgeGraph& graph) {
  std::vector<Finding> findings;
  for (const auto& [iri, deal] : graph.deals()) {
    // 1. Conflicting amounts across sources.
    for (std::size_t i = 0; i < deal.amounts.size(); ++i) {
      for (std::size_t j = i + 1; j < deal.amounts.size(); ++j) {
        const ReportedAmount& a = deal.amounts[i];
        const ReportedAmount& b = deal.amounts[j];
        if (a.evidence.source_id == b.evidence.source_id || !disagree(a.amount, b.amount)) continue;
        Finding finding;
        finding.kind = "conflicting-amounts";
        finding.severity = "error";
        finding.message = std::string(to_string(deal.type)) + " " + label_of(graph, deal.parties.front().second) +
                          " / " + label_of(graph, deal.parties.back().second) + ": \"" + a.amount.as_written +
                          "\" in " + a.evidence.source_id + " against \"" + b.amount.as_written + "\" in " +
                          b.evidence.source_id;
        finding.involves = {iri};
        finding.evidence = {a.evidence, b.evidence};
        findings.push_back(std::move(finding));
      }
    }
    // 2. Domain and range: parties are organisations or people; trade roles need organisations.
    for (const auto& [role, party] : deal.parties) {
      auto it = graph.entities().find(party);
      if (it == graph.entities().end()) continue;
      const EntityKind kind = it->second.kind;
      const bool person_allowed = role == Role::Investor || role == Role::Investee || role == Role::Partner ||
                                  role == Role::Acquirer || role == Role::Guarantor;
      const bool ok = kind == EntityKind::Organization || (kind == EntityKind::Person && person_allowed);
      if (ok) continue;
      Finding finding;
      finding.kind = "domain-violation";
      finding.severity = "error";
      finding.message = label_of(graph, party) + " (" + to_string(kind) + ") cannot be the " + to_string(role) +
                        " of a " + to_string(deal.type);
      finding.involves = {iri, party};
      finding.evidence = deal.evidence;
      findings.push_back(std::move(finding));
    }
    // 3. Self-deals.
    std::map<std::string, std::set<Role>> roles_of;
    for (const auto& [role, party] : deal.parties) roles_of[party].insert(role);
    for (const auto& [party, roles] : roles_of) {
      if (roles.size() < 2 || deal.type == DealType::Partnership) continue;
      Finding finding;
      finding.kind = "self-deal";
      finding.severity = "error";
      finding.message = label_of(graph, party) + " is on both sides of a " + to_string(deal.type);
      finding.involves = {iri, party};
      finding.evidence = deal.evidence;
      findings.push_back(std::move(finding));
    }
  }

  // 4. Circular financing: strong components of the entity-to-entity money flow.
  {
    using FlowGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    std::vector<std::string> entity_iris;
    std::map<std::string, std::size_t> index;
    for (const auto& [iri, entity] : graph.entities()) { index[iri] = entity_iris.size(); entity_iris.push_back(iri); }
    FlowGraph flow(entity_iris.size());
    std::map<std::pair<std::size_t, std::size_t>, std::vector<std::string>> deals_on_edge;
    for (const auto& [iri, deal] : graph.deals()) {
      auto direction = money_direction(deal.type);
      if (!direction) continue;
      for (const auto& [r1, from] : deal.parties) {
        if (r1 != direction->first) continue;
        for (const auto& [r2, to] : deal.parties) {
          if (r2 != direction->second || from == to || !index.count(from) || !index.count(to)) continue;
          auto& on_edge = deals_on_edge[{index[from], index[to]}];
          if (on_edge.empty()) boost::add_edge(index[from], index[to], flow);
          on_edge.push_back(iri);
        }
      }
    }
    std::vector<std::size_t> component(entity_iris.size());
    const std::size_t count = boost::strong_components(
        flow, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, flow)));
    std::vector<std::vector<std::size_t>> members(count);
    for (std::size_t v = 0; v < component.size(); ++v) members[component[v]].push_back(v);
    std::vector<Finding> cycles;
    for (const auto& group : members) {
      if (group.size() < 2) continue;
      Finding finding;
      finding.kind = "circular-financing";
      finding.severity = "warning";
      std::set<std::string> deal_set;
      for (const auto& [edge, deal_iris] : deals_on_edge)
        if (component[edge.first] == component[group.front()] && component[edge.second] == component[group.front()])
          deal_set.insert(deal_iris.begin(), deal_iris.end());
      std::string names;
      for (std::size_t v : group) {
        finding.involves.push_back(entity_iris[v]);
        names += (names.empty() ? "" : ", ") + label_of(graph, entity_iris[v]);
      }
      finding.message = "money flows in a loop among " + names + " through " + std::to_string(deal_set.size()) + " deals";
      for (const std::string& d : deal_set) {
        finding.involves.push_back(d);
        const DealNode& deal = graph.deals().at(d);
        if (!deal.evidence.empty()) finding.evidence.push_back(deal.evidence.front());
      }
      cycles.push_back(std::move(finding));
    }
    std::sort(cycles.begin(), cycles.end(), [](const Finding& a, const Finding& b) { return a.involves < b.involves; });
    findings.insert(findings.end(), cycles.begin(), cycles.end());
  }

  // 5. Suspected duplicates: one label, several IRIs.
  std::map<std::string, std::vector<std::string>> by_label;
  for (const auto& [iri, entity] : graph.entities()) by_label[fold(entity.pref_label)].push_back(iri);
  for (const auto& [label, iris] : by_label) {
    if (iris.size() < 2) continue;
    Finding finding;
    finding.kind = "duplicate-entity";
    finding.severity = "warning";
    finding.message = "\"" + label + "\" names " + std::to_string(iris.size()) + " entities";
    finding.involves = iris;
    findings.push_back(std::move(finding));
  }
  // Orphans: entities that no article mentions and no deal or post uses.
  std::set<std::string> used;
  for (const auto& [iri, deal] : graph.deals()) {
    for (const auto& [role, party] : deal.parties) used.insert(party);
    used.insert(deal.chips.begin(), deal.chips.end());
  }
  for (const auto& [iri, position] : graph.positions()) { used.insert(position.holder); used.insert(position.organization); }
  for (const auto& [iri, entity] : graph.entities()) {
    if (!entity.mentioned_in.empty() || used.count(iri)) continue;
    Finding finding;
    finding.kind = "orphan";
    finding.severity = "warning";
    finding.message = entity.pref_label + " is neither mentioned nor part of any deal";
    finding.involves = {iri};
    findings.push_back(std::move(finding));
  }
  return findings;
}

}  // namespace dealgraph
