// Organisations and people the lexicon does not know, found from the shape of the text:
// corporate suffixes (Acme Compute Inc.), cue words (a startup called X, la empresa X), and
// titles beside names (CEO Jane Doe, Jane Doe, chief executive of ...; 首席执行官张三表示).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/facts.hpp"
#include <memory>

#include "extract/han_names.hpp"
#include "extract/latin_names.hpp"
#include "extract/phrase_matcher.hpp"
#include "extract/public_bodies.hpp"

namespace dealgraph::extract {

class EntityDiscovery {
 public:
  // The Chinese and Japanese rules (names-cjk.ttl, chinese-surnames.ttl) may be left out; without
  // `latin` word lists, Latin-script names come from legal forms and cues only.
  EntityDiscovery(const std::string& discovery_rules_path, const std::string& post_rules_path,
                  const std::string& cjk_rules_path = {}, const std::string& surnames_path = {},
                  const LatinNameFiles& latin = {});

  struct Result {
    std::vector<DiscoveredEntity> entities;  // one per new name, in order of first mention
    std::vector<Mention> mentions;           // every mention of them, in text order
  };
  // `known` are the lexicon's mentions (sorted); new names never overlap them.
  Result find(std::string_view text, const FoldedText& folded, const std::vector<Mention>& known,
              std::string_view language) const;

 private:
  class Scan;  // one document's search, step by step
  // Every cue in one automaton, told apart by id: a document is scanned once.
  enum Kind : std::uint32_t { kLegalSuffix, kNameSuffix, kChineseSuffix, kOrganizationCue, kTitle, kChineseStop };
  PhraseMatcher cues_;
  std::vector<std::string> stopwords_;  // sorted
  std::vector<std::string> company_forms_;  // folded, sorted: Group, Holdings (the same company as the name before)
  std::vector<std::string> legal_forms_;    // folded, sorted: Inc, GmbH
  std::vector<std::string> german_articles_;  // sorted
  std::vector<std::string> connectors_;       // sorted
  std::vector<std::string> honorifics_;       // sorted, as written: Mme, Mr
  HanNames han_names_;
  std::shared_ptr<const LatinNames> latin_;   // null without its word lists
  std::shared_ptr<const PublicBodies> public_bodies_;  // null without them too
};

// The key of a discovered entity: "new:" kind ":" its folded name.
std::string discovered_key(EntityKind kind, std::string_view name);

}  // namespace dealgraph::extract
