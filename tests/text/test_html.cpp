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
