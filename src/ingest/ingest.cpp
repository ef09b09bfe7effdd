// Ingest: format detection, and reading an input whole or, for JSON Lines, record by record.
#include "dealgraph/ingest.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <nlohmann/json.hpp>
#include <variant>
#include <vector>

#include "ingest/ascii.hpp"
#include "ingest/decoding.hpp"
#include "ingest/file_names.hpp"
#include "ingest/records.hpp"
#include "util/values.hpp"
#include "util/sha256.hpp"
#include "util/utf8.hpp"

namespace dealgraph {
namespace fs = std::filesystem;
using ingest::lower_ascii;
using ingest::skip_space;
using ingest::starts_with;

const char* to_string(SourceFormat format) {
  switch (format) {
    case SourceFormat::PlainText: return "text";
    case SourceFormat::Markdown: return "markdown";
    case SourceFormat::Html: return "html";
    case SourceFormat::JsonEscapedHtml: return "json-escaped-html";
    case SourceFormat::Json: return "json";
    case SourceFormat::JsonLines: return "jsonl";
  }
  return "text";
}

SourceFormat detect_format(std::string_view bytes, std::string_view extension) {
  const std::string_view head = skip_space(bytes);
  if (extension == ".jsonl" || extension == ".ndjson") return SourceFormat::JsonLines;
  if (extension == ".json" || (!head.empty() && (head[0] == '{' || head[0] == '['))) {
    // One document, or several objects one per line?
    if (nlohmann::json::accept(bytes)) return SourceFormat::Json;
    const std::string_view first_line = head.substr(0, head.find('\n'));
    if (!head.empty() && head[0] == '{' && nlohmann::json::accept(first_line)) return SourceFormat::JsonLines;
    // A .json file that does not parse is reported as such; other text merely starts with a bracket.
    if (extension == ".json") return SourceFormat::Json;
  }
  const std::string lowered_head = lower_ascii(head.substr(0, 512));
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml" ||
      starts_with(lowered_head, "<!doctype html") || starts_with(lowered_head, "<html"))
    return SourceFormat::Html;
  const std::string lowered = lower_ascii(bytes.substr(0, 1 << 16));
  if (lowered.find("\\u003c") != std::string::npos) return SourceFormat::JsonEscapedHtml;
  if (extension == ".md" || extension == ".markdown") return SourceFormat::Markdown;
  // Text full of tags is HTML whatever its name.
  std::size_t tags = 0;
  for (std::string_view tag : {"<p>", "<p ", "<div", "<br", "<span", "</p>"}) {
    for (std::size_t at = lowered.find(tag); at != std::string::npos; at = lowered.find(tag, at + 1)) ++tags;
  }
  if (tags >= 3) return SourceFormat::Html;
  return SourceFormat::PlainText;
}


// ---------------------------------------------------------------------------------------------
// Reading.

namespace {

enum class ReadStatus { Ok, TooLarge, Failed };

// A well-formed language tag in the case BCP 47 recommends (EN-gb is en-GB, zh-hant is zh-Hant),
// so that every later stage compares tags as written: the language lower case, a script of four
// letters title case, a region of two letters upper case, every other subtag lower case.
std::string canonical_case(std::string_view tag) {
  std::string out(tag);
  bool after_singleton = false;  // the subtags after x- or u- are private: lower case
  for (std::size_t begin = 0, subtag = 0;; ++subtag) {
    const std::size_t end = std::min(out.find('-', begin), out.size());
    const std::size_t length = end - begin;
    const bool region = !after_singleton && subtag > 0 && length == 2;
    const bool script = !after_singleton && subtag > 0 && length == 4;
    for (std::size_t i = begin; i < end; ++i) {
      const bool upper = region || (script && i == begin);
      const char c = out[i];
      if (upper && c >= 'a' && c <= 'z') out[i] = static_cast<char>(c - 'a' + 'A');
      if (!upper && c >= 'A' && c <= 'Z') out[i] = static_cast<char>(c - 'A' + 'a');
    }
    if (length == 1) after_singleton = true;
    if (end == out.size()) return out;
    begin = end + 1;
  }
}

// Reads a whole stream into `bytes`, stopping as soon as it holds more than `limit` bytes (what
// was read is kept, so that a stream of JSON Lines can go on record by record).
ReadStatus read_bounded(std::FILE* file, std::size_t limit, std::string& bytes) {
  // Left uninitialised: most inputs are pages of a few KB, and zeroing a large buffer for
  // each of them cost more than reading them.
  char buffer[1 << 16];
  for (;;) {
    const std::size_t got = std::fread(buffer, 1, sizeof buffer, file);
    if (got) {
      bytes.append(buffer, got);
      if (bytes.size() > limit) return ReadStatus::TooLarge;
    }
    if (got < sizeof buffer) return std::ferror(file) ? ReadStatus::Failed : ReadStatus::Ok;
  }
}

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};

// Lines of a file read in blocks, so that a JSON Lines corpus of any size is streamed; a line
// longer than `limit` is consumed but not kept (its size is reported instead).
class LineReader {
 public:
  // `ahead`: bytes of the stream already read, which come first.
  LineReader(std::FILE* file, std::size_t limit, std::string ahead = {})
      : file_(file), limit_(limit), buffer_(ahead.begin(), ahead.end()), filled_(buffer_.size()) {}
  // The next line without its newline; false at the end. `too_long` is set when it was cut;
  // `last` when it ends the file without a newline.
  bool next(std::string& line, bool& too_long, bool& last, std::uint64_t& length_read) {
    line.clear();
    too_long = false;
    length_read = 0;
    bool any = false;
    for (;;) {
      if (position_ == filled_) {
        if (buffer_.size() != kBlock) std::vector<char>(kBlock).swap(buffer_);
        filled_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
        position_ = 0;
        if (filled_ == 0) { last = true; return any; }
      }
      any = true;
      const char* begin = buffer_.data() + position_;
      const void* newline = std::memchr(begin, '\n', filled_ - position_);
      const std::size_t length = newline ? static_cast<const char*>(newline) - begin : filled_ - position_;
      length_read += length;
      if (!too_long) {
        if (line.size() + length > limit_) { too_long = true; line.clear(); line.shrink_to_fit(); }
        else line.append(begin, length);
      }
      position_ += length;
      if (newline) { ++position_; last = false; return true; }
    }
  }

 private:
  static constexpr std::size_t kBlock = 1 << 20;
  std::FILE* file_;
  std::size_t limit_;
  std::vector<char> buffer_;
  std::size_t filled_ = 0, position_ = 0;
};

class Reader {
 public:
  Reader(const InputFile& input, const IngestOptions& options, const ArticleSink& on_article, const SkipSink& on_skipped)
      : input_(input), options_(options), on_article_(on_article), on_skipped_(on_skipped),
        stem_(!input.stem.empty() ? input.stem : input.path == "-" ? "stdin" : ingest::file_stem(input.display)),
        extension_(input.path == "-" ? "" : ingest::extension_of(input.path)) {}

  void run() {
    if (!input_.problem.empty()) return skip(input_.display, input_.problem);
    std::string bytes;
    if (input_.path == "-") return read_standard_input();
    std::error_code error;
    const fs::file_status status = fs::status(input_.path, error);
    if (error) return skip(input_.display, "cannot read: " + error.message());
    if (fs::is_directory(status)) return skip(input_.display, "a folder, not a file");
    const bool regular = fs::is_regular_file(status);
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(input_.path.c_str(), "rb"));
    if (!file) return skip(input_.display, std::string("cannot open for reading: ") + std::strerror(errno));
    if (regular) {
      const std::uint64_t size = fs::file_size(input_.path, error);
      if (error) return skip(input_.display, "cannot read: " + error.message());
      if ((extension_ == ".jsonl" || extension_ == ".ndjson") && !utf16_ahead(file.get()))
        return stream_json_lines(file.get());
      if (size > options_.max_article_bytes) return skip(input_.display, too_large(std::to_string(size)));
    }
    if (!read_stream(file.get(), bytes)) return;
    file.reset();
    take_bytes(std::move(bytes));
  }

 private:
  void skip(const std::string& where, const std::string& reason) const { on_skipped_({where, reason}); }

  void note(const std::string& where, const std::string& text) const {
    if (text.empty()) return;
    if (options_.on_note) options_.on_note(where, text);
    else std::cerr << "dealgraph: " << where << ": " << text << "\n";
  }

  std::string too_large(const std::string& size) const {
    std::string reason = "larger than --max-article-bytes (" + size + " bytes, the limit is " +
                         std::to_string(options_.max_article_bytes) + ")";
    if (extension_ == ".json") reason += "; write many articles as JSON Lines (.jsonl), one record per line";
    return reason;
  }

  // Reads a stream (standard input, a pipe, a file) whole within the size limit.
  bool read_stream(std::FILE* file, std::string& bytes) const {
    switch (read_bounded(file, options_.max_article_bytes, bytes)) {
      case ReadStatus::Ok: return true;
      case ReadStatus::TooLarge: skip(input_.display, too_large("more than " + std::to_string(options_.max_article_bytes))); break;
      case ReadStatus::Failed: skip(input_.display, std::string("read error: ") + std::strerror(errno)); break;
    }
    return false;
  }

  // Standard input is read whole, like a file, unless it is larger than one article may be:
  // then, if it is JSON Lines, it goes on record by record, each record within the limit.
  void read_standard_input() {
    std::string bytes;
    switch (read_bounded(stdin, options_.max_article_bytes, bytes)) {
      case ReadStatus::Ok: return take_bytes(std::move(bytes));
      case ReadStatus::Failed: return skip(input_.display, std::string("read error: ") + std::strerror(errno));
      case ReadStatus::TooLarge: break;
    }
    // JSON Lines: the first line is a whole record, or it is itself longer than the limit (then
    // the stream skips it alone and goes on).
    const std::string_view head = skip_space(bytes);
    const std::size_t first_end = head.find('\n');
    if (!head.empty() && head[0] == '{' &&
        (first_end == std::string_view::npos || nlohmann::json::accept(head.substr(0, first_end))))
      return stream_json_lines(stdin, std::move(bytes));
    skip(input_.display, too_large("more than " + std::to_string(options_.max_article_bytes)));
  }

  // Whether a file starts with a UTF-16 byte-order mark (then it is read whole, not streamed).
  static bool utf16_ahead(std::FILE* file) {
    unsigned char head[2] = {0, 0};
    const std::size_t got = std::fread(head, 1, 2, file);
    std::rewind(file);
    return got == 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF));
  }

  // A JSON Lines file of any size, record by record: memory stays bounded.
  void stream_json_lines(std::FILE* file, std::string ahead = {}) {
    LineReader reader(file, options_.max_article_bytes, std::move(ahead));
    std::string line;
    bool too_long = false, last = false;
    std::uint64_t length = 0;
    std::size_t line_number = 0, taken = 0;
    while (reader.next(line, too_long, last, length)) {
      ++line_number;
      const std::string where = input_.display + ":" + std::to_string(line_number);
      if (too_long) {
        skip(where, "record larger than --max-article-bytes (" + std::to_string(length) + " bytes, the limit is " +
                        std::to_string(options_.max_article_bytes) + ")");
        ++taken;
        continue;
      }
      if (skip_space(line).empty()) continue;
      ++taken;
      DecodedText decoded = ingest::decode_owned(std::move(line));
      line.clear();
      if (!decoded.error.empty()) { skip(where, decoded.error); continue; }
      note(where, ingest::decoding_note(decoded));
      take_record(decoded.text, line_number, last);
    }
    if (std::ferror(file)) skip(input_.display, std::string("read error: ") + std::strerror(errno));
    else if (line_number == 0) skip(input_.display, "empty file");
    else if (taken == 0) skip(input_.display, "no JSON Lines records (only blank lines)");
  }

  // One JSON Lines record: an article, or the reason it is skipped.
  void take_record(std::string_view line, std::size_t line_number, bool last) {
    const std::string where = input_.display + ":" + std::to_string(line_number);
    take(where, ingest::article_from_json_line(line, last, stem_ + "-" + std::to_string(line_number), where));
  }

  // An article made from a record, or the reason the record is skipped.
  void take(const std::string& where, ingest::RecordArticle article) const {
    if (auto* message = std::get_if<std::string>(&article)) return skip(where, *message);
    RawArticle& raw = std::get<RawArticle>(article);
    if (raw.language && !raw.language->empty() && !util::is_language_tag(*raw.language)) {
      note(where, "field \"lang\" is not a BCP 47 language tag (" + util::lossless_name(raw.language->substr(0, 40)) +
                      (raw.language->size() > 40 ? "..." : "") + "); dropped, the language is detected instead");
      raw.language.reset();
    }
    if (raw.language) raw.language = canonical_case(*raw.language);
    on_article_(std::move(raw));
  }

  // A whole input read into memory: decoded, then one article, a JSON document or JSON Lines.
  void take_bytes(std::string bytes) {
    // The fingerprint is of the bytes as they were, before any decoding or repair.
    const std::string sha256 = util::sha256_hex(bytes);
    DecodedText decoded = ingest::decode_owned(std::move(bytes));
    if (!decoded.error.empty()) return skip(input_.display, decoded.error);
    note(input_.display, ingest::decoding_note(decoded));
    std::string& text = decoded.text;
    const SourceFormat format = detect_format(text, extension_);
    if (format == SourceFormat::JsonLines) return take_json_lines(text);
    if (format == SourceFormat::Json) return take_json_document(text, sha256);
    RawArticle article;
    article.source_id = stem_;
    article.source_path = input_.display;
    article.sha256 = sha256;
    article.format = format;
    article.bytes = std::move(text);
    on_article_(std::move(article));
  }

  // JSON Lines read whole (standard input, or a file whose format was found from its content).
  void take_json_lines(std::string_view text) {
    std::size_t line_number = 0, taken = 0;
    for (std::size_t begin = 0; begin < text.size();) {
      std::size_t end = text.find('\n', begin);
      if (end == std::string::npos) end = text.size();
      ++line_number;
      const std::string_view line(text.data() + begin, end - begin);
      const bool last = end == text.size();
      begin = end + 1;
      if (skip_space(line).empty()) continue;
      ++taken;
      take_record(line, line_number, last);
    }
    if (taken == 0) skip(input_.display, "no JSON Lines records (only blank lines)");
  }

  // A JSON document: one record, the file's article, or an array of records numbered from 1.
  // An element of a top-level array that is not an object is skipped while parsing, never
  // stored: a document of millions of `[]` costs no more memory than its text.
  void take_json_document(const std::string& text, const std::string& sha256) {
    nlohmann::json document;
    bool top_is_array = false;
    std::size_t elements = 0;                 // of the top-level array, kept or not
    std::vector<std::size_t> kept;            // the index of each object element kept
    std::optional<std::string> first_dropped;  // element 0's reason: its name depends on the count
    auto drop = [&](const nlohmann::json& element) {
      const std::size_t index = elements++;
      auto article = ingest::article_from_record(element, stem_, input_.display);
      const std::string& reason = std::get<std::string>(article);
      if (index == 0) first_dropped = reason;
      else skip(input_.display + "[" + std::to_string(index) + "]", reason);
      return false;
    };
    auto sift = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
      using Event = nlohmann::json::parse_event_t;
      if (depth == 0 && event == Event::array_start) top_is_array = true;
      if (depth != 1 || !top_is_array) return true;
      if (event == Event::array_start) return drop(nlohmann::json::array());
      if (event == Event::value) return drop(parsed);
      if (event == Event::object_start) kept.push_back(elements++);
      return true;
    };
    // A document that does not parse is skipped whole, before any element is: validated first.
    const bool valid = nlohmann::json::accept(text);
    try {
      // Invalid: parsed again, keeping nothing, for the error and where it is.
      auto keep_nothing = [](int, nlohmann::json::parse_event_t, nlohmann::json&) { return false; };
      document = valid ? nlohmann::json::parse(text, sift) : nlohmann::json::parse(text, keep_nothing);
    } catch (const nlohmann::json::parse_error& error) {
      return skip(input_.display, "invalid JSON (at byte " + std::to_string(error.byte) + ")");
    } catch (const nlohmann::json::exception& error) {
      return skip(input_.display, ingest::json_failure(error));
    }
    if (!valid) return skip(input_.display, "invalid JSON");
    if (!top_is_array) return take_single(document, sha256);
    if (elements == 0) return skip(input_.display, "an empty JSON array: no articles");
    if (elements == 1) return first_dropped ? skip(input_.display, *first_dropped) : take_single(document[0], sha256);
    if (first_dropped) skip(input_.display + "[0]", *first_dropped);
    for (std::size_t i = 0; i < kept.size(); ++i) {
      const std::string where = input_.display + "[" + std::to_string(kept[i]) + "]";
      take(where, ingest::article_from_record(document[i], stem_ + "-" + std::to_string(kept[i] + 1), where));
    }
  }

  // The one record of a JSON document: the file's article, with the file's own fingerprint.
  void take_single(const nlohmann::json& record, const std::string& sha256) {
    ingest::RecordArticle article = ingest::article_from_record(record, stem_, input_.display);
    if (auto* built = std::get_if<RawArticle>(&article)) built->sha256 = sha256;
    take(input_.display, std::move(article));
  }

  const InputFile& input_;
  const IngestOptions& options_;
  const ArticleSink& on_article_;
  const SkipSink& on_skipped_;
  const std::string stem_;
  const std::string extension_;
};

}  // namespace

std::uint64_t input_size(const InputFile& input) {
  if (input.path == "-" || !input.problem.empty()) return 0;
  std::error_code error;
  const auto size = fs::file_size(input.path, error);
  return error ? 0 : size;
}

void read_input(const InputFile& input, const IngestOptions& options, const ArticleSink& on_article,
                const SkipSink& on_skipped) {
  Reader(input, options, on_article, on_skipped).run();
}

IngestResult read_input(const InputFile& input, const IngestOptions& options) {
  IngestResult result;
  read_input(input, options, [&](RawArticle&& article) { result.articles.push_back(std::move(article)); },
             [&](SkippedInput&& skipped) { result.skipped.push_back(std::move(skipped)); });
  return result;
}
}  // namespace dealgraph
