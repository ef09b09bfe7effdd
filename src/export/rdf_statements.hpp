// The knowledge graph as one ordered stream of RDF statements, shared by every RDF writer
// (Turtle, N-Triples, N-Quads, TriG through Serd; JSON-LD through nlohmann/json), so that
// every format carries exactly the same triples.
//
// The stream is produced on demand and handed to a sink one statement at a time: nothing of
// it is kept, so writing a graph takes no more memory than the graph itself.
//
// Anonymous nodes (amounts, quantities, evidence) are marked where they open and close, so a
// writer that nests them ([ ... ] in Turtle and TriG, embedded objects in JSON-LD) can, and a
// line-based writer simply uses their labels. Each statement belongs to one named graph (see
// docs/loading.md, "Named graphs"); the statements of an anonymous node always belong to the
// graph of the statement that opens it.
#pragma once

#include <string>
#include <string_view>

#include "dealgraph/export.hpp"
#include "dealgraph/graph.hpp"

namespace dealgraph::rdfout {

inline constexpr const char* kDg = "https://w3id.org/dealgraph#";
inline constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr const char* kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr const char* kSkos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr const char* kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr const char* kDcterms = "http://purl.org/dc/terms/";
inline constexpr const char* kSchema = "http://schema.org/";
inline constexpr const char* kProv = "http://www.w3.org/ns/prov#";

// Every view of a term and a statement points at NUL-terminated text (Serd reads C strings)
// that stays valid until the sink returns; a sink that keeps a term copies it.
struct Term {
  enum class Kind { Iri, Blank, Literal };
  Kind kind = Kind::Iri;
  std::string_view value;     // IRI, blank node label (without "_:") or lexical form
  std::string_view datatype;  // literals: full datatype IRI, empty for xsd:string and language strings
  std::string_view language;  // literals: BCP 47 tag, or empty
};

struct Statement {
  enum class Kind { Triple, EndAnon };
  Kind kind = Kind::Triple;
  Term subject;  // for EndAnon: the anonymous node that closes
  std::string_view predicate;
  Term object;
  bool opens_anon = false;  // the object is a blank node whose statements follow, up to its EndAnon
  bool in_anon = false;     // the subject is an open anonymous node
};

class StatementSink {
 public:
  virtual ~StatementSink() = default;
  // Only emit_statements_by_graph calls this: the statements that follow, up to the next
  // call, are those of the graph named `article_iri`, or of the default graph when it is null.
  virtual void begin_graph(const std::string* article_iri) { (void)article_iri; }
  virtual void statement(const Statement& statement) = 0;
};

// Every statement once, in a deterministic order (articles, entities, deals, positions, each
// by IRI). Text is made safe for every syntax: invalid UTF-8 becomes U+FFFD and NUL is
// dropped; IRIs have characters that no IRI may hold percent-encoded. With a slice, only the
// statements of its run of subjects, their blank node labels numbered as in the whole stream.
void emit_statements(const KnowledgeGraph& graph, StatementSink& sink, OutputSlice slice = {});

// The same statements grouped by graph, each statement in exactly one graph, so that the union
// of the graphs, even one that keeps a statement once per graph, is the merged graph: a node's
// own statements (an entity's type and labels, a deal's type, parties, status, a position) in
// the graph named by the node's IRI; an article's description and what it states about other
// nodes (mentions, evidence, amounts and quantities with their evidence) in the article's
// graph. Graphs come in IRI order, the default graph (empty in a normal build) first. Blank
// node labels are unique across all graphs. With a slice, only its run of graphs.
void emit_statements_by_graph(const KnowledgeGraph& graph, StatementSink& sink, OutputSlice slice = {});

// The same text repairs, for writers outside this stream.
std::string safe_text(std::string_view text);
std::string safe_iri(std::string_view iri);

}  // namespace dealgraph::rdfout
