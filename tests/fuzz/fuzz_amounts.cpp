// Fuzzes the amount parser: every span it returns lies inside the input and says what it read.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dealgraph/ontology.hpp"
#include "extract/amounts.hpp"
#include "util/utf8.hpp"

namespace {
const dealgraph::extract::AmountParser& parser() {
  static const dealgraph::extract::AmountParser instance(
      dealgraph::extract::AmountVocabulary::load(dealgraph::Ontology(DEALGRAPH_SOURCE_ONTOLOGY).unit_rules()));
  return instance;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const char* kLanguages[] = {"zh-Hans", "zh-Hant", "pt", "es", "en", "de", "fr", "und"};
  const char* language = kLanguages[data[0] % 8];
  const std::string text = dealgraph::util::repair_utf8(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  const auto found = parser().find_all(text, language);
  for (const auto& amount : found.amounts) {
    if (amount.byte_begin > amount.byte_end || amount.byte_end > text.size()) __builtin_trap();
    if (text.substr(amount.byte_begin, amount.byte_end - amount.byte_begin) != amount.as_written) __builtin_trap();
  }
  for (const auto& quantity : found.quantities)
    if (quantity.byte_begin > quantity.byte_end || quantity.byte_end > text.size()) __builtin_trap();
  return 0;
}
