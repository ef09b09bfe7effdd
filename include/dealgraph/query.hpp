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
struct LinkFilter {
  bool all_deals = true;          // every deal type, or only ...
  std::set<DealType> deal_types;  // ... these
  bool posts = true;             // people's posts link a person to an organisation
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
  LinkFilter filter;     // which deal types (and whether posts) link entities
  std::string since;     // keep deals dated on or after it (YYYY, YYYY-MM or YYYY-MM-DD); "" keeps all
};
// A date for SubgraphQuery::since, or std::invalid_argument saying what was expected.
std::string parse_since_date(std::string_view text);
// The part of `graph` around the entity `center` (an IRI of the graph): the deals and posts
// within query.hops hops that pass the filter, their parties and chips, and the articles their
// evidence cites, with all their evidence, amounts and quantities; finished, ready to write.
// A deal counts for `since` when a date it states may fall on or after it, or, stating none,
// when an article stating it was published on or after it.
KnowledgeGraph subgraph(const KnowledgeGraph& graph, const std::string& center, const SubgraphQuery& query);

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

}  // namespace query

}  // namespace dealgraph
