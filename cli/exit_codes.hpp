// Exit codes of the `steppe` command (docs/cli.md).
#ifndef STEPPE_CLI_EXIT_CODES_HPP_
#define STEPPE_CLI_EXIT_CODES_HPP_

namespace steppe::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitQueryError = 1,
    kExitUsage = 2,
    kExitLoadError = 3,
};

} // namespace steppe::cli

#endif // STEPPE_CLI_EXIT_CODES_HPP_
