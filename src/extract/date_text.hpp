// A sentence as the date finder reads it: folded code points with their byte offsets, and the
// questions the date readers ask of it at a position: which vocabulary words start there, the
// number written there, whether a cue or a period word stands before it, what follows a month.
// Positions are indices of code points. Private to the date finder.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/date_characters.hpp"
#include "extract/date_vocabulary.hpp"

namespace dealgraph::extract::dates {

struct Cp {
  char32_t c = 0;     // folded
  char32_t orig = 0;  // as written
  std::uint32_t b = 0;
  std::uint32_t e = 0;
};

// A vocabulary word found at a position; `end` is the position after it.
struct Hit {
  const Word* word = nullptr;
  const Surface* surface = nullptr;
  std::size_t end = 0;
};

// A number read at a position.
struct Num {
  bool ok = false;
  int value = 0;
  int len = 0;            // digits written (ASCII or numeral digits); 0 with 十
  bool numerals = false;  // Chinese numerals
  std::size_t end = 0;
};

class DateText {
 public:
  // `primary`: the language the text is read in (a primary subtag).
  DateText(const Data& data, std::string_view text, std::string primary);

  std::size_t size() const { return n_; }
  const Cp& operator[](std::size_t i) const { return cps_[i]; }
  const std::string& primary() const { return primary_; }

  // --- Small readers ---------------------------------------------------------------------

  char32_t at(std::size_t i) const { return i < n_ ? cps_[i].c : 0; }

  std::size_t skip_sp(std::size_t p) const {
    while (p < n_ && cps_[p].c == ' ') ++p;
    return p;
  }

  std::size_t skip_sp_back(std::size_t p) const {
    while (p > 0 && cps_[p - 1].c == ' ') --p;
    return p;
  }

  bool word_start(std::size_t i) const { return i == 0 || !is_wordish(cps_[i].c) || !is_wordish(cps_[i - 1].c); }

  bool valid_year(int y) const { return y >= data_.minimum_year && y <= data_.maximum_year; }

  // Every vocabulary word of `kinds` starting at `i`, shortest first.
  std::vector<Hit> matches(std::size_t i, std::uint32_t kinds) const;

  // The longest hit of `kinds` at `i` that `accept` takes.
  template <typename Accept>
  std::optional<Hit> longest(std::size_t i, std::uint32_t kinds, Accept&& accept) const {
    const auto hits = matches(i, kinds);
    for (auto it = hits.rbegin(); it != hits.rend(); ++it)
      if (accept(*it)) return *it;
    return std::nullopt;
  }

  std::optional<Hit> longest(std::size_t i, std::uint32_t kinds) const {
    return longest(i, kinds, [](const Hit&) { return true; });
  }

  // --- Numbers ---------------------------------------------------------------------------

  Num read_digits(std::size_t i) const;
  Num read_numerals(std::size_t i) const;
  Num read_number(std::size_t i) const;
  const Numeral* numeral(std::size_t i) const;
  bool digits_start_ok(std::size_t i) const;
  bool glued_after(std::size_t p) const;

  // --- What stands around a date ---------------------------------------------------------

  bool cue_before(std::size_t i) const;
  bool period_before(std::size_t i) const;
  bool period_after(std::size_t k) const;
  bool count_after(std::size_t k) const;
  bool range_after(std::size_t k, std::size_t& next) const;
  bool small_gap(std::size_t a, std::size_t b) const;
  bool month_marker_before(std::size_t i) const;

  // --- Parts of dates --------------------------------------------------------------------

  bool read_zh_month_day(std::size_t k, int& month, int& day, std::size_t& end) const;
  bool read_year_after(std::size_t e, int& year, std::size_t& end) const;
  bool relative_year_after(std::size_t e, int& offset, std::size_t& end) const;
  std::optional<Hit> shift_after(std::size_t e) const;

 private:
  bool lang_ok(const Surface& s) const { return s.primary.empty() || s.primary == primary_; }
  bool before_is(std::size_t p, const std::u32string& s) const;
  bool after_is(std::size_t p, const std::u32string& s) const;

  const Data& data_;
  std::vector<Cp> cps_;
  std::size_t n_ = 0;
  std::string primary_;
};

}  // namespace dealgraph::extract::dates
