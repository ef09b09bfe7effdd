// Code points as the amount parser sees them: spaces, letters and digits of any script, and the
// folding that makes "ＵＳ＄" match "us$". Private to the amount parser.
#pragma once

#include <unicode/uchar.h>

#include <cstddef>
#include <string>
#include <string_view>

#include "extract/code_points.hpp"

namespace dealgraph::extract::amounts {

using code_points::decode_at;
using code_points::is_cjk;
using code_points::Utf8;

// The code point that ends right before byte `i` (i > 0).
inline Utf8 decode_before(std::string_view s, std::size_t i) {
  std::size_t start = i - 1;
  for (int n = 0; start > 0 && n < 3 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80; ++n) --start;
  const Utf8 u = decode_at(s, start);
  if (start + u.len != i) return {0xFFFD, 1};
  return u;
}

inline bool is_space_cp(char32_t c) { return code_points::is_inline_space(c); }

// Letters and digits of alphabetic scripts: what a word of a Latin-script language is made of.
inline bool is_word_cp(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (is_cjk(c)) return false;
  return u_isalnum(static_cast<UChar32>(c)) != 0;
}

inline bool is_letter_cp(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (is_cjk(c)) return false;
  return u_isalpha(static_cast<UChar32>(c)) != 0;
}

// 0..9 for an ASCII or full-width digit, else -1.
inline int digit_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
  return -1;
}

// Case folding for matching: spaces become ' ', full-width ASCII becomes ASCII, quotes and
// hyphens of other forms become ' and -.
inline char32_t fold_cp(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  return code_points::fold_beyond_ascii(c);
}

inline std::u32string fold(std::string_view text) { return code_points::fold_with(text, fold_cp); }

inline std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const Utf8 u = decode_at(text, pos);
    if (!is_space_cp(u.cp)) break;
    pos += u.len;
  }
  return pos;
}

// Back from `pos` over spaces, not before `floor`.
inline std::size_t skip_spaces_back(std::string_view text, std::size_t pos, std::size_t floor) {
  while (pos > floor) {
    const Utf8 u = decode_before(text, pos);
    if (!is_space_cp(u.cp) || pos - u.len < floor) break;
    pos -= u.len;
  }
  return pos;
}

}  // namespace dealgraph::extract::amounts
