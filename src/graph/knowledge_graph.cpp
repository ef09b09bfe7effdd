#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dealgraph/graph.hpp"
#include "util/sha256.hpp"

namespace dealgraph {
namespace {

// IRI-safe path segment: unreserved characters stay, everything else is percent-encoded.
std::string iri_segment(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
        c == '_' || c == '~')
      out.push_back(static_cast<char>(c));
    else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
  return out;
}

const char* kind_segment(EntityKind kind) {
  switch (kind) {
    case EntityKind::Organization: return "org/";
    case EntityKind::Person: return "person/";
    case EntityKind::Chip: return "chip/";
    case EntityKind::Product: return "product/";
  }
  return "entity/";
}

// A readable, stable IRI segment for a name: lower-case ASCII words joined by hyphens.
std::string discovered_slug(std::string_view label) {
  std::string slug;
  for (unsigned char c : label) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) slug.push_back(static_cast<char>(c));
    else if (c >= 'A' && c <= 'Z') slug.push_back(static_cast<char>(c - 'A' + 'a'));
    else if (c >= 0x80) slug.push_back(static_cast<char>(c));
    else if (!slug.empty() && slug.back() != '-') slug.push_back('-');
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

bool evidence_less(const Evidence& a, const Evidence& b) {
  return std::tie(a.source_id, a.cp_begin, a.cp_end) < std::tie(b.source_id, b.cp_begin, b.cp_end);
}

template <typename T>
void insert_sorted_unique(std::vector<T>& items, T item, auto less, auto same) {
  auto it = std::lower_bound(items.begin(), items.end(), item, less);
  if (it != items.end() && same(*it, item)) return;
  items.insert(it, std::move(item));
}

// Evidence, amounts and quantities are appended as articles come and put in order once, by
// finish(): inserting each in place would move the whole list of a much-cited entity every time.
template <typename T>
void sort_unique(std::vector<T>& items, auto less) {
  std::stable_sort(items.begin(), items.end(), less);
  items.erase(std::unique(items.begin(), items.end(), [&](const T& a, const T& b) { return !less(a, b) && !less(b, a); }),
              items.end());
}

// Each source's report of an amount or quantity is kept once, in source order.
const std::string& written(const ReportedAmount& a) { return a.amount.as_written; }
const std::string& written(const ReportedQuantity& q) { return q.quantity.as_written; }
template <typename Reported>
bool reported_less(const Reported& a, const Reported& b) {
  return std::tie(a.evidence.source_id, a.evidence.cp_begin, a.evidence.cp_end, written(a)) <
         std::tie(b.evidence.source_id, b.evidence.cp_begin, b.evidence.cp_end, written(b));
}

void add_labels(std::vector<LexiconLabel>& into, const std::vector<LexiconLabel>& labels) {
  for (const LexiconLabel& label : labels)
    insert_sorted_unique(into, label,
        [](const LexiconLabel& a, const LexiconLabel& b) { return std::tie(a.language, a.text) < std::tie(b.language, b.text); },
        [](const LexiconLabel& a, const LexiconLabel& b) { return a.language == b.language && a.text == b.text; });
}

// A label equal to the preferred one (text and language) is not also an alternative.
void drop_preferred(EntityNode& node) {
  std::erase_if(node.labels, [&](const LexiconLabel& l) { return l.text == node.pref_label && l.language == node.pref_language; });
}

// Articles may write a found name in several ways (Acme Inc, Acme Inc.), or tag the same name
// with different languages (zh-Hans, zh-Hant): the preferred label is the least of them by text,
// then language, whichever article came first, so that any order of articles and any split
// into shards gives the same; the others are alternatives.
void offer_label(EntityNode& node, LexiconLabel label) {
  if (std::tie(label.text, label.language) < std::tie(node.pref_label, node.pref_language)) {
    std::swap(label.text, node.pref_label);
    std::swap(label.language, node.pref_language);
  }
  add_labels(node.labels, {label});
  drop_preferred(node);
}

// An article's own node: where it came from and what it is.
ArticleNode article_node(const Document& document, const std::string& iri) {
  ArticleNode article;
  article.iri = iri;
  article.source_id = document.source_id;
  article.source_path = document.source_path;
  article.sha256 = document.sha256;
  article.title = document.title;
  article.published = document.published;
  article.url = document.url;
  article.language = document.language;
  article.format = to_string(document.format);
  article.characters = document.sentences.empty() ? 0 : document.sentences.back().cp_end;
  return article;
}

// The node of an entity the lexicon knows; created with the lexicon's labels on first sight.
EntityNode& lexicon_entity(std::map<std::string, EntityNode>& entities, const std::string& iri,
                           const LexiconEntry& entry) {
  auto [it, created] = entities.try_emplace(iri);
  EntityNode& node = it->second;
  if (created) {
    node.iri = iri;
    node.kind = entry.kind;
    node.pref_label = entry.pref_label;
    node.lexicon_iri = entry.iri;
    for (const LexiconLabel& label : entry.labels)
      if (label.text != entry.pref_label) node.labels.push_back(label);
    std::sort(node.labels.begin(), node.labels.end(), [](const auto& a, const auto& b) {
      return std::tie(a.language, a.text) < std::tie(b.language, b.text);
    });
    node.labels.erase(std::unique(node.labels.begin(), node.labels.end(), [](const auto& a, const auto& b) {
      return a.language == b.language && a.text == b.text;
    }), node.labels.end());
  }
  return node;
}

// The node of a name the lexicon does not know, found from the shape of the text. Each
// article's way of writing it is offered as a label, and the surest finding sets the confidence.
EntityNode& discovered_entity(std::map<std::string, EntityNode>& entities, const std::string& iri,
                              const DiscoveredEntity& discovered) {
  auto [it, created] = entities.try_emplace(iri);
  EntityNode& node = it->second;
  const std::string language = discovered.language == "und" ? "" : discovered.language;
  if (created) {
    node.iri = iri;
    node.kind = discovered.kind;
    node.pref_label = discovered.label;
    node.pref_language = language;
    node.confidence = discovered.confidence;
  } else {
    offer_label(node, {discovered.label, language});
    node.confidence = std::max(node.confidence, discovered.confidence);
  }
  if (!discovered.short_label.empty()) {
    add_labels(node.labels, {{discovered.short_label, language}});
    drop_preferred(node);
  }
  // The article's other forms of the name (Hemsley, TOA) are alternatives: a set, so the same
  // whichever order the articles come in.
  for (const std::string& alias : discovered.aliases) add_labels(node.labels, {{alias, language}});
  if (!discovered.aliases.empty()) drop_preferred(node);
  return node;
}

// An article's entity keys resolved to nodes of the graph: lexicon keys become IRIs under the
// base. An article names the same entity many times; each key is resolved once, and the
// article is recorded among the node's mentions.
class EntityResolver {
 public:
  EntityResolver(const KnowledgeGraph& graph, std::map<std::string, EntityNode>& entities, const ArticleFacts& facts,
                 const Lexicon& lexicon, const std::string& article_iri)
      : graph_(graph), entities_(entities), facts_(facts), lexicon_(lexicon), article_iri_(article_iri) {}

  // The node of `key`, or null when neither the lexicon nor the article's discovered names know it.
  EntityNode* operator()(const std::string& key) {
    auto [it, created] = resolved_.try_emplace(key, nullptr);
    if (created) it->second = resolve(key);
    return it->second;
  }

 private:
  EntityNode* resolve(const std::string& key) {
    EntityNode* node = nullptr;
    if (const LexiconEntry* entry = lexicon_.find(key)) {
      node = &lexicon_entity(entities_, graph_.entity_iri(entry->kind, entry->local_name), *entry);
    } else {
      auto discovered = std::find_if(facts_.discovered.begin(), facts_.discovered.end(),
                                     [&](const DiscoveredEntity& d) { return d.entity_key == key; });
      if (discovered == facts_.discovered.end()) return nullptr;
      if (const LexiconEntry* entry = known_as(*discovered)) {
        node = &lexicon_entity(entities_, graph_.entity_iri(entry->kind, entry->local_name), *entry);
        add_written_form(*node, *entry, *discovered);
      } else {
        const std::string iri = graph_.entity_iri(discovered->kind, discovered_slug(discovered->label));
        node = &discovered_entity(entities_, iri, *discovered);
      }
    }
    node->mentioned_in.insert(article_iri_);
    return node;
  }

  // The lexicon's entry for a found name after all: a label whose context the lexicon wanted and
  // the finder's own evidence gave (CFTC found as an acronym), or a name whose IRI would be the
  // entry's. One node per IRI, then, whatever order the articles come in, in a build as in a merge.
  const LexiconEntry* known_as(const DiscoveredEntity& discovered) const {
    for (const std::string& name : {discovered.label, discovered_slug(discovered.label)})
      if (const LexiconEntry* entry = lexicon_.resolve(name); entry && entry->kind == discovered.kind) return entry;
    return nullptr;
  }

  // The article's way of writing a lexicon entity the lexicon lacks (CAF for the entry
  // caf) becomes one of its labels; checked against the lexicon's labels only, so the result is
  // the same whatever order the articles come in.
  static void add_written_form(EntityNode& node, const LexiconEntry& entry, const DiscoveredEntity& discovered) {
    const auto same_text = [&](const LexiconLabel& l) { return l.text == discovered.label; };
    if (entry.pref_label == discovered.label || std::any_of(entry.labels.begin(), entry.labels.end(), same_text)) return;
    add_labels(node.labels, {{discovered.label, discovered.language == "und" ? "" : discovered.language}});
  }

  const KnowledgeGraph& graph_;
  std::map<std::string, EntityNode>& entities_;
  const ArticleFacts& facts_;
  const Lexicon& lexicon_;
  const std::string& article_iri_;
  std::unordered_map<std::string_view, EntityNode*> resolved_;  // views into the facts' keys
};

// Each entity's first mention in the article is its evidence there: the sentence that holds it.
void add_first_mentions(const ArticleFacts& facts, EntityResolver& entity_for) {
  const Document& document = facts.document;
  std::set<std::string> evidenced;
  for (const Mention& mention : facts.mentions) {
    EntityNode* node = entity_for(mention.entity_key);
    if (!node || !evidenced.insert(node->iri).second) continue;
    auto sentence = std::upper_bound(document.sentences.begin(), document.sentences.end(), mention.byte_begin,
                                     [](std::size_t at, const Sentence& s) { return at < s.byte_end; });
    if (sentence == document.sentences.end() || sentence->byte_begin > mention.byte_begin) continue;
    Evidence evidence;
    evidence.source_id = document.source_id;
    evidence.quote = document.text.substr(sentence->byte_begin, sentence->byte_end - sentence->byte_begin);
    evidence.language = document.language == "und" ? "" : document.language;
    evidence.cp_begin = sentence->cp_begin;
    evidence.cp_end = sentence->cp_end;
    node->evidence.push_back(std::move(evidence));
  }
}

// The source a claim's sentence names, as an entity IRI (or dg:UnnamedSources); a name the
// graph cannot place leaves the quote unattributed, a denial still a denial.
void add_claim_attribution(DealNode& deal, const DealClaim& claim, EntityResolver& entity_for) {
  if (claim.attribution.empty()) return;
  Attribution attribution = claim.attribution;
  if (!attribution.source.empty() && attribution.source != kUnnamedSources) {
    const EntityNode* source = entity_for(attribution.source);
    attribution.source = source ? source->iri : std::string();
  }
  if (!attribution.empty()) add_attribution(deal.attributions, place_of(claim.evidence), std::move(attribution));
}

// A deal claim with at least two known parties, added to its deal. The same type, parties and
// tranche make the same deal, whichever article reports it: "another $2bn" from X to Y is not
// X's first investment in Y, and one deal told by several articles is one node.
void add_deal(std::map<std::string, DealNode>& deals, const std::string& base, const DealClaim& claim,
              EntityResolver& entity_for) {
  std::vector<std::pair<Role, std::string>> parties;
  for (const Party& party : claim.parties)
    if (EntityNode* node = entity_for(party.entity_key)) parties.emplace_back(party.role, node->iri);
  if (parties.size() < 2) return;
  std::sort(parties.begin(), parties.end());
  parties.erase(std::unique(parties.begin(), parties.end()), parties.end());
  std::string key = to_string(claim.type);
  for (const auto& [role, iri] : parties) key += std::string("|") + to_string(role) + "=" + iri;
  if (!claim.tranche.empty()) key += "|tranche=" + claim.tranche;
  const std::string iri = base + "deal/" + util::sha256_hex(key).substr(0, 20);
  auto [it, created] = deals.try_emplace(iri);
  DealNode& deal = it->second;
  if (created) {
    deal.iri = iri;
    deal.type = claim.type;
    deal.parties = parties;
  }
  for (const Amount& amount : claim.amounts) deal.amounts.push_back({amount, claim.evidence});
  for (Amount price : claim.prices_per_share) {
    price.per_share = true;
    deal.prices_per_share.push_back({std::move(price), claim.evidence});
  }
  for (const Quantity& quantity : claim.quantities) deal.quantities.push_back({quantity, claim.evidence});
  for (const std::string& chip : claim.chips)
    if (EntityNode* node = entity_for(chip)) deal.chips.insert(node->iri);
  if (!claim.status.empty()) deal.statuses.insert(claim.status);
  if (!claim.date.empty()) deal.dates.insert(claim.date);
  deal.triggers.insert(claim.trigger);
  Evidence& quote = deal.evidence.emplace_back(claim.evidence);
  quote.claim_status = claim.status;
  quote.claim_date = claim.date;
  add_claim_attribution(deal, claim, entity_for);
  deal.confidence = std::max(deal.confidence, claim.confidence);
}

// Whether `role` is the side that pays or buys: investor, acquirer, customer, licensee, guarantor.
bool pays(Role role) {
  return role == Role::Investor || role == Role::Acquirer || role == Role::Customer || role == Role::Licensee ||
         role == Role::Guarantor;
}

// The one that pays and the one paid in a claim of two parties; empty for a partnership.
std::optional<std::pair<std::string, std::string>> direction(const DealClaim& claim) {
  if (claim.parties.size() != 2 || pays(claim.parties[0].role) == pays(claim.parties[1].role)) return std::nullopt;
  const Party& payer = pays(claim.parties[0].role) ? claim.parties[0] : claim.parties[1];
  const Party& paid = pays(claim.parties[0].role) ? claim.parties[1] : claim.parties[0];
  return std::make_pair(payer.entity_key, paid.entity_key);
}

// What kind of thing changes hands: a share of a company (investments, stakes, takeovers), goods
// or capacity (supply, cloud), rights, a guarantee.
int family(DealType type) {
  switch (type) {
    case DealType::Investment:
    case DealType::EquityStake:
    case DealType::Acquisition: return 0;
    case DealType::SupplyAgreement:
    case DealType::CloudContract: return 1;
    case DealType::Licensing: return 2;
    case DealType::LoanGuarantee: return 3;
    case DealType::Partnership: return 4;
  }
  return 4;
}

// One sentence cannot say both that A buys into B and that B buys into A (or that each supplies
// the other): of two such readings of a sentence, the surer (then the first) stands, so that no
// pair of companies holds deal roles both ways from one statement ("Canon is issuing a bond,
// lead manager Yamaichi said"). Different things may flow both ways: Nvidia invests in OpenAI,
// which buys Nvidia's chips.
// Across an article, the direction more of its sentences state stands (then the surer; between
// equals, the first when both state the same type, both when the types differ, as a purchase from
// a company read as its takeover beside a real investment): "X raised its stake in Y" told
// twice and misread once the other way.
std::vector<bool> contradicted_claims(const std::vector<DealClaim>& claims) {
  std::vector<bool> dropped(claims.size(), false);
  // (family, payer, paid) -> how many claims state it, their best confidence, the first of them
  struct Support {
    std::size_t count = 0;
    double confidence = 0;
    std::size_t first = 0;
  };
  std::map<std::tuple<int, std::string, std::string>, Support> support;
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const auto flow = direction(claims[i]);
    if (!flow) continue;
    auto [it, created] = support.try_emplace({family(claims[i].type), flow->first, flow->second});
    if (created) it->second.first = i;
    ++it->second.count;
    it->second.confidence = std::max(it->second.confidence, claims[i].confidence);
  }
  auto stronger = [&](const Support& a, const Support& b) {
    if (a.count != b.count) return a.count > b.count;
    if (a.confidence != b.confidence) return a.confidence > b.confidence;
    return a.first < b.first && claims[a.first].type == claims[b.first].type;
  };
  for (std::size_t i = 0; i < claims.size(); ++i) {
    const auto flow = direction(claims[i]);
    if (!flow) continue;
    const int kind = family(claims[i].type);
    auto reverse = support.find({kind, flow->second, flow->first});
    if (reverse != support.end() && stronger(reverse->second, support.at({kind, flow->first, flow->second})))
      dropped[i] = true;
  }
  return dropped;
}

// A post claim whose holder and organization are both known, added to its post: the same
// holder, organization and title make the same post (the vocabulary calls it dg:Position).
void add_post(std::map<std::string, PostNode>& posts, const std::string& base, const PostClaim& claim,
              EntityResolver& entity_for) {
  EntityNode* holder = entity_for(claim.holder_key);
  EntityNode* organization = entity_for(claim.organization_key);
  if (!holder || !organization) return;
  const std::string iri =
      base + "position/" + util::sha256_hex(holder->iri + "|" + organization->iri + "|" + claim.title).substr(0, 20);
  auto [it, created] = posts.try_emplace(iri);
  PostNode& post = it->second;
  if (created) {
    post.iri = iri;
    post.holder = holder->iri;
    post.organization = organization->iri;
    post.title = claim.title;
  }
  post.titles_as_written.insert(claim.title_as_written);
  post.evidence.push_back(claim.evidence);
}

}  // namespace

QuotePlace place_of(const Evidence& evidence) { return {evidence.source_id, evidence.cp_begin, evidence.cp_end}; }

void add_attribution(std::map<QuotePlace, Attribution>& attributions, const QuotePlace& place, Attribution attribution) {
  auto [it, created] = attributions.try_emplace(place, attribution);
  if (!created && std::tie(it->second.denial, it->second.source) < std::tie(attribution.denial, attribution.source))
    it->second = std::move(attribution);
}

std::string KnowledgeGraph::article_iri(const std::string& source_id) const {
  return base_ + "article/" + iri_segment(source_id);
}

std::string KnowledgeGraph::entity_iri(EntityKind kind, const std::string& local_name) const {
  return base_ + kind_segment(kind) + iri_segment(local_name);
}

void KnowledgeGraph::add(const ArticleFacts& facts, const Lexicon& lexicon) {
  const std::string iri = article_iri(facts.document.source_id);
  articles_[iri] = article_node(facts.document, iri);
  EntityResolver entity_for(*this, entities_, facts, lexicon, iri);
  add_first_mentions(facts, entity_for);
  const std::vector<bool> contradicted = contradicted_claims(facts.deals);
  for (std::size_t i = 0; i < facts.deals.size(); ++i)
    if (!contradicted[i]) add_deal(deals_, base_, facts.deals[i], entity_for);
  for (const PostClaim& claim : facts.posts) add_post(posts_, base_, claim, entity_for);
}

void KnowledgeGraph::merge(const KnowledgeGraph& other) {
  for (const auto& [iri, article] : other.articles_) articles_.try_emplace(iri, article);
  for (const auto& [iri, entity] : other.entities_) {
    auto [it, created] = entities_.try_emplace(iri, entity);
    if (created) continue;
    EntityNode& node = it->second;
    node.mentioned_in.insert(entity.mentioned_in.begin(), entity.mentioned_in.end());
    add_labels(node.labels, entity.labels);
    if (node.lexicon_iri.empty()) offer_label(node, {entity.pref_label, entity.pref_language});
    node.evidence.insert(node.evidence.end(), entity.evidence.begin(), entity.evidence.end());
    node.confidence = std::max(node.confidence, entity.confidence);
  }
  for (const auto& [iri, deal] : other.deals_) {
    auto [it, created] = deals_.try_emplace(iri, deal);
    if (created) continue;
    DealNode& node = it->second;
    node.amounts.insert(node.amounts.end(), deal.amounts.begin(), deal.amounts.end());
    node.prices_per_share.insert(node.prices_per_share.end(), deal.prices_per_share.begin(), deal.prices_per_share.end());
    node.quantities.insert(node.quantities.end(), deal.quantities.begin(), deal.quantities.end());
    node.chips.insert(deal.chips.begin(), deal.chips.end());
    node.statuses.insert(deal.statuses.begin(), deal.statuses.end());
    node.dates.insert(deal.dates.begin(), deal.dates.end());
    node.triggers.insert(deal.triggers.begin(), deal.triggers.end());
    node.evidence.insert(node.evidence.end(), deal.evidence.begin(), deal.evidence.end());
    for (const auto& [place, attribution] : deal.attributions) add_attribution(node.attributions, place, attribution);
    node.confidence = std::max(node.confidence, deal.confidence);
  }
  for (const auto& [iri, post] : other.posts_) {
    auto [it, created] = posts_.try_emplace(iri, post);
    if (created) continue;
    it->second.titles_as_written.insert(post.titles_as_written.begin(), post.titles_as_written.end());
    it->second.evidence.insert(it->second.evidence.end(), post.evidence.begin(), post.evidence.end());
  }
}

void KnowledgeGraph::finish() {
  for (auto& [iri, entity] : entities_) sort_unique(entity.evidence, evidence_less);
  for (auto& [iri, deal] : deals_) {
    sort_unique(deal.evidence, evidence_less);
    sort_unique(deal.amounts, reported_less<ReportedAmount>);
    sort_unique(deal.prices_per_share, reported_less<ReportedAmount>);
    sort_unique(deal.quantities, reported_less<ReportedQuantity>);
  }
  for (auto& [iri, post] : posts_) sort_unique(post.evidence, evidence_less);
  topology_.clear();
  vertex_of_.clear();
  vertex_of_.reserve(entities_.size() + deals_.size() + posts_.size());
  auto add_vertex = [&](VertexKind kind, const std::string& iri) {
    const auto v = boost::add_vertex(GraphVertex{kind, iri}, topology_);
    vertex_of_.emplace(iri, v);
  };
  for (const auto& [iri, entity] : entities_) add_vertex(VertexKind::Entity, iri);
  for (const auto& [iri, deal] : deals_) add_vertex(VertexKind::Deal, iri);
  for (const auto& [iri, post] : posts_) add_vertex(VertexKind::Post, iri);
  // Edges follow the flow of money and compute: payer -> deal -> receiver of money.
  for (const auto& [iri, deal] : deals_) {
    const auto d = vertex_of_.at(iri);
    for (const auto& [role, party] : deal.parties) {
      auto p = vertex_of_.find(party);
      if (p == vertex_of_.end()) continue;
      const bool into_deal = role == Role::Investor || role == Role::Customer || role == Role::Acquirer ||
                             role == Role::Licensee || role == Role::Guarantor || role == Role::Partner;
      if (into_deal) boost::add_edge(p->second, d, GraphEdge{to_string(role)}, topology_);
      else boost::add_edge(d, p->second, GraphEdge{to_string(role)}, topology_);
    }
    for (const std::string& chip : deal.chips) {
      auto c = vertex_of_.find(chip);
      if (c != vertex_of_.end()) boost::add_edge(d, c->second, GraphEdge{"chip"}, topology_);
    }
  }
  for (const auto& [iri, post] : posts_) {
    const auto v = vertex_of_.at(iri);
    auto holder = vertex_of_.find(post.holder);
    auto organization = vertex_of_.find(post.organization);
    if (holder != vertex_of_.end()) boost::add_edge(holder->second, v, GraphEdge{"holder"}, topology_);
    if (organization != vertex_of_.end()) boost::add_edge(v, organization->second, GraphEdge{"organization"}, topology_);
  }
}

KnowledgeGraph::KnowledgeGraph(const KnowledgeGraph& other)
    : base_(other.base_),
      articles_(other.articles_),
      entities_(other.entities_),
      deals_(other.deals_),
      posts_(other.posts_),
      topology_(other.topology_) {
  index_vertices();
}

KnowledgeGraph& KnowledgeGraph::operator=(const KnowledgeGraph& other) {
  if (this != &other) {
    KnowledgeGraph copy(other);
    *this = std::move(copy);
  }
  return *this;
}

void KnowledgeGraph::index_vertices() {
  vertex_of_.clear();
  for (auto [v, end] = boost::vertices(topology_); v != end; ++v) {
    const GraphVertex& vertex = topology_[*v];
    auto key = [&](const auto& map) -> std::string_view {
      auto it = map.find(vertex.iri);
      return it == map.end() ? std::string_view() : std::string_view(it->first);
    };
    const std::string_view iri = vertex.kind == VertexKind::Entity ? key(entities_)
                                 : vertex.kind == VertexKind::Deal ? key(deals_)
                                                                   : key(posts_);
    if (!iri.empty()) vertex_of_.emplace(iri, *v);
  }
}

std::optional<DealGraph::vertex_descriptor> KnowledgeGraph::vertex(const std::string& iri) const {
  auto it = vertex_of_.find(iri);
  if (it == vertex_of_.end()) return std::nullopt;
  return it->second;
}

}  // namespace dealgraph
