#include "extract/passes/mentions.hpp"

#include <algorithm>

namespace dealgraph::extract {

void find_mentions(const EntityMatcher& lexicon_names, const EntityDiscovery& discovery, DocumentWork& work) {
  std::vector<Mention>& mentions = work.facts.mentions;
  mentions = lexicon_names.find(work.text, work.folded);
  auto discovered = discovery.find(work.text, work.folded, mentions, work.document.language);
  work.facts.discovered = std::move(discovered.entities);
  mentions.insert(mentions.end(), discovered.mentions.begin(), discovered.mentions.end());
  std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.byte_begin < b.byte_begin; });
}

}  // namespace dealgraph::extract
