#include "dealgraph/ingest.hpp"

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <variant>

#include "util/sha256.hpp"
#include "util/utf8.hpp"

namespace dealgraph {
namespace fs = std::filesystem;

const char* to_string(SourceFormat format) {
  switch (format) {
    case SourceFormat::PlainText: return "text";
    case SourceFormat::Markdown: return "markdown";
    case SourceFormat::Html: return "html";
    case SourceFormat::JsonEscapedHtml: return "json-escaped-html";
    case SourceFormat::Json: return "json";
    case SourceFormat::JsonLines: return "jsonl";
  }
  return "text";
}

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

std::string_view skip_space(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  return s.substr(i);
}

// ---------------------------------------------------------------------------------------------
// Decoding: bytes to UTF-8 text, or the reason they are not text.

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
  if (controls > a_few(bytes.size(), 100)) {
    out.error = "binary file (" + std::to_string(controls) + " NUL or control bytes in " +
                std::to_string(bytes.size()) + " bytes)";
    // UTF-16 without a byte-order mark: NUL bytes on every other byte.
    std::size_t even = 0, odd = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) if (bytes[i] == '\0') ++(i % 2 ? odd : even);
    if ((even + odd) * 4 >= bytes.size() && std::min(even, odd) * 10 <= std::max(even, odd))
      out.error += "; it looks like UTF-16 without a byte-order mark: convert it to UTF-8";
    return out;
  }
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

// ---------------------------------------------------------------------------------------------
// JSON records.

const char* json_type(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::boolean: return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float: return "a number";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::object: return "an object";
    default: return "not a JSON value";
  }
}

// The first string field present among `names` (optional metadata: other types are ignored).
std::optional<std::string> string_field(const nlohmann::json& record,
                                        std::initializer_list<const char*> names) {
  for (const char* name : names) {
    auto it = record.find(name);
    if (it != record.end() && it->is_string() && !it->get_ref<const std::string&>().empty())
      return it->get<std::string>();
  }
  return std::nullopt;
}

// ISO date prefix (yyyy-mm-dd) of a date or timestamp string, if it has one.
std::optional<std::string> iso_date(const std::optional<std::string>& value) {
  if (!value || value->size() < 10) return std::nullopt;
  const std::string& v = *value;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) if (v[i] < '0' || v[i] > '9') return std::nullopt;
  if (v[4] != '-' || v[7] != '-') return std::nullopt;
  return v.substr(0, 10);
}

// Inside folders only files that can hold articles are read (a corpus folder may also hold
// queries, notes or data); a file named on the command line is always read.
bool is_article_extension(const std::string& extension) {
  static constexpr std::string_view kArticleExtensions[] = {"", ".txt", ".text", ".md", ".markdown", ".html", ".htm",
                                                             ".xhtml", ".json", ".jsonl", ".ndjson"};
  return std::find(std::begin(kArticleExtensions), std::end(kArticleExtensions), extension) != std::end(kArticleExtensions);
}

std::string file_stem(const std::string& path) {
  return fs::path(path).stem().string();
}

std::string extension_of(const std::string& path) {
  return lower_ascii(fs::path(path).extension().string());
}

// An article from one JSON object; an error message instead when it has no usable text or a
// field of the wrong type.
std::variant<RawArticle, std::string> article_from_record(const nlohmann::json& record,
                                                          const std::string& fallback_id,
                                                          const std::string& source_path) {
  if (!record.is_object()) return std::string("record is ") + json_type(record) + ", not a JSON object";
  const nlohmann::json* text = nullptr;
  const char* empty_field = nullptr;
  for (const char* name : {"text", "body", "content", "article", "html"}) {
    auto it = record.find(name);
    if (it == record.end() || it->is_null()) continue;
    if (!it->is_string()) return std::string("field \"") + name + "\" is " + json_type(*it) + ", not a string";
    if (it->get_ref<const std::string&>().empty()) { if (!empty_field) empty_field = name; continue; }
    text = &*it;
    break;
  }
  if (!text) {
    if (empty_field) return std::string("field \"") + empty_field + "\" is empty";
    return std::string("record has no text field (text, body, content, article or html)");
  }
  RawArticle article;
  article.source_path = source_path;
  article.source_id = fallback_id;
  if (auto it = record.find("id"); it != record.end() && !it->is_null()) {
    if (it->is_string()) {
      if (!it->get_ref<const std::string&>().empty()) article.source_id = it->get<std::string>();
    } else if (it->is_number()) {
      article.source_id = it->dump();
    } else {
      return std::string("field \"id\" is ") + json_type(*it) + ", not a string or number";
    }
  }
  article.title = string_field(record, {"title", "headline"});
  article.published = iso_date(string_field(record, {"published", "date", "datePublished", "published_at"}));
  article.language = string_field(record, {"lang", "language"});
  article.url = string_field(record, {"url", "link"});
  article.bytes = text->get<std::string>();
  article.sha256 = util::sha256_hex(article.bytes);
  article.format = detect_format(article.bytes, "");
  if (article.format == SourceFormat::Json || article.format == SourceFormat::JsonLines)
    article.format = SourceFormat::PlainText;
  return article;
}

}  // namespace

DecodedText decode_text(std::string_view bytes) { return decode_owned(std::string(bytes)); }

std::string why_not_text(std::string_view bytes) { return decode_text(bytes).error; }

SourceFormat detect_format(std::string_view bytes, std::string_view extension) {
  const std::string_view head = skip_space(bytes);
  if (extension == ".jsonl" || extension == ".ndjson") return SourceFormat::JsonLines;
  if (extension == ".json" || (!head.empty() && (head[0] == '{' || head[0] == '['))) {
    // One document, or several objects one per line?
    if (nlohmann::json::accept(bytes)) return SourceFormat::Json;
    const std::string_view first_line = head.substr(0, head.find('\n'));
    if (!head.empty() && head[0] == '{' && nlohmann::json::accept(first_line)) return SourceFormat::JsonLines;
    // A .json file that does not parse is reported as such; other text merely starts with a bracket.
    if (extension == ".json") return SourceFormat::Json;
  }
  const std::string lowered_head = lower_ascii(head.substr(0, 512));
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml" ||
      starts_with(lowered_head, "<!doctype html") || starts_with(lowered_head, "<html"))
    return SourceFormat::Html;
  const std::string lowered = lower_ascii(bytes.substr(0, 1 << 16));
  if (lowered.find("\\u003c") != std::string::npos) return SourceFormat::JsonEscapedHtml;
  if (extension == ".md" || extension == ".markdown") return SourceFormat::Markdown;
  // Text full of tags is HTML whatever its name.
  std::size_t tags = 0;
  for (std::string_view tag : {"<p>", "<p ", "<div", "<br", "<span", "</p>"}) {
    for (std::size_t at = lowered.find(tag); at != std::string::npos; at = lowered.find(tag, at + 1)) ++tags;
  }
  if (tags >= 3) return SourceFormat::Html;
  return SourceFormat::PlainText;
}

// ---------------------------------------------------------------------------------------------
// Listing inputs.

namespace {

// Whether `inner` is `outer` or lies inside it (both canonical).
bool is_within(const fs::path& inner, const fs::path& outer) {
  auto [o, i] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return o == outer.end();
}

const char* special_file_kind(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo: return "a named pipe (FIFO), not a regular file";
    case fs::file_type::socket: return "a socket, not a regular file";
    case fs::file_type::block: return "a block device, not a regular file";
    case fs::file_type::character: return "a character device, not a regular file";
    default: return "not a regular file";
  }
}

// Why a directory entry whose target cannot be reached is unusable.
std::string unreachable_reason(const fs::path& path, const std::error_code& status_error) {
  std::error_code error;
  if (fs::is_symlink(fs::symlink_status(path, error))) {
    if (status_error == std::errc::too_many_symbolic_link_levels) return "symbolic link loop (it never reaches a file)";
    const fs::path target = fs::read_symlink(path, error);
    if (!status_error || status_error == std::errc::no_such_file_or_directory)
      return "dangling symbolic link (its target " + target.string() + " does not exist)";
    return "symbolic link to " + target.string() + " that cannot be followed: " + status_error.message();
  }
  return "cannot read: " + (status_error ? status_error.message() : std::string("no such file"));
}

// Files under `root`, walked in sorted order (real folders before folders reached through
// symbolic links, so that what is read and what is reported as a repeat does not depend on the
// file system's order); a folder reached again through a link is reported, not read again.
void walk_directory(const std::string& root, std::vector<InputFile>& files) {
  struct Pending { fs::path dir; fs::path parent; };  // parent: canonical folder it was found in
  std::vector<InputFile> found;
  std::map<fs::path, std::string> visited;  // canonical folder -> the path it was read as
  std::vector<Pending> pending{{fs::path(root), {}}};
  std::vector<Pending> linked;  // folders reached through symbolic links, walked after the rest
  while (!pending.empty() || !linked.empty()) {
    Pending item;
    if (!pending.empty()) { item = std::move(pending.back()); pending.pop_back(); }
    else { item = std::move(linked.front()); linked.erase(linked.begin()); }
    const std::string display = item.dir.string();
    std::error_code error;
    const fs::path canonical = fs::canonical(item.dir, error);
    if (error) { found.push_back({display, display, unreachable_reason(item.dir, error)}); continue; }
    if (!item.parent.empty() && is_within(item.parent, canonical)) {
      const auto ancestor = visited.find(canonical);
      const std::string target = ancestor != visited.end() ? ancestor->second : canonical.string();
      found.push_back({display, display, "symbolic link loop (leads back to " + target + "); not followed"});
      continue;
    }
    if (auto [it, inserted] = visited.emplace(canonical, display); !inserted) {
      found.push_back({display, display, "folder already read as " + it->second + " (reached again through a symbolic link)"});
      continue;
    }
    std::vector<fs::directory_entry> entries;
    fs::directory_iterator it(item.dir, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) entries.push_back(*it);
    if (error) found.push_back({display, display, "cannot read folder: " + error.message()});
    std::sort(entries.begin(), entries.end(),
              [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });
    std::vector<Pending> subfolders;
    for (const fs::directory_entry& entry : entries) {
      const std::string name = entry.path().filename().string();
      if (!name.empty() && name[0] == '.') continue;  // hidden files and folders
      const std::string path = entry.path().string();
      std::error_code status_error;
      const fs::file_status status = fs::status(entry.path(), status_error);
      if (status_error || !fs::exists(status)) {
        found.push_back({path, path, unreachable_reason(entry.path(), status_error)});
        continue;
      }
      std::error_code link_error;
      const bool link = fs::is_symlink(fs::symlink_status(entry.path(), link_error));
      if (fs::is_directory(status)) {
        (link ? linked : subfolders).push_back({entry.path(), canonical});
      } else if (fs::is_regular_file(status)) {
        if (is_article_extension(extension_of(path))) found.push_back({path, path, {}});
      } else {
        found.push_back({path, path, special_file_kind(status.type())});
      }
    }
    // Depth first, in name order: the last pushed is walked first.
    for (auto sub = subfolders.rbegin(); sub != subfolders.rend(); ++sub) pending.push_back(std::move(*sub));
  }
  std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  for (InputFile& file : found) files.push_back(std::move(file));
}

}  // namespace

std::vector<InputFile> list_inputs(const std::vector<std::string>& paths) {
  std::vector<InputFile> files;
  for (const std::string& path : paths) {
    if (path == "-") { files.push_back({"-", "<stdin>", {}}); continue; }
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      std::error_code link_error;
      const bool link = fs::is_symlink(fs::symlink_status(path, link_error));
      if (link) throw InputError(path + ": " + unreachable_reason(path, error));
      if (error && error != std::errc::no_such_file_or_directory && error != std::errc::not_a_directory) {
        // It may well exist: report it and go on, as for a file that cannot be opened.
        files.push_back({path, path, "cannot read: " + error.message()});
        continue;
      }
      throw InputError(path + ": no such file or directory");
    }
    if (!fs::is_directory(status)) { files.push_back({path, path, {}}); continue; }
    walk_directory(path, files);
  }
  return files;
}

std::vector<InputFile> list_inputs(const std::vector<std::string>& paths, std::vector<SkippedInput>&) {
  return list_inputs(paths);
}

// ---------------------------------------------------------------------------------------------
// Reading.

namespace {

enum class ReadStatus { Ok, TooLarge, Failed };

// Reads a whole stream into `bytes`, stopping as soon as it holds more than `limit` bytes.
ReadStatus read_bounded(std::FILE* file, std::size_t limit, std::string& bytes) {
  // Left uninitialised: most inputs are pages of a few KB, and zeroing a large buffer for
  // each of them cost more than reading them.
  char buffer[1 << 16];
  for (;;) {
    const std::size_t got = std::fread(buffer, 1, sizeof buffer, file);
    if (got) {
      if (bytes.size() + got > limit) return ReadStatus::TooLarge;
      bytes.append(buffer, got);
    }
    if (got < sizeof buffer) return std::ferror(file) ? ReadStatus::Failed : ReadStatus::Ok;
  }
}

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

// Lines of a file read in blocks, so that a JSON Lines corpus of any size is streamed; a line
// longer than `limit` is consumed but not kept (its size is reported instead).
class LineReader {
 public:
  LineReader(std::FILE* file, std::size_t limit) : file_(file), limit_(limit), buffer_(1 << 20) {}
  // The next line without its newline; false at the end. `too_long` is set when it was cut;
  // `last` when it ends the file without a newline.
  bool next(std::string& line, bool& too_long, bool& last, std::uint64_t& length_read) {
    line.clear();
    too_long = false;
    length_read = 0;
    bool any = false;
    for (;;) {
      if (position_ == filled_) {
        filled_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
        position_ = 0;
        if (filled_ == 0) { last = true; return any; }
      }
      any = true;
      const char* begin = buffer_.data() + position_;
      const void* newline = std::memchr(begin, '\n', filled_ - position_);
      const std::size_t length = newline ? static_cast<const char*>(newline) - begin : filled_ - position_;
      length_read += length;
      if (!too_long) {
        if (line.size() + length > limit_) { too_long = true; line.clear(); line.shrink_to_fit(); }
        else line.append(begin, length);
      }
      position_ += length;
      if (newline) { ++position_; last = false; return true; }
    }
  }

 private:
  std::FILE* file_;
  std::size_t limit_;
  std::vector<char> buffer_;
  std::size_t position_ = 0, filled_ = 0;
};

class Reader {
 public:
  Reader(const InputFile& input, const IngestOptions& options, const ArticleSink& on_article, const SkipSink& on_skipped)
      : input_(input), options_(options), on_article_(on_article), on_skipped_(on_skipped),
        stem_(input.path == "-" ? "stdin" : file_stem(input.path)),
        extension_(input.path == "-" ? "" : extension_of(input.path)) {}

  void run() {
    if (!input_.problem.empty()) return skip(input_.display, input_.problem);
    std::string bytes;
    if (input_.path == "-") {
      if (!read_stream(stdin, bytes)) return;
      return take_bytes(std::move(bytes));
    }
    std::error_code error;
    const fs::file_status status = fs::status(input_.path, error);
    if (error) return skip(input_.display, "cannot read: " + error.message());
    if (fs::is_directory(status)) return skip(input_.display, "a folder, not a file");
    const bool regular = fs::is_regular_file(status);
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(input_.path.c_str(), "rb"));
    if (!file) return skip(input_.display, std::string("cannot open for reading: ") + std::strerror(errno));
    if (regular) {
      const std::uint64_t size = fs::file_size(input_.path, error);
      if (error) return skip(input_.display, "cannot read: " + error.message());
      if ((extension_ == ".jsonl" || extension_ == ".ndjson") && !utf16_ahead(file.get()))
        return stream_json_lines(file.get());
      if (size > options_.max_article_bytes) return skip(input_.display, too_large(std::to_string(size)));
    }
    if (!read_stream(file.get(), bytes)) return;
    file.reset();
    take_bytes(std::move(bytes));
  }

 private:
  void skip(const std::string& where, const std::string& reason) const { on_skipped_({where, reason}); }

  void note(const std::string& where, const std::string& text) const {
    if (text.empty()) return;
    if (options_.on_note) options_.on_note(where, text);
    else std::cerr << "dealgraph: " << where << ": " << text << "\n";
  }

  std::string too_large(const std::string& size) const {
    std::string reason = "larger than --max-article-bytes (" + size + " bytes, the limit is " +
                         std::to_string(options_.max_article_bytes) + ")";
    if (extension_ == ".json") reason += "; write many articles as JSON Lines (.jsonl), one record per line";
    return reason;
  }

  // Reads a stream (standard input, a pipe, a file) whole within the size limit.
  bool read_stream(std::FILE* file, std::string& bytes) const {
    switch (read_bounded(file, options_.max_article_bytes, bytes)) {
      case ReadStatus::Ok: return true;
      case ReadStatus::TooLarge: skip(input_.display, too_large("more than " + std::to_string(options_.max_article_bytes))); break;
      case ReadStatus::Failed: skip(input_.display, std::string("read error: ") + std::strerror(errno)); break;
    }
    return false;
  }

  // Whether a file starts with a UTF-16 byte-order mark (then it is read whole, not streamed).
  static bool utf16_ahead(std::FILE* file) {
    unsigned char head[2] = {0, 0};
    const std::size_t got = std::fread(head, 1, 2, file);
    std::rewind(file);
    return got == 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF));
  }

  // A JSON Lines file of any size, record by record: memory stays bounded.
  void stream_json_lines(std::FILE* file) {
    LineReader reader(file, options_.max_article_bytes);
    std::string line;
    bool too_long = false, last = false;
    std::uint64_t length = 0;
    std::size_t line_number = 0, taken = 0;
    while (reader.next(line, too_long, last, length)) {
      ++line_number;
      const std::string where = input_.display + ":" + std::to_string(line_number);
      if (too_long) {
        skip(where, "record larger than --max-article-bytes (" + std::to_string(length) + " bytes, the limit is " +
                        std::to_string(options_.max_article_bytes) + ")");
        ++taken;
        continue;
      }
      if (skip_space(line).empty()) continue;
      ++taken;
      DecodedText decoded = decode_owned(std::move(line));
      line.clear();
      if (!decoded.error.empty()) { skip(where, decoded.error); continue; }
      note(where, decoding_note(decoded));
      take_record(decoded.text, line_number, last);
    }
    if (std::ferror(file)) skip(input_.display, std::string("read error: ") + std::strerror(errno));
    else if (line_number == 0) skip(input_.display, "empty file");
    else if (taken == 0) skip(input_.display, "no JSON Lines records (only blank lines)");
  }

  // One JSON Lines record: an article, or the reason it is skipped.
  void take_record(std::string_view line, std::size_t line_number, bool last) {
    const std::string where = input_.display + ":" + std::to_string(line_number);
    nlohmann::json record;
    try {
      record = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& error) {
      skip(where, last ? "truncated or invalid JSON (the last line, without a newline at its end)"
                       : "invalid JSON (at byte " + std::to_string(error.byte) + " of the line)");
      return;
    }
    auto article = article_from_record(record, stem_ + "-" + std::to_string(line_number), where);
    if (auto* message = std::get_if<std::string>(&article)) return skip(where, *message);
    on_article_(std::move(std::get<RawArticle>(article)));
  }

  // A whole input read into memory: decoded, then one article, a JSON document or JSON Lines.
  void take_bytes(std::string bytes) {
    // The fingerprint is of the bytes as they were, before any decoding or repair.
    const std::string sha256 = util::sha256_hex(bytes);
    DecodedText decoded = decode_owned(std::move(bytes));
    if (!decoded.error.empty()) return skip(input_.display, decoded.error);
    note(input_.display, decoding_note(decoded));
    std::string& text = decoded.text;
    const SourceFormat format = detect_format(text, extension_);

    if (format == SourceFormat::JsonLines) {
      std::size_t line_number = 0, taken = 0;
      for (std::size_t begin = 0; begin < text.size();) {
        std::size_t end = text.find('\n', begin);
        if (end == std::string::npos) end = text.size();
        ++line_number;
        const std::string_view line(text.data() + begin, end - begin);
        const bool last = end == text.size();
        begin = end + 1;
        if (skip_space(line).empty()) continue;
        ++taken;
        take_record(line, line_number, last);
      }
      if (taken == 0) skip(input_.display, "no JSON Lines records (only blank lines)");
      return;
    }
    if (format == SourceFormat::Json) {
      nlohmann::json document;
      try {
        document = nlohmann::json::parse(text);
      } catch (const nlohmann::json::parse_error& error) {
        return skip(input_.display, "invalid JSON (at byte " + std::to_string(error.byte) + ")");
      }
      std::vector<const nlohmann::json*> records;
      if (document.is_array()) for (const auto& item : document) records.push_back(&item);
      else records.push_back(&document);
      if (records.empty()) return skip(input_.display, "an empty JSON array: no articles");
      for (std::size_t i = 0; i < records.size(); ++i) {
        const std::string where = records.size() == 1 ? input_.display : input_.display + "[" + std::to_string(i) + "]";
        const std::string id = records.size() == 1 ? stem_ : stem_ + "-" + std::to_string(i + 1);
        auto article = article_from_record(*records[i], id, where);
        if (auto* message = std::get_if<std::string>(&article)) {
          skip(where, *message);
          continue;
        }
        auto& built = std::get<RawArticle>(article);
        if (records.size() == 1) built.sha256 = sha256;
        on_article_(std::move(built));
      }
      return;
    }
    RawArticle article;
    article.source_id = stem_;
    article.source_path = input_.display;
    article.sha256 = sha256;
    article.format = format;
    article.bytes = std::move(text);
    on_article_(std::move(article));
  }

  const InputFile& input_;
  const IngestOptions& options_;
  const ArticleSink& on_article_;
  const SkipSink& on_skipped_;
  const std::string stem_;
  const std::string extension_;
};

}  // namespace

std::uint64_t input_size(const InputFile& input) {
  if (input.path == "-" || !input.problem.empty()) return 0;
  std::error_code error;
  const auto size = fs::file_size(input.path, error);
  return error ? 0 : size;
}

void read_input(const InputFile& input, const IngestOptions& options, const ArticleSink& on_article,
                const SkipSink& on_skipped) {
  Reader(input, options, on_article, on_skipped).run();
}

IngestResult read_input(const InputFile& input, const IngestOptions& options) {
  IngestResult result;
  read_input(input, options, [&](RawArticle&& article) { result.articles.push_back(std::move(article)); },
             [&](SkippedInput&& skipped) { result.skipped.push_back(std::move(skipped)); });
  return result;
}

}  // namespace dealgraph
