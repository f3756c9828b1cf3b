// The memory this process holds, as the kernel counts it.
#ifndef STEPPE_BENCHMARKS_LSQB_PROCESS_MEMORY_HPP_
#define STEPPE_BENCHMARKS_LSQB_PROCESS_MEMORY_HPP_

namespace steppe::lsqb {

// Peak resident set size so far (VmHWM of /proc/self/status), in MiB; 0 if unreadable.
double peakResidentMiB();

} // namespace steppe::lsqb

#endif // STEPPE_BENCHMARKS_LSQB_PROCESS_MEMORY_HPP_
