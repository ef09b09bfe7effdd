// Posts (who holds which title at which organisation) from the order of names and titles in
// a sentence: "软银CEO孙正义", "Lisa Su, chief executive of AMD", "o CEO da Nvidia, Jensen Huang",
// "Satya Nadella, Microsoft's chief executive". Titles joined by a conjunction ("chairman and
// chief executive", "董事长兼首席执行官") are one group, each title a post.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/facts.hpp"
#include "extract/phrase_matcher.hpp"

namespace dealgraph::extract {

class PostFinder {
 public:
  // Reads dg:TitleWord, dg:PostConnector and dg:ConjunctionMarker entries of the posts rules.
  explicit PostFinder(const std::string& post_rules_path);

  struct Found {
    std::string holder_key;
    std::string organization_key;
    std::string title;
    std::string title_as_written;
  };
  // Posts stated in text[begin, end), given the document's mentions (sorted by position).
  std::vector<Found> find(std::string_view text, const FoldedText& folded, std::size_t begin, std::size_t end,
                          const std::vector<Mention>& mentions) const;

 private:
  std::vector<std::string> titles_;  // normalised title per title-word id
  PhraseMatcher title_matcher_;
  PhraseMatcher connector_matcher_;
  PhraseMatcher conjunction_matcher_;
};

}  // namespace dealgraph::extract
