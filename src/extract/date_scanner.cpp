// The date scanner's walk over the text and the results it keeps. See date_scanner.hpp; dates.cpp
// says how the whole finder works.
#include "extract/date_scanner.hpp"

#include <utility>

namespace dealgraph::extract::dates {

DateScanner::DateScanner(const Data& data, std::string_view text, std::string primary, std::optional<long> published)
    : text_(data, text, std::move(primary)), pub_(published, data.max_days_ahead) {
  for (const auto& [language, mdy] : data.month_first)
    if (language == text_.primary()) month_first_ = mdy;
}

std::vector<DateScanner::Cand> DateScanner::run() {
  std::size_t i = 0;
  while (i < text_.size()) {
    std::size_t next = i;
    if (try_at(i, next) && next > i) {
      i = next;
    } else {
      ++i;
    }
  }
  // A weekday right next to the date it names says nothing more.
  std::vector<Cand> out;
  for (std::size_t k = 0; k < cands_.size(); ++k) {
    const Cand& c = cands_[k];
    if (c.weekday_only) {
      const bool before =
          k + 1 < cands_.size() && cands_[k + 1].explicit_day && text_.small_gap(c.end, cands_[k + 1].begin);
      const bool after = k > 0 && cands_[k - 1].explicit_day && text_.small_gap(cands_[k - 1].end, c.begin);
      if (before || after) continue;
    }
    out.push_back(c);
  }
  return out;
}

void DateScanner::add(std::size_t begin, std::size_t end, Ymd date, bool relative, bool weekday_only,
                      bool explicit_day) {
  if (date.m != 0 && (date.m < 1 || date.m > 12)) return;
  if (date.d != 0 && !valid_date(date.y, date.m, date.d)) return;
  if (date.y < 1 || date.y > 9999) return;
  cands_.push_back(Cand{begin, end, date, relative, weekday_only, explicit_day});
}

// A date may start on a digit, a Chinese numeral or a vocabulary word; elsewhere a Latin word is
// skipped whole.
bool DateScanner::try_at(std::size_t i, std::size_t& next) {
  const char32_t c = text_[i].c;
  if (is_digit(c)) return try_digits(i, next);
  if (!text_.word_start(i)) return false;
  if (text_.numeral(i) && try_numerals(i, next)) return true;
  if (try_words(i, next)) return true;
  if (is_letter(c)) {  // skip the rest of the word
    std::size_t p = i;
    while (p < text_.size() && is_letter(text_[p].c)) ++p;
    next = p;
    return true;
  }
  return false;
}

}  // namespace dealgraph::extract::dates
