// Pass: rounds. Funding rounds told over several sentences: a dg:namesRaiser trigger ("raised",
// 完成融资) names the company that raised money and the round's amount; a dg:joinsRound trigger
// ("led by X", 腾讯领投) within two sentences makes its investor an investor in that company,
// and the investors share the round's amount. With no raiser named, a round an investor joins
// ("X led the round") is that of the company the article is about (coreference's topic).
#pragma once

#include <vector>

#include "extract/passes/rule_file.hpp"
#include "extract/passes/triggers.hpp"
#include "extract/passes/work.hpp"

namespace dealgraph::extract {

class RoundRules {
 public:
  // Reads dg:namesRaiser and dg:joinsRound of every trigger.
  static RoundRules load(const RuleFile& rules, const TriggerRules& triggers);

  // Updates document.raiser; for a trigger joining a round, sets work.round_investee and makes
  // its investor the subject. Runs after the sides, roles and the trigger's amount are known.
  void follow_round(DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) const;

 private:
  struct Flags {
    bool names_raiser = false;  // its subject is a company raising money
    bool joins_round = false;   // its investor joins the round the last raiser opened
  };
  void note_raiser(DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work) const;
  std::vector<Flags> flags_;  // by trigger id
};

}  // namespace dealgraph::extract
