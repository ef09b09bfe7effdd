// Dates that start with a word: weekdays (on Tuesday, nesta segunda-feira (6), 上周三), month
// names (September 30, 2025; março de 2026; em outubro do ano passado; outubro passado), shift
// words (last, next, this coming) and relative words (昨天, last month, 去年10月). See
// date_scanner.hpp.
#include "extract/date_scanner.hpp"

namespace dealgraph::extract::dates {
namespace {

constexpr std::uint32_t kWordKinds = bit(Kind::Month) | bit(Kind::Weekday) | bit(Kind::RelDay) | bit(Kind::RelWeek) |
                                     bit(Kind::RelMonth) | bit(Kind::RelYear) | bit(Kind::Shift);

}  // namespace

bool DateScanner::try_words(std::size_t i, std::size_t& next) {
  const auto hits = text_.matches(i, kWordKinds);
  if (hits.empty()) return false;
  // A shift word and the name it shifts: last Tuesday, nesta segunda-feira, 上周三, this coming Monday.
  for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
    if (it->word->kind != Kind::Shift || it->word->shift_after) continue;
    if (shifted(i, *it, next)) return true;
  }
  for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
    switch (it->word->kind) {
      case Kind::Weekday:
        if (weekday(i, i, *it, Shift::None, next)) return true;
        break;
      case Kind::Month:
        if (month_name(i, *it, Shift::None, next)) return true;
        break;
      case Kind::RelDay:
      case Kind::RelWeek:
      case Kind::RelMonth:
      case Kind::RelYear:
        relative(i, *it, next);
        return true;
      default:
        break;
    }
  }
  return false;
}

bool DateScanner::shifted(std::size_t i, const Hit& shift_word, std::size_t& next) {
  std::size_t k = text_.skip_sp(shift_word.end);
  if (k == shift_word.end && is_letter(text_[k - 1].c)) return false;
  Shift shift = shift_word.word->shift;
  // this coming Monday, this past Tuesday
  if (const auto second = text_.longest(k, bit(Kind::Shift), [](const Hit& h) { return !h.word->shift_after; })) {
    const std::size_t k2 = text_.skip_sp(second->end);
    if (k2 > second->end && !text_.matches(k2, bit(Kind::Weekday) | bit(Kind::Month)).empty()) {
      if (second->word->shift != Shift::OnOrBefore) shift = second->word->shift;
      k = k2;
    }
  }
  const auto hits = text_.matches(k, bit(Kind::Weekday) | bit(Kind::Month));
  for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
    if (it->word->kind == Kind::Weekday) {
      if (weekday(i, k, *it, shift, next)) return true;
    } else if (!it->word->abbreviation &&
               (shift == Shift::OnOrBefore || shift == Shift::Before || shift == Shift::After)) {
      if (month_name(i, *it, shift, next)) return true;
    }
  }
  return false;
}

// A weekday name at `k`; the date's text starts at `begin` (a shift word, or the name).
bool DateScanner::weekday(std::size_t begin, std::size_t k, const Hit& hit, Shift shift, std::size_t& next) {
  const Word& w = *hit.word;
  std::size_t e = hit.end;
  if (shift == Shift::None) {
    if (const auto after = text_.shift_after(e)) {
      shift = after->word->shift;
      e = after->end;
    }
  }
  if (w.needs_cue) {
    if (shift == Shift::None && !text_.cue_before(k)) return false;
    if (is_letter(text_.at(text_.skip_sp(e)))) return false;
  }
  // nesta segunda-feira (6)
  int dom = 0;
  const std::size_t q = text_.skip_sp(e);
  if (text_.at(q) == '(' && is_digit(text_.at(q + 1))) {
    const Num d = text_.read_digits(q + 1);
    if (d.len <= 2 && text_.at(d.end) == ')' && d.value >= 1 && d.value <= 31) {
      dom = d.value;
      e = d.end + 1;
    }
  }
  next = e;
  if (!pub_.known()) return true;
  const long day = pub_.resolve_weekday(w.value, shift);
  if (dom != 0) {
    if (const auto date = nearest_dom(day, dom)) add(begin, e, *date, true, false, true);
    return true;
  }
  add(begin, e, civil_from_days(day), true, true, false);
  return true;
}

// A month name; the date's text starts at `begin` (a shift word, or the name).
bool DateScanner::month_name(std::size_t begin, const Hit& hit, Shift shift, std::size_t& next) {
  const Word& w = *hit.word;
  std::size_t e = hit.end;
  if (w.abbreviation && text_.at(e) == '.') ++e;
  const int m = w.value;
  const std::size_t p = text_.skip_sp(e);
  if (month_first_ && p > e && is_digit(text_.at(p)) &&
      (shift == Shift::None || shift == Shift::OnOrBefore || shift == Shift::Before || shift == Shift::After) &&
      month_then_day(begin, m, p, shift, next))
    return true;
  // março de 2026, September 2025, Oktober 2025
  int year = 0, offset = 0;
  std::size_t end = e;
  if (shift == Shift::None && text_.read_year_after(e, year, end)) {
    next = end;
    add(begin, end, Ymd{year, m, 0}, false);
    return true;
  }
  if (w.abbreviation) return false;
  // em outubro do ano passado, October last year
  if (shift == Shift::None && text_.relative_year_after(e, offset, end)) {
    next = end;
    if (pub_.known()) add(begin, end, Ymd{pub_.year() + offset, m, 0}, true);
    return true;
  }
  // outubro passado, octobre dernier
  if (shift == Shift::None) {
    if (const auto after = text_.shift_after(e)) {
      shift = after->word->shift;
      e = after->end;
    }
  }
  if (shift == Shift::None && !text_.cue_before(begin)) return false;
  next = e;
  if (pub_.known()) add(begin, e, pub_.resolve_month(m, shift), true);
  return true;
}

// September 30[, 2025]: the day `p` after the month `m`, where the language writes the month
// first; false when no day of the month stands there.
bool DateScanner::month_then_day(std::size_t begin, int m, std::size_t p, Shift shift, std::size_t& next) {
  const Num d = text_.read_digits(p);
  if (d.len > 2 || d.value < 1 || d.value > 31) return false;
  std::size_t q = d.end;
  if (const auto suffix = text_.longest(q, bit(Kind::DaySuffix))) q = suffix->end;
  else if (text_.glued_after(q)) return false;
  if (text_.count_after(q)) return false;
  int year = 0, offset = 0;
  std::size_t end = q;
  if (text_.read_year_after(q, year, end)) {
    next = end;
    add(begin, end, Ymd{year, m, d.value}, false, false, true);
    return true;
  }
  if (text_.relative_year_after(q, offset, end)) {
    next = end;
    if (pub_.known()) add(begin, end, Ymd{pub_.year() + offset, m, d.value}, true, false, true);
    return true;
  }
  next = q;
  if (!pub_.known()) return true;
  if (const auto date = shift == Shift::None ? pub_.infer_day(m, d.value) : pub_.resolve_day(m, d.value, shift))
    add(begin, q, *date, true, false, true);
  return true;
}

void DateScanner::relative(std::size_t i, const Hit& hit, std::size_t& next) {
  const Word& w = *hit.word;
  std::size_t e = hit.end;
  next = e;
  switch (w.kind) {
    case Kind::RelDay:
      if (pub_.known()) add(i, e, civil_from_days(pub_.day() + w.value), true);
      return;
    case Kind::RelWeek: {
      if (!pub_.known()) return;
      const long monday = pub_.day() - (iso_weekday(pub_.day()) - 1) + 7L * w.value;
      const Ymd first = civil_from_days(monday), last = civil_from_days(monday + 6);
      if (first.y != last.y) return;
      add(i, e, Ymd{first.y, first.m == last.m ? first.m : 0, 0}, true);
      return;
    }
    case Kind::RelMonth: {
      int day = 0;
      const std::size_t p = text_.skip_sp(e);
      const Num d = text_.read_number(p);
      if (d.ok && d.value >= 1 && d.value <= 31 && (d.numerals || d.len <= 2)) {
        if (const auto marker = text_.longest(d.numerals ? d.end : text_.skip_sp(d.end), bit(Kind::Marker),
                                              [](const Hit& h) { return h.word->unit == Unit::Day; })) {
          day = d.value;
          e = marker->end;
          next = e;
        }
      }
      if (!pub_.known()) return;
      const auto [y, m] = add_months(pub_.year(), pub_.month(), w.value);
      add(i, e, Ymd{y, m, day}, true, false, day != 0);
      return;
    }
    case Kind::RelYear: {
      int month = 0, day = 0;
      std::size_t end = e;
      if (text_.read_zh_month_day(e, month, day, end)) {
        next = end;
        if (pub_.known()) add(i, end, Ymd{pub_.year() + w.value, month, day}, true, false, day != 0);
        return;
      }
      if (text_.period_after(e)) return;
      if (pub_.known()) add(i, e, Ymd{pub_.year() + w.value, 0, 0}, true);
      return;
    }
    default:
      return;
  }
}

}  // namespace dealgraph::extract::dates
