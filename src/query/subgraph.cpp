// The part of a graph around one entity, as a graph of its own that every writer can write:
// the deals (and posts) within N entity-to-entity hops, their parties and chips, and the
// articles their evidence cites. Chips join a subgraph as a deal's chip but are not walked
// through (a chip family named in many deals would pull in most of the graph), unless the
// subgraph is centred on the chip.
#include <algorithm>
#include <map>
#include <set>

#include "dealgraph/query.hpp"

namespace dealgraph {
namespace {

// Deals and posts by the entities they touch, built once so that each hop is a lookup.
struct Links {
  std::map<std::string, std::vector<const DealNode*>> deals;  // entity IRI -> deals naming it (as party or chip)
  std::map<std::string, std::vector<const PostNode*>> posts;  // entity IRI -> posts it holds or that are at it

  explicit Links(const KnowledgeGraph& graph) {
    for (const auto& [iri, deal] : graph.deals()) {
      std::set<std::string> touched(deal.chips.begin(), deal.chips.end());
      for (const auto& [role, party] : deal.parties) touched.insert(party);
      for (const std::string& entity : touched) deals[entity].push_back(&deal);
    }
    for (const auto& [iri, post] : graph.posts()) {
      posts[post.holder].push_back(&post);
      if (post.organization != post.holder) posts[post.organization].push_back(&post);
    }
  }
};

class SubgraphWalk {
 public:
  SubgraphWalk(const KnowledgeGraph& graph, const SubgraphQuery& query) : graph_(graph), query_(query), links_(graph) {}

  void walk(const std::string& center) {
    entities_.insert(center);
    std::vector<std::string> frontier = {center};
    for (std::size_t hop = 0; hop < query_.hops && !frontier.empty(); ++hop) {
      std::set<std::string> next;
      for (const std::string& entity : frontier) {
        const auto& node = graph_.entities().at(entity);
        if (node.kind == EntityKind::Chip && entity != center) continue;
        if (auto it = links_.deals.find(entity); it != links_.deals.end())
          for (const DealNode* deal : it->second)
            if (wanted(*deal)) take(*deal, next);
        if (auto it = links_.posts.find(entity); it != links_.posts.end() && query_.filter.posts)
          for (const PostNode* post : it->second) take(*post, next);
      }
      frontier.assign(next.begin(), next.end());
    }
  }

  KnowledgeGraph result() const {
    KnowledgeGraph out(graph_.base());
    std::set<std::string> articles;
    auto cite = [&](const Evidence& e) { articles.insert(graph_.article_iri(e.source_id)); };
    for (const std::string& iri : deals_) {
      const DealNode& deal = graph_.deals().at(iri);
      for (const Evidence& e : deal.evidence) cite(e);
      for (const auto& a : deal.amounts) cite(a.evidence);
      for (const auto& a : deal.prices_per_share) cite(a.evidence);
      for (const auto& q : deal.quantities) cite(q.evidence);
      out.mutable_deals().emplace(iri, deal);
    }
    for (const std::string& iri : posts_) {
      const PostNode& post = graph_.posts().at(iri);
      for (const Evidence& e : post.evidence) cite(e);
      out.mutable_posts().emplace(iri, post);
    }
    for (const std::string& iri : entities_) {
      EntityNode entity = graph_.entities().at(iri);
      // Only the articles the subgraph cites; an entity cited by none keeps its first one.
      std::set<std::string> kept;
      for (const std::string& article : entity.mentioned_in)
        if (articles.count(article)) kept.insert(article);
      if (kept.empty() && !entity.mentioned_in.empty()) kept.insert(*entity.mentioned_in.begin());
      articles.insert(kept.begin(), kept.end());
      std::erase_if(entity.evidence, [&](const Evidence& e) { return !kept.count(graph_.article_iri(e.source_id)); });
      entity.mentioned_in = std::move(kept);
      out.mutable_entities().emplace(iri, std::move(entity));
    }
    for (const std::string& iri : articles)
      if (auto it = graph_.articles().find(iri); it != graph_.articles().end()) out.mutable_articles().emplace(iri, it->second);
    out.finish();
    return out;
  }

 private:
  bool wanted(const DealNode& deal) const {
    return query_.filter.allows(deal.type) && query_.filter.window.keeps(graph_, deal);
  }

  void enter(const std::string& entity, std::set<std::string>& next) {
    if (graph_.entities().count(entity) && entities_.insert(entity).second) next.insert(entity);
  }

  void take(const DealNode& deal, std::set<std::string>& next) {
    if (!deals_.insert(deal.iri).second) return;
    for (const auto& [role, party] : deal.parties) enter(party, next);
    for (const std::string& chip : deal.chips)
      if (graph_.entities().count(chip)) entities_.insert(chip);
  }

  void take(const PostNode& post, std::set<std::string>& next) {
    if (!graph_.entities().count(post.holder) || !graph_.entities().count(post.organization)) return;
    if (!posts_.insert(post.iri).second) return;
    enter(post.holder, next);
    enter(post.organization, next);
  }

  const KnowledgeGraph& graph_;
  const SubgraphQuery& query_;
  Links links_;
  std::set<std::string> entities_, deals_, posts_;
};

}  // namespace

KnowledgeGraph subgraph(const KnowledgeGraph& graph, const std::string& center, const SubgraphQuery& query) {
  if (!graph.entities().count(center)) throw std::invalid_argument("<" + center + "> is no entity of the graph");
  SubgraphWalk walk(graph, query);
  walk.walk(center);
  return walk.result();
}

}  // namespace dealgraph
