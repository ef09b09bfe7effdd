// Query answers in words (for people) and in JSON (for scripts, with stable keys).
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "dealgraph/graph.hpp"
#include "dealgraph/query.hpp"

namespace dealgraph::query {

// An entity's preferred label; a deal's type; a position's title; else the IRI.
std::string label_of(const KnowledgeGraph& graph, const std::string& iri);
// "100,000,000,000 USD", "up to 10,000,000,000 USD", "200,000,000,000-300,000,000,000 USD".
std::string amount_in_words(const Amount& amount);

// One path, one hop per line, each followed by the link's status, amounts, quantities, chips
// and evidence quotes (indented by `indent`).
void write_path(std::ostream& out, const KnowledgeGraph& graph, const Path& path, const std::string& indent);
// The hop line alone: `SoftBank --partner-- Partnership (evidence: article X) --partner-- OpenAI`.
std::string hop_line(const KnowledgeGraph& graph, const PathHop& hop);

nlohmann::json entity_json(const KnowledgeGraph& graph, const std::string& iri);
nlohmann::json link_json(const KnowledgeGraph& graph, const std::string& iri);
nlohmann::json path_json(const KnowledgeGraph& graph, const Path& path);
nlohmann::json evidence_json(const KnowledgeGraph& graph, const Evidence& evidence);

// `dealgraph check`: every finding in words, then a summary line.
void write_findings(std::ostream& out, const KnowledgeGraph& graph, const std::vector<Finding>& findings,
                    const std::string& graph_name);
nlohmann::json findings_json(const KnowledgeGraph& graph, const std::vector<Finding>& findings,
                             const std::string& graph_name);

}  // namespace dealgraph::query
