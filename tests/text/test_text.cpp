#include <catch2/catch.hpp>

#include "dealgraph/text.hpp"
#include "support/knowledge.hpp"
#include "util/utf8.hpp"

using namespace dealgraph;

namespace {

Document prepare(const std::string& bytes, SourceFormat format, const std::string& language = "") {
  RawArticle article;
  article.source_id = "t";
  article.bytes = bytes;
  article.format = format;
  if (!language.empty()) article.language = language;
  return test::text_stage().prepare(article);
}

std::string sentence(const Document& d, std::size_t i) {
  const Sentence& s = d.sentences.at(i);
  return d.text.substr(s.byte_begin, s.byte_end - s.byte_begin);
}

}  // namespace

TEST_CASE("an escaped-HTML article with a byline and template junk", "[text]") {
  const std::string bytes =
      "云端算力新格局\n"
      "作者:小编 来源:网络 浏览: 发布时间:2025-03-09评论数:\n"
      "\\u003cdiv\\u003e\\u003c!--AD--\\u003e\\u003cp\\u003e阿里巴巴宣布向一家初创公司投资。\\u003c/p\\u003e"
      "\\u003cp style=\\\"x\\\"\\u003e腾讯随后跟进。\\u003c/p\\u003e\\u003cstyle\\u003e.a{color:red}\\u003c/style\\u003e\\u003c/div\\u003e\n"
      "- {loop type=\"list\" row=5}{$vo.title}\n";
  const Document d = prepare(bytes, SourceFormat::JsonEscapedHtml);
  CHECK(d.title == "云端算力新格局");
  CHECK(d.published == "2025-03-09");
  CHECK(d.language == "zh-Hans");
  CHECK(d.text == "云端算力新格局\n阿里巴巴宣布向一家初创公司投资。\n腾讯随后跟进。");
  CHECK(d.text.find("color") == std::string::npos);
  CHECK(d.text.find("loop") == std::string::npos);
  CHECK(d.text.find("作者") == std::string::npos);
}

TEST_CASE("a body pasted twice is kept once and the disclaimer is dropped", "[text]") {
  const std::string body =
      "A Microsoft vai investir numa nova empresa de centros de dados em Lisboa.\n"
      "O acordo foi anunciado na segunda-feira pelos dois grupos.\n";
  const std::string bytes = "Título da notícia de teste\n" + body + body +
                            "Este sítio pode conter conteúdos de terceiros; nada aqui é aconselhamento.\n"
                            "Ver original\n";
  const Document d = prepare(bytes, SourceFormat::PlainText);
  CHECK(d.language == "pt");
  CHECK(d.sentences.size() == 3);
  CHECK(d.text.find("terceiros") == std::string::npos);
  CHECK(d.text.find("Ver original") == std::string::npos);
}

TEST_CASE("wire text wrapped over lines is joined into sentences", "[text]") {
  const std::string bytes =
      "The company said on Tuesday that it had agreed to buy a\n"
      "maker of networking chips for about 300 mln dlrs in cash,\n"
      "pending approval by regulators in several countries.\n"
      "    A spokesman declined to comment on the price paid for\n"
      "the business, which employs about 400 people in Texas.\n";
  const Document d = prepare(bytes, SourceFormat::PlainText);
  REQUIRE(d.sentences.size() == 2);
  CHECK(sentence(d, 0).find("a maker of networking chips") != std::string::npos);
}

TEST_CASE("sentence offsets are code points into the clean text", "[text]") {
  const Document d = prepare("软银宣布投资。Nvidia said “yes”. 微软也加入了。", SourceFormat::PlainText);
  REQUIRE(d.sentences.size() >= 2);
  for (const Sentence& s : d.sentences) {
    CHECK(util::count_code_points(std::string_view(d.text).substr(0, s.byte_begin)) == s.cp_begin);
    CHECK(util::count_code_points(std::string_view(d.text).substr(0, s.byte_end)) == s.cp_end);
  }
  CHECK(sentence(d, 0) == "软银宣布投资。");
}

TEST_CASE("Markdown loses its markup but keeps link text", "[text]") {
  const Document d = prepare("# Titel\n\nDie **Telekom** arbeitet mit [Nvidia](https://example.org) zusammen.\n\n- Punkt eins\n",
                             SourceFormat::Markdown);
  CHECK(d.title == "Titel");
  CHECK(d.text.find("Die Telekom arbeitet mit Nvidia zusammen.") != std::string::npos);
  CHECK(d.text.find("**") == std::string::npos);
  CHECK(d.text.find("https") == std::string::npos);
}

TEST_CASE("a sentence without a full stop is cut at spaces into bounded pieces", "[text]") {
  std::string words;
  for (int i = 0; i < 2000; ++i) words += "Nvidia invested in OpenAI and ";
  std::string han;
  for (int i = 0; i < 3000; ++i) han += "算力";  // no space at all: cut at the limit
  const Document d = prepare(words + "\n" + han, SourceFormat::PlainText);
  REQUIRE(d.sentences.size() > 30);
  std::size_t covered = 0;
  for (std::size_t i = 0; i < d.sentences.size(); ++i) {
    const Sentence& s = d.sentences[i];
    CHECK(s.cp_end - s.cp_begin <= 2000);
    CHECK(util::count_code_points(std::string_view(d.text).substr(0, s.byte_begin)) == s.cp_begin);
    CHECK(util::count_code_points(std::string_view(d.text).substr(0, s.byte_end)) == s.cp_end);
    const std::string text = sentence(d, i);
    CHECK(text.front() != ' ');
    CHECK(text.back() != ' ');
    covered += s.cp_end - s.cp_begin;
  }
  CHECK(sentence(d, 0).rfind("Nvidia invested", 0) == 0);
  CHECK(d.text[d.sentences[0].byte_end] == ' ');  // cut after a whole word
  CHECK(sentence(d, 0).ends_with(" in"));
  CHECK(sentence(d, d.sentences.size() - 1) == han.substr(0, 2000 * 3));  // three bytes a character
  CHECK(covered + d.sentences.size() >= util::count_code_points(d.text));  // only the spaces cut at are left out
}
