#include "extract/phrase_matcher.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cstring>
#include <deque>
#include <stdexcept>
#include <string>

#include "util/utf8.hpp"

namespace dealgraph::extract {
namespace {

// A letter or digit of an alphabetic script: Latin phrases must not start or end inside one.
bool is_word_code_point(char32_t cp) {
  if (cp < 0x80) return util::is_ascii_alnum(static_cast<char>(cp));
  if (!u_isalnum(static_cast<UChar32>(cp))) return false;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
  return script == USCRIPT_LATIN || script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC ||
         script == USCRIPT_COMMON || script == USCRIPT_INHERITED;
}

char32_t code_point_at(std::string_view s, std::size_t at) {
  std::size_t pos = at;
  return util::decode_utf8(s, pos);
}

char32_t code_point_before(std::string_view s, std::size_t at) {
  std::size_t start = at;
  do { --start; } while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80);
  return code_point_at(s, start);
}

// Whether a word character ends right before `at` / starts at `at`; most text is ASCII, read
// without decoding.
bool word_before(std::string_view s, std::size_t at) {
  const auto byte = static_cast<unsigned char>(s[at - 1]);
  return byte < 0x80 ? util::is_ascii_alnum(static_cast<char>(byte)) : is_word_code_point(code_point_before(s, at));
}

bool word_at(std::string_view s, std::size_t at) {
  const auto byte = static_cast<unsigned char>(s[at]);
  return byte < 0x80 ? util::is_ascii_alnum(static_cast<char>(byte)) : is_word_code_point(code_point_at(s, at));
}

bool has_ascii_letter(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

}  // namespace

void PhraseMatcher::add(std::string_view phrase, std::uint32_t id, Options options) {
  std::string folded = fold(phrase);
  if (folded.empty()) return;
  Pattern pattern;
  pattern.id = id;
  pattern.length = static_cast<std::uint32_t>(folded.size());
  pattern.boundary_before = is_word_code_point(code_point_at(folded, 0));
  pattern.boundary_after = !options.prefix && is_word_code_point(code_point_before(folded, folded.size()));
  if (options.match_case && has_ascii_letter(phrase)) pattern.exact_case = std::string(phrase);
  pattern.folded = std::move(folded);
  added_.push_back(std::move(pattern));
}

namespace {

bool same_phrase(const auto& a, const auto& b) {
  return a.id == b.id && a.boundary_after == b.boundary_after && a.exact_case == b.exact_case;
}

}  // namespace

void PhraseMatcher::insert(Pattern pattern) {
  std::int32_t node = 0;
  for (unsigned char byte : pattern.folded) {
    auto& next = nodes_[node].next;
    auto it = std::lower_bound(next.begin(), next.end(), std::make_pair(byte, std::int32_t{-1}));
    if (it != next.end() && it->first == byte) { node = it->second; continue; }
    const auto created = static_cast<std::int32_t>(nodes_.size());
    next.insert(it, {byte, created});
    nodes_.emplace_back();
    node = created;
  }
  for (std::uint32_t existing : nodes_[node].outputs)
    if (same_phrase(patterns_[existing], pattern)) return;  // the same phrase twice
  nodes_[node].outputs.push_back(static_cast<std::uint32_t>(patterns_.size()));
  patterns_.push_back(std::move(pattern));
}

void PhraseMatcher::build() {
  std::vector<Pattern> added = std::move(added_);
  added_.clear();
  one_by_one_ = added.size() <= kSearchedOneByOne;
  if (one_by_one_) {
    for (Pattern& pattern : added)
      if (std::none_of(patterns_.begin(), patterns_.end(), [&](const Pattern& other) {
            return other.folded == pattern.folded && same_phrase(other, pattern);
          }))
        patterns_.push_back(std::move(pattern));
    return;
  }
  for (Pattern& pattern : added) insert(std::move(pattern));
  build_automaton();
}

void PhraseMatcher::build_automaton() {
  root_next_.assign(256, 0);
  for (const auto& [byte, target] : nodes_[0].next) root_next_[byte] = target;
  std::deque<std::int32_t> queue;
  for (const auto& [byte, target] : nodes_[0].next) queue.push_back(target);
  while (!queue.empty()) {
    const std::int32_t node = queue.front();
    queue.pop_front();
    for (const auto& [byte, target] : nodes_[node].next) {
      std::int32_t fail = nodes_[node].fail;
      std::int32_t candidate = child(fail, byte);
      while (fail != 0 && candidate < 0) { fail = nodes_[fail].fail; candidate = child(fail, byte); }
      nodes_[target].fail = (candidate >= 0 && candidate != target) ? candidate : 0;
      const std::int32_t f = nodes_[target].fail;
      nodes_[target].output_link = nodes_[f].outputs.empty() ? nodes_[f].output_link : f;
      queue.push_back(target);
    }
  }
  // Byte classes: each byte some phrase uses is its own class; all others share class 0.
  byte_class_.fill(0);
  class_count_ = 1;
  for (const Node& node : nodes_)
    for (const auto& [byte, target] : node.next)
      if (byte_class_[byte] == 0) byte_class_[byte] = static_cast<std::uint16_t>(class_count_++);
  // Dense transitions filled in breadth-first order: a node's missing edges are its failure
  // node's, whose row is filled before it.
  if (static_cast<std::uint64_t>(nodes_.size()) * class_count_ > UINT32_MAX)
    throw std::length_error("phrase automaton too large: " + std::to_string(nodes_.size()) + " states");
  std::vector<std::int32_t> order{0};
  for (std::size_t i = 0; i < order.size(); ++i)
    for (const auto& [byte, target] : nodes_[order[i]].next) order.push_back(target);
  const auto reports = [&](std::int32_t node) { return !nodes_[node].outputs.empty() || nodes_[node].output_link >= 0; };
  std::vector<std::uint32_t> row_of(nodes_.size());
  node_at_.assign(nodes_.size(), 0);
  std::uint32_t place = 0;
  const auto place_node = [&](std::int32_t node) {
    node_at_[place] = node;
    row_of[static_cast<std::size_t>(node)] = place++ * class_count_;
  };
  for (std::int32_t node : order)
    if (!reports(node)) place_node(node);
  first_reporting_row_ = place * class_count_;
  for (std::int32_t node : order)
    if (reports(node)) place_node(node);
  delta_.assign(nodes_.size() * class_count_, row_of[0]);
  for (std::int32_t node : order) {
    std::uint32_t* row = &delta_[row_of[static_cast<std::size_t>(node)]];
    if (node != 0) {
      const std::uint32_t* fail_row = &delta_[row_of[static_cast<std::size_t>(nodes_[node].fail)]];
      std::copy(fail_row, fail_row + class_count_, row);
    }
    for (const auto& [byte, target] : nodes_[node].next) row[byte_class_[byte]] = row_of[static_cast<std::size_t>(target)];
  }
}

std::int32_t PhraseMatcher::child(std::int32_t node, unsigned char byte) const {
  if (node == 0 && !root_next_.empty()) return root_next_[byte] ? root_next_[byte] : -1;
  const auto& next = nodes_[node].next;
  auto it = std::lower_bound(next.begin(), next.end(), std::make_pair(byte, std::int32_t{-1}));
  return (it != next.end() && it->first == byte) ? it->second : -1;
}

std::vector<PhraseMatcher::Match> PhraseMatcher::find_all(std::string_view text, const FoldedText& folded) const {
  std::vector<Match> matches;
  find_in(text, folded, 0, text.size(), matches);
  return matches;
}

// Ranges of folded bytes sorted by their start, with the furthest end of each range and those
// before it: a match [b, e) lies inside one when the last range starting at or before b reaches e.
struct PhraseMatcher::FoldedRanges {
  std::vector<std::size_t> begins, reach;
  bool contain(std::size_t begin, std::size_t end) const {
    const auto after = std::upper_bound(begins.begin(), begins.end(), begin);
    return after != begins.begin() && reach[static_cast<std::size_t>(after - begins.begin()) - 1] >= end;
  }
};

void PhraseMatcher::report(std::string_view text, const FoldedText& folded, const Pattern& pattern, std::size_t end,
                           const FoldedRanges* within, std::vector<Match>& into) const {
  const std::string& s = folded.text;
  const std::size_t begin = end - pattern.length;
  if (pattern.boundary_before && begin > 0 && word_before(s, begin)) return;
  if (pattern.boundary_after && end < s.size() && word_at(s, end)) return;
  if (within && !within->contain(begin, end)) return;
  const std::size_t match_begin = folded.origin[begin];
  const std::size_t match_end = folded.origin[end];
  if (!pattern.exact_case.empty() && text.substr(match_begin, match_end - match_begin) != pattern.exact_case) return;
  into.push_back({match_begin, match_end, pattern.id});
}

void PhraseMatcher::search_one_by_one(std::string_view text, const FoldedText& folded, std::size_t fold_begin,
                                      std::size_t fold_end, const FoldedRanges* within, std::vector<Match>& into) const {
  const char* const first = folded.text.data() + fold_begin;
  const char* const last = folded.text.data() + fold_end;
  for (const Pattern& pattern : patterns_) {
    for (const char* at = first; at < last;) {
      const void* hit = memmem(at, static_cast<std::size_t>(last - at), pattern.folded.data(), pattern.length);
      if (!hit) break;
      const char* found = static_cast<const char*>(hit);
      report(text, folded, pattern, static_cast<std::size_t>(found - folded.text.data()) + pattern.length, within, into);
      at = found + 1;  // overlapping uses too, as the automaton reports them
    }
  }
}

// Every match inside folded bytes [fold_begin, fold_end) (and inside `within`, when given), unsorted.
// The loop holds only what a step needs, so that it stays in registers: the rare rows that report
// a match are read in report_row.
void PhraseMatcher::scan(std::string_view text, const FoldedText& folded, std::size_t fold_begin, std::size_t fold_end,
                         const FoldedRanges* within, std::vector<Match>& into) const {
  if (one_by_one_) {
    search_one_by_one(text, folded, fold_begin, fold_end, within, into);
    return;
  }
  const auto* const bytes = reinterpret_cast<const unsigned char*>(folded.text.data());
  const unsigned char* const last = bytes + fold_end;
  const std::uint16_t* const classes = byte_class_.data();
  const std::uint32_t* const delta = delta_.data();
  const std::size_t first_reporting = first_reporting_row_;
  std::size_t row = 0;
  for (const unsigned char* at = bytes + fold_begin; at < last; ++at) {
    row = delta[row + classes[*at]];
    if (row >= first_reporting) [[unlikely]]
      report_row(text, folded, row, static_cast<std::size_t>(at - bytes) + 1, fold_begin, within, into);
  }
}

// The matches of the phrases that end at folded byte `end`, the scan having reached `row` there.
void PhraseMatcher::report_row(std::string_view text, const FoldedText& folded, std::size_t row, std::size_t end,
                               std::size_t fold_begin, const FoldedRanges* within, std::vector<Match>& into) const {
  const std::string& s = folded.text;
  const std::int32_t node = node_at_[row / class_count_];
  for (std::int32_t out = nodes_[node].outputs.empty() ? nodes_[node].output_link : node; out >= 0;
       out = nodes_[out].output_link) {
    for (std::uint32_t p : nodes_[out].outputs) {
      const Pattern& pattern = patterns_[p];
      if (end < fold_begin + pattern.length) continue;
      // Most candidates start inside a longer word: rejected before the call.
      const std::size_t begin = end - pattern.length;
      if (pattern.boundary_before && begin > 0 && word_before(s, begin)) continue;
      report(text, folded, pattern, end, within, into);
    }
  }
}

namespace {

// Folded bytes whose source lies from `source` on.
std::size_t folded_offset(const FoldedText& folded, std::size_t source) {
  return static_cast<std::size_t>(std::lower_bound(folded.origin.begin(), folded.origin.end() - 1, source) -
                                  folded.origin.begin());
}

void sort_matches(std::vector<PhraseMatcher::Match>& matches, std::size_t first_new) {
  std::sort(matches.begin() + static_cast<std::ptrdiff_t>(first_new), matches.end(),
            [](const PhraseMatcher::Match& a, const PhraseMatcher::Match& b) {
              if (a.begin != b.begin) return a.begin < b.begin;
              if (a.end != b.end) return a.end > b.end;
              return a.id < b.id;
            });
}

}  // namespace

void PhraseMatcher::find_in(std::string_view text, const FoldedText& folded, std::size_t source_begin,
                            std::size_t source_end, std::vector<Match>& into) const {
  if (one_by_one_ ? patterns_.empty() : delta_.empty()) return;
  const std::size_t first_new = into.size();
  scan(text, folded, folded_offset(folded, source_begin), folded_offset(folded, source_end), nullptr, into);
  sort_matches(into, first_new);
}

void PhraseMatcher::find_in_ranges(std::string_view text, const FoldedText& folded,
                                   const std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                                   std::vector<Match>& into) const {
  if (one_by_one_ ? patterns_.empty() : delta_.empty()) return;
  FoldedRanges within;
  for (const auto& [source_begin, source_end] : ranges) {
    within.begins.push_back(folded_offset(folded, source_begin));
    within.reach.push_back(std::max(within.reach.empty() ? 0 : within.reach.back(), folded_offset(folded, source_end)));
  }
  const std::size_t first_new = into.size();
  for (std::size_t r = 0; r < ranges.size();) {
    std::size_t next = r + 1;  // ranges that overlap or touch are scanned as one stretch
    while (next < ranges.size() && within.begins[next] <= within.reach[next - 1]) ++next;
    scan(text, folded, within.begins[r], within.reach[next - 1], &within, into);
    r = next;
  }
  sort_matches(into, first_new);
}

std::vector<PhraseMatcher::Match> leftmost_longest(const std::vector<PhraseMatcher::Match>& matches) {
  std::vector<PhraseMatcher::Match> kept;
  std::size_t covered = 0;
  for (const auto& match : matches) {
    // The same span for another phrase set (one word, two rules) is kept beside the first.
    const bool same_span = !kept.empty() && kept.back().begin == match.begin && kept.back().end == match.end;
    if (!kept.empty() && match.begin < covered && !same_span) continue;
    kept.push_back(match);
    covered = match.end;
  }
  return kept;
}

}  // namespace dealgraph::extract
