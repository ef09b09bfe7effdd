// The whole build: inputs -> documents -> facts -> graph -> files. The CLI is a thin layer on this.
#pragma once

#include <functional>
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
  // When set, only the articles it accepts are built (after --shard, before the duplicate check);
  // `build --update` builds only what its folder lacks with it.
  std::function<bool(const RawArticle&)> keep;
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
  unsigned threads = 0;  // 0: one per core; each graph.ttl is read, and the formats are written, side by side
  // --part K/M: write only slice K-1 of M of each file (see OutputSlice), report.json whole, and
  // part.json saying which part this is; `concat` joins the M parts into the files of one merge.
  unsigned part_index = 0;
  unsigned part_count = 0;  // 0: not a part
  std::string ontology_dir;  // rules/checks.ttl for the checks of report.json; empty: checks without it
};

// Combines shard builds into the files one build of all their articles would write.
// Throws InputError when a folder is not a build's output, or a format is not written in parts.
BuildResult run_merge(const MergeOptions& options);

// What `build --update DIR INPUT...` did: added articles, replaced changed ones (and rebuilt the
// articles whose facts shared a node with a changed one), or left DIR as it was.
struct UpdateResult {
  bool full_build = false;   // DIR was missing or empty: a plain build
  bool unchanged = false;    // nothing new: DIR left byte for byte as it was
  std::size_t added = 0;     // articles DIR did not hold
  std::size_t changed = 0;   // articles whose bytes or path changed
  std::size_t neighbours = 0;  // unchanged articles built again because they share a node with a changed one
  std::vector<ExportFormat> formats;  // what was written: the formats DIR's manifest names
  BuildResult result;        // the combined build (empty when unchanged)
};

// Builds only the articles of `options.inputs` whose source id is not in the graph of
// `options.output_dir`, or whose bytes or path changed, and merges them with what it holds;
// the files equal those of one build of all the articles, in the formats the folder's manifest
// names. A missing or empty folder gets a full build. Throws InputError when the folder is not
// a build, or when a changed article's old facts share nodes with articles not among the inputs.
UpdateResult run_update(const BuildOptions& options, std::ostream& log);

struct ConcatOptions {
  std::vector<std::string> part_dirs;  // output folders of `merge --part K/M`, one per K, in any order
  std::string output_dir = "out";
};

// Joins the parts of one merge into the files the merge without --part writes, byte for byte,
// and writes manifest.json. Throws InputError when the parts are not all the parts of one merge.
void run_concat(const ConcatOptions& options);

// The shard (0..shard_count-1) an article belongs to, from its source id.
unsigned shard_of(const std::string& source_id, unsigned shard_count);

}  // namespace dealgraph
