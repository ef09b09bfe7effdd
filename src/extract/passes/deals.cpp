#include "extract/passes/deals.hpp"

#include <algorithm>
#include <iterator>
#include <tuple>

#include "extract/passes/measures.hpp"
#include "extract/passes/triggers.hpp"

namespace dealgraph::extract {
namespace {

std::string sector_of(const Lexicon& lexicon, const std::string& key) {
  const LexiconEntry* entry = lexicon.find(key);
  return entry ? entry->sector : std::string();
}

std::vector<Party> sorted_parties(std::vector<Party> parties) {
  std::sort(parties.begin(), parties.end(),
            [](const Party& a, const Party& b) { return std::tie(a.role, a.entity_key) < std::tie(b.role, b.entity_key); });
  return parties;
}

// The same deal stated twice in one sentence is one claim (融资…由腾讯领投), with what either
// statement gave; a new deal's subject is what the article is about from here on.
void add_or_merge(DocumentWork& document, DealClaim deal) {
  std::vector<DealClaim>& deals = document.facts.deals;
  // Claims come in the order of their sentences: this sentence's are the last ones, and only
  // they are compared (a long article's earlier claims are not read again for each new one).
  auto this_sentence = deals.end();
  while (this_sentence != deals.begin() && std::prev(this_sentence)->evidence.cp_begin == deal.evidence.cp_begin)
    --this_sentence;
  auto same = std::find_if(this_sentence, deals.end(), [&](const DealClaim& other) {
    return other.type == deal.type && other.evidence.cp_begin == deal.evidence.cp_begin &&
           sorted_parties(other.parties) == sorted_parties(deal.parties);
  });
  if (same == deals.end()) {
    document.salient = deal.parties.front().entity_key;
    deals.push_back(std::move(deal));
    return;
  }
  // One sentence's words for one deal: either may say it is a further one (新一轮融资…领投).
  if (same->tranche.empty()) same->tranche = deal.tranche;
  if (same->amounts.empty()) same->amounts = deal.amounts;
  if (same->prices_per_share.empty()) same->prices_per_share = deal.prices_per_share;
  if (same->quantities.empty()) same->quantities = deal.quantities;
  for (const std::string& chip : deal.chips)
    if (std::find(same->chips.begin(), same->chips.end(), chip) == same->chips.end()) same->chips.push_back(chip);
}

// A name joined to the object with an amount of its own right after it is the subject of a
// clause whose verb is left out, not a second object: "Nvidia investira 10 milliards dans
// Anthropic et Microsoft 5 milliards", "X invests $10bn in Y and Z $5bn". The amount it has,
// offsets in the document's text; null when the name is a plain object.
const Amount* gapped_amount(const DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work,
                            const std::string& key) {
  if (!work.object || key == work.object->entity_key) return nullptr;
  for (const Mention* m : sentence.parties) {
    if (m->entity_key != key || m->byte_begin < work.object->byte_end) continue;
    for (const Amount& amount : sentence.measures.amounts) {
      const std::size_t begin = sentence.span.begin + amount.byte_begin;
      if (begin < m->byte_end || amount.per_share) continue;
      const std::string_view between = document.text.substr(m->byte_end, begin - m->byte_end);
      if (between.find_first_not_of(" ") == std::string_view::npos) return &amount;
      break;
    }
  }
  return nullptr;
}

}  // namespace

AssemblyRules AssemblyRules::load(const RuleFile& rules) {
  AssemblyRules loaded;
  for (const rdf::Term* sector : rules.all_of_type("ComputeSellers", "sector")) loaded.seller_sectors_.insert(sector->value);
  for (const rdf::Term* sector : rules.all_of_type("ComputeBuyers", "sector")) loaded.buyer_sectors_.insert(sector->value);
  for (const std::string& subject : rules.subjects("TrancheWord")) {
    const rdf::Term* tag = rules.first(subject, "tranche");
    if (!tag) continue;
    const auto id = static_cast<std::uint32_t>(loaded.tranche_tags_.size());
    loaded.tranche_tags_.push_back(tag->value);
    for (const rdf::Term* surface : rules.all(subject, "surface")) loaded.tranche_words_.add(surface->value, id);
  }
  loaded.tranche_words_.build();
  return loaded;
}

std::string AssemblyRules::tranche_of(const DocumentWork& document, const SentenceWork& sentence,
                                      const TriggerWork& work) const {
  // A few words: "another $2bn investment", "a second round", "investissement supplémentaire".
  constexpr std::size_t kReach = 24;  // bytes
  const Match& t = *work.match;
  const std::size_t from = std::max(work.clause.begin, t.begin > kReach ? t.begin - kReach : 0);
  const std::size_t to = std::min(work.clause.end, t.end + kReach);
  std::vector<PhraseMatcher::Match> found;
  tranche_words_.find_in(document.text, document.folded, from, to, found);
  const PhraseMatcher::Match* nearest = nullptr;
  auto gap = [&](const PhraseMatcher::Match& m) { return m.end <= t.begin ? t.begin - m.end : m.begin - std::min(m.begin, t.end); };
  // A word inside a name is the name's (New Street Capital).
  auto in_name = [&](const PhraseMatcher::Match& m) {
    return std::any_of(sentence.parties.begin(), sentence.parties.end(),
                       [&](const Mention* p) { return m.begin < p->byte_end && p->byte_begin < m.end; });
  };
  // A word hyphened to the next is part of a compound that counts nothing (segunda-feira is
  // Monday, a second-quarter result is no second deal).
  auto in_compound = [&](const PhraseMatcher::Match& m) { return m.end < document.text.size() && document.text[m.end] == '-'; };
  for (const PhraseMatcher::Match& m : found)
    if ((m.end <= t.begin || m.begin >= t.end) && !in_name(m) && !in_compound(m) && (!nearest || gap(m) < gap(*nearest)))
      nearest = &m;
  return nearest ? tranche_tags_[nearest->id] : std::string();
}

void AssemblyRules::assemble(DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work) const {
  // Only an organisation buys a company, supplies or guarantees (shapes.ttl): a person is a
  // party only as the investor of a stake or an investment.
  const bool investor_type = work.type == DealType::EquityStake || work.type == DealType::Investment;
  if (work.subject && work.subject->kind == EntityKind::Person && !(investor_type && work.subject_role == Role::Investor)) return;
  const Match& t = *work.match;
  const std::string tranche = tranche_of(document, sentence, work);
  for (const std::string& one_object : work.object_keys) {
    const Amount* own = gapped_amount(document, sentence, work, one_object);
    if (!own || work.subject_keys.empty()) continue;
    DealClaim deal;
    deal.type = work.type;
    deal.parties = {{work.subject_role, one_object}, {work.object_role, work.object->entity_key}};
    deal.trigger = document.text.substr(t.begin, t.end - t.begin);
    deal.trigger_byte = t.begin;
    deal.status = sentence.status;
    deal.date = work.date;
    deal.tranche = tranche;
    deal.confidence = 0.6;
    deal.evidence = evidence_for(document.document, *sentence.sentence);
    deal.amounts = {*own};
    deal.amounts[0].byte_begin += sentence.span.begin;
    deal.amounts[0].byte_end += sentence.span.begin;
    add_or_merge(document, std::move(deal));
  }
  for (const std::string& one_subject : work.subject_keys) {
    for (const std::string& one_object : work.object_keys) {
      if (one_subject == one_object || gapped_amount(document, sentence, work, one_object)) continue;
      DealClaim deal;
      deal.type = work.type;
      deal.parties.push_back({work.subject_role, one_subject});
      deal.parties.push_back({work.object_role, one_object});
      if (work.rule->generic && !work.otherwise) orient_generic_by_sector(document.lexicon, deal);
      orient_by_sector(document.lexicon, deal);
      deal.trigger = document.text.substr(t.begin, t.end - t.begin);
      deal.trigger_byte = t.begin;
      deal.status = sentence.status;
      deal.date = work.date;
      deal.tranche = tranche;
      deal.confidence = work.direct ? 0.8 : 0.6;
      deal.evidence = evidence_for(document.document, *sentence.sentence);
      MeasureRules::measure_deal(document, sentence, work, deal);
      add_or_merge(document, std::move(deal));
    }
  }
}

void AssemblyRules::orient_generic_by_sector(const Lexicon& lexicon, DealClaim& deal) const {
  if (deal.parties.size() != 2) return;
  auto sells = [&](const std::string& key) { return seller_sectors_.count(sector_of(lexicon, key)) > 0; };
  Party& first = deal.parties[0];
  Party& second = deal.parties[1];
  if (first.role != Role::Supplier && first.role != Role::Customer) return;
  const bool first_sells = sells(first.entity_key), second_sells = sells(second.entity_key);
  if (first_sells == second_sells) return;  // both or neither sell: the words' direction stands
  if ((first.role == Role::Supplier) != first_sells) std::swap(first.role, second.role);
}

void AssemblyRules::orient_by_sector(const Lexicon& lexicon, DealClaim& deal) const {
  if (deal.type != DealType::SupplyAgreement && deal.type != DealType::CloudContract) return;
  Party* supplier = nullptr;
  Party* customer = nullptr;
  for (Party& party : deal.parties) {
    if (party.role == Role::Supplier) supplier = &party;
    if (party.role == Role::Customer) customer = &party;
  }
  if (supplier && customer && buyer_sectors_.count(sector_of(lexicon, supplier->entity_key)) &&
      seller_sectors_.count(sector_of(lexicon, customer->entity_key)))
    std::swap(supplier->entity_key, customer->entity_key);
}

}  // namespace dealgraph::extract
