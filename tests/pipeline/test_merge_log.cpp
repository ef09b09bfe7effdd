// report.json's merges: every name taken for another name's entity, with the reason.
#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "pipeline/merge_log.hpp"
#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

ArticleFacts article(const std::string& id, const std::string& text, const std::string& language) {
  RawArticle raw;
  raw.source_id = id;
  raw.source_path = id + ".txt";
  raw.bytes = text;
  raw.language = language;
  return test::extractor().extract(test::text_stage().prepare(raw));
}

nlohmann::json merges_of(const std::vector<const ArticleFacts*>& articles) {
  KnowledgeGraph graph;
  MergeLog log{Ontology(test::ontology_dir())};
  const Lexicon& lexicon = test::extractor().lexicon();
  for (const ArticleFacts* facts : articles) {
    graph.add(*facts, lexicon);
    log.add(*facts, lexicon, graph);
  }
  graph.finish();
  return log.to_json(graph);
}

std::string reason_for(const nlohmann::json& merges, const std::string& name) {
  for (const auto& merge : merges)
    if (merge["name"] == name) return merge["reason"];
  return "(not merged)";
}

}  // namespace

TEST_CASE("the merge list names each merged name, its entity and the reason", "[pipeline][merges]") {
  const ArticleFacts first = article("a", "Brantwell Foods Inc. (BFI) will invest $20 million in Nvidia. BFI said so.", "en");
  const ArticleFacts second = article("b", "英伟达将向Brantwell Foods Inc投资1亿美元。", "zh");
  const nlohmann::json merges = merges_of({&first, &second});
  CHECK(reason_for(merges, "BFI") == "acronym defined in text");
  CHECK(reason_for(merges, "英伟达") == "lexicon label");
  // Two writings of one found name are one IRI, not a merge of two names.
  CHECK(reason_for(merges, "Brantwell Foods Inc") == "(not merged)");
  CHECK(reason_for(merges, "Nvidia") == "(not merged)");  // the preferred name is no merge
  for (const auto& merge : merges) {
    CHECK(merge["name"] != merge["label"]);
    CHECK(merge["articles"].get<int>() >= 1);
  }
}

TEST_CASE("the merge list is the same whatever order the articles come in", "[pipeline][merges]") {
  const ArticleFacts first = article("a", "Brantwell Foods Inc. (BFI) will invest $20 million in Nvidia. BFI said so.", "en");
  const ArticleFacts second = article("b", "英伟达将向Brantwell Foods Inc投资1亿美元。", "zh");
  CHECK(merges_of({&first, &second}).dump() == merges_of({&second, &first}).dump());
}

TEST_CASE("the lists of two shards add up to the list of one build", "[pipeline][merges]") {
  const ArticleFacts first = article("a", "Brantwell Foods Inc. (BFI) will invest $20 million in Nvidia. BFI said so.", "en");
  const ArticleFacts second = article("b", "英伟达将向Brantwell Foods Inc. (BFI)投资1亿美元。BFI表示同意。", "zh");
  const ArticleFacts third = article("c", "英伟达与OpenAI合作。", "zh");
  const nlohmann::json whole = merges_of({&first, &second, &third});
  KnowledgeGraph graph;
  MergeLog shards;
  shards.add_shard(merges_of({&first, &third}));
  shards.add_shard(merges_of({&second}));
  for (const ArticleFacts* facts : {&first, &second, &third}) graph.add(*facts, test::extractor().lexicon());
  graph.finish();
  CHECK(shards.to_json(graph).dump() == whole.dump());
  bool counted_twice = false;
  for (const auto& merge : whole)
    if (merge["name"] == "英伟达") counted_twice = merge["articles"] == 2 && merge["example"] == "b";
  CHECK(counted_twice);
  // A list not written by a build adds nothing.
  MergeLog odd;
  odd.add_shard(nlohmann::json::parse(R"([{"entity": 3}, "x", {"entity": "e", "name": "n", "reason": "r"}])"));
  CHECK(odd.to_json(graph).empty());
}

TEST_CASE("a user's owl:sameAs joins a found name to an entry, and the list says so", "[pipeline][merges]") {
  const auto dir = std::filesystem::temp_directory_path() / ("dealgraph-merges-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string file = (dir / "user.ttl").string();
  std::ofstream(file) << "@prefix dg: <https://w3id.org/dealgraph#> .\n"
                         "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                         "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                         "<https://example.org/orvane> a dg:Organization ; skos:prefLabel \"Orvane Laboratories\"@en .\n"
                         "<https://example.org/orvane> owl:sameAs <https://w3id.org/dealgraph/id/org/orvane-labs> .\n";
  const Ontology ontology(test::ontology_dir());
  const Extractor extractor(KnowledgeFiles::in(ontology, {file}));
  RawArticle raw;
  raw.source_id = "a";
  raw.source_path = "a.txt";
  raw.bytes = "Brantwell Foods Inc. will invest $20 million in Orvane Labs, the company said.";
  raw.language = "en";
  const ArticleFacts facts = extractor.extract(test::text_stage().prepare(raw));
  KnowledgeGraph graph;
  MergeLog log(ontology);
  graph.add(facts, extractor.lexicon());
  log.add(facts, extractor.lexicon(), graph);
  graph.finish();
  const nlohmann::json merges = log.to_json(graph);
  CHECK(reason_for(merges, "Orvane Labs") == "lexicon suffix or owl:sameAs");
  CHECK(graph.entities().count(graph.entity_iri(EntityKind::Organization, "orvane-labs")) == 0);  // no entity of its own
  std::filesystem::remove_all(dir);
}
