// The amount scanner: walks a sentence for the starts of numbers and reads each amount or
// quantity outwards from there (prefix, number, suffix, range, qualifiers). Private to the
// amount parser; AmountParser::find_all calls it.
#pragma once

#include "extract/amount_matching.hpp"
#include "extract/amounts.hpp"

namespace dealgraph::extract::amounts {

// Every amount and quantity in `ctx.text`, each list in text order.
AmountParser::Found scan_amounts(const Data& data, const Ctx& ctx);

}  // namespace dealgraph::extract::amounts
