// Help for people who mistype: "did you mean build?" for a command, "--max-hops" for an
// option, `dealgraph help CMD`. Knows nothing of what the commands do.
#pragma once

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>
#include <vector>

namespace dealgraph::cli {

// The names in `known` closest to `given`, best first: within a few edits (letters swapped,
// dropped, added or changed), or holding it or held in it ("hops" in "max-hops").
std::vector<std::string> closest_names(const std::string& given, const std::vector<std::string>& known);

// Looks at the arguments before CLI11 does: a command word that names no command, an option
// that the command (and the global options) do not have, or no command at all, is told on
// `err` with the closest names (or the commands) and true is returned (bad usage). Anything
// else is left to CLI11.
bool explain_mistyped(const CLI::App& app, const std::vector<std::string>& args, std::ostream& err);

// Adds `dealgraph help [CMD]`: the help of one command, or of all.
void add_help_command(CLI::App& app, int& exit_code);

}  // namespace dealgraph::cli
