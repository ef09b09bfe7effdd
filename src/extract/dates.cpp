// The date finder: see dates.hpp for what it returns and the rules it follows.
//
// How it works. The vocabulary's surfaces are case-folded into one trie of code points.
// find_all decodes the text once into folded code points with their byte offsets, then walks
// it looking for the start of a date: a digit (ASCII or full-width), a Chinese numeral, or the
// start of a vocabulary word (a month or weekday name, a relative word, a shift word). From
// there it reads forwards (day, month, year, shift words, a Chinese month and day after 今年);
// it looks backwards only for cues and period words. Every path that starts on a digit run
// consumes that run, so a number is never read twice (10月 inside 1-10月, 2030 inside 2025-2030).
#include "extract/dates.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "dealgraph/error.hpp"
#include "extract/code_points.hpp"
#include "rdf/turtle_reader.hpp"

namespace dealgraph::extract {
namespace {

// ---------------------------------------------------------------------------------------
// UTF-8 and characters.

using code_points::decode_at;
using code_points::is_cjk;
using code_points::lower_ascii;
using code_points::primary_subtag;
using code_points::Utf8;

bool is_space_cp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

bool is_han(char32_t c) {
  return c == 0x3007 || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

// Folding for matching: spaces become ' ', full-width ASCII becomes ASCII (so full-width
// digits are digits), quotes and hyphens of other forms become ' and -, letters fold case.
char32_t fold_cp(char32_t c) {
  if (c < 0x80) {
    if (c == '\t' || c == '\n' || c == '\r') return ' ';
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  }
  if (is_space_cp(c)) return ' ';
  if (c >= 0xFF01 && c <= 0xFF5E) {
    c -= 0xFEE0;
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  }
  if (c == 0x2018 || c == 0x2019 || c == 0x02BC) return '\'';
  if (c == 0x2010 || c == 0x2011) return '-';
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

std::u32string fold(std::string_view text) { return code_points::fold_with(text, fold_cp); }

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }  // on folded code points

// A letter of an alphabetic script (not Han, kana or hangul).
bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (is_cjk(c)) return false;
  return u_isalpha(static_cast<UChar32>(c)) != 0;
}

bool is_wordish(char32_t c) { return is_digit(c) || is_letter(c); }

// ---------------------------------------------------------------------------------------
// The calendar (proleptic Gregorian), on day numbers counted from 1970-01-01.

long days_from_civil(int y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

struct Ymd {
  int y = 0;
  int m = 0;  // 0: year precision
  int d = 0;  // 0: month precision
};

Ymd civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
  return Ymd{y, m, d};
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

bool valid_date(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

int iso_weekday(long days) {  // 1 = Monday .. 7 = Sunday; 1970-01-01 was a Thursday
  const long r = ((days % 7) + 7 + 3) % 7;
  return static_cast<int>(r) + 1;
}

// (y, m + delta) with the year carried.
std::pair<int, int> add_months(int y, int m, int delta) {
  int index = y * 12 + (m - 1) + delta;
  return {index >= 0 ? index / 12 : (index - 11) / 12, ((index % 12) + 12) % 12 + 1};
}

// ---------------------------------------------------------------------------------------
// The vocabulary.

enum class Kind : std::uint8_t {
  Month, Weekday, RelDay, RelWeek, RelMonth, RelYear, Shift, Cue, Connector, DaySuffix, Marker, Numeral, Period,
  Range, Count
};

constexpr std::uint32_t bit(Kind k) { return 1u << static_cast<unsigned>(k); }

enum class Shift : std::uint8_t { None, OnOrBefore, Before, After, ThisWeek, LastWeek, NextWeek };
enum class Unit : std::uint8_t { Year, Month, Day };

struct Word {
  Kind kind = Kind::Month;
  std::string iri;
  int value = 0;  // month, weekday, offset or numeral value
  bool abbreviation = false;
  bool case_sensitive = false;
  bool needs_cue = false;
  bool tens = false;
  bool after_month_only = false;
  bool shift_after = false;  // dg:position "after"
  Shift shift = Shift::None;
  Unit unit = Unit::Day;
  std::vector<std::u32string> not_preceded_by;
  std::vector<std::u32string> not_followed_by;
};

struct Surface {
  std::uint32_t word = 0;
  std::string primary;  // primary language subtag; empty: every language
  bool upper_first = false;
};

struct Trie {
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;
  struct Node {
    std::vector<std::pair<char32_t, std::uint32_t>> next;  // sorted by code point
    std::vector<std::uint32_t> ends;                      // surfaces ending here
  };
  std::vector<Node> nodes = std::vector<Node>(1);

  std::uint32_t step(std::uint32_t node, char32_t c) const {
    const auto& next = nodes[node].next;
    const auto it = std::lower_bound(next.begin(), next.end(), c,
                                     [](const std::pair<char32_t, std::uint32_t>& e, char32_t k) { return e.first < k; });
    return (it != next.end() && it->first == c) ? it->second : kNone;
  }

  void insert(const std::u32string& key, std::uint32_t id) {
    std::uint32_t node = 0;
    for (char32_t c : key) {
      std::uint32_t child = step(node, c);
      if (child == kNone) {
        child = static_cast<std::uint32_t>(nodes.size());
        nodes.emplace_back();
        auto& next = nodes[node].next;
        const auto it = std::lower_bound(next.begin(), next.end(), c,
                                         [](const std::pair<char32_t, std::uint32_t>& e, char32_t k) { return e.first < k; });
        next.insert(it, {c, child});
      }
      node = child;
    }
    nodes[node].ends.push_back(id);
  }
};

struct Numeral {
  int value = 0;
  bool tens = false;
  std::string primary;
};

}  // namespace

struct DateVocabulary::Data {
  std::string source;
  std::vector<Word> words;
  std::vector<Surface> surfaces;
  Trie trie;
  std::unordered_map<char32_t, std::vector<Numeral>> numerals;
  int max_days_ahead = 61;
  int minimum_year = 1950;
  int maximum_year = 2100;
  std::string fallback_language = "en";
  std::vector<std::pair<std::string, bool>> month_first;  // language -> numericOrder is mdy
};

namespace {

using Data = DateVocabulary::Data;

class Loader : public rdf::VocabularyReader {
 public:
  using VocabularyReader::VocabularyReader;

  std::shared_ptr<Data> build() {
    auto data = std::make_shared<Data>();
    data->source = name_;
    read_policy(*data);
    read_orders(*data);
    const std::pair<const char*, Kind> classes[] = {
        {"MonthName", Kind::Month},         {"WeekdayName", Kind::Weekday},   {"RelativeDay", Kind::RelDay},
        {"RelativeWeek", Kind::RelWeek},    {"RelativeMonth", Kind::RelMonth}, {"RelativeYear", Kind::RelYear},
        {"ShiftWord", Kind::Shift},         {"DateCue", Kind::Cue},            {"DateConnector", Kind::Connector},
        {"DaySuffix", Kind::DaySuffix},     {"DateMarker", Kind::Marker},      {"DateNumeral", Kind::Numeral},
        {"PeriodWord", Kind::Period},       {"RangeWord", Kind::Range},        {"CountWord", Kind::Count},
    };
    for (const auto& [local, kind] : classes)
      for (const std::string& subject : index_.subjects_of_type(dg(local))) read_word(*data, subject, kind);
    if (data->words.empty()) throw KnowledgeError(name_ + ":1:1: no date words (dg:MonthName, ...) found");
    return data;
  }

 private:
  std::optional<int> integer(const std::string& subject, const char* property, bool required, int lo, int hi) const {
    const rdf::Term* term = literal(subject, property, required);
    if (!term) return std::nullopt;
    const std::string& s = term->value;
    const char* first = s.data();
    if (!s.empty() && s[0] == '+') ++first;
    int value = 0;
    const auto [ptr, ec] = std::from_chars(first, s.data() + s.size(), value);
    if (ec != std::errc() || ptr != s.data() + s.size() || s.empty())
      fail(subject, std::string("dg:") + property + " is not an integer: \"" + s + "\"");
    if (value < lo || value > hi)
      fail(subject, std::string("dg:") + property + " is out of " + std::to_string(lo) + ".." + std::to_string(hi) +
                        ": " + s);
    return value;
  }

  std::vector<std::u32string> folded_texts(const std::string& subject, const char* property) const {
    std::vector<std::u32string> out;
    for (const rdf::Term* term : literals(subject, property)) {
      std::u32string folded = fold(term->value);
      if (folded.empty()) fail(subject, std::string("has an empty dg:") + property);
      out.push_back(std::move(folded));
    }
    return out;
  }

  void read_policy(Data& data) const {
    const auto policies = index_.subjects_of_type(dg("DatePolicy"));
    if (policies.empty()) return;  // defaults
    const std::string& subject = policies.front();
    data.max_days_ahead = *integer(subject, "maxDaysAhead", true, 0, 366);
    data.minimum_year = *integer(subject, "minimumYear", true, 1000, 9999);
    data.maximum_year = *integer(subject, "maximumYear", true, 1000, 9999);
    if (data.minimum_year > data.maximum_year) fail(subject, "has dg:minimumYear above dg:maximumYear");
    data.fallback_language = lower_ascii(text(subject, "fallbackLanguage", true));
  }

  void read_orders(Data& data) const {
    for (const std::string& subject : index_.subjects_of_type(dg("NumericDateOrder"))) {
      const std::string language = primary_subtag(lower_ascii(text(subject, "language", true)));
      const std::string order = text(subject, "numericOrder", true);
      if (order != "dmy" && order != "mdy") fail(subject, "has an unknown dg:numericOrder \"" + order + "\" (dmy, mdy)");
      data.month_first.emplace_back(language, order == "mdy");
    }
  }

  Shift shift(const std::string& subject) const {
    const std::string value = text(subject, "shift", true);
    if (value == "onOrBefore") return Shift::OnOrBefore;
    if (value == "before") return Shift::Before;
    if (value == "after") return Shift::After;
    if (value == "thisWeek") return Shift::ThisWeek;
    if (value == "lastWeek") return Shift::LastWeek;
    if (value == "nextWeek") return Shift::NextWeek;
    fail(subject, "has an unknown dg:shift \"" + value + "\" (onOrBefore, before, after, thisWeek, lastWeek, nextWeek)");
  }

  void read_word(Data& data, const std::string& subject, Kind kind) const {
    Word word;
    word.kind = kind;
    word.iri = subject;
    word.case_sensitive = flag(subject, "caseSensitive");
    switch (kind) {
      case Kind::Month:
        word.value = *integer(subject, "month", true, 1, 12);
        word.abbreviation = flag(subject, "abbreviation");
        break;
      case Kind::Weekday:
        word.value = *integer(subject, "weekday", true, 1, 7);
        word.needs_cue = flag(subject, "needsCue");
        break;
      case Kind::RelDay:
      case Kind::RelWeek:
      case Kind::RelMonth:
      case Kind::RelYear:
        word.value = *integer(subject, "offset", true, -100, 100);
        break;
      case Kind::Shift: {
        word.shift = shift(subject);
        const std::string position = text(subject, "position", false);
        if (position == "after") word.shift_after = true;
        else if (!position.empty() && position != "before")
          fail(subject, "has an unknown dg:position \"" + position + "\" (before, after)");
        break;
      }
      case Kind::Marker: {
        const std::string unit = text(subject, "unit", true);
        if (unit == "year") word.unit = Unit::Year;
        else if (unit == "month") word.unit = Unit::Month;
        else if (unit == "day") word.unit = Unit::Day;
        else fail(subject, "has an unknown dg:unit \"" + unit + "\" (year, month, day)");
        word.after_month_only = flag(subject, "afterMonthOnly");
        break;
      }
      case Kind::Numeral:
        word.value = *integer(subject, "value", true, 0, 10);
        word.tens = flag(subject, "tens");
        if (word.tens != (word.value == 10)) fail(subject, "must have dg:value 10 exactly when dg:tens is true");
        break;
      case Kind::Cue:
      case Kind::Connector:
      case Kind::DaySuffix:
      case Kind::Period:
      case Kind::Range:
      case Kind::Count:
        break;
    }
    word.not_preceded_by = folded_texts(subject, "notPrecededBy");
    word.not_followed_by = folded_texts(subject, "notFollowedBy");
    const auto surfaces = index_.objects(subject, dg("surface"));
    if (surfaces.empty()) fail(subject, "has no dg:surface");
    const auto word_id = static_cast<std::uint32_t>(data.words.size());
    data.words.push_back(std::move(word));
    const Word& stored = data.words.back();
    for (const rdf::Term* term : surfaces) {
      if (!term->is_literal()) fail(subject, "has a dg:surface that is not a literal");
      const std::u32string key = fold(term->value);
      if (key.empty()) fail(subject, "has an empty dg:surface");
      Surface surface;
      surface.word = word_id;
      surface.primary = primary_subtag(lower_ascii(term->language));
      const Utf8 first = decode_at(term->value, 0);
      surface.upper_first = u_isupper(static_cast<UChar32>(first.cp)) != 0;
      if (kind == Kind::Numeral) {
        if (key.size() != 1) fail(subject, "has a dg:surface that is not one character");
        data.numerals[key[0]].push_back(Numeral{stored.value, stored.tens, surface.primary});
      }
      const auto id = static_cast<std::uint32_t>(data.surfaces.size());
      data.surfaces.push_back(std::move(surface));
      data.trie.insert(key, id);
    }
  }
};

// ---------------------------------------------------------------------------------------
// The scanner.

struct Cp {
  char32_t c = 0;     // folded
  char32_t orig = 0;  // as written
  std::uint32_t b = 0;
  std::uint32_t e = 0;
};

struct Hit {
  const Word* word = nullptr;
  const Surface* surface = nullptr;
  std::size_t end = 0;
};

struct Num {
  bool ok = false;
  int value = 0;
  int len = 0;            // digits written (ASCII or numeral digits); 0 with 十
  bool numerals = false;  // Chinese numerals
  std::size_t end = 0;
};

constexpr std::uint32_t kWordKinds = bit(Kind::Month) | bit(Kind::Weekday) | bit(Kind::RelDay) | bit(Kind::RelWeek) |
                                     bit(Kind::RelMonth) | bit(Kind::RelYear) | bit(Kind::Shift);

class Scanner {
 public:
  Scanner(const Data& data, std::string_view text, std::string primary, std::optional<long> published)
      : data_(data), primary_(std::move(primary)), pub_(published) {
    for (std::size_t i = 0; i < text.size();) {
      const Utf8 u = decode_at(text, i);
      cps_.push_back(Cp{fold_cp(u.cp), u.cp, static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + u.len)});
      i += u.len;
    }
    n_ = cps_.size();
    for (const auto& [language, mdy] : data_.month_first)
      if (language == primary_) month_first_ = mdy;
    if (pub_) {
      const Ymd p = civil_from_days(*pub_);
      py_ = p.y;
      pm_ = p.m;
    }
  }

  struct Cand {
    std::size_t begin = 0;
    std::size_t end = 0;
    Ymd date;
    bool relative = false;
    bool weekday_only = false;
    bool explicit_day = false;
  };

  std::vector<Cand> run() {
    std::size_t i = 0;
    while (i < n_) {
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
        const bool before = k + 1 < cands_.size() && cands_[k + 1].explicit_day && small_gap(c.end, cands_[k + 1].begin);
        const bool after = k > 0 && cands_[k - 1].explicit_day && small_gap(cands_[k - 1].end, c.begin);
        if (before || after) continue;
      }
      out.push_back(c);
    }
    return out;
  }

  const Cp& cp(std::size_t i) const { return cps_[i]; }

 private:
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

  bool lang_ok(const Surface& s) const { return s.primary.empty() || s.primary == primary_; }

  // The folded text ending at `p` (spaces before it skipped) is `s`, as a whole word.
  bool before_is(std::size_t p, const std::u32string& s) const {
    p = skip_sp_back(p);
    if (s.size() > p) return false;
    const std::size_t start = p - s.size();
    for (std::size_t k = 0; k < s.size(); ++k)
      if (cps_[start + k].c != s[k]) return false;
    return !(is_wordish(s.front()) && start > 0 && is_wordish(cps_[start - 1].c));
  }

  // The folded text from `p` (spaces skipped) starts with `s`, as a whole word.
  bool after_is(std::size_t p, const std::u32string& s) const {
    p = skip_sp(p);
    if (p + s.size() > n_) return false;
    for (std::size_t k = 0; k < s.size(); ++k)
      if (cps_[p + k].c != s[k]) return false;
    const std::size_t end = p + s.size();
    return !(is_wordish(s.back()) && end < n_ && is_wordish(cps_[end].c));
  }

  // Every vocabulary word of `kinds` starting at `i`, shortest first.
  std::vector<Hit> matches(std::size_t i, std::uint32_t kinds) const {
    std::vector<Hit> out;
    std::uint32_t node = 0;
    std::size_t p = i;
    while (p < n_) {
      const char32_t c = cps_[p].c;
      node = data_.trie.step(node, c);
      if (node == Trie::kNone) break;
      ++p;
      if (c == ' ') {
        while (p < n_ && cps_[p].c == ' ') ++p;
        continue;
      }
      const auto& ends = data_.trie.nodes[node].ends;
      if (ends.empty()) continue;
      if (is_wordish(c) && p < n_ && is_wordish(cps_[p].c)) continue;  // inside a word
      for (std::uint32_t id : ends) {
        const Surface& surface = data_.surfaces[id];
        const Word& word = data_.words[surface.word];
        if (!(kinds & bit(word.kind)) || !lang_ok(surface)) continue;
        if (word.case_sensitive && (u_isupper(static_cast<UChar32>(cps_[i].orig)) != 0) != surface.upper_first) continue;
        bool blocked = false;
        for (const auto& s : word.not_preceded_by) blocked = blocked || before_is(i, s);
        for (const auto& s : word.not_followed_by) blocked = blocked || after_is(p, s);
        if (blocked) continue;
        out.push_back(Hit{&word, &surface, p});
      }
    }
    return out;
  }

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

  // Digits at `i` (folded, so full-width digits too).
  Num read_digits(std::size_t i) const {
    Num num;
    std::size_t p = i;
    long value = 0;
    while (p < n_ && is_digit(cps_[p].c)) {
      if (value < 100000000) value = value * 10 + (cps_[p].c - '0');
      ++p;
    }
    num.len = static_cast<int>(p - i);
    num.ok = num.len > 0 && num.len <= 8;
    num.value = static_cast<int>(value);
    num.end = p;
    return num;
  }

  const Numeral* numeral(std::size_t i) const {
    if (i >= n_) return nullptr;
    const auto it = data_.numerals.find(cps_[i].c);
    if (it == data_.numerals.end()) return nullptr;
    for (const Numeral& numeral : it->second)
      if (numeral.primary.empty() || numeral.primary == primary_) return &numeral;
    return nullptr;
  }

  // Chinese numerals at `i`: digit by digit (二〇二六), or with 十 (十, 十八, 二十一).
  Num read_numerals(std::size_t i) const {
    Num num;
    num.numerals = true;
    std::vector<const Numeral*> run;
    std::size_t p = i;
    while (const Numeral* n = numeral(p)) {
      run.push_back(n);
      ++p;
    }
    num.end = p;
    if (run.empty() || run.size() > 4) return num;
    int tens_at = -1;
    for (std::size_t k = 0; k < run.size(); ++k)
      if (run[k]->tens) {
        if (tens_at >= 0) return num;
        tens_at = static_cast<int>(k);
      }
    if (tens_at < 0) {
      for (const Numeral* n : run) num.value = num.value * 10 + n->value;
      num.len = static_cast<int>(run.size());
      num.ok = true;
      return num;
    }
    const std::size_t t = static_cast<std::size_t>(tens_at);
    if (t > 1 || run.size() - t > 2) return num;
    const int high = t == 0 ? 1 : run[0]->value;
    const int low = t + 1 < run.size() ? run[t + 1]->value : 0;
    if (high < 1 || (t == 1 && run[0]->value == 0) || (t + 1 < run.size() && low == 0)) return num;
    num.value = high * 10 + low;
    num.ok = true;
    return num;
  }

  Num read_number(std::size_t i) const {
    if (i < n_ && is_digit(cps_[i].c)) return read_digits(i);
    return read_numerals(i);
  }

  // A number may start at `i`: not glued to a letter, a digit or a decimal point before it.
  bool digits_start_ok(std::size_t i) const {
    if (i == 0) return true;
    const char32_t p = cps_[i - 1].c;
    if (is_wordish(p)) return false;
    switch (p) {
      case '$': case '#': case '+': case '@': case U'€': case U'£': case U'¥': case U'₩': case U'₹':
        return false;
      case '.': case ',': case '/': case ':': case '-':  // 3.5, 2,000, 10:30, 1-10月; not 日期:2025-10-09
        return !(i >= 2 && is_digit(cps_[i - 2].c));
      default: return true;
    }
  }

  // What follows a number at `p` makes it part of something else (3.5, 2,000, 10:30, 3D, 30%).
  bool glued_after(std::size_t p) const {
    if (p >= n_) return false;
    const char32_t c = cps_[p].c;
    if (is_wordish(c) || c == '%') return true;
    if ((c == '.' || c == ',' || c == ':' || c == '/' || c == '-') && p + 1 < n_ && is_digit(cps_[p + 1].c)) return true;
    return false;
  }

  bool valid_year(int y) const { return y >= data_.minimum_year && y <= data_.maximum_year; }

  // A cue (one or two words, or a Chinese word) ends right before `i`.
  bool cue_before(std::size_t i) const {
    std::size_t p = i;
    if (p > 0 && cps_[p - 1].c == '-' && p >= 2 && is_letter(cps_[p - 2].c)) --p;  // mid-2026
    else p = skip_sp_back(p);
    if (p == 0) return false;
    std::vector<std::size_t> starts;
    if (is_han(cps_[p - 1].c)) {
      for (std::size_t k = 1; k <= 3 && k <= p; ++k) starts.push_back(p - k);
    } else {
      std::size_t s1 = p;
      while (s1 > 0 && (is_letter(cps_[s1 - 1].c) || cps_[s1 - 1].c == '\'')) --s1;
      if (s1 == p) return false;
      starts.push_back(s1);
      std::size_t s2 = skip_sp_back(s1);
      if (s2 < s1) {
        const std::size_t e2 = s2;
        while (s2 > 0 && (is_letter(cps_[s2 - 1].c) || cps_[s2 - 1].c == '\'')) --s2;
        if (s2 < e2) starts.push_back(s2);
      }
    }
    for (std::size_t s : starts) {
      if (!word_start(s)) continue;
      for (const Hit& h : matches(s, bit(Kind::Cue)))
        if (h.end == p) return true;
    }
    return false;
  }

  // A quarter, half or fiscal word among the three words before `i` (third quarter of 2025).
  bool period_before(std::size_t i) const {
    std::size_t p = i;
    for (int words = 0; words < 3; ++words) {
      while (p > 0 && !is_wordish(cps_[p - 1].c) && !is_han(cps_[p - 1].c)) --p;
      const std::size_t end = p;
      while (p > 0 && (is_wordish(cps_[p - 1].c) || cps_[p - 1].c == '\'')) --p;
      if (p == end) return false;
      for (const Hit& h : matches(p, bit(Kind::Period)))
        if (h.end == end) return true;
    }
    return false;
  }

  // A quarter or half right after a Chinese year (2026年第一季度, 今年上半年).
  bool period_after(std::size_t k) const {
    for (std::size_t s = k; s < n_ && s < k + 4; ++s) {
      if (cps_[s].c == ' ' || (!is_han(cps_[s].c) && !is_wordish(cps_[s].c))) break;
      if (!matches(s, bit(Kind::Period)).empty()) return true;
    }
    return false;
  }

  bool count_after(std::size_t k) const {
    const std::size_t p = skip_sp(k);
    return !matches(p, bit(Kind::Count)).empty();
  }

  // A year range follows the year that ends at `k` (2025-2030, 2025 a 2030, 2025年至2030年).
  // On true, `next` is past the second year.
  bool range_after(std::size_t k, std::size_t& next) const {
    const std::size_t p = skip_sp(k);
    const auto range = longest(p, bit(Kind::Range), [&](const Hit& h) {
      return !is_letter(cps_[p].c) || (p > k && h.end < n_ && cps_[h.end].c == ' ');
    });
    if (!range) return false;
    const std::size_t q = skip_sp(range->end);
    if (q >= n_ || !is_digit(cps_[q].c)) return false;
    const Num b = read_digits(q);
    const char32_t sign = cps_[p].c;
    if (!(b.len == 4 || (b.len == 2 && (sign == '-' || sign == '/' || sign == 0x2013)))) return false;
    if (b.end < n_ && is_digit(cps_[b.end].c)) return false;
    next = b.end;
    const auto marker = longest(skip_sp(b.end), bit(Kind::Marker), [](const Hit& h) { return h.word->unit == Unit::Year; });
    if (marker) next = marker->end;
    return true;
  }

  // --- Gaps between a weekday and a date ---------------------------------------------------

  bool small_gap(std::size_t a, std::size_t b) const {
    if (b < a || b - a > 12) return false;
    std::size_t p = a;
    while (p < b) {
      const char32_t c = cps_[p].c;
      if (!is_wordish(c) && !is_han(c)) {
        ++p;
        continue;
      }
      const auto connector = longest(p, bit(Kind::Connector), [&](const Hit& h) { return h.end <= b; });
      if (!connector || !word_start(p)) return false;
      p = connector->end;
    }
    return true;
  }

  // --- Resolution ------------------------------------------------------------------------

  long pub() const { return *pub_; }

  // The latest year that puts (m, d) no more than max_days_ahead days after publication.
  std::optional<Ymd> infer_day(int m, int d) const {
    for (int y = py_ + 1; y >= py_ - 1; --y) {
      if (!valid_date(y, m, d)) continue;
      if (days_from_civil(y, m, d) <= pub() + data_.max_days_ahead) return Ymd{y, m, d};
    }
    for (int y = py_ - 2; y >= py_ - 4; --y)  // 29 February
      if (valid_date(y, m, d)) return Ymd{y, m, d};
    return std::nullopt;
  }

  Ymd infer_month(int m) const {
    for (int y = py_ + 1; y > py_ - 1; --y)
      if (days_from_civil(y, m, 1) <= pub() + data_.max_days_ahead) return Ymd{y, m, 0};
    return Ymd{py_ - 1, m, 0};
  }

  // The date with day of month `dom` nearest to day `center` (ties: the earlier).
  std::optional<Ymd> nearest_dom(long center, int dom) const {
    const Ymd c = civil_from_days(center);
    std::optional<Ymd> best;
    long best_distance = 0;
    for (int delta = -2; delta <= 2; ++delta) {
      const auto [y, m] = add_months(c.y, c.m, delta);
      if (!valid_date(y, m, dom)) continue;
      const long distance = std::labs(days_from_civil(y, m, dom) - center);
      if (!best || distance < best_distance) {
        best = Ymd{y, m, dom};
        best_distance = distance;
      }
    }
    return best;
  }

  long resolve_weekday(int weekday, Shift shift) const {
    const long p = pub();
    const int pw = iso_weekday(p);
    const int back = (pw - weekday + 7) % 7;
    const int ahead = (weekday - pw + 7) % 7;
    const long monday = p - (pw - 1);
    switch (shift) {
      case Shift::Before: return p - (back == 0 ? 7 : back);
      case Shift::After: return p + (ahead == 0 ? 7 : ahead);
      case Shift::ThisWeek: return monday + (weekday - 1);
      case Shift::LastWeek: return monday - 7 + (weekday - 1);
      case Shift::NextWeek: return monday + 7 + (weekday - 1);
      case Shift::None:
      case Shift::OnOrBefore: break;
    }
    return p - back;
  }

  // (m, d) with a shift word: last February 28 (strictly before publication), next March 5
  // (strictly after), this March 5 (the publication year).
  std::optional<Ymd> resolve_day(int m, int d, Shift shift) const {
    for (int k = 0; k < 8; ++k) {  // 29 February may need a few years
      const int y = shift == Shift::Before ? py_ - k : (shift == Shift::After ? py_ + k : py_);
      if (!valid_date(y, m, d)) {
        if (shift == Shift::OnOrBefore) return std::nullopt;
        continue;
      }
      const long day = days_from_civil(y, m, d);
      if (shift == Shift::Before && day >= pub()) continue;
      if (shift == Shift::After && day <= pub()) continue;
      return Ymd{y, m, d};
    }
    return std::nullopt;
  }

  Ymd resolve_month(int m, Shift shift) const {
    switch (shift) {
      case Shift::Before: return Ymd{m < pm_ ? py_ : py_ - 1, m, 0};
      case Shift::After: return Ymd{m > pm_ ? py_ : py_ + 1, m, 0};
      case Shift::OnOrBefore:
      case Shift::ThisWeek:
      case Shift::LastWeek:
      case Shift::NextWeek: return Ymd{py_, m, 0};
      case Shift::None: break;
    }
    return infer_month(m);
  }

  void add(std::size_t begin, std::size_t end, Ymd date, bool relative, bool weekday_only = false,
           bool explicit_day = false) {
    if (date.m != 0 && (date.m < 1 || date.m > 12)) return;
    if (date.d != 0 && !valid_date(date.y, date.m, date.d)) return;
    if (date.y < 1 || date.y > 9999) return;
    cands_.push_back(Cand{begin, end, date, relative, weekday_only, explicit_day});
  }

  // --- Readers of dates ------------------------------------------------------------------

  bool try_at(std::size_t i, std::size_t& next) {
    const char32_t c = cps_[i].c;
    if (is_digit(c)) return try_digits(i, next);
    if (!word_start(i)) return false;
    if (numeral(i) && try_numerals(i, next)) return true;
    if (try_words(i, next)) return true;
    if (is_letter(c)) {  // skip the rest of the word
      std::size_t p = i;
      while (p < n_ && is_letter(cps_[p].c)) ++p;
      next = p;
      return true;
    }
    return false;
  }

  // A Chinese month and optional day at `k`: 4月, 4月18日, 四月十八日, 10 月 21 号.
  bool read_zh_month_day(std::size_t k, int& month, int& day, std::size_t& end) const {
    const std::size_t p = skip_sp(k);
    const Num m = read_number(p);
    if (!m.ok || m.value < 1 || m.value > 12 || (!m.numerals && m.len > 2)) return false;
    const auto marker = longest(m.numerals ? m.end : skip_sp(m.end), bit(Kind::Marker),
                                [](const Hit& h) { return h.word->unit == Unit::Month; });
    if (!marker) return false;
    month = m.value;
    day = 0;
    end = marker->end;
    const std::size_t q = m.numerals ? marker->end : skip_sp(marker->end);
    const Num d = read_number(q);
    if (d.ok && d.value >= 1 && d.value <= 31 && (d.numerals || d.len <= 2)) {
      const auto day_marker = longest(d.numerals ? d.end : skip_sp(d.end), bit(Kind::Marker),
                                      [](const Hit& h) { return h.word->unit == Unit::Day; });
      if (day_marker) {
        day = d.value;
        end = day_marker->end;
      }
    }
    return true;
  }

  // After a Chinese year (digits or numerals) and its 年, ending at `k`.
  bool zh_after_year(std::size_t begin, int year, std::size_t k, std::size_t& next) {
    int month = 0, day = 0;
    std::size_t end = k;
    if (read_zh_month_day(k, month, day, end)) {
      next = end;
      if (valid_year(year)) add(begin, end, Ymd{year, month, day}, false, false, day != 0);
      return true;
    }
    next = k;
    if (period_after(k) || range_after(k, next)) return true;
    if (valid_year(year)) add(begin, k, Ymd{year, 0, 0}, false);
    return true;
  }

  // A Chinese month (and day) without a year, from `begin`; the month number was read.
  void zh_month(std::size_t begin, std::size_t& next) {
    int month = 0, day = 0;
    std::size_t end = begin;
    if (!read_zh_month_day(begin, month, day, end)) return;
    next = end;
    if (!pub_) return;
    if (day != 0) {
      if (const auto date = infer_day(month, day)) add(begin, end, *date, true, false, true);
    } else {
      add(begin, end, infer_month(month), true);
    }
  }

  bool try_digits(std::size_t i, std::size_t& next) {
    const Num a = read_digits(i);
    next = a.end;
    if (!a.ok) return true;
    const std::size_t j = a.end;
    if (!digits_start_ok(i)) {
      // Chinese runs Latin letters and digits together (OpenAI9月22日): a year or month still counts.
      if (i > 0 && is_letter(cps_[i - 1].c)) {
        const auto marker = longest(skip_sp(j), bit(Kind::Marker));
        if (marker && marker->word->unit != Unit::Day) return chinese(i, a, *marker, next);
      }
      return true;
    }
    const char32_t sep = at(j);
    const bool date_sep = sep == '-' || sep == '/' || sep == '.';

    // 2025-10-01, 2025/10/01, 2025.10.01; 2025-2030 and 2025/26 are not dates.
    if (a.len == 4 && date_sep && is_digit(at(j + 1))) {
      const Num m = read_digits(j + 1);
      next = m.end;
      if (m.len <= 2 && at(m.end) == sep && is_digit(at(m.end + 1))) {
        const Num d = read_digits(m.end + 1);
        next = d.end;
        const bool time_follows = at(d.end) == 't' && is_digit(at(d.end + 1));  // 2025-10-01T09:30
        if (d.len <= 2 && (time_follows || !glued_after(d.end)) && valid_year(a.value) &&
            valid_date(a.value, m.value, d.value))
          add(i, d.end, Ymd{a.value, m.value, d.value}, false, false, true);
      }
      return true;
    }

    // 01.10.2025, 01/10/2025, 1-10-2025.
    if (a.len <= 2 && date_sep && is_digit(at(j + 1))) {
      const Num b = read_digits(j + 1);
      next = b.end;
      if (b.len <= 2 && at(b.end) == sep && is_digit(at(b.end + 1))) {
        const Num y = read_digits(b.end + 1);
        next = y.end;
        if (y.len == 4 && !glued_after(y.end) && valid_year(y.value)) {
          int d = a.value, m = b.value;
          if (sep != '.' && month_first_) std::swap(d, m);
          if (valid_date(y.value, m, d)) add(i, y.end, Ymd{y.value, m, d}, false, false, true);
        }
      }
      return true;
    }

    // Chinese: 2026年..., 4月..., 18日.
    if (const auto marker = longest(skip_sp(j), bit(Kind::Marker))) return chinese(i, a, *marker, next);

    // 30 September 2025, 15 de março de 2026, 4. November, 1er mars, 30th of September.
    if (a.len <= 2 && a.value >= 1 && a.value <= 31) {
      if (day_first(i, a, next)) return true;
    }

    // A year alone: em 2026, by 2030, Ende 2026.
    if (a.len == 4) {
      if (range_after(j, next)) return true;
      if (!valid_year(a.value) || glued_after(j) || count_after(j)) return true;
      if (!cue_before(i) || period_before(i)) return true;
      add(i, j, Ymd{a.value, 0, 0}, false);
    }
    return true;
  }

  // Digits `a` at `i` followed by a Chinese marker.
  bool chinese(std::size_t i, const Num& a, const Hit& marker, std::size_t& next) {
    switch (marker.word->unit) {
      case Unit::Year:
        if (a.len == 4) return zh_after_year(i, a.value, marker.end, next);
        next = marker.end;
        return true;
      case Unit::Month:
        if (a.len <= 2) zh_month(i, next);
        return true;
      case Unit::Day:
        next = marker.end;
        if (a.len <= 2 && !marker.word->after_month_only && !month_marker_before(i)) bare_day(i, a.value, marker.end);
        return true;
    }
    return true;
  }

  // A 月 right before `i`: a day after a month whose number was not read (x9月22日) is no date.
  bool month_marker_before(std::size_t i) const {
    if (i == 0) return false;
    for (const Hit& h : matches(i - 1, bit(Kind::Marker)))
      if (h.end == i && h.word->unit == Unit::Month) return true;
    return false;
  }

  // 18日: the day nearest to publication; after another date (4月18日至20日) its month.
  void bare_day(std::size_t begin, int day, std::size_t end) {
    if (day < 1 || day > 31) return;
    if (!cands_.empty()) {
      const Cand& last = cands_.back();
      if (last.explicit_day && begin >= last.end && begin - last.end <= 3) {
        bool joined = true;
        for (std::size_t p = last.end; p < begin && joined;) {
          const char32_t c = cps_[p].c;
          if (c == ' ' || c == ',' || c == 0x3001) {
            ++p;
            continue;
          }
          const auto range = longest(p, bit(Kind::Range), [&](const Hit& h) { return h.end <= begin; });
          if (range) p = range->end;
          else joined = false;
        }
        if (joined) {
          add(begin, end, Ymd{last.date.y, last.date.m, day}, last.relative, false, true);
          return;
        }
      }
    }
    if (!pub_) return;
    if (const auto date = nearest_dom(pub(), day)) add(begin, end, *date, true, false, true);
  }

  // The year after a month at `e`: [,] [connector] yyyy. Needs a space or comma before it.
  bool read_year_after(std::size_t e, int& year, std::size_t& end) const {
    std::size_t p = skip_sp(e);
    bool separated = p > e;
    if (at(p) == ',') {
      p = skip_sp(p + 1);
      separated = true;
    }
    if (!separated) return false;
    if (const auto connector = longest(p, bit(Kind::Connector))) p = skip_sp(connector->end);
    if (!is_digit(at(p))) return false;
    const Num y = read_digits(p);
    if (y.len != 4 || !valid_year(y.value) || glued_after(y.end) || count_after(y.end)) return false;
    year = y.value;
    end = y.end;
    return true;
  }

  // A relative year after a month at `e`: do ano passado, del año pasado, last year, de l'année dernière.
  bool relative_year_after(std::size_t e, int& offset, std::size_t& end) const {
    std::size_t p = skip_sp(e);
    if (p == e) return false;
    if (at(p) == ',') p = skip_sp(p + 1);
    if (const auto connector = longest(p, bit(Kind::Connector))) p = skip_sp(connector->end);
    if (at(p) == 'l' && at(p + 1) == '\'') p += 2;
    const auto year = longest(p, bit(Kind::RelYear));
    if (!year) return false;
    offset = year->word->value;
    end = year->end;
    return true;
  }

  // A shift word written after a name (lundi dernier, outubro passado).
  std::optional<Hit> shift_after(std::size_t e) const {
    const std::size_t p = skip_sp(e);
    if (p == e && e > 0 && is_letter(cps_[e - 1].c)) return std::nullopt;
    return longest(p, bit(Kind::Shift), [](const Hit& h) { return h.word->shift_after; });
  }

  bool day_first(std::size_t i, const Num& a, std::size_t& next) {
    const std::size_t j = a.end;
    std::size_t k = j;
    if (const auto suffix = longest(j, bit(Kind::DaySuffix))) k = suffix->end;
    else if (glued_after(j)) return false;
    std::size_t q = skip_sp(k);
    if (q == k) return false;
    if (const auto connector = longest(q, bit(Kind::Connector))) q = skip_sp(connector->end);
    const auto month = longest(q, bit(Kind::Month));
    if (!month) return false;
    std::size_t e = month->end;
    if (month->word->abbreviation && at(e) == '.') ++e;
    const int m = month->word->value;
    int year = 0, offset = 0;
    std::size_t end = e;
    if (read_year_after(e, year, end)) {
      next = end;
      add(i, end, Ymd{year, m, a.value}, false, false, true);
      return true;
    }
    if (relative_year_after(e, offset, end)) {
      next = end;
      if (pub_) add(i, end, Ymd{py_ + offset, m, a.value}, true, false, true);
      return true;
    }
    // 5 out of 10: an abbreviation after the day needs its full stop or a year.
    if (month->word->abbreviation && e == month->end) return false;
    next = e;
    if (!pub_) return true;
    if (const auto date = infer_day(m, a.value)) add(i, e, *date, true, false, true);
    return true;
  }

  bool try_numerals(std::size_t i, std::size_t& next) {
    const Num a = read_numerals(i);
    next = a.end;
    if (!a.ok) return true;
    if (a.len == 4) {
      if (const auto marker = longest(a.end, bit(Kind::Marker), [](const Hit& h) { return h.word->unit == Unit::Year; }))
        return zh_after_year(i, a.value, marker->end, next);
      return true;
    }
    int month = 0, day = 0;
    std::size_t end = i;
    if (!read_zh_month_day(i, month, day, end)) return true;
    next = end;
    // 同一月, 统一月度: a month of numerals alone needs a clear start.
    if (day == 0 && i > 0 && is_han(cps_[i - 1].c) && !cue_before(i)) return true;
    zh_month(i, next);
    return true;
  }

  bool try_words(std::size_t i, std::size_t& next) {
    const auto hits = matches(i, kWordKinds);
    if (hits.empty()) return false;
    // A shift word and the name it shifts: last Tuesday, nesta segunda-feira, 上周三, this coming Monday.
    for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
      if (it->word->kind != Kind::Shift || it->word->shift_after) continue;
      if (shifted(i, *it, next)) return true;
    }
    for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
      switch (it->word->kind) {
        case Kind::Weekday:
          if (weekday(i, i, *it, Shift::None, next)) return true;
          break;
        case Kind::Month:
          if (month_name(i, *it, Shift::None, next)) return true;
          break;
        case Kind::RelDay:
        case Kind::RelWeek:
        case Kind::RelMonth:
        case Kind::RelYear:
          relative(i, *it, next);
          return true;
        default:
          break;
      }
    }
    return false;
  }

  bool shifted(std::size_t i, const Hit& shift_word, std::size_t& next) {
    std::size_t k = skip_sp(shift_word.end);
    if (k == shift_word.end && is_letter(cps_[k - 1].c)) return false;
    Shift shift = shift_word.word->shift;
    // this coming Monday, this past Tuesday
    if (const auto second = longest(k, bit(Kind::Shift), [](const Hit& h) { return !h.word->shift_after; })) {
      const std::size_t k2 = skip_sp(second->end);
      if (k2 > second->end && !matches(k2, bit(Kind::Weekday) | bit(Kind::Month)).empty()) {
        if (second->word->shift != Shift::OnOrBefore) shift = second->word->shift;
        k = k2;
      }
    }
    const auto hits = matches(k, bit(Kind::Weekday) | bit(Kind::Month));
    for (auto it = hits.rbegin(); it != hits.rend(); ++it) {
      if (it->word->kind == Kind::Weekday) {
        if (weekday(i, k, *it, shift, next)) return true;
      } else if (!it->word->abbreviation &&
                 (shift == Shift::OnOrBefore || shift == Shift::Before || shift == Shift::After)) {
        if (month_name(i, *it, shift, next)) return true;
      }
    }
    return false;
  }

  // A weekday name at `k`; the date's text starts at `begin` (a shift word, or the name).
  bool weekday(std::size_t begin, std::size_t k, const Hit& hit, Shift shift, std::size_t& next) {
    const Word& w = *hit.word;
    std::size_t e = hit.end;
    if (shift == Shift::None) {
      if (const auto after = shift_after(e)) {
        shift = after->word->shift;
        e = after->end;
      }
    }
    if (w.needs_cue) {
      if (shift == Shift::None && !cue_before(k)) return false;
      if (is_letter(at(skip_sp(e)))) return false;
    }
    // nesta segunda-feira (6)
    int dom = 0;
    const std::size_t q = skip_sp(e);
    if (at(q) == '(' && is_digit(at(q + 1))) {
      const Num d = read_digits(q + 1);
      if (d.len <= 2 && at(d.end) == ')' && d.value >= 1 && d.value <= 31) {
        dom = d.value;
        e = d.end + 1;
      }
    }
    next = e;
    if (!pub_) return true;
    const long day = resolve_weekday(w.value, shift);
    if (dom != 0) {
      if (const auto date = nearest_dom(day, dom)) add(begin, e, *date, true, false, true);
      return true;
    }
    add(begin, e, civil_from_days(day), true, true, false);
    return true;
  }

  // A month name; the date's text starts at `begin` (a shift word, or the name).
  bool month_name(std::size_t begin, const Hit& hit, Shift shift, std::size_t& next) {
    const Word& w = *hit.word;
    std::size_t e = hit.end;
    if (w.abbreviation && at(e) == '.') ++e;
    const int m = w.value;
    // September 30[, 2025]: month first, where the language writes it so.
    const std::size_t p = skip_sp(e);
    if (month_first_ && p > e && is_digit(at(p)) &&
        (shift == Shift::None || shift == Shift::OnOrBefore || shift == Shift::Before || shift == Shift::After)) {
      const Num d = read_digits(p);
      if (d.len <= 2 && d.value >= 1 && d.value <= 31) {
        std::size_t q = d.end;
        bool ok = true;
        if (const auto suffix = longest(q, bit(Kind::DaySuffix))) q = suffix->end;
        else if (glued_after(q)) ok = false;
        if (ok && !count_after(q)) {
          int year = 0, offset = 0;
          std::size_t end = q;
          if (read_year_after(q, year, end)) {
            next = end;
            add(begin, end, Ymd{year, m, d.value}, false, false, true);
            return true;
          }
          if (relative_year_after(q, offset, end)) {
            next = end;
            if (pub_) add(begin, end, Ymd{py_ + offset, m, d.value}, true, false, true);
            return true;
          }
          next = q;
          if (!pub_) return true;
          if (const auto date = shift == Shift::None ? infer_day(m, d.value) : resolve_day(m, d.value, shift))
            add(begin, q, *date, true, false, true);
          return true;
        }
      }
    }
    // março de 2026, September 2025, Oktober 2025
    int year = 0, offset = 0;
    std::size_t end = e;
    if (shift == Shift::None && read_year_after(e, year, end)) {
      next = end;
      add(begin, end, Ymd{year, m, 0}, false);
      return true;
    }
    if (w.abbreviation) return false;
    // em outubro do ano passado, October last year
    if (shift == Shift::None && relative_year_after(e, offset, end)) {
      next = end;
      if (pub_) add(begin, end, Ymd{py_ + offset, m, 0}, true);
      return true;
    }
    // outubro passado, octobre dernier
    if (shift == Shift::None) {
      if (const auto after = shift_after(e)) {
        shift = after->word->shift;
        e = after->end;
      }
    }
    if (shift == Shift::None && !cue_before(begin)) return false;
    next = e;
    if (pub_) add(begin, e, resolve_month(m, shift), true);
    return true;
  }

  void relative(std::size_t i, const Hit& hit, std::size_t& next) {
    const Word& w = *hit.word;
    std::size_t e = hit.end;
    next = e;
    switch (w.kind) {
      case Kind::RelDay:
        if (pub_) add(i, e, civil_from_days(pub() + w.value), true);
        return;
      case Kind::RelWeek: {
        if (!pub_) return;
        const long monday = pub() - (iso_weekday(pub()) - 1) + 7L * w.value;
        const Ymd first = civil_from_days(monday), last = civil_from_days(monday + 6);
        if (first.y != last.y) return;
        add(i, e, Ymd{first.y, first.m == last.m ? first.m : 0, 0}, true);
        return;
      }
      case Kind::RelMonth: {
        int day = 0;
        const std::size_t p = skip_sp(e);
        const Num d = read_number(p);
        if (d.ok && d.value >= 1 && d.value <= 31 && (d.numerals || d.len <= 2)) {
          if (const auto marker = longest(d.numerals ? d.end : skip_sp(d.end), bit(Kind::Marker),
                                          [](const Hit& h) { return h.word->unit == Unit::Day; })) {
            day = d.value;
            e = marker->end;
            next = e;
          }
        }
        if (!pub_) return;
        const auto [y, m] = add_months(py_, pm_, w.value);
        add(i, e, Ymd{y, m, day}, true, false, day != 0);
        return;
      }
      case Kind::RelYear: {
        int month = 0, day = 0;
        std::size_t end = e;
        if (read_zh_month_day(e, month, day, end)) {
          next = end;
          if (pub_) add(i, end, Ymd{py_ + w.value, month, day}, true, false, day != 0);
          return;
        }
        if (period_after(e)) return;
        if (pub_) add(i, e, Ymd{py_ + w.value, 0, 0}, true);
        return;
      }
      default:
        return;
    }
  }

  const Data& data_;
  std::vector<Cp> cps_;
  std::size_t n_ = 0;
  std::string primary_;
  bool month_first_ = false;
  std::optional<long> pub_;
  int py_ = 0;
  int pm_ = 0;
  std::vector<Cand> cands_;
};

std::optional<long> parse_published(std::string_view s) {
  if (s.size() < 10) return std::nullopt;
  for (std::size_t k : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[k] < '0' || s[k] > '9') return std::nullopt;
  if (s[4] != '-' || s[7] != '-') return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ') return std::nullopt;
  const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  const int m = (s[5] - '0') * 10 + (s[6] - '0');
  const int d = (s[8] - '0') * 10 + (s[9] - '0');
  if (y < 1 || !valid_date(y, m, d)) return std::nullopt;
  return days_from_civil(y, m, d);
}

std::string iso(const Ymd& date) {
  char buffer[16];
  if (date.m == 0) std::snprintf(buffer, sizeof buffer, "%04d", date.y);
  else if (date.d == 0) std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.y, date.m);
  else std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.y, date.m, date.d);
  return buffer;
}

bool has_han(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const Utf8 u = decode_at(text, i);
    if (is_han(u.cp)) return true;
    i += u.len;
  }
  return false;
}

}  // namespace

// ---------------------------------------------------------------------------------------

DateVocabulary DateVocabulary::load(const std::string& turtle_path) {
  auto triples = rdf::read_turtle_file(turtle_path);  // throws FILE:LINE:COL on bad Turtle
  Loader loader(std::move(triples), turtle_path, rdf::read_text_file(turtle_path));
  return DateVocabulary(loader.build());
}

DateVocabulary DateVocabulary::from_turtle(std::string_view turtle, const std::string& name) {
  auto triples = rdf::read_turtle_string(turtle, name);
  Loader loader(std::move(triples), name, std::string(turtle));
  return DateVocabulary(loader.build());
}

std::size_t DateVocabulary::word_count() const { return data_->words.size(); }
std::size_t DateVocabulary::surface_count() const { return data_->surfaces.size(); }
const std::string& DateVocabulary::source() const { return data_->source; }

DateFinder::DateFinder(DateVocabulary vocabulary) : vocabulary_(std::move(vocabulary)) {}

std::vector<DateFinder::Found> DateFinder::find_all(std::string_view text, std::string_view language,
                                                    std::string_view published) const {
  const Data& data = *vocabulary_.data_;
  std::string primary = primary_subtag(lower_ascii(language));
  if (primary.empty() || primary == "und" || primary == "mul" || primary == "zxx")
    primary = has_han(text) ? std::string("zh") : data.fallback_language;
  Scanner scanner(data, text, primary, parse_published(published));
  std::vector<Found> out;
  for (const Scanner::Cand& cand : scanner.run()) {
    Found found;
    found.iso = iso(cand.date);
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
