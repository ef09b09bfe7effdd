// `dealgraph exposure A B`: the money between two entities. Every deal naming both (and with
// --hops 2 every pair of deals A-X, X-B through one intermediary), who commits the money and
// to whom (the roles the vocabulary marks dg:commitsMoney), one figure per deal summed per
// payer, payee and currency, the range of figures the articles give, and the quotes behind
// each. docs/exposure.md says why the sum takes the figure it takes.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "dealgraph/query.hpp"
#include "rdf/turtle_reader.hpp"

namespace dealgraph {
namespace {

__extension__ typedef __int128 Wide;  // sums of int64 units at a common exponent

constexpr std::string_view kDg = "https://w3id.org/dealgraph#";

// x * 10^digits, or nothing when that leaves the wide range.
std::optional<Wide> scaled(Wide x, int digits) {
  constexpr Wide kMax = ~Wide{0} ^ (Wide{1} << 127);
  for (int i = 0; i < digits; ++i) {
    if (x > kMax / 10 || x < -(kMax / 10)) return std::nullopt;
    x *= 10;
  }
  return x;
}

// The two values' units at the smaller of their exponents, or nothing when they are too far apart.
std::optional<std::tuple<Wide, Wide, int>> aligned(const Decimal& a, const Decimal& b) {
  const int exponent = std::min(a.exponent, b.exponent);
  auto x = scaled(a.units, a.exponent - exponent), y = scaled(b.units, b.exponent - exponent);
  if (!x || !y) return std::nullopt;
  return std::make_tuple(*x, *y, exponent);
}

int compare(const Decimal& a, const Decimal& b) {
  if (auto both = aligned(a, b)) {
    const auto& [x, y, e] = *both;
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const double x = a.to_double(), y = b.to_double();
  return x < y ? -1 : x > y ? 1 : 0;
}

Decimal plus(const Decimal& a, const Decimal& b) {
  auto both = aligned(a, b);
  if (!both) throw std::overflow_error("amounts " + a.to_string() + " and " + b.to_string() + " are too far apart to add");
  auto [x, y, exponent] = *both;
  Wide sum = x + y;
  while (sum != 0 && sum % 10 == 0) sum /= 10, ++exponent;
  if (sum > INT64_MAX || sum < INT64_MIN)
    throw std::overflow_error("the sum of " + a.to_string() + " and " + b.to_string() + " is too large");
  return Decimal{static_cast<std::int64_t>(sum), exponent};
}

// Deals by the organisations and people they name as parties (chips commit no money).
std::map<std::string, std::vector<const DealNode*>> deals_by_party(const KnowledgeGraph& graph, const DateWindow& window) {
  std::map<std::string, std::vector<const DealNode*>> out;
  for (const auto& [iri, deal] : graph.deals()) {
    if (!window.keeps(graph, deal)) continue;
    std::set<std::string> parties;
    for (const auto& [role, party] : deal.parties) parties.insert(party);
    for (const std::string& party : parties) out[party].push_back(&deal);
  }
  return out;
}

bool names(const DealNode& deal, const std::string& entity) {
  return std::any_of(deal.parties.begin(), deal.parties.end(), [&](const auto& p) { return p.second == entity; });
}

// The figure a deal's sum uses (see ExposureDeal::figure) and the range of what it says.
void weigh(const DealNode& deal, ExposureDeal& out) {
  struct Candidate {
    Money money;
    std::set<std::string> articles;
    std::vector<const ReportedAmount*> amounts;  // one per article
  };
  std::vector<Candidate> candidates;
  std::map<std::string, std::size_t> per_currency;  // amounts with a value, per currency
  std::map<std::string, std::pair<Decimal, Decimal>> ranges;
  auto widen = [&](const std::string& currency, const Decimal& value) {
    auto [it, fresh] = ranges.try_emplace(currency, value, value);
    if (compare(value, it->second.first) < 0) it->second.first = value;
    if (compare(value, it->second.second) > 0) it->second.second = value;
  };
  for (const ReportedAmount& reported : deal.amounts) {
    const Amount& amount = reported.amount;
    for (const auto* end : {&amount.value, &amount.min, &amount.max})
      if (*end) widen(amount.currency, **end);
    if (!amount.value) continue;
    ++per_currency[amount.currency];
    auto it = std::find_if(candidates.begin(), candidates.end(), [&](const Candidate& c) {
      return c.money.currency == amount.currency && compare(c.money.value, *amount.value) == 0;
    });
    if (it == candidates.end()) it = candidates.insert(candidates.end(), Candidate{{*amount.value, amount.currency}, {}, {}});
    if (it->articles.insert(reported.evidence.source_id).second) it->amounts.push_back(&reported);
  }
  for (const auto& [currency, range] : ranges) out.ranges.push_back({{range.first, currency}, {range.second, currency}});
  if (candidates.empty()) return;
  const auto best = std::min_element(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
    if (a.articles.size() != b.articles.size()) return a.articles.size() > b.articles.size();
    const std::size_t ca = per_currency[a.money.currency], cb = per_currency[b.money.currency];
    if (ca != cb) return ca > cb;
    if (a.money.currency != b.money.currency) return a.money.currency < b.money.currency;
    return compare(a.money.value, b.money.value) < 0;
  });
  out.figure = best->money;
  out.figure_amounts = best->amounts;
  out.figure_articles = best->articles.size();
}

ExposureDeal describe(const DealNode& deal, const std::set<Role>& paying) {
  ExposureDeal out;
  out.iri = deal.iri;
  std::set<std::string> payers, payees;
  for (const auto& [role, party] : deal.parties) (paying.count(role) ? payers : payees).insert(party);
  for (const std::string& payer : payers) payees.erase(payer);
  out.payers.assign(payers.begin(), payers.end());
  out.payees.assign(payees.begin(), payees.end());
  weigh(deal, out);
  return out;
}

// Payer -> payee sums per currency; A's and B's commitments first, joint ones ("" -> "") last.
std::vector<ExposureTotal> totals_of(const Exposure& answer) {
  auto rank = [&](const std::string& iri) { return iri == answer.a ? 0 : iri == answer.b ? 1 : iri.empty() ? 3 : 2; };
  using Key = std::tuple<int, std::string, int, std::string, std::string>;
  std::map<Key, ExposureTotal> sums;
  auto add = [&](const std::string& payer, const std::string& payee, const Money& money, bool shared) {
    ExposureTotal& total = sums[Key{rank(payer), payer, rank(payee), payee, money.currency}];
    if (total.deals == 0) total = {payer, payee, {Decimal{0, 0}, money.currency}, 0, 0};
    total.sum.value = plus(total.sum.value, money.value);
    ++total.deals;
    if (shared) ++total.shared;
  };
  for (const ExposureDeal& deal : answer.deals) {
    if (!deal.figure) continue;
    if (deal.payers.empty() || deal.payees.empty()) add("", "", *deal.figure, false);
    const bool shared = deal.payers.size() > 1 || deal.payees.size() > 1;
    for (const std::string& payer : deal.payers)
      for (const std::string& payee : deal.payees) add(payer, payee, *deal.figure, shared);
  }
  std::vector<ExposureTotal> out;
  for (auto& [key, total] : sums) out.push_back(std::move(total));
  return out;
}

}  // namespace

std::set<Role> paying_roles(const std::string& vocabulary_path) {
  std::set<Role> roles;
  for (const rdf::Triple& triple : rdf::read_turtle_file(vocabulary_path)) {
    if (triple.predicate.value != std::string(kDg) + "commitsMoney" || !triple.object.is_literal()) continue;
    if (triple.object.value != "true" && triple.object.value != "1") continue;
    const std::string& subject = triple.subject.value;
    const auto role = subject.starts_with(kDg) ? role_from_string(subject.substr(kDg.size())) : std::nullopt;
    if (!role) throw Error(vocabulary_path + ": dg:commitsMoney is said of <" + subject + ">, which is no role property");
    roles.insert(*role);
  }
  if (roles.empty()) throw Error(vocabulary_path + ": no role property is marked dg:commitsMoney true");
  return roles;
}

Exposure exposure(const KnowledgeGraph& graph, const std::string& a, const std::string& b, const ExposureQuery& query) {
  for (const std::string* iri : {&a, &b})
    if (!graph.entities().count(*iri)) throw std::invalid_argument("<" + *iri + "> is no entity of the graph");
  Exposure answer;
  answer.a = a;
  answer.b = b;
  answer.window = query.window;
  if (a == b) return answer;
  const auto by_party = deals_by_party(graph, query.window);
  static const std::vector<const DealNode*> kNoDeals;
  auto deals_of = [&](const std::string& entity) -> const std::vector<const DealNode*>& {
    auto it = by_party.find(entity);
    return it == by_party.end() ? kNoDeals : it->second;
  };
  std::map<std::string, std::size_t> index;  // deal IRI -> place in answer.deals
  auto take = [&](const DealNode& deal) {
    auto [it, fresh] = index.try_emplace(deal.iri, answer.deals.size());
    if (fresh) answer.deals.push_back(describe(deal, query.paying_roles));
    return it->second;
  };

  ExposureRoute direct;
  for (const DealNode* deal : deals_of(a))
    if (names(*deal, b)) direct.deals.push_back(take(*deal));
  if (!direct.deals.empty()) answer.routes.push_back(std::move(direct));

  if (query.hops >= 2) {
    // Deals naming A and B both are direct ones; a route leg names only its two ends' side.
    std::map<std::string, std::pair<std::set<std::string>, std::set<std::string>>> legs;  // X -> (A-X deals, X-B deals)
    for (const DealNode* deal : deals_of(a)) {
      if (names(*deal, b)) continue;
      for (const auto& [role, x] : deal->parties) {
        auto entity = graph.entities().find(x);
        if (x == a || entity == graph.entities().end()) continue;
        if (entity->second.kind != EntityKind::Organization && entity->second.kind != EntityKind::Person) continue;
        for (const DealNode* onward : deals_of(x))
          if (names(*onward, b) && !names(*onward, a)) {
            legs[x].first.insert(deal->iri);
            legs[x].second.insert(onward->iri);
          }
      }
    }
    std::vector<std::pair<std::string, std::string>> order;  // (label, IRI) of each intermediary
    for (const auto& [x, both] : legs) order.emplace_back(query::label_of(graph, x), x);
    std::sort(order.begin(), order.end());
    for (const auto& [label, x] : order) {
      ExposureRoute route;
      route.via = x;
      for (const auto* side : {&legs[x].first, &legs[x].second})
        for (const std::string& iri : *side) route.deals.push_back(take(graph.deals().at(iri)));
      answer.routes.push_back(std::move(route));
    }
  }
  answer.totals = totals_of(answer);
  answer.unknown_amounts = static_cast<std::size_t>(
      std::count_if(answer.deals.begin(), answer.deals.end(), [](const ExposureDeal& d) { return !d.figure; }));
  return answer;
}

namespace query {
namespace {

std::string count_words(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// "Nvidia (investor)", with every role the entity plays in the deal.
std::string party_words(const KnowledgeGraph& graph, const DealNode& deal, const std::string& iri) {
  std::string roles;
  for (const auto& [role, party] : deal.parties)
    if (party == iri) roles += (roles.empty() ? "" : "/") + std::string(to_string(role));
  return label_of(graph, iri) + " (" + roles + ")";
}

std::string list_words(const KnowledgeGraph& graph, const DealNode& deal, const std::vector<std::string>& iris) {
  std::string out;
  for (const std::string& iri : iris) out += (out.empty() ? "" : ", ") + party_words(graph, deal, iri);
  return out;
}

// "Investment: Nvidia (investor) -> OpenAI (investee)"; "Partnership: A (partner), B (partner), jointly".
std::string deal_line(const KnowledgeGraph& graph, const DealNode& deal, const ExposureDeal& figures) {
  std::string out = std::string(to_string(deal.type)) + ": ";
  if (figures.payers.empty() || figures.payees.empty())
    return out + list_words(graph, deal, figures.payers.empty() ? figures.payees : figures.payers) + ", jointly";
  return out + list_words(graph, deal, figures.payers) + " -> " + list_words(graph, deal, figures.payees);
}

void write_figures(std::ostream& out, const ExposureDeal& deal, const std::string& indent) {
  if (deal.figure) {
    std::string articles;
    for (const ReportedAmount* amount : deal.figure_amounts) articles += (articles.empty() ? "" : ", ") + amount->evidence.source_id;
    out << indent << "figure summed: " << money_in_words(*deal.figure) << " (stated by "
        << count_words(deal.figure_articles, "article", "articles") << ": " << articles << ")\n";
  } else {
    out << indent << "figure summed: none (no amount states a value; listed, not summed)\n";
  }
  for (const auto& [least, most] : deal.ranges)
    if (compare(least.value, most.value) != 0)
      out << indent << "range across sources: " << money_in_words(least) << " .. " << money_in_words(most) << "\n";
}

std::string payer_words(const KnowledgeGraph& graph, const ExposureTotal& total) {
  if (total.payer.empty()) return "jointly (no side pays)";
  return label_of(graph, total.payer) + " -> " + label_of(graph, total.payee);
}

nlohmann::json optional_entity(const KnowledgeGraph& graph, const std::string& iri) {
  return iri.empty() ? nlohmann::json() : entity_json(graph, iri);
}

}  // namespace

void write_exposure(std::ostream& out, const KnowledgeGraph& graph, const Exposure& exposure) {
  const std::size_t direct = !exposure.routes.empty() && exposure.routes.front().via.empty() ? exposure.routes.front().deals.size() : 0;
  out << label_of(graph, exposure.a) << " and " << label_of(graph, exposure.b) << ": "
      << count_words(exposure.deals.size(), "deal", "deals") << " (" << direct << " direct, "
      << exposure.deals.size() - direct << " through an intermediary)" << exposure.window.in_words() << "\n";
  if (exposure.deals.empty()) return;
  out << "  committed:\n";
  for (const ExposureTotal& total : exposure.totals) {
    out << "    " << payer_words(graph, total) << ": " << money_in_words(total.sum) << " ("
        << count_words(total.deals, "deal", "deals");
    if (total.shared) out << "; " << total.shared << " with other payers or payees, counted whole";
    out << ")\n";
  }
  if (exposure.unknown_amounts)
    out << "    not summed: " << count_words(exposure.unknown_amounts, "deal", "deals") << " without an amount\n";
  std::size_t number = 0;
  for (const ExposureRoute& route : exposure.routes) {
    out << "  " << (route.via.empty() ? std::string("direct") : "through " + label_of(graph, route.via)) << ":\n";
    for (std::size_t i : route.deals) {
      const ExposureDeal& figures = exposure.deals[i];
      const DealNode& deal = graph.deals().at(figures.iri);
      out << "    " << ++number << ". " << deal_line(graph, deal, figures) << "\n";
      const std::string more = "         ";
      write_figures(out, figures, more);
      if (!deal.dates.empty()) {
        out << more << "date: ";
        bool first = true;
        for (const std::string& date : deal.dates) out << (first ? "" : ", ") << date, first = false;
        out << "\n";
      }
      write_deal_details(out, graph, deal, more);
    }
  }
}

nlohmann::json exposure_json(const KnowledgeGraph& graph, const Exposure& exposure) {
  nlohmann::json totals = nlohmann::json::array();
  for (const ExposureTotal& total : exposure.totals)
    totals.push_back({{"payer", optional_entity(graph, total.payer)},
                      {"payee", optional_entity(graph, total.payee)},
                      {"currency", total.sum.currency},
                      {"sum", decimal_json(total.sum.value)},
                      {"in_words", money_in_words(total.sum)},
                      {"deals", total.deals},
                      {"shared", total.shared}});
  nlohmann::json routes = nlohmann::json::array();
  for (const ExposureRoute& route : exposure.routes) {
    nlohmann::json deals = nlohmann::json::array();
    for (std::size_t i : route.deals) deals.push_back(exposure.deals[i].iri);
    routes.push_back({{"via", optional_entity(graph, route.via)}, {"deals", deals}});
  }
  nlohmann::json deals = nlohmann::json::array();
  for (const ExposureDeal& figures : exposure.deals) {
    nlohmann::json j = link_json(graph, figures.iri);
    nlohmann::json payers = nlohmann::json::array(), payees = nlohmann::json::array();
    for (const std::string& iri : figures.payers) payers.push_back(entity_json(graph, iri));
    for (const std::string& iri : figures.payees) payees.push_back(entity_json(graph, iri));
    j["payers"] = payers;
    j["payees"] = payees;
    j["dates"] = graph.deals().at(figures.iri).dates;
    nlohmann::json figure;
    if (figures.figure) {
      nlohmann::json quotes = nlohmann::json::array();
      for (const ReportedAmount* amount : figures.figure_amounts)
        quotes.push_back({{"as_written", amount->amount.as_written}, {"evidence", evidence_json(graph, amount->evidence)}});
      figure = {{"value", decimal_json(figures.figure->value)},
                {"currency", figures.figure->currency},
                {"in_words", money_in_words(*figures.figure)},
                {"articles", figures.figure_articles},
                {"stated_by", quotes}};
    }
    j["figure"] = figure;
    nlohmann::json ranges = nlohmann::json::array();
    for (const auto& [least, most] : figures.ranges)
      ranges.push_back({{"currency", least.currency}, {"min", decimal_json(least.value)}, {"max", decimal_json(most.value)}});
    j["ranges"] = ranges;
    deals.push_back(std::move(j));
  }
  return {{"a", entity_json(graph, exposure.a)},
          {"b", entity_json(graph, exposure.b)},
          {"same_entity", exposure.a == exposure.b},
          {"totals", totals},
          {"unknown_amounts", exposure.unknown_amounts},
          {"routes", routes},
          {"deals", deals}};
}

}  // namespace query
}  // namespace dealgraph
