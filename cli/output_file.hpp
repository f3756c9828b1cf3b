// OutputFile: a file that is written completely or not at all. The text goes to a temporary
// file beside the target, which replaces the target only when everything succeeded, so an
// error never leaves a truncated or half-written file behind.
#ifndef STEPPE_CLI_OUTPUT_FILE_HPP_
#define STEPPE_CLI_OUTPUT_FILE_HPP_

#include <fstream>
#include <string>

namespace steppe::cli {

class OutputFile {
public:
    explicit OutputFile(std::string path);
    // Removes the temporary file unless commit() succeeded.
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    const std::string& path() const { return path_; }
    // Where the content goes until commit(); a program such as Graphviz may write it.
    const std::string& temporaryPath() const { return temporary_; }

    // Opens the temporary file for writing; on failure returns false with a reason in *error.
    bool open(std::string* error);
    // REQUIRES: open() succeeded.
    std::ostream& stream() { return stream_; }

    // Closes the temporary file and renames it to path(); on failure returns false with a
    // reason in *error and leaves no file behind.
    bool commit(std::string* error);

private:
    std::string path_;
    std::string temporary_;
    std::ofstream stream_;
    bool committed_ = false;
};

} // namespace steppe::cli

#endif // STEPPE_CLI_OUTPUT_FILE_HPP_
