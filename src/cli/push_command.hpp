// `dealgraph push DIR --endpoint URL`, and `build ... --push URL`: a build's named graphs into a
// live triple store over the SPARQL 1.1 Graph Store HTTP Protocol (see docs/push.md).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "dealgraph/export.hpp"

namespace dealgraph::cli {

// Adds the `push` subcommand; its callback stores the process exit code in `exit_code`
// (0 every graph pushed or unchanged, 1 the push failed, 2 bad usage). `ontology_dir` locates
// dealgraph.ttl, pushed as a graph of its own; when not given, the app's --ontology option is
// used when set, else the folder `Ontology::locate` finds.
void add_push_command(CLI::App& app, int& exit_code, std::function<std::string()> ontology_dir = {});

// `build ... --push URL [--push-user NAME] [--graph-prefix IRI]`.
struct BuildPushOptions {
  std::string endpoint;      // --push; empty: no push
  std::string user;          // --push-user
  std::string graph_prefix;  // --graph-prefix
  bool requested() const { return !endpoint.empty(); }
};

// Adds --push, --push-user and --graph-prefix to the build subcommand (with their checks).
void add_build_push_options(CLI::App& build_command, BuildPushOptions& options);

// With --push, the build must write graph.nq: adds nq to the formats when it is missing.
void add_push_format(const BuildPushOptions& options, std::vector<ExportFormat>& formats);

// After a successful build into `output_dir`: pushes it as `dealgraph push output_dir
// --endpoint URL` would, printing the summary unless `quiet`. Returns the exit code (0 or 1).
int push_after_build(const BuildPushOptions& options, const std::string& output_dir, const std::string& ontology_dir,
                     bool quiet);

}  // namespace dealgraph::cli
