// Cutting a graph.ttl that dealgraph wrote into chunks that parse apart, so that a large graph
// is read on several threads.
//
// The writer lays a file out as prefix lines, an empty line, then one block per subject, each
// after an empty line and opening with the subject (<iri> or prefix:name) at the start of a
// line; a subject's nested nodes (evidence, amounts) are written inside its block as [ ... ].
// A cut before such a block leaves every subject whole in one chunk. The plan is made in one streaming pass over the
// file, and a chunk's bytes are read only when it is parsed, so reading in chunks holds no more
// of the file at once than the chunks being parsed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dealgraph::turtle_chunks {

struct Plan {
  std::string head;  // the prefix lines and the empty line after them, put before every chunk
  std::vector<std::pair<std::uint64_t, std::uint64_t>> chunks;  // byte ranges of the rest, in file order
};

// A plan with chunks of at least `chunk_bytes` each (the last may be shorter), or nothing when
// the file is not laid out as the writer lays it out: a head of anything but @prefix lines, a
// directive after the head, or a labelled blank node (_:), which could tie two chunks together.
// A cut anywhere else than between statements leaves a chunk that does not parse, and a subject
// written in two blocks lands in two chunks: the caller checks both and then reads the file whole.
// A file that cannot be read gives nothing too: the caller's reading reports it.
std::optional<Plan> plan(const std::string& path, std::uint64_t chunk_bytes);

// The text of chunk `index`: the head, then the chunk's bytes. Throws std::runtime_error when
// the file cannot be read.
std::string chunk_text(const std::string& path, const Plan& plan, std::size_t index);

}  // namespace dealgraph::turtle_chunks
