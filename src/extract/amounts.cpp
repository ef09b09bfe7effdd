// The amount and quantity parser: see amounts.hpp for what it returns and the rules it follows.
//
// How it works. The vocabulary's surfaces are case-folded into two tries of code points, one
// read forwards and one backwards (amount_vocabulary). find_all walks the text once looking for
// the start of a number: a digit (ASCII or full-width) not glued to a letter, or a word whose
// first letter begins a number word, vague word, multiplier or scale word (amount_scanner).
// From there it reads
//   [qualifier] [between-word] [prefix currency | prefix unit]  NUMBER  [connector]
//   [currency | unit | chip noun]  [range-word NUMBER ...]  [post qualifier]
// where NUMBER is digits, Chinese numerals or number words, multiplied by multiplier and
// scale words (amount_numbers), and what follows it is read by amount_suffix. Prefixes are
// found by matching backwards from the number, the rest forwards (amount_matching). Values are
// exact decimals (decimal.hpp).
#include "extract/amounts.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "extract/amount_matching.hpp"
#include "extract/amount_scanner.hpp"
#include "extract/amount_vocabulary.hpp"

namespace dealgraph::extract {
namespace {

using amounts::Ctx;
using amounts::Data;
using amounts::NumberFormat;
using code_points::lower_ascii;
using code_points::primary_subtag;

// The language to read `text` in (Chinese when an unusable hint meets Han characters), and how
// that language writes numbers.
Ctx make_context(const Data& data, std::string_view text, std::string_view language) {
  Ctx ctx;
  ctx.text = text;
  ctx.full = lower_ascii(language);
  std::replace(ctx.full.begin(), ctx.full.end(), '_', '-');
  ctx.primary = primary_subtag(ctx.full);
  if (ctx.primary.empty() || ctx.primary == "und" || ctx.primary == "mul" || ctx.primary == "zxx") {
    bool han = false;
    for (std::size_t i = 0; i < text.size() && !han;) {
      const code_points::Utf8 u = code_points::decode_at(text, i);
      han = u.cp >= 0x4E00 && u.cp <= 0x9FFF;
      i += u.len;
    }
    if (han) {
      ctx.full = ctx.primary = "zh";
    } else {
      ctx.und = true;
      ctx.full = ctx.primary = "und";
    }
  }
  ctx.zh = ctx.primary == "zh";
  static const NumberFormat kDefault;
  ctx.format = &kDefault;
  const NumberFormat* by_primary = nullptr;
  const NumberFormat* by_und = nullptr;
  for (const NumberFormat& format : data.formats) {
    if (format.language == ctx.full) {
      ctx.format = &format;
      return ctx;
    }
    if (format.language == ctx.primary) by_primary = &format;
    if (format.language == "und") by_und = &format;
  }
  if (by_primary) ctx.format = by_primary;
  else if (by_und) ctx.format = by_und;
  return ctx;
}

}  // namespace

AmountParser::AmountParser(AmountVocabulary vocabulary) : vocabulary_(std::move(vocabulary)) {}

AmountParser::Found AmountParser::find_all(std::string_view text, std::string_view language) const {
  const Data& data = *vocabulary_.data_;
  const Ctx ctx = make_context(data, text, language);
  return amounts::scan_amounts(data, ctx);
}

}  // namespace dealgraph::extract
