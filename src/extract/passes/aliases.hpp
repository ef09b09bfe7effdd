// Pass: aliases. One sense per document: once an article has named an entity in full, the
// shorter forms it goes on to use name the same entity, whichever step found the full name:
//   Walt Hemsley Co ... Hemsley said        the name without its legal suffix, the surname of a
//                                           company named after a person, or its first word(s)
//   Jane Doe ... Doe said                   a person's surname
//   Trans Orbital Airlines (TOA) ... TOA    an acronym defined in parentheses
//   北方云图有限公司（简称“云图”）... 云图  a short name defined with 简称, 略称
//   ミドリ精機株式会社 ... ミドリ精機        a Han or kana name without its suffix
// Each later use becomes a mention of the entity (deals and evidence can use it), a discovered
// name that is only such a short form is folded into the full one, and the forms used are the
// discovered entity's aliases. A short form is a whole word, capitalised as written, never a
// place, a nationality, a common word (the article writes it in lower case too) nor a word
// that begins or ends a longer capitalised name there (a word that opens a sentence, Secondo
// Doe, does not count), and one that two entities could share is
// nobody's. Knowledge: ontology/rules/aliases.ttl, and discovery.ttl's legal suffixes and
// name stopwords.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/passes/rule_file.hpp"
#include "extract/passes/work.hpp"

namespace dealgraph::extract {

class AliasRules {
 public:
  AliasRules(const RuleFile& alias_rules, const RuleFile& discovery_rules);

  void find_aliases(DocumentWork& work) const;

  // The forms a full name may be shortened to, longest first (Walt Hemsley Co: Walt Hemsley,
  // Hemsley; Jane Doe: Doe), before the article is consulted.
  std::vector<std::string> short_forms(std::string_view name, EntityKind kind) const;
  // The short name defined right after a mention ending at `end`: (TOA), （简称“云图”）; empty if none.
  std::string defined_short_name(std::string_view text, std::string_view name, std::size_t end) const;
  // Why find_aliases takes `short_form` for the entity named in full at `full` (byte ranges of
  // `text`), for report.json's merges: "acronym defined in text", "short name defined in text",
  // "company-form suffix", "surname" or "short form"; empty when it would not.
  std::string reason_for(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& full,
                         std::string_view short_form, EntityKind kind) const;

 private:
  struct Candidate;
  struct Named;
  std::vector<Candidate> candidates(const DocumentWork& work, const std::vector<Named>& named) const;
  void apply_uses(DocumentWork& work, const std::vector<Named>& named, const std::vector<Candidate>& found,
                  const std::vector<Match>& uses) const;
  std::vector<std::string> latin_organization_forms(std::vector<std::string_view> words) const;
  std::vector<std::string> person_forms(std::vector<std::string_view> words) const;
  std::vector<std::string> han_forms(std::string_view name) const;
  std::string shortening(std::string_view name, std::string_view short_form, EntityKind kind) const;
  // A single word that may stand alone for a name: capitalised, and no place, nationality,
  // common word, given name or sentence opener.
  bool distinctive(std::string_view word) const;
  bool joins_longer_name(std::string_view text, std::size_t begin, std::size_t end) const;
  static bool listed(const std::vector<std::string>& folded_list, std::string_view word);

  std::vector<std::string> suffixes_;         // folded: Inc, Inc., Co, GmbH
  std::vector<std::string> han_suffixes_;     // as written, longest first: 股份有限公司, 株式会社
  std::vector<std::string> never_alone_;      // folded: places, nationalities, generic words, stopwords
  std::vector<std::string> given_names_;      // folded
  std::vector<std::string> honorifics_;       // folded
  std::vector<std::string> particles_;        // as written: von, da
  std::vector<std::string> person_suffixes_;  // folded: Jr., III
  std::vector<std::string> markers_;          // as written: 简称, 略称
  double surname_guard_ = 0.8;                // an organisation this sure keeps its name from a surname
};

}  // namespace dealgraph::extract
