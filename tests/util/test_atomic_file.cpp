// util/atomic_file.hpp: a file appears under its name only when complete.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "dealgraph/error.hpp"
#include "util/atomic_file.hpp"

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace

TEST_CASE("a file is replaced whole or not at all", "[util]") {
  const fs::path dir = fs::temp_directory_path() / ("dealgraph-atomic-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = (dir / "report.json").string();
  dealgraph::write_file_atomically(path, "old");
  CHECK_THROWS_AS(dealgraph::write_file_atomically((dir / "missing-folder" / "x.json").string(), "new"),
                  dealgraph::OutputError);
  CHECK(slurp(path) == "old");
  dealgraph::write_file_atomically(path, "new");
  CHECK(slurp(path) == "new");
  for (const auto& entry : fs::directory_iterator(dir))
    CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
  fs::remove_all(dir);
}

TEST_CASE("an atomic file dropped without commit leaves nothing behind", "[util]") {
  const fs::path dir = fs::temp_directory_path() / ("dealgraph-atomic-drop-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  {
    dealgraph::AtomicFile file((dir / "graph.ttl").string());
    std::fputs("half of a graph", file.get());
  }
  CHECK(fs::is_empty(dir));
  fs::remove_all(dir);
}
