#include "pipeline/progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace dealgraph {

ProgressMeter::ProgressMeter(const BuildOptions& options, const std::vector<InputFile>& files, std::ostream& out)
    : out_(out), start_(std::chrono::steady_clock::now()), last_draw_(start_) {
  using P = BuildOptions::Progress;
  enabled_ = !options.quiet && (options.progress == P::Always || (options.progress == P::Auto && ::isatty(2)));
  for (const InputFile& file : files) total_bytes_ += input_size(file);
}

void ProgressMeter::advance(std::size_t articles, std::uint64_t bytes) {
  articles_ += articles;
  done_bytes_ += bytes;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(200)) return;
  last_draw_ = now;
  draw(false);
}

void ProgressMeter::finish() {
  if (enabled_ && articles_ > 0) draw(true);
}

void ProgressMeter::draw(bool final) {
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double rate = seconds > 0 ? double(done_bytes_) / 1e6 / seconds : 0.0;
  // Article text is a little smaller than the files that hold it: cap the share at 100%.
  const double share = total_bytes_ ? std::min(1.0, double(done_bytes_) / double(total_bytes_)) : 0.0;
  const double left = rate > 0 && !final ? (double(total_bytes_) / 1e6 - double(done_bytes_) / 1e6) / rate : 0.0;
  constexpr int kWidth = 30;
  const int filled = final ? kWidth : static_cast<int>(share * kWidth);
  std::string bar(static_cast<std::size_t>(filled), '#');
  bar.resize(kWidth, '.');
  char line[160];
  std::snprintf(line, sizeof line, "\r[%s] %3.0f%%  %zu articles  %.1f MB/s  %s %d:%02d ", bar.c_str(),
                final ? 100.0 : share * 100.0, articles_, rate, final ? "took" : "left",
                static_cast<int>(final ? seconds : left) / 60, static_cast<int>(final ? seconds : left) % 60);
  out_ << line << (final ? "\n" : "") << std::flush;
}

}  // namespace dealgraph
