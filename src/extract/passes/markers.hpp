// Pass: markers. Every phrase of the deal rules (trigger words, status cues and the marker words
// below) is found in one scan of the sentences that name a party, and sorted by kind: a
// preposition before a name, a conjunction between two, a passive auxiliary, a receipt verb, the
// preposition of a recipient (sold to X), of a partner (the merger of X with Y), a verb of giving
// (issued X a warrant), of whose act a noun names (the investment of X), of where money goes (in
// Y, dans Y), of a pair (between X and Y), of a vehicle (through X), a personal pronoun (he,
// elle), where a speaker is named (", said X")... The later passes ask where these
// are: "is this name governed by a preposition?"
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/document.hpp"
#include "dealgraph/facts.hpp"
#include "extract/passes/rule_file.hpp"
#include "extract/phrase_matcher.hpp"

namespace dealgraph::extract {

using Match = PhraseMatcher::Match;

// What a rule phrase is, kept in the top byte of its matcher id.
enum class PhraseKind : std::uint32_t {
  Trigger = 0, Preposition, Counterpart, Conjunction, Article, ClauseBreak, Relative, Status,
  Suppress, Source, CloudWord, Passive, Anaphor, Descriptor, Receipt, Auxiliary, Agent, Recipient, Comitative, Attribution, Give,
  Genitive, Target, Between, Vehicle, Person, Postposition  // the index is its Part
};

// What a word right after a name (Japanese particles: が, を, に, から, と; Chinese 的) or right
// after a deal word (される, を受け) says of it: dg:Postposition and dg:VerbSuffix, dg:part; and a
// pronoun standing for a name (与其合作), dg:part pronoun.
enum class Part : std::uint32_t { Topic, Object, Recipient, Source, Companion, Agent, Possessive, Passive, Receipt, Pronoun };

// Every phrase the deal rules know, one automaton per language group (phrases tagged with a
// language go to its group, untagged ones to all): a document is scanned once.
class RulePhrases {
 public:
  // `index` is the phrase's entry in its kind's table (a trigger id, a status cue); a stem
  // matches at a word start without an end boundary.
  void add(const rdf::Term& phrase, PhraseKind kind, std::uint32_t index, bool stem);
  void build();
  const PhraseMatcher& for_language(std::string_view language) const;

 private:
  std::map<std::string, PhraseMatcher> matchers_;
};

// Reads the marker words of the deal rules (dg:PrepositionMarker, dg:ConjunctionMarker, ...);
// they are word lists, with no flags.
void load_marker_words(const RuleFile& rules, RulePhrases& phrases);

// Where the rule phrases are in one document.
struct Markers {
  std::string_view text;
  bool chinese = false;  // Chinese and Japanese: no articles, clauses instead of clause breaks
  std::vector<Match> triggers;  // every trigger word, id = trigger id
  std::vector<Match> statuses;  // id = status cue index
  std::vector<Match> suppressors, cloud_words, anaphors;
  std::set<std::size_t> preposition_ends, counterpart_ends, conjunction_ends, relative_starts, clause_break_starts, attribution_starts,
      source_ends, passive_ends, descriptor_ends, receipt_ends, auxiliary_ends, agent_ends, recipient_ends,
      comitative_ends, give_ends, genitive_ends, target_ends, between_ends, vehicle_ends, person_starts;
  std::map<std::size_t, std::size_t> article_begin_at_end;
  std::map<std::size_t, Part> part_at;  // where a postposition or verb suffix begins (the longest there)

  // Whether an article right before `end` follows something ending at one of `ends`.
  bool after_article(const std::set<std::size_t>& ends, std::size_t end) const;
  // Whether something ending at one of `ends` comes right before `at`, or in Latin scripts
  // before an article that does ("received funding", "a reçu un financement", na OpenAI).
  bool right_after(const std::set<std::size_t>& ends, std::size_t at) const;
  // Whether a name is governed by one of the markers: right after it (向OpenAI, na OpenAI), or
  // in Latin scripts after it and an article, or an article and one word (mit dem Cloud-Anbieter Nebius).
  bool marked_by(const std::set<std::size_t>& ends, const Mention& mention) const;
  // The part a postposition right after `end` gives (a name's, or a deal word's suffix).
  std::optional<Part> part_after(std::size_t end) const;
};

// Scans the sentences that name an organisation (`mentions` sorted by where they begin).
Markers find_markers(const RulePhrases& phrases, const Document& document, const FoldedText& folded,
                     const std::vector<Mention>& mentions);

bool is_chinese(std::string_view language);  // zh-*, ja
std::size_t skip_spaces_back(std::string_view text, std::size_t at);

}  // namespace dealgraph::extract
