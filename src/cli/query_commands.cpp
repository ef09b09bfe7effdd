// check, path, neighbors, exposure and subgraph: load a built graph.ttl, ask it, print in words or JSON
// (subgraph: write the part around one entity in any output format).
#include "cli/query_commands.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <iostream>
#include <memory>
#include <optional>

#include "cli/exit_codes.hpp"
#include "dealgraph/export.hpp"
#include "dealgraph/extract.hpp"
#include "dealgraph/graph.hpp"
#include "dealgraph/lexicon.hpp"
#include "dealgraph/query.hpp"
#include "util/run_manifest.hpp"
#include "util/output_folder.hpp"

namespace dealgraph::cli {
namespace {

constexpr const char* kDefaultGraph = "out/graph.ttl";

// A failure already explained to the user; carries the exit code.
struct Failure {
  int code;
};

// GRAPH may be the graph file or the folder `build -o` wrote.
std::string graph_file(const std::string& given) {
  std::error_code error;
  if (std::filesystem::is_directory(given, error)) return (std::filesystem::path(given) / "graph.ttl").string();
  return given;
}

// The format of a file that is not Turtle, by its extension or its first bytes ("" for Turtle
// or what may be Turtle): what users give by mistake is the build's other files.
std::string other_format(const std::string& path) {
  const std::string extension = std::filesystem::path(path).extension().string();
  static const std::map<std::string, std::string> kByExtension = {
      {".graphml", "GraphML"}, {".dot", "DOT (Graphviz)"}, {".gv", "DOT (Graphviz)"}, {".jsonld", "JSON-LD"},
      {".json", "JSON"},       {".nq", "N-Quads"},         {".trig", "TriG"},         {".csv", "CSV"},
      {".xml", "XML"},         {".rdf", "RDF/XML"},        {".owl", "RDF/XML"}};
  if (auto it = kByExtension.find(extension); it != kByExtension.end()) return it->second;
  std::ifstream in(path, std::ios::binary);
  std::string head(1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  const std::size_t start = head.find_first_not_of(" \t\r\n");
  if (start == std::string::npos) return {};
  const std::string_view text = std::string_view(head).substr(start);
  if (text.starts_with("<?xml") || text.starts_with("<graphml"))
    return head.find("<graphml") != std::string::npos ? "GraphML" : "XML";
  if (text.starts_with("digraph") || text.starts_with("strict digraph") || text.starts_with("graph ")) return "DOT (Graphviz)";
  if (text.starts_with("{") || text.starts_with("[")) return "JSON";
  if (text.starts_with("id:ID,") || text.starts_with(":START_ID,")) return "CSV";
  return {};
}

KnowledgeGraph load(const std::string& command, const std::string& given) {
  const std::string path = graph_file(given);
  std::error_code ec;
  if (std::filesystem::is_regular_file(path, ec)) {
    if (const std::string format = other_format(path); !format.empty()) {
      const std::filesystem::path beside = std::filesystem::path(path).parent_path() / "graph.ttl";
      std::cerr << "dealgraph " << command << ": " << path << " is " << format << "; give the graph.ttl beside it";
      if (std::filesystem::exists(beside, ec)) std::cerr << " (" << beside.string() << ")";
      else std::cerr << " (`dealgraph build` writes graph.ttl into its output folder)";
      std::cerr << "\n";
      throw Failure{kExitUsage};
    }
  }
  try {
    return load_graph_turtle(path);
  } catch (const Error& error) {  // the graph file is missing, not Turtle, or not a graph.ttl
    std::string hint;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec)) hint = " (run `dealgraph build` first, or give --graph)";
    std::cerr << "dealgraph " << command << ": cannot load the graph: " << error.what() << hint << "\n";
  } catch (const std::exception& error) {
    std::cerr << "dealgraph " << command << ": cannot load the graph " << path << ": " << error.what() << "\n";
  }
  throw Failure{kExitFailed};
}

// Names resolve through the graph's own labels first; the lexicon is loaded only when those
// do not know a name.
class Names {
 public:
  Names(const KnowledgeGraph& graph, std::function<std::string()> ontology_dir)
      : graph_(graph), ontology_dir_(std::move(ontology_dir)), plain_(graph) {}

  std::string resolve(const std::string& command, const std::string& what, const std::string& name) {
    std::optional<NameResolver::Match> match = plain_.find(name);
    if (!match && with_lexicon()) match = with_lexicon()->find(name);
    if (!match) {
      const NameResolver& resolver = with_lexicon() ? *with_lexicon() : plain_;
      try {
        resolver.resolve(name);
      } catch (const UnknownNameError& error) {
        std::cerr << "dealgraph " << command << ": unknown " << what << " name \"" << name << "\": " << error.what();
        if (!error.suggestions().empty()) {
          std::cerr << "; closest known names: ";
          for (std::size_t i = 0; i < error.suggestions().size(); ++i)
            std::cerr << (i ? ", " : "") << error.suggestions()[i];
        }
        std::cerr << "\n";
      }
      throw Failure{kExitFailed};
    }
    if (!match->others.empty()) {
      std::cerr << "dealgraph " << command << ": note: \"" << name << "\" also names";
      for (const std::string& other : match->others) std::cerr << " " << query::label_of(graph_, other) << " <" << other << ">";
      std::cerr << "; using " << query::label_of(graph_, match->iri) << " <" << match->iri << ">\n";
    }
    return match->iri;
  }

 private:
  const NameResolver* with_lexicon() {
    if (!tried_) {
      tried_ = true;
      try {
        lexicon_ = std::make_unique<Lexicon>(Lexicon::load(KnowledgeFiles::in(Ontology(ontology_dir_()), {}).lexicon));
        lexical_ = std::make_unique<NameResolver>(graph_, lexicon_.get());
      } catch (const std::exception&) {
        // Without the lexicon, the graph's labels (which include the lexicon's aliases of
        // every entity in it) still resolve names.
      }
    }
    return lexical_.get();
  }

  const KnowledgeGraph& graph_;
  std::function<std::string()> ontology_dir_;
  NameResolver plain_;
  bool tried_ = false;
  std::unique_ptr<Lexicon> lexicon_;
  std::unique_ptr<NameResolver> lexical_;
};

LinkFilter parse_via(const std::string& command, const std::string& via) {
  try {
    return parse_link_filter(via);
  } catch (const std::invalid_argument& error) {
    std::cerr << "dealgraph " << command << ": --via: " << error.what() << "\n";
    throw Failure{kExitUsage};
  }
}

// --since and --until, both as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
DateWindow parse_window(const std::string& command, const std::string& since, const std::string& until) {
  DateWindow window;
  try {
    if (!since.empty()) window.since = parse_window_date(since);
    if (!until.empty()) window.until = parse_window_date(until);
  } catch (const std::invalid_argument& error) {
    std::cerr << "dealgraph " << command << ": " << (window.since.empty() && !since.empty() ? "--since" : "--until")
              << ": " << error.what() << "\n";
    throw Failure{kExitUsage};
  }
  if (!window.since.empty() && !window.until.empty() && window.since.substr(0, window.until.size()) > window.until) {
    std::cerr << "dealgraph " << command << ": --since " << window.since << " comes after --until " << window.until << "\n";
    throw Failure{kExitUsage};
  }
  return window;
}

nlohmann::json window_json(const DateWindow& window) {
  auto end = [](const std::string& date) { return date.empty() ? nlohmann::json() : nlohmann::json(date); };
  return {{"since", end(window.since)}, {"until", end(window.until)}};
}

nlohmann::json via_json(const LinkFilter& filter) {
  nlohmann::json via = nlohmann::json::array();
  if (filter.all_deals) return via;
  for (DealType type : filter.deal_types) via.push_back(to_string(type));
  if (filter.posts) via.push_back("Position");
  return via;
}

std::string via_words(const LinkFilter& filter) {
  if (filter.all_deals) return "";
  std::string out = " through ";
  bool first = true;
  for (DealType type : filter.deal_types) out += (first ? "" : ", ") + std::string(to_string(type)), first = false;
  if (filter.posts) out += (first ? "" : ", ") + std::string("Position"), first = false;
  return out + (first ? "nothing" : " links");
}

// " through Investment links from 2025": the deal types and the time window.
std::string filter_words(const LinkFilter& filter) { return via_words(filter) + filter.window.in_words(); }

std::string hops_word(std::size_t n) { return std::to_string(n) + (n == 1 ? " hop" : " hops"); }

template <typename Fn>
int guarded(const std::string& command, Fn&& fn) {
  try {
    return fn();
  } catch (const Failure& failure) {
    return failure.code;
  } catch (const std::exception& error) {
    std::cerr << "dealgraph " << command << ": " << error.what() << "\n";
    return kExitFailed;
  }
}

// ---------------------------------------------------------------------------------------------

struct CheckOptions {
  std::string graph = kDefaultGraph;
  bool json = false;
};

int run_check(const CheckOptions& options, const std::string& ontology_dir) {
  return guarded("check", [&] {
    const KnowledgeGraph graph = load("check", options.graph);
    // The graph alone suffices for every check but the exclusive posts: without the rules file
    // (a graph checked far from any ontology folder) the rest still runs, and says so.
    const std::string rules_file = Ontology(ontology_dir).check_rules();
    CheckRules rules;
    if (std::filesystem::exists(rules_file)) rules = CheckRules::load(rules_file);
    else std::cerr << "dealgraph check: " << rules_file << " does not exist: exclusive posts are not checked\n";
    const std::vector<Finding> findings = check_graph(graph, rules);
    if (options.json) std::cout << query::findings_json(graph, findings, graph_file(options.graph)).dump(2) << "\n";
    else query::write_findings(std::cout, graph, findings, graph_file(options.graph));
    const bool errors = std::any_of(findings.begin(), findings.end(), [](const Finding& f) { return f.severity == "error"; });
    return errors ? kExitFindings : kExitOk;
  });
}

struct PathOptions {
  std::string from, to;
  std::string graph = kDefaultGraph;
  int max_hops = -1;
  bool all = false;
  std::string via;
  std::string since, until;
  std::size_t limit = 100;
  bool json = false;
};

int run_path(const PathOptions& options, const std::function<std::string()>& ontology_dir) {
  return guarded("path", [&] {
    LinkFilter filter = parse_via("path", options.via);
    filter.window = parse_window("path", options.since, options.until);
    const KnowledgeGraph graph = load("path", options.graph);
    Names names(graph, ontology_dir);
    const std::string from = names.resolve("path", "FROM", options.from);
    const std::string to = names.resolve("path", "TO", options.to);
    PathQuery query;
    query.filter = filter;
    query.max_hops = options.max_hops >= 0 ? static_cast<std::size_t>(options.max_hops) : (options.all ? 4 : 6);
    query.limit = options.all ? options.limit : 1;
    const PathFinder finder(graph);
    bool truncated = false;
    std::vector<Path> paths;
    if (from != to) paths = finder.all_paths(from, to, query, &truncated);
    const std::string from_label = query::label_of(graph, from), to_label = query::label_of(graph, to);

    if (options.json) {
      nlohmann::json list = nlohmann::json::array();
      for (const Path& path : paths) list.push_back(query::path_json(graph, path));
      nlohmann::json out = {{"graph", graph_file(options.graph)},
                            {"query",
                             {{"from", options.from},
                              {"to", options.to},
                              {"max_hops", query.max_hops},
                              {"all", options.all},
                              {"via", via_json(filter)},
                              {"since", window_json(filter.window)["since"]},
                              {"until", window_json(filter.window)["until"]}}},
                            {"from", query::entity_json(graph, from)},
                            {"to", query::entity_json(graph, to)},
                            {"same_entity", from == to},
                            {"connected", !paths.empty() || from == to},
                            {"paths", list},
                            {"truncated", truncated}};
      std::cout << out.dump(2) << "\n";
      return kExitOk;
    }
    if (from == to) {
      std::cout << "\"" << options.from << "\" and \"" << options.to << "\" both name " << from_label << " <" << from
                << ">\n";
      return kExitOk;
    }
    if (paths.empty()) {
      std::cout << "no connection within " << hops_word(query.max_hops) << " between " << from_label << " and "
                << to_label << filter_words(filter) << "\n";
      return kExitOk;
    }
    if (!options.all) {
      std::cout << from_label << " to " << to_label << ": " << hops_word(paths.front().hops.size()) << "\n";
      query::write_path(std::cout, graph, paths.front(), "  ");
      return kExitOk;
    }
    std::cout << from_label << " to " << to_label << ": " << paths.size() << (truncated ? "+" : "")
              << (paths.size() == 1 ? " path" : " paths") << " within " << hops_word(query.max_hops)
              << filter_words(filter) << "\n";
    for (std::size_t i = 0; i < paths.size(); ++i) {
      std::cout << "path " << i + 1 << " (" << hops_word(paths[i].hops.size()) << ")\n";
      query::write_path(std::cout, graph, paths[i], "  ");
    }
    if (truncated) std::cout << "(more paths exist; raise --limit to see them)\n";
    return kExitOk;
  });
}

struct NeighborOptions {
  std::string entity;
  std::string graph = kDefaultGraph;
  std::size_t hops = 1;
  std::string via;
  std::string since, until;
  bool json = false;
};

int run_neighbors(const NeighborOptions& options, const std::function<std::string()>& ontology_dir) {
  return guarded("neighbors", [&] {
    LinkFilter filter = parse_via("neighbors", options.via);
    filter.window = parse_window("neighbors", options.since, options.until);
    const KnowledgeGraph graph = load("neighbors", options.graph);
    Names names(graph, ontology_dir);
    const std::string entity = names.resolve("neighbors", "ENTITY", options.entity);
    const PathFinder finder(graph);
    const std::vector<PathFinder::Neighbor> found = finder.neighbors(entity, options.hops, filter);
    if (options.json) {
      nlohmann::json list = nlohmann::json::array();
      for (const PathFinder::Neighbor& neighbor : found) {
        nlohmann::json j = query::entity_json(graph, neighbor.iri);
        j["hops"] = neighbor.hops;
        nlohmann::json paths = nlohmann::json::array();
        for (const Path& path : neighbor.paths) paths.push_back(query::path_json(graph, path));
        j["paths"] = paths;
        list.push_back(std::move(j));
      }
      nlohmann::json out = {{"graph", graph_file(options.graph)},
                            {"query",
                             {{"entity", options.entity},
                              {"hops", options.hops},
                              {"via", via_json(filter)},
                              {"since", window_json(filter.window)["since"]},
                              {"until", window_json(filter.window)["until"]}}},
                            {"entity", query::entity_json(graph, entity)},
                            {"neighbors", list}};
      std::cout << out.dump(2) << "\n";
      return kExitOk;
    }
    const std::string label = query::label_of(graph, entity);
    std::cout << label << ": " << found.size() << (found.size() == 1 ? " entity" : " entities") << " within "
              << hops_word(options.hops) << filter_words(filter) << "\n";
    for (const PathFinder::Neighbor& neighbor : found) {
      const auto& node = graph.entities().at(neighbor.iri);
      std::cout << "  " << node.pref_label << " (" << to_string(node.kind) << ", " << hops_word(neighbor.hops) << ")\n";
      for (const Path& path : neighbor.paths) {
        std::string line;
        for (std::size_t i = 0; i < path.hops.size(); ++i) {
          const PathHop& hop = path.hops[i];
          if (i == 0) line = query::hop_line(graph, hop);
          else {
            // Continue the chain without repeating the shared entity.
            const std::string next = query::hop_line(graph, hop);
            line += next.substr(query::label_of(graph, hop.from).size());
          }
        }
        std::cout << "      " << line << "\n";
      }
    }
    return kExitOk;
  });
}

struct ExposureOptions {
  std::string a, b;
  std::string graph = kDefaultGraph;
  std::size_t hops = 1;
  std::string since, until;
  bool json = false;
};

int run_exposure(const ExposureOptions& options, const std::function<std::string()>& ontology_dir) {
  return guarded("exposure", [&] {
    ExposureQuery query;
    query.hops = options.hops;
    query.window = parse_window("exposure", options.since, options.until);
    const KnowledgeGraph graph = load("exposure", options.graph);
    Names names(graph, ontology_dir);
    const std::string a = names.resolve("exposure", "A", options.a);
    const std::string b = names.resolve("exposure", "B", options.b);
    query.paying_roles = paying_roles(Ontology(ontology_dir()).vocabulary());
    const Exposure answer = exposure(graph, a, b, query);
    if (options.json) {
      nlohmann::json out = {{"graph", graph_file(options.graph)},
                            {"query",
                             {{"a", options.a},
                              {"b", options.b},
                              {"hops", query.hops},
                              {"since", window_json(query.window)["since"]},
                              {"until", window_json(query.window)["until"]}}}};
      out.update(query::exposure_json(graph, answer));
      std::cout << out.dump(2) << "\n";
      return kExitOk;
    }
    if (a == b) {
      std::cout << "\"" << options.a << "\" and \"" << options.b << "\" both name " << query::label_of(graph, a) << " <" << a
                << ">\n";
      return kExitOk;
    }
    if (answer.deals.empty()) {
      std::cout << "no deals within " << hops_word(query.hops) << " between " << query::label_of(graph, a) << " and "
                << query::label_of(graph, b) << query.window.in_words() << "\n";
      return kExitOk;
    }
    query::write_exposure(std::cout, graph, answer);
    return kExitOk;
  });
}

struct SubgraphOptions {
  std::string entity;
  std::string graph = kDefaultGraph;
  std::size_t hops = 1;
  std::vector<std::string> types;
  std::string since, until;
  std::string output = "subgraph";
  std::string formats = "ttl,graphml";
};

int run_subgraph(const SubgraphOptions& options, const std::function<std::string()>& ontology_dir) {
  return guarded("subgraph", [&] {
    std::string type_list;
    for (const std::string& type : options.types) type_list += (type_list.empty() ? "" : ",") + type;
    SubgraphQuery query;
    query.filter = parse_via("subgraph", type_list);
    query.filter.window = parse_window("subgraph", options.since, options.until);
    query.hops = options.hops;
    std::vector<ExportFormat> formats;
    try {
      formats = parse_formats(options.formats);
    } catch (const std::invalid_argument& error) {
      std::cerr << "dealgraph subgraph: " << error.what() << "\n";
      return kExitUsage;
    }
    const KnowledgeGraph graph = load("subgraph", options.graph);
    Names names(graph, ontology_dir);
    const std::string center = names.resolve("subgraph", "ENTITY", options.entity);
    const KnowledgeGraph part = subgraph(graph, center, query);
    // The folder is replaced as one set with its manifest, as `build` replaces its own, so that
    // `push` takes a subgraph's graph.nq as it takes a build's.
    OutputFolder folder(options.output);
    std::vector<RunFile> files;
    std::vector<std::string> written;
    for (const ExportFormat format : formats) {
      write_graph_into(part, format, folder.staging());
      for (const std::string& name : file_names(format)) {
        files.push_back({name, format_name(format)});
        written.push_back(name);
      }
    }
    commit_run(folder, files, DEALGRAPH_VERSION);
    std::cout << query::label_of(graph, center) << ": " << part.entities().size() << " entities, " << part.deals().size()
              << " deals, " << part.posts().size() << " positions, " << part.articles().size() << " articles within "
              << hops_word(query.hops) << filter_words(query.filter) << "\n  wrote";
    for (const std::string& name : written) std::cout << " " << options.output << "/" << name;
    std::cout << "\n";
    return kExitOk;
  });
}

// --since and --until, with one meaning for every command (DateWindow).
void add_window_options(CLI::App* command, std::string& since, std::string& until) {
  command->add_option("--since", since,
                      "Only deals dated on or after YYYY, YYYY-MM or YYYY-MM-DD (undated: by their articles' dates)");
  command->add_option("--until", until, "Only deals dated on or before YYYY, YYYY-MM or YYYY-MM-DD");
}

}  // namespace

void add_query_commands(CLI::App& app, int& exit_code, std::function<std::string()> ontology_dir) {
  auto check = std::make_shared<CheckOptions>();
  CLI::App* check_command =
      app.add_subcommand("check", "Check a built graph: conflicting amounts, domain and range, self-deals, "
                                  "circular financing, duplicates, orphans, stakes over 100%, completion before "
                                  "announcement, unit slips, exclusive posts held twice (exit 3 on errors)");
  check_command->add_option("graph", check->graph, "graph.ttl, or the folder `build` wrote")->capture_default_str();
  check_command->add_flag("--json", check->json, "Print the findings as JSON");
  check_command->callback([check, &exit_code, ontology_dir] { exit_code = run_check(*check, ontology_dir()); });

  auto path = std::make_shared<PathOptions>();
  CLI::App* path_command = app.add_subcommand("path", "How two entities are connected, hop by hop, with evidence");
  path_command->add_option("from", path->from, "Name in any language or alias, or IRI")->required();
  path_command->add_option("to", path->to, "Name in any language or alias, or IRI")->required();
  path_command->add_option("--graph", path->graph, "graph.ttl, or the folder `build` wrote")->capture_default_str();
  path_command->add_option("--max-hops", path->max_hops, "Most entity-to-entity hops (default 6, or 4 with --all)")
      ->check(CLI::Range(0, 1000));
  path_command->add_flag("--all", path->all, "Every simple path up to --max-hops, shortest first");
  path_command->add_option("--via", path->via,
                           "Only these deal types, e.g. investment,supply (Investment, EquityStake, SupplyAgreement, "
                           "CloudContract, Partnership, LoanGuarantee, Acquisition, Licensing, post)");
  // A hard cap: the paths are gathered in memory before they are sorted and printed, and on a
  // dense graph the simple paths multiply with every hop.
  path_command->add_option("--limit", path->limit, "Most paths printed with --all (at most 10000)")
      ->capture_default_str()
      ->check([](const std::string& value) -> std::string {
        if (value.empty() || value.size() > 5 || value.find_first_not_of("0123456789") != std::string::npos ||
            std::stoul(value) > 10000)
          return "at most 10000 paths can be listed (got " + value + "); narrow the search with --max-hops or --via";
        return {};
      });
  add_window_options(path_command, path->since, path->until);
  path_command->add_flag("--json", path->json, "Print JSON");
  path_command->callback([path, &exit_code, ontology_dir] { exit_code = run_path(*path, ontology_dir); });

  auto neighbors = std::make_shared<NeighborOptions>();
  CLI::App* neighbors_command = app.add_subcommand("neighbors", "Entities within N hops of an entity, and how");
  neighbors_command->alias("neighbours");
  neighbors_command->add_option("entity", neighbors->entity, "Name in any language or alias, or IRI")->required();
  neighbors_command->add_option("--graph", neighbors->graph, "graph.ttl, or the folder `build` wrote")
      ->capture_default_str();
  neighbors_command->add_option("--hops", neighbors->hops, "Most entity-to-entity hops")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000));
  neighbors_command->add_option("--via", neighbors->via, "Only these deal types, as for path");
  add_window_options(neighbors_command, neighbors->since, neighbors->until);
  neighbors_command->add_flag("--json", neighbors->json, "Print JSON");
  neighbors_command->callback([neighbors, &exit_code, ontology_dir] {
    exit_code = run_neighbors(*neighbors, ontology_dir);
  });

  auto money = std::make_shared<ExposureOptions>();
  CLI::App* exposure_command = app.add_subcommand(
      "exposure", "The money between two entities: every deal, who commits how much to whom, per currency, with quotes");
  exposure_command->add_option("a", money->a, "Name in any language or alias, or IRI")->required();
  exposure_command->add_option("b", money->b, "Name in any language or alias, or IRI")->required();
  exposure_command->add_option("--graph", money->graph, "graph.ttl, or the folder `build` wrote")->capture_default_str();
  exposure_command->add_option("--hops", money->hops, "1: deals of A with B; 2: also through one intermediary")
      ->capture_default_str()
      ->check(CLI::Range(1, 2));
  add_window_options(exposure_command, money->since, money->until);
  exposure_command->add_flag("--json", money->json, "Print JSON");
  exposure_command->callback([money, &exit_code, ontology_dir] { exit_code = run_exposure(*money, ontology_dir); });

  auto sub = std::make_shared<SubgraphOptions>();
  CLI::App* subgraph_command = app.add_subcommand(
      "subgraph", "Write the part of the graph around one entity (deals within N hops, their parties and evidence)");
  subgraph_command->add_option("entity", sub->entity, "Name in any language or alias, or IRI")->required();
  subgraph_command->add_option("--graph", sub->graph, "graph.ttl, or the folder `build` wrote")->capture_default_str();
  subgraph_command->add_option("--hops", sub->hops, "Most entity-to-entity hops from ENTITY")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000));
  subgraph_command->add_option("--type", sub->types,
                               "Only deals of these types (repeatable or comma-separated, as --via of path; "
                               "post for people's posts)")
      ->allow_extra_args(false);  // one word per --type, so ENTITY may follow it
  add_window_options(subgraph_command, sub->since, sub->until);
  subgraph_command->add_option("-o,--output", sub->output, "Output folder")->capture_default_str();
  subgraph_command->add_option("--format", sub->formats, "Comma-separated output formats, as for build")
      ->capture_default_str();
  subgraph_command->callback([sub, &exit_code, ontology_dir] { exit_code = run_subgraph(*sub, ontology_dir); });
}

}  // namespace dealgraph::cli
