#include "extract/entity_discovery.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>

#include "extract/passes/rule_file.hpp"
#include "util/utf8.hpp"

namespace dealgraph::extract {
namespace {

constexpr double kDiscoveredConfidence = 0.5;

struct Token {
  std::size_t begin = 0;
  std::size_t end = 0;
};

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// A capitalised word of a name: an upper-case letter first, then letters, digits, hyphens,
// apostrophes or dots (initials, Höttges, O'Brien, Jae-yong).
bool is_name_word(std::string_view word) {
  if (word.empty()) return false;
  std::size_t pos = 0;
  const auto first = static_cast<UChar32>(util::decode_utf8(word, pos));
  if (!u_isupper(first)) return false;
  while (pos < word.size()) {
    const auto cp = static_cast<UChar32>(util::decode_utf8(word, pos));
    if (!(u_isalnum(cp) || cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.' || cp == '&')) return false;
  }
  return true;
}

bool is_han(char32_t cp) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(cp), &status) == USCRIPT_HAN;
}

// The words of every entry of type dg:`type` (with dg:legal `legal`, when given).
std::vector<std::string> surfaces_of(const RuleFile& rules, std::string_view type, std::optional<bool> legal = std::nullopt) {
  std::vector<std::string> values;
  for (const std::string& subject : rules.subjects(type)) {
    if (legal && rules.flag(subject, "legal") != *legal) continue;
    for (const rdf::Term* term : rules.all(subject, "surface")) values.push_back(term->value);
  }
  return values;
}

// Trailing punctuation that is not part of a name.
std::size_t trim_word_end(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin && (text[end - 1] == ',' || text[end - 1] == ';' || text[end - 1] == ':' || text[end - 1] == ')' ||
                         text[end - 1] == '"' || text[end - 1] == '!' || text[end - 1] == '?'))
    --end;
  // A final full stop belongs to an abbreviation only when the word is short (Inc., Jr.) and
  // not an acronym written without stops (SAS., AG.: the sentence ends there).
  if (end > begin && text[end - 1] == '.') {
    const std::string_view word = text.substr(begin, end - 1 - begin);
    const bool acronym = word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (end - begin > 4 || acronym) --end;
  }
  return end;
}

}  // namespace

std::string discovered_key(EntityKind kind, std::string_view name) {
  return std::string("new:") + to_string(kind) + ":" + fold(name);
}

EntityDiscovery::EntityDiscovery(const std::string& discovery_rules_path, const std::string& post_rules_path,
                                 const std::string& cjk_rules_path, const std::string& surnames_path,
                                 const LatinNameFiles& latin)
    : han_names_(cjk_rules_path, surnames_path, latin.given_names) {
  if (!latin.names.empty()) {
    LatinNameFiles files = latin;
    files.discovery = discovery_rules_path;
    files.posts = post_rules_path;
    latin_ = std::make_shared<const LatinNames>(files);
    public_bodies_ = std::make_shared<const PublicBodies>(files);
    honorifics_ = surfaces_of(RuleFile(latin.names), "Honorific");
    std::sort(honorifics_.begin(), honorifics_.end());
  }
  const RuleFile rules(discovery_rules_path);
  const PhraseMatcher::Options exact{false, true};
  for (const std::string& s : surfaces_of(rules, "CorporateSuffix", true)) cues_.add(s, kLegalSuffix, exact);
  for (const std::string& s : surfaces_of(rules, "CorporateSuffix", false)) {
    if (s.empty() || static_cast<unsigned char>(s[0]) >= 0x80) cues_.add(s, kChineseSuffix);
    else cues_.add(s, kNameSuffix, exact);
  }
  for (const std::string& s : surfaces_of(rules, "OrganizationCue")) cues_.add(s, kOrganizationCue);
  for (const std::string& s : surfaces_of(rules, "ChineseNameStop")) cues_.add(s, kChineseStop);
  for (const std::string& s : surfaces_of(rules, "CompanyFormWord")) company_forms_.push_back(fold(s));
  for (const std::string& s : surfaces_of(rules, "CorporateSuffix", true)) legal_forms_.push_back(fold(s));
  std::sort(company_forms_.begin(), company_forms_.end());
  std::sort(legal_forms_.begin(), legal_forms_.end());
  stopwords_ = surfaces_of(rules, "NameStopword");
  std::sort(stopwords_.begin(), stopwords_.end());
  german_articles_ = surfaces_of(rules, "GermanNounArticle");
  connectors_ = surfaces_of(rules, "NameConnector");
  std::sort(connectors_.begin(), connectors_.end());
  std::sort(german_articles_.begin(), german_articles_.end());
  for (const std::string& s : surfaces_of(RuleFile(post_rules_path), "TitleWord")) cues_.add(s, kTitle);
  cues_.build();
}

// One document's search for new names: the cues found in it by kind, and the names found so far.
class EntityDiscovery::Scan {
 public:
  Scan(const EntityDiscovery& rules, std::string_view text, const FoldedText& folded, const std::vector<Mention>& known,
       std::string_view language);

  // Latin scripts: capitalised names with evidence, names before corporate suffixes, after cue
  // words, beside titles.
  void find_latin_names() {
    // The Latin finder's head words and legal forms stand for the two suffix steps.
    if (rules_.latin_) {
      latin_names();
      for (const LatinNames::Name& body : rules_.public_bodies_->find(text_))
        add(body.kind, body.begin, body.end, body.end, body.confidence);
    } else {
      names_before_legal_suffixes();
      names_before_name_suffixes();
    }
    names_after_cues();
    for (const auto& title : titles_) people_beside_title(title);
  }
  // Chinese: runs of Han characters before suffixes, after cues and titles, and in book quotes.
  void find_chinese_names() {
    han_cues_ = rules_.han_names_.find_cues(text_, folded_);
    for (const auto& span : rules_.han_names_.names_around_known(text_, known_, han_words_))  // 青岛市发改委
      if (!crosses_known(span.begin, span.end)) {
        const std::string name(text_.substr(span.begin, span.end - span.begin));
        found_.push_back({EntityKind::Organization, span.begin, span.end, name, name, kDiscoveredConfidence, {}, true});
      }
    chinese_names_before_suffixes();
    chinese_names_after_cues();
    for (const auto& name : rules_.han_names_.kana_latin().find(text_, japanese(), han_words_))  // ミナトを買収, Acme社
      add(EntityKind::Organization, name.begin, name.end, name.end);
    publications_in_book_quotes();
    for (const auto& title : titles_) chinese_person_after_title(title);
    chinese_people_beside_cues();
  }
  // One entity per name; then every other mention of it in the text.
  Result collect() const;

 private:
  struct Found {
    EntityKind kind;
    std::size_t begin, end;
    std::string name;
    std::string key_name;  // the name without a legal suffix
    double confidence = kDiscoveredConfidence;
    std::string alias;     // an acronym the text defines for it
    bool over_known = false;  // holds known names, which it replaces
  };

  bool overlaps_known(std::size_t begin, std::size_t end) const {
    auto it = std::lower_bound(known_.begin(), known_.end(), begin,
                               [](const Mention& m, std::size_t at) { return m.byte_end <= at; });
    return it != known_.end() && it->byte_begin < end;
  }
  // Whether a known name overlaps text[begin, end) without lying inside it.
  bool crosses_known(std::size_t begin, std::size_t end) const {
    return std::any_of(known_.begin(), known_.end(), [&](const Mention& m) {
      return m.byte_begin < end && begin < m.byte_end && (m.byte_begin < begin || m.byte_end > end);
    });
  }
  bool is_stopword(std::string_view word) const {
    return std::binary_search(rules_.stopwords_.begin(), rules_.stopwords_.end(), word);
  }
  bool is_connector(std::string_view word) const {
    return std::binary_search(rules_.connectors_.begin(), rules_.connectors_.end(), word);
  }
  std::string_view word_of(const Token& token) const { return text_.substr(token.begin, token.end - token.begin); }
  void add(EntityKind kind, std::size_t begin, std::size_t end, std::size_t key_end,
           double confidence = kDiscoveredConfidence) {
    if (begin >= end || overlaps_known(begin, end)) return;
    found_.push_back({kind, begin, end, std::string(text_.substr(begin, end - begin)),
                      std::string(text_.substr(begin, key_end - begin)), confidence, {}});
  }
  void latin_names() {
    for (const LatinNames::Name& name : rules_.latin_->find(text_, folded_, language_)) {
      if (name.kind == EntityKind::Organization && name.confidence >= rules_.latin_->head_weight() &&
          extends_known(name.begin, name.end)) {
        const std::string label(text_.substr(name.begin, name.end - name.begin));
        found_.push_back({name.kind, name.begin, name.end, label, std::string(text_.substr(name.begin, name.key_end - name.begin)),
                          name.confidence, {}, true});
        continue;
      }
      add(name.kind, name.begin, name.end, name.key_end, name.confidence);
      if (name.alias_end > name.alias_begin && !found_.empty() && found_.back().begin == name.begin)
        found_.back().alias = std::string(text_.substr(name.alias_begin, name.alias_end - name.alias_begin));
    }
  }

  bool extends_known(std::size_t begin, std::size_t end) const;
  void person_after_known_employer(std::size_t title_end);
  std::vector<Token> words_before(std::size_t end, std::size_t most) const;
  std::vector<Token> words_after(std::size_t begin, std::size_t most) const;
  void drop_german_descriptors(std::vector<Token>& words) const;
  void drop_cue_words(std::vector<Token>& words) const;
  void names_before_legal_suffixes();
  void names_before_name_suffixes();
  void names_after_cues();
  void people_beside_title(const PhraseMatcher::Match& title);
  bool only_names_between(std::size_t begin, std::size_t end) const;

  bool ends_chinese_name(std::size_t end) const;
  std::size_t han_run_back(std::size_t end) const;
  void chinese_names_before_suffixes();
  void chinese_names_after_cues();
  void publications_in_book_quotes();
  void chinese_person_after_title(const PhraseMatcher::Match& title);
  void chinese_people_beside_cues();
  bool japanese() const { return language_ == "ja"; }

  const EntityDiscovery& rules_;
  std::string_view text_;
  const FoldedText& folded_;
  const std::vector<Mention>& known_;
  std::string_view language_;
  bool german_ = false;
  std::vector<PhraseMatcher::Match> legal_suffixes_, name_suffixes_, chinese_suffixes_, organization_cues_, titles_;
  std::vector<std::size_t> stop_starts_, stop_ends_;  // of Chinese stop words, sorted
  std::vector<Found> found_;
  HanNames::Cues han_cues_;
  HanWords han_words_{text_};
};

EntityDiscovery::Scan::Scan(const EntityDiscovery& rules, std::string_view text, const FoldedText& folded,
                            const std::vector<Mention>& known, std::string_view language)
    : rules_(rules), text_(text), folded_(folded), known_(known), language_(language), german_(language == "de") {
  for (const auto& match : rules.cues_.find_all(text, folded)) {
    switch (match.id) {
      case kLegalSuffix: legal_suffixes_.push_back(match); break;
      case kNameSuffix: name_suffixes_.push_back(match); break;
      case kOrganizationCue: organization_cues_.push_back(match); break;
      case kChineseSuffix: chinese_suffixes_.push_back(match); break;
      case kTitle: titles_.push_back(match); break;
      case kChineseStop: stop_starts_.push_back(match.begin); stop_ends_.push_back(match.end); break;
      default: break;
    }
  }
  std::sort(stop_starts_.begin(), stop_starts_.end());
  std::sort(stop_ends_.begin(), stop_ends_.end());
}

// Name words run backwards from `end` (exclusive), at most `most` of them.
std::vector<Token> EntityDiscovery::Scan::words_before(std::size_t end, std::size_t most) const {
  const std::string_view text = text_;
  std::vector<Token> words;
  std::size_t at = end;
  while (words.size() < most) {
    std::size_t e = at;
    while (e > 0 && text[e - 1] == ' ') --e;
    if (e == at && !words.empty()) break;
    if (e == 0 || (!words.empty() && at - e != 1)) break;
    std::size_t b = e;
    while (b > 0 && !is_space(text[b - 1]) && text[b - 1] != '(' && text[b - 1] != '"') --b;
    const std::string_view word = text.substr(b, e - b);
    // A word that ends a sentence ("…Fluidstack.") belongs to the sentence before.
    if (word.size() > 3 && word.back() == '.' && !words.empty() && word.find('.') == word.size() - 1) break;
    if (overlaps_known(b, e)) break;
    if (!word.empty() && !words.empty() && is_connector(word)) {  // Banco Português de Fomento
      words.push_back({b, e});
      at = b;
      continue;
    }
    if (word.empty() || word.back() == ',' || !is_name_word(word)) break;
    words.push_back({b, e});
    at = b;
  }
  while (!words.empty() && is_connector(word_of(words.back()))) words.pop_back();
  std::reverse(words.begin(), words.end());
  while (!words.empty() && is_stopword(word_of(words.front()))) words.erase(words.begin());
  return words;
}

// Name words run forwards from `begin`, at most `most` of them; punctuation ends the name.
std::vector<Token> EntityDiscovery::Scan::words_after(std::size_t begin, std::size_t most) const {
  const std::string_view text = text_;
  std::vector<Token> words;
  std::size_t at = begin;
  while (words.size() < most) {
    std::size_t b = at;
    while (b < text.size() && text[b] == ' ') ++b;
    if (b == text.size() || (b - at > 1) || (b == at && !words.empty())) break;
    std::size_t e = b;
    while (e < text.size() && !is_space(text[e])) ++e;
    const std::size_t trimmed = trim_word_end(text, b, e);
    const std::string_view word = text.substr(b, trimmed - b);
    if (!is_name_word(word) || is_stopword(word)) break;
    words.push_back({b, trimmed});
    if (trimmed != e) break;
    at = e;
  }
  return words;
}

// Kelmark Labs, Kelmark Capital Management Corp over a known Kelmark: a name that begins with
// a known name and goes on with a head word of its own is another organisation (its lab, its
// fund), when that head word ends the name or only a legal form follows it. The known company's
// group or legal form (Kelmark Group, Kelmark Holdings Ltd: dg:CompanyFormWord), a second name
// after a conjunction and a person after a title are no such thing.
bool EntityDiscovery::Scan::extends_known(std::size_t begin, std::size_t end) const {
  auto it = std::lower_bound(known_.begin(), known_.end(), begin,
                             [](const Mention& m, std::size_t at) { return m.byte_end <= at; });
  if (it == known_.end() || it->byte_begin != begin || it->byte_end >= end || it->kind != EntityKind::Organization)
    return false;
  if (std::next(it) != known_.end() && std::next(it)->byte_begin < end) return false;  // two known names
  const std::size_t tail = it->byte_end;
  if (!is_space(text_[tail])) return false;
  std::vector<std::string_view> words;  // the tail's words
  for (std::size_t k = tail, word_start = tail; k <= end; ++k) {
    if (k < end && !is_space(text_[k])) continue;
    if (k > word_start) words.push_back(text_.substr(word_start, k - word_start));
    word_start = k + 1;
  }
  const auto listed = [&](const std::vector<std::string>& list, std::string_view word) {
    return std::binary_search(list.begin(), list.end(), fold(word));
  };
  while (!words.empty() && listed(rules_.legal_forms_, words.back())) words.pop_back();
  if (words.empty() || words.size() > 4) return false;
  if (std::any_of(words.begin(), words.end(), [&](std::string_view w) { return is_connector(w) && w != "of" && w != "de"; }))
    return false;
  const std::string_view last = words.back();
  return rules_.latin_->word_has(last, LatinNames::kHead) && !listed(rules_.company_forms_, last);
}

// German capitalises every noun: descriptors before a name (Münchner Chip-Start-up Recheneck
// GmbH, Risikokapitalgeber HV Capital) are dropped: compounds with a hyphen, adjectives of
// place in -er, and long compounds, while a word remains.
void EntityDiscovery::Scan::drop_german_descriptors(std::vector<Token>& words) const {
  while (words.size() >= 2) {
    const std::string_view word = word_of(words.front());
    const bool descriptor = word.find('-') != std::string_view::npos || util::count_code_points(word) >= 12 ||
                            (word.size() > 4 && word.substr(word.size() - 2) == "er");
    if (!descriptor) break;
    words.erase(words.begin());
  }
}

// Words of a cue are not the name's: "die Firma Nordlicht Systems AG" is Nordlicht Systems AG.
void EntityDiscovery::Scan::drop_cue_words(std::vector<Token>& words) const {
  while (!words.empty() && std::any_of(organization_cues_.begin(), organization_cues_.end(), [&](const auto& cue) {
           return cue.begin <= words.front().begin && words.front().end <= cue.end;
         }))
    words.erase(words.begin());
}

// Corporate suffixes that stay out of the short name (Inc., GmbH): the capitalised words before them.
void EntityDiscovery::Scan::names_before_legal_suffixes() {
  for (const auto& suffix : legal_suffixes_) {
    std::size_t end = suffix.begin;
    while (end > 0 && text_[end - 1] == ' ') --end;
    if (end > 0 && text_[end - 1] == ',') --end;  // Acme, Inc.
    auto words = words_before(end, 5);
    drop_cue_words(words);
    if (german_) drop_german_descriptors(words);
    if (!words.empty()) add(EntityKind::Organization, words.front().begin, suffix.end, words.back().end);
  }
}

// Suffixes that are part of the name (Systems, Labs): the capitalised words before them.
void EntityDiscovery::Scan::names_before_name_suffixes() {
  for (const auto& suffix : name_suffixes_) {
    // "Business Technology Platform": a suffix word inside a longer name is not its end.
    if (!words_after(suffix.end, 1).empty()) continue;
    auto words = words_before(suffix.begin, 3);
    if (german_) {
      // "des Serverbauers Nordlicht Systems": after an article, the first word describes.
      std::size_t before = words.empty() ? 0 : words.front().begin;
      while (before > 0 && text_[before - 1] == ' ') --before;
      std::size_t word_start = before;
      while (word_start > 0 && !is_space(text_[word_start - 1])) --word_start;
      if (words.size() >= 2 && std::binary_search(rules_.german_articles_.begin(), rules_.german_articles_.end(),
                                                  std::string(text_.substr(word_start, before - word_start))))
        words.erase(words.begin());
      drop_german_descriptors(words);
    }
    drop_cue_words(words);
    if (!words.empty()) add(EntityKind::Organization, words.front().begin, suffix.end, suffix.end);
  }
}

// Cue words (a startup called X, la empresa X): the capitalised words after them.
void EntityDiscovery::Scan::names_after_cues() {
  for (const auto& cue : organization_cues_) {
    auto words = words_after(cue.end, 3);
    if (german_) drop_german_descriptors(words);
    if (!words.empty()) add(EntityKind::Organization, words.front().begin, words.back().end, words.back().end);
  }
}

// Whether only connectors, articles and names stand in text[begin, end).
bool EntityDiscovery::Scan::only_names_between(std::size_t begin, std::size_t end) const {
  const std::string_view between = text_.substr(begin, end - begin);
  std::size_t word_start = 0;
  for (std::size_t k = 0; k <= between.size(); ++k) {
    if (k < between.size() && !is_space(between[k])) continue;
    const std::string_view word = between.substr(word_start, k - word_start);
    word_start = k + 1;
    if (word.empty()) continue;
    const std::size_t apostrophe = word.find('\'');
    const std::string_view bare = apostrophe != std::string_view::npos ? word.substr(apostrophe + 1) : word;
    if (!(is_connector(word) || is_name_word(bare) || word.size() <= 3)) return false;
  }
  return true;
}

// People of two or three words beside a title: "CEO Jane Doe", "o CEO da Scala, Marcos Peigo",
// "Jane Doe, chief executive of".
void EntityDiscovery::Scan::people_beside_title(const PhraseMatcher::Match& title) {
  std::size_t after = title.end;
  if (after < text_.size() && text_[after] == ',') ++after;
  const auto next = words_after(after, 3);
  if (next.size() >= 2) add(EntityKind::Person, next.front().begin, next.back().end, next.back().end);
  person_after_known_employer(title.end);
  // "Le PDG de Calculia, Julien Marchetti": the name after the organisation and a comma.
  std::size_t at = title.end;
  const std::size_t limit = std::min(text_.size(), title.end + 80);
  while (at < limit && text_[at] != ',' && text_[at] != '.' && text_[at] != ';') ++at;
  if (at < limit && text_[at] == ',') {
    const auto named = words_after(at + 1, 3);
    if (only_names_between(title.end, at) && named.size() >= 2)
      add(EntityKind::Person, named.front().begin, named.back().end, named.back().end);
  }
  std::size_t before = title.begin;
  while (before > 0 && text_[before - 1] == ' ') --before;
  if (before > 0 && text_[before - 1] == ',') {
    auto previous = words_before(before - 1, 3);
    // "Mme Dupont, directrice générale": the honorific is no part of the name, and a surname
    // alone is the aliases pass's to read.
    if (!previous.empty() &&
        std::binary_search(rules_.honorifics_.begin(), rules_.honorifics_.end(),
                           std::string(text_.substr(previous.front().begin, previous.front().end - previous.front().begin))))
      previous.erase(previous.begin());
    if (previous.size() >= 2) add(EntityKind::Person, previous.front().begin, previous.back().end, previous.back().end);
  }
}

// "l'ad di Lufthansa Marta Ferri", "the chief executive of Nvidia Tom Vell": a connector and a
// known organisation after the title, then two or three capitalised words with no comma: a person.
void EntityDiscovery::Scan::person_after_known_employer(std::size_t title_end) {
  std::size_t at = title_end;
  while (at < text_.size() && text_[at] == ' ') ++at;
  std::size_t word_end = at;
  while (word_end < text_.size() && !is_space(text_[word_end])) ++word_end;
  if (word_end == at || !is_connector(text_.substr(at, word_end - at))) return;
  at = word_end;
  while (at < text_.size() && text_[at] == ' ') ++at;
  auto employer = std::lower_bound(known_.begin(), known_.end(), at,
                                   [](const Mention& m, std::size_t from) { return m.byte_begin < from; });
  if (employer == known_.end() || employer->byte_begin != at || employer->kind != EntityKind::Organization) return;
  const auto named = words_after(employer->byte_end, 3);
  // IBM World Trade Corp, Nvidia Europe: words that go on with the company's name are no person.
  constexpr std::uint32_t kCompanyWords = LatinNames::kHead | LatinNames::kLegal | LatinNames::kPlace | LatinNames::kNonName;
  const bool company_words = std::any_of(named.begin(), named.end(), [&](const Token& word) {
    const std::string_view w = word_of(word);
    return w.ends_with("'s") || w.ends_with("’s") || (rules_.latin_ && rules_.latin_->word_has(w, kCompanyWords));
  });
  if (named.size() >= 2 && rules_.latin_ &&
      rules_.latin_->phrase_has(text_, folded_, named.front().begin, named.back().end, LatinNames::kPlace))
    return;
  if (named.size() >= 2 && !company_words && !overlaps_known(named.front().begin, named.back().end))
    add(EntityKind::Person, named.front().begin, named.back().end, named.back().end);
}

// 上海临港算力科技有限公司: Han characters (or Latin letters, katakana) back from a company suffix to
// a punctuation mark or a known name.
std::size_t EntityDiscovery::Scan::han_run_back(std::size_t end) const {
  std::size_t begin = end;
  std::size_t count = 0;
  while (begin > 0 && count < 14) {
    std::size_t previous = begin - 1;
    while (previous > 0 && (static_cast<unsigned char>(text_[previous]) & 0xC0) == 0x80) --previous;
    std::size_t probe = previous;
    const char32_t cp = util::decode_utf8(text_, probe);
    const bool latin_letter = cp < 0x80 && std::isalpha(static_cast<unsigned char>(cp));
    const bool katakana = cp >= 0x30A1 && cp <= 0x30FC;  // ソフトバンクグループ, ケア・コーポレーション
    if (!(is_han(cp) || latin_letter || katakana)) break;
    if (overlaps_known(previous, begin)) break;  // stop words are whole words: HanNames::organization_start
    begin = previous;
    ++count;
  }
  return begin;
}

void EntityDiscovery::Scan::chinese_names_before_suffixes() {
  for (const auto& suffix : chinese_suffixes_) {
    // 证券 in 证券报 or 证券监督 is not the name's last word.
    if (!han_words_.is_boundary(suffix.end)) continue;
    const std::size_t floor = han_run_back(suffix.begin);
    const std::size_t begin = rules_.han_names_.organization_start(text_, suffix.begin, floor, han_words_);
    const std::string_view name = text_.substr(begin, suffix.begin - begin);
    if (util::count_code_points(name) < 2 || rules_.han_names_.is_generic(name)) continue;
    // 汇丰|晋信基金, 中外运|湖北有限责任公司: a known company's name right before makes the
    // whole its fund or branch, a name of its own over the known one.
    const auto known = std::find_if(known_.begin(), known_.end(), [&](const Mention& m) {
      return m.byte_end == begin && m.kind == EntityKind::Organization;
    });
    if (begin == floor && known != known_.end()) {
      const std::string whole(text_.substr(known->byte_begin, suffix.end - known->byte_begin));
      found_.push_back({EntityKind::Organization, known->byte_begin, suffix.end, whole, whole, kDiscoveredConfidence, {}, true});
      continue;
    }
    add(EntityKind::Organization, begin, suffix.end, suffix.end);
  }
}

// 名为芯算云的, 株式会社ミナト: the name after the cue, up to 的, a stop word or a character of no name.
void EntityDiscovery::Scan::chinese_names_after_cues() {
  for (const auto& cue : organization_cues_) {
    std::size_t end = cue.end;
    while (end < text_.size() && end - cue.end < 30) {
      std::size_t next = end;
      const char32_t cp = util::decode_utf8(text_, next);
      const bool latin_letter = cp < 0x80 && std::isalpha(static_cast<unsigned char>(cp));
      const bool katakana = cp >= 0x30A1 && cp <= 0x30FC;  // 株式会社ミナト
      if (!(is_han(cp) || latin_letter || katakana) || text_.compare(end, 3, "的") == 0 ||
          std::binary_search(stop_starts_.begin(), stop_starts_.end(), end))
        break;
      end = next;
    }
    if (end > cue.end && util::count_code_points(text_.substr(cue.end, end - cue.end)) >= 2)
      add(EntityKind::Organization, cue.end, end, end);
  }
}

// 据《证券时报》报道: a title in book quotes that reports is a publication.
void EntityDiscovery::Scan::publications_in_book_quotes() {
  const std::string_view text = text_;
  for (std::size_t open = text.find("《"); open != std::string_view::npos; open = text.find("《", open + 3)) {
    const std::size_t close = text.find("》", open);
    if (close == std::string_view::npos || close - open > 40) continue;
    const std::string_view after = text.substr(close + 3, 9);
    const bool reports = (open >= 3 && text.compare(open - 3, 3, "据") == 0) || (open >= 3 && text.compare(open - 3, 3, "據") == 0) ||
                         after.rfind("报道", 0) == 0 || after.rfind("報導", 0) == 0 || after.rfind("报导", 0) == 0 ||
                         after.rfind("称", 0) == 0 || after.rfind("稱", 0) == 0 || after.rfind("披露", 0) == 0;
    if (reports && close > open + 3) add(EntityKind::Organization, open + 3, close, close);
  }
}

bool EntityDiscovery::Scan::ends_chinese_name(std::size_t end) const {
  return end == text_.size() || std::binary_search(stop_starts_.begin(), stop_starts_.end(), end) ||
         !is_han(util::decode_utf8(text_, end));
}

// 首席执行官张三表示: two or three Han characters after a title, ended by a stop word; or a
// transliteration joined by a middle dot (约翰·史密斯).
void EntityDiscovery::Scan::chinese_person_after_title(const PhraseMatcher::Match& title) {
  // 董事长兼首席执行官X: the name follows the last title, which finds it.
  if (std::any_of(titles_.begin(), titles_.end(), [&](const auto& other) {
        return other.begin >= title.end && other.begin <= title.end + 6;
      }))
    return;
  std::size_t pos = title.end;
  std::vector<std::size_t> boundaries;       // byte offsets after each Han character
  std::size_t dot_count = 0, after_dot = 0;  // Han characters seen after the last middle dot
  while (pos < text_.size() && boundaries.size() < 12) {
    std::size_t next = pos;
    const char32_t cp = util::decode_utf8(text_, next);
    if (is_han(cp)) { boundaries.push_back(next); ++after_dot; }
    else if ((cp == 0xB7 || cp == 0x30FB || cp == 0x2027) && !boundaries.empty()) { ++dot_count; after_dot = 0; }
    else break;
    pos = next;
  }
  if (dot_count > 0) {
    // A transliteration: the part after the last dot is two to four characters long.
    const std::size_t first_after_dot = boundaries.size() - after_dot;
    for (std::size_t length = 2; length <= std::min<std::size_t>(after_dot, 4); ++length) {
      const std::size_t end = boundaries[first_after_dot + length - 1];
      if (ends_chinese_name(end)) { add(EntityKind::Person, title.end, end, end); return; }
    }
    return;
  }
  // A Chinese name starts with a family name (Japanese ones are not listed).
  const bool check_surname = !japanese() && rules_.han_names_.has_surnames();
  for (std::size_t length : {2u, 3u, 4u}) {
    if (boundaries.size() < length) break;
    const std::size_t end = boundaries[length - 1];
    if (!ends_chinese_name(end)) continue;
    if (!check_surname && length == 4) break;
    if (check_surname && !rules_.han_names_.is_chinese_name(text_, title.end, end, han_words_)) continue;
    add(EntityKind::Person, title.end, end, end);
    return;
  }
}

// 记者张伟, 张伟表示, 张伟董事长, 山田太郎氏: a family name with a cue beside it.
void EntityDiscovery::Scan::chinese_people_beside_cues() {
  for (const auto& span : rules_.han_names_.people(text_, han_cues_, japanese(), han_words_))
    add(EntityKind::Person, span.begin, span.end, span.end);
}

EntityDiscovery::Result EntityDiscovery::Scan::collect() const {
  Result result;
  std::vector<const Found*> found;  // in text order, without copying the names
  found.reserve(found_.size());
  for (const Found& f : found_) found.push_back(&f);
  std::sort(found.begin(), found.end(), [](const Found* a, const Found* b) {
    if (a->begin != b->begin) return a->begin < b->begin;
    return a->end != b->end ? a->end > b->end : a->confidence > b->confidence;
  });
  std::map<std::string, std::size_t> entity_of;  // key -> index in result.entities
  PhraseMatcher names;
  std::vector<std::string> keys;
  std::vector<bool> over_known;  // by name id
  std::size_t covered = 0;
  for (const Found* found_name : found) {
    const Found& f = *found_name;
    if (f.begin < covered) continue;
    covered = f.end;
    const std::string key = discovered_key(f.kind, f.key_name);
    if (entity_of.count(key)) continue;
    entity_of[key] = result.entities.size();
    result.entities.push_back({key, f.kind, f.name, std::string(language_), f.confidence,
                               f.key_name != f.name ? f.key_name : std::string()});
    names.add(f.name, static_cast<std::uint32_t>(keys.size()), {false, true});
    if (f.key_name != f.name) names.add(f.key_name, static_cast<std::uint32_t>(keys.size()), {false, true});
    if (!f.alias.empty()) {  // a later mention of the acronym alone is this entity
      names.add(f.alias, static_cast<std::uint32_t>(keys.size()), {false, true});
      for (EntityKind kind : {EntityKind::Organization, EntityKind::Person})
        entity_of.emplace(discovered_key(kind, f.alias), entity_of[key]);
    }
    keys.push_back(key);
    over_known.push_back(f.over_known);
  }
  if (keys.empty()) return result;
  names.build();
  for (const auto& match : leftmost_longest(names.find_all(text_, folded_))) {
    if (over_known[match.id] ? crosses_known(match.begin, match.end) : overlaps_known(match.begin, match.end)) continue;
    const DiscoveredEntity& entity = result.entities[entity_of.at(keys[match.id])];
    result.mentions.push_back({entity.entity_key, entity.kind, match.begin, match.end, entity.confidence});
  }
  return result;
}

EntityDiscovery::Result EntityDiscovery::find(std::string_view text, const FoldedText& folded,
                                              const std::vector<Mention>& known, std::string_view language) const {
  Scan scan(*this, text, folded, known, language);
  const bool chinese = language.rfind("zh", 0) == 0 || language == "ja";
  if (chinese) scan.find_chinese_names();
  else scan.find_latin_names();
  return scan.collect();
}

}  // namespace dealgraph::extract
