// Finds lexicon entities in a document.
#pragma once

#include <string_view>
#include <vector>

#include "dealgraph/facts.hpp"
#include "dealgraph/lexicon.hpp"
#include "extract/phrase_matcher.hpp"

namespace dealgraph::extract {

class EntityMatcher {
 public:
  explicit EntityMatcher(const Lexicon& lexicon);

  // Leftmost-longest, non-overlapping mentions in text order. Short labels (surnames) count
  // only after the entity's full name has appeared earlier in the same text.
  std::vector<Mention> find(std::string_view text, const FoldedText& folded) const;
  std::vector<Mention> find(std::string_view text) const { return find(text, fold_text(text)); }

 private:
  const Lexicon& lexicon_;
  // Full names and short names in one automaton; short ones carry kShortName in their id.
  static constexpr std::uint32_t kShortName = 1u << 31;
  PhraseMatcher names_;
};

}  // namespace dealgraph::extract
