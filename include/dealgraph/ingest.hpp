// Ingest: from paths to articles' bytes, with format detection. Knows nothing of later stages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "dealgraph/document.hpp"

namespace dealgraph {

// A path the user named that cannot be used at all (missing, unreadable directory).
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct IngestOptions {
  std::size_t max_article_bytes = 64u << 20;  // larger inputs are skipped, keeping memory bounded
};

// One file to read, in the deterministic order of the build.
struct InputFile {
  std::string path;   // as given or found; "-" is standard input
  std::string display;  // how messages name it
};

// Expands files, directories (recursively, sorted, symlink loops cut) and "-" into input files.
// Throws InputError when a named path does not exist. Unusable entries found inside
// directories are appended to `skipped`.
std::vector<InputFile> list_inputs(const std::vector<std::string>& paths,
                                   std::vector<SkippedInput>& skipped);

struct IngestResult {
  std::vector<RawArticle> articles;  // a file gives one article, a JSON Lines file one per record
  std::vector<SkippedInput> skipped;
};

using ArticleSink = std::function<void(RawArticle&&)>;
using SkipSink = std::function<void(SkippedInput&&)>;

// Reads one input and hands on its articles one by one (a JSON Lines file is streamed record
// by record); never throws for bad content: what cannot be used goes to `on_skipped`.
void read_input(const InputFile& input, const IngestOptions& options, const ArticleSink& on_article,
                const SkipSink& on_skipped);
// The same, collected (for small inputs and tests).
IngestResult read_input(const InputFile& input, const IngestOptions& options);

// Size in bytes of an input (0 for standard input), for progress reports.
std::uint64_t input_size(const InputFile& input);

// Detects the format of an article body (exposed for tests and fuzzing).
SourceFormat detect_format(std::string_view bytes, std::string_view extension);

// Why bytes are not text, or empty when they are (exposed for tests and fuzzing).
std::string why_not_text(std::string_view bytes);

}  // namespace dealgraph
