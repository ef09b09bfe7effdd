#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <utility>

#include "dealgraph/lexicon.hpp"
#include "rdf/turtle_reader.hpp"
#include "util/sha256.hpp"

namespace dealgraph {
namespace {

constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";

std::string local_name_of(const std::string& iri) {
  const std::size_t cut = iri.find_last_of("/#");
  return cut == std::string::npos ? iri : iri.substr(cut + 1);
}

// "FILE:LINE:COL" of the entry, read again only when there is something wrong to report.
std::string where_in(const std::string& file, const std::string& iri) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return rdf::locate(file, text.str(), iri);
}

// Instance IRIs are made from the local name, so an entry whose local name an earlier entry of
// its kind already holds (a user's <http://example.org/other/nvidia> after the built-in
// lex:nvidia) gets one of its own, stable because it is derived from its full IRI: otherwise
// it would take over the other entity.
std::string unclaimed_local_name(std::set<std::pair<EntityKind, std::string>>& claimed, EntityKind kind,
                                 const std::string& iri) {
  std::string name = local_name_of(iri);
  if (!claimed.emplace(kind, name).second) {
    name += "-" + util::sha256_hex(iri).substr(0, 12);
    claimed.emplace(kind, name);
  }
  return name;
}

}  // namespace

const char* to_string(EntityKind kind) {
  switch (kind) {
    case EntityKind::Organization: return "Organization";
    case EntityKind::Person: return "Person";
    case EntityKind::Chip: return "Chip";
    case EntityKind::Product: return "Product";
  }
  return "Organization";
}

Lexicon Lexicon::load(const std::vector<std::string>& turtle_files) {
  Lexicon lexicon;
  const std::string dg(rdf::kDg);
  const std::string skos(kSkos);
  const std::pair<std::string, EntityKind> kinds[] = {{dg + "Organization", EntityKind::Organization},
                                                       {dg + "Person", EntityKind::Person},
                                                       {dg + "Chip", EntityKind::Chip},
                                                       {dg + "Product", EntityKind::Product}};
  std::set<std::pair<EntityKind, std::string>> claimed;
  for (const std::string& file : turtle_files) {
    std::vector<rdf::Triple> triples;
    try {
      triples = rdf::read_turtle_file(file);
    } catch (const rdf::ParseError& error) {
      throw LexiconError(std::string("lexicon ") + error.what());
    }
    const rdf::TripleIndex index(std::move(triples));
    for (const auto& [type, kind] : kinds) {
      for (const std::string& iri : index.subjects_of_type(type)) {
        if (lexicon.by_iri_.count(iri)) continue;  // a later file may not redefine an entry
        LexiconEntry entry;
        entry.iri = iri;
        entry.local_name = unclaimed_local_name(claimed, kind, iri);
        entry.kind = kind;
        // `property` is written with its prefix (skos:altLabel), as the user wrote it.
        auto add_labels = [&](std::string_view property, std::vector<LexiconLabel>& into) {
          const std::size_t colon = property.find(':');
          const std::string_view prefix = property.substr(0, colon);
          const std::string predicate = std::string(prefix == "skos" ? kSkos : prefix == "rdfs" ? kRdfs : rdf::kDg) +
                                        std::string(property.substr(colon + 1));
          for (const rdf::Term* label : index.objects(iri, predicate)) {
            if (!label->is_literal()) continue;
            if (label->value.find_first_not_of(" \t\r\n") == std::string::npos)
              throw LexiconError(where_in(file, iri) + ": entry " + iri + " has an empty " +
                                 std::string(property) +
                                 ": give it the name it is written with, or leave the label out");
            into.push_back({label->value, label->language});
          }
        };
        add_labels("skos:prefLabel", entry.labels);
        for (const LexiconLabel& label : entry.labels)
          if (label.language == "en" || entry.pref_label.empty()) entry.pref_label = label.text;
        add_labels("skos:altLabel", entry.labels);
        add_labels("rdfs:label", entry.labels);
        add_labels("dg:shortLabel", entry.short_labels);
        for (const rdf::Term* label : index.objects(iri, dg + "needsContext"))
          if (label->is_literal()) entry.context_labels.push_back(fold(label->value));
        if (entry.pref_label.empty() && !entry.labels.empty()) entry.pref_label = entry.labels.front().text;
        if (entry.pref_label.empty())
          throw LexiconError(where_in(file, iri) + ": entry " + iri + " has no skos:prefLabel");
        if (const rdf::Term* flag = index.first_object(iri, dg + "matchCase"))
          entry.match_case = flag->value == "true" || flag->value == "1";
        if (const rdf::Term* sector = index.first_object(iri, dg + "sector")) entry.sector = sector->value;
        if (const rdf::Term* maker = index.first_object(iri, dg + "madeBy")) entry.made_by = maker->value;
        for (const rdf::Term* post : index.objects(iri, dg + "knownPost")) {
          const rdf::Term* org = index.first_object(post->value, dg + "organization");
          const rdf::Term* title = index.first_object(post->value, dg + "title");
          if (org && title) entry.posts.push_back({org->value, title->value});
        }
        lexicon.by_iri_.emplace(iri, lexicon.entries_.size());
        lexicon.entries_.push_back(std::move(entry));
      }
    }
  }
  for (std::size_t i = 0; i < lexicon.entries_.size(); ++i) {
    const LexiconEntry& entry = lexicon.entries_[i];
    lexicon.by_folded_label_.emplace(fold(entry.local_name), i);
    for (const LexiconLabel& label : entry.labels) lexicon.by_folded_label_.emplace(fold(label.text), i);
  }
  return lexicon;
}

const LexiconEntry* Lexicon::find(std::string_view iri) const {
  auto it = by_iri_.find(iri);
  return it == by_iri_.end() ? nullptr : &entries_[it->second];
}

const LexiconEntry* Lexicon::resolve(std::string_view name) const {
  if (const LexiconEntry* entry = find(name)) return entry;
  auto it = by_folded_label_.find(fold(name));
  if (it != by_folded_label_.end()) return &entries_[it->second];
  // Common corporate suffixes: "NVIDIA Corp." names Nvidia.
  std::string folded = fold(name);
  for (std::string_view suffix : {" corp.", " corp", " corporation", " inc.", " inc", " ltd.", " ltd",
                                  " co.", " plc", " ag", " sa", " s.a.", " llc", " group", " holdings"}) {
    if (folded.size() > suffix.size() && folded.compare(folded.size() - suffix.size(), suffix.size(), suffix) == 0) {
      auto base = by_folded_label_.find(folded.substr(0, folded.size() - suffix.size()));
      if (base != by_folded_label_.end()) return &entries_[base->second];
    }
  }
  return nullptr;
}

}  // namespace dealgraph
