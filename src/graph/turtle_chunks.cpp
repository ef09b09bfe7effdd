#include "graph/turtle_chunks.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <utility>

namespace dealgraph::turtle_chunks {
namespace {

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

// A SPARQL-style directive (PREFIX, BASE: any case) opening a line.
bool opens_with_directive(std::string_view line, std::string_view word) {
  if (line.size() <= word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if ((line[i] | 0x20) != word[i]) return false;
  return line[word.size()] == ' ' || line[word.size()] == '\t';
}

// Reads the file's lines one at a time and decides where to cut.
class Planner {
 public:
  explicit Planner(std::uint64_t chunk_bytes) : chunk_bytes_(chunk_bytes) {}

  // The line at file offset `at`, without its newline; false when the file is not in the layout.
  bool line(std::string_view text, std::uint64_t at) {
    if (in_head_) {
      if (text.starts_with("@prefix ")) {
        plan_.head.append(text).push_back('\n');
        return true;
      }
      if (!text.empty()) return false;
      plan_.head.push_back('\n');
      in_head_ = false;
      after_empty_ = true;
      chunk_begin_ = at + 1;
      return true;
    }
    if (text.empty()) {
      after_empty_ = true;
      return true;
    }
    if (std::exchange(after_empty_, false) && text.front() != ' ' && text.front() != '\t' && at - chunk_begin_ >= chunk_bytes_) {
      plan_.chunks.emplace_back(chunk_begin_, at);
      chunk_begin_ = at;
    }
    if (text.find("_:") != std::string_view::npos) return false;
    return text.front() != '@' && !opens_with_directive(text, "prefix") && !opens_with_directive(text, "base");
  }

  std::optional<Plan> finish(std::uint64_t size) {
    if (in_head_) return std::nullopt;
    if (size > chunk_begin_) plan_.chunks.emplace_back(chunk_begin_, size);
    return std::move(plan_);
  }

 private:
  std::uint64_t chunk_bytes_;
  Plan plan_;
  bool in_head_ = true;
  bool after_empty_ = false;
  std::uint64_t chunk_begin_ = 0;
};

}  // namespace

std::optional<Plan> plan(const std::string& path, std::uint64_t chunk_bytes) {
  const File file(std::fopen(path.c_str(), "rb"));
  if (!file) return std::nullopt;
  Planner planner(chunk_bytes);
  std::string pending;          // read but not yet cut into lines
  std::uint64_t pending_at = 0;  // the file offset of pending[0]
  std::string block(1 << 20, '\0');
  for (;;) {
    const std::size_t got = std::fread(block.data(), 1, block.size(), file.get());
    if (got == 0) break;
    pending.append(block, 0, got);
    std::size_t begin = 0;
    for (std::size_t end; (end = pending.find('\n', begin)) != std::string::npos; begin = end + 1)
      if (!planner.line(std::string_view(pending).substr(begin, end - begin), pending_at + begin)) return std::nullopt;
    pending.erase(0, begin);
    pending_at += begin;
  }
  if (std::ferror(file.get())) return std::nullopt;
  if (!pending.empty() && !planner.line(pending, pending_at)) return std::nullopt;
  return planner.finish(pending_at + pending.size());
}

std::string chunk_text(const std::string& path, const Plan& plan, std::size_t index) {
  const auto [begin, end] = plan.chunks.at(index);
  const File file(std::fopen(path.c_str(), "rb"));
  std::string text = plan.head;
  const std::size_t head = text.size();
  text.resize(head + (end - begin));
  if (!file || fseeko(file.get(), static_cast<off_t>(begin), SEEK_SET) != 0 ||
      std::fread(text.data() + head, 1, end - begin, file.get()) != end - begin)
    throw std::runtime_error(path + ": cannot read bytes " + std::to_string(begin) + " to " + std::to_string(end) +
                             ": " + std::strerror(errno));
  return text;
}

}  // namespace dealgraph::turtle_chunks
