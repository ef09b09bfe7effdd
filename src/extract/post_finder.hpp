// Posts (who holds which title at which organisation) from the order of names and titles in
// a sentence: "软银CEO孙正义", "Lisa Su, chief executive of AMD", "o CEO da Nvidia, Jensen Huang",
// "Satya Nadella, Microsoft's chief executive", "OpenAIのサム・アルトマンCEO". Titles joined by a
// conjunction ("chairman and chief executive", "董事长兼首席执行官") are one group, each title a
// post; a founder's title beside an office in one group yields to it (dg:yieldsToOffice), and a
// title word without dg:title (EVP, treasurer) joins a group but states no post. A title that
// only a company gives (dg:standsAlone: CEO, CFO, 社長) may stand without its organisation
// ("Chief Financial Officer Jane Doe said", "山田太郎社長は"): the organisation is then the one the
// article is about at that sentence. A title word tagged with a language counts in that
// language only ("presidente"@it is a chair). A founding verb with its agent states a founder
// ("Acme, founded in 1990 by Jane Doe", "Fondée en 1850 par Jean Dupont, la Maison Dupont"). A dg:TitleEnding closes a compound whose first
// part is a name the article gives an organisation (Bahnchef, where "Bahn" names Deutsche Bahn).
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/document.hpp"
#include "dealgraph/facts.hpp"
#include "dealgraph/lexicon.hpp"
#include "extract/phrase_matcher.hpp"

namespace dealgraph::extract {

class PostFinder {
 public:
  // Reads dg:TitleWord, dg:PostConnector, dg:TitleConjunction and dg:TitleOpener entries of the
  // posts rules.
  explicit PostFinder(const std::string& post_rules_path);

  struct Found {
    std::size_t sentence = 0;  // index into the sentences given
    std::string holder_key;
    std::string organization_key;
    std::string title;
    std::string title_as_written;
  };
  // Posts stated in each sentence, given the document's mentions (sorted by where they begin)
  // and, per sentence, the organisation the article is about there ("" when none).
  std::vector<Found> find(std::string_view text, const FoldedText& folded, const std::vector<Sentence>& sentences,
                          const std::vector<Mention>& mentions, const std::string& language,
                          const std::vector<std::string>& topics, const Lexicon& lexicon) const;

 private:
  // A compound of a name and a title ending (Bahnchef): the name's part and the title's.
  struct Compound {
    std::size_t begin = 0, split = 0, end = 0;
    std::string organization;
    std::uint32_t title = 0;
  };
  struct Words {
    std::vector<PhraseMatcher::Match> titles, connectors, conjunctions, openers, founding, agents;
    std::vector<Compound> compounds;
  };
  struct Scope {
    std::size_t begin = 0, end = 0;  // the sentence, with a name that runs past its end
    std::size_t index = 0;
    const std::string* topic = nullptr;
  };
  void find_in_sentence(std::string_view text, const Scope& scope, const std::vector<Mention>& mentions,
                        const Words& words, const Lexicon& lexicon, std::vector<Found>& found) const;
  void find_compounds(std::string_view text, std::size_t begin, std::size_t end,
                      const std::vector<std::pair<std::string, std::string>>& organization_names, Words& words) const;
  bool opens_phrase(std::string_view text, std::size_t sentence_begin, std::size_t at, const Words& words) const;
  enum Kind : std::uint32_t { kTitle = 0, kConnector = 1, kConjunction = 2, kOpener = 3, kFounding = 4, kAgent = 5 };
  struct Title {
    std::string title;  // normalised; empty: a title that states no post (EVP, treasurer)
    std::string language;
    bool stands_alone = false;
    bool yields_to_office = false;
    bool opens_longer = false;  // chief: not when a lower-case word follows (chief accountant)
    bool company_head = false;  // chief, boss: no post at a central bank or a ministry
    bool alone_in_lower_case = false;  // president: stands alone only so written
  };
  std::set<std::string> non_company_sectors_;
  std::vector<Title> titles_;  // per title-word id
  std::vector<std::pair<std::string, std::uint32_t>> endings_;  // (folded ending, title id): chef
  PhraseMatcher words_;              // titles, connectors and conjunctions, told apart by id >> 24
};

}  // namespace dealgraph::extract
