// Pass: posts. Who holds which title at which organisation, with the sentence as evidence
// (PostFinder reads the order of names and titles; this pass turns what it finds into claims).
#pragma once

#include "extract/passes/work.hpp"
#include "extract/post_finder.hpp"

namespace dealgraph::extract {

void find_posts(const PostFinder& finder, DocumentWork& work);

}  // namespace dealgraph::extract
