// Pass: sides and roles. Who stands on each side of a chosen trigger, and in which role.
// The object is the first party after the trigger (up to a clause break in Latin scripts), or
// in Chinese one marked before it (向X投资); the subject is the nearest party before the trigger
// that reads as a subject. Word order is then corrected: both partners before the verb ("X与Y
// 合作"), a relative pronoun ("Anthropic, qui s'est engagé"), a passive (X被Y收购, and with
// dg:passiveAfterAuxiliary "X wird von Y finanziert"), an anaphor for a missing subject ("the
// company", "该公司"), a recipient after what is sold (dg:givesToRecipient: "X sells its unit U to
// Y"), the agent of a trigger used as a noun ("the purchase of Y by X", with dg:partnerAbsorbs
// "the merger of X with Y"), a holder set beside "Y's largest shareholder", the receiver after a
// verb of giving ("X issued Y a warrant"). Roles come from the trigger, swapped by dg:swapsOnSource ("lease capacity
// at X": X supplies) and dg:swapsOnReceipt ("received funding from X": X invests). Last, names
// joined by a conjunction share their side ("Microsoft y Nvidia invertirán en Anthropic"), and in
// Chinese a list after the verb each take it (增持A500万股、B300万股). Japanese is read by the
// particle after each name (XはYに出資, YはXに買収された; dg:Postposition, dg:VerbSuffix).
// With no organisation to act, a person followed by "he" or "she" before a stake trigger is
// its investor ("X, a Denver oilman, said he has acquired 240,000 shares of Y").
// The frames of the Latin-script languages it reads after its first guess are in sides_frames.
#pragma once

#include <vector>

#include "extract/passes/rule_file.hpp"
#include "extract/passes/triggers.hpp"
#include "extract/passes/work.hpp"

namespace dealgraph::extract {

class SideRules {
 public:
  // Reads dg:swapsOnSource, dg:swapsOnReceipt, dg:passiveAfterAuxiliary, dg:givesToRecipient
  // dg:partnerAbsorbs, dg:holderInApposition, dg:recipientBeforeNoun and
  // dg:receiverAfterPreposition, dg:onlyGiverAndReceiver of every trigger, the dg:ProductNoun and
  // dg:FrontedClauseOpener words.
  static SideRules load(const RuleFile& rules, const TriggerRules& triggers);

  // Sets work.subject, work.object (and work.direct, work.partner_pair_first).
  void find_sides(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) const;
  // Sets work.subject_role and work.object_role.
  void assign_roles(const DocumentWork& document, TriggerWork& work) const;
  // Whether the trigger has both sides (or its subject joins a round), and they differ.
  static bool complete(const TriggerWork& work);
  // Sets work.subject_keys and work.object_keys: each side with the names conjoined to it.
  static void conjoin(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work);

 private:
  struct Flags {
    bool swaps_on_source = false;   // an object after "from", "at", "bei" supplies, whatever the verb
    bool swaps_on_receipt = false;  // "received funding", "a reçu un financement": the subject receives
    bool passive_after_auxiliary = false;  // "X wird von Y finanziert": after a passive auxiliary, the agent acts
    bool gives_to_recipient = false;       // "X sells U to Y": the party after "to" receives
    bool partner_absorbs = false;          // "the merger of X with Y": Y absorbs X
    bool holder_in_apposition = false;     // "Y's largest shareholder, X": X holds Y
    bool recipient_before_noun = false;    // "X issued Y a warrant": Y receives, X gives
    bool receiver_after_preposition = false;  // "the investment of X in Y": X gives, Y receives
    bool only_giver_and_receiver = false;     // a noun that states a deal only in that frame ("la entrada de X en Y")
  };
  std::vector<Flags> flags_;  // by trigger id
  PhraseMatcher product_nouns_;  // "sells Nvidia chips to Y": Nvidia makes what is sold
  std::vector<std::string> fronted_openers_;  // folded dg:FrontedClauseOpener: "after", "depois de"
};

}  // namespace dealgraph::extract
