#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "dealgraph/export.hpp"
#include "dealgraph/extract.hpp"
#include "dealgraph/pipeline.hpp"
#include "dealgraph/text.hpp"

namespace dealgraph {
namespace fs = std::filesystem;

std::string find_ontology_dir(const std::string& argv0) {
  if (const char* env = std::getenv("DEALGRAPH_ONTOLOGY"); env && *env) return env;
  auto usable = [](const fs::path& dir) { return fs::exists(dir / "dealgraph.ttl") && fs::exists(dir / "rules"); };
  if (usable("ontology")) return "ontology";
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);
  if (error) exe = fs::path(argv0);
  for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
    if (usable(dir / "ontology")) return (dir / "ontology").string();
    if (usable(dir / "share" / "dealgraph" / "ontology")) return (dir / "share" / "dealgraph" / "ontology").string();
  }
  return DEALGRAPH_SOURCE_ONTOLOGY;
}

BuildResult run_build(const BuildOptions& options, std::ostream& log) {
  BuildResult result{KnowledgeGraph(options.base), 0, 0, {}, {}, {}};
  // Inputs first: a path that does not exist is a usage failure before any work.
  std::vector<InputFile> files = list_inputs(options.inputs, result.skipped);

  const TextStage text_stage(TextRules::load((fs::path(options.ontology_dir) / "rules" / "text.ttl").string()));
  const Extractor extractor(KnowledgeFiles::in(options.ontology_dir, options.user_lexicons));

  nlohmann::json built = nlohmann::json::array();
  std::set<std::string> seen_ids;
  for (const InputFile& file : files) {
    ++result.inputs_read;
    IngestResult ingested = read_input(file, options.ingest);
    for (SkippedInput& skipped : ingested.skipped) {
      log << "dealgraph: skipped " << skipped.source_path << ": " << skipped.reason << "\n";
      result.skipped.push_back(std::move(skipped));
    }
    for (RawArticle& article : ingested.articles) {
      if (!seen_ids.insert(article.source_id).second) {
        result.skipped.push_back({article.source_path, "duplicate source id " + article.source_id});
        log << "dealgraph: skipped " << article.source_path << ": duplicate source id " << article.source_id << "\n";
        continue;
      }
      Document document = text_stage.prepare(article);
      if (document.sentences.empty()) {
        result.skipped.push_back({article.source_path, "no text after markup and boilerplate were removed"});
        log << "dealgraph: skipped " << article.source_path << ": no text\n";
        continue;
      }
      ArticleFacts facts = extractor.extract(std::move(document));
      result.graph.add(facts, extractor.lexicon());
      ++result.articles_built;
      built.push_back({{"source", facts.document.source_path},
                       {"id", facts.document.source_id},
                       {"format", to_string(facts.document.format)},
                       {"language", facts.document.language},
                       {"sentences", facts.document.sentences.size()},
                       {"mentions", facts.mentions.size()},
                       {"deals", facts.deals.size()},
                       {"positions", facts.positions.size()}});
    }
  }
  result.graph.finish();
  result.findings = check_graph(result.graph);

  std::error_code error;
  fs::create_directories(options.output_dir, error);
  if (error) throw ExportError(options.output_dir + ": cannot create output folder: " + error.message());
  const fs::path out(options.output_dir);
  for (const ExportFormat format : options.formats) write_graph(result.graph, format, (out / file_name(format)).string());

  std::size_t organizations = 0, people = 0, chips = 0, products = 0, errors = 0, warnings = 0;
  for (const auto& [iri, entity] : result.graph.entities()) {
    switch (entity.kind) {
      case EntityKind::Organization: ++organizations; break;
      case EntityKind::Person: ++people; break;
      case EntityKind::Chip: ++chips; break;
      case EntityKind::Product: ++products; break;
    }
  }
  nlohmann::json findings = nlohmann::json::array();
  for (const Finding& finding : result.findings) {
    findings.push_back(finding_to_json(finding));
    (finding.severity == "error" ? errors : warnings)++;
  }
  nlohmann::json skipped = nlohmann::json::array();
  for (const SkippedInput& s : result.skipped) skipped.push_back({{"source", s.source_path}, {"reason", s.reason}});
  std::sort(skipped.begin(), skipped.end());
  std::sort(built.begin(), built.end(), [](const auto& a, const auto& b) { return a["id"] < b["id"]; });
  const GraphmlCounts graphml = graphml_counts(result.graph);
  nlohmann::json& report = result.report;
  report["dealgraph"] = DEALGRAPH_VERSION;
  report["inputs"]["read"] = result.inputs_read;
  report["inputs"]["articles"] = result.articles_built;
  report["inputs"]["skipped"] = result.skipped.size();
  report["built"] = built;
  report["skipped"] = skipped;
  nlohmann::json& counts = report["counts"];
  counts["articles"] = result.graph.articles().size();
  counts["entities"] = result.graph.entities().size();
  counts["organizations"] = organizations;
  counts["people"] = people;
  counts["chips"] = chips;
  counts["products"] = products;
  counts["deals"] = result.graph.deals().size();
  counts["positions"] = result.graph.positions().size();
  report["graphml"]["nodes"] = graphml.nodes;
  report["graphml"]["edges"] = graphml.edges;
  report["findings"] = findings;
  report["finding_counts"]["errors"] = errors;
  report["finding_counts"]["warnings"] = warnings;
  write_file_atomically((out / "report.json").string(), result.report.dump(2) + "\n");
  return result;
}

}  // namespace dealgraph
