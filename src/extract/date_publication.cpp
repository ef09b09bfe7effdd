// The publication date and the dates placed with it. See date_publication.hpp.
#include "extract/date_publication.hpp"

namespace dealgraph::extract::dates {

Publication::Publication(std::optional<long> day, int max_days_ahead) : day_(day), max_days_ahead_(max_days_ahead) {
  if (day_) {
    const Ymd p = civil_from_days(*day_);
    year_ = p.y;
    month_ = p.m;
  }
}

// The latest year that puts (m, d) no more than max_days_ahead days after publication.
std::optional<Ymd> Publication::infer_day(int m, int d) const {
  for (int y = year_ + 1; y >= year_ - 1; --y) {
    if (!valid_date(y, m, d)) continue;
    if (days_from_civil(y, m, d) <= *day_ + max_days_ahead_) return Ymd{y, m, d};
  }
  for (int y = year_ - 2; y >= year_ - 4; --y)  // 29 February
    if (valid_date(y, m, d)) return Ymd{y, m, d};
  return std::nullopt;
}

// A month without a year: the latest whose first day is no more than max_days_ahead days after
// publication.
Ymd Publication::infer_month(int m) const {
  for (int y = year_ + 1; y > year_ - 1; --y)
    if (days_from_civil(y, m, 1) <= *day_ + max_days_ahead_) return Ymd{y, m, 0};
  return Ymd{year_ - 1, m, 0};
}

// The day a weekday names: on or before publication, strictly before or after it, or in the
// publication week, the one before or the one after.
long Publication::resolve_weekday(int weekday, Shift shift) const {
  const long p = *day_;
  const int pw = iso_weekday(p);
  const int back = (pw - weekday + 7) % 7;
  const int ahead = (weekday - pw + 7) % 7;
  const long monday = p - (pw - 1);
  switch (shift) {
    case Shift::Before: return p - (back == 0 ? 7 : back);
    case Shift::After: return p + (ahead == 0 ? 7 : ahead);
    case Shift::ThisWeek: return monday + (weekday - 1);
    case Shift::LastWeek: return monday - 7 + (weekday - 1);
    case Shift::NextWeek: return monday + 7 + (weekday - 1);
    case Shift::None:
    case Shift::OnOrBefore: break;
  }
  return p - back;
}

// (m, d) with a shift word: last February 28 (strictly before publication), next March 5
// (strictly after), this March 5 (the publication year).
std::optional<Ymd> Publication::resolve_day(int m, int d, Shift shift) const {
  for (int k = 0; k < 8; ++k) {  // 29 February may need a few years
    const int y = shift == Shift::Before ? year_ - k : (shift == Shift::After ? year_ + k : year_);
    if (!valid_date(y, m, d)) {
      if (shift == Shift::OnOrBefore) return std::nullopt;
      continue;
    }
    const long day = days_from_civil(y, m, d);
    if (shift == Shift::Before && day >= *day_) continue;
    if (shift == Shift::After && day <= *day_) continue;
    return Ymd{y, m, d};
  }
  return std::nullopt;
}

// A month with a shift word (outubro passado, next March), or without one (infer_month).
Ymd Publication::resolve_month(int m, Shift shift) const {
  switch (shift) {
    case Shift::Before: return Ymd{m < month_ ? year_ : year_ - 1, m, 0};
    case Shift::After: return Ymd{m > month_ ? year_ : year_ + 1, m, 0};
    case Shift::OnOrBefore:
    case Shift::ThisWeek:
    case Shift::LastWeek:
    case Shift::NextWeek: return Ymd{year_, m, 0};
    case Shift::None: break;
  }
  return infer_month(m);
}

}  // namespace dealgraph::extract::dates
