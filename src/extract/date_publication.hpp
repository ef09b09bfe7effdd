// The article's publication date, and how the dates that need it are placed: a month and day
// without a year, a month alone, a weekday, a date or month after a shift word (last, next).
// Private to the date finder.
#pragma once

#include <optional>

#include "extract/date_calendar.hpp"
#include "extract/date_vocabulary.hpp"

namespace dealgraph::extract::dates {

class Publication {
 public:
  // `day`: the publication date as a day number, if known; `max_days_ahead`: dg:maxDaysAhead.
  Publication(std::optional<long> day, int max_days_ahead);

  bool known() const { return day_.has_value(); }
  // The publication day, year and month; only when known().
  long day() const { return *day_; }
  int year() const { return year_; }
  int month() const { return month_; }

  std::optional<Ymd> infer_day(int m, int d) const;
  Ymd infer_month(int m) const;
  long resolve_weekday(int weekday, Shift shift) const;
  std::optional<Ymd> resolve_day(int m, int d, Shift shift) const;
  Ymd resolve_month(int m, Shift shift) const;

 private:
  std::optional<long> day_;
  int max_days_ahead_ = 0;
  int year_ = 0;
  int month_ = 0;
};

}  // namespace dealgraph::extract::dates
