// A bench for the extraction passes' own tests: the shipped deal rules, and a document run
// through the passes that come before the sentence loop, so that a test can run one pass on
// one sentence and look at what it wrote.
#pragma once

#include <string>

#include "extract/entity_discovery.hpp"
#include "extract/entity_matcher.hpp"
#include "extract/passes/deal_rules.hpp"
#include "extract/passes/mentions.hpp"
#include "extract/passes/work.hpp"
#include "support/knowledge.hpp"

namespace dealgraph::test {

inline const Ontology& ontology() {
  static const Ontology instance(ontology_dir());
  return instance;
}

inline const extract::DealRules& deal_rules() {
  static const extract::DealRules rules = extract::DealRules::load(extract::RuleFile(ontology().deal_rules()));
  return rules;
}

inline const extract::AmountParser& amount_parser() {
  static const extract::AmountParser parser(extract::AmountVocabulary::load(ontology().unit_rules()));
  return parser;
}

inline const extract::DateFinder& date_finder() {
  static const extract::DateFinder finder(extract::DateVocabulary::load(ontology().date_rules()));
  return finder;
}

// The last part of a lexicon IRI: "microsoft" for .../microsoft.
inline std::string local_name(const std::string& iri) { return iri.substr(iri.find_last_of("/:") + 1); }

// One document after the mentions and markers passes, with its trigger words and salient company.
class PassBench {
 public:
  explicit PassBench(const std::string& text, const std::string& language = "")
      : document_(prepare(text, language)), work_(document_, extractor().lexicon()) {
    static const extract::EntityMatcher names(extractor().lexicon());
    static const extract::EntityDiscovery discovery(ontology().discovery_rules(), ontology().post_rules());
    extract::find_mentions(names, discovery, work_);
    work_.markers = extract::find_markers(deal_rules().phrases, document_, work_.folded, work_.facts.mentions);
    work_.triggers = extract::TriggerRules::outside_names(work_.markers.triggers, work_.facts.mentions);
    work_.salient = deal_rules().parties.first_party(work_);
  }
  PassBench(const PassBench&) = delete;
  PassBench& operator=(const PassBench&) = delete;

  extract::DocumentWork& work() { return work_; }
  const extract::DocumentWork& work() const { return work_; }
  const Document& document() const { return document_; }

  // A sentence as the sentence loop has it before the triggers are read: laid out, split into
  // clauses, measured, its triggers chosen.
  extract::SentenceWork sentence(std::size_t index = 0) const {
    extract::SentenceWork sentence = deal_rules().parties.lay_out(work_, index);
    deal_rules().measures.find_value_cues(work_, sentence);
    extract::split_clauses(work_, sentence);
    deal_rules().measures.measure_sentence(work_, sentence, amount_parser(), date_finder());
    deal_rules().triggers.choose(work_, sentence);
    return sentence;
  }

  // The text of the sentence's chosen triggers.
  static std::vector<std::string> chosen(const extract::DocumentWork& work, const extract::SentenceWork& sentence) {
    std::vector<std::string> words;
    for (const extract::Match* t : sentence.chosen) words.emplace_back(work.text.substr(t->begin, t->end - t->begin));
    return words;
  }

  // The first chosen trigger through the sides, roles, measures and rounds passes.
  // The trigger's work points into the sentence's: a temporary sentence would leave it dangling.
  extract::TriggerWork read_first_trigger(extract::SentenceWork&& sentence) = delete;
  extract::TriggerWork read_first_trigger(const extract::SentenceWork& sentence) {
    const extract::DealRules& rules = deal_rules();
    extract::TriggerWork deal = rules.triggers.start(work_, sentence, *sentence.chosen.at(0));
    rules.sides.find_sides(work_, sentence, deal);
    rules.sides.assign_roles(work_, deal);
    extract::MeasureRules::measure_trigger(work_, sentence, deal);
    rules.rounds.follow_round(work_, sentence, deal);
    return deal;
  }

 private:
  static Document prepare(const std::string& text, const std::string& language) {
    RawArticle article;
    article.source_id = "bench";
    article.source_path = "bench.txt";
    article.bytes = text;
    if (!language.empty()) article.language = language;
    return text_stage().prepare(article);
  }

  Document document_;
  extract::DocumentWork work_;
};

}  // namespace dealgraph::test
