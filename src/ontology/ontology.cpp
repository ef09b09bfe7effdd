#include "dealgraph/ontology.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace dealgraph {
namespace fs = std::filesystem;

Ontology::Ontology(std::string root) : root_(std::move(root)) {}

Ontology Ontology::locate(const std::string& argv0) {
  if (const char* env = std::getenv("DEALGRAPH_ONTOLOGY"); env && *env) return Ontology(env);
  auto usable = [](const fs::path& dir) { return fs::exists(dir / "dealgraph.ttl") && fs::exists(dir / "rules"); };
  if (usable("ontology")) return Ontology("ontology");
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);
  if (error) exe = fs::path(argv0);
  for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path()) {
    if (usable(dir / "ontology")) return Ontology((dir / "ontology").string());
    if (usable(dir / "share" / "dealgraph" / "ontology"))
      return Ontology((dir / "share" / "dealgraph" / "ontology").string());
  }
  return Ontology(DEALGRAPH_SOURCE_ONTOLOGY);
}

std::string Ontology::in_root(const char* relative) const { return (fs::path(root_) / relative).string(); }

std::string Ontology::vocabulary() const { return in_root("dealgraph.ttl"); }
std::string Ontology::shapes() const { return in_root("shapes.ttl"); }
std::string Ontology::json_ld_context() const { return in_root("context.jsonld"); }
std::string Ontology::text_rules() const { return in_root("rules/text.ttl"); }
std::string Ontology::alias_rules() const { return in_root("rules/aliases.ttl"); }
std::string Ontology::post_rules() const { return in_root("rules/posts.ttl"); }
std::string Ontology::unit_rules() const { return in_root("rules/units.ttl"); }
std::string Ontology::discovery_rules() const { return in_root("rules/discovery.ttl"); }
std::string Ontology::latin_name_rules() const { return in_root("rules/names-latin.ttl"); }
std::string Ontology::given_name_rules() const { return in_root("rules/given-names.ttl"); }
std::string Ontology::place_rules() const { return in_root("rules/places.ttl"); }
std::string Ontology::date_rules() const { return in_root("rules/dates.ttl"); }
std::string Ontology::lexicon_context_rules() const { return in_root("rules/lexicon-context.ttl"); }
std::string Ontology::cjk_name_rules() const { return in_root("rules/names-cjk.ttl"); }
std::string Ontology::chinese_surnames() const { return in_root("rules/chinese-surnames.ttl"); }
std::string Ontology::check_rules() const { return in_root("rules/checks.ttl"); }

std::vector<std::string> Ontology::turtle_files_in(const char* relative) const {
  std::vector<std::string> files;
  std::error_code error;  // no such folder: no files, and the rest still loads
  for (const auto& entry : fs::directory_iterator(fs::path(root_) / relative, error))
    if (entry.path().extension() == ".ttl") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::string> Ontology::lexicon_files() const { return turtle_files_in("lexicon"); }

std::vector<std::string> Ontology::deal_rules() const {
  std::vector<std::string> files{in_root("rules/deals.ttl")};
  for (std::string& more : turtle_files_in("rules/deals")) files.push_back(std::move(more));
  return files;
}

}  // namespace dealgraph
