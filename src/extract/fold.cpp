#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <unordered_map>

#include "dealgraph/lexicon.hpp"
#include "util/utf8.hpp"

namespace dealgraph {
namespace {

// Punctuation that news writes in many ways but means one thing in a name.
char32_t canonical_punctuation(char32_t cp) {
  switch (cp) {
    case 0x00B7: case 0x30FB: case 0x2027: case 0xFF65: case 0x2022: case 0x2219: case 0x22C5:
    case 0x0387: case 0x16EB: case 0x2E31:
      return 0x00B7;
    case 0x2010: case 0x2011: case 0x2012: case 0x2212: case 0xFE63: case 0xFF0D:  // not en and em dashes: they part clauses
      return '-';
    case 0x2018: case 0x2019: case 0x02BC: case 0x2032: case 0xFF07:
      return '\'';
    default:
      return cp;
  }
}

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Eight bytes read as one word, tested and lower-cased together. Plain: every byte printable ASCII
// (0x20 to 0x7F) and no two spaces side by side. In such a block each byte folds to itself (a
// capital to its small letter) at its own offset, a single space included, as the byte-by-byte
// path would fold it when the byte before the block is no space and the block's last is none.
constexpr std::uint64_t kEachByte = 0x0101010101010101;
constexpr std::uint64_t kHighBits = 0x80 * kEachByte;

bool is_plain_block(std::uint64_t w) {
  if (w & kHighBits) return false;                                    // a byte above 0x7F
  if (((w + 0x60 * kEachByte) & kHighBits) != kHighBits) return false;  // a byte below 0x20
  const std::uint64_t spaces = ~((w ^ (0x20 * kEachByte)) + 0x7F * kEachByte) & kHighBits;
  return (spaces & (spaces << 8)) == 0;
}

std::uint64_t lower_plain_block(std::uint64_t w) {
  const std::uint64_t from_a = w + (0x80 - 'A') * kEachByte;      // high bit set from 'A' on
  const std::uint64_t after_z = w + (0x80 - 'Z' - 1) * kEachByte;  // high bit set after 'Z'
  return w | ((from_a & ~after_z & kHighBits) >> 2);             // 0x20 added to capitals
}

const icu::Normalizer2* nfkc_casefold() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
  return U_SUCCESS(status) ? normalizer : nullptr;
}

}  // namespace

// The folded bytes are written in place into buffers sized for the text (most of it is ASCII,
// a byte for a byte), which grow only when a character folds to more bytes than it had.
FoldedText fold_text(std::string_view text) {
  FoldedText folded;
  std::string& out = folded.text;
  std::vector<std::uint32_t>& origin = folded.origin;
  out.resize(text.size());
  origin.reserve(text.size() + 1);  // and the end's offset
  origin.resize(text.size());
  std::size_t size = 0;  // bytes written
  auto grow = [&](std::size_t more) {
    out.resize(std::max(out.size() * 2, size + more));
    origin.reserve(out.size() + 1);
    origin.resize(out.size());
  };
  auto make_room = [&](std::size_t more) {
    if (size + more > out.size()) [[unlikely]] grow(more);
  };
  const icu::Normalizer2* normalizer = nfkc_casefold();
  std::unordered_map<char32_t, std::string> cache;  // per call: no shared mutable state
  bool pending_space = false;
  std::size_t pending_space_at = 0;
  auto space_before = [&]() {
    if (pending_space && size > 0) {
      make_room(1);
      out[size] = ' ';
      origin[size++] = static_cast<std::uint32_t>(pending_space_at);
    }
    pending_space = false;
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t at = pos;
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      if (is_ascii_space(text[at])) {
        ++pos;
        if (!pending_space) pending_space_at = at;
        pending_space = true;
        continue;
      }
      // A run of ASCII letters, digits and marks: lower-cased as it is copied, in one step;
      // eight bytes at a time while the blocks are plain, words and single spaces alike.
      space_before();
      make_room(text.size() - at);  // room for the rest of the text: the run is found as it is copied
      std::size_t k = at;
      for (std::uint64_t block; k + 8 <= text.size() && text[k + 7] != ' '; k += 8, size += 8) {
        std::memcpy(&block, text.data() + k, 8);
        if (!is_plain_block(block)) break;
        block = lower_plain_block(block);
        std::memcpy(out.data() + size, &block, 8);
        for (std::size_t j = 0; j < 8; ++j) origin[size + j] = static_cast<std::uint32_t>(k + j);
      }
      while (k < text.size() && static_cast<unsigned char>(text[k]) < 0x80 && !is_ascii_space(text[k])) {
        const char c = text[k];
        out[size] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        origin[size++] = static_cast<std::uint32_t>(k++);
      }
      pos = k;
      continue;
    }
    char32_t cp = util::decode_utf8(text, pos);
    if (u_isUWhiteSpace(static_cast<UChar32>(cp)) || cp == 0x200B) {
      if (!pending_space) pending_space_at = at;
      pending_space = true;
      continue;
    }
    cp = canonical_punctuation(cp);
    auto it = cache.find(cp);
    if (it == cache.end()) {
      std::string folded_cp;
      if (cp < 0x80 || !normalizer) {
        util::append_utf8(folded_cp, cp);
      } else {
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString one(static_cast<UChar32>(cp));
        icu::UnicodeString normalized = normalizer->normalize(one, status);
        if (U_FAILURE(status)) normalized = one;
        normalized.toUTF8String(folded_cp);
        std::string canonical;
        std::size_t k = 0;
        while (k < folded_cp.size()) util::append_utf8(canonical, canonical_punctuation(util::decode_utf8(folded_cp, k)));
        folded_cp = canonical;
      }
      it = cache.emplace(cp, std::move(folded_cp)).first;
    }
    space_before();
    make_room(it->second.size());
    for (char c : it->second) {
      out[size] = c;
      origin[size++] = static_cast<std::uint32_t>(at);
    }
  }
  out.resize(size);
  origin.resize(size);
  origin.push_back(static_cast<std::uint32_t>(text.size()));
  return folded;
}

// ASCII text (most phrases and words) folds to lower case with its spaces collapsed, as
// fold_text does, without the source offsets or the normaliser.
std::string fold(std::string_view text) {
  if (!std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
    return fold_text(text).text;
  std::string folded;
  folded.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (is_ascii_space(c)) {
      pending_space = true;
      continue;
    }
    if (pending_space && !folded.empty()) folded.push_back(' ');
    pending_space = false;
    folded.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return folded;
}

}  // namespace dealgraph
