// The calendar of the date finder. See date_calendar.hpp.
#include "extract/date_calendar.hpp"

#include <cstdio>
#include <cstdlib>

namespace dealgraph::extract::dates {

long days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return Ymd{y, m, d};
}

namespace {

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

bool valid_date(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

int iso_weekday(long days) {  // 1 = Monday .. 7 = Sunday; 1970-01-01 was a Thursday
  const long r = ((days % 7) + 7 + 3) % 7;
  return static_cast<int>(r) + 1;
}

std::pair<int, int> add_months(int y, int m, int delta) {
  int index = y * 12 + (m - 1) + delta;
  return {index >= 0 ? index / 12 : (index - 11) / 12, ((index % 12) + 12) % 12 + 1};
}

std::optional<Ymd> nearest_dom(long center, int dom) {
  const Ymd c = civil_from_days(center);
  std::optional<Ymd> best;
  long best_distance = 0;
  for (int delta = -2; delta <= 2; ++delta) {
    const auto [y, m] = add_months(c.y, c.m, delta);
    if (!valid_date(y, m, dom)) continue;
    const long distance = std::labs(days_from_civil(y, m, dom) - center);
    if (!best || distance < best_distance) {
      best = Ymd{y, m, dom};
      best_distance = distance;
    }
  }
  return best;
}

std::optional<long> parse_published(std::string_view s) {
  if (s.size() < 10) return std::nullopt;
  for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[k] < '0' || s[k] > '9') return std::nullopt;
  if (s[4] != '-' || s[7] != '-') return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ') return std::nullopt;
  const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const int m = (s[5] - '0') * 10 + (s[6] - '0');
  const int d = (s[8] - '0') * 10 + (s[9] - '0');
  if (y < 1 || !valid_date(y, m, d)) return std::nullopt;
  return days_from_civil(y, m, d);
}

std::string iso(const Ymd& date) {
  char buffer[16];
  if (date.m == 0) std::snprintf(buffer, sizeof buffer, "%04d", date.y);
  else if (date.d == 0) std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.y, date.m);
  else std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.y, date.m, date.d);
  return buffer;
}

}  // namespace dealgraph::extract::dates
