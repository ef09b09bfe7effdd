// The date scanner: walks a sentence for the starts of dates and reads each one forwards from
// there. Its readers live in three files: date_scanner.cpp (the walk and the results),
// date_numbers.cpp (dates that start with digits or Chinese numerals) and date_names.cpp (dates
// that start with a word: month and weekday names, shift words, relative words). Private to
// the date finder.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/date_calendar.hpp"
#include "extract/date_publication.hpp"
#include "extract/date_text.hpp"
#include "extract/date_vocabulary.hpp"

namespace dealgraph::extract::dates {

class DateScanner {
 public:
  // `primary`: the language to read in; `published`: the publication day, if known.
  DateScanner(const Data& data, std::string_view text, std::string primary, std::optional<long> published);

  struct Cand {
    std::size_t begin = 0;  // code points
    std::size_t end = 0;
    Ymd date;
    bool relative = false;
    bool weekday_only = false;
    bool explicit_day = false;
  };

  // The dates found, in text order, without overlaps.
  std::vector<Cand> run();

  const Cp& cp(std::size_t i) const { return text_[i]; }

 private:
  void add(std::size_t begin, std::size_t end, Ymd date, bool relative, bool weekday_only = false,
           bool explicit_day = false);
  // Each reader below starts at `i` and, when it returns true, sets `next` past what it read.
  bool try_at(std::size_t i, std::size_t& next);

  // date_numbers.cpp
  bool try_digits(std::size_t i, std::size_t& next);
  void year_first_digits(std::size_t i, const Num& a, char32_t sep, std::size_t& next);
  void day_first_digits(std::size_t i, const Num& a, char32_t sep, std::size_t& next);
  void year_alone(std::size_t i, const Num& a, std::size_t& next);
  bool chinese(std::size_t i, const Num& a, const Hit& marker, std::size_t& next);
  bool zh_after_year(std::size_t begin, int year, std::size_t k, std::size_t& next);
  void zh_month(std::size_t begin, std::size_t& next);
  void bare_day(std::size_t begin, int day, std::size_t end);
  bool day_first(std::size_t i, const Num& a, std::size_t& next);
  bool try_numerals(std::size_t i, std::size_t& next);

  // date_names.cpp
  bool try_words(std::size_t i, std::size_t& next);
  bool shifted(std::size_t i, const Hit& shift_word, std::size_t& next);
  bool weekday(std::size_t begin, std::size_t k, const Hit& hit, Shift shift, std::size_t& next);
  bool month_name(std::size_t begin, const Hit& hit, Shift shift, std::size_t& next);
  bool month_then_day(std::size_t begin, int m, std::size_t p, Shift shift, std::size_t& next);
  void relative(std::size_t i, const Hit& hit, std::size_t& next);

  DateText text_;
  Publication pub_;
  bool month_first_ = false;  // the language writes numeric dates month first (mdy)
  std::vector<Cand> cands_;
};

}  // namespace dealgraph::extract::dates
