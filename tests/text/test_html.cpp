#include <catch2/catch.hpp>

#include <string>

#include "dealgraph/text.hpp"
#include "text/html.hpp"

using namespace dealgraph;

TEST_CASE("JSON string escapes are decoded", "[text]") {
  CHECK(text::unescape_json_string(R"(\u003cp class=\"x\"\u003e)") == "<p class=\"x\">");
  CHECK(text::unescape_json_string(R"(a\\b\/c\nd)") == "a\\b/c\nd");
  CHECK(text::unescape_json_string(R"(\ud83d\ude00)") == "\U0001F600");
  CHECK(text::unescape_json_string(R"(\u00)") == "\\u00");
}

TEST_CASE("HTML becomes its visible text", "[text]") {
  SECTION("paragraphs on lines; scripts, styles and comments gone; entities decoded") {
    const std::string html =
        "<html><head><title>T</title><style>p{color:red}</style></head><body>"
        "<nav><a href='/'>Home</a></nav><!-- ad slot -->"
        "<p>Chips &amp; <b>clouds</b>&nbsp;now</p><script>var x = '<p>no</p>';</script>"
        "<p>Second&#x21; &#26032;</p><footer>Copyright</footer></body></html>";
    CHECK(text::html_to_text(html) == "Chips & clouds now\nSecond! 新");
  }
  SECTION("deep nesting costs nothing and keeps the text") {
    std::string html;
    for (int i = 0; i < 100000; ++i) html += "<div>";
    html += "deep";
    for (int i = 0; i < 100000; ++i) html += "</div>";
    CHECK(text::html_to_text(html) == "deep");
  }
  SECTION("a lone less-than sign is text") {
    CHECK(text::html_to_text("<p>a < b</p>") == "a < b");
  }
}

TEST_CASE("an HTML page's title and date are read from its tags", "[text]") {
  const std::string html =
      "<html><head><TITLE>Chips &amp; clouds</TITLE>"
      "<meta property=\"og:title\" content=\"Nvidia invests\">"
      "<meta name='pubdate' content='2026-01-02'></head>"
      "<body><time class=x datetime=\"2026-01-03T10:00:00Z\">3 January</time></body></html>";
  CHECK(text::detail::meta_value(html, {"og:title", "twitter:title"}) == "Nvidia invests");
  CHECK(text::detail::meta_value(html, {"date", "pubdate"}) == "2026-01-02");
  CHECK(text::detail::meta_value(html, {"description"}).empty());
  CHECK(text::detail::element_text(html, "title") == "Chips & clouds");
  CHECK(text::detail::element_text(html, "h1").empty());
  CHECK(text::detail::first_time_datetime(html) == "2026-01-03T10:00:00Z");
  CHECK(text::detail::first_time_datetime("<p>no time</p>").empty());
}

TEST_CASE("every HTML5 named character reference is decoded", "[text][html]") {
  SECTION("Latin letters and punctuation of the European languages") {
    CHECK(text::html_to_text("<p>&Agrave; &Ccedil; &oelig;uvre &iquest; &Ntilde; &bdquo;</p>") ==
          "\u00C0 \u00C7 \u0153uvre \u00BF \u00D1 \u201E");
    CHECK(text::html_to_text("<p>&Scaron;koda &scaron;t&ecaron;st&iacute; &Zcaron;</p>") ==
          "\u0160koda \u0161t\u011Bst\u00ED \u017D");
    CHECK(text::html_to_text("<p>&CounterClockwiseContourIntegral; &ApplyFunction;x</p>") == "\u2233 \u2061x");
  }
  SECTION("references of two code points") {
    CHECK(text::html_to_text("<p>a&NotEqualTilde;b</p>") == "a\u2242\u0338b");
    CHECK(text::html_to_text("<p>&fjlig;ord &nvlt; x</p>") == "fjord <\u20D2 x");
  }
  SECTION("legacy forms without a semicolon, as browsers read them") {
    CHECK(text::html_to_text("<p>caf&eacute au lait, &copy2026, AT&amp T</p>") == "caf\u00E9 au lait, \u00A92026, AT& T");
    CHECK(text::html_to_text("<p>&notit; &notin;</p>") == "\u00ACit; \u2209");
  }
  SECTION("unknown names, names without a semicolon that have no legacy form, and bare ampersands stay") {
    CHECK(text::html_to_text("<p>&bogus; &Amacr &oelig x &amp;&; R&D &#xZZ;</p>") ==
          "&bogus; &Amacr &oelig x &&; R&D &#xZZ;");
  }
  SECTION("names are case-sensitive") {
    CHECK(text::html_to_text("<p>&Eacute;&eacute;&EACUTE;</p>") == "\u00C9\u00E9&EACUTE;");
  }
}

TEST_CASE("decoded references keep the offsets back to the source bytes", "[text][html]") {
  std::vector<OffsetAnchor> anchors;
  const std::string html = "<p>&Agrave;b&NotEqualTilde;c</p>";
  const std::string text = text::html_to_text(html, &anchors, 100);
  REQUIRE(text == "\u00C0b\u2242\u0338c");
  // Each decoded character maps to its reference's '&'; the letters after to themselves.
  auto source_of = [&](std::size_t text_byte) {
    std::size_t source = 0;
    for (const OffsetAnchor& anchor : anchors)
      if (anchor.text_byte <= text_byte) source = anchor.source_byte + (text_byte - anchor.text_byte);
    return source;
  };
  CHECK(source_of(0) == 100 + html.find("&Agrave;"));
  CHECK(source_of(text.find('b')) == 100 + html.find('b'));
  CHECK(source_of(text.find("\u2242")) == 100 + html.find("&NotEqualTilde;"));
  CHECK(source_of(text.find('c')) == 100 + html.find('c'));
}
