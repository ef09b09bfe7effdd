// Small UTF-8 helpers used across stages (validation, decoding, code point counting).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace dealgraph::util {

// Decodes the code point at `pos` and advances `pos`; invalid bytes give U+FFFD and advance one byte.
char32_t decode_utf8(std::string_view text, std::size_t& pos);
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

inline bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace dealgraph::util
