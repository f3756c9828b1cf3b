// Paths the tests need, fixed at configure time by tests/CMakeLists.txt.
#ifndef STEPPE_TESTS_TEST_PATHS_HPP_
#define STEPPE_TESTS_TEST_PATHS_HPP_

#include <string>

namespace steppe::testing {

// The repository root, e.g. for datasets/bacac.json.
inline std::string sourcePath(const std::string& relative) {
    return std::string(STEPPE_SOURCE_DIR) + "/" + relative;
}

// The `steppe` command built alongside the tests.
inline std::string steppeBinary() {
    return STEPPE_BINARY;
}

} // namespace steppe::testing

#endif // STEPPE_TESTS_TEST_PATHS_HPP_
