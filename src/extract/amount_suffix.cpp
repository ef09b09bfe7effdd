// What follows a number: currency, unit, chip noun. See amount_suffix.hpp.
#include "extract/amount_suffix.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealgraph::extract::amounts {
namespace {

// "H100", "B200", "MI300X", "GB200": a chip model code; returns its end.
std::optional<std::size_t> model_code_at(std::string_view text, std::size_t pos) {
  std::size_t p = pos, letters = 0, digits = 0, tail = 0;
  while (p < text.size() && text[p] >= 'A' && text[p] <= 'Z' && letters < 5) { ++p; ++letters; }
  while (p < text.size() && text[p] >= '0' && text[p] <= '9' && digits < 5) { ++p; ++digits; }
  while (p < text.size() && ((text[p] >= 'A' && text[p] <= 'Z') || (text[p] >= 'a' && text[p] <= 'z')) && tail < 3) {
    ++p;
    ++tail;
  }
  if (letters < 1 || digits < 2) return std::nullopt;
  if (p < text.size() && is_word_cp(decode_at(text, p).cp)) return std::nullopt;
  return p;
}

// A chip noun or model code at `pos`, or within a few characters after it when `window`
// (10万块英伟达H100芯片). Returns the end of the noun.
std::optional<std::size_t> chip_noun_near(const Data& data, const Ctx& ctx, std::size_t pos, bool window) {
  const std::string_view text = ctx.text;
  std::size_t p = pos;
  for (int step = 0; step <= (window ? 8 : 0) && p < text.size(); ++step) {
    if (auto m = match_forward(data, ctx, p, bit(Kind::ChipNoun))) {
      // a model code then a noun: take both
      return m->end;
    }
    if (auto code = model_code_at(text, p)) {
      std::size_t end = *code;
      const std::size_t r = skip_spaces(text, end);
      if (auto m = match_forward(data, ctx, r, bit(Kind::ChipNoun))) end = m->end;
      return end;
    }
    const Utf8 u = decode_at(text, p);
    if (!(is_cjk(u.cp) || is_word_cp(u.cp) || is_space_cp(u.cp)) || digit_value(u.cp) >= 0) break;
    if (u.cp >= 0x3000 && u.cp <= 0x303F) break;  // CJK punctuation
    if (u.cp >= 0xFF00 && u.cp <= 0xFF0F) break;  // full-width punctuation
    p += u.len;
  }
  return std::nullopt;
}

// What may stand right after a number: a currency or unit not written only before numbers, a
// chip noun, or a connector before one of them (milhões de dólares).
bool may_follow_number(const Word& w) {
  switch (w.kind) {
    case Kind::Currency:
    case Kind::Unit:
      return w.position != Position::Before;
    case Kind::ChipNoun:
    case Kind::Connector:
      return true;
    default:
      return false;
  }
}

// The currency, unit or chip noun at `q`, right after the number, past a connector.
std::optional<Match> word_after_number(const Data& data, const Ctx& ctx, std::size_t q) {
  const std::string_view text = ctx.text;
  auto m = match_forward(data, ctx, q, may_follow_number);
  if (m && m->word->kind == Kind::Connector) {
    const std::size_t r = skip_spaces(text, m->end);
    m = match_forward(data, ctx, r, [](const Word& w) { return w.kind != Kind::Connector && may_follow_number(w); });
  }
  if (m && m->word->kind == Kind::Currency && m->word->position == Position::Either) {
    // "... 2030 $5bn": a sign or code right before digits belongs to the next number
    const std::size_t r = skip_spaces(text, m->end);
    if (r < text.size() && digit_value(decode_at(text, r).cp) >= 0) m.reset();
  }
  return m;
}

// The currency `m`, with the currency word after it that names it: 亿元人民币 (a generic
// currency word), or the same code twice.
Suffix currency_suffix(const Data& data, const Ctx& ctx, const Match& m, Suffix s) {
  s.currency = m.word;
  s.end = m.end;
  auto name = match_forward(data, ctx, m.end, [](const Word& w) {
    return w.kind == Kind::Currency && w.position != Position::Before;
  });
  if (name && (m.word->generic || name->word->code == m.word->code)) {
    s.currency_name = name->word;
    s.end = name->end;
  }
  return s;
}

// Does the folded `word` come right at `pos`?
bool followed_by(std::string_view text, std::size_t pos, const std::u32string& word) {
  std::size_t k = 0;
  while (k < word.size() && pos < text.size()) {
    const Utf8 u = decode_at(text, pos);
    if (fold_cp(u.cp) != word[k]) break;
    pos += u.len;
    ++k;
  }
  return k == word.size();
}

// The unit `m`; `s` unchanged when the unit does not count here: a word it may not be part of
// follows (股价), or a classifier that needs a chip noun has none (10万块GPU has one).
Suffix unit_suffix(const Data& data, const Ctx& ctx, const Match& m, Suffix s) {
  const Word& w = *m.word;
  const std::size_t next_word = skip_spaces(ctx.text, m.end);
  for (const std::u32string& bad : w.not_followed_by)
    if (followed_by(ctx.text, m.end, bad) || followed_by(ctx.text, next_word, bad)) return s;  // 股价, megawatt hours
  std::size_t end = m.end;
  if (w.requires_chip_noun) {
    auto noun = chip_noun_near(data, ctx, m.end, true);
    if (!noun) return s;
    end = *noun;
  } else if (w.measure_word) {
    if (auto noun = chip_noun_near(data, ctx, m.end, false)) end = *noun;
  }
  s.unit = &w;
  s.end = end;
  return s;
}

// A chip noun that begins a compound names something else: 10.000 GPU-Server are servers.
bool compound_goes_on(std::string_view text, std::size_t end) {
  return end + 1 < text.size() && text[end] == '-' && is_word_cp(decode_at(text, end + 1).cp);
}

bool counts_things(const Word& w) { return (w.kind == Kind::ChipNoun || w.kind == Kind::Unit) && w.count_noun; }

// The end of the word at `r`, of letters, digits and hyphens; `parts` gets where each part after
// a hyphen starts.
std::size_t compound_end(std::string_view text, std::size_t r, std::vector<std::size_t>& parts) {
  std::size_t e = r;
  while (e < text.size()) {
    const Utf8 u = decode_at(text, e);
    if (!(is_word_cp(u.cp) || u.cp == '-')) break;
    e += u.len;
    if (u.cp == '-') parts.push_back(e);
  }
  return e;
}

// The last part of a compound ending at `end` when it counts: Blackwell-GPUs, KI-Chips,
// H100-Beschleuniger.
std::optional<Match> counting_part(const Data& data, const Ctx& ctx, const std::vector<std::size_t>& parts,
                                   std::size_t end) {
  for (std::size_t part : parts)
    if (auto noun = match_forward(data, ctx, part, counts_things); noun && noun->end == end) return noun;
  return std::nullopt;
}

// A chip noun or count noun at `q`, right after the number, or after a few words (connectors
// aside): 1 million Nvidia GPUs, 30 million new shares, 400,000 of the new chips.
Suffix counted_noun_after_words(const Data& data, const Ctx& ctx, std::size_t number_end, std::size_t q,
                                Suffix s) {
  const std::string_view text = ctx.text;
  std::size_t r = q;
  for (int k = 0; k <= data.max_words_before_chip_noun;) {
    if (auto noun = match_forward(data, ctx, r, counts_things); noun && !compound_goes_on(text, noun->end)) {
      s.unit = noun->word;
      s.end = noun->end;
      s.via_words = r != q;
      return s;
    }
    if (r >= text.size()) break;
    if (auto connector = match_forward(data, ctx, r, bit(Kind::Connector))) {
      const std::size_t next = skip_spaces(text, connector->end);
      const bool elided = fold_cp(decode_before(text, connector->end).cp) == '\'';  // d'
      if (next == connector->end && !elided) break;
      r = next;
      continue;
    }
    if (k == data.max_words_before_chip_noun) break;
    ++k;
    // skip one word: letters first, then letters, digits and hyphens
    if (!is_letter_cp(decode_at(text, r).cp)) break;
    if (match_forward(data, ctx, r,
                      bit(Kind::Currency) | bit(Kind::Unit) | bit(Kind::Scale) | bit(Kind::Number) |
                          bit(Kind::Range) | bit(Kind::Qualifier) | bit(Kind::Between)))
      break;
    std::vector<std::size_t> parts;
    const std::size_t e = compound_end(text, r, parts);
    // Unless the number is glued to the compound: 910C-Prozessoren names a model, not a count.
    if (const auto noun = r == number_end ? std::nullopt : counting_part(data, ctx, parts, e)) {
      s.unit = noun->word;
      s.end = noun->end;
      s.via_words = true;
      return s;
    }
    const std::size_t next = skip_spaces(text, e);
    if (next == e) break;
    r = next;
  }
  return s;
}

}  // namespace

Suffix parse_suffix(const Data& data, const Ctx& ctx, const NumberPhrase& np, bool money_or_unit_before) {
  const std::string_view text = ctx.text;
  Suffix s;
  s.end = np.end;
  std::size_t q = skip_spaces(text, np.end);
  if (q + 1 < text.size() && text[q] == '-' && is_letter_cp(decode_at(text, q + 1).cp)) ++q;  // 10-gigawatt
  const auto m = word_after_number(data, ctx, q);
  if (m && m->word->kind == Kind::Currency) return currency_suffix(data, ctx, *m, s);
  if (money_or_unit_before) return s;  // "$5 billion GPUs" is money
  if (m && m->word->kind == Kind::Unit) return unit_suffix(data, ctx, *m, s);
  if (ctx.zh) return s;  // in Chinese a count needs a classifier
  if (m && m->word->kind == Kind::ChipNoun && !compound_goes_on(text, m->end)) {  // "dezenas de milhares de GPUs"
    s.unit = m->word;
    s.end = m->end;
    return s;
  }
  return counted_noun_after_words(data, ctx, np.end, q, s);
}

}  // namespace dealgraph::extract::amounts
