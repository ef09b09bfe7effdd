// Query: questions asked of a built graph without re-reading articles. Load graph.ttl back,
// resolve names in any language, find how two entities are connected, list an entity's
// neighbourhood.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/error.hpp"
#include "dealgraph/graph.hpp"
#include "dealgraph/lexicon.hpp"

namespace dealgraph {

// ---------------------------------------------------------------------------------------------
// Names

// A name that names no entity of the graph.
class UnknownNameError : public Error {
 public:
  UnknownNameError(std::string name, std::string message, std::vector<std::string> suggestions)
      : Error(std::move(message)), name_(std::move(name)), suggestions_(std::move(suggestions)) {}
  const std::string& name() const { return name_; }
  // The closest known names (preferred labels), best first.
  const std::vector<std::string>& suggestions() const { return suggestions_; }

 private:
  std::string name_;
  std::vector<std::string> suggestions_;
};

// Finds a graph entity from what a user types: an IRI (bare, <...> or org:/person:/chip:
// prefixed), a local name ("nvidia"), any skos:prefLabel or altLabel in any language
// (case- and width-folded), and then any label the lexicon knows (`英伟达`, `NVIDIA Corp.`).
class NameResolver {
 public:
  // `lexicon` may be null; the graph's own labels usually suffice.
  explicit NameResolver(const KnowledgeGraph& graph, const Lexicon* lexicon = nullptr);
  ~NameResolver();
  NameResolver(NameResolver&&) noexcept;

  struct Match {
    std::string iri;
    std::vector<std::string> others;  // other entities the name also fits, by IRI
  };
  std::optional<Match> find(std::string_view name) const;
  // find(), or UnknownNameError naming `name` with the closest known names.
  std::string resolve(std::string_view name) const;
  // Up to `count` preferred labels of entities whose names are closest to `name`.
  std::vector<std::string> suggestions(std::string_view name, std::size_t count = 3) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------------------------------------
// Paths

// Deal types from a comma-separated list of contract names (Investment, SupplyAgreement) or
// short forms (investment, stake, supply, cloud, partnership, guarantee, acquisition,
// licensing), case-insensitive. "position" (or "post") allows people's posts as links.
// Throws std::invalid_argument naming the word it does not know and the accepted ones.
// A time window on deals (--since, --until), both ends inclusive, each "" when open. A date
// as stated counts when it may fall in the window: a year or a month counts when it holds a
// day in it (2025 lies in a window from 2025-06). A deal lies in the window when one of the
// dates it states does, or, stating none, when an article stating it was published in the
// window; a deal with neither is left out once either end is set (nothing says it lies in).
struct DateWindow {
  std::string since;  // YYYY, YYYY-MM or YYYY-MM-DD
  std::string until;
  bool open() const { return since.empty() && until.empty(); }
  bool holds(const std::string& date) const;
  bool keeps(const KnowledgeGraph& graph, const DealNode& deal) const;
  // Per vertex of graph.topology(), 1 for the deals outside the window; empty when it is open.
  std::vector<std::uint8_t> outside(const KnowledgeGraph& graph) const;
  // "", " from 2025-06", " until 2025", " from 2024 until 2025-03" (for answers in words).
  std::string in_words() const;
};
// A date for DateWindow (YYYY, YYYY-MM or YYYY-MM-DD), or std::invalid_argument saying what
// was expected.
std::string parse_window_date(std::string_view text);

struct LinkFilter {
  bool all_deals = true;          // every deal type, or only ...
  std::set<DealType> deal_types;  // ... these
  bool posts = true;             // people's posts link a person to an organisation
  DateWindow window;             // deals outside it link nothing (posts carry no date)
  bool allows(DealType type) const { return all_deals || deal_types.count(type) > 0; }
};
LinkFilter parse_link_filter(std::string_view list);

struct PathQuery {
  std::size_t max_hops = 6;  // entity-to-entity hops
  LinkFilter filter;
  std::size_t limit = 100;   // most paths that all_paths() returns
};

// One entity-to-entity hop: from --from_role-- link --to_role-- to, where the link is a deal
// or a position (post) node.
struct PathHop {
  std::string from;
  std::string from_role;  // investor, supplier, partner, ..., chip, holder, organization
  std::string link;       // deal or position IRI
  std::string to_role;
  std::string to;
};

struct Path {
  std::vector<PathHop> hops;
  std::vector<std::string> entities() const;  // from, every intermediate entity, to
};

// Path search over the undirected view of the graph's Boost.Graph topology (entity - deal -
// entity and person - position - organisation). Chips connect only as the first or last entity
// of a path, so that a chip family named in many deals does not shortcut every connection.
// Build once per graph; queries are const and may run concurrently.
class PathFinder {
 public:
  explicit PathFinder(const KnowledgeGraph& graph);
  ~PathFinder();
  PathFinder(PathFinder&&) noexcept;

  // The first of all_paths(): a shortest path within query.max_hops, or nothing.
  std::optional<Path> shortest_path(const std::string& from, const std::string& to, const PathQuery& query) const;
  // Every simple path of at most query.max_hops hops, shortest first; paths of one length hop
  // by hop, the stronger link first (reported by more articles, then with an amount, then more
  // confident, then IRI order). At most query.limit of them; `truncated` tells whether more exist.
  std::vector<Path> all_paths(const std::string& from, const std::string& to, const PathQuery& query,
                              bool* truncated = nullptr) const;

  struct Neighbor {
    std::string iri;
    std::size_t hops = 0;
    std::vector<Path> paths;  // shortest paths from the start (all of them for direct neighbours; up to 5)
  };
  // Entities within `hops` hops of `from`, nearest first, then by preferred label and IRI.
  std::vector<Neighbor> neighbors(const std::string& from, std::size_t hops, const LinkFilter& filter) const;

  std::size_t vertex_count() const;
  std::size_t edge_count() const;  // undirected edges

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// ---------------------------------------------------------------------------------------------
// Subgraphs

struct SubgraphQuery {
  std::size_t hops = 1;  // entity-to-entity hops from the centre
  LinkFilter filter;     // which deal types (and whether posts) link entities, in which time window
};
// The part of `graph` around the entity `center` (an IRI of the graph): the deals and posts
// within query.hops hops that pass the filter, their parties and chips, and the articles their
// evidence cites, with all their evidence, amounts and quantities; finished, ready to write.
KnowledgeGraph subgraph(const KnowledgeGraph& graph, const std::string& center, const SubgraphQuery& query);

// ---------------------------------------------------------------------------------------------
// Exposure: the money between two entities

// The roles whose party commits the money of a deal (investor, customer, acquirer, ...): the
// role properties the vocabulary marks `dg:commitsMoney true`. Throws dealgraph::Error naming
// the file when it cannot be read or marks none.
std::set<Role> paying_roles(const std::string& vocabulary_path);

struct ExposureQuery {
  std::size_t hops = 1;         // 1: deals of A with B; 2: also through one intermediary entity
  DateWindow window;
  std::set<Role> paying_roles;  // from paying_roles()
};

// One amount in one currency, summed from deals or taken as a deal's figure.
struct Money {
  Decimal value;
  std::string currency;  // ISO 4217; "" when the text named none
};

// One deal of an exposure answer, with the one figure its sum uses.
struct ExposureDeal {
  std::string iri;
  std::vector<std::string> payers;  // parties in a paying role (entity IRIs, sorted)
  std::vector<std::string> payees;  // the other parties
  // The figure the sums use: of the deal's amounts with a value, the one the most articles
  // state; on a tie, the currency more amounts use, then the smaller value (the conservative
  // one: a larger figure beside it is often a headline total of several deals). None when no
  // amount gives a value (listed, not summed).
  std::optional<Money> figure;
  std::vector<const ReportedAmount*> figure_amounts;  // the amounts stating the figure, one per article
  std::size_t figure_articles = 0;
  // Per currency, the least and the most any amount of the deal says (ranges count by both ends).
  std::vector<std::pair<Money, Money>> ranges;
};

// A payer's commitments to a payee in one currency, over the deals of an answer.
struct ExposureTotal {
  std::string payer, payee;  // entity IRIs
  Money sum;
  std::size_t deals = 0;
  std::size_t shared = 0;  // of them, deals with more payers or payees: the figure is the whole deal's
};

struct ExposureRoute {
  std::string via;                // the intermediary (entity IRI); "" for the deals of A with B
  std::vector<std::size_t> deals;  // indexes into Exposure::deals: A's with `via`, then `via`'s with B
};

struct Exposure {
  std::string a, b;
  std::vector<ExposureDeal> deals;    // each deal once, in the order the routes first name them
  std::vector<ExposureRoute> routes;  // direct first, then by intermediary's label and IRI
  std::vector<ExposureTotal> totals;  // by payer, payee and currency, A's and B's first
  std::size_t unknown_amounts = 0;    // deals listed without a figure
  DateWindow window;                  // the query's
};

// Every deal between the entities `a` and `b` (IRIs of the graph) in the window, and with
// query.hops 2 every pair of deals A-X, X-B through one organisation or person X; with who pays
// whom and how much. Posts carry no money and do not count as links.
Exposure exposure(const KnowledgeGraph& graph, const std::string& a, const std::string& b, const ExposureQuery& query);

// ---------------------------------------------------------------------------------------------
// Answers in words (for people) and in JSON (for scripts, with stable keys)

namespace query {

// An entity's preferred label; a deal's type; a position's title; else the IRI.
std::string label_of(const KnowledgeGraph& graph, const std::string& iri);
// "100,000,000,000 USD", "up to 10,000,000,000 USD", "200,000,000,000-300,000,000,000 USD".
std::string amount_in_words(const Amount& amount);

// One path, one hop per line, each followed by the link's status, amounts, quantities, chips
// and evidence quotes (indented by `indent`).
void write_path(std::ostream& out, const KnowledgeGraph& graph, const Path& path, const std::string& indent);
// A deal's status, amounts, quantities, chips, evidence quotes and IRI, a line each.
void write_deal_details(std::ostream& out, const KnowledgeGraph& graph, const DealNode& deal, const std::string& indent);
// The hop line alone: `SoftBank --partner-- Partnership (evidence: article X) --partner-- OpenAI`.
std::string hop_line(const KnowledgeGraph& graph, const PathHop& hop);

// A JSON number that keeps whole values exact (int64) and falls back to double otherwise.
nlohmann::json decimal_json(const Decimal& value);
nlohmann::json entity_json(const KnowledgeGraph& graph, const std::string& iri);
nlohmann::json link_json(const KnowledgeGraph& graph, const std::string& iri);
nlohmann::json path_json(const KnowledgeGraph& graph, const Path& path);
nlohmann::json evidence_json(const KnowledgeGraph& graph, const Evidence& evidence);

// `dealgraph exposure`: totals, then each route with its deals' figures, ranges and quotes.
void write_exposure(std::ostream& out, const KnowledgeGraph& graph, const Exposure& exposure);
nlohmann::json exposure_json(const KnowledgeGraph& graph, const Exposure& exposure);
// "100,000,000,000 USD" (no currency: "100,000,000,000 (no currency)").
std::string money_in_words(const Money& money);

// `dealgraph check`: every finding in words, then a summary line.
void write_findings(std::ostream& out, const KnowledgeGraph& graph, const std::vector<Finding>& findings,
                    const std::string& graph_name);
nlohmann::json findings_json(const KnowledgeGraph& graph, const std::vector<Finding>& findings,
                             const std::string& graph_name);

}  // namespace query

}  // namespace dealgraph
