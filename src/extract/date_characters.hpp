// Code points as the date finder sees them: spaces, Han characters, letters and digits, and the
// folding that makes "２０２６" digits and "SEPT" match "sept". Private to the date finder.
#pragma once

#include <unicode/uchar.h>

#include <string>
#include <string_view>

#include "extract/code_points.hpp"

namespace dealgraph::extract::dates {

using code_points::decode_at;
using code_points::is_cjk;
using code_points::Utf8;

// Dates may run across a line break.
inline bool is_space_cp(char32_t c) { return c == '\n' || c == '\r' || code_points::is_inline_space(c); }

inline bool is_han(char32_t c) {
  return c == 0x3007 || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

// Folding for matching: spaces become ' ', full-width ASCII becomes ASCII (so full-width
// digits are digits), quotes and hyphens of other forms become ' and -, letters fold case.
inline char32_t fold_cp(char32_t c) {
  if (c < 0x80) {
    if (c == '\t' || c == '\n' || c == '\r') return ' ';
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  }
  return code_points::fold_beyond_ascii(c);
}

inline std::u32string fold(std::string_view text) { return code_points::fold_with(text, fold_cp); }

inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }  // on folded code points

// A letter of an alphabetic script (not Han, kana or hangul).
inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (is_cjk(c)) return false;
  return u_isalpha(static_cast<UChar32>(c)) != 0;
}

inline bool is_wordish(char32_t c) { return is_digit(c) || is_letter(c); }

}  // namespace dealgraph::extract::dates
