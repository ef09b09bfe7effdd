#include "export/rdf_statements.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "util/utf8.hpp"

namespace dealgraph::rdfout {

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
    // IRIREF excludes controls, space and <>"{}|^`\ (RFC 3987 and the Turtle grammar).
    if (c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' ||
        c == '`' || c == '\\') {
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
std::string safe_language(std::string_view tag) {
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
  return segment_empty ? std::string() : std::string(tag);
}

std::string dg(const char* name) { return std::string(kDg) + name; }

class Builder {
 public:
  explicit Builder(Statements& out) : out_(out) {}

  using Graphs = std::vector<std::uint32_t>;

  Graphs graphs_of(const std::set<std::string>& article_iris) {
    Graphs graphs;
    for (const std::string& iri : article_iris) graphs.push_back(index_of(iri));
    std::sort(graphs.begin(), graphs.end());
    return graphs;
  }
  Graphs graph_of(const std::string& article_iri) { return {index_of(article_iri)}; }

  static Term iri(const std::string& value) { return {Term::Kind::Iri, safe_iri(value), {}, {}}; }
  static Term text(const std::string& value, const std::string& language = {}) {
    return {Term::Kind::Literal, safe_text(value), {}, safe_language(language)};
  }
  static Term typed(const std::string& value, const char* xsd_type) {
    return {Term::Kind::Literal, safe_text(value), std::string(kXsd) + xsd_type, {}};
  }

  void add(const Term& subject, const std::string& predicate, Term object, const Graphs& graphs) {
    Event event;
    event.subject = subject;
    event.predicate = predicate;
    event.object = std::move(object);
    event.in_anon = subject.kind == Term::Kind::Blank;
    event.graphs = graphs;
    out_.events.push_back(std::move(event));
    ++out_.statement_count;
  }
  // Opens an anonymous node as the object of (subject, predicate) and returns it.
  Term open(const Term& subject, const std::string& predicate, const Graphs& graphs) {
    Term node{Term::Kind::Blank, "b" + std::to_string(++blanks_), {}, {}};
    add(subject, predicate, node, graphs);
    out_.events.back().opens_anon = true;
    return node;
  }
  void close(const Term& node) {
    Event event;
    event.kind = Event::Kind::EndAnon;
    event.subject = node;
    out_.events.push_back(std::move(event));
  }

  // Graph names are article IRIs, numbered in IRI order once all are registered.
  void register_graph(const std::string& article_iri) { indexes_.emplace(article_iri, 0); }
  void number_graphs() {
    std::uint32_t next = 0;
    for (auto& [iri, index] : indexes_) {
      index = next++;
      out_.graph_names.push_back(safe_iri(iri));
    }
  }

 private:
  std::uint32_t index_of(const std::string& iri) const { return indexes_.at(iri); }

  Statements& out_;
  std::map<std::string, std::uint32_t> indexes_;
  std::size_t blanks_ = 0;
};

}  // namespace

Statements statements_of(const KnowledgeGraph& graph) {
  // Graph names first: every article, and every article any evidence cites.
  std::set<std::string> names;
  for (const auto& [iri, article] : graph.articles()) names.insert(iri);
  auto cite = [&](const Evidence& evidence) { names.insert(graph.article_iri(evidence.source_id)); };
  for (const auto& [iri, entity] : graph.entities()) names.insert(entity.mentioned_in.begin(), entity.mentioned_in.end());
  for (const auto& [iri, deal] : graph.deals()) {
    for (const Evidence& e : deal.evidence) cite(e);
    for (const ReportedAmount& a : deal.amounts) cite(a.evidence);
    for (const ReportedQuantity& q : deal.quantities) cite(q.evidence);
  }
  for (const auto& [iri, position] : graph.positions())
    for (const Evidence& e : position.evidence) cite(e);

  Statements out;
  Builder b(out);
  for (const std::string& name : names) b.register_graph(name);
  b.number_graphs();

  const std::string type = std::string(kRdf) + "type";
  const std::string label = std::string(kRdfs) + "label";

  auto evidence = [&](const Term& subject, const Evidence& e) {
    const Builder::Graphs graphs = b.graph_of(graph.article_iri(e.source_id));
    const Term node = b.open(subject, dg("evidence"), graphs);
    b.add(node, dg("source"), Builder::iri(graph.article_iri(e.source_id)), graphs);
    b.add(node, dg("quote"), Builder::text(e.quote, e.language), graphs);
    b.add(node, dg("start"), Builder::typed(std::to_string(e.cp_begin), "integer"), graphs);
    b.add(node, dg("end"), Builder::typed(std::to_string(e.cp_end), "integer"), graphs);
    b.close(node);
  };

  for (const auto& [iri, article] : graph.articles()) {
    const Term s = Builder::iri(iri);
    const Builder::Graphs g = b.graph_of(iri);
    const std::string language = article.language == "und" ? "" : article.language;
    b.add(s, type, Builder::iri(dg("Article")), g);
    b.add(s, dg("sourceId"), Builder::text(article.source_id), g);
    if (!article.title.empty()) b.add(s, std::string(kDcterms) + "title", Builder::text(article.title, language), g);
    if (article.published) b.add(s, dg("published"), Builder::typed(*article.published, "date"), g);
    if (!language.empty()) b.add(s, std::string(kDcterms) + "language", Builder::text(language), g);
    b.add(s, dg("sourcePath"), Builder::text(article.source_path), g);
    if (article.url) b.add(s, dg("sourceUrl"), Builder::typed(*article.url, "anyURI"), g);
    b.add(s, dg("sha256"), Builder::text(article.sha256), g);
  }

  for (const auto& [iri, entity] : graph.entities()) {
    const Term s = Builder::iri(iri);
    const Builder::Graphs g = b.graphs_of(entity.mentioned_in);
    b.add(s, type, Builder::iri(dg(to_string(entity.kind))), g);
    b.add(s, label, Builder::text(entity.pref_label, entity.pref_language), g);
    b.add(s, std::string(kSkos) + "prefLabel", Builder::text(entity.pref_label, entity.pref_language), g);
    for (const LexiconLabel& alt : entity.labels)
      b.add(s, std::string(kSkos) + "altLabel", Builder::text(alt.text, alt.language), g);
    if (entity.confidence < 1.0) {
      char confidence[16];
      std::snprintf(confidence, sizeof confidence, "%.2f", std::clamp(entity.confidence, 0.0, 1.0));
      b.add(s, dg("confidence"), Builder::typed(confidence, "decimal"), g);
    }
    for (const std::string& article : entity.mentioned_in)
      b.add(s, dg("mentionedIn"), Builder::iri(article), b.graph_of(article));
    for (const Evidence& e : entity.evidence) evidence(s, e);
  }

  for (const auto& [iri, deal] : graph.deals()) {
    const Term s = Builder::iri(iri);
    std::set<std::string> sources;
    for (const Evidence& e : deal.evidence) sources.insert(graph.article_iri(e.source_id));
    for (const ReportedAmount& a : deal.amounts) sources.insert(graph.article_iri(a.evidence.source_id));
    for (const ReportedQuantity& q : deal.quantities) sources.insert(graph.article_iri(q.evidence.source_id));
    const Builder::Graphs g = b.graphs_of(sources);
    b.add(s, type, Builder::iri(dg(to_string(deal.type))), g);
    for (const auto& [role, party] : deal.parties) b.add(s, dg(to_string(role)), Builder::iri(party), g);
    for (const ReportedAmount& reported : deal.amounts) {
      const Amount& amount = reported.amount;
      // The shapes require a currency and a value or a range; an amount the text left
      // without either is not written (its sentence is still the deal's evidence).
      if (amount.currency.empty() || (!amount.value && !(amount.min && amount.max))) continue;
      const Builder::Graphs ag = b.graph_of(graph.article_iri(reported.evidence.source_id));
      const Term node = b.open(s, dg("amount"), ag);
      b.add(node, type, Builder::iri(dg("MonetaryAmount")), ag);
      if (amount.value) b.add(node, dg("value"), Builder::typed(amount.value->to_string(), "decimal"), ag);
      if (amount.min) b.add(node, dg("minValue"), Builder::typed(amount.min->to_string(), "decimal"), ag);
      if (amount.max) b.add(node, dg("maxValue"), Builder::typed(amount.max->to_string(), "decimal"), ag);
      b.add(node, dg("currency"), Builder::text(amount.currency), ag);
      b.add(node, dg("asWritten"), Builder::text(amount.as_written, reported.evidence.language), ag);
      if (amount.approximate) b.add(node, dg("approximate"), Builder::typed("true", "boolean"), ag);
      if (!amount.qualifier.empty()) b.add(node, dg("qualifier"), Builder::text(amount.qualifier), ag);
      evidence(node, reported.evidence);
      b.close(node);
    }
    for (const ReportedQuantity& reported : deal.quantities) {
      const Quantity& quantity = reported.quantity;
      const Builder::Graphs qg = b.graph_of(graph.article_iri(reported.evidence.source_id));
      const Term node = b.open(s, dg("quantity"), qg);
      b.add(node, type, Builder::iri(dg("Quantity")), qg);
      b.add(node, dg("value"), Builder::typed(quantity.value.to_string(), "decimal"), qg);
      b.add(node, dg("unit"), Builder::text(quantity.unit), qg);
      b.add(node, dg("asWritten"), Builder::text(quantity.as_written, reported.evidence.language), qg);
      if (quantity.approximate) b.add(node, dg("approximate"), Builder::typed("true", "boolean"), qg);
      if (!quantity.qualifier.empty()) b.add(node, dg("qualifier"), Builder::text(quantity.qualifier), qg);
      evidence(node, reported.evidence);
      b.close(node);
    }
    for (const std::string& chip : deal.chips) b.add(s, dg("chip"), Builder::iri(chip), g);
    for (const std::string& status : deal.statuses) b.add(s, dg("status"), Builder::text(status), g);
    for (const std::string& date : deal.dates)
      b.add(s, dg("date"), Builder::typed(date, date.size() == 10 ? "date" : date.size() == 7 ? "gYearMonth" : "gYear"), g);
    char confidence[16];
    std::snprintf(confidence, sizeof confidence, "%.2f", std::clamp(deal.confidence, 0.0, 1.0));
    b.add(s, dg("confidence"), Builder::typed(confidence, "decimal"), g);
    for (const std::string& trigger : deal.triggers) b.add(s, dg("trigger"), Builder::text(trigger), g);
    for (const Evidence& e : deal.evidence) evidence(s, e);
  }

  for (const auto& [iri, position] : graph.positions()) {
    const Term s = Builder::iri(iri);
    std::set<std::string> sources;
    for (const Evidence& e : position.evidence) sources.insert(graph.article_iri(e.source_id));
    const Builder::Graphs g = b.graphs_of(sources);
    b.add(s, type, Builder::iri(dg("Position")), g);
    b.add(s, dg("holder"), Builder::iri(position.holder), g);
    b.add(s, dg("organization"), Builder::iri(position.organization), g);
    b.add(s, dg("title"), Builder::text(position.title), g);
    for (const std::string& written : position.titles_as_written)
      b.add(s, dg("titleAsWritten"), Builder::text(written), g);
    for (const Evidence& e : position.evidence) evidence(s, e);
  }
  return out;
}

}  // namespace dealgraph::rdfout
