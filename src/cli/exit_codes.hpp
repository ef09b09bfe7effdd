// The exit codes of every command, as the README and CONTRACT.md promise them.
#pragma once

namespace dealgraph::cli {

constexpr int kExitOk = 0;
constexpr int kExitFailed = 1;    // the work failed; the reason is on standard error
constexpr int kExitUsage = 2;     // bad usage
constexpr int kExitFindings = 3;  // `check` found errors

}  // namespace dealgraph::cli
