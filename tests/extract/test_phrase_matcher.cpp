#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "extract/phrase_matcher.hpp"

using dealgraph::extract::PhraseMatcher;

namespace {

struct Phrase {
  std::string text;
  std::uint32_t id;
  PhraseMatcher::Options options;
};

// The phrases of the tests: words and names in several scripts, a prefix, a phrase that must
// keep its case, two that overlap, one given twice.
const std::vector<Phrase> kPhrases = {
    {"Orchard Vale", 1, {}},          {"vale", 2, {}},           {"invest", 3, {true, false}},
    {"Ridge", 4, {false, true}},      {"São Tomé", 5, {}},       {"Straße", 6, {}},
    {"云图", 7, {}},                  {"图科技", 8, {}},         {"Orchard Vale", 1, {}},
    {"A&B", 9, {}},
};

const std::vector<std::string> kTexts = {
    "Orchard Vale invests in Ridge; the vale and the ridge (RIDGE) stay apart from Orchard Valery.",
    "A filial de São Tomé e SAO TOME investiu; a Hauptstrasse e a Straße não.",
    "北方云图科技与云图合作，投资云图。",
    "A&B and a&b, AB&BA, reinvest, invested.",
};

PhraseMatcher matcher_of(std::size_t fillers) {
  PhraseMatcher matcher;
  for (const Phrase& phrase : kPhrases) matcher.add(phrase.text, phrase.id, phrase.options);
  // Phrases that no text holds, enough to make the matcher build its automaton.
  for (std::size_t k = 0; k < fillers; ++k) matcher.add("qzx filler " + std::to_string(k), 100);
  matcher.build();
  return matcher;
}

using Found = std::tuple<std::size_t, std::size_t, std::uint32_t>;

std::vector<Found> as_tuples(const std::vector<PhraseMatcher::Match>& matches) {
  std::vector<Found> found;
  for (const auto& m : matches) found.emplace_back(m.begin, m.end, m.id);
  return found;
}

}  // namespace

TEST_CASE("a few phrases searched one by one match as the automaton does", "[extract][phrase_matcher]") {
  const PhraseMatcher few = matcher_of(0);
  const PhraseMatcher many = matcher_of(40);
  for (const std::string& text : kTexts) {
    INFO(text);
    const auto folded = dealgraph::fold_text(text);
    CHECK(as_tuples(few.find_all(text, folded)) == as_tuples(many.find_all(text, folded)));
    for (std::size_t begin = 0; begin < text.size(); begin += 7) {
      std::vector<PhraseMatcher::Match> a, b;
      few.find_in(text, folded, begin, std::min(text.size(), begin + 23), a);
      many.find_in(text, folded, begin, std::min(text.size(), begin + 23), b);
      CHECK(as_tuples(a) == as_tuples(b));
    }
  }
  SECTION("the same phrase given twice matches once") {
    const std::string text = "Orchard Vale";
    CHECK(few.find_all(text).size() == 2);  // Orchard Vale (1) and vale (2)
    CHECK(many.find_all(text).size() == 2);
  }
  SECTION("case, boundaries and prefixes") {
    const std::string text = "Ridge, RIDGE and ridge; invests; reinvest";
    const auto found = as_tuples(few.find_all(text));
    CHECK(std::count_if(found.begin(), found.end(), [](const Found& f) { return std::get<2>(f) == 4; }) == 1);
    CHECK(std::count_if(found.begin(), found.end(), [](const Found& f) { return std::get<2>(f) == 3; }) == 1);
  }
}

TEST_CASE("ranges searched together find what a search of each range finds, once", "[extract][phrase_matcher]") {
  for (std::size_t fillers : {std::size_t{0}, std::size_t{40}}) {
    const PhraseMatcher matcher = matcher_of(fillers);
    for (const std::string& text : kTexts) {
      INFO(text << " with " << fillers << " fillers");
      const auto folded = dealgraph::fold_text(text);
      // Overlapping, touching and separate ranges, sorted by their start.
      const std::vector<std::pair<std::size_t, std::size_t>> ranges = {
          {0, 9}, {4, 20}, {20, 31}, {40, 52}, {45, 50}, {60, text.size()}};
      std::vector<Found> each;
      for (const auto& [begin, end] : ranges) {
        std::vector<PhraseMatcher::Match> part;
        matcher.find_in(text, folded, std::min(begin, text.size()), std::min(end, text.size()), part);
        for (const Found& f : as_tuples(part))
          if (std::find(each.begin(), each.end(), f) == each.end()) each.push_back(f);
      }
      std::sort(each.begin(), each.end(), [](const Found& a, const Found& b) {
        return std::make_tuple(std::get<0>(a), -static_cast<long>(std::get<1>(a)), std::get<2>(a)) <
               std::make_tuple(std::get<0>(b), -static_cast<long>(std::get<1>(b)), std::get<2>(b));
      });
      std::vector<std::pair<std::size_t, std::size_t>> clipped;
      for (const auto& [begin, end] : ranges) clipped.emplace_back(std::min(begin, text.size()), std::min(end, text.size()));
      std::vector<PhraseMatcher::Match> together;
      matcher.find_in_ranges(text, folded, clipped, together);
      CHECK(as_tuples(together) == each);
    }
  }
}
