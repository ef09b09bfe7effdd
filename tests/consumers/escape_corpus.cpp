// Writes the escaping corpus for tests/consumers/escaping.sh: graphs whose names, labels,
// titles and evidence quotes are random strings made of the pieces that break writers
// (quotes, backslashes, line breaks, control characters, lone surrogates, RTL marks, emoji,
// <, &, ]]>, noncharacters, invalid UTF-8), in every format dealgraph writes, and next to
// each graph the texts a reader must get back.
//
//   dealgraph_escape_corpus OUTDIR [FILES=8] [STRINGS_PER_FILE=1500] [SEED=20261126]
//
// OUTDIR/corpus-K.{ttl,nt,nq,trig,jsonld,graphml,dot} and OUTDIR/expected-K.json:
//   {"quotes": {start offset: quote}, "labels": {entity IRI: preferred label}}
// The expected text is the raw text with the writer's documented repairs applied, written
// here from the pieces themselves: NUL is dropped, and each byte of an invalid UTF-8
// sequence becomes U+FFFD. (GraphML drops what XML 1.0 forbids; the reader test computes
// that itself.)
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "dealgraph/export.hpp"
#include "dealgraph/graph.hpp"
#include "util/atomic_file.hpp"

using namespace dealgraph;

namespace {

struct Piece {
  std::string raw;       // the bytes the writer is given
  std::string expected;  // what a reader must read back
};

const std::string kFffd = "\xEF\xBF\xBD";

std::vector<Piece> pieces() {
  std::vector<Piece> out;
  auto same = [&](std::string text) { out.push_back({text, text}); };
  for (const char* text :
       {"a", "Z", "0", " ", "  ", "OpenAI", "英伟达", "輝達", "ação", "Ñ", "ß", "\"", "'", "\\", "\\\\", "\\\"", "\"\"\"",
        "'''", "\\u0041", "\\U0001F600", "\\n", "\n", "\r", "\r\n", "\t", "\f", "\b", "\v", "<", ">", "&", "&amp;",
        "&#0;", "]]>", "<![CDATA[", "<!--", "-->", "<a href=\"x\">", "@", "@en", "^^", "^^<x>", "#", "_:b1", "<http://x/>",
        "{", "}", "[", "]", "(", ")", ".", ";", ",", "%", "%20", "$", "`", "|", "~", "@context", "@id", "{\"@value\":1}",
        "\\N", "\\l", "\x01", "\x02", "\x07", "\x1B", "\x1F", "\x7F", "\xC2\x80", "\xC2\x9F", "\xC2\xA0", "\xC2\xAD",
        "\xE2\x80\x8B", "\xE2\x80\x8D", "\xE2\x80\x8E", "\xE2\x80\x8F", "\xE2\x80\xAA", "\xE2\x80\xAE", "\xE2\x81\xA6",
        "\xE2\x81\xA9", "\xD8\x9C", "\xE2\x80\xA8", "\xE2\x80\xA9", "\xEF\xBB\xBF", "\xEF\xBF\xBD", "\xEF\xBF\xBE",
        "\xEF\xBF\xBF", "\xF0\x9F\x98\x80", "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB", "\xF0\x9F\x87\xA8\xF0\x9F\x87\xB3",
        "\xCC\x81", "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7", "\xF4\x8F\xBF\xBF",
        "\xF0\x90\x80\x80", "\xEE\x80\x80"})
    same(text);
  // Repairs: NUL goes, and every byte of an invalid sequence is one U+FFFD.
  out.push_back({std::string(1, '\0'), ""});
  out.push_back({"\xED\xA0\x80", kFffd + kFffd + kFffd});  // a lone high surrogate, CESU-8
  out.push_back({"\xED\xBF\xBF", kFffd + kFffd + kFffd});  // a lone low surrogate
  out.push_back({"\xC0\x80", kFffd + kFffd});              // overlong NUL
  out.push_back({"\x80", kFffd});                          // a stray continuation byte
  out.push_back({"\xFF", kFffd});
  out.push_back({"\xE4\xBDx", kFffd + kFffd + "x"});      // a cut sequence (ended, so that no
                                                           // next piece can complete it)
  return out;
}

Piece random_text(std::mt19937& random, const std::vector<Piece>& all, std::size_t max_pieces) {
  Piece text;
  const std::size_t count = std::uniform_int_distribution<std::size_t>(0, max_pieces)(random);
  for (std::size_t i = 0; i < count; ++i) {
    const Piece& piece = all[std::uniform_int_distribution<std::size_t>(0, all.size() - 1)(random)];
    text.raw += piece.raw;
    text.expected += piece.expected;
  }
  return text;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: dealgraph_escape_corpus OUTDIR [FILES] [STRINGS_PER_FILE] [SEED]\n";
    return 2;
  }
  const std::filesystem::path dir = argv[1];
  const std::size_t files = argc > 2 ? std::stoul(argv[2]) : 8;
  const std::size_t strings = argc > 3 ? std::stoul(argv[3]) : 1500;
  std::mt19937 random(argc > 4 ? std::stoul(argv[4]) : 20261126u);
  std::filesystem::create_directories(dir);
  const std::vector<Piece> all = pieces();
  const char* languages[] = {"en", "zh-Hans", "ar", "he", "pt-BR", ""};
  std::size_t total = 0;

  for (std::size_t file = 0; file < files; ++file) {
    KnowledgeGraph graph;
    nlohmann::json expected = {{"quotes", nlohmann::json::object()}, {"labels", nlohmann::json::object()}};
    const std::size_t articles = 6;
    for (std::size_t a = 0; a < articles; ++a) {
      ArticleNode article;
      article.source_id = "a" + std::to_string(a);
      article.iri = graph.article_iri(article.source_id);
      article.source_path = random_text(random, all, 4).raw;
      article.sha256 = std::string(64, 'a');
      article.title = random_text(random, all, 8).raw;
      article.language = languages[a % 6][0] ? languages[a % 6] : "und";
      graph.mutable_articles()[article.iri] = article;
    }
    // A third of the strings are entity names and labels, a third alternative labels, a
    // third evidence quotes.
    const std::size_t entities = strings / 3;
    std::vector<std::string> iris;
    for (std::size_t e = 0; e < entities; ++e) {
      const Piece name = random_text(random, all, 6);
      const Piece label = random_text(random, all, 10);
      const Piece alt = random_text(random, all, 6);
      EntityNode entity;
      entity.kind = e % 2 ? EntityKind::Person : EntityKind::Organization;
      entity.iri = graph.entity_iri(entity.kind, name.raw + "-" + std::to_string(e));
      entity.pref_label = label.raw;
      entity.labels.push_back({alt.raw, languages[e % 6]});
      entity.mentioned_in.insert(graph.article_iri("a" + std::to_string(e % articles)));
      graph.mutable_entities()[entity.iri] = entity;
      expected["labels"][entity.iri] = label.expected;
      iris.push_back(entity.iri);
      total += 3;
    }
    for (std::size_t d = 0; d < entities; ++d) {
      const Piece quote = random_text(random, all, 14);
      DealNode deal;
      deal.iri = graph.base() + "deal/f" + std::to_string(file) + "-" + std::to_string(d);
      deal.type = DealType::Investment;
      deal.parties = {{Role::Investor, iris[d]}, {Role::Investee, iris[(d + 1) % iris.size()]}};
      deal.confidence = 0.5;
      deal.triggers.insert(random_text(random, all, 3).raw);
      Evidence evidence;
      evidence.source_id = "a" + std::to_string(d % articles);
      evidence.quote = quote.raw;
      evidence.language = languages[d % 6];
      evidence.cp_begin = 1000 + d;  // the key a reader finds the quote by
      evidence.cp_end = 1000 + d + 1;
      deal.evidence.push_back(evidence);
      graph.mutable_deals()[deal.iri] = deal;
      expected["quotes"][std::to_string(evidence.cp_begin)] = quote.expected;
      total += 1;
    }
    graph.finish();
    const std::string stem = (dir / ("corpus-" + std::to_string(file))).string();
    for (ExportFormat format : {ExportFormat::Turtle, ExportFormat::NTriples, ExportFormat::NQuads, ExportFormat::TriG,
                                ExportFormat::JsonLd, ExportFormat::GraphML, ExportFormat::Dot})
      write_graph(graph, format, stem + "." + format_name(format));
    write_file_atomically((dir / ("expected-" + std::to_string(file) + ".json")).string(), expected.dump() + "\n");
  }
  std::cout << "escape corpus: " << files << " graphs, " << total << " random strings (names, labels, quotes), in "
            << dir.string() << "\n";
  return 0;
}
