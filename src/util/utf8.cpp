#include "util/utf8.hpp"

namespace dealgraph::util {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp <= 0x10FFFF) {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    append_utf8(out, 0xFFFD);
  }
}

std::size_t count_code_points(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

Utf8Check check_utf8(std::string_view bytes) {
  Utf8Check check;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const auto b = static_cast<unsigned char>(bytes[pos]);
    if (b == 0) ++check.nul_bytes;
    else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') ++check.control_bytes;
    const std::size_t length = valid_sequence_length(bytes, pos);
    if (length == 0) { ++check.invalid_sequences; ++pos; }
    else pos += length;
  }
  return check;
}

std::string repair_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const auto b = static_cast<unsigned char>(bytes[pos]);
    if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') { ++pos; continue; }
    const std::size_t length = valid_sequence_length(bytes, pos);
    if (length == 0) { append_utf8(out, 0xFFFD); ++pos; continue; }
    out.append(bytes.substr(pos, length));
    pos += length;
  }
  return out;
}

std::string lossless_name(std::string_view bytes) {
  const Utf8Check check = check_utf8(bytes);
  if (check.invalid_sequences == 0) return std::string(bytes);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (std::size_t pos = 0; pos < bytes.size();) {
    const std::size_t length = valid_sequence_length(bytes, pos);
    if (length != 0 && bytes[pos] != '%') {
      out.append(bytes.substr(pos, length));
      pos += length;
      continue;
    }
    const auto byte = static_cast<unsigned char>(bytes[pos++]);
    out += '%';
    out += kHex[byte >> 4];
    out += kHex[byte & 0xF];
  }
  return out;
}

}  // namespace dealgraph::util
