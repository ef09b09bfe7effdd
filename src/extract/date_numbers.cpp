// Dates that start with a number: 2025-10-01, 01.10.2025, 2026年4月18日, 四月十八日, 18日,
// 30 September 2025, 15 de março, em 2026. See date_scanner.hpp.
#include "extract/date_scanner.hpp"

#include <utility>

namespace dealgraph::extract::dates {

bool DateScanner::try_digits(std::size_t i, std::size_t& next) {
  const Num a = text_.read_digits(i);
  next = a.end;
  if (!a.ok) return true;
  const std::size_t j = a.end;
  if (!text_.digits_start_ok(i)) {
    // Chinese runs Latin letters and digits together (OpenAI9月22日): a year or month still counts.
    if (i > 0 && is_letter(text_[i - 1].c)) {
      const auto marker = text_.longest(text_.skip_sp(j), bit(Kind::Marker));
      if (marker && marker->word->unit != Unit::Day) return chinese(i, a, *marker, next);
    }
    return true;
  }
  const char32_t sep = text_.at(j);
  const bool date_sep = sep == '-' || sep == '/' || sep == '.';
  if (a.len == 4 && date_sep && is_digit(text_.at(j + 1))) {
    year_first_digits(i, a, sep, next);
    return true;
  }
  if (a.len <= 2 && date_sep && is_digit(text_.at(j + 1))) {
    day_first_digits(i, a, sep, next);
    return true;
  }

  // Chinese: 2026年..., 4月..., 18日.
  if (const auto marker = text_.longest(text_.skip_sp(j), bit(Kind::Marker))) return chinese(i, a, *marker, next);

  // 30 September 2025, 15 de março de 2026, 4. November, 1er mars, 30th of September.
  if (a.len <= 2 && a.value >= 1 && a.value <= 31) {
    if (day_first(i, a, next)) return true;
  }
  if (a.len == 4) year_alone(i, a, next);
  return true;
}

// 2025-10-01, 2025/10/01, 2025.10.01, from the year `a` and the separator after it; 2025-2030
// and 2025/26 are not dates.
void DateScanner::year_first_digits(std::size_t i, const Num& a, char32_t sep, std::size_t& next) {
  const Num m = text_.read_digits(a.end + 1);
  next = m.end;
  if (m.len > 2 || text_.at(m.end) != sep || !is_digit(text_.at(m.end + 1))) return;
  const Num d = text_.read_digits(m.end + 1);
  next = d.end;
  const bool time_follows = text_.at(d.end) == 't' && is_digit(text_.at(d.end + 1));  // 2025-10-01T09:30
  if (d.len <= 2 && (time_follows || !text_.glued_after(d.end)) && text_.valid_year(a.value) &&
      valid_date(a.value, m.value, d.value))
    add(i, d.end, Ymd{a.value, m.value, d.value}, false, false, true);
}

// 01.10.2025, 01/10/2025, 1-10-2025, from the first number `a` and the separator after it; the
// day comes first unless the language writes the month first (not with full stops).
void DateScanner::day_first_digits(std::size_t i, const Num& a, char32_t sep, std::size_t& next) {
  const Num b = text_.read_digits(a.end + 1);
  next = b.end;
  if (b.len > 2 || text_.at(b.end) != sep || !is_digit(text_.at(b.end + 1))) return;
  const Num y = text_.read_digits(b.end + 1);
  next = y.end;
  if (y.len != 4 || text_.glued_after(y.end) || !text_.valid_year(y.value)) return;
  int d = a.value, m = b.value;
  if (sep != '.' && month_first_) std::swap(d, m);
  if (valid_date(y.value, m, d)) add(i, y.end, Ymd{y.value, m, d}, false, false, true);
}

// A year alone: em 2026, by 2030, Ende 2026. Only after a cue, and not in a range of years, as a
// count (2025 GPUs) or after a period word (third quarter of 2025).
void DateScanner::year_alone(std::size_t i, const Num& a, std::size_t& next) {
  const std::size_t j = a.end;
  if (text_.range_after(j, next)) return;
  if (!text_.valid_year(a.value) || text_.glued_after(j) || text_.count_after(j)) return;
  if (!text_.cue_before(i) || text_.period_before(i)) return;
  add(i, j, Ymd{a.value, 0, 0}, false);
}

bool DateScanner::chinese(std::size_t i, const Num& a, const Hit& marker, std::size_t& next) {
  switch (marker.word->unit) {
    case Unit::Year:
      if (a.len == 4) return zh_after_year(i, a.value, marker.end, next);
      next = marker.end;
      return true;
    case Unit::Month:
      if (a.len <= 2) zh_month(i, next);
      return true;
    case Unit::Day:
      next = marker.end;
      if (a.len <= 2 && !marker.word->after_month_only && !text_.month_marker_before(i))
        bare_day(i, a.value, marker.end);
      return true;
  }
  return true;
}

// After a Chinese year (digits or numerals) and its 年, ending at `k`.
bool DateScanner::zh_after_year(std::size_t begin, int year, std::size_t k, std::size_t& next) {
  int month = 0, day = 0;
  std::size_t end = k;
  if (text_.read_zh_month_day(k, month, day, end)) {
    next = end;
    if (text_.valid_year(year)) add(begin, end, Ymd{year, month, day}, false, false, day != 0);
    return true;
  }
  next = k;
  if (text_.period_after(k) || text_.range_after(k, next)) return true;
  if (text_.valid_year(year)) add(begin, k, Ymd{year, 0, 0}, false);
  return true;
}

// A Chinese month (and day) without a year, from `begin`; the month number was read.
void DateScanner::zh_month(std::size_t begin, std::size_t& next) {
  int month = 0, day = 0;
  std::size_t end = begin;
  if (!text_.read_zh_month_day(begin, month, day, end)) return;
  next = end;
  if (!pub_.known()) return;
  if (day != 0) {
    if (const auto date = pub_.infer_day(month, day)) add(begin, end, *date, true, false, true);
  } else {
    add(begin, end, pub_.infer_month(month), true);
  }
}

// 18日: the day nearest to publication; after another date (4月18日至20日) its month.
void DateScanner::bare_day(std::size_t begin, int day, std::size_t end) {
  if (day < 1 || day > 31) return;
  if (!cands_.empty()) {
    const Cand& last = cands_.back();
    if (last.explicit_day && begin >= last.end && begin - last.end <= 3) {
      bool joined = true;
      for (std::size_t p = last.end; p < begin && joined;) {
        const char32_t c = text_[p].c;
        if (c == ' ' || c == ',' || c == 0x3001) {
          ++p;
          continue;
        }
        const auto range = text_.longest(p, bit(Kind::Range), [&](const Hit& h) { return h.end <= begin; });
        if (range) p = range->end;
        else joined = false;
      }
      if (joined) {
        add(begin, end, Ymd{last.date.y, last.date.m, day}, last.relative, false, true);
        return;
      }
    }
  }
  if (!pub_.known()) return;
  if (const auto date = nearest_dom(pub_.day(), day)) add(begin, end, *date, true, false, true);
}

bool DateScanner::day_first(std::size_t i, const Num& a, std::size_t& next) {
  const std::size_t j = a.end;
  std::size_t k = j;
  if (const auto suffix = text_.longest(j, bit(Kind::DaySuffix))) k = suffix->end;
  else if (text_.glued_after(j)) return false;
  std::size_t q = text_.skip_sp(k);
  if (q == k) return false;
  if (const auto connector = text_.longest(q, bit(Kind::Connector))) q = text_.skip_sp(connector->end);
  const auto month = text_.longest(q, bit(Kind::Month));
  if (!month) return false;
  std::size_t e = month->end;
  if (month->word->abbreviation && text_.at(e) == '.') ++e;
  const int m = month->word->value;
  int year = 0, offset = 0;
  std::size_t end = e;
  if (text_.read_year_after(e, year, end)) {
    next = end;
    add(i, end, Ymd{year, m, a.value}, false, false, true);
    return true;
  }
  if (text_.relative_year_after(e, offset, end)) {
    next = end;
    if (pub_.known()) add(i, end, Ymd{pub_.year() + offset, m, a.value}, true, false, true);
    return true;
  }
  // 5 out of 10: an abbreviation after the day needs its full stop or a year.
  if (month->word->abbreviation && e == month->end) return false;
  next = e;
  if (!pub_.known()) return true;
  if (const auto date = pub_.infer_day(m, a.value)) add(i, e, *date, true, false, true);
  return true;
}

bool DateScanner::try_numerals(std::size_t i, std::size_t& next) {
  const Num a = text_.read_numerals(i);
  next = a.end;
  if (!a.ok) return true;
  if (a.len == 4) {
    const auto year_marker = [](const Hit& h) { return h.word->unit == Unit::Year; };
    if (const auto marker = text_.longest(a.end, bit(Kind::Marker), year_marker))
      return zh_after_year(i, a.value, marker->end, next);
    return true;
  }
  int month = 0, day = 0;
  std::size_t end = i;
  if (!text_.read_zh_month_day(i, month, day, end)) return true;
  next = end;
  // 同一月, 统一月度: a month of numerals alone needs a clear start.
  if (day == 0 && i > 0 && is_han(text_[i - 1].c) && !text_.cue_before(i)) return true;
  zh_month(i, next);
  return true;
}

}  // namespace dealgraph::extract::dates
