// Language detection: the script first; among Han texts, kana or Japanese-only forms mean
// Japanese, and simplified against traditional forms tell the Chinese scripts apart; among
// Latin texts, each language's function words and its own letters (ontology/rules/text.ttl).
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dealgraph/text.hpp"
#include "util/utf8.hpp"

namespace dealgraph {
namespace {

constexpr std::size_t kSampleBytes = 1 << 16;

struct ScriptCounts {
  std::size_t han = 0, kana = 0, latin = 0;
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

// A Latin text: each language scores a point per function word and per letter of its own; the
// best wins when no other language ties it. A short quote with one function word is enough.
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

}  // namespace

std::string text::detect_language(std::string_view text, const TextRules& rules) {
  std::size_t limit = std::min(text.size(), kSampleBytes);
  while (limit < text.size() && limit > 0 && (static_cast<unsigned char>(text[limit]) & 0xC0) == 0x80) --limit;
  const std::string_view sample = text.substr(0, limit);
  const ScriptCounts counts = count_scripts(sample);
  if (counts.han + counts.kana > 0 && (counts.han + counts.kana) * 3 >= counts.latin)
    return han_language(sample, counts, rules);
  return latin_language(sample, rules);
}

}  // namespace dealgraph
