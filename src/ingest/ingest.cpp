#include "dealgraph/ingest.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <unicode/ucnv.h>
#include <unicode/utf16.h>
#include <variant>

#include "util/sha256.hpp"
#include "util/utf8.hpp"

namespace dealgraph {
namespace fs = std::filesystem;

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

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

std::string_view skip_space(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  return s.substr(i);
}

// UTF-16 with a byte-order mark becomes UTF-8; anything else is returned unchanged.
std::string decode_bom(std::string bytes) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) return bytes.substr(3);
  const bool little = starts_with(bytes, "\xFF\xFE");
  const bool big = starts_with(bytes, "\xFE\xFF");
  if (!little && !big) return bytes;
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
    auto unit = [&](std::size_t at) -> char32_t {
      const auto lo = static_cast<unsigned char>(bytes[at + (little ? 0 : 1)]);
      const auto hi = static_cast<unsigned char>(bytes[at + (little ? 1 : 0)]);
      return char32_t(hi) << 8 | lo;
    };
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      }
    }
    util::append_utf8(out, cp);
  }
  return out;
}

// The first string field present among `names`.
std::optional<std::string> string_field(const nlohmann::json& record,
                                        std::initializer_list<const char*> names) {
  for (const char* name : names) {
    auto it = record.find(name);
    if (it != record.end() && it->is_string() && !it->get_ref<const std::string&>().empty())
      return it->get<std::string>();
  }
  return std::nullopt;
}

// ISO date prefix (yyyy-mm-dd) of a date or timestamp string, if it has one.
std::optional<std::string> iso_date(const std::optional<std::string>& value) {
  if (!value || value->size() < 10) return std::nullopt;
  const std::string& v = *value;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) if (v[i] < '0' || v[i] > '9') return std::nullopt;
  if (v[4] != '-' || v[7] != '-') return std::nullopt;
  return v.substr(0, 10);
}

// Inside folders only files that can hold articles are read (a corpus folder may also hold
// queries, notes or data); a file named on the command line is always read.
bool is_article_extension(const std::string& extension) {
  static constexpr std::string_view kArticleExtensions[] = {"", ".txt", ".text", ".md", ".markdown", ".html", ".htm",
                                                             ".xhtml", ".json", ".jsonl", ".ndjson"};
  return std::find(std::begin(kArticleExtensions), std::end(kArticleExtensions), extension) != std::end(kArticleExtensions);
}

std::string file_stem(const std::string& path) {
  return fs::path(path).stem().string();
}

std::string extension_of(const std::string& path) {
  return lower_ascii(fs::path(path).extension().string());
}

// An article from one JSON object; an error message instead when it has no usable text.
std::variant<RawArticle, std::string> article_from_record(const nlohmann::json& record,
                                                          const std::string& fallback_id,
                                                          const std::string& source_path) {
  if (!record.is_object()) return std::string("record is not a JSON object");
  auto text = string_field(record, {"text", "body", "content", "article", "html"});
  if (!text) return std::string("record has no text field (text, body or content)");
  RawArticle article;
  article.source_path = source_path;
  if (auto it = record.find("id"); it != record.end() && (it->is_string() || it->is_number()))
    article.source_id = it->is_string() ? it->get<std::string>() : it->dump();
  else
    article.source_id = fallback_id;
  article.title = string_field(record, {"title", "headline"});
  article.published = iso_date(string_field(record, {"published", "date", "datePublished", "published_at"}));
  article.language = string_field(record, {"lang", "language"});
  article.url = string_field(record, {"url", "link"});
  article.sha256 = util::sha256_hex(*text);
  article.format = detect_format(*text, "");
  if (article.format == SourceFormat::Json || article.format == SourceFormat::JsonLines)
    article.format = SourceFormat::PlainText;
  article.bytes = std::move(*text);
  return article;
}

}  // namespace

std::string why_not_text(std::string_view bytes) {
  struct Magic { std::string_view prefix; const char* name; };
  static constexpr Magic kMagic[] = {
      {"%PDF", "a PDF document"},       {"\x89PNG", "a PNG image"},
      {"\x1F\x8B", "gzip-compressed data"}, {"PK\x03\x04", "a ZIP archive"},
      {"GIF8", "a GIF image"},          {"\xFF\xD8\xFF", "a JPEG image"},
      {"\x7F" "ELF", "an executable"},  {"BZh", "bzip2-compressed data"},
      {"\xFD" "7zXZ", "xz-compressed data"}, {"RIFF", "a RIFF media file"}};
  for (const Magic& magic : kMagic)
    if (starts_with(bytes, magic.prefix)) return std::string("binary file (") + magic.name + ")";
  const util::Utf8Check check = util::check_utf8(bytes);
  const std::size_t size = std::max<std::size_t>(bytes.size(), 1);
  if (check.nul_bytes * 100 > size || check.control_bytes * 20 > size)
    return "binary file (" + std::to_string(check.nul_bytes + check.control_bytes) + " control bytes)";
  if (check.invalid_sequences * 50 > size)
    return "not UTF-8 text (" + std::to_string(check.invalid_sequences) +
           " invalid byte sequences; convert it to UTF-8)";
  return {};
}

SourceFormat detect_format(std::string_view bytes, std::string_view extension) {
  const std::string_view head = skip_space(bytes);
  if (extension == ".jsonl" || extension == ".ndjson") return SourceFormat::JsonLines;
  if (extension == ".json" || (!head.empty() && (head[0] == '{' || head[0] == '['))) {
    // One document, or several objects one per line?
    if (nlohmann::json::accept(bytes)) return SourceFormat::Json;
    if (!head.empty() && head[0] == '{') return SourceFormat::JsonLines;
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

std::vector<InputFile> list_inputs(const std::vector<std::string>& paths,
                                   std::vector<SkippedInput>& skipped) {
  std::vector<InputFile> files;
  for (const std::string& path : paths) {
    if (path == "-") { files.push_back({"-", "<stdin>"}); continue; }
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) throw InputError(path + ": no such file or directory");
    if (!fs::is_directory(status)) { files.push_back({path, path}); continue; }
    // Walk the directory; canonical paths of visited directories cut symlink loops.
    std::vector<std::string> found;
    std::set<fs::path> visited;
    std::vector<fs::path> pending{fs::path(path)};
    while (!pending.empty()) {
      fs::path dir = pending.back();
      pending.pop_back();
      const fs::path canonical = fs::weakly_canonical(dir, error);
      if (!visited.insert(error ? dir : canonical).second) {
        skipped.push_back({dir.string(), "directory already visited (symbolic link loop)"});
        continue;
      }
      fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, error);
      if (error) { skipped.push_back({dir.string(), "cannot read directory: " + error.message()}); continue; }
      for (const fs::directory_entry& entry : it) {
        const std::string name = entry.path().filename().string();
        if (!name.empty() && name[0] == '.') continue;  // hidden files and folders
        std::error_code entry_error;
        if (entry.is_directory(entry_error)) pending.push_back(entry.path());
        else if (entry.is_regular_file(entry_error)) {
          if (is_article_extension(extension_of(entry.path().string()))) found.push_back(entry.path().string());
        }
        else if (!entry_error) skipped.push_back({entry.path().string(), "not a regular file"});
        else skipped.push_back({entry.path().string(), entry_error.message()});
      }
    }
    std::sort(found.begin(), found.end());
    for (std::string& file : found) files.push_back({file, file});
  }
  return files;
}

namespace {

// Lines of a file read in blocks, so that a JSON Lines corpus of any size is streamed; a line
// longer than `limit` is consumed but not kept (its size is reported instead).
class LineReader {
 public:
  LineReader(std::FILE* file, std::size_t limit) : file_(file), limit_(limit), buffer_(1 << 20) {}
  // The next line without its newline; false at the end. `too_long` is set when it was cut.
  bool next(std::string& line, bool& too_long, bool& last) {
    line.clear();
    too_long = false;
    bool any = false;
    for (;;) {
      if (position_ == filled_) {
        filled_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
        position_ = 0;
        if (filled_ == 0) { last = true; return any; }
      }
      any = true;
      const char* begin = buffer_.data() + position_;
      const void* newline = std::memchr(begin, '\n', filled_ - position_);
      const std::size_t length = newline ? static_cast<const char*>(newline) - begin : filled_ - position_;
      if (!too_long) {
        if (line.size() + length > limit_) { too_long = true; line.clear(); }
        else line.append(begin, length);
      }
      position_ += length;
      if (newline) { ++position_; last = false; return true; }
    }
  }

 private:
  std::FILE* file_;
  std::size_t limit_;
  std::vector<char> buffer_;
  std::size_t position_ = 0, filled_ = 0;
};

// One JSON Lines record: an article, or the reason it is skipped.
void take_record(std::string_view line, std::size_t line_number, bool last, const InputFile& input,
                 const std::string& stem, const ArticleSink& on_article, const SkipSink& on_skipped) {
  if (skip_space(line).empty()) return;
  const std::string where = input.display + ":" + std::to_string(line_number);
  auto record = nlohmann::json::parse(line, nullptr, false);
  if (record.is_discarded()) {
    on_skipped({where, last ? "truncated or invalid JSON (last line)" : "invalid JSON"});
    return;
  }
  auto article = article_from_record(record, stem + "-" + std::to_string(line_number), where);
  if (auto* message = std::get_if<std::string>(&article)) {
    on_skipped({where, *message});
    return;
  }
  on_article(std::move(std::get<RawArticle>(article)));
}

}  // namespace

std::uint64_t input_size(const InputFile& input) {
  if (input.path == "-") return 0;
  std::error_code error;
  const auto size = fs::file_size(input.path, error);
  return error ? 0 : size;
}

void read_input(const InputFile& input, const IngestOptions& options, const ArticleSink& on_article,
                const SkipSink& on_skipped) {
  std::string bytes;
  const std::string stem = input.path == "-" ? "stdin" : file_stem(input.path);
  if (input.path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::error_code error;
    const auto size = fs::file_size(input.path, error);
    if (error) { on_skipped({input.display, "cannot read: " + error.message()}); return; }
    const std::string extension = extension_of(input.path);
    if (extension == ".jsonl" || extension == ".ndjson") {
      // Streamed record by record: memory stays bounded whatever the size of the file.
      std::FILE* file = std::fopen(input.path.c_str(), "rb");
      if (!file) { on_skipped({input.display, std::string("cannot open for reading: ") + std::strerror(errno)}); return; }
      LineReader reader(file, options.max_article_bytes);
      std::string line;
      bool too_long = false, last = false;
      std::size_t line_number = 0;
      while (reader.next(line, too_long, last)) {
        ++line_number;
        if (too_long) {
          on_skipped({input.display + ":" + std::to_string(line_number), "record larger than --max-article-bytes"});
          continue;
        }
        if (std::string reason = why_not_text(line); !reason.empty()) {
          if (!skip_space(line).empty()) on_skipped({input.display + ":" + std::to_string(line_number), reason});
          continue;
        }
        take_record(line, line_number, last, input, stem, on_article, on_skipped);
      }
      const bool failed = std::ferror(file);
      std::fclose(file);
      if (failed) on_skipped({input.display, "read error"});
      if (line_number == 0) on_skipped({input.display, "empty file"});
      return;
    }
    if (size > options.max_article_bytes) {
      on_skipped({input.display, "larger than --max-article-bytes (" + std::to_string(size) + " bytes)"});
      return;
    }
    std::ifstream stream(input.path, std::ios::binary);
    if (!stream) { on_skipped({input.display, std::string("cannot open for reading: ") + std::strerror(errno)}); return; }
    bytes.assign(std::istreambuf_iterator<char>(stream), std::istreambuf_iterator<char>());
    if (!stream.good() && !stream.eof()) {
      on_skipped({input.display, "read error"});
      return;
    }
  }
  if (bytes.empty()) { on_skipped({input.display, "empty file"}); return; }
  // The fingerprint is of the bytes as they were; only UTF-16 input changes on decoding.
  const bool utf16 = starts_with(bytes, "\xFF\xFE") || starts_with(bytes, "\xFE\xFF");
  if (std::string reason = why_not_text(bytes); !reason.empty() && !utf16) {
    on_skipped({input.display, reason});
    return;
  }
  const std::string raw_sha256 = utf16 ? util::sha256_hex(bytes) : std::string();
  bytes = decode_bom(std::move(bytes));
  if (std::string reason = why_not_text(bytes); !reason.empty()) {
    on_skipped({input.display, reason});
    return;
  }
  const std::string extension = input.path == "-" ? "" : extension_of(input.path);
  const SourceFormat format = detect_format(bytes, extension);

  if (format == SourceFormat::JsonLines) {
    std::size_t line_number = 0;
    std::size_t begin = 0;
    while (begin < bytes.size()) {
      std::size_t end = bytes.find('\n', begin);
      if (end == std::string::npos) end = bytes.size();
      ++line_number;
      const std::string_view line(bytes.data() + begin, end - begin);
      begin = end + 1;
      if (line.size() > options.max_article_bytes) {
        on_skipped({input.display + ":" + std::to_string(line_number), "record larger than --max-article-bytes"});
        continue;
      }
      take_record(line, line_number, end == bytes.size(), input, stem, on_article, on_skipped);
    }
    return;
  }
  const std::string sha256 = utf16 ? raw_sha256 : util::sha256_hex(bytes);
  if (format == SourceFormat::Json) {
    auto document = nlohmann::json::parse(bytes, nullptr, false);
    std::vector<const nlohmann::json*> records;
    if (document.is_array()) for (const auto& item : document) records.push_back(&item);
    else records.push_back(&document);
    for (std::size_t i = 0; i < records.size(); ++i) {
      const std::string where = records.size() == 1 ? input.display : input.display + "[" + std::to_string(i) + "]";
      const std::string id = records.size() == 1 ? stem : stem + "-" + std::to_string(i + 1);
      auto article = article_from_record(*records[i], id, where);
      if (auto* message = std::get_if<std::string>(&article)) {
        on_skipped({where, *message});
        continue;
      }
      auto& built = std::get<RawArticle>(article);
      if (records.size() == 1) built.sha256 = sha256;
      on_article(std::move(built));
    }
    return;
  }
  RawArticle article;
  article.source_id = stem;
  article.source_path = input.display;
  article.sha256 = sha256;
  article.format = format;
  article.bytes = std::move(bytes);
  on_article(std::move(article));
}

IngestResult read_input(const InputFile& input, const IngestOptions& options) {
  IngestResult result;
  read_input(input, options, [&](RawArticle&& article) { result.articles.push_back(std::move(article)); },
             [&](SkippedInput&& skipped) { result.skipped.push_back(std::move(skipped)); });
  return result;
}

}  // namespace dealgraph
