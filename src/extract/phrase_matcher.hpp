// Finds many phrases in a text at once: Aho-Corasick over case- and width-folded text.
// Latin phrases match on word boundaries (or as word prefixes), Chinese ones anywhere.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dealgraph/lexicon.hpp"

namespace dealgraph::extract {

class PhraseMatcher {
 public:
  struct Options {
    bool prefix = false;     // match at a word start without an end boundary ("invest" in "invests")
    bool match_case = false; // the source text must have exactly the phrase's letter case
  };
  struct Match {
    std::size_t begin = 0;  // source bytes
    std::size_t end = 0;
    std::uint32_t id = 0;
  };

  // Adds a phrase before build(); the id is returned with its matches.
  void add(std::string_view phrase, std::uint32_t id, Options options);
  void add(std::string_view phrase, std::uint32_t id) { add(phrase, id, Options{}); }
  // A few phrases (a document's own names) are searched one by one: building an automaton
  // would cost more than the search. Many phrases get the automaton, whose scan is linear.
  void build();

  // Every match that respects boundaries and case, sorted by begin, then longest first.
  std::vector<Match> find_all(std::string_view text, const FoldedText& folded) const;
  std::vector<Match> find_all(std::string_view text) const { return find_all(text, fold_text(text)); }
  // Only the matches inside text[source_begin, source_end), appended to `into` (sorted as above).
  void find_in(std::string_view text, const FoldedText& folded, std::size_t source_begin, std::size_t source_end,
               std::vector<Match>& into) const;

  // The matches that lie inside any of `ranges` (source bytes, sorted by begin, overlapping or
  // not), each once, appended to `into` sorted as above: one scan where ranges overlap or touch.
  void find_in_ranges(std::string_view text, const FoldedText& folded,
                      const std::vector<std::pair<std::size_t, std::size_t>>& ranges, std::vector<Match>& into) const;

  std::size_t size() const { return patterns_.size(); }  // the distinct phrases, after build()

 private:
  struct Pattern {
    std::uint32_t id = 0;
    std::uint32_t length = 0;
    bool boundary_before = false;
    bool boundary_after = false;
    std::string exact_case;
    std::string folded;
  };
  static constexpr std::size_t kSearchedOneByOne = 24;  // phrases; more get the automaton
  struct Node {
    std::vector<std::pair<unsigned char, std::int32_t>> next;
    std::int32_t fail = 0;
    std::int32_t output_link = -1;
    std::vector<std::uint32_t> outputs;
  };
  std::int32_t child(std::int32_t node, unsigned char byte) const;
  void insert(Pattern pattern);
  void build_automaton();
  struct FoldedRanges;
  // A match of pattern p ending at folded byte `end`, if the boundaries, the case and the ranges allow it.
  void report(std::string_view text, const FoldedText& folded, const Pattern& pattern, std::size_t end,
              const FoldedRanges* within, std::vector<Match>& into) const;
  void search_one_by_one(std::string_view text, const FoldedText& folded, std::size_t fold_begin, std::size_t fold_end,
                         const FoldedRanges* within, std::vector<Match>& into) const;
  void scan(std::string_view text, const FoldedText& folded, std::size_t fold_begin, std::size_t fold_end,
            const FoldedRanges* within, std::vector<Match>& into) const;
  void report_row(std::string_view text, const FoldedText& folded, std::size_t row, std::size_t end,
                  std::size_t fold_begin, const FoldedRanges* within, std::vector<Match>& into) const;

  std::vector<Pattern> added_;     // before build()
  std::vector<Pattern> patterns_;  // distinct, after build()
  bool one_by_one_ = false;
  std::vector<Node> nodes_{Node{}};
  std::vector<std::int32_t> root_next_;
  // The automaton as a dense table over byte classes (bytes no phrase uses share one class):
  // one load per input byte, no failure links followed while scanning.
  std::array<std::uint16_t, 256> byte_class_{};
  std::uint32_t class_count_ = 0;
  // A node's row in the table is its place in row order: the nodes that report no match first,
  // then those that report one (themselves or on their output chain), so that a scan step is one
  // load and one comparison with first_reporting_row_.
  // (row + class) -> the target's row, already multiplied by class_count_.
  std::vector<std::uint32_t> delta_;
  std::vector<std::int32_t> node_at_;  // row / class_count_ -> node
  std::uint32_t first_reporting_row_ = 0;
};

// Keeps the leftmost-longest matches that do not overlap (input sorted as find_all returns).
std::vector<PhraseMatcher::Match> leftmost_longest(const std::vector<PhraseMatcher::Match>& matches);

}  // namespace dealgraph::extract
