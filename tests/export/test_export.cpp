#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dealgraph/export.hpp"
#include "rdf/turtle_reader.hpp"
#include "support/knowledge.hpp"

using namespace dealgraph;
namespace fs = std::filesystem;

namespace {

fs::path temp_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("dealgraph-export-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

KnowledgeGraph graph_of(const std::string& text) {
  KnowledgeGraph graph;
  graph.add(test::facts_of(text), test::extractor().lexicon());
  graph.finish();
  return graph;
}

}  // namespace

TEST_CASE("Turtle output reads back with every deal, party, amount and evidence", "[export]") {
  const fs::path dir = temp_dir("ttl");
  const KnowledgeGraph graph = graph_of("Nvidia will invest $100 billion in OpenAI. Sam Altman, chief executive of OpenAI, said so.");
  REQUIRE(graph.deals().size() == 1);
  write_turtle(graph, (dir / "graph.ttl").string());
  const rdf::TripleIndex index(rdf::read_turtle_file((dir / "graph.ttl").string()));
  const std::string dg(rdf::kDg);
  const auto deals = index.subjects_of_type(dg + "Investment");
  REQUIRE(deals.size() == 1);
  CHECK(index.first_object(deals[0], dg + "investor")->value == "https://w3id.org/dealgraph/id/org/nvidia");
  CHECK(index.first_object(deals[0], dg + "investee")->value == "https://w3id.org/dealgraph/id/org/openai");
  const rdf::Term* amount = index.first_object(deals[0], dg + "amount");
  REQUIRE(amount != nullptr);
  CHECK(index.first_object(amount->value, dg + "value")->value == "100000000000");
  CHECK(index.first_object(amount->value, dg + "currency")->value == "USD");
  const rdf::Term* evidence = index.first_object(deals[0], dg + "evidence");
  REQUIRE(evidence != nullptr);
  CHECK(index.first_object(evidence->value, dg + "quote")->value == "Nvidia will invest $100 billion in OpenAI.");
  CHECK(index.first_object(evidence->value, dg + "start")->value == "0");
  CHECK(index.subjects_of_type(dg + "Position").size() == 1);
  fs::remove_all(dir);
}

TEST_CASE("the same graph always gives the same bytes", "[export]") {
  const fs::path dir = temp_dir("same");
  const std::string text = "微软向Anthropic投资50亿美元。谷歌与Anthropic达成合作。";
  write_turtle(graph_of(text), (dir / "a.ttl").string());
  write_turtle(graph_of(text), (dir / "b.ttl").string());
  write_graphml(graph_of(text), (dir / "a.graphml").string());
  write_graphml(graph_of(text), (dir / "b.graphml").string());
  CHECK(slurp(dir / "a.ttl") == slurp(dir / "b.ttl"));
  CHECK(slurp(dir / "a.graphml") == slurp(dir / "b.graphml"));
  fs::remove_all(dir);
}

TEST_CASE("GraphML never holds characters XML 1.0 forbids", "[export]") {
  const fs::path dir = temp_dir("xml");
  KnowledgeGraph graph = graph_of("Nvidia will invest in OpenAI.");
  auto& entities = graph.mutable_entities();
  entities.begin()->second.pref_label = std::string("A\x01<b>&\"'\x7f") + "\xEF\xBF\xBE" + "]]>";
  graph.finish();
  write_graphml(graph, (dir / "g.graphml").string());
  const std::string xml = slurp(dir / "g.graphml");
  CHECK(xml.find('\x01') == std::string::npos);
  CHECK(xml.find("\xEF\xBF\xBE") == std::string::npos);
  CHECK(xml.find("A&lt;b&gt;&amp;&quot;&apos;") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("a file is replaced whole or not at all", "[export]") {
  const fs::path dir = temp_dir("atomic");
  const std::string path = (dir / "report.json").string();
  write_file_atomically(path, "old");
  CHECK_THROWS_AS(write_file_atomically((dir / "missing-folder" / "x.json").string(), "new"), ExportError);
  CHECK(slurp(path) == "old");
  write_file_atomically(path, "new");
  CHECK(slurp(path) == "new");
  for (const auto& entry : fs::directory_iterator(dir))
    CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
  fs::remove_all(dir);
}
