#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "dealgraph/ingest.hpp"
#include "ingest/ingest_fixtures.hpp"

using namespace dealgraph;
using test::write;
namespace fs = std::filesystem;

TEST_CASE("ingest: folders: symbolic link loops, dangling links, FIFOs and unreadable entries are reported", "[ingest][catalogue]") {
  const fs::path dir = test::ingest_temp_dir() / "tree";
  fs::remove_all(dir);
  fs::create_directories(dir / "corpus" / "sub");
  write(dir / "corpus" / "a.txt", "First article.");
  write(dir / "corpus" / "sub" / "b.txt", "Second article.");
  write(dir / "corpus" / "notes.csv", "not an article extension: not read");
  fs::create_symlink("..", dir / "corpus" / "sub" / "up");
  fs::create_symlink("../sub", dir / "corpus" / "sub" / "self");
  fs::create_symlink("nowhere.txt", dir / "corpus" / "dangling.txt");
  fs::create_symlink("loop2", dir / "corpus" / "loop1");
  fs::create_symlink("loop1", dir / "corpus" / "loop2");
  fs::create_symlink("sub", dir / "corpus" / "alias");  // the same folder twice, not a loop
  REQUIRE(::mkfifo((dir / "corpus" / "pipe.txt").c_str(), 0644) == 0);
  const std::string root = (dir / "corpus").string();

  const std::vector<InputFile> files = list_inputs({root});
  std::vector<std::string> good;
  std::map<std::string, std::string> problems;
  for (const InputFile& f : files) {
    const std::string rel = f.path.substr(root.size() + 1);
    if (f.problem.empty()) good.push_back(rel);
    else problems[rel] = f.problem;
  }
  CHECK(good == std::vector<std::string>{"a.txt", "sub/b.txt"});
  CHECK(problems["sub/up"] == "symbolic link loop (leads back to " + root + "); not followed");
  CHECK(problems["sub/self"].find("symbolic link loop") != std::string::npos);
  CHECK(problems["dangling.txt"] == "dangling symbolic link (its target nowhere.txt does not exist)");
  CHECK(problems["loop1"].find("symbolic link loop") != std::string::npos);
  CHECK(problems["alias"] == "folder already read as " + root + "/sub (reached again through a symbolic link)");
  CHECK(problems["pipe.txt"] == "a named pipe (FIFO), not a regular file");
  CHECK(problems.size() == 7);
  CHECK(std::is_sorted(files.begin(), files.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; }));

  // read_input reports each problem as skipped, under its path.
  const test::Collected c = test::read_all({root});
  CHECK(c.articles.size() == 2);
  CHECK(c.skipped.size() == 7);

  // Named on the command line, a dangling link is a missing input.
  CHECK_THROWS_WITH(list_inputs({(dir / "corpus" / "dangling.txt").string()}), Catch::Contains("dangling symbolic link"));

  if (::geteuid() != 0) {  // root reads whatever the permissions say
    fs::permissions(dir / "corpus" / "a.txt", fs::perms::none);
    fs::permissions(dir / "corpus" / "sub", fs::perms::none);
    const test::Collected locked = test::read_all({root});
    CHECK(test::skipped_as(locked, "a.txt")->reason.find("Permission denied") != std::string::npos);
    CHECK(test::skipped_as(locked, "sub")->reason.find("Permission denied") != std::string::npos);
    fs::permissions(dir / "corpus" / "sub", fs::perms::owner_all);
  }
  fs::remove_all(dir);
}
