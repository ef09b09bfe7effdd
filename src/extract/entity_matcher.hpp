// Finds lexicon entities in a document.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/facts.hpp"
#include "dealgraph/lexicon.hpp"
#include "extract/phrase_matcher.hpp"

namespace dealgraph::extract {

class EntityMatcher {
 public:
  // `context_rules_path` (ontology/rules/lexicon-context.ttl) holds the words that confirm a
  // dg:needsContext label; without it such labels count only beside their maker or another label.
  // `cjk_rules_path` (ontology/rules/names-cjk.ttl) holds the stop words that mark a Chinese word's edge.
  explicit EntityMatcher(const Lexicon& lexicon, const std::string& context_rules_path = {},
                         const std::string& cjk_rules_path = {});

  // Leftmost-longest, non-overlapping mentions in text order. Short labels (surnames) count
  // only after the entity's full name has appeared earlier in the same text. Precision guards:
  // a label of one or two Han or kana characters counts only on word boundaries; a label that is
  // also a common word (dg:needsContext) only where the context confirms it; a ticker in angle
  // brackets (<GPU>) never.
  std::vector<Mention> find(std::string_view text, const FoldedText& folded) const;
  std::vector<Mention> find(std::string_view text) const { return find(text, fold_text(text)); }

 private:
  class Guard;  // one document's precision checks

  const Lexicon& lexicon_;
  // Full names and short names in one automaton; short ones carry kShortName in their id.
  static constexpr std::uint32_t kShortName = 1u << 31;
  PhraseMatcher names_;
  PhraseMatcher context_cues_;  // id: the EntityKind the word confirms
  PhraseMatcher han_stops_;     // verbs and particles beside a Chinese word
};

}  // namespace dealgraph::extract
