// Pass: posts. Who holds which title at which organisation, with the sentence as evidence
// (PostFinder reads the order of names and titles; this pass turns what it finds into claims).
// A title without its organisation takes the sentence's topic from the coreference pass; a
// description resolved only by elimination (DocumentWork::weak_references) states no post.
// Flags of posts.ttl, read by PostFinder: dg:standsAlone, dg:aloneInLowerCase, dg:yieldsToOffice,
// dg:opensLongerTitle, dg:companyHead.
#pragma once

#include "extract/passes/work.hpp"
#include "extract/post_finder.hpp"

namespace dealgraph::extract {

void find_posts(const PostFinder& finder, DocumentWork& work);

}  // namespace dealgraph::extract
