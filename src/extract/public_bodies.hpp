// Public bodies that news names by a common noun rather than a proper name, in Latin-script
// text: a government, parliament, commission or central bank with a qualifier that says whose
// it is (governo federal, Gobierno peruano, Commissione europea, the Belgian government, die
// französische Regierung, Gobierno de España), a chamber named by one capitalised noun
// (Congress, el Senado, il Governo), German compounds of state (Bundesregierung, Landesamt,
// Wirtschaftsministerium) and a government by its leader (governo Lula, the Obama
// administration). Beside them, a company whose one-word name follows its nationality (a
// francesa X, le français X). The word lists are in ontology/rules/names-latin.ttl
// (dg:PublicBodyNoun, dg:PublicBodyQualifier, dg:PublicBodyQualifierBefore,
// dg:PublicBodyConnector, dg:LeaderBodyNoun, dg:CompanyNationality, dg:InstitutionWord,
// dg:InstitutionCompound), places.ttl (the countries and nationalities before an English noun)
// and given-names.ttl (no company's name).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/latin_names.hpp"

namespace dealgraph::extract {

class PublicBodies {
 public:
  explicit PublicBodies(const LatinNameFiles& files);

  // Every public body in the text, in text order, as organisations with the head-word weight.
  std::vector<LatinNames::Name> find(std::string_view text) const;

  struct Word {
    std::size_t begin = 0, end = 0;
    bool capitalised = false;
    bool closes = false;  // punctuation right after it ends the phrase
  };

 private:
  enum Flag : std::uint16_t {
    kNoun = 1, kQualifier = 2, kConnector = 4, kInstitution = 8, kPlace = 16, kQualifierBefore = 32, kOpener = 64,
    kLeaderAfter = 128, kLeaderBefore = 256, kLongNounStart = 512, kNationality = 1024,
    kGiven = 2048
  };
  struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view word) const { return std::hash<std::string_view>{}(word); }
  };
  struct Compound {
    std::vector<std::string> prefixes;       // none: any start
    std::vector<std::string> suffixes;       // after the prefix, with anything between
    std::vector<std::string> whole_suffixes; // right after the prefix
  };

  std::uint16_t flags(std::string_view word) const;
  bool may_start_phrase(std::string_view word) const;
  std::size_t noun_end(const std::vector<Word>& words, std::string_view text, std::size_t i, std::uint16_t own) const;
  bool is_compound(std::string_view word) const;
  std::size_t leader_end(const std::vector<Word>& words, std::string_view text, std::size_t from) const;
  std::size_t leader_begin(const std::vector<Word>& words, std::string_view text, std::size_t to) const;

  std::unordered_map<std::string, std::uint16_t, WordHash, std::equal_to<>> words_;
  std::vector<std::vector<std::string>> long_nouns_;  // nouns of several words (banco central)
  // For each pair of first letters (folded), the lengths in bytes of the nouns and chamber words
  // that begin with it: most words of a text are dismissed without a lookup.
  static constexpr std::size_t kNoSlot = 26 * 27;
  static std::size_t start_slot(std::string_view word);
  std::array<std::uint32_t, 26 * 27> start_lengths_{};
  std::vector<Compound> compounds_;
  double confidence_ = 0.8;
};

}  // namespace dealgraph::extract
