// Fuzzes format detection, JSON-string unescaping and markup-to-text: no input may crash them,
// and the text they give back is valid UTF-8 when the input was.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dealgraph/ingest.hpp"
#include "dealgraph/text.hpp"
#include "util/utf8.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  (void)dealgraph::detect_format(bytes, "");
  (void)dealgraph::why_not_text(bytes);
  const dealgraph::DecodedText decoded = dealgraph::decode_text(bytes);
  if (decoded.error.empty() && dealgraph::util::check_utf8(decoded.text).invalid_sequences != 0) __builtin_trap();
  const std::string repaired = dealgraph::util::repair_utf8(bytes);
  const std::string unescaped = dealgraph::text::unescape_json_string(repaired);
  std::vector<dealgraph::OffsetAnchor> anchors;
  const std::string text = dealgraph::text::html_to_text(dealgraph::util::repair_utf8(unescaped), &anchors, 0);
  if (dealgraph::util::check_utf8(text).invalid_sequences != 0) __builtin_trap();
  for (std::size_t i = 1; i < anchors.size(); ++i)
    if (anchors[i].text_byte < anchors[i - 1].text_byte) __builtin_trap();
  return 0;
}
