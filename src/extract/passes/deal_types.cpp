#include "extract/passes/deal_types.hpp"

#include <algorithm>

namespace dealgraph::extract {

TypeRules TypeRules::load(const RuleFile& rules, const TriggerRules& triggers) {
  TypeRules loaded;
  for (const std::string& subject : triggers.subjects())
    loaded.acquires_when_direct_.push_back(rules.flag(subject, "acquiresWhenDirect"));
  for (const rdf::Term* surface : rules.all_of_type("ProductNoun", "surface")) loaded.product_nouns_.add(surface->value, 0);
  loaded.product_nouns_.build();
  for (const rdf::Term* surface : rules.all_of_type("ArticleWord", "surface")) loaded.article_words_.insert(fold(surface->value));
  for (const rdf::Term* surface : rules.all_of_type("SourcePreposition", "surface"))
    loaded.source_prepositions_.insert(fold(surface->value));
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

void TypeRules::refine_type(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) const {
  const Span clause = work.clause;
  work.type = work.otherwise ? *work.rule->type_otherwise : work.rule->type;
  if (acquires_when_direct_[work.match->id] && work.object && !work.round_investee &&
      buys_company(document.text, document.folded, *work.match, *work.object)) {
    work.type = DealType::Acquisition;
    work.subject_role = Role::Acquirer;
    work.object_role = Role::Target;
  }
  const auto& quantities = sentence.measures.quantities;
  const bool part = std::any_of(quantities.begin(), quantities.end(), [&](const Quantity& q) {
    const std::size_t at = sentence.span.begin + q.byte_begin;
    return q.unit == "percent" && q.value.to_double() < 100 && at >= clause.begin && at < clause.end;
  });
  if (work.type == DealType::Acquisition && part) {
    // Buying 20% of a company is taking a stake in it.
    work.type = DealType::EquityStake;
    const bool buyer_first = work.subject_role == Role::Acquirer;
    work.subject_role = buyer_first ? Role::Investor : Role::Investee;
    work.object_role = buyer_first ? Role::Investee : Role::Investor;
  }
  const auto& cloud_words = document.markers.cloud_words;
  if (work.type == DealType::SupplyAgreement &&
      std::any_of(cloud_words.begin(), cloud_words.end(), [&](const Match& w) { return w.begin >= clause.begin && w.end <= clause.end; }))
    work.type = DealType::CloudContract;
}

}  // namespace dealgraph::extract
