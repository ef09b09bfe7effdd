// Fuzzes what `merge` reads from each shard: its graph.ttl, loaded back, merged with itself as
// two shards would be, checked and written out again. Bad input is an exception, never a crash.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>

#include "dealgraph/error.hpp"
#include "dealgraph/export.hpp"
#include "dealgraph/graph.hpp"

namespace {
std::string temporary(const char* name) {
  const std::string file = "dealgraph-fuzz-" + std::to_string(::getpid()) + "-" + name;
  return (std::filesystem::temp_directory_path() / file).string();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string shard = temporary("graph.ttl"), written = temporary("merged.ttl");
  std::FILE* file = std::fopen(shard.c_str(), "wb");
  if (!file) return 0;
  std::fwrite(data, 1, size, file);
  std::fclose(file);
  try {
    dealgraph::UnreadVocabulary unread;
    const dealgraph::KnowledgeGraph graph = dealgraph::load_graph_turtle(shard, {}, &unread);
    dealgraph::KnowledgeGraph merged(graph.base());
    merged.merge(graph);
    merged.merge(graph);
    merged.finish();
    (void)dealgraph::check_graph(merged);
    dealgraph::write_turtle(merged, written);
  } catch (const dealgraph::Error&) {
  }
  return 0;
}
