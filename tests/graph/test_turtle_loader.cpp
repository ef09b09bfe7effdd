// load_graph_turtle reads back exactly what write_turtle wrote.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "dealgraph/export.hpp"
#include "dealgraph/graph.hpp"
#include "graph/turtle_chunks.hpp"
#include "rdf/turtle_reader.hpp"

using namespace dealgraph;

namespace {

// A fresh folder under the system's temporary directory, removed at the end of the test.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    static int counter = 0;
    path = std::filesystem::temp_directory_path() /
           ("dealgraph-loader-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::filesystem::create_directories(path);
  }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  std::string file(const std::string& name) const { return (path / name).string(); }
};

std::string read_all(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void write_all(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

Evidence quote(const std::string& source, const std::string& text, std::size_t begin, const std::string& language) {
  return Evidence{source, text, language, begin, begin + 7};
}

// A graph with every kind of node and field the writer knows.
KnowledgeGraph sample(const std::string& base = kDefaultBase) {
  KnowledgeGraph graph(base);
  for (const auto& [id, language] : {std::pair{"000_zh", "zh-Hans"}, std::pair{"003_pt", "pt"}}) {
    ArticleNode article;
    article.iri = graph.article_iri(id);
    article.source_id = id;
    article.source_path = std::string("corpus/") + id + ".txt";
    article.sha256 = std::string(64, 'a');
    article.title = std::string("Title of ") + id;
    article.language = language;
    graph.mutable_articles()[article.iri] = article;
  }
  ArticleNode& zh = graph.mutable_articles()[graph.article_iri("000_zh")];
  zh.published = "2025-09-23";
  zh.url = "https://example.com/a?b=1&c=2";

  auto entity = [&](EntityKind kind, const std::string& name, const std::string& label,
                    std::vector<LexiconLabel> alt) {
    EntityNode node;
    node.iri = graph.entity_iri(kind, name);
    node.kind = kind;
    node.pref_label = label;
    node.labels = std::move(alt);
    node.mentioned_in = {graph.article_iri("000_zh"), graph.article_iri("003_pt")};
    graph.mutable_entities()[node.iri] = node;
    return node.iri;
  };
  const std::string nvidia = entity(EntityKind::Organization, "nvidia", "Nvidia",
                                    {{"NVIDIA", "en"}, {"Nvidia Corp.", "en"}, {"英伟达", "zh-Hans"}});
  const std::string openai = entity(EntityKind::Organization, "openai", "OpenAI", {});
  const std::string huang = entity(EntityKind::Person, "jensen-huang", "Jensen Huang", {{"黄仁勋", "zh-Hans"}});
  const std::string h100 = entity(EntityKind::Chip, "h100", "H100", {});
  const std::string odd = entity(EntityKind::Organization, "caf%C3%A9 co", "Café \"Co\"", {{"line\nbreak", ""}});
  graph.mutable_entities()[odd].confidence = 0.5;
  graph.mutable_entities()[odd].mentioned_in = {graph.article_iri("003_pt")};

  DealNode investment;
  investment.iri = graph.base() + "deal/inv";
  investment.type = DealType::Investment;
  investment.parties = {{Role::Investor, nvidia}, {Role::Investee, openai}};
  investment.evidence = {quote("000_zh", "英伟达投资OpenAI", 10, "zh-Hans"), quote("003_pt", "a Nvidia investe", 5, "pt")};
  ReportedAmount hundred;
  hundred.amount.value = Decimal{1000, 8};
  hundred.amount.currency = "USD";
  hundred.amount.as_written = "1000亿美元";
  hundred.evidence = investment.evidence[0];
  ReportedAmount trillion;
  trillion.amount.value = Decimal{1, 12};
  trillion.amount.currency = "USD";
  trillion.amount.as_written = "1000 mil milhões de dólares";
  trillion.amount.qualifier = "up to";
  trillion.evidence = investment.evidence[1];
  ReportedAmount range;
  range.amount.min = Decimal{25, -1};
  range.amount.max = Decimal{35, -1};
  range.amount.currency = "EUR";
  range.amount.as_written = "2,5 a 3,5 euros";
  range.amount.approximate = true;
  range.evidence = investment.evidence[1];
  investment.amounts = {hundred, trillion, range};  // the order KnowledgeGraph::add keeps
  ReportedAmount per_share;
  per_share.amount.value = Decimal{1250, -2};
  per_share.amount.currency = "USD";
  per_share.amount.as_written = "US$ 12,50";
  per_share.amount.per_share = true;
  per_share.evidence = investment.evidence[1];
  investment.prices_per_share = {per_share};
  ReportedQuantity gigawatts;
  gigawatts.quantity.value = Decimal{10, 0};
  gigawatts.quantity.unit = "GW";
  gigawatts.quantity.as_written = "10吉瓦";
  gigawatts.evidence = investment.evidence[0];
  investment.quantities = {gigawatts};
  investment.statuses = {"announced", "in-talks"};
  investment.triggers = {"investir", "投资"};
  investment.confidence = 0.85;
  graph.mutable_deals()[investment.iri] = investment;

  DealNode supply;
  supply.iri = graph.base() + "deal/sup";
  supply.type = DealType::SupplyAgreement;
  supply.parties = {{Role::Supplier, nvidia}, {Role::Customer, openai}};
  supply.chips = {h100};
  supply.evidence = {quote("000_zh", "出租芯片", 100, "zh-Hans")};
  supply.confidence = 0.7;
  graph.mutable_deals()[supply.iri] = supply;

  PostNode ceo;
  ceo.iri = graph.base() + "position/ceo";
  ceo.holder = huang;
  ceo.organization = nvidia;
  ceo.title = "CEO";
  ceo.titles_as_written = {"首席执行官", "CEO"};
  ceo.evidence = {quote("000_zh", "英伟达首席执行官黄仁勋", 3, "zh-Hans")};
  graph.mutable_posts()[ceo.iri] = ceo;
  graph.finish();
  return graph;
}

void require_same_evidence(const Evidence& a, const Evidence& b) {
  CHECK(a.source_id == b.source_id);
  CHECK(a.quote == b.quote);
  CHECK(a.language == b.language);
  CHECK(a.cp_begin == b.cp_begin);
  CHECK(a.cp_end == b.cp_end);
}

void require_same(const KnowledgeGraph& expected, const KnowledgeGraph& loaded) {
  CHECK(loaded.base() == expected.base());
  REQUIRE(loaded.articles().size() == expected.articles().size());
  for (const auto& [iri, a] : expected.articles()) {
    REQUIRE(loaded.articles().count(iri));
    const ArticleNode& b = loaded.articles().at(iri);
    CHECK(b.source_id == a.source_id);
    CHECK(b.source_path == a.source_path);
    CHECK(b.sha256 == a.sha256);
    CHECK(b.title == a.title);
    CHECK(b.published == a.published);
    CHECK(b.url == a.url);
    CHECK(b.language == a.language);
  }
  REQUIRE(loaded.entities().size() == expected.entities().size());
  for (const auto& [iri, a] : expected.entities()) {
    REQUIRE(loaded.entities().count(iri));
    const EntityNode& b = loaded.entities().at(iri);
    CHECK(b.kind == a.kind);
    CHECK(b.pref_label == a.pref_label);
    REQUIRE(b.labels.size() == a.labels.size());
    for (std::size_t i = 0; i < a.labels.size(); ++i) {
      CHECK(b.labels[i].text == a.labels[i].text);
      CHECK(b.labels[i].language == a.labels[i].language);
    }
    CHECK(b.mentioned_in == a.mentioned_in);
    CHECK(b.confidence == Approx(a.confidence));
  }
  REQUIRE(loaded.deals().size() == expected.deals().size());
  for (const auto& [iri, a] : expected.deals()) {
    REQUIRE(loaded.deals().count(iri));
    const DealNode& b = loaded.deals().at(iri);
    CHECK(b.type == a.type);
    CHECK(b.parties == a.parties);
    REQUIRE(b.amounts.size() == a.amounts.size());
    for (std::size_t i = 0; i < a.amounts.size(); ++i) {
      const Amount &x = a.amounts[i].amount, &y = b.amounts[i].amount;
      CHECK(y.as_written == x.as_written);
      CHECK(y.currency == x.currency);
      CHECK(y.value.has_value() == x.value.has_value());
      if (x.value && y.value) CHECK(*y.value == *x.value);
      CHECK(y.min.has_value() == x.min.has_value());
      if (x.min && y.min) CHECK(y.min->to_string() == x.min->to_string());
      if (x.max && y.max) CHECK(y.max->to_string() == x.max->to_string());
      CHECK(y.approximate == x.approximate);
      CHECK(y.qualifier == x.qualifier);
      require_same_evidence(a.amounts[i].evidence, b.amounts[i].evidence);
    }
    // A price per share comes back as one, never among the deal's amounts.
    REQUIRE(b.prices_per_share.size() == a.prices_per_share.size());
    for (std::size_t i = 0; i < a.prices_per_share.size(); ++i) {
      const Amount &x = a.prices_per_share[i].amount, &y = b.prices_per_share[i].amount;
      CHECK(y.per_share);
      CHECK(y.as_written == x.as_written);
      CHECK(y.currency == x.currency);
      if (x.value && y.value) CHECK(*y.value == *x.value);
      require_same_evidence(a.prices_per_share[i].evidence, b.prices_per_share[i].evidence);
    }
    REQUIRE(b.quantities.size() == a.quantities.size());
    for (std::size_t i = 0; i < a.quantities.size(); ++i) {
      CHECK(b.quantities[i].quantity.value == a.quantities[i].quantity.value);
      CHECK(b.quantities[i].quantity.unit == a.quantities[i].quantity.unit);
      CHECK(b.quantities[i].quantity.as_written == a.quantities[i].quantity.as_written);
      require_same_evidence(a.quantities[i].evidence, b.quantities[i].evidence);
    }
    CHECK(b.chips == a.chips);
    CHECK(b.statuses == a.statuses);
    CHECK(b.triggers == a.triggers);
    CHECK(b.confidence == Approx(a.confidence));
    REQUIRE(b.evidence.size() == a.evidence.size());
    for (std::size_t i = 0; i < a.evidence.size(); ++i) require_same_evidence(a.evidence[i], b.evidence[i]);
  }
  REQUIRE(loaded.posts().size() == expected.posts().size());
  for (const auto& [iri, a] : expected.posts()) {
    REQUIRE(loaded.posts().count(iri));
    const PostNode& b = loaded.posts().at(iri);
    CHECK(b.holder == a.holder);
    CHECK(b.organization == a.organization);
    CHECK(b.title == a.title);
    CHECK(b.titles_as_written == a.titles_as_written);
    REQUIRE(b.evidence.size() == a.evidence.size());
    for (std::size_t i = 0; i < a.evidence.size(); ++i) require_same_evidence(a.evidence[i], b.evidence[i]);
  }
  CHECK(boost::num_vertices(loaded.topology()) == boost::num_vertices(expected.topology()));
  CHECK(boost::num_edges(loaded.topology()) == boost::num_edges(expected.topology()));
}

}  // namespace

TEST_CASE("a graph written as Turtle loads back the same", "[loader]") {
  TempDir dir;
  const KnowledgeGraph graph = sample();
  write_turtle(graph, dir.file("graph.ttl"));
  const KnowledgeGraph loaded = load_graph_turtle(dir.file("graph.ttl"));
  require_same(graph, loaded);

  SECTION("and writes the same bytes again") {
    write_turtle(loaded, dir.file("again.ttl"));
    CHECK(read_all(dir.file("again.ttl")) == read_all(dir.file("graph.ttl")));
  }
  SECTION("with the same findings") {
    const auto a = check_graph(graph), b = check_graph(loaded);
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i].message == b[i].message);
  }
}

TEST_CASE("the loader finds the base of instance IRIs", "[loader]") {
  TempDir dir;
  const KnowledgeGraph graph = sample("http://example.org/news/");
  write_turtle(graph, dir.file("graph.ttl"));
  SECTION("from the file") {
    const KnowledgeGraph loaded = load_graph_turtle(dir.file("graph.ttl"));
    CHECK(loaded.base() == "http://example.org/news/");
    require_same(graph, loaded);
  }
  SECTION("or as given") {
    CHECK(load_graph_turtle(dir.file("graph.ttl"), "http://example.org/news/").base() == "http://example.org/news/");
  }
}

TEST_CASE("an empty graph loads as an empty graph", "[loader]") {
  TempDir dir;
  write_turtle(KnowledgeGraph(), dir.file("graph.ttl"));
  const KnowledgeGraph loaded = load_graph_turtle(dir.file("graph.ttl"));
  CHECK(loaded.entities().empty());
  CHECK(loaded.deals().empty());
}

TEST_CASE("bad input gives errors that say where", "[loader]") {
  TempDir dir;
  SECTION("a syntax error names file, line and column") {
    write_all(dir.file("bad.ttl"), "@prefix dg: <https://w3id.org/dealgraph#> .\n\n<http://x/a> a dg:Article ;\n  dg:sourceId \"a\" \n");
    try {
      load_graph_turtle(dir.file("bad.ttl"));
      FAIL("no error");
    } catch (const rdf::ParseError& error) {
      const std::string message = error.what();
      CHECK_THAT(message, Catch::StartsWith(dir.file("bad.ttl") + ":"));
      // FILE:LINE:COL: reason
      CHECK(std::count(message.begin(), message.begin() + message.find(": "), ':') >= 2);
    }
  }
  SECTION("a missing file") {
    CHECK_THROWS_AS(load_graph_turtle(dir.file("missing.ttl")), rdf::ParseError);
  }
  SECTION("Turtle that is not a dealgraph graph") {
    write_all(dir.file("foaf.ttl"), "<http://x/a> <http://xmlns.com/foaf/0.1/name> \"A\" .\n");
    CHECK_THROWS_WITH(load_graph_turtle(dir.file("foaf.ttl")), Catch::Contains("is this a graph.ttl"));
  }
  SECTION("a value that is not a number") {
    write_all(dir.file("nan.ttl"),
              "@prefix dg: <https://w3id.org/dealgraph#> .\n"
              "<http://x/deal/1> a dg:Investment ; dg:amount [ dg:value \"lots\" ; dg:currency \"USD\" ] .\n");
    CHECK_THROWS_WITH(load_graph_turtle(dir.file("nan.ttl")), Catch::Contains("dg:value is not a decimal"));
  }
}

TEST_CASE("repeated and unordered triples load as through Sord", "[loader]") {
  // Sord kept a set of triples sorted by subject, predicate and object (literals before IRIs,
  // then by text): wherever the loader takes the first or the last of several values, that is
  // the order it sees, whatever the order in the file.
  TempDir dir;
  write_all(dir.file("odd.ttl"), R"TTL(
@prefix dg: <https://w3id.org/dealgraph#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@base <http://example.org/news/> .
<deal/z> a dg:Partnership, dg:Investment ;
  dg:target <org/b> ; dg:investor <org/a>, <org/a> ;
  dg:amount [ dg:value 5 ; dg:currency "USD" ; dg:asWritten "five" ] ;
  dg:evidence _:e2, _:e10 ;
  dg:confidence 0.9, 0.5 .
_:e10 dg:source <article/a1> ; dg:quote "second"@en ; dg:start 10 ; dg:end 16 .
_:e2 dg:source <article/a1> ; dg:quote "first"@en ; dg:start 10 ; dg:end 16 .
<org/b> a dg:Person, dg:Organization ;
  skos:prefLabel "Zeta"@de, "Alpha"@fr, "Beta"@en, "Aaa"@en ;
  skos:altLabel "x"@en, "x"@en, "y" ;
  dg:mentionedIn <article/a2>, <article/a1> .
<org/c> a dg:Chip ; skos:prefLabel "same"@fr, "same"@de, "same" ;
  dg:evidence [ dg:source <article/a2> ; dg:quote "q"@en, "q"@de, "q" ; dg:start 3 ; dg:end 4 ] .
<org/a> a dg:Organization ; rdfs:label "A label", "Another label"@en .
<article/a1> a dg:Article ; dcterms:title "T2", "T1" ; dg:sourceId "a1" .
<article/a2> a dg:Article .
<http://other.example/x/article/zz> a dg:Article .
)TTL");
  const KnowledgeGraph graph = load_graph_turtle(dir.file("odd.ttl"));
  CHECK(graph.base() == "http://example.org/news/");  // from the least typed IRI
  const EntityNode& b = graph.entities().at("http://example.org/news/org/b");
  CHECK(b.kind == EntityKind::Organization);  // dg:Organization sorts before dg:Person
  CHECK(b.pref_label == "Aaa");               // the least English prefLabel
  CHECK(b.labels.size() == 2);
  CHECK(b.mentioned_in.size() == 2);
  const EntityNode& c = graph.entities().at("http://example.org/news/org/c");
  CHECK(c.pref_label == "same");
  CHECK(c.pref_language.empty());  // the plain literal sorts before the tagged ones
  REQUIRE(c.evidence.size() == 1);
  CHECK(c.evidence[0].language == "en");  // the last quote
  CHECK(graph.entities().at("http://example.org/news/org/a").pref_label == "A label");
  CHECK(graph.articles().at("http://example.org/news/article/a1").title == "T2");  // the last title
  const DealNode& deal = graph.deals().at("http://example.org/news/deal/z");
  CHECK(deal.type == DealType::Investment);  // dg:Investment sorts before dg:Partnership
  CHECK(deal.parties.size() == 2);
  CHECK(deal.confidence == Approx(0.9));
  // _:e10 sorts before _:e2: of two quotes at the same place, the first is kept.
  REQUIRE(deal.evidence.size() == 1);
  CHECK(deal.evidence[0].quote == "second");
  REQUIRE(deal.amounts.size() == 1);
  CHECK(deal.amounts[0].evidence.quote == "second");

  SECTION("a repeated triple counts once") {
    write_all(dir.file("foaf.ttl"),
              "<http://x/a> <http://xmlns.com/foaf/0.1/name> \"A\" .\n<http://x/a> <http://xmlns.com/foaf/0.1/name> \"A\" .\n");
    CHECK_THROWS_WITH(load_graph_turtle(dir.file("foaf.ttl")), Catch::Contains("in 1 triples"));
  }
}

namespace {

// Reading side by side in chunks of one byte (one subject a chunk) on two threads.
GraphLoadOptions in_chunks() { return GraphLoadOptions{{}, nullptr, 2, 1}; }
GraphLoadOptions whole() { return GraphLoadOptions{{}, nullptr, 1, 1}; }

std::string turtle_of(const KnowledgeGraph& graph, const TempDir& dir) {
  write_turtle(graph, dir.file("written.ttl"));
  return read_all(dir.file("written.ttl"));
}

}  // namespace

TEST_CASE("a graph read in chunks side by side is the graph read whole", "[loader][chunks]") {
  TempDir dir;
  const KnowledgeGraph graph = sample("http://example.org/news/");
  write_turtle(graph, dir.file("graph.ttl"));
  const auto plan = turtle_chunks::plan(dir.file("graph.ttl"), 1);
  REQUIRE(plan);
  const std::string text = read_all(dir.file("graph.ttl"));
  // One chunk a subject, back to back from the end of the prefixes to the end of the file.
  CHECK(plan->chunks.size() == graph.articles().size() + graph.entities().size() + graph.deals().size() + graph.posts().size());
  CHECK(text.starts_with(plan->head));
  CHECK(plan->chunks.front().first == plan->head.size());
  CHECK(plan->chunks.back().second == text.size());
  for (std::size_t i = 0; i < plan->chunks.size(); ++i) {
    CHECK(text[plan->chunks[i].first - 1] == '\n');
    CHECK(text[plan->chunks[i].first] != '\t');
    if (i > 0) CHECK(plan->chunks[i].first == plan->chunks[i - 1].second);
    CHECK(turtle_chunks::chunk_text(dir.file("graph.ttl"), *plan, i) ==
          plan->head + text.substr(plan->chunks[i].first, plan->chunks[i].second - plan->chunks[i].first));
  }
  UnreadVocabulary unread_whole, unread_chunks;
  GraphLoadOptions whole_options = whole(), chunk_options = in_chunks();
  whole_options.unread = &unread_whole;
  chunk_options.unread = &unread_chunks;
  const KnowledgeGraph loaded = load_graph_turtle(dir.file("graph.ttl"), chunk_options);
  require_same(graph, loaded);
  CHECK(loaded.base() == "http://example.org/news/");
  CHECK(turtle_of(loaded, dir) == text);
  CHECK(turtle_of(load_graph_turtle(dir.file("graph.ttl"), whole_options), dir) == text);
  CHECK(unread_chunks == unread_whole);
}

TEST_CASE("a file not laid out as the writer lays it out is read whole, with the same result", "[loader][chunks]") {
  TempDir dir;
  write_turtle(sample(), dir.file("graph.ttl"));
  const std::string text = read_all(dir.file("graph.ttl"));
  const std::string article = "<https://w3id.org/dealgraph/id/article/000_zh>";
  std::string changed;
  SECTION("a subject written in two blocks") {
    changed = text + "\n" + article + "\n\tdg:published \"2025-09-24\" .\n";
  }
  SECTION("a labelled blank node") {
    changed = text + "\n" + article + "\n\tdg:note _:n1 .\n\n_:n1 dg:says \"x\" .\n";
  }
  SECTION("a prefix declared after the head") {
    changed = text + "\n@prefix ex: <http://example.org/> .\n\nex:a ex:b ex:c .\n";
  }
  SECTION("a SPARQL-style BASE after the head") {
    changed = text + "\nBASE <http://example.org/>\n\n<a> <b> <c> .\n";
  }
  SECTION("Windows line ends") {
    for (char c : text) {
      if (c == '\n') changed += '\r';
      changed += c;
    }
  }
  write_all(dir.file("changed.ttl"), changed);
  REQUIRE(turtle_of(load_graph_turtle(dir.file("changed.ttl"), in_chunks()), dir) ==
          turtle_of(load_graph_turtle(dir.file("changed.ttl"), whole()), dir));
}

TEST_CASE("errors in a file read in chunks are those of reading it whole", "[loader][chunks]") {
  TempDir dir;
  write_turtle(sample(), dir.file("graph.ttl"));
  std::string text = read_all(dir.file("graph.ttl"));
  text.insert(text.rfind("\n\n<"), "\n\n<https://w3id.org/dealgraph/id/org/broken>\n\ta dg:Organization ;\n\tdg:confidence ");
  write_all(dir.file("bad.ttl"), text);
  auto error_of = [&](const GraphLoadOptions& options) {
    try {
      load_graph_turtle(dir.file("bad.ttl"), options);
    } catch (const std::exception& error) {
      return std::string(error.what());
    }
    return std::string("no error");
  };
  const std::string expected = error_of(whole());
  CHECK(expected != "no error");
  CHECK(error_of(in_chunks()) == expected);
}
