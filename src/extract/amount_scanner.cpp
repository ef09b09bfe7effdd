// The amount scanner. See amount_scanner.hpp; amounts.cpp says how the whole parser works.
#include "extract/amount_scanner.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "extract/amount_numbers.hpp"
#include "extract/amount_suffix.hpp"
#include "extract/decimal.hpp"

namespace dealgraph::extract::amounts {
namespace {

// ---------------------------------------------------------------------------------------
// Currencies.

// Does `needle` (folded) occur in `text` (folded while reading)?
bool contains_folded(std::string_view text, const std::u32string& needle) {
  if (needle.empty()) return false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t p = i, k = 0;
    while (k < needle.size() && p < text.size()) {
      const Utf8 u = decode_at(text, p);
      if (fold_cp(u.cp) != needle[k]) break;
      p += u.len;
      ++k;
    }
    if (k == needle.size()) return true;
    i += decode_at(text, i).len;
  }
  return false;
}

// One number with the currency or unit written before it and what follows it.
struct Side {
  NumberPhrase np;
  const Word* prefix_currency = nullptr;
  const Word* prefix_unit = nullptr;
  std::size_t begin = 0;
  Suffix suffix;
  const Word* currency() const { return prefix_currency ? prefix_currency : suffix.currency; }
  const Word* unit() const { return prefix_unit ? prefix_unit : suffix.unit; }
};

std::string currency_code(const Word& word, const Word* name, const Ctx& ctx) {
  if (word.generic && name) return currency_code(*name, nullptr, ctx);
  for (const ContextRule& rule : word.context) {
    for (const std::string& language : rule.languages)
      if (language == ctx.primary || language == ctx.full) return rule.code;
    for (const std::u32string& w : rule.words)
      if (contains_folded(ctx.text, w)) return rule.code;
  }
  return word.code;
}

std::string currency_of(const Side& side, const Ctx& ctx) {
  if (side.prefix_currency) return currency_code(*side.prefix_currency, nullptr, ctx);
  if (side.suffix.currency) return currency_code(*side.suffix.currency, side.suffix.currency_name, ctx);
  return {};
}

// What a number counts, as far as it was read: money (`currency` empty when the text names
// none), or a unit.
struct Measure {
  std::string currency;
  const Word* unit = nullptr;
  bool money = false;
};

Measure measure_of(const Side& side, const Ctx& ctx) {
  return Measure{currency_of(side, ctx), side.unit(), side.currency() != nullptr};
}

// ---------------------------------------------------------------------------------------
// One amount or quantity.

struct Candidate {
  std::size_t begin = 0, end = 0;
  Decimal lo{0, 0}, hi{0, 0};
  bool range = false;
  bool vague = false;
  bool money = false;
  std::string currency;
  const Word* unit = nullptr;
  std::string qualifier;
  bool approximate = false;
};

// Is the number a model number (RTX 4090, Ascend 910) rather than a count?
bool after_capitalised_name(const Data& data, const Ctx& ctx, std::size_t begin, std::size_t floor) {
  const std::string_view text = ctx.text;
  const std::size_t r = skip_spaces_back(text, begin, floor);
  if (r == begin || r <= floor) return false;
  std::size_t s = r;
  while (s > floor) {
    const Utf8 u = decode_before(text, s);
    if (!is_word_cp(u.cp)) break;
    s -= u.len;
  }
  if (s == r) return false;
  const Utf8 first = decode_at(text, s);
  if (!(u_isupper(static_cast<UChar32>(first.cp)))) return false;
  // A capitalised word opening the text ("The 500 GPUs") is no name unless it is all capitals.
  bool all_capitals = r - s >= 2;
  for (std::size_t i = s; i < r && all_capitals;) {
    const Utf8 u = decode_at(text, i);
    all_capitals = u_isupper(static_cast<UChar32>(u.cp)) != 0;
    i += u.len;
  }
  std::size_t before = s;
  while (before > 0) {
    const Utf8 u = decode_before(text, before);
    if (is_word_cp(u.cp) || is_cjk(u.cp)) break;
    before -= u.len;
  }
  if (before == 0 && !all_capitals) return false;
  // a qualifier or between word ("About 500 GPUs") is no name
  auto word = match_forward(data, ctx, s, [](const Word& w) {
    return w.kind == Kind::Qualifier || w.kind == Kind::Between || w.kind == Kind::Range;
  });
  return !(word && word->end == r);
}

// The range's lower bound when the two sides make a range, scaled by the second's scale words
// when the first has none ("2.5-3 billion"); nullopt when they do not make one.
std::optional<Decimal> range_low(const Side& a, const Side& b, const Measure& first, const Measure& second) {
  // A currency or unit written after the first number must be written after the second too
  // ("10 GW to 2030" is no range); one written before it is shared ("$2.5-3 billion").
  if ((a.suffix.currency || a.suffix.unit) && !(b.currency() || b.unit())) return std::nullopt;
  if (!first.currency.empty() && !second.currency.empty() && first.currency != second.currency) return std::nullopt;
  if (first.unit && second.unit && first.unit->unit != second.unit->unit) return std::nullopt;
  if ((first.money || second.money) && (first.unit || second.unit)) return std::nullopt;
  Decimal lo = a.np.value.lo;
  if (!a.np.has_scale && b.np.has_scale && !a.suffix.currency && !a.suffix.unit) {
    auto scaled = multiply(lo, b.np.factor);
    if (!scaled) return std::nullopt;
    lo = *scaled;
  }
  if (compare(lo, b.np.value.hi) >= 0) return std::nullopt;
  if (!(first.money || second.money || first.unit || second.unit) && !b.np.has_scale) return std::nullopt;
  return lo;
}

class Scanner {
 public:
  Scanner(const Data& data, const Ctx& ctx) : data_(data), ctx_(ctx), text_(ctx.text) {}

  AmountParser::Found run() {
    AmountParser::Found found;
    std::size_t pos = 0;
    std::size_t floor = 0;  // end of the last result: lookbacks stop there
    while (pos < text_.size()) {
      const auto byte = static_cast<unsigned char>(text_[pos]);
      if (byte < 0x80 && !(byte >= '0' && byte <= '9') && !is_letter_cp(byte)) {
        ++pos;
        continue;
      }
      const Utf8 u = decode_at(text_, pos);
      const bool prev_word = pos > 0 && is_word_cp(decode_before(text_, pos).cp);
      std::size_t skip_to = pos + u.len;
      bool try_here = false;
      if (digit_value(u.cp) >= 0) {
        // not glued to letters or digits (H100), nor a fraction without its whole part (.5)
        const char32_t prev = pos > 0 ? decode_before(text_, pos).cp : U' ';
        try_here = !prev_word && digit_value(prev) < 0 && prev != '.' && prev != ',';
      } else if (is_word_cp(u.cp)) {
        // a Latin-script word: only its start can begin a number
        std::size_t e = pos;
        while (e < text_.size()) {
          const Utf8 v = decode_at(text_, e);
          if (!is_word_cp(v.cp)) break;
          e += v.len;
        }
        if (!prev_word && data_.starters.count(fold_cp(u.cp))) try_here = true;
        // digits glued to letters are codes (H100, Q3): skip the whole word unless it starts here
        skip_to = try_here ? pos + u.len : e;
        if (!try_here) {
          pos = e;
          continue;
        }
      } else if (is_cjk(u.cp)) {
        try_here = data_.starters.count(fold_cp(u.cp)) > 0;
      }
      if (!try_here) {
        pos = skip_to;
        continue;
      }
      std::size_t resume = skip_to;
      if (auto c = candidate(pos, floor, resume)) {
        emit(*c, found);
        floor = c->end;
        pos = c->end;
      } else {
        pos = std::max(resume, skip_to);
        if (is_word_cp(u.cp) && digit_value(u.cp) < 0) {
          // finish the word we started on
          while (pos < text_.size() && is_word_cp(decode_at(text_, pos).cp)) pos += decode_at(text_, pos).len;
        }
      }
    }
    return found;
  }

 private:
  // The currency or unit written right before the number, and what follows it.
  void read_prefix_and_suffix(Side& side, std::size_t floor) const {
    side.begin = side.np.begin;
    const std::size_t r = skip_spaces_back(text_, side.np.begin, floor);
    auto m = match_backward(data_, ctx_, r, floor, [](const Word& w) {
      return (w.kind == Kind::Currency && w.position != Position::After) ||
             (w.kind == Kind::Unit && w.position == Position::Before);
    });
    if (m) {
      if (m->word->kind == Kind::Currency) side.prefix_currency = m->word;
      else side.prefix_unit = m->word;
      side.begin = m->begin;
    }
    side.suffix = parse_suffix(data_, ctx_, side.np, side.prefix_currency || side.prefix_unit);
  }

  // The amount or quantity whose number starts at `start`; `resume` is where to look on.
  std::optional<Candidate> candidate(std::size_t start, std::size_t floor, std::size_t& resume) const {
    Side a;
    a.np = parse_number(data_, ctx_, start);
    if (a.np.rejected) {
      resume = a.np.end;
      return std::nullopt;
    }
    if (!a.np.ok) return std::nullopt;
    resume = a.np.end;
    read_prefix_and_suffix(a, floor);

    Candidate c;
    c.begin = a.begin;
    c.end = a.suffix.end;
    c.lo = a.np.value.lo;
    c.hi = a.np.value.hi;
    c.vague = a.np.vague;
    Measure measure = measure_of(a, ctx_);
    const std::optional<Match> between = extend_to_range(a, c, measure, floor);
    if (!classify(c, measure, a.np)) return std::nullopt;
    const Word* qualifier = read_qualifier(c, between, a.np, floor);

    // Model numbers before chip nouns: RTX 4090 GPUs, Ascend 910 chips.
    if (c.unit && c.unit->unit == "chips" && a.np.plain_integer && !qualifier &&
        after_capitalised_name(data_, ctx_, a.begin, floor))
      return std::nullopt;

    if (c.unit) {
      auto lo = multiply(c.lo, c.unit->value);
      auto hi = multiply(c.hi, c.unit->value);
      if (!lo || !hi) return std::nullopt;
      c.lo = *lo;
      c.hi = *hi;
    }
    return c;
  }

  // "$2.5-3 billion", "entre 200 e 300 mil milhões", "100亿至200亿美元": widens `c` to a range
  // when a range word and a second number that agrees with the first follow. Returns the
  // between word that opened the range when it has a tag: it becomes the qualifier.
  std::optional<Match> extend_to_range(Side& a, Candidate& c, Measure& measure, std::size_t floor) const {
    const std::size_t q = skip_spaces(text_, c.end);
    const auto word = match_forward(data_, ctx_, q, bit(Kind::Range));
    if (!word) return std::nullopt;
    const std::size_t r = skip_spaces_back(text_, a.begin, floor);
    const auto opener = match_backward(data_, ctx_, r, floor, [](const Word& w) { return w.kind == Kind::Between; });
    if (word->word->requires_between && !opener) return std::nullopt;
    Side b;
    if (!read_second_side(b, word->end, a)) return std::nullopt;
    const Measure second = measure_of(b, ctx_);
    const auto lo = range_low(a, b, measure, second);
    if (!lo) return std::nullopt;
    c.range = true;
    c.lo = *lo;
    c.hi = b.np.value.hi;
    c.vague = a.np.vague || b.np.vague;
    c.end = b.suffix.end;
    if (measure.currency.empty()) measure.currency = second.currency;
    if (!measure.unit) measure.unit = second.unit;
    measure.money = measure.money || second.money;
    // The first number shares the second's scale words and what they need.
    a.np.needs_currency_or_unit = a.np.needs_currency_or_unit || b.np.needs_currency_or_unit;
    if (!a.np.has_scale && b.np.has_scale) {
      a.np.has_scale = true;
      a.np.largest = b.np.largest;
    }
    a.np.plain_integer = false;
    a.np.lone_digit_word = false;
    if (opener && !opener->word->tag.empty()) return opener;
    return std::nullopt;
  }

  // The number after a range word ending at `at`, with a currency of its own written before it.
  bool read_second_side(Side& b, std::size_t at, const Side& a) const {
    at = skip_spaces(text_, at);
    auto pc = match_forward(data_, ctx_, at, [](const Word& w) {
      return w.kind == Kind::Currency && w.position != Position::After;
    });
    if (pc) {
      b.prefix_currency = pc->word;
      at = skip_spaces(text_, pc->end);
    }
    if (at < text_.size()) b.np = parse_number(data_, ctx_, at);
    if (!b.np.ok || b.np.article_alone) return false;
    b.begin = b.np.begin;
    b.suffix = parse_suffix(data_, ctx_, b.np, b.prefix_currency || a.prefix_unit || a.prefix_currency);
    return true;
  }

  // Makes `c` money or a quantity of `measure`'s unit; false when it is neither worth returning.
  bool classify(Candidate& c, const Measure& measure, const NumberPhrase& np) const {
    // An article stands for one only before a unit that says so ("a gigawatt", not "a dollar").
    if (np.article_alone && (c.range || !measure.unit || !measure.unit->counts_article)) return false;
    if (measure.money) {
      c.money = true;
      c.currency = measure.currency;
    } else if (measure.unit) {
      c.unit = measure.unit;
      if (measure.unit->measure_word && np.lone_digit_word) return false;  // 一股, 一块
      if (measure.unit->unit == "chips" && np.plain_integer && !c.range) {
        const double v = c.lo.to_double();
        if (v >= 1900 && v <= 2100 && np.value.lo.exponent >= 0) return false;  // 2025 AI chips
      }
    } else {
      // No currency and no unit: an amount only with a large scale word and a real count.
      if (!(np.has_scale && compare(np.largest, data_.minimum_bare_scale) >= 0 && np.explicit_count)) return false;
      c.money = true;
    }
    return !(np.needs_currency_or_unit && !measure.money && !measure.unit);
  }

  // The qualifier of `c`: the between word that opened its range, else a qualifier word before
  // it, after it, or inside the number (100多亿). `c` grows over the words taken.
  const Word* read_qualifier(Candidate& c, const std::optional<Match>& between, const NumberPhrase& np,
                             std::size_t floor) const {
    const Word* qualifier = nullptr;
    if (between) {
      qualifier = between->word;
      c.begin = between->begin;
    } else {
      const std::size_t r = skip_spaces_back(text_, c.begin, floor);
      auto m = match_backward(data_, ctx_, r, floor, [](const Word& w) {
        return w.kind == Kind::Qualifier && w.position == Position::Before;
      });
      if (m) {
        qualifier = m->word;
        c.begin = m->begin;
      }
    }
    const std::size_t r = skip_spaces(text_, c.end);
    auto m = match_forward(data_, ctx_, r, [](const Word& w) {
      return w.kind == Kind::Qualifier && w.position == Position::After;
    });
    if (m && (!qualifier || (between && m->word->tag == "between"))) {
      if (!qualifier) qualifier = m->word;
      c.end = m->end;
    }
    if (!qualifier && np.infix) qualifier = np.infix;
    if (qualifier) {
      c.qualifier = qualifier->tag;
      c.approximate = qualifier->approximate;
    }
    if (c.vague) c.approximate = true;
    return qualifier;
  }

  // Whether a dg:PerShareWord stands right after the amount (36.50 dlrs a share, 12 reais por
  // ação, 5元/股) or right before it (每股5美元, 1株あたり500円): a price per share, not a total.
  // The word before may reach back over a number the scanner took already (the 1 of 1株).
  bool is_per_share(const Candidate& c) const {
    auto after = match_forward(data_, ctx_, skip_spaces(text_, c.end), [](const Word& w) {
      return w.kind == Kind::PerShare && w.position == Position::After;
    });
    if (after) return true;
    auto before = match_backward(data_, ctx_, skip_spaces_back(text_, c.begin, 0), 0, [](const Word& w) {
      return w.kind == Kind::PerShare && w.position == Position::Before;
    });
    return before.has_value();
  }

  void emit(const Candidate& c, AmountParser::Found& found) const {
    const std::string as_written(text_.substr(c.begin, c.end - c.begin));
    const bool exact = !c.range && compare(c.lo, c.hi) == 0;
    if (c.money) {
      Amount amount;
      if (exact) {
        amount.value = canonical(c.lo);
      } else {
        amount.min = canonical(c.lo);
        amount.max = canonical(c.hi);
      }
      amount.currency = c.currency;
      amount.as_written = as_written;
      amount.approximate = c.approximate;
      amount.qualifier = c.qualifier;
      amount.byte_begin = c.begin;
      amount.byte_end = c.end;
      amount.per_share = is_per_share(c);
      found.amounts.push_back(std::move(amount));
      return;
    }
    Quantity quantity;
    quantity.value = canonical(c.lo);
    quantity.unit = c.unit->unit;
    quantity.as_written = as_written;
    quantity.approximate = c.approximate || !exact;
    quantity.qualifier = c.qualifier;
    if (quantity.qualifier.empty() && !exact) quantity.qualifier = c.range ? "between" : "several";
    quantity.byte_begin = c.begin;
    quantity.byte_end = c.end;
    found.quantities.push_back(std::move(quantity));
  }

  const Data& data_;
  const Ctx& ctx_;
  std::string_view text_;
};

}  // namespace

AmountParser::Found scan_amounts(const Data& data, const Ctx& ctx) { return Scanner(data, ctx).run(); }

}  // namespace dealgraph::extract::amounts
