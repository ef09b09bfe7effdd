#include "cli/query_commands.hpp"

namespace dealgraph::cli {

void add_query_commands(CLI::App&, int&, std::function<std::string()>) {}

}  // namespace dealgraph::cli
