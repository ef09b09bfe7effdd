// The knowledge graph as one ordered stream of RDF statements, shared by every RDF writer
// (Turtle, N-Triples, N-Quads, TriG through Serd; JSON-LD through nlohmann/json), so that
// every format carries exactly the same triples.
//
// Anonymous nodes (amounts, quantities, evidence) are marked where they open and close, so a
// writer that nests them ([ ... ] in Turtle and TriG, embedded objects in JSON-LD) can, and a
// line-based writer simply uses their labels. Every statement names the articles whose named
// graphs it belongs to (see docs/loading.md, "Named graphs"); the statements of an anonymous
// node always belong to the same graphs as the statement that opens it.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dealgraph/graph.hpp"

namespace dealgraph::rdfout {

inline constexpr const char* kDg = "https://w3id.org/dealgraph#";
inline constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr const char* kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr const char* kSkos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr const char* kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr const char* kDcterms = "http://purl.org/dc/terms/";

struct Term {
  enum class Kind { Iri, Blank, Literal };
  Kind kind = Kind::Iri;
  std::string value;     // IRI, blank node label (without "_:") or lexical form
  std::string datatype;  // literals: full datatype IRI, empty for xsd:string and language strings
  std::string language;  // literals: BCP 47 tag, or empty
};

struct Event {
  enum class Kind { Statement, EndAnon };
  Kind kind = Kind::Statement;
  Term subject;
  std::string predicate;
  Term object;
  bool opens_anon = false;  // the object is a blank node whose statements follow, up to its EndAnon
  bool in_anon = false;     // the subject is an open anonymous node
  std::vector<std::uint32_t> graphs;  // indexes into Statements::graph_names; empty: the default graph
};

struct Statements {
  std::vector<Event> events;
  std::vector<std::string> graph_names;  // article IRIs, sorted
  std::size_t statement_count = 0;
};

// All statements of the graph, in a deterministic order (articles, entities, deals,
// positions, each by IRI). Text is made safe for every syntax: invalid UTF-8 becomes U+FFFD
// and NUL is dropped; IRIs have characters that no IRI may hold percent-encoded.
Statements statements_of(const KnowledgeGraph& graph);

// The same text repairs, for writers outside this stream.
std::string safe_text(std::string_view text);
std::string safe_iri(std::string_view iri);

}  // namespace dealgraph::rdfout
