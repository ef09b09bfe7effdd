// Text: from an article's bytes to clean text, metadata, language and sentences (ICU).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dealgraph/document.hpp"

namespace dealgraph {

// Knowledge the text stage needs, read from ontology/rules/text.ttl.
struct TextRules {
  std::vector<std::string> boilerplate_markers;  // a line containing one is site furniture
  std::vector<std::string> boilerplate_lines;    // a line equal to one is site furniture
  std::vector<std::string> byline_markers;       // a line with two of these is a byline
  std::vector<std::string> date_labels;          // words that introduce a publication date
  // A language of Latin script: its frequent function words and the letters that mostly it uses
  // (ã for Portuguese, ñ for Spanish, ř for Czech), both in lower case. They confirm the language
  // identifier's guess on a text too short for it to be sure of; without their agreement, und.
  struct LanguageProfile {
    std::string language;
    std::vector<std::string> stopwords;  // sorted
    std::vector<char32_t> letters;       // sorted
  };
  std::vector<LanguageProfile> languages;
  std::vector<std::string> simplified_only;   // characters used only in simplified Chinese
  std::vector<std::string> traditional_only;  // and only in traditional Chinese
  std::vector<std::string> japanese_only;     // Han forms of Japanese (経, 円, 株式会社), not Chinese
  // A sentence longer than this many code points (a page without full stops) is cut into pieces
  // at spaces, so that no sentence, and no work on one, is unbounded. 0: no limit.
  std::size_t max_sentence_code_points = 0;

  static TextRules load(const std::string& turtle_path);
};

// Turns raw articles into documents. Thread-safe: prepare() may be called concurrently.
class TextStage {
 public:
  explicit TextStage(TextRules rules);
  ~TextStage();
  TextStage(TextStage&&) noexcept;
  TextStage& operator=(TextStage&&) noexcept;

  Document prepare(const RawArticle& article) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Exposed for tests and fuzzing.
namespace text {
// Decodes JSON string escapes (\uXXXX with surrogate pairs, \", \\, \/, \n, \t, \r, \b, \f).
std::string unescape_json_string(std::string_view escaped);
// Visible text of HTML: paragraphs on lines, scripts/styles/comments/navigation dropped,
// entities decoded. `anchors` (optional) receive text-to-source offsets.
std::string html_to_text(std::string_view html, std::vector<OffsetAnchor>* anchors = nullptr,
                         std::size_t source_base = 0);
// The BCP 47 tag of clean text's language, or "und" when it cannot be told reliably: Chinese
// (zh-Hans, zh-Hant) and Japanese by their scripts, every other language by CLD2.
std::string detect_language(std::string_view text, const TextRules& rules);
}  // namespace text

}  // namespace dealgraph
