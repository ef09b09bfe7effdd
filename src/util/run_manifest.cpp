#include "util/run_manifest.hpp"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>

#include "dealgraph/error.hpp"
#include "util/atomic_file.hpp"
#include "util/sha256.hpp"

namespace dealgraph {
namespace fs = std::filesystem;

namespace {

constexpr const char* kManifest = "manifest.json";

// manifest.json: what one run wrote into the folder (each file's name, format, size and SHA-256,
// and the version that wrote it), so that a reader (push) takes only this run's files. No time
// in it: the same inputs give the same manifest.
void write_manifest(const fs::path& staging, const std::vector<RunFile>& files, const std::string& version) {
  nlohmann::json listed = nlohmann::json::array();
  for (const auto& [name, format] : files) {
    std::uint64_t size = 0;
    const std::optional<std::string> sha256 = util::sha256_file_hex((staging / name).string(), size);
    if (!sha256) throw OutputError((staging / name).string() + ": cannot read back the file just written");
    listed.push_back({{"name", name}, {"format", format}, {"bytes", size}, {"sha256", *sha256}});
  }
  const nlohmann::json manifest = {{"dealgraph", version}, {"files", listed}};
  write_file_atomically((staging / kManifest).string(), manifest.dump(2) + "\n");
}

// The files the previous run's manifest names (to be removed when this run does not write
// them), or none when there is no readable manifest: files are never removed on a guess.
std::vector<std::string> previous_run_files(const fs::path& folder) {
  std::ifstream in(folder / kManifest);
  if (!in) return {};
  const nlohmann::json manifest = nlohmann::json::parse(in, nullptr, false);
  std::vector<std::string> names;
  if (!manifest.is_object() || !manifest.contains("files") || !manifest["files"].is_array()) return names;
  for (const nlohmann::json& file : manifest["files"]) {
    if (!file.is_object() || !file.contains("name") || !file["name"].is_string()) continue;
    const std::string name = file["name"].get<std::string>();
    if (!name.empty() && name[0] != '.' && name.find('/') == std::string::npos && name != kManifest) names.push_back(name);
  }
  return names;
}

}  // namespace

void commit_run(OutputFolder& folder, const std::vector<RunFile>& files, const std::string& version) {
  write_manifest(folder.staging(), files, version);
  std::vector<std::string> names;
  for (const RunFile& file : files) names.push_back(file.name);
  names.push_back(kManifest);
  folder.commit(names, previous_run_files(folder.path()));
}

}  // namespace dealgraph
