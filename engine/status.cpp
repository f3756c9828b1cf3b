#include "steppe/status.hpp"

#include <cassert>
#include <utility>

namespace steppe {

struct Status::State {
    StatusCode code;
    std::string message;
    std::string hint;
    SourceLocation location;
    std::string detail;
};

void Status::StateDeleter::operator()(State* state) const noexcept {
    delete state;
}

Status::Status(StatusCode code, std::string message, SourceLocation where)
    : state_(new State{code, std::move(message), {}, std::move(where), {}}) {}

Status::Status(const Status& other) : state_(other.state_ ? new State(*other.state_) : nullptr) {}

Status& Status::operator=(const Status& other) {
    if (this != &other) {
        state_.reset(other.state_ ? new State(*other.state_) : nullptr);
    }
    return *this;
}

Status::~Status() = default;

Status Status::withHint(std::string hint) const {
    assert(!ok() && "a hint needs a failure to attach to");
    Status result(*this);
    if (result.state_) {
        result.state_->hint = std::move(hint);
    }
    return result;
}

Status Status::withDetail(std::string detail) const {
    assert(!ok() && "a detail code needs a failure to attach to");
    Status result(*this);
    if (result.state_) {
        result.state_->detail = std::move(detail);
    }
    return result;
}

StatusCode Status::code() const noexcept {
    return state_ ? state_->code : StatusCode::kOk;
}

// Accessors return references, so a success status needs shared empty objects to point at.
// Function-local statics avoid static-initialisation-order trouble for callers in other
// translation units' static initialisers.
const std::string& Status::message() const noexcept {
    static const std::string kEmpty;
    return state_ ? state_->message : kEmpty;
}

const std::string& Status::hint() const noexcept {
    static const std::string kEmpty;
    return state_ ? state_->hint : kEmpty;
}

const std::string& Status::detail() const noexcept {
    static const std::string kEmpty;
    return state_ ? state_->detail : kEmpty;
}

const SourceLocation& Status::location() const noexcept {
    static const SourceLocation kNowhere;
    return state_ ? state_->location : kNowhere;
}

// Follows the compiler convention "file:line:column: message". A part that is unknown is left
// out together with its separator: "file: message" without a line, "file:line: message"
// without a column, "line:column: message" for a query (which has no file).
std::string Status::toString() const {
    if (ok()) {
        return "OK";
    }
    const SourceLocation& where = state_->location;
    std::string position = where.file;
    if (where.line != 0) {
        if (!position.empty()) {
            position += ':';
        }
        position += std::to_string(where.line);
        if (where.column != 0) {
            position += ':' + std::to_string(where.column);
        }
    }
    std::string result;
    if (!position.empty()) {
        result = position + ": ";
    }
    result += state_->message;
    if (!state_->hint.empty()) {
        result += " (" + state_->hint + ")";
    }
    return result;
}

// These names complete sentences such as "error: syntax error at 1:10: ..." (see cli.md), so
// they are lower case and carry no punctuation.
const char* statusCodeName(StatusCode code) noexcept {
    switch (code) {
    case StatusCode::kOk:
        return "ok";
    case StatusCode::kInvalidArgument:
        return "invalid argument";
    case StatusCode::kIoError:
        return "I/O error";
    case StatusCode::kLoadError:
        return "load error";
    case StatusCode::kSyntaxError:
        return "syntax error";
    case StatusCode::kSemanticError:
        return "semantic error";
    case StatusCode::kTypeError:
        return "type error";
    case StatusCode::kArgumentError:
        return "argument error";
    case StatusCode::kTimeout:
        return "timeout";
    case StatusCode::kInternal:
        return "internal error";
    }
    return "unknown error"; // an out-of-range cast; the switch covers every enumerator
}

} // namespace steppe
