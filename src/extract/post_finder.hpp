// Posts (who holds which title at which organisation) from the order of names and titles in
// a sentence: "软银CEO孙正义", "Lisa Su, chief executive of AMD", "o CEO da Nvidia, Jensen Huang",
// "Satya Nadella, Microsoft's chief executive". Titles joined by a conjunction ("chairman and
// chief executive", "董事长兼首席执行官") are one group, each title a post.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/document.hpp"
#include "dealgraph/facts.hpp"
#include "extract/phrase_matcher.hpp"

namespace dealgraph::extract {

class PostFinder {
 public:
  // Reads dg:TitleWord, dg:PostConnector and dg:ConjunctionMarker entries of the posts rules.
  explicit PostFinder(const std::string& post_rules_path);

  struct Found {
    std::size_t sentence = 0;  // index into the sentences given
    std::string holder_key;
    std::string organization_key;
    std::string title;
    std::string title_as_written;
  };
  // Posts stated in each sentence, given the document's mentions (sorted by where they begin).
  std::vector<Found> find(std::string_view text, const FoldedText& folded, const std::vector<Sentence>& sentences,
                          const std::vector<Mention>& mentions) const;

 private:
  void find_in_sentence(std::string_view text, const Sentence& sentence, std::size_t sentence_index,
                        const std::vector<Mention>& mentions, const std::vector<PhraseMatcher::Match>& titles,
                        const std::vector<PhraseMatcher::Match>& connectors,
                        const std::vector<PhraseMatcher::Match>& conjunctions, std::vector<Found>& found) const;
  enum Kind : std::uint32_t { kTitle = 0, kConnector = 1, kConjunction = 2 };
  std::vector<std::string> titles_;  // normalised title per title-word id
  PhraseMatcher words_;              // titles, connectors and conjunctions, told apart by id >> 24
};

}  // namespace dealgraph::extract
