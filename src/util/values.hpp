// Checks of values read from inputs before they reach RDF: language tags, dates, and text that
// becomes an IRI or an id.
#pragma once

#include <cstddef>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "util/utf8.hpp"

namespace dealgraph::util {

// Whether a language tag is well-formed BCP 47 (RFC 5646, section 2.1), as far as a graph's
// literals need: subtags of ASCII letters and digits joined by single hyphens, a primary
// language of 2-8 letters (or x- for private use), a singleton followed by its subtags, at
// most 35 characters (the registry's practical limit for a tag without private use).
inline bool is_language_tag(std::string_view tag) {
  if (tag.empty() || tag.size() > 35) return false;
  std::size_t index = 0;
  bool after_singleton = false;
  for (std::size_t begin = 0; begin <= tag.size(); ++index) {
    std::size_t end = tag.find('-', begin);
    if (end == std::string_view::npos) end = tag.size();
    const std::string_view subtag = tag.substr(begin, end - begin);
    if (subtag.empty() || subtag.size() > 8) return false;
    bool letters = true;
    for (const char c : subtag) {
      const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter && !(c >= '0' && c <= '9')) return false;
      letters = letters && letter;
    }
    const bool singleton = subtag.size() == 1;
    if (index == 0 && !(letters && (subtag.size() >= 2 || subtag == "x" || subtag == "X"))) return false;
    after_singleton = singleton;
    begin = end + 1;
  }
  return !after_singleton;  // "en-x" or "en-a": a singleton needs a subtag after it
}

// Whether "YYYY-MM-DD" names a day of the Gregorian calendar (no 2025-02-30, no 2025-99-99).
inline bool is_real_date(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (date[i] < '0' || date[i] > '9') return false;
  auto number = [&](std::size_t at, std::size_t length) {
    int value = 0;
    for (std::size_t i = at; i < at + length; ++i) value = value * 10 + (date[i] - '0');
    return value;
  };
  const int year = number(0, 4), month = number(5, 2), day = number(8, 2);
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

// The first code point of `text` that has no place in an IRI or an id: a C0 or C1 control
// (NUL included), DEL, or a Unicode non-character (U+FDD0..U+FDEF, U+FFFE, U+FFFF and their
// like in every plane); none when there is none.
inline std::optional<char32_t> forbidden_code_point(std::string_view text) {
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = decode_utf8(text, pos);
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
      return cp;
  }
  return std::nullopt;
}

// "U+0000", as messages name a code point.
inline std::string code_point_name(char32_t cp) {
  char text[16];
  std::snprintf(text, sizeof text, "U+%04X", static_cast<unsigned>(cp));
  return text;
}

}  // namespace dealgraph::util
