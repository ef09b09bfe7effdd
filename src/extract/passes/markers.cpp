#include "extract/passes/markers.hpp"

#include <algorithm>

namespace dealgraph::extract {
namespace {

std::string primary_language(std::string_view tag) {
  const std::size_t dash = tag.find('-');
  return std::string(tag.substr(0, dash));
}

// Language groups for which matchers are built; a document uses its own group's matcher.
// "und" (the language is not known) reads every language's phrases; "other" (a language the
// rules do not read: cs, ru, hi) reads only the phrases tagged with no language, so that no
// language's deal words are read in another's text.
constexpr std::string_view kLanguageGroups[] = {"zh", "ja", "pt", "es", "en", "de", "fr", "it", "und", "other"};

// Japanese writes its deal words in Han characters, mostly as Chinese does (投資, 買収, 合作):
// its group holds the Chinese phrases besides its own.
bool group_reads(std::string_view group, std::string_view phrase_group) {
  return phrase_group.empty() || phrase_group == group || group == "und" || (group == "ja" && phrase_group == "zh");
}

// The markers in the order their matcher ids were given when the rules were one table.
constexpr std::pair<std::string_view, PhraseKind> kMarkerClasses[] = {
    {"PrepositionMarker", PhraseKind::Preposition}, {"CounterpartMarker", PhraseKind::Counterpart},
    {"ConjunctionMarker", PhraseKind::Conjunction}, {"ArticleWord", PhraseKind::Article},
    {"ClauseBreak", PhraseKind::ClauseBreak},       {"RelativeMarker", PhraseKind::Relative},
    {"SuppressCue", PhraseKind::Suppress},          {"SourcePreposition", PhraseKind::Source},
    {"CloudWord", PhraseKind::CloudWord},           {"PassiveMarker", PhraseKind::Passive},
    {"AnaphorWord", PhraseKind::Anaphor},           {"DescriptorNoun", PhraseKind::Descriptor},
    {"ReceiptVerb", PhraseKind::Receipt},           {"PassiveAuxiliary", PhraseKind::Auxiliary},
    {"AgentPreposition", PhraseKind::Agent},        {"RecipientPreposition", PhraseKind::Recipient},
    {"ComitativePreposition", PhraseKind::Comitative}, {"AttributionBreak", PhraseKind::Attribution},
    {"GiveVerb", PhraseKind::Give},                 {"GenitivePreposition", PhraseKind::Genitive},
    {"TargetPreposition", PhraseKind::Target},      {"BetweenPreposition", PhraseKind::Between},
    {"VehiclePreposition", PhraseKind::Vehicle},    {"PersonalPronoun", PhraseKind::Person}};

// Rule phrases matter only in sentences that name a party: the ranges of text to scan, with
// neighbouring sentences joined.
std::vector<Match> scan_party_sentences(const PhraseMatcher& matcher, const Document& document, const FoldedText& folded,
                                        const std::vector<Mention>& mentions) {
  std::vector<Match> matches;
  std::size_t range_begin = 0, range_end = 0;
  auto mention = mentions.begin();
  for (const Sentence& sentence : document.sentences) {
    while (mention != mentions.end() && mention->byte_end <= sentence.byte_begin) ++mention;
    bool has_party = false;
    for (auto m = mention; m != mentions.end() && m->byte_begin < sentence.byte_end; ++m)
      if (m->kind == EntityKind::Organization) { has_party = true; break; }
    if (!has_party) continue;
    if (range_end != 0 && sentence.byte_begin <= range_end + 1) { range_end = sentence.byte_end; continue; }
    if (range_end != 0) matcher.find_in(document.text, folded, range_begin, range_end, matches);
    range_begin = sentence.byte_begin;
    range_end = sentence.byte_end;
  }
  if (range_end != 0) matcher.find_in(document.text, folded, range_begin, range_end, matches);
  return matches;
}

}  // namespace

void RulePhrases::add(const rdf::Term& phrase, PhraseKind kind, std::uint32_t index, bool stem) {
  const std::string group = phrase.language.empty() ? "" : primary_language(phrase.language);
  const std::uint32_t id = static_cast<std::uint32_t>(kind) << 24 | index;
  for (std::string_view g : kLanguageGroups)
    if (group_reads(g, group)) matchers_[std::string(g)].add(phrase.value, id, {stem, false});
}

void RulePhrases::build() {
  for (std::string_view g : kLanguageGroups) matchers_[std::string(g)].build();
}

const PhraseMatcher& RulePhrases::for_language(std::string_view language) const {
  const std::string primary = primary_language(language);
  auto it = matchers_.find(primary);
  if (it != matchers_.end()) return it->second;
  return matchers_.at(primary.empty() ? "und" : "other");
}

void load_marker_words(const RuleFile& rules, RulePhrases& phrases) {
  for (const auto& [type, kind] : kMarkerClasses)
    for (const rdf::Term* surface : rules.all_of_type(type, "surface")) phrases.add(*surface, kind, 0, false);
  static constexpr std::pair<std::string_view, Part> kParts[] = {
      {"topic", Part::Topic},           {"object", Part::Object},       {"recipient", Part::Recipient},
      {"source", Part::Source},         {"companion", Part::Companion}, {"pronoun", Part::Pronoun},
      {"agent", Part::Agent},           {"possessive", Part::Possessive}, {"passive", Part::Passive}, {"receipt", Part::Receipt}};
  for (std::string_view type : {"Postposition", "VerbSuffix"})
    for (const std::string& subject : rules.subjects(type)) {
      const rdf::Term* part = rules.first(subject, "part");
      const auto known = std::find_if(std::begin(kParts), std::end(kParts), [&](const auto& p) { return part && p.first == part->value; });
      if (known == std::end(kParts)) rules.fail(subject, "needs a dg:part of topic, object, recipient, source, companion, agent, possessive, passive, receipt or pronoun", "part");
      for (const rdf::Term* surface : rules.all(subject, "surface"))
        phrases.add(*surface, PhraseKind::Postposition, static_cast<std::uint32_t>(known->second), false);
    }
}

bool is_chinese(std::string_view language) { return primary_language(language) == "zh" || language == "ja"; }

std::size_t skip_spaces_back(std::string_view text, std::size_t at) {
  while (at > 0 && text[at - 1] == ' ') --at;
  return at;
}

Markers find_markers(const RulePhrases& phrases, const Document& document, const FoldedText& folded,
                     const std::vector<Mention>& mentions) {
  Markers found;
  found.text = document.text;
  found.chinese = is_chinese(document.language);
  const bool latin = !found.chinese;
  std::map<std::size_t, std::size_t> part_length;  // the longest postposition at each place
  for (const Match& match : scan_party_sentences(phrases.for_language(document.language), document, folded, mentions)) {
    const Match indexed{match.begin, match.end, match.id & 0xFFFFFF};
    switch (static_cast<PhraseKind>(match.id >> 24)) {
      case PhraseKind::Trigger: found.triggers.push_back(indexed); break;
      case PhraseKind::Preposition: found.preposition_ends.insert(match.end); break;
      case PhraseKind::Counterpart: found.counterpart_ends.insert(match.end); break;
      case PhraseKind::Conjunction: found.conjunction_ends.insert(match.end); break;
      case PhraseKind::Article: found.article_begin_at_end[match.end] = match.begin; break;
      case PhraseKind::ClauseBreak: if (latin) found.clause_break_starts.insert(match.begin); break;
      case PhraseKind::Relative: if (latin) found.relative_starts.insert(match.begin); break;
      case PhraseKind::Suppress: found.suppressors.push_back(match); break;
      case PhraseKind::Source: found.source_ends.insert(match.end); break;
      case PhraseKind::CloudWord: found.cloud_words.push_back(match); break;
      case PhraseKind::Passive: found.passive_ends.insert(match.end); break;
      case PhraseKind::Anaphor: found.anaphors.push_back(match); break;
      case PhraseKind::Descriptor: found.descriptor_ends.insert(match.end); break;
      case PhraseKind::Receipt: found.receipt_ends.insert(match.end); break;
      case PhraseKind::Auxiliary: if (latin) found.auxiliary_ends.insert(match.end); break;
      case PhraseKind::Agent: if (latin) found.agent_ends.insert(match.end); break;
      case PhraseKind::Recipient: if (latin) found.recipient_ends.insert(match.end); break;
      case PhraseKind::Comitative: if (latin) found.comitative_ends.insert(match.end); break;
      case PhraseKind::Attribution: if (latin) found.attribution_starts.insert(match.begin); break;
      case PhraseKind::Give: if (latin) found.give_ends.insert(match.end); break;
      case PhraseKind::Genitive: if (latin) found.genitive_ends.insert(match.end); break;
      case PhraseKind::Target: if (latin) found.target_ends.insert(match.end); break;
      case PhraseKind::Between: if (latin) found.between_ends.insert(match.end); break;
      case PhraseKind::Vehicle: if (latin) found.vehicle_ends.insert(match.end); break;
      case PhraseKind::Person: if (latin) found.person_starts.insert(match.begin); break;
      case PhraseKind::Status: found.statuses.push_back(indexed); break;
      case PhraseKind::Postposition: {
        std::size_t& longest = part_length[match.begin];
        if (match.end - match.begin > longest) {
          longest = match.end - match.begin;
          found.part_at[match.begin] = static_cast<Part>(indexed.id);
        }
        break;
      }
    }
  }
  return found;
}

bool Markers::after_article(const std::set<std::size_t>& ends, std::size_t end) const {
  auto article = article_begin_at_end.find(end);
  return article != article_begin_at_end.end() && ends.count(skip_spaces_back(text, article->second)) > 0;
}

bool Markers::right_after(const std::set<std::size_t>& ends, std::size_t at) const {
  const std::size_t end = skip_spaces_back(text, at);
  return ends.count(end) > 0 || (!chinese && after_article(ends, end));
}

std::optional<Part> Markers::part_after(std::size_t end) const {
  auto at = part_at.find(end);
  return at == part_at.end() ? std::nullopt : std::optional<Part>(at->second);
}

bool Markers::marked_by(const std::set<std::size_t>& ends, const Mention& mention) const {
  if (right_after(ends, mention.byte_begin)) return true;
  if (chinese) return false;
  const std::size_t at = skip_spaces_back(text, mention.byte_begin);
  std::size_t word = at;
  while (word > 0 && text[word - 1] != ' ' && text[word - 1] != ',' && text[word - 1] != '(') --word;
  return word < at && after_article(ends, skip_spaces_back(text, word));
}

}  // namespace dealgraph::extract
