// ASCII-only string helpers for ingest: the formats and markers it looks for are all ASCII.
#pragma once

#include <string>
#include <string_view>

namespace dealgraph::ingest {

inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

inline bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

// `s` without its leading spaces, tabs and line breaks.
inline std::string_view skip_space(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  return s.substr(i);
}

}  // namespace dealgraph::ingest
