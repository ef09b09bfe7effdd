#include "export/graph_view.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

namespace dealgraph::view {
namespace {

Colour colour_of(const std::string& type) {
  static const std::map<std::string, Colour> kColours = {
      {"Organization", {66, 133, 244}},   {"Person", {52, 168, 83}},          {"Chip", {251, 188, 5}},
      {"Product", {154, 160, 166}},       {"Investment", {234, 67, 53}},      {"EquityStake", {197, 34, 31}},
      {"SupplyAgreement", {255, 112, 67}}, {"CloudContract", {171, 71, 188}}, {"Partnership", {0, 172, 193}},
      {"LoanGuarantee", {121, 85, 72}},   {"Acquisition", {63, 81, 181}},     {"Licensing", {124, 179, 66}}};
  auto it = kColours.find(type);
  return it == kColours.end() ? Colour{} : it->second;
}

std::string escaped(std::string_view text, bool slash_as_colon) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.') {
      out.push_back(static_cast<char>(c));
    } else if (c == '/' && slash_as_colon) {
      out.push_back(':');
    } else {
      out.push_back('_');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

}  // namespace

std::string node_id(const std::string& iri, const std::string& base) {
  if (!base.empty() && iri.size() > base.size() && iri.compare(0, base.size(), base) == 0)
    return escaped(std::string_view(iri).substr(base.size()), true);
  return "_" + escaped(iri, false);
}

double usd_billions(const DealNode& deal) {
  for (const ReportedAmount& reported : deal.amounts) {
    if (reported.amount.currency != "USD") continue;
    if (reported.amount.value) return reported.amount.value->to_double() / 1e9;
    if (reported.amount.min && reported.amount.max)
      return (reported.amount.min->to_double() + reported.amount.max->to_double()) / 2e9;
  }
  return 0.0;
}

std::string number(double value) {
  if (!std::isfinite(value)) value = 0;
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  std::string text = buffer;
  while (text.size() > 1 && text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  if (text == "-0") text = "0";
  return text;
}

Picture picture_of(const KnowledgeGraph& graph) {
  Picture picture;
  const DealGraph& topology = graph.topology();

  for (const auto& [iri, deal] : graph.deals()) {
    const double money = usd_billions(deal);
    const std::string type = to_string(deal.type);
    const double weight = std::max(money, 1.0);
    auto d = graph.vertex(iri);
    if (!d) continue;
    for (auto [e, end] = boost::out_edges(*d, topology); e != end; ++e)
      picture.edges.push_back({iri, topology[boost::target(*e, topology)].iri, topology[*e].label, type, weight,
                               colour_of(type)});
    for (auto [e, end] = boost::in_edges(*d, topology); e != end; ++e)
      picture.edges.push_back({topology[boost::source(*e, topology)].iri, iri, topology[*e].label, type, weight,
                               colour_of(type)});
  }
  for (const auto& [iri, post] : graph.posts())
    picture.edges.push_back({post.holder, post.organization, post.title, "", 1.0, colour_of("Person")});
  // An edge to something that is not drawn (a party the graph does not hold) would make
  // readers invent a node: leave it out.
  auto drawn = [&](const std::string& iri) { return graph.entities().count(iri) || graph.deals().count(iri); };
  std::erase_if(picture.edges, [&](const Edge& e) { return !drawn(e.source) || !drawn(e.target); });
  std::sort(picture.edges.begin(), picture.edges.end(), [](const Edge& a, const Edge& b) {
    return std::tie(a.source, a.target, a.label) < std::tie(b.source, b.target, b.label);
  });

  std::map<std::string, std::size_t> degree;
  for (const Edge& edge : picture.edges) {
    ++degree[edge.source];
    ++degree[edge.target];
  }
  std::map<std::string, double> money_of;  // an entity's total over the deals it is a party of
  for (const auto& [iri, deal] : graph.deals()) {
    const double money = usd_billions(deal);
    std::set<std::string> parties;
    for (const auto& [role, party] : deal.parties) parties.insert(party);
    for (const std::string& party : parties) money_of[party] += money;
  }

  for (const auto& [iri, entity] : graph.entities()) {
    Node node;
    node.iri = iri;
    node.id = node_id(iri, graph.base());
    node.label = entity.pref_label;
    node.type = to_string(entity.kind);
    node.colour = colour_of(node.type);
    node.usd_billions = money_of[iri];
    node.size = 10.0 + 4.0 * std::sqrt(double(degree[iri])) + 3.0 * std::log1p(node.usd_billions);
    node.articles = entity.mentioned_in.size();
    picture.nodes.push_back(std::move(node));
  }
  for (const auto& [iri, deal] : graph.deals()) {
    Node node;
    node.iri = iri;
    node.id = node_id(iri, graph.base());
    node.is_deal = true;
    node.type = to_string(deal.type);
    node.usd_billions = usd_billions(deal);
    node.label = node.type;
    if (node.usd_billions > 0) node.label += " $" + number(node.usd_billions) + "B";
    node.colour = colour_of(node.type);
    node.size = 6.0 + 3.0 * std::log1p(node.usd_billions);
    std::set<std::string> sources;
    for (const Evidence& evidence : deal.evidence) sources.insert(evidence.source_id);
    node.articles = sources.size();
    for (const std::string& s : deal.statuses) node.status += (node.status.empty() ? "" : ",") + s;
    picture.nodes.push_back(std::move(node));
  }
  for (Edge& edge : picture.edges) {
    edge.source = node_id(edge.source, graph.base());
    edge.target = node_id(edge.target, graph.base());
  }
  return picture;
}

}  // namespace dealgraph::view
