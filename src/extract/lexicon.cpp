#include <algorithm>
#include <fstream>
#include <optional>
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
constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";

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

// "FILE:LINE:COL" of a label of the entry: where the quoted label is first written in the file,
// or the entry when the file writes it otherwise (with escapes).
std::string where_label(const std::string& file, const std::string& iri, const std::string& label) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream read;
  read << in.rdbuf();
  const std::string text = read.str();
  const std::size_t at = text.find('"' + label + '"');
  if (at == std::string::npos) return rdf::locate(file, text, iri);
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < at; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;
    }
  }
  return file + ":" + std::to_string(line) + ":" + std::to_string(column);
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

// The literals `file` gives `iri` for `property` (written with its prefix, as the user writes it:
// skos:altLabel); an empty one is an error naming the file, line and entry.
std::vector<LexiconLabel> labels_of(const rdf::TripleIndex& index, const std::string& file, const std::string& iri,
                                    std::string_view property) {
  const std::size_t colon = property.find(':');
  const std::string_view prefix = property.substr(0, colon);
  const std::string predicate =
      std::string(prefix == "skos" ? kSkos : prefix == "rdfs" ? kRdfs : rdf::kDg) +
      std::string(property.substr(colon + 1));
  std::vector<LexiconLabel> labels;
  for (const rdf::Term* label : index.objects(iri, predicate)) {
    if (!label->is_literal()) continue;
    if (label->value.find_first_not_of(" \t\r\n") == std::string::npos)
      throw LexiconError(where_in(file, iri) + ": entry " + iri + " has an empty " + std::string(property) +
                         ": give it the name it is written with, or leave the label out");
    labels.push_back({label->value, label->language});
  }
  return labels;
}

void append_new(std::vector<LexiconLabel>& into, const std::vector<LexiconLabel>& labels) {
  for (const LexiconLabel& label : labels)
    if (std::find(into.begin(), into.end(), label) == into.end()) into.push_back(label);
}

// What `file` says of `iri`, added to `entry`: labels, short labels, context words and posts are
// added to those of earlier files; the preferred label, dg:matchCase, dg:sector and dg:madeBy are
// taken from the first file that names the entry.
void read_entry(const rdf::TripleIndex& index, const std::string& file, const std::string& iri, LexiconEntry& entry) {
  const std::string dg(rdf::kDg);
  const bool first = entry.labels.empty();
  const std::vector<LexiconLabel> preferred = labels_of(index, file, iri, "skos:prefLabel");
  append_new(entry.labels, preferred);
  append_new(entry.labels, labels_of(index, file, iri, "skos:altLabel"));
  append_new(entry.labels, labels_of(index, file, iri, "rdfs:label"));
  append_new(entry.short_labels, labels_of(index, file, iri, "dg:shortLabel"));
  for (const rdf::Term* label : index.objects(iri, dg + "needsContext"))
    if (label->is_literal()) entry.context_labels.push_back(fold(label->value));
  for (const rdf::Term* post : index.objects(iri, dg + "knownPost")) {
    const rdf::Term* org = index.first_object(post->value, dg + "organization");
    const rdf::Term* title = index.first_object(post->value, dg + "title");
    if (org && title) entry.posts.push_back({org->value, title->value});
  }
  if (!first) return;
  for (const LexiconLabel& label : preferred)
    if (label.language == "en" || entry.pref_label.empty()) entry.pref_label = label.text;
  if (entry.pref_label.empty() && !entry.labels.empty()) entry.pref_label = entry.labels.front().text;
  if (entry.pref_label.empty()) throw LexiconError(where_in(file, iri) + ": entry " + iri + " has no skos:prefLabel");
  if (const rdf::Term* flag = index.first_object(iri, dg + "matchCase"))
    entry.match_case = flag->value == "true" || flag->value == "1";
  if (const rdf::Term* sector = index.first_object(iri, dg + "sector")) entry.sector = sector->value;
  if (const rdf::Term* maker = index.first_object(iri, dg + "madeBy")) entry.made_by = maker->value;
}

// Which entry each label (folded) names, and the file that gave it, so that a label given to a
// second entity is refused where it is written.
class LabelOwners {
 public:
  void claim(const std::vector<LexiconEntry>& entries, std::size_t entry, const std::string& file) {
    for (const LexiconLabel& label : entries[entry].labels) {
      const auto [it, added] = owners_.try_emplace(fold(label.text), entry, file);
      if (added || it->second.first == entry) continue;
      const LexiconEntry& holder = entries[it->second.first];
      const std::string& iri = entries[entry].iri;
      throw LexiconError(where_label(file, iri, label.text) + ": the label \"" + label.text + "\" of " + iri +
                         " already names " + holder.iri + " (" + it->second.second +
                         "); a label may name one entity only: leave it out here, or take it from the other");
    }
  }

 private:
  std::map<std::string, std::pair<std::size_t, std::string>, std::less<>> owners_;
};

// Subjects of the file with no type of their own there, in file order: additions to an entry an
// earlier file defines (<lex:nvidia> skos:altLabel "Team Green").
std::vector<std::string> untyped_subjects(const rdf::TripleIndex& index, const std::set<std::string>& typed) {
  std::vector<std::string> subjects;
  std::set<std::string> seen;
  for (const rdf::Triple& triple : index.triples())
    if (!typed.count(triple.subject.value) && seen.insert(triple.subject.value).second)
      subjects.push_back(triple.subject.value);
  return subjects;
}

// A user's statement that two IRIs name one entity (owl:sameAs) or two (owl:differentFrom).
struct IdentityStatement {
  std::string kept, other;  // IRIs: `other` names `kept`'s entity, or never does
  bool same = true;
  std::string where;  // FILE:LINE:COL
};

// In the label index, a name owl:differentFrom keeps from resolving to any entry.
constexpr std::size_t kNoEntry = static_cast<std::size_t>(-1);

// The file's owl:sameAs and owl:differentFrom statements between two IRIs; one whose object is
// not an IRI is an error at the statement's subject.
std::vector<IdentityStatement> identity_statements(const rdf::TripleIndex& index, const std::string& file) {
  std::vector<IdentityStatement> statements;
  for (const rdf::Triple& triple : index.triples()) {
    const bool same = triple.predicate.value == std::string(kOwl) + "sameAs";
    if (!same && triple.predicate.value != std::string(kOwl) + "differentFrom") continue;
    const std::string where = where_in(file, triple.subject.value);
    if (triple.object.is_literal())
      throw LexiconError(where + ": " + (same ? "owl:sameAs" : "owl:differentFrom") + " of " + triple.subject.value +
                         " is the text \"" + triple.object.value + "\": give the IRI of an entry or of an entity");
    statements.push_back({triple.subject.value, triple.object.value, same, where});
  }
  return statements;
}

// The names an IRI's entity is found under when the lexicon does not know it: its local name,
// with hyphens or spaces (org/acme-holdings: acme-holdings, acme holdings).
std::vector<std::string> names_of_iri(const std::string& iri) {
  std::string spaced = local_name_of(iri);
  std::replace(spaced.begin(), spaced.end(), '-', ' ');
  return {fold(local_name_of(iri)), fold(spaced)};
}

// owl:sameAs: two entries become one, the first keeping its IRI and names and taking the
// other's labels; an entry and an IRI the lexicon does not define (a found entity's) make the
// found name resolve to the entry. owl:differentFrom: an entry is never what the other IRI's
// names resolve to. Then the labels are indexed.
void apply_identities(std::vector<IdentityStatement>& identities, std::vector<LexiconEntry>& entries,
                      std::map<std::string, std::size_t, std::less<>>& by_iri,
                      std::map<std::string, std::size_t, std::less<>>& by_label) {
  std::vector<std::size_t> merged_into(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) merged_into[i] = i;
  auto entry_of = [&](const std::string& iri) -> std::optional<std::size_t> {
    const auto found = by_iri.find(iri);
    if (found == by_iri.end()) return std::nullopt;
    std::size_t at = found->second;
    while (merged_into[at] != at) at = merged_into[at];
    return at;
  };
  // Every owl:sameAs first, so that an owl:differentFrom is checked against the entities they make.
  std::stable_partition(identities.begin(), identities.end(), [](const IdentityStatement& s) { return s.same; });
  for (IdentityStatement& statement : identities) {
    auto kept = entry_of(statement.kept), other = entry_of(statement.other);
    const char* property = statement.same ? "owl:sameAs" : "owl:differentFrom";
    if (!kept && !other)
      throw LexiconError(statement.where + ": " + property + " between " + statement.kept + " and " + statement.other +
                         ", neither of which a lexicon file defines: one side must be an entry (a dg:Organization, " +
                         "dg:Person, dg:Chip or dg:Product)");
    if (!kept) {
      std::swap(statement.kept, statement.other);
      std::swap(kept, other);
    }
    if (!statement.same && other && *kept == *other)
      throw LexiconError(statement.where + ": " + statement.kept + " owl:differentFrom " + statement.other +
                         ", but an owl:sameAs made them one entity: leave one of the two statements out");
    if (!statement.same || !other || *kept == *other) continue;
    LexiconEntry& into = entries[*kept];
    const LexiconEntry& from = entries[*other];
    if (into.kind != from.kind)
      throw LexiconError(statement.where + ": owl:sameAs between the dg:" + to_string(into.kind) + " " + into.iri +
                         " and the dg:" + to_string(from.kind) + " " + from.iri + ": one entity has one kind");
    append_new(into.labels, from.labels);
    append_new(into.short_labels, from.short_labels);
    into.context_labels.insert(into.context_labels.end(), from.context_labels.begin(), from.context_labels.end());
    into.posts.insert(into.posts.end(), from.posts.begin(), from.posts.end());
    merged_into[*other] = *kept;
  }
  // Entries merged away leave the list; their IRIs name the entry they joined.
  std::vector<LexiconEntry> kept_entries;
  std::vector<std::size_t> new_index(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i)
    if (merged_into[i] == i) {
      new_index[i] = kept_entries.size();
      kept_entries.push_back(std::move(entries[i]));
    }
  for (auto& [iri, index] : by_iri) {
    std::size_t at = index;
    while (merged_into[at] != at) at = merged_into[at];
    index = new_index[at];
  }
  entries = std::move(kept_entries);
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const LexiconEntry& entry = entries[i];
    by_label.emplace(fold(entry.local_name), i);
    for (const LexiconLabel& label : entry.labels) by_label.emplace(fold(label.text), i);
  }
  for (const IdentityStatement& statement : identities) {
    const std::size_t kept = by_iri.at(statement.kept);
    const auto other = by_iri.find(statement.other);
    if (statement.same) {
      if (other == by_iri.end())
        for (const std::string& name : names_of_iri(statement.other)) by_label.emplace(name, kept);
      by_iri.emplace(statement.other, kept);
      continue;
    }
    if (other != by_iri.end()) continue;  // two entries are two entities already
    for (const std::string& name : names_of_iri(statement.other)) {
      const auto [it, added] = by_label.try_emplace(name, kNoEntry);
      if (!added && it->second == kept) it->second = kNoEntry;
    }
  }
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

// Files are read in order (the built-in lexicon, then the user's): an IRI a file already named
// gets the labels of the later file too; a label that would name two entities is an error.
Lexicon Lexicon::load(const std::vector<std::string>& turtle_files) {
  Lexicon lexicon;
  const std::string dg(rdf::kDg);
  const std::pair<std::string, EntityKind> kinds[] = {{dg + "Organization", EntityKind::Organization},
                                                       {dg + "Person", EntityKind::Person},
                                                       {dg + "Chip", EntityKind::Chip},
                                                       {dg + "Product", EntityKind::Product}};
  std::set<std::pair<EntityKind, std::string>> claimed;
  std::vector<std::string> defined_in;  // per entry, the file that defined it
  std::vector<IdentityStatement> identities;
  LabelOwners owners;
  for (const std::string& file : turtle_files) {
    std::vector<rdf::Triple> triples;
    try {
      triples = rdf::read_turtle_file(file);
    } catch (const rdf::ParseError& error) {
      throw LexiconError(std::string("lexicon ") + error.what());
    }
    const rdf::TripleIndex index(std::move(triples));
    for (IdentityStatement& statement : identity_statements(index, file)) identities.push_back(std::move(statement));
    std::set<std::string> typed;
    for (const auto& [type, kind] : kinds) {
      for (const std::string& iri : index.subjects_of_type(type)) {
        typed.insert(iri);
        if (const auto known = lexicon.by_iri_.find(iri); known != lexicon.by_iri_.end()) {
          LexiconEntry& entry = lexicon.entries_[known->second];
          if (entry.kind != kind)
            throw LexiconError(where_in(file, iri) + ": entry " + iri + " is a dg:" + to_string(kind) +
                               " here but a dg:" + to_string(entry.kind) + " in " + defined_in[known->second]);
          read_entry(index, file, iri, entry);
          owners.claim(lexicon.entries_, known->second, file);
          continue;
        }
        LexiconEntry entry;
        entry.iri = iri;
        entry.local_name = unclaimed_local_name(claimed, kind, iri);
        entry.kind = kind;
        read_entry(index, file, iri, entry);
        lexicon.by_iri_.emplace(iri, lexicon.entries_.size());
        lexicon.entries_.push_back(std::move(entry));
        defined_in.push_back(file);
        owners.claim(lexicon.entries_, lexicon.entries_.size() - 1, file);
      }
    }
    for (const std::string& iri : untyped_subjects(index, typed)) {
      const auto known = lexicon.by_iri_.find(iri);
      if (known == lexicon.by_iri_.end()) {
        // Labels for an IRI no file defines: a mistyped IRI would otherwise add nothing, silently.
        const bool labelled = !labels_of(index, file, iri, "skos:prefLabel").empty() ||
                              !labels_of(index, file, iri, "skos:altLabel").empty();
        if (labelled)
          throw LexiconError(where_in(file, iri) + ": " + iri + " has labels but no type, and no earlier lexicon " +
                             "file defines it: give it a type (a dg:Organization, dg:Person, dg:Chip or " +
                             "dg:Product) or the IRI of the entry it adds labels to");
        continue;
      }
      read_entry(index, file, iri, lexicon.entries_[known->second]);
      owners.claim(lexicon.entries_, known->second, file);
    }
  }
  apply_identities(identities, lexicon.entries_, lexicon.by_iri_, lexicon.by_folded_label_);
  return lexicon;
}

const LexiconEntry* Lexicon::find(std::string_view iri) const {
  auto it = by_iri_.find(iri);
  return it == by_iri_.end() ? nullptr : &entries_[it->second];
}

const LexiconEntry* Lexicon::resolve(std::string_view name) const {
  if (const LexiconEntry* entry = find(name)) return entry;
  auto it = by_folded_label_.find(fold(name));
  if (it != by_folded_label_.end()) return it->second == kNoEntry ? nullptr : &entries_[it->second];
  // Common corporate suffixes: "NVIDIA Corp." names Nvidia.
  std::string folded = fold(name);
  for (std::string_view suffix : {" corp.", " corp", " corporation", " inc.", " inc", " ltd.", " ltd",
                                  " co.", " plc", " ag", " sa", " s.a.", " llc", " group", " holdings"}) {
    if (folded.size() > suffix.size() && folded.compare(folded.size() - suffix.size(), suffix.size(), suffix) == 0) {
      auto base = by_folded_label_.find(folded.substr(0, folded.size() - suffix.size()));
      if (base != by_folded_label_.end() && base->second != kNoEntry) return &entries_[base->second];
    }
  }
  return nullptr;
}

}  // namespace dealgraph
