#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "dealgraph/extract.hpp"
#include "extract/amounts.hpp"
#include "extract/dates.hpp"
#include "extract/entity_discovery.hpp"
#include "extract/entity_matcher.hpp"
#include "extract/phrase_matcher.hpp"
#include "extract/post_finder.hpp"
#include "rdf/turtle_reader.hpp"
#include "util/utf8.hpp"

namespace dealgraph {
namespace {

namespace fs = std::filesystem;
using extract::PhraseMatcher;
using Match = PhraseMatcher::Match;

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool contains(std::size_t at) const { return at >= begin && at < end; }
};

struct Trigger {
  DealType type = DealType::Partnership;
  Role subject_role = Role::Partner;
  Role object_role = Role::Partner;
  int priority = 0;
  std::vector<std::string> requires_nearby;
  std::vector<std::string> forbids_nearby;
  bool names_raiser = false;    // its subject is a company raising money
  bool joins_round = false;     // its investor joins the round the last raiser opened
  bool swaps_on_source = false; // an object after "from", "at", "bei" supplies, whatever the verb
  bool swaps_on_receipt = false; // "received funding", "a reçu un financement": the subject is on the receiving end
  bool passive_after_auxiliary = false; // "X wird von Y finanziert": after a passive auxiliary, the agent acts
  bool covers_next = false;  // "guarantee the financing of X": a trigger right after it is what it covers
  bool generic = false;         // names an agreement, not its kind: yields to any other trigger
  bool acquires_when_direct = false;  // buying a company named right after it is an acquisition
  std::optional<DealType> type_otherwise;  // the type when the words it requires are absent
  std::vector<std::string> not_words;      // whole words that begin like it but are not it
};

struct StatusCue {
  std::string status;
  int priority = 0;
};

std::string primary_language(std::string_view tag) {
  const std::size_t dash = tag.find('-');
  return std::string(tag.substr(0, dash));
}

bool is_chinese(std::string_view language) { return primary_language(language) == "zh" || language == "ja"; }

std::string local(const std::string& iri) {
  const std::size_t cut = iri.find_last_of("#/");
  return cut == std::string::npos ? iri : iri.substr(cut + 1);
}

int integer_or(const rdf::Term* term, int fallback) {
  if (!term) return fallback;
  try { return std::stoi(term->value); } catch (...) { return fallback; }
}

// Language groups for which matchers are built; a document uses its own group's matcher.
constexpr std::string_view kLanguageGroups[] = {"zh", "pt", "es", "en", "de", "fr", "und"};

// One phrase matcher per language group, for phrases tagged with a language (or untagged).
class LanguageMatchers {
 public:
  void add(std::string_view phrase, std::string_view language, std::uint32_t id, PhraseMatcher::Options options) {
    const std::string group = language.empty() ? "" : primary_language(language);
    for (std::string_view g : kLanguageGroups)
      if (group.empty() || group == g || g == "und") matchers_[std::string(g)].add(phrase, id, options);
  }
  void build() {
    for (std::string_view g : kLanguageGroups) matchers_[std::string(g)].build();
  }
  const PhraseMatcher& for_language(std::string_view language) const {
    auto it = matchers_.find(primary_language(language));
    return it == matchers_.end() ? matchers_.at("und") : it->second;
  }

 private:
  std::map<std::string, PhraseMatcher> matchers_;
};

}  // namespace

KnowledgeFiles KnowledgeFiles::in(const Ontology& ontology, const std::vector<std::string>& user_lexicons) {
  KnowledgeFiles files;
  files.lexicon = ontology.lexicon_files();
  files.lexicon.insert(files.lexicon.end(), user_lexicons.begin(), user_lexicons.end());
  files.deal_rules = ontology.deal_rules();
  files.post_rules = ontology.post_rules();
  files.unit_rules = ontology.unit_rules();
  files.discovery_rules = ontology.discovery_rules();
  files.date_rules = ontology.date_rules();
  return files;
}

struct Extractor::Impl {
  Lexicon lexicon;
  std::unique_ptr<extract::EntityMatcher> entities;
  std::unique_ptr<extract::AmountParser> amounts;
  std::unique_ptr<extract::DateFinder> dates;
  std::vector<Trigger> triggers;
  // Every phrase the deal rules know, one automaton per language group, told apart by id >> 24:
  // a document is scanned once for triggers, markers and status cues together.
  enum PhraseKind : std::uint32_t {
    kTrigger = 0, kPreposition, kCounterpart, kConjunction, kArticle, kClauseBreak, kRelative, kStatus,
    kSuppress, kSource, kCloudWord, kPassive, kAnaphor, kDescriptor, kReceipt, kAuxiliary, kAgent
  };
  std::set<std::string> non_party_sectors;
  LanguageMatchers rule_phrases;
  PhraseMatcher value_cues;  // 金额, valor, worth: a clause or sentence that gives a deal's value
  PhraseMatcher product_nouns;  // chips, GPUs, capacity: what is bought when it is not a company
  std::set<std::string> article_surfaces, source_surfaces;
  std::set<std::string> seller_sectors, buyer_sectors;
  std::vector<StatusCue> status_cues;
  std::unique_ptr<extract::PostFinder> posts;
  std::unique_ptr<extract::EntityDiscovery> discovery;

  void load_deal_rules(const std::string& path) {
    const rdf::TripleIndex index(rdf::read_turtle_file(path));
    const std::string dg(rdf::kDg);
    for (const std::string& subject : index.subjects_of_type(dg + "DealTrigger")) {
      Trigger trigger;
      const rdf::Term* type = index.first_object(subject, dg + "dealType");
      const rdf::Term* subject_role = index.first_object(subject, dg + "subjectRole");
      const rdf::Term* object_role = index.first_object(subject, dg + "objectRole");
      if (!type || !subject_role || !object_role)
        throw std::runtime_error(path + ": trigger " + subject + " needs dg:dealType, dg:subjectRole and dg:objectRole");
      auto parsed_type = deal_type_from_string(local(type->value));
      auto parsed_subject = role_from_string(local(subject_role->value));
      auto parsed_object = role_from_string(local(object_role->value));
      if (!parsed_type || !parsed_subject || !parsed_object)
        throw std::runtime_error(path + ": trigger " + subject + " names an unknown deal type or role");
      trigger.type = *parsed_type;
      trigger.subject_role = *parsed_subject;
      trigger.object_role = *parsed_object;
      trigger.priority = integer_or(index.first_object(subject, dg + "priority"), 0);
      for (const rdf::Term* word : index.objects(subject, dg + "requiresNearby")) trigger.requires_nearby.push_back(word->value);
      for (const rdf::Term* word : index.objects(subject, dg + "forbidsNearby")) trigger.forbids_nearby.push_back(word->value);
      auto flag = [&](const char* name) {
        const rdf::Term* value = index.first_object(subject, dg + name);
        return value && value->value == "true";
      };
      trigger.names_raiser = flag("namesRaiser");
      trigger.joins_round = flag("joinsRound");
      trigger.swaps_on_source = flag("swapsOnSource");
      trigger.swaps_on_receipt = flag("swapsOnReceipt");
      trigger.passive_after_auxiliary = flag("passiveAfterAuxiliary");
      trigger.covers_next = flag("coversNextTrigger");
      trigger.generic = flag("generic");
      trigger.acquires_when_direct = flag("acquiresWhenDirect");
      if (const rdf::Term* otherwise = index.first_object(subject, dg + "typeOtherwise"))
        trigger.type_otherwise = deal_type_from_string(local(otherwise->value));
      for (const rdf::Term* word : index.objects(subject, dg + "notWord")) trigger.not_words.push_back(fold(word->value));
      const auto id = static_cast<std::uint32_t>(triggers.size());
      for (const rdf::Term* surface : index.objects(subject, dg + "surface"))
        rule_phrases.add(surface->value, surface->language, kTrigger << 24 | id, {false, false});
      for (const rdf::Term* stem : index.objects(subject, dg + "stem"))
        rule_phrases.add(stem->value, stem->language, kTrigger << 24 | id, {true, false});
      triggers.push_back(std::move(trigger));
    }
    auto load_markers = [&](const std::string& type, PhraseKind kind) {
      for (const std::string& subject : index.subjects_of_type(dg + type))
        for (const rdf::Term* surface : index.objects(subject, dg + "surface"))
          rule_phrases.add(surface->value, surface->language, kind << 24, {false, false});
    };
    load_markers("PrepositionMarker", kPreposition);
    load_markers("CounterpartMarker", kCounterpart);
    load_markers("ConjunctionMarker", kConjunction);
    load_markers("ArticleWord", kArticle);
    load_markers("ClauseBreak", kClauseBreak);
    load_markers("RelativeMarker", kRelative);
    load_markers("SuppressCue", kSuppress);
    load_markers("SourcePreposition", kSource);
    load_markers("CloudWord", kCloudWord);
    load_markers("PassiveMarker", kPassive);
    load_markers("AnaphorWord", kAnaphor);
    load_markers("DescriptorNoun", kDescriptor);
    load_markers("ReceiptVerb", kReceipt);
    load_markers("PassiveAuxiliary", kAuxiliary);
    load_markers("AgentPreposition", kAgent);
    for (const std::string& subject : index.subjects_of_type(dg + "NonPartySector"))
      for (const rdf::Term* sector : index.objects(subject, dg + "sector")) non_party_sectors.insert(sector->value);
    for (const std::string& subject : index.subjects_of_type(dg + "ComputeSellers"))
      for (const rdf::Term* sector : index.objects(subject, dg + "sector")) seller_sectors.insert(sector->value);
    for (const std::string& subject : index.subjects_of_type(dg + "ComputeBuyers"))
      for (const rdf::Term* sector : index.objects(subject, dg + "sector")) buyer_sectors.insert(sector->value);
    for (const std::string& subject : index.subjects_of_type(dg + "StatusCue")) {
      const rdf::Term* status = index.first_object(subject, dg + "status");
      if (!status) continue;
      const auto id = static_cast<std::uint32_t>(status_cues.size());
      status_cues.push_back({status->value, integer_or(index.first_object(subject, dg + "priority"), 0)});
      for (const rdf::Term* surface : index.objects(subject, dg + "surface"))
        rule_phrases.add(surface->value, surface->language, kStatus << 24 | id, {false, false});
    }
    rule_phrases.build();
    for (const std::string& subject : index.subjects_of_type(dg + "ValueCue"))
      for (const rdf::Term* surface : index.objects(subject, dg + "surface")) value_cues.add(surface->value, 0);
    value_cues.build();
    for (const std::string& subject : index.subjects_of_type(dg + "ProductNoun"))
      for (const rdf::Term* surface : index.objects(subject, dg + "surface")) product_nouns.add(surface->value, 0);
    product_nouns.build();
    for (const std::string& subject : index.subjects_of_type(dg + "ArticleWord"))
      for (const rdf::Term* surface : index.objects(subject, dg + "surface")) article_surfaces.insert(fold(surface->value));
    for (const std::string& subject : index.subjects_of_type(dg + "SourcePreposition"))
      for (const rdf::Term* surface : index.objects(subject, dg + "surface")) source_surfaces.insert(fold(surface->value));
  }

  ArticleFacts extract(Document document) const;

  // "comprará la startup Cohere", "will buy Acme Inc.": what is bought is the company itself when
  // at most an article and one word stand between the verb and its name, none of them a number,
  // a source preposition or a product, and no product noun follows the name (Nvidia chips).
  bool buys_company(std::string_view text, const FoldedText& folded, const PhraseMatcher::Match& verb,
                    const Mention& object) const {
    if (object.byte_begin < verb.end || object.byte_begin - verb.end > 40) return false;
    std::size_t word_end = verb.end;
    while (word_end < object.byte_begin && text[word_end] != ' ') ++word_end;  // the rest of the verb
    std::vector<std::string> words;
    std::string word;
    for (std::size_t i = word_end; i <= object.byte_begin; ++i) {
      const char c = i < object.byte_begin ? text[i] : ' ';
      if (c == ' ' || c == ',') { if (!word.empty()) words.push_back(fold(word)); word.clear(); }
      else word.push_back(c);
    }
    std::size_t other_words = 0;
    for (const std::string& w : words) {
      if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }) || source_surfaces.count(w)) return false;
      if (!article_surfaces.count(w)) ++other_words;
    }
    if (other_words > 1) return false;
    std::vector<PhraseMatcher::Match> products;
    product_nouns.find_in(text, folded, word_end, object.byte_begin, products);
    // Only the word right after the name: "Nvidia chips" is a maker, "ZT Systems" a company.
    std::size_t next_end = object.byte_end;
    while (next_end < text.size() && text[next_end] == ' ') ++next_end;
    while (next_end < text.size() && text[next_end] != ' ' && text[next_end] != ',' && text[next_end] != '.') ++next_end;
    product_nouns.find_in(text, folded, object.byte_end, next_end, products);
    return products.empty();
  }

  // Organisations of a reporting sector (the media) are sources of deals, not parties to them.
  bool reports_only(const std::string& key) const {
    const LexiconEntry* entry = lexicon.find(key);
    return entry && non_party_sectors.count(entry->sector) > 0;
  }

  // An agreement of unstated direction: the side from a selling sector supplies.
  void orient_generic_by_sector(DealClaim& deal) const {
    if (deal.parties.size() != 2) return;
    auto sells = [&](const std::string& key) {
      const LexiconEntry* entry = lexicon.find(key);
      return entry && seller_sectors.count(entry->sector) > 0;
    };
    Party& first = deal.parties[0];
    Party& second = deal.parties[1];
    if (first.role != Role::Supplier && first.role != Role::Customer) return;
    const bool first_sells = sells(first.entity_key), second_sells = sells(second.entity_key);
    if (first_sells == second_sells) return;  // both or neither sell: the words' direction stands
    const bool first_supplies = first_sells;
    if ((first.role == Role::Supplier) != first_supplies) std::swap(first.role, second.role);
  }

  // A supplier from a sector that buys compute facing a customer from one that sells it: the
  // words left the direction open, the lexicon settles it.
  void orient_by_sector(DealClaim& deal) const {
    if (deal.type != DealType::SupplyAgreement && deal.type != DealType::CloudContract) return;
    auto sector_of = [&](const std::string& key) -> std::string {
      const LexiconEntry* entry = lexicon.find(key);
      return entry ? entry->sector : std::string();
    };
    Party* supplier = nullptr;
    Party* customer = nullptr;
    for (Party& party : deal.parties) {
      if (party.role == Role::Supplier) supplier = &party;
      if (party.role == Role::Customer) customer = &party;
    }
    if (supplier && customer && buyer_sectors.count(sector_of(supplier->entity_key)) &&
        seller_sectors.count(sector_of(customer->entity_key)))
      std::swap(supplier->entity_key, customer->entity_key);
  }
};

namespace {

// Matches of a sorted list that fall inside [begin, end).
template <typename T>
std::vector<const T*> within(const std::vector<T>& items, std::size_t begin, std::size_t end) {
  std::vector<const T*> found;
  for (const T& item : items)
    if (item.byte_begin >= begin && item.byte_end <= end) found.push_back(&item);
  return found;
}

// Clauses of a sentence: Chinese states one fact per comma-separated clause.
std::vector<Span> clauses_of(std::string_view text, Span sentence, bool chinese) {
  static constexpr std::string_view kChinese[] = {"，", ",", "；", ";", "：", ":", "——", "—", "。", "！", "？", "!", "?"};
  static constexpr std::string_view kLatin[] = {";", " — ", " – ", "; "};
  std::vector<Span> clauses;
  std::size_t start = sentence.begin;
  std::size_t i = sentence.begin;
  while (i < sentence.end) {
    std::size_t cut = 0;
    if (chinese) {
      for (std::string_view d : kChinese)
        if (text.compare(i, d.size(), d) == 0) { cut = d.size(); break; }
    } else {
      for (std::string_view d : kLatin)
        if (text.compare(i, d.size(), d) == 0) { cut = d.size(); break; }
    }
    if (cut) {
      if (i > start) clauses.push_back({start, i});
      i += cut;
      start = i;
    } else {
      ++i;
    }
  }
  if (start < sentence.end) clauses.push_back({start, sentence.end});
  return clauses;
}

// Spans inside short quotations (“去英伟达化”): names there are not actors.
std::vector<Span> quotations(std::string_view text, Span sentence) {
  std::vector<Span> spans;
  const std::pair<std::string_view, std::string_view> pairs[] = {{"“", "”"}, {"「", "」"}, {"『", "』"}, {"«", "»"}};
  for (const auto& [open, close] : pairs) {
    std::size_t at = text.find(open, sentence.begin);
    while (at != std::string_view::npos && at < sentence.end) {
      const std::size_t end = text.find(close, at + open.size());
      if (end == std::string_view::npos || end > sentence.end) break;
      if (util::count_code_points(text.substr(at, end - at)) <= 24) spans.push_back({at, end + close.size()});
      at = text.find(open, end + close.size());
    }
  }
  return spans;
}

bool is_party_kind(EntityKind kind) { return kind == EntityKind::Organization; }

std::size_t skip_spaces_back(std::string_view text, std::size_t at) {
  while (at > 0 && text[at - 1] == ' ') --at;
  return at;
}

Evidence evidence_for(const Document& document, const Sentence& sentence) {
  Evidence evidence;
  evidence.source_id = document.source_id;
  evidence.quote = document.text.substr(sentence.byte_begin, sentence.byte_end - sentence.byte_begin);
  evidence.language = document.language;
  evidence.cp_begin = sentence.cp_begin;
  evidence.cp_end = sentence.cp_end;
  return evidence;
}

// The amount of money nearest to a trigger within its clause (offsets relative to the sentence).
const Amount* nearest_amount(const extract::AmountParser::Found& found, const Sentence& sentence, Span clause,
                             const PhraseMatcher::Match& trigger) {
  auto distance = [&](std::size_t begin, std::size_t end) {
    return end <= trigger.begin ? trigger.begin - end : (begin >= trigger.end ? begin - trigger.end : 0);
  };
  const Amount* best = nullptr;
  std::size_t best_distance = 0;
  for (const Amount& amount : found.amounts) {
    const std::size_t begin = sentence.byte_begin + amount.byte_begin;
    const std::size_t end = sentence.byte_begin + amount.byte_end;
    if (begin < clause.begin || end > clause.end) continue;
    if (!best || distance(begin, end) < best_distance) { best = &amount; best_distance = distance(begin, end); }
  }
  return best;
}

bool quantity_fits(DealType type, const std::string& unit) {
  if (unit == "percent" || unit == "shares")
    return type == DealType::EquityStake || type == DealType::Acquisition;
  if (unit == "chips") return type == DealType::SupplyAgreement || type == DealType::CloudContract;
  return type == DealType::SupplyAgreement || type == DealType::CloudContract ||
         type == DealType::Partnership || type == DealType::Investment;
}

}  // namespace

ArticleFacts Extractor::Impl::extract(Document document) const {
  ArticleFacts facts;
  const std::string& text = document.text;
  const bool chinese = is_chinese(document.language);
  const FoldedText folded = fold_text(text);

  facts.mentions = entities->find(text, folded);
  {
    auto discovered = discovery->find(text, folded, facts.mentions, document.language);
    facts.discovered = std::move(discovered.entities);
    facts.mentions.insert(facts.mentions.end(), discovered.mentions.begin(), discovered.mentions.end());
    std::sort(facts.mentions.begin(), facts.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.byte_begin < b.byte_begin; });
  }
  // One scan for every rule phrase; then each kind on its own.
  std::vector<Match> trigger_candidates, status_matches, suppress_matches, cloud_words, anaphors;
  std::set<std::size_t> preposition_ends, counterpart_ends, conjunction_ends, relative_starts, clause_break_starts,
      source_ends, passive_ends, descriptor_ends, receipt_ends, auxiliary_ends, agent_ends;
  std::map<std::size_t, std::size_t> article_begin_at_end;
  // Rule phrases matter only in sentences that name a party: scan just those.
  std::vector<Match> rule_matches;
  {
    const PhraseMatcher& matcher = rule_phrases.for_language(document.language);
    std::size_t range_begin = 0, range_end = 0;
    auto mention = facts.mentions.begin();
    for (const Sentence& sentence : document.sentences) {
      while (mention != facts.mentions.end() && mention->byte_end <= sentence.byte_begin) ++mention;
      bool has_party = false;
      for (auto m = mention; m != facts.mentions.end() && m->byte_begin < sentence.byte_end; ++m)
        if (is_party_kind(m->kind)) { has_party = true; break; }
      if (!has_party) continue;
      if (range_end != 0 && sentence.byte_begin <= range_end + 1) { range_end = sentence.byte_end; continue; }
      if (range_end != 0) matcher.find_in(text, folded, range_begin, range_end, rule_matches);
      range_begin = sentence.byte_begin;
      range_end = sentence.byte_end;
    }
    if (range_end != 0) matcher.find_in(text, folded, range_begin, range_end, rule_matches);
  }
  for (const Match& match : rule_matches) {
    const std::uint32_t index = match.id & 0xFFFFFF;
    switch (match.id >> 24) {
      case kTrigger: trigger_candidates.push_back({match.begin, match.end, index}); break;
      case kPreposition: preposition_ends.insert(match.end); break;
      case kCounterpart: counterpart_ends.insert(match.end); break;
      case kConjunction: conjunction_ends.insert(match.end); break;
      case kArticle: article_begin_at_end[match.end] = match.begin; break;
      case kClauseBreak: if (!chinese) clause_break_starts.insert(match.begin); break;
      case kRelative: if (!chinese) relative_starts.insert(match.begin); break;
      case kSuppress: suppress_matches.push_back(match); break;
      case kSource: source_ends.insert(match.end); break;
      case kCloudWord: cloud_words.push_back(match); break;
      case kPassive: passive_ends.insert(match.end); break;
      case kAnaphor: anaphors.push_back(match); break;
      case kDescriptor: descriptor_ends.insert(match.end); break;
      case kReceipt: receipt_ends.insert(match.end); break;
      case kAuxiliary: if (!chinese) auxiliary_ends.insert(match.end); break;
      case kAgent: if (!chinese) agent_ends.insert(match.end); break;
      case kStatus: status_matches.push_back({match.begin, match.end, index}); break;
      default: break;
    }
  }
  // Triggers that lie inside a name are part of the name ("Vision Fund").
  std::vector<Match> trigger_matches;
  for (const Match& match : leftmost_longest(trigger_candidates)) {
    auto mention = std::lower_bound(facts.mentions.begin(), facts.mentions.end(), match.begin,
                                    [](const Mention& m, std::size_t at) { return m.byte_end <= at; });
    const bool inside_name = mention != facts.mentions.end() && mention->byte_begin < match.end;
    if (!inside_name) trigger_matches.push_back(match);
  }

  // Whether an article right before `end` follows something ending at one of `ends`.
  auto after_article = [&](const std::set<std::size_t>& ends, std::size_t end) {
    auto article = article_begin_at_end.find(end);
    return article != article_begin_at_end.end() && ends.count(skip_spaces_back(text, article->second)) > 0;
  };
  // Whether something ending at one of `ends` comes right before `at`, or in Latin scripts
  // before an article that does ("received funding", "a reçu un financement", na OpenAI).
  auto right_after = [&](const std::set<std::size_t>& ends, std::size_t at) {
    const std::size_t end = skip_spaces_back(text, at);
    return ends.count(end) > 0 || (!chinese && after_article(ends, end));
  };
  // Whether a name is governed by one of the markers: right after it (向OpenAI, na OpenAI), or
  // in Latin scripts after it and an article, or an article and one word (mit dem Cloud-Anbieter Nebius).
  auto marked_by = [&](const std::set<std::size_t>& ends, const Mention& mention) {
    if (right_after(ends, mention.byte_begin)) return true;
    if (chinese) return false;
    const std::size_t at = skip_spaces_back(text, mention.byte_begin);
    std::size_t word = at;
    while (word > 0 && text[word - 1] != ' ' && text[word - 1] != ',' && text[word - 1] != '(') --word;
    return word < at && after_article(ends, skip_spaces_back(text, word));
  };

  for (auto& found : posts->find(text, folded, document.sentences, facts.mentions)) {
    PostClaim post;
    post.holder_key = std::move(found.holder_key);
    post.organization_key = std::move(found.organization_key);
    post.title = std::move(found.title);
    post.title_as_written = std::move(found.title_as_written);
    post.evidence = evidence_for(document, document.sentences[found.sentence]);
    facts.posts.push_back(std::move(post));
  }

  // The company that last raised money in this article, for investors joining its round.
  struct Raiser {
    std::optional<std::string> key;
    std::size_t sentence = 0;
    std::optional<Amount> amount;
  } raiser;
  // The last deal stated without an amount, for a value given in the next sentence.
  std::optional<std::size_t> pending_deal;
  std::size_t pending_sentence = 0;
  // The company the article is about: the first organisation it names, then each deal's subject.
  std::optional<std::string> salient;
  for (const Mention& m : facts.mentions)
    if (m.kind == EntityKind::Organization && !reports_only(m.entity_key)) { salient = m.entity_key; break; }
  for (std::size_t sentence_index = 0; sentence_index < document.sentences.size(); ++sentence_index) {
    const Sentence& sentence = document.sentences[sentence_index];
    const Span sentence_span{sentence.byte_begin, sentence.byte_end};
    std::string_view sentence_text(text.data() + sentence.byte_begin, sentence.byte_end - sentence.byte_begin);
    std::vector<const Mention*> parties, chips;
    for (auto m = std::lower_bound(facts.mentions.begin(), facts.mentions.end(), sentence.byte_begin,
                                   [](const Mention& x, std::size_t at) { return x.byte_begin < at; });
         m != facts.mentions.end() && m->byte_begin < sentence.byte_end; ++m) {
      if (m->byte_end > sentence.byte_end) continue;
      if (is_party_kind(m->kind) && !reports_only(m->entity_key)) parties.push_back(&*m);
      else if (m->kind == EntityKind::Chip) chips.push_back(&*m);
    }
    auto in_sentence = [&](const std::vector<Match>& matches) {
      auto first = std::lower_bound(matches.begin(), matches.end(), sentence.byte_begin,
                                    [](const Match& x, std::size_t at) { return x.begin < at; });
      auto last = std::lower_bound(first, matches.end(), sentence.byte_end,
                                   [](const Match& x, std::size_t at) { return x.begin < at; });
      return std::vector<Match>(first, last);
    };
    std::vector<Match> sentence_value_cues;
    value_cues.find_in(text, folded, sentence.byte_begin, sentence.byte_end, sentence_value_cues);
    // "该订单总金额在8亿至10亿元之间", "O valor foi de...": a sentence with no deal of its own that
    // gives a value right after a deal gives that deal's amount.
    if (pending_deal && *pending_deal < facts.deals.size() && sentence_index == pending_sentence + 1 &&
        !sentence_value_cues.empty() && in_sentence(trigger_matches).empty()) {
      const auto here = amounts->find_all(sentence_text, document.language);
      for (const Amount& amount : here.amounts) {
        if (amount.currency.empty() || sentence.byte_begin + amount.byte_begin < sentence_value_cues.front().begin) continue;
        DealClaim value = facts.deals[*pending_deal];
        value.amounts = {amount};
        value.amounts[0].byte_begin += sentence.byte_begin;
        value.amounts[0].byte_end += sentence.byte_begin;
        value.quantities.clear();
        value.chips.clear();
        value.trigger = text.substr(sentence_value_cues.front().begin, sentence_value_cues.front().end - sentence_value_cues.front().begin);
        value.evidence = evidence_for(document, sentence);
        facts.deals.push_back(std::move(value));
        break;
      }
      pending_deal.reset();
    }
    if (parties.empty()) continue;
    if (!in_sentence(suppress_matches).empty()) continue;
    const std::size_t deals_before = facts.deals.size();
    const std::vector<Match> sentence_triggers = in_sentence(trigger_matches);
    // No deal without a word that states one: the dates and amounts of this sentence are not needed.
    if (sentence_triggers.empty()) continue;
    const auto sentence_dates = dates->find_all(sentence_text, document.language, document.published.value_or(""));
    const std::vector<Match> sentence_cues = in_sentence(status_matches);
    const auto found = amounts ? amounts->find_all(sentence_text, document.language) : extract::AmountParser::Found{};
    const std::vector<Span> clauses = clauses_of(text, sentence_span, chinese);
    const std::vector<Span> quoted = quotations(text, sentence_span);
    auto in_quotes = [&](const Mention* m) {
      return std::any_of(quoted.begin(), quoted.end(), [&](const Span& q) { return q.contains(m->byte_begin); });
    };
    auto clause_of = [&](std::size_t at) -> std::size_t {
      for (std::size_t c = 0; c < clauses.size(); ++c)
        if (at >= clauses[c].begin && at < clauses[c].end) return c;
      return clauses.empty() ? 0 : clauses.size() - 1;
    };
    // A subject opens its clause (Chinese) or is not governed by a preposition.
    auto subject_like = [&](const Mention* m) {
      if (marked_by(preposition_ends, *m) || marked_by(counterpart_ends, *m) || in_quotes(m)) return false;
      if (!chinese) return true;
      const Span clause = clauses[clause_of(m->byte_begin)];
      if (util::count_code_points(std::string_view(text).substr(clause.begin, m->byte_begin - clause.begin)) <= 3) return true;
      // 人工智能芯片企业燧原科技: a descriptor before the first name of its clause.
      const bool first_in_clause = std::none_of(parties.begin(), parties.end(), [&](const Mention* other) {
        return other->byte_begin >= clause.begin && other->byte_begin < m->byte_begin;
      });
      return first_in_clause && descriptor_ends.count(m->byte_begin) > 0;
    };

    // Triggers of this sentence; in Chinese only the strongest of each clause.
    std::vector<const Match*> chosen;
    std::set<const Match*> use_otherwise;
    for (const Match& t : sentence_triggers) {
      if (t.begin < sentence.byte_begin || t.end > sentence.byte_end) continue;
      const Trigger& trigger = triggers[t.id];
      {
        const Span scope = chinese ? clauses[clause_of(t.begin)] : sentence_span;
        const std::string_view scope_text(text.data() + scope.begin, scope.end - scope.begin);
        auto any_near = [&](const std::vector<std::string>& words) {
          return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return scope_text.find(w) != std::string_view::npos; });
        };
        if (!trigger.requires_nearby.empty() && !any_near(trigger.requires_nearby)) {
          if (!trigger.type_otherwise) continue;
          use_otherwise.insert(&t);
        }
        if (any_near(trigger.forbids_nearby)) continue;
        // Words that begin like the trigger but are not it: "investidores" is not "investir",
        // 供应商 (a supplier) is not 供应 (to supply).
        const bool not_it = std::any_of(trigger.not_words.begin(), trigger.not_words.end(), [&](const std::string& word) {
          const std::string ahead = fold(std::string_view(text).substr(t.begin, std::min(text.size() - t.begin, word.size() + 8)));
          if (ahead.rfind(word, 0) != 0) return false;
          return ahead.size() == word.size() || !util::is_ascii_alnum(ahead[word.size()]);
        });
        if (not_it) continue;
      }
      if (chinese) {
        auto same_clause = std::find_if(chosen.begin(), chosen.end(), [&](const Match* o) { return clause_of(o->begin) == clause_of(t.begin); });
        if (same_clause != chosen.end()) {
          if (triggers[(*same_clause)->id].priority < trigger.priority) *same_clause = &t;
          continue;
        }
      }
      chosen.push_back(&t);
    }
    // "guarantee the financing of X", "garantizará la financiación de X": what a guarantee
    // covers is not a deal of its own.
    if (!chinese) {
      std::set<std::size_t> covering_ends;  // where the words of covering triggers end (a stem ends inside one)
      for (const Match* m : chosen) {
        if (!triggers[m->id].covers_next) continue;
        std::size_t word_end = m->end;
        while (word_end < text.size() && (util::is_ascii_alnum(text[word_end]) || static_cast<unsigned char>(text[word_end]) >= 0x80))
          ++word_end;
        covering_ends.insert(word_end);
      }
      if (!covering_ends.empty())
        std::erase_if(chosen, [&](const Match* m) { return right_after(covering_ends, m->begin); });
    }
    // A word for an agreement of no stated kind yields to any trigger that states the kind.
    if (std::any_of(chosen.begin(), chosen.end(), [&](const Match* m) { return !triggers[m->id].generic; }))
      chosen.erase(std::remove_if(chosen.begin(), chosen.end(), [&](const Match* m) { return triggers[m->id].generic; }),
                   chosen.end());

    // The sentence's status: the strongest cue it holds.
    std::string status;
    int status_priority = -1;
    for (const Match& cue : sentence_cues) {
      if (cue.begin < sentence.byte_begin || cue.end > sentence.byte_end) continue;
      if (status_cues[cue.id].priority > status_priority) {
        status_priority = status_cues[cue.id].priority;
        status = status_cues[cue.id].status;
      }
    }

    for (const Match* t : chosen) {
      const Trigger& trigger = triggers[t->id];
      const std::size_t clause_index = clause_of(t->begin);
      const Span clause = chinese ? clauses[clause_index] : sentence_span;
      bool direct = true;
      // The object: the first party after the trigger in its clause, or one marked before it.
      // In Latin scripts the object is sought up to the next clause break (", while", ", que").
      std::size_t object_limit = clause.end;
      if (!chinese) {
        auto next_break = clause_break_starts.lower_bound(t->end);
        if (next_break != clause_break_starts.end() && *next_break < object_limit) object_limit = *next_break;
      }
      const Mention* object = nullptr;
      for (const Mention* m : parties)
        if (m->byte_begin >= t->end && m->byte_end <= object_limit && !in_quotes(m)) { object = m; break; }
      if (!object && chinese) {
        for (auto it = parties.rbegin(); it != parties.rend(); ++it)
          if ((*it)->byte_end <= t->begin && (*it)->byte_begin >= clause.begin && marked_by(counterpart_ends, **it)) { object = *it; break; }
      }
      if (!object && chinese) {
        direct = false;
        for (const Mention* m : parties)
          if (m->byte_begin >= t->end) { object = m; break; }
      }
      // The subject: the nearest subject-like party before the trigger.
      const Mention* subject = nullptr;
      const Mention* partner_pair_first = nullptr;
      if (trigger.type == DealType::Partnership) {
        // "X与Y合作", "X and Y formed a partnership": both sides before the verb.
        // Names governed by a place preposition (在白宫) are settings, not sides.
        const Mention* nearest = nullptr;
        for (const Mention* m : parties)
          if (m->byte_end <= t->begin && m->byte_begin >= sentence.byte_begin && !in_quotes(m) &&
              (marked_by(conjunction_ends, *m) || !marked_by(preposition_ends, *m)))
            nearest = m;
        if (nearest && marked_by(conjunction_ends, *nearest)) {
          const Span pair_scope = chinese ? clauses[clause_of(nearest->byte_begin)] : sentence_span;
          for (auto it = parties.rbegin(); it != parties.rend(); ++it) {
            const Mention* m = *it;
            if (m->byte_end > nearest->byte_begin || m->byte_begin < pair_scope.begin) continue;
            if (m->entity_key == nearest->entity_key || in_quotes(m) || marked_by(preposition_ends, *m)) continue;
            partner_pair_first = m;
            break;
          }
          if (partner_pair_first) { subject = partner_pair_first; object = nearest; }
        }
      }
      if (!subject && !chinese) {
        // "Anthropic, qui s'est engagé à acheter": the name before a relative pronoun.
        auto relative = relative_starts.lower_bound(sentence.byte_begin);
        const std::size_t* last = nullptr;
        for (; relative != relative_starts.end() && *relative < t->begin; ++relative) last = &*relative;
        if (last)
          for (const Mention* m : parties)
            if (m->byte_end == *last && m != object && (!object || m->entity_key != object->entity_key)) subject = m;
      }
      if (!subject) {
        for (auto it = parties.rbegin(); it != parties.rend(); ++it) {
          const Mention* m = *it;
          if (m->byte_end > t->begin || m == object) continue;
          if (object && m->entity_key == object->entity_key) continue;
          if (subject_like(m)) { subject = m; break; }
        }
      }
      const bool trigger_between = subject && std::any_of(chosen.begin(), chosen.end(), [&](const Match* other) {
        return other != t && other->begin > subject->byte_end && other->end <= t->begin;
      });
      if (!object && !chinese && subject && !trigger_between) {
        // "Microsoft hat mit dem Cloud-Anbieter Nebius einen Vertrag": the other side sits
        // between the subject and the verb, governed by a preposition.
        direct = false;
        for (const Mention* m : parties)
          if (m->byte_begin > subject->byte_end && m->byte_end <= t->begin && m->entity_key != subject->entity_key &&
              marked_by(preposition_ends, *m)) { object = m; break; }
      }
      // Chinese passive, X被Y收购: the agent after the marker plays the subject's part.
      if (chinese && subject) {
        for (const Mention* m : parties)
          if (m->byte_begin > subject->byte_end && m->byte_end <= t->begin && marked_by(passive_ends, *m)) {
            object = subject;
            subject = m;
            break;
          }
      }
      // Passive with the verb last, "X wird von Y finanziert", "wurde X von Y beliefert": after an
      // auxiliary of the passive (with no comma between it and the verb), the name the agent's
      // preposition governs plays the subject's part.
      if (!chinese && trigger.passive_after_auxiliary && subject) {
        for (const Mention* m : parties) {
          if (m->byte_begin <= subject->byte_end || m->byte_end > t->begin || !marked_by(agent_ends, *m)) continue;
          const bool auxiliary = std::any_of(auxiliary_ends.lower_bound(clause.begin), auxiliary_ends.lower_bound(m->byte_begin),
                                             [&](std::size_t end) {
                                               return text.find(',', end) >= t->begin;
                                             });
          if (!auxiliary) continue;
          object = subject;
          subject = m;
          break;
        }
      }
      // "The company", "该公司": a missing subject is the company the article is about.
      Mention anaphor_mention;
      if (!subject && salient) {
        const Span scope = chinese ? clause : sentence_span;
        for (const Match& a : anaphors)
          if (a.begin >= scope.begin && a.end <= t->begin && (!object || object->entity_key != *salient)) {
            anaphor_mention = {*salient, EntityKind::Organization, a.begin, a.end, 0.6};
            subject = &anaphor_mention;
          }
      }
      const Amount* clause_amount = nearest_amount(found, sentence, clause, *t);
      // The date stated in the deal's clause (Chinese) or sentence, nearest the trigger.
      std::string deal_date;
      {
        std::size_t best = SIZE_MAX;
        for (const auto& d : sentence_dates) {
          const std::size_t begin = sentence.byte_begin + d.byte_begin, end = sentence.byte_begin + d.byte_end;
          if (begin < clause.begin || end > clause.end) continue;
          const std::size_t gap = end <= t->begin ? t->begin - end : (begin >= t->end ? begin - t->end : 0);
          if (gap < best) { best = gap; deal_date = d.iso; }
        }
      }
      if (!clause_amount && chinese) {
        // A later clause of the sentence that only gives the value: 融资金额约20亿元.
        for (std::size_t c = clause_index + 1; c < clauses.size() && !clause_amount; ++c) {
          const bool has_cue = std::any_of(sentence_value_cues.begin(), sentence_value_cues.end(),
                                           [&](const Match& m) { return m.begin >= clauses[c].begin && m.end <= clauses[c].end; });
          const bool own_trigger = std::any_of(chosen.begin(), chosen.end(),
                                               [&](const Match* m) { return m != t && clause_of(m->begin) == c; });
          if (own_trigger) break;
          if (has_cue) clause_amount = nearest_amount(found, sentence, clauses[c], *t);
        }
      }
      if (trigger.names_raiser && !subject && raiser.key && raiser.sentence == sentence_index && clause_amount && !raiser.amount) {
        raiser.amount = *clause_amount;
        raiser.amount->byte_begin += sentence.byte_begin;
        raiser.amount->byte_end += sentence.byte_begin;
      }
      if (trigger.names_raiser && trigger.subject_role == Role::Investee && subject) {
        raiser = {subject->entity_key, sentence_index, clause_amount ? std::optional<Amount>(*clause_amount) : std::nullopt};
        if (clause_amount) raiser.amount->byte_begin += sentence.byte_begin, raiser.amount->byte_end += sentence.byte_begin;
      }
      const bool otherwise = use_otherwise.count(t) > 0;
      Role subject_role = otherwise ? Role::Partner : trigger.subject_role;
      Role object_role = otherwise ? Role::Partner : trigger.object_role;
      // "lease capacity at X", "license it from X": X supplies, whatever the verb says.
      if (trigger.swaps_on_source && object && marked_by(source_ends, *object)) std::swap(subject_role, object_role);
      // "received funding from X", "recebeu um financiamento da X": the subject receives what the
      // trigger names, so X gives it.
      if (trigger.swaps_on_receipt && right_after(receipt_ends, t->begin)) std::swap(subject_role, object_role);
      // Joining a round ("腾讯领投", "led by X"): the investee is the company that raised it.
      std::optional<std::string> round_investee;
      if (trigger.joins_round && raiser.key && sentence_index - raiser.sentence <= 2) {
        // 本轮融资由深创投领投: the investor is the name right before the verb, whatever precedes it.
        if (subject_role == Role::Investor && !subject)
          for (const Mention* m : parties)
            if (m->byte_end <= t->begin && m->byte_begin >= clause.begin) subject = m;
        const Mention* investor = subject_role == Role::Investor ? subject : object;
        if (investor && investor->entity_key != *raiser.key) {
          round_investee = raiser.key;
          subject = investor;
          subject_role = Role::Investor;
          object_role = Role::Investee;
        }
      }
      if (!subject || (!object && !round_investee)) continue;
      if (object && !round_investee && subject->entity_key == object->entity_key) continue;

      // Parties joined by a conjunction share the role: "Microsoft y Nvidia invertirán en Anthropic".
      auto conjoined = [&](const Mention* first, bool forward) {
        std::vector<const Mention*> side{first};
        if (partner_pair_first) return side;
        for (;;) {
          const Mention* current = side.back();
          const Mention* next = nullptr;
          for (const Mention* m : parties) {
            if (forward ? m->byte_begin >= current->byte_end : m->byte_end <= current->byte_begin) {
              if (forward) { next = m; break; }
              next = m;
            }
          }
          if (!next) break;
          const Mention* later = forward ? next : current;
          const Mention* earlier = forward ? current : next;
          // Only a conjunction (and commas, spaces) may stand between the two names.
          const std::size_t gap_begin = earlier->byte_end, gap_end = later->byte_begin;
          // "e pela Brookfield", "and by X": a conjunction anywhere in a short gap.
          const auto conjunction = conjunction_ends.lower_bound(gap_begin + 1);
          if (gap_end - gap_begin > 14 || conjunction == conjunction_ends.end() || *conjunction > gap_end) break;
          if (std::any_of(text.begin() + gap_begin, text.begin() + gap_end, [](char c) { return c == '.' || c == ';'; })) break;
          if (next->entity_key == first->entity_key) break;
          side.push_back(next);
        }
        return side;
      };
      std::vector<std::string> subject_keys, object_keys;
      for (const Mention* m : conjoined(subject, false)) subject_keys.insert(subject_keys.begin(), m->entity_key);
      if (round_investee) object_keys.push_back(*round_investee);
      else for (const Mention* m : conjoined(object, true)) object_keys.push_back(m->entity_key);
      // What is supplied is cloud capacity or services: a cloud contract.
      DealType type = otherwise ? *trigger.type_otherwise : trigger.type;
      if (trigger.acquires_when_direct && object && !round_investee && buys_company(text, folded, *t, *object)) {
        type = DealType::Acquisition;
        subject_role = Role::Acquirer;
        object_role = Role::Target;
      }
      if (type == DealType::Acquisition &&
          std::any_of(found.quantities.begin(), found.quantities.end(), [&](const Quantity& q) {
            const std::size_t at = sentence.byte_begin + q.byte_begin;
            return q.unit == "percent" && q.value.to_double() < 100 && at >= clause.begin && at < clause.end;
          })) {
        // Buying 20% of a company is taking a stake in it.
        type = DealType::EquityStake;
        if (subject_role == Role::Acquirer) subject_role = Role::Investor, object_role = Role::Investee;
        else subject_role = Role::Investee, object_role = Role::Investor;
      }
      if (type == DealType::SupplyAgreement &&
          std::any_of(cloud_words.begin(), cloud_words.end(), [&](const Match& w) { return w.begin >= clause.begin && w.end <= clause.end; }))
        type = DealType::CloudContract;
      for (const std::string& one_subject : subject_keys)
      for (const std::string& one_object : object_keys) {
      if (one_subject == one_object) continue;
      DealClaim deal;
      deal.type = type;
      deal.parties.push_back({subject_role, one_subject});
      deal.parties.push_back({object_role, one_object});
      if (trigger.generic && !otherwise) orient_generic_by_sector(deal);
      orient_by_sector(deal);
      deal.trigger = text.substr(t->begin, t->end - t->begin);
      deal.status = status;
      deal.date = deal_date;
      deal.confidence = direct ? 0.8 : 0.6;
      deal.evidence = evidence_for(document, sentence);
      // Money and measures: the nearest in the clause (Chinese) or the sentence.
      const std::size_t anchor = t->begin;
      auto distance = [&](std::size_t begin, std::size_t end) {
        return end <= anchor ? anchor - end : (begin >= t->end ? begin - t->end : 0);
      };
      if (clause_amount) deal.amounts.push_back(*clause_amount);
      std::map<std::string, const Quantity*> best_quantity;
      for (const Quantity& quantity : found.quantities) {
        const std::size_t begin = sentence.byte_begin + quantity.byte_begin;
        const std::size_t end = sentence.byte_begin + quantity.byte_end;
        if (begin < clause.begin || end > clause.end || !quantity_fits(trigger.type, quantity.unit)) continue;
        const Quantity*& best = best_quantity[quantity.unit];
        if (!best || distance(begin, end) < distance(sentence.byte_begin + best->byte_begin, sentence.byte_begin + best->byte_end))
          best = &quantity;
      }
      for (const auto& [unit, quantity] : best_quantity) deal.quantities.push_back(*quantity);
      for (auto& amount : deal.amounts) { amount.byte_begin += sentence.byte_begin; amount.byte_end += sentence.byte_begin; }
      // A round's money is stated where the round is; its investors share it.
      if (deal.amounts.empty() && round_investee && raiser.amount) deal.amounts.push_back(*raiser.amount);
      for (auto& quantity : deal.quantities) { quantity.byte_begin += sentence.byte_begin; quantity.byte_end += sentence.byte_begin; }
      if (type == DealType::SupplyAgreement || type == DealType::CloudContract || type == DealType::Licensing)
        for (const Mention* chip : chips)
          if (chip->byte_begin >= clause.begin && chip->byte_end <= clause.end &&
              std::find(deal.chips.begin(), deal.chips.end(), chip->entity_key) == deal.chips.end())
            deal.chips.push_back(chip->entity_key);
      // The same deal stated twice in one sentence is one claim.
      auto sorted_parties = [](std::vector<Party> parties) {
        std::sort(parties.begin(), parties.end(), [](const Party& a, const Party& b) {
          return std::tie(a.role, a.entity_key) < std::tie(b.role, b.entity_key);
        });
        return parties;
      };
      auto same = std::find_if(facts.deals.begin(), facts.deals.end(), [&](const DealClaim& other) {
        return other.type == deal.type && other.evidence.cp_begin == deal.evidence.cp_begin &&
               sorted_parties(other.parties) == sorted_parties(deal.parties);
      });
      const bool duplicate = same != facts.deals.end();
      if (duplicate) {
        // Stated twice in one sentence (融资…由腾讯领投): one claim with what either statement gave.
        if (same->amounts.empty()) same->amounts = deal.amounts;
        if (same->quantities.empty()) same->quantities = deal.quantities;
        for (const std::string& chip : deal.chips)
          if (std::find(same->chips.begin(), same->chips.end(), chip) == same->chips.end()) same->chips.push_back(chip);
      } else {
        salient = deal.parties.front().entity_key;
        facts.deals.push_back(std::move(deal));
      }
      }
    }
    if (facts.deals.size() > deals_before) {
      if (facts.deals.back().amounts.empty()) {
        pending_deal = facts.deals.size() - 1;
        pending_sentence = sentence_index;
      } else {
        pending_deal.reset();
      }
    }
  }
  facts.document = std::move(document);
  return facts;
}

Extractor::Extractor(const KnowledgeFiles& files) : impl_(std::make_unique<Impl>()) {
  impl_->lexicon = Lexicon::load(files.lexicon);
  impl_->entities = std::make_unique<extract::EntityMatcher>(impl_->lexicon);
  impl_->load_deal_rules(files.deal_rules);
  impl_->posts = std::make_unique<extract::PostFinder>(files.post_rules);
  impl_->discovery = std::make_unique<extract::EntityDiscovery>(files.discovery_rules, files.post_rules);
  impl_->amounts = std::make_unique<extract::AmountParser>(extract::AmountVocabulary::load(files.unit_rules));
  impl_->dates = std::make_unique<extract::DateFinder>(extract::DateVocabulary::load(files.date_rules));
}
Extractor::~Extractor() = default;
Extractor::Extractor(Extractor&&) noexcept = default;

ArticleFacts Extractor::extract(Document document) const { return impl_->extract(std::move(document)); }
const Lexicon& Extractor::lexicon() const { return impl_->lexicon; }

}  // namespace dealgraph
