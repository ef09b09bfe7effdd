// Word boundaries in Chinese and Japanese text, where no spaces separate words: ICU's dictionary
// word break over the document's UTF-8 bytes. Made once per document, and only when a step needs it.
#pragma once

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <string_view>

namespace dealgraph::extract {

// Han ideographs, hiragana and katakana (with the long-vowel mark).
bool is_ideograph(char32_t cp);
bool is_kana(char32_t cp);

class HanWords {
 public:
  explicit HanWords(std::string_view text) : text_(text) {}
  HanWords(const HanWords&) = delete;
  HanWords& operator=(const HanWords&) = delete;
  ~HanWords();

  // Whether a word starts or ends at byte `at`.
  bool is_boundary(std::size_t at);
  // The last boundary before byte `at` (0 at the start).
  std::size_t preceding(std::size_t at);

 private:
  icu::BreakIterator& words();

  std::string_view text_;
  UText* utext_ = nullptr;
  std::unique_ptr<icu::BreakIterator> words_;
};

}  // namespace dealgraph::extract
