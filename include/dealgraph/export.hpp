// Export: the graph as Turtle (Serd), GraphML (for Gephi) and the build report (JSON).
// Every file is written to a temporary name beside its target and renamed into place, so a
// failed or interrupted run never leaves a truncated file where a good one was.
#pragma once

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "dealgraph/graph.hpp"

namespace dealgraph {

class ExportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

void write_turtle(const KnowledgeGraph& graph, const std::string& path);
void write_graphml(const KnowledgeGraph& graph, const std::string& path);
// Writes `text` to `path` atomically (temporary file, fsync, rename).
void write_file_atomically(const std::string& path, const std::string& text);

// GraphML node and edge counts, as written (report.json repeats them).
struct GraphmlCounts {
  std::size_t nodes = 0;
  std::size_t edges = 0;
};
GraphmlCounts graphml_counts(const KnowledgeGraph& graph);

nlohmann::json finding_to_json(const Finding& finding);

}  // namespace dealgraph
