#include "extract/passes/posts.hpp"

#include <algorithm>
#include <iterator>

namespace dealgraph::extract {

void find_posts(const PostFinder& finder, DocumentWork& work) {
  const Document& document = work.document;
  std::vector<Mention> weak_left_out;
  if (!work.weak_references.empty())
    std::copy_if(work.facts.mentions.begin(), work.facts.mentions.end(), std::back_inserter(weak_left_out),
                 [&](const Mention& m) { return work.weak_references.count(m.byte_begin) == 0 || m.kind != EntityKind::Organization; });
  const std::vector<Mention>& mentions = work.weak_references.empty() ? work.facts.mentions : weak_left_out;
  for (auto& found : finder.find(work.text, work.folded, document.sentences, mentions, document.language, work.topics, work.lexicon)) {
    PostClaim post;
    post.holder_key = std::move(found.holder_key);
    post.organization_key = std::move(found.organization_key);
    post.title = std::move(found.title);
    post.title_as_written = std::move(found.title_as_written);
    post.evidence = evidence_for(document, document.sentences[found.sentence]);
    work.facts.posts.push_back(std::move(post));
  }
}

}  // namespace dealgraph::extract
