#include "extract/passes/attribution.hpp"

#include <algorithm>
#include <string_view>

#include "extract/passes/measures.hpp"

namespace dealgraph::extract {
namespace {

// A name after a cue may follow a few words ("according to a report by X", "segundo a X"), but
// not past punctuation: then it is another statement's name.
constexpr std::size_t kWordsBeforeName = 4;

bool speaks(const Mention& mention) {
  return mention.kind == EntityKind::Organization || mention.kind == EntityKind::Person;
}

bool few_words(std::string_view gap) {
  if (gap.find_first_of(",.;:()\"") != std::string_view::npos) return false;
  return static_cast<std::size_t>(std::count(gap.begin(), gap.end(), ' ')) <= kWordsBeforeName;
}

}  // namespace

AttributionRules AttributionRules::load(const RuleFile& rules) {
  AttributionRules loaded;
  static constexpr std::pair<std::string_view, Speaker> kSpeakers[] = {
      {"after", Speaker::After}, {"before", Speaker::Before}, {"topic", Speaker::Topic}, {"unnamed", Speaker::Unnamed}};
  for (const std::string& subject : rules.subjects("AttributionCue")) {
    const rdf::Term* speaker = rules.first(subject, "speaker");
    const auto known = std::find_if(std::begin(kSpeakers), std::end(kSpeakers),
                                    [&](const auto& s) { return speaker && speaker->is_literal() && s.first == speaker->value; });
    if (known == std::end(kSpeakers)) rules.fail(subject, "needs a dg:speaker of after, before, topic or unnamed", "speaker");
    const auto index = static_cast<std::uint32_t>(loaded.cues_.size());
    loaded.cues_.push_back({known->second, rules.flag(subject, "denies")});
    for (const rdf::Term* surface : rules.all(subject, "surface"))
      loaded.cue_words_.add(*surface, PhraseKind::Attribution, index, false);
  }
  for (const rdf::Term* surface : rules.all_of_type("SpeakerAdverb", "surface")) loaded.adverbs_.insert(surface->value);
  for (const rdf::Term* surface : rules.all_of_type("DenialBreak", "surface"))
    loaded.break_words_.add(*surface, PhraseKind::ClauseBreak, 0, false);
  loaded.cue_words_.build();
  loaded.break_words_.build();
  return loaded;
}

AttributionRules::Source AttributionRules::source_of(const DocumentWork& document, const SentenceWork& sentence,
                                                      const Match& cue) const {
  const std::vector<Mention>& mentions = document.facts.mentions;
  const std::string_view text = document.text;
  Source source{{}, &cue};
  switch (cues_[cue.id].speaker) {
    case Speaker::Unnamed: source.key = std::string(kUnnamedSources); break;
    case Speaker::After: {
      auto after = std::lower_bound(mentions.begin(), mentions.end(), cue.end,
                                    [](const Mention& m, std::size_t at) { return m.byte_begin < at; });
      for (; after != mentions.end() && after->byte_begin < sentence.span.end; ++after) {
        if (!speaks(*after)) continue;
        const std::string_view gap = text.substr(cue.end, after->byte_begin - cue.end);
        if (document.chinese ? gap.empty() : few_words(gap)) source.key = after->entity_key;
        break;
      }
      break;
    }
    case Speaker::Before: {
      const Mention* nearest = nullptr;
      auto before = std::lower_bound(mentions.begin(), mentions.end(), cue.begin,
                                     [](const Mention& m, std::size_t at) { return m.byte_begin < at; });
      while (before != mentions.begin() && !nearest) {
        --before;
        if (before->byte_begin < sentence.span.begin) break;
        if (before->byte_end <= cue.begin && speaks(*before)) nearest = &*before;
      }
      if (nearest && speaker_gap(text.substr(nearest->byte_end, cue.begin - nearest->byte_end)))
        source.key = nearest->entity_key;
      break;
    }
    case Speaker::Topic: {
      // A name marked as the sentence's topic (Xは…と発表した), else what coreference says the
      // sentence is about ("the company said"), else its first party.
      for (const Mention* party : sentence.parties)
        if (party->byte_end <= cue.begin && document.markers.part_after(party->byte_end) == Part::Topic) {
          source.key = party->entity_key;
          break;
        }
      if (source.key.empty() && sentence.index < document.topics.size()) source.key = document.topics[sentence.index];
      if (source.key.empty() && !sentence.parties.empty()) source.key = sentence.parties.front()->entity_key;
      break;
    }
  }
  return source;
}

bool AttributionRules::speaker_gap(std::string_view gap) const {
  const std::size_t first = gap.find_first_not_of(' '), last = gap.find_last_not_of(' ');
  return first == std::string_view::npos || adverbs_.count(std::string(gap.substr(first, last - first + 1))) > 0;
}

bool AttributionRules::broken(const std::vector<Match>& breaks, const Match& cue, std::size_t trigger_byte) const {
  const std::size_t from = std::min(cue.end, trigger_byte), to = std::max(cue.begin, trigger_byte);
  return std::any_of(breaks.begin(), breaks.end(), [&](const Match& b) { return b.begin >= from && b.end <= to; });
}

void AttributionRules::attribute(DocumentWork& document, const SentenceWork& sentence, std::size_t first_deal,
                                 const MeasureRules& measures) const {
  std::vector<DealClaim>& deals = document.facts.deals;
  // A claim told again by a later sentence (measures' follow-up) is that sentence's, whose own
  // words say who states it.
  for (std::size_t d = first_deal; d < deals.size(); ++d) deals[d].attribution = {};
  if (first_deal >= deals.size()) return;
  std::vector<Match> cues, breaks;
  const std::string_view language = document.document.language;
  cue_words_.for_language(language).find_in(document.text, document.folded, sentence.span.begin, sentence.span.end, cues);
  if (cues.empty()) return;
  for (Match& cue : cues) cue.id &= 0xFFFFFF;  // the phrase's index, without its kind
  break_words_.for_language(language).find_in(document.text, document.folded, sentence.span.begin, sentence.span.end, breaks);
  std::vector<Source> sources;
  for (const Match& cue : cues) sources.push_back(source_of(document, sentence, cue));
  for (std::size_t d = first_deal; d < deals.size(); ++d) {
    DealClaim& deal = deals[d];
    // A denial governs the deal words of its own sentence, not a deal told again from an earlier one.
    const bool own_word = sentence.span.contains(deal.trigger_byte);
    const Source* stated = nullptr;
    const Source* denial = nullptr;
    bool denial_elsewhere = false;
    for (const Source& source : sources) {
      if (!cues_[source.cue->id].denies) {
        if (!stated && !source.key.empty()) stated = &source;
      } else if (!own_word || broken(breaks, *source.cue, deal.trigger_byte)) {
        denial_elsewhere = true;
      } else if (!denial) {
        denial = &source;
      }
    }
    if (denial) {
      deal.status = "denied";
      deal.attribution.denial = true;
      deal.attribution.source = !denial->key.empty() ? denial->key : stated ? stated->key : std::string();
      continue;
    }
    // The sentence's denial was of something else: the deal has the status of its other cues.
    if (own_word && denial_elsewhere && deal.status == "denied") deal.status = measures.strongest_status(document, sentence, "denied");
    if (stated) deal.attribution.source = stated->key;
  }
}

}  // namespace dealgraph::extract
