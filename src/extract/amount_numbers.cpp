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

// ---------------------------------------------------------------------------------------
// Digits.

// The digits at `pos` in groups, with the separators between them.
struct DigitGroups {
  std::vector<std::string> groups = std::vector<std::string>(1);
  std::vector<char32_t> seps;  // '.', ',' or ' ' (any group space)
  std::size_t end = 0;
};

bool is_group_space(char32_t c, const NumberFormat& format) {
  if (c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007) return true;
  return c == ' ' && format.groups_with(' ');
}

// "10 000": a space groups digits only after a first group of one to three digits and other
// spaces, and before exactly three digits (at `next`).
bool space_groups(const DigitGroups& read, std::string_view text, std::size_t next) {
  const bool only_spaces = std::all_of(read.seps.begin(), read.seps.end(), [](char32_t s) { return s == ' '; });
  if (!only_spaces || read.groups.front().size() > 3) return false;
  std::size_t q = next, count = 0;
  while (q < text.size()) {
    const Utf8 v = decode_at(text, q);
    if (digit_value(v.cp) < 0) break;
    ++count;
    q += v.len;
  }
  return count == 3;
}

// A separator counts only with a digit right after it.
DigitGroups read_digit_groups(std::string_view text, const NumberFormat& format, std::size_t pos) {
  DigitGroups read;
  std::size_t p = pos;
  while (p < text.size()) {
    const Utf8 u = decode_at(text, p);
    const int d = digit_value(u.cp);
    if (d >= 0) {
      read.groups.back().push_back(static_cast<char>('0' + d));
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
    if (sep == ' ' && !space_groups(read, text, next)) break;
    read.seps.push_back(sep);
    read.groups.emplace_back();
    p = next;
  }
  read.end = p;
  return read;
}

// Which separator is the decimal point: its index in `seps`, -1 for none; nullopt when the
// separators make no number ("1,5 000", 1.2.3,4).
std::optional<int> decimal_point(const DigitGroups& read, const NumberFormat& format) {
  const auto& seps = read.seps;
  const auto& groups = read.groups;
  int decimal_at = -1;
  std::vector<int> marks;
  for (int i = 0; i < static_cast<int>(seps.size()); ++i)
    if (seps[i] != ' ') marks.push_back(i);
  if (marks.empty()) return decimal_at;
  const char32_t last = seps[marks.back()];
  const bool mixed = std::any_of(marks.begin(), marks.end(), [&](int i) { return seps[i] != last; });
  const auto count_last = std::count_if(marks.begin(), marks.end(), [&](int i) { return seps[i] == last; });
  if (mixed) {
    if (count_last != 1) return std::nullopt;
    decimal_at = marks.back();
  } else if (marks.size() == 1) {
    // One mark: a group separator only where the language groups with it and it could group.
    const int i = marks.front();
    const std::size_t after = groups[i + 1].size();
    const bool could_group = after == 3 && groups[0].size() <= 3 && groups[0] != "0" &&
                             std::all_of(groups.begin() + 1, groups.begin() + i + 1,
                                         [](const std::string& g) { return g.size() == 3; });
    if (!(could_group && format.groups_with(last))) decimal_at = i;
  }
  if (decimal_at >= 0 && decimal_at != static_cast<int>(seps.size()) - 1) return std::nullopt;
  return decimal_at;
}

}  // namespace

DigitRun parse_digits(const Ctx& ctx, std::size_t pos) {
  const DigitGroups read = read_digit_groups(ctx.text, *ctx.format, pos);
  DigitRun run;
  run.end = read.end;
  run.separators = !read.seps.empty();
  const auto decimal_at = decimal_point(read, *ctx.format);
  if (!decimal_at) return run;
  const auto& groups = read.groups;
  // Group separators need groups of three after a first group of one to three digits.
  const int int_groups = *decimal_at >= 0 ? *decimal_at + 1 : static_cast<int>(groups.size());
  if (int_groups > 1) {
    if (groups[0].empty() || groups[0].size() > 3) return run;
    for (int g = 1; g < int_groups; ++g)
      if (groups[g].size() != 3) return run;
  }
  std::string digits;
  for (int g = 0; g < int_groups; ++g) digits += groups[g];
  std::string fraction = *decimal_at >= 0 ? groups.back() : std::string();
  auto value = parse_decimal(fraction.empty() ? digits : digits + "." + fraction);
  if (!value) return run;
  run.value = *value;
  run.ok = true;
  return run;
}

// ---------------------------------------------------------------------------------------
// Numbers: counts times multipliers times scale words.

namespace {

// Reads one number token by token. What was read so far is the sum of `total_` (everything up
// to the last scale word), `section_` (multiplied counts since then: 五千 in 一亿五千万) and
// `current_` (a count not multiplied yet).
class NumberReader {
 public:
  NumberReader(const Data& data, const Ctx& ctx, std::size_t start)
      : data_(data), ctx_(ctx), text_(ctx.text), start_(start), p_(start), commit_end_(start) {
    np_.begin = start;
  }

  NumberPhrase read() {
    for (;;) {
      bool spaced = false;
      const std::size_t q = tokens_ > 0 ? next_token(spaced) : p_;
      if (q >= text_.size()) break;
      if (digit_value(decode_at(text_, q).cp) >= 0) {
        const Step step = take_digits(q, spaced);
        if (step == Step::Rejected) return np_;
        if (step == Step::Stop) break;
        continue;
      }
      const auto m = match_forward(data_, ctx_, q, kAllKinds);
      if (!m) break;
      const auto end = take_word(*m, spaced);
      if (!end) break;
      p_ = *end;
      ++tokens_;
    }
    return finish();
  }

 private:
  enum class Step { Taken, Stop, Rejected };
  enum class Last { None, Count, Multiplier, Scale };

  // Where the token after the last one starts; `spaced` when something stands between them.
  std::size_t next_token(bool& spaced) const {
    std::size_t q = p_;
    const std::size_t r = skip_spaces(text_, q);
    spaced = r != q;
    q = r;
    // "twenty-five", "5-billion"
    if (q < text_.size()) {
      const Utf8 dash = decode_at(text_, q);
      if ((dash.cp == '-' || dash.cp == 0x2010 || dash.cp == 0x2011) && q + dash.len < text_.size() &&
          is_letter_cp(decode_at(text_, q + dash.len).cp)) {
        q += dash.len;
        spaced = true;
      }
    }
    // "hundreds of millions", "centenas de milhões", "miles de millones"
    if (last_plural_) {
      if (auto c = match_forward(data_, ctx_, q, bit(Kind::Connector))) {
        const std::size_t r2 = skip_spaces(text_, c->end);
        if (match_forward(data_, ctx_, r2, bit(Kind::Scale) | bit(Kind::Multiplier))) {
          q = r2;
          spaced = true;
        }
      }
    }
    return q;
  }

  Step take_digits(std::size_t q, bool spaced) {
    if (current_ || (tokens_ > 0 && spaced)) return Step::Stop;
    if (tokens_ > 0 && q > 0 && is_word_cp(decode_before(text_, q).cp)) return Step::Stop;
    const DigitRun run = parse_digits(ctx_, q);
    if (!run.ok) {
      if (tokens_ > 0) return Step::Stop;
      np_.rejected = true;
      np_.end = run.end;
      return Step::Rejected;
    }
    current_ = Interval{run.value, run.value};
    np_.has_digits = true;
    np_.explicit_count = true;
    if (run.separators) only_plain_digits_ = false;
    last_ = Last::Count;
    last_number_ = nullptr;
    last_plural_ = false;
    p_ = run.end;
    ++tokens_;
    ++counts_;
    return Step::Taken;
  }

  // Takes the vocabulary word `m` into the number: the end of what was taken, or nullopt when
  // the number ends before the word.
  std::optional<std::size_t> take_word(const Match& m, bool spaced) {
    const Word& w = *m.word;
    std::optional<std::size_t> end;
    switch (w.kind) {
      case Kind::Number:
        if (take_number_word(w, spaced)) end = m.end;
        break;
      case Kind::Vague:
        if (take_vague_word(w, spaced)) end = m.end;
        break;
      case Kind::DecimalPoint:
        end = take_chinese_fraction(m, spaced);
        break;
      case Kind::Multiplier:
        if (take_multiplier(w, spaced)) end = m.end;
        break;
      case Kind::Scale:
        if (take_scale(m, spaced)) end = m.end;
        break;
      case Kind::Qualifier:
        if (take_infix(w, spaced)) end = m.end;
        break;
      default:
        break;
    }
    if (end && (w.kind == Kind::Number || w.kind == Kind::Vague)) {
      last_ = Last::Count;
      last_number_ = w.kind == Kind::Number ? &w : nullptr;
      last_plural_ = false;
      ++counts_;
    }
    return end;
  }

  bool take_number_word(const Word& w, bool spaced) {
    if (current_) return extend_count(w, spaced);
    if (tokens_ > 0 && spaced && last_ == Last::Scale) return false;
    current_ = Interval{w.value, w.value};
    if (w.article) np_.article = true;
    else np_.explicit_count = true;
    return true;
  }

  // 20, 30, ... 90 written as one word: what a unit word may follow (twenty-five).
  static bool is_tens_word(const Word& w) {
    return !w.digit && compare(w.value, Decimal{20, 0}) >= 0 && compare(w.value, Decimal{90, 0}) <= 0 &&
           canonical(w.value).exponent >= 1;
  }

  // A number word right after the count being read: its next digit or its units.
  bool extend_count(const Word& w, bool spaced) {
    const bool exact = compare(current_->lo, current_->hi) == 0;
    if (last_number_ && last_number_->digit && w.digit && !spaced && exact && current_->lo.exponent >= 0) {
      // Chinese digits one after another: 二〇二五, 一百零五
      auto v = multiply(*current_, Decimal{10, 0});
      if (v) v = add(*v, Interval{w.value, w.value});
      if (!v) return false;
      current_ = *v;
      return true;
    }
    if (last_number_ && is_tens_word(*last_number_) && !w.digit && exact && spaced &&
        compare(w.value, Decimal{1, 0}) >= 0 && compare(w.value, Decimal{9, 0}) <= 0 && !w.article) {
      // twenty-five, twenty five
      auto v = add(*current_, Interval{w.value, w.value});
      if (!v) return false;
      current_ = *v;
      return true;
    }
    return false;
  }

  bool take_vague_word(const Word& w, bool spaced) {
    if (current_ || (tokens_ > 0 && spaced && last_ == Last::Scale)) return false;
    current_ = Interval{w.min, w.max};
    np_.vague = true;
    np_.explicit_count = true;
    return true;
  }

  // 三点五: a point between Chinese digits. Returns the end of the fraction's digits.
  std::optional<std::size_t> take_chinese_fraction(const Match& point, bool spaced) {
    if (!current_ || !last_number_ || !last_number_->digit || spaced) return std::nullopt;
    std::string fraction;
    std::size_t r = point.end;
    while (auto d = match_forward(data_, ctx_, r, bit(Kind::Number))) {
      if (!d->word->digit || d->word->value.exponent != 0 || d->word->value.units > 9) break;
      fraction.push_back(static_cast<char>('0' + d->word->value.units));
      r = d->end;
    }
    if (fraction.empty()) return std::nullopt;
    auto f = parse_decimal("0." + fraction);
    if (!f) return std::nullopt;
    auto v = add(*current_, Interval{*f, *f});
    if (!v) return std::nullopt;
    current_ = *v;
    return r;
  }

  Interval plural() const { return Interval{data_.plural_min, data_.plural_max}; }

  // 十 百 千, hundred: multiplies the count before it into the current section.
  bool take_multiplier(const Word& w, bool spaced) {
    if (last_ == Last::Multiplier && !current_) return false;  // 千百
    if (tokens_ > 0 && spaced && last_ == Last::Scale) return false;
    Interval head;
    if (current_) head = *current_;
    else if (w.plural) { head = plural(); np_.vague = true; }
    else if (w.stands_alone) head = kOne;
    else return false;
    auto part = multiply(head, w.value);
    if (!part) return false;
    auto sum = add(section_, *part);
    if (!sum) return false;
    section_ = *sum;
    have_section_ = true;
    current_.reset();
    last_ = Last::Multiplier;
    last_plural_ = w.plural;
    np_.has_scale = true;
    return true;
  }

  // 万 亿, million, Milliarden: multiplies everything before it when it is the largest so far,
  // else adds its own section (一亿五千万).
  bool take_scale(const Match& m, bool spaced) {
    const Word& w = *m.word;
    if (w.adjacent_only && (spaced || tokens_ == 0)) return false;
    std::optional<Interval> head;
    bool vague_head = false;
    if (current_ || have_section_) {
      auto h = add(section_, current_.value_or(kZero));
      if (!h) return false;
      head = *h;
    } else if (!have_total_) {
      if (w.plural) { head = plural(); vague_head = true; }
      else if (w.stands_alone) head = kOne;
      else return false;
    }
    if (compare(w.value, np_.largest) > 0) {
      auto base = add(total_, head.value_or(kZero));
      if (!base) return false;
      auto t = multiply(*base, w.value);
      if (!t) return false;
      if (head) {
        np_.factor = w.value;
      } else {
        auto f = multiply(np_.factor, w.value);
        if (!f) return false;
        np_.factor = *f;
      }
      total_ = *t;
      np_.largest = w.value;
    } else {
      if (!head || spaced) return false;  // 一亿五千万 adds a section; nothing else does
      auto part = multiply(*head, w.value);
      if (!part) return false;
      auto t = add(total_, *part);
      if (!t) return false;
      total_ = *t;
    }
    if (vague_head) np_.vague = true;
    have_total_ = true;
    section_ = kZero;
    have_section_ = false;
    current_.reset();
    commit_end_ = m.end;
    commit_total_ = total_;
    last_ = Last::Scale;
    last_plural_ = w.plural;
    np_.has_scale = true;
    if (w.needs_currency_or_unit) np_.needs_currency_or_unit = true;
    return true;
  }

  // 100多亿, 300余万
  bool take_infix(const Word& w, bool spaced) {
    if (w.position != Position::Infix || !(current_ || have_section_) || spaced || np_.infix) return false;
    np_.infix = &w;
    return true;
  }

  NumberPhrase finish() {
    if (tokens_ == 0) return np_;
    Interval value;
    std::size_t end = p_;
    if (have_total_) {
      // A count after the last scale word that no scale word follows is not part of this
      // number (5 billion 2025; 万一).
      if (current_ || have_section_) end = commit_end_;
      value = commit_total_;
    } else {
      auto v = add(section_, current_.value_or(kZero));
      if (!v) return np_;
      value = *v;
    }
    np_.article_alone = np_.article && !np_.has_scale;
    if (np_.vague && !np_.has_scale) return np_;  // "several" alone
    if (!np_.explicit_count && !np_.article && !np_.has_scale) return np_;
    np_.value = value;
    np_.end = end;
    np_.plain_integer = np_.has_digits && only_plain_digits_ && !np_.has_scale && tokens_ == 1;
    np_.lone_digit_word = !np_.has_digits && !np_.has_scale && counts_ == 1 && last_number_ && last_number_->digit;
    np_.ok = end > start_;
    return np_;
  }

  static constexpr Interval kZero{};
  static constexpr Interval kOne{Decimal{1, 0}, Decimal{1, 0}};

  const Data& data_;
  const Ctx& ctx_;
  const std::string_view text_;
  const std::size_t start_;
  NumberPhrase np_;
  Interval total_, section_;
  bool have_total_ = false, have_section_ = false;
  std::optional<Interval> current_;
  Last last_ = Last::None;
  bool last_plural_ = false;
  const Word* last_number_ = nullptr;  // the last count, when it was a number word
  std::size_t p_;           // end of the last token taken
  std::size_t commit_end_;  // end of the last scale word
  Interval commit_total_;   // the total at that scale word
  int tokens_ = 0, counts_ = 0;
  bool only_plain_digits_ = true;
};

}  // namespace

NumberPhrase parse_number(const Data& data, const Ctx& ctx, std::size_t start) {
  return NumberReader(data, ctx, start).read();
}

}  // namespace dealgraph::extract::amounts
