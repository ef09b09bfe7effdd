// The amount vocabulary as the parser holds it: the words of ontology/rules/units.ttl with what
// each class of word needs, and tries of their folded surfaces. Private to the amount parser;
// amount_vocabulary.cpp reads it from Turtle.
#pragma once

#include <algorithm>
#include <climits>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dealgraph/facts.hpp"
#include "extract/amounts.hpp"

namespace dealgraph::extract::amounts {

// One per vocabulary class: dg:NumberWord, dg:VagueNumberWord, dg:MultiplierWord, ...
enum class Kind : std::uint8_t {
  Number, Vague, Multiplier, Scale, Currency, Unit, ChipNoun, Qualifier, Between, Range, Connector, DecimalPoint,
  PerShare
};
// dg:position: where a currency, unit or qualifier stands with respect to the number.
enum class Position : std::uint8_t { Either, Before, After, Infix };

constexpr std::uint32_t bit(Kind k) { return 1u << static_cast<unsigned>(k); }
constexpr std::uint32_t kAllKinds = 0xFFFFFFFFu;

// Another code for a currency word in a context: "¥" is CNY in Chinese or next to "yuan".
struct ContextRule {
  std::vector<std::u32string> words;
  std::vector<std::string> languages;
  std::string code;
};

struct Word {
  Kind kind = Kind::Number;
  std::string iri;
  Decimal value{1, 0};  // a count, or a multiplier
  Decimal min{0, 0}, max{0, 0};
  bool digit = false, article = false, plural = false, stands_alone = false;
  bool adjacent_only = false, needs_currency_or_unit = false;
  std::string code;
  bool generic = false;
  std::vector<ContextRule> context;
  std::string unit;
  bool measure_word = false, requires_chip_noun = false, count_noun = false;
  bool counts_article = false;  // "a gigawatt": an article alone before it counts as one
  std::vector<std::u32string> not_followed_by;
  Position position = Position::Either;
  std::string tag;
  bool approximate = false;
  bool requires_between = false;
};

// One written form of a word, with the language it is tagged with.
struct Surface {
  std::uint32_t word = 0;
  std::string lang;     // lower-case tag, empty when untagged
  std::string primary;  // its primary subtag
};

// How a language writes digits: "1.234,5" in Portuguese, "1,234.5" in English.
struct NumberFormat {
  std::string language;
  char32_t decimal = '.';
  std::vector<char32_t> group{','};
  bool groups_with(char32_t c) const { return std::find(group.begin(), group.end(), c) != group.end(); }
};

// Folded surfaces, code point by code point, to the ids of the surfaces that end at each node.
class Trie {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  Trie() : ends_(1) {}
  void insert(const std::u32string& key, std::uint32_t id) {
    std::uint32_t node = 0;
    for (char32_t c : key) {
      const std::uint64_t edge = (static_cast<std::uint64_t>(node) << 32) | c;
      auto it = edges_.find(edge);
      if (it == edges_.end()) {
        const auto next = static_cast<std::uint32_t>(ends_.size());
        ends_.emplace_back();
        it = edges_.emplace(edge, next).first;
      }
      node = it->second;
    }
    ends_[node].push_back(id);
  }
  std::uint32_t step(std::uint32_t node, char32_t c) const {
    auto it = edges_.find((static_cast<std::uint64_t>(node) << 32) | c);
    return it == edges_.end() ? kNone : it->second;
  }
  const std::vector<std::uint32_t>& ends(std::uint32_t node) const { return ends_[node]; }

 private:
  std::vector<std::vector<std::uint32_t>> ends_;  // surface ids ending at each node
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;
};

}  // namespace dealgraph::extract::amounts

namespace dealgraph::extract {

struct AmountVocabulary::Data {
  std::string source;
  std::vector<amounts::Word> words;
  std::vector<amounts::Surface> surfaces;
  amounts::Trie forward, backward;  // the backward trie holds each surface reversed
  std::unordered_set<char32_t> starters;  // first folded code points of words that begin numbers
  std::vector<amounts::NumberFormat> formats;
  Decimal minimum_bare_scale{1, 6};
  Decimal plural_min{2, 0}, plural_max{9, 0};
  std::string fallback_language = "en";
  int max_words_before_chip_noun = 2;
};

}  // namespace dealgraph::extract

namespace dealgraph::extract::amounts {

using Data = AmountVocabulary::Data;

}  // namespace dealgraph::extract::amounts
