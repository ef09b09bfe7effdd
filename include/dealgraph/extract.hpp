// Extract: from a document's sentences to mentions, deals and posts with evidence.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dealgraph/facts.hpp"
#include "dealgraph/lexicon.hpp"
#include "dealgraph/ontology.hpp"

namespace dealgraph {

// Where the extractor's knowledge lives: lexicon files and rule files, all Turtle.
struct KnowledgeFiles {
  std::vector<std::string> lexicon;  // ontology/lexicon/*.ttl, then the user's --lexicon files
  std::string alias_rules;           // ontology/rules/aliases.ttl
  std::vector<std::string> deal_rules;  // ontology/rules/deals.ttl and rules/deals/*.ttl
  std::string post_rules;            // ontology/rules/posts.ttl
  std::string unit_rules;            // ontology/rules/units.ttl
  std::string discovery_rules;       // ontology/rules/discovery.ttl
  std::string latin_name_rules;      // ontology/rules/names-latin.ttl
  std::string given_name_rules;      // ontology/rules/given-names.ttl
  std::string place_rules;           // ontology/rules/places.ttl
  std::string date_rules;            // ontology/rules/dates.ttl
  std::string lexicon_context_rules;  // ontology/rules/lexicon-context.ttl
  std::string cjk_name_rules;         // ontology/rules/names-cjk.ttl
  std::string chinese_surnames;       // ontology/rules/chinese-surnames.ttl

  // The standard files of an ontology folder, plus extra lexicon files.
  static KnowledgeFiles in(const Ontology& ontology, const std::vector<std::string>& user_lexicons);
};

// Thread-safe after construction: extract() may run on many documents at once.
class Extractor {
 public:
  // Throws LexiconError, rdf::ParseError, or KnowledgeError (FILE:LINE:COL) for a rule value it cannot use.
  explicit Extractor(const KnowledgeFiles& files);
  ~Extractor();
  Extractor(Extractor&&) noexcept;

  ArticleFacts extract(Document document) const;
  const Lexicon& lexicon() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dealgraph
