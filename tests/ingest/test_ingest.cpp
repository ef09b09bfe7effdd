#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include "dealgraph/ingest.hpp"
#include "util/sha256.hpp"
#include "util/utf8.hpp"

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

TEST_CASE("ingest: bytes that are not text are named with a reason", "[ingest]") {
  CHECK(why_not_text("%PDF-1.7 ...").find("PDF") != std::string::npos);
  CHECK(why_not_text(std::string("\x89PNG\r\n\x1a\n", 8)).find("PNG") != std::string::npos);
  CHECK(why_not_text(std::string("\x1f\x8b\x08\x00", 4)).find("gzip") != std::string::npos);
  CHECK(why_not_text(std::string(100, '\0')).find("binary") != std::string::npos);
  CHECK(why_not_text(std::string(200, '\xff')).find("UTF-8") != std::string::npos);
  CHECK(why_not_text("Nvidia 英伟达 ação").empty());
}

TEST_CASE("ingest: inputs are listed, read and split into articles", "[ingest]") {
  const fs::path dir = temp_dir() / "inputs";
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

namespace {

// Decodes bytes and checks they came out as text.
DecodedText decoded(std::string_view bytes) {
  DecodedText result = decode_text(bytes);
  INFO("error: " << result.error);
  return result;
}

const std::string kGood = "Nvidia said on Monday it would invest $5 billion in Intel, taking a stake of about 4%. ";
// 英伟达周一表示，将向英特尔投资50亿美元，持股约4%。 in GBK, and its traditional form in Big5.
const std::string kGbk =
    "\xD3\xA2\xCE\xB0\xB4\xEF\xD6\xDC\xD2\xBB\xB1\xED\xCA\xBE\xA3\xAC\xBD\xAB\xCF\xF2\xD3\xA2\xCC\xD8\xB6\xFB\xCD\xB6\xD7\xCA"
    "50\xD2\xDA\xC3\xC0\xD4\xAA\xA3\xAC\xB3\xD6\xB9\xC9\xD4\xBC" "4%\xA1\xA3";
const std::string kBig5 =
    "\xBD\xF7\xB9" "F\xB6g\xA4@\xAA\xED\xA5\xDC\xA1" "A\xB1N\xA6V\xAD^\xAFS\xBA\xB8\xA7\xEB\xB8\xEA"
    "50\xBB\xF5\xAC\xFC\xA4\xB8\xA1" "A\xAB\xF9\xAA\xD1\xAC\xF9" "4%\xA1" "C";

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("ingest: invalid UTF-8: a few bad sequences are repaired, many refuse the file", "[ingest][decode]") {
  const std::string bad = "\x80 lone continuation, \xC0\xAF overlong slash, \xE0\x80\xAF overlong, "
                          "\xED\xA0\x80 encoded surrogate. ";
  SECTION("a few are replaced by U+FFFD") {
    const DecodedText d = decoded(kGood + kGood + bad + kGood + kGood);
    REQUIRE(d.error.empty());
    CHECK(d.encoding == "UTF-8");
    CHECK(d.replaced == 9);  // one per byte of a sequence that cannot start a character
    CHECK(count(d.text, "\xEF\xBF\xBD") == 9);
    CHECK(util::check_utf8(d.text).invalid_sequences == 0);
    CHECK(d.text.find("lone continuation") != std::string::npos);
  }
  SECTION("many refuse the file with the count") {
    std::string many;
    for (int i = 0; i < 100; ++i) many += "\x80\xBF\xC0\xAF\xED\xA0\x80 ";
    const DecodedText d = decode_text(many + kGood);
    CHECK(d.error.find("not UTF-8 text") != std::string::npos);
    CHECK(d.error.find("700 invalid byte sequences") != std::string::npos);
    CHECK(why_not_text(many + kGood) == d.error);
  }
  SECTION("Latin-1 is not mistaken for Chinese") {
    std::string latin1;
    for (int i = 0; i < 30; ++i) latin1 += "La compa\xF1\xED" "a firm\xF3 un acuerdo con la se\xF1ora de Espa\xF1" "a. ";
    CHECK(decode_text(latin1).error.find("not UTF-8") != std::string::npos);
  }
}

TEST_CASE("ingest: NUL bytes: a few are dropped, many make a binary file", "[ingest][decode]") {
  const DecodedText few = decoded(kGood + std::string(3, '\0') + kGood);
  REQUIRE(few.error.empty());
  CHECK(few.dropped == 3);
  CHECK(few.text.find('\0') == std::string::npos);
  CHECK(few.text == kGood + kGood);
  std::string interleaved;  // UTF-16LE without its byte-order mark
  for (char c : kGood) { interleaved += c; interleaved += '\0'; }
  const DecodedText many = decode_text(interleaved);
  CHECK(many.error.find("binary file") != std::string::npos);
  CHECK(many.error.find("UTF-16 without a byte-order mark") != std::string::npos);
  CHECK(decode_text(std::string(4096, '\0')).error.find("binary file") != std::string::npos);
}

TEST_CASE("ingest: UTF-16 with a byte-order mark is converted, little and big endian", "[ingest][decode]") {
  const std::string text = "Nvidia 英伟达 \U0001F600";  // a character outside the BMP needs a surrogate pair
  auto utf16 = [&](bool little) {
    std::string out = little ? "\xFF\xFE" : "\xFE\xFF";
    std::u16string units;
    for (std::size_t pos = 0; pos < text.size();) {
      const char32_t cp = util::decode_utf8(text, pos);
      if (cp >= 0x10000) {
        units += char16_t(0xD800 + ((cp - 0x10000) >> 10));
        units += char16_t(0xDC00 + ((cp - 0x10000) & 0x3FF));
      } else {
        units += char16_t(cp);
      }
    }
    for (char16_t u : units) {
      const char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
      out += little ? lo : hi;
      out += little ? hi : lo;
    }
    return out;
  };
  const DecodedText le = decoded(utf16(true));
  CHECK(le.encoding == "UTF-16LE");
  CHECK(le.text == text);
  const DecodedText be = decoded(utf16(false));
  CHECK(be.encoding == "UTF-16BE");
  CHECK(be.text == text);
  // A lone surrogate and an odd last byte are replaced, not fatal.
  const DecodedText lone = decoded(std::string("\xFF\xFE" "A\0\x00\xD8" "B\0C", 9));
  REQUIRE(lone.error.empty());
  CHECK(lone.text == "A\xEF\xBF\xBD" "B\xEF\xBF\xBD");
  CHECK(lone.replaced == 2);
  CHECK(decode_text("\xFF\xFE").error.find("empty") != std::string::npos);
  CHECK(decode_text(std::string("\xFF\xFE\0\0", 4)).error.find("UTF-32") != std::string::npos);
}

TEST_CASE("ingest: GBK and Big5 Chinese are recognised and converted", "[ingest][decode]") {
  SECTION("GBK (read as GB18030)") {
    const DecodedText d = decoded(kGbk);
    REQUIRE(d.error.empty());
    CHECK(d.encoding == "GB18030");
    CHECK(d.text == "英伟达周一表示，将向英特尔投资50亿美元，持股约4%。");
  }
  SECTION("Big5") {
    const DecodedText d = decoded(kBig5);
    REQUIRE(d.error.empty());
    CHECK(d.encoding == "Big5");
    CHECK(d.text == "輝達週一表示，將向英特爾投資50億美元，持股約4%。");
  }
  SECTION("inside HTML markup, and a short title alone") {
    CHECK(decoded("<html><head><meta charset=\"gbk\"></head><body><p>" + kGbk + "</p></body></html>").encoding == "GB18030");
    CHECK(decoded(kGbk.substr(0, 10)).text == "英伟达周一");
    CHECK(decoded(kBig5.substr(0, 8)).text == "輝達週一");
  }
  SECTION("UTF-8 Chinese stays UTF-8") {
    const DecodedText d = decoded("英伟达周一表示，将向英特尔投资50亿美元。");
    CHECK(d.encoding == "UTF-8");
    CHECK(d.replaced == 0);
  }
  SECTION("other double-byte encodings are refused, not turned into wrong Chinese") {
    // 삼성전자는 엔비디아에 메모리를 공급한다 in EUC-KR; ソフトバンクは出資すると発表した in Shift_JIS.
    const std::string euc_kr = "\xBB\xEF\xBC\xBA\xC0\xFC\xC0\xDA\xB4\xC2 \xBF\xA3\xBA\xF1\xB5\xF0\xBE\xC6\xBF\xA1 "
                               "\xB8\xDE\xB8\xF0\xB8\xAE\xB8\xA6 \xB0\xF8\xB1\xDE\xC7\xD1\xB4\xD9";
    const std::string shift_jis = "\x83\x5C\x83\x74\x83\x67\x83\x6F\x83\x93\x83\x4E\x82\xCD\x8F\x6F\x8E\x91\x82\xB7"
                                  "\x82\xE9\x82\xC6\x94\xAD\x95\x5C\x82\xB5\x82\xBD";
    CHECK(decode_text(euc_kr).error.find("not UTF-8") != std::string::npos);
    CHECK(decode_text(shift_jis).error.find("not UTF-8") != std::string::npos);
  }
}

TEST_CASE("ingest: binary files are named by their magic numbers", "[ingest][decode]") {
  CHECK(decode_text("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj").error == "binary file (a PDF document)");
  CHECK(decode_text(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)).error == "binary file (a PNG image)");
  CHECK(decode_text(std::string("\x1F\x8B\x08\x00\x00\x00\x00\x00", 8)).error == "binary file (gzip-compressed data)");
  CHECK(decode_text("").error == "empty file");
}

namespace {

struct Collected {
  std::vector<RawArticle> articles;
  std::vector<SkippedInput> skipped;
  std::vector<std::string> notes;
};

Collected read_all(const std::vector<std::string>& paths, IngestOptions options = {}) {
  Collected out;
  options.on_note = [&](const std::string& source, const std::string& note) { out.notes.push_back(source + ": " + note); };
  for (const InputFile& file : list_inputs(paths))
    read_input(file, options, [&](RawArticle&& a) { out.articles.push_back(std::move(a)); },
               [&](SkippedInput&& s) { out.skipped.push_back(std::move(s)); });
  return out;
}

const SkippedInput* skipped_as(const Collected& c, const std::string& suffix) {
  for (const SkippedInput& s : c.skipped)
    if (s.source_path.size() >= suffix.size() && s.source_path.compare(s.source_path.size() - suffix.size(), suffix.size(), suffix) == 0)
      return &s;
  return nullptr;
}

}  // namespace

TEST_CASE("ingest: the bad-input catalogue through read_input", "[ingest][catalogue]") {
  const fs::path dir = temp_dir() / "catalogue";
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
    const Collected c = read_all({(dir / "feed.jsonl").string()});
    REQUIRE(c.articles.size() == 2);
    CHECK(c.articles[0].source_id == "good1");
    CHECK(c.articles[1].source_id == "good2");
    CHECK(c.articles[1].source_path.ends_with("feed.jsonl:8"));
    REQUIRE(c.skipped.size() == 6);
    CHECK(skipped_as(c, "feed.jsonl:2")->reason == "field \"text\" is a number, not a string");
    CHECK(skipped_as(c, "feed.jsonl:3")->reason == "field \"id\" is an object, not a string or number");
    CHECK(skipped_as(c, "feed.jsonl:4")->reason.find("no text field") != std::string::npos);
    CHECK(skipped_as(c, "feed.jsonl:6")->reason == "field \"text\" is empty");
    CHECK(skipped_as(c, "feed.jsonl:7")->reason.find("invalid JSON") != std::string::npos);
    CHECK(skipped_as(c, "feed.jsonl:9")->reason.find("truncated") != std::string::npos);
  }
  SECTION("JSON Lines records in GBK, with bad bytes, or too large are handled one by one") {
    write(dir / "mixed.jsonl", "{\"id\": \"gbk\", \"text\": \"" + kGbk + "\"}\n" +
                                   "{\"id\": \"repaired\", \"text\": \"Nvidia \x80 Intel.\"}\n" +
                                   "{\"id\": \"big\", \"text\": \"" + std::string(5000, 'a') + "\"}\n" +
                                   "{\"id\": \"nul\", \"text\": \"Nvidia\x01 Intel.\"}\n");
    IngestOptions options;
    options.max_article_bytes = 1000;
    const Collected c = read_all({(dir / "mixed.jsonl").string()}, options);
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
    const Collected c = read_all({(dir / "blank.jsonl").string(), (dir / "empty.jsonl").string()});
    CHECK(c.articles.empty());
    REQUIRE(c.skipped.size() == 2);
    CHECK(c.skipped[0].reason.find("only blank lines") != std::string::npos);
    CHECK(c.skipped[1].reason == "empty file");
  }
  SECTION("a broken .json file is one clear skip, and text starting with a bracket is still text") {
    write(dir / "broken.json", "{\n  \"id\": \"x\",\n  \"text\": \"cut sho");
    write(dir / "bracket.txt", "[Reuters] Nvidia said on Monday it would invest $5 billion in Intel.\n{more}\n");
    const Collected c = read_all({(dir / "broken.json").string(), (dir / "bracket.txt").string()});
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
    const Collected c = read_all({(dir / "big.txt").string(), (dir / "big.json").string()}, options);
    CHECK(c.articles.empty());
    REQUIRE(c.skipped.size() == 2);
    CHECK(c.skipped[0].reason == "larger than --max-article-bytes (3000 bytes, the limit is 1000)");
    CHECK(c.skipped[1].reason.find("JSON Lines") != std::string::npos);
  }
  SECTION("the SHA-256 is of the bytes as they were") {
    write(dir / "gbk.txt", kGbk);
    const Collected c = read_all({(dir / "gbk.txt").string()});
    REQUIRE(c.articles.size() == 1);
    CHECK(c.articles[0].sha256 == util::sha256_hex(kGbk));
  }
  fs::remove_all(dir);
}

TEST_CASE("ingest: folders: symbolic link loops, dangling links, FIFOs and unreadable entries are reported", "[ingest][catalogue]") {
  const fs::path dir = temp_dir() / "tree";
  fs::remove_all(dir);
  fs::create_directories(dir / "corpus" / "sub");
  write(dir / "corpus" / "a.txt", "First article.");
  write(dir / "corpus" / "sub" / "b.txt", "Second article.");
  write(dir / "corpus" / "notes.csv", "not an article extension: not read");
  fs::create_symlink("..", dir / "corpus" / "sub" / "up");
  fs::create_symlink("../sub", dir / "corpus" / "sub" / "self");
  fs::create_symlink("nowhere.txt", dir / "corpus" / "dangling.txt");
  fs::create_symlink("loop2", dir / "corpus" / "loop1");
  fs::create_symlink("loop1", dir / "corpus" / "loop2");
  fs::create_symlink("sub", dir / "corpus" / "alias");  // the same folder twice, not a loop
  REQUIRE(::mkfifo((dir / "corpus" / "pipe.txt").c_str(), 0644) == 0);
  const std::string root = (dir / "corpus").string();

  const std::vector<InputFile> files = list_inputs({root});
  std::vector<std::string> good;
  std::map<std::string, std::string> problems;
  for (const InputFile& f : files) {
    const std::string rel = f.path.substr(root.size() + 1);
    if (f.problem.empty()) good.push_back(rel);
    else problems[rel] = f.problem;
  }
  CHECK(good == std::vector<std::string>{"a.txt", "sub/b.txt"});
  CHECK(problems["sub/up"] == "symbolic link loop (leads back to " + root + "); not followed");
  CHECK(problems["sub/self"].find("symbolic link loop") != std::string::npos);
  CHECK(problems["dangling.txt"] == "dangling symbolic link (its target nowhere.txt does not exist)");
  CHECK(problems["loop1"].find("symbolic link loop") != std::string::npos);
  CHECK(problems["alias"] == "folder already read as " + root + "/sub (reached again through a symbolic link)");
  CHECK(problems["pipe.txt"] == "a named pipe (FIFO), not a regular file");
  CHECK(problems.size() == 7);
  CHECK(std::is_sorted(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; }));

  // read_input reports each problem as skipped, under its path.
  const Collected c = read_all({root});
  CHECK(c.articles.size() == 2);
  CHECK(c.skipped.size() == 7);

  // Named on the command line, a dangling link is a missing input.
  CHECK_THROWS_WITH(list_inputs({(dir / "corpus" / "dangling.txt").string()}), Catch::Contains("dangling symbolic link"));

  if (::geteuid() != 0) {  // root reads whatever the permissions say
    fs::permissions(dir / "corpus" / "a.txt", fs::perms::none);
    fs::permissions(dir / "corpus" / "sub", fs::perms::none);
    const Collected locked = read_all({root});
    CHECK(skipped_as(locked, "a.txt")->reason.find("Permission denied") != std::string::npos);
    CHECK(skipped_as(locked, "sub")->reason.find("Permission denied") != std::string::npos);
    fs::permissions(dir / "corpus" / "sub", fs::perms::owner_all);
  }
  fs::remove_all(dir);
}
