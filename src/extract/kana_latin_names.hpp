// Company names written in katakana or Latin letters inside Japanese and Chinese text (ミナト,
// Acme Robotics), where no head word ends them: the run of one script beside a word only a
// company takes (ミナトを買収, 子会社のミナト, 米ミナト, Acme社, Acmeは, ミナト(東京都港区)). Katakana
// loanwords (サービス, データセンター) and technical acronyms (AI, GPU, TOB) name no company. The
// words are in names-cjk.ttl.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/han_words.hpp"

namespace dealgraph::extract {

class KanaLatinNames {
 public:
  // An empty path finds nothing; without given names, Jane Doe与 may be taken for a company.
  explicit KanaLatinNames(const std::string& name_rules_path, const std::string& given_names_path = {});

  struct Span {
    std::size_t begin = 0, end = 0;
  };
  // Katakana names count in Japanese text only; Latin ones in Chinese text too.
  // Kanji names (Japanese text only) need their seat in brackets after them: 三信(東京都中央区).
  std::vector<Span> find(std::string_view text, bool japanese, HanWords& words) const;

 private:
  std::size_t latin_name_at(std::string_view text, std::size_t at, bool japanese, std::vector<Span>& names) const;
  std::size_t katakana_name_at(std::string_view text, std::size_t at, char32_t before, std::vector<Span>& names) const;
  std::size_t kanji_name_at(std::string_view text, std::size_t at, HanWords& words, std::vector<Span>& names) const;
  std::size_t latin_run_end(std::string_view text, std::size_t begin) const;  // `begin` when no name is there
  std::size_t katakana_run_end(std::string_view text, std::size_t begin) const;
  static std::size_t kanji_run_end(std::string_view text, std::size_t begin);
  bool names_kanji_company(std::string_view text, std::size_t begin, std::size_t end, HanWords& words) const;
  bool only_common_nouns(std::string_view run) const;
  bool is_latin_stopword(std::string_view run) const;
  bool names_person(std::string_view run) const;
  bool has_cue_after(std::string_view text, std::size_t end, bool latin) const;
  bool has_cue_before(std::string_view text, std::size_t begin) const;
  static bool opens_report(std::string_view text, std::size_t begin, std::size_t end);
  bool has_address_after(std::string_view text, std::size_t end) const;
  std::size_t place_before(std::string_view text, std::size_t begin) const;  // its length in bytes; 0 when none

  std::vector<std::string> cues_after_, latin_cues_after_, cues_before_, latin_cues_before_;  // longest first
  std::vector<std::string> latin_stopwords_;                                // sorted
  std::vector<std::string> given_names_;                                    // sorted
  std::vector<std::string> common_nouns_;                                   // longest first
  std::vector<std::string> person_titles_;                                  // longest first: CEO, 社長, 氏
  std::vector<std::string> facility_nouns_;                                 // longest first
  std::vector<std::string> places_;                                         // longest first
  std::vector<std::string> address_endings_;                                // sorted
};

}  // namespace dealgraph::extract
