// The sentence the amount parser reads, and how it finds the vocabulary's words in it: the
// longest surface at a position, read forwards or backwards, best fitting the language.
// Private to the amount parser.
#pragma once

#include <climits>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/amount_characters.hpp"
#include "extract/amount_vocabulary.hpp"

namespace dealgraph::extract::amounts {

// One sentence and its language.
struct Ctx {
  std::string_view text;
  std::string full;     // language tag, lower case
  std::string primary;  // its primary subtag
  bool und = false;     // no usable hint
  bool zh = false;
  const NumberFormat* format = nullptr;
};

// How well a surface's language fits the text; -1 when it may not be used.
inline int rank(const Data& data, const Surface& surface, const Word& word, const Ctx& ctx) {
  if (surface.lang.empty()) return 2;
  if (surface.lang == ctx.full) return 0;
  if (surface.primary == ctx.primary) return 1;
  if (ctx.und) return surface.primary == data.fallback_language ? 3 : 4;
  const bool borrowed = word.kind == Kind::Currency || word.kind == Kind::Unit || word.kind == Kind::ChipNoun;
  if (surface.primary == data.fallback_language && (borrowed || word.kind == Kind::Scale)) return 3;
  return borrowed ? 4 : -1;
}

// A vocabulary word found in the text, at bytes [begin, end).
struct Match {
  const Word* word = nullptr;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Among the surfaces `ends` that `accept` takes, the word whose language fits best; null if none.
template <typename Accept>
const Word* best_fit(const Data& data, const Ctx& ctx, const std::vector<std::uint32_t>& ends, Accept& accept) {
  int best_rank = INT_MAX;
  const Word* chosen = nullptr;
  for (std::uint32_t id : ends) {
    const Surface& surface = data.surfaces[id];
    const Word& word = data.words[surface.word];
    if (!accept(word)) continue;
    const int r = rank(data, surface, word, ctx);
    if (r >= 0 && r < best_rank) {
      best_rank = r;
      chosen = &word;
    }
  }
  return chosen;
}

// The longest vocabulary word at `pos` (reading forwards) that `accept` takes; among words of
// the same surface, the best fit for the language.
template <typename Accept>
std::optional<Match> match_forward(const Data& data, const Ctx& ctx, std::size_t pos, Accept&& accept) {
  const std::string_view text = ctx.text;
  std::optional<Match> best;
  std::uint32_t node = 0;
  for (std::size_t p = pos; p < text.size();) {
    const Utf8 u = decode_at(text, p);
    node = data.forward.step(node, fold_cp(u.cp));
    if (node == Trie::kNone) break;
    p += u.len;
    const auto& ends = data.forward.ends(node);
    if (ends.empty()) continue;
    if (is_word_cp(u.cp) && p < text.size() && is_word_cp(decode_at(text, p).cp)) continue;  // inside a word
    if (const Word* chosen = best_fit(data, ctx, ends, accept)) best = Match{chosen, pos, p};
  }
  return best;
}

inline std::optional<Match> match_forward(const Data& data, const Ctx& ctx, std::size_t pos, std::uint32_t kinds) {
  return match_forward(data, ctx, pos, [kinds](const Word& w) { return (kinds & bit(w.kind)) != 0; });
}

// The longest word that ends right at `end` (reading backwards, not before `floor`).
template <typename Accept>
std::optional<Match> match_backward(const Data& data, const Ctx& ctx, std::size_t end, std::size_t floor,
                                    Accept&& accept) {
  const std::string_view text = ctx.text;
  if (end <= floor) return std::nullopt;
  std::optional<Match> best;
  std::uint32_t node = 0;
  const Utf8 last = decode_before(text, end);
  const bool glued_after = is_word_cp(last.cp) && end < text.size() && is_letter_cp(decode_at(text, end).cp);
  if (glued_after) return std::nullopt;
  for (std::size_t p = end; p > floor;) {
    const Utf8 u = decode_before(text, p);
    if (p - u.len < floor) break;
    node = data.backward.step(node, fold_cp(u.cp));
    if (node == Trie::kNone) break;
    p -= u.len;
    const auto& ends = data.backward.ends(node);
    if (ends.empty()) continue;
    if (is_word_cp(u.cp) && p > 0 && is_word_cp(decode_before(text, p).cp)) continue;  // inside a word
    if (const Word* chosen = best_fit(data, ctx, ends, accept)) best = Match{chosen, p, end};
  }
  return best;
}

}  // namespace dealgraph::extract::amounts
