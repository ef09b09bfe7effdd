// The amount and quantity parser: see amounts.hpp for what it returns and the rules it follows.
//
// How it works. The vocabulary's surfaces are case-folded into two tries of code points, one
// read forwards and one backwards. find_all walks the text once looking for the start of a
// number: a digit (ASCII or full-width) not glued to a letter, or a word whose first letter
// begins a number word, vague word, multiplier or scale word. From there it reads
//   [qualifier] [between-word] [prefix currency | prefix unit]  NUMBER  [connector]
//   [currency | unit | chip noun]  [range-word NUMBER ...]  [post qualifier]
// where NUMBER is digits, Chinese numerals or number words, multiplied by multiplier and
// scale words. Prefixes are found by matching backwards from the number, the rest forwards.
#include "extract/amounts.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "extract/code_points.hpp"
#include "rdf/turtle_reader.hpp"

namespace dealgraph::extract {
namespace {

// ---------------------------------------------------------------------------------------
// Exact arithmetic on Decimal.

__extension__ typedef __int128 i128;  // products of two int64 units
constexpr i128 kUnitsMax = std::numeric_limits<std::int64_t>::max();

Decimal canonical(Decimal d) {
  if (d.units == 0) return Decimal{0, 0};
  while (d.units % 10 == 0) {
    d.units /= 10;
    ++d.exponent;
  }
  return d;
}

std::optional<Decimal> from_wide(i128 units, long long exponent) {
  if (units == 0) return Decimal{0, 0};
  while (units > kUnitsMax || units < -kUnitsMax) {
    if (units % 10 != 0) return std::nullopt;
    units /= 10;
    ++exponent;
  }
  while (units % 10 == 0) {
    units /= 10;
    ++exponent;
  }
  if (exponent > 300 || exponent < -300) return std::nullopt;
  return Decimal{static_cast<std::int64_t>(units), static_cast<int>(exponent)};
}

std::optional<Decimal> multiply(Decimal a, Decimal b) {
  a = canonical(a);
  b = canonical(b);
  return from_wide(static_cast<i128>(a.units) * b.units, static_cast<long long>(a.exponent) + b.exponent);
}

// Both values over the smaller exponent; false when that would not fit.
bool align(Decimal a, Decimal b, i128& x, i128& y, long long& exponent) {
  a = canonical(a);
  b = canonical(b);
  if (a.units == 0) a.exponent = b.exponent;
  if (b.units == 0) b.exponent = a.exponent;
  exponent = std::min(a.exponent, b.exponent);
  x = a.units;
  y = b.units;
  constexpr i128 kLimit = static_cast<i128>(1) << 120;
  for (long long e = a.exponent; e > exponent; --e) {
    if (x > kLimit / 10 || x < -kLimit / 10) return false;
    x *= 10;
  }
  for (long long e = b.exponent; e > exponent; --e) {
    if (y > kLimit / 10 || y < -kLimit / 10) return false;
    y *= 10;
  }
  return true;
}

std::optional<Decimal> add(Decimal a, Decimal b) {
  i128 x = 0, y = 0;
  long long exponent = 0;
  if (!align(a, b, x, y, exponent)) return std::nullopt;
  return from_wide(x + y, exponent);
}

int compare(Decimal a, Decimal b) {
  i128 x = 0, y = 0;
  long long exponent = 0;
  if (!align(a, b, x, y, exponent)) {
    const double p = a.to_double(), q = b.to_double();
    return p < q ? -1 : (p > q ? 1 : 0);
  }
  return x < y ? -1 : (x > y ? 1 : 0);
}

// A closed interval of values: exact when lo == hi.
struct Interval {
  Decimal lo{0, 0};
  Decimal hi{0, 0};
};

std::optional<Interval> add(const Interval& a, const Interval& b) {
  auto lo = add(a.lo, b.lo);
  auto hi = add(a.hi, b.hi);
  if (!lo || !hi) return std::nullopt;
  return Interval{*lo, *hi};
}

std::optional<Interval> multiply(const Interval& a, Decimal k) {
  auto lo = multiply(a.lo, k);
  auto hi = multiply(a.hi, k);
  if (!lo || !hi) return std::nullopt;
  return Interval{*lo, *hi};
}

// ---------------------------------------------------------------------------------------
// UTF-8 and characters.

using code_points::decode_at;
using code_points::is_cjk;
using code_points::lower_ascii;
using code_points::primary_subtag;
using code_points::Utf8;

// The code point that ends right before byte `i` (i > 0).
Utf8 decode_before(std::string_view s, std::size_t i) {
  std::size_t start = i - 1;
  for (int n = 0; start > 0 && n < 3 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80; ++n) --start;
  const Utf8 u = decode_at(s, start);
  if (start + u.len != i) return {0xFFFD, 1};
  return u;
}

bool is_space_cp(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// Letters and digits of alphabetic scripts: what a word of a Latin-script language is made of.
bool is_word_cp(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (is_cjk(c)) return false;
  return u_isalnum(static_cast<UChar32>(c)) != 0;
}

bool is_letter_cp(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (is_cjk(c)) return false;
  return u_isalpha(static_cast<UChar32>(c)) != 0;
}

int digit_value(char32_t c) {
  if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<int>(c - 0xFF10);
  return -1;
}

// Case folding for matching: spaces become ' ', full-width ASCII becomes ASCII, quotes and
// hyphens of other forms become ' and -.
char32_t fold_cp(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  if (is_space_cp(c)) return ' ';
  if (c >= 0xFF01 && c <= 0xFF5E) {
    c -= 0xFEE0;
    return (c >= 'A' && c <= 'Z') ? c + 32 : c;
  }
  if (c == 0x2018 || c == 0x2019 || c == 0x02BC) return '\'';
  if (c == 0x2010 || c == 0x2011) return '-';
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

std::u32string fold(std::string_view text) { return code_points::fold_with(text, fold_cp); }

std::size_t skip_spaces(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    const Utf8 u = decode_at(text, pos);
    if (!is_space_cp(u.cp)) break;
    pos += u.len;
  }
  return pos;
}

std::size_t skip_spaces_back(std::string_view text, std::size_t pos, std::size_t floor) {
  while (pos > floor) {
    const Utf8 u = decode_before(text, pos);
    if (!is_space_cp(u.cp) || pos - u.len < floor) break;
    pos -= u.len;
  }
  return pos;
}

// Does `needle` (folded) occur in `text` (folded while reading)?
bool contains_folded(std::string_view text, const std::u32string& needle) {
  if (needle.empty()) return false;
  for (std::size_t i = 0; i < text.size();) {
    std::size_t p = i, k = 0;
    while (k < needle.size() && p < text.size()) {
      const Utf8 u = decode_at(text, p);
      if (fold_cp(u.cp) != needle[k]) break;
      p += u.len;
      ++k;
    }
    if (k == needle.size()) return true;
    i += decode_at(text, i).len;
  }
  return false;
}

// ---------------------------------------------------------------------------------------
// The vocabulary.

enum class Kind : std::uint8_t {
  Number, Vague, Multiplier, Scale, Currency, Unit, ChipNoun, Qualifier, Between, Range, Connector, DecimalPoint
};
enum class Position : std::uint8_t { Either, Before, After, Infix };

constexpr std::uint32_t bit(Kind k) { return 1u << static_cast<unsigned>(k); }
constexpr std::uint32_t kAllKinds = 0xFFFFFFFFu;

struct ContextRule {
  std::vector<std::u32string> words;
  std::vector<std::string> languages;
  std::string code;
};

struct Word {
  Kind kind = Kind::Number;
  std::string iri;
  Decimal value{1, 0};  // a count, or a multiplier
  Decimal min{0, 0}, max{0, 0};
  bool digit = false, article = false, plural = false, stands_alone = false;
  bool adjacent_only = false, needs_currency_or_unit = false;
  std::string code;
  bool generic = false;
  std::vector<ContextRule> context;
  std::string unit;
  bool measure_word = false, requires_chip_noun = false, count_noun = false;
  std::vector<std::u32string> not_followed_by;
  Position position = Position::Either;
  std::string tag;
  bool approximate = false;
  bool requires_between = false;
};

struct Surface {
  std::uint32_t word = 0;
  std::string lang;     // lower-case tag, empty when untagged
  std::string primary;  // its primary subtag
};

struct NumberFormat {
  std::string language;
  char32_t decimal = '.';
  std::vector<char32_t> group{','};
  bool groups_with(char32_t c) const { return std::find(group.begin(), group.end(), c) != group.end(); }
};

class Trie {
 public:
  static constexpr std::uint32_t kNone = UINT32_MAX;
  Trie() : ends_(1) {}
  void insert(const std::u32string& key, std::uint32_t id) {
    std::uint32_t node = 0;
    for (char32_t c : key) {
      const std::uint64_t edge = (static_cast<std::uint64_t>(node) << 32) | c;
      auto it = edges_.find(edge);
      if (it == edges_.end()) {
        const auto next = static_cast<std::uint32_t>(ends_.size());
        ends_.emplace_back();
        it = edges_.emplace(edge, next).first;
      }
      node = it->second;
    }
    ends_[node].push_back(id);
  }
  std::uint32_t step(std::uint32_t node, char32_t c) const {
    auto it = edges_.find((static_cast<std::uint64_t>(node) << 32) | c);
    return it == edges_.end() ? kNone : it->second;
  }
  const std::vector<std::uint32_t>& ends(std::uint32_t node) const { return ends_[node]; }

 private:
  std::vector<std::vector<std::uint32_t>> ends_;  // surface ids ending at each node
  std::unordered_map<std::uint64_t, std::uint32_t> edges_;
};

}  // namespace

struct AmountVocabulary::Data {
  std::string source;
  std::vector<Word> words;
  std::vector<Surface> surfaces;
  Trie forward, backward;
  std::unordered_set<char32_t> starters;  // first folded code points of words that begin numbers
  std::vector<NumberFormat> formats;
  Decimal minimum_bare_scale{1, 6};
  Decimal plural_min{2, 0}, plural_max{9, 0};
  std::string fallback_language = "en";
  int max_words_before_chip_noun = 2;
};

namespace {

using Data = AmountVocabulary::Data;

// ---------------------------------------------------------------------------------------
// Loading.

class Loader : public rdf::VocabularyReader {
 public:
  using VocabularyReader::VocabularyReader;

  std::shared_ptr<Data> build() {
    auto data = std::make_shared<Data>();
    data->source = name_;
    read_policy(*data);
    read_formats(*data);
    const std::pair<const char*, Kind> classes[] = {
        {"NumberWord", Kind::Number},         {"VagueNumberWord", Kind::Vague},
        {"MultiplierWord", Kind::Multiplier}, {"ScaleWord", Kind::Scale},
        {"CurrencyWord", Kind::Currency},     {"UnitWord", Kind::Unit},
        {"ChipNoun", Kind::ChipNoun},         {"QualifierWord", Kind::Qualifier},
        {"BetweenWord", Kind::Between},       {"RangeWord", Kind::Range},
        {"ConnectorWord", Kind::Connector},   {"DecimalPointWord", Kind::DecimalPoint},
    };
    for (const auto& [local, kind] : classes)
      for (const std::string& subject : index_.subjects_of_type(dg(local))) read_word(*data, subject, kind);
    if (data->words.empty()) throw std::runtime_error(name_ + ":1:1: no amount words (dg:ScaleWord, ...) found");
    return data;
  }

 private:
  std::optional<Decimal> decimal(const std::string& subject, const char* property, bool required) const {
    const rdf::Term* term = literal(subject, property, required);
    if (!term) return std::nullopt;
    auto value = parse_decimal(term->value);
    if (!value) fail(subject, std::string("dg:") + property + " is not a decimal: \"" + term->value + "\"");
    return value;
  }

  std::vector<std::string> texts(const std::string& subject, const char* property) const {
    std::vector<std::string> out;
    for (const rdf::Term* term : literals(subject, property)) {
      out.push_back(term->value);
    }
    return out;
  }

  void read_policy(Data& data) const {
    const auto policies = index_.subjects_of_type(dg("ParserPolicy"));
    if (policies.empty()) return;  // defaults
    const std::string& subject = policies.front();
    data.minimum_bare_scale = *decimal(subject, "minimumBareScale", true);
    data.plural_min = *decimal(subject, "pluralMinimum", true);
    data.plural_max = *decimal(subject, "pluralMaximum", true);
    if (compare(data.plural_min, data.plural_max) > 0) fail(subject, "has dg:pluralMinimum above dg:pluralMaximum");
    data.fallback_language = lower_ascii(text(subject, "fallbackLanguage", true));
    const auto words = decimal(subject, "maxWordsBeforeChipNoun", false);
    if (words) {
      const double n = words->to_double();
      if (n < 0 || n > 8) fail(subject, "has dg:maxWordsBeforeChipNoun out of 0..8");
      data.max_words_before_chip_noun = static_cast<int>(n);
    }
  }

  static char32_t single_char(const std::string& s) {
    const std::u32string folded = [&] {
      std::u32string out;
      for (std::size_t i = 0; i < s.size();) {
        const Utf8 u = decode_at(s, i);
        out.push_back(u.cp);
        i += u.len;
      }
      return out;
    }();
    return folded.size() == 1 ? folded[0] : 0;
  }

  void read_formats(Data& data) const {
    for (const std::string& subject : index_.subjects_of_type(dg("NumberFormat"))) {
      NumberFormat format;
      format.language = lower_ascii(text(subject, "language", true));
      format.decimal = single_char(text(subject, "decimalSeparator", true));
      if (!format.decimal) fail(subject, "dg:decimalSeparator must be one character");
      format.group.clear();
      for (const std::string& g : texts(subject, "groupSeparator")) {
        const char32_t c = single_char(g);
        if (!c) fail(subject, "dg:groupSeparator must be one character");
        format.group.push_back(c);
      }
      if (format.groups_with(format.decimal)) fail(subject, "groups with its decimal separator");
      data.formats.push_back(std::move(format));
    }
  }

  Position position(const std::string& subject, Position fallback) const {
    const std::string value = text(subject, "position", false);
    if (value.empty()) return fallback;
    if (value == "either") return Position::Either;
    if (value == "before") return Position::Before;
    if (value == "after") return Position::After;
    if (value == "infix") return Position::Infix;
    fail(subject, "has an unknown dg:position \"" + value + "\" (before, after, either, infix)");
  }

  void read_word(Data& data, const std::string& subject, Kind kind) const {
    Word word;
    word.kind = kind;
    word.iri = subject;
    switch (kind) {
      case Kind::Number:
        word.value = *decimal(subject, "value", true);
        word.digit = flag(subject, "digit");
        word.article = flag(subject, "article");
        break;
      case Kind::Vague:
        word.min = *decimal(subject, "minValue", true);
        word.max = *decimal(subject, "maxValue", true);
        if (compare(word.min, word.max) > 0) fail(subject, "has dg:minValue above dg:maxValue");
        break;
      case Kind::Multiplier:
      case Kind::Scale:
        word.value = *decimal(subject, "multiplier", true);
        if (compare(word.value, Decimal{0, 0}) <= 0) fail(subject, "has a dg:multiplier that is not positive");
        word.plural = flag(subject, "plural");
        word.stands_alone = flag(subject, "standsAlone");
        word.adjacent_only = flag(subject, "adjacentOnly");
        word.needs_currency_or_unit = flag(subject, "needsCurrencyOrUnit");
        break;
      case Kind::Currency: {
        word.code = text(subject, "currencyCode", true);
        word.position = position(subject, Position::Either);
        word.generic = flag(subject, "generic");
        for (const rdf::Term* rule : index_.objects(subject, dg("contextRule"))) {
          if (rule->is_literal()) fail(subject, "dg:contextRule must be a node");
          ContextRule context;
          context.code = text(rule->value, "currencyCode", true);
          for (const std::string& w : texts(rule->value, "contextWord")) context.words.push_back(fold(w));
          for (const std::string& l : texts(rule->value, "contextLanguage")) context.languages.push_back(lower_ascii(l));
          if (context.words.empty() && context.languages.empty())
            fail(subject, "has a dg:contextRule without dg:contextWord or dg:contextLanguage");
          word.context.push_back(std::move(context));
        }
        break;
      }
      case Kind::Unit:
        word.unit = text(subject, "unit", true);
        word.value = decimal(subject, "multiplier", false).value_or(Decimal{1, 0});
        word.position = position(subject, Position::After);
        if (word.position == Position::Infix || word.position == Position::Either) word.position = Position::After;
        word.measure_word = flag(subject, "measureWord");
        word.requires_chip_noun = flag(subject, "requiresChipNoun");
        word.count_noun = flag(subject, "countNoun");
        for (const std::string& w : texts(subject, "notFollowedBy")) word.not_followed_by.push_back(fold(w));
        break;
      case Kind::ChipNoun:
        word.unit = text(subject, "unit", false);
        if (word.unit.empty()) word.unit = "chips";
        word.count_noun = true;
        break;
      case Kind::Qualifier:
        word.tag = text(subject, "tag", true);
        word.position = position(subject, Position::Before);
        word.approximate = flag(subject, "approximate");
        break;
      case Kind::Between:
        word.tag = text(subject, "tag", false);
        break;
      case Kind::Range:
        word.requires_between = flag(subject, "requiresBetween");
        break;
      case Kind::Connector:
      case Kind::DecimalPoint:
        break;
    }
    const auto surfaces = index_.objects(subject, dg("surface"));
    if (surfaces.empty()) fail(subject, "has no dg:surface");
    const auto word_id = static_cast<std::uint32_t>(data.words.size());
    data.words.push_back(std::move(word));
    const Word& stored = data.words.back();
    for (const rdf::Term* term : surfaces) {
      if (!term->is_literal()) fail(subject, "has a dg:surface that is not a literal");
      const std::u32string key = fold(term->value);
      if (key.empty()) fail(subject, "has an empty dg:surface");
      Surface surface;
      surface.word = word_id;
      surface.lang = lower_ascii(term->language);
      surface.primary = primary_subtag(surface.lang);
      const auto id = static_cast<std::uint32_t>(data.surfaces.size());
      data.surfaces.push_back(surface);
      data.forward.insert(key, id);
      data.backward.insert(std::u32string(key.rbegin(), key.rend()), id);
      const bool starts_number = kind == Kind::Number || kind == Kind::Vague ||
                                 ((kind == Kind::Multiplier || kind == Kind::Scale) &&
                                  (stored.plural || stored.stands_alone));
      if (starts_number) data.starters.insert(key.front());
    }
  }
};

// ---------------------------------------------------------------------------------------
// Matching words.

struct Ctx {
  std::string_view text;
  std::string full;     // language tag, lower case
  std::string primary;  // its primary subtag
  bool und = false;     // no usable hint
  bool zh = false;
  const NumberFormat* format = nullptr;
};

// How well a surface's language fits the text; -1 when it may not be used.
int rank(const Data& data, const Surface& surface, const Word& word, const Ctx& ctx) {
  if (surface.lang.empty()) return 2;
  if (surface.lang == ctx.full) return 0;
  if (surface.primary == ctx.primary) return 1;
  if (ctx.und) return surface.primary == data.fallback_language ? 3 : 4;
  const bool borrowed = word.kind == Kind::Currency || word.kind == Kind::Unit || word.kind == Kind::ChipNoun;
  if (surface.primary == data.fallback_language && (borrowed || word.kind == Kind::Scale)) return 3;
  return borrowed ? 4 : -1;
}

struct Match {
  const Word* word = nullptr;
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The longest vocabulary word at `pos` (reading forwards) that `accept` takes; among words of
// the same surface, the best fit for the language.
template <typename Accept>
std::optional<Match> match_forward(const Data& data, const Ctx& ctx, std::size_t pos, Accept&& accept) {
  const std::string_view text = ctx.text;
  std::optional<Match> best;
  std::uint32_t node = 0;
  for (std::size_t p = pos; p < text.size();) {
    const Utf8 u = decode_at(text, p);
    node = data.forward.step(node, fold_cp(u.cp));
    if (node == Trie::kNone) break;
    p += u.len;
    const auto& ends = data.forward.ends(node);
    if (ends.empty()) continue;
    if (is_word_cp(u.cp) && p < text.size() && is_word_cp(decode_at(text, p).cp)) continue;  // inside a word
    int best_rank = INT_MAX;
    const Word* chosen = nullptr;
    for (std::uint32_t id : ends) {
      const Surface& surface = data.surfaces[id];
      const Word& word = data.words[surface.word];
      if (!accept(word)) continue;
      const int r = rank(data, surface, word, ctx);
      if (r >= 0 && r < best_rank) {
        best_rank = r;
        chosen = &word;
      }
    }
    if (chosen) best = Match{chosen, pos, p};
  }
  return best;
}

std::optional<Match> match_forward(const Data& data, const Ctx& ctx, std::size_t pos, std::uint32_t kinds) {
  return match_forward(data, ctx, pos, [kinds](const Word& w) { return (kinds & bit(w.kind)) != 0; });
}

// The longest word that ends right at `end` (reading backwards, not before `floor`).
template <typename Accept>
std::optional<Match> match_backward(const Data& data, const Ctx& ctx, std::size_t end, std::size_t floor,
                                    Accept&& accept) {
  const std::string_view text = ctx.text;
  if (end <= floor) return std::nullopt;
  std::optional<Match> best;
  std::uint32_t node = 0;
  const Utf8 last = decode_before(text, end);
  const bool glued_after = is_word_cp(last.cp) && end < text.size() && is_letter_cp(decode_at(text, end).cp);
  if (glued_after) return std::nullopt;
  for (std::size_t p = end; p > floor;) {
    const Utf8 u = decode_before(text, p);
    if (p - u.len < floor) break;
    node = data.backward.step(node, fold_cp(u.cp));
    if (node == Trie::kNone) break;
    p -= u.len;
    const auto& ends = data.backward.ends(node);
    if (ends.empty()) continue;
    if (is_word_cp(u.cp) && p > 0 && is_word_cp(decode_before(text, p).cp)) continue;  // inside a word
    int best_rank = INT_MAX;
    const Word* chosen = nullptr;
    for (std::uint32_t id : ends) {
      const Surface& surface = data.surfaces[id];
      const Word& word = data.words[surface.word];
      if (!accept(word)) continue;
      const int r = rank(data, surface, word, ctx);
      if (r >= 0 && r < best_rank) {
        best_rank = r;
        chosen = &word;
      }
    }
    if (chosen) best = Match{chosen, p, end};
  }
  return best;
}

// ---------------------------------------------------------------------------------------
// Digits.

struct DigitRun {
  bool ok = false;
  Decimal value{0, 0};
  std::size_t end = 0;
  bool separators = false;
};

bool is_group_space(char32_t c, const NumberFormat& format) {
  if (c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007) return true;
  return c == ' ' && format.groups_with(' ');
}

// Digits with group and decimal separators, read as the language writes them. Not ok (and
// `end` past the whole token) for things that are no number: 21.10.2025, 1.2.3.
DigitRun parse_digits(const Ctx& ctx, std::size_t pos) {
  const std::string_view text = ctx.text;
  const NumberFormat& format = *ctx.format;
  std::vector<std::string> groups(1);
  std::vector<char32_t> seps;  // '.', ',' or ' ' (any group space)
  std::size_t p = pos;
  while (p < text.size()) {
    const Utf8 u = decode_at(text, p);
    const int d = digit_value(u.cp);
    if (d >= 0) {
      groups.back().push_back(static_cast<char>('0' + d));
      p += u.len;
      continue;
    }
    char32_t sep = 0;
    if (u.cp == '.' || u.cp == 0xFF0E) sep = '.';
    else if (u.cp == ',') sep = ',';
    else if (is_group_space(u.cp, format)) sep = ' ';
    if (!sep) break;
    const std::size_t next = p + u.len;
    if (next >= text.size() || digit_value(decode_at(text, next).cp) < 0) break;
    if (sep == ' ') {
      // "10 000": only after a first group of one to three digits, before exactly three.
      const bool only_spaces = std::all_of(seps.begin(), seps.end(), [](char32_t s) { return s == ' '; });
      if (!only_spaces || groups.front().size() > 3) break;
      std::size_t q = next, count = 0;
      while (q < text.size()) {
        const Utf8 v = decode_at(text, q);
        if (digit_value(v.cp) < 0) break;
        ++count;
        q += v.len;
      }
      if (count != 3) break;
    }
    seps.push_back(sep);
    groups.emplace_back();
    p = next;
  }
  DigitRun run;
  run.end = p;
  run.separators = !seps.empty();

  // Which separator, if any, is the decimal point.
  int decimal_at = -1;  // index into seps
  std::vector<int> marks;
  for (int i = 0; i < static_cast<int>(seps.size()); ++i)
    if (seps[i] != ' ') marks.push_back(i);
  if (!marks.empty()) {
    const char32_t last = seps[marks.back()];
    const bool mixed = std::any_of(marks.begin(), marks.end(), [&](int i) { return seps[i] != last; });
    const auto count_last = std::count_if(marks.begin(), marks.end(), [&](int i) { return seps[i] == last; });
    if (mixed) {
      if (count_last != 1) return run;
      decimal_at = marks.back();
    } else if (marks.size() == 1) {
      const int i = marks.front();
      const std::size_t after = groups[i + 1].size();
      std::string before;
      for (int g = 0; g <= i; ++g) before += groups[g];
      const bool could_group = after == 3 && groups[0].size() <= 3 && groups[0] != "0" &&
                               std::all_of(groups.begin() + 1, groups.begin() + i + 1,
                                           [](const std::string& g) { return g.size() == 3; });
      if (!(could_group && format.groups_with(last))) decimal_at = i;
    }
    if (decimal_at >= 0 && decimal_at != static_cast<int>(seps.size()) - 1) return run;  // "1,5 000"
  }
  // Group separators need groups of three after a first group of one to three digits.
  const int int_groups = decimal_at >= 0 ? decimal_at + 1 : static_cast<int>(groups.size());
  if (int_groups > 1) {
    if (groups[0].empty() || groups[0].size() > 3) return run;
    for (int g = 1; g < int_groups; ++g)
      if (groups[g].size() != 3) return run;
  }
  std::string digits;
  for (int g = 0; g < int_groups; ++g) digits += groups[g];
  std::string fraction = decimal_at >= 0 ? groups.back() : std::string();
  auto value = parse_decimal(fraction.empty() ? digits : digits + "." + fraction);
  if (!value) return run;
  run.value = *value;
  run.ok = true;
  return run;
}

// ---------------------------------------------------------------------------------------
// Numbers: counts times multipliers times scale words.

struct NumberPhrase {
  bool ok = false;
  bool rejected = false;  // a digit token that is no number (a date): skip it whole
  std::size_t begin = 0, end = 0;
  Interval value;
  bool vague = false;
  bool explicit_count = false;  // digits, a number word or a vague word (not an article)
  bool article = false;
  bool has_digits = false;
  bool plain_integer = false;  // one run of digits without separators and nothing else
  bool lone_digit_word = false;  // a single Chinese digit (一, 两) and nothing else
  bool has_scale = false;  // any multiplier or scale word
  Decimal largest{0, 0};   // the largest scale word
  Decimal factor{1, 0};    // what the last chain of scale words multiplied by (for ranges)
  bool needs_currency_or_unit = false;
  const Word* infix = nullptr;  // 多, 余
};

NumberPhrase parse_number(const Data& data, const Ctx& ctx, std::size_t start) {
  const std::string_view text = ctx.text;
  NumberPhrase np;
  np.begin = start;
  const Interval zero{};
  const Interval one{Decimal{1, 0}, Decimal{1, 0}};
  const Interval plural{data.plural_min, data.plural_max};
  Interval total, section;
  bool have_total = false, have_section = false;
  std::optional<Interval> current;
  enum class Last { None, Count, Multiplier, Scale } last = Last::None;
  bool last_plural = false;
  const Word* last_number = nullptr;
  std::size_t p = start, commit_end = start;
  Interval commit_total;
  int tokens = 0, counts = 0;
  bool only_plain_digits = true;

  for (;;) {
    std::size_t q = p;
    bool spaced = false;
    if (tokens > 0) {
      const std::size_t r = skip_spaces(text, q);
      spaced = r != q;
      q = r;
      // "twenty-five", "5-billion"
      if (q < text.size()) {
        const Utf8 dash = decode_at(text, q);
        if ((dash.cp == '-' || dash.cp == 0x2010 || dash.cp == 0x2011) && q + dash.len < text.size() &&
            is_letter_cp(decode_at(text, q + dash.len).cp)) {
          q += dash.len;
          spaced = true;
        }
      }
      // "hundreds of millions", "centenas de milhões", "miles de millones"
      if (last_plural) {
        if (auto c = match_forward(data, ctx, q, bit(Kind::Connector))) {
          const std::size_t r2 = skip_spaces(text, c->end);
          if (match_forward(data, ctx, r2, bit(Kind::Scale) | bit(Kind::Multiplier))) {
            q = r2;
            spaced = true;
          }
        }
      }
    }
    if (q >= text.size()) break;
    const Utf8 u = decode_at(text, q);
    if (digit_value(u.cp) >= 0) {
      if (current || (tokens > 0 && spaced)) break;
      if (tokens > 0 && q > 0 && is_word_cp(decode_before(text, q).cp)) break;
      const DigitRun run = parse_digits(ctx, q);
      if (!run.ok) {
        if (tokens == 0) {
          np.rejected = true;
          np.end = run.end;
          return np;
        }
        break;
      }
      current = Interval{run.value, run.value};
      np.has_digits = true;
      np.explicit_count = true;
      if (run.separators) only_plain_digits = false;
      last = Last::Count;
      last_number = nullptr;
      last_plural = false;
      p = run.end;
      ++tokens;
      ++counts;
      continue;
    }
    auto m = match_forward(data, ctx, q, kAllKinds);
    if (!m) break;
    const Word& w = *m->word;
    std::size_t next = m->end;
    bool take = false;
    switch (w.kind) {
      case Kind::Number: {
        if (current) {
          const bool exact = compare(current->lo, current->hi) == 0;
          if (last_number && last_number->digit && w.digit && !spaced && exact && current->lo.exponent >= 0) {
            // Chinese digits one after another: 二〇二五, 一百零五
            auto v = multiply(*current, Decimal{10, 0});
            if (v) v = add(*v, Interval{w.value, w.value});
            if (!v) break;
            current = *v;
            take = true;
          } else if (last_number && !last_number->digit && !w.digit && exact && spaced &&
                     compare(last_number->value, Decimal{20, 0}) >= 0 &&
                     compare(last_number->value, Decimal{90, 0}) <= 0 && canonical(last_number->value).exponent >= 1 &&
                     compare(w.value, Decimal{1, 0}) >= 0 && compare(w.value, Decimal{9, 0}) <= 0 && !w.article) {
            // twenty-five, twenty five
            auto v = add(*current, Interval{w.value, w.value});
            if (!v) break;
            current = *v;
            take = true;
          }
          break;
        }
        if (tokens > 0 && spaced && last == Last::Scale) break;
        current = Interval{w.value, w.value};
        if (w.article) np.article = true;
        else np.explicit_count = true;
        take = true;
        break;
      }
      case Kind::Vague:
        if (current || (tokens > 0 && spaced && last == Last::Scale)) break;
        current = Interval{w.min, w.max};
        np.vague = true;
        np.explicit_count = true;
        take = true;
        break;
      case Kind::DecimalPoint: {
        // 三点五: a point between Chinese digits
        if (!current || !last_number || !last_number->digit || spaced) break;
        std::string fraction;
        std::size_t r = m->end;
        while (auto d = match_forward(data, ctx, r, bit(Kind::Number))) {
          if (!d->word->digit || d->word->value.exponent != 0 || d->word->value.units > 9) break;
          fraction.push_back(static_cast<char>('0' + d->word->value.units));
          r = d->end;
        }
        if (fraction.empty()) break;
        auto f = parse_decimal("0." + fraction);
        if (!f) break;
        auto v = add(*current, Interval{*f, *f});
        if (!v) break;
        current = *v;
        next = r;
        take = true;
        break;
      }
      case Kind::Multiplier: {
        if (last == Last::Multiplier && !current) break;  // 千百
        if (tokens > 0 && spaced && last == Last::Scale) break;
        Interval head;
        if (current) head = *current;
        else if (w.plural) { head = plural; np.vague = true; }
        else if (w.stands_alone) head = one;
        else break;
        auto part = multiply(head, w.value);
        if (!part) break;
        auto sum = add(section, *part);
        if (!sum) break;
        section = *sum;
        have_section = true;
        current.reset();
        last = Last::Multiplier;
        last_plural = w.plural;
        np.has_scale = true;
        take = true;
        break;
      }
      case Kind::Scale: {
        if (w.adjacent_only && (spaced || tokens == 0)) break;
        std::optional<Interval> head;
        bool vague_head = false;
        if (current || have_section) {
          auto h = add(section, current.value_or(zero));
          if (!h) break;
          head = *h;
        } else if (!have_total) {
          if (w.plural) { head = plural; vague_head = true; }
          else if (w.stands_alone) head = one;
          else break;
        }
        if (compare(w.value, np.largest) > 0) {
          auto base = add(total, head.value_or(zero));
          if (!base) break;
          auto t = multiply(*base, w.value);
          if (!t) break;
          if (head) {
            np.factor = w.value;
          } else {
            auto f = multiply(np.factor, w.value);
            if (!f) break;
            np.factor = *f;
          }
          total = *t;
          np.largest = w.value;
        } else {
          if (!head || spaced) break;  // 一亿五千万 adds a section; nothing else does
          auto part = multiply(*head, w.value);
          if (!part) break;
          auto t = add(total, *part);
          if (!t) break;
          total = *t;
        }
        if (vague_head) np.vague = true;
        have_total = true;
        section = zero;
        have_section = false;
        current.reset();
        commit_end = m->end;
        commit_total = total;
        last = Last::Scale;
        last_plural = w.plural;
        np.has_scale = true;
        if (w.needs_currency_or_unit) np.needs_currency_or_unit = true;
        take = true;
        break;
      }
      case Kind::Qualifier:
        // 100多亿, 300余万
        if (w.position == Position::Infix && (current || have_section) && !spaced && !np.infix) {
          np.infix = &w;
          take = true;
        }
        break;
      default:
        break;
    }
    if (!take) break;
    if (w.kind == Kind::Number) {
      last = Last::Count;
      last_number = &w;
      last_plural = false;
      ++counts;
    } else if (w.kind == Kind::Vague) {
      last = Last::Count;
      last_number = nullptr;
      last_plural = false;
      ++counts;
    }
    p = next;
    ++tokens;
  }

  if (tokens == 0) return np;
  Interval value;
  if (have_total) {
    if (current || have_section) {
      // A count after the last scale word that no scale word follows is not part of this
      // number (5 billion 2025; 万一).
      p = commit_end;
    }
    value = commit_total;
  } else {
    auto v = add(section, current.value_or(zero));
    if (!v) return np;
    value = *v;
  }
  if (np.article && !np.has_scale) return np;
  if (np.vague && !np.has_scale) return np;  // "several" alone
  if (!np.explicit_count && !np.article && !np.has_scale) return np;
  np.value = value;
  np.end = p;
  np.plain_integer = np.has_digits && only_plain_digits && !np.has_scale && tokens == 1;
  np.lone_digit_word = !np.has_digits && !np.has_scale && counts == 1 && last_number && last_number->digit;
  np.ok = p > start;
  return np;
}

// ---------------------------------------------------------------------------------------
// What follows a number: currency, unit, chip noun.

struct Suffix {
  const Word* currency = nullptr;
  const Word* currency_name = nullptr;  // after a generic currency word: 亿元人民币
  const Word* unit = nullptr;
  bool via_words = false;  // the chip noun came after other words
  std::size_t end = 0;
};

// "H100", "B200", "MI300X", "GB200": a chip model code; returns its end.
std::optional<std::size_t> model_code_at(std::string_view text, std::size_t pos) {
  std::size_t p = pos, letters = 0, digits = 0, tail = 0;
  while (p < text.size() && text[p] >= 'A' && text[p] <= 'Z' && letters < 5) { ++p; ++letters; }
  while (p < text.size() && text[p] >= '0' && text[p] <= '9' && digits < 5) { ++p; ++digits; }
  while (p < text.size() && ((text[p] >= 'A' && text[p] <= 'Z') || (text[p] >= 'a' && text[p] <= 'z')) && tail < 3) {
    ++p;
    ++tail;
  }
  if (letters < 1 || digits < 2) return std::nullopt;
  if (p < text.size() && is_word_cp(decode_at(text, p).cp)) return std::nullopt;
  return p;
}

// A chip noun or model code at `pos`, or within a few characters after it when `window`
// (10万块英伟达H100芯片). Returns the end of the noun.
std::optional<std::size_t> chip_noun_near(const Data& data, const Ctx& ctx, std::size_t pos, bool window) {
  const std::string_view text = ctx.text;
  std::size_t p = pos;
  for (int step = 0; step <= (window ? 8 : 0) && p < text.size(); ++step) {
    if (auto m = match_forward(data, ctx, p, bit(Kind::ChipNoun))) {
      // a model code then a noun: take both
      return m->end;
    }
    if (auto code = model_code_at(text, p)) {
      std::size_t end = *code;
      const std::size_t r = skip_spaces(text, end);
      if (auto m = match_forward(data, ctx, r, bit(Kind::ChipNoun))) end = m->end;
      return end;
    }
    const Utf8 u = decode_at(text, p);
    if (!(is_cjk(u.cp) || is_word_cp(u.cp) || is_space_cp(u.cp)) || digit_value(u.cp) >= 0) break;
    if (u.cp >= 0x3000 && u.cp <= 0x303F) break;  // CJK punctuation
    if (u.cp >= 0xFF00 && u.cp <= 0xFF0F) break;  // full-width punctuation
    p += u.len;
  }
  return std::nullopt;
}

Suffix parse_suffix(const Data& data, const Ctx& ctx, const NumberPhrase& np, bool money_or_unit_before) {
  const std::string_view text = ctx.text;
  Suffix s;
  s.end = np.end;
  std::size_t q = skip_spaces(text, np.end);
  if (q + 1 < text.size() && text[q] == '-' && is_letter_cp(decode_at(text, q + 1).cp)) ++q;  // 10-gigawatt
  auto after = [](const Word& w) {
    switch (w.kind) {
      case Kind::Currency:
      case Kind::Unit:
        return w.position != Position::Before;
      case Kind::ChipNoun:
      case Kind::Connector:
        return true;
      default:
        return false;
    }
  };
  auto m = match_forward(data, ctx, q, after);
  if (m && m->word->kind == Kind::Connector) {
    const std::size_t r = skip_spaces(text, m->end);
    m = match_forward(data, ctx, r, [&](const Word& w) { return w.kind != Kind::Connector && after(w); });
  }
  if (m && m->word->kind == Kind::Currency && m->word->position == Position::Either) {
    // "... 2030 $5bn": a sign or code right before digits belongs to the next number
    const std::size_t r = skip_spaces(text, m->end);
    if (r < text.size() && digit_value(decode_at(text, r).cp) >= 0) m.reset();
  }
  if (m && m->word->kind == Kind::Currency) {
    s.currency = m->word;
    s.end = m->end;
    // 亿元人民币: a generic currency word named by the next one; or the same code twice
    auto name = match_forward(data, ctx, m->end, [&](const Word& w) {
      return w.kind == Kind::Currency && w.position != Position::Before;
    });
    if (name && (m->word->generic || name->word->code == m->word->code)) {
      s.currency_name = name->word;
      s.end = name->end;
    }
    return s;
  }
  if (money_or_unit_before) return s;  // "$5 billion GPUs" is money
  if (m && m->word->kind == Kind::Unit) {
    const Word& w = *m->word;
    for (const std::u32string& bad : w.not_followed_by) {
      std::size_t p = m->end;
      std::size_t k = 0;
      while (k < bad.size() && p < text.size()) {
        const Utf8 u = decode_at(text, p);
        if (fold_cp(u.cp) != bad[k]) break;
        p += u.len;
        ++k;
      }
      if (k == bad.size()) return s;  // 股价
    }
    std::size_t end = m->end;
    if (w.requires_chip_noun) {
      auto noun = chip_noun_near(data, ctx, m->end, true);
      if (!noun) return s;
      end = *noun;
    } else if (w.measure_word) {
      if (auto noun = chip_noun_near(data, ctx, m->end, false)) end = *noun;
    }
    s.unit = &w;
    s.end = end;
    return s;
  }
  if (ctx.zh) return s;  // in Chinese a count needs a classifier
  // A chip noun that begins a compound names something else: 10.000 GPU-Server are servers.
  const auto compound_goes_on = [&](std::size_t end) {
    return end + 1 < text.size() && text[end] == '-' && is_word_cp(decode_at(text, end + 1).cp);
  };
  if (m && m->word->kind == Kind::ChipNoun && !compound_goes_on(m->end)) {  // "dezenas de milhares de GPUs"
    s.unit = m->word;
    s.end = m->end;
    return s;
  }
  // A chip noun or count noun, right after the number or after a few words (connectors
  // aside): 1 million Nvidia GPUs, 30 million new shares, 400,000 of the new chips.
  std::size_t r = q;
  const auto counted = [](const Word& w) { return (w.kind == Kind::ChipNoun || w.kind == Kind::Unit) && w.count_noun; };
  for (int k = 0; k <= data.max_words_before_chip_noun;) {
    if (auto noun = match_forward(data, ctx, r, counted); noun && !compound_goes_on(noun->end)) {
      s.unit = noun->word;
      s.end = noun->end;
      s.via_words = r != q;
      return s;
    }
    if (r >= text.size()) break;
    if (auto connector = match_forward(data, ctx, r, bit(Kind::Connector))) {
      const std::size_t next = skip_spaces(text, connector->end);
      const bool elided = fold_cp(decode_before(text, connector->end).cp) == '\'';  // d'
      if (next == connector->end && !elided) break;
      r = next;
      continue;
    }
    if (k == data.max_words_before_chip_noun) break;
    ++k;
    // skip one word: letters first, then letters, digits and hyphens
    if (!is_letter_cp(decode_at(text, r).cp)) break;
    if (match_forward(data, ctx, r,
                      bit(Kind::Currency) | bit(Kind::Unit) | bit(Kind::Scale) | bit(Kind::Number) |
                          bit(Kind::Range) | bit(Kind::Qualifier) | bit(Kind::Between)))
      break;
    std::size_t e = r;
    std::vector<std::size_t> after_hyphens;
    while (e < text.size()) {
      const Utf8 u = decode_at(text, e);
      if (!(is_word_cp(u.cp) || u.cp == '-')) break;
      e += u.len;
      if (u.cp == '-') after_hyphens.push_back(e);
    }
    // A compound whose last part counts (Blackwell-GPUs, KI-Chips, H100-Beschleuniger), unless
    // the number is glued to it: 910C-Prozessoren names a model, not a count.
    const bool glued = r == np.end;
    for (std::size_t part : glued ? std::vector<std::size_t>{} : after_hyphens)
      if (auto noun = match_forward(data, ctx, part, counted); noun && noun->end == e) {
        s.unit = noun->word;
        s.end = noun->end;
        s.via_words = true;
        return s;
      }
    const std::size_t next = skip_spaces(text, e);
    if (next == e) break;
    r = next;
  }
  return s;
}

// ---------------------------------------------------------------------------------------
// One amount or quantity.

struct Side {
  NumberPhrase np;
  const Word* prefix_currency = nullptr;
  const Word* prefix_unit = nullptr;
  std::size_t begin = 0;
  Suffix suffix;
  const Word* currency() const { return prefix_currency ? prefix_currency : suffix.currency; }
  const Word* unit() const { return prefix_unit ? prefix_unit : suffix.unit; }
};

std::string currency_code(const Word& word, const Word* name, const Ctx& ctx) {
  if (word.generic && name) return currency_code(*name, nullptr, ctx);
  for (const ContextRule& rule : word.context) {
    for (const std::string& language : rule.languages)
      if (language == ctx.primary || language == ctx.full) return rule.code;
    for (const std::u32string& w : rule.words)
      if (contains_folded(ctx.text, w)) return rule.code;
  }
  return word.code;
}

std::string currency_of(const Side& side, const Ctx& ctx) {
  if (side.prefix_currency) return currency_code(*side.prefix_currency, nullptr, ctx);
  if (side.suffix.currency) return currency_code(*side.suffix.currency, side.suffix.currency_name, ctx);
  return {};
}

struct Candidate {
  std::size_t begin = 0, end = 0;
  Decimal lo{0, 0}, hi{0, 0};
  bool range = false;
  bool vague = false;
  bool money = false;
  std::string currency;
  const Word* unit = nullptr;
  std::string qualifier;
  bool approximate = false;
};

// Is the number a model number (RTX 4090, Ascend 910) rather than a count?
bool after_capitalised_name(const Data& data, const Ctx& ctx, std::size_t begin, std::size_t floor) {
  const std::string_view text = ctx.text;
  const std::size_t r = skip_spaces_back(text, begin, floor);
  if (r == begin || r <= floor) return false;
  std::size_t s = r;
  while (s > floor) {
    const Utf8 u = decode_before(text, s);
    if (!is_word_cp(u.cp)) break;
    s -= u.len;
  }
  if (s == r) return false;
  const Utf8 first = decode_at(text, s);
  if (!(u_isupper(static_cast<UChar32>(first.cp)))) return false;
  // A capitalised word opening the text ("The 500 GPUs") is no name unless it is all capitals.
  bool all_capitals = r - s >= 2;
  for (std::size_t i = s; i < r && all_capitals;) {
    const Utf8 u = decode_at(text, i);
    all_capitals = u_isupper(static_cast<UChar32>(u.cp)) != 0;
    i += u.len;
  }
  std::size_t before = s;
  while (before > 0) {
    const Utf8 u = decode_before(text, before);
    if (is_word_cp(u.cp) || is_cjk(u.cp)) break;
    before -= u.len;
  }
  if (before == 0 && !all_capitals) return false;
  // a qualifier or between word ("About 500 GPUs") is no name
  auto word = match_forward(data, ctx, s, [](const Word& w) {
    return w.kind == Kind::Qualifier || w.kind == Kind::Between || w.kind == Kind::Range;
  });
  return !(word && word->end == r);
}

class Scanner {
 public:
  Scanner(const Data& data, const Ctx& ctx) : data_(data), ctx_(ctx), text_(ctx.text) {}

  AmountParser::Found run() {
    AmountParser::Found found;
    std::size_t pos = 0;
    std::size_t floor = 0;  // end of the last result: lookbacks stop there
    while (pos < text_.size()) {
      const auto byte = static_cast<unsigned char>(text_[pos]);
      if (byte < 0x80 && !(byte >= '0' && byte <= '9') && !is_letter_cp(byte)) {
        ++pos;
        continue;
      }
      const Utf8 u = decode_at(text_, pos);
      const bool prev_word = pos > 0 && is_word_cp(decode_before(text_, pos).cp);
      std::size_t skip_to = pos + u.len;
      bool try_here = false;
      if (digit_value(u.cp) >= 0) {
        // not glued to letters or digits (H100), nor a fraction without its whole part (.5)
        const char32_t prev = pos > 0 ? decode_before(text_, pos).cp : U' ';
        try_here = !prev_word && digit_value(prev) < 0 && prev != '.' && prev != ',';
      } else if (is_word_cp(u.cp)) {
        // a Latin-script word: only its start can begin a number
        std::size_t e = pos;
        while (e < text_.size()) {
          const Utf8 v = decode_at(text_, e);
          if (!is_word_cp(v.cp)) break;
          e += v.len;
        }
        if (!prev_word && data_.starters.count(fold_cp(u.cp))) try_here = true;
        // digits glued to letters are codes (H100, Q3): skip the whole word unless it starts here
        skip_to = try_here ? pos + u.len : e;
        if (!try_here) {
          pos = e;
          continue;
        }
      } else if (is_cjk(u.cp)) {
        try_here = data_.starters.count(fold_cp(u.cp)) > 0;
      }
      if (!try_here) {
        pos = skip_to;
        continue;
      }
      std::size_t resume = skip_to;
      if (auto c = candidate(pos, floor, resume)) {
        emit(*c, found);
        floor = c->end;
        pos = c->end;
      } else {
        pos = std::max(resume, skip_to);
        if (is_word_cp(u.cp) && digit_value(u.cp) < 0) {
          // finish the word we started on
          while (pos < text_.size() && is_word_cp(decode_at(text_, pos).cp)) pos += decode_at(text_, pos).len;
        }
      }
    }
    return found;
  }

 private:
  void read_side(Side& side, std::size_t floor) const {
    side.begin = side.np.begin;
    const std::size_t r = skip_spaces_back(text_, side.np.begin, floor);
    auto m = match_backward(data_, ctx_, r, floor, [](const Word& w) {
      return (w.kind == Kind::Currency && w.position != Position::After) ||
             (w.kind == Kind::Unit && w.position == Position::Before);
    });
    if (m) {
      if (m->word->kind == Kind::Currency) side.prefix_currency = m->word;
      else side.prefix_unit = m->word;
      side.begin = m->begin;
    }
    side.suffix = parse_suffix(data_, ctx_, side.np, side.prefix_currency || side.prefix_unit);
  }

  std::optional<Candidate> candidate(std::size_t start, std::size_t floor, std::size_t& resume) const {
    Side a;
    a.np = parse_number(data_, ctx_, start);
    if (a.np.rejected) {
      resume = a.np.end;
      return std::nullopt;
    }
    if (!a.np.ok) return std::nullopt;
    resume = a.np.end;
    read_side(a, floor);

    Candidate c;
    c.begin = a.begin;
    c.end = a.suffix.end;
    c.lo = a.np.value.lo;
    c.hi = a.np.value.hi;
    c.vague = a.np.vague;
    std::string currency = currency_of(a, ctx_);
    const Word* unit = a.unit();
    bool money = a.currency() != nullptr;
    const Word* between = nullptr;
    std::size_t between_begin = 0;

    // A range: "$2.5-3 billion", "entre 200 e 300 mil milhões", "100亿至200亿美元".
    const std::size_t q = skip_spaces(text_, c.end);
    if (auto word = match_forward(data_, ctx_, q, bit(Kind::Range))) {
      const std::size_t r = skip_spaces_back(text_, a.begin, floor);
      auto opener = match_backward(data_, ctx_, r, floor, [](const Word& w) { return w.kind == Kind::Between; });
      if (!word->word->requires_between || opener) {
        Side b;
        std::size_t at = skip_spaces(text_, word->end);
        auto pc = match_forward(data_, ctx_, at, [](const Word& w) {
          return w.kind == Kind::Currency && w.position != Position::After;
        });
        if (pc) {
          b.prefix_currency = pc->word;
          at = skip_spaces(text_, pc->end);
        }
        if (at < text_.size()) b.np = parse_number(data_, ctx_, at);
        if (b.np.ok) {
          b.begin = b.np.begin;
          b.suffix = parse_suffix(data_, ctx_, b.np, b.prefix_currency || a.prefix_unit || a.prefix_currency);
          const std::string currency_b = currency_of(b, ctx_);
          const Word* unit_b = b.unit();
          bool ok = true;
          // A currency or unit written after the first number must be written after the second
          // too ("10 GW to 2030" is no range); one written before it is shared ("$2.5-3 billion").
          if ((a.suffix.currency || a.suffix.unit) && !(b.currency() || b.unit())) ok = false;
          if (!currency.empty() && !currency_b.empty() && currency != currency_b) ok = false;
          if (unit && unit_b && unit->unit != unit_b->unit) ok = false;
          const bool money_b = b.currency() != nullptr;
          if ((money || money_b) && (unit || unit_b)) ok = false;
          Decimal lo = a.np.value.lo;
          if (ok && !a.np.has_scale && b.np.has_scale && !a.suffix.currency && !a.suffix.unit) {
            auto scaled = multiply(lo, b.np.factor);
            if (!scaled) ok = false;
            else lo = *scaled;
          }
          if (ok && compare(lo, b.np.value.hi) >= 0) ok = false;
          if (ok && (!(money || money_b || unit || unit_b) && !(b.np.has_scale))) ok = false;
          if (ok) {
            c.range = true;
            c.lo = lo;
            c.hi = b.np.value.hi;
            c.vague = a.np.vague || b.np.vague;
            c.end = b.suffix.end;
            if (currency.empty()) currency = currency_b;
            if (!unit) unit = unit_b;
            money = money || money_b;
            a.np.needs_currency_or_unit = a.np.needs_currency_or_unit || b.np.needs_currency_or_unit;
            if (!a.np.has_scale && b.np.has_scale) {
              a.np.has_scale = true;
              a.np.largest = b.np.largest;
            }
            a.np.plain_integer = false;
            a.np.lone_digit_word = false;
            if (opener && !opener->word->tag.empty()) {
              between = opener->word;
              between_begin = opener->begin;
            }
          }
        }
      }
    }

    // What it is.
    if (money) {
      c.money = true;
      c.currency = currency;
    } else if (unit) {
      c.unit = unit;
      if (unit->measure_word && a.np.lone_digit_word) return std::nullopt;  // 一股, 一块
      if (unit->unit == "chips" && a.np.plain_integer && !c.range) {
        const double v = c.lo.to_double();
        if (v >= 1900 && v <= 2100 && a.np.value.lo.exponent >= 0) return std::nullopt;  // 2025 AI chips
      }
    } else {
      // No currency and no unit: an amount only with a large scale word and a real count.
      if (!(a.np.has_scale && compare(a.np.largest, data_.minimum_bare_scale) >= 0 && a.np.explicit_count))
        return std::nullopt;
      c.money = true;
    }
    if (a.np.needs_currency_or_unit && !money && !unit) return std::nullopt;

    // Qualifiers.
    const Word* qualifier = nullptr;
    if (between) {
      qualifier = between;
      c.begin = between_begin;
    } else {
      const std::size_t r = skip_spaces_back(text_, c.begin, floor);
      auto m = match_backward(data_, ctx_, r, floor, [](const Word& w) {
        return w.kind == Kind::Qualifier && w.position == Position::Before;
      });
      if (m) {
        qualifier = m->word;
        c.begin = m->begin;
      }
    }
    {
      const std::size_t r = skip_spaces(text_, c.end);
      auto m = match_forward(data_, ctx_, r, [](const Word& w) {
        return w.kind == Kind::Qualifier && w.position == Position::After;
      });
      if (m && (!qualifier || (between && m->word->tag == "between"))) {
        if (!qualifier) qualifier = m->word;
        c.end = m->end;
      }
    }
    if (!qualifier && a.np.infix) qualifier = a.np.infix;
    if (qualifier) {
      c.qualifier = qualifier->tag;
      c.approximate = qualifier->approximate;
    }
    if (c.vague) c.approximate = true;

    // Model numbers before chip nouns: RTX 4090 GPUs, Ascend 910 chips.
    if (c.unit && c.unit->unit == "chips" && a.np.plain_integer && !qualifier &&
        after_capitalised_name(data_, ctx_, a.begin, floor))
      return std::nullopt;

    if (c.unit) {
      auto lo = multiply(c.lo, c.unit->value);
      auto hi = multiply(c.hi, c.unit->value);
      if (!lo || !hi) return std::nullopt;
      c.lo = *lo;
      c.hi = *hi;
    }
    return c;
  }

  void emit(const Candidate& c, AmountParser::Found& found) const {
    const std::string as_written(text_.substr(c.begin, c.end - c.begin));
    const bool exact = !c.range && compare(c.lo, c.hi) == 0;
    if (c.money) {
      Amount amount;
      if (exact) {
        amount.value = canonical(c.lo);
      } else {
        amount.min = canonical(c.lo);
        amount.max = canonical(c.hi);
      }
      amount.currency = c.currency;
      amount.as_written = as_written;
      amount.approximate = c.approximate;
      amount.qualifier = c.qualifier;
      amount.byte_begin = c.begin;
      amount.byte_end = c.end;
      found.amounts.push_back(std::move(amount));
      return;
    }
    Quantity quantity;
    quantity.value = canonical(c.lo);
    quantity.unit = c.unit->unit;
    quantity.as_written = as_written;
    quantity.approximate = c.approximate || !exact;
    quantity.qualifier = c.qualifier;
    if (quantity.qualifier.empty() && !exact) quantity.qualifier = c.range ? "between" : "several";
    quantity.byte_begin = c.begin;
    quantity.byte_end = c.end;
    found.quantities.push_back(std::move(quantity));
  }

  const Data& data_;
  const Ctx& ctx_;
  std::string_view text_;
};

Ctx make_context(const Data& data, std::string_view text, std::string_view language) {
  Ctx ctx;
  ctx.text = text;
  ctx.full = lower_ascii(language);
  std::replace(ctx.full.begin(), ctx.full.end(), '_', '-');
  ctx.primary = primary_subtag(ctx.full);
  if (ctx.primary.empty() || ctx.primary == "und" || ctx.primary == "mul" || ctx.primary == "zxx") {
    bool han = false;
    for (std::size_t i = 0; i < text.size() && !han;) {
      const Utf8 u = decode_at(text, i);
      han = u.cp >= 0x4E00 && u.cp <= 0x9FFF;
      i += u.len;
    }
    if (han) {
      ctx.full = ctx.primary = "zh";
    } else {
      ctx.und = true;
      ctx.full = ctx.primary = "und";
    }
  }
  ctx.zh = ctx.primary == "zh";
  static const NumberFormat kDefault;
  ctx.format = &kDefault;
  const NumberFormat* by_primary = nullptr;
  const NumberFormat* by_und = nullptr;
  for (const NumberFormat& format : data.formats) {
    if (format.language == ctx.full) {
      ctx.format = &format;
      return ctx;
    }
    if (format.language == ctx.primary) by_primary = &format;
    if (format.language == "und") by_und = &format;
  }
  if (by_primary) ctx.format = by_primary;
  else if (by_und) ctx.format = by_und;
  return ctx;
}

}  // namespace

// ---------------------------------------------------------------------------------------

AmountVocabulary AmountVocabulary::load(const std::string& turtle_path) {
  auto triples = rdf::read_turtle_file(turtle_path);  // throws FILE:LINE:COL on bad Turtle
  Loader loader(std::move(triples), turtle_path, rdf::read_text_file(turtle_path));
  return AmountVocabulary(loader.build());
}

AmountVocabulary AmountVocabulary::from_turtle(std::string_view turtle, const std::string& name) {
  auto triples = rdf::read_turtle_string(turtle, name);
  Loader loader(std::move(triples), name, std::string(turtle));
  return AmountVocabulary(loader.build());
}

std::size_t AmountVocabulary::word_count() const { return data_->words.size(); }
std::size_t AmountVocabulary::surface_count() const { return data_->surfaces.size(); }
const std::string& AmountVocabulary::source() const { return data_->source; }

AmountParser::AmountParser(AmountVocabulary vocabulary) : vocabulary_(std::move(vocabulary)) {}

AmountParser::Found AmountParser::find_all(std::string_view text, std::string_view language) const {
  const Data& data = *vocabulary_.data_;
  const Ctx ctx = make_context(data, text, language);
  Scanner scanner(data, ctx);
  return scanner.run();
}

}  // namespace dealgraph::extract
