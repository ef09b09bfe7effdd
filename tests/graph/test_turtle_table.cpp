// rdf::TripleTable, the reader of large graphs, reads what read_turtle_file (Sord) reads: the
// same triples, the same blank node labels and the same errors.
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include "rdf/turtle_reader.hpp"

using namespace dealgraph;
using rdf::Term;
using rdf::TripleTable;

namespace {

using Row = std::array<std::string, 3>;

std::string show(const Term& term) {
  const char kind = term.kind == Term::Kind::Iri ? 'I' : term.kind == Term::Kind::Blank ? 'B' : 'L';
  return std::string(1, kind) + "|" + term.value + "|" + term.datatype + "|" + term.language;
}

std::vector<Row> sorted(std::vector<Row> rows) {
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  return rows;
}

std::vector<Row> with_sord(const std::string& text) {
  std::vector<Row> rows;
  for (const rdf::Triple& t : rdf::read_turtle_string(text, "doc.ttl"))
    rows.push_back({show(t.subject), show(t.predicate), show(t.object)});
  return sorted(rows);
}

std::vector<Row> rows_of(const TripleTable& table) {
  std::vector<Row> rows;
  for (const TripleTable::Statement& s : table.statements())
    rows.push_back({show(table.term(s.subject)), show(table.term(s.predicate)), show(table.term(s.object))});
  return rows;
}

std::string error_of(auto read) {
  try {
    read();
  } catch (const rdf::ParseError& error) {
    return error.what();
  }
  return "no error";
}

constexpr const char* kDocument = R"TTL(
@prefix dg: <https://w3id.org/dealgraph#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
@base <http://example.org/base/> .

<a> a dg:Organization ;
  skos:prefLabel "Acme"@en, "Acmé"@fr-CA, "Ac\u006De", """two
lines""" ;
  dg:confidence 0.5, 1, 2.5e3, true ;
  dg:published "2025-01"^^xsd:gYearMonth, "x"^^<http://example.org/type> ;
  dg:evidence [ dg:source <../article/1> ; dg:quote "q\tq \U0001F600"@zh-Hans ; dg:start 0 ] ;
  dg:list ( 1 "two" <three> ) ;
  dg:knows _:b1, _:x, _:b1 ;
  dg:cut "before\u0000after" .
_:b1 dg:name "b one" .
_:x dg:name "x" ; dg:next [ dg:name "nested" ] .
<#frag> dg:same <a>, <a> .
)TTL";

}  // namespace

TEST_CASE("the triple table reads the triples Sord reads", "[turtle-table]") {
  const TripleTable table = rdf::read_turtle_table_string(kDocument, "doc.ttl");
  // The same set, blank node labels included (Serd renames _:b1, both readers add the prefix).
  CHECK(sorted(rows_of(table)) == with_sord(kDocument));

  SECTION("in file order, repeats kept") {
    const std::vector<Row> rows = rows_of(table);
    CHECK(rows.size() == sorted(rows).size() + 2);  // _:b1 and <a> are written twice
    CHECK(rows.front()[1] == "I|http://www.w3.org/1999/02/22-rdf-syntax-ns#type||");
    CHECK(rows.back()[0] == "I|http://example.org/base/#frag||");
  }
  SECTION("each IRI and blank node once") {
    const TripleTable::Id a = table.find(Term::Kind::Iri, "http://example.org/base/a");
    REQUIRE(a != TripleTable::kNone);
    CHECK(table.statements().front().subject == a);
    CHECK(table.statements().back().object == a);
    CHECK(table.find(Term::Kind::Blank, "http://example.org/base/a") == TripleTable::kNone);
    CHECK(table.find(Term::Kind::Iri, "http://example.org/base/nothing") == TripleTable::kNone);
  }
  SECTION("literals keep their datatype and language") {
    bool found = false;
    for (const TripleTable::Statement& s : table.statements()) {
      if (table.value(s.object) != "Acmé") continue;
      found = true;
      CHECK(table.kind(s.object) == Term::Kind::Literal);
      CHECK(table.language(s.object) == "fr-CA");
      CHECK(table.datatype(s.object) == TripleTable::kNone);
    }
    CHECK(found);
  }
}

TEST_CASE("the triple table orders nodes as Sord does", "[turtle-table]") {
  const TripleTable table = rdf::read_turtle_table_string(
      "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
      "<http://x/s> <http://x/p> \"b\", \"a\"@fr, \"a\"@en, \"a\"^^xsd:token, \"a\", <http://x/b>, <http://x/a>, [] .\n",
      "order.ttl");
  std::vector<TripleTable::Id> objects;
  for (const TripleTable::Statement& s : table.statements()) objects.push_back(s.object);
  std::sort(objects.begin(), objects.end(), [&](auto a, auto b) { return table.compare(a, b) < 0; });
  std::vector<std::string> shown;
  for (TripleTable::Id id : objects) shown.push_back(show(table.term(id)));
  CHECK(shown == std::vector<std::string>{"L|a||", "L|a||en", "L|a||fr", "L|a|http://www.w3.org/2001/XMLSchema#token|",
                                          "L|b||", "I|http://x/a||", "I|http://x/b||", "B|fb1||"});
  CHECK(table.compare(objects[0], objects[0]) == 0);
}

TEST_CASE("the triple table reports errors as read_turtle_file does", "[turtle-table]") {
  const std::string syntax = "@prefix dg: <https://w3id.org/dealgraph#> .\n<http://x/a> a dg:Article ;\n  dg:sourceId \"a\" \n";
  const std::string message = error_of([&] { rdf::read_turtle_string(syntax, "bad.ttl"); });
  CHECK_THAT(message, Catch::StartsWith("bad.ttl:4:"));
  CHECK(error_of([&] { rdf::read_turtle_table_string(syntax, "bad.ttl"); }) == message);

  const std::string undefined = "<http://x/a> a nope:Thing .\n";
  CHECK(error_of([&] { rdf::read_turtle_table_string(undefined, "prefix.ttl"); }) ==
        error_of([&] { rdf::read_turtle_string(undefined, "prefix.ttl"); }));
  CHECK_THAT(error_of([&] { rdf::read_turtle_table_string(undefined, "prefix.ttl"); }),
             Catch::Contains("nope:Thing"));

  const std::string missing =
      (std::filesystem::temp_directory_path() / ("dealgraph-missing-" + std::to_string(::getpid()) + ".ttl")).string();
  CHECK(error_of([&] { rdf::read_turtle_table(missing); }) == error_of([&] { rdf::read_turtle_file(missing); }));
}

TEST_CASE("the triple table reads files as read_turtle_file does", "[turtle-table]") {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("dealgraph-table-" + std::to_string(::getpid()) + ".ttl")).string();
  std::ofstream(path, std::ios::binary) << kDocument;
  const TripleTable table = rdf::read_turtle_table(path);
  std::vector<Row> expected;
  for (const rdf::Triple& t : rdf::read_turtle_file(path))
    expected.push_back({show(t.subject), show(t.predicate), show(t.object)});
  std::filesystem::remove(path);
  CHECK(sorted(rows_of(table)) == sorted(expected));
}
