// Organisations and people in Latin-script text, from the evidence a reader uses: a run of
// capitalised words is a name only when something says so — a legal form (Noverco Inc), a wire's
// markup (<Billboard Publications Inc>), an organisation's head word (Bank of Ireland, Grupo
// Globo), a cue around it (shares of X, X's chief executive), an acronym it defines (Trans World
// Airlines (TWA)), a given name or honorific (Mr John Smith), or a verb of speech (said X).
// Places, months, sentence openers and media bylines are never names on their own. The word
// lists are Turtle: ontology/rules/names-latin.ttl, given-names.ttl, places.ttl and the legal
// forms and connectors of discovery.ttl.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dealgraph/facts.hpp"
#include "extract/phrase_matcher.hpp"

namespace dealgraph::extract {

struct LatinNameFiles {
  std::string discovery;    // rules/discovery.ttl: legal forms, connectors, stop words
  std::string posts;        // rules/posts.ttl: titles, which are no part of a name
  std::string names;        // rules/names-latin.ttl: head words, cues, honorifics, evidence weights
  std::string given_names;  // rules/given-names.ttl
  std::string places;       // rules/places.ttl
};

class LatinNames {
 public:
  explicit LatinNames(const LatinNameFiles& files);

  struct Name {
    EntityKind kind = EntityKind::Organization;
    std::size_t begin = 0, end = 0;  // the name in the text
    std::size_t key_end = 0;         // the end of its short form (without a legal form)
    double confidence = 0;           // how strong the evidence was (names-latin.ttl's weights)
    std::size_t alias_begin = 0, alias_end = 0;  // an acronym the text defines for it, if any
  };
  // The least confidence of a name whose evidence is in its own words or a noun before it
  // (a head word), not in a cue around it.
  double head_weight() const { return weights_.head; }
  // Whether a single capitalised word is in one of the `flags` lists (kHead: Bank, Labs, Gruppo).
  bool word_has(std::string_view word, std::uint32_t flags) const {
    const auto it = word_flags_.find(word);
    return it != word_flags_.end() && (it->second & flags) != 0;
  }
  // German joins a name to the kind of body with a hyphen (Meyer-Werft, Krupp-Stiftung): the part
  // after the last hyphen is a compound head (names-latin.ttl); a place before the first hyphen
  // says where, not which (US-Bank, Vietnam-Werke).
  bool compound_with_head(std::string_view word) const {
    const std::size_t hyphen = word.rfind('-');
    if (hyphen == std::string_view::npos || hyphen < 2 || hyphen + 2 >= word.size()) return false;
    return word_has(word.substr(hyphen + 1), kCompoundHead) && !word_has(word.substr(0, word.find('-')), kPlace);
  }
  // Whether a phrase of the `flags` lists (a place of several words: United States) covers
  // text[begin, end) exactly.
  bool phrase_has(std::string_view text, const FoldedText& folded, std::size_t begin, std::size_t end,
                  std::uint32_t flags) const {
    std::vector<PhraseMatcher::Match> matches;
    phrases_.find_in(text, folded, begin, end, matches);
    return std::any_of(matches.begin(), matches.end(),
                       [&](const auto& m) { return m.begin == begin && m.end == end && (m.id & flags) != 0; });
  }
  // Every name with evidence, in text order; `language` is the document's (de capitalises nouns).
  std::vector<Name> find(std::string_view text, const FoldedText& folded, std::string_view language) const;

  // The kinds of word list, as bits of a word's flags.
  enum Flag : std::uint32_t {
    kLegal = 1u << 0, kHead = 1u << 1, kGiven = 1u << 2, kHonorific = 1u << 3, kPlace = 1u << 4,
    kNonName = 1u << 5, kMedia = 1u << 6, kOrgCueBefore = 1u << 7, kOrgCueAfter = 1u << 8,
    kSpeechBefore = 1u << 9, kSpeechAfter = 1u << 10, kConnector = 1u << 11, kParticle = 1u << 12,
    kPersonCueBefore = 1u << 13, kPersonCueAfter = 1u << 14, kOrgNounBefore = 1u << 15,
    kCompoundHead = 1u << 16,
  };
  // Evidence weights, read from names-latin.ttl.
  struct Weights {
    double legal = 0.9, markup = 0.9, head = 0.8, honorific = 0.8, given = 0.8, organisation_noun = 0.8, cue = 0.7,
           acronym = 0.7, speech = 0.6, prose_acronym = 0.5;
  };

 private:
  class Scan;
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
  };
  void add_to_list(std::string_view phrase, Flag flag, bool any_case);

  // The word lists, their flag as the id. Cue phrases are matched everywhere; the lists of
  // capitalised words (names, places, legal forms, titles) only where capitals stand: their
  // phrases of several words by an automaton, their single words (most of them) by one hash
  // lookup per capitalised word, which costs less than a pass of an automaton of thousands.
  PhraseMatcher cues_, phrases_;
  std::unordered_map<std::string, std::uint32_t, WordHash, std::equal_to<>> word_flags_;
  std::vector<std::string> connectors_, particles_;  // sorted; looked up only between capitalised words
  std::vector<std::string> acronym_articles_;        // sorted; looked up only before a lone acronym
  std::size_t longest_joining_word_ = 0;             // bytes: longer words are neither
  Weights weights_;
};

}  // namespace dealgraph::extract
