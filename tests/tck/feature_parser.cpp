#include "tests/tck/feature_parser.hpp"

#include <optional>
#include <utility>

namespace steppe::tck {

namespace {

constexpr std::string_view kBlanks = " \t";

std::string_view trim(std::string_view s) {
    const std::size_t first = s.find_first_not_of(kBlanks);
    if (first == std::string_view::npos) {
        return {};
    }
    return s.substr(first, s.find_last_not_of(kBlanks) - first + 1);
}

// Splits on '\n' and drops a '\r' before it, so CRLF files read like LF files.
std::vector<std::string_view> splitLines(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) { // a UTF-8 byte-order mark is not content
        text.remove_prefix(3);
    }
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        if (line.ends_with('\r')) {
            line.remove_suffix(1);
        }
        lines.push_back(line);
        if (end == std::string_view::npos) {
            break;
        }
        text.remove_prefix(end + 1);
    }
    return lines;
}

// Returns the text after `keyword` when `line` (trimmed) starts with it, e.g. the title after
// "Feature:".
std::optional<std::string_view> afterKeyword(std::string_view line, std::string_view keyword) {
    if (!line.starts_with(keyword)) {
        return std::nullopt;
    }
    return trim(line.substr(keyword.size()));
}

// A scenario as written, before Background steps are added and outlines are expanded.
struct WrittenScenario {
    std::string name;
    bool outline = false;
    std::vector<std::string> tags;
    std::vector<Step> steps;
    int line = 0;
    std::vector<std::string> exampleHeader;
    DataTable exampleRows;
    bool inExamples = false;
};

class FeatureReader {
public:
    FeatureReader(std::string_view text, const std::string& path)
        : lines_(splitLines(text)), path_(path) {}

    FeatureParseResult read() {
        FeatureParseResult result;
        result.feature.path = path_;
        for (index_ = 0; index_ < lines_.size() && error_.empty(); ++index_) {
            readLine(result.feature);
        }
        if (error_.empty()) {
            expand(result.feature);
        }
        result.error = error_;
        return result;
    }

private:
    enum class Section { kHeader, kBackground, kScenario };

    int lineNumber() const { return static_cast<int>(index_) + 1; }

    void fail(const std::string& what) {
        if (error_.empty()) {
            error_ = path_ + ":" + std::to_string(lineNumber()) + ": " + what;
        }
    }

    std::vector<Step>* currentSteps() {
        if (section_ == Section::kBackground) {
            return &background_;
        }
        if (section_ == Section::kScenario) {
            return &written_.back().steps;
        }
        return nullptr;
    }

    void readLine(Feature& feature) {
        const std::string_view raw = lines_[index_];
        const std::string_view line = trim(raw);
        if (line.empty() || line.starts_with('#')) {
            return;
        }
        if (line.starts_with('@')) {
            readTags(line);
        } else if (auto title = afterKeyword(line, "Feature:")) {
            feature.title = std::string(*title);
            featureTags_ = std::exchange(pendingTags_, {});
        } else if (afterKeyword(line, "Background:")) {
            section_ = Section::kBackground;
        } else if (auto name = afterKeyword(line, "Scenario Outline:")) {
            startScenario(*name, true);
        } else if (auto templateName = afterKeyword(line, "Scenario Template:")) {
            startScenario(*templateName, true);
        } else if (auto plainName = afterKeyword(line, "Scenario:")) {
            startScenario(*plainName, false);
        } else if (afterKeyword(line, "Examples:") || afterKeyword(line, "Scenarios:")) {
            startExamples();
        } else if (line.starts_with("\"\"\"") || line.starts_with("```")) {
            readDocString(raw, line);
        } else if (line.starts_with('|')) {
            readTableRow(line);
        } else if (!readStep(line) && !allowsDescription()) {
            fail("unexpected line: " + std::string(line));
        }
    }

    void readTags(std::string_view line) {
        while (!line.empty()) {
            const std::size_t end = line.find_first_of(kBlanks);
            const std::string_view tag = line.substr(0, end);
            if (tag.starts_with('#')) {
                break; // a comment after the tags
            }
            pendingTags_.emplace_back(tag);
            line = end == std::string_view::npos ? std::string_view() : trim(line.substr(end));
        }
    }

    void startScenario(std::string_view name, bool outline) {
        section_ = Section::kScenario;
        WrittenScenario& s = written_.emplace_back();
        s.name = std::string(name);
        s.outline = outline;
        s.tags = std::exchange(pendingTags_, {});
        s.line = lineNumber();
    }

    void startExamples() {
        if (section_ != Section::kScenario || !written_.back().outline) {
            fail("Examples: outside a Scenario Outline");
            return;
        }
        pendingTags_.clear(); // tags of an Examples table select rows in Cucumber; unused here
        written_.back().inExamples = true;
    }

    // Free text is allowed under a title line, before the first step or table row.
    bool allowsDescription() const {
        if (section_ == Section::kHeader) {
            return true;
        }
        if (section_ == Section::kBackground) {
            return background_.empty();
        }
        const WrittenScenario& s = written_.back();
        return s.inExamples ? s.exampleHeader.empty() : s.steps.empty();
    }

    bool readStep(std::string_view line) {
        static constexpr std::string_view kKeywords[] = {"Given", "When", "Then", "And", "But"};
        std::string_view keyword;
        for (std::string_view k : kKeywords) {
            if (line.starts_with(k) && line.size() > k.size() &&
                (line[k.size()] == ' ' || line[k.size()] == '\t')) {
                keyword = k;
            }
        }
        if (keyword.empty() && line.starts_with("* ")) {
            keyword = "*";
        }
        std::vector<Step>* steps = currentSteps();
        if (keyword.empty() || steps == nullptr ||
            (section_ == Section::kScenario && written_.back().inExamples)) {
            return false;
        }
        Step& step = steps->emplace_back();
        step.keyword = std::string(keyword);
        step.text = std::string(trim(line.substr(keyword.size())));
        step.line = lineNumber();
        return true;
    }

    // Reads from the opening delimiter to the closing one and attaches the text to the last step.
    void readDocString(std::string_view raw, std::string_view opening) {
        std::vector<Step>* steps = currentSteps();
        if (steps == nullptr || steps->empty()) {
            fail("a doc string must follow a step");
            return;
        }
        const std::string_view delimiter = opening.substr(0, 3);
        const std::size_t indent = raw.find(delimiter);
        const int openedAt = lineNumber();
        std::vector<std::string_view> content;
        for (++index_; index_ < lines_.size(); ++index_) {
            if (trim(lines_[index_]).starts_with(delimiter)) {
                Step& step = steps->back();
                if (step.docString || step.table) {
                    fail("a step has more than one argument");
                }
                step.docString = stripIndentation(content, indent);
                return;
            }
            content.push_back(lines_[index_]);
        }
        index_ = static_cast<std::size_t>(openedAt) - 1;
        fail("doc string is not closed");
    }

    void readTableRow(std::string_view line) {
        std::vector<std::string> cells = splitTableRow(line);
        if (section_ == Section::kScenario && written_.back().inExamples) {
            WrittenScenario& s = written_.back();
            if (s.exampleHeader.empty()) {
                s.exampleHeader = std::move(cells);
            } else if (cells.size() != s.exampleHeader.size()) {
                fail("an Examples row has " + std::to_string(cells.size()) + " cells, not " +
                     std::to_string(s.exampleHeader.size()));
            } else {
                s.exampleRows.push_back(std::move(cells));
            }
            return;
        }
        std::vector<Step>* steps = currentSteps();
        if (steps == nullptr || steps->empty()) {
            fail("a table row must follow a step");
            return;
        }
        Step& step = steps->back();
        if (step.docString) {
            fail("a step has more than one argument");
            return;
        }
        if (!step.table) {
            step.table.emplace();
        }
        step.table->push_back(std::move(cells));
    }

    void expand(Feature& feature) {
        for (WrittenScenario& w : written_) {
            Scenario base;
            base.featurePath = path_;
            base.name = w.name;
            base.tags = featureTags_;
            base.tags.insert(base.tags.end(), w.tags.begin(), w.tags.end());
            base.steps = background_;
            base.steps.insert(base.steps.end(), w.steps.begin(), w.steps.end());
            base.line = w.line;
            if (!w.outline) {
                feature.scenarios.push_back(std::move(base));
                continue;
            }
            int rowNumber = 0;
            for (const std::vector<std::string>& row : w.exampleRows) {
                feature.scenarios.push_back(instantiate(base, w, row, ++rowNumber));
            }
        }
    }

    // One Examples row of an outline: placeholders replaced everywhere except in Background
    // steps, which Gherkin never substitutes.
    Scenario instantiate(const Scenario& base, const WrittenScenario& w,
                         const std::vector<std::string>& row, int rowNumber) const {
        Scenario s = base;
        s.exampleRow = rowNumber;
        const auto substitute = [&](std::string_view text) {
            return substitutePlaceholders(text, w.exampleHeader, row);
        };
        s.name = substitute(w.name);
        for (std::size_t i = background_.size(); i < s.steps.size(); ++i) {
            Step& step = s.steps[i];
            step.text = substitute(step.text);
            if (step.docString) {
                step.docString = substitute(*step.docString);
            }
            if (step.table) {
                for (std::vector<std::string>& cells : *step.table) {
                    for (std::string& cell : cells) {
                        cell = substitute(cell);
                    }
                }
            }
        }
        return s;
    }

    std::vector<std::string_view> lines_;
    std::string path_;
    std::size_t index_ = 0;
    std::string error_;
    Section section_ = Section::kHeader;
    std::vector<std::string> pendingTags_;
    std::vector<std::string> featureTags_;
    std::vector<Step> background_;
    std::vector<WrittenScenario> written_;
};

} // namespace

FeatureParseResult parseFeature(std::string_view text, const std::string& path) {
    return FeatureReader(text, path).read();
}

std::vector<std::string> splitTableRow(std::string_view line) {
    line = trim(line);
    std::vector<std::string> cells;
    std::string raw; // the cell as written, escapes still in place
    bool open = false;
    const auto finishCell = [&] {
        // Trim before unescaping, so an escaped newline at either end of a cell survives.
        const std::string_view written = trim(raw);
        std::string cell;
        for (std::size_t i = 0; i < written.size(); ++i) {
            const char next = i + 1 < written.size() ? written[i + 1] : '\0';
            if (written[i] == '\\' && (next == '|' || next == '\\' || next == 'n')) {
                cell += next == 'n' ? '\n' : next;
                ++i;
            } else {
                cell += written[i];
            }
        }
        cells.push_back(std::move(cell));
        raw.clear();
    };
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '|') {
            if (open) {
                finishCell();
            }
            open = true;
        } else if (c == '\\' && i + 1 < line.size()) {
            raw += c; // keep the escape for finishCell, but never split on an escaped '|'
            raw += line[++i];
        } else {
            raw += c;
        }
    }
    return cells; // text after the last '|' is not a cell
}

std::string stripIndentation(const std::vector<std::string_view>& lines, std::size_t indent) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        std::size_t removed = 0;
        while (removed < indent && removed < line.size() &&
               (line[removed] == ' ' || line[removed] == '\t')) {
            ++removed;
        }
        if (i > 0) {
            out += '\n';
        }
        out += line.substr(removed);
    }
    return out;
}

std::string substitutePlaceholders(std::string_view text, const std::vector<std::string>& header,
                                   const std::vector<std::string>& row) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t open = text.find('<', i);
        if (open == std::string_view::npos) {
            break;
        }
        out += text.substr(i, open - i);
        const std::size_t close = text.find('>', open + 1);
        bool replaced = false;
        if (close != std::string_view::npos) {
            const std::string_view name = text.substr(open + 1, close - open - 1);
            for (std::size_t c = 0; c < header.size() && c < row.size(); ++c) {
                if (header[c] == name) {
                    out += row[c];
                    replaced = true;
                    break;
                }
            }
        }
        if (replaced) {
            i = close + 1;
        } else {
            out += '<';
            i = open + 1;
        }
    }
    out += text.substr(std::min(i, text.size()));
    return out;
}

} // namespace steppe::tck
