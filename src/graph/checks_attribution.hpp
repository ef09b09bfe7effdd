// Check: a deal that one source states and another denies (checks_attribution.cpp).
#pragma once

#include <vector>

#include "dealgraph/graph.hpp"

namespace dealgraph {

// One "denied-deal" warning per deal whose evidence holds a denial (dg:denies) and a statement
// from another source, with both quotes.
void check_denied_deals(const KnowledgeGraph& graph, std::vector<Finding>& findings);

}  // namespace dealgraph
