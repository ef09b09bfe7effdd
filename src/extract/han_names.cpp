#include "extract/han_names.hpp"

#include <algorithm>
#include <cctype>

#include "extract/passes/rule_file.hpp"
#include "util/utf8.hpp"

namespace dealgraph::extract {
namespace {

// The longest name run before a head word, in characters (上海临港算力科技 is eight).
constexpr std::size_t kMostNameCharacters = 12;

// The code point that ends at byte `end`, and where it begins.
char32_t code_point_before(std::string_view text, std::size_t end, std::size_t& begin) {
  begin = end - 1;
  while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
  std::size_t probe = begin;
  return util::decode_utf8(text, probe);
}

// Byte offsets after each of the Han characters that run back from `end`, nearest first.
std::vector<std::size_t> han_starts_before(std::string_view text, std::size_t end, std::size_t most) {
  std::vector<std::size_t> starts;
  while (end > 0 && starts.size() < most) {
    std::size_t begin = 0;
    if (!is_ideograph(code_point_before(text, end, begin))) break;
    starts.push_back(begin);
    end = begin;
  }
  return starts;
}

bool is_katakana(char32_t c) { return c >= 0x30A1 && c <= 0x30FC; }  // with ・ and ー

// Where a foreign name in katakana ending at `end` begins (ジェン・スン・フアン): a run of katakana
// whose parts the middle dot ・ joins, each part two letters or more; `end` when there is none.
std::size_t katakana_name_before(std::string_view text, std::size_t end) {
  std::size_t start = end, letters_in_part = 0, parts = 1;
  bool short_part = false;
  while (start > 0) {
    std::size_t begin = 0;
    const char32_t c = code_point_before(text, start, begin);
    if (!is_katakana(c)) break;
    if (c == 0x30FB) {
      if (letters_in_part < 2) short_part = true;
      letters_in_part = 0;
      ++parts;
    } else {
      ++letters_in_part;
    }
    start = begin;
  }
  if (parts < 2 || letters_in_part < 2 || short_part) return end;
  return start;
}

std::vector<std::size_t> han_ends_after(std::string_view text, std::size_t begin, std::size_t most) {
  std::vector<std::size_t> ends;
  while (begin < text.size() && ends.size() < most) {
    std::size_t next = begin;
    if (!is_ideograph(util::decode_utf8(text, next))) break;
    ends.push_back(next);
    begin = next;
  }
  return ends;
}

bool contains(const std::vector<std::size_t>& sorted, std::size_t at) {
  return std::binary_search(sorted.begin(), sorted.end(), at);
}

// The longest of `words` (sorted longest first) written at byte `at`; empty when none is.
std::string_view word_at(const std::vector<std::string>& words, std::string_view text, std::size_t at) {
  for (const std::string& word : words)
    if (text.compare(at, word.size(), word) == 0) return word;
  return {};
}

// Whether a head of `heads` at `at` ends a word: 委 of 市委, not of 委员会, which is a head of its own.
bool head_at(const std::vector<std::string>& heads, std::string_view text, std::size_t at, HanWords& words) {
  const std::string_view head = word_at(heads, text, at);
  return !head.empty() && words.is_boundary(at + head.size());
}

}  // namespace

HanNames::HanNames(const std::string& name_rules_path, const std::string& surnames_path,
                   const std::string& given_names_path)
    : kana_latin_(name_rules_path, given_names_path) {
  if (!name_rules_path.empty()) {
    const RuleFile rules(name_rules_path);
    for (const rdf::Term* word : rules.all_of_type("HanNameStop", "surface")) {
      words_.add(word->value, kStop);
      stops_.push_back(word->value);
    }
    for (const rdf::Term* word : rules.all_of_type("HanGenericNoun", "surface")) generic_.push_back(word->value);
    for (const rdf::Term* word : rules.all_of_type("HanParticle", "surface")) particles_.push_back(word->value);
    for (const rdf::Term* word : rules.all_of_type("HanPersonCueBefore", "surface")) words_.add(word->value, kBefore);
    for (const rdf::Term* word : rules.all_of_type("HanPersonCueAfter", "surface")) words_.add(word->value, kAfter);
    for (const rdf::Term* word : rules.all_of_type("KatakanaPersonCueAfter", "surface")) words_.add(word->value, kAfterKana);
    places_ = rules.words_longest_first("HanPlace");
    place_endings_ = rules.words_longest_first("HanPlaceEnding");
    public_body_heads_ = rules.words_longest_first("HanPublicBodyHead");
    short_name_heads_ = rules.words_longest_first("HanShortNameHead");
    legal_forms_ = rules.words_longest_first("HanFullLegalForm");
    company_heads_ = rules.words_longest_first("HanPlacedCompanyHead");
    japanese_heads_ = rules.words_longest_first("JapaneseCompanyHead");
    product_heads_ = rules.words_longest_first("HanProductHead");
    branch_heads_ = rules.words_longest_first("HanBranchHead");
    countries_ = rules.words_longest_first("HanCountry");
    std::sort(countries_.begin(), countries_.end());
    title_prefixes_ = rules.words_longest_first("HanTitlePrefix");
    std::sort(title_prefixes_.begin(), title_prefixes_.end());
    directions_ = rules.words_longest_first("HanDirection");
    std::sort(directions_.begin(), directions_.end());
  }
  if (!surnames_path.empty()) {
    const RuleFile rules(surnames_path);  // outlives the terms it owns
    for (const rdf::Term* name : rules.all_of_type("ChineseSurname", "surface")) surnames_.push_back(name->value);
  }
  words_.build();
  std::sort(stops_.begin(), stops_.end());
  std::sort(surnames_.begin(), surnames_.end());
  std::sort(generic_.begin(), generic_.end());
  std::sort(particles_.begin(), particles_.end());
}

HanNames::Cues HanNames::find_cues(std::string_view text, const FoldedText& folded) const {
  Cues cues;
  for (const auto& match : words_.find_all(text, folded)) {
    if (match.id == kStop) {
      cues.stop_starts.push_back(match.begin);
      cues.stop_ends.push_back(match.end);
    } else {
      (match.id == kBefore ? cues.before : match.id == kAfter ? cues.after : cues.after_kana).push_back(match);
    }
  }
  std::sort(cues.stop_starts.begin(), cues.stop_starts.end());
  std::sort(cues.stop_ends.begin(), cues.stop_ends.end());
  return cues;
}

bool HanNames::is_stop(std::string_view word) const { return std::binary_search(stops_.begin(), stops_.end(), word); }

bool HanNames::ends_with_particle(std::string_view word) const {
  if (word.size() <= 3) return false;
  std::size_t begin = 0;
  code_point_before(word, word.size(), begin);
  return std::binary_search(particles_.begin(), particles_.end(), word.substr(begin));
}

std::size_t HanNames::whole_words_back(std::string_view text, std::size_t head, std::size_t floor,
                                       HanWords& words) const {
  std::size_t start = head, characters = 0;
  bool industry_tail = true;  // only industry words so far, next to the head
  while (start > floor) {
    const std::size_t previous = words.preceding(start);
    // A word across the floor or past the longest name: no clean start, so no name.
    if (previous < floor) return head;
    const std::string_view word = text.substr(previous, start - previous);
    // Whole words only (据 ends 数据 but is a word of its own in 据悉), or a verb with its
    // particle (低于, 发送给). An industry word that is also a verb belongs to the name next to
    // the head (某某投资管理有限公司), not before other words (投资某某有限公司).
    const bool industry = is_generic(word);
    if (!(industry && industry_tail) && (is_stop(word) || ends_with_particle(word))) break;
    industry_tail = industry_tail && industry;
    std::size_t pos = 0, count = 0;
    bool name_like = true;
    while (pos < word.size() && name_like) {
      const char32_t cp = util::decode_utf8(word, pos);
      const bool latin_letter = cp < 0x80 && std::isalpha(static_cast<int>(cp));
      name_like = is_ideograph(cp) || (cp >= 0x30A1 && cp <= 0x30FF) || latin_letter;
      ++count;
    }
    if (!name_like) break;
    if (characters + count > kMostNameCharacters) return head;
    characters += count;
    start = previous;
  }
  return start;
}

// 並|入|優必選科技: the dictionary splits a stop word (並入) whose first character is a stop of its
// own; the name starts after the whole stop word, and a run that opens with a split stop word
// (互|联|网电子) starts after it.
std::size_t HanNames::past_split_stop(std::string_view text, std::size_t start, std::size_t head) const {
  // 股份|制 and 互|联|网, descriptors that the dictionary splits, open the run: no name before them.
  for (std::size_t characters = 3, end = 0; characters >= 2; --characters) {
    end = start;
    for (std::size_t k = 0; k < characters && end < head; ++k) util::decode_utf8(text, end);
    if (util::count_code_points(text.substr(start, end - start)) == characters &&
        is_stop(text.substr(start, end - start)))
      return end;
  }
  std::size_t begin = start;
  for (int back = 0; back < 2 && begin > 0; ++back) {
    std::size_t previous = 0;
    if (!is_ideograph(code_point_before(text, begin, previous))) break;
    begin = previous;
    std::size_t end = start;
    for (int ahead = 0; ahead < 2 && end < head; ++ahead) {
      util::decode_utf8(text, end);
      if (end < head && is_stop(text.substr(begin, end - begin))) return end;
    }
  }
  return start;
}

std::size_t HanNames::organization_start(std::string_view text, std::size_t head, std::size_t floor,
                                         HanWords& words) const {
  const std::size_t start = past_split_stop(text, whole_words_back(text, head, floor, words), head);
  // 湖�省…: a character lost in decoding cut the name's start, which cannot be told.
  std::size_t lost = 0;
  if (start > 0 && start < head && code_point_before(text, start, lost) == 0xFFFD) return head;
  // 北海化学工業は: a Japanese head word names a company before a kana particle, not in Chinese
  // text that shares its characters (紡織工業, 基礎建設).
  const std::string_view japanese_head = word_at(japanese_heads_, text, head);
  if (!japanese_head.empty()) {
    std::size_t next = head + japanese_head.size();
    if (!words.is_boundary(head) || next >= text.size() || !is_kana(util::decode_utf8(text, next))) return head;
  }
  // 某某股份有限公司: the legal form decides, not the 股份 it opens with.
  if (head_at(legal_forms_, text, head, words)) return start < head ? with_place_before(text, start, floor, words) : head;
  if (head_at(public_body_heads_, text, head, words)) {
    // 衛生局 and 外交部 are words of the dictionary; 格局 and 内部 are words of no office.
    const std::size_t word = words.is_boundary(head) ? head : words.preceding(head);
    if (word != head && util::count_code_points(text.substr(word, head - word)) < 2) return head;
    return public_body_start(text, start, head, words);
  }
  if (!word_at(product_heads_, text, head).empty() && names_product(text, start, head, words)) return head;
  if (head_at(company_heads_, text, head, words))
    return words.is_boundary(head) ? placed_company_start(text, start, head) : head;
  // 网 of 互联网 stands inside a word: no head there.
  if (head_at(short_name_heads_, text, head, words))
    return words.is_boundary(head) ? short_name_start(text, start, head, words) : head;
  return start;
}

// 年金保险, 债券基金, 资产证券化: a kind of product before its head, or the head made a verb.
bool HanNames::names_product(std::string_view text, std::size_t start, std::size_t head, HanWords& words) const {
  const std::size_t end = head + word_at(product_heads_, text, head).size();
  if (text.compare(end, 3, "化") == 0) return true;
  if (start >= head || !words.is_boundary(head)) return false;
  const std::size_t last = std::max(start, words.preceding(head));
  return is_generic(text.substr(last, head - last));
}

// 东南 of 美国东南部: a region of the place, not an office.
bool HanNames::only_directions(std::string_view words) const {
  std::size_t pos = 0;
  while (pos < words.size()) {
    const std::size_t begin = pos;
    util::decode_utf8(words, pos);
    if (!std::binary_search(directions_.begin(), directions_.end(), words.substr(begin, pos - begin))) return false;
  }
  return !words.empty();
}

std::size_t HanNames::place_length(std::string_view text, std::size_t at) const {
  const std::string_view place = word_at(places_, text, at);
  if (place.empty()) return 0;
  return place.size() + word_at(place_endings_, text, at + place.size()).size();
}

// Whether a name may start at `at`: the floor, or just after a stop word or a verb with its particle.
bool HanNames::opens_after_stop(std::string_view text, std::size_t at, std::size_t floor, HanWords& words) const {
  if (at <= floor) return at == floor;
  if (!words.is_boundary(at)) return false;
  const std::size_t previous = words.preceding(at);
  const std::string_view word = text.substr(previous, at - previous);
  return is_stop(word) || ends_with_particle(word);
}

// 上海市公安局, 广东分署: a place opens the office's name, and a few words name the office.
std::size_t HanNames::public_body_start(std::string_view text, std::size_t start, std::size_t head,
                                        HanWords& words) const {
  constexpr std::size_t kMostOfficeBytes = 8 * 3;  // 公安, 食品安全, 生产建设兵团财务: eight characters at most
  for (std::size_t at = start; at < head; ++at) {
    if ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80 || !words.is_boundary(at)) continue;
    const std::size_t place = place_length(text, at);
    if (place == 0 || at + place > head || head - (at + place) > kMostOfficeBytes) continue;
    if (only_directions(text.substr(at + place, head - at - place))) return head;
    // 海关总署广东分署: the office the branch belongs to opens the name.
    return ends_with_office(text.substr(start, at - start)) ? start : at;
  }
  return head;
}

bool HanNames::ends_with_office(std::string_view words) const {
  return std::any_of(public_body_heads_.begin(), public_body_heads_.end(), [&](const std::string& head) {
    return words.size() > head.size() && words.compare(words.size() - head.size(), head.size(), head) == 0;
  });
}

// 卓创资讯, 重庆新邦物流: two characters the dictionary knows only apart, after a place or a stop;
// 经济发展 and 加大投资 are words.
std::size_t HanNames::short_name_start(std::string_view text, std::size_t start, std::size_t head,
                                       HanWords& words) const {
  std::size_t second = 0, first = 0;
  if (head <= start || !is_ideograph(code_point_before(text, head, second)) || second <= start ||
      !is_ideograph(code_point_before(text, second, first)) || first < start)
    return head;
  if (!words.is_boundary(first) || !words.is_boundary(second)) return head;
  const std::string_view one = text.substr(first, second - first), two = text.substr(second, head - second);
  // 互联网 is a word the dictionary lacks, so it is listed among the stop words.
  const std::string_view whole = text.substr(first, head - first + word_at(short_name_heads_, text, head).size());
  if (is_stop(one) || is_stop(two) || is_generic(one) || is_generic(two) || is_stop(whole)) return head;
  const bool placed = first > start && place_length(text, start) == first - start;
  if (!(first == start || placed)) return head;
  // OpenAI抛出投资: a name run into the name before it is a verb phrase, not a second name.
  if (start > 0) {
    std::size_t before = 0;
    const char32_t cp = code_point_before(text, start, before);
    const bool letter = is_ideograph(cp) || is_kana(cp) || (cp < 0x80 && std::isalnum(static_cast<int>(cp)));
    const std::size_t previous = words.preceding(start);
    const std::string_view word = text.substr(previous, start - previous);
    if (letter && !(is_stop(word) || ends_with_particle(word))) return head;
  }
  return start;
}

// 上海浦海航运公司: 公司 alone ends a name that opens with a place and goes on with a word of its
// own; 美国能源公司 and 这家公司 name no one.
std::size_t HanNames::placed_company_start(std::string_view text, std::size_t start, std::size_t head) const {
  constexpr std::size_t kMostRestBytes = 6 * 3;
  const std::size_t place = place_length(text, start);
  if (place == 0 || start + place >= head || head - (start + place) > kMostRestBytes) return head;
  const std::string_view rest = text.substr(start + place, head - start - place);
  return is_generic(rest) || is_stop(rest) || only_directions(rest) ? head : start;
}

// 四川和翔环保科技有限公司: the dictionary reads 和 as a conjunction, but the place one or two
// characters before the name belongs to it, unless the name already opens with a place
// (北京和上海某某有限公司).
std::size_t HanNames::with_place_before(std::string_view text, std::size_t start, std::size_t floor,
                                        HanWords& words) const {
  if (place_length(text, start) > 0) return start;
  std::size_t gap_begin = start;
  for (int gap = 1; gap <= 2 && gap_begin > floor; ++gap) {
    std::size_t previous = 0;
    if (!is_ideograph(code_point_before(text, gap_begin, previous)) || previous < floor) break;
    gap_begin = previous;
    // A place that ends where the gap begins, itself opening after a stop word or the floor.
    constexpr std::size_t kLongestPlaceBytes = 8 * 3;
    for (std::size_t at = gap_begin >= floor + kLongestPlaceBytes ? gap_begin - kLongestPlaceBytes : floor;
         at < gap_begin; ++at) {
      if ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) continue;
      if (at + place_length(text, at) == gap_begin && opens_after_stop(text, at, floor, words)) return at;
    }
  }
  return start;
}

std::size_t HanNames::surname_length(std::string_view name) const {
  const std::size_t characters = util::count_code_points(name);
  for (std::size_t surname = 2; surname >= 1; --surname) {
    const std::size_t given = characters - surname;
    if (characters <= surname || given > 2) continue;
    std::size_t pos = 0;
    for (std::size_t k = 0; k < surname; ++k) util::decode_utf8(name, pos);
    if (std::binary_search(surnames_.begin(), surnames_.end(), name.substr(0, pos))) return pos;
  }
  return 0;
}

bool HanNames::is_chinese_name(std::string_view text, std::size_t begin, std::size_t end, HanWords& words) const {
  const std::string_view name = text.substr(begin, end - begin);
  const std::size_t surname = surname_length(name);
  // The dictionary knows words, not people: 关注, 程序 and 顾问 stay whole, 刘|勇 falls apart.
  return surname > 0 && !is_stop(name) && words.is_boundary(begin + surname);
}

// Before a name: the start of the text, a character that is not Han, a stop word or a role noun.
bool HanNames::opens_name(std::string_view text, std::size_t at, const Cues& cues) const {
  if (at == 0 || contains(cues.stop_ends, at)) return true;
  std::size_t begin = 0;
  if (!is_ideograph(code_point_before(text, at, begin))) return true;
  return std::any_of(cues.before.begin(), cues.before.end(), [&](const auto& cue) { return cue.end == at; });
}

// 何先生, 潘主任: a family name with a title or form of address is no full name; 长 inside 蒲长城
// is a given name's character.
bool HanNames::holds_cue(std::size_t begin, std::size_t end, const Cues& cues) {
  auto inside = [&](const PhraseMatcher::Match& cue) { return cue.begin >= begin && cue.end == end; };
  return std::any_of(cues.before.begin(), cues.before.end(), inside) ||
         std::any_of(cues.after.begin(), cues.after.end(), inside);
}

bool HanNames::closes_name(std::string_view text, std::size_t at, const Cues& cues) const {
  if (at >= text.size() || contains(cues.stop_starts, at)) return true;
  std::size_t next = at;
  if (!is_ideograph(util::decode_utf8(text, next))) return true;
  return std::any_of(cues.after.begin(), cues.after.end(), [&](const auto& cue) { return cue.begin == at; });
}

// 农行副行长, 公司常务副总裁: the title opens with 副 or 常务, and what stands before it is no name.
bool HanNames::after_title_prefix(std::string_view text, std::size_t at) const {
  std::size_t begin = at;
  for (int characters = 1; characters <= 2 && begin > 0; ++characters) {
    std::size_t previous = 0;
    code_point_before(text, begin, previous);
    begin = previous;
    if (std::binary_search(title_prefixes_.begin(), title_prefixes_.end(), text.substr(begin, at - begin))) return true;
  }
  return false;
}

std::vector<HanNames::Span> HanNames::people(std::string_view text, const Cues& cues, bool japanese,
                                             HanWords& words) const {
  std::vector<Span> found;
  for (const auto& cue : cues.after) {
    if (!japanese && contains(cues.stop_ends, cue.begin)) continue;  // 有关人士表示, 公司方面表示
    if (!japanese && after_title_prefix(text, cue.begin)) continue;
    const auto starts = han_starts_before(text, cue.begin, 5);
    if (japanese) {
      // 山田太郎氏, 豊田佐吉郎氏: the whole run of two to five kanji after kana or punctuation; not 同社社長.
      if (starts.size() >= 2 && starts.size() <= 5 && opens_name(text, starts.back(), cues) &&
          !is_stop(text.substr(starts.back(), cue.begin - starts.back())))
        found.push_back({starts.back(), cue.begin});
      continue;
    }
    for (std::size_t length = std::min<std::size_t>(starts.size(), 4); length >= 2; --length) {
      const std::size_t begin = starts[length - 1];
      if (opens_name(text, begin, cues) && is_chinese_name(text, begin, cue.begin, words) &&
          !holds_cue(begin, cue.begin, cues)) {
        found.push_back({begin, cue.begin});
        break;
      }
    }
  }
  if (japanese) {
    for (const auto* list : {&cues.after, &cues.after_kana})
      for (const auto& cue : *list)
        if (const std::size_t begin = katakana_name_before(text, cue.begin); begin < cue.begin) found.push_back({begin, cue.begin});
    std::sort(found.begin(), found.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    return found;
  }
  for (const auto& cue : cues.before) {
    // The shortest name that a stop word or a speech verb closes: 记者刘妍说 is 刘妍.
    const auto ends = han_ends_after(text, cue.end, 4);
    for (std::size_t length = 2; length <= ends.size(); ++length) {
      const std::size_t end = ends[length - 1];
      if (closes_name(text, end, cues) && is_chinese_name(text, cue.end, end, words) &&
          !holds_cue(cue.end, end, cues)) {
        found.push_back({cue.end, end});
        break;
      }
    }
  }
  return found;
}

}  // namespace dealgraph::extract
