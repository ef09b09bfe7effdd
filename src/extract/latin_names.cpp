#include "extract/latin_names.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "extract/passes/rule_file.hpp"
#include "util/utf8.hpp"

namespace dealgraph::extract {
namespace {

bool is_space(char c) {
  return static_cast<unsigned char>(c) <= ' ' && (c == ' ' || c == '\n' || c == '\t' || c == '\r');
}
bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// One word of the text without the punctuation around it.
struct Word {
  std::size_t begin = 0, end = 0;
  std::uint32_t flags = 0;
  char opens = 0;       // '(', '<' or '"' just before the word
  char closes = 0;      // ',', '.', ';', ':', ')', '>', '"', '!' or '?' just after it
  bool possessive = false;       // Alleghany's
  bool sentence_start = false;   // the first word of a sentence, or of a paragraph
  bool paragraph_start = false;  // after an empty line
  bool capitalised = false;
  bool all_caps = false;         // IBM, TWA (two letters or more)
  bool modifier = false;         // Montreal-based, U.S.-listed
};

std::size_t skip_back_utf8(std::string_view text, std::size_t end) {
  std::size_t at = end - 1;
  while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
  return at;
}

bool starts_with(std::string_view text, std::size_t at, std::string_view what) {
  return text.compare(at, what.size(), what) == 0;
}

// The shape of text[begin, end): capitalised, all capitals, a modifier ending in a lower-case
// part after a hyphen (Montreal-based).
void read_shape(std::string_view text, Word& w) {
  const std::string_view word = text.substr(w.begin, w.end - w.begin);
  if (word.empty()) return;
  if (static_cast<unsigned char>(word[0]) < 0x80) {
    w.capitalised = is_upper_ascii(word[0]);
  } else {
    std::size_t pos = 0;
    w.capitalised = u_isupper(static_cast<UChar32>(util::decode_utf8(word, pos))) != 0;
  }
  // All capitals: at most eight bytes, two ASCII letters or more and none in lower case.
  std::size_t letters = 0;
  bool lower = word.size() > 8;
  for (std::size_t k = 0; k < word.size() && !lower; ++k) {
    const char c = word[k];
    lower = c >= 'a' && c <= 'z';
    letters += is_upper_ascii(c);
  }
  w.all_caps = !lower && letters >= 2;
  const std::size_t hyphen = word.rfind('-');
  w.modifier = hyphen != std::string_view::npos && hyphen + 1 < word.size() && word[hyphen + 1] >= 'a' &&
               word[hyphen + 1] <= 'z' && w.capitalised;
}

// Splits the text into words, keeping what the punctuation around each says.
std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> words;
  words.reserve(text.size() / 6 + 1);  // about a word per six bytes in Latin-script prose
  bool sentence_start = true, paragraph_start = true;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t newlines = 0;
    while (at < text.size() && is_space(text[at])) newlines += text[at++] == '\n';
    if (at == text.size()) break;
    if (newlines >= 2) sentence_start = paragraph_start = true;
    std::size_t end = at;
    while (end < text.size() && !is_space(text[end])) ++end;
    Word w;
    w.begin = at;
    w.end = end;
    at = end;
    // Opening punctuation: ( < " “ ‘ [ and French elisions (l'Oréal stays, d'Airbus loses d').
    while (w.begin < w.end) {
      const char c = text[w.begin];
      if (c == '(' || c == '<' || c == '"' || c == '[' || c == '\'') { w.opens = c == '[' || c == '\'' ? '"' : c; ++w.begin; }
      else if (static_cast<unsigned char>(c) >= 0x80 &&
               (starts_with(text, w.begin, "“") || starts_with(text, w.begin, "‘") || starts_with(text, w.begin, "«"))) {
        w.opens = '"';
        w.begin += starts_with(text, w.begin, "«") ? 2 : 3;
      } else break;
    }
    // Elisions: d'Airbus is Airbus and L'éditeur a common noun, but L'Oréal keeps its article.
    const char elided = static_cast<char>(text[w.begin] | 0x20);
    if (w.end - w.begin > 2 && (elided == 'd' || elided == 'l') && text[w.begin + 1] == '\'' &&
        (is_upper_ascii(text[w.begin]) != is_upper_ascii(text[w.begin + 2])))
      w.begin += 2;
    // Closing punctuation; a full stop stays with an abbreviation (Inc., S.A.).
    while (w.end > w.begin) {
      const char c = text[w.end - 1];
      if (c == ',' || c == ';' || c == ':' || c == ')' || c == '>' || c == '"' || c == '!' || c == '?' || c == ']') {
        if (!w.closes || c != '"') w.closes = c;
        --w.end;
      } else if (static_cast<unsigned char>(c) >= 0x80) {
        const std::size_t last = skip_back_utf8(text, w.end);
        const std::string_view mark = text.substr(last, w.end - last);
        if (mark != "”" && mark != "’" && mark != "»") break;
        w.closes = w.closes ? w.closes : '"';
        w.end = last;
      } else if (c == '.') {
        const std::string_view word = text.substr(w.begin, w.end - 1 - w.begin);
        const bool dotted = word.find('.') != std::string_view::npos;
        const bool short_abbreviation = word.size() <= 3 && !word.empty() && is_upper_ascii(word[0]) &&
                                        !(word.size() >= 2 && is_upper_ascii(word[1]));
        if (!w.closes) w.closes = '.';
        if (dotted || short_abbreviation) break;
        --w.end;
      } else {
        break;
      }
    }
    // A possessive ends in s, ' or the last byte of ’: other words need no comparison.
    const char final_byte = w.end > w.begin ? text[w.end - 1] : 0;
    if (final_byte == 's' || final_byte == '\'' || final_byte == '\x99') {
      for (std::string_view s : {std::string_view("'s"), std::string_view("’s"), std::string_view("'"), std::string_view("’")}) {
        if (w.end - w.begin > s.size() + 1 && text.substr(w.end - s.size(), s.size()) == s) {
          w.end -= s.size();
          w.possessive = true;
          break;
        }
      }
    }
    if (w.begin >= w.end) continue;
    read_shape(text, w);
    w.sentence_start = sentence_start;
    w.paragraph_start = paragraph_start;
    const char last = text[end - 1];
    const bool initial = w.end - w.begin <= 2;  // J. or Mr. do not end a sentence
    sentence_start = (last == '.' && !initial) || last == '!' || last == '?';
    paragraph_start = false;
    words.push_back(w);
  }
  return words;
}

}  // namespace

LatinNames::LatinNames(const LatinNameFiles& files) {
  const PhraseMatcher::Options exact{false, true};
  const PhraseMatcher::Options any_case{false, false};
  const RuleFile discovery(files.discovery);
  for (const std::string& subject : discovery.subjects("CorporateSuffix")) {
    if (!discovery.flag(subject, "legal")) continue;
    for (const rdf::Term* term : discovery.all(subject, "surface")) add_to_list(term->value, kLegal, false);
  }
  for (const rdf::Term* term : discovery.all_of_type("NameConnector", "surface")) connectors_.push_back(term->value);
  for (const rdf::Term* term : discovery.all_of_type("NameStopword", "surface")) add_to_list(term->value, kNonName, false);
  const RuleFile posts(files.posts);  // named: the terms live as long as their file
  for (const rdf::Term* term : posts.all_of_type("TitleWord", "surface"))
    add_to_list(term->value, kNonName, true);
  const RuleFile names(files.names);
  const std::pair<const char*, std::pair<Flag, PhraseMatcher::Options>> lists[] = {
      {"OrganizationHead", {kHead, exact}},          {"Honorific", {kHonorific, exact}},
      {"NonNameWord", {kNonName, exact}},            {"MediaOutlet", {kMedia, exact}},
      {"CompanyOrgan", {kNonName, exact}},           {"CompoundHead", {kCompoundHead, exact}},
      {"OrganizationCueBefore", {kOrgCueBefore, any_case}}, {"OrganizationCueAfter", {kOrgCueAfter, any_case}},
      {"OrganizationNounBefore", {kOrgNounBefore, any_case}},
      {"SpeechCueBefore", {kSpeechBefore, any_case}}, {"SpeechCueAfter", {kSpeechAfter, any_case}},
      {"PersonCueBefore", {kPersonCueBefore, any_case}}, {"PersonCueAfter", {kPersonCueAfter, any_case}},
  };
  for (const auto& [type, flag] : lists) {
    const bool cue = (flag.first & (kOrgCueBefore | kOrgNounBefore | kOrgCueAfter | kSpeechBefore | kSpeechAfter |
                                    kPersonCueBefore | kPersonCueAfter)) != 0;
    for (const rdf::Term* term : names.all_of_type(type, "surface"))
      if (cue) cues_.add(term->value, flag.first, flag.second);
      else add_to_list(term->value, flag.first, false);
  }
  for (const rdf::Term* term : names.all_of_type("NameParticle", "surface")) particles_.push_back(term->value);
  for (const rdf::Term* term : names.all_of_type("AcronymArticle", "surface")) acronym_articles_.push_back(term->value);
  std::sort(acronym_articles_.begin(), acronym_articles_.end());
  std::sort(connectors_.begin(), connectors_.end());
  std::sort(particles_.begin(), particles_.end());
  for (const auto* list : {&connectors_, &particles_})
    for (const std::string& word : *list) longest_joining_word_ = std::max(longest_joining_word_, word.size());
  const RuleFile given_names(files.given_names), places(files.places);
  for (const rdf::Term* term : given_names.all_of_type("GivenName", "surface")) add_to_list(term->value, kGiven, false);
  for (const rdf::Term* term : places.all_of_type("Place", "surface")) add_to_list(term->value, kPlace, false);
  const auto weight = [&](const char* subject, double fallback) {
    const rdf::Term* term = names.first(std::string("https://w3id.org/dealgraph/rules/") + subject, "confidence");
    if (!term) return fallback;
    try {
      return std::stod(term->value);
    } catch (const std::exception&) {
      names.fail(std::string("https://w3id.org/dealgraph/rules/") + subject, "dg:confidence is not a number");
    }
  };
  weights_ = {weight("evidence-legal-form", 0.9), weight("evidence-markup", 0.9), weight("evidence-head-word", 0.8),
              weight("evidence-honorific", 0.8), weight("evidence-given-name", 0.8), weight("evidence-organisation-noun", 0.8),
              weight("evidence-cue", 0.7), weight("evidence-acronym", 0.7), weight("evidence-speech", 0.6),
              weight("evidence-acronym-in-prose", 0.5)};
  phrases_.build();
  cues_.build();
}

// A phrase of several words goes to the automaton; a single word to the table, also without its
// final full stop (Dott. and Dott: the tokenizer keeps a stop only after short abbreviations),
// and in its capitalised and upper-case forms when the list ignores case (president, President).
void LatinNames::add_to_list(std::string_view phrase, Flag flag, bool any_case) {
  if (phrase.find(' ') != std::string_view::npos) {
    phrases_.add(phrase, flag, PhraseMatcher::Options{false, !any_case});
    return;
  }
  std::vector<std::string> forms{std::string(phrase)};
  if (phrase.size() > 2 && phrase.back() == '.') forms.emplace_back(phrase.substr(0, phrase.size() - 1));
  if (any_case) {
    for (std::size_t k = 0, n = forms.size(); k < n; ++k) {
      std::string capitalised = forms[k], upper = forms[k];
      if (!capitalised.empty() && capitalised[0] >= 'a' && capitalised[0] <= 'z') capitalised[0] = static_cast<char>(capitalised[0] - 32);
      for (char& c : upper) if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
      forms.push_back(capitalised);
      forms.push_back(upper);
    }
  }
  for (const std::string& form : forms) word_flags_[form] |= flag;
}

// One document's search.
class LatinNames::Scan {
 public:
  Scan(const LatinNames& rules, std::string_view text, const FoldedText& folded, std::string_view language)
      : rules_(rules), text_(text), words_(words_of(text)), german_(language == "de") {
    mark_lists(folded);
  }

  std::vector<Name> run() {
    wire_markup();
    std::size_t i = 0;
    while (i < words_.size()) {
      const std::size_t end = span_end(i);
      if (end > i) read_span(i, end);
      i = std::max(end, i + 1);
    }
    people_named_again();
    std::sort(found_.begin(), found_.end(), [](const Name& a, const Name& b) {
      return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
    });
    return found_;
  }

 private:
  bool has(std::size_t i, std::uint32_t flag) const { return i < words_.size() && (words_[i].flags & flag) != 0; }
  std::string_view word(std::size_t i) const { return text_.substr(words_[i].begin, words_[i].end - words_[i].begin); }

  void mark_lists(const FoldedText& folded);
  std::vector<PhraseMatcher::Match> matches_of(const FoldedText& folded) const;
  void wire_markup();
  std::size_t span_end(std::size_t i) const;
  void read_span(std::size_t begin, std::size_t end);
  void judge(std::size_t begin, std::size_t end, std::size_t key_end, bool legal);
  std::optional<std::pair<std::size_t, std::size_t>> acronym_after(std::size_t begin, std::size_t end) const;
  bool ticker_after(std::size_t last) const;
  bool written_lower(std::size_t i) const;
  bool is_particle(std::size_t i) const;
  bool acronym_in_prose(std::size_t i) const;
  void people_named_again();
  std::size_t german_descriptors_end(std::size_t begin, std::size_t end) const;
  void add(EntityKind kind, std::size_t begin, std::size_t end, std::size_t key_end, double confidence) {
    std::size_t last = words_[end - 1].end;
    // Standard & Poor's: after an ampersand the 's is the name's own.
    if (words_[end - 1].possessive && end - begin >= 3 && word(end - 2) == "&")
      last += text_.compare(last, 2, "'s") == 0 ? 2 : text_.compare(last, 4, "’s") == 0 ? 4 : 0;
    found_.push_back({kind, words_[begin].begin, last, key_end == end ? last : words_[key_end - 1].end, confidence, 0, 0});
  }

  const LatinNames& rules_;
  std::string_view text_;
  std::vector<Word> words_;
  bool german_;
  std::vector<Name> found_;
  std::vector<std::pair<std::size_t, std::size_t>> unresolved_;  // runs of two or three words without evidence
  mutable std::vector<std::string_view> lower_words_;  // the document's lower-case words, on first need
  mutable bool lower_words_sorted_ = false;
  mutable std::size_t written_lower_asked_ = 0;
};

// The lists' matches where capitals stand: runs of capitalised words (with short words between
// them, Rio de Janeiro, and the word after them, Lantern Street plc) for the phrases of
// capitalised lists; the same runs widened by a cue's length on each side for the cue phrases.
std::vector<PhraseMatcher::Match> LatinNames::Scan::matches_of(const FoldedText& folded) const {
  constexpr std::size_t kCueReach = 40;  // bytes: the longest cue (", una società", "according to") and more
  std::vector<PhraseMatcher::Match> matches;
  std::vector<std::pair<std::size_t, std::size_t>> cue_windows;  // source bytes, in text order
  std::size_t cues_done = 0;  // the cue phrases are looked for up to here
  for (std::size_t i = 0; i < words_.size();) {
    if (!words_[i].capitalised) { ++i; continue; }
    std::size_t j = i + 1;
    while (j < words_.size() && (words_[j].capitalised ||
                                 (j + 1 < words_.size() && words_[j].end - words_[j].begin <= 4 && words_[j + 1].capitalised)))
      ++j;
    const std::size_t last = std::min(j, words_.size() - 1);
    std::size_t end = words_[last].end;
    while (end < text_.size() && !is_space(text_[end])) ++end;
    rules_.phrases_.find_in(text_, folded, words_[i].begin, end, matches);
    // Cue windows that touch are read as one; a cue across their seam would be found in either.
    const std::size_t cue_begin = std::max(cues_done, words_[i].begin > kCueReach ? words_[i].begin - kCueReach : 0);
    const std::size_t cue_end = std::min(text_.size(), end + kCueReach);
    if (cue_end > cue_begin) {
      const std::size_t from = cue_begin > 0 && cue_begin == cues_done ? cue_begin - std::min(cue_begin, kCueReach) : cue_begin;
      cue_windows.emplace_back(from, cue_end);
      cues_done = cue_end;
    }
    i = j + 1;
  }
  rules_.cues_.find_in_ranges(text_, folded, cue_windows, matches);  // the windows that touch, in one scan
  return matches;
}

// Every word list's matches become flags of the words they cover: a cue before a name marks the
// word after it, a cue after a name the word before it, other lists the words they span.
void LatinNames::Scan::mark_lists(const FoldedText& folded) {
  const auto by_begin = [&](std::size_t at) {
    return std::lower_bound(words_.begin(), words_.end(), at, [](const Word& w, std::size_t x) { return w.begin < x; }) -
           words_.begin();
  };
  for (const auto& match : matches_of(folded)) {
    const auto flag = static_cast<Flag>(match.id);
    if (flag == kOrgCueBefore || flag == kOrgNounBefore || flag == kSpeechBefore || flag == kPersonCueBefore) {
      const auto next = static_cast<std::size_t>(by_begin(match.end));
      // A noun in apposition stands right before its name: "the firm, Jane Doe" is no firm's name.
      if (flag == kOrgNounBefore && next < words_.size() && text_.substr(match.end, words_[next].begin - match.end) != " ")
        continue;
      if (next < words_.size() && words_[next].begin - match.end <= 2) words_[next].flags |= flag;
      continue;
    }
    auto first = static_cast<std::size_t>(by_begin(match.begin));
    if (flag == kOrgCueAfter || flag == kSpeechAfter || flag == kPersonCueAfter) {
      // The word whose text ends where the cue begins (the cue may start with "'s" or ",").
      std::size_t before = first;
      while (before > 0 && words_[before - 1].end > match.begin) --before;
      if (before > 0 && match.begin - words_[before - 1].end <= 3) words_[before - 1].flags |= flag;
      continue;
    }
    if (first >= words_.size() || words_[first].begin != match.begin) continue;
    if (flag == kGiven || flag == kHonorific) {
      if (words_[first].end == match.end) words_[first].flags |= flag;
      continue;
    }
    for (std::size_t k = first; k < words_.size() && words_[k].begin < match.end; ++k) {
      if (words_[k].end > match.end) break;
      words_[k].flags |= flag;
    }
  }
  // Single words of the lists: capitalised words and the lower-case legal forms after them (plc).
  for (std::size_t k = 0; k < words_.size(); ++k) {
    if (!words_[k].capitalised && !(k > 0 && words_[k - 1].capitalised)) continue;
    auto it = rules_.word_flags_.find(word(k));
    // L'Université: the article elided before a known word is not part of it (L'Oréal keeps it).
    const std::string_view w = word(k);
    if (it == rules_.word_flags_.end() && w.size() > 3 && (w[0] == 'L' || w[0] == 'D') && w[1] == '\'') {
      it = rules_.word_flags_.find(w.substr(2));
      if (it != rules_.word_flags_.end()) words_[k].begin += 2;
    }
    if (it != rules_.word_flags_.end()) words_[k].flags |= it->second;
  }
  // Connectors and particles between capitalised words (Bank of Ireland, Ursula von der Leyen).
  for (std::size_t k = 1; k + 1 < words_.size(); ++k) {
    if (words_[k].capitalised || !(words_[k - 1].capitalised || has(k - 1, kConnector | kParticle))) continue;
    const std::string_view w = word(k);
    if (w.size() > rules_.longest_joining_word_) continue;
    if (std::binary_search(rules_.connectors_.begin(), rules_.connectors_.end(), w)) words_[k].flags |= kConnector;
    if (std::binary_search(rules_.particles_.begin(), rules_.particles_.end(), w)) words_[k].flags |= kParticle;
  }
  // The full stop of Mr. or Dr. ends no sentence.
  for (std::size_t k = 0; k + 1 < words_.size(); ++k)
    if (has(k, kHonorific) || (has(k, kLegal) && has(k + 1, kLegal))) words_[k + 1].sentence_start = false;
}

// Whether word i, in lower case, is a particle of names (Le, De, Van).
bool LatinNames::Scan::is_particle(std::size_t i) const {
  std::string lower(word(i));
  if (lower.size() > 3 || lower.empty() || !is_upper_ascii(lower[0])) return false;
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  return std::binary_search(rules_.particles_.begin(), rules_.particles_.end(), lower);
}

// Whether the text also writes word i in lower case (Separately, separately): then a sentence's
// capitalised first word is an ordinary word. Most documents ask a few times: their words are
// read through; one that asks often has its lower-case words sorted once.
bool LatinNames::Scan::written_lower(std::size_t i) const {
  std::string lower(word(i));
  if (lower.empty() || !is_upper_ascii(lower[0])) return false;
  lower[0] = static_cast<char>(lower[0] - 'A' + 'a');
  constexpr std::size_t kReadThrough = 4;  // questions answered by reading the words
  if (!lower_words_sorted_ && ++written_lower_asked_ <= kReadThrough)
    return std::any_of(words_.begin(), words_.end(), [&](const Word& w) {
      return w.end - w.begin == lower.size() && text_.compare(w.begin, lower.size(), lower) == 0;
    });
  if (!lower_words_sorted_) {
    for (const Word& w : words_)
      if (text_[w.begin] >= 'a' && text_[w.begin] <= 'z') lower_words_.push_back(text_.substr(w.begin, w.end - w.begin));
    std::sort(lower_words_.begin(), lower_words_.end());
    lower_words_sorted_ = true;
  }
  return std::binary_search(lower_words_.begin(), lower_words_.end(), std::string_view(lower));
}

// <Billboard Publications Inc>: the whole text inside a wire's angle brackets names a company;
// a bare ticker (<GPU>) names none on its own.
void LatinNames::Scan::wire_markup() {
  for (std::size_t i = 0; i < words_.size(); ++i) {
    if (words_[i].opens != '<') continue;
    std::size_t last = i;
    while (last < words_.size() && words_[last].closes != '>' && last - i < 12) ++last;
    if (last == words_.size() || words_[last].closes != '>' || last == i) continue;
    if (!words_[i].capitalised) continue;
    add(EntityKind::Organization, i, last + 1, last + 1, rules_.weights_.markup);
    i = last;
  }
}

// The end of the run of capitalised words from word i: connectors may join two capitalised
// words; punctuation, a word outside any name and a paragraph end it.
std::size_t LatinNames::Scan::span_end(std::size_t i) const {
  if (!words_[i].capitalised || words_[i].opens == '<') return i;
  std::size_t end = i + 1;
  while (end < words_.size()) {
    const Word& previous = words_[end - 1];
    const bool abbreviation = previous.closes == '.' && text_[previous.end - 1] == '.';  // Mr. John, Co. Ltd
    if ((previous.closes && !abbreviation) || previous.possessive) break;
    const Word& next = words_[end];
    if (next.opens || next.sentence_start || next.paragraph_start) break;
    if (next.capitalised || (next.flags & kLegal)) { ++end; continue; }  // Lantern Street plc
    // German articles are no particles (Stephen Doe das Thema), except after von (von der Leyen).
    const std::string_view particle = text_.substr(next.begin, next.end - next.begin);
    const bool german_article = german_ && (particle == "das" || particle == "der" || particle == "den" ||
                                            particle == "die" || particle == "des" || particle == "dem");
    const bool joins = (next.flags & (kConnector | kParticle)) != 0 && !next.closes && end + 1 < words_.size() &&
                       !german_article;
    if (!joins) break;
    std::size_t after = end + 1;  // von der Leyen: two particles in a row
    if (has(after, kParticle) && !words_[after].capitalised && !words_[after].closes) ++after;
    if (after >= words_.size() || !words_[after].capitalised || words_[after].opens) break;
    end = after + 1;
  }
  return end;
}

// Cleans one run of capitalised words and cuts it at legal forms and possessives.
void LatinNames::Scan::read_span(std::size_t begin, std::size_t end) {
  // Modifiers, openers, titles, months and honorifics before a name are not part of it, unless
  // a legal form follows (Mars Inc).
  while (begin < end && (words_[begin].modifier || has(begin, kNonName | kHonorific | kConnector | kParticle)) &&
         !(has(begin, kNonName) && has(begin + 1, kLegal)))
    ++begin;
  if (begin >= end) return;
  // Das Modehaus Lindqvist: the name starts after a German apposition noun that is not its head.
  for (std::size_t k = end; k-- > begin + 1;)
    if (german_ && has(k, kOrgNounBefore) && words_[k].capitalised && !has(k - 1, kHead)) { begin = k; break; }
  // A word outside any name inside the run (Quillwave CEO Marta Ferreira) splits it.
  for (std::size_t k = begin + 1; k < end; ++k) {
    // Le Floch, De Gaulle: a capitalised particle before a surname stays in the name.
    if (k + 1 < end && words_[k + 1].capitalised && is_particle(k)) continue;
    if ((has(k, kNonName | kHonorific) && !has(k + 1, kLegal)) || words_[k].modifier) {
      read_span(begin, k);
      read_span(k, end);
      return;
    }
  }
  while (end > begin && has(end - 1, kConnector | kParticle)) --end;
  // A sentence's first word that the text also writes in lower case opens the sentence, not the
  // name; but a run that a legal form ends is a company's name from its first word (Summit
  // Pallets Inc.: the adverb before such a name stands apart, with its comma).
  bool legal_in_run = false;
  for (std::size_t k = begin + 1; k < end; ++k) legal_in_run = legal_in_run || has(k, kLegal);
  if (words_[begin].sentence_start && end - begin >= 2 && !has(begin, kGiven | kHead | kLegal) && !legal_in_run &&
      written_lower(begin))
    ++begin;
  // Connectors join words into one name only when a head word or a legal form makes it an
  // organisation's (Bank of Ireland); Microsoft and Google are two names. A person's particles
  // stay (Ursula von der Leyen).
  // Prepositions (of, de, für) need a head word before them (Shareholders of Harbor Lane Inc is
  // Harbor Lane Inc); conjunctions (and, &, y) a head word or a legal form anywhere (Marlow Keane
  // and Co Inc).
  bool head_before = false, organisation = false;
  for (std::size_t k = begin; k < end; ++k) organisation = organisation || has(k, kHead | kLegal) || word(k) == "&";
  for (std::size_t k = begin + 1; k + 1 < end; ++k) {
    head_before = head_before || has(k - 1, kHead);
    if (!has(k, kConnector) || (has(k, kParticle) && has(begin, kGiven))) continue;
    const std::string_view connector = word(k);
    const bool conjunction = connector == "&" || connector == "and" || connector == "e" || connector == "y" ||
                             connector == "et" || connector == "und";
    // A head word after the connector starts a name of its own (Pesquisadores da Universidade ...,
    // Instituto X y la Secretaría Y; but Securities and Exchange Commission is one).
    std::size_t next = k + 1;
    while (next + 1 < end && has(next, kParticle | kConnector) && !words_[next].capitalised) ++next;
    const bool new_name = has(next, kHead) && (!head_before || (conjunction && next > k + 1));
    // A preposition needs a head word before it or a legal form to end the name (Aceros del Norte
    // S.A.; but Versace da Capri Holdings is two names).
    bool legal_end = false;
    const bool english = connector == "of" || connector == "of the" || connector == "for" || connector == "on" ||
                         connector == "für";
    // English "of" before a legal form only after a name of two words or one inside a sentence
    // (Sun Valley Assurance Co of Ohio Inc; but not Shareholders of Harbor Lane Inc).
    const bool plain_start = k - begin >= 2 || !words_[begin].sentence_start;
    for (std::size_t l = k + 1; l < end && (!english || plain_start); ++l) legal_end = legal_end || has(l, kLegal);
    if ((conjunction ? organisation : (head_before || legal_end)) && !new_name) continue;
    read_span(begin, k);
    read_span(k + 1, end);
    return;
  }
  // A legal form ends the name; what follows starts another.
  for (std::size_t k = begin + 1; k < end; ++k) {
    if (!has(k, kLegal) || has(k - 1, kLegal)) continue;
    std::size_t stop = k;
    while (stop < end && (has(stop, kLegal) || (has(stop, kConnector) && has(stop + 1, kLegal)))) ++stop;
    std::size_t key_end = k;
    while (key_end > begin + 1 && has(key_end - 1, kConnector)) --key_end;
    judge(german_descriptors_end(begin, key_end), stop, key_end, true);
    if (stop < end) read_span(stop, end);
    return;
  }
  begin = german_descriptors_end(begin, end);
  // German: after an article, the first of three or more capitalised words is a common noun
  // (den Serverbauer ZT Systems); before a legal form the whole run is the name (die Kessler
  // Logistik GmbH).
  if (german_ && begin > 0 && end - begin >= 3 && !has(begin, kPlace | kGiven | kHead)) {
    const std::string_view previous = word(begin - 1);
    for (std::string_view article : {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"})
      if (previous == article) { ++begin; break; }
  }
  judge(begin, end, end, false);
}

// German capitalises every noun: descriptors before a name (Münchner Chip-Start-up Recheneck
// GmbH, des Serverbauers Nordlicht Systems) are long compounds and place adjectives in -er.
std::size_t LatinNames::Scan::german_descriptors_end(std::size_t begin, std::size_t end) const {
  if (!german_) return begin;
  while (end - begin >= 2) {
    const std::string_view w = word(begin);
    const bool place_adjective = has(begin, kPlace) && w.size() > 4 && w.substr(w.size() - 2) == "er";
    const bool compound = w.find('-') != std::string_view::npos;  // Jura-Studentin, Chip-Start-up
    if (!(util::count_code_points(w) >= 12 || place_adjective || compound) || has(begin, kHead | kGiven)) break;
    ++begin;
  }
  return begin;
}

// The evidence for one cleaned run of words, and the kind it says.
void LatinNames::Scan::judge(std::size_t begin, std::size_t end, std::size_t key_end, bool legal) {
  const Weights& weights = rules_.weights_;
  if (legal) {
    add(EntityKind::Organization, begin, end, key_end, weights.legal);
    if (const auto acronym = acronym_after(begin, end)) {
      found_.back().alias_begin = acronym->first;
      found_.back().alias_end = acronym->second;
    }
    return;
  }
  const std::size_t count = end - begin;
  bool only_places = true;
  for (std::size_t k = begin; k < end; ++k)
    if (!has(k, kPlace | kNonName | kConnector | kParticle)) only_places = false;
  if (only_places) return;
  if (count == 1 && has(begin, kMedia | kGiven)) return;
  if (has(begin, kMedia) && !has(begin, kOrgCueBefore | kOrgNounBefore)) return;
  if (ticker_after(end - 1)) { add(EntityKind::Organization, begin, end, end, weights.markup); return; }
  // A head word ends the name, starts it (Grupo Globo) or stands before a connector (Bank of X);
  // inside a run it is an ordinary word (Business Technology Platform).
  bool head = false;
  for (std::size_t k = begin; k < end; ++k)
    head = head || (has(k, kHead) && (k == begin || k + 1 == end || has(k + 1, kConnector | kHead)));
  if (const auto acronym = acronym_after(begin, end)) {
    add(EntityKind::Organization, begin, end, end, head ? std::max(weights.head, weights.acronym) : weights.acronym);
    found_.back().alias_begin = acronym->first;
    found_.back().alias_end = acronym->second;
    return;
  }
  const bool compound = count == 1 && german_ && words_[begin].capitalised && rules_.compound_with_head(word(begin));
  if ((head && count >= 2) || compound) { add(EntityKind::Organization, begin, end, end, weights.head); return; }
  bool ampersand = false;  // Marks & Spencer: people's names have none
  for (std::size_t k = begin + 1; k + 1 < end; ++k) ampersand = ampersand || word(k) == "&";
  const bool cue = has(begin, kOrgCueBefore) || has(end - 1, kOrgCueAfter) || ampersand;
  std::size_t capitalised = 0;  // Luiz Inácio Lula da Silva: particles do not count
  for (std::size_t k = begin; k < end; ++k) capitalised += words_[k].capitalised;
  const bool person_shape = capitalised >= 2 && capitalised <= 4 && !words_[begin].all_caps;
  const bool honorific = begin > 0 && has(begin - 1, kHonorific) && count <= 3;
  if (honorific) { add(EntityKind::Person, begin, end, end, weights.honorific); return; }
  if (person_shape && has(begin, kGiven)) { add(EntityKind::Person, begin, end, end, weights.given); return; }
  // il gruppo X, la maison X: a noun for a kind of organisation says it as plainly as a head word.
  const bool named_by_noun = has(begin, kOrgNounBefore) && !has(begin, kPlace) && !words_[begin].sentence_start;
  if (named_by_noun) { add(EntityKind::Organization, begin, end, end, weights.organisation_noun); return; }
  // spokesman John Doe, John Doe, an analyst at ...: a role noun beside two or three words.
  if (person_shape && capitalised <= 3 && (has(begin, kPersonCueBefore) || has(end - 1, kPersonCueAfter))) {
    add(EntityKind::Person, begin, end, end, weights.cue);
    return;
  }
  if (cue && (count >= 2 || !words_[begin].sentence_start || words_[begin].all_caps || !written_lower(begin))) {
    add(EntityKind::Organization, begin, end, end, weights.cue);
    return;
  }
  const bool speech = has(begin, kSpeechBefore) || has(end - 1, kSpeechAfter);
  if (speech && person_shape && capitalised <= 3 && !words_[begin].sentence_start)
    add(EntityKind::Person, begin, end, end, weights.speech);
  else if (speech && count == 1 && words_[begin].all_caps && !has(begin, kPlace))
    add(EntityKind::Organization, begin, end, end, weights.speech);
  else if (count == 1 && acronym_in_prose(begin))
    add(EntityKind::Organization, begin, end, end, weights.prose_acronym);
  // German capitalises the nouns before a name (Vorstandschef Hans Müller): a given name starts it.
  else {
    for (std::size_t k = begin + 1; k + 1 < end; ++k) {
      if (has(k, kGiven) && end - k <= 3) { add(EntityKind::Person, k, end, end, weights.given); return; }
      if (has(k, kPersonCueBefore) && end - k <= 3) { add(EntityKind::Person, k, end, end, weights.cue); return; }
    }
    if (person_shape && capitalised <= 3 && !words_[begin].sentence_start && !has(begin, kPlace))
      unresolved_.emplace_back(begin, end);
  }
}

// Cyrille Doe ... Doe said: a name without evidence whose last word the text later uses alone
// as someone who speaks, or after an honorific, is a person's.
void LatinNames::Scan::people_named_again() {
  if (unresolved_.empty()) return;
  std::vector<std::string_view> speakers;
  for (std::size_t k = 0; k < words_.size(); ++k) {
    const bool alone = (k == 0 || !words_[k - 1].capitalised || words_[k - 1].closes || words_[k].sentence_start ||
                        has(k - 1, kHonorific | kNonName)) &&
                       (k + 1 == words_.size() || !words_[k + 1].capitalised || words_[k].closes);
    const bool speaks = has(k, kSpeechAfter | kSpeechBefore) || (k > 0 && has(k - 1, kHonorific));
    if (words_[k].capitalised && alone && speaks && !has(k, kNonName | kPlace)) speakers.push_back(word(k));
  }
  std::sort(speakers.begin(), speakers.end());
  std::vector<std::string_view> surnames;
  for (const auto& [begin, end] : unresolved_) {
    if (!std::binary_search(speakers.begin(), speakers.end(), word(end - 1))) continue;
    add(EntityKind::Person, begin, end, end, rules_.weights_.speech);
    surnames.push_back(word(end - 1));
  }
  // "Doe said it": the surname alone is the person, not an organisation found by that cue.
  std::sort(surnames.begin(), surnames.end());
  found_.erase(std::remove_if(found_.begin(), found_.end(), [&](const Name& name) {
                 return name.kind == EntityKind::Organization &&
                        std::binary_search(surnames.begin(), surnames.end(), text_.substr(name.begin, name.end - name.begin));
               }),
               found_.end());
}

// "Trans World Airlines (TWA)": capitals in brackets whose letters are the initials of the name.
std::optional<std::pair<std::size_t, std::size_t>> LatinNames::Scan::acronym_after(std::size_t begin, std::size_t end) const {
  if (end >= words_.size() || words_[end].opens != '(' || words_[end].closes != ')' || !words_[end].all_caps) return {};
  if (words_[end - 1].closes) return {};
  std::string initials;
  for (std::size_t k = begin; k < end; ++k)
    if (words_[k].capitalised) initials += text_[words_[k].begin];
  const std::string_view acronym = word(end);
  std::size_t matched = 0;  // the acronym's letters, in order, among the initials
  for (char c : initials)
    if (matched < acronym.size() && c == acronym[matched]) ++matched;
  if (matched != acronym.size() || acronym.size() < 2) return {};
  return std::make_pair(words_[end].begin, words_[end].end);
}

// An acronym used as a name in ordinary prose (the FROB said, ao lado da ONU): three to six
// capitals between words written in lower case, so that headlines and tables stay out, and
// written more than once.
bool LatinNames::Scan::acronym_in_prose(std::size_t i) const {
  const std::string_view w = word(i);
  if (!words_[i].all_caps || w.size() < 3 || w.size() > 6 || has(i, kPlace | kNonName | kMedia | kLegal)) return false;
  if (!std::all_of(w.begin(), w.end(), [](char c) { return is_upper_ascii(c); })) return false;
  const auto lower = [&](std::size_t k) {
    const std::string_view v = word(k);
    std::size_t pos = 0;  // è, à: a lower-case word of one letter outside ASCII
    return std::any_of(v.begin(), v.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
           u_islower(static_cast<UChar32>(util::decode_utf8(v, pos))) != 0;
  };
  if (!(i > 0 && i + 1 < words_.size() && lower(i - 1) && lower(i + 1) && words_[i].opens != '<')) return false;
  // After an article (da ONU, the FDA, der EZB) an acronym is a body's; else it must be used
  // more than once: one stray acronym is more often a unit, a code or a product.
  const auto& articles = rules_.acronym_articles_;
  if (std::binary_search(articles.begin(), articles.end(), word(i - 1))) return true;
  std::size_t uses = 0;
  for (const Word& other : words_) uses += text_.substr(other.begin, other.end - other.begin) == w;
  return uses >= 2;
}

// General Public Utilities Corp <GPU>: a ticker in angle brackets right after the name.
bool LatinNames::Scan::ticker_after(std::size_t last) const {
  const std::size_t next = last + 1;
  return next < words_.size() && !words_[last].closes && words_[next].opens == '<' && words_[next].closes == '>' &&
         words_[next].all_caps;
}

std::vector<LatinNames::Name> LatinNames::find(std::string_view text, const FoldedText& folded,
                                               std::string_view language) const {
  return Scan(*this, text, folded, language).run();
}

}  // namespace dealgraph::extract
