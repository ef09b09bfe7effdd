// Dates in one sentence of news text, absolute or relative to the article's publication date,
// in Chinese (simplified and traditional), Portuguese, Spanish, English, German and French.
//
// The words come from ontology/rules/dates.ttl (DateVocabulary): month and weekday names,
// relative words, cues, Chinese markers and numerals; the finder holds no word lists of its
// own. It scans for digits, Chinese numerals and vocabulary words and reads outwards from them,
// by hand, without regular expressions. A DateFinder is immutable once built: find_all is const
// and safe to call from several threads at once.
//
// What it reads (examples for an article published on 2026-04-18, a Saturday):
//  - Full dates: 2026年4月18日, 二〇二六年四月十八日, ２０２６年４月１８日 (also glued to Latin
//    letters, OpenAI9月22日, as Chinese writes them), 15 de março de 2026,
//    19 nov. 2025, September 30, 2025, 30th of September 2025, 4. November 2025, 1er mars 2026,
//    2025-10-01, 2025/10/01, 01.10.2025, 01/10/2025 (day or month first by the language's
//    dg:numericOrder).
//  - Month and year: 2026年4月, março de 2026, September 2025, Oktober 2025 -> "2026-04" ...
//  - Year: 2026年, and a four-digit year after a dg:DateCue (em 2026, by 2030, Ende 2026,
//    mid-2026) -> "2026", relative = false.
//  - Without a year (relative = true; the year is the latest that puts the date no more than
//    dg:maxDaysAhead days after publication): 4月18日, 10月21日 -> 2025-10-21, Sept 30,
//    le 3 mars, 15 de março; a month alone after a cue (em setembro, in October, im Oktober,
//    10月) -> month precision; a Chinese day alone (18日) -> the date with that day nearest to
//    publication.
//  - Relative (relative = true): 昨天 今天 明天, yesterday, hoje, ayer, gestern, hier, ...;
//    去年 今年 明年, last year -> "2025"; last month, 上个月, le mois dernier -> "2026-03";
//    今年1月 -> "2026-01", 去年10月21日, 上月18日; em outubro do ano passado -> "2025-10";
//    last October, outubro passado (the latest October before the publication month);
//    last February 28 / next March 5 (strictly before / after publication);
//    weeks (上周, last week, la semaine dernière): the smallest month or year that holds the
//    whole week (Monday..Sunday).
//  - Weekdays (relative = true): the most recent such day on or before publication
//    (nesta segunda-feira, el martes, on Tuesday, am Montag, lundi, 周三), strictly before
//    (last Tuesday, lundi dernier, el pasado martes), strictly after (next Tuesday, mardi
//    prochain), or that day of the publication week, the one before or after (本周三, 上周三,
//    下周三). A Brazilian "nesta segunda-feira (6)" takes day 6 of the nearest month. A weekday
//    right next to the date it names (Tuesday, Sept 30; 周六（4月18日）) is not returned
//    on its own.
// Not returned: vague words (日前, 近日, recently), quarters and halves (Q3 2025, 2026年第一季度,
// third quarter of 2025), bare year ranges (2025-2030, de 2025 a 2030), amounts, percentages,
// counts (2000 GPUs), times, a year without a cue (revenue 2025), a month name alone without a
// cue (May, March), invalid dates (2月30日). Without a publication date (empty or not
// yyyy-mm-dd), nothing that needs it is returned: relative words, weekdays and dates
// without a year.
//
// Spans: byte_begin/byte_end and as_written cover the date's own words, shift words included
// (nesta segunda-feira, last month, 上周三, mardi dernier, outubro do ano passado), cues not
// (em setembro gives "setembro"). Results come in text order and do not overlap.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dealgraph::extract {

// The words of dates, loaded from Turtle (ontology/rules/dates.ttl). Cheap to copy.
class DateVocabulary {
 public:
  // Throws std::runtime_error whose what() starts with "FILE:LINE:COL: " when the file does not
  // parse (rdf::ParseError) or when a word misses what its class needs (a dg:MonthName without
  // dg:month in 1..12, a word without dg:surface, an unknown dg:shift, ...).
  static DateVocabulary load(const std::string& turtle_path);
  // The same from Turtle text in memory; `name` stands for the file in messages.
  static DateVocabulary from_turtle(std::string_view turtle, const std::string& name);

  std::size_t word_count() const;     // subjects read (dgr:month-01, ...)
  std::size_t surface_count() const;  // surfaces read ("janeiro", "周一", ...)
  const std::string& source() const;  // the file or name it was read from

  struct Data;  // opaque; defined in date_vocabulary.hpp

 private:
  explicit DateVocabulary(std::shared_ptr<const Data> data) : data_(std::move(data)) {}
  std::shared_ptr<const Data> data_;
  friend class DateFinder;
};

class DateFinder {
 public:
  explicit DateFinder(DateVocabulary vocabulary);

  enum class Precision { Day, Month, Year };

  struct Found {
    std::string iso;  // "2026-04-18", "2026-04" or "2026"
    std::size_t byte_begin = 0;
    std::size_t byte_end = 0;
    std::string as_written;  // text.substr(byte_begin, byte_end - byte_begin)
    bool relative = false;   // resolved with the publication date (relative words, weekdays, no year written)
    Precision precision = Precision::Day;
  };

  // Dates stated in `text` (UTF-8, usually one sentence), resolved against `published` (ISO
  // yyyy-mm-dd, optionally followed by a time; may be empty: then relative dates and dates
  // without a year are not returned). `language` is a BCP 47 hint: zh-Hans, zh-Hant, pt, es,
  // en, de, fr, or und (read as Chinese when the text holds Han characters, else as the
  // vocabulary's fallback language). Byte offsets are relative to `text`.
  std::vector<Found> find_all(std::string_view text, std::string_view language, std::string_view published) const;

 private:
  DateVocabulary vocabulary_;
};

}  // namespace dealgraph::extract
