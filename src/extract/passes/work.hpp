// The working state the extraction passes share while they read one document. extract() in
// extractor.cpp runs the passes in order: the document-wide ones fill a DocumentWork, then each
// sentence gets a SentenceWork and each trigger chosen in it a TriggerWork, which the later
// passes read and fill. A pass writes only its own fields.
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/document.hpp"
#include "dealgraph/facts.hpp"
#include "dealgraph/lexicon.hpp"
#include "extract/amounts.hpp"
#include "extract/dates.hpp"
#include "extract/passes/markers.hpp"

namespace dealgraph::extract {

struct TriggerRule;  // triggers.hpp

// A byte range of the document's text.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool contains(std::size_t at) const { return at >= begin && at < end; }
};

// The company that last raised money in the article, for investors joining its round.
struct Raiser {
  std::optional<std::string> key;
  std::size_t sentence = 0;
  std::optional<Amount> amount;  // offsets in the document's text
};

struct DocumentWork {
  DocumentWork(const Document& document, const Lexicon& lexicon);

  const Document& document;
  const Lexicon& lexicon;
  std::string_view text;
  bool chinese = false;  // Chinese and Japanese: one fact per comma-separated clause
  FoldedText folded;
  ArticleFacts facts;           // mentions, discovered entities, deals and posts found so far
  Markers markers;              // where the rule phrases are
  std::vector<Match> triggers;  // trigger words that are not part of a name, in text order
  // The company the article is about: the first organisation it names, then each deal's subject.
  std::optional<std::string> salient;
  // Per sentence, the organisation the article is about as it begins ("" if none): coreference.
  std::vector<std::string> topics;
  // Where descriptions begin that coreference resolved only as not being their sentence's
  // subject ("X raised its stake in the company"): good enough for a deal's side, not a post.
  std::set<std::size_t> weak_references;
  Raiser raiser;
  // The last sentence that stated deals, for a value or capacity given in the few sentences
  // after it (measures pass), and whether money was named since.
  std::optional<std::size_t> deal_sentence;
  bool money_since_deals = false;
};

struct SentenceWork {
  std::size_t index = 0;
  const Sentence* sentence = nullptr;
  Span span;
  std::string_view text;                // the sentence's own text
  std::vector<const Mention*> parties;  // organisations that can take part in a deal
  std::vector<const Mention*> chips;
  std::vector<Match> triggers;          // trigger words of the sentence
  std::vector<Match> value_cues;        // 金额, valor, worth
  std::vector<Span> clauses;            // Chinese states one fact per clause
  std::vector<Span> quoted;             // short quotations: names there are not actors
  std::vector<DateFinder::Found> dates;
  AmountParser::Found measures;         // amounts and quantities, offsets in the sentence
  std::string status;                   // the strongest status cue's
  std::vector<const Match*> chosen;     // the triggers that state a deal (into `triggers`)
  std::set<const Match*> use_otherwise; // chosen without the words they require: dg:typeOtherwise

  // The index of the clause holding `at` (the last clause when none does).
  std::size_t clause_of(std::size_t at) const;
  bool in_quotes(const Mention* mention) const;
  // The sentence's matches among `matches` (sorted by begin).
  std::vector<Match> within(const std::vector<Match>& matches) const;
};

// One chosen trigger and the deal it states, as the passes find out.
struct TriggerWork {
  const Match* match = nullptr;
  const TriggerRule* rule = nullptr;
  std::size_t clause_index = 0;
  Span clause;                 // the trigger's clause in Chinese, its sentence otherwise
  bool otherwise = false;      // the words it requires are absent: dg:typeOtherwise, partners
  bool direct = true;          // its object was not found by a looser reading
  const Mention* subject = nullptr;
  const Mention* object = nullptr;
  const Mention* partner_pair_first = nullptr;  // "X与Y合作": both partners before the verb
  Mention anaphor;             // "the company", "该公司", when it stands for the subject
  Role subject_role = Role::Partner;
  Role object_role = Role::Partner;
  std::optional<std::string> round_investee;  // the raiser whose round the subject joins
  const Amount* amount = nullptr;             // offsets in the sentence
  std::string date;
  std::vector<std::string> subject_keys, object_keys;  // each side, with the names joined to it
  DealType type = DealType::Partnership;
};

// The evidence of a fact stated in `sentence`.
Evidence evidence_for(const Document& document, const Sentence& sentence);

}  // namespace dealgraph::extract
