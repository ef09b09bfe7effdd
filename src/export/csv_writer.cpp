// CSV for spreadsheets, SQLite and `neo4j-admin database import` (docs/csv.md): five node
// files and one relationship file, with the header convention of neo4j-admin (`id:ID`,
// `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, typed columns such as `value:double`, arrays
// split on ";"). Node ids are IRIs, so one id space serves every node file and a row can be
// joined with graph.ttl. Deals, amounts and posts are nodes; roles, amounts of a deal and
// evidence are relationships, the evidence quote and offsets as columns of its EVIDENCE
// relationship. Quoting follows RFC 4180 (CRLF line ends, a field with a comma, quote or line
// break quoted, quotes doubled). Rows follow the graph's IRI order, so the bytes are the same
// for the same graph.
#include <cerrno>
#include <cstring>
#include <set>

#include "dealgraph/export.hpp"
#include "export/graph_view.hpp"
#include "export/rdf_statements.hpp"
#include "util/atomic_file.hpp"

namespace dealgraph {
namespace {

// One RFC 4180 field.
std::string field(std::string_view raw) {
  const std::string text = rdfout::safe_text(raw);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// A neo4j-admin array: values joined by ";" (the default --array-delimiter), which the
// values themselves must not hold.
std::string array(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) {
    std::string clean = value;
    for (char& c : clean)
      if (c == ';') c = ',';
    out += (out.empty() ? "" : ";") + clean;
  }
  return out;
}

// A CSV file written through AtomicFile in blocks, its rows of the header's width.
class CsvFile {
 public:
  CsvFile(std::string path, std::vector<std::string> header) : path_(std::move(path)), file_(path_), width_(header.size()) {
    row(header);
  }
  void row(const std::vector<std::string>& fields) {
    if (fields.size() != width_) throw std::logic_error(path_ + ": a row of " + std::to_string(fields.size()) + " fields");
    for (std::size_t i = 0; i < fields.size(); ++i) out_ += (i ? "," : "") + field(fields[i]);
    out_ += "\r\n";
    if (out_.size() >= (1u << 20)) flush();
  }
  void commit() {
    flush();
    file_.commit();
  }

 private:
  void flush() {
    if (std::fwrite(out_.data(), 1, out_.size(), file_.get()) != out_.size())
      throw ExportError(path_ + ": write failed: " + std::strerror(errno));
    out_.clear();
  }
  std::string path_;
  AtomicFile file_;
  std::size_t width_;
  std::string out_;
};

std::string decimal(const std::optional<Decimal>& value) { return value ? value->to_string() : ""; }

// The EVIDENCE relationship from a node to the article it was read in.
std::vector<std::string> evidence_row(const KnowledgeGraph& graph, const std::string& from, const Evidence& evidence) {
  return {from, "EVIDENCE", graph.article_iri(evidence.source_id), evidence.quote, std::to_string(evidence.cp_begin),
          std::to_string(evidence.cp_end)};
}

void write_articles(const KnowledgeGraph& graph, const std::string& folder) {
  CsvFile csv(folder + "/nodes-articles.csv",
              {"id:ID", ":LABEL", "sourceId", "title", "published", "language", "sourcePath", "url", "sha256"});
  for (const auto& [iri, article] : graph.articles())
    csv.row({iri, "Article", article.source_id, article.title, article.published.value_or(""), article.language,
             article.source_path, article.url.value_or(""), article.sha256});
  csv.commit();
}

void write_entities(const KnowledgeGraph& graph, const std::string& folder, CsvFile& relationships) {
  CsvFile csv(folder + "/nodes-entities.csv",
              {"id:ID", ":LABEL", "name", "language", "altLabels:string[]", "articles:int", "confidence:double"});
  for (const auto& [iri, entity] : graph.entities()) {
    std::vector<std::string> labels;
    for (const LexiconLabel& label : entity.labels) labels.push_back(label.text);
    csv.row({iri, std::string("Entity;") + to_string(entity.kind), entity.pref_label, entity.pref_language, array(labels),
             std::to_string(entity.mentioned_in.size()), view::number(entity.confidence)});
    for (const std::string& article : entity.mentioned_in) relationships.row({iri, "MENTIONED_IN", article, "", "", ""});
  }
  csv.commit();
}

// Amounts, prices per share and quantities: one node per reported figure, with its evidence.
void write_measures(const KnowledgeGraph& graph, const std::string& folder, CsvFile& relationships) {
  CsvFile csv(folder + "/nodes-amounts.csv",
              {"id:ID", ":LABEL", "value:double", "minValue:double", "maxValue:double", "currency", "unit", "asWritten",
               "source", "quote", "start:int", "end:int"});
  for (const auto& [deal_iri, deal] : graph.deals()) {
    const std::string& iri = deal_iri;  // a lambda may not capture a structured binding (before C++20 in clang)
    auto money = [&](const std::vector<ReportedAmount>& list, const char* label, const char* type, const char* suffix) {
      for (std::size_t i = 0; i < list.size(); ++i) {
        const ReportedAmount& reported = list[i];
        const std::string id = iri + suffix + std::to_string(i + 1);
        const Amount& a = reported.amount;
        const Evidence& e = reported.evidence;
        csv.row({id, label, decimal(a.value), decimal(a.min), decimal(a.max), a.currency, "", a.as_written,
                 graph.article_iri(e.source_id), e.quote, std::to_string(e.cp_begin), std::to_string(e.cp_end)});
        relationships.row({iri, type, id, "", "", ""});
      }
    };
    money(deal.amounts, "Amount", "AMOUNT", "#amount-");
    money(deal.prices_per_share, "PricePerShare", "PRICE_PER_SHARE", "#price-");
    for (std::size_t i = 0; i < deal.quantities.size(); ++i) {
      const ReportedQuantity& reported = deal.quantities[i];
      const std::string id = iri + "#quantity-" + std::to_string(i + 1);
      const Evidence& e = reported.evidence;
      csv.row({id, "Quantity", reported.quantity.value.to_string(), "", "", "", reported.quantity.unit,
               reported.quantity.as_written, graph.article_iri(e.source_id), e.quote, std::to_string(e.cp_begin),
               std::to_string(e.cp_end)});
      relationships.row({iri, "QUANTITY", id, "", "", ""});
    }
  }
  csv.commit();
}

void write_deals(const KnowledgeGraph& graph, const std::string& folder, CsvFile& relationships) {
  CsvFile csv(folder + "/nodes-deals.csv",
              {"id:ID", ":LABEL", "type", "status:string[]", "dates:string[]", "articles:int", "confidence:double"});
  for (const auto& [iri, deal] : graph.deals()) {
    std::set<std::string> sources;
    for (const Evidence& e : deal.evidence) sources.insert(e.source_id);
    csv.row({iri, std::string("Deal;") + to_string(deal.type), to_string(deal.type),
             array({deal.statuses.begin(), deal.statuses.end()}), array({deal.dates.begin(), deal.dates.end()}),
             std::to_string(sources.size()), view::number(deal.confidence)});
    std::string role_type;
    for (const auto& [role, party] : deal.parties) {
      role_type = to_string(role);
      for (char& c : role_type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      relationships.row({iri, role_type, party, "", "", ""});
    }
    for (const std::string& chip : deal.chips) relationships.row({iri, "CHIP", chip, "", "", ""});
    for (const Evidence& e : deal.evidence) relationships.row(evidence_row(graph, iri, e));
  }
  csv.commit();
}

void write_positions(const KnowledgeGraph& graph, const std::string& folder, CsvFile& relationships) {
  CsvFile csv(folder + "/nodes-positions.csv", {"id:ID", ":LABEL", "title", "titleAsWritten:string[]"});
  for (const auto& [iri, post] : graph.posts()) {
    csv.row({iri, "Position", post.title, array({post.titles_as_written.begin(), post.titles_as_written.end()})});
    relationships.row({iri, "HOLDER", post.holder, "", "", ""});
    relationships.row({iri, "ORGANIZATION", post.organization, "", "", ""});
    for (const Evidence& e : post.evidence) relationships.row(evidence_row(graph, iri, e));
  }
  csv.commit();
}

}  // namespace

const std::vector<std::string>& csv_file_names() {
  static const std::vector<std::string> kNames = {"nodes-articles.csv", "nodes-entities.csv", "nodes-deals.csv",
                                                  "nodes-amounts.csv",  "nodes-positions.csv", "relationships.csv"};
  return kNames;
}

void write_csv(const KnowledgeGraph& graph, const std::string& folder) {
  CsvFile relationships(folder + "/relationships.csv", {":START_ID", ":TYPE", ":END_ID", "quote", "start:int", "end:int"});
  write_articles(graph, folder);
  write_entities(graph, folder, relationships);
  write_deals(graph, folder, relationships);
  write_measures(graph, folder, relationships);
  write_positions(graph, folder, relationships);
  relationships.commit();
}

}  // namespace dealgraph
