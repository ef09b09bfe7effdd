// DOT for Graphviz, for pictures: the same nodes, edges, labels and colours as the GraphML
// (export/graph_view.hpp). Entities are ellipses, deals are boxes; an edge's width grows
// with the deal's money; entities in no deal and no post are left out. `dot -Tsvg graph.dot`
// draws it; see scripts/render-picture.sh.
#include <cmath>
#include <cstdio>
#include <set>

#include "dealgraph/export.hpp"
#include "export/graph_view.hpp"
#include "export/rdf_statements.hpp"
#include "util/atomic_file.hpp"
#include "util/utf8.hpp"

namespace dealgraph {
namespace {

// A DOT double-quoted string. In labels a backslash starts an escape (\n, \l, \N), so a
// backslash of the text is doubled; line breaks become \n; other controls are dropped.
std::string dot_string(std::string_view raw) {
  const std::string text = rdfout::safe_text(raw);
  std::string out = "\"";
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t at = pos;
    const char32_t cp = util::decode_utf8(text, pos);
    if (cp == '"') out += "\\\"";
    else if (cp == '\\') out += "\\\\";
    else if (cp == '\n') out += "\\n";
    else if (cp == '\t') out += ' ';
    else if (cp < 0x20 || cp == 0x7F) continue;
    else out.append(text.substr(at, pos - at));
  }
  out += '"';
  return out;
}

std::string hex(const view::Colour& c) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", c.r & 255, c.g & 255, c.b & 255);
  return buffer;
}

}  // namespace

void write_dot(const KnowledgeGraph& graph, const std::string& path) {
  const view::Picture picture = view::picture_of(graph);
  // A picture shows connections: entities that take part in no deal and hold no post are
  // left out (GraphML keeps them).
  std::set<std::string> connected;
  for (const view::Edge& edge : picture.edges) {
    connected.insert(edge.source);
    connected.insert(edge.target);
  }
  std::size_t left_out = 0;
  for (const view::Node& node : picture.nodes) left_out += !connected.count(node.id);
  std::string out;
  out += "// dealgraph: entities (ellipses) and deals (boxes); edges follow the money.\n";
  out += "// " + std::to_string(left_out) + " entities with no deal and no post are left out.\n";
  out += "// Draw with: dot -Tsvg graph.dot -o graph.svg   (or neato, sfdp for large graphs)\n";
  out += "digraph dealgraph {\n";
  out += "  graph [rankdir=LR, overlap=false, splines=true, nodesep=0.25, ranksep=0.6, fontname=\"DejaVu Sans\"];\n";
  out += "  node [style=filled, fontname=\"DejaVu Sans\", fontsize=11, fontcolor=\"#202124\", color=\"#5f6368\"];\n";
  out += "  edge [fontname=\"DejaVu Sans\", fontsize=9, fontcolor=\"#5f6368\", arrowsize=0.6];\n";
  for (const view::Node& node : picture.nodes) {
    if (!connected.count(node.id)) continue;
    out += "  " + dot_string(node.id) + " [label=" + dot_string(node.label) + ", fillcolor=\"" + hex(node.colour) + "\"";
    out += node.is_deal ? ", shape=box, style=\"filled,rounded\", fontcolor=\"#ffffff\"" : ", shape=ellipse";
    out += ", tooltip=" + dot_string(node.type + " " + node.iri) + "];\n";
  }
  for (const view::Edge& edge : picture.edges) {
    const double width = 1.0 + std::log1p(edge.weight) / 2.0;
    out += "  " + dot_string(edge.source) + " -> " + dot_string(edge.target) + " [label=" + dot_string(edge.label) +
           ", color=\"" + hex(edge.colour) + "\", penwidth=" + view::number(width) + "];\n";
  }
  out += "}\n";
  write_file_atomically(path, out);
}

}  // namespace dealgraph
