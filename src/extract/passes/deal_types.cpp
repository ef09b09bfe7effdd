#include "extract/passes/deal_types.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace dealgraph::extract {

TypeRules TypeRules::load(const RuleFile& rules, const TriggerRules& triggers) {
  TypeRules loaded;
  for (const std::string& subject : triggers.subjects()) {
    loaded.acquires_when_direct_.push_back(rules.flag(subject, "acquiresWhenDirect"));
    loaded.type_from_holding_.push_back(rules.flag(subject, "typeFromHolding"));
  }
  for (const std::string& subject : rules.subjects("HoldingNoun")) {
    const auto id = static_cast<std::uint32_t>(loaded.holding_types_.size());
    loaded.holding_types_.push_back(*rules.deal_type(subject, "dealType", true));
    for (const rdf::Term* surface : rules.all(subject, "surface")) loaded.holding_nouns_.add(surface->value, id);
  }
  loaded.holding_nouns_.build();
  for (const rdf::Term* surface : rules.all_of_type("HoldingPreposition", "surface"))
    loaded.holding_prepositions_.insert(fold(surface->value));
  for (const rdf::Term* surface : rules.all_of_type("ProductNoun", "surface")) loaded.product_nouns_.add(surface->value, 0);
  loaded.product_nouns_.build();
  for (const rdf::Term* surface : rules.all_of_type("ArticleWord", "surface")) loaded.article_words_.insert(fold(surface->value));
  // "comprar à Nvidia os chips", "acheter au groupe X": after a verb of buying, a seller's
  // preposition names who sells, as "from" does.
  for (const char* type : {"SourcePreposition", "SellerPreposition"})
    for (const rdf::Term* surface : rules.all_of_type(type, "surface")) loaded.source_prepositions_.insert(fold(surface->value));
  return loaded;
}

bool TypeRules::buys_company(std::string_view text, const FoldedText& folded, const Match& verb, const Mention& object) const {
  if (object.byte_begin < verb.end || object.byte_begin - verb.end > 40) return false;
  std::size_t word_end = verb.end;
  while (word_end < object.byte_begin && text[word_end] != ' ') ++word_end;  // the rest of the verb
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = word_end; i <= object.byte_begin; ++i) {
    const char c = i < object.byte_begin ? text[i] : ' ';
    if (c == ' ' || c == ',') {
      if (!word.empty()) words.push_back(fold(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  std::size_t other_words = 0;
  for (const std::string& w : words) {
    if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) || source_prepositions_.count(w))
      return false;
    if (!article_words_.count(w)) ++other_words;
  }
  if (other_words > 1) return false;
  std::vector<Match> products;
  product_nouns_.find_in(text, folded, word_end, object.byte_begin, products);
  // Only the word right after the name: "Nvidia chips" is a maker, "ZT Systems" a company.
  std::size_t next_end = object.byte_end;
  while (next_end < text.size() && text[next_end] == ' ') ++next_end;
  while (next_end < text.size() && text[next_end] != ' ' && text[next_end] != ',' && text[next_end] != '.') ++next_end;
  product_nouns_.find_in(text, folded, object.byte_end, next_end, products);
  return products.empty();
}

namespace {

// The side a party takes when a sale or purchase turns out to hand over a company or shares:
// the one who gives is the target (investee), the one who receives the acquirer (investor).
Role role_as(DealType type, Role role) {
  const bool gives = role == Role::Supplier || role == Role::Target || role == Role::Investee || role == Role::Licensor;
  if (type == DealType::Acquisition) return gives ? Role::Target : Role::Acquirer;
  return gives ? Role::Investee : Role::Investor;
}

void retype(TriggerWork& work, DealType type) {
  work.type = type;
  work.subject_role = role_as(type, work.subject_role);
  work.object_role = role_as(type, work.object_role);
}

}  // namespace

std::optional<Match> TypeRules::holding_after(const DocumentWork& document, const TriggerWork& work) const {
  const Match& t = *work.match;
  std::size_t until = std::min(work.clause.end, t.end + 60);
  for (const Mention* m : {work.subject, work.object})
    if (m && m->byte_begin >= t.end) until = std::min(until, m->byte_begin);
  // "buy display technology from rival Fujitsu": what is bought comes before its source.
  const auto source = document.markers.source_ends.upper_bound(t.end);
  if (source != document.markers.source_ends.end() && *source < until) until = *source;
  std::vector<Match> nouns;
  holding_nouns_.find_in(document.text, document.folded, t.end, until, nouns);
  // "bought 440,000 Intel common shares", "all Rexnord Inc <REX> common shares": the noun after
  // the name, three words at most.
  const Mention* named = work.object && work.object->byte_begin >= t.end ? work.object : nullptr;
  if (nouns.empty() && named) {
    std::size_t end = named->byte_end;
    for (int words = 0; words < 3; ++words) {
      while (end < work.clause.end && document.text[end] == ' ') ++end;
      while (end < work.clause.end && document.text[end] != ' ' && document.text[end] != ',' && document.text[end] != '.') ++end;
    }
    holding_nouns_.find_in(document.text, document.folded, named->byte_end, end, nouns);
  }
  // "hat Aktien von Infineon gekauft": with the verb last, what is bought stands before it.
  if (nouns.empty() && work.subject && work.object && work.object->byte_end <= t.begin &&
      work.subject->byte_end <= work.object->byte_begin)
    holding_nouns_.find_in(document.text, document.folded, work.subject->byte_end, t.begin, nouns);
  if (nouns.empty()) return std::nullopt;
  return nouns.front();
}

// The percentage a deal hands over, or -1: in Chinese any in the clause; in Latin scripts one
// written near the trigger and before its object ("a 20% stake in X", "acquire 41% of X"), not
// one the sentence gives of something else ("a 20% premium").
double TypeRules::share_percent(const DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work) {
  const Match& t = *work.match;
  Span window = work.clause;
  if (!document.chinese) {
    window.begin = t.begin > window.begin + 48 ? t.begin - 48 : window.begin;
    const bool object_after = work.object && work.object->byte_begin >= t.end;
    window.end = std::min(window.end, object_after ? work.object->byte_end + 4 : t.end + 60);
  }
  for (const Quantity& q : sentence.measures.quantities) {
    const std::size_t at = sentence.span.begin + q.byte_begin;
    if (q.unit == "percent" && window.contains(at)) return q.value.to_double();
  }
  return -1;
}

void TypeRules::refine_type(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) const {
  const Span clause = work.clause;
  work.type = work.otherwise ? *work.rule->type_otherwise : work.rule->type;
  const bool direct_company = work.object && !work.round_investee && work.object->byte_begin >= work.match->end &&
                              buys_company(document.text, document.folded, *work.match, *work.object);
  if (acquires_when_direct_[work.match->id] && direct_company) {
    work.type = DealType::Acquisition;
    work.subject_role = Role::Acquirer;
    work.object_role = Role::Target;
  }
  if (type_from_holding_[work.match->id] && !document.chinese) read_holding(document, sentence, work, direct_company);
  const double percent = share_percent(document, sentence, work);
  if ((work.type == DealType::Acquisition || work.type == DealType::EquityStake) && percent >= 0) {
    // A majority of a company is the company; less is a stake in it. (Chinese keeps every
    // part short of the whole a stake, as its own tables say.)
    const bool whole = percent >= 100 || (percent > 50 && !document.chinese);
    retype(work, whole ? DealType::Acquisition : DealType::EquityStake);
  }
  // "a 6 gigawatt agreement to power X across AMD Instinct GPUs": an agreement of no stated kind
  // that names chips supplies them (the sides are oriented by sector, as for a cloud contract).
  if (work.rule->generic && work.otherwise && !document.chinese &&
      std::any_of(sentence.chips.begin(), sentence.chips.end(),
                  [&](const Mention* chip) { return chip->byte_begin >= clause.begin && chip->byte_end <= clause.end; })) {
    work.type = DealType::SupplyAgreement;
    work.subject_role = Role::Supplier;
    work.object_role = Role::Customer;
    work.otherwise = false;
  }
  const auto& cloud_words = document.markers.cloud_words;
  if (work.type == DealType::SupplyAgreement &&
      std::any_of(cloud_words.begin(), cloud_words.end(), [&](const Match& w) { return w.begin >= clause.begin && w.end <= clause.end; }))
    work.type = DealType::CloudContract;
}

void TypeRules::read_holding(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work,
                             bool direct_company) const {
  const Match& t = *work.match;
  const bool selling = work.rule->subject_role == Role::Supplier;
  const std::optional<Match> noun = holding_after(document, work);
  const bool shares = noun && holding_types_[noun->id] == DealType::EquityStake;
  // "X sells its unit U to Y": the company sold stands on the seller's side (see sides).
  const bool company_sold = selling && work.subject && work.subject->byte_begin >= t.end;
  if (company_sold) {
    retype(work, shares ? DealType::EquityStake : DealType::Acquisition);
    return;
  }
  // "seine Beteiligung an X", "its stake in X": the noun's own preposition names what is held,
  // not who receives it.
  const bool held_object =
      shares && work.object && only_holding_preposition(document.text, noun->end, work.object->byte_begin);
  const bool to_recipient =
      work.object && !held_object && document.markers.marked_by(document.markers.recipient_ends, *work.object);
  if (noun) {
    retype(work, holding_types_[noun->id]);
    // A business or shares sold to no one named is given up, not a deal between the names:
    // "X sold its stake in Y", "X sold its chip unit".
    if (selling && !to_recipient) work.object_keys.clear();
    return;
  }
  // "buying 100% of KFB": a part of a company is bought, whatever the verb's type.
  if (work.type != DealType::Acquisition && share_percent(document, sentence, work) >= 0) {
    retype(work, DealType::EquityStake);
    if (selling && !to_recipient) work.object_keys.clear();
    return;
  }
  // "X sold Acme": the buyer is not named. A sale names its buyer after "to" or right after the
  // verb (sell Humain 18,000 chips); "vendeu o dobro de exemplares ... da Microsoft" names none.
  if (selling && (direct_company || (!to_recipient && !right_after_verb(document.text, t, *work.object))))
    work.object_keys.clear();
}

bool TypeRules::only_holding_preposition(std::string_view text, std::size_t begin, std::size_t end) const {
  // "an" is a German preposition and an English article: a preposition first.
  std::size_t prepositions = 0, others = 0;
  std::string word;
  for (std::size_t at = begin; at <= end && at <= text.size(); ++at) {
    const char c = at < end ? text[at] : ' ';
    if (c != ' ') { word.push_back(c); continue; }
    const std::string folded = fold(word);
    if (holding_prepositions_.count(folded)) ++prepositions;
    else if (!word.empty() && !article_words_.count(folded)) ++others;
    word.clear();
  }
  return prepositions == 1 && others == 0;
}

bool TypeRules::right_after_verb(std::string_view text, const Match& verb, const Mention& object) const {
  if (object.byte_begin < verb.end) return false;
  std::size_t at = verb.end;
  while (at < object.byte_begin && text[at] != ' ') ++at;  // the rest of the verb
  std::string word;
  for (; at <= object.byte_begin; ++at) {
    const char c = at < object.byte_begin ? text[at] : ' ';
    if (c != ' ') { word.push_back(c); continue; }
    if (!word.empty() && !article_words_.count(fold(word))) return false;
    word.clear();
  }
  return true;
}

}  // namespace dealgraph::extract
