// Code points for the scanners of amounts and dates, which read text one code point at a time
// at byte offsets: decoding there, and the tests and foldings they share.
#pragma once

#include <unicode/uchar.h>

#include <string>
#include <string_view>

#include "util/utf8.hpp"

namespace dealgraph::extract::code_points {

struct Utf8 {
  char32_t cp = 0;
  std::size_t len = 1;
};

// The code point at byte `i`; an invalid byte is U+FFFD, one byte long.
inline Utf8 decode_at(std::string_view s, std::size_t i) {
  std::size_t end = i;
  const char32_t cp = util::decode_utf8(s, end);
  return {cp, end - i};
}

// Han, kana, hangul, CJK punctuation and full-width forms.
inline bool is_cjk(char32_t c) {
  return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

// `text` folded code point by code point with `fold_cp`; runs of spaces become one, and the
// ends are trimmed.
template <typename Fold>
std::u32string fold_with(std::string_view text, Fold fold_cp) {
  std::u32string out;
  for (std::size_t i = 0; i < text.size();) {
    const Utf8 u = decode_at(text, i);
    const char32_t c = fold_cp(u.cp);
    if (!(c == ' ' && !out.empty() && out.back() == ' ')) out.push_back(c);
    i += u.len;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  while (!out.empty() && out.front() == ' ') out.erase(out.begin());
  return out;
}

inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// "pt" of "pt-BR", "zh" of "zh_Hant".
inline std::string primary_subtag(const std::string& tag) {
  const std::size_t cut = tag.find_first_of("-_");
  return cut == std::string::npos ? tag : tag.substr(0, cut);
}

// Spaces of every width within a line, and the ideographic space.
inline bool is_inline_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// Case folding for matching, beyond ASCII (the scanners treat ASCII controls each their own
// way): spaces become ' ', full-width ASCII becomes ASCII, quotes and hyphens of other forms
// become ' and -.
inline char32_t fold_beyond_ascii(char32_t c) {
  if (is_inline_space(c)) return ' ';
  if (c >= 0xFF01 && c <= 0xFF5E) {
    c -= 0xFEE0;
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  }
  if (c == 0x2018 || c == 0x2019 || c == 0x02BC) return '\'';
  if (c == 0x2010 || c == 0x2011) return '-';
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

}  // namespace dealgraph::extract::code_points
