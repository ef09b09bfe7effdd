#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "extract/entity_matcher.hpp"
#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

// The local names of the entities found in `text`, in order.
std::vector<std::string> found(const std::string& text) {
  std::vector<std::string> names;
  for (const Mention& m : test::facts_of(text).mentions) names.push_back(m.entity_key.substr(m.entity_key.rfind('/') + 1));
  return names;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("names match in every language and script", "[extract][matching]") {
  SECTION("Chinese names match without word boundaries") {
    CHECK(found("英伟达向OpenAI投资。") == V{"nvidia", "openai"});
    CHECK(found("輝達與台積電簽約。") == V{"nvidia", "tsmc"});
  }
  SECTION("Latin names match only on word boundaries") {
    CHECK(found("Intel and intelligence are different words.") == V{"intel"});
    CHECK(found("A Nvidia e a OpenAI assinaram.") == V{"nvidia", "openai"});
    CHECK(found("Microsoft y Anthropic firmaron un acuerdo.") == V{"microsoft", "anthropic"});
  }
  SECTION("case and width do not matter for ordinary names") {
    CHECK(found("NVIDIA and ｎｖｉｄｉａ.") == V{"nvidia", "nvidia"});
  }
  SECTION("middle dots of any kind join a Chinese transliteration") {
    CHECK(found("萨姆·奥特曼") == V{"sam-altman"});
    CHECK(found("萨姆・奥特曼") == V{"sam-altman"});
    CHECK(found("萨姆‧奥特曼") == V{"sam-altman"});
  }
  SECTION("the longest name wins") {
    CHECK(found("The Wall Street Journal reported it.") == V{"wall-street-journal"});
  }
}

TEST_CASE("ambiguous names need case or context", "[extract][matching]") {
  SECTION("names that are also words match only in their own case") {
    CHECK(found("Meta bought chips.") == V{"meta"});
    CHECK(found("a meta da empresa") == V{});
    CHECK(found("Apple buys an apple.") == V{"apple"});
    CHECK(found("The Information reported the information.") == V{"the-information"});
  }
  SECTION("short all-capital names are acronyms, not the words they spell") {
    CHECK(found("OpenAI faz um escândalo.") == V{"openai"});
  }
  SECTION("a surname counts only after the full name in the same text") {
    CHECK(found("Altman said so.") == V{});
    CHECK(found("Sam Altman spoke. Later Altman said so.") == V{"sam-altman", "sam-altman"});
    CHECK(found("黄仁勋表示。随后老黄又说。") == V{"jensen-huang", "jensen-huang"});
  }
  SECTION("Groq is not Grok") {
    CHECK(found("Groq and Grok") == V{"groq", "grok"});
  }
}

TEST_CASE("a user lexicon adds entries; a malformed one is a clear error", "[extract][lexicon]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("dealgraph-lexicon-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const fs::path good = dir / "mine.ttl";
  std::ofstream(good) << "@prefix dg: <https://w3id.org/dealgraph#> .\n"
                         "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
                         "<https://example.org/acme-compute> a dg:Organization ;\n"
                         "  skos:prefLabel \"Acme Compute\"@en ; skos:altLabel \"艾克米算力\"@zh-Hans .\n";
  const fs::path bad = dir / "broken.ttl";
  std::ofstream(bad) << "@prefix dg: <https://w3id.org/dealgraph#> .\n<x> a dg:Organization ;\n  dg:oops \"unterminated .\n";

  auto files = KnowledgeFiles::in(Ontology(test::ontology_dir()), {good.string()});
  const Lexicon lexicon = Lexicon::load(files.lexicon);
  const LexiconEntry* entry = lexicon.resolve("艾克米算力");
  REQUIRE(entry != nullptr);
  CHECK(entry->pref_label == "Acme Compute");
  CHECK(lexicon.resolve("NVIDIA Corp.") == lexicon.resolve("英伟达"));

  extract::EntityMatcher matcher(lexicon);
  const auto mentions = matcher.find("Acme Compute signed with 艾克米算力.");
  CHECK(mentions.size() == 2);

  files = KnowledgeFiles::in(Ontology(test::ontology_dir()), {bad.string()});
  CHECK_THROWS_AS(Lexicon::load(files.lexicon), LexiconError);
  CHECK_THROWS_WITH(Lexicon::load(files.lexicon), Catch::Contains("broken.ttl:3:"));
  fs::remove_all(dir);
}
