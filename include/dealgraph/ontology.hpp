// The ontology folder: vocabulary, shapes, lexicon and rules, all Turtle, read at run time.
// This is the one place that knows the folder's layout.
#pragma once

#include <string>
#include <vector>

namespace dealgraph {

// The base of instance IRIs (articles, entities, deals, posts) unless --base says otherwise.
inline constexpr const char* kDefaultBase = "https://w3id.org/dealgraph/id/";

class Ontology {
 public:
  explicit Ontology(std::string root);

  // $DEALGRAPH_ONTOLOGY, ./ontology, next to the executable (or its share/dealgraph/), or the
  // source tree the program was built from.
  static Ontology locate(const std::string& argv0);

  const std::string& root() const { return root_; }
  std::string vocabulary() const;       // dealgraph.ttl
  std::string shapes() const;           // shapes.ttl
  std::string json_ld_context() const;  // context.jsonld
  std::vector<std::string> lexicon_files() const;  // lexicon/*.ttl, in name order
  std::string text_rules() const;       // rules/text.ttl
  std::string alias_rules() const;      // rules/aliases.ttl
  // rules/deals.ttl, then rules/deals/*.ttl in name order: one rule set, kept in files per
  // language or concern.
  std::vector<std::string> deal_rules() const;
  std::string post_rules() const;       // rules/posts.ttl
  std::string unit_rules() const;       // rules/units.ttl
  std::string discovery_rules() const;  // rules/discovery.ttl
  std::string latin_name_rules() const; // rules/names-latin.ttl
  std::string given_name_rules() const; // rules/given-names.ttl
  std::string place_rules() const;      // rules/places.ttl
  std::string date_rules() const;       // rules/dates.ttl
  std::string lexicon_context_rules() const;  // rules/lexicon-context.ttl
  std::string cjk_name_rules() const;         // rules/names-cjk.ttl
  std::string chinese_surnames() const;       // rules/chinese-surnames.ttl
  std::string check_rules() const;            // rules/checks.ttl

 private:
  std::string in_root(const char* relative) const;
  std::vector<std::string> turtle_files_in(const char* relative) const;
  std::string root_;
};

}  // namespace dealgraph
