#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "dealgraph/export.hpp"
#include "dealgraph/graph.hpp"
#include "extract/passes/aliases.hpp"
#include "harness.hpp"
#include "rdf/turtle_reader.hpp"

using namespace dealgraph;

namespace {

const extract::AliasRules& alias_rules() {
  static const extract::AliasRules rules(extract::RuleFile(test::ontology().alias_rules()),
                                         extract::RuleFile(test::ontology().discovery_rules()));
  return rules;
}

// The entity named by the mention that spans exactly the `occurrence`-th (0-based, or the last
// when -1) occurrence of `surface`; empty when no mention spans it.
std::string entity_at(const ArticleFacts& facts, const std::string& surface, int occurrence) {
  const std::string& text = facts.document.text;
  std::vector<std::size_t> starts;
  for (std::size_t at = text.find(surface); at != std::string::npos; at = text.find(surface, at + 1))
    starts.push_back(at);
  if (starts.empty()) return "(not in text)";
  const std::size_t begin = occurrence < 0 ? starts.back() : starts.at(static_cast<std::size_t>(occurrence));
  for (const Mention& m : facts.mentions)
    if (m.byte_begin == begin && m.byte_end == begin + surface.size()) return m.entity_key;
  return "";
}

struct AliasRow {
  const char* language;
  const char* text;
  const char* full;        // the full name, at its first occurrence
  const char* short_form;  // the later form, at its last occurrence
  bool same;               // whether the short form names the full name's entity
};

// Sentences of our own, names invented: the short form is the same entity, or it must not be.
const AliasRow kAliasRows[] = {
    // English: first word, surname of a company named after a person, a person's surname, acronyms
    {"en", "Brantwell Foods Inc. said it would buy a mill. Brantwell said the price was fair.", "Brantwell Foods Inc.",
     "Brantwell", true},
    {"en", "Walt Hemsley Co. agreed to sell its parks. Shares of Hemsley rose.", "Walt Hemsley Co.", "Hemsley", true},
    {"en", "Quillmore CEO Jane Dorrance said the plan works. Dorrance added that costs fell.", "Jane Dorrance",
     "Dorrance", true},
    {"en", "Trans Orbital Airlines Inc. (TOA) cut fares. TOA said demand was strong.", "Trans Orbital Airlines Inc.",
     "TOA", true},
    {"en", "Goldfarn Sachtel Group Inc. led the round. Goldfarn Sachtel declined to comment.",
     "Goldfarn Sachtel Group Inc.", "Goldfarn Sachtel", true},
    {"en", "Banco Ferrandiz S.A. raised capital. Analysts said Ferrandiz needed it.", "Banco Ferrandiz S.A.",
     "Ferrandiz", true},
    {"en", "Kellby Rowe, chief executive of Quillmore, spoke. Rowe said sales doubled.", "Kellby Rowe", "Rowe", true},
    // English: what must not become an alias
    {"en", "China Harbour Holdings Ltd. won a contract. China said the port would open.", "China Harbour Holdings Ltd.",
     "China", false},
    {"en", "Summit Pallets Inc. makes crates. The summit ended early. Summit said nothing.", "Summit Pallets Inc.",
     "Summit", false},
    {"en", "Brantwell Foods Inc. opened a plant. Brantwell Mills said it would compete.", "Brantwell Foods Inc.",
     "Brantwell", false},
    {"en", "Walt Hemsley Co. agreed to sell its parks. Walt said he was pleased.", "Walt Hemsley Co.", "Walt", false},
    {"en", "American Kilnworth Inc. cut jobs. American said it would sue.", "American Kilnworth Inc.", "American",
     false},
    {"en", "General Tarrow Ltd. posted a loss. General said the army would help.", "General Tarrow Ltd.", "General",
     false},
    {"en", "Brantwell Foods Inc. (XYZ) rose. XYZ said it was pleased.", "Brantwell Foods Inc.", "XYZ", false},
    {"en", "Quillmore CEO Jane Dorrance met Vextor CEO Paul Dorrance. Dorrance said talks went well.", "Jane Dorrance",
     "Dorrance", false},
    {"en", "Brantwell Foods Inc. said sales rose. brantwell is also a brand of soap.", "Brantwell Foods Inc.",
     "brantwell", false},
    // Portuguese
    {"pt", "A Cordavia Logística S.A. comprou armazéns. A Cordavia disse que pagou em dinheiro.",
     "Cordavia Logística S.A.", "Cordavia", true},
    {"pt", "A Transportes Fluviais do Tapajó S.A. (TFT) vendeu barcos. A TFT não comentou.",
     "Transportes Fluviais do Tapajó S.A.", "TFT", true},
    {"pt", "O diretor-executivo Rodrigo Almeirim disse que a empresa cresce. Almeirim afirmou que vai investir.",
     "Rodrigo Almeirim", "Almeirim", true},
    {"pt", "A Brasil Tarquinio S.A. anunciou lucro. O Brasil exportou mais soja.", "Brasil Tarquinio S.A.", "Brasil",
     false},
    {"pt", "A Serra Velha Mineração S.A. lucrou. A serra fica longe. Serra disse que sim.",
     "Serra Velha Mineração S.A.", "Serra", false},
    // Spanish
    {"es", "El Grupo Orvanza S.A. compró una fábrica. Orvanza pagó en efectivo.", "Grupo Orvanza S.A.", "Orvanza",
     true},
    {"es", "La empresa Textiles Quimbaya S.L. (TQ) exporta telas. TQ dijo que crecerá.", "Textiles Quimbaya S.L.", "TQ",
     true},
    {"es", "El consejero delegado Álvaro Pizarnik dijo que la empresa crece. Pizarnik añadió que invertirán.",
     "Álvaro Pizarnik", "Pizarnik", true},
    {"es", "España Ferrovías Norte S.A. ganó el contrato. España votó el lunes.", "España Ferrovías Norte S.A.",
     "España", false},
    {"es", "Banco Ferrandiz S.A. firmó. Ferrandiz Seguros S.A. también. Ferrandiz dijo que sí.", "Banco Ferrandiz S.A.",
     "Ferrandiz", false},
    // French
    {"fr", "Valmorin Énergie SA a levé des fonds. Valmorin a précisé que la somme servira à recruter.",
     "Valmorin Énergie SA", "Valmorin", true},
    {"fr", "Le PDG Étienne Rouvière a présenté le plan. Rouvière a déclaré que le groupe grandira.", "Étienne Rouvière",
     "Rouvière", true},
    {"fr", "La Compagnie Lyonnaise de Câbles SA (CLC) recrute. La CLC a confirmé.", "Compagnie Lyonnaise de Câbles SA",
     "CLC", true},
    {"fr", "France Duvernay SA a signé un contrat. France a salué l'accord.", "France Duvernay SA", "France", false},
    {"fr",
     "Marc Aubertin, directeur général de Valmorin, a parlé. Lucie Aubertin, directrice financière de Talvane, aussi. Aubertin a conclu.",
     "Marc Aubertin", "Aubertin", false},
    // German
    {"de", "Die Kaltwerk Anlagenbau GmbH baut ein Werk. Kaltwerk teilte mit, dass es wachsen will.",
     "Kaltwerk Anlagenbau GmbH", "Kaltwerk", true},
    {"de", "Vorstandschef Klaus Benninghoff stellte den Plan vor. Benninghoff sagte, die Kosten sinken.",
     "Klaus Benninghoff", "Benninghoff", true},
    {"de", "Die Ostmark Verkehrsbetriebe AG (OVB) erhöht die Preise. Die OVB nannte keine Zahlen.",
     "Ostmark Verkehrsbetriebe AG", "OVB", true},
    {"de", "Die Deutsche Fernwerk AG wächst. Deutsche Anleger kaufen.", "Deutsche Fernwerk AG", "Deutsche", false},
    {"de", "Die Kaltwerk Anlagenbau GmbH baut ein Werk. Kaltwerk Solar gehört nicht dazu.", "Kaltwerk Anlagenbau GmbH",
     "Kaltwerk", false},
    // Italian
    {"it", "La Marvello Sistemi S.p.A. ha comprato una fabbrica. Marvello ha detto che pagherà in contanti.",
     "Marvello Sistemi S.p.A.", "Marvello", true},
    {"it", "L'amministratore delegato Lorenzo Fabbriani ha presentato il piano. Fabbriani ha detto che crescerà.",
     "Lorenzo Fabbriani", "Fabbriani", true},
    {"it", "La Compagnia Elettrica Valdostana S.p.A. (CEV) assume. La CEV ha confermato.",
     "Compagnia Elettrica Valdostana S.p.A.", "CEV", true},
    {"it", "Italia Gaspari S.p.A. ha chiuso il bilancio. Italia e Francia hanno firmato.", "Italia Gaspari S.p.A.",
     "Italia", false},
    {"it", "La Marvello Sistemi S.p.A. ha comprato una fabbrica. Marvello Energia è un'altra società.",
     "Marvello Sistemi S.p.A.", "Marvello", false},
    // After a word that opens the sentence
    {"en", "Quillmore CEO Jane Dorrance spoke on Monday. Meanwhile Dorrance's deputy resigned.", "Jane Dorrance",
     "Dorrance", true},
    {"es", "El consejero delegado Álvaro Pizarnik habló. Según Pizarnik, las ventas suben.", "Álvaro Pizarnik",
     "Pizarnik", true},
    {"de", "Vorstandschef Klaus Benninghoff stellte den Plan vor. Laut Benninghoff sinken die Kosten.",
     "Klaus Benninghoff", "Benninghoff", true},
    {"it", "L'amministratore delegato Lorenzo Fabbriani ha presentato il piano. Secondo Fabbriani, crescerà.",
     "Lorenzo Fabbriani", "Fabbriani", true},
    // Chinese
    {"zh-Hans", "星辰云算科技股份有限公司宣布扩建数据中心。星辰云算表示，项目明年完工。", "星辰云算科技股份有限公司",
     "星辰云算", true},
    {"zh-Hans", "北方云图信息技术有限公司（简称“云图”）今天发布新品。云图表示销量增长。", "北方云图信息技术有限公司",
     "云图", true},
    {"zh-Hant", "星辰雲算科技股份有限公司宣布擴建數據中心。星辰雲算表示，項目明年完工。", "星辰雲算科技股份有限公司",
     "星辰雲算", true},
    // Japanese, about a Chinese company: its name without 有限公司 and 科技
    {"ja", "中国の星辰精機科技有限公司は新工場の建設を発表した。星辰精機によると、投資額は非公開だ。", "星辰精機科技有限公司",
     "星辰精機", true},
    {"ja", "中国の星辰精機科技有限公司と星辰電子科技有限公司が提携した。星辰によると、工場は来年完成する。",
     "星辰精機科技有限公司", "星辰", false},
    {"zh-Hans", "星辰云算科技股份有限公司与星辰电子科技有限公司合作。星辰表示，工厂明年完工。", "星辰云算科技股份有限公司",
     "星辰", false},
};

std::string mention_texts(const ArticleFacts& facts) {
  std::string out;
  for (const Mention& m : facts.mentions)
    out += "[" + facts.document.text.substr(m.byte_begin, m.byte_end - m.byte_begin) + " -> " + m.entity_key + "] ";
  return out;
}

}  // namespace

TEST_CASE("aliases: a short form later in the article names the entity named in full", "[extract][passes][aliases]") {
  for (const AliasRow& row : kAliasRows) {
    const ArticleFacts facts = test::facts_of(row.text, row.language);
    INFO(row.text << "\n" << mention_texts(facts));
    const std::string full = entity_at(facts, row.full, 0);
    CHECK_FALSE(full.empty());
    if (full.empty()) continue;
    CHECK(facts.document.text.find(row.short_form) != std::string::npos);
    if (row.same) CHECK(entity_at(facts, row.short_form, -1) == full);
    if (!row.same) CHECK(entity_at(facts, row.short_form, -1) != full);
  }
}

TEST_CASE("aliases: a surname does not take a family firm named as an organisation", "[extract][passes][aliases]") {
  struct Row {
    const char* language;
    const char* text;
    const char* firm;  // the firm's name: an organisation at its first use
    int alone;         // the occurrence of the firm's name used alone later, which must stay the firm's
  };
  const Row rows[] = {
      {"it", "Il gruppo Nordalba ha comprato un marchio. Lo ha detto Gianna Nordalba, figlia del fondatore. Nordalba crescerà.",
       "Nordalba", 2},
      {"fr", "La maison Valcroze a été vendue. Fondée par Henri Louis Valcroze, Valcroze vend des parfums.", "Valcroze", 2},
      {"en", "The fashion house Corveli agreed to a sale. Its founder Laura Corveli said Corveli would grow.", "Corveli", 2},
  };
  for (const Row& row : rows) {
    const ArticleFacts facts = test::facts_of(row.text, row.language);
    INFO(row.text << "\n" << mention_texts(facts));
    const std::string firm = entity_at(facts, row.firm, 0);
    CHECK(firm.rfind("new:Organization:", 0) == 0);
    CHECK(entity_at(facts, row.firm, row.alone) == firm);
  }
}

struct ShortFormRow {
  const char* name;
  EntityKind kind;
  std::vector<std::string> forms;
};

TEST_CASE("aliases: the short forms a name may go by", "[extract][passes][aliases]") {
  const ShortFormRow rows[] = {
      {"Walt Hemsley Co", EntityKind::Organization, {"Walt Hemsley", "Hemsley"}},
      {"Goldfarn Sachtel Group Inc.",
       EntityKind::Organization,
       {"Goldfarn Sachtel Group", "Goldfarn Sachtel", "Goldfarn"}},
      {"Banco Ferrandiz SA", EntityKind::Organization, {"Banco Ferrandiz", "Ferrandiz"}},
      {"Bank of Eldoria", EntityKind::Organization, {}},
      {"Eldoria's Quenwick Tools Inc", EntityKind::Organization, {"Eldoria's Quenwick Tools", "Quenwick Tools", "Quenwick"}},
      {"Quenwick's Tools Inc", EntityKind::Organization, {"Quenwick's Tools"}},
      {"China Harbour Holdings Ltd.",
       EntityKind::Organization,
       {"China Harbour Holdings", "Harbour Holdings", "Harbour"}},
      {"Kaltwerk Anlagenbau GmbH & Co. KG", EntityKind::Organization, {"Kaltwerk Anlagenbau", "Kaltwerk"}},
      {"Jane Dorrance", EntityKind::Person, {"Dorrance"}},
      {"Ursula von der Lienen", EntityKind::Person, {"von der Lienen"}},
      {"Marcus Pellew Jr.", EntityKind::Person, {"Pellew"}},
      {"Anna Thomas", EntityKind::Person, {}},
      {"Dorrance", EntityKind::Person, {}},
      {"星辰云算科技股份有限公司", EntityKind::Organization, {"星辰云算科技", "星辰云算"}},
      {"阿塔集团控股有限公司", EntityKind::Organization, {"阿塔集团", "阿塔"}},
      {"ミドリ精機株式会社", EntityKind::Organization, {"ミドリ精機"}},
      {"株式会社ハルカ", EntityKind::Organization, {"ハルカ"}},
      {"张晓明", EntityKind::Person, {}},
  };
  for (const ShortFormRow& row : rows) {
    INFO(row.name);
    CHECK(alias_rules().short_forms(row.name, row.kind) == row.forms);
  }
}

TEST_CASE("aliases: a short name defined in parentheses", "[extract][passes][aliases]") {
  struct Row {
    const char* text;
    const char* name;
    const char* defined;
  };
  const Row rows[] = {
      {"Trans Orbital Airlines (TOA) said", "Trans Orbital Airlines", "TOA"},
      {"Trans Orbital Airlines (\"TOA\") said", "Trans Orbital Airlines", "TOA"},
      {"Trans Orbital Airlines (NYSE: TOA) said", "Trans Orbital Airlines", ""},
      {"Trans Orbital Airlines (XYZ) said", "Trans Orbital Airlines", ""},
      {"Trans Orbital Airlines (Toa) said", "Trans Orbital Airlines", ""},
      {"北方云图信息技术有限公司（简称“云图”）发布", "北方云图信息技术有限公司", "云图"},
      {"北方雲圖信息技術有限公司（以下簡稱「雲圖」）發布", "北方雲圖信息技術有限公司", "雲圖"},
      {"ミドリ精機株式会社（略称「ミドリ」）は", "ミドリ精機株式会社", "ミドリ"},
      {"北方云图信息技术有限公司（北京）发布", "北方云图信息技术有限公司", ""},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    const std::string text = row.text;
    CHECK(alias_rules().defined_short_name(text, row.name, std::string(row.name).size()) == row.defined);
  }
}

TEST_CASE("aliases: the forms used are the discovered entity's aliases, the name found alone is folded in",
          "[extract][passes][aliases]") {
  const ArticleFacts facts = test::facts_of(
      "Brantwell Foods Inc. (BFI) said it would buy a mill. Brantwell said the price was fair, and BFI agreed.", "en");
  const auto entity = std::find_if(facts.discovered.begin(), facts.discovered.end(),
                                   [](const DiscoveredEntity& d) { return d.label == "Brantwell Foods Inc."; });
  REQUIRE(entity != facts.discovered.end());
  CHECK(entity->aliases == std::vector<std::string>{"BFI", "Brantwell"});
  CHECK(std::is_sorted(facts.mentions.begin(), facts.mentions.end(),
                       [](const Mention& a, const Mention& b) { return a.byte_begin < b.byte_begin; }));
  for (const DiscoveredEntity& d : facts.discovered) CHECK(d.label != "Brantwell");
}

namespace {

ArticleFacts article(const std::string& id, const std::string& text) {
  RawArticle raw;
  raw.source_id = id;
  raw.source_path = id + ".txt";
  raw.bytes = text;
  raw.language = "en";
  return test::extractor().extract(test::text_stage().prepare(raw));
}

// graph.ttl of the articles, added in the order given.
std::string turtle_of(const std::vector<const ArticleFacts*>& articles, const std::string& name) {
  KnowledgeGraph graph;
  for (const ArticleFacts* facts : articles) graph.add(*facts, test::extractor().lexicon());
  graph.finish();
  const std::filesystem::path path = std::filesystem::temp_directory_path() / ("dealgraph-aliases-" + name + ".ttl");
  write_turtle(graph, path.string());
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

}  // namespace

TEST_CASE("aliases: graph.ttl writes the forms used as skos:altLabel, whatever the order of articles",
          "[extract][passes][aliases][export]") {
  const ArticleFacts first =
      article("one", "Brantwell Foods Inc. (BFI) said it would buy a mill. Brantwell said the price was fair.");
  const ArticleFacts second =
      // Each article defines BFI: an acronym another article defined is not yet read as the same
      // name across articles (a discovered "BFI" there stays an organisation of its own).
      article("two", "Brantwell Foods Inc. (BFI) cut prices. BFI shares fell as Brantwell Foods said demand slowed.");
  const std::string turtle = turtle_of({&first, &second}, "forward");
  CHECK(turtle == turtle_of({&second, &first}, "backward"));
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "dealgraph-aliases-read.ttl";
  std::ofstream(path, std::ios::binary) << turtle;
  const rdf::TripleIndex index(rdf::read_turtle_file(path.string()));
  std::filesystem::remove(path);
  const std::string skos = "http://www.w3.org/2004/02/skos/core#";
  const auto organizations = index.subjects_of_type(std::string(rdf::kDg) + "Organization");
  REQUIRE(organizations.size() == 1);
  std::vector<std::string> labels;
  for (const rdf::Term* label : index.objects(organizations[0], skos + "altLabel")) labels.push_back(label->value);
  std::sort(labels.begin(), labels.end());
  CHECK(labels == std::vector<std::string>{"BFI", "Brantwell", "Brantwell Foods"});
  CHECK(index.first_object(organizations[0], skos + "prefLabel")->value == "Brantwell Foods Inc.");
}

TEST_CASE("aliases: the reason a short form names the entity named in full", "[extract][passes][aliases]") {
  struct Row {
    const char* text;
    const char* full;
    const char* short_form;
    EntityKind kind;
    const char* reason;
  };
  const Row rows[] = {
      {"Brantwell Foods Inc. (BFI) said BFI would buy.", "Brantwell Foods Inc.", "BFI", EntityKind::Organization,
       "acronym defined in text"},
      {"Brantwell Foods Inc. said Brantwell would buy.", "Brantwell Foods Inc.", "Brantwell", EntityKind::Organization,
       "short form"},
      {"Harrowgate Milling Ltd said Harrowgate Milling would sell.", "Harrowgate Milling Ltd", "Harrowgate Milling",
       EntityKind::Organization, "company-form suffix"},
      {"Orla Vantreece said Vantreece would stay.", "Orla Vantreece", "Vantreece", EntityKind::Person, "surname"},
      {"北方云图信息技术有限公司（简称“云图”）发布新品。云图表示将扩产。", "北方云图信息技术有限公司", "云图",
       EntityKind::Organization, "short name defined in text"},
      {"北方云图信息技术有限公司发布新品。北方云图信息技术表示将扩产。", "北方云图信息技术有限公司", "北方云图信息技术",
       EntityKind::Organization, "company-form suffix"},
      // Not a short form of the name: no reason, so no merge.
      {"Brantwell Foods Inc. said Harrowgate would buy.", "Brantwell Foods Inc.", "Harrowgate", EntityKind::Organization,
       ""},
      {"Orla Vantreece said Orla would stay.", "Orla Vantreece", "Orla", EntityKind::Person, ""},
  };
  for (const Row& row : rows) {
    INFO(row.text);
    const std::string text = row.text;
    const std::size_t at = text.find(row.full);
    REQUIRE(at != std::string::npos);
    CHECK(alias_rules().reason_for(text, {{at, at + std::string(row.full).size()}}, row.short_form, row.kind) == row.reason);
  }
}
