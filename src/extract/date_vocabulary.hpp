// The date vocabulary as the finder holds it: the words of ontology/rules/dates.ttl with what
// each class of word needs, a trie of their folded surfaces, and Chinese numerals by character.
// Private to the date finder; date_vocabulary.cpp reads it from Turtle.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/dates.hpp"

namespace dealgraph::extract::dates {

// One per vocabulary class: dg:MonthName, dg:WeekdayName, dg:RelativeDay, ...
enum class Kind : std::uint8_t {
  Month, Weekday, RelDay, RelWeek, RelMonth, RelYear, Shift, Cue, Connector, DaySuffix, Marker, Numeral, Period,
  Range, Count
};

constexpr std::uint32_t bit(Kind k) { return 1u << static_cast<unsigned>(k); }

// dg:shift: which such day or month a shift word means (last Tuesday, next March, 上周三).
enum class Shift : std::uint8_t { None, OnOrBefore, Before, After, ThisWeek, LastWeek, NextWeek };
enum class Unit : std::uint8_t { Year, Month, Day };  // of a Chinese marker: 年 月 日

struct Word {
  Kind kind = Kind::Month;
  std::string iri;
  int value = 0;  // month, weekday, offset or numeral value
  bool abbreviation = false;
  bool case_sensitive = false;
  bool needs_cue = false;
  bool tens = false;
  bool after_month_only = false;
  bool shift_after = false;  // dg:position "after"
  Shift shift = Shift::None;
  Unit unit = Unit::Day;
  std::vector<std::u32string> not_preceded_by;
  std::vector<std::u32string> not_followed_by;
};

// One written form of a word.
struct Surface {
  std::uint32_t word = 0;
  std::string primary;  // primary language subtag; empty: every language
  bool upper_first = false;
};

// Folded surfaces, code point by code point, with the surfaces that end at each node.
struct Trie {
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  struct Node {
    std::vector<std::pair<char32_t, std::uint32_t>> next;  // sorted by code point
    std::vector<std::uint32_t> ends;                      // surfaces ending here
  };
  std::vector<Node> nodes = std::vector<Node>(1);

  std::uint32_t step(std::uint32_t node, char32_t c) const {
    const auto& next = nodes[node].next;
    const auto it = std::lower_bound(next.begin(), next.end(), c,
                                     [](const std::pair<char32_t, std::uint32_t>& e, char32_t k) { return e.first < k; });
    return (it != next.end() && it->first == c) ? it->second : kNone;
  }

  void insert(const std::u32string& key, std::uint32_t id) {
    std::uint32_t node = 0;
    for (char32_t c : key) {
      std::uint32_t child = step(node, c);
      if (child == kNone) {
        child = static_cast<std::uint32_t>(nodes.size());
        nodes.emplace_back();
        auto& next = nodes[node].next;
        const auto it = std::lower_bound(next.begin(), next.end(), c,
                                         [](const std::pair<char32_t, std::uint32_t>& e, char32_t k) { return e.first < k; });
        next.insert(it, {c, child});
      }
      node = child;
    }
    nodes[node].ends.push_back(id);
  }
};

// A Chinese numeral character (二, 〇, 十) in the languages that write it.
struct Numeral {
  int value = 0;
  bool tens = false;
  std::string primary;
};

}  // namespace dealgraph::extract::dates

namespace dealgraph::extract {

struct DateVocabulary::Data {
  std::string source;
  std::vector<dates::Word> words;
  std::vector<dates::Surface> surfaces;
  dates::Trie trie;
  std::unordered_map<char32_t, std::vector<dates::Numeral>> numerals;  // by folded character
  int max_days_ahead = 61;
  int minimum_year = 1950;
  int maximum_year = 2100;
  std::string fallback_language = "en";
  std::vector<std::pair<std::string, bool>> month_first;  // language -> numericOrder is mdy
};

}  // namespace dealgraph::extract

namespace dealgraph::extract::dates {

using Data = DateVocabulary::Data;

}  // namespace dealgraph::extract::dates
