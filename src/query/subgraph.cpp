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

bool digits(std::string_view text) {
  return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
}

// Whether a date as stated (yyyy, yyyy-mm or yyyy-mm-dd) may fall on or after `since`: a year
// or a month counts when it holds a day on or after `since`.
bool on_or_after(const std::string& date, const std::string& since) {
  return date >= since.substr(0, std::min(date.size(), since.size()));
}

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
    if (!query_.filter.allows(deal.type)) return false;
    if (query_.since.empty()) return true;
    if (!deal.dates.empty())
      return std::any_of(deal.dates.begin(), deal.dates.end(), [&](const std::string& d) { return on_or_after(d, query_.since); });
    // Undated deals go by the publication dates of the articles that state them.
    return std::any_of(deal.evidence.begin(), deal.evidence.end(), [&](const Evidence& e) {
      auto it = graph_.articles().find(graph_.article_iri(e.source_id));
      return it != graph_.articles().end() && it->second.published && on_or_after(*it->second.published, query_.since);
    });
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

std::string parse_since_date(std::string_view text) {
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

KnowledgeGraph subgraph(const KnowledgeGraph& graph, const std::string& center, const SubgraphQuery& query) {
  if (!graph.entities().count(center)) throw std::invalid_argument("<" + center + "> is no entity of the graph");
  SubgraphWalk walk(graph, query);
  walk.walk(center);
  return walk.result();
}

}  // namespace dealgraph
