#include "pipeline/merge_log.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace dealgraph {
namespace {

// The IRI segment the graph gives a found name (knowledge_graph.cpp's rule): lower-case ASCII
// letters and digits, other bytes kept, runs of other ASCII as one hyphen.
std::string slug_of(std::string_view label) {
  std::string slug;
  for (unsigned char c : label) {
    const bool keep = std::isalnum(c) || c >= 0x80;
    if (keep) slug.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c));
    else if (!slug.empty() && slug.back() != '-') slug.push_back('-');
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

bool same_name(std::string_view a, std::string_view b) { return fold(a) == fold(b); }

bool has_label(const std::vector<LexiconLabel>& labels, std::string_view name) {
  return std::any_of(labels.begin(), labels.end(), [&](const LexiconLabel& l) { return same_name(l.text, name); });
}

// The entry a found name turns out to be, as the graph decides it, and how it matched.
std::pair<const LexiconEntry*, const char*> known_as(const Lexicon& lexicon, const DiscoveredEntity& found) {
  if (const LexiconEntry* entry = lexicon.resolve(found.label); entry && entry->kind == found.kind)
    return {entry, has_label(entry->labels, found.label) ? "lexicon label" : "lexicon suffix or owl:sameAs"};
  if (const LexiconEntry* entry = lexicon.resolve(slug_of(found.label)); entry && entry->kind == found.kind)
    return {entry, "lexicon IRI"};
  return {nullptr, ""};
}

}  // namespace

MergeLog::MergeLog(const Ontology& ontology)
    : aliases_(std::in_place, ontology) {}

void MergeLog::count(const Key& key, std::size_t articles, const std::string& example) {
  Seen& seen = merges_[key];
  if (seen.articles == 0 || example < seen.example) seen.example = example;
  seen.articles += articles;
}

void MergeLog::add(const ArticleFacts& facts, const Lexicon& lexicon, const KnowledgeGraph& graph) {
  if (!aliases_) throw std::logic_error("MergeLog::add needs the ontology's rules");
  std::set<Key> made;  // this article's merges, each counted once
  std::map<std::string, std::pair<std::string, EntityKind>> entity_of;  // entity key -> IRI, kind
  for (const DiscoveredEntity& found : facts.discovered) {
    const auto [entry, how] = known_as(lexicon, found);
    if (entry) {
      const std::string iri = graph.entity_iri(entry->kind, entry->local_name);
      entity_of[found.entity_key] = {iri, found.kind};
      if (!same_name(found.label, entry->pref_label)) made.insert({iri, found.label, how});
      continue;
    }
    const std::string iri = graph.entity_iri(found.kind, slug_of(found.label));
    entity_of[found.entity_key] = {iri, found.kind};
    if (!found.short_label.empty() && found.short_label != found.label)
      made.insert({iri, found.short_label, "company-form suffix"});
  }
  add_short_uses(facts, lexicon, graph, entity_of, made);
  for (const Key& key : made) count(key, 1, facts.document.source_id);
}

void MergeLog::add_shard(const nlohmann::json& merges) {
  if (!merges.is_array()) return;
  auto text = [](const nlohmann::json& merge, const char* field) {
    const auto value = merge.find(field);
    return value != merge.end() && value->is_string() ? value->get<std::string>() : std::string();
  };
  for (const auto& merge : merges) {
    if (!merge.is_object()) continue;
    Key key{text(merge, "entity"), text(merge, "name"), text(merge, "reason")};
    const auto articles = merge.find("articles");
    if (key.iri.empty() || key.name.empty() || key.reason.empty() || articles == merge.end() ||
        !articles->is_number_unsigned())
      continue;  // not written by a build: nothing to add up
    count(key, articles->get<std::size_t>(), text(merge, "example"));
  }
}

// Each mention whose words are not a full name of its entity: a lexicon label other than the
// preferred one, or a short form the aliases pass took for the name used in full elsewhere in
// the article (anything else is a description coreference resolved, not a name).
void MergeLog::add_short_uses(const ArticleFacts& facts, const Lexicon& lexicon, const KnowledgeGraph& graph,
                              const std::map<std::string, std::pair<std::string, EntityKind>>& entity_of,
                              std::set<Key>& made) {
  const std::string& text = facts.document.text;
  auto written = [&](const Mention& m) { return std::string_view(text).substr(m.byte_begin, m.byte_end - m.byte_begin); };
  std::map<std::string, std::vector<const Mention*>> by_entity;
  for (const Mention& mention : facts.mentions)
    if (mention.byte_end <= text.size()) by_entity[mention.entity_key].push_back(&mention);
  for (const auto& entity_mentions : by_entity) {
    const std::string& key = entity_mentions.first;  // named, so that clang 14's lambdas may capture it
    const std::vector<const Mention*>& mentions = entity_mentions.second;
    const LexiconEntry* entry = lexicon.find(key);
    const auto found = std::find_if(facts.discovered.begin(), facts.discovered.end(),
                                    [&](const DiscoveredEntity& d) { return d.entity_key == key; });
    std::string iri;
    EntityKind kind = EntityKind::Organization;
    if (entry) {
      iri = graph.entity_iri(entry->kind, entry->local_name);
      kind = entry->kind;
    } else if (const auto known = entity_of.find(key); known != entity_of.end()) {
      std::tie(iri, kind) = known->second;
    }
    if (iri.empty()) continue;
    // Each name as written, folded once: a full name of the entity, or a short use of it.
    const FoldedNames* names = entry ? &folded_names(*entry) : nullptr;
    const std::string found_label = found != facts.discovered.end() ? fold(found->label) : std::string();
    std::map<std::string_view, const char*> label_reason;  // name -> "" for a full name, or a lexicon reason
    std::vector<std::pair<std::size_t, std::size_t>> full;
    std::set<std::string_view> short_uses;
    for (const Mention* mention : mentions) {
      const std::string_view name = written(*mention);
      auto [it, added] = label_reason.try_emplace(name, nullptr);
      if (added) {
        const std::string folded = fold(name);
        if (!names) it->second = folded == found_label ? "" : nullptr;
        else if (folded == names->preferred) it->second = "";
        else if (names->labels.count(folded)) it->second = "lexicon label";
        else if (names->short_labels.count(folded)) it->second = "lexicon short label";
      }
      if (!it->second) short_uses.insert(name);
      else full.emplace_back(mention->byte_begin, mention->byte_end);
    }
    for (const auto& [name, reason] : label_reason)
      if (reason && *reason) made.insert({iri, std::string(name), reason});
    for (std::string_view name : short_uses) {
      const std::string reason = aliases_->reason_for(text, full, name, kind);
      if (!reason.empty()) made.insert({iri, std::string(name), reason});
    }
  }
}

const MergeLog::FoldedNames& MergeLog::folded_names(const LexiconEntry& entry) {
  auto [it, added] = folded_.try_emplace(entry.iri);
  if (added) {
    it->second.preferred = fold(entry.pref_label);
    for (const LexiconLabel& label : entry.labels) it->second.labels.insert(fold(label.text));
    for (const LexiconLabel& label : entry.short_labels) it->second.short_labels.insert(fold(label.text));
  }
  return it->second;
}

nlohmann::json MergeLog::to_json(const KnowledgeGraph& graph) const {
  nlohmann::json merges = nlohmann::json::array();
  for (const auto& [key, seen] : merges_) {
    const auto entity = graph.entities().find(key.iri);
    if (entity == graph.entities().end() || key.name == entity->second.pref_label) continue;
    merges.push_back({{"entity", key.iri}, {"label", entity->second.pref_label}, {"name", key.name},
                      {"reason", key.reason}, {"articles", seen.articles}, {"example", seen.example}});
  }
  return merges;
}

}  // namespace dealgraph
