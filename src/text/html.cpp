// Markup to text. A hand-written scanner rather than a DOM parser: it needs no tree (so
// 100,000 nested elements cost nothing), keeps exact source offsets, and runs at memory speed.
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>

#include "dealgraph/text.hpp"
#include "text/html.hpp"
#include "util/utf8.hpp"

namespace dealgraph::text {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals_at(std::string_view s, std::size_t at, std::string_view word) {
  if (at + word.size() > s.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (lower(s[at + i]) != word[i]) return false;
  return true;
}

std::size_t ifind(std::string_view s, std::string_view word, std::size_t from) {
  for (std::size_t i = from; i + word.size() <= s.size(); ++i)
    if (iequals_at(s, i, word)) return i;
  return std::string_view::npos;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// The HTML5 named character references (src/text/html_entities.inc, generated from the WHATWG
// list by scripts/generate-html-entities.py), sorted by name for binary search.
struct NamedReference {
  std::string_view name;  // without ';'
  char32_t first;
  char32_t second;  // 0 when the reference is one code point
  bool legacy;      // also decoded without ';' (&amp, &eacute), as browsers do
};
constexpr NamedReference kNamedReferences[] = {
#include "text/html_entities.inc"
};
static_assert(std::is_sorted(std::begin(kNamedReferences), std::end(kNamedReferences),
                             [](const NamedReference& a, const NamedReference& b) { return a.name < b.name; }));

constexpr std::size_t longest_name(bool legacy_only) {
  std::size_t longest = 0;
  for (const NamedReference& reference : kNamedReferences)
    if (!legacy_only || reference.legacy) longest = std::max(longest, reference.name.size());
  return longest;
}
constexpr std::size_t kLongestName = longest_name(false);
constexpr std::size_t kLongestLegacyName = longest_name(true);

const NamedReference* find_reference(std::string_view name) {
  const auto* it = std::lower_bound(std::begin(kNamedReferences), std::end(kNamedReferences), name,
                                    [](const NamedReference& r, std::string_view n) { return r.name < n; });
  return it != std::end(kNamedReferences) && it->name == name ? it : nullptr;
}

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

struct DecodedReference {
  std::size_t length = 0;  // source bytes; 0: not a reference
  char32_t first = 0;
  char32_t second = 0;  // 0: none
};

// A numeric reference at s[at] == '&', '#' next: &#233; or &#xE9;, with its ';'.
DecodedReference decode_numeric(std::string_view s, std::size_t at) {
  std::size_t end = at + 1;
  while (end < s.size() && end - at < 12 && s[end] != ';' && s[end] != '&' && s[end] != '<' && s[end] != ' ') ++end;
  if (end >= s.size() || s[end] != ';') return {};
  const std::string_view name = s.substr(at + 1, end - at - 1);
  char32_t value = 0;
  const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
  std::size_t digits = 0;
  for (std::size_t i = hex ? 2 : 1; i < name.size(); ++i, ++digits) {
    const int d = hex ? hex_value(name[i]) : (name[i] >= '0' && name[i] <= '9' ? name[i] - '0' : -1);
    if (d < 0 || value > 0x10FFFF) return {};
    value = value * (hex ? 16 : 10) + static_cast<char32_t>(d);
  }
  if (digits == 0) return {};
  const bool invalid = value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF);
  return {end - at + 1, invalid ? char32_t{0xFFFD} : value, 0};
}

// The character reference at s[at] == '&', as HTML5 reads one in text: a name with its ';'; else
// the longest legacy name without one (&copy2024 is ©2024); else none, and the '&' stays.
DecodedReference decode_reference(std::string_view s, std::size_t at) {
  if (at + 1 < s.size() && s[at + 1] == '#') return decode_numeric(s, at);
  std::size_t end = at + 1;
  while (end < s.size() && end - at <= kLongestName && is_ascii_alnum(s[end])) ++end;
  const std::string_view name = s.substr(at + 1, end - at - 1);
  if (end < s.size() && s[end] == ';')
    if (const NamedReference* reference = find_reference(name))
      return {name.size() + 2, reference->first, reference->second};
  for (std::size_t length = std::min(name.size(), kLongestLegacyName); length >= 2; --length) {
    const NamedReference* reference = find_reference(name.substr(0, length));
    if (reference && reference->legacy) return {length + 1, reference->first, reference->second};
  }
  return {};
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Elements whose whole content is not article text.
constexpr std::string_view kSkippedElements[] = {"script", "style", "noscript", "template", "svg",
                                                 "nav", "footer", "aside", "form", "button",
                                                 "select", "iframe", "head", "figure", "object"};
// Elements that start a new line of text.
constexpr std::string_view kBlockElements[] = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "blockquote", "hr", "dd", "dt", "dl", "pre", "main",
    "title", "td", "th", "caption", "figcaption", "address"};

// Collects text with collapsed white space and line breaks between blocks.
class TextBuilder {
 public:
  TextBuilder(std::vector<OffsetAnchor>* anchors, std::size_t base) : anchors_(anchors), base_(base) {}
  void text(std::string_view piece, std::size_t source_at) {
    bool anchored = false;
    for (std::size_t i = 0; i < piece.size(); ++i) {
      const char c = piece[i];
      if (is_space(c)) { pending_space_ = true; continue; }
      if (!anchored) { anchor(source_at + i); anchored = true; }
      flush_space();
      out_.push_back(c);
    }
  }
  void code_point(char32_t cp, std::size_t source_at) {
    if (cp == 0xA0 || cp == 0x2002 || cp == 0x2003 || cp == 0x2009) { pending_space_ = true; return; }
    if (cp == 0xAD || cp == 0x200B) return;  // soft hyphen, zero-width space
    anchor(source_at);
    flush_space();
    util::append_utf8(out_, cp);
  }
  void line_break() {
    pending_space_ = false;
    if (!out_.empty() && out_.back() != '\n') out_.push_back('\n');
  }
  std::string finish() {
    while (!out_.empty() && (out_.back() == '\n' || out_.back() == ' ')) out_.pop_back();
    return std::move(out_);
  }

 private:
  void flush_space() {
    if (pending_space_ && !out_.empty() && out_.back() != '\n') out_.push_back(' ');
    pending_space_ = false;
  }
  void anchor(std::size_t source_at) {
    if (anchors_ && (anchors_->empty() || anchors_->back().text_byte != out_.size()))
      anchors_->push_back({out_.size(), base_ + source_at});
  }
  std::string out_;
  bool pending_space_ = false;
  std::vector<OffsetAnchor>* anchors_;
  std::size_t base_;
};

}  // namespace

std::string unescape_json_string(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 >= s.size()) { out.push_back(s[i]); continue; }
    const char next = s[i + 1];
    switch (next) {
      case '"': case '\\': case '/': out.push_back(next); ++i; continue;
      case 'n': out.push_back('\n'); ++i; continue;
      case 't': out.push_back('\t'); ++i; continue;
      case 'r': out.push_back('\r'); ++i; continue;
      case 'b': case 'f': out.push_back(' '); ++i; continue;
      case 'u': {
        auto read4 = [&](std::size_t at, char32_t& unit) {
          if (at + 4 > s.size()) return false;
          unit = 0;
          for (std::size_t k = 0; k < 4; ++k) {
            const int d = hex_value(s[at + k]);
            if (d < 0) return false;
            unit = unit * 16 + static_cast<char32_t>(d);
          }
          return true;
        };
        char32_t unit = 0;
        if (!read4(i + 2, unit)) { out.push_back('\\'); continue; }
        i += 5;
        if (unit >= 0xD800 && unit <= 0xDBFF && i + 6 < s.size() + 0 && s[i + 1] == '\\' &&
            s[i + 2] == 'u') {
          char32_t low = 0;
          if (read4(i + 3, low) && low >= 0xDC00 && low <= 0xDFFF) {
            unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
            i += 6;
          }
        }
        if (unit == 0) continue;
        util::append_utf8(out, unit);
        continue;
      }
      default: out.push_back('\\'); continue;
    }
  }
  return out;
}

std::string html_to_text(std::string_view html, std::vector<OffsetAnchor>* anchors,
                         std::size_t source_base) {
  TextBuilder builder(anchors, source_base);
  std::size_t i = 0;
  std::size_t text_start = 0;
  auto flush_text = [&](std::size_t end) {
    std::size_t at = text_start;
    while (at < end) {
      const std::size_t amp = html.find('&', at);
      if (amp == std::string_view::npos || amp >= end) { builder.text(html.substr(at, end - at), at); break; }
      builder.text(html.substr(at, amp - at), at);
      const DecodedReference decoded = decode_reference(html, amp);
      if (decoded.length == 0) { builder.text("&", amp); at = amp + 1; continue; }
      for (const char32_t cp : {decoded.first, decoded.second}) {
        if (cp == 0) continue;
        if (cp == ' ' || cp == '\n' || cp == '\t') builder.text(" ", amp);
        else builder.code_point(cp, amp);
      }
      at = amp + decoded.length;
    }
  };
  while (i < html.size()) {
    const std::size_t lt = html.find('<', i);
    if (lt == std::string_view::npos) break;
    // A '<' not followed by a tag-like character is text.
    const char after = lt + 1 < html.size() ? html[lt + 1] : ' ';
    const bool tag_like = std::isalpha(static_cast<unsigned char>(after)) || after == '/' ||
                          after == '!' || after == '?';
    if (!tag_like) { i = lt + 1; continue; }
    flush_text(lt);
    if (html.compare(lt, 4, "<!--") == 0) {
      const std::size_t close = html.find("-->", lt + 4);
      i = close == std::string_view::npos ? html.size() : close + 3;
      text_start = i;
      continue;
    }
    if (after == '!' || after == '?') {
      const std::size_t close = html.find('>', lt);
      i = close == std::string_view::npos ? html.size() : close + 1;
      text_start = i;
      continue;
    }
    const bool closing = after == '/';
    std::size_t name_begin = lt + (closing ? 2 : 1);
    std::size_t name_end = name_begin;
    while (name_end < html.size() && (std::isalnum(static_cast<unsigned char>(html[name_end])) ||
                                      html[name_end] == '-' || html[name_end] == ':'))
      ++name_end;
    std::string name(html.substr(name_begin, name_end - name_begin));
    for (char& c : name) c = lower(c);
    // Find the end of the tag, honouring quoted attribute values.
    std::size_t close = name_end;
    char quote = 0;
    while (close < html.size()) {
      const char c = html[close];
      if (quote) { if (c == quote) quote = 0; }
      else if (c == '"' || c == '\'') quote = c;
      else if (c == '>') break;
      ++close;
    }
    const bool self_closing = close > 0 && close < html.size() && html[close - 1] == '/';
    i = close == html.size() ? html.size() : close + 1;
    text_start = i;
    if (!closing && !self_closing &&
        std::find(std::begin(kSkippedElements), std::end(kSkippedElements), name) !=
            std::end(kSkippedElements)) {
      // Skip to the matching end tag, counting nested elements of the same name.
      int depth = 1;
      std::size_t at = i;
      while (depth > 0) {
        const std::size_t next = html.find('<', at);
        if (next == std::string_view::npos) { at = html.size(); break; }
        if (html.compare(next, 4, "<!--") == 0 && name != "script" && name != "style") {
          const std::size_t end_comment = html.find("-->", next + 4);
          at = end_comment == std::string_view::npos ? html.size() : end_comment + 3;
          continue;
        }
        const bool is_close = next + 1 < html.size() && html[next + 1] == '/';
        const std::size_t nb = next + (is_close ? 2 : 1);
        if (iequals_at(html, nb, name) &&
            (nb + name.size() >= html.size() ||
             !std::isalnum(static_cast<unsigned char>(html[nb + name.size()])))) {
          if (is_close) --depth;
          else if (name != "script" && name != "style") ++depth;
        }
        at = next + 1;
        if (depth == 0) {
          const std::size_t gt = html.find('>', next);
          at = gt == std::string_view::npos ? html.size() : gt + 1;
        }
      }
      i = at;
      text_start = i;
      builder.line_break();
      continue;
    }
    if (std::find(std::begin(kBlockElements), std::end(kBlockElements), name) != std::end(kBlockElements))
      builder.line_break();
  }
  flush_text(html.size());
  return builder.finish();
}

}  // namespace dealgraph::text

namespace dealgraph::text::detail {
namespace {

// Value of attribute `name` within one tag's text, or empty.
std::string attribute(std::string_view tag, std::string_view name) {
  std::size_t at = 0;
  while ((at = ifind(tag, name, at)) != std::string_view::npos) {
    std::size_t k = at + name.size();
    const bool boundary = at > 0 && (is_space(tag[at - 1]));
    while (k < tag.size() && is_space(tag[k])) ++k;
    if (!boundary || k >= tag.size() || tag[k] != '=') { at += name.size(); continue; }
    ++k;
    while (k < tag.size() && is_space(tag[k])) ++k;
    if (k >= tag.size()) return {};
    const char quote = (tag[k] == '"' || tag[k] == '\'') ? tag[k] : 0;
    const std::size_t begin = quote ? k + 1 : k;
    std::size_t end = begin;
    while (end < tag.size() && (quote ? tag[end] != quote : !is_space(tag[end]) && tag[end] != '>')) ++end;
    return std::string(tag.substr(begin, end - begin));
  }
  return {};
}

}  // namespace

std::string meta_value(std::string_view html, std::initializer_list<std::string_view> keys) {
  std::size_t at = 0;
  while ((at = ifind(html, "<meta", at)) != std::string_view::npos) {
    const std::size_t end = html.find('>', at);
    if (end == std::string_view::npos) break;
    std::string_view tag = html.substr(at, end - at + 1);
    const std::string property = attribute(tag, "property");
    const std::string name = attribute(tag, "name");
    for (std::string_view key : keys)
      if (property == key || name == key) return attribute(tag, "content");
    at = end;
  }
  return {};
}

std::string element_text(std::string_view html, std::string_view tag) {
  const std::size_t open = ifind(html, std::string("<") + std::string(tag), 0);
  if (open == std::string_view::npos) return {};
  const std::size_t start = html.find('>', open);
  if (start == std::string_view::npos) return {};
  const std::size_t close = ifind(html, std::string("</") + std::string(tag), start);
  if (close == std::string_view::npos) return {};
  std::string text = html_to_text(html.substr(start + 1, close - start - 1));
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

std::string first_time_datetime(std::string_view html) {
  const std::size_t at = ifind(html, "<time", 0);
  if (at == std::string_view::npos) return {};
  const std::size_t end = html.find('>', at);
  if (end == std::string_view::npos) return {};
  return attribute(html.substr(at, end - at + 1), "datetime");
}

}  // namespace dealgraph::text::detail
