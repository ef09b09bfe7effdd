// A progress line for long builds: bytes read against the total, rate and time left. Drawn on
// standard error only when it is a terminal (or when asked), and never with --quiet.
#pragma once

#include <chrono>
#include <cstdint>
#include <ostream>
#include <vector>

#include "dealgraph/ingest.hpp"
#include "dealgraph/pipeline.hpp"

namespace dealgraph {

class ProgressMeter {
 public:
  ProgressMeter(const BuildOptions& options, const std::vector<InputFile>& files, std::ostream& out);
  void advance(std::size_t articles, std::uint64_t bytes);
  void finish();

 private:
  void draw(bool final);
  std::ostream& out_;
  bool enabled_ = false;
  std::uint64_t total_bytes_ = 0;
  std::uint64_t done_bytes_ = 0;
  std::size_t articles_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace dealgraph
