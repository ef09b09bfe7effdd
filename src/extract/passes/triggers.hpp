// Pass: triggers. The words that state a deal (dg:DealTrigger), with the deal type they state
// and the roles their subject and object play. In each sentence the pass chooses the triggers
// that count: a trigger inside a name is part of the name (Vision Fund); one whose required
// words are absent takes its dg:typeOtherwise or is dropped; a forbidden word nearby or a
// dg:notWord ("investidores" is not "investir"), a dg:notStem ("investigating") or a dg:notAfter
// before it ("banques d'investissement") drops it; in Chinese only the strongest
// (dg:priority) of a clause counts; what a dg:coversNextTrigger word covers ("guarantee the
// financing of X") is no deal of its own; a dg:generic word yields to any other.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "extract/passes/markers.hpp"
#include "extract/passes/rule_file.hpp"
#include "extract/passes/work.hpp"

namespace dealgraph::extract {

struct TriggerRule {
  DealType type = DealType::Partnership;
  Role subject_role = Role::Partner;
  Role object_role = Role::Partner;
  int priority = 0;
  std::vector<std::string> requires_nearby;
  std::vector<std::string> forbids_nearby;
  std::optional<DealType> type_otherwise;  // the type when the words it requires are absent
  std::vector<std::string> not_words;      // whole words that begin like it but are not it (folded)
  std::vector<std::string> not_stems;      // beginnings of words that are not it ("investig")
  std::vector<std::string> not_after;      // words right before it that make it a name's part (folded)
  std::size_t longest_not = 0;             // bytes of its longest not-word or not-stem
  bool covers_next = false;  // "guarantee the financing of X": a trigger right after it is what it covers
  bool generic = false;      // names an agreement, not its kind: yields to any other trigger
};

class TriggerRules {
 public:
  // Reads every dg:DealTrigger and adds its dg:surface and dg:stem words to `phrases`.
  static TriggerRules load(const RuleFile& rules, RulePhrases& phrases);

  const TriggerRule& operator[](std::uint32_t id) const { return rules_[id]; }
  std::size_t size() const { return rules_.size(); }
  // The dg:DealTrigger entries by id, for passes that read flags of their own from them.
  const std::vector<std::string>& subjects() const { return subjects_; }

  // The trigger words the markers pass found, without those inside a name.
  static std::vector<Match> outside_names(const std::vector<Match>& triggers, const std::vector<Mention>& mentions);
  // Fills sentence.chosen and sentence.use_otherwise from sentence.triggers (needs its clauses).
  void choose(const DocumentWork& work, SentenceWork& sentence) const;
  // A chosen trigger's starting point: its rule, its clause and the roles it gives.
  TriggerWork start(const DocumentWork& work, const SentenceWork& sentence, const Match& trigger) const;

 private:
  // Whether the words around a trigger keep it; sets `otherwise` when it needs its other type.
  bool fits_context(const DocumentWork& work, const SentenceWork& sentence, const Match& trigger, bool& otherwise) const;
  static bool after_nominal_cue(std::string_view text, std::size_t at, const std::vector<std::string>& cues);
  void drop_covered(const DocumentWork& work, std::vector<const Match*>& chosen) const;

  std::vector<TriggerRule> rules_;
  std::vector<std::string> subjects_;
};

}  // namespace dealgraph::extract
