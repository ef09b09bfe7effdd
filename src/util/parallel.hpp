// Running independent pieces of work on several threads, and how many threads `-j` gives.
#pragma once

#include <cstddef>
#include <functional>

namespace dealgraph::util {

// Threads for `-j requested` (0: one per core), at most 8 per core and 256 in all. The work is
// all computation, so more threads than that only cost memory: each holds a stack and may get a
// heap of its own, and under a limit on address space the stacks of a few hundred threads would
// leave the heap too little.
unsigned thread_count(unsigned requested);

// Runs work(0..count-1) on up to `threads` threads (never more than there is work for; when the
// system gives fewer, those started do it all), then rethrows the first exception a call threw.
void run_parallel(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work);

}  // namespace dealgraph::util
