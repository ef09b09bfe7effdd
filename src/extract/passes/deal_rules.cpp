#include "extract/passes/deal_rules.hpp"

namespace dealgraph::extract {

DealRules DealRules::load(const RuleFile& rules) {
  RulePhrases phrases;
  // The order phrases are added in decides which of two equal matches comes first: triggers,
  // then the marker words, then the status cues.
  TriggerRules triggers = TriggerRules::load(rules, phrases);
  load_marker_words(rules, phrases);
  MeasureRules measures = MeasureRules::load(rules, phrases);
  phrases.build();
  SideRules sides = SideRules::load(rules, triggers);
  RoundRules rounds = RoundRules::load(rules, triggers);
  TypeRules types = TypeRules::load(rules, triggers);
  return {std::move(phrases), std::move(triggers), PartyRules::load(rules), std::move(sides),
          std::move(rounds),  std::move(types),    std::move(measures),     AssemblyRules::load(rules),
          AttributionRules::load(rules)};
}

}  // namespace dealgraph::extract
