// Fuzzes Turtle reading as the lexicon loader does it: errors are exceptions, never crashes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "rdf/turtle_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    dealgraph::rdf::TripleIndex index(
        dealgraph::rdf::read_turtle_string(std::string(reinterpret_cast<const char*>(data), size), "fuzz.ttl"));
    (void)index.subjects_of_type("https://w3id.org/dealgraph#Organization");
  } catch (const dealgraph::rdf::ParseError&) {
  }
  return 0;
}
