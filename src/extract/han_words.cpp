#include "extract/han_words.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <stdexcept>
#include <string>

namespace dealgraph::extract {

bool is_ideograph(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(cp), &status) == USCRIPT_HAN;
}

bool is_kana(char32_t cp) { return (cp >= 0x3041 && cp <= 0x30FF && cp != 0x30FB) || (cp >= 0x31F0 && cp <= 0x31FF); }

HanWords::~HanWords() {
  words_.reset();
  if (utext_ != nullptr) utext_close(utext_);
}

icu::BreakIterator& HanWords::words() {
  if (!words_) {
    UErrorCode status = U_ZERO_ERROR;
    utext_ = utext_openUTF8(nullptr, text_.data(), static_cast<int64_t>(text_.size()), &status);
    words_.reset(icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
    // Native indices of a UTF-8 UText are byte offsets, so boundaries need no conversion.
    if (U_SUCCESS(status)) words_->setText(utext_, status);
    if (U_FAILURE(status) || !words_) throw std::runtime_error(std::string("ICU word break: ") + u_errorName(status));
  }
  return *words_;
}

bool HanWords::is_boundary(std::size_t at) {
  if (at == 0 || at >= text_.size()) return true;
  return words().isBoundary(static_cast<int32_t>(at)) != 0;
}

std::size_t HanWords::preceding(std::size_t at) {
  if (at == 0) return 0;
  const int32_t before = words().preceding(static_cast<int32_t>(at));
  return before == icu::BreakIterator::DONE ? 0 : static_cast<std::size_t>(before);
}

}  // namespace dealgraph::extract
