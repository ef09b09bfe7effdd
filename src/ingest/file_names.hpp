// What ingest reads from a file's name: the article id it gives and the extension that hints
// at its format.
#pragma once

#include <filesystem>
#include <string>

#include "ingest/ascii.hpp"

namespace dealgraph::ingest {

// The name without folder and extension: the id of the file's article.
inline std::string file_stem(const std::string& path) {
  return std::filesystem::path(path).stem().string();
}

// The extension with its dot, in lower case (".json"), or empty.
inline std::string extension_of(const std::string& path) {
  return lower_ascii(std::filesystem::path(path).extension().string());
}

}  // namespace dealgraph::ingest
