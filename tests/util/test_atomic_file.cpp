// util/atomic_file.hpp: a file appears under its name only when complete.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "dealgraph/error.hpp"
#include "util/atomic_file.hpp"
#include "util/output_folder.hpp"

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

// Issue 16, item 1: in a shared output folder, a link planted under a name the writer might
// use for its temporary file must not make it write through the link.
TEST_CASE("an atomic file never writes through a link planted at a temporary name", "[util]") {
  const fs::path dir = fs::temp_directory_path() / ("dealgraph-atomic-link-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path victim = dir / "victim.txt";
  { std::ofstream(victim) << "precious"; }
  // The names a writer used to pick: the target's name, ".tmp-" and the process id.
  for (const char* name : {"report.json", "graph.ttl", "push-state.json"})
    fs::create_symlink(victim, dir / (std::string(name) + ".tmp-" + std::to_string(::getpid())));
  dealgraph::write_file_atomically((dir / "report.json").string(), "report");
  {
    dealgraph::AtomicFile file((dir / "graph.ttl").string());
    std::fputs("graph", file.get());
    file.commit();
  }
  CHECK(slurp(victim) == "precious");
  CHECK(slurp(dir / "report.json") == "report");
  CHECK(slurp(dir / "graph.ttl") == "graph");
  CHECK(!fs::is_symlink(dir / "report.json"));
  fs::remove_all(dir);
}

TEST_CASE("an atomic file gets the mode a plain new file would get", "[util]") {
  const fs::path dir = fs::temp_directory_path() / ("dealgraph-atomic-mode-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const mode_t mask = ::umask(022);
  dealgraph::write_file_atomically((dir / "report.json").string(), "report");
  ::umask(mask);
  const auto permissions = fs::status(dir / "report.json").permissions();
  CHECK(permissions == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                        fs::perms::others_read));
  fs::remove_all(dir);
}

// Issue 16, items 6 and 14: an output folder's files are replaced as one set, by one writer.
TEST_CASE("an output folder replaces its files as one set and admits one writer", "[util]") {
  const fs::path dir = fs::temp_directory_path() / ("dealgraph-folder-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  {
    dealgraph::OutputFolder folder(dir.string());
    CHECK_THROWS_WITH(dealgraph::OutputFolder(dir.string()), Catch::Contains("output folder is busy"));
    dealgraph::write_file_atomically((fs::path(folder.staging()) / "a.ttl").string(), "new a");
    dealgraph::write_file_atomically((fs::path(folder.staging()) / "report.json").string(), "new report");
    CHECK(!fs::exists(dir / "a.ttl"));
    folder.commit({"a.ttl", "report.json"});
  }
  CHECK(slurp(dir / "a.ttl") == "new a");
  CHECK(slurp(dir / "report.json") == "new report");
  // A writer killed between its journal and its last rename: the next one completes the set.
  fs::create_directories(dir / ".dealgraph-staging-killed");
  { std::ofstream(dir / ".dealgraph-staging-killed" / "report.json") << "newer report"; }
  { std::ofstream(dir / "a.ttl") << "newer a"; }  // renamed before the kill
  { std::ofstream(dir / ".dealgraph-replacing") << ".dealgraph-staging-killed\na.ttl\nreport.json\n"; }
  { dealgraph::OutputFolder folder(dir.string()); }
  CHECK(slurp(dir / "report.json") == "newer report");
  for (const auto& entry : fs::directory_iterator(dir)) CHECK(entry.path().filename().string()[0] != '.');
  fs::remove_all(dir);
}

TEST_CASE("an output folder removes the previous run's files that the new set does not hold", "[util]") {
  const fs::path dir = fs::temp_directory_path() / ("dealgraph-stale-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const char* name : {"graph.ttl", "graph.nq", "graph.jsonld", "notes.txt"}) std::ofstream(dir / name) << "old";
  {
    dealgraph::OutputFolder folder(dir.string());
    dealgraph::write_file_atomically((fs::path(folder.staging()) / "graph.ttl").string(), "new");
    // The previous run wrote three of them; notes.txt is the user's and never named.
    folder.commit({"graph.ttl"}, {"graph.ttl", "graph.nq", "graph.jsonld", "../outside", "-graph.ttl"});
  }
  CHECK(slurp(dir / "graph.ttl") == "new");
  CHECK(!fs::exists(dir / "graph.nq"));
  CHECK(!fs::exists(dir / "graph.jsonld"));
  CHECK(slurp(dir / "notes.txt") == "old");
  // Killed after its journal: the next writer removes what the journal says, once.
  std::ofstream(dir / "graph.dot") << "old";
  fs::create_directories(dir / ".dealgraph-staging-killed");
  { std::ofstream(dir / ".dealgraph-replacing") << ".dealgraph-staging-killed\n-graph.dot\n-graph.nt\ngraph.ttl\n"; }
  { dealgraph::OutputFolder folder(dir.string()); }
  CHECK(!fs::exists(dir / "graph.dot"));
  CHECK(slurp(dir / "graph.ttl") == "new");
  CHECK(!fs::exists(dir / ".dealgraph-replacing"));
  fs::remove_all(dir);
}
