// InputStream: the bytes of one graph file, read in chunks (or from memory), in the shape of a
// RapidJSON input stream (Peek, Take, Tell).
//
// Reading in chunks keeps the load's memory near the size of the graph being built, not the
// size of the file: a 200 MB file is never held whole. Tell() is the byte offset from the
// start, which the loader turns into line and column when it reports an error. Each chunk read
// from a file counts towards the load's ReadProgress, when it has one.
#ifndef STEPPE_ENGINE_INPUT_STREAM_HPP_
#define STEPPE_ENGINE_INPUT_STREAM_HPP_

#include <cstddef>
#include <cstdio>
#include <string_view>
#include <vector>

#include "engine/read_progress.hpp"

namespace steppe::engine {

class InputStream {
public:
    using Ch = char;
    static constexpr std::size_t kChunkBytes = 1 << 20;

    // Reads from an open file, which the caller closes after the stream is done.
    explicit InputStream(std::FILE* file, std::size_t chunkBytes = kChunkBytes)
        : InputStream(file, nullptr, chunkBytes) {}
    // The same, and counts each chunk read towards `progress` (when not null), which must
    // outlive the stream.
    InputStream(std::FILE* file, ReadProgress* progress, std::size_t chunkBytes = kChunkBytes);
    // Reads from memory that outlives the stream.
    explicit InputStream(std::string_view text);

    // Returns the next byte without consuming it, or '\0' at the end.
    char Peek() const { return current_ != end_ ? *current_ : '\0'; }
    // Consumes and returns the next byte, or '\0' at the end.
    char Take() {
        if (current_ == end_) {
            return '\0';
        }
        char c = *current_++;
        if (current_ == end_) {
            refill();
        }
        return c;
    }
    // Returns the number of bytes consumed so far.
    std::size_t Tell() const {
        return consumedBefore_ + static_cast<std::size_t>(current_ - begin_);
    }
    // True when every byte has been consumed. Peek() returns '\0' both at the end and at a NUL
    // byte; this tells them apart.
    bool atEnd() const { return current_ == end_; }
    // True when reading the file failed (as opposed to reaching its end).
    bool readFailed() const { return readFailed_; }

    // Output functions of the stream concept; never called for a read-only parse.
    char* PutBegin() { return nullptr; }
    void Put(char) {}
    void Flush() {}
    std::size_t PutEnd(char*) { return 0; }

private:
    void refill();
    void skipByteOrderMark();

    std::FILE* file_ = nullptr;
    ReadProgress* progress_ = nullptr;
    std::vector<char> buffer_;
    const char* begin_ = nullptr;
    const char* current_ = nullptr;
    const char* end_ = nullptr;
    std::size_t consumedBefore_ = 0; // bytes in the chunks before the current one
    bool readFailed_ = false;
};

} // namespace steppe::engine

#endif // STEPPE_ENGINE_INPUT_STREAM_HPP_
