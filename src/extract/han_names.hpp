// Organisations and people in Chinese and Japanese text, where no spaces mark a name's edges:
// the name before a company head word is a run of whole words (ICU's dictionary word break)
// that stops at a verb, particle or time word; a person is a family name and one or two given
// characters beside a cue (记者张伟, 张伟表示, 山田太郎氏). The words are in names-cjk.ttl and
// chinese-surnames.ttl.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/facts.hpp"
#include "dealgraph/lexicon.hpp"
#include "extract/han_words.hpp"
#include "extract/kana_latin_names.hpp"
#include "extract/phrase_matcher.hpp"

namespace dealgraph::extract {

class HanNames {
 public:
  // Empty paths give no stop words, cues or surnames.
  // Given names (given-names.ttl) tell a Latin-script person from a company in Han text.
  HanNames(const std::string& name_rules_path, const std::string& surnames_path,
           const std::string& given_names_path = {});

  struct Span {
    std::size_t begin = 0, end = 0;
  };
  // One document's cue words, found once.
  struct Cues {
    std::vector<std::size_t> stop_starts, stop_ends;  // sorted
    std::vector<PhraseMatcher::Match> before, after;  // role nouns; speech verbs and titles after a name
    std::vector<PhraseMatcher::Match> after_kana;      // titles only a foreign name in katakana takes (CEO)
  };
  Cues find_cues(std::string_view text, const FoldedText& folded) const;

  // Where the name before the head word at `head` begins: whole words back to a stop word, a
  // character of no name or `floor`; `head` when no word qualifies. A public office (部, 局)
  // needs a place in its name, a short-name head (物流, 股份) a place or an unknown two-character
  // word, 公司 alone a place and a word of the name's own, and a full legal form (有限公司) takes
  // the place a word or two before it.
  std::size_t organization_start(std::string_view text, std::size_t head, std::size_t floor, HanWords& words) const;
  // People beside role nouns, speech verbs and titles; Japanese names before 氏, さん, 社長; foreign
  // names in katakana, their parts joined by ・, before a title (サム・アルトマンCEO).
  std::vector<Span> people(std::string_view text, const Cues& cues, bool japanese, HanWords& words) const;
  // text[begin, end) is a Chinese family name (one or two characters) and one or two given
  // characters, which the dictionary does not join into a word.
  bool is_chinese_name(std::string_view text, std::size_t begin, std::size_t end, HanWords& words) const;
  // Longer names around the lexicon's organisations `known` (sorted), which they replace: a
  // province's or city's office named after a national one (青岛市发改委), and a body's branch,
  // a place and a branch head after the body (海关总署福建分署). A country before a body names
  // the body itself (中国证监会).
  std::vector<Span> names_around_known(std::string_view text, const std::vector<Mention>& known, HanWords& words) const;
  // Company names in katakana or Latin letters beside a company's cue (kana_latin_names.hpp).
  const KanaLatinNames& kana_latin() const { return kana_latin_; }
  bool has_surnames() const { return !surnames_.empty(); }
  // A verb, particle, descriptor or time word of names-cjk.ttl.
  bool is_stop(std::string_view word) const;
  // An industry or a kind of company (科技, 能源): alone before a head word it names no one.
  bool is_generic(std::string_view words) const {
    return std::binary_search(generic_.begin(), generic_.end(), words);
  }

 private:
  enum Kind : std::uint32_t { kStop, kBefore, kAfter, kAfterKana };
  bool ends_with_particle(std::string_view word) const;
  std::size_t surname_length(std::string_view name) const;  // in bytes; 0 when it starts with none
  bool opens_name(std::string_view text, std::size_t at, const Cues& cues) const;
  bool closes_name(std::string_view text, std::size_t at, const Cues& cues) const;
  static bool holds_cue(std::size_t begin, std::size_t end, const Cues& cues);
  bool after_title_prefix(std::string_view text, std::size_t at) const;
  std::size_t whole_words_back(std::string_view text, std::size_t head, std::size_t floor, HanWords& words) const;
  std::size_t past_split_stop(std::string_view text, std::size_t start, std::size_t head) const;
  // Bytes of a place and its administrative ending (上海市) at `at`; 0 when none starts there.
  std::size_t place_length(std::string_view text, std::size_t at) const;
  bool only_directions(std::string_view words) const;
  bool names_product(std::string_view text, std::size_t start, std::size_t head, HanWords& words) const;
  bool ends_with_office(std::string_view words) const;  // and has a word before the office's head
  bool opens_after_stop(std::string_view text, std::size_t at, std::size_t floor, HanWords& words) const;
  std::size_t public_body_start(std::string_view text, std::size_t start, std::size_t head, HanWords& words) const;
  std::size_t short_name_start(std::string_view text, std::size_t start, std::size_t head, HanWords& words) const;
  std::size_t placed_company_start(std::string_view text, std::size_t start, std::size_t head) const;
  std::size_t places_before(std::string_view text, std::size_t end, HanWords& words) const;  // han_bodies.cpp
  std::size_t branch_after(std::string_view text, std::size_t begin, HanWords& words) const;
  std::size_t with_place_before(std::string_view text, std::size_t start, std::size_t floor, HanWords& words) const;

  KanaLatinNames kana_latin_;
  PhraseMatcher words_;
  std::vector<std::string> stops_;     // sorted
  std::vector<std::string> surnames_;  // sorted
  std::vector<std::string> generic_;   // sorted
  std::vector<std::string> particles_; // sorted
  std::vector<std::string> places_, place_endings_;                      // longest first
  std::vector<std::string> public_body_heads_, short_name_heads_, legal_forms_, company_heads_;  // longest first
  std::vector<std::string> directions_, title_prefixes_;                  // sorted
  std::vector<std::string> japanese_heads_, product_heads_;              // longest first
  std::vector<std::string> countries_;                                    // sorted
  std::vector<std::string> branch_heads_;                                 // longest first
};

}  // namespace dealgraph::extract
