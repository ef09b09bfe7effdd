// Names that hold a known body's name and are another organisation: a province's or city's
// office named like the national one (青岛市发改委 beside 发改委) and a body's branch (海关总署福建分署).
#include <algorithm>

#include "extract/han_names.hpp"
#include "util/utf8.hpp"

namespace dealgraph::extract {
namespace {

constexpr std::size_t kMostPlaceCharacters = 7;   // 内蒙古自治区, 香港特别行政区
constexpr std::size_t kMostBranchCharacters = 4;  // 中关村 in 某某银行北京中关村支行
constexpr int kMostPlaces = 3;                    // 江苏省南京市玄武区

bool starts_with(std::string_view text, std::size_t at, const std::string& word) {
  return text.compare(at, word.size(), word) == 0;
}

// Byte offsets where the Han characters that run back from `end` begin, nearest first.
std::vector<std::size_t> ideographs_back(std::string_view text, std::size_t end, std::size_t most) {
  std::vector<std::size_t> starts;
  while (end > 0 && starts.size() < most) {
    std::size_t begin = end - 1;
    while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
    std::size_t probe = begin;
    if (!is_ideograph(util::decode_utf8(text, probe))) break;
    starts.push_back(begin);
    end = begin;
  }
  return starts;
}

}  // namespace

// Where a run of provinces, cities and districts that ends at `end` begins; `end` when none
// does. A country is no such place: 中国证监会 is the national body.
std::size_t HanNames::places_before(std::string_view text, std::size_t end, HanWords& words) const {
  std::size_t start = end;
  for (int place = 0; place < kMostPlaces; ++place) {
    const auto starts = ideographs_back(text, start, kMostPlaceCharacters);
    std::size_t found = start;
    for (auto at = starts.rbegin(); at != starts.rend() && found == start; ++at) {
      if (*at + place_length(text, *at) != start || !words.is_boundary(*at)) continue;
      const bool country = std::any_of(countries_.begin(), countries_.end(), [&](const std::string& name) {
        return starts_with(text, *at, name) && *at + name.size() == start;
      });
      if (!country) found = *at;
    }
    if (found == start) break;
    start = found;
  }
  return start;
}

// Where a branch's name that follows a body at `begin` ends: places, a few characters and a
// branch head (福建分署, 北京中关村支行); `begin` when no branch follows.
std::size_t HanNames::branch_after(std::string_view text, std::size_t begin, HanWords& words) const {
  std::size_t at = begin;
  for (int place = 0; place < kMostPlaces; ++place) {
    const std::size_t length = place_length(text, at);
    if (length == 0) break;
    at += length;
  }
  if (at == begin) return begin;
  for (std::size_t characters = 0; characters <= kMostBranchCharacters && at < text.size(); ++characters) {
    for (const std::string& head : branch_heads_)
      if (starts_with(text, at, head) && words.is_boundary(at + head.size())) return at + head.size();
    std::size_t next = at;
    if (!is_ideograph(util::decode_utf8(text, next))) break;
    at = next;
  }
  return begin;
}

std::vector<HanNames::Span> HanNames::names_around_known(std::string_view text, const std::vector<Mention>& known,
                                                         HanWords& words) const {
  std::vector<Span> spans;
  for (const Mention& body : known) {
    if (body.kind != EntityKind::Organization || body.byte_end <= body.byte_begin) continue;
    const std::string_view name = text.substr(body.byte_begin, body.byte_end - body.byte_begin);
    std::size_t first = body.byte_begin;
    if (first > 0 && ends_with_office(name)) first = places_before(text, first, words);
    const std::size_t last = branch_after(text, body.byte_end, words);
    if (first < body.byte_begin || last > body.byte_end) spans.push_back({first, last});
  }
  return spans;
}

}  // namespace dealgraph::extract
