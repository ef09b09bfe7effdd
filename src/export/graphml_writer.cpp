// GraphML for Gephi, from the picture in export/graph_view.hpp. Keys are declared with
// types; the node keys label, size, r, g, b and the edge keys label, weight, r, g, b use the
// attribute names that Gephi's GraphML importer (ImporterGraphML) maps onto its own label,
// size, colour and weight; every other key becomes a column in Gephi's data laboratory
// (see docs/gephi.md). Only characters that XML 1.0 allows are written.
#include <cerrno>
#include <cstring>

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
      {"eg", "edge", "g", "int"},                 {"eb", "edge", "b", "int"}};
  for (const auto& key : keys)
    out += std::string("  <key id=\"") + key[0] + "\" for=\"" + key[1] + "\" attr.name=\"" + key[2] +
           "\" attr.type=\"" + key[3] + "\"/>\n";
  out += "  <graph id=\"dealgraph\" edgedefault=\"directed\">\n";

  auto data = [&](const char* key, const std::string& value) {
    out += std::string("      <data key=\"") + key + "\">" + value + "</data>\n";
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
    out += "    </edge>\n";
    if (out.size() >= (1u << 20)) flush();
  }
  out += "  </graph>\n</graphml>\n";
  flush();
  file.commit();
}

}  // namespace dealgraph
