// Equity stakes in one company that add up to more than the whole company at one date.
//
// A stake is a percentage a deal of one holder in one company states: an equity stake, an
// investment or an acquisition with one investor (or acquirer) and one investee (or target),
// and a quantity in percent that is neither vague nor an upper bound. Its date is the date
// its claim states, else the publication date of its article, else none: stakes are summed
// per company and date (undated ones with each other). A holder's successive stakes (from 10%
// to 15%) are not added to each other: the latest of each holder counts, by article date, then
// source, then place in the text.
//
// What news gets wrong more often than ownership does is named apart: a stake offered or
// planned (a tender offer for 83%) is not held, so claims of those statuses do not count; two
// holders named alike (Emery Air Freight and Emery Air Frieght), or two holders with the very
// same percentage (one buyer under its name and its ticker), are most likely one holder told
// twice, and are counted once. And a percentage counts only when its quote names the company
// right beside it (a 60% stake in Quillon Mining; Quillon Mining, 60% owned by): a company
// named further off is most often another's seller or parent (a stake in a joint venture
// from Amselco; Nerco, a unit of Amselco, which is 90% owned by PacifiCorp).
#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "graph/checks_more.hpp"

namespace dealgraph::checks {
namespace {

// Percentages are often rounded (33.3% and 66.7% and 0.1% of someone else): a little over 100
// is rounding, not a contradiction.
constexpr double kWholeWithRounding = 100.5;
// At most this many bytes between a percentage and the company's name in its quote: a few
// short words (" stake in ", " Prozent an ", "的"), never a clause.
constexpr std::size_t kNearCompany = 30;

struct Stake {
  std::string holder;
  double percent = 0;
  const ReportedQuantity* quantity = nullptr;
  const DealNode* deal = nullptr;
  std::string article_day;  // for "latest"
};

// Holder and company of a deal that puts one holder in one company, if it is one.
std::optional<std::pair<std::string, std::string>> holder_and_company(const DealNode& deal) {
  Role holder_role, company_role;
  switch (deal.type) {
    case DealType::EquityStake: case DealType::Investment: holder_role = Role::Investor, company_role = Role::Investee; break;
    case DealType::Acquisition: holder_role = Role::Acquirer, company_role = Role::Target; break;
    default: return std::nullopt;
  }
  std::vector<std::string> holders, companies;
  for (const auto& [role, party] : deal.parties) {
    if (role == holder_role) holders.push_back(party);
    else if (role == company_role) companies.push_back(party);
  }
  // Two holders share what the sentence says (A and B hold 30%); which part is whose is unknown.
  if (holders.size() != 1 || companies.size() != 1 || holders[0] == companies[0]) return std::nullopt;
  return std::make_pair(holders[0], companies[0]);
}

bool states_a_share(const Quantity& quantity) {
  if (quantity.unit != "percent" || quantity.approximate) return false;
  const std::string& q = quantity.qualifier;
  if (q == "up to" || q == "less than" || q == "at most") return false;
  const double value = quantity.value.to_double();
  return value > 0 && value <= 100;
}

// The date of the claim a quantity was read with: the one its quote states, else its article's.
const Evidence* claim_of(const DealNode& deal, const Evidence& evidence) {
  for (const Evidence& quote : deal.evidence)
    if (quote.source_id == evidence.source_id && quote.cp_begin <= evidence.cp_begin && evidence.cp_end <= quote.cp_end)
      return &quote;
  return nullptr;
}

std::string stake_date(const KnowledgeGraph& graph, const DealNode& deal, const Evidence& evidence) {
  const Evidence* claim = claim_of(deal, evidence);
  return claim && !claim->claim_date.empty() ? claim->claim_date : article_date(graph, evidence);
}

// Whether the quote names the company (any of its labels) within kNearCompany bytes of the
// percentage as written, on either side.
bool names_company_beside(const KnowledgeGraph& graph, const std::string& company, const ReportedQuantity& reported) {
  const std::string& quote = reported.evidence.quote;
  const std::string& written = reported.quantity.as_written;
  const std::size_t at = written.empty() ? std::string::npos : quote.find(written);
  auto it = graph.entities().find(company);
  if (at == std::string::npos || it == graph.entities().end()) return false;
  std::vector<std::string> names{it->second.pref_label};
  for (const LexiconLabel& label : it->second.labels) names.push_back(label.text);
  const std::size_t end = at + written.size();
  for (const std::string& name : names) {
    if (name.empty()) continue;
    for (std::size_t n = quote.find(name); n != std::string::npos; n = quote.find(name, n + 1)) {
      const std::size_t gap = n >= end ? n - end : at >= n + name.size() ? at - (n + name.size()) : 0;
      if (gap <= kNearCompany) return true;
    }
  }
  return false;
}

// Offers, plans, talks and what was called off or denied put no stake in anyone's hands.
bool held(const DealNode& deal, const Evidence& evidence) {
  const Evidence* claim = claim_of(deal, evidence);
  const std::string status = claim ? claim->claim_status : "";
  return status != "proposed" && status != "planned" && status != "in-talks" && status != "rejected" &&
         status != "terminated" && status != "denied" && status != "stalled";
}

// The stakes left when holders likely to be one (named alike, or stating the same percentage)
// are counted once: the first of each such group, in holder IRI order.
std::vector<Stake> distinct_holders(const KnowledgeGraph& graph, const std::map<std::string, Stake>& by_holder) {
  std::vector<Stake> kept;
  for (const auto& entry : by_holder) {
    const Stake& stake = entry.second;  // a named variable: lambdas may not capture structured bindings before C++20 in clang 14
    const bool same = std::any_of(kept.begin(), kept.end(), [&](const Stake& k) {
      return k.percent == stake.percent || named_alike(graph, k.holder, stake.holder);
    });
    if (!same) kept.push_back(stake);
  }
  return kept;
}

bool later(const Stake& a, const Stake& b) {
  return std::tie(a.article_day, a.quantity->evidence.source_id, a.quantity->evidence.cp_begin) >
         std::tie(b.article_day, b.quantity->evidence.source_id, b.quantity->evidence.cp_begin);
}

std::string percent_text(double value) {
  std::string text = std::to_string(value);
  text.erase(text.find_last_not_of('0') + 1);
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text + "%";
}

Finding over_whole(const KnowledgeGraph& graph, const std::string& company, const std::string& date,
                   const std::vector<Stake>& stakes, double total) {
  Finding finding;
  finding.kind = "stakes-over-whole";
  finding.severity = "error";
  finding.message = "stakes in " + label_of_entity(graph, company) + " add up to " + percent_text(total) +
                    (date.empty() ? " (undated)" : " at " + date) + ":";
  finding.involves.push_back(company);
  bool first = true;
  for (const Stake& stake : stakes) {
    finding.message += std::string(first ? " " : "; ") + label_of_entity(graph, stake.holder) + " " +
                       percent_text(stake.percent) + " (\"" + stake.quantity->quantity.as_written + "\" in " +
                       quoted(stake.quantity->evidence) + ")";
    first = false;
    finding.involves.push_back(stake.holder);
    finding.involves.push_back(stake.deal->iri);
    add_quote(finding, stake.quantity->evidence);
  }
  sort_quotes(finding);
  return finding;
}

}  // namespace

void check_stakes_over_whole(const KnowledgeGraph& graph, std::vector<Finding>& findings) {
  // company -> date -> holder -> that holder's latest stake then
  std::map<std::string, std::map<std::string, std::map<std::string, Stake>>> latest;
  for (const auto& [iri, deal] : graph.deals()) {
    const auto sides = holder_and_company(deal);
    if (!sides) continue;
    for (const ReportedQuantity& reported : deal.quantities) {
      if (!states_a_share(reported.quantity) || !held(deal, reported.evidence) ||
          !names_company_beside(graph, sides->second, reported))
        continue;
      Stake stake{sides->first, reported.quantity.value.to_double(), &reported, &deal, article_date(graph, reported.evidence)};
      auto& held = latest[sides->second][stake_date(graph, deal, reported.evidence)];
      auto [it, added] = held.try_emplace(stake.holder, stake);
      if (!added && later(stake, it->second)) it->second = stake;
    }
  }
  for (const auto& [company, by_date] : latest)
    for (const auto& [date, by_holder] : by_date) {
      if (by_holder.size() < 2) continue;  // one holder's stake is at most 100% by states_a_share
      const std::vector<Stake> stakes = distinct_holders(graph, by_holder);
      double total = 0;
      for (const Stake& stake : stakes) total += stake.percent;
      if (total > kWholeWithRounding) findings.push_back(over_whole(graph, company, date, stakes, total));
    }
}

}  // namespace dealgraph::checks
