#include "extract/passes/mentions.hpp"

#include <algorithm>

namespace dealgraph::extract {

void find_mentions(const EntityMatcher& lexicon_names, const EntityDiscovery& discovery, DocumentWork& work) {
  std::vector<Mention>& mentions = work.facts.mentions;
  mentions = lexicon_names.find(work.text, work.folded);
  auto discovered = discovery.find(work.text, work.folded, mentions, work.document.language);
  work.facts.discovered = std::move(discovered.entities);
  // A discovered name holds a known one only when it is a longer, other organisation (青岛市发改委).
  const auto& found = discovered.mentions;  // in text order
  std::erase_if(mentions, [&](const Mention& known) {
    auto it = std::upper_bound(found.begin(), found.end(), known.byte_begin,
                               [](std::size_t at, const Mention& m) { return at < m.byte_begin; });
    return it != found.begin() && std::prev(it)->byte_end >= known.byte_end;
  });
  mentions.insert(mentions.end(), discovered.mentions.begin(), discovered.mentions.end());
  std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.byte_begin < b.byte_begin; });
}

}  // namespace dealgraph::extract
