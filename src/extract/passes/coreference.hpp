// Pass: coreference. A description that refers back to an organisation ("the company", "the
// Santa Clara chipmaker", "la société", "das Unternehmen", "该公司", "同社") becomes a mention of
// the organisation it means, so that the passes after it (posts, deals) find a party there.
// It means the most salient organisation so far that fits it: salience is what the last
// sentences named, a name that opens its sentence (its subject) counting more than one governed
// by a preposition, and fading with each sentence. After a name in its own sentence, only a
// description governed by a preposition refers back, and then not to the sentence's subject
// ("X said it raised its stake in the company"); a sentence that opens with an owner has the
// next name as its subject ("Y's largest holder, X, offered 65 dlrs for the company": Y). A description with a sector (the
// chipmaker, the bank) fits only an organisation of that sector in the lexicon, or one the
// lexicon does not know. Not a reference: an indefinite or plural noun (a company, the
// companies), one followed by a name (the chipmaker Nvidia: the name is its own mention), by
// "of" or a relative (the company that...), or with a word that makes it another organisation
// (the new company, the parent company, the rival firm), nor the source in a reporting clause
// (", the company said"). The pass also records, for each
// sentence, the organisation it is about as it begins (`DocumentWork::topics`), for a title
// stated without its organisation ("Chief Financial Officer Jane Doe said").
// Knowledge: aliases.ttl's dg:DescriptionNoun (with dg:sector), dg:DescriptionPhrase,
// dg:DescriptionArticle, dg:DescriptionBlocker, dg:DescriptionPreposition, dg:DescriptionPossessive, dg:ReportingVerb, dg:NonAntecedentSector. Flags: none.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "extract/passes/rule_file.hpp"
#include "extract/passes/work.hpp"
#include "extract/phrase_matcher.hpp"

namespace dealgraph::extract {

class CoreferenceRules {
 public:
  explicit CoreferenceRules(const RuleFile& alias_rules);

  void resolve(DocumentWork& work) const;

 private:
  struct Description {
    std::size_t begin = 0, end = 0;
    std::string sector;  // empty: any organisation
  };
  std::vector<Description> descriptions(const DocumentWork& work) const;
  bool article_before(const DocumentWork& work, std::size_t head_begin, std::size_t& begin) const;
  bool blocked_after(const DocumentWork& work, std::size_t end) const;
  bool reports(const DocumentWork& work, std::size_t begin, std::size_t end) const;
  bool governed(const DocumentWork& work, std::size_t begin) const;

  struct Entry {
    std::string sector;    // empty: any organisation
    std::string language;  // empty: every language
  };
  PhraseMatcher nouns_;                        // id: index into entries_, whole phrases marked
  std::vector<Entry> entries_;
  std::vector<std::pair<std::string, std::string>> articles_;  // (folded word, language or "")
  std::vector<std::string> blockers_;          // folded
  std::vector<std::string> reporting_verbs_;   // folded
  std::vector<std::string> possessives_;       // folded, without 's
  std::vector<std::string> prepositions_;      // folded
  std::set<std::string> non_antecedent_sectors_;
};

}  // namespace dealgraph::extract
