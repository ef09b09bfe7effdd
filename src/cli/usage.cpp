// Suggestions for mistyped commands and options, and the `help` command.
#include "cli/usage.hpp"

#include <algorithm>
#include <iostream>

#include "cli/exit_codes.hpp"

namespace dealgraph::cli {
namespace {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// neighbouring characters each cost one.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i)
    for (std::size_t j = 1; j <= b.size(); ++j) {
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

std::string or_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  return out;
}

std::vector<std::string> command_names(const CLI::App& app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    names.push_back(sub->get_name());
    for (const std::string& alias : sub->get_aliases()) names.push_back(alias);
  }
  return names;
}

const CLI::App* command_named(const CLI::App& app, const std::string& name) {
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (sub->check_name(name)) return sub;
  return nullptr;
}

// The options of a command as typed ("--max-hops", "-o"), with whether each takes a value.
struct Spelling {
  std::string name;
  bool takes_value;
};
void add_spellings(const CLI::App& app, std::vector<Spelling>& out) {
  for (const CLI::Option* option : app.get_options()) {
    const bool value = option->get_items_expected_max() > 0;  // flags expect nothing
    for (const std::string& name : option->get_lnames()) out.push_back({"--" + name, value});
    for (const std::string& name : option->get_snames()) out.push_back({"-" + name, value});
  }
}

bool unknown_command(const CLI::App& app, const std::string& word, std::ostream& err) {
  if (command_named(app, word)) return false;
  const std::vector<std::string> near = closest_names(word, command_names(app));
  err << "dealgraph: unknown command \"" << word << "\"";
  if (!near.empty()) err << "; did you mean " << or_list(near) << "?";
  err << " (`dealgraph help` lists the commands)\n";
  return true;
}

}  // namespace

std::vector<std::string> closest_names(const std::string& given, const std::vector<std::string>& known) {
  auto bare = [](const std::string& name) { return name.substr(name.find_first_not_of('-') == std::string::npos ? 0 : name.find_first_not_of('-')); };
  const std::string word = bare(given);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const std::string& name : known) {
    const std::string candidate = bare(name);
    if (candidate.empty() || word.empty() || candidate == word) continue;
    std::size_t score = edit_distance(word, candidate);
    const std::size_t allowed = std::max<std::size_t>(1, std::min(word.size(), candidate.size()) / 3);
    const bool contains = word.size() >= 3 && candidate.size() >= 3 &&
                          (candidate.find(word) != std::string::npos || word.find(candidate) != std::string::npos);
    if (score > allowed && !contains) continue;
    if (contains) score = std::min(score, allowed);
    scored.push_back({score, name});
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (const auto& [score, name] : scored)
    if (out.size() < 3 && score == scored.front().first && std::find(out.begin(), out.end(), name) == out.end())
      out.push_back(name);
  return out;
}

bool explain_mistyped(const CLI::App& app, const std::vector<std::string>& args, std::ostream& err) {
  std::vector<Spelling> global;
  add_spellings(app, global);
  const CLI::App* command = nullptr;
  std::vector<Spelling> spellings = global;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--") break;
    if (arg.size() < 2 || arg[0] != '-' || (arg[1] >= '0' && arg[1] <= '9')) {
      if (command) continue;  // a positional argument of the command
      if (unknown_command(app, arg, err)) return true;
      command = command_named(app, arg);
      add_spellings(*command, spellings);
      continue;
    }
    const std::string name = arg.substr(0, arg.find('='));
    const auto known = std::find_if(spellings.begin(), spellings.end(), [&](const Spelling& s) { return s.name == name; });
    if (known != spellings.end()) {
      if (known->takes_value && arg.find('=') == std::string::npos) ++i;  // its value, even one that starts with "-"
      continue;
    }
    if (name.rfind("--", 0) != 0 && name.size() > 2) continue;  // -q5, -j4: short options with their value
    std::vector<std::string> names;
    for (const Spelling& s : spellings) names.push_back(s.name);
    const std::vector<std::string> near = closest_names(name, names);
    err << "dealgraph" << (command ? " " + command->get_name() : std::string()) << ": unknown option " << name;
    if (!near.empty()) err << "; did you mean " << or_list(near) << "?";
    err << " (`dealgraph help" << (command ? " " + command->get_name() : std::string()) << "` lists the options)\n";
    return true;
  }
  const bool asks_for_help = std::any_of(args.begin(), args.end(), [](const std::string& arg) {
    return arg == "-h" || arg == "--help" || arg == "--version";
  });
  if (command || asks_for_help) return false;
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  err << "dealgraph: a command is required: " << or_list(names) << " (`dealgraph help CMD` tells what one does)\n";
  return true;
}

void add_help_command(CLI::App& app, int& exit_code) {
  auto topic = std::make_shared<std::string>();
  CLI::App* help = app.add_subcommand("help", "Show the help of a command (dealgraph help CMD), or of all");
  help->add_option("command", *topic, "A command: build, merge, concat, push, check, path, neighbors, exposure, subgraph, explain");
  help->callback([&app, &exit_code, topic] {
    if (topic->empty()) {
      std::cout << app.help();
      exit_code = kExitOk;
    } else if (const CLI::App* command = command_named(app, *topic)) {
      std::cout << command->help(app.get_name());
      exit_code = kExitOk;
    } else {
      unknown_command(app, *topic, std::cerr);
      exit_code = kExitUsage;
    }
  });
}

}  // namespace dealgraph::cli
