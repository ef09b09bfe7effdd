#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "dealgraph/ingest.hpp"
#include "ingest/ingest_fixtures.hpp"
#include "util/sha256.hpp"

using namespace dealgraph;
using test::kGbk;
using test::write;
namespace fs = std::filesystem;

TEST_CASE("ingest: formats are detected by content and extension", "[ingest]") {
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

TEST_CASE("ingest: inputs are listed, read and split into articles", "[ingest]") {
  const fs::path dir = test::ingest_temp_dir() / "inputs";
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  write(dir / "b.txt", "Second article.");
  write(dir / "sub" / "a.txt", "First article.");
  write(dir / ".hidden", "ignored");

  SECTION("a directory is read recursively in a stable order, hidden files left out") {
    const auto files = list_inputs({dir.string()});
    REQUIRE(files.size() == 2);
    CHECK(files[0].path < files[1].path);
    CHECK(files[0].problem.empty());
    CHECK(files[1].problem.empty());
  }
  SECTION("a missing path is an error naming it") {
    CHECK_THROWS_WITH(list_inputs({(dir / "nope.txt").string()}), Catch::Contains("nope.txt"));
  }
  SECTION("a plain file gives one article whose id is its name without extension") {
    const auto result = read_input({(dir / "b.txt").string(), "b.txt", {}, {}}, {});
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
    const auto result = read_input({file.string(), file.string(), {}, {}}, {});
    REQUIRE(result.articles.size() == 2);
    CHECK(result.articles[0].source_id == "r1");
    CHECK(result.articles[0].published == "2026-01-02");
    CHECK(result.articles[1].source_id == "7");
    REQUIRE(result.skipped.size() == 3);
    CHECK(result.skipped[0].reason.find("no text field") != std::string::npos);
    CHECK(result.skipped[2].reason.find("truncated") != std::string::npos);
  }
  SECTION("a declared language is kept in the case BCP 47 recommends") {
    const fs::path file = write(dir / "tags.jsonl",
        "{\"id\": \"a\", \"lang\": \"EN-gb\", \"text\": \"One.\"}\n"
        "{\"id\": \"b\", \"lang\": \"ZH-hant-tw\", \"text\": \"Two.\"}\n"
        "{\"id\": \"c\", \"lang\": \"CS\", \"text\": \"Three.\"}\n"
        "{\"id\": \"d\", \"lang\": \"de-CH-x-Bank-AB\", \"text\": \"Four.\"}\n");
    const auto result = read_input({file.string(), file.string(), {}, {}}, {});
    REQUIRE(result.articles.size() == 4);
    CHECK(result.articles[0].language == "en-GB");
    CHECK(result.articles[1].language == "zh-Hant-TW");
    CHECK(result.articles[2].language == "cs");
    CHECK(result.articles[3].language == "de-CH-x-bank-ab");
  }
  SECTION("an empty file and a binary file are skipped with reasons") {
    write(dir / "empty.txt", "");
    write(dir / "image.txt", std::string("\x89PNG\r\n\x1a\n\0\0", 10));
    CHECK(read_input({(dir / "empty.txt").string(), "empty.txt", {}, {}}, {}).skipped.at(0).reason == "empty file");
    CHECK(read_input({(dir / "image.txt").string(), "image.txt", {}, {}}, {}).skipped.at(0).reason.find("PNG") != std::string::npos);
  }
  SECTION("UTF-16 with a byte-order mark is converted to UTF-8") {
    const std::string utf16("\xFF\xFE" "N\0v\0i\0d\0i\0a\0", 14);
    write(dir / "utf16.txt", utf16);
    const auto result = read_input({(dir / "utf16.txt").string(), "utf16.txt", {}, {}}, {});
    REQUIRE(result.articles.size() == 1);
    CHECK(result.articles[0].bytes == "Nvidia");
  }
  SECTION("articles over the size limit are skipped") {
    IngestOptions options;
    options.max_article_bytes = 4;
    CHECK(read_input({(dir / "b.txt").string(), "b.txt", {}, {}}, options).skipped.at(0).reason.find("max-article-bytes") != std::string::npos);
  }
  fs::remove_all(dir);
}
TEST_CASE("ingest: the bad-input catalogue through read_input", "[ingest][catalogue]") {
  const fs::path dir = test::ingest_temp_dir() / "catalogue";
  fs::remove_all(dir);
  fs::create_directories(dir);

  SECTION("JSON Lines: wrong types, missing text and a truncated last line are skipped with path:line") {
    write(dir / "feed.jsonl",
          "{\"id\": \"good1\", \"text\": \"One.\"}\n"
          "{\"id\": \"num\", \"text\": 42}\n"
          "{\"id\": {\"a\": 1}, \"text\": \"Three.\"}\n"
          "{\"id\": \"none\", \"title\": \"no text\"}\n"
          "\n"
          "{\"id\": \"empty\", \"text\": \"\"}\n"
          "{\"id\": \"broken\", \"text\": \"x\" \"y\"}\n"
          "{\"id\": \"good2\", \"body\": \"Eight.\"}\n"
          "{\"id\": \"trunc\", \"text\": \"Nvidia inv");
    const test::Collected c = test::read_all({(dir / "feed.jsonl").string()});
    REQUIRE(c.articles.size() == 2);
    CHECK(c.articles[0].source_id == "good1");
    CHECK(c.articles[1].source_id == "good2");
    CHECK(c.articles[1].source_path.ends_with("feed.jsonl:8"));
    REQUIRE(c.skipped.size() == 6);
    CHECK(test::skipped_as(c, "feed.jsonl:2")->reason == "field \"text\" is a number, not a string");
    CHECK(test::skipped_as(c, "feed.jsonl:3")->reason == "field \"id\" is an object, not a string or number");
    CHECK(test::skipped_as(c, "feed.jsonl:4")->reason.find("no text field") != std::string::npos);
    CHECK(test::skipped_as(c, "feed.jsonl:6")->reason == "field \"text\" is empty");
    CHECK(test::skipped_as(c, "feed.jsonl:7")->reason.find("invalid JSON") != std::string::npos);
    CHECK(test::skipped_as(c, "feed.jsonl:9")->reason.find("truncated") != std::string::npos);
  }
  SECTION("JSON Lines records in GBK, with bad bytes, or too large are handled one by one") {
    write(dir / "mixed.jsonl", "{\"id\": \"gbk\", \"text\": \"" + kGbk + "\"}\n" +
                                   "{\"id\": \"repaired\", \"text\": \"Nvidia \x80 Intel.\"}\n" +
                                   "{\"id\": \"big\", \"text\": \"" + std::string(5000, 'a') + "\"}\n" +
                                   "{\"id\": \"nul\", \"text\": \"Nvidia\x01 Intel.\"}\n");
    IngestOptions options;
    options.max_article_bytes = 1000;
    const test::Collected c = test::read_all({(dir / "mixed.jsonl").string()}, options);
    REQUIRE(c.articles.size() == 3);
    CHECK(c.articles[0].bytes == "英伟达周一表示，将向英特尔投资50亿美元，持股约4%。");
    CHECK(c.articles[1].bytes == "Nvidia \xEF\xBF\xBD Intel.");
    CHECK(c.articles[2].bytes == "Nvidia Intel.");
    REQUIRE(c.skipped.size() == 1);
    CHECK(c.skipped[0].source_path.ends_with("mixed.jsonl:3"));
    CHECK(c.skipped[0].reason == "record larger than --max-article-bytes (5025 bytes, the limit is 1000)");
    REQUIRE(c.notes.size() == 3);
    CHECK(c.notes[0].find("mixed.jsonl:1: converted from GB18030") != std::string::npos);
    CHECK(c.notes[1].find("mixed.jsonl:2: 1 invalid UTF-8 sequence replaced by U+FFFD") != std::string::npos);
    CHECK(c.notes[2].find("mixed.jsonl:4: 1 NUL or control byte dropped") != std::string::npos);
  }
  SECTION("a file of blank lines and an empty JSON Lines file are accounted for") {
    write(dir / "blank.jsonl", "\n  \n\n");
    write(dir / "empty.jsonl", "");
    const test::Collected c = test::read_all({(dir / "blank.jsonl").string(), (dir / "empty.jsonl").string()});
    CHECK(c.articles.empty());
    REQUIRE(c.skipped.size() == 2);
    CHECK(c.skipped[0].reason.find("only blank lines") != std::string::npos);
    CHECK(c.skipped[1].reason == "empty file");
  }
  SECTION("a broken .json file is one clear skip, and text starting with a bracket is still text") {
    write(dir / "broken.json", "{\n  \"id\": \"x\",\n  \"text\": \"cut sho");
    write(dir / "bracket.txt", "[Reuters] Nvidia said on Monday it would invest $5 billion in Intel.\n{more}\n");
    const test::Collected c = test::read_all({(dir / "broken.json").string(), (dir / "bracket.txt").string()});
    REQUIRE(c.skipped.size() == 1);
    CHECK(c.skipped[0].reason.find("invalid JSON") != std::string::npos);
    REQUIRE(c.articles.size() == 1);
    CHECK(c.articles[0].format == SourceFormat::PlainText);
  }
  SECTION("a file over the limit is skipped unread, a .json one with a hint") {
    write(dir / "big.txt", std::string(3000, 'a'));
    write(dir / "big.json", "{\"text\": \"" + std::string(3000, 'a') + "\"}");
    IngestOptions options;
    options.max_article_bytes = 1000;
    const test::Collected c = test::read_all({(dir / "big.txt").string(), (dir / "big.json").string()}, options);
    CHECK(c.articles.empty());
    REQUIRE(c.skipped.size() == 2);
    CHECK(c.skipped[0].reason == "larger than --max-article-bytes (3000 bytes, the limit is 1000)");
    CHECK(c.skipped[1].reason.find("JSON Lines") != std::string::npos);
  }
  SECTION("the SHA-256 is of the bytes as they were") {
    write(dir / "gbk.txt", kGbk);
    const test::Collected c = test::read_all({(dir / "gbk.txt").string()});
    REQUIRE(c.articles.size() == 1);
    CHECK(c.articles[0].sha256 == util::sha256_hex(kGbk));
  }
  fs::remove_all(dir);
}
