// The knowledge graph as a picture: the nodes and edges that GraphML (for Gephi) and DOT (for
// Graphviz) draw, with the same labels, colours, sizes and weights in both.
//
// Entities and deals are nodes, so a deal of three parties stays one node. Edges follow the
// money: from the party that pays to the deal and from the deal to the party that is paid
// (investor -> deal -> investee, customer -> deal -> supplier), and from a person to an
// organisation for a post.
#pragma once

#include <string>
#include <vector>

#include "dealgraph/graph.hpp"

namespace dealgraph::view {

struct Colour {
  int r = 120, g = 120, b = 120;
};

struct Node {
  std::string id;     // a short name, an XML NMTOKEN as GraphML requires: "org:nvidia", "deal:5f0c..."
  std::string iri;
  std::string label;  // the entity's preferred name, or the deal type and its money
  std::string type;   // Organization, Person, Chip, Product, or the deal type
  bool is_deal = false;
  Colour colour;
  double size = 0;          // for Gephi: grows with degree and money
  double usd_billions = 0;  // a deal's money; an entity's total over its deals (0: unknown)
  std::size_t articles = 0;  // how many articles state it
  std::string status;        // a deal's statuses, comma-separated
};

struct Edge {
  std::string source, target;  // node ids
  std::string label;  // the role (investor, supplier, ...) or the post's title
  std::string deal_type;  // empty for a post
  double weight = 1;  // the deal's money in billions of US dollars, at least 1
  Colour colour;
};

struct Picture {
  std::vector<Node> nodes;  // entities, then deals, each by IRI
  std::vector<Edge> edges;  // by source, target, label
};

Picture picture_of(const KnowledgeGraph& graph);

// The node id of an IRI: under the graph's base, the rest with "/" as ":" ("org:nvidia");
// any other IRI, "_" and the whole IRI. Bytes other than ASCII letters, digits, "-" and "."
// are written "_XX" (hex), so that different IRIs never share an id.
std::string node_id(const std::string& iri, const std::string& base);

// Money of a deal in billions of US dollars, from its first amount in USD (0 when none).
double usd_billions(const DealNode& deal);

// A number with at most three decimals and no trailing zeros ("12.5", "3").
std::string number(double value);

}  // namespace dealgraph::view
