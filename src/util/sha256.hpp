// SHA-256 (FIPS 180-4), for article fingerprints and deterministic instance IRIs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dealgraph::util {

std::string sha256_hex(std::string_view bytes);
// The SHA-256 of a file's bytes, read in blocks (memory stays small whatever its size), and
// its size in `size`; nullopt when it cannot be read.
std::optional<std::string> sha256_file_hex(const std::string& path, std::uint64_t& size);

}  // namespace dealgraph::util
