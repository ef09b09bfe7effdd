// Language identification. Han and kana texts by their script: kana or Japanese-only forms mean
// Japanese, and simplified against traditional forms tell the Chinese scripts apart (CLD2 does
// not draw that line the way the lexicon's zh-Hans/zh-Hant labels need). Every other text by
// CLD2, the Compact Language Detector, when it calls its answer reliable; for a text too short for
// that (a quote), its best guess stands only when the function words and letters of
// ontology/rules/text.ttl name the same language, and otherwise the text is und.
#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <cld2/public/compact_lang_det.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dealgraph/text.hpp"
#include "util/utf8.hpp"

namespace dealgraph {
namespace {

constexpr std::size_t kSampleBytes = 1 << 16;

struct ScriptCounts {
  std::size_t han = 0, kana = 0, latin = 0, other = 0;  // letters; other: Cyrillic, Greek, Devanagari, ...
  bool mostly_latin() const { return latin > other; }
};

ScriptCounts count_scripts(std::string_view sample) {
  ScriptCounts counts;
  for (std::size_t pos = 0; pos < sample.size();) {
    const auto cp = static_cast<UChar32>(util::decode_utf8(sample, pos));
    if (cp < 0x80) {
      if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) ++counts.latin;
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(cp, &status);
    if (script == USCRIPT_HAN)
      ++counts.han;
    else if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA)
      ++counts.kana;
    else if (script == USCRIPT_LATIN)
      ++counts.latin;
    else if (u_isalpha(cp))
      ++counts.other;
  }
  return counts;
}

// How often the forms of each list occur in the sample, in one pass: at each character, the
// forms that start with it.
std::vector<std::size_t> count_forms(std::string_view sample,
                                     const std::vector<const std::vector<std::string>*>& lists) {
  std::unordered_multimap<char32_t, std::pair<std::string_view, std::size_t>> forms;  // form, list
  for (std::size_t list = 0; list < lists.size(); ++list)
    for (const std::string& form : *lists[list]) {
      std::size_t at = 0;
      if (!form.empty())
        forms.emplace(util::decode_utf8(form, at), std::pair<std::string_view, std::size_t>(form, list));
    }
  std::vector<std::size_t> counts(lists.size(), 0);
  for (std::size_t at = 0; at < sample.size();) {
    const std::size_t begin = at;
    const auto [first, last] = forms.equal_range(util::decode_utf8(sample, at));
    for (auto it = first; it != last; ++it)
      if (sample.substr(begin).starts_with(it->second.first)) ++counts[it->second.second];
  }
  return counts;
}

// A Han text: Japanese when kana are more than a trace (a Chinese article may quote a Japanese
// name) or when Japanese-only forms outnumber the Chinese ones; otherwise Chinese by its forms.
std::string han_language(std::string_view sample, const ScriptCounts& counts, const TextRules& rules) {
  if (counts.kana > 0 && counts.kana * 20 >= counts.han + counts.kana) return "ja";
  const auto forms = count_forms(sample, {&rules.simplified_only, &rules.traditional_only, &rules.japanese_only});
  const std::size_t simplified = forms[0], traditional = forms[1], japanese = forms[2];
  if (japanese > simplified && japanese > traditional) return "ja";
  return traditional > simplified ? "zh-Hant" : "zh-Hans";
}

// A Latin text by the profiles: each language scores a point per function word and per letter of
// its own; the best wins when no other language ties it. The second opinion on a short text.
std::string latin_language(std::string_view sample, const TextRules& rules) {
  std::vector<std::pair<char32_t, std::size_t>> letter_profiles;  // letter, profile; sorted
  for (std::size_t p = 0; p < rules.languages.size(); ++p)
    for (char32_t letter : rules.languages[p].letters) letter_profiles.emplace_back(letter, p);
  std::sort(letter_profiles.begin(), letter_profiles.end());
  std::vector<std::size_t> scores(rules.languages.size(), 0);
  std::string word;
  auto score_word = [&]() {
    if (word.empty()) return;
    for (std::size_t p = 0; p < rules.languages.size(); ++p) {
      const auto& stopwords = rules.languages[p].stopwords;
      if (std::binary_search(stopwords.begin(), stopwords.end(), word)) ++scores[p];
    }
    word.clear();
  };
  for (std::size_t pos = 0; pos < sample.size();) {
    const auto cp = static_cast<UChar32>(util::decode_utf8(sample, pos));
    const UChar32 lower = cp < 0x80 ? (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp) : u_tolower(cp);
    if (cp >= 0x80) {
      auto it = std::lower_bound(letter_profiles.begin(), letter_profiles.end(),
                                 std::pair<char32_t, std::size_t>(static_cast<char32_t>(lower), 0));
      for (; it != letter_profiles.end() && it->first == static_cast<char32_t>(lower); ++it) ++scores[it->second];
    }
    if (cp < 0x80 ? std::isalpha(cp) != 0 || cp == '\'' : u_isalpha(cp) != 0) {
      if (cp == '\'') {
        score_word();
        continue;
      }  // l'entreprise, dell'azienda: the article is a word
      util::append_utf8(word, static_cast<char32_t>(lower));
    } else {
      score_word();
    }
  }
  score_word();
  std::size_t best = 0, best_score = 0, runner_up = 0;
  for (std::size_t p = 0; p < scores.size(); ++p) {
    if (scores[p] > best_score) {
      runner_up = best_score;
      best_score = scores[p];
      best = p;
    } else if (scores[p] > runner_up)
      runner_up = scores[p];
  }
  return best_score > runner_up ? rules.languages[best].language : "und";
}

// CLD2's answer on a sample, and whether it calls it reliable. With best_effort it guesses on
// short texts too (and then calls almost anything reliable, so that flag means nothing there).
std::pair<std::string, bool> cld2_language(std::string_view sample, bool best_effort) {
  CLD2::Language top3[3];
  int percent3[3];
  double normalized_score3[3];
  int text_bytes = 0, valid_prefix_bytes = 0;
  bool reliable = false;
  const CLD2::CLDHints no_hints{nullptr, nullptr, 0, CLD2::UNKNOWN_LANGUAGE};
  const CLD2::Language found = CLD2::ExtDetectLanguageSummaryCheckUTF8(
      sample.data(), static_cast<int>(sample.size()), true, &no_hints, best_effort ? CLD2::kCLDFlagBestEffort : 0,
      top3, percent3, normalized_score3, nullptr, &text_bytes, &reliable, &valid_prefix_bytes);
  // The language of the most text, not CLD2's summary, which prefers a second language to English
  // below 70% (English boilerplate on web pages): in news, a text mostly English is English.
  const CLD2::Language most = top3[0] != CLD2::UNKNOWN_LANGUAGE ? top3[0] : found;
  return {most == CLD2::UNKNOWN_LANGUAGE ? std::string("und") : std::string(CLD2::LanguageCode(most)), reliable};
}

// CLD2 reads only interchange-valid UTF-8 and answers nothing past the first control character
// (a stray U+008B in a pasted article): those become spaces.
std::string interchange_valid(std::string_view text) {
  std::string valid;
  valid.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t begin = pos;
    const char32_t cp = util::decode_utf8(text, pos);
    const bool control = (cp < 0x20 && cp != '\n' && cp != '\t' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
    const bool noncharacter = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    if (control || noncharacter)
      valid.push_back(' ');
    else
      valid.append(text.substr(begin, pos - begin));
  }
  return valid;
}

// CLD2's code as a BCP 47 tag: its old codes for Hebrew and Javanese renamed, its pseudo-languages
// (xx-Qaai, unscored scripts) und.
std::string bcp47_from_cld2(const std::string& code) {
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "un" || code.starts_with("xx")) return "und";
  return code;
}

// Below this many bytes CLD2 is easily swayed by names and figures: "Amazon invertirá ... en
// Anthropic" is English to it, and without the names Slovak; a row of prices is French. A short
// Latin text is read twice by CLD2, as written and without its capitalised words, and the
// profiles of text.ttl must name one of the two answers; when they name none (a tie, no function
// words, a language without a profile), the text is und.
constexpr std::size_t kShortLatinText = 200;

std::string without_capitalised_words(std::string_view text) {
  std::string kept;
  kept.reserve(text.size());
  bool in_word = false, dropping = false;
  for (std::size_t pos = 0; pos < text.size();) {
    const std::size_t begin = pos;
    const auto cp = static_cast<UChar32>(util::decode_utf8(text, pos));
    const bool letter = cp < 0x80 ? std::isalnum(cp) != 0 : u_isalnum(cp) != 0;
    if (letter && !in_word) dropping = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : u_isupper(cp) != 0;
    in_word = letter;
    if (!(letter && dropping)) kept.append(text.substr(begin, pos - begin));
  }
  return kept;
}

std::string short_latin_language(std::string_view sample, const TextRules& rules) {
  const std::string profiled = latin_language(sample, rules);
  if (profiled == "und") return "und";  // no function words to confirm any guess
  const std::string as_written = cld2_language(sample, true).first;
  const std::string without_names = cld2_language(without_capitalised_words(sample), true).first;
  return profiled == as_written || profiled == without_names ? profiled : "und";
}

// CLD2 is sure of a language long before this many bytes of prose; reading more costs time only.
constexpr std::size_t kIdentifierBytes = 2048;

// Where to cut `text` to at most `limit` bytes: after the last space within reach, or at a code
// point's start when there is none.
std::size_t cut_at_space(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text.size();
  const std::size_t space = text.rfind(' ', limit);
  if (space != std::string_view::npos && space > limit / 2) return space;
  while (limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) --limit;
  return limit;
}

std::string other_language(std::string_view text, const ScriptCounts& counts, const TextRules& rules) {
  const std::string valid = interchange_valid(text.substr(0, cut_at_space(text, kIdentifierBytes)));
  const std::string_view sample = valid;
  const bool latin = counts.mostly_latin();
  if (latin && sample.size() < kShortLatinText) return bcp47_from_cld2(short_latin_language(sample, rules));
  // A Latin text is read without its capitalised words, so that a list of Italian names in an
  // English report stays English; German keeps its function words.
  const std::string without_names = latin ? without_capitalised_words(sample) : std::string();
  auto [language, reliable] = cld2_language(latin ? std::string_view(without_names) : sample, false);
  // Not sure: its best guess, when the profiles of a Latin text name the same language.
  if (!reliable) {
    language = cld2_language(sample, true).first;
    if (!latin || language != latin_language(sample, rules)) return "und";
  }
  language = bcp47_from_cld2(language);
  // A text CLD2 reads as Chinese or Japanese although Latin letters outnumber its Han ones.
  if (language == "zh" || language == "zh-Hant" || language == "ja")
    return counts.han + counts.kana > 0 ? han_language(sample, counts, rules) : "und";
  return language;
}

}  // namespace

std::string text::detect_language(std::string_view text, const TextRules& rules) {
  std::size_t limit = std::min(text.size(), kSampleBytes);
  while (limit < text.size() && limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) --limit;
  const std::string_view sample = text.substr(0, limit);
  const ScriptCounts counts = count_scripts(sample);
  if (counts.han + counts.kana > 0 && (counts.han + counts.kana) * 3 >= counts.latin)
    return han_language(sample, counts, rules);
  return other_language(sample, counts, rules);
}

}  // namespace dealgraph
