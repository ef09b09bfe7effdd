// Amounts of money and quantities (GW, chips, shares, percent) in one sentence of news text,
// in Chinese, Portuguese, Spanish, English, German and French.
//
// The words come from ontology/rules/units.ttl (AmountVocabulary); the parser holds no word
// lists of its own. It scans for digits and numeral words first and reads outwards from them,
// by hand, without regular expressions. An AmountParser is immutable once built: find_all is
// const and safe to call from several threads at once.
//
// What a result holds:
//  - as_written and byte_begin/byte_end cover the whole phrase that was read, qualifier words
//    included ("up to $100 billion", "近3500亿美元", "entre 200 e 300 mil milhões de dólares").
//  - Amounts: a point value in `value`, or a range in `min`/`max` ("$2.5-3 billion", vague
//    amounts). `currency` is an ISO 4217 code, or empty when the text names none
//    ("jusqu'à 10 milliards").
//  - Quantities have a single value, so a range ("10-15%", "2至3吉瓦") keeps its lower bound,
//    with approximate = true and qualifier "between"; a vague quantity ("数万张GPU") keeps its
//    lower bound with approximate = true and qualifier "several", unless a qualifier word says
//    otherwise.
//  - qualifier: "up to", "at least", "about", "nearly", "more than", "less than", "between"
//    (and "several", see above); approximate is true for vague amounts and for qualifiers
//    marked dg:approximate (about, nearly, 多/余).
//
// Vague amounts: a vague word (数, 几, several, vários, mehrere, plusieurs) and a plural
// multiplier or scale word with no count before it (hundreds, centenas, billions, Milliarden)
// stand for dg:pluralMinimum..dg:pluralMaximum = 2..9 of what follows:
//   数十亿 = [2e9, 9e9] (十亿 is 1e9), 数亿 = [2e8, 9e8], 数百万 = [2e6, 9e6], 几十万 = [2e5, 9e5],
//   hundreds of millions = several hundred million = [2e8, 9e8],
//   várias centenas de milhões = [2e8, 9e8], miles de millones = [2e9, 9e9],
//   billions of dollars = [2e9, 9e9].
//
// Not returned: a number with neither currency nor unit, unless it carries a scale word of at
// least dg:minimumBareScale (1e6) and a real count ("10 milliards"); dates, years, times,
// ordinals, quarters and codes (Q3, H100, 10月21日, 2026年, in 2025, 21.10.2025); a lone
// Chinese digit before a classifier (一股, 一块); a year-like or model-like number before a
// chip noun (2025 AI chips, RTX 4090 GPUs).
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dealgraph/facts.hpp"

namespace dealgraph::extract {

// Reads an xsd:decimal lexical form ("350000000000", "-4.20", "0.001"); nullopt when the text
// is not one or needs more than 18 significant digits.
std::optional<Decimal> parse_decimal(std::string_view lexical);

// The words of amounts, loaded from Turtle (ontology/rules/units.ttl). Cheap to copy.
class AmountVocabulary {
 public:
  // Throws std::runtime_error whose what() starts with "FILE:LINE:COL: " when the file does not
  // parse (rdf::ParseError) or when a word misses what its class needs (a dg:ScaleWord without
  // dg:multiplier, a word without dg:surface, ...).
  static AmountVocabulary load(const std::string& turtle_path);
  // The same from Turtle text in memory; `name` stands for the file in messages.
  static AmountVocabulary from_turtle(std::string_view turtle, const std::string& name);

  std::size_t word_count() const;     // subjects read (dgr:scale-yi, ...)
  std::size_t surface_count() const;  // surfaces read ("亿", "億", ...)
  const std::string& source() const;  // the file or name it was read from

  struct Data;  // opaque; defined in amount_vocabulary.hpp

 private:
  explicit AmountVocabulary(std::shared_ptr<const Data> data) : data_(std::move(data)) {}
  std::shared_ptr<const Data> data_;
  friend class AmountParser;
};

class AmountParser {
 public:
  explicit AmountParser(AmountVocabulary vocabulary);

  struct Found {
    std::vector<Amount> amounts;
    std::vector<Quantity> quantities;
  };

  // Every amount of money and every quantity in `text` (UTF-8, usually one sentence), each list
  // in text order. `language` is a BCP 47 hint: zh-Hans, zh-Hant, pt, es, en, de, fr, or und
  // (und reads Chinese when the text holds Han characters, else leans on English). Byte
  // offsets are relative to `text`.
  Found find_all(std::string_view text, std::string_view language) const;

 private:
  AmountVocabulary vocabulary_;
};

}  // namespace dealgraph::extract
