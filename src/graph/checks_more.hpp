// The ownership and consistency checks of src/graph/checks_*.cpp, which check_graph runs after
// the checks of checks.cpp, and what they share: a party's label, the date an article gives a
// quote, a finding's quotes without repeats.
#pragma once

#include <string>
#include <vector>

#include "dealgraph/graph.hpp"

namespace dealgraph::checks {

// Equity stakes in one company that add up to more than 100% at one date.
void check_stakes_over_whole(const KnowledgeGraph& graph, std::vector<Finding>& findings);
// A deal a claim dates completed before another claim dates its announcement.
void check_completed_before_announced(const KnowledgeGraph& graph, std::vector<Finding>& findings);
// Sources whose amounts for one deal differ by a factor of 10, 100 or 1000: reported as a unit
// slip, and taken out of the conflicting-amounts finding they explain.
void check_unit_slips(const KnowledgeGraph& graph, const CheckRules& rules, std::vector<Finding>& findings);
// One person in the same exclusive post (CEO) at two companies at once.
void check_exclusive_posts(const KnowledgeGraph& graph, const CheckRules& rules, std::vector<Finding>& findings);

// The preferred label of an entity, or its IRI when the graph lacks it.
std::string label_of_entity(const KnowledgeGraph& graph, const std::string& iri);
// "Investment Alder, Birch": a deal's type and its parties' labels.
std::string deal_in_words(const KnowledgeGraph& graph, const DealNode& deal);
// Alder Group and Alder Cloud, or Alder and Alder Holdings: the same first word, or one name
// inside the other; most often one group, or one entity the graph holds twice.
bool named_alike(const KnowledgeGraph& graph, const std::string& a, const std::string& b);
// The publication date of the article a quote comes from (yyyy-mm-dd), empty when unknown.
std::string article_date(const KnowledgeGraph& graph, const Evidence& evidence);
// Adds a quote to a finding unless it is there already; sort_quotes puts them in source order.
void add_quote(Finding& finding, const Evidence& evidence);
void sort_quotes(Finding& finding);
// "\"QUOTE\" (SOURCE)": one side of a finding in words.
std::string quoted(const Evidence& evidence);

}  // namespace dealgraph::checks
