// Decoding: bytes to UTF-8 text, or the reason they are not text.
#include "ingest/decoding.hpp"

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <set>
#include <utility>

#include "ingest/ascii.hpp"
#include "util/utf8.hpp"

namespace dealgraph::ingest {
namespace {

// What a file is by its first bytes, when that is not text.
const char* binary_kind(std::string_view bytes) {
  struct Magic { std::string_view prefix; const char* name; };
  static constexpr Magic kMagic[] = {
      {"%PDF", "a PDF document"},       {"\x89PNG", "a PNG image"},
      {"\x1F\x8B", "gzip-compressed data"}, {"PK\x03\x04", "a ZIP archive"},
      {"GIF8", "a GIF image"},          {"\xFF\xD8\xFF", "a JPEG image"},
      {"\x7F" "ELF", "an executable"},  {"BZh", "bzip2-compressed data"},
      {"\xFD" "7zXZ", "xz-compressed data"}, {"RIFF", "a RIFF media file"},
      {"\x28\xB5\x2F\xFD", "zstd-compressed data"}, {"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"},
      {std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), "an old Microsoft Office document"},
      {std::string_view("\xFF\xFE\0\0", 4), "UTF-32 text, which is not read; convert it to UTF-8"},
      {std::string_view("\0\0\xFE\xFF", 4), "UTF-32 text, which is not read; convert it to UTF-8"}};
  for (const Magic& magic : kMagic)
    if (starts_with(bytes, magic.prefix)) return magic.name;
  return nullptr;
}

// How many bad bytes are "a few", repaired rather than refused: 16, or one in `per` bytes.
std::size_t a_few(std::size_t size, std::size_t per) { return std::max<std::size_t>(16, size / per); }

// UTF-16 (after its byte-order mark) to UTF-8; lone surrogates and an odd last byte count as
// replaced.
std::string decode_utf16(std::string_view bytes, bool little, std::size_t& replaced) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  auto unit = [&](std::size_t at) -> char32_t {
    const auto lo = static_cast<unsigned char>(bytes[at + (little ? 0 : 1)]);
    const auto hi = static_cast<unsigned char>(bytes[at + (little ? 1 : 0)]);
    return char32_t(hi) << 8 | lo;
  };
  std::size_t i = 0;
  for (; i + 1 < bytes.size(); i += 2) {
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      }
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) { cp = 0xFFFD; ++replaced; }
    util::append_utf8(out, cp);
  }
  if (i < bytes.size()) { util::append_utf8(out, 0xFFFD); ++replaced; }
  return out;
}

// The most frequent Chinese characters (about 300), in simplified and traditional forms: text
// decoded from the right encoding is full of them, text decoded from the wrong one is not.
const std::set<char32_t>& frequent_hanzi() {
  static const std::set<char32_t> set = [] {
    static constexpr std::string_view kFrequent =
        "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方"
        "多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情"
        "明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给"
        "世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太"
        "量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象"
        "這個們來為國說時會對於著過發後種經麼學現當沒動還進樣開從實軍無與長機關點業將兩間問並應戰頭體見產話內給門兒東聲員論處義幾"
        "認條氣題爾別變總電數報結務場計資許統區隊決馬書則聽卻達強難權";
    std::set<char32_t> out;
    for (std::size_t pos = 0; pos < kFrequent.size();) out.insert(util::decode_utf8(kFrequent, pos));
    return out;
  }();
  return set;
}

// What one decoding of legacy Chinese bytes gives.
struct ChineseScan {
  bool clean = false;            // decoded without a single error
  std::size_t ideographs = 0;    // CJK unified ideographs (U+4E00..U+9FFF)
  std::size_t frequent = 0;      // of which among the most frequent characters
  std::size_t odd = 0;           // characters Chinese news hardly uses: private use, kana,
                                 // bopomofo, Greek, Cyrillic, compatibility and vertical forms
  std::size_t spaced = 0;        // ideographs after a space that follows an ideograph: Chinese
                                 // does not space its words, Korean read as Chinese does
  long score() const { return 4 * long(frequent) + long(ideographs) - 8 * long(odd); }
  // Real Chinese: hardly any odd characters or spaces between ideographs, and (beyond a short
  // title) at least one in twelve ideographs among the most frequent; real text has about 40%,
  // the wrong decoding of Chinese or Korean and Japanese read as Chinese about 5%.
  bool plausible() const {
    return clean && ideographs >= 2 && odd * 10 <= ideographs && (spaced <= 1 || spaced * 8 <= ideographs) &&
           (ideographs < 8 || frequent * 12 >= ideographs);
  }
};

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};

// Decodes `bytes` with the ICU converter `name` in blocks, handing each block of UTF-16 to
// `take`; false at the first byte sequence that is not valid in that encoding.
template <typename Take>
bool icu_decode(const char* name, std::string_view bytes, Take&& take) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(name, &status));
  if (U_FAILURE(status)) return false;
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return false;
  const char* source = bytes.data();
  const char* const source_end = bytes.data() + bytes.size();
  std::array<UChar, 1 << 14> buffer;
  for (;;) {
    UChar* target = buffer.data();
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter.get(), &target, buffer.data() + buffer.size(), &source, source_end, nullptr, true, &status);
    take(buffer.data(), target);
    if (status == U_BUFFER_OVERFLOW_ERROR) continue;
    return U_SUCCESS(status);
  }
}

ChineseScan scan_chinese(const char* name, std::string_view bytes) {
  ChineseScan scan;
  const auto& frequent = frequent_hanzi();
  bool after_ideograph = false, space = false;
  scan.clean = icu_decode(name, bytes, [&](const UChar* begin, const UChar* end) {
    for (const UChar* unit = begin; unit != end; ++unit) {
      const char16_t u = *unit;
      if (u == ' ') { space = after_ideograph; continue; }
      const bool ideograph = u >= 0x4E00 && u <= 0x9FFF;
      if (ideograph && space) ++scan.spaced;
      after_ideograph = ideograph;
      space = false;
      if (u < 0x80) continue;
      if (ideograph) {
        ++scan.ideographs;
        scan.frequent += frequent.count(u);
      } else if ((u >= 0xE000 && u <= 0xF8FF) || (u >= 0x3040 && u <= 0x312F) || (u >= 0x0370 && u <= 0x04FF) ||
                 (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE10 && u <= 0xFE6F) ||
                 (u >= 0xAC00 && u <= 0xD7AF) || (u >= 0xD800 && u <= 0xDFFF) || u == 0xFFFD) {
        ++scan.odd;
      }
    }
  });
  return scan;
}

std::string convert_to_utf8(const char* name, std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  char16_t pending_high = 0;
  icu_decode(name, bytes, [&](const UChar* begin, const UChar* end) {
    for (const UChar* unit = begin; unit != end; ++unit) {
      const char16_t u = *unit;
      if (pending_high) {
        if (u >= 0xDC00 && u <= 0xDFFF) {
          util::append_utf8(out, 0x10000 + ((char32_t(pending_high) - 0xD800) << 10) + (u - 0xDC00));
          pending_high = 0;
          continue;
        }
        util::append_utf8(out, 0xFFFD);
        pending_high = 0;
      }
      if (u >= 0xD800 && u <= 0xDBFF) pending_high = u;
      else util::append_utf8(out, u);
    }
  });
  if (pending_high) util::append_utf8(out, 0xFFFD);
  return out;
}

// Bytes that are not UTF-8 but decode as GB18030 (a superset of GBK and GB2312) or Big5:
// the decoding without errors that gives the more common Chinese characters.
std::optional<std::pair<std::string, const char*>> decode_chinese(std::string_view bytes) {
  const ChineseScan gb = scan_chinese("GB18030", bytes);
  const ChineseScan big5 = scan_chinese("Big5", bytes);
  const char* chosen = nullptr;
  if (gb.plausible() && (!big5.plausible() || gb.score() >= big5.score())) chosen = "GB18030";
  else if (big5.plausible()) chosen = "Big5";
  if (!chosen) return std::nullopt;
  return std::make_pair(convert_to_utf8(chosen, bytes), chosen);
}

// Why bytes with more NUL and control bytes than a few are refused.
std::string too_many_controls(std::string_view bytes, std::size_t controls) {
  std::string error = "binary file (" + std::to_string(controls) + " NUL or control bytes in " +
                      std::to_string(bytes.size()) + " bytes)";
  // UTF-16 without a byte-order mark: NUL bytes on every other byte.
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) if (bytes[i] == '\0') ++(i % 2 ? odd : even);
  if ((even + odd) * 4 >= bytes.size() && std::min(even, odd) * 10 <= std::max(even, odd))
    error += "; it looks like UTF-16 without a byte-order mark: convert it to UTF-8";
  return error;
}

}  // namespace

// The decoding itself; takes the bytes to avoid a copy when they are already clean UTF-8.
DecodedText decode_owned(std::string bytes) {
  DecodedText out;
  if (bytes.empty()) { out.error = "empty file"; return out; }
  if (const char* kind = binary_kind(bytes)) { out.error = std::string("binary file (") + kind + ")"; return out; }
  out.encoding = "UTF-8";
  if (starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF")) {
    const bool little = bytes[0] == '\xFF';
    out.encoding = little ? "UTF-16LE" : "UTF-16BE";
    bytes = decode_utf16(std::string_view(bytes).substr(2), little, out.replaced);
  } else if (starts_with(bytes, "\xEF\xBB\xBF")) {
    bytes.erase(0, 3);
  }
  if (bytes.empty()) { out.error = "empty file (only a byte-order mark)"; return out; }

  const util::Utf8Check check = util::check_utf8(bytes);
  const std::size_t controls = check.nul_bytes + check.control_bytes;
  if (controls > a_few(bytes.size(), 100)) { out.error = too_many_controls(bytes, controls); return out; }
  if (check.invalid_sequences == 0) {
    out.dropped = controls;
    out.text = controls ? util::repair_utf8(bytes) : std::move(bytes);
    return out;
  }
  // Not UTF-8. Chinese in a double-byte encoding leaves many of its non-ASCII bytes invalid.
  const std::size_t high = static_cast<std::size_t>(
      std::count_if(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }));
  if (out.encoding == "UTF-8" && high >= 4 && check.invalid_sequences * 8 >= high) {
    if (auto chinese = decode_chinese(bytes)) {
      out.encoding = chinese->second;
      const util::Utf8Check converted = util::check_utf8(chinese->first);
      out.dropped = converted.nul_bytes + converted.control_bytes;
      out.text = out.dropped ? util::repair_utf8(chinese->first) : std::move(chinese->first);
      return out;
    }
  }
  if (check.invalid_sequences <= a_few(bytes.size(), 50)) {
    out.replaced += check.invalid_sequences;
    out.dropped = controls;
    out.text = util::repair_utf8(bytes);
    return out;
  }
  out.error = "not UTF-8 text (" + std::to_string(check.invalid_sequences) + " invalid byte sequences in " +
              std::to_string(bytes.size()) + " bytes, and not GB18030 or Big5 Chinese either): convert it to UTF-8";
  return out;
}

// What was done to an input's bytes to read them, or empty when nothing was.
std::string decoding_note(const DecodedText& decoded) {
  std::string note;
  auto add = [&](const std::string& part) { note += (note.empty() ? "" : "; ") + part; };
  if (decoded.encoding != "UTF-8") add("converted from " + decoded.encoding);
  if (decoded.replaced)
    add(std::to_string(decoded.replaced) + " invalid " + (decoded.encoding == "UTF-8" ? "UTF-8 " : "") +
        "sequence" + (decoded.replaced == 1 ? "" : "s") + " replaced by U+FFFD");
  if (decoded.dropped)
    add(std::to_string(decoded.dropped) + " NUL or control byte" + (decoded.dropped == 1 ? "" : "s") + " dropped");
  return note;
}

}  // namespace dealgraph::ingest

namespace dealgraph {

DecodedText decode_text(std::string_view bytes) { return ingest::decode_owned(std::string(bytes)); }

std::string why_not_text(std::string_view bytes) { return decode_text(bytes).error; }

}  // namespace dealgraph
