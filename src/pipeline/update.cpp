// `build --update DIR INPUT...`: builds only what DIR lacks and merges it with what DIR holds.
//
// A new article is built alone and merged in (merge of a build with a build of more articles
// gives the files of one build of all). A changed article cannot simply be merged: a merged node
// does not say which article gave which label, status or date, so its old facts cannot be
// subtracted. Instead every node the old version touched is taken out, and every article that
// touched one of them is built again with the new version: what stays is the union of the
// other articles' facts, which merging is idempotent over.
#include "pipeline/update.hpp"

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>
#include <system_error>

#include "dealgraph/error.hpp"
#include "dealgraph/pipeline.hpp"
#include "util/atomic_file.hpp"
#include "util/output_folder.hpp"

namespace dealgraph {
namespace fs = std::filesystem;

namespace update {

KnownArticles known_articles(const KnowledgeGraph& graph) {
  KnownArticles known;
  for (const auto& [iri, article] : graph.articles()) known[article.source_id] = {article.sha256, article.source_path};
  return known;
}

namespace {

// The value of `predicate "..."` inside `block`; nothing when absent or escaped.
std::optional<std::string> block_value(std::string_view block, std::string_view predicate) {
  const std::size_t at = block.find(predicate);
  if (at == std::string_view::npos) return std::nullopt;
  const std::size_t begin = at + predicate.size();
  const std::size_t end = block.find('"', begin);
  if (end == std::string_view::npos) return std::nullopt;
  const std::string_view value = block.substr(begin, end - begin);
  if (value.find('\\') != std::string_view::npos) return std::nullopt;
  return std::string(value);
}

}  // namespace

std::optional<KnownArticles> scan_known_articles(std::string_view turtle, std::size_t articles) {
  constexpr std::string_view kArticle = "\n\ta dg:Article ;\n";
  KnownArticles known;
  std::size_t blocks = 0;
  for (std::size_t at = turtle.find(kArticle); at != std::string_view::npos; at = turtle.find(kArticle, at)) {
    const std::size_t end = turtle.find(" .\n", at);
    if (end == std::string_view::npos) return std::nullopt;
    const std::string_view block = turtle.substr(at, end - at);
    const auto id = block_value(block, "\n\tdg:sourceId \"");
    const auto path = block_value(block, "\n\tdg:sourcePath \"");
    const auto sha256 = block_value(block, "\n\tdg:sha256 \"");
    if (!id || !path || !sha256) return std::nullopt;
    known[*id] = {*sha256, *path};
    ++blocks;
    at = end;
  }
  if (blocks != articles || known.size() != articles) return std::nullopt;
  return known;
}

Change classify(const KnownArticles& known, const RawArticle& article) {
  const auto it = known.find(article.source_id);
  if (it == known.end()) return Change::New;
  if (it->second.sha256 != article.sha256) return Change::Changed;
  return it->second.source_path == article.source_path ? Change::Same : Change::Moved;
}

namespace {

bool from_any(const std::vector<Evidence>& evidence, const std::set<std::string>& ids) {
  return std::any_of(evidence.begin(), evidence.end(), [&](const Evidence& e) { return ids.count(e.source_id) > 0; });
}

bool mentioned_in_any(const EntityNode& entity, const std::set<std::string>& article_iris) {
  return std::any_of(entity.mentioned_in.begin(), entity.mentioned_in.end(),
                     [&](const std::string& iri) { return article_iris.count(iri) > 0; });
}

std::set<std::string> iris_of(const KnowledgeGraph& graph, const std::set<std::string>& ids) {
  std::set<std::string> iris;
  for (const std::string& id : ids) iris.insert(graph.article_iri(id));
  return iris;
}

}  // namespace

std::set<std::string> articles_sharing_nodes(const KnowledgeGraph& graph, const std::set<std::string>& changed) {
  const std::set<std::string> changed_iris = iris_of(graph, changed);
  std::set<std::string> sharing;
  auto add_evidence = [&](const std::vector<Evidence>& evidence) {
    for (const Evidence& e : evidence) sharing.insert(e.source_id);
  };
  for (const auto& [iri, entity] : graph.entities()) {
    if (!mentioned_in_any(entity, changed_iris)) continue;
    for (const std::string& article_iri : entity.mentioned_in)
      if (const auto article = graph.articles().find(article_iri); article != graph.articles().end())
        sharing.insert(article->second.source_id);
    add_evidence(entity.evidence);
  }
  for (const auto& [iri, deal] : graph.deals())
    if (from_any(deal.evidence, changed)) add_evidence(deal.evidence);
  for (const auto& [iri, post] : graph.posts())
    if (from_any(post.evidence, changed)) add_evidence(post.evidence);
  for (const std::string& id : changed) sharing.erase(id);
  return sharing;
}

void remove_for_rebuild(KnowledgeGraph& graph, const std::set<std::string>& changed, const std::set<std::string>& rebuilt) {
  const std::set<std::string> changed_iris = iris_of(graph, changed);
  std::erase_if(graph.mutable_entities(), [&](const auto& entry) { return mentioned_in_any(entry.second, changed_iris); });
  std::erase_if(graph.mutable_deals(), [&](const auto& entry) { return from_any(entry.second.evidence, changed); });
  std::erase_if(graph.mutable_posts(), [&](const auto& entry) { return from_any(entry.second.evidence, changed); });
  for (const std::string& iri : iris_of(graph, rebuilt)) graph.mutable_articles().erase(iri);
  graph.finish();
}

}  // namespace update

namespace {

using update::Change;

nlohmann::json read_json_file(const fs::path& path) {
  std::ifstream in(path);
  nlohmann::json value = nlohmann::json::parse(in, nullptr, false);
  if (!in.is_open() || value.is_discarded() || !value.is_object())
    throw InputError(path.string() + ": refused by --update: not a JSON object");
  return value;
}

void write_json_file(const fs::path& path, const nlohmann::json& value) {
  write_file_atomically(path.string(), value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

// The formats the folder's manifest lists, in its order (report.json aside); `fallback` when
// it has no manifest (a folder written before manifests).
std::vector<ExportFormat> manifest_formats(const fs::path& dir, const std::vector<ExportFormat>& fallback) {
  if (!fs::exists(dir / "manifest.json")) return fallback;
  const nlohmann::json manifest = read_json_file(dir / "manifest.json");
  std::string names;
  for (const nlohmann::json& file : manifest.value("files", nlohmann::json::array()))
    if (file.is_object() && file.value("format", std::string()) != "report") names += file.value("format", std::string()) + ",";
  try {
    return parse_formats(names);
  } catch (const std::invalid_argument& error) {
    throw InputError((dir / "manifest.json").string() + ": refused by --update: " + error.what());
  }
}

// A folder of its own beside DIR for the partial builds, removed on the way out.
class ScratchFolder {
 public:
  explicit ScratchFolder(const fs::path& beside) {
    const fs::path dir = fs::absolute(beside).lexically_normal();
    const fs::path named = dir.has_filename() ? dir : dir.parent_path();
    std::string pattern = (named.parent_path() / ("." + named.filename().string() + ".update-XXXXXX")).string();
    if (!mkdtemp(pattern.data())) throw OutputError(pattern + ": cannot make a scratch folder for --update");
    path_ = pattern;
  }
  ~ScratchFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

// The input a record came from: its source path without the ":LINE" of a JSON Lines record.
std::string input_of(const std::string& source_path) {
  const std::size_t mark = source_path.find_last_of(":#");
  const bool line = mark != std::string::npos && mark + 1 < source_path.size() &&
                    source_path.find_first_not_of("0123456789", mark + 1) == std::string::npos;
  return line ? source_path.substr(0, mark) : source_path;
}

// What the inputs hold against the folder's articles, filled in while the first partial build
// reads them.
struct Selection {
  const update::KnownArticles* known = nullptr;
  std::set<std::string> seen, kept;
  std::set<std::string> added, changed, moved;
  std::set<std::string> files_with_known;  // inputs that hold an article DIR holds: DIR counted them
  std::vector<SkippedInput> duplicates;    // repeats of an id whose first article was not built

  bool keep(const RawArticle& article) {
    if (!seen.insert(article.source_id).second) {
      if (kept.count(article.source_id)) return true;  // the build reports it as a duplicate
      duplicates.push_back({article.source_path, "duplicate source id " + article.source_id});
      return false;
    }
    const Change change = update::classify(*known, article);
    if (change != Change::New) files_with_known.insert(input_of(article.source_path));
    if (change == Change::Same) return false;
    (change == Change::New ? added : change == Change::Moved ? moved : changed).insert(article.source_id);
    kept.insert(article.source_id);
    return true;
  }
};

BuildOptions partial_build(const BuildOptions& options, const fs::path& out, std::function<bool(const RawArticle&)> keep) {
  BuildOptions partial = options;
  partial.output_dir = out.string();
  partial.formats = {ExportFormat::Turtle};
  partial.keep = std::move(keep);
  return partial;
}

std::set<std::pair<std::string, std::string>> skipped_of(const nlohmann::json& report) {
  std::set<std::pair<std::string, std::string>> out;
  for (const auto& s : report.value("skipped", nlohmann::json::array()))
    if (s.is_object()) out.emplace(s.value("source", std::string()), s.value("reason", std::string()));
  return out;
}

// The partial build's report, made to say what the merge should: the inputs of both runs
// (those holding only articles DIR lacks are new to it), and the repeats the build did not see.
void patch_report(const fs::path& dir, std::size_t inputs_read, const std::vector<SkippedInput>& duplicates) {
  nlohmann::json report = read_json_file(dir / "report.json");
  report["inputs"]["read"] = inputs_read;
  for (const SkippedInput& s : duplicates) report["skipped"].push_back({{"source", s.source_path}, {"reason", s.reason}});
  write_json_file(dir / "report.json", report);
}

// The merges of report.json that DIR's remainder still stands for. Those of an entity taken out
// go (every article that named it is built again); from the others, the articles built again
// as neighbours are subtracted, since their own build reports them anew. Only the changed
// articles' old merges cannot be subtracted, and all of those were of entities taken out.
nlohmann::json remaining_merges(const nlohmann::json& merges, const KnowledgeGraph& remainder,
                                const nlohmann::json& rebuilt_merges) {
  auto key_of = [](const nlohmann::json& merge) {
    return merge.value("entity", std::string()) + '\n' + merge.value("name", std::string()) + '\n' +
           merge.value("reason", std::string());
  };
  std::map<std::string, std::size_t> rebuilt_counts;
  for (const nlohmann::json& merge : rebuilt_merges) rebuilt_counts[key_of(merge)] += merge.value("articles", std::size_t{0});
  nlohmann::json kept = nlohmann::json::array();
  for (nlohmann::json merge : merges) {
    if (!remainder.entities().count(merge.value("entity", std::string()))) continue;
    const std::size_t articles = merge.value("articles", std::size_t{0});
    const auto rebuilt = rebuilt_counts.find(key_of(merge));
    const std::size_t again = rebuilt == rebuilt_counts.end() ? 0 : rebuilt->second;
    if (again >= articles) continue;
    merge["articles"] = articles - again;
    kept.push_back(std::move(merge));
  }
  return kept;
}

// DIR's graph and report without what is about to be built again, as a build folder of its own.
void write_remainder(KnowledgeGraph graph, nlohmann::json report, const std::set<std::string>& changed,
                     const std::set<std::string>& rebuilt, const nlohmann::json& rebuilt_merges, const fs::path& out) {
  update::remove_for_rebuild(graph, changed, rebuilt);
  fs::create_directories(out);
  write_graph_into(graph, ExportFormat::Turtle, out.string());
  nlohmann::json built = nlohmann::json::array();
  for (const auto& article : report["built"])
    if (!rebuilt.count(article.value("id", std::string()))) built.push_back(article);
  report["built"] = built;
  if (report.contains("merges")) report["merges"] = remaining_merges(report["merges"], graph, rebuilt_merges);
  write_json_file(out / "report.json", report);
}

// DIR's articles: scanned from its graph.ttl when that reads as build writes it, else loaded.
update::KnownArticles known_articles_in(const fs::path& dir, const nlohmann::json& report,
                                        const std::function<const KnowledgeGraph&()>& load) {
  const nlohmann::json counts = report.value("counts", nlohmann::json::object());
  if (counts.contains("articles") && counts["articles"].is_number_unsigned()) {
    std::ifstream in(dir / "graph.ttl", std::ios::binary);
    const std::string turtle((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (auto known = update::scan_known_articles(turtle, counts["articles"].get<std::size_t>())) return *known;
  }
  return update::known_articles(load());
}

bool missing_or_empty(const fs::path& dir) {
  std::error_code error;
  return !fs::exists(dir, error) || (fs::is_directory(dir, error) && fs::is_empty(dir, error));
}

}  // namespace

UpdateResult run_update(const BuildOptions& options, std::ostream& log) {
  const fs::path dir(options.output_dir);
  UpdateResult outcome;
  if (missing_or_empty(dir)) {
    outcome.full_build = true;
    outcome.result = run_build(options, log);
    outcome.formats = options.formats;
    outcome.added = outcome.result.articles_built;
    return outcome;
  }
  finish_replacement(dir.string());  // a writer killed mid-replacement: read the set it meant
  if (!fs::exists(dir / "graph.ttl") || !fs::exists(dir / "report.json"))
    throw InputError(dir.string() + ": refused by --update: not a build folder with graph.ttl and report.json "
                     "(build it with ttl among its formats, or name an empty or new folder)");
  const std::vector<ExportFormat> formats = manifest_formats(dir, options.formats);
  const nlohmann::json old_report = read_json_file(dir / "report.json");
  // The graph is loaded whole only when something of it is to be taken out.
  std::optional<KnowledgeGraph> loaded;
  auto old_graph = [&]() -> const KnowledgeGraph& {
    if (!loaded) loaded = load_graph_turtle((dir / "graph.ttl").string(), options.base);
    return *loaded;
  };
  const update::KnownArticles known = known_articles_in(dir, old_report, old_graph);

  ScratchFolder scratch(dir);
  Selection selection;
  selection.known = &known;
  const BuildResult delta = run_build(
      partial_build(options, scratch / "new", [&](const RawArticle& a) { return selection.keep(a); }), log);

  // The unchanged articles that share a node with a changed one are built again too.
  std::set<std::string> neighbours =
      selection.changed.empty() ? std::set<std::string>{} : update::articles_sharing_nodes(old_graph(), selection.changed);
  for (const std::string& id : selection.moved) neighbours.erase(id);  // built with the new ones already
  std::set<std::string> found;
  std::optional<BuildResult> neighbour_build;
  if (!neighbours.empty()) {
    BuildOptions again = partial_build(options, scratch / "neighbours", [&](const RawArticle& a) {
      return neighbours.count(a.source_id) && found.insert(a.source_id).second;
    });
    again.progress = BuildOptions::Progress::Never;
    std::ostream already_told(nullptr);  // the first build has named the skipped inputs
    neighbour_build = run_build(again, already_told);
  }
  if (found.size() < neighbours.size()) {
    std::string missing;
    for (const std::string& id : neighbours)
      if (!found.count(id) && missing.size() < 200) missing += (missing.empty() ? "" : ", ") + id;
    throw InputError(dir.string() + ": refused by --update: " + std::to_string(selection.changed.size()) +
                     " changed articles share entities, deals or positions with " +
                     std::to_string(neighbours.size() - found.size()) + " articles not among the inputs (" + missing +
                     "), whose facts must be read again; give their inputs too, or build the folder anew");
  }

  const std::size_t old_read = old_report.value("inputs", nlohmann::json::object()).value("read", std::size_t{0});
  const std::size_t inputs_read = std::max(old_read, old_read + delta.inputs_read - std::min(delta.inputs_read, selection.files_with_known.size()));
  const auto old_skipped = skipped_of(old_report);
  bool new_skips = false;
  for (const SkippedInput& s : delta.skipped) new_skips |= !old_skipped.count({s.source_path, s.reason});
  for (const SkippedInput& s : selection.duplicates) new_skips |= !old_skipped.count({s.source_path, s.reason});
  if (delta.articles_built == 0 && selection.changed.empty() && selection.moved.empty() && !new_skips &&
      inputs_read == old_read) {
    outcome.unchanged = true;
    return outcome;
  }
  outcome.changed = selection.changed.size() + selection.moved.size();
  // Not selection.added: a new record with no text is skipped again, not added.
  outcome.added = delta.articles_built - std::min(delta.articles_built, outcome.changed);
  outcome.neighbours = neighbours.size();

  MergeOptions merge;
  merge.output_dir = dir.string();
  merge.base = options.base;
  merge.formats = formats;
  merge.threads = options.threads;
  merge.ontology_dir = options.ontology_dir;  // the checks of report.json read rules/checks.ttl, as a build does
  std::set<std::string> rebuilt = neighbours;
  rebuilt.insert(selection.changed.begin(), selection.changed.end());
  rebuilt.insert(selection.moved.begin(), selection.moved.end());
  if (rebuilt.empty()) {
    merge.shard_dirs.push_back(dir.string());
  } else {
    nlohmann::json rebuilt_merges =
        neighbour_build ? neighbour_build->report.value("merges", nlohmann::json::array()) : nlohmann::json::array();
    if (!selection.moved.empty()) {
      // A moved article is built with the new ones; its merges, which DIR's report counts
      // already, come from a build of it alone (same bytes, same merges).
      std::set<std::string> seen;
      BuildOptions alone = partial_build(options, scratch / "moved", [&](const RawArticle& a) {
        return selection.moved.count(a.source_id) && seen.insert(a.source_id).second;
      });
      alone.progress = BuildOptions::Progress::Never;
      std::ostream quiet(nullptr);
      for (const nlohmann::json& merge : run_build(alone, quiet).report.value("merges", nlohmann::json::array()))
        rebuilt_merges.push_back(merge);
    }
    write_remainder(old_graph(), old_report, selection.changed, rebuilt, rebuilt_merges, scratch / "kept");
    merge.shard_dirs.push_back((scratch / "kept").string());
  }
  patch_report(scratch / "new", inputs_read, selection.duplicates);
  merge.shard_dirs.push_back((scratch / "new").string());
  if (neighbour_build) {
    patch_report(scratch / "neighbours", inputs_read, {});
    merge.shard_dirs.push_back((scratch / "neighbours").string());
  }
  outcome.formats = formats;
  outcome.result = run_merge(merge);
  return outcome;
}

}  // namespace dealgraph
