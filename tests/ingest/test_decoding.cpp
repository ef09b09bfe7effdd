#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "dealgraph/ingest.hpp"
#include "ingest/ingest_fixtures.hpp"
#include "util/utf8.hpp"

using namespace dealgraph;
using test::kBig5;
using test::kGbk;

namespace {

// Decodes bytes and checks they came out as text.
DecodedText decoded(std::string_view bytes) {
  DecodedText result = decode_text(bytes);
  INFO("error: " << result.error);
  return result;
}

const std::string kGood = "Nvidia said on Monday it would invest $5 billion in Intel, taking a stake of about 4%. ";

std::size_t count(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("ingest: bytes that are not text are named with a reason", "[ingest]") {
  CHECK(why_not_text("%PDF-1.7 ...").find("PDF") != std::string::npos);
  CHECK(why_not_text(std::string("\x89PNG\r\n\x1a\n", 8)).find("PNG") != std::string::npos);
  CHECK(why_not_text(std::string("\x1f\x8b\x08\x00", 4)).find("gzip") != std::string::npos);
  CHECK(why_not_text(std::string(100, '\0')).find("binary") != std::string::npos);
  CHECK(why_not_text(std::string(200, '\xff')).find("UTF-8") != std::string::npos);
  CHECK(why_not_text("Nvidia 英伟达 ação").empty());
}

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
