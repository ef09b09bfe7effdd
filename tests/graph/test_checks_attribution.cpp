// The denied-deal check (src/graph/checks_attribution.cpp), and attribution kept by the graph:
// through add() from two articles' facts, merge() of shards and graph.ttl read back.
#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

#include "dealgraph/export.hpp"
#include "dealgraph/graph.hpp"
#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

const std::string kBase = "http://test/";

std::string entity(KnowledgeGraph& graph, const std::string& name) {
  const std::string iri = graph.entity_iri(EntityKind::Organization, name);
  EntityNode& node = graph.mutable_entities()[iri];
  node.iri = iri;
  node.pref_label = name;
  node.mentioned_in.insert(graph.article_iri("a"));
  return iri;
}

// A quote of the deal and who states it.
struct Quote {
  std::string source, text, by;
  bool denial = false;
};

// An investment of Acme in Beta with the given quotes.
std::vector<Finding> denied_findings(const std::vector<Quote>& quotes) {
  KnowledgeGraph graph(kBase);
  const std::string acme = entity(graph, "Acme"), beta = entity(graph, "Beta");
  entity(graph, "Wire");
  DealNode& deal = graph.mutable_deals()[kBase + "deal/1"];
  deal.iri = kBase + "deal/1";
  deal.type = DealType::Investment;
  deal.parties = {{Role::Investor, acme}, {Role::Investee, beta}};
  for (const Quote& q : quotes) {
    Evidence evidence{q.source, q.text, "en", 0, q.text.size()};
    if (!q.by.empty() || q.denial) add_attribution(deal.attributions, place_of(evidence), Attribution{q.by, q.denial});
    deal.evidence.push_back(std::move(evidence));
  }
  graph.finish();
  std::vector<Finding> found;
  for (const Finding& f : check_graph(graph))
    if (f.kind == "denied-deal") found.push_back(f);
  return found;
}

ArticleFacts facts(const std::string& source_id, const std::string& text) {
  RawArticle article;
  article.source_id = source_id;
  article.source_path = source_id + ".txt";
  article.bytes = text;
  article.language = "en";
  return test::extractor().extract(test::text_stage().prepare(article));
}

// Each attributed quote of the graph's deals: "source-id by-local-name" and " denies" for a denial.
std::vector<std::string> attributed(const KnowledgeGraph& graph) {
  std::vector<std::string> out;
  for (const auto& [iri, deal] : graph.deals())
    for (const auto& [place, by] : deal.attributions)
      out.push_back(std::get<0>(place) + " " + by.source.substr(by.source.find_last_of('/') + 1) + (by.denial ? " denies" : ""));
  return out;
}

}  // namespace

TEST_CASE("denied-deal: one source states a deal that another denies", "[checks][attribution]") {
  const KnowledgeGraph names(kBase);
  const std::string wire = names.entity_iri(EntityKind::Organization, "Wire"),
                    acme = names.entity_iri(EntityKind::Organization, "Acme");
  SECTION("a report against the party's denial: a warning with both quotes") {
    const auto found = denied_findings({Quote{"a", "Acme will invest in Beta, Wire reported.", wire},
                                        Quote{"b", "Acme denied it would invest in Beta.", acme, true}});
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == "warning");
    REQUIRE(found[0].evidence.size() == 2);
    CHECK(found[0].evidence[0].quote == "Acme will invest in Beta, Wire reported.");
    CHECK(found[0].evidence[1].quote == "Acme denied it would invest in Beta.");
    CHECK(found[0].message.find("stated by Wire") != std::string::npos);
    CHECK(found[0].message.find("denied by Acme") != std::string::npos);
    const nlohmann::json json = finding_to_json(found[0]);
    CHECK(json.at("kind") == "denied-deal");
    CHECK(json.at("evidence").size() == 2);
    CHECK(json.at("involves").at(0) == kBase + "deal/1");
  }
  SECTION("an article's own statement against unnamed sources' denial") {
    const auto found = denied_findings({Quote{"a", "Acme invests in Beta.", ""},
                                        Quote{"b", "People familiar denied Acme invests in Beta.", std::string(kUnnamedSources), true}});
    REQUIRE(found.size() == 1);
    CHECK(found[0].message.find("unnamed sources") != std::string::npos);
  }
  SECTION("no denial, or a denial with nobody else stating the deal, is no finding") {
    CHECK(denied_findings({Quote{"a", "Acme will invest in Beta.", wire}, Quote{"b", "Acme invests in Beta.", ""}}).empty());
    CHECK(denied_findings({Quote{"b", "Acme denied it would invest in Beta.", acme, true}}).empty());
    CHECK(denied_findings({Quote{"b", "Acme said it would invest in Beta.", acme},
                           Quote{"b", "Later Acme denied it would invest in Beta.", acme, true}})
              .empty());
  }
}

TEST_CASE("attribution stays with each quote through the graph, merges and graph.ttl", "[graph][attribution]") {
  const ArticleFacts stated = facts("report", "Microsoft will invest $2 billion in Anthropic, according to Reuters.");
  const ArticleFacts denied = facts("denial", "Microsoft denied that it would invest $2 billion in Anthropic.");
  KnowledgeGraph graph;
  graph.add(stated, test::extractor().lexicon());
  KnowledgeGraph shard;
  shard.add(denied, test::extractor().lexicon());
  graph.merge(shard);
  graph.finish();
  const std::vector<std::string> expected = {"denial microsoft denies", "report reuters"};
  CHECK(attributed(graph) == expected);

  const auto path = std::filesystem::temp_directory_path() / ("dealgraph-attribution-" + std::to_string(::getpid()) + ".ttl");
  write_turtle(graph, path.string());
  const KnowledgeGraph loaded = load_graph_turtle(path.string());
  std::filesystem::remove(path);
  CHECK(attributed(loaded) == expected);
  const auto findings = check_graph(loaded);
  CHECK(std::count_if(findings.begin(), findings.end(), [](const Finding& f) { return f.kind == "denied-deal"; }) == 1);
}
