// `concat`: the parts of one `merge --part K/M` joined into the files of the merge without
// --part. Every part's report.json is the whole merge's (each part runs the whole-graph checks),
// so they must be the same bytes: parts of different merges are refused rather than mixed.
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "dealgraph/pipeline.hpp"
#include "pipeline/parts.hpp"
#include "util/atomic_file.hpp"
#include "util/output_folder.hpp"
#include "util/run_manifest.hpp"

namespace dealgraph {
namespace fs = std::filesystem;

void write_part_file(const std::string& path, OutputSlice slice, const std::vector<ExportFormat>& formats) {
  nlohmann::json part;
  part["dealgraph"] = DEALGRAPH_VERSION;
  part["part"] = slice.index + 1;
  part["parts"] = slice.count;
  part["formats"] = nlohmann::json::array();
  for (const ExportFormat format : formats) part["formats"].push_back(format_name(format));
  write_file_atomically(path, part.dump(2) + "\n");
}

namespace {

std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string() + ": cannot be read");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

struct PartFolder {
  std::string dir;
  unsigned parts = 0;
  std::vector<ExportFormat> formats;
};

// A part's part.json, checked for everything concat reads. Throws InputError saying what is wrong.
std::pair<unsigned, PartFolder> read_part(const std::string& dir) {
  const fs::path file = fs::path(dir) / kPartFile;
  if (!fs::exists(file)) throw InputError(dir + ": not a part of `merge --part K/M` (it has no " + kPartFile + ")");
  const nlohmann::json part = nlohmann::json::parse(read_bytes(file), nullptr, false);
  auto refuse = [&](const std::string& what) { throw InputError(file.string() + ": refused: " + what); };
  if (part.is_discarded() || !part.is_object()) refuse("not JSON");
  if (part.value("dealgraph", std::string()) != DEALGRAPH_VERSION)
    refuse("written by dealgraph " + part.value("dealgraph", std::string("(unknown)")) + ", not " + DEALGRAPH_VERSION);
  if (!part.contains("part") || !part["part"].is_number_unsigned() || !part.contains("parts") ||
      !part["parts"].is_number_unsigned() || part["part"] < 1 || part["part"] > part["parts"])
    refuse("\"part\" and \"parts\" are not K and M with 1 <= K <= M");
  PartFolder folder{dir, part["parts"].get<unsigned>(), {}};
  if (!part.contains("formats") || !part["formats"].is_array()) refuse("\"formats\" is not a list");
  for (const auto& name : part["formats"]) {
    if (!name.is_string()) refuse("\"formats\" holds a non-string");
    try {
      folder.formats.push_back(parse_formats(name.get<std::string>()).front());
    } catch (const std::invalid_argument& error) {
      refuse(error.what());
    }
  }
  return {part["part"].get<unsigned>(), folder};
}

}  // namespace

void run_concat(const ConcatOptions& options) {
  std::map<unsigned, PartFolder> parts;  // by K
  for (const std::string& dir : options.part_dirs) {
    auto [k, part] = read_part(dir);
    if (!parts.empty() && part.parts != parts.begin()->second.parts)
      throw InputError(dir + ": refused: a part of " + std::to_string(part.parts) + " parts, where " +
                       parts.begin()->second.dir + " is one of " + std::to_string(parts.begin()->second.parts));
    if (!parts.empty() && part.formats != parts.begin()->second.formats)
      throw InputError(dir + ": refused: its formats differ from those of " + parts.begin()->second.dir);
    if (auto [it, added] = parts.emplace(k, std::move(part)); !added)
      throw InputError(dir + ": refused: part " + std::to_string(k) + " again (" + it->second.dir + " is part " +
                       std::to_string(k) + ")");
  }
  if (parts.empty()) throw InputError("concat: no parts given");
  const unsigned count = parts.begin()->second.parts;
  for (unsigned k = 1; k <= count; ++k)
    if (!parts.count(k))
      throw InputError("concat: part " + std::to_string(k) + " of " + std::to_string(count) + " is missing");
  const PartFolder& first = parts.begin()->second;
  const std::string report = read_bytes(fs::path(first.dir) / "report.json");
  for (const auto& [k, part] : parts)
    if (read_bytes(fs::path(part.dir) / "report.json") != report)
      throw InputError(part.dir + ": refused: its report.json differs from that of " + first.dir +
                       " (the parts are not of one merge: merge every part from the same shards)");

  OutputFolder folder(options.output_dir);
  const fs::path out(folder.staging());
  std::vector<RunFile> files;
  for (const ExportFormat format : first.formats) {
    const std::string name = file_name(format);
    std::vector<std::string> slices;
    for (const auto& [k, part] : parts) slices.push_back((fs::path(part.dir) / name).string());
    join_slices(format, slices, (out / name).string());
    files.push_back({name, format_name(format)});
  }
  write_file_atomically((out / "report.json").string(), report);
  files.push_back({"report.json", "report"});
  commit_run(folder, files, DEALGRAPH_VERSION);
}

}  // namespace dealgraph
