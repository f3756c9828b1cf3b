#include "benchmarks/lsqb/process_memory.hpp"

#include <fstream>
#include <sstream>
#include <string>

namespace steppe::lsqb {

double peakResidentMiB() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.starts_with("VmHWM:")) {
            std::istringstream fields(line.substr(6));
            double kib = 0;
            fields >> kib; // the kernel writes "VmHWM:   123456 kB"
            return kib / 1024.0;
        }
    }
    return 0;
}

} // namespace steppe::lsqb
