#include "extract/passes/measures.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <tuple>

#include "extract/passes/triggers.hpp"

namespace dealgraph::extract {
namespace {

// How far [begin, end) lies from the trigger (0 when they overlap).
std::size_t distance(const Match& trigger, std::size_t begin, std::size_t end) {
  return end <= trigger.begin ? trigger.begin - end : (begin >= trigger.end ? begin - trigger.end : 0);
}

// The amount of money nearest to a trigger within a clause (offsets relative to the sentence):
// a total when `per_share` is false, a price per share when it is true.
const Amount* nearest_amount(const SentenceWork& sentence, Span clause, const Match& trigger, bool per_share = false) {
  const Amount* best = nullptr;
  std::size_t best_distance = 0;
  for (const Amount& amount : sentence.measures.amounts) {
    const std::size_t begin = sentence.span.begin + amount.byte_begin;
    const std::size_t end = sentence.span.begin + amount.byte_end;
    if (begin < clause.begin || end > clause.end || amount.per_share != per_share) continue;
    if (!best || distance(trigger, begin, end) < best_distance) {
      best = &amount;
      best_distance = distance(trigger, begin, end);
    }
  }
  return best;
}

// A later clause of the sentence that only gives the value: 融资金额约20亿元.
const Amount* amount_of_later_clause(const SentenceWork& sentence, const TriggerWork& work) {
  const std::vector<Span>& clauses = sentence.clauses;
  for (std::size_t c = work.clause_index + 1; c < clauses.size(); ++c) {
    const bool has_cue = std::any_of(sentence.value_cues.begin(), sentence.value_cues.end(),
                                     [&](const Match& m) { return m.begin >= clauses[c].begin && m.end <= clauses[c].end; });
    const bool own_trigger = std::any_of(sentence.chosen.begin(), sentence.chosen.end(),
                                         [&](const Match* m) { return m != work.match && sentence.clause_of(m->begin) == c; });
    if (own_trigger) break;
    if (has_cue)
      if (const Amount* amount = nearest_amount(sentence, clauses[c], *work.match)) return amount;
  }
  return nullptr;
}

// The date stated in the deal's clause (Chinese) or sentence, nearest the trigger.
std::string nearest_date(const SentenceWork& sentence, const TriggerWork& work) {
  std::string date;
  std::size_t best = SIZE_MAX;
  for (const auto& d : sentence.dates) {
    const std::size_t begin = sentence.span.begin + d.byte_begin, end = sentence.span.begin + d.byte_end;
    if (begin < work.clause.begin || end > work.clause.end) continue;
    const std::size_t gap = distance(*work.match, begin, end);
    if (gap < best) { best = gap; date = d.iso; }
  }
  return date;
}

// The quantities in the clause that fit the trigger's type, the nearest of each unit.
std::vector<Quantity> nearest_quantities(const SentenceWork& sentence, const TriggerWork& work) {
  const Match& t = *work.match;
  std::map<std::string, const Quantity*> best_quantity;
  for (const Quantity& quantity : sentence.measures.quantities) {
    const std::size_t begin = sentence.span.begin + quantity.byte_begin;
    const std::size_t end = sentence.span.begin + quantity.byte_end;
    if (begin < work.clause.begin || end > work.clause.end || !quantity_fits(work.type, quantity.unit)) continue;
    const Quantity*& best = best_quantity[quantity.unit];
    if (!best || distance(t, begin, end) < distance(t, sentence.span.begin + best->byte_begin, sentence.span.begin + best->byte_end))
      best = &quantity;
  }
  std::vector<Quantity> quantities;
  for (const auto& [unit, quantity] : best_quantity) quantities.push_back(*quantity);
  return quantities;
}

// In a list of objects each followed by its own measure ("bought A 10万股、B 20万股和C 30万股"),
// the measure right after an object's name is that object's: the quantity of `unit` that follows
// the mention of `key` in the clause with only spaces between, or null.
const Quantity* quantity_after_name(const DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work,
                                    const std::string& key, const std::string& unit) {
  for (const Mention* mention : sentence.parties) {
    if (mention->entity_key != key || mention->byte_begin < work.clause.begin || mention->byte_end > work.clause.end) continue;
    for (const Quantity& quantity : sentence.measures.quantities) {
      const std::size_t begin = sentence.span.begin + quantity.byte_begin;
      if (quantity.unit != unit || begin < mention->byte_end || begin - mention->byte_end > 8) continue;
      std::string_view between = std::string_view(document.text).substr(mention->byte_end, begin - mention->byte_end);
      while (!between.empty() && (between.front() == ' ' || between.starts_with("\u3000")))
        between.remove_prefix(between.front() == ' ' ? 1 : 3);
      if (between.empty()) return &quantity;
    }
  }
  return nullptr;
}

// In Chinese, a joint venture's later clauses may give each founder's share: "共同设立合资公司，
// 其中甲持股60%，乙持股40%". Each percent written after a partner's name in a clause after the
// deal's own, offsets relative to the sentence.
std::vector<Quantity> partner_shares(const SentenceWork& sentence, const TriggerWork& work, const DealClaim& deal) {
  std::vector<Quantity> shares;
  for (const Quantity& quantity : sentence.measures.quantities) {
    const std::size_t begin = sentence.span.begin + quantity.byte_begin;
    if (quantity.unit != "percent" || begin < work.clause.end) continue;
    const std::size_t clause = sentence.clause_of(begin);
    const bool after_partner = std::any_of(sentence.parties.begin(), sentence.parties.end(), [&](const Mention* m) {
      return m->byte_end <= begin && sentence.clause_of(m->byte_begin) == clause &&
             std::any_of(deal.parties.begin(), deal.parties.end(), [&](const Party& p) { return p.entity_key == m->entity_key; });
    });
    if (after_partner) shares.push_back(quantity);
  }
  return shares;
}

// In Chinese, the clauses right after the deal's that name no organisation go on stating it:
// "腾讯增持阿里巴巴，共计买入500万股", "…，各自增持了8000万股和1亿股". Their quantities that fit the
// deal, of units it has none of yet, offsets relative to the sentence.
std::vector<Quantity> continued_quantities(const SentenceWork& sentence, const TriggerWork& work,
                                           const std::vector<Quantity>& have) {
  std::vector<Quantity> more;
  for (std::size_t c = work.clause_index + 1; c < sentence.clauses.size(); ++c) {
    const Span clause = sentence.clauses[c];
    const bool names_one = std::any_of(sentence.parties.begin(), sentence.parties.end(),
                                       [&](const Mention* m) { return clause.contains(m->byte_begin); });
    if (names_one) break;
    for (const Quantity& quantity : sentence.measures.quantities) {
      const bool lacking = std::none_of(have.begin(), have.end(), [&](const Quantity& q) { return q.unit == quantity.unit; });
      if (clause.contains(sentence.span.begin + quantity.byte_begin) && lacking && quantity_fits(work.type, quantity.unit))
        more.push_back(quantity);
    }
  }
  return more;
}

// Each measure of a sentence belongs to one of the deals the sentence states: the one whose
// word stands nearest before it in its clause, the verb or noun that governs it ("X invests
// $5bn in Y and Z supplies chips to Y": the $5bn is not the supply's), or, with none before
// it, the nearest after it ("a $5bn deal to buy Y"). A deal word that states no deal of its
// own owns nothing, so a noun that restates a deal ("a stake valued at $135bn") leaves it there.
void settle_measures(std::vector<DealClaim>& deals, const SentenceWork& sentence, std::size_t deals_before) {
  std::vector<std::size_t> words;  // where the words of the sentence's deals begin
  for (std::size_t i = deals_before; i < deals.size(); ++i) words.push_back(deals[i].trigger_byte);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  if (words.size() < 2) return;
  auto belongs_elsewhere = [&](const DealClaim& deal, std::size_t begin) {
    if (!sentence.span.contains(begin)) return false;  // a round's money stated in an earlier sentence
    const std::size_t clause = sentence.clause_of(begin);
    std::optional<std::size_t> before, after;
    for (std::size_t word : words) {
      if (sentence.clause_of(word) != clause) continue;
      if (word < begin) before = word;
      else if (!after) after = word;
    }
    const std::optional<std::size_t> owner = before ? before : after;
    return owner && *owner != deal.trigger_byte;
  };
  for (std::size_t i = deals_before; i < deals.size(); ++i) {
    DealClaim& deal = deals[i];
    std::erase_if(deal.amounts, [&](const Amount& a) { return belongs_elsewhere(deal, a.byte_begin); });
    std::erase_if(deal.prices_per_share, [&](const Amount& a) { return belongs_elsewhere(deal, a.byte_begin); });
    std::erase_if(deal.quantities, [&](const Quantity& q) { return belongs_elsewhere(deal, q.byte_begin); });
  }
}

// A sum whose currency the sentence said once already takes it: "10 milliards de dollars,
// tandis que Microsoft investira 5 milliards", "$2bn now and 3 billion later".
void carry_currency(std::vector<Amount>& amounts) {
  const std::string* said = nullptr;
  for (Amount& amount : amounts) {
    if (!amount.currency.empty()) said = &amount.currency;
    else if (said) amount.currency = *said;
  }
}


// The first of the deals stated in the `reach` sentences before `sentence`.
std::size_t first_recent_deal(const DocumentWork& document, const SentenceWork& sentence, std::size_t reach) {
  const std::vector<Sentence>& sentences = document.document.sentences;
  const std::size_t from = sentence.index > reach ? sentence.index - reach : 0;
  const std::vector<DealClaim>& deals = document.facts.deals;
  std::size_t first = deals.size();
  while (first > 0 && deals[first - 1].evidence.cp_begin >= sentences[from].cp_begin) --first;
  return first;
}

std::vector<Party> sorted_parties(std::vector<Party> parties) {
  std::sort(parties.begin(), parties.end(),
            [](const Party& a, const Party& b) { return std::tie(a.role, a.entity_key) < std::tie(b.role, b.entity_key); });
  return parties;
}

// Whether one of deals[first..] that claims what `deal` claims (its type and parties) has
// what `has` asks: a copy given a measure earlier is the same deal.
template <typename Has>
bool claim_has(const std::vector<DealClaim>& deals, std::size_t first, const DealClaim& deal, Has has) {
  const std::vector<Party> parties = sorted_parties(deal.parties);
  for (std::size_t i = first; i < deals.size(); ++i)
    if (deals[i].type == deal.type && has(deals[i]) && sorted_parties(deals[i].parties) == parties) return true;
  return false;
}

// Whether two entity keys name one organisation: the same key, or a name found in the text
// that is the other's short form (優必選科技 of 深圳市優必選科技股份有限公司), which entity
// discovery keeps apart.
bool same_organisation(std::string_view a, std::string_view b) {
  if (a == b) return true;
  constexpr std::string_view kFound = "new:";
  if (!a.starts_with(kFound) || !b.starts_with(kFound)) return false;
  a.remove_prefix(a.find(':', kFound.size()) + 1);
  b.remove_prefix(b.find(':', kFound.size()) + 1);
  if (a.size() > b.size()) std::swap(a, b);
  return a.size() >= 6 && b.find(a) != std::string_view::npos;
}

bool names_party_of(const SentenceWork& sentence, const DealClaim& deal) {
  return std::any_of(sentence.parties.begin(), sentence.parties.end(), [&](const Mention* m) {
    return std::any_of(deal.parties.begin(), deal.parties.end(),
                       [&](const Party& p) { return same_organisation(p.entity_key, m->entity_key); });
  });
}

// Whether the mention stands after ", a indiqué", ", said" (dg:AttributionBreak) in its
// sentence: it names who speaks, not a side of what is said.
bool names_speaker(const DocumentWork& document, const SentenceWork& sentence, const Mention& m) {
  const std::set<std::size_t>& breaks = document.markers.attribution_starts;
  const auto first = breaks.lower_bound(sentence.span.begin);
  return first != breaks.end() && *first < m.byte_begin && m.byte_end <= sentence.span.end;
}

// Whether every organisation the sentence names takes part in the deal: a sentence that names
// another speaks of another deal ("adds to X's agreement with Y for 10 GW"). Who the sentence
// quotes ("…, a indiqué X") is not named as a side.
bool names_only_parties_of(const DocumentWork& document, const SentenceWork& sentence, const DealClaim& deal) {
  return std::all_of(sentence.parties.begin(), sentence.parties.end(), [&](const Mention* m) {
    return names_speaker(document, sentence, *m) ||
           std::any_of(deal.parties.begin(), deal.parties.end(),
                       [&](const Party& p) { return same_organisation(p.entity_key, m->entity_key); });
  });
}

bool names_chip_of(const SentenceWork& sentence, const DealClaim& deal) {
  return std::any_of(sentence.chips.begin(), sentence.chips.end(), [&](const Mention* m) {
    return std::find(deal.chips.begin(), deal.chips.end(), m->entity_key) != deal.chips.end();
  });
}

// Whether the sentence states again one of the deal's quantities (本次收购建泰建设39%股权的交易价格).
bool restates_quantity(const AmountParser::Found& here, const DealClaim& deal) {
  return std::any_of(here.quantities.begin(), here.quantities.end(), [&](const Quantity& q) {
    return std::any_of(deal.quantities.begin(), deal.quantities.end(),
                       [&](const Quantity& d) { return d.unit == q.unit && d.value == q.value; });
  });
}

// A copy of deals[index] stated again by `sentence`, with none of its measures.
DealClaim restated(const DocumentWork& document, const SentenceWork& sentence, std::size_t index) {
  DealClaim copy = document.facts.deals[index];
  copy.amounts.clear();
  copy.quantities.clear();
  copy.prices_per_share.clear();
  copy.chips.clear();
  copy.evidence = evidence_for(document.document, *sentence.sentence);
  return copy;
}

// The deal among deals[first..] without an amount that a sentence giving a value speaks of (it
// names no organisation outside the deal): the one whose quantity it states again or whose
// party it names; else, when no money was named since, the last deal stated.
std::optional<std::size_t> deal_for_value(const DocumentWork& document, const SentenceWork& sentence,
                                          const AmountParser::Found& here, std::size_t first) {
  const std::vector<DealClaim>& deals = document.facts.deals;
  auto has_amount = [](const DealClaim& d) { return !d.amounts.empty(); };
  std::optional<std::size_t> best;
  int best_score = 0;
  for (std::size_t i = first; i < deals.size(); ++i) {
    if (claim_has(deals, first, deals[i], has_amount) || !names_only_parties_of(document, sentence, deals[i])) continue;
    const int score = (restates_quantity(here, deals[i]) ? 2 : 0) + (names_party_of(sentence, deals[i]) ? 1 : 0);
    if (score > 0 && score >= best_score) {
      best = i;
      best_score = score;
    }
  }
  if (best) return best;
  // A generic word (总额, value) gives the last deal's value only right after it; a price named
  // after what was done (譲渡価額, 交易价格, dg:namesTheDeal) a few sentences on.
  const bool right_after = document.deal_sentence && sentence.index == *document.deal_sentence + 1;
  if (document.money_since_deals || first == deals.size() || !deals.back().amounts.empty() ||
      !names_only_parties_of(document, sentence, deals.back()) || (!right_after && sentence.value_cues.front().id == 0))
    return std::nullopt;
  return deals.size() - 1;
}

// A value after a dg:ValueCue of a sentence that states no deal: the deal it speaks of takes it.
// A sum below `minimum` is a price of one thing (a face value, an exercise price), not a deal's.
void give_value(DocumentWork& document, const SentenceWork& sentence, const AmountParser::Found& here, std::size_t first,
                double minimum) {
  if (sentence.value_cues.empty()) return;
  const Match& cue = sentence.value_cues.front();
  for (const Amount& amount : here.amounts) {
    if (amount.currency.empty() || amount.per_share || sentence.span.begin + amount.byte_begin < cue.begin) continue;
    const std::optional<Decimal>& size = amount.value ? amount.value : amount.max;
    if (!size || size->to_double() < minimum) continue;
    const std::optional<std::size_t> index = deal_for_value(document, sentence, here, first);
    if (!index) return;
    DealClaim value = restated(document, sentence, *index);
    value.amounts = {amount};
    value.amounts[0].byte_begin += sentence.span.begin;
    value.amounts[0].byte_end += sentence.span.begin;
    value.trigger = document.text.substr(cue.begin, cue.end - cue.begin);
    document.facts.deals.push_back(std::move(value));
    return;
  }
}

// A capacity or a count of chips in a sentence that states no deal goes to a recent deal it
// fits whose party or chips the sentence names, and no other organisation, and which has none
// of that unit yet: the one
// whose chips it names, else a supply or cloud contract, else the latest.
void give_capacity(DocumentWork& document, const SentenceWork& sentence, const AmountParser::Found& here,
                   std::size_t first) {
  for (const Quantity& quantity : here.quantities) {
    if (quantity.unit != "GW" && quantity.unit != "MW" && quantity.unit != "chips") continue;
    const std::vector<DealClaim>& deals = document.facts.deals;
    auto has_unit = [&](const DealClaim& d) {
      return std::any_of(d.quantities.begin(), d.quantities.end(), [&](const Quantity& q) { return q.unit == quantity.unit; });
    };
    std::optional<std::size_t> best;
    int best_score = 0;
    for (std::size_t i = first; i < deals.size(); ++i) {
      const DealClaim& deal = deals[i];
      if (!quantity_fits(deal.type, quantity.unit) || claim_has(deals, first, deal, has_unit)) continue;
      const bool chip = names_chip_of(sentence, deal);
      if ((!chip && !names_party_of(sentence, deal)) || !names_only_parties_of(document, sentence, deal)) continue;
      const bool supply = deal.type == DealType::SupplyAgreement || deal.type == DealType::CloudContract;
      const int score = 1 + (chip ? 2 : 0) + (supply ? 1 : 0);
      if (score >= best_score) {
        best = i;
        best_score = score;
      }
    }
    if (!best) continue;
    DealClaim measured = restated(document, sentence, *best);
    measured.quantities = {quantity};
    measured.quantities[0].byte_begin += sentence.span.begin;
    measured.quantities[0].byte_end += sentence.span.begin;
    document.facts.deals.push_back(std::move(measured));
  }
}

// A percentage in a sentence that names a holding again ("The stake amounts to 4.5%", "La
// participación equivale al 4,5%"): the part of a company the last stake or purchase without one
// handed over, when the sentence names no organisation outside that deal.
void give_share(DocumentWork& document, const SentenceWork& sentence, const AmountParser::Found& here, std::size_t first) {
  const auto percent = std::find_if(here.quantities.begin(), here.quantities.end(), [](const Quantity& q) { return q.unit == "percent"; });
  if (percent == here.quantities.end()) return;
  const std::vector<DealClaim>& deals = document.facts.deals;
  auto has_percent = [](const DealClaim& d) {
    return std::any_of(d.quantities.begin(), d.quantities.end(), [](const Quantity& q) { return q.unit == "percent"; });
  };
  for (std::size_t i = deals.size(); i > first; --i) {
    const DealClaim& deal = deals[i - 1];
    if (deal.type != DealType::EquityStake && deal.type != DealType::Acquisition) continue;
    if (claim_has(deals, first, deal, has_percent) || !names_only_parties_of(document, sentence, deal)) return;
    DealClaim measured = restated(document, sentence, i - 1);
    measured.quantities = {*percent};
    measured.quantities[0].byte_begin += sentence.span.begin;
    measured.quantities[0].byte_end += sentence.span.begin;
    document.facts.deals.push_back(std::move(measured));
    return;
  }
}

}  // namespace

MeasureRules MeasureRules::load(const RuleFile& rules, RulePhrases& phrases) {
  MeasureRules loaded;
  for (const std::string& subject : rules.subjects("StatusCue")) {
    const rdf::Term* status = rules.first(subject, "status");
    if (!status) continue;
    const auto id = static_cast<std::uint32_t>(loaded.status_cues_.size());
    loaded.status_cues_.push_back({status->value, rules.integer(subject, "priority", 0)});
    for (const rdf::Term* surface : rules.all(subject, "surface")) phrases.add(*surface, PhraseKind::Status, id, false);
  }
  for (const std::string& subject : rules.subjects("DefaultStatus"))
    if (const rdf::Term* status = rules.first(subject, "status")) loaded.default_status_ = status->value;
  for (const std::string& subject : rules.subjects("ValueCue")) {
    const std::uint32_t names_deal = rules.flag(subject, "namesTheDeal") ? 1 : 0;
    for (const rdf::Term* surface : rules.all(subject, "surface")) loaded.value_cues_.add(surface->value, names_deal);
  }
  for (const std::string& subject : rules.subjects("FollowUpPolicy")) {
    loaded.follow_up_reach_ = static_cast<std::size_t>(std::max(0, rules.integer(subject, "reach", 3)));
    loaded.minimum_follow_up_value_ = rules.integer(subject, "minimumValue", 0);
  }
  loaded.value_cues_.build();
  for (const rdf::Term* surface : rules.all_of_type("HoldingRestated", "surface")) loaded.share_cues_.add(surface->value, 0);
  loaded.share_cues_.build();
  return loaded;
}

void MeasureRules::find_value_cues(const DocumentWork& document, SentenceWork& sentence) const {
  value_cues_.find_in(document.text, document.folded, sentence.span.begin, sentence.span.end, sentence.value_cues);
}

void MeasureRules::follow_up(DocumentWork& document, const SentenceWork& sentence, std::size_t deals_before,
                             const AmountParser& amounts) const {
  if (document.facts.deals.size() > deals_before) {
    settle_measures(document.facts.deals, sentence, deals_before);
    document.deal_sentence = sentence.index;
    document.money_since_deals = false;
    return;
  }
  if (!document.deal_sentence || sentence.index > *document.deal_sentence + follow_up_reach_) return;
  const AmountParser::Found here = amounts.find_all(sentence.text, document.document.language);
  const std::size_t first = first_recent_deal(document, sentence, follow_up_reach_);
  give_value(document, sentence, here, first, minimum_follow_up_value_);
  give_capacity(document, sentence, here, first);
  std::vector<Match> share_cues;
  share_cues_.find_in(document.text, document.folded, sentence.span.begin, sentence.span.end, share_cues);
  if (!share_cues.empty()) give_share(document, sentence, here, first);
  document.money_since_deals = document.money_since_deals ||
      std::any_of(here.amounts.begin(), here.amounts.end(), [](const Amount& a) { return !a.currency.empty(); });
}

void MeasureRules::measure_sentence(const DocumentWork& document, SentenceWork& sentence, const AmountParser& amounts,
                                    const DateFinder& dates) const {
  const Document& doc = document.document;
  sentence.dates = dates.find_all(sentence.text, doc.language, doc.published.value_or(""));
  sentence.measures = amounts.find_all(sentence.text, doc.language);
  carry_currency(sentence.measures.amounts);
  // The sentence's status: the strongest cue it holds, else the default (a deal the text states).
  sentence.status = strongest_status(document, sentence);
}

std::string MeasureRules::strongest_status(const DocumentWork& document, const SentenceWork& sentence,
                                           std::string_view except) const {
  std::string status = default_status_;
  int status_priority = -1;
  for (const Match& cue : sentence.within(document.markers.statuses)) {
    if (cue.begin < sentence.span.begin || cue.end > sentence.span.end) continue;
    if (status_cues_[cue.id].status != except && status_cues_[cue.id].priority > status_priority) {
      status_priority = status_cues_[cue.id].priority;
      status = status_cues_[cue.id].status;
    }
  }
  return status;
}

void MeasureRules::measure_trigger(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  work.amount = nearest_amount(sentence, work.clause, *work.match);
  work.date = nearest_date(sentence, work);
  if (!work.amount && document.chinese) work.amount = amount_of_later_clause(sentence, work);
}

void MeasureRules::measure_deal(const DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work,
                                DealClaim& deal) {
  const std::size_t shift = sentence.span.begin;  // from the sentence's offsets to the document's
  if (work.amount) deal.amounts.push_back(*work.amount);
  if (const Amount* price = nearest_amount(sentence, work.clause, *work.match, true)) deal.prices_per_share.push_back(*price);
  deal.quantities = nearest_quantities(sentence, work);
  if (document.chinese)
    for (const Quantity& more : continued_quantities(sentence, work, deal.quantities)) deal.quantities.push_back(more);
  if (document.chinese && work.type == DealType::Partnership)
    for (const Quantity& share : partner_shares(sentence, work, deal)) deal.quantities.push_back(share);
  if (work.object_keys.size() > 1)
    for (const Party& party : deal.parties)
      if (party.role == work.object_role)
        for (Quantity& quantity : deal.quantities)
          if (const Quantity* own = quantity_after_name(document, sentence, work, party.entity_key, quantity.unit)) quantity = *own;
  for (auto& amount : deal.amounts) { amount.byte_begin += shift; amount.byte_end += shift; }
  for (auto& price : deal.prices_per_share) { price.byte_begin += shift; price.byte_end += shift; }
  // A round's money is stated where the round is; its investors share it.
  if (deal.amounts.empty() && work.round_investee && document.raiser.amount) deal.amounts.push_back(*document.raiser.amount);
  for (auto& quantity : deal.quantities) { quantity.byte_begin += shift; quantity.byte_end += shift; }
  if (work.type == DealType::SupplyAgreement || work.type == DealType::CloudContract || work.type == DealType::Licensing)
    for (const Mention* chip : sentence.chips)
      if (chip->byte_begin >= work.clause.begin && chip->byte_end <= work.clause.end &&
          std::find(deal.chips.begin(), deal.chips.end(), chip->entity_key) == deal.chips.end())
        deal.chips.push_back(chip->entity_key);
}

bool quantity_fits(DealType type, const std::string& unit) {
  if (unit == "percent" || unit == "shares") return type == DealType::EquityStake || type == DealType::Acquisition;
  if (unit == "chips") return type == DealType::SupplyAgreement || type == DealType::CloudContract;
  return type == DealType::SupplyAgreement || type == DealType::CloudContract || type == DealType::Partnership ||
         type == DealType::Investment;
}

}  // namespace dealgraph::extract
