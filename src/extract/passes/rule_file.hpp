// One rules file of the extract stage (ontology/rules/posts.ttl, ...), or one rule set kept in
// several files (rules/deals.ttl and rules/deals/*.ttl), read once and shared by the passes, each of which loads its own entries from it. Every read is typed, and a
// value of the wrong kind is a KnowledgeError that says where the entry is: FILE:LINE:COL.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/facts.hpp"
#include "rdf/turtle_reader.hpp"

namespace dealgraph::extract {

// Longest first, then by bytes: the order in which to try words at one position so that the
// longest that fits wins, the same on every run.
void sort_longest_first(std::vector<std::string>& words);

class RuleFile {
 public:
  // Throws rdf::ParseError when the file is not Turtle.
  explicit RuleFile(const std::string& path);
  // Several files read as one: a subject may have statements in more than one of them.
  explicit RuleFile(const std::vector<std::string>& paths);
  // Turtle from memory; `name` stands for the file in messages.
  RuleFile(std::string_view text, const std::string& name);

  // Subjects of type dg:`type`, in file order.
  std::vector<std::string> subjects(std::string_view type) const;
  // Every dg:`property` of `subject` (null when it has none, for first()).
  std::vector<const rdf::Term*> all(const std::string& subject, std::string_view property) const;
  const rdf::Term* first(const std::string& subject, std::string_view property) const;
  // The dg:`property` values of every subject of type dg:`type`: the words of a word list.
  std::vector<const rdf::Term*> all_of_type(std::string_view type, std::string_view property) const;
  // The dg:surface words of every subject of type dg:`type`, longest first (see sort_longest_first).
  std::vector<std::string> words_longest_first(std::string_view type) const;

  // true or false (1 or 0); false when absent.
  bool flag(const std::string& subject, std::string_view property) const;
  // A whole number; `fallback` when absent.
  int integer(const std::string& subject, std::string_view property, int fallback) const;
  // A dg: deal type or role, named by its IRI; nullopt only when absent and not required.
  std::optional<DealType> deal_type(const std::string& subject, std::string_view property, bool required) const;
  Role role(const std::string& subject, std::string_view property) const;

  // Throws KnowledgeError "FILE:LINE:COL: SUBJECT WHY", where the subject is written (in the
  // file that gives it dg:`property`, when the subject is written in several).
  [[noreturn]] void fail(const std::string& subject, const std::string& why, std::string_view property = {}) const;

 private:
  struct Source {
    std::string name;
    std::string text;
  };
  RuleFile(std::vector<rdf::Triple> triples, std::vector<Source> sources);
  static std::string dg(std::string_view local);
  static std::vector<Source> sources_of(const std::vector<std::string>& paths);

  rdf::TripleIndex index_;
  std::vector<Source> sources_;  // for messages: where a subject is written
};

}  // namespace dealgraph::extract
