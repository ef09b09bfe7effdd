// ontology/rules/checks.ttl: what `dealgraph check` knows beyond the graph, and the helpers
// the checks of checks_*.cpp share.
#include <algorithm>
#include <charconv>

#include "dealgraph/error.hpp"
#include "graph/checks_more.hpp"
#include "rdf/turtle_reader.hpp"

namespace dealgraph {
namespace {

class CheckRulesLoader : public rdf::VocabularyReader {
 public:
  using VocabularyReader::VocabularyReader;

  CheckRules build() {
    CheckRules rules;
    for (const std::string& subject : index_.subjects_of_type(dg("ExclusivePost")))
      for (const rdf::Term* title : literals(subject, "title")) rules.exclusive_titles.insert(title->value);
    for (const std::string& subject : index_.subjects_of_type(dg("PassingTitleWord")))
      for (const rdf::Term* word : literals(subject, "surface")) {
        std::string folded = fold(word->value);
        if (folded.empty()) fail(subject, "has an empty dg:surface");
        rules.passing_title_words.push_back(std::move(folded));
      }
    auto& words = rules.passing_title_words;
    std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
      return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    words.erase(std::unique(words.begin(), words.end()), words.end());
    for (const std::string& subject : index_.subjects_of_type(dg("AmountScale"))) {
      const std::string power_text = text(subject, "power", true);
      int power = 0;
      const auto [end, error] = std::from_chars(power_text.data(), power_text.data() + power_text.size(), power);
      if (error != std::errc() || end != power_text.data() + power_text.size() || power < 1 || power > 15)
        fail(subject, "has a dg:power that is no whole number 1..15: \"" + power_text + "\"");
      for (const rdf::Term* name : literals(subject, "surface"))
        rules.scale_names[power][name->language.empty() ? "en" : name->language] = name->value;
    }
    return rules;
  }
};

}  // namespace

CheckRules CheckRules::load(const std::string& path) { return rdf::load_vocabulary_file<CheckRulesLoader>(path); }

namespace checks {

std::string label_of_entity(const KnowledgeGraph& graph, const std::string& iri) {
  auto it = graph.entities().find(iri);
  return it == graph.entities().end() ? iri : it->second.pref_label;
}

std::string deal_in_words(const KnowledgeGraph& graph, const DealNode& deal) {
  std::string parties;
  for (const auto& [role, party] : deal.parties) parties += (parties.empty() ? " " : ", ") + label_of_entity(graph, party);
  return to_string(deal.type) + parties;
}

namespace {
std::string first_word(const std::string& folded) { return folded.substr(0, folded.find(' ')); }
}  // namespace

bool named_alike(const KnowledgeGraph& graph, const std::string& a, const std::string& b) {
  const std::string fa = fold(label_of_entity(graph, a)), fb = fold(label_of_entity(graph, b));
  return !fa.empty() && !fb.empty() && (first_word(fa) == first_word(fb) || fa.find(fb) != std::string::npos ||
                                        fb.find(fa) != std::string::npos);
}

std::string article_date(const KnowledgeGraph& graph, const Evidence& evidence) {
  auto it = graph.articles().find(graph.article_iri(evidence.source_id));
  if (it == graph.articles().end() || !it->second.published) return {};
  return it->second.published->substr(0, 10);
}

void add_quote(Finding& finding, const Evidence& evidence) {
  for (const Evidence& e : finding.evidence)
    if (e.source_id == evidence.source_id && e.cp_begin == evidence.cp_begin && e.cp_end == evidence.cp_end) return;
  finding.evidence.push_back(evidence);
}

void sort_quotes(Finding& finding) {
  std::stable_sort(finding.evidence.begin(), finding.evidence.end(), [](const Evidence& a, const Evidence& b) {
    return std::tie(a.source_id, a.cp_begin, a.cp_end) < std::tie(b.source_id, b.cp_begin, b.cp_end);
  });
}

std::string quoted(const Evidence& evidence) { return "\"" + evidence.quote + "\" (" + evidence.source_id + ")"; }

}  // namespace checks
}  // namespace dealgraph
