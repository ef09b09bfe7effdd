// Check: a deal one source states and another denies. Each quote of a deal names who states it
// when its sentence does (dg:attributedTo) and whether that source denies it (dg:denies); a quote
// without a named source is its article's own statement. A denial and a statement from two
// sources cannot both be right, but news carries many rumours that a company then denies, and
// either side may be right: a warning, which leaves `check`'s exit code alone.
#include "graph/checks_attribution.hpp"

#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace dealgraph {
namespace {

// A quote of a deal and who states it (an empty source: its article).
struct Stated {
  const Evidence* quote = nullptr;
  Attribution by;
  std::string speaker() const { return by.source.empty() ? "article:" + quote->source_id : by.source; }
};

std::string name_of_speaker(const KnowledgeGraph& graph, const Stated& stated) {
  const std::string article = "article " + stated.quote->source_id;
  if (stated.by.source.empty()) return article;
  if (stated.by.source == kUnnamedSources) return "unnamed sources (" + article + ")";
  auto entity = graph.entities().find(stated.by.source);
  const std::string name = entity == graph.entities().end() ? "<" + stated.by.source + ">" : entity->second.pref_label;
  return name + " (" + article + ")";
}

std::string parties_of(const KnowledgeGraph& graph, const DealNode& deal) {
  std::string names;
  for (const auto& [role, iri] : deal.parties) {
    auto entity = graph.entities().find(iri);
    names += (names.empty() ? "" : ", ") + (entity == graph.entities().end() ? iri : entity->second.pref_label) +
             " (" + to_string(role) + ")";
  }
  return names;
}

// The first denial (in source order) that another source's statement contradicts, and that statement.
std::optional<std::pair<Stated, Stated>> contradiction(const DealNode& deal) {
  std::vector<Stated> quotes;
  for (const Evidence& e : deal.evidence) {
    auto by = deal.attributions.find(place_of(e));
    quotes.push_back({&e, by == deal.attributions.end() ? Attribution{} : by->second});
  }
  for (const Stated& denial : quotes) {
    if (!denial.by.denial) continue;
    for (const Stated& statement : quotes)
      if (!statement.by.denial && statement.speaker() != denial.speaker()) return std::make_pair(statement, denial);
  }
  return std::nullopt;
}

}  // namespace

void check_denied_deals(const KnowledgeGraph& graph, std::vector<Finding>& findings) {
  for (const auto& [iri, deal] : graph.deals()) {
    if (deal.attributions.empty()) continue;
    const auto found = contradiction(deal);
    if (!found) continue;
    const auto& [statement, denial] = *found;
    Finding finding;
    finding.kind = "denied-deal";
    finding.severity = "warning";
    // The quotes follow as the finding's evidence: the statement's, then the denial's.
    finding.message = std::string(to_string(deal.type)) + " of " + parties_of(graph, deal) + ": stated by " +
                      name_of_speaker(graph, statement) + " and denied by " + name_of_speaker(graph, denial);
    finding.involves.push_back(iri);
    std::set<std::string> sources;
    for (const Stated* stated : {&statement, &denial})
      if (!stated->by.source.empty() && stated->by.source != kUnnamedSources) sources.insert(stated->by.source);
    finding.involves.insert(finding.involves.end(), sources.begin(), sources.end());
    finding.evidence = {*statement.quote, *denial.quote};
    findings.push_back(std::move(finding));
  }
}

}  // namespace dealgraph
