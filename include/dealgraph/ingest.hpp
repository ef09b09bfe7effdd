// Ingest: from paths to articles' bytes, with format detection. Knows nothing of later stages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/document.hpp"
#include "dealgraph/error.hpp"

namespace dealgraph {

// A path the user named that cannot be used at all (missing, unreadable directory).
class InputError : public Error {
 public:
  using Error::Error;
};

// A remark on an input that was used all the same (repaired bytes, a converted encoding).
using NoteSink = std::function<void(const std::string& source, const std::string& note)>;

struct IngestOptions {
  // A file, standard input or JSON Lines record larger than this is skipped without being read
  // whole: memory stays bounded (a build's peak is about 7 times the largest article read).
  std::size_t max_article_bytes = 64u << 20;
  // Where remarks go; when empty they are written to standard error as "dealgraph: PATH: NOTE".
  NoteSink on_note;
};

// One file to read, in the deterministic order of the build.
struct InputFile {
  std::string path;   // as given or found; "-" is standard input
  std::string display;  // how messages name it
  // Non-empty: an entry found in a folder that cannot be read (a dangling symbolic link, a
  // symbolic link loop, an unreadable folder, a FIFO or device); read_input reports it skipped.
  std::string problem;
  // The id of the file's article (and the start of its records' ids): the stem of its name,
  // made unique among the inputs; empty: the stem of its name.
  std::string stem;
};

// Expands files, directories (recursively, in sorted order, symbolic link loops cut) and "-"
// into input files, sorted. Throws InputError when a named path does not exist (or is a
// dangling symbolic link). Unusable entries found inside directories are listed with their
// `problem`, so that read_input reports them in order with the rest.
std::vector<InputFile> list_inputs(const std::vector<std::string>& paths);
// The same; `skipped` is kept for callers of the older form and is left unchanged.
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

// Bytes turned into UTF-8 text. UTF-8 (with or without a byte-order mark) is kept, a few invalid
// sequences replaced by U+FFFD and stray NUL and control bytes dropped; UTF-16 with a
// byte-order mark is converted; bytes that are not UTF-8 but decode without error as GB18030
// (GBK, GB2312) or Big5 Chinese are converted from whichever gives the more common Chinese
// characters. Anything else is refused with a reason.
struct DecodedText {
  std::string text;         // UTF-8, when `error` is empty
  std::string encoding;     // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" or "Big5"
  std::size_t replaced = 0;  // invalid sequences replaced by U+FFFD
  std::size_t dropped = 0;   // NUL and other control bytes dropped
  std::string error;        // why the bytes are not text ("binary file (a PDF document)", ...)
};
DecodedText decode_text(std::string_view bytes);

// Why bytes are not text, or empty when they are (exposed for tests and fuzzing).
std::string why_not_text(std::string_view bytes);

}  // namespace dealgraph
