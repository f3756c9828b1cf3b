#include "cli/line_editor.hpp"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <cwchar>
#include <histedit.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace steppe::cli {

namespace {

volatile std::sig_atomic_t interrupted = 0;

extern "C" void noteInterrupt(int) {
    interrupted = 1;
}

// While a line is read, Ctrl-C abandons the line rather than ending the shell: the handler
// notes it, and readCharacter below ends the read. Outside of reading (while a statement runs)
// Ctrl-C keeps its default effect, which is the only way to stop a statement that runs too long.
class InterruptScope {
public:
    InterruptScope() {
        struct sigaction action {};
        action.sa_handler = noteInterrupt;
        sigemptyset(&action.sa_mask);
        action.sa_flags = 0;
        sigaction(SIGINT, &action, &previous_);
        interrupted = 0;
    }
    ~InterruptScope() { sigaction(SIGINT, &previous_, nullptr); }
    InterruptScope(const InterruptScope&) = delete;
    InterruptScope& operator=(const InterruptScope&) = delete;

private:
    struct sigaction previous_ {};
};

std::size_t codePoints(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

int terminalWidth(int fd) {
    struct winsize size {};
    return ::ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_col > 0 ? size.ws_col : 80;
}

} // namespace

struct LineEditor::Impl {
    EditLine* editor = nullptr;
    History* history = nullptr;
    int in = -1;
    std::FILE* out = nullptr;
    Completer completer;
    std::string prompt;
    std::string historyPath; // "" when the history is not kept in a file

    static Impl* of(EditLine* editor) {
        void* data = nullptr;
        el_get(editor, EL_CLIENTDATA, &data);
        return static_cast<Impl*>(data);
    }

    static char* promptOf(EditLine* editor) { return of(editor)->prompt.data(); }

    static unsigned char complete(EditLine* editor, int /*key*/) {
        return of(editor)->completeWord();
    }

    static int readCharacterFor(EditLine* editor, wchar_t* character) {
        return of(editor)->readCharacter(character);
    }

    unsigned char completeWord();
    void listCandidates(const std::vector<std::string>& candidates);
    int readCharacter(wchar_t* character);
};

// Reads one character for libedit, in place of its own reader, so that Ctrl-C ends the read
// whenever it comes. libedit draws the prompt and sets up the terminal before it reads; a
// Ctrl-C in that moment would otherwise be noted and then ignored by a read that blocks.
// SIGINT is blocked here except while ppoll waits, so the flag check and the wait cannot miss
// it. Returns 1 with the character, 0 at the end of input, -1 on an error or an interrupt.
int LineEditor::Impl::readCharacter(wchar_t* character) {
    sigset_t interrupt;
    sigset_t previous;
    sigemptyset(&interrupt);
    sigaddset(&interrupt, SIGINT);
    sigprocmask(SIG_BLOCK, &interrupt, &previous);
    char bytes[MB_LEN_MAX];
    std::size_t count = 0;
    int result = -1;
    for (;;) {
        if (interrupted) {
            errno = EINTR;
            break;
        }
        pollfd input{in, POLLIN, 0};
        if (::ppoll(&input, 1, nullptr, &previous) < 0) {
            if (errno == EINTR) {
                continue; // Ctrl-C (seen above), a window size change or a resumed job
            }
            break;
        }
        const ssize_t got = ::read(in, bytes + count, 1);
        if (got < 0 && (errno == EINTR || errno == EAGAIN)) {
            continue;
        }
        if (got <= 0) {
            *character = L'\0';
            result = got == 0 ? 0 : -1;
            break;
        }
        ++count;
        std::mbstate_t state{};
        const std::size_t decoded = std::mbrtowc(character, bytes, count, &state);
        if (decoded == static_cast<std::size_t>(-2) && count < sizeof bytes) {
            continue; // the rest of a multibyte character is coming
        }
        if (decoded == static_cast<std::size_t>(-1) || decoded == static_cast<std::size_t>(-2)) {
            count = 0; // not a character in this locale: drop it, as libedit does
            continue;
        }
        result = 1;
        break;
    }
    sigprocmask(SIG_SETMASK, &previous, nullptr);
    return result;
}

unsigned char LineEditor::Impl::completeWord() {
    const LineInfo* info = el_line(editor);
    const std::string_view before(info->buffer,
                                  static_cast<std::size_t>(info->cursor - info->buffer));
    const Completion completion = completer(before);
    if (completion.candidates.empty() || completion.wordStart > before.size()) {
        return CC_REFRESH_BEEP;
    }
    const std::string_view word = before.substr(completion.wordStart);
    std::string replacement = completion.candidates.size() == 1
                                  ? completion.candidates[0] + (completion.spaceAfter ? " " : "")
                                  : commonPrefix(completion.candidates);
    if (replacement.size() >= word.size() && replacement != word) {
        // Replace the whole word: the match may differ in case (`:cou` -> `:Country`).
        el_deletestr(editor, static_cast<int>(codePoints(word)));
        el_insertstr(editor, replacement.c_str());
        return CC_REFRESH;
    }
    if (completion.candidates.size() == 1) {
        return CC_REFRESH;
    }
    listCandidates(completion.candidates);
    return CC_REDISPLAY;
}

// Lists the candidates in columns under the line, as shells do on a second Tab.
void LineEditor::Impl::listCandidates(const std::vector<std::string>& candidates) {
    std::size_t widest = 0;
    for (const std::string& c : candidates) {
        widest = std::max(widest, codePoints(c));
    }
    const std::size_t columnWidth = widest + 2;
    const std::size_t perRow = std::max<std::size_t>(
        1, static_cast<std::size_t>(terminalWidth(fileno(out))) / columnWidth);
    std::string text = "\n";
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        text += candidates[i];
        const bool rowEnds = (i + 1) % perRow == 0 || i + 1 == candidates.size();
        text +=
            rowEnds ? std::string("\n") : std::string(columnWidth - codePoints(candidates[i]), ' ');
    }
    std::fputs(text.c_str(), out);
    std::fflush(out);
}

LineEditor::LineEditor(const char* program, std::FILE* in, std::FILE* out, Completer completer)
    : impl_(std::make_unique<Impl>()) {
    impl_->in = fileno(in);
    impl_->out = out;
    impl_->completer = std::move(completer);
    impl_->history = history_init();
    HistEvent event;
    history(impl_->history, &event, H_SETSIZE, 1000);
    history(impl_->history, &event, H_SETUNIQUE, 1); // no runs of the same entry
    impl_->editor = el_init(program, in, out, stderr);
    el_set(impl_->editor, EL_CLIENTDATA, impl_.get());
    el_set(impl_->editor, EL_EDITOR, "emacs");
    // libedit follows window size changes, and restores the terminal before a signal ends us.
    el_set(impl_->editor, EL_SIGNAL, 1);
    el_set(impl_->editor, EL_GETCFN, &Impl::readCharacterFor);
    el_set(impl_->editor, EL_PROMPT, &Impl::promptOf);
    el_set(impl_->editor, EL_HIST, history, impl_->history);
    // The wide call keeps our literals; the narrow el_set copies them and never frees the copies.
    el_wset(impl_->editor, EL_ADDFN, L"steppe-complete", L"complete a name or keyword",
            &Impl::complete);
    el_set(impl_->editor, EL_BIND, "^I", "steppe-complete", nullptr);
    // Ctrl-R searches the history backwards, as in bash and psql (libedit redraws by default).
    el_set(impl_->editor, EL_BIND, "^R", "em-inc-search-prev", nullptr);
    el_source(impl_->editor, nullptr); // the user's ~/.editrc may rebind keys
}

LineEditor::~LineEditor() {
    el_end(impl_->editor);
    history_end(impl_->history);
}

LineEditor::Read LineEditor::readLine(const std::string& prompt, std::string* line) {
    impl_->prompt = prompt;
    InterruptScope scope;
    int count = 0;
    errno = 0;
    const char* text = el_gets(impl_->editor, &count);
    if (interrupted) {
        std::fputs("\n", impl_->out);
        return Read::kInterrupted;
    }
    if (text == nullptr || count <= 0) {
        return Read::kEnd;
    }
    line->assign(text, static_cast<std::size_t>(count));
    if (!line->empty() && line->back() == '\n') {
        line->pop_back();
    }
    return Read::kLine;
}

bool LineEditor::useHistoryFile(const std::string& path) {
    impl_->historyPath = path;
    HistEvent event;
    if (::access(path.c_str(), F_OK) != 0) {
        return true; // the first session: the file comes with the first entry
    }
    return history(impl_->history, &event, H_LOAD, path.c_str()) >= 0;
}

bool LineEditor::addHistory(const std::string& entry) {
    HistEvent event;
    history(impl_->history, &event, H_ENTER, entry.c_str());
    if (impl_->historyPath.empty()) {
        return true;
    }
    return history(impl_->history, &event, H_SAVE, impl_->historyPath.c_str()) >= 0;
}

} // namespace steppe::cli
