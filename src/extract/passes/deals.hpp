// Pass: deal assembly. One claim per subject and object of a trigger (each side may hold
// several conjoined names), oriented by the sectors of the parties where the words leave the
// direction open (dg:ComputeSellers supply, dg:ComputeBuyers buy), measured, and merged with
// the same deal stated earlier in the sentence. Each new deal's subject becomes the company
// the article is about.
#pragma once

#include <set>
#include <string>

#include "extract/passes/rule_file.hpp"
#include "extract/passes/work.hpp"

namespace dealgraph::extract {

class AssemblyRules {
 public:
  // Reads the dg:sector values of dg:ComputeSellers and dg:ComputeBuyers.
  static AssemblyRules load(const RuleFile& rules);

  void assemble(DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work) const;

  // An agreement of unstated direction (a dg:generic trigger): the side from a selling sector supplies.
  void orient_generic_by_sector(const Lexicon& lexicon, DealClaim& deal) const;
  // A supplier from a sector that buys compute facing a customer from one that sells it: the
  // words left the direction open, the lexicon settles it.
  void orient_by_sector(const Lexicon& lexicon, DealClaim& deal) const;

 private:
  std::set<std::string> seller_sectors_, buyer_sectors_;
};

}  // namespace dealgraph::extract
