#include "export/rdf_statements.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <unordered_map>
#include <vector>

#include "util/utf8.hpp"
#include "util/values.hpp"

namespace dealgraph::rdfout {
namespace {

// IRIREF excludes controls, space and <>"{}|^`\ (RFC 3987 and the Turtle grammar).
bool forbidden_in_iri(unsigned char c) {
  return c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' ||
         c == '\\';
}

// True when safe_text would change the text: a NUL or an invalid UTF-8 sequence.
bool text_needs_repair(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c == 0) return true;
    if (c < 0x80) {
      ++pos;
      continue;
    }
    const std::size_t at = pos;
    if (util::decode_utf8(text, pos) == 0xFFFD && pos - at != 3) return true;
  }
  return false;
}

bool iri_needs_repair(std::string_view iri) {
  for (char c : iri)
    if (forbidden_in_iri(static_cast<unsigned char>(c))) return true;
  return text_needs_repair(iri);
}

}  // namespace

std::string safe_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t at = pos;
    const char32_t cp = util::decode_utf8(text, pos);
    if (cp == 0) continue;
    if (cp == 0xFFFD && pos - at != 3) util::append_utf8(out, 0xFFFD);  // an invalid byte
    else out.append(text.substr(at, pos - at));
  }
  return out;
}

std::string safe_iri(std::string_view iri) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const std::string text = safe_text(iri);
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if (forbidden_in_iri(c)) {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

namespace {

// A language tag as RDF allows it ([a-zA-Z]+ (-[a-zA-Z0-9]+)*), or empty.
std::string_view safe_language(const std::string& tag) {
  if (tag.empty()) return {};
  bool first = true, segment_empty = true;
  for (char c : tag) {
    if (c == '-') {
      if (segment_empty) return {};
      first = false;
      segment_empty = true;
    } else if (util::is_ascii_alnum(c) && (!first || !(c >= '0' && c <= '9'))) {
      segment_empty = false;
    } else {
      return {};
    }
  }
  return segment_empty ? std::string_view() : std::string_view(tag);
}

// Text made safe for output, viewed in place when it needs no repair (nearly always), so that
// writing a graph copies no strings.
class SafeText {
 public:
  enum class As { Text, Iri };
  SafeText(const std::string& text, As as) : original_(text) {
    if (as == As::Text ? text_needs_repair(text) : iri_needs_repair(text)) {
      repaired_ = true;
      storage_ = as == As::Text ? safe_text(text) : safe_iri(text);
    }
  }
  SafeText(const SafeText&) = delete;
  SafeText& operator=(const SafeText&) = delete;
  std::string_view view() const { return repaired_ ? std::string_view(storage_) : original_; }

 private:
  std::string_view original_;
  bool repaired_ = false;
  std::string storage_;
};

// A node's IRI as a subject term.
class Subject {
 public:
  explicit Subject(const std::string& iri) : iri_(iri, SafeText::As::Iri) {}
  Term term() const { return {Term::Kind::Iri, iri_.view(), {}, {}}; }

 private:
  SafeText iri_;
};

// The full IRIs the stream uses, built once.
struct Vocabulary {
  static std::string dg(const char* name) { return std::string(kDg) + name; }
  static std::string xsd(const char* name) { return std::string(kXsd) + name; }

  Vocabulary() {
    for (int k = 0; k <= static_cast<int>(EntityKind::Product); ++k)
      entity_class.push_back(dg(to_string(static_cast<EntityKind>(k))));
    for (int t = 0; t <= static_cast<int>(DealType::Licensing); ++t)
      deal_class.push_back(dg(to_string(static_cast<DealType>(t))));
    for (int r = 0; r <= static_cast<int>(Role::Licensee); ++r) role.push_back(dg(to_string(static_cast<Role>(r))));
    // The schema.org class each entity class refines in ontology/dealgraph.ttl (a unit test
    // keeps the two in step), stated beside it for stores that do no inference.
    for (int k = 0; k <= static_cast<int>(EntityKind::Product); ++k) {
      const auto kind = static_cast<EntityKind>(k);
      entity_schema_class.push_back(std::string(kSchema) + (kind == EntityKind::Organization ? "Organization"
                                                            : kind == EntityKind::Person     ? "Person"
                                                                                             : "Product"));
    }
  }

  const std::string type = std::string(kRdf) + "type";
  const std::string label = std::string(kRdfs) + "label";
  const std::string pref_label = std::string(kSkos) + "prefLabel";
  const std::string alt_label = std::string(kSkos) + "altLabel";
  const std::string title = std::string(kDcterms) + "title";
  const std::string language = std::string(kDcterms) + "language";
  const std::string article = dg("Article"), monetary_amount = dg("MonetaryAmount"), quantity_class = dg("Quantity"),
                    position_class = dg("Position");
  const std::string source_id = dg("sourceId"), published = dg("published"), source_path = dg("sourcePath"),
                    source_url = dg("sourceUrl"), sha256 = dg("sha256");
  const std::string confidence = dg("confidence"), mentioned_in = dg("mentionedIn"), evidence = dg("evidence"),
                    source = dg("source"), quote = dg("quote"), start = dg("start"), end = dg("end"),
                    claim_status = dg("claimStatus"), claim_date = dg("claimDate"),
                    attributed_to = dg("attributedTo"), denies = dg("denies");
  const std::string amount = dg("amount"), price_per_share = dg("pricePerShare"), quantity = dg("quantity"), value = dg("value"), min_value = dg("minValue"),
                    max_value = dg("maxValue"), currency = dg("currency"), as_written = dg("asWritten"),
                    approximate = dg("approximate"), qualifier = dg("qualifier"), unit = dg("unit");
  const std::string chip = dg("chip"), status = dg("status"), date = dg("date"), trigger = dg("trigger");
  const std::string holder = dg("holder"), organization = dg("organization"), position_title = dg("title"),
                    title_as_written = dg("titleAsWritten");
  const std::string xsd_integer = xsd("integer"), xsd_decimal = xsd("decimal"), xsd_date = xsd("date"),
                    xsd_year_month = xsd("gYearMonth"), xsd_year = xsd("gYear"), xsd_any_uri = xsd("anyURI"),
                    xsd_boolean = xsd("boolean");
  const std::string party = dg("party"), was_derived_from = std::string(kProv) + "wasDerivedFrom";
  std::vector<std::string> entity_class, entity_schema_class, deal_class, role;
};

std::string two_decimals(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.2f", std::clamp(value, 0.0, 1.0));
  return text;
}

// Writes the statements of one part of a node (its core, one evidence, one amount, ...) to
// the sink. The parts are what the named graphs divide: each part belongs to one graph.
class Emitter {
 public:
  Emitter(const KnowledgeGraph& graph, StatementSink& sink) : graph_(graph), sink_(sink) {}

  // The article IRI of a source, made safe, computed once per source.
  const std::string& article_iri(const std::string& source_id) {
    auto it = article_iris_.find(source_id);
    if (it == article_iris_.end()) it = article_iris_.emplace(source_id, safe_iri(graph_.article_iri(source_id))).first;
    return it->second;
  }

  void article(const ArticleNode& article) {
    const Subject subject(article.iri);
    const Term s = subject.term();
    const bool stated = article.language != "und" && !article.language.empty();
    iri(s, v_.type, v_.article);
    text(s, v_.source_id, article.source_id);
    if (!article.title.empty())
      text(s, v_.title, article.title, stated ? safe_language(article.language) : std::string_view());
    // Checked again here, the last step before RDF: a graph read back may hold anything.
    if (article.published && util::is_real_date(*article.published))
      typed(s, v_.published, *article.published, v_.xsd_date);
    if (stated) text(s, v_.language, article.language);
    text(s, v_.source_path, article.source_path);
    if (article.url && !util::forbidden_code_point(*article.url)) typed(s, v_.source_url, *article.url, v_.xsd_any_uri);
    text(s, v_.sha256, article.sha256);
  }

  void entity_core(const Term& s, const EntityNode& entity) {
    iri(s, v_.type, v_.entity_class[static_cast<int>(entity.kind)]);
    iri(s, v_.type, v_.entity_schema_class[static_cast<int>(entity.kind)]);
    const std::string_view language = safe_language(entity.pref_language);
    text(s, v_.label, entity.pref_label, language);
    text(s, v_.pref_label, entity.pref_label, language);
    for (const LexiconLabel& alt : entity.labels) text(s, v_.alt_label, alt.text, safe_language(alt.language));
    if (entity.confidence < 1.0) typed(s, v_.confidence, two_decimals(entity.confidence), v_.xsd_decimal);
  }
  void mentioned_in(const Term& s, const std::string& article) { iri(s, v_.mentioned_in, article); }

  // A deal's quote, with who states it when its sentence says so.
  void deal_evidence(const Term& subject, const DealNode& deal, const Evidence& e) {
    auto attribution = deal.attributions.find(place_of(e));
    evidence(subject, e, attribution == deal.attributions.end() ? nullptr : &attribution->second);
  }

  void evidence(const Term& subject, const Evidence& e, const Attribution* attribution = nullptr) {
    const std::string label = next_blank_label();
    const Term node{Term::Kind::Blank, label, {}, {}};
    triple(subject, v_.evidence, node, true);
    triple(node, v_.source, {Term::Kind::Iri, article_iri(e.source_id), {}, {}});
    triple(node, v_.was_derived_from, {Term::Kind::Iri, article_iri(e.source_id), {}, {}});
    text(node, v_.quote, e.quote, safe_language(e.language));
    typed(node, v_.start, std::to_string(e.cp_begin), v_.xsd_integer);
    typed(node, v_.end, std::to_string(e.cp_end), v_.xsd_integer);
    if (!e.claim_status.empty()) text(node, v_.claim_status, e.claim_status);
    if (!e.claim_date.empty() && (e.claim_date.size() != 10 || util::is_real_date(e.claim_date)))
      typed(node, v_.claim_date, e.claim_date, date_type(e.claim_date));
    if (attribution && !attribution->source.empty()) iri(node, v_.attributed_to, attribution->source);
    if (attribution && attribution->denial) typed(node, v_.denies, "true", v_.xsd_boolean);
    close(node);
  }

  // An ISO date as stated, at its precision: yyyy-mm-dd, yyyy-mm or yyyy.
  const std::string& date_type(const std::string& date) const {
    return date.size() == 10 ? v_.xsd_date : date.size() == 7 ? v_.xsd_year_month : v_.xsd_year;
  }

  void deal_head(const Term& s, const DealNode& deal) {
    iri(s, v_.type, v_.deal_class[static_cast<int>(deal.type)]);
    for (const auto& [role, party] : deal.parties) iri(s, v_.role[static_cast<int>(role)], party);
    // Every role is a dg:party, stated as such so that `?deal dg:party ?x` needs no inference.
    std::set<std::string_view> parties;
    for (const auto& [role, party] : deal.parties) parties.insert(party);
    for (std::string_view party : parties) iri(s, v_.party, std::string(party));
  }
  static bool written(const ReportedAmount& reported) {
    // The shapes require a currency and a value or a range; an amount the text left without
    // either is not written (its sentence is still the deal's evidence).
    const Amount& amount = reported.amount;
    return !amount.currency.empty() && (amount.value || (amount.min && amount.max));
  }
  void amount(const Term& s, const ReportedAmount& reported) {
    if (!written(reported)) return;
    const Amount& amount = reported.amount;
    // A price per share is a measure of the deal beside its value, never its value.
    measure(s, amount.per_share ? v_.price_per_share : v_.amount, v_.monetary_amount, reported.evidence, [&](const Term& node) {
      if (amount.value) typed(node, v_.value, amount.value->to_string(), v_.xsd_decimal);
      if (amount.min) typed(node, v_.min_value, amount.min->to_string(), v_.xsd_decimal);
      if (amount.max) typed(node, v_.max_value, amount.max->to_string(), v_.xsd_decimal);
      text(node, v_.currency, amount.currency);
      written_as(node, amount.as_written, amount.approximate, amount.qualifier, reported.evidence);
    });
  }
  void quantity(const Term& s, const ReportedQuantity& reported) {
    const Quantity& quantity = reported.quantity;
    measure(s, v_.quantity, v_.quantity_class, reported.evidence, [&](const Term& node) {
      typed(node, v_.value, quantity.value.to_string(), v_.xsd_decimal);
      text(node, v_.unit, quantity.unit);
      written_as(node, quantity.as_written, quantity.approximate, quantity.qualifier, reported.evidence);
    });
  }
  void deal_tail(const Term& s, const DealNode& deal) {
    for (const std::string& chip : deal.chips) iri(s, v_.chip, chip);
    for (const std::string& status : deal.statuses) text(s, v_.status, status);
    for (const std::string& date : deal.dates) {
      if (date.size() == 10 && !util::is_real_date(date)) continue;
      typed(s, v_.date, date, date_type(date));
    }
    typed(s, v_.confidence, two_decimals(deal.confidence), v_.xsd_decimal);
    for (const std::string& trigger : deal.triggers) text(s, v_.trigger, trigger);
  }

  void position_core(const Term& s, const PostNode& post) {
    iri(s, v_.type, v_.position_class);
    iri(s, v_.holder, post.holder);
    iri(s, v_.organization, post.organization);
    text(s, v_.position_title, post.title);
    for (const std::string& written : post.titles_as_written) text(s, v_.title_as_written, written);
  }

 private:
  void triple(const Term& s, std::string_view p, const Term& o, bool opens_anon = false) {
    Statement statement;
    statement.subject = s;
    statement.predicate = p;
    statement.object = o;
    statement.opens_anon = opens_anon;
    statement.in_anon = s.kind == Term::Kind::Blank;
    sink_.statement(statement);
  }
  void close(const Term& node) {
    Statement statement;
    statement.kind = Statement::Kind::EndAnon;
    statement.subject = node;
    sink_.statement(statement);
  }
  void iri(const Term& s, std::string_view p, const std::string& object) {
    const SafeText safe(object, SafeText::As::Iri);
    triple(s, p, {Term::Kind::Iri, safe.view(), {}, {}});
  }
  void text(const Term& s, std::string_view p, const std::string& value, std::string_view language = {}) {
    const SafeText safe(value, SafeText::As::Text);
    triple(s, p, {Term::Kind::Literal, safe.view(), {}, language});
  }
  void typed(const Term& s, std::string_view p, const std::string& value, const std::string& datatype) {
    const SafeText safe(value, SafeText::As::Text);
    triple(s, p, {Term::Kind::Literal, safe.view(), datatype, {}});
  }
  // An amount or quantity: an anonymous node of class `type` under (s, p), its own statements
  // written by `body`, then its evidence.
  template <typename Body>
  void measure(const Term& s, const std::string& p, const std::string& type, const Evidence& e, Body body) {
    const std::string label = next_blank_label();
    const Term node{Term::Kind::Blank, label, {}, {}};
    triple(s, p, node, true);
    iri(node, v_.type, type);
    body(node);
    evidence(node, e);
    close(node);
  }
  void written_as(const Term& node, const std::string& as_written, bool approximate, const std::string& qualifier,
                  const Evidence& e) {
    text(node, v_.as_written, as_written, safe_language(e.language));
    if (approximate) typed(node, v_.approximate, "true", v_.xsd_boolean);
    if (!qualifier.empty()) text(node, v_.qualifier, qualifier);
  }
  std::string next_blank_label() { return "b" + std::to_string(++blanks_); }

 public:
  // For a unit of another slice: the labels its blank nodes would take are taken.
  void skip_blank_nodes(std::size_t count) { blanks_ += count; }

 private:

  const KnowledgeGraph& graph_;
  StatementSink& sink_;
  const Vocabulary v_;
  std::unordered_map<std::string, std::string> article_iris_;
  std::size_t blanks_ = 0;
};

// One part of a node, placed in one graph (see Emitter).
struct Part {
  enum class Kind : std::uint8_t {
    Article, EntityCore, MentionedIn, EntityEvidence, DealHead, DealAmount, DealQuantity, DealTail, DealEvidence,
    PositionCore, PositionEvidence
  };
  Kind kind;
  const void* node;
  const void* item;  // the article IRI of MentionedIn, the Evidence, ReportedAmount or ReportedQuantity
};

// The parts of every node sorted into their graphs, each graph's parts in stream order.
class GraphPartition {
 public:
  explicit GraphPartition(const KnowledgeGraph& graph) : graph_(graph) {
    // Graph names: every article, every article something cites, and every node's own.
    std::set<std::string> names;
    for (const auto& [iri, article] : graph.articles()) names.insert(iri);
    for (const auto& [iri, entity] : graph.entities()) names.insert(iri);
    for (const auto& [iri, deal] : graph.deals()) names.insert(iri);
    for (const auto& [iri, post] : graph.posts()) names.insert(iri);
    auto cite = [&](const Evidence& e) {
      if (!source_graph_.count(e.source_id)) names.insert(graph.article_iri(e.source_id));
      source_graph_.emplace(e.source_id, 0);
    };
    for (const auto& [iri, entity] : graph.entities()) {
      names.insert(entity.mentioned_in.begin(), entity.mentioned_in.end());
      for (const Evidence& e : entity.evidence) cite(e);
    }
    for (const auto& [iri, deal] : graph.deals()) {
      for (const Evidence& e : deal.evidence) cite(e);
      for (const ReportedAmount& a : deal.amounts) cite(a.evidence);
      for (const ReportedAmount& a : deal.prices_per_share) cite(a.evidence);
      for (const ReportedQuantity& q : deal.quantities) cite(q.evidence);
    }
    for (const auto& [iri, post] : graph.posts())
      for (const Evidence& e : post.evidence) cite(e);

    names_.assign(names.begin(), names.end());
    for (std::size_t i = 0; i < names_.size(); ++i) index_.emplace(names_[i], static_cast<std::uint32_t>(i + 1));
    for (auto& [source_id, index] : source_graph_) index = index_.at(graph.article_iri(source_id));
    parts_.resize(names_.size() + 1);
    place_all();
  }

  // Graph 0 is the default graph; graph i > 0 is named names()[i - 1].
  std::size_t graph_count() const { return parts_.size(); }
  const std::string& name(std::size_t graph) const { return names_[graph - 1]; }
  const std::vector<Part>& parts(std::size_t graph) const { return parts_[graph]; }
  // Hands over the parts of one graph (the partition no longer holds them).
  std::vector<Part> take(std::size_t graph) { return std::move(parts_[graph]); }

 private:
  // A node's own statements (its type, labels, parties, status) go to the graph named by its
  // IRI, so that each statement is in exactly one graph and a store whose default graph is the
  // union of all graphs answers as the merged graph does; what an article states about a node
  // (a mention, a quote, an amount with its quote) goes to the article's graph.
  void place_all() {
    using K = Part::Kind;
    for (const auto& [iri, article] : graph_.articles()) put(index_.at(iri), {K::Article, &article, nullptr});
    for (const auto& [iri, entity] : graph_.entities()) {
      put(index_.at(iri), {K::EntityCore, &entity, nullptr});
      for (const std::string& article : entity.mentioned_in) put(index_.at(article), {K::MentionedIn, &entity, &article});
      for (const Evidence& e : entity.evidence) put(of(e), {K::EntityEvidence, &entity, &e});
    }
    for (const auto& [iri, deal] : graph_.deals()) {
      put(index_.at(iri), {K::DealHead, &deal, nullptr});
      for (const ReportedAmount& a : deal.amounts) put(of(a.evidence), {K::DealAmount, &deal, &a});
      for (const ReportedAmount& a : deal.prices_per_share) put(of(a.evidence), {K::DealAmount, &deal, &a});
      for (const ReportedQuantity& q : deal.quantities) put(of(q.evidence), {K::DealQuantity, &deal, &q});
      put(index_.at(iri), {K::DealTail, &deal, nullptr});
      for (const Evidence& e : deal.evidence) put(of(e), {K::DealEvidence, &deal, &e});
    }
    for (const auto& [iri, post] : graph_.posts()) {
      put(index_.at(iri), {K::PositionCore, &post, nullptr});
      for (const Evidence& e : post.evidence) put(of(e), {K::PositionEvidence, &post, &e});
    }
  }
  std::uint32_t of(const Evidence& e) const { return source_graph_.at(e.source_id); }
  void put(std::uint32_t graph, const Part& part) { parts_[graph].push_back(part); }

  const KnowledgeGraph& graph_;
  std::vector<std::string> names_;
  std::unordered_map<std::string_view, std::uint32_t> index_;  // views into names_
  std::unordered_map<std::string, std::uint32_t> source_graph_;
  std::vector<std::vector<Part>> parts_;
};

// What a unit of the stream weighs when a file is cut into slices (about its statements), and
// how many blank nodes it opens (amounts and quantities open two: themselves and their evidence).
struct UnitCost {
  std::size_t weight = 0;
  std::size_t blanks = 0;
  UnitCost& operator+=(const UnitCost& other) {
    weight += other.weight;
    blanks += other.blanks;
    return *this;
  }
};
constexpr std::size_t kEvidenceStatements = 6, kMeasureStatements = 8;

UnitCost cost_of(const ReportedAmount& amount) {
  return Emitter::written(amount) ? UnitCost{kEvidenceStatements + kMeasureStatements, 2} : UnitCost{};
}
UnitCost cost_of(const ReportedQuantity&) { return {kEvidenceStatements + kMeasureStatements, 2}; }
UnitCost cost_of(const ArticleNode&) { return {8, 0}; }
UnitCost cost_of(const EntityNode& entity) {
  return {6 + entity.labels.size() + entity.mentioned_in.size() + kEvidenceStatements * entity.evidence.size(),
          entity.evidence.size()};
}
UnitCost cost_of(const PostNode& post) {
  return {5 + post.titles_as_written.size() + kEvidenceStatements * post.evidence.size(), post.evidence.size()};
}
UnitCost cost_of(const DealNode& deal) {
  UnitCost cost{4 + 2 * deal.parties.size() + deal.chips.size() + deal.statuses.size() + deal.dates.size() +
                    deal.triggers.size() + kEvidenceStatements * deal.evidence.size(),
                deal.evidence.size()};
  for (const ReportedAmount& a : deal.amounts) cost += cost_of(a);
  for (const ReportedAmount& a : deal.prices_per_share) cost += cost_of(a);
  for (const ReportedQuantity& q : deal.quantities) cost += cost_of(q);
  return cost;
}
UnitCost cost_of(const Part& part) {
  using K = Part::Kind;
  switch (part.kind) {
    case K::Article: return cost_of(*static_cast<const ArticleNode*>(part.node));
    case K::EntityCore: return {6 + static_cast<const EntityNode*>(part.node)->labels.size(), 0};
    case K::MentionedIn: return {1, 0};
    case K::EntityEvidence:
    case K::DealEvidence:
    case K::PositionEvidence: return {kEvidenceStatements, 1};
    case K::DealHead: return {3 + 2 * static_cast<const DealNode*>(part.node)->parties.size(), 0};
    case K::DealAmount: return cost_of(*static_cast<const ReportedAmount*>(part.item));
    case K::DealQuantity: return cost_of(*static_cast<const ReportedQuantity*>(part.item));
    case K::DealTail: {
      const auto& deal = *static_cast<const DealNode*>(part.node);
      return {1 + deal.chips.size() + deal.statuses.size() + deal.dates.size() + deal.triggers.size(), 0};
    }
    case K::PositionCore: return {5 + static_cast<const PostNode*>(part.node)->titles_as_written.size(), 0};
  }
  return {};
}

// The run of units a slice holds, by their weights.
std::pair<std::size_t, std::size_t> slice_range(const OutputSlice& slice, const std::vector<UnitCost>& costs) {
  if (slice.whole()) return {0, 0};
  std::vector<std::size_t> weights;
  weights.reserve(costs.size());
  for (const UnitCost& cost : costs) weights.push_back(cost.weight);
  return slice.range(weights);
}

void emit_part(Emitter& emit, const Part& part) {
  using K = Part::Kind;
  switch (part.kind) {
    case K::Article: return emit.article(*static_cast<const ArticleNode*>(part.node));
    case K::EntityCore:
    case K::MentionedIn:
    case K::EntityEvidence: {
      const auto& entity = *static_cast<const EntityNode*>(part.node);
      const Subject subject(entity.iri);
      if (part.kind == K::EntityCore) return emit.entity_core(subject.term(), entity);
      if (part.kind == K::MentionedIn) return emit.mentioned_in(subject.term(), *static_cast<const std::string*>(part.item));
      return emit.evidence(subject.term(), *static_cast<const Evidence*>(part.item));
    }
    case K::DealHead:
    case K::DealAmount:
    case K::DealQuantity:
    case K::DealTail:
    case K::DealEvidence: {
      const auto& deal = *static_cast<const DealNode*>(part.node);
      const Subject subject(deal.iri);
      if (part.kind == K::DealHead) return emit.deal_head(subject.term(), deal);
      if (part.kind == K::DealAmount) return emit.amount(subject.term(), *static_cast<const ReportedAmount*>(part.item));
      if (part.kind == K::DealQuantity) return emit.quantity(subject.term(), *static_cast<const ReportedQuantity*>(part.item));
      if (part.kind == K::DealTail) return emit.deal_tail(subject.term(), deal);
      return emit.deal_evidence(subject.term(), deal, *static_cast<const Evidence*>(part.item));
    }
    case K::PositionCore:
    case K::PositionEvidence: {
      const auto& post = *static_cast<const PostNode*>(part.node);
      const Subject subject(post.iri);
      if (part.kind == K::PositionCore) return emit.position_core(subject.term(), post);
      return emit.evidence(subject.term(), *static_cast<const Evidence*>(part.item));
    }
  }
}

}  // namespace

void emit_statements(const KnowledgeGraph& graph, StatementSink& sink, OutputSlice slice) {
  Emitter emit(graph, sink);
  // The subjects in stream order, by index: those before the slice only number blank nodes.
  std::vector<UnitCost> costs;
  if (!slice.whole()) {
    costs.reserve(graph.articles().size() + graph.entities().size() + graph.deals().size() + graph.posts().size());
    for (const auto& [iri, article] : graph.articles()) costs.push_back(cost_of(article));
    for (const auto& [iri, entity] : graph.entities()) costs.push_back(cost_of(entity));
    for (const auto& [iri, deal] : graph.deals()) costs.push_back(cost_of(deal));
    for (const auto& [iri, post] : graph.posts()) costs.push_back(cost_of(post));
  }
  const auto [begin, end] = slice_range(slice, costs);
  std::size_t unit = 0;
  // True when the next subject is the slice's; else numbers its blank nodes and moves on.
  auto mine = [&, begin = begin, end = end] {
    const std::size_t at = unit++;
    if (slice.whole() || (at >= begin && at < end)) return true;
    emit.skip_blank_nodes(costs[at].blanks);
    return false;
  };
  for (const auto& [iri, article] : graph.articles())
    if (mine()) emit.article(article);
  for (const auto& [iri, entity] : graph.entities()) {
    if (!mine()) continue;
    const Subject subject(iri);
    emit.entity_core(subject.term(), entity);
    for (const std::string& article : entity.mentioned_in) emit.mentioned_in(subject.term(), article);
    for (const Evidence& e : entity.evidence) emit.evidence(subject.term(), e);
  }
  for (const auto& [iri, deal] : graph.deals()) {
    if (!mine()) continue;
    const Subject subject(iri);
    emit.deal_head(subject.term(), deal);
    for (const ReportedAmount& a : deal.amounts) emit.amount(subject.term(), a);
    for (const ReportedAmount& a : deal.prices_per_share) emit.amount(subject.term(), a);
    for (const ReportedQuantity& q : deal.quantities) emit.quantity(subject.term(), q);
    emit.deal_tail(subject.term(), deal);
    for (const Evidence& e : deal.evidence) emit.deal_evidence(subject.term(), deal, e);
  }
  for (const auto& [iri, post] : graph.posts()) {
    if (!mine()) continue;
    const Subject subject(iri);
    emit.position_core(subject.term(), post);
    for (const Evidence& e : post.evidence) emit.evidence(subject.term(), e);
  }
}

void emit_statements_by_graph(const KnowledgeGraph& graph, StatementSink& sink, OutputSlice slice) {
  GraphPartition partition(graph);
  Emitter emit(graph, sink);
  std::vector<UnitCost> costs(slice.whole() ? 0 : partition.graph_count());
  for (std::size_t g = 0; g < costs.size(); ++g)
    for (const Part& part : partition.parts(g)) costs[g] += cost_of(part);
  const auto [begin, end] = slice_range(slice, costs);
  for (std::size_t g = 0; g < partition.graph_count(); ++g) {
    if (!slice.whole() && (g < begin || g >= end)) {
      emit.skip_blank_nodes(costs[g].blanks);
      continue;
    }
    const std::vector<Part> parts = partition.take(g);
    if (parts.empty()) continue;
    const std::string name = g == 0 ? std::string() : safe_iri(partition.name(g));
    sink.begin_graph(g == 0 ? nullptr : &name);
    for (const Part& part : parts) emit_part(emit, part);
  }
}

}  // namespace dealgraph::rdfout
