#include "extract/entity_matcher.hpp"

#include <algorithm>
#include <set>

namespace dealgraph::extract {

namespace {

// Short all-capital names (FAZ, AMD, ARM) are acronyms: in lower case they are words ("faz").
bool is_acronym(std::string_view label) {
  if (label.empty() || label.size() > 5) return false;
  return std::all_of(label.begin(), label.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '&'; });
}

}  // namespace

EntityMatcher::EntityMatcher(const Lexicon& lexicon) : lexicon_(lexicon) {
  const auto& entries = lexicon.entries();
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    auto options = [&](std::string_view label) {
      return PhraseMatcher::Options{false, entries[i].match_case || is_acronym(label)};
    };
    names_.add(entries[i].pref_label, i, options(entries[i].pref_label));
    for (const LexiconLabel& label : entries[i].labels) names_.add(label.text, i, options(label.text));
    for (const LexiconLabel& label : entries[i].short_labels) names_.add(label.text, i | kShortName, options(label.text));
  }
  names_.build();
}

std::vector<Mention> EntityMatcher::find(std::string_view text, const FoldedText& folded) const {
  std::vector<PhraseMatcher::Match> full, shorts;
  for (const auto& match : names_.find_all(text, folded)) {
    if (match.id & kShortName) shorts.push_back({match.begin, match.end, match.id & ~kShortName});
    else full.push_back(match);
  }
  // A surname counts once the full name has appeared before it.
  std::vector<std::size_t> first_full(lexicon_.entries().size(), SIZE_MAX);
  for (const auto& match : leftmost_longest(full)) first_full[match.id] = std::min(first_full[match.id], match.begin);
  std::set<std::pair<std::size_t, std::size_t>> short_spans;
  for (const auto& match : shorts) {
    if (first_full[match.id] < match.begin) {
      full.push_back(match);
      short_spans.emplace(match.begin, match.id);
    }
  }
  std::sort(full.begin(), full.end(), [](const auto& a, const auto& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  std::vector<Mention> mentions;
  for (const auto& match : leftmost_longest(full)) {
    const LexiconEntry& entry = lexicon_.entries()[match.id];
    const bool is_short = short_spans.count({match.begin, match.id}) > 0;
    mentions.push_back({entry.iri, entry.kind, match.begin, match.end, is_short ? 0.8 : 1.0});
  }
  return mentions;
}

}  // namespace dealgraph::extract
