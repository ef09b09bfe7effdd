#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "dealgraph/error.hpp"
#include "util/atomic_file.hpp"
#include "util/output_folder.hpp"

namespace dealgraph {
namespace fs = std::filesystem;
namespace {

constexpr const char* kJournal = ".dealgraph-replacing";
constexpr const char* kStagingPrefix = ".dealgraph-staging-";

// Renames every file the journal lists from its staging folder into `folder`, and removes the
// files it lists with a leading '-' (a previous run's that this run did not write), then drops
// the journal. A name is either still staged (moved now) or already moved (skipped); a file to
// remove is there (removed now) or already gone.
void roll_forward(const fs::path& folder) {
  std::ifstream journal(folder / kJournal);
  if (!journal) return;
  std::string staging, name;
  if (!std::getline(journal, staging) || staging.find('/') != std::string::npos ||
      staging.rfind(kStagingPrefix, 0) != 0)
    throw OutputError((folder / kJournal).string() + ": not a dealgraph journal; remove it to go on");
  while (std::getline(journal, name)) {
    if (name.empty() || name.find('/') != std::string::npos) continue;
    if (name[0] == '-') {
      const fs::path stale = folder / name.substr(1);
      if (::unlink(stale.c_str()) != 0 && errno != ENOENT)
        throw OutputError(stale.string() + ": cannot remove this file of the previous run: " + std::strerror(errno));
      continue;
    }
    const fs::path staged = folder / staging / name;
    std::error_code error;
    if (!fs::is_regular_file(fs::symlink_status(staged, error))) continue;
    if (std::rename(staged.c_str(), (folder / name).c_str()) != 0)
      throw OutputError((folder / name).string() + ": cannot finish the replacement a killed run left: " +
                        std::strerror(errno));
  }
  ::unlink((folder / kJournal).c_str());
}

// Staging folders of writers that are gone (the caller holds the lock, so no live one is).
void remove_stale_staging(const fs::path& folder) {
  std::error_code error;
  for (fs::directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    if (it->path().filename().string().rfind(kStagingPrefix, 0) != 0) continue;
    std::error_code ignored;
    fs::remove_all(it->path(), ignored);  // a link is removed, never followed
  }
}

}  // namespace

void finish_replacement(const std::string& folder) {
  std::error_code error;
  if (fs::exists(fs::path(folder) / kJournal, error)) roll_forward(folder);
}

OutputFolder::OutputFolder(std::string path) : path_(std::move(path)) {
  std::error_code error;
  if (fs::is_symlink(fs::symlink_status(path_, error)) && !fs::exists(path_, error))
    throw OutputError(path_ + ": the output folder is a symbolic link to " + fs::read_symlink(path_, error).string() +
                      ", which does not exist; create that folder or choose another -o");
  fs::create_directories(path_, error);
  if (error) throw OutputError(path_ + ": cannot create output folder: " + error.message());
  lock_ = ::open(path_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (lock_ < 0) throw OutputError(path_ + ": cannot open output folder: " + std::strerror(errno));
  if (::flock(lock_, LOCK_EX | LOCK_NB) != 0) {
    const int reason = errno;
    ::close(lock_);
    lock_ = -1;
    if (reason == EWOULDBLOCK)
      throw OutputError(path_ + ": output folder is busy: another dealgraph build or merge is writing into it; "
                        "wait for it to finish or choose another -o");
    throw OutputError(path_ + ": cannot lock output folder: " + std::strerror(reason));
  }
  roll_forward(path_);
  remove_stale_staging(path_);
  std::string pattern = (fs::path(path_) / kStagingPrefix).string() + "XXXXXX";
  if (!::mkdtemp(pattern.data())) {
    const int reason = errno;
    ::close(lock_);
    throw OutputError(path_ + ": cannot write into output folder: " + std::strerror(reason));
  }
  staging_ = pattern;
}

OutputFolder::~OutputFolder() {
  if (!staging_.empty()) {
    std::error_code ignored;
    fs::remove_all(staging_, ignored);
  }
  if (lock_ >= 0) ::close(lock_);
}

void OutputFolder::commit(const std::vector<std::string>& names, const std::vector<std::string>& stale) {
  std::string journal = fs::path(staging_).filename().string() + "\n";
  // The stale files go first, so that a reader never sees the new manifest beside an old file.
  for (const std::string& name : stale)
    if (!name.empty() && name[0] != '-' && name.find('/') == std::string::npos &&
        std::find(names.begin(), names.end(), name) == names.end())
      journal += "-" + name + "\n";
  for (const std::string& name : names) journal += name + "\n";
  write_file_atomically((fs::path(path_) / kJournal).string(), journal);
  roll_forward(path_);
  ::fsync(lock_);  // the renames, on disk before the run reports success
  std::error_code ignored;
  fs::remove_all(staging_, ignored);
  staging_.clear();
}

}  // namespace dealgraph
