// SHA-256 (FIPS 180-4), for article fingerprints and deterministic instance IRIs.
#pragma once

#include <string>
#include <string_view>

namespace dealgraph::util {

std::string sha256_hex(std::string_view bytes);

}  // namespace dealgraph::util
