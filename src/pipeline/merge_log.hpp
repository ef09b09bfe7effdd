// report.json's "merges": every name a build took for another name's entity, and why, so that
// a reader can audit entity resolution (and correct it with owl:sameAs / owl:differentFrom in
// a --lexicon file). Reasons: "lexicon label" (the name is one of the entry's labels),
// "lexicon short label", "lexicon suffix or owl:sameAs" (a found name is an entry's label with
// a company-form suffix, NVIDIA Corp., or a user's owl:sameAs gave the entry its IRI's name),
// "lexicon IRI" (a found name whose IRI would be the entry's); the
// aliases pass's "acronym defined in text", "short name defined in text", "company-form
// suffix", "surname", "short form" (as AliasReasons gives them). Descriptions that
// coreference resolves (the company) are not names and are not listed; nor are the ways
// articles write one found name that give it one IRI (Acme Inc, Acme Inc.). Each merge is
// decided within one article, so the shards of a build add up to the list one build gives.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>

#include "dealgraph/graph.hpp"
#include "dealgraph/ontology.hpp"
#include "dealgraph/alias_reasons.hpp"

namespace dealgraph {

class MergeLog {
 public:
  // For a build, with the aliases pass's rules; without them, to add up shards' lists.
  explicit MergeLog(const Ontology& ontology);
  MergeLog() = default;
  // Records the article's merges; call for each article added to `graph` (a build's log only).
  void add(const ArticleFacts& facts, const Lexicon& lexicon, const KnowledgeGraph& graph);
  // Adds a shard's list (its report.json's "merges"), as `dealgraph merge` reads it.
  void add_shard(const nlohmann::json& merges);
  // The list, sorted by entity, name and reason; an entity the graph does not hold, or a name
  // that is its preferred label, is left out.
  nlohmann::json to_json(const KnowledgeGraph& graph) const;

 private:
  struct Key {
    std::string iri, name, reason;
    friend auto operator<=>(const Key&, const Key&) = default;
  };
  struct Seen {
    std::size_t articles = 0;
    std::string example;  // the least source id of those articles
  };
  void count(const Key& key, std::size_t articles, const std::string& example);
  void add_short_uses(const ArticleFacts& facts, const Lexicon& lexicon, const KnowledgeGraph& graph,
                      const std::map<std::string, std::pair<std::string, EntityKind>>& entity_of,
                      std::set<Key>& made);
  // An entry's names, folded once per build.
  struct FoldedNames {
    std::string preferred;
    std::set<std::string> labels, short_labels;
  };
  const FoldedNames& folded_names(const LexiconEntry& entry);

  std::optional<AliasReasons> aliases_;
  std::map<Key, Seen> merges_;
  std::map<std::string, FoldedNames> folded_;  // entry IRI ->
};

}  // namespace dealgraph
