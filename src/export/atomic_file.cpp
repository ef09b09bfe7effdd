#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "dealgraph/export.hpp"
#include "export/atomic_file.hpp"

namespace dealgraph {

AtomicFile::AtomicFile(std::string path) : path_(std::move(path)) {
  temporary_ = path_ + ".tmp-" + std::to_string(::getpid());
  file_ = std::fopen(temporary_.c_str(), "wb");
  if (!file_) throw ExportError(path_ + ": cannot write: " + std::strerror(errno));
}

AtomicFile::~AtomicFile() {
  if (file_) {
    std::fclose(file_);
    std::remove(temporary_.c_str());
  }
}

void AtomicFile::commit() {
  const bool flushed = std::fflush(file_) == 0 && ::fsync(::fileno(file_)) == 0;
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!flushed || !closed) {
    std::remove(temporary_.c_str());
    throw ExportError(path_ + ": write failed: " + std::strerror(errno));
  }
  if (std::rename(temporary_.c_str(), path_.c_str()) != 0) {
    const int error = errno;
    std::remove(temporary_.c_str());
    throw ExportError(path_ + ": cannot rename into place: " + std::strerror(error));
  }
}

void write_file_atomically(const std::string& path, const std::string& text) {
  AtomicFile file(path);
  if (std::fwrite(text.data(), 1, text.size(), file.get()) != text.size())
    throw ExportError(path + ": write failed: " + std::strerror(errno));
  file.commit();
}

}  // namespace dealgraph
