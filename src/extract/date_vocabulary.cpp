// Reads the date vocabulary (ontology/rules/dates.ttl) into DateVocabulary::Data: each word with
// what its class needs, checked, and its surfaces folded into the trie.
#include "extract/date_vocabulary.hpp"

#include <unicode/uchar.h>

#include <charconv>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dealgraph/error.hpp"
#include "extract/date_characters.hpp"
#include "rdf/turtle_reader.hpp"

namespace dealgraph::extract {
namespace dates {
namespace {

using code_points::lower_ascii;
using code_points::primary_subtag;

class Loader : public rdf::VocabularyReader {
 public:
  using VocabularyReader::VocabularyReader;

  std::shared_ptr<Data> build() {
    auto data = std::make_shared<Data>();
    data->source = name_;
    read_policy(*data);
    read_orders(*data);
    const std::pair<const char*, Kind> classes[] = {
        {"MonthName", Kind::Month},         {"WeekdayName", Kind::Weekday},   {"RelativeDay", Kind::RelDay},
        {"RelativeWeek", Kind::RelWeek},    {"RelativeMonth", Kind::RelMonth}, {"RelativeYear", Kind::RelYear},
        {"ShiftWord", Kind::Shift},         {"DateCue", Kind::Cue},            {"DateConnector", Kind::Connector},
        {"DaySuffix", Kind::DaySuffix},     {"DateMarker", Kind::Marker},      {"DateNumeral", Kind::Numeral},
        {"PeriodWord", Kind::Period},       {"RangeWord", Kind::Range},        {"CountWord", Kind::Count},
    };
    for (const auto& [local, kind] : classes)
      for (const std::string& subject : index_.subjects_of_type(dg(local))) add_word(*data, subject, kind);
    if (data->words.empty()) throw KnowledgeError(name_ + ":1:1: no date words (dg:MonthName, ...) found");
    return data;
  }

 private:
  std::optional<int> integer(const std::string& subject, const char* property, bool required, int lo, int hi) const {
    const rdf::Term* term = literal(subject, property, required);
    if (!term) return std::nullopt;
    const std::string& s = term->value;
    const char* first = s.data();
    if (!s.empty() && s[0] == '+') ++first;
    int value = 0;
    const auto [ptr, ec] = std::from_chars(first, s.data() + s.size(), value);
    if (ec != std::errc() || ptr != s.data() + s.size() || s.empty())
      fail(subject, std::string("dg:") + property + " is not an integer: \"" + s + "\"");
    if (value < lo || value > hi)
      fail(subject, std::string("dg:") + property + " is out of " + std::to_string(lo) + ".." + std::to_string(hi) +
                        ": " + s);
    return value;
  }

  std::vector<std::u32string> folded_texts(const std::string& subject, const char* property) const {
    std::vector<std::u32string> out;
    for (const rdf::Term* term : literals(subject, property)) {
      std::u32string folded = fold(term->value);
      if (folded.empty()) fail(subject, std::string("has an empty dg:") + property);
      out.push_back(std::move(folded));
    }
    return out;
  }

  void read_policy(Data& data) const {
    const auto policies = index_.subjects_of_type(dg("DatePolicy"));
    if (policies.empty()) return;  // defaults
    const std::string& subject = policies.front();
    data.max_days_ahead = *integer(subject, "maxDaysAhead", true, 0, 366);
    data.minimum_year = *integer(subject, "minimumYear", true, 1000, 9999);
    data.maximum_year = *integer(subject, "maximumYear", true, 1000, 9999);
    if (data.minimum_year > data.maximum_year) fail(subject, "has dg:minimumYear above dg:maximumYear");
    data.fallback_language = lower_ascii(text(subject, "fallbackLanguage", true));
  }

  void read_orders(Data& data) const {
    for (const std::string& subject : index_.subjects_of_type(dg("NumericDateOrder"))) {
      const std::string language = primary_subtag(lower_ascii(text(subject, "language", true)));
      const bool month_first = *choice<bool>(subject, "numericOrder", true, {{"dmy", false}, {"mdy", true}});
      data.month_first.emplace_back(language, month_first);
    }
  }

  Shift shift(const std::string& subject) const {
    return *choice<Shift>(subject, "shift", true,
                          {{"onOrBefore", Shift::OnOrBefore}, {"before", Shift::Before}, {"after", Shift::After},
                           {"thisWeek", Shift::ThisWeek}, {"lastWeek", Shift::LastWeek}, {"nextWeek", Shift::NextWeek}});
  }

  void add_word(Data& data, const std::string& subject, Kind kind) const {
    Word word = read_properties(subject, kind);
    add_surfaces(data, subject, std::move(word));
  }

  // The word's properties, as its class asks for them.
  Word read_properties(const std::string& subject, Kind kind) const {
    Word word;
    word.kind = kind;
    word.iri = subject;
    word.case_sensitive = flag(subject, "caseSensitive");
    switch (kind) {
      case Kind::Month:
        word.value = *integer(subject, "month", true, 1, 12);
        word.abbreviation = flag(subject, "abbreviation");
        break;
      case Kind::Weekday:
        word.value = *integer(subject, "weekday", true, 1, 7);
        word.needs_cue = flag(subject, "needsCue");
        break;
      case Kind::RelDay:
      case Kind::RelWeek:
      case Kind::RelMonth:
      case Kind::RelYear:
        word.value = *integer(subject, "offset", true, -100, 100);
        break;
      case Kind::Shift: {
        word.shift = shift(subject);
        word.shift_after = choice<bool>(subject, "position", false, {{"before", false}, {"after", true}}).value_or(false);
        break;
      }
      case Kind::Marker: {
        word.unit = *choice<Unit>(subject, "unit", true, {{"year", Unit::Year}, {"month", Unit::Month}, {"day", Unit::Day}});
        word.after_month_only = flag(subject, "afterMonthOnly");
        break;
      }
      case Kind::Numeral:
        word.value = *integer(subject, "value", true, 0, 10);
        word.tens = flag(subject, "tens");
        if (word.tens != (word.value == 10)) fail(subject, "must have dg:value 10 exactly when dg:tens is true");
        break;
      case Kind::Cue:
      case Kind::Connector:
      case Kind::DaySuffix:
      case Kind::Period:
      case Kind::Range:
      case Kind::Count:
        break;
    }
    word.not_preceded_by = folded_texts(subject, "notPrecededBy");
    word.not_followed_by = folded_texts(subject, "notFollowedBy");
    return word;
  }

  // Stores `word` and puts each of its surfaces, folded, into the trie (numerals also by character).
  void add_surfaces(Data& data, const std::string& subject, Word word) const {
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
      surface.primary = primary_subtag(lower_ascii(term->language));
      const Utf8 first = decode_at(term->value, 0);
      surface.upper_first = u_isupper(static_cast<UChar32>(first.cp)) != 0;
      if (stored.kind == Kind::Numeral) {
        if (key.size() != 1) fail(subject, "has a dg:surface that is not one character");
        data.numerals[key[0]].push_back(Numeral{stored.value, stored.tens, surface.primary});
      }
      const auto id = static_cast<std::uint32_t>(data.surfaces.size());
      data.surfaces.push_back(std::move(surface));
      data.trie.insert(key, id);
    }
  }
};

}  // namespace
}  // namespace dates

DateVocabulary DateVocabulary::load(const std::string& turtle_path) {
  return DateVocabulary(rdf::load_vocabulary_file<dates::Loader>(turtle_path));
}

DateVocabulary DateVocabulary::from_turtle(std::string_view turtle, const std::string& name) {
  return DateVocabulary(rdf::load_vocabulary_text<dates::Loader>(turtle, name));
}

std::size_t DateVocabulary::word_count() const { return data_->words.size(); }
std::size_t DateVocabulary::surface_count() const { return data_->surfaces.size(); }
const std::string& DateVocabulary::source() const { return data_->source; }

}  // namespace dealgraph::extract
