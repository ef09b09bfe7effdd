// Reading a graph.ttl written by `dealgraph build` back into a KnowledgeGraph, so that check,
// path and neighbors never re-read articles.
//
// Serd streams the file into an rdf::TripleTable, where every IRI and blank node is a dense id
// and no triple allocates. The loader classifies each distinct predicate once, groups the
// triples by subject id (a counting sort, no hashing), puts each group in the order Sord kept
// (so that every "first" and "last" below reads as it did through Sord) and walks the typed
// subjects and their blank nodes. Everything but the small per-subject sorts is linear in the
// number of triples.
//
// A large file in the writer's own layout is cut into chunks of whole subjects
// (graph/turtle_chunks.hpp) that are parsed and read on several threads: Serd's parsing is most
// of the time, and the chunks' graphs simply add up. All articles are read before any evidence,
// which names its article by IRI.
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <deque>
#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dealgraph/graph.hpp"
#include "graph/turtle_chunks.hpp"
#include "graph/turtle_vocabulary.hpp"
#include "rdf/turtle_reader.hpp"
#include "util/parallel.hpp"

namespace dealgraph {
namespace {

using namespace turtle_vocabulary;

using Id = rdf::TripleTable::Id;
constexpr Id kNone = rdf::TripleTable::kNone;

// What each predicate of the file is, and where its IRI sorts among the file's predicates.
class Predicates {
 public:
  explicit Predicates(const rdf::TripleTable& table) : rank_(table.node_count(), kUnranked) {
    static const PredicateTable known;
    std::vector<Id> used;
    for (const rdf::TripleTable::Statement& statement : table.statements()) {
      if (rank_[statement.predicate] != kUnranked) continue;
      rank_[statement.predicate] = 0;
      used.push_back(statement.predicate);
    }
    std::sort(used.begin(), used.end(), [&](Id a, Id b) { return table.value(a) < table.value(b); });
    for (std::size_t i = 0; i < used.size(); ++i) {
      rank_[used[i]] = static_cast<std::uint32_t>(i);
      info_.push_back(known.lookup(table.value(used[i])));
    }
  }
  const PredicateInfo& info(Id predicate) const { return info_[rank_[predicate]]; }
  std::uint32_t rank(Id predicate) const { return rank_[predicate]; }

 private:
  static constexpr std::uint32_t kUnranked = ~std::uint32_t{0};
  std::vector<std::uint32_t> rank_;  // by node id; only predicates have one
  std::vector<PredicateInfo> info_;  // by rank
};

// The triples of each subject, as Sord gave them: by predicate IRI, then object (literals, then
// IRIs, then blank nodes), without repeats. The triples of subject s are
// order[offset[s] .. offset[s+1]); ids are node ids, so finding a group is an index.
class SubjectGroups {
 public:
  SubjectGroups(const rdf::TripleTable& table, const Predicates& predicates) {
    const auto& statements = table.statements();
    offset_.assign(table.node_count() + 1, 0);
    for (const auto& statement : statements) ++offset_[statement.subject + 1];
    for (std::size_t i = 1; i < offset_.size(); ++i) offset_[i] += offset_[i - 1];
    order_.resize(statements.size());
    {
      std::vector<std::uint32_t> cursor(offset_.begin(), offset_.end() - 1);
      for (std::size_t i = 0; i < statements.size(); ++i)
        order_[cursor[statements[i].subject]++] = static_cast<std::uint32_t>(i);
    }
    auto compare = [&](std::uint32_t a, std::uint32_t b) {
      const std::uint32_t ra = predicates.rank(statements[a].predicate), rb = predicates.rank(statements[b].predicate);
      if (ra != rb) return ra < rb ? -1 : 1;
      return table.compare(statements[a].object, statements[b].object);
    };
    auto less = [&](std::uint32_t a, std::uint32_t b) { return compare(a, b) < 0; };
    // Sort each group and drop repeated triples, moving the groups left as they shrink.
    std::uint32_t kept = 0;
    for (std::size_t subject = 0; subject + 1 < offset_.size(); ++subject) {
      const std::uint32_t begin = offset_[subject], end = offset_[subject + 1];
      offset_[subject] = kept;
      auto first = order_.begin() + begin, last = order_.begin() + end;
      if (!std::is_sorted(first, last, less)) std::sort(first, last, less);
      for (auto it = first; it != last; ++it)
        if (kept == offset_[subject] || compare(order_[kept - 1], *it) != 0) order_[kept++] = *it;
    }
    offset_.back() = kept;
    order_.resize(kept);
  }
  std::span<const std::uint32_t> of(Id subject) const {
    return {order_.data() + offset_[subject], order_.data() + offset_[subject + 1]};
  }
  std::size_t subjects() const { return offset_.size() - 1; }
  std::size_t triples() const { return order_.size(); }  // without repeats

 private:
  std::vector<std::uint32_t> offset_;  // by node id
  std::vector<std::uint32_t> order_;   // statement indices
};

// Inserts `key` into an ordered map, in constant time when keys come in order (the writer's).
template <typename Map>
std::pair<typename Map::iterator, bool> emplace_key(Map& map, std::string_view key) {
  if (map.empty() || map.rbegin()->first < key)
    return {map.emplace_hint(map.end(), std::piecewise_construct, std::forward_as_tuple(key), std::forward_as_tuple()),
            true};
  return map.try_emplace(std::string(key));
}

// xsd:decimal / xsd:integer lexical forms: [+-]digits[.digits]. Digits beyond int64 are
// dropped from the right (the exponent keeps the magnitude).
std::optional<Decimal> parse_decimal(std::string_view text) {
  std::size_t pos = 0;
  bool negative = false;
  if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) negative = text[pos++] == '-';
  std::int64_t units = 0;
  int exponent = 0;
  bool any_digit = false, seen_point = false, overflow = false;
  for (; pos < text.size(); ++pos) {
    const char c = text[pos];
    if (c == '.' && !seen_point) { seen_point = true; continue; }
    if (c < '0' || c > '9') return std::nullopt;
    any_digit = true;
    if (!overflow && units <= (INT64_MAX - 9) / 10) {
      units = units * 10 + (c - '0');
      if (seen_point) --exponent;
    } else {
      overflow = true;
      if (!seen_point) ++exponent;
    }
  }
  if (!any_digit) return std::nullopt;
  // Canonical: no trailing zeros in the units, so that equal values compare equal.
  while (units != 0 && units % 10 == 0) { units /= 10; ++exponent; }
  if (units == 0) exponent = 0;
  return Decimal{negative ? -units : units, exponent};
}

class Loader {
 public:
  Loader(const std::string& path, const rdf::TripleTable& table, KnowledgeGraph& graph)
      : path_(path), table_(table), predicates_(table), groups_(table, predicates_), graph_(graph) {}

  // Reads the whole table: its articles first (evidence refers to them by IRI and needs their
  // source ids), then its entities, deals and positions.
  void run() {
    read_articles();
    read_others();
    require_typed();
  }

  // The two halves of run(), for a file read in chunks: every chunk's articles are read before
  // any chunk's evidence, which then finds its sources in `articles` (the graph's, read-only).
  void read_articles() {
    collect_typed();
    for (const Typed& t : typed_)
      if (t.type.shape == Shape::Article) read_article(t.subject);
  }
  void read_others(const std::map<std::string, ArticleNode>* articles = nullptr) {
    if (articles) articles_ = articles;
    for (const Typed& t : typed_) {
      switch (t.type.shape) {
        case Shape::Entity: read_entity(t.subject, t.type.kind); break;
        case Shape::Deal: read_deal(t.subject, t.type.deal); break;
        case Shape::Position: read_position(t.subject); break;
        default: break;
      }
    }
  }
  std::size_t typed() const { return typed_.size(); }
  std::size_t triples() const { return groups_.triples(); }
  void require_typed() const {
    if (typed_.empty() && groups_.triples() != 0)
      throw rdf::ParseError(path_ + ": no dg:Article, entity, dg:Deal or dg:Position in " +
                            std::to_string(groups_.triples()) +
                            " triples; is this a graph.ttl written by `dealgraph build`?");
  }

 private:
  // Calls fn(predicate info, object) for every triple of `subject`.
  template <typename Fn>
  void each(Id subject, Fn&& fn) const {
    const auto& statements = table_.statements();
    for (std::uint32_t i : groups_.of(subject)) fn(predicates_.info(statements[i].predicate), statements[i].object);
  }

  std::string_view text(Id node) const { return table_.value(node); }
  bool is_literal(Id node) const { return table_.kind(node) == rdf::Term::Kind::Literal; }

  [[noreturn]] void fail(std::string_view subject, std::string_view what) const {
    throw rdf::ParseError(path_ + ": <" + std::string(subject) + ">: " + std::string(what));
  }
  [[noreturn]] void fail(std::string_view subject, const char* name, std::string_view problem, Id node) const {
    fail(subject, std::string(name) + std::string(problem) + "\"" + std::string(text(node)) + "\"");
  }

  std::size_t integer(std::string_view subject, Id node, const char* name) const {
    std::size_t value = 0;
    const std::string_view digits = text(node);
    const char* first = digits.data();
    const char* last = first + digits.size();
    if (first != last && *first == '+') ++first;
    auto [end, error] = std::from_chars(first, last, value);
    if (error != std::errc() || end != last || !is_literal(node))
      fail(subject, name, " is not a non-negative integer: ", node);
    return value;
  }

  Decimal decimal(std::string_view subject, Id node, const char* name) const {
    auto value = is_literal(node) ? parse_decimal(text(node)) : std::nullopt;
    if (!value) fail(subject, name, " is not a decimal: ", node);
    return *value;
  }

  double confidence(std::string_view subject, Id node) const {
    return decimal(subject, node, "dg:confidence").to_double();
  }

  Id iri(std::string_view subject, Id node, const char* name) const {
    if (table_.kind(node) != rdf::Term::Kind::Iri) fail(subject, name, " is not an IRI: ", node);
    return node;
  }
  std::string iri_text(std::string_view subject, Id node, const char* name) const {
    return std::string(text(iri(subject, node, name)));
  }

  // The source id of an article IRI: the article's dg:sourceId, or the IRI's last segment.
  // Articles are all read before the first evidence, so the answer is kept.
  const std::string& source_id_of(Id article) {
    auto [it, created] = source_ids_.try_emplace(article);
    if (created) {
      const std::string article_iri(text(article));
      auto found = articles_->find(article_iri);
      it->second = found != articles_->end() && !found->second.source_id.empty()
                       ? found->second.source_id
                       : percent_decode(article_iri.substr(article_iri.find_last_of('/') + 1));
    }
    return it->second;
  }

  static std::string percent_decode(std::string_view text) {
    auto hex = [](char c) -> int {
      if (c >= '0' && c <= '9') return c - '0';
      if (c >= 'A' && c <= 'F') return c - 'A' + 10;
      if (c >= 'a' && c <= 'f') return c - 'a' + 10;
      return -1;
    };
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
        out.push_back(static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2])));
        i += 2;
      } else {
        out.push_back(text[i]);
      }
    }
    return out;
  }
  static std::string local_name(std::string_view iri, const char* separators) {
    return percent_decode(iri.substr(iri.find_last_of(separators) + 1));
  }

  // A deal's quote gives who states it (dg:attributedTo, dg:denies) to `attributions`.
  Evidence evidence(Id node, std::string_view owner, std::map<QuotePlace, Attribution>* attributions = nullptr) {
    if (is_literal(node)) fail(owner, "dg:evidence is a literal, not a node");
    Evidence evidence;
    Attribution attribution;
    bool has_source = false;
    each(node, [&](const PredicateInfo& p, Id o) {
      switch (p.pred) {
        case Pred::Source: evidence.source_id = source_id_of(iri(owner, o, "dg:source")); has_source = true; break;
        case Pred::Quote: evidence.quote = text(o); evidence.language = table_.language(o); break;
        case Pred::Start: evidence.cp_begin = integer(owner, o, "dg:start"); break;
        case Pred::End: evidence.cp_end = integer(owner, o, "dg:end"); break;
        case Pred::ClaimStatus: evidence.claim_status = text(o); break;
        case Pred::ClaimDate: evidence.claim_date = text(o); break;
        case Pred::AttributedTo: attribution.source = iri_text(owner, o, "dg:attributedTo"); break;
        case Pred::Denies: attribution.denial = text(o) == "true" || text(o) == "1"; break;
        default: break;
      }
    });
    if (!has_source) fail(owner, "a dg:evidence node has no dg:source");
    if (attributions && !attribution.empty()) add_attribution(*attributions, place_of(evidence), std::move(attribution));
    return evidence;
  }

  void read_article(Id subject) {
    const std::string_view key = text(subject);
    ArticleNode& article = emplace_key(graph_.mutable_articles(), key).first->second;
    article.iri = key;
    article.language = "und";
    each(subject, [&](const PredicateInfo& p, Id o) {
      switch (p.pred) {
        case Pred::SourceId: article.source_id = text(o); break;
        case Pred::Title: article.title = text(o); break;
        case Pred::Published: article.published = std::string(text(o)); break;
        case Pred::Language: article.language = text(o); break;
        case Pred::SourcePath: article.source_path = text(o); break;
        case Pred::SourceUrl: article.url = std::string(text(o)); break;
        case Pred::Sha256: article.sha256 = text(o); break;
        default: break;
      }
    });
    if (article.source_id.empty()) article.source_id = local_name(key, "/");
  }

  void read_entity(Id subject, EntityKind kind) {
    const std::string_view key = text(subject);
    auto [it, created] = emplace_key(graph_.mutable_entities(), key);
    if (!created) return;  // typed twice: read once
    EntityNode& entity = it->second;
    entity.iri = key;
    entity.kind = kind;
    // The English prefLabel, else the first other one, else rdfs:label, else the local name.
    Id pref_en = kNone, pref_other = kNone, rdfs_label = kNone;
    each(subject, [&](const PredicateInfo& p, Id o) {
      switch (p.pred) {
        case Pred::PrefLabel:
          if (table_.language(o) == "en" && pref_en == kNone) pref_en = o;
          else if (pref_other == kNone) pref_other = o;
          break;
        case Pred::Label: if (rdfs_label == kNone) rdfs_label = o; break;
        case Pred::AltLabel: entity.labels.push_back({std::string(text(o)), std::string(table_.language(o))}); break;
        case Pred::MentionedIn:
          // Objects come in IRI order: each one goes at the end of the set.
          entity.mentioned_in.emplace_hint(entity.mentioned_in.end(), text(iri(key, o, "dg:mentionedIn")));
          break;
        case Pred::Confidence: entity.confidence = confidence(key, o); break;
        case Pred::Evidence: entity.evidence.push_back(evidence(o, key)); break;
        default: break;
      }
    });
    if (const Id pref = pref_en != kNone ? pref_en : pref_other != kNone ? pref_other : rdfs_label; pref != kNone) {
      entity.pref_label = text(pref);
      entity.pref_language = table_.language(pref);
    } else {
      entity.pref_label = local_name(key, "/#");
      entity.pref_language.clear();
    }
    std::sort(entity.evidence.begin(), entity.evidence.end(), [](const Evidence& a, const Evidence& b) {
      return std::tie(a.source_id, a.cp_begin, a.cp_end) < std::tie(b.source_id, b.cp_begin, b.cp_end);
    });
    std::sort(entity.labels.begin(), entity.labels.end(),
              [](const auto& a, const auto& b) { return std::tie(a.language, a.text) < std::tie(b.language, b.text); });
    entity.labels.erase(std::unique(entity.labels.begin(), entity.labels.end(),
                                    [](const auto& a, const auto& b) { return a.language == b.language && a.text == b.text; }),
                        entity.labels.end());
  }

  void read_amount(DealNode& deal, Id node, bool per_share = false) {
    if (is_literal(node)) fail(deal.iri, per_share ? "dg:pricePerShare is a literal, not a node" : "dg:amount is a literal, not a node");
    ReportedAmount reported;
    reported.amount.per_share = per_share;
    bool has_evidence = false;
    each(node, [&](const PredicateInfo& p, Id o) {
      Amount& amount = reported.amount;
      switch (p.pred) {
        case Pred::Value: amount.value = decimal(deal.iri, o, "dg:value"); break;
        case Pred::MinValue: amount.min = decimal(deal.iri, o, "dg:minValue"); break;
        case Pred::MaxValue: amount.max = decimal(deal.iri, o, "dg:maxValue"); break;
        case Pred::Currency: amount.currency = text(o); break;
        case Pred::AsWritten: amount.as_written = text(o); break;
        case Pred::Approximate: amount.approximate = text(o) == "true" || text(o) == "1"; break;
        case Pred::Qualifier: amount.qualifier = text(o); break;
        case Pred::Evidence: reported.evidence = evidence(o, deal.iri); has_evidence = true; break;
        default: break;
      }
    });
    // An amount without its own evidence is attested by the deal's first quote.
    if (!has_evidence && !deal.evidence.empty()) reported.evidence = deal.evidence.front();
    (per_share ? deal.prices_per_share : deal.amounts).push_back(std::move(reported));
  }

  void read_quantity(DealNode& deal, Id node) {
    if (is_literal(node)) fail(deal.iri, "dg:quantity is a literal, not a node");
    ReportedQuantity reported;
    bool has_evidence = false;
    each(node, [&](const PredicateInfo& p, Id o) {
      Quantity& quantity = reported.quantity;
      switch (p.pred) {
        case Pred::Value: quantity.value = decimal(deal.iri, o, "dg:value"); break;
        case Pred::Unit: quantity.unit = text(o); break;
        case Pred::AsWritten: quantity.as_written = text(o); break;
        case Pred::Approximate: quantity.approximate = text(o) == "true" || text(o) == "1"; break;
        case Pred::Qualifier: quantity.qualifier = text(o); break;
        case Pred::Evidence: reported.evidence = evidence(o, deal.iri); has_evidence = true; break;
        default: break;
      }
    });
    if (!has_evidence && !deal.evidence.empty()) reported.evidence = deal.evidence.front();
    deal.quantities.push_back(std::move(reported));
  }

  void read_deal(Id subject, DealType type) {
    const std::string_view key = text(subject);
    auto [it, created] = emplace_key(graph_.mutable_deals(), key);
    if (!created) return;
    DealNode& deal = it->second;
    deal.iri = key;
    deal.type = type;
    // Deal evidence first: amounts without evidence of their own borrow it.
    each(subject, [&](const PredicateInfo& p, Id o) {
      if (p.pred == Pred::Evidence) deal.evidence.push_back(evidence(o, key, &deal.attributions));
    });
    std::sort(deal.evidence.begin(), deal.evidence.end(), evidence_less);
    deal.evidence.erase(std::unique(deal.evidence.begin(), deal.evidence.end(), same_evidence), deal.evidence.end());
    std::vector<std::string> bare_parties;
    each(subject, [&](const PredicateInfo& p, Id o) {
      switch (p.pred) {
        case Pred::Role: deal.parties.emplace_back(p.role, iri_text(key, o, "a party role")); break;
        case Pred::Party: bare_parties.push_back(iri_text(key, o, "dg:party")); break;
        case Pred::Amount: read_amount(deal, o); break;
        case Pred::PricePerShare: read_amount(deal, o, true); break;
        case Pred::Quantity: read_quantity(deal, o); break;
        case Pred::Chip: deal.chips.emplace_hint(deal.chips.end(), text(iri(key, o, "dg:chip"))); break;
        case Pred::Status: deal.statuses.emplace_hint(deal.statuses.end(), text(o)); break;
        case Pred::Date: deal.dates.emplace_hint(deal.dates.end(), text(o)); break;
        case Pred::Trigger: deal.triggers.emplace_hint(deal.triggers.end(), text(o)); break;
        case Pred::Confidence: deal.confidence = confidence(key, o); break;
        default: break;
      }
    });
    // dg:party restates each role (the writer states both, for stores without inference); a
    // dg:party with no role says "a participant", and the nearest role is partner.
    for (std::string& party : bare_parties)
      if (std::none_of(deal.parties.begin(), deal.parties.end(), [&](const auto& p) { return p.second == party; }))
        deal.parties.emplace_back(Role::Partner, std::move(party));
    std::sort(deal.parties.begin(), deal.parties.end());
    deal.parties.erase(std::unique(deal.parties.begin(), deal.parties.end()), deal.parties.end());
    // The same orders as KnowledgeGraph::add, so that a loaded graph equals the built one.
    const auto amount_less = [](const ReportedAmount& a, const ReportedAmount& b) {
      return std::tie(a.evidence.source_id, a.evidence.cp_begin, a.amount.as_written) <
             std::tie(b.evidence.source_id, b.evidence.cp_begin, b.amount.as_written);
    };
    std::sort(deal.amounts.begin(), deal.amounts.end(), amount_less);
    std::sort(deal.prices_per_share.begin(), deal.prices_per_share.end(), amount_less);
    std::sort(deal.quantities.begin(), deal.quantities.end(), [](const ReportedQuantity& a, const ReportedQuantity& b) {
      return std::tie(a.evidence.source_id, a.evidence.cp_begin, a.quantity.as_written) <
             std::tie(b.evidence.source_id, b.evidence.cp_begin, b.quantity.as_written);
    });
  }

  void read_position(Id subject) {
    const std::string_view key = text(subject);
    auto [it, created] = emplace_key(graph_.mutable_posts(), key);
    if (!created) return;
    PostNode& post = it->second;
    post.iri = key;
    each(subject, [&](const PredicateInfo& p, Id o) {
      switch (p.pred) {
        case Pred::Holder: post.holder = iri_text(key, o, "dg:holder"); break;
        case Pred::Organization: post.organization = iri_text(key, o, "dg:organization"); break;
        case Pred::PositionTitle: post.title = text(o); break;
        case Pred::TitleAsWritten: post.titles_as_written.emplace_hint(post.titles_as_written.end(), text(o)); break;
        case Pred::Evidence: post.evidence.push_back(evidence(o, key)); break;
        default: break;
      }
    });
    if (post.holder.empty() || post.organization.empty())
      fail(key, "a dg:Position needs a dg:holder and a dg:organization");
    std::sort(post.evidence.begin(), post.evidence.end(), evidence_less);
    post.evidence.erase(std::unique(post.evidence.begin(), post.evidence.end(), same_evidence),
                            post.evidence.end());
  }

  static bool evidence_less(const Evidence& a, const Evidence& b) {
    return std::tie(a.source_id, a.cp_begin, a.cp_end) < std::tie(b.source_id, b.cp_begin, b.cp_end);
  }
  static bool same_evidence(const Evidence& a, const Evidence& b) {
    return a.source_id == b.source_id && a.cp_begin == b.cp_begin && a.cp_end == b.cp_end;
  }

  // Typed subjects, each with its first type of each shape in Sord's order: a subject is read
  // once whatever its number of types.
  void collect_typed() {
    typed_.clear();
    std::unordered_map<Id, TypeInfo> types;
    for (Id subject = 0; subject < groups_.subjects(); ++subject) {
      if (table_.kind(subject) != rdf::Term::Kind::Iri) continue;
      std::array<bool, 5> seen{};
      each(subject, [&](const PredicateInfo& p, Id o) {
        if (p.pred != Pred::Type || table_.kind(o) != rdf::Term::Kind::Iri) return;
        auto [it, created] = types.try_emplace(o);
        if (created) it->second = classify_type(table_.value(o));
        const TypeInfo& type = it->second;
        if (type.shape == Shape::None || seen[static_cast<std::size_t>(type.shape)]) return;
        seen[static_cast<std::size_t>(type.shape)] = true;
        typed_.push_back({subject, type});
      });
    }
  }

  const std::string& path_;
  const rdf::TripleTable& table_;
  Predicates predicates_;
  SubjectGroups groups_;
  KnowledgeGraph& graph_;
  const std::map<std::string, ArticleNode>* articles_ = &graph_.articles();  // where evidence finds its sources
  struct Typed {
    Id subject;
    TypeInfo type;
  };
  std::vector<Typed> typed_;
  std::unordered_map<Id, std::string> source_ids_;  // by article IRI
};

// The base of instance IRIs of the tables of one file (IRIs compare in Sord's order as text).
template <typename Tables>
std::string infer_base(const Tables& tables) {
  std::optional<BaseCandidate> best;
  for (const rdf::TripleTable& table : tables)
    if (auto candidate = base_candidate(table);
        candidate && (!best || std::tie(candidate->subject, candidate->type) < std::tie(best->subject, best->type)))
      best = std::move(candidate);
  return best ? best->base : std::string(kDefaultBase);
}

// util::run_parallel, with a failure as false: the caller then reads the file whole.
bool run_side_by_side(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work) {
  try {
    util::run_parallel(count, threads, work);
    return true;
  } catch (...) {
    return false;
  }
}

// Whether no IRI is the subject of statements in two tables: then each subject, with its nested
// nodes, was read from one chunk, as from the whole file.
bool subjects_apart(const std::deque<rdf::TripleTable>& tables) {
  std::unordered_set<std::string_view> seen;
  for (const rdf::TripleTable& table : tables) {
    std::vector<bool> counted(table.node_count());
    for (const rdf::TripleTable::Statement& statement : table.statements()) {
      if (table.kind(statement.subject) != rdf::Term::Kind::Iri || counted[statement.subject]) continue;
      counted[statement.subject] = true;
      if (!seen.insert(table.value(statement.subject)).second) return false;
    }
  }
  return true;
}

// The file read in chunks side by side (graph/turtle_chunks.hpp), or nothing when it cannot be:
// one thread, a file too small to cut or not in the writer's layout, or any error, which the
// reading of the whole file then reports as it always has.
std::optional<KnowledgeGraph> load_in_chunks(const std::string& path, const GraphLoadOptions& options) {
  const unsigned threads = util::thread_count(options.threads);
  if (threads < 2) return std::nullopt;
  const std::optional<turtle_chunks::Plan> plan = turtle_chunks::plan(path, options.chunk_bytes);
  if (!plan || plan->chunks.size() < 2) return std::nullopt;
  const std::size_t count = plan->chunks.size();
  std::deque<rdf::TripleTable> tables(count);  // a deque: the loaders keep references into it
  std::deque<KnowledgeGraph> parts(count);
  std::deque<std::optional<Loader>> loaders(count);
  // Every chunk's articles first: evidence in any chunk may cite an article of another.
  if (!run_side_by_side(count, threads, [&](std::size_t i) {
        tables[i] = rdf::read_turtle_table_owned(turtle_chunks::chunk_text(path, *plan, i), path);
        loaders[i].emplace(path, tables[i], parts[i]);
        loaders[i]->read_articles();
      }))
    return std::nullopt;
  std::size_t typed = 0;
  for (const std::optional<Loader>& loader : loaders) typed += loader->typed();
  if (typed == 0 || !subjects_apart(tables)) return std::nullopt;
  KnowledgeGraph graph(options.base.empty() ? infer_base(tables) : options.base);
  for (KnowledgeGraph& part : parts) graph.mutable_articles().merge(part.mutable_articles());
  UnreadVocabulary unread;  // given back only when the chunks' reading succeeds
  if (options.unread)
    for (const rdf::TripleTable& table : tables) count_unread(table, unread);
  // A chunk's table is let go as soon as its nodes are read: the graph grows as the tables shrink.
  if (!run_side_by_side(count, threads, [&](std::size_t i) {
        loaders[i]->read_others(&graph.articles());
        loaders[i].reset();
        tables[i] = rdf::TripleTable();
      }))
    return std::nullopt;
  for (KnowledgeGraph& part : parts) {
    graph.mutable_entities().merge(part.mutable_entities());
    graph.mutable_deals().merge(part.mutable_deals());
    graph.mutable_posts().merge(part.mutable_posts());
    if (!part.articles().empty() || !part.entities().empty() || !part.deals().empty() || !part.posts().empty())
      return std::nullopt;  // a node in two chunks after all
  }
  if (options.unread)
    for (const auto& [what, statements] : unread) (*options.unread)[what] += statements;
  graph.finish();
  return graph;
}

}  // namespace

KnowledgeGraph load_graph_turtle(const std::string& path, const GraphLoadOptions& options) {
  if (std::optional<KnowledgeGraph> graph = load_in_chunks(path, options)) return std::move(*graph);
  const rdf::TripleTable table = rdf::read_turtle_table(path);
  if (options.unread) count_unread(table, *options.unread);
  KnowledgeGraph graph(options.base.empty() ? infer_base(std::span(&table, 1)) : options.base);
  Loader(path, table, graph).run();
  graph.finish();
  return graph;
}

KnowledgeGraph load_graph_turtle(const std::string& path, std::string base, UnreadVocabulary* unread) {
  return load_graph_turtle(path, GraphLoadOptions{std::move(base), unread});
}

}  // namespace dealgraph
