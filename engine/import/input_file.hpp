// Opening a file to import, with the messages the JSON loader gives for the same failures.
#ifndef STEPPE_ENGINE_IMPORT_INPUT_FILE_HPP_
#define STEPPE_ENGINE_IMPORT_INPUT_FILE_HPP_

#include <cstdio>
#include <memory>
#include <string>

#include "steppe/status.hpp"

namespace steppe::engine {

using FilePointer = std::unique_ptr<std::FILE, int (*)(std::FILE*)>;

// Opens `path` for reading into *file. Fails (kIoError) when it cannot be opened or is a
// folder.
Status openInputFile(const std::string& path, FilePointer* file);

} // namespace steppe::engine

#endif // STEPPE_ENGINE_IMPORT_INPUT_FILE_HPP_
