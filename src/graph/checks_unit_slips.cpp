// Sources whose amounts for one deal differ by a factor of 10, 100 or 1000 (within a few per
// cent): the likely slip of a unit (亿 for 十亿, million for billion) rather than two figures.
// Each such pair of amounts from two sources is one "amount-unit-slip" finding; the
// conflicting-amounts finding of that deal and currency is dropped when the slips explain all
// of it (every amount it lists is in a slip, and every other pair of its amounts agrees), so no
// pair is reported twice. Amounts of one source are never compared (tranches and totals).
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "graph/checks_more.hpp"

namespace dealgraph::checks {
namespace {

// How near a power of ten the ratio must be: unit slips keep the digits, so 1.2 against 1200.
constexpr double kSlipTolerance = 0.05;
// The agreement margin of the conflicting-amounts check: amounts within it are one figure.
constexpr double kAgreementTolerance = 0.25;

struct Point {
  const ReportedAmount* reported;
  double value;
};

struct Slip {
  std::size_t small, large;  // indices into the points
  int power;                 // the factor is 10^power
};

bool is_point(const Amount& amount) {
  return amount.value && !amount.approximate && !amount.currency.empty() && amount.value->to_double() > 0 &&
         (amount.qualifier.empty() || amount.qualifier == "about");
}

// 1, 2 or 3 when large / small is 10, 100 or 1000 within the slip tolerance; 0 otherwise.
int slip_power(double small, double large) {
  for (int power = 1; power <= 3; ++power) {
    const double ratio = large / (small * std::pow(10.0, power));
    if (std::abs(ratio - 1) <= kSlipTolerance) return power;
  }
  return 0;
}

std::string scale_name(const CheckRules& rules, int power, const std::string& language) {
  auto it = rules.scale_names.find(power);
  if (it != rules.scale_names.end()) {
    auto name = it->second.find(language);
    if (name != it->second.end()) return name->second;
  }
  return "10^" + std::to_string(power);
}

bool han(const std::string& text) {
  // The ideographs' UTF-8 lead bytes (U+4E00..U+9FFF are E4..E9): 亿, 万, 十亿 are written in them.
  return std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0xE4 && byte <= 0xE9;
  });
}

// "million for billion", and "亿 for 十亿" when either amount is written in Chinese.
std::string likely_slip(const CheckRules& rules, const Point& small, const Point& large, int power) {
  const int low = static_cast<int>(std::floor(std::log10(small.value) + 1e-9));
  auto names = [&](const std::string& language) {
    return scale_name(rules, low, language) + " for " + scale_name(rules, low + power, language);
  };
  std::string out = names("en");
  if (han(small.reported->amount.as_written) || han(large.reported->amount.as_written)) out += ", " + names("zh");
  return out;
}

Finding slip_finding(const KnowledgeGraph& graph, const CheckRules& rules, const DealNode& deal, const Point& small,
                     const Point& large, int power) {
  static const char* const kFactor[] = {"1", "10", "100", "1000"};
  Finding finding;
  finding.kind = "amount-unit-slip";
  finding.severity = "error";
  finding.message = deal_in_words(graph, deal) + ": sources' amounts differ by a factor of " + kFactor[power] +
                    ", likely a unit slip (" + likely_slip(rules, small, large, power) + "): \"" +
                    large.reported->amount.as_written + "\" in " + quoted(large.reported->evidence) + " against \"" +
                    small.reported->amount.as_written + "\" in " + quoted(small.reported->evidence);
  finding.involves.push_back(deal.iri);
  for (const auto& [role, party] : deal.parties) finding.involves.push_back(party);
  add_quote(finding, large.reported->evidence);
  add_quote(finding, small.reported->evidence);
  sort_quotes(finding);
  return finding;
}

bool same_quote(const Evidence& a, const Evidence& b) {
  return a.source_id == b.source_id && a.cp_begin == b.cp_begin && a.cp_end == b.cp_end;
}

// Whether the slips explain the conflicting-amounts finding of this deal and currency: every
// quote it lists is of an amount in a slip, and any two amounts of two sources either agree
// or are a slip.
bool explains(const Finding& conflict, const std::vector<Point>& points, const std::vector<Slip>& slips,
              const std::vector<const ReportedAmount*>& others) {
  std::set<std::size_t> slipped;
  std::set<std::pair<std::size_t, std::size_t>> pairs;
  for (const Slip& slip : slips) slipped.insert({slip.small, slip.large}), pairs.insert({slip.small, slip.large});
  for (const Evidence& quote : conflict.evidence) {
    bool explained = false;
    for (std::size_t i : slipped) explained = explained || same_quote(points[i].reported->evidence, quote);
    for (const ReportedAmount* other : others)
      if (same_quote(other->evidence, quote)) return false;  // a range or bound of its own is in dispute
    if (!explained) return false;
  }
  for (std::size_t i = 0; i < points.size(); ++i)
    for (std::size_t j = 0; j < points.size(); ++j) {
      if (points[i].reported->evidence.source_id == points[j].reported->evidence.source_id) continue;
      if (points[i].value > points[j].value * (1 + kAgreementTolerance) && !pairs.count({j, i})) return false;
    }
  return true;
}

}  // namespace

void check_unit_slips(const KnowledgeGraph& graph, const CheckRules& rules, std::vector<Finding>& findings) {
  std::vector<Finding> slips_found;
  std::set<std::size_t> explained;  // indices of conflicting-amounts findings the slips explain
  for (const auto& [iri, deal] : graph.deals()) {
    std::map<std::string, std::vector<Point>> points_by_currency;
    std::map<std::string, std::vector<const ReportedAmount*>> others_by_currency;
    for (const ReportedAmount& reported : deal.amounts) {
      if (is_point(reported.amount))
        points_by_currency[reported.amount.currency].push_back({&reported, reported.amount.value->to_double()});
      else if (!reported.amount.currency.empty())
        others_by_currency[reported.amount.currency].push_back(&reported);
    }
    for (const auto& [currency, points] : points_by_currency) {
      std::vector<Slip> slips;
      std::set<std::pair<std::string, std::string>> told;  // (as written, as written): one finding per pair of figures
      for (std::size_t i = 0; i < points.size(); ++i)
        for (std::size_t j = 0; j < points.size(); ++j) {
          if (points[i].reported->evidence.source_id == points[j].reported->evidence.source_id) continue;
          const int power = points[i].value < points[j].value ? slip_power(points[i].value, points[j].value) : 0;
          if (!power) continue;
          slips.push_back({i, j, power});
          if (told.insert({points[j].reported->amount.as_written, points[i].reported->amount.as_written}).second)
            slips_found.push_back(slip_finding(graph, rules, deal, points[i], points[j], power));
        }
      if (slips.empty()) continue;
      for (std::size_t f = 0; f < findings.size(); ++f) {
        const Finding& finding = findings[f];
        if (finding.kind == "conflicting-amounts" && !finding.involves.empty() && finding.involves.front() == iri &&
            finding.message.find(" " + currency + ")") != std::string::npos &&
            explains(finding, points, slips, others_by_currency[currency]))
          explained.insert(f);
      }
    }
  }
  for (auto f = explained.rbegin(); f != explained.rend(); ++f) findings.erase(findings.begin() + static_cast<std::ptrdiff_t>(*f));
  findings.insert(findings.end(), std::make_move_iterator(slips_found.begin()), std::make_move_iterator(slips_found.end()));
}

}  // namespace dealgraph::checks
