// GraphML's timeline: the start and end keys Gephi turns into intervals, from the deals' dates.
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

struct GraphmlFile {
  std::string xml;

  explicit GraphmlFile(const KnowledgeGraph& graph) {
    const fs::path path = fs::temp_directory_path() / ("dealgraph-timeline-" + std::to_string(::getpid()) + ".graphml");
    write_graphml(graph, path.string());
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    xml = buffer.str();
    fs::remove(path);
  }

  // The <node> element whose iri is `iri`.
  std::string node(const std::string& iri) const {
    const std::size_t at = xml.find("<data key=\"iri\">" + iri + "</data>");
    if (at == std::string::npos) return {};
    const std::size_t begin = xml.rfind("<node ", at);
    return xml.substr(begin, xml.find("</node>", at) - begin);
  }
  // Every <edge> element, in file order.
  std::vector<std::string> edges() const {
    std::vector<std::string> found;
    for (std::size_t at = xml.find("<edge "); at != std::string::npos; at = xml.find("<edge ", at + 1))
      found.push_back(xml.substr(at, xml.find("</edge>", at) - at));
    return found;
  }
};

std::string value(const std::string& element, const std::string& key) {
  const std::string open = "<data key=\"" + key + "\">";
  const std::size_t at = element.find(open);
  if (at == std::string::npos) return "(none)";
  const std::size_t begin = at + open.size();
  return element.substr(begin, element.find('<', begin) - begin);
}

// Two deals with OpenAI, a post, and the dates given to the deals in IRI order.
KnowledgeGraph dated_graph(const std::vector<std::set<std::string>>& dates) {
  KnowledgeGraph graph;
  graph.add(test::facts_of("Nvidia will invest $100 billion in OpenAI. Microsoft will invest $5 billion in OpenAI. "
                           "Sam Altman, chief executive of OpenAI, said so."),
            test::extractor().lexicon());
  std::size_t index = 0;
  for (auto& [iri, deal] : graph.mutable_deals()) deal.dates = index < dates.size() ? dates[index++] : std::set<std::string>{};
  graph.finish();
  return graph;
}

std::string iri_of(const KnowledgeGraph& graph, const std::string& label) {
  for (const auto& [iri, entity] : graph.entities())
    if (entity.pref_label == label) return iri;
  return {};
}

}  // namespace

TEST_CASE("GraphML declares start and end for nodes and edges under the names Gephi reads", "[export][graphml]") {
  const GraphmlFile file(dated_graph({{"2025-06"}, {"2024-02-10"}}));
  CHECK(file.xml.find(R"(<key id="start" for="node" attr.name="start" attr.type="string"/>)") != std::string::npos);
  CHECK(file.xml.find(R"(<key id="end" for="node" attr.name="end" attr.type="string"/>)") != std::string::npos);
  CHECK(file.xml.find(R"(<key id="estart" for="edge" attr.name="start" attr.type="string"/>)") != std::string::npos);
  CHECK(file.xml.find(R"(<key id="eend" for="edge" attr.name="end" attr.type="string"/>)") != std::string::npos);
}

TEST_CASE("a deal lives the days its date covers, an entity the span of its dated deals", "[export][graphml]") {
  const KnowledgeGraph graph = dated_graph({{"2025-06"}, {"2024-02-10"}});
  REQUIRE(graph.deals().size() == 2);
  const GraphmlFile file(graph);
  const std::string first = file.node(graph.deals().begin()->first);
  const std::string second = file.node(std::next(graph.deals().begin())->first);
  CHECK(value(first, "start") == "2025-06-01");
  CHECK(value(first, "end") == "2025-06-30");
  CHECK(value(second, "start") == "2024-02-10");
  CHECK(value(second, "end") == "2024-02-10");
  // OpenAI is a party of both deals: from the first day of the one to the last of the other.
  const std::string openai = file.node(iri_of(graph, "OpenAI"));
  CHECK(value(openai, "start") == "2024-02-10");
  CHECK(value(openai, "end") == "2025-06-30");
  // Sam Altman is in no deal: no time, so Gephi keeps him out of no frame.
  const std::string person = file.node(iri_of(graph, "Sam Altman"));
  REQUIRE(!person.empty());
  CHECK(value(person, "start") == "(none)");
  std::size_t dated_edges = 0, post_edges = 0;
  for (const std::string& edge : file.edges()) {
    if (value(edge, "deal_type") == "(none)") {
      ++post_edges;
      CHECK(value(edge, "estart") == "(none)");
    } else {
      ++dated_edges;
      CHECK((value(edge, "estart") == "2025-06-01" || value(edge, "estart") == "2024-02-10"));
      CHECK(value(edge, "eend") >= value(edge, "estart"));
    }
  }
  CHECK(dated_edges >= 4);
  CHECK(post_edges == 1);
}

TEST_CASE("a year covers the year, February of a leap year its 29 days, and several dates their hull", "[export][graphml]") {
  const KnowledgeGraph graph = dated_graph({{"2024", "2026-02"}, {"2024-02"}});
  const GraphmlFile file(graph);
  const std::string first = file.node(graph.deals().begin()->first);
  const std::string second = file.node(std::next(graph.deals().begin())->first);
  CHECK(value(first, "start") == "2024-01-01");
  CHECK(value(first, "end") == "2026-02-28");
  CHECK(value(second, "start") == "2024-02-01");
  CHECK(value(second, "end") == "2024-02-29");
}

TEST_CASE("an undated deal, or one whose date is no calendar date, has no time", "[export][graphml]") {
  const KnowledgeGraph graph = dated_graph({{"2025-13"}, {"2023-02-29", "someday"}});
  const GraphmlFile file(graph);
  CHECK(file.xml.find("<data key=\"start\">") == std::string::npos);
  CHECK(file.xml.find("<data key=\"estart\">") == std::string::npos);
  const KnowledgeGraph undated = dated_graph({});
  CHECK(GraphmlFile(undated).xml.find("<data key=\"start\">") == std::string::npos);
}

TEST_CASE("the timeline gives the same bytes whichever run writes it", "[export][graphml]") {
  CHECK(GraphmlFile(dated_graph({{"2025-06"}, {"2024-02-10"}})).xml ==
        GraphmlFile(dated_graph({{"2025-06"}, {"2024-02-10"}})).xml);
}
