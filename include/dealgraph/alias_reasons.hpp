// Why the aliases pass takes a short form for an entity the article names in full, for
// report.json's list of merges (src/pipeline/merge_log.cpp): the reasons come from the pass's
// own rules (src/extract/passes/aliases.cpp), so the list says what the build did.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dealgraph/facts.hpp"
#include "dealgraph/ontology.hpp"

namespace dealgraph {

namespace extract {
class AliasRules;
}

class AliasReasons {
 public:
  explicit AliasReasons(const Ontology& ontology);
  ~AliasReasons();
  AliasReasons(AliasReasons&&) noexcept;
  AliasReasons& operator=(AliasReasons&&) noexcept;

  // "acronym defined in text", "short name defined in text", "company-form suffix", "surname" or
  // "short form" when the pass takes `short_form`, used in `text`, for the entity named in full
  // at the byte ranges `full`; empty when it does not.
  std::string reason_for(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& full,
                         std::string_view short_form, EntityKind kind) const;

 private:
  std::unique_ptr<extract::AliasRules> rules_;
};

}  // namespace dealgraph
