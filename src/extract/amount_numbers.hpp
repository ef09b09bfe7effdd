// Numbers as the amount parser reads them: digits as the language groups them, Chinese numerals
// and number words, multiplied by multiplier and scale words ("2.5 billion", "一亿五千万",
// "hundreds of millions", "数十亿"). Private to the amount parser.
#pragma once

#include <cstddef>

#include "extract/amount_matching.hpp"
#include "extract/decimal.hpp"

namespace dealgraph::extract::amounts {

// Digits with their group and decimal separators: "1,234.5", "1.234,5", "10 000".
struct DigitRun {
  bool ok = false;
  Decimal value{0, 0};
  std::size_t end = 0;
  bool separators = false;
};

// Digits at `pos`, read as the language writes them. Not ok (and `end` past the whole token)
// for things that are no number: 21.10.2025, 1.2.3.
DigitRun parse_digits(const Ctx& ctx, std::size_t pos);

// A number and what the scanner needs to know of how it was written.
struct NumberPhrase {
  bool ok = false;
  bool rejected = false;  // a digit token that is no number (a date): skip it whole
  std::size_t begin = 0, end = 0;
  Interval value;
  bool vague = false;
  bool explicit_count = false;  // digits, a number word or a vague word (not an article)
  bool article = false;
  bool article_alone = false;  // an article and no scale word ("a gigawatt"): one, before a dg:countsArticle unit only
  bool has_digits = false;
  bool plain_integer = false;  // one run of digits without separators and nothing else
  bool lone_digit_word = false;  // a single Chinese digit (一, 两) and nothing else
  bool has_scale = false;  // any multiplier or scale word
  Decimal largest{0, 0};   // the largest scale word
  Decimal factor{1, 0};    // what the last chain of scale words multiplied by (for ranges)
  bool needs_currency_or_unit = false;
  const Word* infix = nullptr;  // 多, 余
};

// The number that starts at `start`: counts times multipliers times scale words.
NumberPhrase parse_number(const Data& data, const Ctx& ctx, std::size_t start);

}  // namespace dealgraph::extract::amounts
