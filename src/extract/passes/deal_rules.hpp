// Everything the deal passes know, loaded from the deal rules (ontology/rules/deals.ttl): each
// pass reads its own entries and flags, and the phrases of all of them go into one automaton.
#pragma once

#include "extract/passes/attribution.hpp"
#include "extract/passes/clauses.hpp"
#include "extract/passes/deal_types.hpp"
#include "extract/passes/deals.hpp"
#include "extract/passes/markers.hpp"
#include "extract/passes/measures.hpp"
#include "extract/passes/rounds.hpp"
#include "extract/passes/rule_file.hpp"
#include "extract/passes/sides.hpp"
#include "extract/passes/triggers.hpp"

namespace dealgraph::extract {

struct DealRules {
  RulePhrases phrases;
  TriggerRules triggers;
  PartyRules parties;
  SideRules sides;
  RoundRules rounds;
  TypeRules types;
  MeasureRules measures;
  AssemblyRules assembly;
  AttributionRules attribution;

  // Throws rdf::ParseError, or KnowledgeError (FILE:LINE:COL) for an entry it cannot use.
  static DealRules load(const RuleFile& rules);
};

}  // namespace dealgraph::extract
