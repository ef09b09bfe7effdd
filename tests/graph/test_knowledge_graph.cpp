// KnowledgeGraph::add and merge: the graph depends on which articles it holds, never on their
// order or on how they were split into shards.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <numeric>

#include "dealgraph/graph.hpp"
#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

// One article naming an organisation the lexicon does not know.
ArticleFacts naming(const std::string& id, const std::string& label, const std::string& language,
                    double confidence = 0.5, const std::string& short_label = "") {
  ArticleFacts facts;
  facts.document.source_id = id;
  facts.document.language = language;
  facts.document.text = label + " opened an office.";
  facts.document.sentences = {{0, facts.document.text.size(), 0, facts.document.text.size()}};
  facts.mentions = {{"found:" + id, EntityKind::Organization, 0, label.size(), confidence}};
  facts.discovered = {{"found:" + id, EntityKind::Organization, label, language, confidence, short_label}};
  return facts;
}

KnowledgeGraph built_from(const std::vector<ArticleFacts>& articles) {
  KnowledgeGraph graph;
  for (const ArticleFacts& article : articles) graph.add(article, test::extractor().lexicon());
  graph.finish();
  return graph;
}

void require_same_entities(const KnowledgeGraph& a, const KnowledgeGraph& b) {
  REQUIRE(a.entities().size() == b.entities().size());
  for (const auto& [iri, entity] : a.entities()) {
    INFO(iri);
    REQUIRE(b.entities().count(iri));
    const EntityNode& other = b.entities().at(iri);
    CHECK(entity.pref_label == other.pref_label);
    CHECK(entity.pref_language == other.pref_language);
    CHECK(entity.labels == other.labels);
    CHECK(entity.confidence == other.confidence);
    CHECK(entity.mentioned_in == other.mentioned_in);
    CHECK(entity.evidence.size() == other.evidence.size());
  }
}

}  // namespace

TEST_CASE("a found name's labels and confidence do not depend on article order or shards", "[graph]") {
  // The same name under two language tags, two spellings, a short form, and two confidences.
  const std::vector<ArticleFacts> articles = {
      naming("a1", "云瀚科技", "zh-Hant", 0.5),
      naming("a2", "云瀚科技", "zh-Hans", 0.6),
      naming("a3", "Kaltwerk AG", "de", 0.5, "Kaltwerk"),
      naming("a4", "Kaltwerk Ag", "en", 0.5),
      naming("a5", "Kaltwerk AG", "fr", 0.7),
  };
  std::vector<std::size_t> order(articles.size());
  std::iota(order.begin(), order.end(), 0);
  const KnowledgeGraph reference = built_from(articles);

  const EntityNode& yunhan = reference.entities().at(reference.entity_iri(EntityKind::Organization, "云瀚科技"));
  CHECK(yunhan.pref_language == "zh-Hans");
  CHECK(yunhan.labels == std::vector<LexiconLabel>{{"云瀚科技", "zh-Hant"}});
  CHECK(yunhan.confidence == 0.6);

  do {
    std::vector<ArticleFacts> shuffled;
    for (std::size_t i : order) shuffled.push_back(articles[i]);
    require_same_entities(reference, built_from(shuffled));
    // The same articles as two shards, merged either way round.
    for (std::size_t cut = 1; cut < shuffled.size(); ++cut) {
      KnowledgeGraph first = built_from({shuffled.begin(), shuffled.begin() + static_cast<std::ptrdiff_t>(cut)});
      const KnowledgeGraph second = built_from({shuffled.begin() + static_cast<std::ptrdiff_t>(cut), shuffled.end()});
      first.merge(second);
      first.finish();
      require_same_entities(reference, first);
    }
  } while (std::next_permutation(order.begin(), order.end()));
}

TEST_CASE("a found name the lexicon knows is the lexicon's entity, in a build as in a merge", "[graph]") {
  // CFTC is a lexicon label that wants context, which an acronym finding gives; CAF is the
  // lexicon's id for a railway maker whose labels lack the bare acronym.
  const std::vector<ArticleFacts> articles = {
      naming("b1", "CFTC", "es", 0.7),
      naming("b2", "CAF", "es", 0.7),
      naming("b3", "Kaltwerk AG", "de", 0.5),
  };
  const KnowledgeGraph reference = built_from(articles);
  const EntityNode& cftc = reference.entities().at(reference.entity_iri(EntityKind::Organization, "cftc"));
  CHECK(cftc.pref_label == "Commodity Futures Trading Commission");
  CHECK_FALSE(cftc.lexicon_iri.empty());
  const EntityNode& caf = reference.entities().at(reference.entity_iri(EntityKind::Organization, "caf"));
  CHECK(caf.pref_label == "Construcciones y Auxiliar de Ferrocarriles");
  CHECK(std::count(caf.labels.begin(), caf.labels.end(), LexiconLabel{"CAF", "es"}) == 1);

  std::vector<std::size_t> order = {0, 1, 2};
  do {
    for (std::size_t cut = 1; cut < order.size(); ++cut) {
      std::vector<ArticleFacts> head, tail;
      for (std::size_t i = 0; i < order.size(); ++i) (i < cut ? head : tail).push_back(articles[order[i]]);
      KnowledgeGraph first = built_from(head);
      first.merge(built_from(tail));
      first.finish();
      require_same_entities(reference, first);
    }
  } while (std::next_permutation(order.begin(), order.end()));
}

TEST_CASE("a copied or moved graph finds its vertices by IRI after the original is gone", "[graph]") {
  auto original = std::make_unique<KnowledgeGraph>(built_from({naming("a1", "Kaltwerk AG", "de")}));
  const std::string iri = original->entity_iri(EntityKind::Organization, "kaltwerk-ag");
  REQUIRE(original->vertex(iri));
  KnowledgeGraph copy(*original);
  KnowledgeGraph assigned;
  assigned = *original;
  KnowledgeGraph moved(std::move(*original));
  original.reset();
  for (const KnowledgeGraph* graph : {&copy, &assigned, &moved}) {
    const auto v = graph->vertex(iri);
    REQUIRE(v);
    CHECK(graph->topology()[*v].iri == iri);
    CHECK_FALSE(graph->vertex(iri + "-not"));
  }
}
