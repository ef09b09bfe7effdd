#include "extract/passes/rule_file.hpp"

#include <algorithm>
#include <charconv>

namespace dealgraph::extract {
namespace {

std::string local_name(const std::string& iri) {
  const std::size_t cut = iri.find_last_of("#/");
  return cut == std::string::npos ? iri : iri.substr(cut + 1);
}

std::vector<rdf::Triple> triples_of(const std::vector<std::string>& paths) {
  std::vector<rdf::Triple> triples;
  for (const std::string& path : paths) {
    std::vector<rdf::Triple> more = rdf::read_turtle_file(path);
    triples.insert(triples.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
  }
  return triples;
}

}  // namespace

std::vector<RuleFile::Source> RuleFile::sources_of(const std::vector<std::string>& paths) {
  std::vector<Source> sources;
  for (const std::string& path : paths) sources.push_back({path, rdf::read_text_file(path)});
  return sources;
}

RuleFile::RuleFile(const std::string& path) : RuleFile(std::vector<std::string>{path}) {}

RuleFile::RuleFile(const std::vector<std::string>& paths) : RuleFile(triples_of(paths), sources_of(paths)) {}

RuleFile::RuleFile(std::string_view text, const std::string& name)
    : RuleFile(rdf::read_turtle_string(text, name), {Source{name, std::string(text)}}) {}

RuleFile::RuleFile(std::vector<rdf::Triple> triples, std::vector<Source> sources)
    : index_(std::move(triples)), sources_(std::move(sources)) {}

std::string RuleFile::dg(std::string_view local) { return std::string(rdf::kDg) + std::string(local); }

std::vector<std::string> RuleFile::subjects(std::string_view type) const { return index_.subjects_of_type(dg(type)); }

std::vector<const rdf::Term*> RuleFile::all(const std::string& subject, std::string_view property) const {
  return index_.objects(subject, dg(property));
}

const rdf::Term* RuleFile::first(const std::string& subject, std::string_view property) const {
  return index_.first_object(subject, dg(property));
}

std::vector<const rdf::Term*> RuleFile::all_of_type(std::string_view type, std::string_view property) const {
  std::vector<const rdf::Term*> values;
  for (const std::string& subject : subjects(type))
    for (const rdf::Term* value : all(subject, property)) values.push_back(value);
  return values;
}

std::vector<std::string> RuleFile::words_longest_first(std::string_view type) const {
  std::vector<std::string> words;
  for (const rdf::Term* word : all_of_type(type, "surface")) words.push_back(word->value);
  sort_longest_first(words);
  return words;
}

void sort_longest_first(std::vector<std::string>& words) {
  std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
}

void RuleFile::fail(const std::string& subject, const std::string& why, std::string_view property) const {
  // The first file that writes the subject (by full IRI or local name) and the property.
  const std::string local = ":" + local_name(subject), stated = "dg:" + std::string(property);
  auto writes = [&](const Source& source, bool with_property) {
    const bool subject_there =
        source.text.find("<" + subject + ">") != std::string::npos || source.text.find(local) != std::string::npos;
    return subject_there && (!with_property || source.text.find(stated) != std::string::npos);
  };
  auto source = std::find_if(sources_.begin(), sources_.end(), [&](const Source& s) { return writes(s, !property.empty()); });
  if (source == sources_.end())
    source = std::find_if(sources_.begin(), sources_.end(), [&](const Source& s) { return writes(s, false); });
  if (source == sources_.end()) source = sources_.begin();
  throw KnowledgeError(rdf::locate(source->name, source->text, subject) + ": " + subject + " " + why);
}

bool RuleFile::flag(const std::string& subject, std::string_view property) const {
  const rdf::Term* term = first(subject, property);
  if (!term) return false;
  if (term->is_literal() && (term->value == "true" || term->value == "1")) return true;
  if (term->is_literal() && (term->value == "false" || term->value == "0")) return false;
  fail(subject, "dg:" + std::string(property) + " is not a boolean: \"" + term->value + "\"", property);
}

int RuleFile::integer(const std::string& subject, std::string_view property, int fallback) const {
  const rdf::Term* term = first(subject, property);
  if (!term) return fallback;
  const std::string& text = term->value;
  const std::size_t start = !text.empty() && text[0] == '+' ? 1 : 0;  // xsd:integer allows a sign
  int value = 0;
  const auto [end, error] = std::from_chars(text.data() + start, text.data() + text.size(), value);
  if (!term->is_literal() || text.size() == start || error != std::errc() || end != text.data() + text.size())
    fail(subject, "dg:" + std::string(property) + " is not a whole number: \"" + text + "\"", property);
  return value;
}

std::optional<DealType> RuleFile::deal_type(const std::string& subject, std::string_view property,
                                            bool required) const {
  const rdf::Term* term = first(subject, property);
  if (!term) {
    if (required) fail(subject, "has no dg:" + std::string(property), property);
    return std::nullopt;
  }
  const auto type = term->is_iri() ? deal_type_from_string(local_name(term->value)) : std::nullopt;
  if (!type) fail(subject, "dg:" + std::string(property) + " names an unknown deal type: " + term->value, property);
  return type;
}

Role RuleFile::role(const std::string& subject, std::string_view property) const {
  const rdf::Term* term = first(subject, property);
  if (!term) fail(subject, "has no dg:" + std::string(property), property);
  const auto role = term->is_iri() ? role_from_string(local_name(term->value)) : std::nullopt;
  if (!role) fail(subject, "dg:" + std::string(property) + " names an unknown role: " + term->value, property);
  return *role;
}

}  // namespace dealgraph::extract
