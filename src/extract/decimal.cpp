// dealgraph::Decimal: exact decimals for amounts, and their xsd:decimal lexical form.
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "dealgraph/facts.hpp"
#include "extract/amounts.hpp"

namespace dealgraph {
namespace {

// The same value with no trailing zeros in `units`, so that equal values look the same.
Decimal normalised(Decimal d) {
  if (d.units == 0) return Decimal{0, 0};
  while (d.units % 10 == 0 && d.exponent < std::numeric_limits<int>::max()) {
    d.units /= 10;
    ++d.exponent;
  }
  return d;
}

}  // namespace

std::string Decimal::to_string() const {
  const Decimal d = normalised(*this);
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
  const Decimal x = normalised(a);
  const Decimal y = normalised(b);
  return x.units == y.units && x.exponent == y.exponent;
}

namespace extract {

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
