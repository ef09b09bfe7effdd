#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#include "dealgraph/error.hpp"
#include "util/atomic_file.hpp"

namespace dealgraph {
namespace {

// Temporary files of writers that died before renaming them (kill -9, a crash, power loss):
// PATH.tmp-PID.RANDOM whose process no longer exists. Removed so that they do not pile up
// (a link planted under such a name is removed, never followed).
void remove_stale_temporaries(const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const std::string prefix = target.filename().string() + ".tmp-";
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    const std::string name = it->path().filename().string();
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
    const std::string rest = name.substr(prefix.size());
    const std::string digits = rest.substr(0, rest.find('.'));
    if (digits.empty() || digits.size() > 9 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
    const pid_t pid = static_cast<pid_t>(std::stol(digits));
    if (pid <= 0 || pid == ::getpid()) continue;
    if (::kill(pid, 0) == 0 || errno != ESRCH) continue;  // alive, or not ours to tell
    std::error_code ignored;
    fs::remove(it->path(), ignored);
  }
}

// The process's file-creation mask, read without changing it (umask() would, for every thread).
mode_t creation_mask() {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.rfind("Umask:", 0) == 0) return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
  return 022;
}

// Twelve characters nobody can guess, so that the name cannot be prepared in advance.
std::string random_suffix() {
  static constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  std::random_device device;
  std::string suffix;
  for (int i = 0; i < 12; ++i) suffix += kAlphabet[device() % (sizeof kAlphabet - 1)];
  return suffix;
}

}  // namespace

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  remove_stale_temporaries(path_);
  // A fresh name, created here and nowhere else: O_EXCL fails on anything already there (a
  // planted link included) and O_NOFOLLOW refuses a link even where O_EXCL would not apply.
  int descriptor = -1;
  for (int attempt = 0; descriptor < 0 && attempt < 100; ++attempt) {
    temporary_ = path_ + ".tmp-" + std::to_string(::getpid()) + "." + random_suffix();
    descriptor = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (descriptor < 0 && errno != EEXIST) break;
  }
  if (descriptor < 0) throw OutputError(path_ + ": cannot write: " + std::strerror(errno));
  file_ = ::fdopen(descriptor, "wb");
  if (!file_) {
    const int error = errno;
    ::close(descriptor);
    std::remove(temporary_.c_str());
    throw OutputError(path_ + ": cannot write: " + std::strerror(error));
  }
}

AtomicFile::~AtomicFile() {
  if (file_) {
    std::fclose(file_);
    std::remove(temporary_.c_str());
  }
}

void AtomicFile::commit() {
  // Private (0600) while written; when complete, the mode a plain new file would have.
  const bool flushed = std::fflush(file_) == 0 && ::fchmod(::fileno(file_), 0666 & ~creation_mask()) == 0 &&
                       ::fsync(::fileno(file_)) == 0;
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!flushed || !closed) {
    std::remove(temporary_.c_str());
    throw OutputError(path_ + ": write failed: " + std::strerror(errno));
  }
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
    const int error = errno;
    std::remove(temporary_.c_str());
    throw OutputError(path_ + ": cannot rename into place: " + std::strerror(error));
  }
}

void write_file_atomically(const std::string& path, const std::string& text) {
  AtomicFile file(path);
  if (std::fwrite(text.data(), 1, text.size(), file.get()) != text.size())
    throw OutputError(path + ": write failed: " + std::strerror(errno));
  file.commit();
}

}  // namespace dealgraph
