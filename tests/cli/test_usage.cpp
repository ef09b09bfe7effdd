// Suggestions for mistyped commands and options (src/cli/usage.cpp) on a small command line.
#include <catch2/catch.hpp>

#include <sstream>

#include "cli/usage.hpp"

using dealgraph::cli::closest_names;
using dealgraph::cli::explain_mistyped;

namespace {

// A command line shaped like dealgraph's: a global option with a value, commands with options.
struct Commands {
  CLI::App app{"test", "dealgraph"};
  std::string ontology, graph, output;
  int max_hops = 0, hops = 0;
  bool json = false;
  std::vector<std::string> inputs;
  Commands() {
    app.fallthrough();
    app.set_version_flag("--version", "dealgraph 0");
    app.add_option("--ontology", ontology);
    CLI::App* build = app.add_subcommand("build");
    build->add_option("inputs", inputs);
    build->add_option("-o,--output", output);
    build->add_option("--max-article-bytes", max_hops);
    CLI::App* path = app.add_subcommand("path");
    path->add_option("--graph", graph);
    path->add_option("--max-hops", max_hops);
    path->add_flag("--json", json);
    CLI::App* neighbors = app.add_subcommand("neighbors");
    neighbors->alias("neighbours");
    neighbors->add_option("--hops", hops);
  }
  // What explain_mistyped says about `args` ("" when it leaves them to CLI11).
  std::string explain(const std::vector<std::string>& args) const {
    std::ostringstream err;
    const bool told = explain_mistyped(app, args, err);
    CHECK(told == !err.str().empty());
    return err.str();
  }
};

}  // namespace

TEST_CASE("The closest names are a few edits away or hold the name typed", "[cli]") {
  const std::vector<std::string> commands = {"build", "merge", "check", "path", "neighbors", "subgraph", "help"};
  CHECK(closest_names("biuld", commands) == std::vector<std::string>{"build"});
  CHECK(closest_names("chekc", commands) == std::vector<std::string>{"check"});
  CHECK(closest_names("neighbours", commands) == std::vector<std::string>{"neighbors"});
  CHECK(closest_names("sub", commands) == std::vector<std::string>{"subgraph"});
  CHECK(closest_names("frobnicate", commands).empty());
  CHECK(closest_names("build", commands).empty());  // a name is not its own suggestion
  const std::vector<std::string> options = {"--graph", "--max-hops", "--all", "--via", "--json", "--limit"};
  CHECK(closest_names("--hops", options) == std::vector<std::string>{"--max-hops"});
  CHECK(closest_names("--grpah", options) == std::vector<std::string>{"--graph"});
  CHECK(closest_names("--jsno", options) == std::vector<std::string>{"--json"});
  // Short words are held to one edit, so that "-x" suggests nothing wild.
  CHECK(closest_names("--zz", options).empty());
}

TEST_CASE("Mistyped commands and options are told with the closest names; the rest is left to CLI11", "[cli]") {
  const Commands commands;
  CHECK(commands.explain({"biuld", "x"}) ==
        "dealgraph: unknown command \"biuld\"; did you mean build? (`dealgraph help` lists the commands)\n");
  CHECK(commands.explain({"path", "a", "b", "--hops", "2"}) ==
        "dealgraph path: unknown option --hops; did you mean --max-hops? (`dealgraph help path` lists the options)\n");
  CHECK(commands.explain({"neighbors", "a", "--max-hops=2"}).find("did you mean --hops?") != std::string::npos);
  CHECK(commands.explain({"frobnicate"}).find("unknown command \"frobnicate\" (") != std::string::npos);
  CHECK(commands.explain({}) == "dealgraph: a command is required: build, path or neighbors (`dealgraph help CMD` tells what one does)\n");
  CHECK(commands.explain({"--ontology", "dir"}).find("a command is required") != std::string::npos);
  // Fine as they are: global options before or after the command, aliases, values that
  // start with "-", stdin, "--" and what follows it, --help and --version alone.
  CHECK(commands.explain({"--ontology", "dir", "build", "x", "--ontology", "dir"}).empty());
  CHECK(commands.explain({"neighbours", "a", "--hops", "2"}).empty());
  CHECK(commands.explain({"build", "-", "--max-article-bytes", "-1", "-o", "-out"}).empty());
  CHECK(commands.explain({"path", "a", "b", "--json", "--", "--anything"}).empty());
  CHECK(commands.explain({"--help"}).empty());
  CHECK(commands.explain({"--version"}).empty());
}
