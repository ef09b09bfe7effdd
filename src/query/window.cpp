// Time windows on deals (--since, --until of path, neighbors, subgraph and exposure): one
// meaning everywhere, so that the same window keeps the same deals in every answer.
#include <algorithm>

#include "dealgraph/query.hpp"

namespace dealgraph {
namespace {

bool digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// The two dates cut to the precision of the coarser one: "2025" against "2025-06-30" compares
// "2025" with "2025", so a year holds every day in it.
std::pair<std::string_view, std::string_view> common_precision(std::string_view a, std::string_view b) {
  const std::size_t n = std::min(a.size(), b.size());
  return {a.substr(0, n), b.substr(0, n)};
}

}  // namespace

bool DateWindow::holds(const std::string& date) const {
  if (!since.empty()) {
    const auto [d, s] = common_precision(date, since);
    if (d < s) return false;
  }
  if (!until.empty()) {
    const auto [d, u] = common_precision(date, until);
    if (d > u) return false;
  }
  return true;
}

bool DateWindow::keeps(const KnowledgeGraph& graph, const DealNode& deal) const {
  if (open()) return true;
  if (!deal.dates.empty())
    return std::any_of(deal.dates.begin(), deal.dates.end(), [&](const std::string& d) { return holds(d); });
  // An undated deal goes by the publication dates of the articles that state it.
  return std::any_of(deal.evidence.begin(), deal.evidence.end(), [&](const Evidence& e) {
    auto it = graph.articles().find(graph.article_iri(e.source_id));
    return it != graph.articles().end() && it->second.published && holds(*it->second.published);
  });
}

std::vector<std::uint8_t> DateWindow::outside(const KnowledgeGraph& graph) const {
  std::vector<std::uint8_t> out;
  if (open()) return out;
  out.assign(boost::num_vertices(graph.topology()), 0);
  for (const auto& [iri, deal] : graph.deals())
    if (auto v = graph.vertex(iri); v && !keeps(graph, deal)) out[*v] = 1;
  return out;
}

std::string DateWindow::in_words() const {
  std::string out;
  if (!since.empty()) out += " from " + since;
  if (!until.empty()) out += " until " + until;
  return out;
}

std::string parse_window_date(std::string_view text) {
  const std::string date(text);
  const bool year = date.size() >= 4 && digits(date.substr(0, 4));
  const bool month = date.size() == 4 || (date.size() >= 7 && date[4] == '-' && digits(date.substr(5, 2)) &&
                                          std::stoi(date.substr(5, 2)) >= 1 && std::stoi(date.substr(5, 2)) <= 12);
  const bool day = date.size() <= 7 || (date.size() == 10 && date[7] == '-' && digits(date.substr(8, 2)) &&
                                         std::stoi(date.substr(8, 2)) >= 1 && std::stoi(date.substr(8, 2)) <= 31);
  if (!year || !month || !day || (date.size() != 4 && date.size() != 7 && date.size() != 10))
    throw std::invalid_argument("expected a date YYYY, YYYY-MM or YYYY-MM-DD, got \"" + date + "\"");
  return date;
}

}  // namespace dealgraph
