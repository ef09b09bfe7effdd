// Fuzzes the JSON Lines reader as a build meets it: a .jsonl file streamed record by record,
// with a small per-record limit so that records over it are met too. Whatever the bytes, every
// record is built or skipped with a reason; nothing throws or crashes.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

#include "dealgraph/ingest.hpp"

namespace {
const std::string& input_path() {
  static const std::string path =
      (std::filesystem::temp_directory_path() / ("dealgraph-fuzz-" + std::to_string(::getpid()) + ".jsonl")).string();
  return path;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::FILE* file = std::fopen(input_path().c_str(), "wb");
  if (!file) return 0;
  std::fwrite(data, 1, size, file);
  std::fclose(file);
  dealgraph::IngestOptions options;
  options.max_article_bytes = 4096;
  options.on_note = [](const std::string&, const std::string&) {};
  const dealgraph::InputFile input{input_path(), "fuzz.jsonl", {}, "fuzz"};
  const dealgraph::IngestResult result = dealgraph::read_input(input, options);
  for (const dealgraph::RawArticle& article : result.articles)
    if (article.source_id.empty()) __builtin_trap();
  for (const dealgraph::SkippedInput& skipped : result.skipped)
    if (skipped.reason.empty()) __builtin_trap();
  return 0;
}
