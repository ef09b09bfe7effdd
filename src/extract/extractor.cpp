#include <memory>

#include "dealgraph/extract.hpp"
#include "extract/amounts.hpp"
#include "extract/dates.hpp"
#include "extract/entity_discovery.hpp"
#include "extract/entity_matcher.hpp"
#include "extract/passes/aliases.hpp"
#include "extract/passes/coreference.hpp"
#include "extract/passes/deal_rules.hpp"
#include "extract/passes/mentions.hpp"
#include "extract/passes/posts.hpp"
#include "extract/passes/work.hpp"
#include "extract/post_finder.hpp"

namespace dealgraph {

using extract::DocumentWork;
using extract::SentenceWork;
using extract::TriggerWork;

KnowledgeFiles KnowledgeFiles::in(const Ontology& ontology, const std::vector<std::string>& user_lexicons) {
  KnowledgeFiles files;
  files.lexicon = ontology.lexicon_files();
  files.lexicon.insert(files.lexicon.end(), user_lexicons.begin(), user_lexicons.end());
  files.alias_rules = ontology.alias_rules();
  files.deal_rules = ontology.deal_rules();
  files.post_rules = ontology.post_rules();
  files.unit_rules = ontology.unit_rules();
  files.discovery_rules = ontology.discovery_rules();
  files.latin_name_rules = ontology.latin_name_rules();
  files.given_name_rules = ontology.given_name_rules();
  files.place_rules = ontology.place_rules();
  files.date_rules = ontology.date_rules();
  files.lexicon_context_rules = ontology.lexicon_context_rules();
  files.cjk_name_rules = ontology.cjk_name_rules();
  files.chinese_surnames = ontology.chinese_surnames();
  return files;
}

// The passes, in the order extract() runs them, are in src/extract/passes/; each file's first
// lines say what its pass does and which rule flags it reads.
struct Extractor::Impl {
  Lexicon lexicon;
  std::unique_ptr<extract::EntityMatcher> entities;
  std::unique_ptr<extract::EntityDiscovery> discovery;
  std::unique_ptr<extract::AliasRules> aliases;
  std::unique_ptr<extract::CoreferenceRules> coreference;
  std::unique_ptr<extract::PostFinder> posts;
  std::unique_ptr<extract::AmountParser> amounts;
  std::unique_ptr<extract::DateFinder> dates;
  std::unique_ptr<extract::DealRules> rules;

  ArticleFacts extract(Document document) const {
    DocumentWork work(document, lexicon);
    extract::find_mentions(*entities, *discovery, work);
    aliases->find_aliases(work);
    coreference->resolve(work);
    work.markers = extract::find_markers(rules->phrases, document, work.folded, work.facts.mentions);
    work.triggers = extract::TriggerRules::outside_names(work.markers.triggers, work.facts.mentions);
    extract::find_posts(*posts, work);
    work.salient = rules->parties.first_party(work);
    for (std::size_t index = 0; index < document.sentences.size(); ++index) read_sentence(work, index);
    ArticleFacts facts = std::move(work.facts);
    facts.document = std::move(document);
    return facts;
  }

  void read_sentence(DocumentWork& work, std::size_t index) const {
    SentenceWork sentence = rules->parties.lay_out(work, index);
    rules->measures.find_value_cues(work, sentence);
    const std::size_t deals_before = work.facts.deals.size();
    read_deals(work, sentence);
    rules->measures.follow_up(work, sentence, deals_before, *amounts);
    rules->attribution.attribute(work, sentence, deals_before, rules->measures);
  }

  void read_deals(DocumentWork& work, SentenceWork& sentence) const {
    // No deal without a party and a word that states one, and none in a sentence that denies it.
    if (sentence.parties.empty() || !sentence.within(work.markers.suppressors).empty()) return;
    if (sentence.triggers.empty()) return;
    extract::split_clauses(work, sentence);
    rules->measures.measure_sentence(work, sentence, *amounts, *dates);
    rules->triggers.choose(work, sentence);
    for (const extract::Match* trigger : sentence.chosen) read_trigger(work, sentence, *trigger);
  }

  void read_trigger(DocumentWork& work, const SentenceWork& sentence, const extract::Match& trigger) const {
    TriggerWork deal = rules->triggers.start(work, sentence, trigger);
    rules->sides.find_sides(work, sentence, deal);
    rules->sides.assign_roles(work, deal);
    rules->measures.measure_trigger(work, sentence, deal);
    rules->rounds.follow_round(work, sentence, deal);
    if (!extract::SideRules::complete(deal)) return;
    extract::SideRules::conjoin(work, sentence, deal);
    rules->types.refine_type(work, sentence, deal);
    rules->assembly.assemble(work, sentence, deal);
  }
};

Extractor::Extractor(const KnowledgeFiles& files) : impl_(std::make_unique<Impl>()) {
  impl_->lexicon = Lexicon::load(files.lexicon);
  impl_->entities = std::make_unique<extract::EntityMatcher>(impl_->lexicon, files.lexicon_context_rules,
                                                               files.cjk_name_rules);
  impl_->rules = std::make_unique<extract::DealRules>(extract::DealRules::load(extract::RuleFile(files.deal_rules)));
  impl_->posts = std::make_unique<extract::PostFinder>(files.post_rules);
  impl_->discovery = std::make_unique<extract::EntityDiscovery>(
      files.discovery_rules, files.post_rules, files.cjk_name_rules, files.chinese_surnames,
      extract::LatinNameFiles{"", "", files.latin_name_rules, files.given_name_rules, files.place_rules});
  impl_->aliases = std::make_unique<extract::AliasRules>(extract::RuleFile(files.alias_rules),
                                                         extract::RuleFile(files.discovery_rules));
  impl_->coreference = std::make_unique<extract::CoreferenceRules>(extract::RuleFile(files.alias_rules));
  impl_->amounts = std::make_unique<extract::AmountParser>(extract::AmountVocabulary::load(files.unit_rules));
  impl_->dates = std::make_unique<extract::DateFinder>(extract::DateVocabulary::load(files.date_rules));
}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;

ArticleFacts Extractor::extract(Document document) const { return impl_->extract(std::move(document)); }
const Lexicon& Extractor::lexicon() const { return impl_->lexicon; }

}  // namespace dealgraph
