// Pass: measures. What a deal is worth and when and how it stands: the sentence's status (its
// strongest dg:StatusCue, by dg:priority), the date nearest the trigger in its clause, the
// amount of money nearest the trigger in its clause (in Chinese also a later clause that only
// gives the value, marked by a dg:ValueCue: 融资金额约20亿元), the quantities that fit the
// deal's type (percent and shares for stakes, chips and capacity for supply; in Chinese also
// those of the next clauses that name no organisation, and each founder's share of a joint
// venture: 其中甲持股60%，乙持股40%), and the chips named in the clause. A price per share ("36.50 dlrs a share", 每股5美元) is the deal's price
// per share, never its amount. When a sentence states several deals, each measure stays with
// the one whose word governs it (the nearest before it); in a list of objects each followed by
// its own measure (买入A 10万股、B 20万股), each object takes its own. A sum without a currency takes the one
// the sentence gave before ("10 milliards de dollars ... 5 milliards"). One of the few sentences
// after deals, stating none of its own, may give what they lacked: "该订单总金额在8亿至10亿元之间",
// "O valor foi de...", "The contract with X will need 4.5 GW", "The stake amounts to 4.5%" (see
// follow_up).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/amounts.hpp"
#include "extract/dates.hpp"
#include "extract/passes/markers.hpp"
#include "extract/passes/rule_file.hpp"
#include "extract/passes/work.hpp"

namespace dealgraph::extract {

class MeasureRules {
 public:
  // Reads dg:StatusCue (dg:status, dg:priority; its words go to `phrases`) and dg:ValueCue.
  static MeasureRules load(const RuleFile& rules, RulePhrases& phrases);

  // Sets sentence.value_cues.
  void find_value_cues(const DocumentWork& document, SentenceWork& sentence) const;
  // After each sentence. One that states deals: each of its measures stays with the one deal
  // whose word governs it. One that states none, within dg:FollowUpPolicy's dg:reach sentences
  // after deals and naming no organisation outside the deal, may give what they lacked: a value
  // of at least dg:minimumValue after a dg:ValueCue (買収額は120億円, 交易价格为3亿元) for the deal
  // whose quantity it states again or whose party it names, else for the last deal when no
  // money was named between (a generic cue such as 总额 or "value" only in the very next
  // sentence, a dg:namesTheDeal cue such as 価額 further); a capacity or chip count for a deal
  // whose party or chips it names ("The site for X will need 2 GW"); a percentage after a
  // dg:HoldingRestated ("The stake amounts to 4.5%") for the last stake or purchase without one.
  // Each becomes a copy of that
  // deal with this sentence's evidence and measure, which the graph merges with it.
  void follow_up(DocumentWork& document, const SentenceWork& sentence, std::size_t deals_before,
                 const AmountParser& amounts) const;
  // The status of the strongest cue in the sentence other than `except`'s cues, else the default.
  std::string strongest_status(const DocumentWork& document, const SentenceWork& sentence,
                               std::string_view except = {}) const;
  // Sets sentence.dates, sentence.measures and sentence.status.
  void measure_sentence(const DocumentWork& document, SentenceWork& sentence, const AmountParser& amounts,
                        const DateFinder& dates) const;
  // Sets work.amount and work.date.
  static void measure_trigger(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work);
  // Gives `deal` the trigger's amount (or its round's), quantities and chips.
  static void measure_deal(const DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work,
                           DealClaim& deal);

 private:
  struct StatusCue {
    std::string status;
    int priority = 0;
  };
  std::vector<StatusCue> status_cues_;
  std::string default_status_;  // dg:DefaultStatus: a deal stated with no status cue is announced
  PhraseMatcher value_cues_;  // 金额, valor, worth: a clause or sentence that gives a deal's value
  PhraseMatcher share_cues_;  // dg:HoldingRestated: "the stake", "la participación", a holding named again
  // dg:FollowUpPolicy: how many sentences after deals may still give what they lacked, and the
  // least value such a sentence gives.
  std::size_t follow_up_reach_ = 3;
  double minimum_follow_up_value_ = 0;
};

// Whether a quantity in `unit` can measure a deal of `type`.
bool quantity_fits(DealType type, const std::string& unit);

}  // namespace dealgraph::extract
