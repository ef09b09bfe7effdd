// GraphML for Gephi: deals are nodes (so deals of three parties survive), keys are declared
// with types, and node colour (r, g, b), size, label and type use the attribute names that
// Gephi's GraphML importer maps onto its own node properties.
#include <cmath>
#include <cstdio>
#include <map>
#include <string>

#include "dealgraph/export.hpp"
#include "util/utf8.hpp"

namespace dealgraph {
namespace {

// Text safe inside XML 1.0 attributes and elements; characters XML forbids are dropped.
std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t at = pos;
    const char32_t cp = util::decode_utf8(text, pos);
    const bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    if (!allowed) continue;
    switch (cp) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out.append(text.substr(at, pos - at));
    }
  }
  return out;
}

struct Colour { int r, g, b; };

Colour colour_of(const std::string& type) {
  static const std::map<std::string, Colour> kColours = {
      {"Organization", {66, 133, 244}}, {"Person", {52, 168, 83}},     {"Chip", {251, 188, 5}},
      {"Product", {154, 160, 166}},      {"Investment", {234, 67, 53}}, {"EquityStake", {197, 34, 31}},
      {"SupplyAgreement", {255, 112, 67}}, {"CloudContract", {171, 71, 188}}, {"Partnership", {0, 172, 193}},
      {"LoanGuarantee", {121, 85, 72}}, {"Acquisition", {63, 81, 181}}, {"Licensing", {124, 179, 66}}};
  auto it = kColours.find(type);
  return it == kColours.end() ? Colour{120, 120, 120} : it->second;
}

// Money of a deal in billions of US dollars, from its first amount in USD.
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
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3f", value);
  std::string text = buffer;
  while (text.size() > 1 && text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

struct Edge {
  std::string source, target, label;
  double weight;
};

}  // namespace

GraphmlCounts graphml_counts(const KnowledgeGraph& graph) {
  const DealGraph& topology = graph.topology();
  GraphmlCounts counts;
  for (auto [v, end] = boost::vertices(topology); v != end; ++v)
    if (topology[*v].kind != VertexKind::Position) ++counts.nodes;
  counts.edges = boost::num_edges(topology) - 2 * graph.positions().size() + graph.positions().size();
  return counts;
}

void write_graphml(const KnowledgeGraph& graph, const std::string& path) {
  std::string out;
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  const char* keys[][4] = {
      {"label", "node", "label", "string"},   {"type", "node", "type", "string"},
      {"iri", "node", "iri", "string"},       {"r", "node", "r", "int"},
      {"g", "node", "g", "int"},              {"b", "node", "b", "int"},
      {"size", "node", "size", "float"},      {"usd_billions", "node", "usd_billions", "double"},
      {"articles", "node", "articles", "int"}, {"status", "node", "status", "string"},
      {"elabel", "edge", "label", "string"},  {"weight", "edge", "weight", "double"}};
  for (const auto& key : keys)
    out += std::string("  <key id=\"") + key[0] + "\" for=\"" + key[1] + "\" attr.name=\"" + key[2] +
           "\" attr.type=\"" + key[3] + "\"/>\n";
  out += "  <graph id=\"dealgraph\" edgedefault=\"directed\">\n";

  const DealGraph& topology = graph.topology();
  std::map<std::string, std::size_t> degree;
  for (auto [e, end] = boost::edges(topology); e != end; ++e) {
    ++degree[topology[boost::source(*e, topology)].iri];
    ++degree[topology[boost::target(*e, topology)].iri];
  }
  auto node = [&](const std::string& iri, const std::string& label, const std::string& type, double size,
                  double money, std::size_t articles, const std::string& status) {
    const Colour colour = colour_of(type);
    out += "    <node id=\"" + xml_escape(iri) + "\">\n";
    out += "      <data key=\"label\">" + xml_escape(label) + "</data>\n";
    out += "      <data key=\"type\">" + type + "</data>\n";
    out += "      <data key=\"iri\">" + xml_escape(iri) + "</data>\n";
    out += "      <data key=\"r\">" + std::to_string(colour.r) + "</data>\n";
    out += "      <data key=\"g\">" + std::to_string(colour.g) + "</data>\n";
    out += "      <data key=\"b\">" + std::to_string(colour.b) + "</data>\n";
    out += "      <data key=\"size\">" + number(size) + "</data>\n";
    if (money > 0) out += "      <data key=\"usd_billions\">" + number(money) + "</data>\n";
    out += "      <data key=\"articles\">" + std::to_string(articles) + "</data>\n";
    if (!status.empty()) out += "      <data key=\"status\">" + xml_escape(status) + "</data>\n";
    out += "    </node>\n";
  };
  for (const auto& [iri, entity] : graph.entities())
    node(iri, entity.pref_label, to_string(entity.kind), 10.0 + 4.0 * std::sqrt(double(degree[iri])), 0,
         entity.mentioned_in.size(), "");
  for (const auto& [iri, deal] : graph.deals()) {
    const double money = usd_billions(deal);
    std::string label = to_string(deal.type);
    if (money > 0) label += " $" + number(money) + "B";
    std::set<std::string> sources;
    for (const Evidence& evidence : deal.evidence) sources.insert(evidence.source_id);
    std::string status;
    for (const std::string& s : deal.statuses) status += (status.empty() ? "" : ",") + s;
    node(iri, label, to_string(deal.type), 6.0 + 3.0 * std::log1p(money), money, sources.size(), status);
  }

  // Edges: the deal topology, with posts drawn as person -> organisation.
  std::vector<Edge> edges;
  for (const auto& [iri, deal] : graph.deals()) {
    const double weight = std::max(usd_billions(deal), 1.0);
    auto d = graph.vertex(iri);
    if (!d) continue;
    for (auto [e, end] = boost::out_edges(*d, topology); e != end; ++e)
      edges.push_back({iri, topology[boost::target(*e, topology)].iri, topology[*e].label, weight});
    for (auto [e, end] = boost::in_edges(*d, topology); e != end; ++e)
      edges.push_back({topology[boost::source(*e, topology)].iri, iri, topology[*e].label, weight});
  }
  for (const auto& [iri, position] : graph.positions())
    edges.push_back({position.holder, position.organization, position.title, 1.0});
  std::sort(edges.begin(), edges.end(), [](const Edge& a, const Edge& b) {
    return std::tie(a.source, a.target, a.label) < std::tie(b.source, b.target, b.label);
  });
  std::size_t index = 0;
  for (const Edge& edge : edges) {
    out += "    <edge id=\"e" + std::to_string(index++) + "\" source=\"" + xml_escape(edge.source) + "\" target=\"" +
           xml_escape(edge.target) + "\">\n";
    out += "      <data key=\"elabel\">" + xml_escape(edge.label) + "</data>\n";
    out += "      <data key=\"weight\">" + number(edge.weight) + "</data>\n";
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  write_file_atomically(path, out);
}

nlohmann::json finding_to_json(const Finding& finding) {
  nlohmann::json evidence = nlohmann::json::array();
  for (const Evidence& e : finding.evidence)
    evidence.push_back({{"source", e.source_id}, {"quote", e.quote}, {"start", e.cp_begin}, {"end", e.cp_end}});
  return {{"kind", finding.kind}, {"severity", finding.severity}, {"message", finding.message},
          {"involves", finding.involves}, {"evidence", evidence}};
}

}  // namespace dealgraph
