#include "extract/entity_discovery.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "rdf/turtle_reader.hpp"
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

std::vector<std::string> literals_of(const rdf::TripleIndex& index, const std::string& type, bool* legal_filter = nullptr) {
  std::vector<std::string> values;
  const std::string dg(rdf::kDg);
  for (const std::string& subject : index.subjects_of_type(type)) {
    if (legal_filter) {
      const rdf::Term* legal = index.first_object(subject, dg + "legal");
      if ((legal && legal->value == "true") != *legal_filter) continue;
    }
    for (const rdf::Term* term : index.objects(subject, dg + "surface")) values.push_back(term->value);
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

EntityDiscovery::EntityDiscovery(const std::string& discovery_rules_path, const std::string& post_rules_path) {
  const rdf::TripleIndex rules(rdf::read_turtle_file(discovery_rules_path));
  const std::string dg(rdf::kDg);
  bool legal = true, not_legal = false;
  const PhraseMatcher::Options exact{false, true};
  for (const std::string& s : literals_of(rules, dg + "CorporateSuffix", &legal)) cues_.add(s, kLegalSuffix, exact);
  for (const std::string& s : literals_of(rules, dg + "CorporateSuffix", &not_legal)) {
    if (s.empty() || static_cast<unsigned char>(s[0]) >= 0x80) cues_.add(s, kChineseSuffix);
    else cues_.add(s, kNameSuffix, exact);
  }
  for (const std::string& s : literals_of(rules, dg + "OrganizationCue")) cues_.add(s, kOrganizationCue);
  for (const std::string& s : literals_of(rules, dg + "ChineseNameStop")) cues_.add(s, kChineseStop);
  stopwords_ = literals_of(rules, dg + "NameStopword");
  std::sort(stopwords_.begin(), stopwords_.end());
  german_articles_ = literals_of(rules, dg + "GermanNounArticle");
  connectors_ = literals_of(rules, dg + "NameConnector");
  std::sort(connectors_.begin(), connectors_.end());
  std::sort(german_articles_.begin(), german_articles_.end());
  const rdf::TripleIndex posts(rdf::read_turtle_file(post_rules_path));
  for (const std::string& s : literals_of(posts, dg + "TitleWord")) cues_.add(s, kTitle);
  cues_.build();
}

EntityDiscovery::Result EntityDiscovery::find(std::string_view text, const FoldedText& folded,
                                              const std::vector<Mention>& known, std::string_view language) const {
  Result result;
  std::vector<PhraseMatcher::Match> legal_suffixes, name_suffixes, chinese_suffixes, organization_cues, titles, chinese_stops;
  for (const auto& match : cues_.find_all(text, folded)) {
    switch (match.id) {
      case kLegalSuffix: legal_suffixes.push_back(match); break;
      case kNameSuffix: name_suffixes.push_back(match); break;
      case kOrganizationCue: organization_cues.push_back(match); break;
      case kChineseSuffix: chinese_suffixes.push_back(match); break;
      case kTitle: titles.push_back(match); break;
      case kChineseStop: chinese_stops.push_back(match); break;
      default: break;
    }
  }
  auto overlaps_known = [&](std::size_t begin, std::size_t end) {
    auto it = std::lower_bound(known.begin(), known.end(), begin, [](const Mention& m, std::size_t at) { return m.byte_end <= at; });
    return it != known.end() && it->byte_begin < end;
  };
  auto is_stopword = [&](std::string_view word) { return std::binary_search(stopwords_.begin(), stopwords_.end(), word); };
  auto is_connector = [&](std::string_view word) { return std::binary_search(connectors_.begin(), connectors_.end(), word); };
  // German capitalises every noun: descriptors before a name (Münchner Chip-Start-up Recheneck
  // GmbH, Risikokapitalgeber HV Capital) are dropped: compounds with a hyphen, adjectives of
  // place in -er, and long compounds, while a word remains.
  auto drop_german_descriptors = [&](std::vector<Token>& words) {
    while (words.size() >= 2) {
      const std::string_view word = text.substr(words.front().begin, words.front().end - words.front().begin);
      const bool descriptor = word.find('-') != std::string_view::npos || util::count_code_points(word) >= 12 ||
                              (word.size() > 4 && word.substr(word.size() - 2) == "er");
      if (!descriptor) break;
      words.erase(words.begin());
    }
  };
  // Name words run backwards from `end` (exclusive) or forwards from `begin`.
  auto words_before = [&](std::size_t end, std::size_t most) {
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
    while (!words.empty() && is_connector(text.substr(words.back().begin, words.back().end - words.back().begin)))
      words.pop_back();
    std::reverse(words.begin(), words.end());
    while (!words.empty() && is_stopword(text.substr(words.front().begin, words.front().end - words.front().begin)))
      words.erase(words.begin());
    return words;
  };
  auto words_after = [&](std::size_t begin, std::size_t most) {
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
      if (trimmed != e) break;  // punctuation ends the name
      at = e;
    }
    return words;
  };

  struct Found { EntityKind kind; std::size_t begin, end; std::string name; std::string key_name; };
  std::vector<Found> found;
  auto add = [&](EntityKind kind, std::size_t begin, std::size_t end, std::size_t key_end) {
    if (begin >= end || overlaps_known(begin, end)) return;
    found.push_back({kind, begin, end, std::string(text.substr(begin, end - begin)), std::string(text.substr(begin, key_end - begin))});
  };
  const bool chinese = language.rfind("zh", 0) == 0 || language == "ja";
  const bool german = language == "de";

  // Words of a cue are not the name's: "die Firma Nordlicht Systems AG" is Nordlicht Systems AG.
  auto drop_cue_words = [&](std::vector<Token>& words) {
    while (!words.empty() && std::any_of(organization_cues.begin(), organization_cues.end(), [&](const auto& cue) {
             return cue.begin <= words.front().begin && words.front().end <= cue.end;
           }))
      words.erase(words.begin());
  };
  if (!chinese) {
    // Corporate suffixes: the capitalised words before them.
    for (const auto& suffix : legal_suffixes) {
      std::size_t end = suffix.begin;
      while (end > 0 && text[end - 1] == ' ') --end;
      if (end > 0 && text[end - 1] == ',') --end;  // Acme, Inc.
      auto words = words_before(end, 5);
      drop_cue_words(words);
      if (german) drop_german_descriptors(words);
      if (!words.empty()) add(EntityKind::Organization, words.front().begin, suffix.end, words.back().end);
    }
    for (const auto& suffix : name_suffixes) {
      // "Business Technology Platform": a suffix word inside a longer name is not its end.
      if (!words_after(suffix.end, 1).empty()) continue;
      auto words = words_before(suffix.begin, 3);
      if (german) {
        std::size_t before = words.empty() ? 0 : words.front().begin;
        while (before > 0 && text[before - 1] == ' ') --before;
        std::size_t word_start = before;
        while (word_start > 0 && !is_space(text[word_start - 1])) --word_start;
        if (words.size() >= 2 && std::binary_search(german_articles_.begin(), german_articles_.end(),
                                                    std::string(text.substr(word_start, before - word_start))))
          words.erase(words.begin());
        drop_german_descriptors(words);
      }
      drop_cue_words(words);
      if (!words.empty()) add(EntityKind::Organization, words.front().begin, suffix.end, suffix.end);
    }
    // Cue words: the capitalised words after them.
    for (const auto& cue : organization_cues) {
      auto words = words_after(cue.end, 3);
      if (german) drop_german_descriptors(words);
      if (!words.empty()) add(EntityKind::Organization, words.front().begin, words.back().end, words.back().end);
    }
    // Titles beside names of two or three words.
    for (const auto& title : titles) {
      std::size_t after = title.end;
      if (after < text.size() && text[after] == ',') ++after;
      const auto next = words_after(after, 3);
      if (next.size() >= 2) add(EntityKind::Person, next.front().begin, next.back().end, next.back().end);
      // "o CEO da Scala, Marcos Peigo", "Le PDG de Calculia, Julien Marchetti": the name after
      // the organisation and a comma.
      {
        std::size_t at = title.end;
        const std::size_t limit = std::min(text.size(), title.end + 80);
        while (at < limit && text[at] != ',' && text[at] != '.' && text[at] != ';') ++at;
        if (at < limit && text[at] == ',') {
          const std::string_view between = text.substr(title.end, at - title.end);
          // Only connectors, articles and names between the title and the comma.
          bool plain = true;
          std::size_t word_start = 0;
          for (std::size_t k = 0; k <= between.size(); ++k) {
            if (k < between.size() && !is_space(between[k])) continue;
            const std::string_view word = between.substr(word_start, k - word_start);
            word_start = k + 1;
            if (word.empty()) continue;
            const std::size_t apostrophe = word.find('\'');
            const std::string_view bare = apostrophe != std::string_view::npos ? word.substr(apostrophe + 1) : word;
            if (!(is_connector(word) || is_name_word(bare) || word.size() <= 3)) { plain = false; break; }
          }
          const auto named = words_after(at + 1, 3);
          if (plain && named.size() >= 2) add(EntityKind::Person, named.front().begin, named.back().end, named.back().end);
        }
      }
      std::size_t before = title.begin;
      while (before > 0 && text[before - 1] == ' ') --before;
      if (before > 0 && text[before - 1] == ',') {
        const auto previous = words_before(before - 1, 3);
        if (previous.size() >= 2) add(EntityKind::Person, previous.front().begin, previous.back().end, previous.back().end);
      }
    }
  } else {
    // 首席执行官张三表示: two or three Han characters after a title, ended by a stop word;
    // or a transliteration joined by a middle dot.
    const auto& stops = chinese_stops;
    std::vector<std::size_t> stop_starts, stop_ends;
    for (const auto& s : stops) { stop_starts.push_back(s.begin); stop_ends.push_back(s.end); }
    std::sort(stop_starts.begin(), stop_starts.end());
    std::sort(stop_ends.begin(), stop_ends.end());
    // 上海临港算力科技有限公司: Han characters back from a company suffix to a stop, a
    // punctuation mark or a known name; 名为芯算云的: the name after the cue.
    auto han_run_back = [&](std::size_t end) {
      std::size_t begin = end;
      std::size_t count = 0;
      while (begin > 0 && count < 14) {
        std::size_t previous = begin - 1;
        while (previous > 0 && (static_cast<unsigned char>(text[previous]) & 0xC0) == 0x80) --previous;
        std::size_t probe = previous;
        const char32_t cp = util::decode_utf8(text, probe);
        const bool latin_letter = cp < 0x80 && std::isalpha(static_cast<unsigned char>(cp));
        if (!(is_han(cp) || latin_letter)) break;
        if (std::binary_search(stop_ends.begin(), stop_ends.end(), begin) || overlaps_known(previous, begin)) break;
        begin = previous;
        ++count;
      }
      return begin;
    };
    for (const auto& suffix : chinese_suffixes) {
      const std::size_t begin = han_run_back(suffix.begin);
      if (suffix.begin > begin && util::count_code_points(text.substr(begin, suffix.begin - begin)) >= 2)
        add(EntityKind::Organization, begin, suffix.end, suffix.end);
    }
    for (const auto& cue : organization_cues) {
      std::size_t end = cue.end;
      while (end < text.size() && end - cue.end < 30) {
        std::size_t next = end;
        const char32_t cp = util::decode_utf8(text, next);
        const bool latin_letter = cp < 0x80 && std::isalpha(static_cast<unsigned char>(cp));
        if (!(is_han(cp) || latin_letter) || text.compare(end, 3, "的") == 0 ||
            std::binary_search(stop_starts.begin(), stop_starts.end(), end))
          break;
        end = next;
      }
      if (end > cue.end && util::count_code_points(text.substr(cue.end, end - cue.end)) >= 2)
        add(EntityKind::Organization, cue.end, end, end);
    }
    // 据《证券时报》报道: a title in book quotes that reports is a publication.
    for (std::size_t open = text.find("《"); open != std::string_view::npos; open = text.find("《", open + 3)) {
      const std::size_t close = text.find("》", open);
      if (close == std::string_view::npos || close - open > 40) continue;
      const std::string_view after = text.substr(close + 3, 9);
      const bool reports = (open >= 3 && text.compare(open - 3, 3, "据") == 0) || (open >= 3 && text.compare(open - 3, 3, "據") == 0) ||
                           after.rfind("报道", 0) == 0 || after.rfind("報導", 0) == 0 || after.rfind("报导", 0) == 0 ||
                           after.rfind("称", 0) == 0 || after.rfind("稱", 0) == 0 || after.rfind("披露", 0) == 0;
      if (reports && close > open + 3) add(EntityKind::Organization, open + 3, close, close);
    }
    for (const auto& title : titles) {
      std::size_t pos = title.end;
      std::vector<std::size_t> boundaries;  // byte offsets after each Han character
      std::size_t dot_count = 0, after_dot = 0;  // Han characters seen after the last middle dot
      while (pos < text.size() && boundaries.size() < 12) {
        std::size_t next = pos;
        const char32_t cp = util::decode_utf8(text, next);
        if (is_han(cp)) { boundaries.push_back(next); ++after_dot; }
        else if ((cp == 0xB7 || cp == 0x30FB || cp == 0x2027) && !boundaries.empty()) { ++dot_count; after_dot = 0; }
        else break;
        pos = next;
      }
      auto ends_name = [&](std::size_t end) {
        return end == text.size() || std::binary_search(stop_starts.begin(), stop_starts.end(), end) ||
               !is_han(util::decode_utf8(text, end = end));
      };
      // A transliteration: the part after the last dot is two to four characters long.
      const std::size_t first_after_dot = boundaries.size() - after_dot;
      for (std::size_t length = 1; dot_count > 0 && length <= std::min<std::size_t>(after_dot, 4); ++length) {
        const std::size_t end = boundaries[first_after_dot + length - 1];
        if (length >= 2 && ends_name(end)) { add(EntityKind::Person, title.end, end, end); break; }
      }
      if (dot_count > 0) continue;
      for (std::size_t length : {2u, 3u}) {
        if (boundaries.size() < length) break;
        const std::size_t end = boundaries[length - 1];
        if (ends_name(end)) { add(EntityKind::Person, title.end, end, end); break; }
      }
    }
  }

  // One entity per name; then every other mention of it in the text.
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::map<std::string, std::size_t> entity_of;  // key -> index in result.entities
  PhraseMatcher names;
  std::vector<std::string> keys;
  std::size_t covered = 0;
  for (const Found& f : found) {
    if (f.begin < covered) continue;
    covered = f.end;
    const std::string key = discovered_key(f.kind, f.key_name);
    if (!entity_of.count(key)) {
      entity_of[key] = result.entities.size();
      result.entities.push_back({key, f.kind, f.name, std::string(language), kDiscoveredConfidence,
                                 f.key_name != f.name ? f.key_name : std::string()});
      names.add(f.name, static_cast<std::uint32_t>(keys.size()), {false, true});
      if (f.key_name != f.name) names.add(f.key_name, static_cast<std::uint32_t>(keys.size()), {false, true});
      keys.push_back(key);
    }
  }
  if (keys.empty()) return result;
  names.build();
  for (const auto& match : leftmost_longest(names.find_all(text, folded))) {
    if (overlaps_known(match.begin, match.end)) continue;
    const DiscoveredEntity& entity = result.entities[entity_of[keys[match.id]]];
    result.mentions.push_back({entity.entity_key, entity.kind, match.begin, match.end, kDiscoveredConfidence});
  }
  return result;
}

}  // namespace dealgraph::extract
