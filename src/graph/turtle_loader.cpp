// Reading a graph.ttl written by `dealgraph build` back into a KnowledgeGraph, so that check,
// path and neighbors never re-read articles.
//
// One pass groups the triples by subject (hash of subject -> dense id, then a counting sort:
// no per-subject allocations, no ordered maps), one more classifies each predicate once, and
// a last pass walks the typed subjects and their blank nodes. Everything is linear in the
// number of triples.
#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>

#include "dealgraph/query.hpp"
#include "rdf/turtle_reader.hpp"

namespace dealgraph {
namespace {

constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
constexpr std::string_view kDcterms = "http://purl.org/dc/terms/";

// Every predicate the writer uses (src/export/turtle_writer.cpp), plus dg:party.
enum class Pred : std::uint8_t {
  Other,
  Type,
  // articles
  SourceId, Title, Published, Language, SourcePath, SourceUrl, Sha256,
  // entities
  Label, PrefLabel, AltLabel, MentionedIn, Confidence,
  // deals
  Role, Party, Amount, Quantity, Chip, Status, Date, Trigger, Evidence,
  // amounts and quantities
  Value, MinValue, MaxValue, Currency, Unit, AsWritten, Approximate, Qualifier,
  // evidence
  Source, Quote, Start, End,
  // positions
  Holder, Organization, PositionTitle, TitleAsWritten,
};

struct PredicateInfo {
  Pred pred = Pred::Other;
  dealgraph::Role role = dealgraph::Role::Partner;  // for Pred::Role
};

class PredicateTable {
 public:
  PredicateTable() {
    const std::string dg(rdf::kDg);
    auto add = [&](std::string iri, Pred pred) { table_.emplace(std::move(iri), PredicateInfo{pred}); };
    add(std::string(kRdf) + "type", Pred::Type);
    add(dg + "sourceId", Pred::SourceId);
    add(std::string(kDcterms) + "title", Pred::Title);
    add(dg + "published", Pred::Published);
    add(std::string(kDcterms) + "language", Pred::Language);
    add(dg + "sourcePath", Pred::SourcePath);
    add(dg + "sourceUrl", Pred::SourceUrl);
    add(dg + "sha256", Pred::Sha256);
    add(std::string(kRdfs) + "label", Pred::Label);
    add(std::string(kSkos) + "prefLabel", Pred::PrefLabel);
    add(std::string(kSkos) + "altLabel", Pred::AltLabel);
    add(dg + "mentionedIn", Pred::MentionedIn);
    add(dg + "confidence", Pred::Confidence);
    add(dg + "party", Pred::Party);
    add(dg + "amount", Pred::Amount);
    add(dg + "quantity", Pred::Quantity);
    add(dg + "chip", Pred::Chip);
    add(dg + "status", Pred::Status);
    add(dg + "date", Pred::Date);
    add(dg + "trigger", Pred::Trigger);
    add(dg + "evidence", Pred::Evidence);
    add(dg + "value", Pred::Value);
    add(dg + "minValue", Pred::MinValue);
    add(dg + "maxValue", Pred::MaxValue);
    add(dg + "currency", Pred::Currency);
    add(dg + "unit", Pred::Unit);
    add(dg + "asWritten", Pred::AsWritten);
    add(dg + "approximate", Pred::Approximate);
    add(dg + "qualifier", Pred::Qualifier);
    add(dg + "source", Pred::Source);
    add(dg + "quote", Pred::Quote);
    add(dg + "start", Pred::Start);
    add(dg + "end", Pred::End);
    add(dg + "holder", Pred::Holder);
    add(dg + "organization", Pred::Organization);
    add(dg + "title", Pred::PositionTitle);
    add(dg + "titleAsWritten", Pred::TitleAsWritten);
    for (int r = 0; r <= static_cast<int>(dealgraph::Role::Licensee); ++r) {
      const auto role = static_cast<dealgraph::Role>(r);
      table_.emplace(dg + to_string(role), PredicateInfo{Pred::Role, role});
    }
  }
  PredicateInfo lookup(std::string_view iri) const {
    auto it = table_.find(iri);
    return it == table_.end() ? PredicateInfo{} : it->second;
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, PredicateInfo, Hash, std::equal_to<>> table_;
};

// What an rdf:type object makes of its subject.
enum class Shape : std::uint8_t { None, Article, Entity, Deal, Position };
struct TypeInfo {
  Shape shape = Shape::None;
  EntityKind kind = EntityKind::Organization;
  DealType deal = DealType::Partnership;
};

TypeInfo classify_type(std::string_view iri) {
  if (!iri.starts_with(rdf::kDg)) return {};
  const std::string_view local = iri.substr(rdf::kDg.size());
  if (local == "Article") return {Shape::Article};
  if (local == "Position") return {Shape::Position};
  if (local == "Organization") return {Shape::Entity, EntityKind::Organization};
  if (local == "Person") return {Shape::Entity, EntityKind::Person};
  if (local == "Chip") return {Shape::Entity, EntityKind::Chip};
  if (local == "Product") return {Shape::Entity, EntityKind::Product};
  if (auto type = deal_type_from_string(local)) return {Shape::Deal, EntityKind::Organization, *type};
  return {};
}

// Triples grouped by subject: ids are dense, the triples of subject i are
// order[offset[i] .. offset[i+1]).
class SubjectGroups {
 public:
  explicit SubjectGroups(const std::vector<rdf::Triple>& triples) {
    ids_.reserve(triples.size() / 3 + 16);
    std::vector<std::uint32_t> subject_of(triples.size());
    for (std::size_t i = 0; i < triples.size(); ++i) {
      auto [it, created] = ids_.try_emplace(triples[i].subject.value, static_cast<std::uint32_t>(ids_.size()));
      subject_of[i] = it->second;
    }
    offset_.assign(ids_.size() + 1, 0);
    for (std::uint32_t s : subject_of) ++offset_[s + 1];
    for (std::size_t i = 1; i < offset_.size(); ++i) offset_[i] += offset_[i - 1];
    order_.resize(triples.size());
    std::vector<std::uint32_t> cursor(offset_.begin(), offset_.end() - 1);
    for (std::size_t i = 0; i < triples.size(); ++i) order_[cursor[subject_of[i]]++] = static_cast<std::uint32_t>(i);
  }
  std::span<const std::uint32_t> of(std::string_view subject) const {
    auto it = ids_.find(subject);
    if (it == ids_.end()) return {};
    return {order_.data() + offset_[it->second], order_.data() + offset_[it->second + 1]};
  }

 private:
  std::unordered_map<std::string_view, std::uint32_t> ids_;  // views into the triples' strings
  std::vector<std::uint32_t> offset_;
  std::vector<std::uint32_t> order_;
};

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
  Loader(const std::string& path, std::vector<rdf::Triple> triples, KnowledgeGraph& graph)
      : path_(path), triples_(std::move(triples)), groups_(triples_), graph_(graph) {
    static const PredicateTable table;
    preds_.reserve(triples_.size());
    for (const rdf::Triple& triple : triples_) preds_.push_back(table.lookup(triple.predicate.value));
  }

  void run() {
    // Typed subjects, in the order the reader gives them; a subject is read once whatever its
    // number of types.
    struct Typed { const std::string* iri; TypeInfo type; };
    std::vector<Typed> typed;
    for (std::size_t i = 0; i < triples_.size(); ++i) {
      if (preds_[i].pred != Pred::Type || !triples_[i].object.is_iri()) continue;
      TypeInfo info = classify_type(triples_[i].object.value);
      if (info.shape != Shape::None && triples_[i].subject.is_iri()) typed.push_back({&triples_[i].subject.value, info});
    }
    // Articles first: evidence refers to them by IRI and needs their source ids.
    for (const Typed& t : typed)
      if (t.type.shape == Shape::Article) read_article(*t.iri);
    for (const Typed& t : typed) {
      switch (t.type.shape) {
        case Shape::Entity: read_entity(*t.iri, t.type.kind); break;
        case Shape::Deal: read_deal(*t.iri, t.type.deal); break;
        case Shape::Position: read_position(*t.iri); break;
        default: break;
      }
    }
    if (typed.empty() && !triples_.empty())
      throw rdf::ParseError(path_ + ": no dg:Article, entity, dg:Deal or dg:Position in " +
                            std::to_string(triples_.size()) +
                            " triples; is this a graph.ttl written by `dealgraph build`?");
  }

 private:
  // Calls fn(predicate info, object) for every triple of `subject`.
  template <typename Fn>
  void each(std::string_view subject, Fn&& fn) const {
    for (std::uint32_t i : groups_.of(subject)) fn(preds_[i], triples_[i].object);
  }

  [[noreturn]] void fail(std::string_view subject, std::string_view what) const {
    throw rdf::ParseError(path_ + ": <" + std::string(subject) + ">: " + std::string(what));
  }

  std::size_t integer(std::string_view subject, const rdf::Term& term, const char* name) const {
    std::size_t value = 0;
    const char* first = term.value.data();
    const char* last = first + term.value.size();
    if (first != last && *first == '+') ++first;
    auto [end, error] = std::from_chars(first, last, value);
    if (error != std::errc() || end != last || !term.is_literal())
      fail(subject, std::string(name) + " is not a non-negative integer: \"" + term.value + "\"");
    return value;
  }

  Decimal decimal(std::string_view subject, const rdf::Term& term, const char* name) const {
    auto value = term.is_literal() ? parse_decimal(term.value) : std::nullopt;
    if (!value) fail(subject, std::string(name) + " is not a decimal: \"" + term.value + "\"");
    return *value;
  }

  double confidence(std::string_view subject, const rdf::Term& term) const {
    return decimal(subject, term, "dg:confidence").to_double();
  }

  std::string iri(std::string_view subject, const rdf::Term& term, const char* name) const {
    if (!term.is_iri()) fail(subject, std::string(name) + " is not an IRI: \"" + term.value + "\"");
    return term.value;
  }

  // The source id of an article IRI: the article's dg:sourceId, or the IRI's last segment.
  std::string source_id_of(const std::string& article_iri) const {
    auto it = graph_.articles().find(article_iri);
    if (it != graph_.articles().end() && !it->second.source_id.empty()) return it->second.source_id;
    return percent_decode(article_iri.substr(article_iri.find_last_of('/') + 1));
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

  Evidence evidence(const rdf::Term& node, std::string_view owner) const {
    if (node.is_literal()) fail(owner, "dg:evidence is a literal, not a node");
    Evidence evidence;
    bool has_source = false;
    each(node.value, [&](const PredicateInfo& p, const rdf::Term& o) {
      switch (p.pred) {
        case Pred::Source: evidence.source_id = source_id_of(iri(owner, o, "dg:source")); has_source = true; break;
        case Pred::Quote: evidence.quote = o.value; evidence.language = o.language; break;
        case Pred::Start: evidence.cp_begin = integer(owner, o, "dg:start"); break;
        case Pred::End: evidence.cp_end = integer(owner, o, "dg:end"); break;
        default: break;
      }
    });
    if (!has_source) fail(owner, "a dg:evidence node has no dg:source");
    return evidence;
  }

  void read_article(const std::string& subject) {
    ArticleNode& article = graph_.mutable_articles()[subject];
    article.iri = subject;
    article.language = "und";
    each(subject, [&](const PredicateInfo& p, const rdf::Term& o) {
      switch (p.pred) {
        case Pred::SourceId: article.source_id = o.value; break;
        case Pred::Title: article.title = o.value; break;
        case Pred::Published: article.published = o.value; break;
        case Pred::Language: article.language = o.value; break;
        case Pred::SourcePath: article.source_path = o.value; break;
        case Pred::SourceUrl: article.url = o.value; break;
        case Pred::Sha256: article.sha256 = o.value; break;
        default: break;
      }
    });
    if (article.source_id.empty()) article.source_id = percent_decode(subject.substr(subject.find_last_of('/') + 1));
  }

  void read_entity(const std::string& subject, EntityKind kind) {
    auto [it, created] = graph_.mutable_entities().try_emplace(subject);
    if (!created) return;  // typed twice: read once
    EntityNode& entity = it->second;
    entity.iri = subject;
    entity.kind = kind;
    // The English prefLabel, else the first other one, else rdfs:label, else the local name.
    const rdf::Term* pref_en = nullptr;
    const rdf::Term* pref_other = nullptr;
    const rdf::Term* rdfs_label = nullptr;
    each(subject, [&](const PredicateInfo& p, const rdf::Term& o) {
      switch (p.pred) {
        case Pred::PrefLabel:
          if (o.language == "en" && !pref_en) pref_en = &o;
          else if (!pref_other) pref_other = &o;
          break;
        case Pred::Label: if (!rdfs_label) rdfs_label = &o; break;
        case Pred::AltLabel: entity.labels.push_back({o.value, o.language}); break;
        case Pred::MentionedIn: entity.mentioned_in.insert(iri(subject, o, "dg:mentionedIn")); break;
        case Pred::Confidence: entity.confidence = confidence(subject, o); break;
        case Pred::Evidence: entity.evidence.push_back(evidence(o, subject)); break;
        default: break;
      }
    });
    if (const rdf::Term* pref = pref_en ? pref_en : pref_other ? pref_other : rdfs_label) {
      entity.pref_label = pref->value;
      entity.pref_language = pref->language;
    } else {
      entity.pref_label = percent_decode(subject.substr(subject.find_last_of("/#") + 1));
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

  void read_amount(DealNode& deal, const rdf::Term& node) {
    if (node.is_literal()) fail(deal.iri, "dg:amount is a literal, not a node");
    ReportedAmount reported;
    bool has_evidence = false;
    each(node.value, [&](const PredicateInfo& p, const rdf::Term& o) {
      Amount& amount = reported.amount;
      switch (p.pred) {
        case Pred::Value: amount.value = decimal(deal.iri, o, "dg:value"); break;
        case Pred::MinValue: amount.min = decimal(deal.iri, o, "dg:minValue"); break;
        case Pred::MaxValue: amount.max = decimal(deal.iri, o, "dg:maxValue"); break;
        case Pred::Currency: amount.currency = o.value; break;
        case Pred::AsWritten: amount.as_written = o.value; break;
        case Pred::Approximate: amount.approximate = o.value == "true" || o.value == "1"; break;
        case Pred::Qualifier: amount.qualifier = o.value; break;
        case Pred::Evidence: reported.evidence = evidence(o, deal.iri); has_evidence = true; break;
        default: break;
      }
    });
    // An amount without its own evidence is attested by the deal's first quote.
    if (!has_evidence && !deal.evidence.empty()) reported.evidence = deal.evidence.front();
    deal.amounts.push_back(std::move(reported));
  }

  void read_quantity(DealNode& deal, const rdf::Term& node) {
    if (node.is_literal()) fail(deal.iri, "dg:quantity is a literal, not a node");
    ReportedQuantity reported;
    bool has_evidence = false;
    each(node.value, [&](const PredicateInfo& p, const rdf::Term& o) {
      Quantity& quantity = reported.quantity;
      switch (p.pred) {
        case Pred::Value: quantity.value = decimal(deal.iri, o, "dg:value"); break;
        case Pred::Unit: quantity.unit = o.value; break;
        case Pred::AsWritten: quantity.as_written = o.value; break;
        case Pred::Approximate: quantity.approximate = o.value == "true" || o.value == "1"; break;
        case Pred::Qualifier: quantity.qualifier = o.value; break;
        case Pred::Evidence: reported.evidence = evidence(o, deal.iri); has_evidence = true; break;
        default: break;
      }
    });
    if (!has_evidence && !deal.evidence.empty()) reported.evidence = deal.evidence.front();
    deal.quantities.push_back(std::move(reported));
  }

  void read_deal(const std::string& subject, DealType type) {
    auto [it, created] = graph_.mutable_deals().try_emplace(subject);
    if (!created) return;
    DealNode& deal = it->second;
    deal.iri = subject;
    deal.type = type;
    // Deal evidence first: amounts without evidence of their own borrow it.
    each(subject, [&](const PredicateInfo& p, const rdf::Term& o) {
      if (p.pred == Pred::Evidence) deal.evidence.push_back(evidence(o, subject));
    });
    std::sort(deal.evidence.begin(), deal.evidence.end(), evidence_less);
    deal.evidence.erase(std::unique(deal.evidence.begin(), deal.evidence.end(), same_evidence), deal.evidence.end());
    each(subject, [&](const PredicateInfo& p, const rdf::Term& o) {
      switch (p.pred) {
        case Pred::Role: deal.parties.emplace_back(p.role, iri(subject, o, "a party role")); break;
        // A bare dg:party says "a participant" without a role: the nearest role is partner.
        case Pred::Party: deal.parties.emplace_back(Role::Partner, iri(subject, o, "dg:party")); break;
        case Pred::Amount: read_amount(deal, o); break;
        case Pred::Quantity: read_quantity(deal, o); break;
        case Pred::Chip: deal.chips.insert(iri(subject, o, "dg:chip")); break;
        case Pred::Status: deal.statuses.insert(o.value); break;
        case Pred::Date: deal.dates.insert(o.value); break;
        case Pred::Trigger: deal.triggers.insert(o.value); break;
        case Pred::Confidence: deal.confidence = confidence(subject, o); break;
        default: break;
      }
    });
    std::sort(deal.parties.begin(), deal.parties.end());
    deal.parties.erase(std::unique(deal.parties.begin(), deal.parties.end()), deal.parties.end());
    // The same orders as KnowledgeGraph::add, so that a loaded graph equals the built one.
    std::sort(deal.amounts.begin(), deal.amounts.end(), [](const ReportedAmount& a, const ReportedAmount& b) {
      return std::tie(a.evidence.source_id, a.evidence.cp_begin, a.amount.as_written) <
             std::tie(b.evidence.source_id, b.evidence.cp_begin, b.amount.as_written);
    });
    std::sort(deal.quantities.begin(), deal.quantities.end(), [](const ReportedQuantity& a, const ReportedQuantity& b) {
      return std::tie(a.evidence.source_id, a.evidence.cp_begin, a.quantity.as_written) <
             std::tie(b.evidence.source_id, b.evidence.cp_begin, b.quantity.as_written);
    });
  }

  void read_position(const std::string& subject) {
    auto [it, created] = graph_.mutable_positions().try_emplace(subject);
    if (!created) return;
    PositionNode& position = it->second;
    position.iri = subject;
    each(subject, [&](const PredicateInfo& p, const rdf::Term& o) {
      switch (p.pred) {
        case Pred::Holder: position.holder = iri(subject, o, "dg:holder"); break;
        case Pred::Organization: position.organization = iri(subject, o, "dg:organization"); break;
        case Pred::PositionTitle: position.title = o.value; break;
        case Pred::TitleAsWritten: position.titles_as_written.insert(o.value); break;
        case Pred::Evidence: position.evidence.push_back(evidence(o, subject)); break;
        default: break;
      }
    });
    if (position.holder.empty() || position.organization.empty())
      fail(subject, "a dg:Position needs a dg:holder and a dg:organization");
    std::sort(position.evidence.begin(), position.evidence.end(), evidence_less);
    position.evidence.erase(std::unique(position.evidence.begin(), position.evidence.end(), same_evidence),
                            position.evidence.end());
  }

  static bool evidence_less(const Evidence& a, const Evidence& b) {
    return std::tie(a.source_id, a.cp_begin, a.cp_end) < std::tie(b.source_id, b.cp_begin, b.cp_end);
  }
  static bool same_evidence(const Evidence& a, const Evidence& b) {
    return a.source_id == b.source_id && a.cp_begin == b.cp_begin && a.cp_end == b.cp_end;
  }

  const std::string& path_;
  std::vector<rdf::Triple> triples_;
  SubjectGroups groups_;
  std::vector<PredicateInfo> preds_;
  KnowledgeGraph& graph_;
};

// The base of instance IRIs, from the first article (or entity, deal, position) IRI.
std::string infer_base(const std::vector<rdf::Triple>& triples) {
  const std::string type(rdf::kRdfType);
  constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kinds = {{
      {"Article", "article/"}, {"Organization", "org/"}, {"Person", "person/"}, {"Chip", "chip/"},
      {"Product", "product/"}, {"Position", "position/"}}};
  for (const rdf::Triple& triple : triples) {
    if (triple.predicate.value != type || !triple.object.value.starts_with(rdf::kDg)) continue;
    const std::string_view local = std::string_view(triple.object.value).substr(rdf::kDg.size());
    for (auto [cls, segment] : kinds) {
      if (deal_type_from_string(local)) segment = "deal/";
      else if (local != cls) continue;
      const std::string& iri = triple.subject.value;
      const std::size_t cut = iri.rfind(segment);
      if (cut != std::string::npos && iri.find('/', cut + segment.size()) == std::string::npos) return iri.substr(0, cut);
    }
  }
  return kDefaultBase;
}

}  // namespace

KnowledgeGraph load_graph_turtle(const std::string& path, std::string base) {
  std::vector<rdf::Triple> triples = rdf::read_turtle_file(path);
  if (base.empty()) base = infer_base(triples);
  KnowledgeGraph graph(std::move(base));
  Loader loader(path, std::move(triples), graph);
  loader.run();
  graph.finish();
  return graph;
}

}  // namespace dealgraph
