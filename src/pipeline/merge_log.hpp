// report.json's "merges": every name a build took for another name's entity, and why, so that
// a reader can audit entity resolution (and correct it with owl:sameAs / owl:differentFrom in
// a --lexicon file). Reasons: "lexicon label" (the name is one of the entry's labels),
// "lexicon short label", "lexicon suffix" (a found name is an entry's label with a company-form
// suffix: NVIDIA Corp.), "lexicon IRI" (a found name whose IRI would be the entry's); the
// aliases pass's "acronym defined in text", "short name defined in text", "company-form
// suffix", "surname", "short form" (as AliasReasons gives them); and the
// graph's "same name written otherwise" (Acme Inc, Acme Inc.: one IRI). Descriptions that
// coreference resolves (the company) are not names and are not listed.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "dealgraph/graph.hpp"
#include "dealgraph/ontology.hpp"
#include "dealgraph/alias_reasons.hpp"

namespace dealgraph {

class MergeLog {
 public:
  explicit MergeLog(const Ontology& ontology);
  // Records the article's merges; call for each article added to `graph`.
  void add(const ArticleFacts& facts, const Lexicon& lexicon, const KnowledgeGraph& graph);
  // The list, sorted by entity, name and reason; an entity the graph does not hold is left out.
  nlohmann::json to_json(const KnowledgeGraph& graph) const;

 private:
  struct Key {
    std::string iri, name, reason;
    friend auto operator<=>(const Key&, const Key&) = default;
  };
  void record(const std::string& iri, const std::string& name, const std::string& reason, const std::string& source);
  void add_short_uses(const ArticleFacts& facts, const Lexicon& lexicon, const KnowledgeGraph& graph,
                      const std::map<std::string, std::pair<std::string, EntityKind>>& entity_of);

  AliasReasons aliases_;
  std::map<Key, std::set<std::string>> sources_;  // -> source ids of the articles that made it
  std::map<std::string, std::map<std::string, std::set<std::string>>> found_names_;  // iri -> found label -> sources
};

}  // namespace dealgraph
