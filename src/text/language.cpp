// Language detection: the script first, then simplified against traditional Chinese forms, or
// the function words of each Latin-script language in ontology/rules/text.ttl.
#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>

#include "dealgraph/text.hpp"
#include "util/utf8.hpp"

namespace dealgraph {

std::string text::detect_language(std::string_view text, const TextRules& rules) {
  // Script first: Han (without kana) means Chinese; then simplified against traditional forms.
  std::size_t han = 0, kana = 0, latin = 0;
  std::size_t pos = 0;
  const std::size_t limit = std::min<std::size_t>(text.size(), 1 << 16);
  while (pos < limit) {
    const auto cp = static_cast<UChar32>(util::decode_utf8(text, pos));
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(cp, &status);
    if (script == USCRIPT_HAN) ++han;
    else if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA) ++kana;
    else if (script == USCRIPT_LATIN) ++latin;
  }
  const std::string_view sample = text.substr(0, limit);
  if (han + kana > 0 && (han + kana) * 3 >= latin) {
    if (kana * 10 > han) return "ja";
    // One pass over the sample: at each character, the forms that start with it.
    std::unordered_multimap<char32_t, std::pair<std::string_view, bool>> forms;  // form, is traditional
    auto index = [&](const std::vector<std::string>& list, bool traditional) {
      for (const std::string& form : list) {
        std::size_t at = 0;
        if (!form.empty()) forms.emplace(util::decode_utf8(form, at), std::pair<std::string_view, bool>(form, traditional));
      }
    };
    index(rules.simplified_only, false);
    index(rules.traditional_only, true);
    std::size_t simplified = 0, traditional = 0;
    for (std::size_t at = 0; at < sample.size();) {
      const std::size_t begin = at;
      const auto [first, last] = forms.equal_range(util::decode_utf8(sample, at));
      for (auto it = first; it != last; ++it)
        if (sample.substr(begin).starts_with(it->second.first)) ++(it->second.second ? traditional : simplified);
    }
    return traditional > simplified ? "zh-Hant" : "zh-Hans";
  }
  // Latin script: count function words of each language.
  std::map<std::string, std::size_t> scores;
  std::string word;
  auto score_word = [&]() {
    if (word.empty()) return;
    for (const auto& profile : rules.languages)
      if (std::binary_search(profile.stopwords.begin(), profile.stopwords.end(), word)) ++scores[profile.language];
    word.clear();
  };
  pos = 0;
  while (pos < limit) {
    const std::size_t start = pos;
    const auto cp = static_cast<UChar32>(util::decode_utf8(text, pos));
    if (u_isalpha(cp)) {
      if (cp < 0x80) word.push_back(static_cast<char>(u_tolower(cp)));
      else {
        const UChar32 lower = u_tolower(cp);
        std::string encoded;
        util::append_utf8(encoded, static_cast<char32_t>(lower));
        (void)start;
        word += encoded;
      }
    } else {
      score_word();
    }
  }
  score_word();
  std::string best = "und";
  std::size_t best_score = 0;
  for (const auto& [language, score] : scores)
    if (score > best_score) { best = language; best_score = score; }
  return best_score >= 2 ? best : "und";
}

}  // namespace dealgraph
