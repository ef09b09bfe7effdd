// Export: the graph as RDF (Turtle, N-Triples, N-Quads, TriG through Serd; JSON-LD through
// nlohmann/json), as GraphML for Gephi, as DOT for Graphviz, as CSV for spreadsheets, SQLite and
// neo4j-admin, and the build report (JSON).
// Every file is written to a temporary name beside its target and renamed into place, so a
// failed or interrupted run never leaves a truncated file where a good one was. The same
// graph always gives the same bytes.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "dealgraph/error.hpp"
#include "dealgraph/graph.hpp"

namespace dealgraph {

class ExportError : public OutputError {
 public:
  using OutputError::OutputError;
};

enum class ExportFormat { Turtle, NTriples, NQuads, TriG, JsonLd, GraphML, Dot, Csv };

// The formats `build` writes when --format is not given: Turtle and GraphML.
std::vector<ExportFormat> default_formats();
// Parses a comma-separated list of format names (ttl, nt, nq, trig, jsonld, graphml, dot, csv;
// also turtle, ntriples, nquads, json-ld, gv), in any case, without duplicates, in the
// order given. Throws std::invalid_argument naming the first unknown name.
std::vector<ExportFormat> parse_formats(std::string_view list);
const char* format_name(ExportFormat format);  // "ttl", "nt", ...
const char* file_name(ExportFormat format);    // "graph.ttl", "graph.nt", ...; CSV: "relationships.csv"
// Every file a format writes into an output folder (CSV writes six; the others one).
std::vector<std::string> file_names(ExportFormat format);

// One of `count` slices of a file (`merge --part K/M`). A file is a sequence of units in file
// order: subjects (Turtle, N-Triples: articles, entities, deals, positions), named graphs
// (N-Quads, TriG), nodes and edges (GraphML). The units are cut into `count` runs of nearly
// equal weight (statements, about), and slice `index` (0-based) holds run `index`; blank node
// labels and edge ids continue across slices. Each slice's file is a whole file of its format
// (prefixes, GraphML header and footer), and join_slices gives back the one file byte for byte.
struct OutputSlice {
  unsigned index = 0;
  unsigned count = 1;
  bool whole() const { return count <= 1; }
  // The runs of units [begin, end) this slice holds, for units of the given weights in file order.
  std::pair<std::size_t, std::size_t> range(const std::vector<std::size_t>& weights) const;
};
// The formats whose files a merge can write in slices: ttl, nt, nq, trig, graphml.
bool writes_slices(ExportFormat format);
// Joins the slice files of one format, given in slice order, into `path` (written whole or
// not at all): N-Triples and N-Quads are concatenated as they are; Turtle and TriG keep the
// first slice's prefixes; GraphML keeps the first header, then every slice's nodes, then every
// slice's edges, then the footer. Throws ExportError naming a file that is not a slice.
void join_slices(ExportFormat format, const std::vector<std::string>& slice_files, const std::string& path);

// Writes the graph in one format. For CSV, `path` is the folder that receives its files.
void write_graph(const KnowledgeGraph& graph, ExportFormat format, const std::string& path, OutputSlice slice = {});
// Writes the graph in one format into `folder`, under file_names(format).
void write_graph_into(const KnowledgeGraph& graph, ExportFormat format, const std::string& folder,
                      OutputSlice slice = {});

void write_turtle(const KnowledgeGraph& graph, const std::string& path, OutputSlice slice = {});
void write_ntriples(const KnowledgeGraph& graph, const std::string& path, OutputSlice slice = {});
// N-Quads and TriG: each statement in one named graph, the article's that states it (named by
// the article's IRI) or, for a node's merged core, the node's own (named by its IRI); so the
// union of the graphs is the merged graph. See docs/loading.md.
void write_nquads(const KnowledgeGraph& graph, const std::string& path, OutputSlice slice = {});
void write_trig(const KnowledgeGraph& graph, const std::string& path, OutputSlice slice = {});
// JSON-LD with the context of ontology/context.jsonld written inline.
void write_jsonld(const KnowledgeGraph& graph, const std::string& path);
void write_graphml(const KnowledgeGraph& graph, const std::string& path, OutputSlice slice = {});
void write_dot(const KnowledgeGraph& graph, const std::string& path);
// CSV in the header convention of neo4j-admin import, into `folder` (docs/csv.md).
void write_csv(const KnowledgeGraph& graph, const std::string& folder);
const std::vector<std::string>& csv_file_names();

// The JSON-LD @context (the value of "@context" in ontology/context.jsonld).
nlohmann::json jsonld_context();

// GraphML node and edge counts, as written (report.json repeats them).
struct GraphmlCounts {
  std::size_t nodes = 0;
  std::size_t edges = 0;
};
GraphmlCounts graphml_counts(const KnowledgeGraph& graph);

}  // namespace dealgraph
