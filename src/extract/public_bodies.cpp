#include "extract/public_bodies.hpp"

#include <unicode/uchar.h>

#include "extract/passes/rule_file.hpp"
#include "util/utf8.hpp"

namespace dealgraph::extract {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

bool ends_with(std::string_view word, std::string_view end) {
  return word.size() >= end.size() && word.substr(word.size() - end.size()) == end;
}

// The marks that may close a phrase: after them the next word starts something else.
bool is_closing(char c) { return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?'; }

// The text's words without the quotes and brackets around them.
std::vector<PublicBodies::Word> words_of(std::string_view text) {
  std::vector<PublicBodies::Word> words;
  words.reserve(text.size() / 6);
  std::size_t at = 0;
  while (at < text.size()) {
    while (at < text.size() && is_space(text[at])) ++at;
    std::size_t end = at;
    while (end < text.size() && !is_space(text[end])) ++end;
    PublicBodies::Word w{at, end, false, false};
    at = end;
    while (w.begin < w.end && (text[w.begin] == '(' || text[w.begin] == '"' || text[w.begin] == '\'')) ++w.begin;
    if (w.begin < w.end && static_cast<unsigned char>(text[w.begin]) >= 0x80)
      for (std::string_view quote : {"“", "«", "‘"})
        if (text.compare(w.begin, quote.size(), quote) == 0) w.begin += quote.size();
    while (w.end > w.begin) {
      const char c = text[w.end - 1];
      if (is_closing(c) || c == '"' || c == '\'') {
        // U.S. keeps its last full stop; the phrase still ends when a comma follows.
        if (c == '.' && w.end - w.begin >= 3 && text[w.end - 3] == '.') break;
        w.closes = w.closes || is_closing(c);
        --w.end;
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x80) break;
      bool quote = false;
      for (std::string_view mark : {"”", "»", "’"})
        if (w.end - w.begin >= mark.size() && text.compare(w.end - mark.size(), mark.size(), mark) == 0) {
          w.end -= mark.size();
          quote = true;
        }
      if (!quote) break;
    }
    if (w.begin >= w.end) continue;
    const auto first = static_cast<unsigned char>(text[w.begin]);
    std::size_t pos = w.begin;
    w.capitalised = first < 0x80 ? (first >= 'A' && first <= 'Z')
                                 : u_isupper(static_cast<UChar32>(util::decode_utf8(text, pos))) != 0;
    words.push_back(w);
  }
  return words;
}

std::vector<std::string> words_in(std::string_view phrase) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < phrase.size()) {
    const std::size_t space = std::min(phrase.find(' ', at), phrase.size());
    out.emplace_back(phrase.substr(at, space - at));
    at = space + 1;
  }
  return out;
}

std::string capitalised(std::string_view word) {
  std::string out(word);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

}  // namespace

PublicBodies::PublicBodies(const LatinNameFiles& files) {
  const RuleFile names(files.names), places(files.places);
  const auto note_start = [&](std::string_view word) {
    const std::size_t slot = start_slot(word);
    if (slot < start_lengths_.size()) start_lengths_[slot] |= 1u << word.size();
  };
  for (const rdf::Term* term : names.all_of_type("PublicBodyNoun", "surface")) {
    std::vector<std::string> parts = words_in(term->value);
    if (parts.empty()) continue;
    for (const std::string& form : {parts[0], capitalised(parts[0])}) {
      note_start(form);
      words_[form] |= parts.size() == 1 ? kNoun : kLongNounStart;
    }
    if (parts.size() > 1) long_nouns_.push_back(std::move(parts));
  }
  for (const rdf::Term* term : names.all_of_type("PublicBodyQualifier", "surface")) words_[term->value] |= kQualifier;
  for (const rdf::Term* term : names.all_of_type("PublicBodyQualifierBefore", "surface"))
    words_[term->value] |= kQualifierBefore;
  for (const rdf::Term* term : names.all_of_type("PublicBodyConnector", "surface")) words_[term->value] |= kConnector;
  for (const rdf::Term* term : names.all_of_type("InstitutionWord", "surface")) {
    words_[term->value] |= kInstitution;
    note_start(term->value);
  }
  for (const rdf::Term* term : names.all_of_type("NonNameWord", "surface")) words_[term->value] |= kOpener;
  for (const rdf::Term* term : names.all_of_type("CompanyNationality", "surface")) {
    words_[term->value] |= kNationality;
    note_start(term->value);
  }
  const RuleFile given_names(files.given_names);
  for (const rdf::Term* term : given_names.all_of_type("GivenName", "surface")) words_[term->value] |= kGiven;
  for (const std::string& subject : names.subjects("LeaderBodyNoun")) {
    const bool before = names.flag(subject, "leaderBefore");
    for (const rdf::Term* term : names.all(subject, "surface")) {
      words_[term->value] |= before ? kLeaderBefore : kLeaderAfter;
      note_start(term->value);
    }
  }
  for (const rdf::Term* term : places.all_of_type("Place", "surface"))
    if (term->value.find(' ') == std::string::npos) words_[term->value] |= kPlace;
  for (const std::string& subject : names.subjects("InstitutionCompound")) {
    Compound compound;
    for (const rdf::Term* term : names.all(subject, "prefix")) compound.prefixes.push_back(term->value);
    for (const rdf::Term* term : names.all(subject, "suffix")) compound.suffixes.push_back(term->value);
    for (const rdf::Term* term : names.all(subject, "wholeSuffix")) compound.whole_suffixes.push_back(term->value);
    compounds_.push_back(std::move(compound));
  }
  if (const rdf::Term* weight = names.first("https://w3id.org/dealgraph/rules/evidence-head-word", "confidence")) {
    try {
      confidence_ = std::stod(weight->value);
    } catch (const std::exception&) {
      names.fail("https://w3id.org/dealgraph/rules/evidence-head-word", "dg:confidence is not a number");
    }
  }
}

std::uint16_t PublicBodies::flags(std::string_view word) const {
  const auto it = words_.find(word);
  return it == words_.end() ? 0 : it->second;
}

// Whether a noun or chamber word may begin with this word: its first letter and length say no
// for most words without a lookup.
bool PublicBodies::may_start_phrase(std::string_view word) const {
  const std::size_t slot = start_slot(word);
  return slot < start_lengths_.size() && (start_lengths_[slot] >> word.size() & 1u) != 0;
}

// The slot of a word's first two letters, folded to lower case (another character is the 27th
// letter); beyond the table for words shorter than two bytes, longer than 31 or not starting
// with an ASCII letter.
std::size_t PublicBodies::start_slot(std::string_view word) {
  if (word.size() < 2 || word.size() >= 32) return kNoSlot;
  const auto letter = [](char c) {
    const char lower = static_cast<char>(c | 0x20);
    return lower >= 'a' && lower <= 'z' ? static_cast<std::size_t>(lower - 'a') : std::size_t{26};
  };
  const std::size_t first = letter(word[0]);
  return first == 26 ? kNoSlot : first * 27 + letter(word[1]);
}

// The end of a public body's noun that starts at word i (i when none does).
std::size_t PublicBodies::noun_end(const std::vector<Word>& words, std::string_view text, std::size_t i,
                                   std::uint16_t own) const {
  if (!(own & kLongNounStart)) return own & kNoun ? i + 1 : i;
  const auto word = [&](std::size_t k) { return text.substr(words[k].begin, words[k].end - words[k].begin); };
  for (const std::vector<std::string>& noun : long_nouns_) {
    std::size_t k = 0;
    while (k < noun.size() && i + k < words.size() && (k == 0 || !words[i + k - 1].closes) &&
           (word(i + k) == noun[k] || (k == 0 && word(i) == capitalised(noun[0])) ||
            (k > 0 && words[i].capitalised && word(i + k) == capitalised(noun[k]))))
      ++k;
    if (k == noun.size()) return i + k;
  }
  return own & kNoun ? i + 1 : i;
}

// Bundesregierung, Landesamt, Bundestages, Finanzministerium: a compound of state, also in the
// genitive.
bool PublicBodies::is_compound(std::string_view word) const {
  for (std::string_view genitive : {"", "s", "es"}) {
    if (!ends_with(word, genitive)) continue;
    const std::string_view stem = word.substr(0, word.size() - genitive.size());
    for (const Compound& compound : compounds_) {
      const auto matches_after = [&](std::size_t from) {
        for (const std::string& suffix : compound.suffixes)
          if (stem.size() > from + suffix.size() - 1 && ends_with(stem, suffix)) return true;
        for (const std::string& suffix : compound.whole_suffixes)
          if (stem.size() == from + suffix.size() && ends_with(stem, suffix)) return true;
        return false;
      };
      if (compound.prefixes.empty() && matches_after(1)) return true;
      for (const std::string& prefix : compound.prefixes)
        if (stem.size() > prefix.size() && stem.compare(0, prefix.size(), prefix) == 0 && matches_after(prefix.size()))
          return true;
    }
  }
  return false;
}

// The end of the leader's name after a government's noun (governo Dilma Rousseff): up to three
// capitalised words, none a place or a sentence's opener; `from` when there is none.
std::size_t PublicBodies::leader_end(const std::vector<Word>& words, std::string_view text, std::size_t from) const {
  std::size_t end = from;
  while (end < words.size() && end - from < 3 && words[end].capitalised &&
         !(flags(text.substr(words[end].begin, words[end].end - words[end].begin)) & (kPlace | kOpener | kQualifier))) {
    ++end;
    if (words[end - 1].closes) break;
  }
  return end;
}

// The start of the leader's name before "administration" (the Obama administration); `to` when
// there is none. A possessive (Ford's administration) or a sentence's first word (Another
// administration) is no such name.
std::size_t PublicBodies::leader_begin(const std::vector<Word>& words, std::string_view text, std::size_t to) const {
  std::size_t begin = to;
  while (begin > 0 && to - begin < 3 && words[begin - 1].capitalised && !words[begin - 1].closes) {
    const std::string_view name = text.substr(words[begin - 1].begin, words[begin - 1].end - words[begin - 1].begin);
    const bool possessive = ends_with(name, "'s") || ends_with(name, "’s") || ends_with(name, "'");
    const bool sentence_start = begin == 1 || (words[begin - 2].closes && text[words[begin - 2].end] == '.');
    if (possessive || sentence_start || (flags(name) & (kPlace | kOpener))) break;
    --begin;
  }
  return begin;
}

std::vector<LatinNames::Name> PublicBodies::find(std::string_view text) const {
  const std::vector<Word> words = words_of(text);
  const auto word = [&](std::size_t k) { return text.substr(words[k].begin, words[k].end - words[k].begin); };
  std::vector<LatinNames::Name> found;
  const auto add = [&](std::size_t begin, std::size_t end) {
    const std::size_t last = words[end - 1].end;
    found.push_back({EntityKind::Organization, words[begin].begin, last, last, confidence_, 0, 0});
  };
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = word(i);
    if (words[i].capitalised && w.size() >= 8 && is_compound(w)) { add(i, i + 1); continue; }
    if (!may_start_phrase(w)) continue;
    const std::uint16_t own = flags(w);
    if (!(own & (kNoun | kLongNounStart | kInstitution | kLeaderAfter | kLeaderBefore | kNationality))) continue;
    // a francesa Lumenor, la japonaise Kirevo: one capitalised word that is no person's, place's
    // or opener's name after a nationality in lower case
    const auto one_word_name = [&](std::size_t k) {
      return k < words.size() && words[k].capitalised && word(k).size() >= 2 &&
             (words[k].closes || k + 1 == words.size() ||
              !(words[k + 1].capitalised || ((flags(word(k + 1)) & kConnector) && k + 2 < words.size() &&
                                             words[k + 2].capitalised))) &&
             !(flags(word(k)) & (kPlace | kOpener | kGiven | kQualifier | kNoun | kInstitution));
    };
    if ((own & kNationality) && !words[i].capitalised && !words[i].closes && one_word_name(i + 1)) {
      add(i + 1, i + 2);
      ++i;
      continue;
    }
    const std::size_t end = noun_end(words, text, i, own);
    const bool open_after = end > i && end < words.size() && !words[end - 1].closes;
    // governo federal, Gobierno peruano, Commissione europea
    if (open_after && (flags(word(end)) & kQualifier)) { add(i, end + 1); i = end; continue; }
    // Gobierno de España, government of India
    if (open_after && end + 1 < words.size() && (flags(word(end)) & kConnector) && words[end + 1].capitalised &&
        (flags(word(end + 1)) & kPlace)) {
      add(i, end + 2);
      i = end + 1;
      continue;
    }
    // the Belgian government, die französische Regierung
    if (end > i && i > 0 && !words[i - 1].closes &&
        ((words[i - 1].capitalised && (flags(word(i - 1)) & kPlace)) || (flags(word(i - 1)) & kQualifierBefore))) {
      add(i - 1, end);
      i = end - 1;
      continue;
    }
    // governo Lula, gouvernement Harper; the Obama administration
    if (!words[i].capitalised && (own & kLeaderAfter) && !words[i].closes) {
      const std::size_t leader = leader_end(words, text, i + 1);
      if (leader > i + 1) { add(i, leader); i = leader - 1; continue; }
    }
    if (!words[i].capitalised && (own & kLeaderBefore)) {
      const std::size_t leader = leader_begin(words, text, i);
      if (leader < i) { add(leader, i + 1); continue; }
    }
    // el Senado, Congress: one capitalised chamber word between words outside any name (El
    // Gobierno, but not Senate Finance Committee or Senato della Repubblica).
    if (!(own & kInstitution)) continue;
    const bool alone_before =
        i == 0 || !words[i - 1].capitalised || words[i - 1].closes || (flags(word(i - 1)) & kOpener);
    const bool name_after = !words[i].closes && i + 1 < words.size() &&
                            (words[i + 1].capitalised || ((flags(word(i + 1)) & kConnector) && i + 2 < words.size() &&
                                                          words[i + 2].capitalised));
    if (alone_before && !name_after) add(i, i + 1);
  }
  return found;
}

}  // namespace dealgraph::extract
