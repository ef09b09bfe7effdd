// What follows a number in an amount: a currency (5亿美元, $5 billion dollars), a unit (10 GW,
// 30%), or a chip noun right after it or a few words on (1 million Nvidia GPUs). Private to
// the amount parser.
#pragma once

#include <cstddef>

#include "extract/amount_numbers.hpp"

namespace dealgraph::extract::amounts {

struct Suffix {
  const Word* currency = nullptr;
  const Word* currency_name = nullptr;  // after a generic currency word: 亿元人民币
  const Word* unit = nullptr;
  bool via_words = false;  // the chip noun came after other words
  std::size_t end = 0;     // the number's end when nothing was found
};

// The currency, unit or chip noun after `np`. With `money_or_unit_before` (a currency or unit
// was written before the number) only a currency is looked for: "$5 billion GPUs" is money.
Suffix parse_suffix(const Data& data, const Ctx& ctx, const NumberPhrase& np, bool money_or_unit_before);

}  // namespace dealgraph::extract::amounts
