#include "extract/kana_latin_names.hpp"

#include <algorithm>

#include "extract/han_words.hpp"
#include "extract/passes/rule_file.hpp"
#include "util/utf8.hpp"

namespace dealgraph::extract {
namespace {

constexpr std::size_t kMostAddressCharacters = 24;  // 東京都千代田区丸の内, 米国カリフォルニア州サンタクルーズ

bool is_han(char32_t cp) {
  return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
         cp >= 0x20000;
}
bool is_katakana(char32_t cp) { return (cp >= 0x30A1 && cp <= 0x30FA) || cp == 0x30FC; }
bool is_ascii_letter(char32_t cp) { return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'); }
bool is_ascii_digit(char32_t cp) { return cp >= '0' && cp <= '9'; }
bool is_upper_or_digit(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
// Characters inside a Latin word of a name: PIALab., AT&T, Coca-Cola, O'Neil.
bool in_latin_word(char32_t cp) {
  return is_ascii_letter(cp) || is_ascii_digit(cp) || cp == '&' || cp == '.' || cp == '-' || cp == '\'';
}

char32_t code_point_at(std::string_view text, std::size_t at) {
  if (at >= text.size()) return 0;
  return util::decode_utf8(text, at);
}

// The code point that ends at byte `end` (0 at the start), and where it begins.
char32_t code_point_before(std::string_view text, std::size_t end, std::size_t& begin) {
  begin = end;
  if (end == 0) return 0;
  begin = end - 1;
  while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
  std::size_t probe = begin;
  return util::decode_utf8(text, probe);
}

bool starts_with(std::string_view text, std::size_t at, std::string_view word) {
  return text.compare(at, word.size(), word) == 0;
}

}  // namespace

KanaLatinNames::KanaLatinNames(const std::string& name_rules_path, const std::string& given_names_path) {
  if (!given_names_path.empty()) {
    const RuleFile given(given_names_path);
    for (const rdf::Term* name : given.all_of_type("GivenName", "surface")) given_names_.push_back(name->value);
    std::sort(given_names_.begin(), given_names_.end());
  }
  if (name_rules_path.empty()) return;
  const RuleFile rules(name_rules_path);
  cues_after_ = rules.words_longest_first("KanaLatinCueAfter");
  latin_cues_after_ = rules.words_longest_first("LatinCueAfter");
  cues_before_ = rules.words_longest_first("KanaLatinCueBefore");
  latin_cues_before_ = rules.words_longest_first("LatinCueBefore");
  common_nouns_ = rules.words_longest_first("KatakanaCommonNoun");
  person_titles_ = rules.words_longest_first("KatakanaPersonCueAfter");
  for (std::string& title : rules.words_longest_first("HanPersonCueAfter")) person_titles_.push_back(std::move(title));
  sort_longest_first(person_titles_);
  // Provinces, cities and prefectures open a katakana name (横浜ゴム); countries do not (中国アリババ).
  std::vector<std::string> countries = rules.words_longest_first("HanCountry");
  std::sort(countries.begin(), countries.end());
  for (std::string& place : rules.words_longest_first("HanPlace"))
    if (!std::binary_search(countries.begin(), countries.end(), place)) places_.push_back(std::move(place));
  for (std::string& place : rules.words_longest_first("KatakanaNameOpening")) places_.push_back(std::move(place));
  sort_longest_first(places_);
  latin_stopwords_ = rules.words_longest_first("LatinNameStopword");
  std::sort(latin_stopwords_.begin(), latin_stopwords_.end());
  facility_nouns_ = rules.words_longest_first("JapaneseFacilityNoun");
  address_endings_ = rules.words_longest_first("JapaneseAddressEnding");
  std::sort(address_endings_.begin(), address_endings_.end());
}

std::vector<KanaLatinNames::Span> KanaLatinNames::find(std::string_view text, bool japanese, HanWords& words) const {
  std::vector<Span> names;
  if (cues_after_.empty()) return names;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t previous = 0;
    const char32_t before = code_point_before(text, at, previous);
    const char32_t cp = code_point_at(text, at);
    std::size_t end = at;
    if (is_ascii_letter(cp) && !in_latin_word(before) && before != ' ' && before != '(' && before != 0xFF08)
      end = latin_name_at(text, at, japanese, names);
    else if (japanese && is_katakana(cp) && !is_katakana(before) && before != 0x30FB)
      end = katakana_name_at(text, at, before, names);
    else if (japanese && is_han(cp) && !is_han(before) && !is_katakana(before) && !in_latin_word(before))
      end = kanji_name_at(text, at, words, names);
    if (end <= at) util::decode_utf8(text, end);  // one code point on
    at = end;
  }
  return names;
}

// Each step below reads the run of its script at `at`, adds it to `names` when a cue makes it a
// company's, and returns where the run ends.
std::size_t KanaLatinNames::latin_name_at(std::string_view text, std::size_t at, bool japanese,
                                          std::vector<Span>& names) const {
  const std::size_t end = latin_run_end(text, at);
  const std::string_view run = text.substr(at, end - at);
  const bool named = end > at && !is_latin_stopword(run) && !names_person(run) &&
                     (has_cue_after(text, end, true) || has_cue_before(text, at) || has_address_after(text, end) ||
                      (japanese && opens_report(text, at, end)) ||
                      std::any_of(latin_cues_before_.begin(), latin_cues_before_.end(), [&](const std::string& cue) {
                        return at >= cue.size() && starts_with(text, at - cue.size(), cue);
                      }));
  if (named) names.push_back({at, end});
  return end;
}

std::size_t KanaLatinNames::katakana_name_at(std::string_view text, std::size_t at, char32_t before,
                                             std::vector<Span>& names) const {
  const std::size_t end = katakana_run_end(text, at);
  // J.フロント: an initial before the katakana opens the name.
  const bool initial = before == '.' && at >= 2 && text[at - 2] >= 'A' && text[at - 2] <= 'Z' &&
                       (at == 2 || !in_latin_word(static_cast<unsigned char>(text[at - 3])));
  const std::size_t begin = at - (initial ? 2 : place_before(text, at));
  // 高速データ: katakana after other kanji go on a word, unless a cue stands there (米ミナト).
  const bool opens = begin < at || !is_han(before) || has_cue_before(text, at);
  // ジョン・スミスCEO: a foreign name, its parts joined by ・, before a person's title is a person's.
  const bool person = text.substr(at, end - at).find("・") != std::string_view::npos &&
                      std::any_of(person_titles_.begin(), person_titles_.end(), [&](const std::string& t) { return starts_with(text, end, t); });
  const bool named = end > at && opens && !person && !only_common_nouns(text.substr(at, end - at)) &&
                     (has_cue_after(text, end, false) || has_cue_before(text, begin) || has_address_after(text, end) ||
                      opens_report(text, begin, end));
  if (named) names.push_back({begin, end});
  return end;
}

std::size_t KanaLatinNames::kanji_name_at(std::string_view text, std::size_t at, HanWords& words,
                                          std::vector<Span>& names) const {
  const std::size_t end = kanji_run_end(text, at);
  if (has_address_after(text, end) && names_kanji_company(text, at, end, words)) names.push_back({at, end});
  return end;
}

// Capitalised Latin words joined by single spaces (Joby Aviation, KDDI); one word needs three letters.
std::size_t KanaLatinNames::latin_run_end(std::string_view text, std::size_t begin) const {
  std::size_t end = begin, words = 0;
  while (end < text.size() && is_upper_or_digit(text[end])) {
    std::size_t word_end = end;
    while (word_end < text.size() && in_latin_word(static_cast<unsigned char>(text[word_end]))) ++word_end;
    ++words;
    end = word_end;
    if (end + 1 < text.size() && text[end] == ' ' && is_upper_or_digit(text[end + 1])) ++end;
    else break;
  }
  if (end < text.size() && (text[end] == ' ' || is_ascii_letter(static_cast<unsigned char>(text[end])))) return begin;
  if (words == 1 && std::count_if(text.begin() + begin, text.begin() + end, [](char c) {
                      return is_ascii_letter(static_cast<unsigned char>(c));
                    }) < 3)
    return begin;
  return end;
}

// Two to six kanji, which may be a company's name when its seat follows in brackets.
std::size_t KanaLatinNames::kanji_run_end(std::string_view text, std::size_t begin) {
  constexpr std::size_t kMostCharacters = 6;
  std::size_t end = begin, characters = 0;
  while (end < text.size() && characters <= kMostCharacters) {
    std::size_t next = end;
    if (!is_han(util::decode_utf8(text, next))) break;
    end = next;
    ++characters;
  }
  return characters >= 2 && characters <= kMostCharacters ? end : begin;
}

// 三信(東京都中央区): kanji the dictionary does not know as one word, which end in no place of
// business (新工場, 子会社, 研究開発拠点).
bool KanaLatinNames::names_kanji_company(std::string_view text, std::size_t begin, std::size_t end,
                                         HanWords& words) const {
  if (end <= begin || !words.is_boundary(begin) || !words.is_boundary(end)) return false;
  const std::size_t last = words.preceding(end);
  if (last <= begin) return false;  // one word of the dictionary: a common noun
  const std::string_view name = text.substr(begin, end - begin);
  return std::none_of(facility_nouns_.begin(), facility_nouns_.end(), [&](const std::string& noun) {
    return name.size() >= noun.size() && name.compare(name.size() - noun.size(), noun.size(), noun) == 0;
  });
}

// Katakana with its middle dots and long marks (ミナト・ケア), and digits after it (ケア21).
std::size_t KanaLatinNames::katakana_run_end(std::string_view text, std::size_t begin) const {
  std::size_t end = begin, katakana = 0;
  for (;;) {
    std::size_t next = end;
    const char32_t cp = code_point_at(text, end);
    if (cp == 0) break;
    util::decode_utf8(text, next);
    if (is_katakana(cp)) ++katakana;
    else if (!(cp == 0x30FB && is_katakana(code_point_at(text, next)))) break;
    end = next;
  }
  while (end < text.size() && (is_ascii_digit(code_point_at(text, end)) ||
                               (code_point_at(text, end) >= 0xFF10 && code_point_at(text, end) <= 0xFF19)))
    util::decode_utf8(text, end);
  return katakana >= 2 ? end : begin;
}

// Whether the katakana of `run` are loanwords of the list one after another (クラウドサービス);
// digits after them make a name (ケア21).
bool KanaLatinNames::only_common_nouns(std::string_view run) const {
  std::size_t begin = 0;
  const char32_t last = code_point_before(run, run.size(), begin);
  if (is_ascii_digit(last) || (last >= 0xFF10 && last <= 0xFF19)) return false;
  std::vector<bool> reachable(run.size() + 1, false);
  reachable[0] = true;
  for (std::size_t at = 0; at < run.size(); ++at) {
    if (!reachable[at]) continue;
    if (starts_with(run, at, "\xE3\x83\xBB")) reachable[at + 3] = true;  // ・ between words
    for (const std::string& noun : common_nouns_)
      if (starts_with(run, at, noun)) reachable[at + noun.size()] = true;
  }
  return reachable[run.size()];
}

// A run whose every word is a technical acronym, unit or currency.
bool KanaLatinNames::is_latin_stopword(std::string_view run) const {
  std::size_t start = 0;
  while (start <= run.size()) {
    std::size_t end = run.find(' ', start);
    if (end == std::string_view::npos) end = run.size();
    std::string_view word = run.substr(start, end - start);
    while (!word.empty() && word.back() == '.') word.remove_suffix(1);
    if (!std::binary_search(latin_stopwords_.begin(), latin_stopwords_.end(), word)) return false;
    start = end + 1;
  }
  return true;
}

// ミナトは22日、… and a paragraph or sentence that opens with ミナトは、: the subject of a news report.
bool KanaLatinNames::opens_report(std::string_view text, std::size_t begin, std::size_t end) {
  if (!starts_with(text, end, "\xE3\x81\xAF")) return false;  // は
  std::size_t at = end + 3;
  if (starts_with(text, at, "\xE3\x80\x81")) {  // 、
    std::size_t previous = 0;
    const char32_t before = code_point_before(text, begin, previous);
    return before == 0 || before == '\n' || before == 0x3002 || before == 0x300D;  // 。」
  }
  const std::size_t digits = at;
  while (at < text.size() && (is_ascii_digit(code_point_at(text, at)) ||
                              (code_point_at(text, at) >= 0xFF10 && code_point_at(text, at) <= 0xFF19)))
    util::decode_utf8(text, at);
  return at > digits && starts_with(text, at, "\xE6\x97\xA5");  // 日
}

// Jensen Huang, Mary Ann Lee: a given name and one or two words more name a person.
bool KanaLatinNames::names_person(std::string_view run) const {
  const std::size_t space = run.find(' ');
  if (space == std::string_view::npos || std::count(run.begin(), run.end(), ' ') > 2) return false;
  return std::binary_search(given_names_.begin(), given_names_.end(), run.substr(0, space));
}

bool KanaLatinNames::has_cue_after(std::string_view text, std::size_t end, bool latin) const {
  const auto at_end = [&](const std::string& cue) { return starts_with(text, end, cue); };
  return std::any_of(cues_after_.begin(), cues_after_.end(), at_end) ||
         (latin && std::any_of(latin_cues_after_.begin(), latin_cues_after_.end(), at_end));
}

bool KanaLatinNames::has_cue_before(std::string_view text, std::size_t begin) const {
  return std::any_of(cues_before_.begin(), cues_before_.end(), [&](const std::string& cue) {
    if (begin < cue.size() || !starts_with(text, begin - cue.size(), cue)) return false;
    // 米 of 欧米 or 新米 is no country's short form: a one-character cue opens after no ideograph.
    std::size_t previous = 0;
    return cue.size() > 3 || !is_han(code_point_before(text, begin - cue.size(), previous));
  });
}

// ミナト(東京都港区、…): a company's seat in brackets after its name.
bool KanaLatinNames::has_address_after(std::string_view text, std::size_t end) const {
  std::size_t at = end;
  const char32_t open = code_point_at(text, at);
  if (open != '(' && open != 0xFF08) return false;
  util::decode_utf8(text, at);
  // Joby Aviation(Joby/米国カリフォルニア州): a short form of the name may come first.
  const std::size_t slash = text.substr(at, std::min<std::size_t>(text.size() - at, 40)).find_first_of("/");
  const std::size_t close = text.substr(at, std::min<std::size_t>(text.size() - at, 40)).find_first_of(")");
  if (slash != std::string_view::npos && (close == std::string_view::npos || slash < close)) at += slash + 1;
  bool address = false;
  for (std::size_t characters = 0; characters < kMostAddressCharacters && at < text.size(); ++characters) {
    const std::size_t begin = at;
    const char32_t cp = util::decode_utf8(text, at);
    if (cp == ')' || cp == 0xFF09 || cp == 0x3001 || cp == 0x3002 || cp == 0xFF0C) return address;
    if (!(is_han(cp) || is_katakana(cp) || cp == 0x30FB || cp == 0x306E)) return false;  // の of 丸の内
    const std::string_view character = text.substr(begin, at - begin);
    if (characters > 0 && std::binary_search(address_endings_.begin(), address_endings_.end(), character))
      address = true;
  }
  return false;
}

// 横浜ゴム: a place written in kanji right before the katakana opens the name, after no other ideograph.
std::size_t KanaLatinNames::place_before(std::string_view text, std::size_t begin) const {
  for (const std::string& place : places_) {
    if (begin < place.size() || !starts_with(text, begin - place.size(), place)) continue;
    std::size_t previous = 0;
    if (!is_han(code_point_before(text, begin - place.size(), previous))) return place.size();
  }
  return 0;
}

}  // namespace dealgraph::extract
