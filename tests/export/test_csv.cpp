// --format csv: the neo4j-admin header convention, RFC 4180 quoting, and the same bytes twice.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "dealgraph/export.hpp"
#include "support/knowledge.hpp"

using namespace dealgraph;
namespace fs = std::filesystem;

namespace {

fs::path temp_dir(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("dealgraph-csv-" + name + "-" + std::to_string(::getpid()));
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

// RFC 4180 records of a file: fields split on commas outside quotes, records on CRLF outside quotes.
std::vector<std::vector<std::string>> records(const std::string& text) {
  std::vector<std::vector<std::string>> out(1, std::vector<std::string>(1));
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') out.back().back() += '"', ++i;
      else if (c == '"') quoted = false;
      else out.back().back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      out.back().emplace_back();
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
      if (i + 1 < text.size()) out.emplace_back(1);
    } else {
      out.back().back() += c;
    }
  }
  return out;
}

KnowledgeGraph graph_of(const std::string& text) {
  KnowledgeGraph graph;
  graph.add(test::facts_of(text), test::extractor().lexicon());
  graph.finish();
  return graph;
}

const char* kArticle =
    "Nvidia will invest $100 billion in OpenAI, \"a bet on compute\", the companies said. "
    "Sam Altman, chief executive of OpenAI, welcomed it.";

}  // namespace

TEST_CASE("CSV output has neo4j-admin headers, one id space and the deal's parties as relationships", "[export][csv]") {
  const fs::path dir = temp_dir("headers");
  const KnowledgeGraph graph = graph_of(kArticle);
  REQUIRE(graph.deals().size() == 1);
  write_graph(graph, ExportFormat::Csv, dir.string());
  for (const std::string& name : csv_file_names()) REQUIRE(fs::exists(dir / name));

  const auto entities = records(slurp(dir / "nodes-entities.csv"));
  CHECK(entities.front() == std::vector<std::string>{"id:ID", ":LABEL", "name", "language", "altLabels:string[]",
                                                      "articles:int", "confidence:double"});
  const auto deals = records(slurp(dir / "nodes-deals.csv"));
  REQUIRE(deals.size() == 2);
  const std::string deal = deals[1][0];
  CHECK(deals[1][1] == "Deal;Investment");

  const auto relationships = records(slurp(dir / "relationships.csv"));
  CHECK(relationships.front() == std::vector<std::string>{":START_ID", ":TYPE", ":END_ID", "quote", "start:int", "end:int"});
  std::set<std::pair<std::string, std::string>> roles;
  std::string quote;
  for (const auto& row : relationships) {
    REQUIRE(row.size() == 6);
    if (row[0] == deal && (row[1] == "INVESTOR" || row[1] == "INVESTEE")) roles.insert({row[1], row[2]});
    if (row[0] == deal && row[1] == "EVIDENCE") quote = row[3];
  }
  CHECK(roles == std::set<std::pair<std::string, std::string>>{{"INVESTOR", "https://w3id.org/dealgraph/id/org/nvidia"},
                                                                {"INVESTEE", "https://w3id.org/dealgraph/id/org/openai"}});
  // The quote, with its comma and quotes, reads back as written.
  CHECK(quote == "Nvidia will invest $100 billion in OpenAI, \"a bet on compute\", the companies said.");

  // Every :END_ID and :START_ID is an id:ID of some node file.
  std::set<std::string> ids;
  for (const std::string& name : csv_file_names()) {
    if (name == "relationships.csv") continue;
    const auto rows = records(slurp(dir / name));
    for (std::size_t i = 1; i < rows.size(); ++i) CHECK(ids.insert(rows[i][0]).second);
  }
  for (std::size_t i = 1; i < relationships.size(); ++i) {
    CHECK(ids.count(relationships[i][0]) == 1);
    CHECK(ids.count(relationships[i][2]) == 1);
  }

  const auto amounts = records(slurp(dir / "nodes-amounts.csv"));
  REQUIRE(amounts.size() == 2);
  CHECK(amounts[1][1] == "Amount");
  CHECK(amounts[1][2] == "100000000000");
  CHECK(amounts[1][5] == "USD");
}

TEST_CASE("CSV quoting follows RFC 4180 and the bytes do not change from one run to the next", "[export][csv]") {
  const fs::path a = temp_dir("a"), b = temp_dir("b");
  const KnowledgeGraph graph = graph_of(kArticle);
  write_graph_into(graph, ExportFormat::Csv, a.string());
  write_graph_into(graph_of(kArticle), ExportFormat::Csv, b.string());
  for (const std::string& name : csv_file_names()) CHECK(slurp(a / name) == slurp(b / name));
  const std::string relationships = slurp(a / "relationships.csv");
  CHECK(relationships.find("\"Nvidia will invest $100 billion in OpenAI, \"\"a bet on compute\"\", the companies said.\"") !=
        std::string::npos);
  CHECK(relationships.substr(relationships.size() - 2) == "\r\n");
  CHECK(parse_formats("ttl,CSV") == std::vector<ExportFormat>{ExportFormat::Turtle, ExportFormat::Csv});
  CHECK(file_names(ExportFormat::Csv) == csv_file_names());
  CHECK(file_names(ExportFormat::Turtle) == std::vector<std::string>{"graph.ttl"});
}
