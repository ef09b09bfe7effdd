#include "util/parallel.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace dealgraph::util {

unsigned thread_count(unsigned requested) {
  constexpr unsigned kMaxThreads = 256, kThreadsPerCore = 8;
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  return std::min({kMaxThreads, kThreadsPerCore * cores, requested ? requested : cores});
}

void run_parallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work) {
  if (count == 0) return;
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto worker = [&] {
    for (std::size_t i = next++; i < count; i = next++) {
      try {
        work(i);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  const unsigned helpers = static_cast<unsigned>(std::min<std::size_t>(threads, count)) - 1;
  std::vector<std::thread> pool;
  pool.reserve(helpers);
  try {
    for (unsigned t = 0; t < helpers; ++t) pool.emplace_back(worker);
  } catch (const std::system_error&) {
    // The system gives no more threads (a process limit): those already started do the work.
  }
  worker();
  for (std::thread& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace dealgraph::util
