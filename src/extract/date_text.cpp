// The sentence as the date finder reads it. See date_text.hpp.
#include "extract/date_text.hpp"

#include <unicode/uchar.h>

#include <utility>

namespace dealgraph::extract::dates {

DateText::DateText(const Data& data, std::string_view text, std::string primary)
    : data_(data), primary_(std::move(primary)) {
  for (std::size_t i = 0; i < text.size();) {
    const Utf8 u = decode_at(text, i);
    cps_.push_back(Cp{fold_cp(u.cp), u.cp, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + u.len)});
    i += u.len;
  }
  n_ = cps_.size();
}

// The folded text ending at `p` (spaces before it skipped) is `s`, as a whole word.
bool DateText::before_is(std::size_t p, const std::u32string& s) const {
  p = skip_sp_back(p);
  if (s.size() > p) return false;
  const std::size_t start = p - s.size();
  for (std::size_t k = 0; k < s.size(); ++k)
    if (cps_[start + k].c != s[k]) return false;
  return !(is_wordish(s.front()) && start > 0 && is_wordish(cps_[start - 1].c));
}

// The folded text from `p` (spaces skipped) starts with `s`, as a whole word.
bool DateText::after_is(std::size_t p, const std::u32string& s) const {
  p = skip_sp(p);
  if (p + s.size() > n_) return false;
  for (std::size_t k = 0; k < s.size(); ++k)
    if (cps_[p + k].c != s[k]) return false;
  const std::size_t end = p + s.size();
  return !(is_wordish(s.back()) && end < n_ && is_wordish(cps_[end].c));
}

std::vector<Hit> DateText::matches(std::size_t i, std::uint32_t kinds) const {
  std::vector<Hit> out;
  std::uint32_t node = 0;
  std::size_t p = i;
  while (p < n_) {
    const char32_t c = cps_[p].c;
    node = data_.trie.step(node, c);
    if (node == Trie::kNone) break;
    ++p;
    if (c == ' ') {
      while (p < n_ && cps_[p].c == ' ') ++p;
      continue;
    }
    const auto& ends = data_.trie.nodes[node].ends;
    if (ends.empty()) continue;
    if (is_wordish(c) && p < n_ && is_wordish(cps_[p].c)) continue;  // inside a word
    for (std::uint32_t id : ends) {
      const Surface& surface = data_.surfaces[id];
      const Word& word = data_.words[surface.word];
      if (!(kinds & bit(word.kind)) || !lang_ok(surface)) continue;
      if (word.case_sensitive && (u_isupper(static_cast<UChar32>(cps_[i].orig)) != 0) != surface.upper_first) continue;
      bool blocked = false;
      for (const auto& s : word.not_preceded_by) blocked = blocked || before_is(i, s);
      for (const auto& s : word.not_followed_by) blocked = blocked || after_is(p, s);
      if (blocked) continue;
      out.push_back(Hit{&word, &surface, p});
    }
  }
  return out;
}

// Digits at `i` (folded, so full-width digits too).
Num DateText::read_digits(std::size_t i) const {
  Num num;
  std::size_t p = i;
  long value = 0;
  while (p < n_ && is_digit(cps_[p].c)) {
    if (value < 100000000) value = value * 10 + (cps_[p].c - '0');
    ++p;
  }
  num.len = static_cast<int>(p - i);
  num.ok = num.len > 0 && num.len <= 8;
  num.value = static_cast<int>(value);
  num.end = p;
  return num;
}

// The Chinese numeral at `i` in the text's language; null when none.
const Numeral* DateText::numeral(std::size_t i) const {
  if (i >= n_) return nullptr;
  const auto it = data_.numerals.find(cps_[i].c);
  if (it == data_.numerals.end()) return nullptr;
  for (const Numeral& numeral : it->second)
    if (numeral.primary.empty() || numeral.primary == primary_) return &numeral;
  return nullptr;
}

// Chinese numerals at `i`: digit by digit (二〇二六), or with 十 (十, 十八, 二十一).
Num DateText::read_numerals(std::size_t i) const {
  Num num;
  num.numerals = true;
  std::vector<const Numeral*> run;
  std::size_t p = i;
  while (const Numeral* n = numeral(p)) {
    run.push_back(n);
    ++p;
  }
  num.end = p;
  if (run.empty() || run.size() > 4) return num;
  int tens_at = -1;
  for (std::size_t k = 0; k < run.size(); ++k)
    if (run[k]->tens) {
      if (tens_at >= 0) return num;
      tens_at = static_cast<int>(k);
    }
  if (tens_at < 0) {
    for (const Numeral* n : run) num.value = num.value * 10 + n->value;
    num.len = static_cast<int>(run.size());
    num.ok = true;
    return num;
  }
  const std::size_t t = static_cast<std::size_t>(tens_at);
  if (t > 1 || run.size() - t > 2) return num;
  const int high = t == 0 ? 1 : run[0]->value;
  const int low = t + 1 < run.size() ? run[t + 1]->value : 0;
  if (high < 1 || (t == 1 && run[0]->value == 0) || (t + 1 < run.size() && low == 0)) return num;
  num.value = high * 10 + low;
  num.ok = true;
  return num;
}

Num DateText::read_number(std::size_t i) const {
  if (i < n_ && is_digit(cps_[i].c)) return read_digits(i);
  return read_numerals(i);
}

// A number may start at `i`: not glued to a letter, a digit or a decimal point before it.
bool DateText::digits_start_ok(std::size_t i) const {
  if (i == 0) return true;
  const char32_t p = cps_[i - 1].c;
  if (is_wordish(p)) return false;
  switch (p) {
    case '$': case '#': case '+': case '@': case U'€': case U'£': case U'¥': case U'₩': case U'₹':
      return false;
    case '.': case ',': case '/': case ':': case '-':  // 3.5, 2,000, 10:30, 1-10月; not 日期:2025-10-09
      return !(i >= 2 && is_digit(cps_[i - 2].c));
    default: return true;
  }
}

// What follows a number at `p` makes it part of something else (3.5, 2,000, 10:30, 3D, 30%).
bool DateText::glued_after(std::size_t p) const {
  if (p >= n_) return false;
  const char32_t c = cps_[p].c;
  if (is_wordish(c) || c == '%') return true;
  if ((c == '.' || c == ',' || c == ':' || c == '/' || c == '-') && p + 1 < n_ && is_digit(cps_[p + 1].c)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------
// What stands around a date.

// A cue (one or two words, or a Chinese word) ends right before `i`.
bool DateText::cue_before(std::size_t i) const {
  std::size_t p = i;
  if (p > 0 && cps_[p - 1].c == '-' && p >= 2 && is_letter(cps_[p - 2].c)) --p;  // mid-2026
  else p = skip_sp_back(p);
  if (p == 0) return false;
  std::vector<std::size_t> starts;
  if (is_han(cps_[p - 1].c)) {
    for (std::size_t k = 1; k <= 3 && k <= p; ++k) starts.push_back(p - k);
  } else {
    std::size_t s1 = p;
    while (s1 > 0 && (is_letter(cps_[s1 - 1].c) || cps_[s1 - 1].c == '\'')) --s1;
    if (s1 == p) return false;
    starts.push_back(s1);
    std::size_t s2 = skip_sp_back(s1);
    if (s2 < s1) {
      const std::size_t e2 = s2;
      while (s2 > 0 && (is_letter(cps_[s2 - 1].c) || cps_[s2 - 1].c == '\'')) --s2;
      if (s2 < e2) starts.push_back(s2);
    }
  }
  for (std::size_t s : starts) {
    if (!word_start(s)) continue;
    for (const Hit& h : matches(s, bit(Kind::Cue)))
      if (h.end == p) return true;
  }
  return false;
}

// A quarter, half or fiscal word among the three words before `i` (third quarter of 2025).
bool DateText::period_before(std::size_t i) const {
  std::size_t p = i;
  for (int words = 0; words < 3; ++words) {
    while (p > 0 && !is_wordish(cps_[p - 1].c) && !is_han(cps_[p - 1].c)) --p;
    const std::size_t end = p;
    while (p > 0 && (is_wordish(cps_[p - 1].c) || cps_[p - 1].c == '\'')) --p;
    if (p == end) return false;
    for (const Hit& h : matches(p, bit(Kind::Period)))
      if (h.end == end) return true;
  }
  return false;
}

// A quarter or half right after a Chinese year (2026年第一季度, 今年上半年).
bool DateText::period_after(std::size_t k) const {
  for (std::size_t s = k; s < n_ && s < k + 4; ++s) {
    if (cps_[s].c == ' ' || (!is_han(cps_[s].c) && !is_wordish(cps_[s].c))) break;
    if (!matches(s, bit(Kind::Period)).empty()) return true;
  }
  return false;
}

// A count word right after the number ending at `k` (2000 GPUs): the number is no year.
bool DateText::count_after(std::size_t k) const {
  const std::size_t p = skip_sp(k);
  return !matches(p, bit(Kind::Count)).empty();
}

// A year range follows the year that ends at `k` (2025-2030, 2025 a 2030, 2025年至2030年).
// On true, `next` is past the second year.
bool DateText::range_after(std::size_t k, std::size_t& next) const {
  const std::size_t p = skip_sp(k);
  const auto range = longest(p, bit(Kind::Range), [&](const Hit& h) {
    return !is_letter(cps_[p].c) || (p > k && h.end < n_ && cps_[h.end].c == ' ');
  });
  if (!range) return false;
  const std::size_t q = skip_sp(range->end);
  if (q >= n_ || !is_digit(cps_[q].c)) return false;
  const Num b = read_digits(q);
  const char32_t sign = cps_[p].c;
  if (!(b.len == 4 || (b.len == 2 && (sign == '-' || sign == '/' || sign == 0x2013)))) return false;
  if (b.end < n_ && is_digit(cps_[b.end].c)) return false;
  next = b.end;
  const auto marker = longest(skip_sp(b.end), bit(Kind::Marker), [](const Hit& h) { return h.word->unit == Unit::Year; });
  if (marker) next = marker->end;
  return true;
}

// Only punctuation and connectors between `a` and `b`: a weekday and the date it names
// (Tuesday, Sept 30; 周六（4月18日）).
bool DateText::small_gap(std::size_t a, std::size_t b) const {
  if (b < a || b - a > 12) return false;
  std::size_t p = a;
  while (p < b) {
    const char32_t c = cps_[p].c;
    if (!is_wordish(c) && !is_han(c)) {
      ++p;
      continue;
    }
    const auto connector = longest(p, bit(Kind::Connector), [&](const Hit& h) { return h.end <= b; });
    if (!connector || !word_start(p)) return false;
    p = connector->end;
  }
  return true;
}

// A 月 right before `i`: a day after a month whose number was not read (x9月22日) is no date.
bool DateText::month_marker_before(std::size_t i) const {
  if (i == 0) return false;
  for (const Hit& h : matches(i - 1, bit(Kind::Marker)))
    if (h.end == i && h.word->unit == Unit::Month) return true;
  return false;
}

// ---------------------------------------------------------------------------------------
// Parts of dates.

// A Chinese month and optional day at `k`: 4月, 4月18日, 四月十八日, 10 月 21 号.
bool DateText::read_zh_month_day(std::size_t k, int& month, int& day, std::size_t& end) const {
  const std::size_t p = skip_sp(k);
  const Num m = read_number(p);
  if (!m.ok || m.value < 1 || m.value > 12 || (!m.numerals && m.len > 2)) return false;
  const auto marker = longest(m.numerals ? m.end : skip_sp(m.end), bit(Kind::Marker),
                              [](const Hit& h) { return h.word->unit == Unit::Month; });
  if (!marker) return false;
  month = m.value;
  day = 0;
  end = marker->end;
  const std::size_t q = m.numerals ? marker->end : skip_sp(marker->end);
  const Num d = read_number(q);
  if (d.ok && d.value >= 1 && d.value <= 31 && (d.numerals || d.len <= 2)) {
    const auto day_marker = longest(d.numerals ? d.end : skip_sp(d.end), bit(Kind::Marker),
                                    [](const Hit& h) { return h.word->unit == Unit::Day; });
    if (day_marker) {
      day = d.value;
      end = day_marker->end;
    }
  }
  return true;
}

// The year after a month at `e`: [,] [connector] yyyy. Needs a space or comma before it.
bool DateText::read_year_after(std::size_t e, int& year, std::size_t& end) const {
  std::size_t p = skip_sp(e);
  bool separated = p > e;
  if (at(p) == ',') {
    p = skip_sp(p + 1);
    separated = true;
  }
  if (!separated) return false;
  if (const auto connector = longest(p, bit(Kind::Connector))) p = skip_sp(connector->end);
  if (!is_digit(at(p))) return false;
  const Num y = read_digits(p);
  if (y.len != 4 || !valid_year(y.value) || glued_after(y.end) || count_after(y.end)) return false;
  year = y.value;
  end = y.end;
  return true;
}

// A relative year after a month at `e`: do ano passado, del año pasado, last year, de l'année dernière.
bool DateText::relative_year_after(std::size_t e, int& offset, std::size_t& end) const {
  std::size_t p = skip_sp(e);
  if (p == e) return false;
  if (at(p) == ',') p = skip_sp(p + 1);
  if (const auto connector = longest(p, bit(Kind::Connector))) p = skip_sp(connector->end);
  if (at(p) == 'l' && at(p + 1) == '\'') p += 2;
  const auto year = longest(p, bit(Kind::RelYear));
  if (!year) return false;
  offset = year->word->value;
  end = year->end;
  return true;
}

// A shift word written after a name (lundi dernier, outubro passado).
std::optional<Hit> DateText::shift_after(std::size_t e) const {
  const std::size_t p = skip_sp(e);
  if (p == e && e > 0 && is_letter(cps_[e - 1].c)) return std::nullopt;
  return longest(p, bit(Kind::Shift), [](const Hit& h) { return h.word->shift_after; });
}

}  // namespace dealgraph::extract::dates
