// Documents: what the ingest and text stages produce.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace dealgraph {

enum class SourceFormat { PlainText, Markdown, Html, JsonEscapedHtml, Json, JsonLines };

const char* to_string(SourceFormat format);

// One article's bytes as read from a file, standard input, or one JSON record.
struct RawArticle {
  std::string source_id;    // file name without extension, or the record's `id`
  std::string source_path;  // where it came from: a path, `-`, or path#line
  std::string sha256;       // of the article's own bytes, lower-case hex
  std::string bytes;        // the body: for JSON records, the text field
  SourceFormat format = SourceFormat::PlainText;
  // Metadata a structured record may already carry.
  std::optional<std::string> title;
  std::optional<std::string> published;  // ISO date, yyyy-mm-dd
  std::optional<std::string> language;
  std::optional<std::string> url;
};

// An input that was not built, and why; report.json lists every one.
struct SkippedInput {
  std::string source_path;
  std::string reason;
};

// Maps a byte in the clean text back to the byte of the source it came from.
struct OffsetAnchor {
  std::size_t text_byte = 0;
  std::size_t source_byte = 0;
};

struct Sentence {
  std::size_t byte_begin = 0;  // into Document::text
  std::size_t byte_end = 0;
  std::size_t cp_begin = 0;    // Unicode code points into Document::text
  std::size_t cp_end = 0;
};

// An article after the text stage: clean UTF-8 text, its sentences, and metadata.
struct Document {
  std::string source_id;
  std::string source_path;
  std::string sha256;
  SourceFormat format = SourceFormat::PlainText;
  std::string title;
  std::optional<std::string> published;
  std::optional<std::string> url;
  std::string language;  // BCP 47: zh-Hans, zh-Hant, pt, es, en, de, fr, or und
  std::string text;
  std::vector<Sentence> sentences;
  std::vector<OffsetAnchor> offsets;  // sorted by text_byte
};

}  // namespace dealgraph
