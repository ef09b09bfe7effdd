// Pass: attribution. After a sentence's deals are assembled, says who states them when the
// sentence names a source: a name right after a cue ("according to Reuters", "segundo a X",
// "selon X", 据X报道), a name right before one ("X said", "X zufolge", Xによると), the
// organisation the sentence is about ("the company said", 〜と発表した), or unnamed sources
// ("people familiar with the matter", 知情人士, 関係者によると, "Insidern zufolge"): the
// claim's `attribution.source` (dg:attributedTo). A denial cue ("X denied", 否认, desmentiu,
// 否定した) makes the claim its speaker's denial (status "denied", attribution.denial)
// when nothing between the cue and the deal word puts the deal outside it ("X, which denied
// wrongdoing, agreed to buy Y"): a denial of something else leaves the sentence's other status.
// Knowledge: rules/deals/attribution.ttl's dg:AttributionCue (dg:surface, dg:speaker of after,
// before, topic or unnamed; flag dg:denies), dg:SpeakerAdverb and dg:DenialBreak (dg:surface).
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/passes/markers.hpp"
#include "extract/passes/rule_file.hpp"
#include "extract/passes/work.hpp"

namespace dealgraph::extract {

class MeasureRules;  // measures.hpp

class AttributionRules {
 public:
  // Throws KnowledgeError (FILE:LINE:COL) for a cue without a known dg:speaker or a bad dg:denies.
  static AttributionRules load(const RuleFile& rules);

  // Attributes the claims document.facts.deals[first_deal..] stated in `sentence`.
  void attribute(DocumentWork& document, const SentenceWork& sentence, std::size_t first_deal,
                 const MeasureRules& measures) const;

 private:
  enum class Speaker { After, Before, Topic, Unnamed };
  struct Cue {
    Speaker speaker = Speaker::After;
    bool denies = false;
  };
  struct Source {
    std::string key;  // an entity key, or kUnnamedSources; empty when the cue names no one here
    const Match* cue = nullptr;
  };

  Source source_of(const DocumentWork& document, const SentenceWork& sentence, const Match& cue) const;
  // Whether only spaces, or one dg:SpeakerAdverb, stand between a speaker and its verb.
  bool speaker_gap(std::string_view gap) const;
  // Whether a denial break lies between the denial cue and the deal word at `trigger_byte`.
  bool broken(const std::vector<Match>& breaks, const Match& cue, std::size_t trigger_byte) const;

  std::vector<Cue> cues_;  // by phrase index
  RulePhrases cue_words_;
  RulePhrases break_words_;
  std::set<std::string> adverbs_;  // dg:SpeakerAdverb: "later", 随后, 也
};

}  // namespace dealgraph::extract
