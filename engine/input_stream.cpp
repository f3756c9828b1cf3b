#include "engine/input_stream.hpp"

namespace steppe::engine {

InputStream::InputStream(std::FILE* file, ReadProgress* progress, std::size_t chunkBytes)
    : file_(file), progress_(progress), buffer_(chunkBytes) {
    begin_ = current_ = end_ = buffer_.data();
    refill();
    skipByteOrderMark();
}

InputStream::InputStream(std::string_view text)
    : begin_(text.data()), current_(text.data()), end_(text.data() + text.size()) {
    skipByteOrderMark();
}

void InputStream::skipByteOrderMark() {
    // Editors on some systems start UTF-8 files with U+FEFF; it is not part of the JSON text.
    // Offsets still count it, so they stay offsets into the file.
    if (end_ - current_ >= 3 && std::string_view(current_, 3) == "\xEF\xBB\xBF") {
        current_ += 3;
    }
}

void InputStream::refill() {
    if (file_ == nullptr) {
        return;
    }
    consumedBefore_ += static_cast<std::size_t>(end_ - begin_);
    std::size_t got = std::fread(buffer_.data(), 1, buffer_.size(), file_);
    if (got == 0 && std::ferror(file_)) {
        readFailed_ = true;
    }
    if (progress_ != nullptr) {
        progress_->advance(got);
    }
    begin_ = current_ = buffer_.data();
    end_ = begin_ + got;
}

} // namespace steppe::engine
