#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <mutex>
#include <set>
#include <stdexcept>

#include "dealgraph/error.hpp"
#include "dealgraph/text.hpp"
#include "rdf/turtle_reader.hpp"
#include "text/html.hpp"
#include "util/utf8.hpp"
#include "util/values.hpp"

namespace dealgraph {
namespace {

// Brackets a piece of text opens minus those it closes, ASCII and full-width.
int bracket_balance(std::string_view piece) {
  int balance = 0;
  for (std::size_t at = 0; at < piece.size(); ++at) {
    if (piece[at] == '(') ++balance;
    else if (piece[at] == ')') --balance;
    // Full-width brackets start with byte 0xEF: compared only there (this runs on every byte).
    else if (static_cast<unsigned char>(piece[at]) != 0xEF) continue;
    else if (piece.compare(at, 3, "（") == 0) ++balance;
    else if (piece.compare(at, 3, "）") == 0) --balance;
  }
  return balance;
}

std::vector<std::string> literals(const rdf::TripleIndex& index, const std::string& type,
                                  const std::string& property) {
  std::vector<std::string> values;
  for (const std::string& subject : index.subjects_of_type(type))
    for (const rdf::Term* term : index.objects(subject, property)) values.push_back(term->value);
  return values;
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

bool is_terminal_punctuation(std::string_view line) {
  static constexpr std::string_view kEndings[] = {".", "!", "?", ":", ";", "\"", ")", "。", "！", "？",
                                                  "：", "；", "”", "’", "»", "」", "』", "）", "…"};
  for (std::string_view ending : kEndings)
    if (line.size() >= ending.size() && line.substr(line.size() - ending.size()) == ending) return true;
  return false;
}

bool has_letter(std::string_view line) {
  std::size_t pos = 0;
  while (pos < line.size()) {
    if (u_isalpha(static_cast<UChar32>(util::decode_utf8(line, pos)))) return true;
  }
  return false;
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r' || s[e - 1] == '\n')) --e;
  return std::string(s.substr(b, e - b));
}

// Removes template-engine tags such as {loop ...}, {$vo.title}, {{ x }}, {% if %}.
std::string strip_template_tags(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  std::size_t i = 0;
  while (i < line.size()) {
    if (line[i] == '{') {
      const std::size_t close = line.find('}', i + 1);
      if (close != std::string_view::npos && close - i < 200) {
        std::string_view inner = line.substr(i + 1, close - i - 1);
        const bool templated =
            contains(inner, "$") || (!inner.empty() && (inner[0] == '{' || inner[0] == '%' || inner[0] == '/')) ||
            inner.rfind("loop", 0) == 0 || inner.rfind("if ", 0) == 0 || inner.rfind("else", 0) == 0 ||
            inner.rfind("foreach", 0) == 0 || inner.rfind("include", 0) == 0 || inner.rfind("php", 0) == 0;
        if (templated) {
          i = close + 1;
          while (i < line.size() && line[i] == '}') ++i;
          continue;
        }
      }
    }
    out.push_back(line[i++]);
  }
  return out;
}

// Finds yyyy-mm-dd, yyyy/mm/dd, yyyy.mm.dd or yyyy年m月d日 in `s`.
std::optional<std::string> find_date(std::string_view s) {
  for (std::size_t i = 0; i + 8 <= s.size(); ++i) {
    auto digits = [&](std::size_t at, std::size_t n) {
      if (at + n > s.size()) return false;
      for (std::size_t k = 0; k < n; ++k) if (s[at + k] < '0' || s[at + k] > '9') return false;
      return true;
    };
    if (!digits(i, 4) || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')) continue;
    const std::string year(s.substr(i, 4));
    if (year < "1900" || year > "2100") continue;
    std::size_t at = i + 4;
    std::string_view sep;
    if (s.compare(at, 3, "年") == 0) sep = "年";
    else if (at < s.size() && (s[at] == '-' || s[at] == '/' || s[at] == '.')) sep = s.substr(at, 1);
    else continue;
    at += sep.size();
    std::size_t month_len = digits(at, 2) ? 2 : (digits(at, 1) ? 1 : 0);
    if (!month_len) continue;
    const int month = std::stoi(std::string(s.substr(at, month_len)));
    at += month_len;
    if (sep == "年") { if (s.compare(at, 3, "月") != 0) continue; at += 3; }
    else { if (at >= s.size() || s.substr(at, 1) != sep) continue; at += 1; }
    std::size_t day_len = digits(at, 2) ? 2 : (digits(at, 1) ? 1 : 0);
    if (!day_len) continue;
    const int day = std::stoi(std::string(s.substr(at, day_len)));
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%s-%02d-%02d", year.c_str(), month, day);
    if (!util::is_real_date(buffer)) continue;  // 2025-02-30 is no day
    return std::string(buffer);
  }
  return std::nullopt;
}

struct Line {
  std::string text;
  std::size_t source_byte = 0;
  bool indented = false;  // began with white space in the source: a new paragraph in wire text
};

std::vector<Line> split_lines(std::string_view body, std::size_t base) {
  std::vector<Line> lines;
  std::size_t begin = 0;
  while (begin <= body.size()) {
    std::size_t end = body.find('\n', begin);
    if (end == std::string_view::npos) end = body.size();
    std::string_view raw = body.substr(begin, end - begin);
    lines.push_back({std::string(raw), base + begin, !raw.empty() && (raw[0] == ' ' || raw[0] == '\t')});
    if (end == body.size()) break;
    begin = end + 1;
  }
  return lines;
}

// Markdown to plain lines: headings, list markers, emphasis, links and images.
std::string markdown_line(std::string_view line) {
  std::string s = trim(line);
  std::size_t hashes = 0;
  while (hashes < s.size() && s[hashes] == '#') ++hashes;
  if (hashes > 0 && hashes < s.size() && s[hashes] == ' ') s = s.substr(hashes + 1);
  if (s.rfind("- ", 0) == 0 || s.rfind("* ", 0) == 0 || s.rfind("+ ", 0) == 0 || s.rfind("> ", 0) == 0)
    s = s.substr(2);
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '!' && i + 1 < s.size() && s[i + 1] == '[') {  // image: drop entirely
      const std::size_t close = s.find("](", i);
      const std::size_t end = close == std::string::npos ? std::string::npos : s.find(')', close);
      if (end != std::string::npos) { i = end; continue; }
    }
    if (s[i] == '[') {  // link: keep its text
      const std::size_t close = s.find("](", i);
      const std::size_t end = close == std::string::npos ? std::string::npos : s.find(')', close);
      if (end != std::string::npos) { out += s.substr(i + 1, close - i - 1); i = end; continue; }
    }
    if (s[i] == '*' || s[i] == '`' ||
        (s[i] == '_' && (i == 0 || i + 1 == s.size() || !util::is_ascii_alnum(s[i - 1]) ||
                         !util::is_ascii_alnum(s[i + 1]))))
      continue;
    out.push_back(s[i]);
  }
  return out;
}

// ICU locale for sentence breaking; "ss=standard" suppresses breaks after abbreviations.
std::string break_locale(const std::string& language) {
  if (language.rfind("zh", 0) == 0) return "zh";
  if (language == "ja") return "ja";
  if (language == "en" || language == "de" || language == "fr" || language == "es" || language == "pt" ||
      language == "it")
    return language + "@ss=standard";
  return "en@ss=standard";
}

// What an article says of itself. A record may give it; otherwise it is looked for in the
// markup, the first lines and the bylines.
struct Metadata {
  std::optional<std::string> title;
  std::optional<std::string> published;
};

// The title and publication date an HTML page declares, where the article has none.
void read_html_metadata(std::string_view html, Metadata& metadata) {
  if (!metadata.title) {
    std::string t = text::detail::meta_value(html, {"og:title", "twitter:title"});
    if (t.empty()) t = text::detail::element_text(html, "title");
    if (!t.empty()) metadata.title = trim(t);
  }
  if (!metadata.published) {
    metadata.published = find_date(text::detail::meta_value(
        html, {"article:published_time", "datePublished", "date", "pubdate", "publish-date", "dc.date"}));
    if (!metadata.published) metadata.published = find_date(text::detail::first_time_datetime(html));
  }
}

// An HTML page's text as lines, each mapped through the offset anchors back to the source.
std::vector<Line> html_lines(std::string_view html) {
  std::vector<Line> lines;
  std::vector<OffsetAnchor> anchors;
  const std::string plain = text::html_to_text(html, &anchors, 0);
  std::size_t anchor_index = 0;
  for (Line& line : split_lines(plain, 0)) {
    while (anchor_index + 1 < anchors.size() && anchors[anchor_index + 1].text_byte <= line.source_byte) ++anchor_index;
    const std::size_t source = anchors.empty() ? 0
        : anchors[anchor_index].source_byte + (line.source_byte - anchors[anchor_index].text_byte);
    lines.push_back({std::move(line.text), source, false});
  }
  return lines;
}

// Text with HTML escaped in JSON strings: a line holding escaped markup is unescaped and read
// as HTML, its lines all pointing at the source line.
std::vector<Line> escaped_html_lines(std::string_view body) {
  std::vector<Line> lines;
  for (Line& line : split_lines(body, 0)) {
    if (line.text.find("\\u003c") == std::string::npos && line.text.find("\\u003C") == std::string::npos) {
      lines.push_back(std::move(line));
      continue;
    }
    std::string html = text::unescape_json_string(line.text);
    for (Line& inner : split_lines(text::html_to_text(html), 0))
      lines.push_back({std::move(inner.text), line.source_byte, false});
  }
  return lines;
}

// Markdown as plain lines: fenced code left out, a heading a paragraph of its own.
std::vector<Line> markdown_lines(std::string_view body) {
  std::vector<Line> lines;
  bool in_fence = false;
  for (Line& line : split_lines(body, 0)) {
    if (trim(line.text).rfind("```", 0) == 0) { in_fence = !in_fence; continue; }
    if (in_fence) continue;
    const bool heading = trim(line.text).rfind("#", 0) == 0;
    lines.push_back({markdown_line(line.text), line.source_byte, line.indented || heading});
    if (heading) lines.push_back({"", line.source_byte, false});
  }
  return lines;
}

// Markup to lines, each remembering where it began in the source; an HTML page's own title and
// date fill in what the article lacks.
std::vector<Line> markup_lines(SourceFormat format, std::string_view body, Metadata& metadata) {
  switch (format) {
    case SourceFormat::Html:
      read_html_metadata(body, metadata);
      return html_lines(body);
    case SourceFormat::JsonEscapedHtml: return escaped_html_lines(body);
    case SourceFormat::Markdown: return markdown_lines(body);
    default: return split_lines(body, 0);
  }
}

// Wire text is wrapped when most of its lines are of a typical width and end mid-sentence.
bool looks_wire_wrapped(const std::vector<Line>& lines) {
  std::size_t wrapped_lines = 0, text_lines = 0;
  for (const Line& line : lines) {
    if (line.text.empty()) continue;
    ++text_lines;
    const std::size_t width = util::count_code_points(line.text);
    if (width >= 40 && width <= 90 && !is_terminal_punctuation(line.text)) ++wrapped_lines;
  }
  return text_lines >= 4 && wrapped_lines * 2 >= text_lines;
}

// The first short line of a text without markup is its title.
std::optional<std::string> first_line_title(const std::vector<Line>& lines) {
  for (const Line& line : lines) {
    if (line.text.empty()) continue;
    if (util::count_code_points(line.text) <= 200 && lines.size() > 1) return line.text;
    break;
  }
  return std::nullopt;
}

// Paragraphs from lines. Text whose format wraps lines (`wrapped_text`) may carry a sentence
// over several: a line is joined to the one before when all lines are (`wire_wrapped`), or else
// when it continues in lower case. Empty lines end paragraphs.
std::vector<Line> join_paragraphs(std::vector<Line> lines, const std::optional<std::string>& title, bool wrapped_text,
                                  bool wire_wrapped) {
  auto continues = [&](const Line& line) {
    if (wire_wrapped) return true;
    const auto first = static_cast<unsigned char>(line.text.front());
    return first >= 'a' && first <= 'z';
  };
  std::vector<Line> paragraphs;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Line& line = lines[i];
    if (line.text.empty()) { if (!paragraphs.empty() && !paragraphs.back().text.empty()) paragraphs.push_back(line); continue; }
    const bool is_title = title && line.text == *title && paragraphs.empty();
    if (wrapped_text && !is_title && !paragraphs.empty() && !paragraphs.back().text.empty() &&
        !line.indented && continues(line) && !is_terminal_punctuation(paragraphs.back().text) &&
        !(title && paragraphs.back().text == *title && paragraphs.size() == 1)) {
      Line& previous = paragraphs.back();
      const auto last = static_cast<unsigned char>(previous.text.back());
      const auto first = static_cast<unsigned char>(line.text.front());
      if (last < 0x80 || first < 0x80) previous.text.push_back(' ');
      previous.text += line.text;
      continue;
    }
    paragraphs.push_back(std::move(line));
  }
  return paragraphs;
}

}  // namespace

TextRules TextRules::load(const std::string& turtle_path) {
  const rdf::TripleIndex index(rdf::read_turtle_file(turtle_path));
  const std::string dg(rdf::kDg);
  TextRules rules;
  rules.boilerplate_markers = literals(index, dg + "BoilerplateMarker", dg + "surface");
  rules.boilerplate_lines = literals(index, dg + "BoilerplateLine", dg + "surface");
  rules.byline_markers = literals(index, dg + "BylineMarker", dg + "surface");
  rules.date_labels = literals(index, dg + "DateLabel", dg + "surface");
  for (const std::string& subject : index.subjects_of_type(dg + "LanguageProfile")) {
    const rdf::Term* language = index.first_object(subject, dg + "language");
    if (!language) continue;
    if (language->value == "zh") {
      for (const rdf::Term* t : index.objects(subject, dg + "simplifiedOnly")) rules.simplified_only.push_back(t->value);
      for (const rdf::Term* t : index.objects(subject, dg + "traditionalOnly")) rules.traditional_only.push_back(t->value);
      continue;
    }
    if (language->value == "ja") {
      for (const rdf::Term* t : index.objects(subject, dg + "japaneseOnly")) rules.japanese_only.push_back(t->value);
      continue;
    }
    LanguageProfile profile{language->value, {}, {}};
    for (const rdf::Term* t : index.objects(subject, dg + "stopword")) profile.stopwords.push_back(t->value);
    for (const rdf::Term* t : index.objects(subject, dg + "letter"))
      for (std::size_t at = 0; at < t->value.size();) profile.letters.push_back(util::decode_utf8(t->value, at));
    std::sort(profile.stopwords.begin(), profile.stopwords.end());
    std::sort(profile.letters.begin(), profile.letters.end());
    rules.languages.push_back(std::move(profile));
  }
  for (const std::string& subject : index.subjects_of_type(dg + "SentenceLimit")) {
    const rdf::Term* limit = index.first_object(subject, dg + "maxCodePoints");
    std::size_t value = 0;
    const char* end = limit ? limit->value.data() + limit->value.size() : nullptr;
    if (!limit || std::from_chars(limit->value.data(), end, value).ptr != end || value < 100)
      throw Error(turtle_path + ": " + subject + " needs dg:maxCodePoints, a whole number of at least 100");
    rules.max_sentence_code_points = value;
  }
  std::sort(rules.languages.begin(), rules.languages.end(),
            [](const auto& a, const auto& b) { return a.language < b.language; });
  return rules;
}

struct TextStage::Impl {
  TextRules rules;
  const icu::Normalizer2* nfc = nullptr;
  // Break iterators are costly to build and not thread-safe: one prototype per locale, cloned per use.
  mutable std::mutex mutex;
  mutable std::map<std::string, std::unique_ptr<icu::BreakIterator>> prototypes;

  std::unique_ptr<icu::BreakIterator> sentence_iterator(const std::string& language) const {
    const std::string locale = break_locale(language);
    std::lock_guard lock(mutex);
    auto it = prototypes.find(locale);
    if (it == prototypes.end()) {
      UErrorCode status = U_ZERO_ERROR;
      std::unique_ptr<icu::BreakIterator> iterator(
          icu::BreakIterator::createSentenceInstance(icu::Locale(locale.c_str()), status));
      if (U_FAILURE(status) || !iterator)
        throw Error("ICU cannot create a sentence iterator for " + locale);
      it = prototypes.emplace(locale, std::move(iterator)).first;
    }
    return std::unique_ptr<icu::BreakIterator>(it->second->clone());
  }

  bool is_byline(std::string_view line) const {
    std::size_t hits = 0;
    bool starts = false;
    for (const std::string& marker : rules.byline_markers) {
      if (contains(line, marker)) {
        ++hits;
        if (line.rfind(marker, 0) == 0) starts = true;
      }
    }
    return hits >= 2 || (starts && line.size() < 120);
  }

  bool is_boilerplate(std::string_view line) const {
    for (const std::string& marker : rules.boilerplate_markers)
      if (contains(line, marker)) return true;
    for (const std::string& whole : rules.boilerplate_lines)
      if (line == whole) return true;
    // A line that is only a link.
    const std::string trimmed = trim(line);
    if ((trimmed.rfind("http://", 0) == 0 || trimmed.rfind("https://", 0) == 0) &&
        trimmed.find(' ') == std::string::npos)
      return true;
    return false;
  }

  std::optional<std::string> labelled_date(std::string_view line) const {
    for (const std::string& label : rules.date_labels) {
      const std::size_t at = line.find(label);
      if (at != std::string_view::npos)
        if (auto date = find_date(line.substr(at, 80))) return date;
    }
    return std::nullopt;
  }

  std::string nfc_normalize(const std::string& s) const {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
    if (nfc->quickCheck(u, status) == UNORM_YES && U_SUCCESS(status)) return s;
    status = U_ZERO_ERROR;
    icu::UnicodeString normalized = nfc->normalize(u, status);
    if (U_FAILURE(status)) return s;
    std::string out;
    normalized.toUTF8String(out);
    return out;
  }

  // Line clean-up: template tags, bylines, furniture, empty lines (kept as paragraph breaks).
  // A date labelled in the first lines or in a byline is the publication date, if none is known.
  std::vector<Line> clean_lines(std::vector<Line> lines, std::optional<std::string>& published) const {
    std::vector<Line> kept;
    std::size_t line_index = 0;
    for (Line& line : lines) {
      ++line_index;
      std::string cleaned = trim(strip_template_tags(line.text));
      if (line_index <= 5 && !published) published = labelled_date(cleaned);
      if (cleaned.empty() || !has_letter(cleaned)) {
        if (!kept.empty()) kept.push_back({"", line.source_byte, false});  // a paragraph break
        continue;
      }
      if (is_byline(cleaned)) {
        if (!published) published = labelled_date(cleaned);
        continue;
      }
      if (is_boilerplate(cleaned)) continue;
      kept.push_back({std::move(cleaned), line.source_byte, line.indented});
    }
    return kept;
  }

  // The paragraphs, NFC-normalised, as the document's text and its offsets into the source.
  // A repeated paragraph (a body pasted twice) is kept once.
  void set_text(Document& document, const std::vector<Line>& paragraphs) const {
    std::set<std::string> seen;
    for (const Line& paragraph : paragraphs) {
      if (paragraph.text.empty()) continue;
      std::string normalized = nfc_normalize(paragraph.text);
      if (util::count_code_points(normalized) >= 8 && !seen.insert(normalized).second) continue;
      document.offsets.push_back({document.text.size(), paragraph.source_byte});
      document.text += normalized;
      document.text.push_back('\n');
    }
    if (!document.text.empty()) document.text.pop_back();
  }

  // The language the article declares, or the one its text shows; Chinese is always detected,
  // to tell simplified from traditional.
  std::string language_of(const std::optional<std::string>& declared, std::string_view text) const {
    const bool chinese = declared && (*declared == "zh" || declared->rfind("zh-", 0) == 0);
    if (declared && !declared->empty() && !chinese) return *declared;
    return text::detect_language(text, rules);
  }

  // A sentence of the paragraph (offsets within it), cut into pieces of at most the rules' length:
  // each piece ends after the last space within reach, or at the limit when there is none.
  void add_sentence(Document& document, std::string_view paragraph, Sentence span, std::size_t paragraph_begin,
                    std::size_t cp_base) const {
    const std::size_t limit = rules.max_sentence_code_points;
    while (limit > 0 && span.cp_end - span.cp_begin > limit) {
      std::size_t pos = span.byte_begin, count = 0, cut = 0, cut_count = 0;
      while (count < limit) {
        const char32_t cp = util::decode_utf8(paragraph, pos);
        ++count;
        if (cp == ' ') cut = pos, cut_count = count;
      }
      if (cut == 0) cut = pos, cut_count = count;
      std::size_t end = cut, cp_end = span.cp_begin + cut_count;
      while (end > span.byte_begin && paragraph[end - 1] == ' ') --end, --cp_end;
      if (end > span.byte_begin)
        document.sentences.push_back(
            {paragraph_begin + span.byte_begin, paragraph_begin + end, cp_base + span.cp_begin, cp_base + cp_end});
      span.byte_begin = cut, span.cp_begin += cut_count;
      while (span.byte_begin < span.byte_end && paragraph[span.byte_begin] == ' ') ++span.byte_begin, ++span.cp_begin;
    }
    if (span.byte_begin < span.byte_end)
      document.sentences.push_back({paragraph_begin + span.byte_begin, paragraph_begin + span.byte_end, cp_base + span.cp_begin,
                                    cp_base + span.cp_end});
  }

  void segment(Document& document) const {
    auto iterator = sentence_iterator(document.language);
    const bool han_script = document.language.starts_with("zh") || document.language.starts_with("ja");
    const std::string& text = document.text;
    std::size_t cp_base = 0;
    std::size_t paragraph_begin = 0;
    while (paragraph_begin < text.size()) {
      std::size_t paragraph_end = text.find('\n', paragraph_begin);
      if (paragraph_end == std::string::npos) paragraph_end = text.size();
      std::string_view paragraph(text.data() + paragraph_begin, paragraph_end - paragraph_begin);
      // UTF-16 for ICU, remembering the byte and code point of each UTF-16 unit.
      // The text is valid UTF-8 (repaired on the way in), so units map back one to one.
      const icu::UnicodeString units = icu::UnicodeString::fromUTF8(icu::StringPiece(paragraph.data(), static_cast<int32_t>(paragraph.size())));
      std::vector<std::size_t> unit_byte, unit_cp;
      unit_byte.reserve(static_cast<std::size_t>(units.length()) + 1);
      unit_cp.reserve(static_cast<std::size_t>(units.length()) + 1);
      std::size_t pos = 0, cp_index = 0;
      while (pos < paragraph.size()) {
        const std::size_t at = pos;
        const char32_t cp = util::decode_utf8(paragraph, pos);
        unit_byte.push_back(at);
        unit_cp.push_back(cp_index);
        if (cp >= 0x10000) { unit_byte.push_back(at); unit_cp.push_back(cp_index); }
        ++cp_index;
      }
      unit_byte.push_back(paragraph.size());
      unit_cp.push_back(cp_index);
      iterator->setText(units);
      int32_t start = iterator->first();
      int depth = 0;  // brackets open at the end of the text read so far
      for (int32_t piece_start = start, end = iterator->next(); end != icu::BreakIterator::DONE;
           piece_start = end, end = iterator->next()) {
        // (大阪市。売上高5億円): a 。 inside brackets ends no sentence; the piece joins the next.
        const std::string_view piece = paragraph.substr(unit_byte[piece_start], unit_byte[end] - unit_byte[piece_start]);
        depth = std::max(0, depth + bracket_balance(piece));
        if (depth > 0 && han_script && unit_byte[end] < paragraph.size()) continue;
        depth = 0;
        std::size_t b = unit_byte[start], e = unit_byte[end];
        std::size_t cb = unit_cp[start], ce = unit_cp[end];
        start = end;
        // Trim white space at both ends of the sentence.
        while (b < e && (paragraph[b] == ' ')) { ++b; ++cb; }
        while (e > b && (paragraph[e - 1] == ' ')) { --e; --ce; }
        if (b == e) continue;
        add_sentence(document, paragraph, {b, e, cb, ce}, paragraph_begin, cp_base);
      }
      cp_base += cp_index + 1;  // the newline
      paragraph_begin = paragraph_end + 1;
    }
  }
};

TextStage::TextStage(TextRules rules) : impl_(std::make_unique<Impl>()) {
  impl_->rules = std::move(rules);
  UErrorCode status = U_ZERO_ERROR;
  impl_->nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw Error("ICU NFC normaliser unavailable");
}
TextStage::~TextStage() = default;
TextStage::TextStage(TextStage&&) noexcept = default;
TextStage& TextStage::operator=(TextStage&&) noexcept = default;

Document TextStage::prepare(const RawArticle& article) const {
  Document document;
  document.source_id = article.source_id;
  document.source_path = article.source_path;
  document.sha256 = article.sha256;
  document.format = article.format;
  document.url = article.url;
  const std::string body = util::repair_utf8(article.bytes);
  Metadata metadata{article.title, article.published};
  std::vector<Line> lines = impl_->clean_lines(markup_lines(article.format, body, metadata), metadata.published);
  const bool wrapped_text = article.format == SourceFormat::PlainText || article.format == SourceFormat::Markdown;
  const bool wire_wrapped = wrapped_text && looks_wire_wrapped(lines);
  if (!metadata.title && !wire_wrapped) metadata.title = first_line_title(lines);  // wire text has no title line
  impl_->set_text(document, join_paragraphs(std::move(lines), metadata.title, wrapped_text, wire_wrapped));
  document.title = metadata.title.value_or("");
  document.published = metadata.published;
  document.language = impl_->language_of(article.language, document.text);
  impl_->segment(document);
  return document;
}

}  // namespace dealgraph
