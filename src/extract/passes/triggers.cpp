#include "extract/passes/triggers.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace dealgraph::extract {

TriggerRules TriggerRules::load(const RuleFile& rules, RulePhrases& phrases) {
  TriggerRules loaded;
  for (const std::string& subject : rules.subjects("DealTrigger")) {
    TriggerRule rule;
    rule.type = *rules.deal_type(subject, "dealType", true);
    rule.subject_role = rules.role(subject, "subjectRole");
    rule.object_role = rules.role(subject, "objectRole");
    rule.priority = rules.integer(subject, "priority", 0);
    for (const rdf::Term* word : rules.all(subject, "requiresNearby")) rule.requires_nearby.push_back(word->value);
    for (const rdf::Term* word : rules.all(subject, "forbidsNearby")) rule.forbids_nearby.push_back(word->value);
    rule.type_otherwise = rules.deal_type(subject, "typeOtherwise", false);
    for (const rdf::Term* word : rules.all(subject, "notWord")) rule.not_words.push_back(fold(word->value));
    for (const rdf::Term* word : rules.all(subject, "notStem")) rule.not_stems.push_back(fold(word->value));
    for (const rdf::Term* word : rules.all(subject, "notAfter")) rule.not_after.push_back(fold(word->value));
    for (const auto* words : {&rule.not_words, &rule.not_stems})
      for (const std::string& word : *words) rule.longest_not = std::max(rule.longest_not, word.size());
    rule.covers_next = rules.flag(subject, "coversNextTrigger");
    rule.generic = rules.flag(subject, "generic");
    const auto id = static_cast<std::uint32_t>(loaded.rules_.size());
    for (const rdf::Term* surface : rules.all(subject, "surface")) phrases.add(*surface, PhraseKind::Trigger, id, false);
    for (const rdf::Term* stem : rules.all(subject, "stem")) phrases.add(*stem, PhraseKind::Trigger, id, true);
    loaded.rules_.push_back(std::move(rule));
    loaded.subjects_.push_back(subject);
  }
  return loaded;
}

std::vector<Match> TriggerRules::outside_names(const std::vector<Match>& triggers, const std::vector<Mention>& mentions) {
  std::vector<Match> kept;
  for (const Match& match : leftmost_longest(triggers)) {
    auto mention = std::lower_bound(mentions.begin(), mentions.end(), match.begin,
                                    [](const Mention& m, std::size_t at) { return m.byte_end <= at; });
    const bool inside_name = mention != mentions.end() && mention->byte_begin < match.end;
    if (!inside_name) kept.push_back(match);
  }
  return kept;
}

bool TriggerRules::fits_context(const DocumentWork& work, const SentenceWork& sentence, const Match& t,
                                bool& otherwise) const {
  const TriggerRule& rule = rules_[t.id];
  const std::string_view text = work.text;
  const Span scope = work.chinese ? sentence.clauses[sentence.clause_of(t.begin)] : sentence.span;
  const std::string_view scope_text = text.substr(scope.begin, scope.end - scope.begin);
  auto any_near = [&](const std::vector<std::string>& words) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return scope_text.find(w) != std::string_view::npos; });
  };
  otherwise = false;
  if (!rule.requires_nearby.empty() && !any_near(rule.requires_nearby)) {
    if (!rule.type_otherwise) return false;
    otherwise = true;
  }
  if (any_near(rule.forbids_nearby)) return false;
  // Words that begin like the trigger but are not it: "investidores" is not "investir",
  // 供应商 (a supplier) is not 供应 (to supply); with dg:notStem, every word so begun
  // ("investigating" is not "investing").
  if (rule.not_words.empty() && rule.not_stems.empty()) return !after_nominal_cue(text, t.begin, rule.not_after);
  // The text ahead, folded once for every word and stem.
  const std::string ahead = fold(text.substr(t.begin, std::min(text.size() - t.begin, rule.longest_not + 8)));
  const bool not_word = std::any_of(rule.not_words.begin(), rule.not_words.end(), [&](const std::string& word) {
    if (ahead.compare(0, word.size(), word) != 0) return false;
    return ahead.size() == word.size() || !util::is_ascii_alnum(ahead[word.size()]);
  });
  const bool not_stem = std::any_of(rule.not_stems.begin(), rule.not_stems.end(),
                                    [&](const std::string& stem) { return ahead.compare(0, stem.size(), stem) == 0; });
  return !not_word && !not_stem && !after_nominal_cue(text, t.begin, rule.not_after);
}

// dg:notAfter: words right before the trigger that make it part of a noun phrase naming
// something else ("banques d'investissement", "private equity").
bool TriggerRules::after_nominal_cue(std::string_view text, std::size_t at, const std::vector<std::string>& cues) {
  if (cues.empty()) return false;
  const std::size_t end = skip_spaces_back(text, at);
  constexpr std::size_t kLongestCue = 24;
  const std::size_t begin = end > kLongestCue ? end - kLongestCue : 0;
  const std::string behind = fold(text.substr(begin, end - begin));
  return std::any_of(cues.begin(), cues.end(), [&](const std::string& cue) {
    if (behind.size() < cue.size() || behind.compare(behind.size() - cue.size(), cue.size(), cue) != 0) return false;
    const std::size_t before = behind.size() - cue.size();
    return before == 0 || !util::is_ascii_alnum(behind[before - 1]);
  });
}

void TriggerRules::choose(const DocumentWork& work, SentenceWork& sentence) const {
  std::vector<const Match*>& chosen = sentence.chosen;
  for (const Match& t : sentence.triggers) {
    if (t.begin < sentence.span.begin || t.end > sentence.span.end) continue;
    bool otherwise = false;
    if (!fits_context(work, sentence, t, otherwise)) continue;
    if (otherwise) sentence.use_otherwise.insert(&t);
    if (work.chinese) {
      auto same_clause = std::find_if(chosen.begin(), chosen.end(), [&](const Match* o) {
        return sentence.clause_of(o->begin) == sentence.clause_of(t.begin);
      });
      if (same_clause != chosen.end()) {
        if (rules_[(*same_clause)->id].priority < rules_[t.id].priority) *same_clause = &t;
        continue;
      }
    }
    chosen.push_back(&t);
  }
  if (!work.chinese) drop_covered(work, chosen);
  // A word for an agreement of no stated kind yields to any trigger that states the kind.
  if (std::any_of(chosen.begin(), chosen.end(), [&](const Match* m) { return !rules_[m->id].generic; }))
    std::erase_if(chosen, [&](const Match* m) { return rules_[m->id].generic; });
}

// "guarantee the financing of X", "garantizará la financiación de X": what a guarantee covers
// is not a deal of its own.
void TriggerRules::drop_covered(const DocumentWork& work, std::vector<const Match*>& chosen) const {
  const std::string_view text = work.text;
  std::set<std::size_t> covering_ends;  // where the words of covering triggers end (a stem ends inside one)
  for (const Match* m : chosen) {
    if (!rules_[m->id].covers_next) continue;
    std::size_t word_end = m->end;
    while (word_end < text.size() && (util::is_ascii_alnum(text[word_end]) || static_cast<unsigned char>(text[word_end]) >= 0x80))
      ++word_end;
    covering_ends.insert(word_end);
  }
  if (!covering_ends.empty())
    std::erase_if(chosen, [&](const Match* m) { return work.markers.right_after(covering_ends, m->begin); });
}

TriggerWork TriggerRules::start(const DocumentWork& work, const SentenceWork& sentence, const Match& trigger) const {
  TriggerWork started;
  started.match = &trigger;
  started.rule = &rules_[trigger.id];
  started.clause_index = sentence.clause_of(trigger.begin);
  started.clause = work.chinese ? sentence.clauses[started.clause_index] : sentence.span;
  started.otherwise = sentence.use_otherwise.count(&trigger) > 0;
  started.type = started.rule->type;
  return started;
}

}  // namespace dealgraph::extract
