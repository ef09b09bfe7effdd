// Small UTF-8 helpers used across stages (validation, decoding, code point counting).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dealgraph::util {

// Length of a well-formed sequence starting at `pos`, or 0 when it is malformed (overlong,
// surrogate, beyond U+10FFFF, cut short).
inline std::size_t valid_sequence_length(std::string_view s, std::size_t pos) {
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) return 1;
  auto cont = [&](std::size_t i) {
    return pos + i < s.size() && (static_cast<unsigned char>(s[pos + i]) & 0xC0) == 0x80;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    const auto b1 = static_cast<unsigned char>(s[pos + 1]);
    if (b0 == 0xE0 && b1 < 0xA0) return 0;  // overlong
    if (b0 == 0xED && b1 > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const auto b1 = static_cast<unsigned char>(s[pos + 1]);
    if (b0 == 0xF0 && b1 < 0x90) return 0;  // overlong
    if (b0 == 0xF4 && b1 > 0x8F) return 0;  // beyond U+10FFFF
    return 4;
  }
  return 0;
}

// Decodes the code point at `pos` and advances `pos`; invalid bytes give U+FFFD and advance one
// byte. Inline: the scanners of every stage call it for each code point.
inline char32_t decode_utf8(std::string_view s, std::size_t& pos) {
  const std::size_t length = valid_sequence_length(s, pos);
  const auto b0 = static_cast<unsigned char>(s[pos]);
  if (length == 0) {
    ++pos;
    return 0xFFFD;
  }
  char32_t cp = 0;
  switch (length) {
    case 1: cp = b0; break;
    case 2: cp = b0 & 0x1F; break;
    case 3: cp = b0 & 0x0F; break;
    default: cp = b0 & 0x07; break;
  }
  for (std::size_t i = 1; i < length; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  pos += length;
  return cp;
}
void append_utf8(std::string& out, char32_t cp);

// Number of code points in text[0, byte_end).
std::size_t count_code_points(std::string_view text);

struct Utf8Check {
  std::size_t invalid_sequences = 0;  // malformed, overlong, surrogate or out-of-range
  std::size_t nul_bytes = 0;
  std::size_t control_bytes = 0;  // C0 controls other than tab, newline, carriage return, form feed
};
Utf8Check check_utf8(std::string_view bytes);

// Replaces invalid sequences with U+FFFD and drops NUL and other C0 controls except \t \n \r.
std::string repair_utf8(std::string_view bytes);

// A file name that may hold any bytes, as text that names it without loss: a valid UTF-8 name
// as it is; otherwise each byte of an invalid sequence, and each '%', as %XX ("caf%E9.txt").
std::string lossless_name(std::string_view bytes);

inline bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace dealgraph::util
