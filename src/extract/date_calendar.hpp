// The calendar of the date finder: proleptic Gregorian, on day numbers counted from 1970-01-01.
// Private to the date finder.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace dealgraph::extract::dates {

struct Ymd {
  int y = 0;
  int m = 0;  // 0: year precision
  int d = 0;  // 0: month precision
};

long days_from_civil(int y, int m, int d);
Ymd civil_from_days(long z);
int days_in_month(int y, int m);
bool valid_date(int y, int m, int d);
int iso_weekday(long days);  // 1 = Monday .. 7 = Sunday
// (y, m + delta) with the year carried.
std::pair<int, int> add_months(int y, int m, int delta);
// The date with day of month `dom` nearest to day `center` (ties: the earlier).
std::optional<Ymd> nearest_dom(long center, int dom);

// The day of an ISO yyyy-mm-dd, optionally followed by a time; nullopt when it is not one.
std::optional<long> parse_published(std::string_view s);
// "2026-04-18", "2026-04" or "2026", as precise as `date`.
std::string iso(const Ymd& date);

}  // namespace dealgraph::extract::dates
