#include "dealgraph/query.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace dealgraph::query {
namespace {

// "100000000000" -> "100,000,000,000"; "4.25" -> "4.25".
std::string group_thousands(const std::string& plain) {
  std::size_t start = plain.empty() || plain[0] != '-' ? 0 : 1;
  const std::size_t point = std::min(plain.find('.'), plain.size());
  std::string out = plain.substr(0, start);
  for (std::size_t i = start; i < point; ++i) {
    if (i > start && (point - i) % 3 == 0) out += ',';
    out += plain[i];
  }
  out += plain.substr(point);
  return out;
}

std::string article_list(const std::vector<Evidence>& evidence) {
  std::set<std::string> sources;
  for (const Evidence& e : evidence) sources.insert(e.source_id);
  if (sources.empty()) return "no evidence";
  std::string out = sources.size() == 1 ? "article " : "articles ";
  bool first = true;
  for (const std::string& source : sources) {
    out += (first ? "" : ", ") + source;
    first = false;
  }
  return out;
}

const std::vector<Evidence>* link_evidence(const KnowledgeGraph& graph, const std::string& iri) {
  if (auto it = graph.deals().find(iri); it != graph.deals().end()) return &it->second.evidence;
  if (auto it = graph.posts().find(iri); it != graph.posts().end()) return &it->second.evidence;
  return nullptr;
}

std::string quote_line(const Evidence& evidence) {
  return "quote (article " + evidence.source_id + ", " + std::to_string(evidence.cp_begin) + "-" +
         std::to_string(evidence.cp_end) + "): \"" + evidence.quote + "\"";
}

}  // namespace

// A JSON number that keeps whole values exact (int64) and falls back to double otherwise.
nlohmann::json decimal_json(const Decimal& value) {
  if (value.exponent >= 0 && value.exponent <= 18) {
    std::int64_t scaled = value.units;
    bool fits = true;
    for (int i = 0; i < value.exponent && fits; ++i) {
      if (scaled > INT64_MAX / 10 || scaled < INT64_MIN / 10) fits = false;
      else scaled *= 10;
    }
    if (fits) return scaled;
  }
  return value.to_double();
}

std::string money_in_words(const Money& money) {
  return group_thousands(money.value.to_string()) + (money.currency.empty() ? " (no currency)" : " " + money.currency);
}

std::string label_of(const KnowledgeGraph& graph, const std::string& iri) {
  if (auto it = graph.entities().find(iri); it != graph.entities().end()) return it->second.pref_label;
  if (auto it = graph.deals().find(iri); it != graph.deals().end()) return to_string(it->second.type);
  if (auto it = graph.posts().find(iri); it != graph.posts().end())
    return (it->second.title.empty() ? std::string("Position") : it->second.title + " position");
  return iri;
}

std::string amount_in_words(const Amount& amount) {
  std::string out;
  if (amount.approximate) out += "about ";
  else if (!amount.qualifier.empty()) out += amount.qualifier + " ";
  if (amount.value) out += group_thousands(amount.value->to_string());
  else if (amount.min && amount.max)
    out += group_thousands(amount.min->to_string()) + "-" + group_thousands(amount.max->to_string());
  else if (amount.min) out += "at least " + group_thousands(amount.min->to_string());
  else if (amount.max) out += "at most " + group_thousands(amount.max->to_string());
  else out += "an unknown sum";
  if (!amount.currency.empty()) out += " " + amount.currency;
  return out;
}

std::string hop_line(const KnowledgeGraph& graph, const PathHop& hop) {
  const std::vector<Evidence>* evidence = link_evidence(graph, hop.link);
  return label_of(graph, hop.from) + " --" + hop.from_role + "-- " + label_of(graph, hop.link) + " (evidence: " +
         (evidence ? article_list(*evidence) : std::string("no evidence")) + ") --" + hop.to_role + "-- " +
         label_of(graph, hop.to);
}

void write_deal_details(std::ostream& out, const KnowledgeGraph& graph, const DealNode& deal, const std::string& more) {
  if (!deal.statuses.empty()) {
    out << more << "status: ";
    bool first = true;
    for (const std::string& status : deal.statuses) out << (first ? "" : ", ") << status, first = false;
    out << "\n";
  }
  for (const ReportedAmount& reported : deal.amounts)
    out << more << "amount: \"" << reported.amount.as_written << "\" = " << amount_in_words(reported.amount)
        << " (article " << reported.evidence.source_id << ")\n";
  for (const ReportedQuantity& reported : deal.quantities)
    out << more << "quantity: \"" << reported.quantity.as_written << "\" = "
        << group_thousands(reported.quantity.value.to_string()) << " " << reported.quantity.unit << " (article "
        << reported.evidence.source_id << ")\n";
  if (!deal.chips.empty()) {
    out << more << "chips: ";
    bool first = true;
    for (const std::string& chip : deal.chips) out << (first ? "" : ", ") << label_of(graph, chip), first = false;
    out << "\n";
  }
  for (const Evidence& evidence : deal.evidence) out << more << quote_line(evidence) << "\n";
  out << more << "deal: " << deal.iri << "\n";
}

void write_path(std::ostream& out, const KnowledgeGraph& graph, const Path& path, const std::string& indent) {
  std::size_t number = 0;
  for (const PathHop& hop : path.hops) {
    out << indent << ++number << ". " << hop_line(graph, hop) << "\n";
    const std::string more = indent + "     ";
    if (auto it = graph.deals().find(hop.link); it != graph.deals().end()) {
      write_deal_details(out, graph, it->second, more);
    } else if (auto p = graph.posts().find(hop.link); p != graph.posts().end()) {
      for (const std::string& written : p->second.titles_as_written) out << more << "title as written: " << written << "\n";
      for (const Evidence& evidence : p->second.evidence) out << more << quote_line(evidence) << "\n";
      out << more << "position: " << p->second.iri << "\n";
    }
  }
}

nlohmann::json entity_json(const KnowledgeGraph& graph, const std::string& iri) {
  nlohmann::json j = {{"iri", iri}, {"label", label_of(graph, iri)}};
  if (auto it = graph.entities().find(iri); it != graph.entities().end()) j["kind"] = to_string(it->second.kind);
  return j;
}

nlohmann::json evidence_json(const KnowledgeGraph& graph, const Evidence& evidence) {
  return {{"source", evidence.source_id},
          {"article", graph.article_iri(evidence.source_id)},
          {"quote", evidence.quote},
          {"language", evidence.language},
          {"start", evidence.cp_begin},
          {"end", evidence.cp_end}};
}

nlohmann::json link_json(const KnowledgeGraph& graph, const std::string& iri) {
  nlohmann::json j = {{"iri", iri}};
  nlohmann::json evidence = nlohmann::json::array();
  if (auto it = graph.deals().find(iri); it != graph.deals().end()) {
    const DealNode& deal = it->second;
    j["kind"] = "deal";
    j["type"] = to_string(deal.type);
    nlohmann::json parties = nlohmann::json::array();
    for (const auto& [role, party] : deal.parties)
      parties.push_back({{"role", to_string(role)}, {"iri", party}, {"label", label_of(graph, party)}});
    j["parties"] = parties;
    j["statuses"] = deal.statuses;
    nlohmann::json amounts = nlohmann::json::array();
    for (const ReportedAmount& reported : deal.amounts) {
      const Amount& a = reported.amount;
      nlohmann::json amount = {{"as_written", a.as_written},
                               {"currency", a.currency},
                               {"value", a.value ? decimal_json(*a.value) : nlohmann::json()},
                               {"min", a.min ? decimal_json(*a.min) : nlohmann::json()},
                               {"max", a.max ? decimal_json(*a.max) : nlohmann::json()},
                               {"approximate", a.approximate},
                               {"qualifier", a.qualifier},
                               {"in_words", amount_in_words(a)},
                               {"evidence", evidence_json(graph, reported.evidence)}};
      amounts.push_back(std::move(amount));
    }
    j["amounts"] = amounts;
    nlohmann::json quantities = nlohmann::json::array();
    for (const ReportedQuantity& reported : deal.quantities)
      quantities.push_back({{"as_written", reported.quantity.as_written},
                            {"value", decimal_json(reported.quantity.value)},
                            {"unit", reported.quantity.unit},
                            {"evidence", evidence_json(graph, reported.evidence)}});
    j["quantities"] = quantities;
    nlohmann::json chips = nlohmann::json::array();
    for (const std::string& chip : deal.chips) chips.push_back(entity_json(graph, chip));
    j["chips"] = chips;
    for (const Evidence& e : deal.evidence) evidence.push_back(evidence_json(graph, e));
  } else if (auto p = graph.posts().find(iri); p != graph.posts().end()) {
    j["kind"] = "position";
    j["type"] = "Position";
    j["title"] = p->second.title;
    j["titles_as_written"] = p->second.titles_as_written;
    for (const Evidence& e : p->second.evidence) evidence.push_back(evidence_json(graph, e));
  }
  j["evidence"] = evidence;
  return j;
}

nlohmann::json path_json(const KnowledgeGraph& graph, const Path& path) {
  nlohmann::json entities = nlohmann::json::array();
  for (const std::string& iri : path.entities()) entities.push_back(entity_json(graph, iri));
  nlohmann::json steps = nlohmann::json::array();
  for (const PathHop& hop : path.hops)
    steps.push_back({{"from", entity_json(graph, hop.from)},
                     {"from_role", hop.from_role},
                     {"link", link_json(graph, hop.link)},
                     {"to_role", hop.to_role},
                     {"to", entity_json(graph, hop.to)},
                     {"text", hop_line(graph, hop)}});
  return {{"hops", path.hops.size()}, {"entities", entities}, {"steps", steps}};
}

void write_findings(std::ostream& out, const KnowledgeGraph& graph, const std::vector<Finding>& findings,
                    const std::string& graph_name) {
  std::map<std::string, std::size_t> by_kind;
  std::size_t errors = 0, warnings = 0;
  for (const Finding& finding : findings) {
    (finding.severity == "error" ? errors : warnings)++;
    by_kind[finding.kind]++;
    out << finding.severity << ": " << finding.kind << ": " << finding.message << "\n";
    if (!finding.involves.empty()) {
      out << "    involves: ";
      bool first = true;
      for (const std::string& iri : finding.involves) {
        out << (first ? "" : "; ") << label_of(graph, iri);
        if (!graph.entities().count(iri)) out << " <" << iri << ">";
        first = false;
      }
      out << "\n";
    }
    for (const Evidence& evidence : finding.evidence) out << "    " << quote_line(evidence) << "\n";
  }
  out << graph_name << ": " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
      << (warnings == 1 ? " warning" : " warnings");
  if (!by_kind.empty()) {
    out << " (";
    bool first = true;
    for (const auto& [kind, count] : by_kind) out << (first ? "" : ", ") << kind << " " << count, first = false;
    out << ")";
  }
  out << "; checked " << graph.entities().size() << " entities, " << graph.deals().size() << " deals, "
      << graph.posts().size() << " positions from " << graph.articles().size() << " articles\n";
}

nlohmann::json findings_json(const KnowledgeGraph& graph, const std::vector<Finding>& findings,
                             const std::string& graph_name) {
  nlohmann::json list = nlohmann::json::array();
  std::size_t errors = 0, warnings = 0;
  for (const Finding& finding : findings) {
    (finding.severity == "error" ? errors : warnings)++;
    nlohmann::json j = finding_to_json(finding);  // the same shape as report.json's findings
    nlohmann::json labels = nlohmann::json::array();
    for (const std::string& iri : finding.involves) labels.push_back(label_of(graph, iri));
    j["involves_labels"] = labels;
    list.push_back(std::move(j));
  }
  return {{"graph", graph_name},
          {"counts",
           {{"articles", graph.articles().size()},
            {"entities", graph.entities().size()},
            {"deals", graph.deals().size()},
            {"positions", graph.posts().size()}}},
          {"finding_counts", {{"errors", errors}, {"warnings", warnings}}},
          {"findings", list}};
}

}  // namespace dealgraph::query
