// Pass: mentions. The names the lexicon knows, then the names found by their shape (a legal
// suffix, a cue word, a title beside a name), all in text order in facts.mentions.
#pragma once

#include "extract/entity_discovery.hpp"
#include "extract/entity_matcher.hpp"
#include "extract/passes/work.hpp"

namespace dealgraph::extract {

void find_mentions(const EntityMatcher& lexicon_names, const EntityDiscovery& discovery, DocumentWork& work);

}  // namespace dealgraph::extract
