// A file that appears under its name only when complete: written to a temporary name,
// flushed to disk, then renamed over the target. Dropped without commit(), it leaves nothing.
#pragma once

#include <cstdio>
#include <string>

namespace dealgraph {

// Throws OutputError (dealgraph/error.hpp) naming the file when it cannot be written or renamed.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::FILE* get() const { return file_; }
  void commit();

 private:
  std::string path_;
  std::string temporary_;
  std::FILE* file_ = nullptr;
};

// Writes `text` to `path` atomically (temporary file, fsync, rename).
void write_file_atomically(const std::string& path, const std::string& text);

}  // namespace dealgraph
