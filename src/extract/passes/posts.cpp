#include "extract/passes/posts.hpp"

namespace dealgraph::extract {

void find_posts(const PostFinder& finder, DocumentWork& work) {
  const Document& document = work.document;
  for (auto& found : finder.find(work.text, work.folded, document.sentences, work.facts.mentions, document.language, work.topics, work.lexicon)) {
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
