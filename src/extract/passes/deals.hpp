// Pass: deal assembly. One claim per subject and object of a trigger (each side may hold
// several conjoined names), oriented by the sectors of the parties where the words leave the
// direction open (dg:ComputeSellers supply, dg:ComputeBuyers buy), measured, and merged with
// the same deal stated earlier in the sentence. A dg:TrancheWord beside the deal word
// ("another", "a second", "supplémentaire", "新一轮") marks a further deal between the same
// parties, which the graph keeps apart from the earlier one. Each new deal's subject becomes the
// company the article is about. A person makes a claim only as the investor of a stake or an
// investment (shapes.ttl: only an organisation buys a company, supplies or guarantees).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "extract/phrase_matcher.hpp"

#include "extract/passes/rule_file.hpp"
#include "extract/passes/work.hpp"

namespace dealgraph::extract {

class AssemblyRules {
 public:
  // Reads the dg:sector values of dg:ComputeSellers and dg:ComputeBuyers, and dg:TrancheWord.
  static AssemblyRules load(const RuleFile& rules);

  void assemble(DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work) const;

  // An agreement of unstated direction (a dg:generic trigger): the side from a selling sector supplies.
  void orient_generic_by_sector(const Lexicon& lexicon, DealClaim& deal) const;
  // A supplier from a sector that buys compute facing a customer from one that sells it: the
  // words left the direction open, the lexicon settles it.
  void orient_by_sector(const Lexicon& lexicon, DealClaim& deal) const;

 private:
  // The tranche a deal word states: the tag of a dg:TrancheWord just before it or just after it.
  std::string tranche_of(const DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work) const;

  std::set<std::string> seller_sectors_, buyer_sectors_;
  PhraseMatcher tranche_words_;
  std::vector<std::string> tranche_tags_;  // by phrase id
};

}  // namespace dealgraph::extract
