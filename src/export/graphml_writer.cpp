// GraphML for Gephi, from the picture in export/graph_view.hpp. Keys are declared with
// types; the node keys label, size, r, g, b and the edge keys label, weight, r, g, b use the
// attribute names that Gephi's GraphML importer (ImporterGraphML) maps onto its own label,
// size, colour and weight; every other key becomes a column in Gephi's data laboratory
// (see docs/gephi.md). Only characters that XML 1.0 allows are written.
//
// Timeline: the keys start and end (attr.name "start", "end") carry each element's time as
// ISO dates, the names Gephi gives an element's interval (its PropertiesAssociations START and
// END; GEXF's start and end attributes): a deal and its role edges from the deal's dg:date, an
// entity from the first to the last day of its dated deals. Gephi's Data Laboratory turns the
// two columns into the elements' intervals (Merge columns -> Create time interval).
#include <cerrno>
#include <charconv>
#include <cstring>
#include <map>
#include <optional>

#include "dealgraph/export.hpp"
#include "util/atomic_file.hpp"
#include "export/graph_view.hpp"
#include "export/rdf_statements.hpp"
#include "util/utf8.hpp"

namespace dealgraph {
namespace {

// Text safe inside XML 1.0 elements and attributes: characters XML forbids are dropped, and
// those an XML parser would normalise away (CR everywhere; tab and newline in attributes)
// are written as character references so that they read back as written.
std::string xml_escape(std::string_view raw, bool attribute) {
  const std::string text = rdfout::safe_text(raw);
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
      case '\r': out += "&#13;"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      default: out.append(text.substr(at, pos - at));
    }
  }
  return out;
}

std::string text(std::string_view raw) { return xml_escape(raw, false); }
std::string attribute(std::string_view raw) { return xml_escape(raw, true); }

// The first and last day an element exists on the timeline, as yyyy-mm-dd (which sort as dates).
struct Span {
  std::string start, end;
  void widen(const Span& other) {
    if (start.empty() || other.start < start) start = other.start;
    if (end.empty() || other.end > end) end = other.end;
  }
};

std::optional<int> digits(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

// The days a stated date covers: 2025 the whole year, 2025-06 the month, 2025-06-30 the day;
// nothing for a text that is no such date.
std::optional<Span> span_of_date(std::string_view date) {
  if (date.size() != 4 && date.size() != 7 && date.size() != 10) return std::nullopt;
  const auto year = digits(date.substr(0, 4));
  if (!year || *year < 1) return std::nullopt;
  if (date.size() == 4) return Span{std::string(date) + "-01-01", std::string(date) + "-12-31"};
  const auto month = date[4] == '-' ? digits(date.substr(5, 2)) : std::nullopt;
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  const int last = days_in_month(*year, *month);
  if (date.size() == 7) return Span{std::string(date) + "-01", std::string(date) + "-" + std::to_string(last)};
  const auto day = date[7] == '-' ? digits(date.substr(8, 2)) : std::nullopt;
  if (!day || *day < 1 || *day > last) return std::nullopt;
  return Span{std::string(date), std::string(date)};
}

// The spans of the drawn deals and entities, by node id: a deal's from its dates, an entity's
// over the dated deals it is drawn next to. Undated deals and entities without a dated deal have none.
struct Timeline {
  std::map<std::string, Span> deals, entities;

  const Span* node(const std::string& id) const {
    for (const auto* spans : {&deals, &entities})
      if (const auto found = spans->find(id); found != spans->end()) return &found->second;
    return nullptr;
  }
  // A deal's edge (a role, its chip) lives as long as its deal; a post's edge has no date.
  const Span* edge(const view::Edge& edge) const {
    for (const std::string* end : {&edge.source, &edge.target})
      if (const auto found = deals.find(*end); found != deals.end()) return &found->second;
    return nullptr;
  }
};

Timeline timeline_of(const KnowledgeGraph& graph, const view::Picture& picture) {
  Timeline timeline;
  for (const view::Node& node : picture.nodes) {
    if (!node.is_deal) continue;
    const auto deal = graph.deals().find(node.iri);
    if (deal == graph.deals().end()) continue;
    for (const std::string& date : deal->second.dates)
      if (const auto span = span_of_date(date)) timeline.deals[node.id].widen(*span);
  }
  for (const view::Edge& edge : picture.edges)
    for (const auto& [deal, party] : {std::pair(edge.source, edge.target), std::pair(edge.target, edge.source)})
      if (const auto span = timeline.deals.find(deal); span != timeline.deals.end() && !timeline.deals.count(party))
        timeline.entities[party].widen(span->second);
  return timeline;
}

}  // namespace

// The nodes and edges view::picture_of draws, counted without drawing them: the report
// needs the counts whether or not GraphML is written.
GraphmlCounts graphml_counts(const KnowledgeGraph& graph) {
  const DealGraph& topology = graph.topology();
  auto drawn = [&](const std::string& iri) { return graph.entities().count(iri) || graph.deals().count(iri); };
  std::size_t edges = 0;
  for (const auto& [iri, deal] : graph.deals()) {
    const auto d = graph.vertex(iri);
    if (!d) continue;
    for (auto [e, end] = boost::out_edges(*d, topology); e != end; ++e)
      edges += drawn(topology[boost::target(*e, topology)].iri);
    for (auto [e, end] = boost::in_edges(*d, topology); e != end; ++e)
      edges += drawn(topology[boost::source(*e, topology)].iri);
  }
  for (const auto& [iri, post] : graph.posts())
    edges += drawn(post.holder) && drawn(post.organization);
  return {graph.entities().size() + graph.deals().size(), edges};
}

void write_graphml(const KnowledgeGraph& graph, const std::string& path, OutputSlice slice) {
  const view::Picture picture = view::picture_of(graph);
  // A slice holds a run of the nodes and a run of the edges, each cut by count.
  const auto [first_node, end_node] = slice.range(std::vector<std::size_t>(picture.nodes.size(), 1));
  const auto [first_edge, end_edge] = slice.range(std::vector<std::size_t>(picture.edges.size(), 1));
  // Written in blocks as it is made: the whole file would be as large as the graph.
  AtomicFile file(path);
  std::string out;
  auto flush = [&] {
    if (std::fwrite(out.data(), 1, out.size(), file.get()) != out.size())
      throw ExportError(path + ": write failed: " + std::strerror(errno));
    out.clear();
  };
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  // id, for, attr.name, attr.type. Gephi looks a key up by id first, then by attr.name.
  const char* keys[][4] = {
      {"label", "node", "label", "string"},       {"type", "node", "type", "string"},
      {"iri", "node", "iri", "string"},           {"r", "node", "r", "int"},
      {"g", "node", "g", "int"},                  {"b", "node", "b", "int"},
      {"size", "node", "size", "float"},          {"usd_billions", "node", "usd_billions", "double"},
      {"articles", "node", "articles", "int"},    {"status", "node", "status", "string"},
      {"elabel", "edge", "label", "string"},      {"weight", "edge", "weight", "double"},
      {"deal_type", "edge", "deal_type", "string"}, {"er", "edge", "r", "int"},
      {"eg", "edge", "g", "int"},                 {"eb", "edge", "b", "int"},
      {"start", "node", "start", "string"},       {"end", "node", "end", "string"},
      {"estart", "edge", "start", "string"},      {"eend", "edge", "end", "string"}};
  for (const auto& key : keys)
    out += std::string("  <key id=\"") + key[0] + "\" for=\"" + key[1] + "\" attr.name=\"" + key[2] +
           "\" attr.type=\"" + key[3] + "\"/>\n";
  out += "  <graph id=\"dealgraph\" edgedefault=\"directed\">\n";

  auto data = [&](const char* key, const std::string& value) {
    out += std::string("      <data key=\"") + key + "\">" + value + "</data>\n";
  };
  const Timeline timeline = timeline_of(graph, picture);
  auto lifetime = [&](const Span* span, const char* start_key, const char* end_key) {
    if (!span) return;
    data(start_key, span->start);
    data(end_key, span->end);
  };
  for (std::size_t n = first_node; n < end_node; ++n) {
    const view::Node& node = picture.nodes[n];
    out += "    <node id=\"" + attribute(node.id) + "\">\n";
    data("label", text(node.label));
    data("type", text(node.type));
    data("iri", text(node.iri));
    data("r", std::to_string(node.colour.r));
    data("g", std::to_string(node.colour.g));
    data("b", std::to_string(node.colour.b));
    data("size", view::number(node.size));
    if (node.usd_billions > 0) data("usd_billions", view::number(node.usd_billions));
    data("articles", std::to_string(node.articles));
    if (!node.status.empty()) data("status", text(node.status));
    lifetime(timeline.node(node.id), "start", "end");
    out += "    </node>\n";
    if (out.size() >= (1u << 20)) flush();
  }
  for (std::size_t index = first_edge; index < end_edge; ++index) {
    const view::Edge& edge = picture.edges[index];
    out += "    <edge id=\"e" + std::to_string(index) + "\" source=\"" + attribute(edge.source) + "\" target=\"" +
           attribute(edge.target) + "\">\n";
    data("elabel", text(edge.label));
    data("weight", view::number(edge.weight));
    if (!edge.deal_type.empty()) data("deal_type", text(edge.deal_type));
    data("er", std::to_string(edge.colour.r));
    data("eg", std::to_string(edge.colour.g));
    data("eb", std::to_string(edge.colour.b));
    lifetime(timeline.edge(edge), "estart", "eend");
    out += "    </edge>\n";
    if (out.size() >= (1u << 20)) flush();
  }
  out += "  </graph>\n</graphml>\n";
  flush();
  file.commit();
}

}  // namespace dealgraph
