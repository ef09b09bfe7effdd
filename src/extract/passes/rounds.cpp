#include "extract/passes/rounds.hpp"

namespace dealgraph::extract {

RoundRules RoundRules::load(const RuleFile& rules, const TriggerRules& triggers) {
  RoundRules loaded;
  for (const std::string& subject : triggers.subjects())
    loaded.flags_.push_back({rules.flag(subject, "namesRaiser"), rules.flag(subject, "joinsRound")});
  return loaded;
}

void RoundRules::note_raiser(DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work) const {
  if (!flags_[work.match->id].names_raiser) return;
  Raiser& raiser = document.raiser;
  auto in_document = [&](const Amount& amount) {
    Amount shifted = amount;
    shifted.byte_begin += sentence.span.begin;
    shifted.byte_end += sentence.span.begin;
    return shifted;
  };
  // A raise with no subject of its own in the raiser's sentence tells the round's amount.
  if (!work.subject && raiser.key && raiser.sentence == sentence.index && work.amount && !raiser.amount)
    raiser.amount = in_document(*work.amount);
  if (work.rule->subject_role == Role::Investee && work.subject)
    raiser = {work.subject->entity_key, sentence.index,
              work.amount ? std::optional<Amount>(in_document(*work.amount)) : std::nullopt};
}

void RoundRules::follow_round(DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) const {
  note_raiser(document, sentence, work);
  const Raiser& raiser = document.raiser;
  if (!flags_[work.match->id].joins_round) return;
  std::optional<std::string> investee;
  if (raiser.key && sentence.index - raiser.sentence <= 2) investee = raiser.key;
  // "Nvidia led the round" with no raiser named: the round is that of the company the article is
  // about, unless the trigger names another investee itself. Not for "led by X": what is led
  // there may be anything (a filibuster, a bond issue), the round only where a raiser says so.
  if (!investee) {
    if (work.rule->subject_role != Role::Investor) return;
    if (sentence.index >= document.topics.size() || document.topics[sentence.index].empty()) return;
    const std::string& topic = document.topics[sentence.index];
    const Mention* named = work.subject_role == Role::Investor ? work.object : work.subject;
    if (named && named->entity_key != topic) return;
    investee = topic;
  }
  // 本轮融资由深创投领投: the investor is the name right before the verb, whatever precedes it.
  if (work.subject_role == Role::Investor && !work.subject)
    for (const Mention* m : sentence.parties)
      if (m->byte_end <= work.match->begin && m->byte_begin >= work.clause.begin) work.subject = m;
  const Mention* investor = work.subject_role == Role::Investor ? work.subject : work.object;
  if (investor && investor->entity_key != *investee) {
    work.round_investee = investee;
    work.subject = investor;
    work.subject_role = Role::Investor;
    work.object_role = Role::Investee;
  }
}

}  // namespace dealgraph::extract
