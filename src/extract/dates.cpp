// The date finder: see dates.hpp for what it returns and the rules it follows.
//
// How it works. The vocabulary's surfaces are case-folded into one trie of code points
// (date_vocabulary). find_all decodes the text once into folded code points with their byte
// offsets (date_text), then walks it looking for the start of a date (date_scanner): a digit
// (ASCII or full-width), a Chinese numeral (date_numbers), or the start of a vocabulary word: a
// month or weekday name, a relative word, a shift word (date_names). From there it reads
// forwards (day, month, year, shift words, a Chinese month and day after 今年); it looks
// backwards only for cues and period words. Every path that starts on a digit run consumes that
// run, so a number is never read twice (10月 inside 1-10月, 2030 inside 2025-2030). Dates
// without a year, relative words and weekdays are placed with the publication date
// (date_publication) on the calendar of date_calendar.
#include "extract/dates.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/date_calendar.hpp"
#include "extract/date_characters.hpp"
#include "extract/date_scanner.hpp"
#include "extract/date_vocabulary.hpp"

namespace dealgraph::extract {
namespace {

using code_points::decode_at;
using code_points::lower_ascii;
using code_points::primary_subtag;
using code_points::Utf8;
using dates::Data;
using dates::is_han;

bool has_han(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const Utf8 u = decode_at(text, i);
    if (is_han(u.cp)) return true;
    i += u.len;
  }
  return false;
}

}  // namespace

DateFinder::DateFinder(DateVocabulary vocabulary) : vocabulary_(std::move(vocabulary)) {}

std::vector<DateFinder::Found> DateFinder::find_all(std::string_view text, std::string_view language,
                                                    std::string_view published) const {
  const Data& data = *vocabulary_.data_;
  std::string primary = primary_subtag(lower_ascii(language));
  if (primary.empty() || primary == "und" || primary == "mul" || primary == "zxx")
    primary = has_han(text) ? std::string("zh") : data.fallback_language;
  dates::DateScanner scanner(data, text, primary, dates::parse_published(published));
  std::vector<Found> out;
  for (const dates::DateScanner::Cand& cand : scanner.run()) {
    Found found;
    found.iso = dates::iso(cand.date);
    found.byte_begin = scanner.cp(cand.begin).b;
    found.byte_end = scanner.cp(cand.end - 1).e;
    found.as_written = std::string(text.substr(found.byte_begin, found.byte_end - found.byte_begin));
    found.relative = cand.relative;
    found.precision = cand.date.m == 0 ? Precision::Year : (cand.date.d == 0 ? Precision::Month : Precision::Day);
    out.push_back(std::move(found));
  }
  return out;
}

}  // namespace dealgraph::extract
