// report.json's merges: every name taken for another name's entity, with the reason.
#include <catch2/catch.hpp>

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
  // The two articles write the found name two ways; the graph keeps one entity.
  const bool dotted_preferred = reason_for(merges, "Brantwell Foods Inc") == "same name written otherwise";
  const bool undotted_preferred = reason_for(merges, "Brantwell Foods Inc.") == "same name written otherwise";
  CHECK(dotted_preferred != undotted_preferred);
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
