// The lexicon module: a user's files extend the built-in lexicon; a label names one entity.
#include <unistd.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "dealgraph/extract.hpp"
#include "dealgraph/lexicon.hpp"
#include "dealgraph/ontology.hpp"
#include "extract/entity_matcher.hpp"
#include "support/knowledge.hpp"

using namespace dealgraph;
namespace fs = std::filesystem;

namespace {

constexpr const char* kPrefixes =
    "@prefix dg: <https://w3id.org/dealgraph#> .\n"
    "@prefix lex: <https://w3id.org/dealgraph/lexicon/> .\n"
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n";

// A user lexicon file of `body` in a folder of its own, removed with the fixture.
struct UserLexicon {
  fs::path dir;
  explicit UserLexicon(const std::string& name)
      : dir(fs::temp_directory_path() / ("dealgraph-test-lexicon-" + name + "-" + std::to_string(::getpid()))) {
    fs::create_directories(dir);
  }
  ~UserLexicon() { fs::remove_all(dir); }
  std::string file(const std::string& name, const std::string& body) const {
    std::ofstream(dir / name) << kPrefixes << body;
    return (dir / name).string();
  }
};

Lexicon load_with(const std::vector<std::string>& user_files) {
  return Lexicon::load(KnowledgeFiles::in(Ontology(test::ontology_dir()), user_files).lexicon);
}

}  // namespace

TEST_CASE("a user lexicon adds labels to a built-in entity by its IRI", "[extract][lexicon]") {
  const UserLexicon user("alias");
  const std::string typed =
      user.file("typed.ttl", "lex:nvidia a dg:Organization ; skos:altLabel \"Team Green\"@en .\n");
  const std::string untyped = user.file("untyped.ttl", "lex:nvidia skos:altLabel \"Grüne Chips\"@de .\n");
  const Lexicon lexicon = load_with({typed, untyped});
  const LexiconEntry* nvidia = lexicon.find("https://w3id.org/dealgraph/lexicon/nvidia");
  REQUIRE(nvidia != nullptr);
  CHECK(lexicon.resolve("Team Green") == nvidia);
  CHECK(lexicon.resolve("grüne chips") == nvidia);
  CHECK(lexicon.resolve("英伟达") == nvidia);  // the built-in labels stay
  CHECK(nvidia->pref_label == "Nvidia");       // and so does the built-in preferred label
  CHECK(nvidia->local_name == "nvidia");
  CHECK(lexicon.entries().size() == load_with({}).entries().size());  // no second entity

  SECTION("the matcher finds the new alias as the same entity") {
    extract::EntityMatcher matcher(lexicon);
    const auto mentions = matcher.find("Team Green and Nvidia are one company.");
    REQUIRE(mentions.size() == 2);
    CHECK(mentions[0].entity_key == mentions[1].entity_key);
  }
  SECTION("a label the entity already has is no conflict") {
    const std::string again = user.file("again.ttl", "lex:nvidia skos:altLabel \"NVIDIA\"@en , \"Team Green\"@en .\n");
    CHECK_NOTHROW(load_with({typed, again}));
  }
}

TEST_CASE("a label that would name two entities is an error with its file and line", "[extract][lexicon]") {
  const UserLexicon user("conflict");
  SECTION("a new entity with a built-in entity's label") {
    const std::string file = user.file("clash.ttl",
                                       "\n<https://example.org/chipco> a dg:Organization ;\n"
                                       "  skos:prefLabel \"Chipco\"@en ; skos:altLabel \"nvidia corp.\"@en .\n");
    CHECK_THROWS_AS(load_with({file}), LexiconError);
    CHECK_THROWS_WITH(load_with({file}),
                      Catch::Contains("clash.ttl:6:") && Catch::Contains("\"nvidia corp.\"") &&
                          Catch::Contains("already names https://w3id.org/dealgraph/lexicon/nvidia"));
  }
  SECTION("two user entities with one label, across files") {
    const std::string first =
        user.file("a.ttl", "<https://example.org/a> a dg:Organization ; skos:prefLabel \"Orrin Labs\"@en .\n");
    const std::string second = user.file("b.ttl",
                                         "<https://example.org/b> a dg:Organization ;\n"
                                         "  skos:prefLabel \"Orrin Holdings\"@en ; skos:altLabel \"ORRIN LABS\" .\n");
    CHECK_THROWS_WITH(load_with({first, second}), Catch::Contains("b.ttl:5:") && Catch::Contains("a.ttl"));
  }
  SECTION("an addition to a built-in entity with another entity's label") {
    const std::string file = user.file("steal.ttl", "lex:nvidia skos:altLabel \"AMD\"@en .\n");
    CHECK_THROWS_WITH(load_with({file}), Catch::Contains("steal.ttl:4:") && Catch::Contains("lexicon/amd"));
  }
  SECTION("the same IRI as another kind") {
    const std::string file = user.file("kind.ttl", "lex:nvidia a dg:Person ; skos:altLabel \"J. Green\"@en .\n");
    CHECK_THROWS_WITH(load_with({file}),
                      Catch::Contains("kind.ttl:4:") && Catch::Contains("dg:Person here but a dg:Organization"));
  }
}

TEST_CASE("labels for an IRI no file defines are an error, not ignored", "[extract][lexicon]") {
  const UserLexicon user("unknown");
  const std::string file = user.file("typo.ttl", "lex:nvidai skos:altLabel \"Team Green\"@en .\n");
  CHECK_THROWS_WITH(load_with({file}), Catch::Contains("typo.ttl:4:") && Catch::Contains("lexicon/nvidai has labels but no type"));
}

TEST_CASE("the built-in lexicon gives no label to two entities", "[extract][lexicon]") { CHECK_NOTHROW(load_with({})); }

TEST_CASE("owl:sameAs in a user lexicon makes two entries one, the first keeping its names", "[extract][lexicon][identity]") {
  const UserLexicon user("same-as");
  const std::string file = user.file("same.ttl",
                                     "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                                     "<https://example.org/vessel> a dg:Organization ; skos:prefLabel \"Vessel Robotics\"@en .\n"
                                     "<https://example.org/vr> a dg:Organization ; skos:prefLabel \"VR Automation\"@en ;\n"
                                     "  skos:altLabel \"Vessel Automation\"@en .\n"
                                     "<https://example.org/vessel> owl:sameAs <https://example.org/vr> .\n");
  const Lexicon lexicon = load_with({file});
  const LexiconEntry* vessel = lexicon.find("https://example.org/vessel");
  REQUIRE(vessel != nullptr);
  CHECK(lexicon.find("https://example.org/vr") == vessel);
  CHECK(lexicon.resolve("VR Automation") == vessel);
  CHECK(lexicon.resolve("vessel automation") == vessel);
  CHECK(vessel->pref_label == "Vessel Robotics");
  CHECK(lexicon.entries().size() == load_with({}).entries().size() + 1);
}

TEST_CASE("owl:sameAs to an IRI no file defines makes that found entity the entry's", "[extract][lexicon][identity]") {
  const UserLexicon user("same-as-found");
  const std::string file = user.file("found.ttl",
                                     "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                                     "<https://w3id.org/dealgraph/id/org/quarrow-holdco> owl:sameAs lex:nvidia .\n");
  const Lexicon lexicon = load_with({file});
  const LexiconEntry* nvidia = lexicon.find("https://w3id.org/dealgraph/lexicon/nvidia");
  CHECK(lexicon.resolve("quarrow-holdco") == nvidia);
  CHECK(lexicon.resolve("Quarrow Holdco") == nvidia);
  CHECK(lexicon.find("https://w3id.org/dealgraph/id/org/quarrow-holdco") == nvidia);  // the entry is kept
}

TEST_CASE("owl:differentFrom keeps a found name from resolving to an entry", "[extract][lexicon][identity]") {
  const UserLexicon user("different");
  const Lexicon plain = load_with({});
  const LexiconEntry* nvidia = plain.find("https://w3id.org/dealgraph/lexicon/nvidia");
  REQUIRE(plain.resolve("Nvidia Holdings") == nvidia);  // the suffix rule would merge it
  const std::string file = user.file("apart.ttl",
                                     "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
                                     "lex:nvidia owl:differentFrom <https://w3id.org/dealgraph/id/org/nvidia-holdings> .\n");
  const Lexicon lexicon = load_with({file});
  CHECK(lexicon.resolve("Nvidia Holdings") == nullptr);
  CHECK(lexicon.resolve("nvidia-holdings") == nullptr);
  CHECK(lexicon.resolve("Nvidia Corp.") == lexicon.find("https://w3id.org/dealgraph/lexicon/nvidia"));  // others still do
}

TEST_CASE("identity statements the lexicon cannot apply are errors with their file and line", "[extract][lexicon][identity]") {
  const UserLexicon user("identity-errors");
  const std::string prefix = "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n";
  SECTION("neither side is an entry") {
    const std::string file = user.file("none.ttl", prefix + "\n<https://example.org/x> owl:sameAs <https://example.org/y> .\n");
    CHECK_THROWS_WITH(load_with({file}), Catch::Contains("none.ttl:6:") && Catch::Contains("neither of which"));
  }
  SECTION("a text instead of an IRI") {
    const std::string file = user.file("text.ttl", prefix + "lex:nvidia owl:sameAs \"Team Green\" .\n");
    CHECK_THROWS_WITH(load_with({file}), Catch::Contains("text.ttl:5:") && Catch::Contains("is the text"));
  }
  SECTION("one and two at once") {
    const std::string file = user.file("both.ttl", prefix + "lex:nvidia owl:sameAs lex:amd .\nlex:amd owl:differentFrom lex:nvidia .\n");
    CHECK_THROWS_WITH(load_with({file}), Catch::Contains("both.ttl:") && Catch::Contains("leave one of the two"));
  }
  SECTION("two kinds") {
    const std::string file = user.file("kinds.ttl", prefix + "lex:nvidia owl:sameAs lex:jensen-huang .\n");
    CHECK_THROWS_WITH(load_with({file}), Catch::Contains("kinds.ttl:5:") && Catch::Contains("one kind"));
  }
}
