// manifest.json: what one run wrote into an output folder, so that a reader (push) takes only
// this run's files and the next run knows which files to remove.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "util/output_folder.hpp"

namespace dealgraph {

// A file written into the folder's staging area, and the format it is in ("ttl", "report").
struct RunFile {
  std::string name;
  std::string format;
};

// Writes manifest.json beside `files` in the staging area and replaces the folder's files with
// them as one set; the files the previous run's manifest names and this run does not write are
// removed in the same replacement. `version` names the dealgraph that wrote them. Throws
// OutputError when a file cannot be read back.
void commit_run(OutputFolder& folder, const std::vector<RunFile>& files, const std::string& version);

}  // namespace dealgraph
