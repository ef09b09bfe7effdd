// SHA-256 through OpenSSL's libcrypto, which uses the CPU's SHA instructions where it has them:
// the manifest hashes every file a build writes, and a portable loop spent about a tenth of a
// build's time on it (docs/performance.md).
#include "util/sha256.hpp"

#include <openssl/evp.h>

#include <array>
#include <cstdint>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <vector>

namespace dealgraph::util {
namespace {

struct ContextFree {
  void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
using Context = std::unique_ptr<EVP_MD_CTX, ContextFree>;

// A context ready to take bytes; libcrypto fails here only when it cannot allocate.
Context start() {
  Context context(EVP_MD_CTX_new());
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
    throw std::runtime_error("SHA-256: libcrypto could not start a digest");
  return context;
}

void add(EVP_MD_CTX* context, const void* data, std::size_t size) {
  if (size > 0 && EVP_DigestUpdate(context, data, size) != 1) throw std::runtime_error("SHA-256: libcrypto failed");
}

std::string finish(EVP_MD_CTX* context) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(context, digest.data(), &length) != 1 || length != 32)
    throw std::runtime_error("SHA-256: libcrypto failed");
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(64);
  for (unsigned int i = 0; i < length; ++i) {
    hex.push_back(kHex[digest[i] >> 4]);
    hex.push_back(kHex[digest[i] & 0xf]);
  }
  return hex;
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  const Context context = start();
  add(context.get(), bytes.data(), bytes.size());
  return finish(context.get());
}

std::optional<std::string> sha256_file_hex(const std::string& path, std::uint64_t& size) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  const Context context = start();
  std::vector<char> buffer(1 << 16);
  std::uint64_t total = 0;
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    add(context.get(), buffer.data(), got);
    total += got;
  }
  if (in.bad()) return std::nullopt;
  size = total;
  return finish(context.get());
}

}  // namespace dealgraph::util
