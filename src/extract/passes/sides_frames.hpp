// Part of the pass sides: frames of the Latin-script languages read after the first guess of
// subject and object (passes/sides.cpp). "l'investissement de X dans Y", "the investment of X in
// Y" (dg:receiverAfterPreposition): the name after the genitive gives, the one after "in, dans,
// na, en" receives; "between X and Y" names both sides; "through Z" names the vehicle that acts; German verb-second ("Im Mai übernahm X die Y"): with no name before the verb,
// the first name after it is the subject; a partner named with a description before it ("com o
// grupo bancário francês X"); and the objects that are no side of the trigger: the agent of
// another verb far after it ("comprou Y ... pago pela X") and, after a noun, a name past a comma
// ("prior to the merger, X would"); and a person
// who acts when no organisation does ("X, an investor, said he has acquired shares of Y").
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "extract/passes/work.hpp"

namespace dealgraph::extract {

// Where a trigger's object may end: its clause, in Latin scripts up to the next clause break
// (", while", ", que") or attribution (", said", ", selon").
std::size_t object_limit_of(const DocumentWork& document, const TriggerWork& work);

// Whether one of `ends` governs a name, directly (marked_by) or across an article and up to four
// words of description that do not begin with a capital ("com o grupo bancário francês X").
bool governed_past_description(const Markers& markers, const std::set<std::size_t>& ends, const Mention& mention);

// dg:receiverAfterPreposition: "l'investissement de X dans Y", "a participação da X na Y".
// Whether it read them.
bool read_giver_and_receiver(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work);

// "a contract between X and Y", "contratos entre X y Y": both sides after the preposition of a
// pair, X the subject and Y the object, and no name before the trigger.
void read_pair_between(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work);

// "X will buy 10% of Y through Z", "a través de Z": the vehicle named after the trigger acts in
// place of the subject.
void read_vehicle(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work);

// German verb-second: a verb (not a capitalised noun) with no subject before it takes the first
// name after it as subject and the next as object.
void read_verb_second(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work);

// Clears an object that belongs to another verb or clause: one governed by an agent's
// preposition more than six words after a trigger, or one past a comma right after a trigger used
// as a noun ("prior to the merger, X would"). An agent a trigger phrase of the sentence names ("a round led by X") stays.
void drop_foreign_object(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work);

// "Depois de investir na X, a Y...", "After buying X, Y turned to Z":
// a sentence that opens with a non-finite clause (one of `openers`, folded) leaves the trigger in
// it without a subject; the main clause's subject, the first name after the clause's comma that
// no preposition governs, is its subject.
void read_fronted_clause_subject(const DocumentWork& document, const SentenceWork& sentence, const std::vector<std::string>& openers,
                                 TriggerWork& work);

// "Saul Roe, a California executive, said he has acquired 118,714 shares of Y": with no
// organisation to act, a person named before the trigger in its sentence does, when a personal
// pronoun (dg:PersonalPronoun) and nothing but names governed by a preposition stand between. Only an investor may
// be a person (shapes.ttl); the claim is dropped later if the deal turns out of another type.
void read_person_investor(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work);

}  // namespace dealgraph::extract
