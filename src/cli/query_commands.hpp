// The commands that read a built graph back: check, path, neighbors, exposure, subgraph.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace dealgraph::cli {

// Adds the subcommands to `app`; their callbacks store the process exit code in `exit_code`.
// `ontology_dir` is called lazily to locate the ontology and lexicon.
void add_query_commands(CLI::App& app, int& exit_code, std::function<std::string()> ontology_dir);

}  // namespace dealgraph::cli
