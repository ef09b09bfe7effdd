// Pass: deal types. The trigger's type, refined by what the clause says: a trigger without the
// words it requires takes its dg:typeOtherwise; with dg:acquiresWhenDirect, buying a company
// named right after the verb is an acquisition ("comprará la startup Cohere"), buying a product
// is not ("will buy Nvidia chips": dg:ProductNoun); with dg:typeFromHolding, what a sale or
// purchase hands over decides (dg:HoldingNoun: "its filter division" an acquisition, "440,000
// shares" a stake), and a company or holding sold to no one named is no deal; a majority of a
// company is an acquisition, less a stake; an agreement of no stated kind that names chips is a
// supply; a supply of cloud capacity (dg:CloudWord) is a cloud contract.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "extract/passes/rule_file.hpp"
#include "extract/passes/triggers.hpp"
#include "extract/passes/work.hpp"

namespace dealgraph::extract {

class TypeRules {
 public:
  // Reads dg:acquiresWhenDirect and dg:typeFromHolding of every trigger, and the dg:ProductNoun,
  // dg:ArticleWord, dg:SourcePreposition, dg:HoldingNoun and dg:HoldingPreposition words.
  static TypeRules load(const RuleFile& rules, const TriggerRules& triggers);

  // Sets work.type, and the roles when the type changes them.
  void refine_type(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) const;

  // What is bought is the company itself when at most an article and one word stand between
  // the verb and its name, none of them a number, a source preposition or a product, and no
  // product noun follows the name (Nvidia chips).
  bool buys_company(std::string_view text, const FoldedText& folded, const Match& verb, const Mention& object) const;

 private:
  // What a sale or purchase hands over, named between the verb and the company (dg:HoldingNoun).
  std::optional<Match> holding_after(const DocumentWork& document, const TriggerWork& work) const;
  // Whether text[begin, end) holds, besides articles, one dg:HoldingPreposition (stake in X).
  bool only_holding_preposition(std::string_view text, std::size_t begin, std::size_t end) const;
  // With dg:typeFromHolding: the type from what changes hands, the roles from who gives it.
  void read_holding(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work, bool direct_company) const;
  // Whether only articles stand between the verb and the name (sell Humain chips, sell its X).
  bool right_after_verb(std::string_view text, const Match& verb, const Mention& object) const;
  static double share_percent(const DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work);

  std::vector<bool> acquires_when_direct_;  // by trigger id
  std::vector<bool> type_from_holding_;     // by trigger id
  PhraseMatcher holding_nouns_;             // id: index into holding_types_
  std::vector<DealType> holding_types_;
  std::set<std::string> holding_prepositions_;  // folded
  PhraseMatcher product_nouns_;             // chips, GPUs, capacity: what is bought when it is not a company
  std::set<std::string> article_words_, source_prepositions_;  // folded
};

}  // namespace dealgraph::extract
