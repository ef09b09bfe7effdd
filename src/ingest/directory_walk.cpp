// The directory walk: from the paths the user named to the input files, in a stable order, with
// what cannot be read inside folders listed as a problem rather than lost.
#include <algorithm>
#include <filesystem>
#include <iterator>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/ingest.hpp"
#include "ingest/file_names.hpp"
#include "util/sha256.hpp"
#include "util/utf8.hpp"

namespace dealgraph {
namespace fs = std::filesystem;
namespace {

// Inside folders only files that can hold articles are read (a corpus folder may also hold
// queries, notes or data); a file named on the command line is always read.
bool is_article_extension(const std::string& extension) {
  static constexpr std::string_view kArticleExtensions[] = {"", ".txt", ".text", ".md", ".markdown", ".html", ".htm",
                                                             ".xhtml", ".json", ".jsonl", ".ndjson"};
  return std::find(std::begin(kArticleExtensions), std::end(kArticleExtensions), extension) != std::end(kArticleExtensions);
}

// Whether `inner` is `outer` or lies inside it (both canonical).
bool is_within(const fs::path& inner, const fs::path& outer) {
  auto [o, i] = std::mismatch(outer.begin(), outer.end(), inner.begin(), inner.end());
  return o == outer.end();
}

const char* special_file_kind(fs::file_type type) {
  switch (type) {
    case fs::file_type::fifo: return "a named pipe (FIFO), not a regular file";
    case fs::file_type::socket: return "a socket, not a regular file";
    case fs::file_type::block: return "a block device, not a regular file";
    case fs::file_type::character: return "a character device, not a regular file";
    default: return "not a regular file";
  }
}

// Why a directory entry whose target cannot be reached is unusable.
std::string unreachable_reason(const fs::path& path, const std::error_code& status_error) {
  std::error_code error;
  if (fs::is_symlink(fs::symlink_status(path, error))) {
    if (status_error == std::errc::too_many_symbolic_link_levels) return "symbolic link loop (it never reaches a file)";
    const fs::path target = fs::read_symlink(path, error);
    if (!status_error || status_error == std::errc::no_such_file_or_directory)
      return "dangling symbolic link (its target " + target.string() + " does not exist)";
    return "symbolic link to " + target.string() + " that cannot be followed: " + status_error.message();
  }
  return "cannot read: " + (status_error ? status_error.message() : std::string("no such file"));
}

// Files under a folder, walked in sorted order (real folders before folders reached through
// symbolic links, so that what is read and what is reported as a repeat does not depend on the
// file system's order); a folder reached again through a link is reported, not read again.
class DirectoryWalk {
 public:
  explicit DirectoryWalk(const std::string& root) : pending_{{fs::path(root), {}}} {}

  // Every file and problem found, sorted by path.
  std::vector<InputFile> run() && {
    while (std::optional<Folder> folder = next_folder()) read_folder(*folder);
    std::sort(found_.begin(), found_.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
    return std::move(found_);
  }

 private:
  struct Folder {
    fs::path dir;
    fs::path parent;  // the canonical folder it was found in
  };

  std::optional<Folder> next_folder() {
    std::optional<Folder> folder;
    if (!pending_.empty()) { folder = std::move(pending_.back()); pending_.pop_back(); }
    else if (!linked_.empty()) { folder = std::move(linked_.front()); linked_.erase(linked_.begin()); }
    return folder;
  }

  void report(const std::string& path, std::string problem) { found_.push_back({path, path, std::move(problem), {}}); }

  // The folder's canonical path, or none when it is not to be read: unreachable, a symbolic
  // link back to a folder it is in, or a folder already read (each reported).
  std::optional<fs::path> enter(const Folder& folder) {
    const std::string display = folder.dir.string();
    std::error_code error;
    const fs::path canonical = fs::canonical(folder.dir, error);
    if (error) { report(display, unreachable_reason(folder.dir, error)); return std::nullopt; }
    if (!folder.parent.empty() && is_within(folder.parent, canonical)) {
      const auto ancestor = visited_.find(canonical);
      const std::string target = ancestor != visited_.end() ? ancestor->second : canonical.string();
      report(display, "symbolic link loop (leads back to " + target + "); not followed");
      return std::nullopt;
    }
    if (auto [it, inserted] = visited_.emplace(canonical, display); !inserted) {
      report(display, "folder already read as " + it->second + " (reached again through a symbolic link)");
      return std::nullopt;
    }
    return canonical;
  }

  void read_folder(const Folder& folder) {
    const std::optional<fs::path> canonical = enter(folder);
    if (!canonical) return;
    std::vector<fs::directory_entry> entries;
    std::error_code error;
    fs::directory_iterator it(folder.dir, error);
    for (; !error && it != fs::directory_iterator(); it.increment(error)) entries.push_back(*it);
    if (error) report(folder.dir.string(), "cannot read folder: " + error.message());
    std::sort(entries.begin(), entries.end(),
              [](const fs::directory_entry& a, const fs::directory_entry& b) { return a.path() < b.path(); });
    std::vector<Folder> subfolders;
    for (const fs::directory_entry& entry : entries) take_entry(entry, *canonical, subfolders);
    // Depth first, in name order: the last pushed is walked first.
    for (auto sub = subfolders.rbegin(); sub != subfolders.rend(); ++sub) pending_.push_back(std::move(*sub));
  }

  // One entry of a folder: a file to read, a folder to walk, or a problem.
  void take_entry(const fs::directory_entry& entry, const fs::path& folder, std::vector<Folder>& subfolders) {
    const std::string name = entry.path().filename().string();
    if (!name.empty() && name[0] == '.') return;  // hidden files and folders
    const std::string path = entry.path().string();
    std::error_code status_error;
    const fs::file_status status = fs::status(entry.path(), status_error);
    if (status_error || !fs::exists(status)) return report(path, unreachable_reason(entry.path(), status_error));
    std::error_code link_error;
    const bool link = fs::is_symlink(fs::symlink_status(entry.path(), link_error));
    if (fs::is_directory(status)) {
      (link ? linked_ : subfolders).push_back({entry.path(), folder});
    } else if (fs::is_regular_file(status)) {
      if (is_article_extension(ingest::extension_of(path))) found_.push_back({path, path, {}, {}});
    } else {
      report(path, special_file_kind(status.type()));
    }
  }

  std::vector<InputFile> found_;
  std::map<fs::path, std::string> visited_;  // canonical folder -> the path it was read as
  std::vector<Folder> pending_;
  std::vector<Folder> linked_;  // folders reached through symbolic links, walked after the rest
};

}  // namespace

std::vector<InputFile> list_inputs(const std::vector<std::string>& paths) {
  std::vector<InputFile> files;
  for (const std::string& path : paths) {
    if (path == "-") { files.push_back({"-", "<stdin>", {}, "stdin"}); continue; }
    std::error_code error;
    const fs::file_status status = fs::status(path, error);
    if (error || !fs::exists(status)) {
      std::error_code link_error;
      const bool link = fs::is_symlink(fs::symlink_status(path, link_error));
      if (link) throw InputError(path + ": " + unreachable_reason(path, error));
      if (error && error != std::errc::no_such_file_or_directory && error != std::errc::not_a_directory) {
        // It may well exist: report it and go on, as for a file that cannot be opened.
        files.push_back({path, path, "cannot read: " + error.message(), {}});
        continue;
      }
      throw InputError(path + ": no such file or directory");
    }
    if (!fs::is_directory(status)) { files.push_back({path, path, {}, {}}); continue; }
    for (InputFile& file : DirectoryWalk(path).run()) files.push_back(std::move(file));
  }
  // Names that are not UTF-8 are opened by their bytes and named in text without loss.
  for (InputFile& file : files) file.display = util::lossless_name(file.display);
  // Files of one name in different folders (x/index.txt, y/index.txt) would give one id: each
  // gets its name's stem and a short hash of its path, the same in any order of the inputs.
  std::map<std::string, std::size_t> stems;
  for (InputFile& file : files) {
    if (file.path == "-") continue;
    file.stem = ingest::file_stem(file.display);
    ++stems[file.stem];
  }
  for (InputFile& file : files)
    if (file.path != "-" && stems[file.stem] > 1) file.stem += "-" + util::sha256_hex(file.display).substr(0, 8);
  return files;
}

std::vector<InputFile> list_inputs(const std::vector<std::string>& paths, std::vector<SkippedInput>&) {
  return list_inputs(paths);
}

}  // namespace dealgraph
