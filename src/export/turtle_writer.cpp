// Turtle through Serd's writer: prefixed names, abbreviated subjects and anonymous nodes,
// statements in IRI order so that the same graph always gives the same bytes.
#include <serd/serd.h>

#include <cstring>
#include <memory>

#include "dealgraph/export.hpp"
#include "export/atomic_file.hpp"

namespace dealgraph {
namespace {

constexpr const char* kDg = "https://w3id.org/dealgraph#";
constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr const char* kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr const char* kSkos = "http://www.w3.org/2004/02/skos/core#";
constexpr const char* kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr const char* kDcterms = "http://purl.org/dc/terms/";

const uint8_t* u8(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.c_str()); }

// A thin statement writer: owns the strings of each statement until Serd has written it.
class Writer {
 public:
  Writer(std::FILE* file, const std::string& base) {
    env_.reset(serd_env_new(nullptr));
    auto prefix = [&](const char* name, const std::string& uri) {
      serd_env_set_prefix_from_strings(env_.get(), reinterpret_cast<const uint8_t*>(name), u8(uri));
    };
    prefix("dg", kDg);
    prefix("rdf", kRdf);
    prefix("rdfs", kRdfs);
    prefix("skos", kSkos);
    prefix("xsd", kXsd);
    prefix("dcterms", kDcterms);
    prefix("article", base + "article/");
    prefix("org", base + "org/");
    prefix("person", base + "person/");
    prefix("chip", base + "chip/");
    prefix("product", base + "product/");
    prefix("deal", base + "deal/");
    prefix("position", base + "position/");
    writer_ = serd_writer_new(SERD_TURTLE, static_cast<SerdStyle>(SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED),
                              env_.get(), nullptr, serd_file_sink, file);
    serd_env_foreach(env_.get(), reinterpret_cast<SerdPrefixSink>(serd_writer_set_prefix), writer_);
  }
  ~Writer() {
    if (writer_) serd_writer_free(writer_);
  }
  void finish() {
    serd_writer_finish(writer_);
  }

  struct Object {
    SerdType type = SERD_URI;
    std::string value;
    std::string datatype;
    std::string language;
  };
  static Object iri(std::string value) { return {SERD_URI, std::move(value), {}, {}}; }
  static Object text(std::string value, std::string language = {}) {
    return {SERD_LITERAL, std::move(value), {}, std::move(language)};
  }
  static Object typed(std::string value, const char* xsd_type) {
    return {SERD_LITERAL, std::move(value), std::string(kXsd) + xsd_type, {}};
  }

  // subject is an IRI, or a blank node label when `blank` is set.
  void statement(const std::string& subject, bool blank, const std::string& predicate, const Object& object,
                 SerdStatementFlags flags = 0) {
    const SerdNode s = serd_node_from_string(blank ? SERD_BLANK : SERD_URI, u8(subject));
    const SerdNode p = serd_node_from_string(SERD_URI, u8(predicate));
    const SerdNode o = serd_node_from_string(object.type, u8(object.value));
    const SerdNode datatype = serd_node_from_string(SERD_URI, u8(object.datatype));
    const SerdNode language = serd_node_from_string(SERD_LITERAL, u8(object.language));
    check(serd_writer_write_statement(writer_, flags, nullptr, &s, &p, &o,
                                      object.datatype.empty() ? nullptr : &datatype,
                                      object.language.empty() ? nullptr : &language));
  }
  // Opens an anonymous node [ ... ] as the object of (subject, predicate); returns its label.
  std::string open_anonymous(const std::string& subject, bool blank, const std::string& predicate) {
    const std::string label = "b" + std::to_string(++blank_count_);
    const SerdNode s = serd_node_from_string(blank ? SERD_BLANK : SERD_URI, u8(subject));
    const SerdNode p = serd_node_from_string(SERD_URI, u8(predicate));
    const SerdNode o = serd_node_from_string(SERD_BLANK, u8(label));
    check(serd_writer_write_statement(writer_, SERD_ANON_O_BEGIN, nullptr, &s, &p, &o, nullptr, nullptr));
    return label;
  }
  void close_anonymous(const std::string& label) {
    const SerdNode node = serd_node_from_string(SERD_BLANK, u8(label));
    check(serd_writer_end_anon(writer_, &node));
  }

 private:
  static void check(SerdStatus status) {
    if (status != SERD_SUCCESS)
      throw ExportError(std::string("Turtle writer: ") + reinterpret_cast<const char*>(serd_strerror(status)));
  }
  struct EnvDeleter { void operator()(SerdEnv* e) const { serd_env_free(e); } };
  std::unique_ptr<SerdEnv, EnvDeleter> env_;
  SerdWriter* writer_ = nullptr;
  std::size_t blank_count_ = 0;
};

std::string dg(const char* name) { return std::string(kDg) + name; }

void write_evidence(Writer& w, const std::string& subject, bool blank, const Evidence& evidence,
                    const KnowledgeGraph& graph) {
  const std::string node = w.open_anonymous(subject, blank, dg("evidence"));
  w.statement(node, true, dg("source"), Writer::iri(graph.article_iri(evidence.source_id)), SERD_ANON_CONT);
  w.statement(node, true, dg("quote"), Writer::text(evidence.quote, evidence.language), SERD_ANON_CONT);
  w.statement(node, true, dg("start"), Writer::typed(std::to_string(evidence.cp_begin), "integer"), SERD_ANON_CONT);
  w.statement(node, true, dg("end"), Writer::typed(std::to_string(evidence.cp_end), "integer"), SERD_ANON_CONT);
  w.close_anonymous(node);
}

const char* entity_class(EntityKind kind) { return to_string(kind); }

}  // namespace

void write_turtle(const KnowledgeGraph& graph, const std::string& path) {
  AtomicFile file(path);
  {
    Writer w(file.get(), graph.base());
    const std::string type = std::string(kRdf) + "type";
    const std::string label = std::string(kRdfs) + "label";
    for (const auto& [iri, article] : graph.articles()) {
      w.statement(iri, false, type, Writer::iri(dg("Article")));
      w.statement(iri, false, dg("sourceId"), Writer::text(article.source_id));
      if (!article.title.empty()) w.statement(iri, false, std::string(kDcterms) + "title", Writer::text(article.title, article.language == "und" ? "" : article.language));
      if (article.published) w.statement(iri, false, dg("published"), Writer::typed(*article.published, "date"));
      if (article.language != "und") w.statement(iri, false, std::string(kDcterms) + "language", Writer::text(article.language));
      w.statement(iri, false, dg("sourcePath"), Writer::text(article.source_path));
      if (article.url) w.statement(iri, false, dg("sourceUrl"), Writer::typed(*article.url, "anyURI"));
      w.statement(iri, false, dg("sha256"), Writer::text(article.sha256));
    }
    for (const auto& [iri, entity] : graph.entities()) {
      w.statement(iri, false, type, Writer::iri(dg(entity_class(entity.kind))));
      w.statement(iri, false, label, Writer::text(entity.pref_label, "en"));
      w.statement(iri, false, std::string(kSkos) + "prefLabel", Writer::text(entity.pref_label, "en"));
      for (const LexiconLabel& alt : entity.labels)
        w.statement(iri, false, std::string(kSkos) + "altLabel", Writer::text(alt.text, alt.language));
      if (entity.confidence < 1.0)
        w.statement(iri, false, dg("confidence"), Writer::typed(std::to_string(entity.confidence).substr(0, 4), "decimal"));
      for (const std::string& article : entity.mentioned_in) w.statement(iri, false, dg("mentionedIn"), Writer::iri(article));
    }
    for (const auto& [iri, deal] : graph.deals()) {
      w.statement(iri, false, type, Writer::iri(dg(to_string(deal.type))));
      for (const auto& [role, party] : deal.parties) w.statement(iri, false, dg(to_string(role)), Writer::iri(party));
      for (const ReportedAmount& reported : deal.amounts) {
        const Amount& amount = reported.amount;
        if (amount.currency.empty() || (!amount.value && !(amount.min && amount.max))) continue;
        const std::string node = w.open_anonymous(iri, false, dg("amount"));
        w.statement(node, true, type, Writer::iri(dg("MonetaryAmount")), SERD_ANON_CONT);
        if (amount.value) w.statement(node, true, dg("value"), Writer::typed(amount.value->to_string(), "decimal"), SERD_ANON_CONT);
        if (amount.min) w.statement(node, true, dg("minValue"), Writer::typed(amount.min->to_string(), "decimal"), SERD_ANON_CONT);
        if (amount.max) w.statement(node, true, dg("maxValue"), Writer::typed(amount.max->to_string(), "decimal"), SERD_ANON_CONT);
        w.statement(node, true, dg("currency"), Writer::text(amount.currency), SERD_ANON_CONT);
        w.statement(node, true, dg("asWritten"), Writer::text(amount.as_written, reported.evidence.language), SERD_ANON_CONT);
        if (amount.approximate) w.statement(node, true, dg("approximate"), Writer::typed("true", "boolean"), SERD_ANON_CONT);
        if (!amount.qualifier.empty()) w.statement(node, true, dg("qualifier"), Writer::text(amount.qualifier), SERD_ANON_CONT);
        write_evidence(w, node, true, reported.evidence, graph);
        w.close_anonymous(node);
      }
      for (const ReportedQuantity& reported : deal.quantities) {
        const Quantity& quantity = reported.quantity;
        const std::string node = w.open_anonymous(iri, false, dg("quantity"));
        w.statement(node, true, type, Writer::iri(dg("Quantity")), SERD_ANON_CONT);
        w.statement(node, true, dg("value"), Writer::typed(quantity.value.to_string(), "decimal"), SERD_ANON_CONT);
        w.statement(node, true, dg("unit"), Writer::text(quantity.unit), SERD_ANON_CONT);
        w.statement(node, true, dg("asWritten"), Writer::text(quantity.as_written, reported.evidence.language), SERD_ANON_CONT);
        if (!quantity.qualifier.empty()) w.statement(node, true, dg("qualifier"), Writer::text(quantity.qualifier), SERD_ANON_CONT);
        write_evidence(w, node, true, reported.evidence, graph);
        w.close_anonymous(node);
      }
      for (const std::string& chip : deal.chips) w.statement(iri, false, dg("chip"), Writer::iri(chip));
      for (const std::string& status : deal.statuses) w.statement(iri, false, dg("status"), Writer::text(status));
      char confidence[16];
      std::snprintf(confidence, sizeof confidence, "%.2f", deal.confidence);
      w.statement(iri, false, dg("confidence"), Writer::typed(confidence, "decimal"));
      for (const std::string& trigger : deal.triggers) w.statement(iri, false, dg("trigger"), Writer::text(trigger));
      for (const Evidence& evidence : deal.evidence) write_evidence(w, iri, false, evidence, graph);
    }
    for (const auto& [iri, position] : graph.positions()) {
      w.statement(iri, false, type, Writer::iri(dg("Position")));
      w.statement(iri, false, dg("holder"), Writer::iri(position.holder));
      w.statement(iri, false, dg("organization"), Writer::iri(position.organization));
      w.statement(iri, false, dg("title"), Writer::text(position.title));
      for (const std::string& written : position.titles_as_written)
        w.statement(iri, false, dg("titleAsWritten"), Writer::text(written));
      for (const Evidence& evidence : position.evidence) write_evidence(w, iri, false, evidence, graph);
    }
    w.finish();
  }
  file.commit();
}

}  // namespace dealgraph
