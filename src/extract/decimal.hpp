// Exact arithmetic on dealgraph::Decimal for the amount parser: "2.5" times "十亿" must give
// 2500000000 exactly, and a range of values ("数十亿", 2e9..9e9) is carried as an Interval.
// Every operation returns nullopt instead of overflowing.
#pragma once

#include <optional>

#include "dealgraph/facts.hpp"

namespace dealgraph::extract {

// The same value with no trailing zeros in `units`, so that equal values look the same.
Decimal canonical(Decimal d);

std::optional<Decimal> multiply(Decimal a, Decimal b);
std::optional<Decimal> add(Decimal a, Decimal b);
// -1, 0 or 1 as a is less than, equal to or greater than b.
int compare(Decimal a, Decimal b);

// A closed interval of values: exact when lo == hi.
struct Interval {
  Decimal lo{0, 0};
  Decimal hi{0, 0};
};

std::optional<Interval> add(const Interval& a, const Interval& b);
std::optional<Interval> multiply(const Interval& a, Decimal k);

}  // namespace dealgraph::extract
