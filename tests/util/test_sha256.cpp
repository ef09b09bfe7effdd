// util/sha256.hpp: digests of strings and of files read in blocks.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "util/sha256.hpp"

namespace fs = std::filesystem;
using dealgraph::util::sha256_file_hex;
using dealgraph::util::sha256_hex;

TEST_CASE("SHA-256 of strings, the FIPS 180-4 examples", "[util]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("SHA-256 of a file read in blocks equals that of its bytes, at every block boundary", "[util]") {
  const fs::path path = fs::temp_directory_path() / ("dealgraph-sha-" + std::to_string(::getpid()));
  // Sizes around the 64-byte block, the padding limit (55/56) and the 64 KiB read buffer.
  for (std::size_t size : {0, 1, 55, 56, 63, 64, 65, 119, 120, 65535, 65536, 65537, 200000}) {
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>((i * 131 + 7) & 0xff);
    { std::ofstream(path, std::ios::binary) << bytes; }
    std::uint64_t read_size = 12345;
    const std::optional<std::string> digest = sha256_file_hex(path.string(), read_size);
    INFO(size);
    REQUIRE(digest);
    CHECK(*digest == sha256_hex(bytes));
    CHECK(read_size == size);
  }
  fs::remove(path);
  std::uint64_t ignored = 0;
  CHECK_FALSE(sha256_file_hex(path.string(), ignored));
}
