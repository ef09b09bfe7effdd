// dealgraph::Decimal: exact decimals for amounts, their xsd:decimal lexical form, and the exact
// arithmetic the amount parser does on them (decimal.hpp).
#include "extract/decimal.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "dealgraph/facts.hpp"
#include "extract/amounts.hpp"

namespace dealgraph {

std::string Decimal::to_string() const {
  const Decimal d = extract::canonical(*this);
  if (d.units == 0) return "0";
  const bool negative = d.units < 0;
  const std::uint64_t magnitude =
      negative ? std::uint64_t{0} - static_cast<std::uint64_t>(d.units) : static_cast<std::uint64_t>(d.units);
  const std::string digits = std::to_string(magnitude);
  std::string out;
  if (d.exponent >= 0) {
    out = digits;
    out.append(static_cast<std::size_t>(d.exponent), '0');
  } else {
    const auto fraction = static_cast<std::size_t>(-static_cast<long long>(d.exponent));
    if (digits.size() <= fraction) {
      out = "0.";
      out.append(fraction - digits.size(), '0');
      out += digits;
    } else {
      out = digits.substr(0, digits.size() - fraction) + "." + digits.substr(digits.size() - fraction);
    }
  }
  return negative ? "-" + out : out;
}

double Decimal::to_double() const {
  // Through the decimal text, so that the double is the nearest one to the exact value.
  const std::string text = to_string();
  return std::strtod(text.c_str(), nullptr);
}

bool operator==(const Decimal& a, const Decimal& b) {
  const Decimal x = extract::canonical(a);
  const Decimal y = extract::canonical(b);
  return x.units == y.units && x.exponent == y.exponent;
}

namespace extract {
namespace {

__extension__ typedef __int128 i128;  // products of two int64 units
constexpr i128 kUnitsMax = std::numeric_limits<std::int64_t>::max();

std::optional<Decimal> from_wide(i128 units, long long exponent) {
  if (units == 0) return Decimal{0, 0};
  while (units > kUnitsMax || units < -kUnitsMax) {
    if (units % 10 != 0) return std::nullopt;
    units /= 10;
    ++exponent;
  }
  while (units % 10 == 0) {
    units /= 10;
    ++exponent;
  }
  if (exponent > 300 || exponent < -300) return std::nullopt;
  return Decimal{static_cast<std::int64_t>(units), static_cast<int>(exponent)};
}

// Both values over the smaller exponent; false when that would not fit.
bool align(Decimal a, Decimal b, i128& x, i128& y, long long& exponent) {
  a = canonical(a);
  b = canonical(b);
  if (a.units == 0) a.exponent = b.exponent;
  if (b.units == 0) b.exponent = a.exponent;
  exponent = std::min(a.exponent, b.exponent);
  x = a.units;
  y = b.units;
  constexpr i128 kLimit = static_cast<i128>(1) << 120;
  for (long long e = a.exponent; e > exponent; --e) {
    if (x > kLimit / 10 || x < -kLimit / 10) return false;
    x *= 10;
  }
  for (long long e = b.exponent; e > exponent; --e) {
    if (y > kLimit / 10 || y < -kLimit / 10) return false;
    y *= 10;
  }
  return true;
}

}  // namespace

Decimal canonical(Decimal d) {
  if (d.units == 0) return Decimal{0, 0};
  while (d.units % 10 == 0 && d.exponent < std::numeric_limits<int>::max()) {
    d.units /= 10;
    ++d.exponent;
  }
  return d;
}

std::optional<Decimal> multiply(Decimal a, Decimal b) {
  a = canonical(a);
  b = canonical(b);
  return from_wide(static_cast<i128>(a.units) * b.units, static_cast<long long>(a.exponent) + b.exponent);
}

std::optional<Decimal> add(Decimal a, Decimal b) {
  i128 x = 0, y = 0;
  long long exponent = 0;
  if (!align(a, b, x, y, exponent)) return std::nullopt;
  return from_wide(x + y, exponent);
}

int compare(Decimal a, Decimal b) {
  i128 x = 0, y = 0;
  long long exponent = 0;
  if (!align(a, b, x, y, exponent)) {
    const double p = a.to_double(), q = b.to_double();
    return p < q ? -1 : (p > q ? 1 : 0);
  }
  return x < y ? -1 : (x > y ? 1 : 0);
}

std::optional<Interval> add(const Interval& a, const Interval& b) {
  auto lo = add(a.lo, b.lo);
  auto hi = add(a.hi, b.hi);
  if (!lo || !hi) return std::nullopt;
  return Interval{*lo, *hi};
}

std::optional<Interval> multiply(const Interval& a, Decimal k) {
  auto lo = multiply(a.lo, k);
  auto hi = multiply(a.hi, k);
  if (!lo || !hi) return std::nullopt;
  return Interval{*lo, *hi};
}

std::optional<Decimal> parse_decimal(std::string_view lexical) {
  std::size_t i = 0;
  bool negative = false;
  if (i < lexical.size() && (lexical[i] == '+' || lexical[i] == '-')) negative = lexical[i++] == '-';
  std::string digits;
  std::size_t fraction = 0;
  bool point = false;
  for (; i < lexical.size(); ++i) {
    const char c = lexical[i];
    if (c >= '0' && c <= '9') {
      digits.push_back(c);
      if (point) ++fraction;
    } else if (c == '.' && !point) {
      point = true;
    } else {
      return std::nullopt;
    }
  }
  if (digits.empty()) return std::nullopt;
  long long exponent = -static_cast<long long>(fraction);
  while (digits.size() > 1 && digits.back() == '0') {
    digits.pop_back();
    ++exponent;
  }
  const std::size_t first = digits.find_first_not_of('0');
  if (first == std::string::npos) return Decimal{0, 0};
  digits.erase(0, first);
  if (digits.size() > 18) return std::nullopt;
  std::int64_t units = 0;
  for (char c : digits) units = units * 10 + (c - '0');
  return Decimal{negative ? -units : units, static_cast<int>(exponent)};
}

}  // namespace extract
}  // namespace dealgraph
