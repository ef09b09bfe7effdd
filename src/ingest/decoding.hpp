// Bytes to UTF-8 text, or the reason they are not text: UTF-16, GB18030 and Big5 converted,
// a few bad bytes repaired (the specification is decode_text's, in dealgraph/ingest.hpp).
#pragma once

#include <string>

#include "dealgraph/ingest.hpp"

namespace dealgraph::ingest {

// decode_text, taking the bytes to avoid a copy when they are already clean UTF-8.
DecodedText decode_owned(std::string bytes);

// What was done to an input's bytes to read them, or empty when nothing was.
std::string decoding_note(const DecodedText& decoded);

}  // namespace dealgraph::ingest
