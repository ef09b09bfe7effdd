#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <regex>
#include <set>
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

TEST_CASE("format lists parse into formats, in order, without duplicates", "[export][format]") {
  CHECK(parse_formats("ttl,graphml") == default_formats());
  CHECK(parse_formats(" NT , nq,trig,json-ld,GraphML,gv,ttl,nt") ==
        std::vector<ExportFormat>{ExportFormat::NTriples, ExportFormat::NQuads, ExportFormat::TriG, ExportFormat::JsonLd,
                                  ExportFormat::GraphML, ExportFormat::Dot, ExportFormat::Turtle});
  CHECK_THROWS_WITH(parse_formats("ttl,rdfxml"), Catch::Contains("rdfxml"));
  CHECK_THROWS_AS(parse_formats(" , "), std::invalid_argument);
  for (ExportFormat format : parse_formats("ttl,nt,nq,trig,jsonld,graphml,dot"))
    CHECK(std::string(file_name(format)) == std::string("graph.") + format_name(format));
}

TEST_CASE("every format gives the same bytes for the same graph", "[export][format]") {
  const fs::path dir = temp_dir("formats");
  const std::string text = "Nvidia will invest $100 billion in OpenAI. 微软向Anthropic投资50亿美元。";
  for (ExportFormat format : parse_formats("ttl,nt,nq,trig,jsonld,graphml,dot")) {
    write_graph(graph_of(text), format, (dir / "a").string());
    write_graph(graph_of(text), format, (dir / "b").string());
    INFO(format_name(format));
    CHECK(slurp(dir / "a") == slurp(dir / "b"));
    CHECK(!slurp(dir / "a").empty());
  }
  fs::remove_all(dir);
}

TEST_CASE("N-Quads put each statement in the article's graph or in its subject's own graph", "[export][format]") {
  const fs::path dir = temp_dir("nq");
  const KnowledgeGraph graph = graph_of("Nvidia will invest $100 billion in OpenAI.");
  write_nquads(graph, (dir / "graph.nq").string());
  const std::string nq = slurp(dir / "graph.nq");
  const std::string article = "<https://w3id.org/dealgraph/id/article/test>";
  const std::regex quad("^(\\S+) .* (<[^<> ]+>) \\.$");
  std::istringstream lines(nq);
  std::size_t count = 0, in_article = 0;
  for (std::string line; std::getline(lines, line); ++count) {
    INFO(line);
    std::smatch m;
    REQUIRE(std::regex_match(line, m, quad));
    if (m[2] == article) ++in_article;
    else CHECK(m[1] == m[2]);  // a node's own statement, in the graph its IRI names
  }
  CHECK(count > 10);
  CHECK(in_article > 5);
  fs::remove_all(dir);
}

TEST_CASE("Turtle literals are one-line strings whatever they hold", "[export][format]") {
  const fs::path dir = temp_dir("literals");
  KnowledgeGraph graph = graph_of("Nvidia will invest in OpenAI.");
  graph.mutable_entities().begin()->second.pref_label = "line\nbreak \"quoted\" back\\slash \"\\";
  graph.finish();
  write_turtle(graph, (dir / "graph.ttl").string());
  const std::string ttl = slurp(dir / "graph.ttl");
  CHECK(ttl.find("\"\"\"") == std::string::npos);
  CHECK(ttl.find("\"line\\nbreak \\\"quoted\\\" back\\\\slash \\\"\\\\\"@en") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("the JSON-LD context is the one published in ontology/context.jsonld", "[export][format]") {
  std::ifstream in(test::ontology_dir() + "/context.jsonld");
  REQUIRE(in);
  const nlohmann::json published = nlohmann::json::parse(in);
  CHECK(published.at("@context") == jsonld_context());
  const fs::path dir = temp_dir("jsonld");
  write_jsonld(graph_of("Nvidia will invest $100 billion in OpenAI."), (dir / "graph.jsonld").string());
  const nlohmann::json document = nlohmann::json::parse(slurp(dir / "graph.jsonld"));
  CHECK(document.at("@context") == jsonld_context());
  bool investment = false;
  for (const nlohmann::json& node : document.at("@graph"))
    if (node.value("@type", nlohmann::json()) == "Investment") {
      investment = true;
      CHECK(node.at("investor") == "https://w3id.org/dealgraph/id/org/nvidia");
      CHECK(node.at("amount").at("value") == "100000000000");
      CHECK(node.at("amount").at("currency") == "USD");
    }
  CHECK(investment);
  fs::remove_all(dir);
}

TEST_CASE("GraphML node ids are XML name tokens, distinct for distinct IRIs", "[export][graphml]") {
  const fs::path dir = temp_dir("ids");
  const KnowledgeGraph graph = graph_of("Nvidia will invest $100 billion in OpenAI.");
  write_graphml(graph, (dir / "g.graphml").string());
  const std::string xml = slurp(dir / "g.graphml");
  CHECK(xml.find("<node id=\"org:nvidia\">") != std::string::npos);
  CHECK(xml.find("<data key=\"iri\">https://w3id.org/dealgraph/id/org/nvidia</data>") != std::string::npos);
  CHECK(xml.find("<node id=\"https:") == std::string::npos);
  const GraphmlCounts counts = graphml_counts(graph);
  std::size_t nodes = 0, edges = 0;
  for (std::size_t at = 0; (at = xml.find("<node ", at)) != std::string::npos; ++at) ++nodes;
  for (std::size_t at = 0; (at = xml.find("<edge ", at)) != std::string::npos; ++at) ++edges;
  CHECK(counts.nodes == nodes);
  CHECK(counts.edges == edges);
  fs::remove_all(dir);
}

TEST_CASE("N-Quads and TriG hold each statement once: what an article states in its graph, a node's own in the node's",
          "[export][format]") {
  auto facts = [](const std::string& id, const std::string& text) {
    RawArticle article;
    article.source_id = id;
    article.source_path = id + ".txt";
    article.bytes = text;
    return test::extractor().extract(test::text_stage().prepare(article));
  };
  KnowledgeGraph graph;
  graph.add(facts("a", "Nvidia will invest $100 billion in OpenAI."), test::extractor().lexicon());
  graph.add(facts("b", "OpenAI said Nvidia would invest $90 billion in OpenAI."), test::extractor().lexicon());
  // An entity no article mentions (as a graph read back without its articles can hold) is in
  // its own graph like every other.
  EntityNode& nvidia = graph.mutable_entities().at("https://w3id.org/dealgraph/id/org/nvidia");
  nvidia.mentioned_in.clear();
  nvidia.evidence.clear();
  graph.finish();
  REQUIRE(graph.deals().size() == 1);

  const fs::path dir = temp_dir("graphs");
  write_nquads(graph, (dir / "graph.nq").string());
  write_ntriples(graph, (dir / "graph.nt").string());
  const std::string a = "<https://w3id.org/dealgraph/id/article/a>", b = "<https://w3id.org/dealgraph/id/article/b>";
  const std::string deal = "<" + graph.deals().begin()->first + ">";
  const std::string nvidia_graph = "<https://w3id.org/dealgraph/id/org/nvidia>";
  const std::string openai_graph = "<https://w3id.org/dealgraph/id/org/openai>";
  const std::regex quad("^(.*) (<[^<> ]+>) \\.$");
  std::map<std::string, std::vector<std::string>> by_graph;  // graph term -> triples
  std::vector<std::string> graph_order;
  std::istringstream lines(slurp(dir / "graph.nq"));
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    REQUIRE(std::regex_match(line, m, quad));
    const std::string graph_term = m[2];
    if (graph_order.empty() || graph_order.back() != graph_term) graph_order.push_back(graph_term);
    by_graph[graph_term].push_back(std::string(m[1]) + " .");
  }
  // Each graph is one block, in IRI order; nothing is in the default graph.
  CHECK(std::is_sorted(graph_order.begin(), graph_order.end()));
  CHECK(std::adjacent_find(graph_order.begin(), graph_order.end()) == graph_order.end());
  CHECK(by_graph.count(a) == 1);
  CHECK(by_graph.count(b) == 1);
  auto holds = [&](const std::string& graph_term, const std::string& text) {
    for (const std::string& triple : by_graph[graph_term])
      if (triple.find(text) != std::string::npos) return true;
    return false;
  };
  // The deal's type and parties are in its own graph only; each amount and quote in the graph
  // of the article that states it.
  const std::string deal_type = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/dealgraph#Investment>";
  CHECK(holds(deal, deal_type));
  CHECK_FALSE(holds(a, deal_type));
  CHECK_FALSE(holds(b, deal_type));
  CHECK(holds(a, "\"$100 billion\""));
  CHECK_FALSE(holds(b, "\"$100 billion\""));
  CHECK(holds(b, "\"$90 billion\""));
  CHECK_FALSE(holds(a, "\"$90 billion\""));
  CHECK(holds(a, deal + " <https://w3id.org/dealgraph#evidence>"));
  // Labels are in the entity's own graph; a mention in the article's.
  CHECK(holds(nvidia_graph, "\"Nvidia\""));
  CHECK_FALSE(holds(a, "\"Nvidia\""));
  CHECK(holds(openai_graph, "\"OpenAI\""));
  CHECK_FALSE(holds(a, "\"OpenAI\""));
  CHECK(holds(a, openai_graph + " <https://w3id.org/dealgraph#mentionedIn> " + a));
  // Blank nodes are never shared between graphs; the triples are those of N-Triples, each once.
  std::map<std::string, std::string> blank_graph;
  std::multiset<std::string> quad_triples;
  std::set<std::string> nt_triples;
  const std::regex blank("_:[A-Za-z0-9]+");
  for (const auto& [graph_term, triples] : by_graph)
    for (const std::string& triple : triples) {
      for (std::sregex_iterator it(triple.begin(), triple.end(), blank), end; it != end; ++it) {
        auto [at, inserted] = blank_graph.emplace(it->str(), graph_term);
        CHECK(at->second == graph_term);
      }
      quad_triples.insert(std::regex_replace(triple, blank, "_:"));
    }
  std::istringstream nt(slurp(dir / "graph.nt"));
  std::size_t nt_lines = 0;
  for (std::string line; std::getline(nt, line); ++nt_lines) nt_triples.insert(std::regex_replace(line, blank, "_:"));
  CHECK(std::set<std::string>(quad_triples.begin(), quad_triples.end()) == nt_triples);
  CHECK(quad_triples.size() == nt_lines);

  write_trig(graph, (dir / "graph.trig").string());
  const std::string trig = slurp(dir / "graph.trig");
  CHECK(trig.find("article:a {") != std::string::npos);
  CHECK(trig.find("article:b {") != std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("the report's GraphML counts are those of the file, also when a party is not drawn", "[export][graphml]") {
  const fs::path dir = temp_dir("counts");
  KnowledgeGraph graph = graph_of(
      "Nvidia will invest $100 billion in OpenAI, and Microsoft will buy chips from Nvidia. "
      "Sam Altman, chief executive of OpenAI, said so.");
  REQUIRE(graph.deals().size() >= 2);
  REQUIRE(graph.posts().size() == 1);
  // A party and a post holder the graph does not hold: their edges are not drawn.
  graph.mutable_entities().erase("https://w3id.org/dealgraph/id/org/openai");
  graph.finish();
  write_graphml(graph, (dir / "g.graphml").string());
  const std::string xml = slurp(dir / "g.graphml");
  std::size_t nodes = 0, edges = 0;
  for (std::size_t at = 0; (at = xml.find("<node ", at)) != std::string::npos; ++at) ++nodes;
  for (std::size_t at = 0; (at = xml.find("<edge ", at)) != std::string::npos; ++at) ++edges;
  const GraphmlCounts counts = graphml_counts(graph);
  CHECK(counts.nodes == nodes);
  CHECK(counts.edges == edges);
  CHECK(edges > 0);
  fs::remove_all(dir);
}

TEST_CASE("DOT strings escape quotes, backslashes and line breaks", "[export][dot]") {
  const fs::path dir = temp_dir("dot");
  KnowledgeGraph graph = graph_of("Nvidia will invest in OpenAI.");
  graph.mutable_entities().begin()->second.pref_label = "say \"hi\"\\\nnext\x01";
  graph.finish();
  write_dot(graph, (dir / "g.dot").string());
  const std::string dot = slurp(dir / "g.dot");
  CHECK(dot.find("label=\"say \\\"hi\\\"\\\\\\nnext\"") != std::string::npos);
  CHECK(dot.find('\x01') == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("the vocabulary users know is stated, not left to inference", "[export][format]") {
  const fs::path dir = temp_dir("vocabulary");
  const KnowledgeGraph graph = graph_of("Nvidia will invest $100 billion in OpenAI. Jensen Huang, chief executive of Nvidia, said so.");
  write_ntriples(graph, (dir / "graph.nt").string());
  const std::string nt = slurp(dir / "graph.nt");
  auto has = [&](const std::string& triple) { return nt.find(triple + " .\n") != std::string::npos; };
  const std::string id = "<https://w3id.org/dealgraph/id/", dg = "<https://w3id.org/dealgraph#";
  const std::string type = " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ";
  REQUIRE(graph.deals().size() == 1);
  const std::string deal = "<" + graph.deals().begin()->first + ">";
  // Each role triple comes with dg:party, each party once.
  CHECK(has(deal + " " + dg + "investor> " + id + "org/nvidia>"));
  CHECK(has(deal + " " + dg + "party> " + id + "org/nvidia>"));
  CHECK(has(deal + " " + dg + "party> " + id + "org/openai>"));
  std::size_t parties = 0;
  for (std::size_t at = 0; (at = nt.find(dg + "party> ", at)) != std::string::npos; ++at) ++parties;
  CHECK(parties == 2);
  // Entities carry their schema.org class beside their dg: one.
  CHECK(has(id + "org/nvidia>" + type + "<http://schema.org/Organization>"));
  CHECK(has(id + "org/nvidia>" + type + dg + "Organization>"));
  for (const auto& [iri, entity] : graph.entities())
    if (entity.kind == EntityKind::Person) CHECK(has("<" + iri + ">" + type + "<http://schema.org/Person>"));
  // Every evidence node names its article with prov:wasDerivedFrom as with dg:source.
  std::size_t sources = 0, derived = 0;
  for (std::size_t at = 0; (at = nt.find(dg + "source> ", at)) != std::string::npos; ++at) ++sources;
  for (std::size_t at = 0; (at = nt.find("<http://www.w3.org/ns/prov#wasDerivedFrom> " + id + "article/test> .", at)) != std::string::npos; ++at)
    ++derived;
  CHECK(sources > 0);
  CHECK(derived == sources);
  fs::remove_all(dir);
}

TEST_CASE("the schema.org classes stated are those the ontology aligns each entity class with", "[export][format]") {
  std::ifstream in(test::ontology_dir() + "/dealgraph.ttl");
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  const std::string ontology = text.str();
  const std::vector<std::pair<std::string, std::string>> aligned = {
      {"Organization", "Organization"}, {"Person", "Person"}, {"Chip", "Product"}, {"Product", "Product"}};
  for (const auto& [dg_class, schema_class] : aligned) {
    INFO(dg_class);
    const std::size_t at = ontology.find("\ndg:" + dg_class + "\n");
    REQUIRE(at != std::string::npos);
    const std::string block = ontology.substr(at, ontology.find(" .\n", at) - at);
    CHECK(std::regex_search(block, std::regex("rdfs:subClassOf [^;]*schema:" + schema_class + "\\b")));
  }
  // And the writer states exactly those: one entity of each kind.
  const KnowledgeGraph graph = graph_of("Nvidia will sell H100 chips to OpenAI. Jensen Huang, chief executive of Nvidia, said so.");
  const fs::path dir = temp_dir("schema-classes");
  write_ntriples(graph, (dir / "graph.nt").string());
  const std::string nt = slurp(dir / "graph.nt");
  std::set<EntityKind> seen;
  for (const auto& [iri, entity] : graph.entities()) {
    const std::string expected = entity.kind == EntityKind::Organization ? "Organization"
                                 : entity.kind == EntityKind::Person     ? "Person"
                                                                         : "Product";
    CHECK(nt.find("<" + iri + "> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://schema.org/" + expected + "> .") !=
          std::string::npos);
    seen.insert(entity.kind);
  }
  CHECK(seen.size() >= 3);
  fs::remove_all(dir);
}

// Slices of a file (merge --part K/M) and their join.
TEST_CASE("Slices cut the units into contiguous runs of about equal weight, each unit in one", "[export][slices]") {
  const std::vector<std::size_t> weights = {5, 1, 1, 8, 2, 2, 2, 9, 1, 3, 4, 4};
  const std::size_t total = std::accumulate(weights.begin(), weights.end(), std::size_t{0});
  for (unsigned count : {1u, 2u, 3u, 5u, 12u, 30u}) {
    std::size_t next = 0;
    for (unsigned index = 0; index < count; ++index) {
      const auto [begin, end] = OutputSlice{index, count}.range(weights);
      CHECK(begin <= end);
      if (begin == end) continue;
      CHECK(begin == next);  // contiguous and in order
      next = end;
      // No run is heavier than its share plus the unit that crosses into it.
      const std::size_t weight = std::accumulate(weights.begin() + begin, weights.begin() + end, std::size_t{0});
      CHECK(weight <= total / count + 9);
    }
    CHECK(next == weights.size());  // every unit is in some slice
  }
  CHECK(OutputSlice{}.range(weights) == std::pair<std::size_t, std::size_t>{0, weights.size()});
  CHECK(OutputSlice{1, 2}.range({}) == std::pair<std::size_t, std::size_t>{0, 0});
  // Two halves of equal weights split in the middle.
  CHECK(OutputSlice{0, 2}.range({1, 1, 1, 1}) == std::pair<std::size_t, std::size_t>{0, 2});
  CHECK(OutputSlice{1, 2}.range({1, 1, 1, 1}) == std::pair<std::size_t, std::size_t>{2, 4});
}

TEST_CASE("Slices of every format that splits join into the whole file byte for byte", "[export][slices]") {
  const KnowledgeGraph graph = graph_of(
      "Kestrel Foundry agreed to buy Marlow Optics for $2.5 billion in cash. "
      "Brightwater Capital invested $40 million in Tallis Robotics on Tuesday. "
      "Orvane Systems will supply 3,000 accelerators to Kestrel Foundry under a $90 million contract. "
      "Tallis Robotics and Marlow Optics formed a partnership. "
      "Ada Quint, chief executive of Tallis Robotics, said the round closed.");
  REQUIRE(graph.deals().size() >= 2);
  const fs::path dir = temp_dir("slices-join");
  for (const ExportFormat format : {ExportFormat::Turtle, ExportFormat::NTriples, ExportFormat::NQuads,
                                    ExportFormat::TriG, ExportFormat::GraphML}) {
    REQUIRE(writes_slices(format));
    const fs::path whole = dir / (std::string("whole.") + format_name(format));
    write_graph(graph, format, whole.string());
    for (unsigned count : {2u, 3u, 7u, 60u}) {
      std::vector<std::string> slices;
      for (unsigned index = 0; index < count; ++index) {
        slices.push_back((dir / ("slice-" + std::to_string(index) + "." + format_name(format))).string());
        write_graph(graph, format, slices.back(), OutputSlice{index, count});
        if (format == ExportFormat::Turtle) CHECK_NOTHROW(rdf::read_turtle_file(slices.back()));
      }
      const fs::path joined = dir / (std::string("joined.") + format_name(format));
      join_slices(format, slices, joined.string());
      INFO(format_name(format) << " in " << count << " slices");
      CHECK(slurp(joined) == slurp(whole));
      if (count == 2) CHECK(slurp(slices[0]).size() < slurp(whole).size());
    }
  }
  fs::remove_all(dir);
}

TEST_CASE("Formats that are written whole are refused in slices, and a stray file is not joined", "[export][slices]") {
  const KnowledgeGraph graph = graph_of("Kestrel Foundry agreed to buy Marlow Optics for $2.5 billion.");
  const fs::path dir = temp_dir("slices-refuse");
  CHECK_FALSE(writes_slices(ExportFormat::JsonLd));
  CHECK_THROWS_AS(write_graph(graph, ExportFormat::JsonLd, (dir / "g.jsonld").string(), OutputSlice{0, 2}), ExportError);
  std::ofstream(dir / "not.graphml") << "<graphml>\n";
  CHECK_THROWS_AS(join_slices(ExportFormat::GraphML, {(dir / "not.graphml").string()}, (dir / "out.graphml").string()),
                  ExportError);
  CHECK_FALSE(fs::exists(dir / "out.graphml"));
  fs::remove_all(dir);
}
