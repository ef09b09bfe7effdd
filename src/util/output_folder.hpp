// An output folder whose files are replaced as one set, by one writer at a time.
//
// Opening it locks the folder (flock on the folder itself; a second writer is told it is busy)
// and finishes what a writer killed while replacing files left. Files are written into a
// private staging folder inside it; commit() records the set (and the previous run's files to
// remove) in a journal, renames every file into place, removes the stale ones and removes the
// journal. A writer killed before the journal leaves the old set;
// killed after, the next writer (or reader that calls finish_replacement) completes the new set.
#pragma once

#include <string>
#include <vector>

namespace dealgraph {

// Throws OutputError when the folder cannot be made, locked ("busy") or repaired.
class OutputFolder {
 public:
  explicit OutputFolder(std::string path);
  ~OutputFolder();
  OutputFolder(const OutputFolder&) = delete;
  OutputFolder& operator=(const OutputFolder&) = delete;

  const std::string& path() const { return path_; }
  // Where the new files are to be written, under their final names.
  const std::string& staging() const { return staging_; }
  // Moves `names` (written into staging()) into the folder as one set, in the order given, and
  // removes the files named in `stale` that are not among them (a previous run's other
  // formats), all as one replacement.
  void commit(const std::vector<std::string>& names, const std::vector<std::string>& stale = {});

 private:
  std::string path_;
  std::string staging_;
  int lock_ = -1;
};

// Completes a replacement a killed writer left half done in `folder` (nothing when there is none).
void finish_replacement(const std::string& folder);

}  // namespace dealgraph
