// Graph: the knowledge graph built from all articles' facts. Entities, deals and posts are
// merged across articles by deterministic IRIs; Boost.Graph carries the topology for checks
// and path queries.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "dealgraph/facts.hpp"
#include "dealgraph/lexicon.hpp"
#include "dealgraph/ontology.hpp"

namespace dealgraph {

struct ArticleNode {
  std::string iri;
  std::string source_id;
  std::string source_path;
  std::string sha256;
  std::string title;
  std::optional<std::string> published;
  std::optional<std::string> url;
  std::string language;
  std::string format;
  std::size_t characters = 0;
};

struct EntityNode {
  std::string iri;
  EntityKind kind = EntityKind::Organization;
  std::string pref_label;
  std::string pref_language = "en";
  std::vector<LexiconLabel> labels;  // altLabels, sorted
  std::set<std::string> mentioned_in;  // article IRIs
  std::vector<Evidence> evidence;      // the first mention in each article, sorted by source
  double confidence = 1.0;
  std::string lexicon_iri;  // the lexicon entry, when it came from the lexicon
};

// An amount or quantity as one source reported it.
struct ReportedAmount {
  Amount amount;
  Evidence evidence;
};
struct ReportedQuantity {
  Quantity quantity;
  Evidence evidence;
};

// Where a quote is: its article's source id and its code-point span.
using QuotePlace = std::tuple<std::string, std::size_t, std::size_t>;
QuotePlace place_of(const Evidence& evidence);
// Two attributions of one quote (two claims of one sentence) become one, whatever the order:
// a denial wins, then a named source.
void add_attribution(std::map<QuotePlace, Attribution>& attributions, const QuotePlace& place, Attribution attribution);

struct DealNode {
  std::string iri;
  DealType type = DealType::Partnership;
  std::vector<std::pair<Role, std::string>> parties;  // entity IRIs, sorted
  std::vector<ReportedAmount> amounts;
  std::vector<ReportedAmount> prices_per_share;  // dg:pricePerShare: what one share went for, not the deal's value
  std::vector<ReportedQuantity> quantities;
  std::set<std::string> chips;     // entity IRIs
  std::set<std::string> statuses;
  std::set<std::string> dates;     // ISO dates as stated (yyyy-mm-dd, yyyy-mm or yyyy)
  std::set<std::string> triggers;
  std::vector<Evidence> evidence;  // sorted by source then offset
  double confidence = 0.0;
  // Who states each quote whose sentence names a source or denies the deal (dg:attributedTo,
  // dg:denies on that evidence), by the quote's place; sources are entity IRIs or kUnnamedSources.
  std::map<QuotePlace, Attribution> attributions;
};

struct PostNode {
  std::string iri;
  std::string holder;        // entity IRI
  std::string organization;  // entity IRI
  std::string title;
  std::set<std::string> titles_as_written;
  std::vector<Evidence> evidence;
};

// A consistency finding of `dealgraph check`.
struct Finding {
  std::string kind;      // conflicting-amounts, domain-violation, self-deal, circular-financing, duplicate-entity, orphan, denied-deal
  std::string severity;  // error or warning
  std::string message;
  std::vector<std::string> involves;  // IRIs
  std::vector<Evidence> evidence;
};

// A finding as report.json and `check --json` write it: kind, severity, message, involves, evidence.
nlohmann::json finding_to_json(const Finding& finding);

enum class VertexKind { Entity, Deal, Post };

struct GraphVertex {
  VertexKind kind = VertexKind::Entity;
  std::string iri;
};

struct GraphEdge {
  std::string label;  // a role (investor, supplier, ...) or a post title
};

using DealGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, GraphVertex, GraphEdge>;

class KnowledgeGraph {
 public:
  explicit KnowledgeGraph(std::string base = kDefaultBase) : base_(std::move(base)) {}
  // The vertex index views the maps' keys: a copy indexes its own; a move keeps the nodes.
  KnowledgeGraph(const KnowledgeGraph& other);
  KnowledgeGraph& operator=(const KnowledgeGraph& other);
  KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept = default;

  // Adds one article's facts; the result does not depend on the order of calls.
  void add(const ArticleFacts& facts, const Lexicon& lexicon);
  // Adds another graph (a shard of the same build): the result is what one build of both
  // shards' articles would give.
  void merge(const KnowledgeGraph& other);
  // Puts each node's evidence, amounts and quantities in source order (dropping repeats) and
  // builds the Boost.Graph topology; call after the last add() or merge(), before any reading.
  void finish();

  const std::string& base() const { return base_; }
  const std::map<std::string, ArticleNode>& articles() const { return articles_; }
  const std::map<std::string, EntityNode>& entities() const { return entities_; }
  const std::map<std::string, DealNode>& deals() const { return deals_; }
  const std::map<std::string, PostNode>& posts() const { return posts_; }
  const DealGraph& topology() const { return topology_; }
  std::optional<DealGraph::vertex_descriptor> vertex(const std::string& iri) const;

  // Direct access for loaders (graph.ttl read back) and merges.
  std::map<std::string, ArticleNode>& mutable_articles() { return articles_; }
  std::map<std::string, EntityNode>& mutable_entities() { return entities_; }
  std::map<std::string, DealNode>& mutable_deals() { return deals_; }
  std::map<std::string, PostNode>& mutable_posts() { return posts_; }

  std::string article_iri(const std::string& source_id) const;
  std::string entity_iri(EntityKind kind, const std::string& local_name) const;

 private:
  std::string base_;
  std::map<std::string, ArticleNode> articles_;
  std::map<std::string, EntityNode> entities_;
  std::map<std::string, DealNode> deals_;
  std::map<std::string, PostNode> posts_;
  DealGraph topology_;
  void index_vertices();

  // IRI -> vertex, the IRIs viewed in the keys of the maps above (std::map nodes never move).
  std::unordered_map<std::string_view, DealGraph::vertex_descriptor> vertex_of_;
};

// What the checks know beyond the graph, read from ontology/rules/checks.ttl: the posts one
// person holds at one company at a time (CEO), the words that make a title no lasting hold
// (interim, former), and the names of powers of ten for telling a unit slip.
struct CheckRules {
  std::set<std::string> exclusive_titles;
  std::vector<std::string> passing_title_words;                 // folded, longest first
  std::map<int, std::map<std::string, std::string>> scale_names;  // power -> language -> name
  // Throws rdf::ParseError on bad Turtle, KnowledgeError "FILE:LINE:COL: ..." on a bad entry.
  static CheckRules load(const std::string& path);
};

// Consistency checks over a finished graph (conflicts, domain and range, self-deals,
// circular financing, duplicates, orphans, stakes over 100%, completion before announcement,
// unit slips, exclusive posts held twice), in a deterministic order. Without rules, the
// exclusive-post check has no titles to check and unit slips are told by powers of ten.
std::vector<Finding> check_graph(const KnowledgeGraph& graph, const CheckRules& rules = {});

// Reads a graph.ttl written by `dealgraph build` back and returns it finished. `base` is the
// base of instance IRIs; empty means: the one the file uses (from its article IRIs).
// Throws rdf::ParseError, a dealgraph::Error: "FILE:LINE:COL: reason" on bad Turtle,
// "FILE: <iri>: reason" on Turtle that is not a dealgraph graph.
// `unread`, when given, receives what the file holds outside dealgraph's vocabulary, which the
// graph cannot keep: each unknown predicate IRI, and "a " + each unknown rdf:type, with the
// number of statements that use it.
using UnreadVocabulary = std::map<std::string, std::size_t>;
KnowledgeGraph load_graph_turtle(const std::string& path, std::string base = {}, UnreadVocabulary* unread = nullptr);

struct GraphLoadOptions {
  std::string base;                     // as above: empty means the file's own
  UnreadVocabulary* unread = nullptr;   // as above
  unsigned threads = 0;                 // 0: one per core
  // A file in the layout `build` writes is cut into chunks of about this size, parsed side by
  // side; the graph is the same as from reading it whole, which any other file gets.
  std::uint64_t chunk_bytes = std::uint64_t{8} << 20;
};
KnowledgeGraph load_graph_turtle(const std::string& path, const GraphLoadOptions& options);

}  // namespace dealgraph
