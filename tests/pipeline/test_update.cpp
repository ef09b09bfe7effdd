// build --update: which articles are new, changed or the same, which others must be read again
// beside a changed one, and what of the old graph goes before they are merged in.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "dealgraph/export.hpp"
#include "dealgraph/graph.hpp"
#include "pipeline/update.hpp"
#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

// One article naming organisations the lexicon does not know, one sentence each.
ArticleFacts article_naming(const std::string& id, const std::vector<std::string>& labels) {
  ArticleFacts facts;
  facts.document.source_id = id;
  facts.document.source_path = "news/" + id + ".txt";
  facts.document.sha256 = "hash-of-" + id;
  facts.document.language = "en";
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const std::size_t begin = facts.document.text.size();
    facts.document.text += labels[i] + " opened a lab. ";
    const std::size_t end = facts.document.text.size() - 1;
    facts.document.sentences.push_back({begin, end, begin, end});
    const std::string key = "found:" + id + ":" + std::to_string(i);
    facts.mentions.push_back({key, EntityKind::Organization, begin, begin + labels[i].size(), 0.6});
    facts.discovered.push_back({key, EntityKind::Organization, labels[i], "en", 0.6, ""});
  }
  return facts;
}

// A finished graph of the articles, as a build of them would hold it.
KnowledgeGraph graph_of(const std::vector<ArticleFacts>& articles) {
  const Lexicon& lexicon = test::extractor().lexicon();
  KnowledgeGraph graph;
  std::for_each(articles.begin(), articles.end(), [&](const ArticleFacts& article) { graph.add(article, lexicon); });
  graph.finish();
  return graph;
}

// The graph.ttl build would write for the graph.
std::string turtle_of(const KnowledgeGraph& graph) {
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("dealgraph-update-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  write_graph_into(graph, ExportFormat::Turtle, folder.string());
  std::ifstream in(folder / "graph.ttl", std::ios::binary);
  std::string turtle((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::filesystem::remove_all(folder);
  return turtle;
}

RawArticle raw(const std::string& id, const std::string& sha256, const std::string& path) {
  RawArticle article;
  article.source_id = id;
  article.sha256 = sha256;
  article.source_path = path;
  return article;
}

std::set<std::string> entity_iris(const KnowledgeGraph& graph) {
  std::set<std::string> iris;
  for (const auto& [iri, entity] : graph.entities()) iris.insert(iri);
  return iris;
}

}  // namespace

TEST_CASE("update: an article is new, the same, moved or changed by its id, bytes and path", "[update]") {
  const KnowledgeGraph graph = graph_of({article_naming("a1", {"Orvane Robotics"})});
  const update::KnownArticles known = update::known_articles(graph);
  REQUIRE(known.size() == 1);
  REQUIRE(known.at("a1").sha256 == "hash-of-a1");
  CHECK(update::classify(known, raw("a2", "hash-of-a1", "news/a1.txt")) == update::Change::New);
  CHECK(update::classify(known, raw("a1", "hash-of-a1", "news/a1.txt")) == update::Change::Same);
  CHECK(update::classify(known, raw("a1", "hash-of-a1", "archive/a1.txt")) == update::Change::Moved);
  CHECK(update::classify(known, raw("a1", "other-bytes", "news/a1.txt")) == update::Change::Changed);
}

TEST_CASE("update: the articles sharing a node with a changed one are those to read again", "[update]") {
  // a1 and a2 share Orvane; a2 and a3 share Telmark; a4 shares nothing with a1.
  const KnowledgeGraph graph = graph_of({article_naming("a1", {"Orvane Robotics"}),
                                         article_naming("a2", {"Orvane Robotics", "Telmark Systems"}),
                                         article_naming("a3", {"Telmark Systems"}),
                                         article_naming("a4", {"Brisco Foundry"})});
  CHECK(update::articles_sharing_nodes(graph, {"a1"}) == std::set<std::string>{"a2"});
  CHECK(update::articles_sharing_nodes(graph, {"a3"}) == std::set<std::string>{"a2"});
  CHECK(update::articles_sharing_nodes(graph, {"a4"}).empty());
  CHECK(update::articles_sharing_nodes(graph, {"a1", "a3"}) == std::set<std::string>{"a2"});
  CHECK(update::articles_sharing_nodes(graph, {}).empty());
}

TEST_CASE("update: the old graph without a changed article's nodes, merged with a rebuild, is a full build", "[update]") {
  const ArticleFacts a1_old = article_naming("a1", {"Orvane Robotics", "Quessa Labs"});
  ArticleFacts a1_new = article_naming("a1", {"Orvane Robotics"});
  a1_new.document.sha256 = "new-hash-of-a1";
  const ArticleFacts a2 = article_naming("a2", {"Orvane Robotics", "Telmark Systems"});
  const ArticleFacts a3 = article_naming("a3", {"Brisco Foundry"});

  KnowledgeGraph kept = graph_of({a1_old, a2, a3});
  const std::set<std::string> neighbours = update::articles_sharing_nodes(kept, {"a1"});
  REQUIRE(neighbours == std::set<std::string>{"a2"});
  update::remove_for_rebuild(kept, {"a1"}, {"a1", "a2"});
  // Quessa (only in the old a1) and Orvane (in a1) are gone; Telmark, touched by a2 alone, stays.
  CHECK(entity_iris(kept).size() == 2);
  CHECK(kept.articles().size() == 1);

  kept.merge(graph_of({a1_new, a2}));
  kept.finish();
  const KnowledgeGraph full = graph_of({a1_new, a2, a3});
  CHECK(entity_iris(kept) == entity_iris(full));
  for (const auto& [iri, entity] : full.entities()) {
    INFO(iri);
    CHECK(kept.entities().at(iri).mentioned_in == entity.mentioned_in);
    CHECK(kept.entities().at(iri).evidence.size() == entity.evidence.size());
  }
  REQUIRE(kept.articles().size() == 3);
  CHECK(kept.articles().at(kept.article_iri("a1")).sha256 == "new-hash-of-a1");
}

TEST_CASE("update: the articles scanned from graph.ttl are those its graph holds, or none when unsure", "[update]") {
  std::vector<ArticleFacts> articles = {article_naming("a1", {"Orvane Robotics"}), article_naming("a2", {"Telmark Systems"})};
  articles[1].document.title = "Telmark \"opens\" a lab";
  const KnowledgeGraph graph = graph_of(articles);
  const std::string turtle = turtle_of(graph);

  const auto scanned = update::scan_known_articles(turtle, 2);
  REQUIRE(scanned);
  const update::KnownArticles loaded = update::known_articles(graph);
  REQUIRE(scanned->size() == loaded.size());
  for (const auto& [id, article] : loaded) {
    INFO(id);
    CHECK(scanned->at(id).sha256 == article.sha256);
    CHECK(scanned->at(id).source_path == article.source_path);
  }
  CHECK_FALSE(update::scan_known_articles(turtle, 3));  // fewer blocks than the report counts

  articles.push_back(article_naming("a\"3", {"Brisco Foundry"}));  // an id written with an escape
  CHECK_FALSE(update::scan_known_articles(turtle_of(graph_of(articles)), 3));
}
