// Whether a language tag is well-formed BCP 47 (RFC 5646, section 2.1), as far as a graph's
// literals need: subtags of ASCII letters and digits joined by single hyphens, a primary
// language of 2-8 letters (or x- for private use), a singleton followed by its subtags, at
// most 35 characters (the registry's practical limit for a tag without private use).
#pragma once

#include <cstddef>
#include <string_view>

namespace dealgraph::util {

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

}  // namespace dealgraph::util
