// Fuzzes the whole build of one article: text stage, extraction, graph, checks and writers.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dealgraph/export.hpp"
#include "dealgraph/extract.hpp"
#include "dealgraph/graph.hpp"
#include "dealgraph/ingest.hpp"
#include "dealgraph/text.hpp"

namespace {
struct Stages {
  dealgraph::TextStage text{dealgraph::TextRules::load(dealgraph::Ontology(DEALGRAPH_SOURCE_ONTOLOGY).text_rules())};
  dealgraph::Extractor extractor{dealgraph::KnowledgeFiles::in(dealgraph::Ontology(DEALGRAPH_SOURCE_ONTOLOGY), {})};
};
const Stages& stages() {
  static const Stages instance;
  return instance;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dealgraph::RawArticle article;
  article.source_id = "fuzz";
  article.source_path = "fuzz.txt";
  dealgraph::DecodedText decoded = dealgraph::decode_text(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!decoded.error.empty()) return 0;
  article.bytes = std::move(decoded.text);
  article.format = dealgraph::detect_format(article.bytes, "");
  if (article.format == dealgraph::SourceFormat::Json || article.format == dealgraph::SourceFormat::JsonLines)
    article.format = dealgraph::SourceFormat::PlainText;
  const dealgraph::Document document = stages().text.prepare(article);
  for (const auto& sentence : document.sentences)
    if (sentence.byte_end > document.text.size() || sentence.byte_begin > sentence.byte_end) __builtin_trap();
  const dealgraph::ArticleFacts facts = stages().extractor.extract(document);
  dealgraph::KnowledgeGraph graph;
  graph.add(facts, stages().extractor.lexicon());
  graph.finish();
  (void)dealgraph::check_graph(graph);
  return 0;
}
