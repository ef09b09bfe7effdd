// Numbers for the amount parser: runs of digits (parse_digits) and whole numbers of digits,
// numerals, number words, multipliers and scale words (parse_number). See amount_numbers.hpp.
#include "extract/amount_numbers.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealgraph::extract::amounts {
namespace {

bool is_group_space(char32_t c, const NumberFormat& format) {
  if (c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007) return true;
  return c == ' ' && format.groups_with(' ');
}

}  // namespace

// Digits with group and decimal separators, read as the language writes them. Not ok (and
// `end` past the whole token) for things that are no number: 21.10.2025, 1.2.3.
DigitRun parse_digits(const Ctx& ctx, std::size_t pos) {
  const std::string_view text = ctx.text;
  const NumberFormat& format = *ctx.format;
  std::vector<std::string> groups(1);
  std::vector<char32_t> seps;  // '.', ',' or ' ' (any group space)
  std::size_t p = pos;
  while (p < text.size()) {
    const Utf8 u = decode_at(text, p);
    const int d = digit_value(u.cp);
    if (d >= 0) {
      groups.back().push_back(static_cast<char>('0' + d));
      p += u.len;
      continue;
    }
    char32_t sep = 0;
    if (u.cp == '.' || u.cp == 0xFF0E) sep = '.';
    else if (u.cp == ',') sep = ',';
    else if (is_group_space(u.cp, format)) sep = ' ';
    if (!sep) break;
    const std::size_t next = p + u.len;
    if (next >= text.size() || digit_value(decode_at(text, next).cp) < 0) break;
    if (sep == ' ') {
      // "10 000": only after a first group of one to three digits, before exactly three.
      const bool only_spaces = std::all_of(seps.begin(), seps.end(), [](char32_t s) { return s == ' '; });
      if (!only_spaces || groups.front().size() > 3) break;
      std::size_t q = next, count = 0;
      while (q < text.size()) {
        const Utf8 v = decode_at(text, q);
        if (digit_value(v.cp) < 0) break;
        ++count;
        q += v.len;
      }
      if (count != 3) break;
    }
    seps.push_back(sep);
    groups.emplace_back();
    p = next;
  }
  DigitRun run;
  run.end = p;
  run.separators = !seps.empty();

  // Which separator, if any, is the decimal point.
  int decimal_at = -1;  // index into seps
  std::vector<int> marks;
  for (int i = 0; i < static_cast<int>(seps.size()); ++i)
    if (seps[i] != ' ') marks.push_back(i);
  if (!marks.empty()) {
    const char32_t last = seps[marks.back()];
    const bool mixed = std::any_of(marks.begin(), marks.end(), [&](int i) { return seps[i] != last; });
    const auto count_last = std::count_if(marks.begin(), marks.end(), [&](int i) { return seps[i] == last; });
    if (mixed) {
      if (count_last != 1) return run;
      decimal_at = marks.back();
    } else if (marks.size() == 1) {
      const int i = marks.front();
      const std::size_t after = groups[i + 1].size();
      std::string before;
      for (int g = 0; g <= i; ++g) before += groups[g];
      const bool could_group = after == 3 && groups[0].size() <= 3 && groups[0] != "0" &&
                               std::all_of(groups.begin() + 1, groups.begin() + i + 1,
                                           [](const std::string& g) { return g.size() == 3; });
      if (!(could_group && format.groups_with(last))) decimal_at = i;
    }
    if (decimal_at >= 0 && decimal_at != static_cast<int>(seps.size()) - 1) return run;  // "1,5 000"
  }
  // Group separators need groups of three after a first group of one to three digits.
  const int int_groups = decimal_at >= 0 ? decimal_at + 1 : static_cast<int>(groups.size());
  if (int_groups > 1) {
    if (groups[0].empty() || groups[0].size() > 3) return run;
    for (int g = 1; g < int_groups; ++g)
      if (groups[g].size() != 3) return run;
  }
  std::string digits;
  for (int g = 0; g < int_groups; ++g) digits += groups[g];
  std::string fraction = decimal_at >= 0 ? groups.back() : std::string();
  auto value = parse_decimal(fraction.empty() ? digits : digits + "." + fraction);
  if (!value) return run;
  run.value = *value;
  run.ok = true;
  return run;
}

// ---------------------------------------------------------------------------------------
// Numbers: counts times multipliers times scale words.

NumberPhrase parse_number(const Data& data, const Ctx& ctx, std::size_t start) {
  const std::string_view text = ctx.text;
  NumberPhrase np;
  np.begin = start;
  const Interval zero{};
  const Interval one{Decimal{1, 0}, Decimal{1, 0}};
  const Interval plural{data.plural_min, data.plural_max};
  Interval total, section;
  bool have_total = false, have_section = false;
  std::optional<Interval> current;
  enum class Last { None, Count, Multiplier, Scale } last = Last::None;
  bool last_plural = false;
  const Word* last_number = nullptr;
  std::size_t p = start, commit_end = start;
  Interval commit_total;
  int tokens = 0, counts = 0;
  bool only_plain_digits = true;

  for (;;) {
    std::size_t q = p;
    bool spaced = false;
    if (tokens > 0) {
      const std::size_t r = skip_spaces(text, q);
      spaced = r != q;
      q = r;
      // "twenty-five", "5-billion"
      if (q < text.size()) {
        const Utf8 dash = decode_at(text, q);
        if ((dash.cp == '-' || dash.cp == 0x2010 || dash.cp == 0x2011) && q + dash.len < text.size() &&
            is_letter_cp(decode_at(text, q + dash.len).cp)) {
          q += dash.len;
          spaced = true;
        }
      }
      // "hundreds of millions", "centenas de milhões", "miles de millones"
      if (last_plural) {
        if (auto c = match_forward(data, ctx, q, bit(Kind::Connector))) {
          const std::size_t r2 = skip_spaces(text, c->end);
          if (match_forward(data, ctx, r2, bit(Kind::Scale) | bit(Kind::Multiplier))) {
            q = r2;
            spaced = true;
          }
        }
      }
    }
    if (q >= text.size()) break;
    const Utf8 u = decode_at(text, q);
    if (digit_value(u.cp) >= 0) {
      if (current || (tokens > 0 && spaced)) break;
      if (tokens > 0 && q > 0 && is_word_cp(decode_before(text, q).cp)) break;
      const DigitRun run = parse_digits(ctx, q);
      if (!run.ok) {
        if (tokens == 0) {
          np.rejected = true;
          np.end = run.end;
          return np;
        }
        break;
      }
      current = Interval{run.value, run.value};
      np.has_digits = true;
      np.explicit_count = true;
      if (run.separators) only_plain_digits = false;
      last = Last::Count;
      last_number = nullptr;
      last_plural = false;
      p = run.end;
      ++tokens;
      ++counts;
      continue;
    }
    auto m = match_forward(data, ctx, q, kAllKinds);
    if (!m) break;
    const Word& w = *m->word;
    std::size_t next = m->end;
    bool take = false;
    switch (w.kind) {
      case Kind::Number: {
        if (current) {
          const bool exact = compare(current->lo, current->hi) == 0;
          if (last_number && last_number->digit && w.digit && !spaced && exact && current->lo.exponent >= 0) {
            // Chinese digits one after another: 二〇二五, 一百零五
            auto v = multiply(*current, Decimal{10, 0});
            if (v) v = add(*v, Interval{w.value, w.value});
            if (!v) break;
            current = *v;
            take = true;
          } else if (last_number && !last_number->digit && !w.digit && exact && spaced &&
                     compare(last_number->value, Decimal{20, 0}) >= 0 &&
                     compare(last_number->value, Decimal{90, 0}) <= 0 && canonical(last_number->value).exponent >= 1 &&
                     compare(w.value, Decimal{1, 0}) >= 0 && compare(w.value, Decimal{9, 0}) <= 0 && !w.article) {
            // twenty-five, twenty five
            auto v = add(*current, Interval{w.value, w.value});
            if (!v) break;
            current = *v;
            take = true;
          }
          break;
        }
        if (tokens > 0 && spaced && last == Last::Scale) break;
        current = Interval{w.value, w.value};
        if (w.article) np.article = true;
        else np.explicit_count = true;
        take = true;
        break;
      }
      case Kind::Vague:
        if (current || (tokens > 0 && spaced && last == Last::Scale)) break;
        current = Interval{w.min, w.max};
        np.vague = true;
        np.explicit_count = true;
        take = true;
        break;
      case Kind::DecimalPoint: {
        // 三点五: a point between Chinese digits
        if (!current || !last_number || !last_number->digit || spaced) break;
        std::string fraction;
        std::size_t r = m->end;
        while (auto d = match_forward(data, ctx, r, bit(Kind::Number))) {
          if (!d->word->digit || d->word->value.exponent != 0 || d->word->value.units > 9) break;
          fraction.push_back(static_cast<char>('0' + d->word->value.units));
          r = d->end;
        }
        if (fraction.empty()) break;
        auto f = parse_decimal("0." + fraction);
        if (!f) break;
        auto v = add(*current, Interval{*f, *f});
        if (!v) break;
        current = *v;
        next = r;
        take = true;
        break;
      }
      case Kind::Multiplier: {
        if (last == Last::Multiplier && !current) break;  // 千百
        if (tokens > 0 && spaced && last == Last::Scale) break;
        Interval head;
        if (current) head = *current;
        else if (w.plural) { head = plural; np.vague = true; }
        else if (w.stands_alone) head = one;
        else break;
        auto part = multiply(head, w.value);
        if (!part) break;
        auto sum = add(section, *part);
        if (!sum) break;
        section = *sum;
        have_section = true;
        current.reset();
        last = Last::Multiplier;
        last_plural = w.plural;
        np.has_scale = true;
        take = true;
        break;
      }
      case Kind::Scale: {
        if (w.adjacent_only && (spaced || tokens == 0)) break;
        std::optional<Interval> head;
        bool vague_head = false;
        if (current || have_section) {
          auto h = add(section, current.value_or(zero));
          if (!h) break;
          head = *h;
        } else if (!have_total) {
          if (w.plural) { head = plural; vague_head = true; }
          else if (w.stands_alone) head = one;
          else break;
        }
        if (compare(w.value, np.largest) > 0) {
          auto base = add(total, head.value_or(zero));
          if (!base) break;
          auto t = multiply(*base, w.value);
          if (!t) break;
          if (head) {
            np.factor = w.value;
          } else {
            auto f = multiply(np.factor, w.value);
            if (!f) break;
            np.factor = *f;
          }
          total = *t;
          np.largest = w.value;
        } else {
          if (!head || spaced) break;  // 一亿五千万 adds a section; nothing else does
          auto part = multiply(*head, w.value);
          if (!part) break;
          auto t = add(total, *part);
          if (!t) break;
          total = *t;
        }
        if (vague_head) np.vague = true;
        have_total = true;
        section = zero;
        have_section = false;
        current.reset();
        commit_end = m->end;
        commit_total = total;
        last = Last::Scale;
        last_plural = w.plural;
        np.has_scale = true;
        if (w.needs_currency_or_unit) np.needs_currency_or_unit = true;
        take = true;
        break;
      }
      case Kind::Qualifier:
        // 100多亿, 300余万
        if (w.position == Position::Infix && (current || have_section) && !spaced && !np.infix) {
          np.infix = &w;
          take = true;
        }
        break;
      default:
        break;
    }
    if (!take) break;
    if (w.kind == Kind::Number) {
      last = Last::Count;
      last_number = &w;
      last_plural = false;
      ++counts;
    } else if (w.kind == Kind::Vague) {
      last = Last::Count;
      last_number = nullptr;
      last_plural = false;
      ++counts;
    }
    p = next;
    ++tokens;
  }

  if (tokens == 0) return np;
  Interval value;
  if (have_total) {
    if (current || have_section) {
      // A count after the last scale word that no scale word follows is not part of this
      // number (5 billion 2025; 万一).
      p = commit_end;
    }
    value = commit_total;
  } else {
    auto v = add(section, current.value_or(zero));
    if (!v) return np;
    value = *v;
  }
  if (np.article && !np.has_scale) return np;
  if (np.vague && !np.has_scale) return np;  // "several" alone
  if (!np.explicit_count && !np.article && !np.has_scale) return np;
  np.value = value;
  np.end = p;
  np.plain_integer = np.has_digits && only_plain_digits && !np.has_scale && tokens == 1;
  np.lone_digit_word = !np.has_digits && !np.has_scale && counts == 1 && last_number && last_number->digit;
  np.ok = p > start;
  return np;
}

}  // namespace dealgraph::extract::amounts
