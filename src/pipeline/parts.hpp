// part.json: which part of a `merge --part K/M` a folder holds, so that `concat` can tell that
// it has every part of one merge, each once, and join them in order.
#pragma once

#include <string>
#include <vector>

#include "dealgraph/export.hpp"

namespace dealgraph {

inline constexpr const char* kPartFile = "part.json";

// Writes {"dealgraph": version, "part": K, "parts": M, "formats": [...]} (K counted from 1).
void write_part_file(const std::string& path, OutputSlice slice, const std::vector<ExportFormat>& formats);

}  // namespace dealgraph
