// Pass: clauses. What a sentence holds that the deal passes read: the organisations that can
// be parties (not the media that report a deal: dg:NonPartySector), the chips, the trigger
// words, its clauses (Chinese states one fact per comma-separated clause, a headline per
// space-separated one; Latin scripts break at a semicolon or a dash) and its short quotations
// (“去英伟达化”), whose names are not actors.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "extract/passes/rule_file.hpp"
#include "extract/passes/work.hpp"

namespace dealgraph::extract {

class PartyRules {
 public:
  static PartyRules load(const RuleFile& rules);

  // Organisations of a reporting sector are sources of deals, not parties to them.
  bool reports_only(const Lexicon& lexicon, const std::string& key) const;
  // The first organisation the document names that can be a party: what it is about.
  std::optional<std::string> first_party(const DocumentWork& work) const;
  // A sentence's parties, chips and trigger words.
  SentenceWork lay_out(const DocumentWork& work, std::size_t sentence_index) const;

 private:
  std::set<std::string> non_party_sectors_;
};

// The clauses and quotations of a laid-out sentence.
void split_clauses(const DocumentWork& work, SentenceWork& sentence);

std::vector<Span> clauses_of(std::string_view text, Span sentence, bool chinese);
// A Chinese or Japanese headline's clauses: it puts its statements side by side with a space
// where a sentence would have a comma ("A收购B完成 C取得D授权"), so a space between two Han or
// kana letters ends a clause there (and only there: in a body, spaces set off names in lists).
std::vector<Span> headline_clauses(std::string_view text, Span clause);
std::vector<Span> quotations(std::string_view text, Span sentence);

}  // namespace dealgraph::extract
