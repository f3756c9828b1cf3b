// Status: the outcome of an operation that can fail.
//
// Every fallible call of the public API returns a Status (or carries one in its result); the
// API never throws. A successful Status costs one null pointer, so returning it is free.
//
// Thread safety: a Status is a plain value. Const methods may be called from several threads at
// once; anything else needs external synchronisation, as for std::string.

#ifndef STEPPE_INCLUDE_STATUS_HPP_
#define STEPPE_INCLUDE_STATUS_HPP_

#include <cstdint>
#include <memory>
#include <string>

namespace steppe {

// What kind of failure a Status reports. The command-line tool maps these to exit codes.
enum class StatusCode : std::uint8_t {
    kOk = 0,
    kInvalidArgument, // the caller passed something unusable (not the data, not the query)
    kIoError,         // a file could not be opened, read or written
    kLoadError,       // a graph file is malformed or breaks a rule of the data format
    kSyntaxError,     // a query does not parse
    kSemanticError,   // a query parses but means nothing (unknown variable, misuse)
    kTypeError,       // a value of the wrong type met an operation
    kArgumentError,   // a value of the right type is out of range (e.g. range() with step 0)
    kTimeout,         // an operation ran out of its time budget
    kInternal,        // a bug in Steppe: please report it
};

// Where in a text (a graph file or a query) a problem lies. Lines and columns are 1-based;
// columns count Unicode code points, not bytes. A zero line means "unknown".
struct SourceLocation {
    std::string file;         // the file name as given by the caller; empty for a query
    std::uint32_t line = 0;   // 1-based line, 0 if unknown
    std::uint32_t column = 0; // 1-based column in code points, 0 if unknown
    std::uint64_t offset = 0; // byte offset of the fault from the start of the text
    std::uint32_t length = 0; // bytes covered by the fault (0: a single point)
};

class [[nodiscard]] Status {
public:
    // Creates a success status.
    Status() noexcept = default;
    Status(const Status& other);
    Status& operator=(const Status& other);
    Status(Status&& other) noexcept = default;
    Status& operator=(Status&& other) noexcept = default;
    ~Status();

    // Returns a success status.
    static Status OK() { return Status(); }

    // Factories for failures. `message` says what is wrong in words a user understands.
    static Status invalidArgument(std::string message) {
        return Status(StatusCode::kInvalidArgument, std::move(message));
    }
    static Status ioError(std::string message) {
        return Status(StatusCode::kIoError, std::move(message));
    }
    static Status loadError(std::string message, SourceLocation where = {}) {
        return Status(StatusCode::kLoadError, std::move(message), std::move(where));
    }
    static Status syntaxError(std::string message, SourceLocation where = {}) {
        return Status(StatusCode::kSyntaxError, std::move(message), std::move(where));
    }
    static Status semanticError(std::string message, SourceLocation where = {}) {
        return Status(StatusCode::kSemanticError, std::move(message), std::move(where));
    }
    static Status typeError(std::string message, SourceLocation where = {}) {
        return Status(StatusCode::kTypeError, std::move(message), std::move(where));
    }
    static Status argumentError(std::string message, SourceLocation where = {}) {
        return Status(StatusCode::kArgumentError, std::move(message), std::move(where));
    }
    static Status timeout(std::string message) {
        return Status(StatusCode::kTimeout, std::move(message));
    }
    static Status internal(std::string message) {
        return Status(StatusCode::kInternal, std::move(message));
    }

    // Returns a copy of this status with a hint attached, e.g. `did you mean "kazakhstan"?`.
    // REQUIRES: !ok().
    Status withHint(std::string hint) const;
    // Returns a copy of this status with an openCypher error detail code attached, e.g.
    // "UndefinedVariable" or "InvalidArgumentType", for tools that classify errors.
    // REQUIRES: !ok().
    Status withDetail(std::string detail) const;

    // Returns true iff the status indicates success.
    bool ok() const noexcept { return state_ == nullptr; }

    StatusCode code() const noexcept;
    // Returns the message, or "" for success.
    const std::string& message() const noexcept;
    // Returns the hint, or "" when there is none.
    const std::string& hint() const noexcept;
    // Returns the openCypher detail code, or "" when there is none.
    const std::string& detail() const noexcept;
    // Returns where the problem lies; line() == 0 when the status has no position.
    const SourceLocation& location() const noexcept;
    bool hasLocation() const noexcept { return location().line != 0; }

    // Returns a one-line rendering: "OK", or "file:line:column: message (hint)" with the parts
    // that are present; an unknown part (empty file, zero line or column, no hint) is left out
    // with its separator ("file: message", "line:column: message", "message"), e.g.
    //   datasets/bacac.json:214:15: /edges/12/to: unknown node id "kazakstan" (did you mean
    //   "kazakhstan"?)
    std::string toString() const;

private:
    struct State;
    // State is defined in status.cpp only. A deleter declared here and defined there lets the
    // defaulted (inline, free) constructors and moves above compile where State is incomplete;
    // with std::default_delete every `Status s;` outside status.cpp fails to compile.
    struct StateDeleter {
        void operator()(State* state) const noexcept;
    };

    Status(StatusCode code, std::string message, SourceLocation where = {});

    std::unique_ptr<State, StateDeleter> state_; // null means OK
};

// Returns a short English name for a code, e.g. "load error".
const char* statusCodeName(StatusCode code) noexcept;

} // namespace steppe

#endif // STEPPE_INCLUDE_STATUS_HPP_
