#include "extract/passes/coreference.hpp"

#include <algorithm>
#include <map>

#include "util/utf8.hpp"

namespace dealgraph::extract {
namespace {

// Salience: a sentence's subject counts three names, and what a sentence leaves behind fades to
// less than a third in the next, so that the last subject is the topic (centering).
constexpr double kSubjectWeight = 3.0;
constexpr double kCarriedOver = 0.3;
constexpr std::uint32_t kPhrase = 1u << 31;  // a whole description, no article needed (das Unternehmen, 该公司)

bool fits_language(const std::string& tag, const std::string& language) {
  return tag.empty() || language == tag || (language.size() > tag.size() && language.starts_with(tag) && language[tag.size()] == '-');
}

bool is_word_byte(char c) { return static_cast<unsigned char>(c) >= 0x80 || util::is_ascii_alnum(c) || c == '-'; }

// The word that ends at `end` (after any spaces before `end`): its begin, or `end` when none.
std::size_t word_before(std::string_view text, std::size_t end, std::size_t floor) {
  std::size_t at = end;
  while (at > floor && is_word_byte(text[at - 1])) --at;
  return at;
}

constexpr std::size_t kPossessiveBytes = 5;  // "’s " at most, between an owner and what it owns

// Whether a possessive ("'s", "’s") follows a name ending at `end`.
bool possessed_after(std::string_view text, std::size_t end) {
  return text.compare(end, 2, "'s") == 0 || text.compare(end, 4, "\u2019s") == 0;
}

struct Salience {
  double weight = 0;
  std::size_t last = 0;  // where it was last named: the later wins a tie
  // The organisation's sector in the lexicon (empty when it places none) and whether that sector
  // may be meant by a description: read once, when the organisation is first named.
  std::string_view sector;
  bool antecedent = true;
};

}  // namespace

CoreferenceRules::CoreferenceRules(const RuleFile& rules) {
  auto add_entries = [&](std::string_view type, bool phrase) {
    for (const std::string& subject : rules.subjects(type)) {
      const rdf::Term* sector = rules.first(subject, "sector");
      for (const rdf::Term* surface : rules.all(subject, "surface")) {
        const auto id = static_cast<std::uint32_t>(entries_.size());
        entries_.push_back({sector ? sector->value : std::string(), surface->language});
        nouns_.add(surface->value, phrase ? (id | kPhrase) : id);
      }
    }
  };
  add_entries("DescriptionNoun", false);
  add_entries("DescriptionPhrase", true);
  nouns_.build();
  for (const rdf::Term* word : rules.all_of_type("DescriptionArticle", "surface"))
    articles_.emplace_back(fold(word->value), word->language);
  for (const rdf::Term* word : rules.all_of_type("DescriptionBlocker", "surface")) blockers_.push_back(fold(word->value));
  for (const rdf::Term* word : rules.all_of_type("DescriptionPreposition", "surface")) prepositions_.push_back(fold(word->value));
  for (const rdf::Term* word : rules.all_of_type("DescriptionPossessive", "surface")) possessives_.push_back(fold(word->value));
  for (const rdf::Term* word : rules.all_of_type("ReportingVerb", "surface")) reporting_verbs_.push_back(fold(word->value));
  for (const rdf::Term* sector : rules.all_of_type("NonAntecedentSector", "sector")) non_antecedent_sectors_.insert(sector->value);
}

// An English description opens with a definite article, perhaps a few describing words before
// its noun (the Santa Clara chipmaker); a word that makes it another organisation stops it.
bool CoreferenceRules::article_before(const DocumentWork& work, std::size_t head_begin, std::size_t& begin) const {
  const std::string_view text = work.text;
  std::size_t at = head_begin;
  for (int words = 0; words < 4; ++words) {
    const std::size_t end = skip_spaces_back(text, at);
    if (end == at && words > 0) return false;  // words are apart
    std::size_t word_begin = word_before(text, end, 0);
    if (word_begin == end) return false;
    // the world's largest chipmaker: only a listed possessive describes; the country's bank is
    // another organisation
    if (end - word_begin == 1 && text[word_begin] == 's' && word_begin >= 2) {
      const std::size_t apostrophe = text[word_begin - 1] == '\'' ? 1 : (word_begin >= 3 && text.compare(word_begin - 3, 3, "’") == 0) ? 3 : 0;
      if (!apostrophe) return false;
      const std::size_t owner = word_before(text, word_begin - apostrophe, 0);
      const std::string folded = fold(text.substr(owner, word_begin - apostrophe - owner));
      if (std::find(possessives_.begin(), possessives_.end(), folded) == possessives_.end()) return false;
      at = owner;
      continue;
    }
    const std::string word = fold(text.substr(word_begin, end - word_begin));
    for (const auto& [article, language] : articles_)
      if (word == article && fits_language(language, work.document.language)) {
        begin = word_begin;
        return true;
      }
    if (std::find(blockers_.begin(), blockers_.end(), word) != blockers_.end()) return false;
    at = word_begin;
  }
  return false;
}

// Followed by a name (the chipmaker Nvidia), by "of" or a relative (the company that...).
bool CoreferenceRules::blocked_after(const DocumentWork& work, std::size_t end) const {
  const std::string_view text = work.text;
  std::size_t at = end;
  while (at < text.size() && text[at] == ' ') ++at;
  const auto& mentions = work.facts.mentions;
  auto next = std::lower_bound(mentions.begin(), mentions.end(), end,
                               [](const Mention& m, std::size_t from) { return m.byte_begin < from; });
  if (next != mentions.end() && next->byte_begin == at) return true;
  std::size_t word_end = at;
  while (word_end < text.size() && is_word_byte(text[word_end])) ++word_end;
  if (word_end == at) return false;
  const std::string word = fold(text.substr(at, word_end - at));
  return std::find(blockers_.begin(), blockers_.end(), word) != blockers_.end();
}

// ", the company said.": a reporting clause names the source of what the sentence states, not a
// party to it.
bool CoreferenceRules::reports(const DocumentWork& work, std::size_t begin, std::size_t end) const {
  const std::string_view text = work.text;
  const std::size_t before = skip_spaces_back(text, begin);
  const bool after_comma = before > 0 && (text[before - 1] == ',' || text[before - 1] == '"' ||
                                          (before >= 3 && (text.compare(before - 3, 3, "”") == 0 || text.compare(before - 3, 3, "，") == 0)));
  if (!after_comma) return false;
  std::size_t at = end;
  while (at < text.size() && text[at] == ' ') ++at;
  std::size_t word_end = at;
  while (word_end < text.size() && is_word_byte(text[word_end])) ++word_end;
  const std::string word = fold(text.substr(at, word_end - at));
  return std::find(reporting_verbs_.begin(), reporting_verbs_.end(), word) != reporting_verbs_.end();
}

// A description right after a preposition: in the company, de la compañía.
bool CoreferenceRules::governed(const DocumentWork& work, std::size_t begin) const {
  const std::size_t end = skip_spaces_back(work.text, begin);
  const std::size_t word_begin = word_before(work.text, end, 0);
  if (word_begin == end) return false;
  const std::string word = fold(work.text.substr(word_begin, end - word_begin));
  return std::find(prepositions_.begin(), prepositions_.end(), word) != prepositions_.end();
}

std::vector<CoreferenceRules::Description> CoreferenceRules::descriptions(const DocumentWork& work) const {
  std::vector<Description> found;
  const auto& mentions = work.facts.mentions;
  for (const PhraseMatcher::Match& match : leftmost_longest(nouns_.find_all(work.text, work.folded))) {
    const Entry& entry = entries_[match.id & ~kPhrase];
    if (!fits_language(entry.language, work.document.language)) continue;
    std::size_t begin = match.begin;
    if (!(match.id & kPhrase) && !article_before(work, match.begin, begin)) continue;
    // Part of a name (The Carlyle Group) or holding one: not a description.
    auto near = std::lower_bound(mentions.begin(), mentions.end(), begin,
                                 [](const Mention& m, std::size_t at) { return m.byte_end <= at; });
    if (near != mentions.end() && near->byte_begin < match.end) continue;
    if (near != mentions.begin() && std::prev(near)->byte_end > begin) continue;
    if (blocked_after(work, match.end) || reports(work, begin, match.end)) continue;
    found.push_back({begin, match.end, entry.sector});
  }
  return found;
}

void CoreferenceRules::resolve(DocumentWork& work) const {
  const std::vector<Sentence>& sentences = work.document.sentences;
  std::vector<Mention>& mentions = work.facts.mentions;
  const std::vector<Description> found = descriptions(work);
  work.topics.assign(sentences.size(), std::string());

  std::map<std::string, Salience> salience;
  // The most salient organisation that fits `sector` (empty: any); of that sector first, then
  // one the lexicon does not place.
  auto best = [&](const std::string& sector, const std::string* other_than = nullptr) -> const std::string* {
    const std::string* chosen = nullptr;
    const Salience* chosen_score = nullptr;
    for (int pass = 0; pass < 2 && !chosen; ++pass)
      for (const auto& [key, score] : salience) {
        if (!score.antecedent || (other_than && key == *other_than)) continue;
        if (!sector.empty() && (pass == 0 ? score.sector != sector : !score.sector.empty())) continue;
        if (!chosen || score.weight > chosen_score->weight ||
            (score.weight == chosen_score->weight && score.last > chosen_score->last)) {
          chosen = &key;
          chosen_score = &score;
        }
      }
    return chosen;
  };
  // A name near its sentence's start is its subject, and counts more.
  auto weight_at = [&](const Sentence& sentence, std::size_t at) {
    const std::string_view before = work.text.substr(sentence.byte_begin, at - sentence.byte_begin);
    if (work.chinese) return util::count_code_points(before) <= 3 ? kSubjectWeight : 1.0;
    return std::count(before.begin(), before.end(), ' ') <= 2 ? kSubjectWeight : 1.0;
  };

  std::vector<Mention> resolved;
  auto mention = mentions.begin();
  auto description = found.begin();
  for (std::size_t index = 0; index < sentences.size(); ++index) {
    const Sentence& sentence = sentences[index];
    for (auto& [key, score] : salience) score.weight *= kCarriedOver;
    if (const std::string* topic = best({})) work.topics[index] = *topic;
    bool named_before = false;
    std::map<std::string, double> sentence_weights;
    std::string subject;  // the organisation that opens the sentence
    bool owner_opens = false;  // "Y's largest holder, X, ...": the sentence opens with an owner, X is its subject
    for (;;) {
      while (mention != mentions.end() && mention->byte_begin < sentence.byte_begin) ++mention;
      while (description != found.end() && description->begin < sentence.byte_begin) ++description;
      const bool take_mention = mention != mentions.end() && mention->byte_begin < sentence.byte_end &&
                                (description == found.end() || mention->byte_begin <= description->begin);
      const bool take_description = !take_mention && description != found.end() && description->begin < sentence.byte_end;
      if (!take_mention && !take_description) break;
      std::string key;
      std::size_t at = 0;
      bool owner = false;  // "Y's largest shareholder": Y, though first, is not the sentence's subject
      if (take_mention) {
        at = mention->byte_begin;
        if (mention->kind == EntityKind::Organization) {
          key = mention->entity_key;
          // "Alphabet's Google": an owner whose possessive a name follows is part of that name.
          const std::size_t end = mention->byte_end;
          owner = possessed_after(work.text, end) &&
                  !(std::next(mention) != mentions.end() && std::next(mention)->byte_begin <= end + kPossessiveBytes);
        }
        ++mention;
      } else {
        at = description->begin;
        // After a name in its own sentence a description is most often another organisation:
        // governed by a preposition (X said it raised its stake in the company), one other
        // than the sentence's subject; otherwise left alone.
        // 该公司, 同社 refer back to the company under discussion wherever they stand.
        const bool free = !named_before || work.chinese;
        const bool by_elimination = !free && governed(work, description->begin);
        const std::string* meant = free             ? best(description->sector)
                                   : by_elimination ? best(description->sector, subject.empty() ? nullptr : &subject)
                                                    : nullptr;
        if (meant) {
          key = *meant;
          resolved.push_back({key, EntityKind::Organization, description->begin, description->end, 0.6});
          if (by_elimination) work.weak_references.insert(description->begin);
        }
        ++description;
      }
      if (key.empty()) continue;
      const double weight = named_before ? 1.0 : weight_at(sentence, at);
      // "Y's largest holder, X, has offered 65 dlrs for the company": the owner that opens the
      // sentence is not its subject; the next organisation named is, and the company may be Y.
      if (!named_before && weight == kSubjectWeight) owner_opens = owner;
      if (!named_before && weight == kSubjectWeight && !owner) subject = key;
      else if (owner_opens && subject.empty() && !owner && take_mention) subject = key;
      named_before = true;
      // Named again in one sentence, an organisation is no more salient (X Corp ... (XC)).
      double& in_sentence = sentence_weights[key];
      const auto [named, first_named] = salience.try_emplace(key);
      Salience& score = named->second;
      if (first_named) {
        const LexiconEntry* entry = work.lexicon.find(key);
        if (entry) score.sector = entry->sector;
        score.antecedent = !non_antecedent_sectors_.count(std::string(score.sector));
      }
      score.weight += std::max(0.0, weight - in_sentence);
      in_sentence = std::max(in_sentence, weight);
      score.last = at;
    }
  }
  if (resolved.empty()) return;
  mentions.insert(mentions.end(), resolved.begin(), resolved.end());
  std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.byte_begin < b.byte_begin; });
}

}  // namespace dealgraph::extract
