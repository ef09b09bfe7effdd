// The lexicon: organisations, people, chips and products with their names in many languages,
// read from Turtle at run time (ontology/lexicon/*.ttl and the user's --lexicon files).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/error.hpp"
#include "dealgraph/facts.hpp"

namespace dealgraph {

class LexiconError : public KnowledgeError {
 public:
  using KnowledgeError::KnowledgeError;
};

struct LexiconLabel {
  std::string text;
  std::string language;  // BCP 47, or empty
  friend bool operator==(const LexiconLabel&, const LexiconLabel&) = default;
};

struct KnownPost {
  std::string organization_iri;
  std::string title;
};

struct LexiconEntry {
  std::string iri;
  std::string local_name;  // last path segment of the IRI, used in instance IRIs
  EntityKind kind = EntityKind::Organization;
  std::string pref_label;  // English
  std::vector<LexiconLabel> labels;        // prefLabel and altLabels
  std::vector<LexiconLabel> short_labels;  // matched only after a full name in the same article
  std::vector<std::string> context_labels;  // folded labels that are also common words: dg:needsContext
  bool match_case = false;                 // Latin labels must match letter case exactly
  std::string sector;
  std::string made_by;
  std::vector<KnownPost> posts;
};

class Lexicon {
 public:
  // Reads every file; a file that does not parse throws LexiconError with its line and column.
  static Lexicon load(const std::vector<std::string>& turtle_files);

  const std::vector<LexiconEntry>& entries() const { return entries_; }
  const LexiconEntry* find(std::string_view iri) const;
  // The entry one of whose labels (or IRI or local name) equals `name`, ignoring case and width.
  const LexiconEntry* resolve(std::string_view name) const;

 private:
  std::vector<LexiconEntry> entries_;
  std::map<std::string, std::size_t, std::less<>> by_iri_;
  std::map<std::string, std::size_t, std::less<>> by_folded_label_;
};

// Case, width and punctuation folding shared by the lexicon and the matcher: NFKC case
// folding, one middle dot, one hyphen, one apostrophe, single spaces.
struct FoldedText {
  std::string text;
  std::vector<std::uint32_t> origin;  // for each byte of `text`, the source byte it came from; +1 sentinel
};
FoldedText fold_text(std::string_view text);
std::string fold(std::string_view text);

}  // namespace dealgraph
