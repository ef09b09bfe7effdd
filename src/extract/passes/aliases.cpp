#include "extract/passes/aliases.hpp"

#include "dealgraph/alias_reasons.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>

#include "extract/phrase_matcher.hpp"
#include "util/utf8.hpp"

namespace dealgraph::extract {
namespace {

std::vector<std::string> folded_surfaces(const RuleFile& rules, std::string_view type) {
  std::vector<std::string> words;
  for (const rdf::Term* term : rules.all_of_type(type, "surface")) words.push_back(fold(term->value));
  return words;
}

void sort_unique(std::vector<std::string>& words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
}

char32_t first_code_point(std::string_view word) {
  std::size_t at = 0;
  return word.empty() ? 0 : util::decode_utf8(word, at);
}

bool is_capitalised(std::string_view word) {
  const auto cp = static_cast<UChar32>(first_code_point(word));
  return u_isupper(cp) || u_istitle(cp);
}

bool is_possessive(std::string_view word) { return word.ends_with("'s") || word.ends_with("’s"); }

bool is_lower(std::string_view word) { return u_islower(static_cast<UChar32>(first_code_point(word))); }

// Han, kana and the other scripts of East Asia: names there have no spaces and no capitals.
bool is_east_asian(std::string_view name) {
  if (std::all_of(name.begin(), name.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return false;
  for (std::size_t at = 0; at < name.size();)
    if (util::decode_utf8(name, at) >= 0x2E80) return true;
  return false;
}

// An acronym as news writes one: two to eight capitals, digits, & or -, mostly capitals.
bool is_acronym(std::string_view token) {
  if (token.size() < 2 || token.size() > 8 || !(token[0] >= 'A' && token[0] <= 'Z')) return false;
  std::size_t capitals = 0;
  for (char c : token) {
    if (c >= 'A' && c <= 'Z')
      ++capitals;
    else if (!(c >= '0' && c <= '9') && c != '&' && c != '-')
      return false;
  }
  return capitals >= 2;
}

// TOA for Trans Orbital Airlines: the acronym's first letter starts the name, and its letters
// come in the name's order.
bool abbreviates(std::string_view acronym, std::string_view name) {
  auto upper = [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; };
  if (name.empty() || upper(name[0]) != acronym[0]) return false;
  std::size_t at = 0;
  for (char c : acronym) {
    if (!(c >= 'A' && c <= 'Z')) continue;
    while (at < name.size() && upper(name[at]) != c) ++at;
    if (at == name.size()) return false;
    ++at;
  }
  return true;
}

std::vector<std::string_view> split_words(std::string_view name) {
  std::vector<std::string_view> words;
  for (std::size_t at = 0; at < name.size();) {
    const std::size_t space = std::min(name.find(' ', at), name.size());
    if (space > at) words.push_back(name.substr(at, space - at));
    at = space + 1;
  }
  return words;
}

std::string join(const std::vector<std::string_view>& words, std::size_t begin, std::size_t end) {
  std::string joined;
  for (std::size_t i = begin; i < end; ++i) {
    if (!joined.empty()) joined += ' ';
    joined += words[i];
  }
  return joined;
}

bool is_word_character(std::string_view text, std::size_t at) {
  std::size_t pos = at;
  const auto cp = static_cast<UChar32>(util::decode_utf8(text, pos));
  return cp < 0x80 ? std::isalnum(cp) != 0 : u_isalnum(cp) != 0;
}

// Where `folded_form` occurs in the folded text, as source byte ranges; whole words only when
// `words` (Latin names), anywhere in East Asian scripts.
std::vector<PhraseMatcher::Match> occurrences(std::string_view text, const FoldedText& folded,
                                              std::string_view folded_form, bool words) {
  std::vector<PhraseMatcher::Match> found;
  if (folded_form.empty()) return found;
  const std::string& haystack = folded.text;
  auto find_from = [&](std::size_t from) {  // memmem: faster than find() on a form's common first letter
    if (from >= haystack.size()) return std::string::npos;
    const void* hit = memmem(haystack.data() + from, haystack.size() - from, folded_form.data(), folded_form.size());
    return hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - haystack.data()) : std::string::npos;
  };
  for (std::size_t hit = find_from(0); hit != std::string::npos; hit = find_from(hit + 1)) {
    const std::size_t begin = folded.origin[hit];
    std::size_t end = folded.origin[hit + folded_form.size() - 1];
    util::decode_utf8(text, end);
    if (words) {
      std::size_t before = begin;  // the start of the character before
      if (before > 0) --before;
      while (before > 0 && (static_cast<unsigned char>(text[before]) & 0xC0) == 0x80) --before;
      if (begin > 0 && is_word_character(text, before)) continue;
      if (end < text.size() && is_word_character(text, end)) continue;
    }
    found.push_back({begin, end, 0});
  }
  return found;
}

}  // namespace

// A full name the article gives (its mentions' texts), and the entity it names.
struct AliasRules::Named {
  std::string key;
  EntityKind kind = EntityKind::Organization;
  double confidence = 1.0;  // of its first mention
  bool discovered = false;
  std::set<std::string> forms;  // the mentions' texts
};

// A short form and the entity it stands for; `shared` when another entity could claim it.
struct AliasRules::Candidate {
  std::string form;
  std::size_t named = 0;
  bool shared = false;
  bool common = false;  // the article writes it in lower case too
};

AliasRules::AliasRules(const RuleFile& alias_rules, const RuleFile& discovery_rules) {
  for (const std::string& subject : discovery_rules.subjects("CorporateSuffix")) {
    for (const rdf::Term* term : discovery_rules.all(subject, "surface")) {
      if (is_east_asian(term->value))
        han_suffixes_.push_back(term->value);
      else if (discovery_rules.flag(subject, "legal"))
        suffixes_.push_back(fold(term->value));
    }
  }
  for (const rdf::Term* term : alias_rules.all_of_type("ShortFormSuffix", "surface")) {
    if (is_east_asian(term->value))
      han_suffixes_.push_back(term->value);
    else
      suffixes_.push_back(fold(term->value));
  }
  sort_longest_first(han_suffixes_);
  for (std::string_view type : {"PlaceWord", "NationalityWord", "GenericNameWord", "OpenerWord"})
    for (std::string& word : folded_surfaces(alias_rules, type)) never_alone_.push_back(std::move(word));
  for (std::string& word : folded_surfaces(discovery_rules, "NameStopword")) never_alone_.push_back(std::move(word));
  given_names_ = folded_surfaces(alias_rules, "GivenName");
  honorifics_ = folded_surfaces(alias_rules, "Honorific");
  person_suffixes_ = folded_surfaces(alias_rules, "PersonNameSuffix");
  for (const rdf::Term* term : alias_rules.all_of_type("SurnameParticle", "surface")) particles_.push_back(term->value);
  for (const rdf::Term* term : alias_rules.all_of_type("ShortNameMarker", "surface")) markers_.push_back(term->value);
  std::sort(markers_.begin(), markers_.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  for (const std::string& subject : alias_rules.subjects("SurnameGuard")) {
    const rdf::Term* term = alias_rules.first(subject, "confidence");
    if (!term) continue;
    try {
      surname_guard_ = std::stod(term->value);
    } catch (const std::exception&) {
      alias_rules.fail(subject, "dg:confidence is not a number", "confidence");
    }
  }
  for (auto* list : {&suffixes_, &never_alone_, &given_names_, &honorifics_, &particles_, &person_suffixes_})
    sort_unique(*list);
}

bool AliasRules::listed(const std::vector<std::string>& folded_list, std::string_view word) {
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string lower(word);  // ASCII folds to lower case: no need for the normaliser
    for (char& c : lower)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return std::binary_search(folded_list.begin(), folded_list.end(), lower);
  }
  return std::binary_search(folded_list.begin(), folded_list.end(), fold(word));
}

// Why `short_form` stands for `name`: a person's surname; the name without its legal form
// (Kaltwerk for Kaltwerk AG, 云图科技 for 云图科技有限公司); or a shorter part of it.
std::string AliasRules::shortening(std::string_view name, std::string_view short_form, EntityKind kind) const {
  if (kind == EntityKind::Person) return "surname";
  if (is_east_asian(name)) return "company-form suffix";
  std::vector<std::string_view> words = split_words(name);
  while (!words.empty() && listed(suffixes_, words.back())) words.pop_back();
  if (!words.empty() && words.back().ends_with(',')) words.back().remove_suffix(1);
  return join(words, 0, words.size()) == short_form ? "company-form suffix" : "short form";
}

// The candidates' two sources, in the order find_aliases trusts them: a definition after a full
// mention, then the forms the full name may be shortened to.
std::string AliasRules::reason_for(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& full,
                                   std::string_view short_form, EntityKind kind) const {
  for (const auto& [begin, end] : full) {
    const std::string defined = defined_short_name(text, text.substr(begin, end - begin), end);
    if (!defined.empty() && defined == short_form)
      return is_acronym(defined) ? "acronym defined in text" : "short name defined in text";
  }
  for (const auto& [begin, end] : full) {
    const std::string_view name = text.substr(begin, end - begin);
    for (const std::string& form : short_forms(name, kind))
      if (form == short_form) return shortening(name, form, kind);
  }
  return {};
}

bool AliasRules::distinctive(std::string_view word) const {
  if (!is_capitalised(word) || util::count_code_points(word) < 2 || is_possessive(word)) return false;
  return !listed(never_alone_, word) && !listed(given_names_, word) && !listed(honorifics_, word);
}

std::vector<std::string> AliasRules::short_forms(std::string_view name, EntityKind kind) const {
  if (is_east_asian(name)) return kind == EntityKind::Organization ? han_forms(name) : std::vector<std::string>{};
  std::vector<std::string_view> words = split_words(name);
  if (words.size() < 2 || words.size() > 8) return {};
  if (kind == EntityKind::Person) return person_forms(std::move(words));
  if (kind == EntityKind::Organization) return latin_organization_forms(std::move(words));
  return {};
}

// Walt Hemsley Co: Walt Hemsley, then Hemsley (named after a person); Goldfarn Sachtel Group Inc:
// Goldfarn Sachtel Group, Goldfarn Sachtel, Goldfarn; Banco Ferrandiz SA: Banco Ferrandiz, Ferrandiz.
std::vector<std::string> AliasRules::latin_organization_forms(std::vector<std::string_view> words) const {
  std::vector<std::string> forms;
  const std::size_t full = words.size();
  while (!words.empty() && listed(suffixes_, words.back())) words.pop_back();
  if (!words.empty() && words.back().ends_with(',')) words.back().remove_suffix(1);  // Acme Foods, Inc.
  if (words.empty() || words.back().empty()) return forms;
  const bool one_word = words.size() == 1;
  if (words.size() < full && (!one_word || distinctive(words[0]))) forms.push_back(join(words, 0, words.size()));
  // Eldoria's Quenwick Tools Inc: the possessive is the writer's, not the name's.
  std::size_t first = is_possessive(words[0]) && words.size() > 2 ? 1 : 0;
  while (first + 1 < words.size() && is_capitalised(words[first]) && listed(never_alone_, words[first]) &&
         !listed(given_names_, words[first]))
    ++first;
  if (first > 0 && !is_capitalised(words[first])) return forms;  // Bank of Eldoria: no short form
  const std::size_t rest = words.size() - first;
  if (rest == 2 && listed(given_names_, words[first]) && distinctive(words[first + 1])) {
    forms.push_back(std::string(words[first + 1]));
    return forms;
  }
  for (std::size_t end = words.size() - (first == 0 ? 1 : 0); end > first; --end) {
    const std::string_view last = words[end - 1];
    if (!is_capitalised(last) || (end == first + 1 && !distinctive(last))) continue;
    if (first == 0 && end == 1 && listed(never_alone_, words[0])) continue;
    std::string form = join(words, first, end);
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(std::move(form));
  }
  return forms;
}

// Jane Doe: Doe; Ursula von der Lienen: von der Lienen; Marcus Pellew Jr.: Pellew.
std::vector<std::string> AliasRules::person_forms(std::vector<std::string_view> words) const {
  while (words.size() > 2 && listed(person_suffixes_, words.back())) words.pop_back();
  if (words.size() > 5 || !std::all_of(words.begin(), words.end(), [&](std::string_view w) {
        return is_capitalised(w) || std::binary_search(particles_.begin(), particles_.end(), w);
      }))
    return {};
  std::size_t begin = words.size() - 1;
  while (begin > 1 && std::binary_search(particles_.begin(), particles_.end(), words[begin - 1])) --begin;
  if (begin == words.size() - 1 && !distinctive(words.back())) return {};
  return {join(words, begin, words.size())};
}

// 阿塔集团控股有限公司: 阿塔集团, 阿塔; 株式会社ハルカ: ハルカ. Each suffix at
// either end is dropped in turn; a form keeps at least two characters.
std::vector<std::string> AliasRules::han_forms(std::string_view name) const {
  std::vector<std::string> forms;
  std::string_view rest = name;
  for (bool dropped = true; dropped;) {
    dropped = false;
    for (const std::string& suffix : han_suffixes_) {
      // Japanese writes its legal forms (株式会社, 有限会社) before the name or after it.
      const bool at_end = rest.ends_with(suffix);
      const bool at_start = !at_end && suffix.ends_with("会社") && rest.starts_with(suffix);
      if (!at_end && !at_start) continue;
      const std::string_view shorter =
          at_end ? rest.substr(0, rest.size() - suffix.size()) : rest.substr(suffix.size());
      if (util::count_code_points(shorter) < 2) continue;
      rest = shorter;
      forms.emplace_back(rest);
      dropped = true;
      break;
    }
  }
  return forms;
}

std::string AliasRules::defined_short_name(std::string_view text, std::string_view name, std::size_t end) const {
  std::size_t at = end;
  while (at < text.size() && text[at] == ' ') ++at;
  auto skip = [&](std::initializer_list<std::string_view> marks) {
    for (std::string_view mark : marks)
      if (text.substr(at).starts_with(mark)) {
        at += mark.size();
        return true;
      }
    return false;
  };
  if (!skip({"(", "（"})) return {};
  bool marked = false;
  for (const std::string& marker : markers_)
    if (text.substr(at).starts_with(marker)) {
      at += marker.size();
      marked = true;
      break;
    }
  skip({"：", ":", " "});
  skip({"“", "\"", "「", "'"});
  const std::size_t begin = at;
  while (at < text.size() && !skip({"”", "\"", "」", "'", ")", "）"}) && text[at] != ',' && at - begin < 40) ++at;
  if (at >= text.size()) return {};
  std::string_view inner = text.substr(begin, at - begin);
  for (std::string_view closing : {"”", "\"", "」", "'", ")", "）"})
    if (inner.ends_with(closing)) inner.remove_suffix(closing.size());
  if (marked && util::count_code_points(inner) >= 2 && inner != name) return std::string(inner);
  return is_acronym(inner) && abbreviates(inner, name) ? std::string(inner) : std::string();
}

// Whether a short form found at [begin, end) is only part of a longer capitalised name there:
// a capitalised word right after it, or one right before that is no honorific nor sentence opener.
bool AliasRules::joins_longer_name(std::string_view text, std::size_t begin, std::size_t end) const {
  if (end + 1 < text.size() && text[end] == ' ' && is_capitalised(text.substr(end + 1, 4))) return true;
  if (begin < 2 || text[begin - 1] != ' ') return false;
  std::size_t word_begin = begin - 1;
  while (word_begin > 0 && text[word_begin - 1] != ' ' && text[word_begin - 1] != '\n') --word_begin;
  const std::string_view before = text.substr(word_begin, begin - 1 - word_begin);
  if (!is_capitalised(before) || before.ends_with(',') || before.ends_with(':') || before.ends_with('.')) return false;
  return !listed(honorifics_, before) && !listed(never_alone_, before);
}

std::vector<AliasRules::Candidate> AliasRules::candidates(const DocumentWork& work,
                                                          const std::vector<Named>& named) const {
  std::map<std::string, Candidate> by_form;
  std::set<std::string> full_forms;
  for (const Named& entity : named)
    if (!entity.discovered) full_forms.insert(entity.forms.begin(), entity.forms.end());
  auto offer = [&](std::string form, std::size_t index) {
    if (form.empty() || full_forms.count(form)) return;
    auto [it, created] = by_form.try_emplace(form, Candidate{form, index, false, false});
    if (!created && it->second.named != index) it->second.shared = true;
  };
  for (std::size_t index = 0; index < named.size(); ++index)
    for (const std::string& form : named[index].forms)
      for (std::string& short_form : short_forms(form, named[index].kind)) offer(std::move(short_form), index);
  std::map<std::string, std::size_t> index_of;
  for (std::size_t index = 0; index < named.size(); ++index) index_of[named[index].key] = index;
  for (const Mention& mention : work.facts.mentions) {
    if (mention.kind != EntityKind::Organization) continue;
    const std::string_view name = work.text.substr(mention.byte_begin, mention.byte_end - mention.byte_begin);
    offer(defined_short_name(work.text, name, mention.byte_end), index_of.at(mention.entity_key));
  }
  std::vector<Candidate> found;
  for (auto& [form, candidate] : by_form)
    if (!candidate.shared) found.push_back(std::move(candidate));
  return found;
}

void AliasRules::find_aliases(DocumentWork& work) const {
  std::vector<Mention>& mentions = work.facts.mentions;
  std::set<std::string> discovered;
  for (const DiscoveredEntity& entity : work.facts.discovered) discovered.insert(entity.entity_key);
  std::vector<Named> named;
  std::map<std::string, std::size_t> index_of;
  for (const Mention& mention : mentions) {
    if (mention.kind != EntityKind::Organization && mention.kind != EntityKind::Person) continue;
    auto [it, created] = index_of.try_emplace(mention.entity_key, named.size());
    if (created)
      named.push_back(
          {mention.entity_key, mention.kind, mention.confidence, discovered.count(mention.entity_key) > 0, {}});
    named[it->second].forms.emplace(work.text.substr(mention.byte_begin, mention.byte_end - mention.byte_begin));
  }
  std::vector<Candidate> found = candidates(work, named);
  if (found.empty()) return;
  // A few short forms in a short text: searched one by one, with no automaton to build.
  std::vector<Match> matches;
  for (std::size_t c = 0; c < found.size(); ++c) {
    const bool latin = !is_east_asian(found[c].form);
    for (const Match& match : occurrences(work.text, work.folded, fold(found[c].form), latin)) {
      if (latin && is_lower(work.text.substr(match.begin, 4))) found[c].common = true;
      matches.push_back({match.begin, match.end, static_cast<std::uint32_t>(c)});
    }
  }
  std::sort(matches.begin(), matches.end(),
            [](const Match& a, const Match& b) { return a.begin != b.begin ? a.begin < b.begin : a.end > b.end; });
  std::vector<Match> uses;
  for (const Match& match : leftmost_longest(matches)) {
    const Candidate& candidate = found[match.id];
    if (candidate.common || work.text.substr(match.begin, match.end - match.begin) != candidate.form) continue;
    if (!is_east_asian(candidate.form) && joins_longer_name(work.text, match.begin, match.end)) continue;
    uses.push_back(match);
  }
  apply_uses(work, named, found, uses);
}

// Each use becomes a mention of its entity, or takes over a discovered name's mention of the
// same span (a name found alone is then folded into the full one); the forms used are
// the discovered entity's aliases.
void AliasRules::apply_uses(DocumentWork& work, const std::vector<Named>& named, const std::vector<Candidate>& found,
                            const std::vector<Match>& uses) const {
  std::vector<Mention>& mentions = work.facts.mentions;
  std::map<std::string, std::set<std::string>> aliases_of;  // entity key -> forms used
  std::set<std::string> folded_in;                          // discovered names taken over
  std::vector<Mention> added;
  for (const Match& use : uses) {
    const Candidate& candidate = found[use.id];
    const Named& entity = named[candidate.named];
    auto overlapping = std::find_if(mentions.begin(), mentions.end(),
                                    [&](const Mention& m) { return m.byte_begin < use.end && use.begin < m.byte_end; });
    if (overlapping == mentions.end()) {
      added.push_back({entity.key, entity.kind, use.begin, use.end, entity.confidence});
    } else if (overlapping->byte_begin == use.begin && overlapping->byte_end == use.end &&
               overlapping->entity_key != entity.key &&
               // A surname does not take over an organisation read on evidence as strong as the
               // person's (il gruppo Nordalba ... Gianna Nordalba): the family firm keeps its name.
               !(entity.kind == EntityKind::Person && overlapping->kind == EntityKind::Organization &&
                 overlapping->confidence >= std::max(entity.confidence, surname_guard_)) &&
               std::any_of(named.begin(), named.end(),
                           [&](const Named& n) { return n.discovered && n.key == overlapping->entity_key; })) {
      // One sense per document: the short form of a name already read means that name, also
      // where a weaker guess took the same words for another kind (云图表示: not a person).
      folded_in.insert(overlapping->entity_key);
      overlapping->entity_key = entity.key;
      overlapping->kind = entity.kind;
      overlapping->confidence = entity.confidence;
    } else {
      continue;
    }
    aliases_of[entity.key].insert(candidate.form);
  }
  mentions.insert(mentions.end(), added.begin(), added.end());
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.byte_begin < b.byte_begin; });
  std::set<std::string> still_named;
  for (const Mention& mention : mentions) still_named.insert(mention.entity_key);
  std::erase_if(work.facts.discovered, [&](const DiscoveredEntity& d) {
    return folded_in.count(d.entity_key) && !still_named.count(d.entity_key);
  });
  for (DiscoveredEntity& entity : work.facts.discovered) {
    auto used = aliases_of.find(entity.entity_key);
    if (used == aliases_of.end()) continue;
    for (const std::string& form : used->second)
      if (form != entity.label && form != entity.short_label) entity.aliases.push_back(form);
    std::sort(entity.aliases.begin(), entity.aliases.end());
    entity.aliases.erase(std::unique(entity.aliases.begin(), entity.aliases.end()), entity.aliases.end());
  }
}

}  // namespace dealgraph::extract

namespace dealgraph {

AliasReasons::AliasReasons(const Ontology& ontology)
    : rules_(std::make_unique<extract::AliasRules>(extract::RuleFile(ontology.alias_rules()),
                                                   extract::RuleFile(ontology.discovery_rules()))) {}
AliasReasons::~AliasReasons() = default;
AliasReasons::AliasReasons(AliasReasons&&) noexcept = default;
AliasReasons& AliasReasons::operator=(AliasReasons&&) noexcept = default;

std::string AliasReasons::reason_for(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& full,
                                     std::string_view short_form, EntityKind kind) const {
  return rules_->reason_for(text, full, short_form, kind);
}

}  // namespace dealgraph
