#include <set>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "steppe/status.hpp"

namespace {

using steppe::SourceLocation;
using steppe::Status;
using steppe::StatusCode;

SourceLocation at(std::string file, std::uint32_t line, std::uint32_t column) {
    SourceLocation where;
    where.file = std::move(file);
    where.line = line;
    where.column = column;
    return where;
}

TEST(StatusTest, DefaultIsOk) {
    Status ok;
    EXPECT_TRUE(ok.ok());
    EXPECT_EQ(ok.code(), StatusCode::kOk);
    EXPECT_EQ(ok.message(), "");
    EXPECT_EQ(ok.hint(), "");
    EXPECT_FALSE(ok.hasLocation());
    EXPECT_EQ(ok.location().line, 0u);
    EXPECT_EQ(ok.toString(), "OK");
    EXPECT_TRUE(Status::OK().ok());
}

TEST(StatusTest, FactoriesSetCodeAndMessage) {
    const std::pair<Status, StatusCode> cases[] = {
        {Status::invalidArgument("m"), StatusCode::kInvalidArgument},
        {Status::ioError("m"), StatusCode::kIoError},
        {Status::loadError("m"), StatusCode::kLoadError},
        {Status::syntaxError("m"), StatusCode::kSyntaxError},
        {Status::semanticError("m"), StatusCode::kSemanticError},
        {Status::typeError("m"), StatusCode::kTypeError},
        {Status::argumentError("m"), StatusCode::kArgumentError},
        {Status::timeout("m"), StatusCode::kTimeout},
        {Status::internal("m"), StatusCode::kInternal},
    };
    for (const auto& [status, code] : cases) {
        EXPECT_FALSE(status.ok());
        EXPECT_EQ(status.code(), code);
        EXPECT_EQ(status.message(), "m");
        EXPECT_EQ(status.hint(), "");
        EXPECT_FALSE(status.hasLocation());
    }
}

TEST(StatusTest, LocationIsKept) {
    SourceLocation where = at("graph.json", 214, 15);
    where.offset = 9000;
    where.length = 11;
    Status status = Status::loadError("bad", where);
    EXPECT_TRUE(status.hasLocation());
    EXPECT_EQ(status.location().file, "graph.json");
    EXPECT_EQ(status.location().line, 214u);
    EXPECT_EQ(status.location().column, 15u);
    EXPECT_EQ(status.location().offset, 9000u);
    EXPECT_EQ(status.location().length, 11u);
}

TEST(StatusTest, CopyIsDeep) {
    Status original = Status::syntaxError("expected ')'", at("", 1, 10)).withHint("h");
    Status copy(original);
    EXPECT_EQ(copy.code(), StatusCode::kSyntaxError);
    EXPECT_EQ(copy.message(), "expected ')'");
    EXPECT_EQ(copy.hint(), "h");
    EXPECT_EQ(copy.location().column, 10u);
    // The copy owns its own state: its message lives elsewhere and survives the original.
    EXPECT_NE(&copy.message(), &original.message());
    original = Status::typeError("other");
    EXPECT_EQ(copy.code(), StatusCode::kSyntaxError);
    EXPECT_EQ(copy.message(), "expected ')'");
    original = Status::OK();
    EXPECT_TRUE(original.ok());
    EXPECT_EQ(copy.toString(), "1:10: expected ')' (h)");
}

TEST(StatusTest, AssignmentAndMoves) {
    Status target = Status::ioError("cannot open");
    Status source = Status::timeout("too slow");
    target = source;
    EXPECT_EQ(target.code(), StatusCode::kTimeout);
    EXPECT_EQ(source.code(), StatusCode::kTimeout);
    EXPECT_EQ(target.message(), "too slow");

    const Status& alias = target;
    target = alias; // self-assignment keeps the state
    EXPECT_EQ(target.message(), "too slow");

    Status ok;
    target = ok;
    EXPECT_TRUE(target.ok());
    Status fromOk(ok); // NOLINT(performance-unnecessary-copy-initialization): the copy is the test
    EXPECT_TRUE(fromOk.ok());

    Status moved(std::move(source));
    EXPECT_EQ(moved.code(), StatusCode::kTimeout);
    Status moveTarget = Status::internal("x");
    moveTarget = std::move(moved);
    EXPECT_EQ(moveTarget.code(), StatusCode::kTimeout);
    EXPECT_EQ(moveTarget.message(), "too slow");
}

TEST(StatusTest, WithHintLeavesTheOriginalAlone) {
    Status base = Status::semanticError("unknown label :Countyr", at("", 2, 9));
    Status hinted = base.withHint("did you mean :Country?");
    EXPECT_EQ(base.hint(), "");
    EXPECT_EQ(hinted.hint(), "did you mean :Country?");
    EXPECT_EQ(hinted.code(), StatusCode::kSemanticError);
    EXPECT_EQ(hinted.message(), base.message());
    EXPECT_EQ(hinted.location().line, 2u);
    EXPECT_EQ(hinted.location().column, 9u);
    EXPECT_EQ(hinted.withHint("second").hint(), "second");
}

TEST(StatusTest, ToStringFullForm) {
    Status status = Status::loadError("/edges/12/to: unknown node id \"kazakstan\"",
                                      at("datasets/bacac.json", 214, 15))
                        .withHint("did you mean \"kazakhstan\"?");
    EXPECT_EQ(status.toString(), "datasets/bacac.json:214:15: /edges/12/to: unknown node id "
                                 "\"kazakstan\" (did you mean \"kazakhstan\"?)");
}

TEST(StatusTest, ToStringLeavesOutMissingParts) {
    EXPECT_EQ(Status::ioError("cannot read").toString(), "cannot read");
    EXPECT_EQ(Status::ioError("cannot read").withHint("check the path").toString(),
              "cannot read (check the path)");
    EXPECT_EQ(Status::syntaxError("expected ')'", at("", 1, 10)).toString(), "1:10: expected ')'");
    EXPECT_EQ(Status::loadError("empty file", at("g.json", 0, 0)).toString(), "g.json: empty file");
    EXPECT_EQ(Status::loadError("bad", at("g.json", 3, 0)).toString(), "g.json:3: bad");
    EXPECT_EQ(Status::loadError("bad", at("g.json", 3, 4)).toString(), "g.json:3:4: bad");
    EXPECT_EQ(Status::loadError("bad", at("g.json", 3, 4)).withHint("h").toString(),
              "g.json:3:4: bad (h)");
    EXPECT_EQ(Status::typeError("x", at("", 0, 5)).toString(), "x");
}

TEST(StatusTest, DetailCodesTravelWithCopies) {
    Status s = Status::semanticError("Variable `x` not defined").withDetail("UndefinedVariable");
    Status copy = s;
    EXPECT_EQ(copy.detail(), "UndefinedVariable");
    EXPECT_EQ(Status::OK().detail(), "");
    EXPECT_EQ(s.toString(), "Variable `x` not defined") << "the detail is for tools, not text";
}

TEST(StatusTest, CodeNames) {
    EXPECT_STREQ(steppe::statusCodeName(StatusCode::kOk), "ok");
    EXPECT_STREQ(steppe::statusCodeName(StatusCode::kLoadError), "load error");
    EXPECT_STREQ(steppe::statusCodeName(StatusCode::kSyntaxError), "syntax error");
    EXPECT_STREQ(steppe::statusCodeName(StatusCode::kTypeError), "type error");
    EXPECT_STREQ(steppe::statusCodeName(StatusCode::kArgumentError), "argument error");
    EXPECT_STREQ(steppe::statusCodeName(StatusCode::kSemanticError), "semantic error");
    EXPECT_STREQ(steppe::statusCodeName(StatusCode::kInvalidArgument), "invalid argument");
    EXPECT_STREQ(steppe::statusCodeName(StatusCode::kIoError), "I/O error");
    EXPECT_STREQ(steppe::statusCodeName(StatusCode::kTimeout), "timeout");
    EXPECT_STREQ(steppe::statusCodeName(StatusCode::kInternal), "internal error");
    // Every code has its own non-empty name.
    std::set<std::string> names;
    for (int code = 0; code <= static_cast<int>(StatusCode::kInternal); ++code) {
        std::string name = steppe::statusCodeName(static_cast<StatusCode>(code));
        EXPECT_FALSE(name.empty());
        names.insert(name);
    }
    EXPECT_EQ(names.size(), static_cast<std::size_t>(StatusCode::kInternal) + 1);
}

} // namespace
