#include "extract/entity_matcher.hpp"

#include <algorithm>
#include <memory>
#include <set>
#include <utility>

#include "extract/han_words.hpp"
#include "extract/passes/rule_file.hpp"
#include "util/utf8.hpp"

namespace dealgraph::extract {

namespace {

// How far (in bytes) a confirming word may stand from an ambiguous label.
constexpr std::size_t kContextReach = 80;
// How far another company may stand: companies named together are a few words apart.
constexpr std::size_t kCompanyReach = 24;

// Short all-capital names (FAZ, AMD, ARM) are acronyms: in lower case they are words ("faz").
bool is_acronym(std::string_view label) {
  if (label.empty() || label.size() > 5) return false;
  return std::all_of(label.begin(), label.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '&'; });
}

// One or two Han or kana characters: inside a longer word more often than a name of its own.
bool is_short_han(std::string_view label) {
  if (label.empty() || static_cast<unsigned char>(label[0]) < 0x80 || label.size() > 8) return false;
  std::size_t pos = 0, count = 0;
  while (pos < label.size()) {
    const char32_t cp = util::decode_utf8(label, pos);
    if (!is_ideograph(cp) && !is_kana(cp)) return false;
    ++count;
  }
  return count <= 2;
}

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool is_letter_ascii(char c) { return is_upper_ascii(c) || (c >= 'a' && c <= 'z'); }

}  // namespace

// The checks of one document: which entities its plain labels name, and where confirming words stand.
class EntityMatcher::Guard {
 public:
  Guard(const EntityMatcher& matcher, std::string_view text, const FoldedText& folded,
        const std::vector<PhraseMatcher::Match>& chosen)
      : matcher_(matcher), text_(text), folded_(folded) {
    for (const auto& match : chosen) {
      if (is_ticker(match)) tickers_.push_back(match.id);
      if (is_ticker(match) || needs_context(match)) continue;
      named_.push_back(match.id);
      const LexiconEntry& entry = entry_of(match);
      if (entry.kind == EntityKind::Organization) companies_.push_back(match);
      if (!entry.made_by.empty()) makers_named_.push_back(entry.made_by);
    }
    std::sort(tickers_.begin(), tickers_.end());
    std::sort(named_.begin(), named_.end());
    std::sort(makers_named_.begin(), makers_named_.end());
  }

  bool keeps(const PhraseMatcher::Match& match) {
    if (is_ticker(match)) return false;
    const EntityKind kind = entry_of(match).kind;
    // A chip's label that is a ticker in this document (GPU <GPU>) names the company throughout.
    if ((kind == EntityKind::Chip || kind == EntityKind::Product) &&
        (names_company(match) || std::binary_search(tickers_.begin(), tickers_.end(), match.id)))
      return false;
    const std::string_view label = text_.substr(match.begin, match.end - match.begin);
    if (is_short_han(label) && !(han_word_starts(match.begin) && han_word_ends(match.end))) return false;
    if (!needs_context(match)) return true;
    const LexiconEntry& entry = entry_of(match);
    // Its maker, one of its products or another of its labels named in the document.
    const LexiconEntry* maker = entry.made_by.empty() ? nullptr : matcher_.lexicon_.find(entry.made_by);
    const bool maker_named =
        maker && std::binary_search(named_.begin(), named_.end(),
                                    static_cast<std::uint32_t>(maker - matcher_.lexicon_.entries().data()));
    const bool named = maker_named || std::binary_search(named_.begin(), named_.end(), match.id) ||
                       std::binary_search(makers_named_.begin(), makers_named_.end(), entry.iri);
    if (named) return true;
    return !is_inside_other_name(match) && (has_cue_near(match, entry.kind) || has_company_near(match, entry.kind));
  }

 private:
  const LexiconEntry& entry_of(const PhraseMatcher::Match& match) const {
    return matcher_.lexicon_.entries()[match.id];
  }

  // Reuters writes tickers in angle brackets: <GPU> is a company's symbol, not a chip.
  bool is_ticker(const PhraseMatcher::Match& match) const {
    return match.begin > 0 && text_[match.begin - 1] == '<' && match.end < text_.size() && text_[match.end] == '>';
  }

  // Reuters writes a company's name beside its ticker or inside angle brackets (GPU <GPU>,
  // <Trillium Exploration Corp>, <CANN.T>): a chip or product label there is a company's name.
  bool names_company(const PhraseMatcher::Match& match) const {
    if (text_.compare(match.end, 2, " <") == 0) return true;
    const std::size_t open = text_.find_last_of("<>\n", match.begin == 0 ? 0 : match.begin - 1);
    if (match.begin == 0 || open == std::string_view::npos || text_[open] != '<' || match.begin - open > 60)
      return false;
    const std::size_t close = text_.find_first_of("<>\n", match.end);
    return close != std::string_view::npos && text_[close] == '>' && close - match.end <= 60;
  }

  bool needs_context(const PhraseMatcher::Match& match) const {
    const auto& labels = entry_of(match).context_labels;
    if (labels.empty()) return false;
    const std::string label = fold(text_.substr(match.begin, match.end - match.begin));
    return std::find(labels.begin(), labels.end(), label) != labels.end();
  }

  // Jean-Claude, W. R. Grace, Gemma Jackson, Volta Redonda: the word is part of a longer name.
  bool is_inside_other_name(const PhraseMatcher::Match& match) {
    const std::size_t b = match.begin, e = match.end;
    if (b >= 2 && text_[b - 1] == '-' && is_letter_ascii(text_[b - 2])) return true;
    // Cap Gemini, Mary Blackwell; but not after a word that confirms it (die Cloud Azure).
    if (follows_capitalised_word(b) &&
        std::none_of(cues().begin(), cues().end(), [&](const auto& cue) { return cue.end + 1 == b; }))
      return true;
    if (b >= 3 && text_[b - 1] == ' ' && text_[b - 2] == '.' && is_upper_ascii(text_[b - 3]) &&
        (b == 3 || !is_letter_ascii(text_[b - 4])))
      return true;
    // A capitalised word after it, unless that word confirms it (Blackwell GPUs).
    return e + 1 < text_.size() && (text_[e] == ' ' || text_[e] == '-') && is_upper_ascii(text_[e + 1]) &&
           std::none_of(cues().begin(), cues().end(), [&](const auto& cue) { return cue.begin == e + 1; });
  }

  // A capitalised word, not possessive, before `at` in the same sentence.
  bool follows_capitalised_word(std::size_t at) const {
    if (at < 3 || text_[at - 1] != ' ') return false;
    std::size_t begin = at - 1;
    while (begin > 0 && is_letter_ascii(text_[begin - 1])) --begin;
    if (begin == at - 1 || !is_upper_ascii(text_[begin])) return false;
    // A sentence's first word is capitalised anyway.
    std::size_t before = begin;
    while (before > 0 && text_[before - 1] == ' ') --before;
    return before > 0 && text_[before - 1] != '.' && text_[before - 1] != '\n' && text_[before - 1] != '"';
  }

  const std::vector<PhraseMatcher::Match>& cues() {
    if (!cues_)
      cues_ = std::make_unique<std::vector<PhraseMatcher::Match>>(matcher_.context_cues_.find_all(text_, folded_));
    return *cues_;
  }

  bool has_cue_near(const PhraseMatcher::Match& match, EntityKind kind) {
    const std::size_t from = match.begin > kContextReach ? match.begin - kContextReach : 0;
    const std::size_t to = match.end + kContextReach;
    return std::any_of(cues().begin(), cues().end(), [&](const PhraseMatcher::Match& cue) {
      return cue.id == static_cast<std::uint32_t>(kind) && cue.begin >= from && cue.end <= to &&
             (cue.end <= match.begin || cue.begin >= match.end);
    });
  }

  // A word of its own: a boundary of ICU's word break, or a stop word (和博通合作) beside it. A
  // character after a digit belongs to a date or a count (8日, 3月).
  bool han_word_starts(std::size_t at) {
    if (at > 0 && text_[at - 1] >= '0' && text_[at - 1] <= '9') return false;
    return han_words().is_boundary(at) || han_stops().ends(at);
  }
  bool han_word_ends(std::size_t at) { return han_words().is_boundary(at) || han_stops().starts(at); }

  struct HanStops {
    std::vector<std::size_t> starts_at, ends_at;  // sorted
    bool starts(std::size_t at) const { return std::binary_search(starts_at.begin(), starts_at.end(), at); }
    bool ends(std::size_t at) const { return std::binary_search(ends_at.begin(), ends_at.end(), at); }
  };
  const HanStops& han_stops() {
    if (!stops_) {
      stops_ = std::make_unique<HanStops>();
      for (const auto& stop : matcher_.han_stops_.find_all(text_, folded_)) {
        stops_->starts_at.push_back(stop.begin);
        stops_->ends_at.push_back(stop.end);
      }
      std::sort(stops_->starts_at.begin(), stops_->starts_at.end());
      std::sort(stops_->ends_at.begin(), stops_->ends_at.end());
    }
    return *stops_;
  }

  // Companies are named together (Orange et OpenAI, 台积电向苹果供应): another company close by.
  bool has_company_near(const PhraseMatcher::Match& match, EntityKind kind) const {
    if (kind != EntityKind::Organization) return false;
    const std::size_t from = match.begin > kCompanyReach ? match.begin - kCompanyReach : 0;
    return std::any_of(companies_.begin(), companies_.end(), [&](const PhraseMatcher::Match& other) {
      return other.end >= from && other.begin <= match.end + kCompanyReach && other.id != match.id;
    });
  }

  HanWords& han_words() {
    if (!words_) words_ = std::make_unique<HanWords>(text_);
    return *words_;
  }

  const EntityMatcher& matcher_;
  std::string_view text_;
  const FoldedText& folded_;
  std::vector<std::uint32_t> tickers_;           // entries whose label stands as a ticker, sorted
  std::vector<std::uint32_t> named_;             // entries named by a plain label, sorted
  std::vector<PhraseMatcher::Match> companies_;  // organisations named by a plain label
  std::vector<std::string_view> makers_named_;  // their makers' IRIs, sorted
  std::unique_ptr<HanStops> stops_;             // found when first needed
  std::unique_ptr<std::vector<PhraseMatcher::Match>> cues_;  // found when first needed
  std::unique_ptr<HanWords> words_;                          // made when first needed
};

EntityMatcher::EntityMatcher(const Lexicon& lexicon, const std::string& context_rules_path,
                             const std::string& cjk_rules_path)
    : lexicon_(lexicon) {
  const auto& entries = lexicon.entries();
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    auto options = [&](std::string_view label) {
      return PhraseMatcher::Options{false, entries[i].match_case || is_acronym(label)};
    };
    names_.add(entries[i].pref_label, i, options(entries[i].pref_label));
    for (const LexiconLabel& label : entries[i].labels) names_.add(label.text, i, options(label.text));
    for (const LexiconLabel& label : entries[i].short_labels) names_.add(label.text, i | kShortName, options(label.text));
  }
  names_.build();
  if (!context_rules_path.empty()) {
    const RuleFile rules(context_rules_path);
    const std::pair<std::string_view, EntityKind> kinds[] = {{"Chip", EntityKind::Chip},
                                                             {"Product", EntityKind::Product},
                                                             {"Organization", EntityKind::Organization},
                                                             {"Person", EntityKind::Person}};
    for (const std::string& subject : rules.subjects("LexiconContextCue")) {
      const rdf::Term* kind = rules.first(subject, "kind");
      auto it = std::find_if(std::begin(kinds), std::end(kinds), [&](const auto& k) {
        return kind && kind->value.size() > k.first.size() && kind->value.ends_with(k.first) &&
               kind->value[kind->value.size() - k.first.size() - 1] == '#';
      });
      if (it == std::end(kinds))
        rules.fail(subject, "needs a dg:kind of dg:Chip, dg:Product, dg:Organization or dg:Person");
      for (const rdf::Term* word : rules.all(subject, "surface"))
        context_cues_.add(word->value, static_cast<std::uint32_t>(it->second), {false, true});
    }
  }
  context_cues_.build();
  if (!cjk_rules_path.empty()) {
    const RuleFile rules(cjk_rules_path);  // outlives the terms it owns
    for (const rdf::Term* word : rules.all_of_type("HanNameStop", "surface")) han_stops_.add(word->value, 0);
  }
  han_stops_.build();
}

std::vector<Mention> EntityMatcher::find(std::string_view text, const FoldedText& folded) const {
  std::vector<PhraseMatcher::Match> full, shorts;
  for (const auto& match : names_.find_all(text, folded)) {
    if (match.id & kShortName) shorts.push_back({match.begin, match.end, match.id & ~kShortName});
    else full.push_back(match);
  }
  // A surname counts once the full name has appeared before it. The first uses are kept as
  // (entity, begin) pairs sorted, not in a table as long as the lexicon: most documents name
  // few entities, and a table would be cleared for each.
  std::set<std::pair<std::size_t, std::size_t>> short_spans;
  if (!shorts.empty()) {
    std::vector<std::pair<std::uint32_t, std::size_t>> first_full;
    for (const auto& match : leftmost_longest(full)) first_full.emplace_back(match.id, match.begin);
    std::sort(first_full.begin(), first_full.end());
    for (const auto& match : shorts) {
      const auto first = std::lower_bound(first_full.begin(), first_full.end(), std::make_pair(match.id, std::size_t{0}));
      if (first != first_full.end() && first->first == match.id && first->second < match.begin) {
        full.push_back(match);
        short_spans.emplace(match.begin, match.id);
      }
    }
  }
  std::sort(full.begin(), full.end(), [](const auto& a, const auto& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    return a.end > b.end;
  });
  const auto chosen = leftmost_longest(full);
  Guard guard(*this, text, folded, chosen);
  std::vector<Mention> mentions;
  for (const auto& match : chosen) {
    if (!guard.keeps(match)) continue;
    const LexiconEntry& entry = lexicon_.entries()[match.id];
    const bool is_short = short_spans.count({match.begin, match.id}) > 0;
    mentions.push_back({entry.iri, entry.kind, match.begin, match.end, is_short ? 0.8 : 1.0});
  }
  return mentions;
}

}  // namespace dealgraph::extract
