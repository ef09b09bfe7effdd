// A deal dated completed before it was announced (or agreed): the date a claim of status
// "completed" states is earlier than the date another claim of status "announced" or "agreed"
// states. Dates are compared at the precision both give (2024 against 2024-05 is no
// contradiction; 2023-11 against 2024-02-01 is).
#include <algorithm>

#include "graph/checks_more.hpp"

namespace dealgraph::checks {
namespace {

// The statuses that name a step a deal takes before it is completed.
bool comes_before_completion(const std::string& status) { return status == "announced" || status == "agreed"; }

bool earlier_at_common_precision(const std::string& a, const std::string& b) {
  const std::size_t common = std::min(a.size(), b.size());
  return a.compare(0, common, b, 0, common) < 0;
}

}  // namespace

void check_completed_before_announced(const KnowledgeGraph& graph, std::vector<Finding>& findings) {
  for (const auto& [iri, deal] : graph.deals()) {
    std::vector<const Evidence*> completed, before;
    for (const Evidence& quote : deal.evidence) {
      if (quote.claim_date.empty()) continue;
      if (quote.claim_status == "completed") completed.push_back(&quote);
      else if (comes_before_completion(quote.claim_status)) before.push_back(&quote);
    }
    // One finding per deal: its earliest completion against its latest announcement, when
    // they contradict; every quote of a contradicting pair is listed.
    const Evidence* first_completed = nullptr;
    const Evidence* last_before = nullptr;
    for (const Evidence* c : completed)
      if (!first_completed || c->claim_date < first_completed->claim_date) first_completed = c;
    for (const Evidence* b : before)
      if (!last_before || b->claim_date > last_before->claim_date) last_before = b;
    if (!first_completed || !last_before ||
        !earlier_at_common_precision(first_completed->claim_date, last_before->claim_date))
      continue;
    Finding finding;
    finding.kind = "completed-before-announced";
    finding.severity = "error";
    finding.message = deal_in_words(graph, deal) + ": completed on " +
                      first_completed->claim_date + " by " + quoted(*first_completed) + ", but " +
                      last_before->claim_status + " on " + last_before->claim_date + " by " + quoted(*last_before);
    finding.involves.push_back(iri);
    for (const auto& [role, party] : deal.parties) finding.involves.push_back(party);
    for (const Evidence* c : completed)
      for (const Evidence* b : before)
        if (earlier_at_common_precision(c->claim_date, b->claim_date)) add_quote(finding, *c), add_quote(finding, *b);
    sort_quotes(finding);
    findings.push_back(std::move(finding));
  }
}

}  // namespace dealgraph::checks
