// Reads the amount vocabulary (ontology/rules/units.ttl) into AmountVocabulary::Data: each word
// with what its class needs, checked, and its surfaces folded into the forward and backward tries.
#include "extract/amount_vocabulary.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dealgraph/error.hpp"
#include "extract/amount_characters.hpp"
#include "extract/decimal.hpp"
#include "rdf/turtle_reader.hpp"

namespace dealgraph::extract {
namespace amounts {
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
    read_formats(*data);
    const std::pair<const char*, Kind> classes[] = {
        {"NumberWord", Kind::Number},         {"VagueNumberWord", Kind::Vague},
        {"MultiplierWord", Kind::Multiplier}, {"ScaleWord", Kind::Scale},
        {"CurrencyWord", Kind::Currency},     {"UnitWord", Kind::Unit},
        {"ChipNoun", Kind::ChipNoun},         {"QualifierWord", Kind::Qualifier},
        {"BetweenWord", Kind::Between},       {"RangeWord", Kind::Range},
        {"ConnectorWord", Kind::Connector},   {"DecimalPointWord", Kind::DecimalPoint},
        {"PerShareWord", Kind::PerShare},
    };
    for (const auto& [local, kind] : classes)
      for (const std::string& subject : index_.subjects_of_type(dg(local))) add_word(*data, subject, kind);
    if (data->words.empty()) throw KnowledgeError(name_ + ":1:1: no amount words (dg:ScaleWord, ...) found");
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
    return choice<Position>(subject, "position", false,
                            {{"before", Position::Before}, {"after", Position::After}, {"either", Position::Either},
                             {"infix", Position::Infix}})
        .value_or(fallback);
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
      case Kind::Currency:
        word.code = text(subject, "currencyCode", true);
        word.position = position(subject, Position::Either);
        word.generic = flag(subject, "generic");
        word.context = context_rules(subject);
        break;
      case Kind::Unit:
        word.unit = text(subject, "unit", true);
        word.value = decimal(subject, "multiplier", false).value_or(Decimal{1, 0});
        word.position = position(subject, Position::After);
        if (word.position == Position::Infix || word.position == Position::Either) word.position = Position::After;
        word.measure_word = flag(subject, "measureWord");
        word.requires_chip_noun = flag(subject, "requiresChipNoun");
        word.count_noun = flag(subject, "countNoun");
        word.counts_article = flag(subject, "countsArticle");
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
      case Kind::PerShare:
        word.position = position(subject, Position::After);
        if (word.position == Position::Infix || word.position == Position::Either) word.position = Position::After;
        break;
      case Kind::Connector:
      case Kind::DecimalPoint:
        break;
    }
    return word;
  }

  // A currency word's dg:contextRule nodes.
  std::vector<ContextRule> context_rules(const std::string& subject) const {
    std::vector<ContextRule> rules;
    for (const rdf::Term* rule : index_.objects(subject, dg("contextRule"))) {
      if (rule->is_literal()) fail(subject, "dg:contextRule must be a node");
      ContextRule context;
      context.code = text(rule->value, "currencyCode", true);
      for (const std::string& w : texts(rule->value, "contextWord")) context.words.push_back(fold(w));
      for (const std::string& l : texts(rule->value, "contextLanguage")) context.languages.push_back(lower_ascii(l));
      if (context.words.empty() && context.languages.empty())
        fail(subject, "has a dg:contextRule without dg:contextWord or dg:contextLanguage");
      rules.push_back(std::move(context));
    }
    return rules;
  }

  // Stores `word` and puts each of its surfaces, folded, into both tries.
  void add_surfaces(Data& data, const std::string& subject, Word word) const {
    const auto surfaces = index_.objects(subject, dg("surface"));
    if (surfaces.empty()) fail(subject, "has no dg:surface");
    const auto word_id = static_cast<std::uint32_t>(data.words.size());
    data.words.push_back(std::move(word));
    const Word& stored = data.words.back();
    // The scanner tries to read a number only where one of these words may begin it.
    const bool starts_number = stored.kind == Kind::Number || stored.kind == Kind::Vague ||
                               ((stored.kind == Kind::Multiplier || stored.kind == Kind::Scale) &&
                                (stored.plural || stored.stands_alone));
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
      if (starts_number) data.starters.insert(key.front());
    }
  }
};

}  // namespace
}  // namespace amounts

AmountVocabulary AmountVocabulary::load(const std::string& turtle_path) {
  return AmountVocabulary(rdf::load_vocabulary_file<amounts::Loader>(turtle_path));
}

AmountVocabulary AmountVocabulary::from_turtle(std::string_view turtle, const std::string& name) {
  return AmountVocabulary(rdf::load_vocabulary_text<amounts::Loader>(turtle, name));
}

std::size_t AmountVocabulary::word_count() const { return data_->words.size(); }
std::size_t AmountVocabulary::surface_count() const { return data_->surfaces.size(); }
const std::string& AmountVocabulary::source() const { return data_->source; }

}  // namespace dealgraph::extract
