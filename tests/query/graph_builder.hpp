// Hand-built graphs for the query tests.
#pragma once

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "dealgraph/graph.hpp"

namespace dealgraph::test {

// Adds the deal <base>deal/NAME of `type` between `parties`, stated by `evidence`; its IRI.
inline std::string add_deal(KnowledgeGraph& graph, const std::string& name, DealType type,
                            std::vector<std::pair<Role, std::string>> parties, std::vector<Evidence> evidence) {
  const std::string iri = graph.base() + "deal/" + name;
  DealNode& node = graph.mutable_deals()[iri];
  node.iri = iri;
  node.type = type;
  std::sort(parties.begin(), parties.end());
  node.parties = std::move(parties);
  node.evidence = std::move(evidence);
  return iri;
}

}  // namespace dealgraph::test
