#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "dealgraph/ingest.hpp"

using namespace dealgraph;
namespace fs = std::filesystem;

namespace {

fs::path temp_dir() {
  fs::path dir = fs::temp_directory_path() / ("dealgraph-ingest-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

fs::path write(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

}  // namespace

TEST_CASE("formats are detected by content and extension", "[ingest]") {
  SECTION("HTML escaped inside a JSON string") {
    CHECK(detect_format("title\n\\u003cp\\u003ehello\\u003c/p\\u003e", ".txt") == SourceFormat::JsonEscapedHtml);
  }
  SECTION("an HTML page") {
    CHECK(detect_format("<!DOCTYPE html><html><body><p>x</p></body></html>", "") == SourceFormat::Html);
    CHECK(detect_format("plain", ".html") == SourceFormat::Html);
  }
  SECTION("text full of paragraph tags is HTML whatever its name") {
    CHECK(detect_format("<p>a</p><p>b</p><p>c</p>", ".txt") == SourceFormat::Html);
  }
  SECTION("JSON and JSON Lines") {
    CHECK(detect_format(R"({"text": "x"})", "") == SourceFormat::Json);
    CHECK(detect_format("{\"text\": \"x\"}\n{\"text\": \"y\"}\n", "") == SourceFormat::JsonLines);
    CHECK(detect_format("{}", ".jsonl") == SourceFormat::JsonLines);
  }
  SECTION("Markdown by extension, plain text otherwise") {
    CHECK(detect_format("# Title\n\ntext", ".md") == SourceFormat::Markdown);
    CHECK(detect_format("Just words.", ".txt") == SourceFormat::PlainText);
  }
}

TEST_CASE("bytes that are not text are named with a reason", "[ingest]") {
  CHECK(why_not_text("%PDF-1.7 ...").find("PDF") != std::string::npos);
  CHECK(why_not_text(std::string("\x89PNG\r\n\x1a\n", 8)).find("PNG") != std::string::npos);
  CHECK(why_not_text(std::string("\x1f\x8b\x08\x00", 4)).find("gzip") != std::string::npos);
  CHECK(why_not_text(std::string(100, '\0')).find("binary") != std::string::npos);
  CHECK(why_not_text(std::string(200, '\xff')).find("UTF-8") != std::string::npos);
  CHECK(why_not_text("Nvidia 英伟达 ação").empty());
}

TEST_CASE("inputs are listed, read and split into articles", "[ingest]") {
  const fs::path dir = temp_dir() / "inputs";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  write(dir / "b.txt", "Second article.");
  write(dir / "sub" / "a.txt", "First article.");
  write(dir / ".hidden", "ignored");

  SECTION("a directory is read recursively in a stable order, hidden files left out") {
    std::vector<SkippedInput> skipped;
    const auto files = list_inputs({dir.string()}, skipped);
    REQUIRE(files.size() == 2);
    CHECK(files[0].path < files[1].path);
    CHECK(skipped.empty());
  }
  SECTION("a missing path is an error naming it") {
    std::vector<SkippedInput> skipped;
    CHECK_THROWS_WITH(list_inputs({(dir / "nope.txt").string()}, skipped), Catch::Contains("nope.txt"));
  }
  SECTION("a plain file gives one article whose id is its name without extension") {
    const auto result = read_input({(dir / "b.txt").string(), "b.txt"}, {});
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles[0].source_id == "b");
    CHECK(result.articles[0].sha256.size() == 64);
  }
  SECTION("JSON Lines give one article per record and report bad lines") {
    const fs::path file = write(dir / "feed.jsonl",
        "{\"id\": \"r1\", \"title\": \"T\", \"date\": \"2026-01-02T10:00:00Z\", \"text\": \"One.\"}\n"
        "{\"id\": 7, \"body\": \"Two.\"}\n"
        "{\"id\": \"r3\"}\n"
        "[1, 2]\n"
        "{\"id\": \"r5\", \"text\": \"trunc");
    const auto result = read_input({file.string(), file.string()}, {});
    REQUIRE(result.articles.size() == 2);
    CHECK(result.articles[0].source_id == "r1");
    CHECK(result.articles[0].published == "2026-01-02");
    CHECK(result.articles[1].source_id == "7");
    REQUIRE(result.skipped.size() == 3);
    CHECK(result.skipped[0].reason.find("no text field") != std::string::npos);
    CHECK(result.skipped[2].reason.find("truncated") != std::string::npos);
  }
  SECTION("an empty file and a binary file are skipped with reasons") {
    write(dir / "empty.txt", "");
    write(dir / "image.txt", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
    CHECK(read_input({(dir / "empty.txt").string(), "empty.txt"}, {}).skipped.at(0).reason == "empty file");
    CHECK(read_input({(dir / "image.txt").string(), "image.txt"}, {}).skipped.at(0).reason.find("PNG") != std::string::npos);
  }
  SECTION("UTF-16 with a byte-order mark is converted to UTF-8") {
    const std::string utf16("\xFF\xFE" "N\0v\0i\0d\0i\0a\0", 14);
    write(dir / "utf16.txt", utf16);
    const auto result = read_input({(dir / "utf16.txt").string(), "utf16.txt"}, {});
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles[0].bytes == "Nvidia");
  }
  SECTION("articles over the size limit are skipped") {
    IngestOptions options;
    options.max_article_bytes = 4;
    CHECK(read_input({(dir / "b.txt").string(), "b.txt"}, options).skipped.at(0).reason.find("max-article-bytes") != std::string::npos);
  }
  fs::remove_all(dir);
}
