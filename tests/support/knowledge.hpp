// Shared fixtures for unit tests: the project's own knowledge files, loaded once per test binary.
#pragma once

#include <string>

#include "dealgraph/extract.hpp"
#include "dealgraph/text.hpp"

namespace dealgraph::test {

inline std::string ontology_dir() { return DEALGRAPH_SOURCE_ONTOLOGY; }

inline const TextStage& text_stage() {
  static const TextStage stage(TextRules::load(Ontology(ontology_dir()).text_rules()));
  return stage;
}

inline const Extractor& extractor() {
  static const Extractor instance(KnowledgeFiles::in(Ontology(ontology_dir()), {}));
  return instance;
}

// The facts of one plain-text article.
inline ArticleFacts facts_of(const std::string& text, const std::string& language = "") {
  RawArticle article;
  article.source_id = "test";
  article.source_path = "test.txt";
  article.bytes = text;
  if (!language.empty()) article.language = language;
  return extractor().extract(text_stage().prepare(article));
}

}  // namespace dealgraph::test
