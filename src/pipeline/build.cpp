#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <system_error>
#include <thread>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include "dealgraph/export.hpp"
#include "dealgraph/extract.hpp"
#include "dealgraph/pipeline.hpp"
#include "dealgraph/text.hpp"
#include "pipeline/merge_log.hpp"
#include "pipeline/parts.hpp"
#include "pipeline/progress.hpp"
#include "util/run_manifest.hpp"
#include "util/atomic_file.hpp"
#include "util/output_folder.hpp"
#include "util/parallel.hpp"
#include "util/sha256.hpp"

namespace dealgraph {
namespace fs = std::filesystem;
using util::run_parallel;
using util::thread_count;

namespace {

// Starts `task` on a thread of its own when `policy` says so and the system gives one; else it
// runs when its result is asked for. The task holds its data by shared pointer, so a failed
// start loses nothing.
template <typename Task>
auto start_task(std::launch policy, const Task& task) {
  try {
    return std::async(policy, task);
  } catch (const std::system_error&) {
    return std::async(std::launch::deferred, task);
  }
}

// Runs the checks and writes the graph in every format asked for, then report.json, into the
// folder's staging area, and replaces the folder's files with them as one set. The checks and
// the writers only read the graph, so each runs on its own thread.
void check_and_write(BuildResult& result, nlohmann::json built, const std::vector<ExportFormat>& formats,
                     OutputFolder& folder, unsigned threads, const CheckRules& check_rules,
                     std::optional<OutputSlice> part = std::nullopt) {
  const OutputSlice slice = part.value_or(OutputSlice{});
  const fs::path out(folder.staging());
  GraphmlCounts graphml;
  run_parallel(formats.size() + 2, threads, [&](std::size_t task) {
    if (task == formats.size()) result.findings = check_graph(result.graph, check_rules);
    else if (task == formats.size() + 1) graphml = graphml_counts(result.graph);
    else write_graph_into(result.graph, formats[task], out.string(), slice);
  });

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
  nlohmann::json& report = result.report;
  report["dealgraph"] = DEALGRAPH_VERSION;
  report["inputs"]["read"] = result.inputs_read;
  report["inputs"]["articles"] = result.articles_built;
  report["inputs"]["skipped"] = result.skipped.size() + result.skipped_unlisted;
  report["built"] = built;
  report["skipped"] = skipped;
  if (result.skipped_unlisted > 0) report["skipped_not_listed"] = result.skipped_unlisted;
  nlohmann::json& counts = report["counts"];
  counts["articles"] = result.graph.articles().size();
  counts["entities"] = result.graph.entities().size();
  counts["organizations"] = organizations;
  counts["people"] = people;
  counts["chips"] = chips;
  counts["products"] = products;
  counts["deals"] = result.graph.deals().size();
  counts["positions"] = result.graph.posts().size();
  report["graphml"]["nodes"] = graphml.nodes;
  report["graphml"]["edges"] = graphml.edges;
  report["findings"] = findings;
  report["finding_counts"]["errors"] = errors;
  report["finding_counts"]["warnings"] = warnings;
  write_file_atomically((out / "report.json").string(),
                        result.report.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
  // report.json, then the manifest, last: a reader that finds them finds the files they describe.
  std::vector<RunFile> files;
  for (const ExportFormat format : formats)
    for (const std::string& name : file_names(format)) files.push_back({name, format_name(format)});
  files.push_back({"report.json", "report"});
  if (part) {
    write_part_file((out / kPartFile).string(), *part, formats);
    files.push_back({kPartFile, "part"});
  }
  commit_run(folder, files, DEALGRAPH_VERSION);
}

// A shard's report.json, checked for everything merge reads from it: an object from this
// version of dealgraph with "inputs.read", "built" entries with string "id"s and "skipped"
// entries with string "source" and "reason". Throws InputError saying what is wrong.
nlohmann::json read_shard_report(const std::string& path) {
  std::ifstream in(path);
  const nlohmann::json report = nlohmann::json::parse(in, nullptr, false);
  auto refuse = [&](const std::string& what) { throw InputError(path + ": refused: " + what); };
  if (report.is_discarded() || !report.is_object() || !report.contains("built")) refuse("not a dealgraph report");
  if (report.value("dealgraph", std::string()) != DEALGRAPH_VERSION)
    refuse("written by dealgraph " + report.value("dealgraph", std::string("(unknown)")) + ", not " +
           DEALGRAPH_VERSION + " (build every shard with the same version)");
  if (!report.contains("inputs") || !report["inputs"].is_object() || !report["inputs"].contains("read") ||
      !report["inputs"]["read"].is_number_unsigned())
    refuse("\"inputs\".\"read\" is not a count");
  if (!report["built"].is_array()) refuse("\"built\" is not a list");
  for (std::size_t i = 0; i < report["built"].size(); ++i) {
    const nlohmann::json& article = report["built"][i];
    if (!article.is_object() || !article.contains("id") || !article["id"].is_string())
      refuse("\"built\" entry " + std::to_string(i + 1) + " has no string \"id\"");
  }
  if (report.contains("skipped") && !report["skipped"].is_array()) refuse("\"skipped\" is not a list");
  for (const auto& s : report.value("skipped", nlohmann::json::array()))
    if (!s.is_object() || !s.contains("source") || !s["source"].is_string() || !s.contains("reason") ||
        !s["reason"].is_string())
      refuse("a \"skipped\" entry has no string \"source\" and \"reason\"");
  return report;
}

}  // namespace

unsigned shard_of(const std::string& source_id, unsigned shard_count) {
  // The first 8 bytes of SHA-256: the same share on every machine and in every run.
  const std::string digest = util::sha256_hex(source_id);
  return static_cast<unsigned>(std::stoull(digest.substr(0, 15), nullptr, 16) % shard_count);
}

BuildResult run_build(const BuildOptions& options, std::ostream& log) {
  BuildResult result{KnowledgeGraph(options.base), 0, 0, {}, {}, {}};
  // Inputs first: a path that does not exist is a usage failure before any work.
  std::vector<InputFile> files = list_inputs(options.inputs, result.skipped);

  const Ontology ontology(options.ontology_dir);
  const TextStage text_stage(TextRules::load(ontology.text_rules()));
  const Extractor extractor(KnowledgeFiles::in(ontology, options.user_lexicons));
  const CheckRules check_rules = CheckRules::load(ontology.check_rules());
  // Locked before the work: a second build into the same folder is told at once that it is busy.
  OutputFolder folder(options.output_dir);

  nlohmann::json built = nlohmann::json::array();
  std::set<std::string> seen_ids;
  const unsigned threads = thread_count(options.threads);
  ProgressMeter progress(options, files, log);

  // Articles are read in order and gathered in batches; each batch is prepared and extracted
  // on all threads, then added to the graph in input order (the graph would be the same in any
  // order: its IRIs and sort orders depend on content only). With more than one thread the
  // stages overlap: batch N+1 is read while batch N is extracted and batch N-1 is added.
  const bool overlap = threads > 1;
  const auto policy = overlap ? std::launch::async : std::launch::deferred;
  struct Extracted {
    std::vector<RawArticle> batch;
    std::size_t bytes = 0;
    std::vector<std::optional<ArticleFacts>> facts;
  };
  auto extract_batch = [&](std::vector<RawArticle> articles, std::size_t bytes) {
    Extracted out{std::move(articles), bytes, {}};
    out.facts.resize(out.batch.size());
    run_parallel(out.batch.size(), threads, [&](std::size_t i) {
      Document document = text_stage.prepare(out.batch[i]);
      if (!document.sentences.empty()) out.facts[i] = extractor.extract(std::move(document));
    });
    return out;
  };
  MergeLog merges(ontology);
  auto add_batch = [&](std::vector<ArticleFacts> facts) {
    for (const ArticleFacts& article : facts) {
      result.graph.add(article, extractor.lexicon());
      merges.add(article, extractor.lexicon(), result.graph);
      ++result.articles_built;
      built.push_back({{"source", article.document.source_path},
                       {"id", article.document.source_id},
                       {"format", to_string(article.document.format)},
                       {"language", article.document.language},
                       {"sentences", article.document.sentences.size()},
                       {"mentions", article.mentions.size()},
                       {"deals", article.deals.size()},
                       {"positions", article.posts.size()}});
    }
  };
  auto skip = [&](SkippedInput&& skipped) {
    if (result.skipped.size() >= kListedSkips) {
      if (result.skipped_unlisted++ == 0)
        log << "dealgraph: more than " << kListedSkips << " inputs or records skipped; the rest are counted, not listed\n";
      return;
    }
    log << "dealgraph: skipped " << skipped.source_path << ": " << skipped.reason << "\n";
    result.skipped.push_back(std::move(skipped));
  };
  // Declared after everything their tasks use, so that on an exception they are waited for first.
  std::future<Extracted> extracting;
  std::future<void> adding;
  // Takes the batch being extracted, reports its empty articles and hands the rest to the graph.
  auto collect = [&] {
    if (!extracting.valid()) return;
    Extracted done = extracting.get();
    std::vector<ArticleFacts> facts;
    facts.reserve(done.facts.size());
    for (std::size_t i = 0; i < done.batch.size(); ++i) {
      if (done.facts[i]) facts.push_back(std::move(*done.facts[i]));
      else skip({done.batch[i].source_path, "no text after markup and boilerplate were removed"});
    }
    progress.advance(done.batch.size(), done.bytes);
    if (adding.valid()) adding.get();
    auto shared = std::make_shared<std::vector<ArticleFacts>>(std::move(facts));
    adding = start_task(policy, [&add_batch, shared] { add_batch(std::move(*shared)); });
    if (!overlap) adding.get();
  };
  std::vector<RawArticle> batch;
  std::size_t batch_bytes = 0;
  auto flush = [&] {
    collect();
    auto shared = std::make_shared<std::vector<RawArticle>>(std::move(batch));
    extracting = start_task(policy, [&extract_batch, shared, bytes = batch_bytes] {
      return extract_batch(std::move(*shared), bytes);
    });
    batch = {};
    batch_bytes = 0;
  };
  // Inputs that were repaired or converted (a few bad bytes, GBK, UTF-16) are named in the log.
  IngestOptions ingest = options.ingest;
  if (!ingest.on_note)
    ingest.on_note = [&](const std::string& source, const std::string& note) { log << "dealgraph: " << source << ": " << note << "\n"; };
  for (const InputFile& file : files) {
    ++result.inputs_read;
    read_input(file, ingest, [&](RawArticle&& article) {
      if (options.shard_count > 1 && shard_of(article.source_id, options.shard_count) != options.shard_index) return;
      if (options.keep && !options.keep(article)) return;
      if (!seen_ids.insert(article.source_id).second) {
        skip({article.source_path, "duplicate source id " + article.source_id});
        return;
      }
      batch_bytes += article.bytes.size();
      batch.push_back(std::move(article));
      if (batch.size() >= 64 * threads || batch_bytes >= (16u << 20)) flush();
    }, skip);
  }
  flush();
  collect();
  if (adding.valid()) adding.get();
  progress.finish();
  result.graph.finish();
  result.report["merges"] = merges.to_json(result.graph);
  check_and_write(result, std::move(built), options.formats, folder, threads, check_rules);
  return result;
}

namespace {

// Merge keeps only what dealgraph's vocabulary says; rather than drop the rest unseen it says
// what it would lose.
std::string unread_message(const UnreadVocabulary& unread) {
  std::size_t statements = 0;
  std::string named;
  for (const auto& [what, count] : unread) {
    statements += count;
    if (named.size() < 400) named += (named.empty() ? "" : ", ") + what + " (" + std::to_string(count) + ")";
  }
  return "its graph.ttl has " + std::to_string(statements) +
         " statements in vocabulary that is not dealgraph's, which a merge would drop: " + named +
         (named.size() >= 400 ? ", ..." : "") + " (merge only folders written by `dealgraph build`)";
}

}  // namespace

BuildResult run_merge(const MergeOptions& options) {
  const std::optional<OutputSlice> part =
      options.part_count > 0 ? std::optional(OutputSlice{options.part_index, options.part_count}) : std::nullopt;
  if (part)
    for (const ExportFormat format : options.formats)
      if (!writes_slices(format))
        throw InputError(std::string("--format ") + format_name(format) +
                         ": not written in parts (with --part: ttl, nt, nq, trig, graphml; merge without --part for the others)");
  BuildResult result{KnowledgeGraph(options.base), 0, 0, {}, {}, {}};
  nlohmann::json built = nlohmann::json::array();
  std::set<std::pair<std::string, std::string>> skipped;
  std::map<std::string, std::string> shard_of_folder;   // canonical folder -> as given
  std::map<std::string, std::string> shard_of_article;  // source id -> the shard that built it
  MergeLog merges;  // the shards' lists, added up
  for (const std::string& shard : options.shard_dirs) {
    const fs::path dir(shard);
    if (!fs::exists(dir / "graph.ttl") || !fs::exists(dir / "report.json"))
      throw InputError(shard + ": not a build folder (graph.ttl and report.json are needed)");
    std::error_code error;
    const fs::path canonical = fs::weakly_canonical(dir, error);
    if (auto [it, added] = shard_of_folder.emplace((error ? dir : canonical).string(), shard); !added)
      throw InputError(shard + ": refused: the same shard as " + it->second + " (its articles would count twice)");
    const nlohmann::json report = read_shard_report((dir / "report.json").string());
    for (const auto& article : report["built"]) {
      const std::string id = article["id"].get<std::string>();
      if (auto [it, added] = shard_of_article.emplace(id, shard); !added)
        throw InputError(shard + ": refused: article " + id + " was built by " + it->second +
                         " too (shards of one build share no article)");
      built.push_back(article);
    }
    merges.add_shard(report.value("merges", nlohmann::json::array()));
    UnreadVocabulary unread;
    KnowledgeGraph graph =
        load_graph_turtle((dir / "graph.ttl").string(), GraphLoadOptions{options.base, &unread, thread_count(options.threads)});
    if (!unread.empty()) throw InputError(shard + ": refused: " + unread_message(unread));
    const std::string articles_under = options.base + "article/";
    for (const auto& [iri, article] : graph.articles())
      if (!iri.starts_with(articles_under))
        throw InputError(shard + ": refused: its article <" + iri + "> is not under --base " + options.base +
                         " (merge with the --base the shards were built with; shards of different bases do not mix)");
    result.graph.merge(graph);
    // Every shard reads every input and keeps its own share of the articles.
    result.inputs_read = std::max<std::size_t>(result.inputs_read, report["inputs"]["read"].get<std::size_t>());
    for (const auto& s : report.value("skipped", nlohmann::json::array())) skipped.emplace(s["source"], s["reason"]);
    if (const auto unlisted = report.find("skipped_not_listed"); unlisted != report.end() && unlisted->is_number_unsigned())
      result.skipped_unlisted = std::max(result.skipped_unlisted, unlisted->get<std::size_t>());
  }
  OutputFolder folder(options.output_dir);
  result.articles_built = built.size();
  for (const auto& [source, reason] : skipped) result.skipped.push_back({source, reason});
  result.graph.finish();
  result.report["merges"] = merges.to_json(result.graph);
  const CheckRules check_rules =
      options.ontology_dir.empty() ? CheckRules{} : CheckRules::load(Ontology(options.ontology_dir).check_rules());
  check_and_write(result, std::move(built), options.formats, folder, thread_count(options.threads), check_rules, part);
  return result;
}

}  // namespace dealgraph
