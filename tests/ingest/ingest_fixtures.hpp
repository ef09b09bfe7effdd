// Shared fixtures for the ingest tests: files in a temporary folder, everything read from
// inputs (articles, skips and notes), and one sentence in the legacy Chinese encodings.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dealgraph/ingest.hpp"

namespace dealgraph::test {

// A folder of this test run's own under the system's temporary folder.
inline std::filesystem::path ingest_temp_dir() {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("dealgraph-ingest-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return dir;
}

inline std::filesystem::path write(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

struct Collected {
  std::vector<RawArticle> articles;
  std::vector<SkippedInput> skipped;
  std::vector<std::string> notes;
};

// Every input under `paths` listed and read, as a build reads them.
inline Collected read_all(const std::vector<std::string>& paths, IngestOptions options = {}) {
  Collected out;
  options.on_note = [&](const std::string& source, const std::string& note) { out.notes.push_back(source + ": " + note); };
  for (const InputFile& file : list_inputs(paths))
    read_input(file, options, [&](RawArticle&& a) { out.articles.push_back(std::move(a)); },
               [&](SkippedInput&& s) { out.skipped.push_back(std::move(s)); });
  return out;
}

// The skip whose source path ends in `suffix`, or null.
inline const SkippedInput* skipped_as(const Collected& c, const std::string& suffix) {
  for (const SkippedInput& s : c.skipped)
    if (s.source_path.size() >= suffix.size() && s.source_path.compare(s.source_path.size() - suffix.size(), suffix.size(), suffix) == 0)
      return &s;
  return nullptr;
}

// 英伟达周一表示，将向英特尔投资50亿美元，持股约4%。 in GBK, and its traditional form in Big5.
inline const std::string kGbk =
    "\xD3\xA2\xCE\xB0\xB4\xEF\xD6\xDC\xD2\xBB\xB1\xED\xCA\xBE\xA3\xAC\xBD\xAB\xCF\xF2\xD3\xA2\xCC\xD8\xB6\xFB\xCD\xB6\xD7\xCA"
    "50\xD2\xDA\xC3\xC0\xD4\xAA\xA3\xAC\xB3\xD6\xB9\xC9\xD4\xBC" "4%\xA1\xA3";
inline const std::string kBig5 =
    "\xBD\xF7\xB9" "F\xB6g\xA4@\xAA\xED\xA5\xDC\xA1" "A\xB1N\xA6V\xAD^\xAFS\xBA\xB8\xA7\xEB\xB8\xEA"
    "50\xBB\xF5\xAC\xFC\xA4\xB8\xA1" "A\xAB\xF9\xAA\xD1\xAC\xF9" "4%\xA1" "C";

}  // namespace dealgraph::test
