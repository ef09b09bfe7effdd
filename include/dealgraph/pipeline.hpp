// The whole build: inputs -> documents -> facts -> graph -> files. The CLI is a thin layer on this.
#pragma once

#include <iosfwd>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dealgraph/export.hpp"
#include "dealgraph/graph.hpp"
#include "dealgraph/ingest.hpp"

namespace dealgraph {

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string output_dir = "out";
  std::string base = kDefaultBase;
  std::string ontology_dir;                 // where dealgraph.ttl, rules/ and lexicon/ live
  std::vector<std::string> user_lexicons;   // --lexicon files
  IngestOptions ingest;
  bool quiet = false;
  unsigned threads = 0;          // 0: one per core
  enum class Progress { Auto, Always, Never } progress = Progress::Auto;  // Auto: on a terminal only
  unsigned shard_index = 0;      // --shard K/N keeps the articles whose id hashes to K-1 modulo N
  unsigned shard_count = 1;
  std::vector<ExportFormat> formats = default_formats();  // --format; report.json is always written
};

struct BuildResult {
  KnowledgeGraph graph;
  std::size_t inputs_read = 0;
  std::size_t articles_built = 0;
  std::vector<SkippedInput> skipped;  // the first ones, in input order: see kListedSkips
  std::vector<Finding> findings;
  nlohmann::json report;
  std::size_t skipped_unlisted = 0;  // skipped after the first kListedSkips: counted, not kept
};

// How many skipped inputs and records a build lists (in report.json and the log); the rest are
// only counted, so that a file of a million bad records costs no more memory than a good one.
inline constexpr std::size_t kListedSkips = 1000;

// Runs the build and writes graph.ttl, graph.graphml and report.json into the output folder.
// Bad inputs are reported in `log` and skipped; a missing input throws InputError; knowledge
// files that do not load throw LexiconError or std::runtime_error.
BuildResult run_build(const BuildOptions& options, std::ostream& log);

struct MergeOptions {
  std::vector<std::string> shard_dirs;  // output folders of `build --shard K/N`
  std::string output_dir = "out";
  std::string base = kDefaultBase;
  std::vector<ExportFormat> formats = default_formats();
  unsigned threads = 0;  // 0: one per core; the formats are written side by side
  std::string ontology_dir;  // rules/checks.ttl for the checks of report.json; empty: checks without it
};

// Combines shard builds into the files one build of all their articles would write.
// Throws InputError when a folder is not a build's output.
BuildResult run_merge(const MergeOptions& options);

// The shard (0..shard_count-1) an article belongs to, from its source id.
unsigned shard_of(const std::string& source_id, unsigned shard_count);

}  // namespace dealgraph
