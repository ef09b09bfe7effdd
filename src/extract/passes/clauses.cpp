#include "extract/passes/clauses.hpp"

#include <algorithm>

#include "extract/code_points.hpp"
#include "util/utf8.hpp"

namespace dealgraph::extract {

PartyRules PartyRules::load(const RuleFile& rules) {
  PartyRules loaded;
  for (const rdf::Term* sector : rules.all_of_type("NonPartySector", "sector"))
    loaded.non_party_sectors_.insert(sector->value);
  return loaded;
}

bool PartyRules::reports_only(const Lexicon& lexicon, const std::string& key) const {
  const LexiconEntry* entry = lexicon.find(key);
  return entry && non_party_sectors_.count(entry->sector) > 0;
}

std::optional<std::string> PartyRules::first_party(const DocumentWork& work) const {
  for (const Mention& m : work.facts.mentions)
    if (m.kind == EntityKind::Organization && !reports_only(work.lexicon, m.entity_key)) return m.entity_key;
  return std::nullopt;
}

SentenceWork PartyRules::lay_out(const DocumentWork& work, std::size_t sentence_index) const {
  SentenceWork laid;
  const Sentence& sentence = work.document.sentences[sentence_index];
  laid.index = sentence_index;
  laid.sentence = &sentence;
  laid.span = {sentence.byte_begin, sentence.byte_end};
  laid.text = work.text.substr(sentence.byte_begin, sentence.byte_end - sentence.byte_begin);
  const std::vector<Mention>& mentions = work.facts.mentions;
  for (auto m = std::lower_bound(mentions.begin(), mentions.end(), sentence.byte_begin,
                                 [](const Mention& x, std::size_t at) { return x.byte_begin < at; });
       m != mentions.end() && m->byte_begin < sentence.byte_end; ++m) {
    if (m->byte_end > sentence.byte_end) continue;
    if (m->kind == EntityKind::Organization && !reports_only(work.lexicon, m->entity_key)) laid.parties.push_back(&*m);
    else if (m->kind == EntityKind::Chip) laid.chips.push_back(&*m);
  }
  laid.triggers = laid.within(work.triggers);
  return laid;
}

namespace {

// `span` cut at each `mark`, the marks left out.
std::vector<Span> split_at(std::string_view text, Span span, std::string_view mark) {
  std::vector<Span> parts;
  std::size_t start = span.begin;
  for (std::size_t at = text.substr(0, span.end).find(mark, start); at != std::string_view::npos;
       at = text.substr(0, span.end).find(mark, start)) {
    if (at > start) parts.push_back({start, at});
    start = at + mark.size();
  }
  if (start < span.end) parts.push_back({start, span.end});
  return parts;
}

}  // namespace

void split_clauses(const DocumentWork& work, SentenceWork& sentence) {
  sentence.clauses = clauses_of(work.text, sentence.span, work.chinese);
  // Japanese writes its comma as 、, which Chinese keeps for lists: there it ends a clause, when
  // what follows names a party of its own; otherwise the verb after it shares the names before
  // it (XはYに出資し、17年には子会社化した) and the clause goes on.
  if (work.chinese && work.document.language.rfind("ja", 0) == 0) {
    auto names_a_party = [&](const Span& part) {
      return std::any_of(sentence.parties.begin(), sentence.parties.end(),
                         [&](const Mention* m) { return m->byte_begin >= part.begin && m->byte_end <= part.end; });
    };
    std::vector<Span> japanese;
    for (const Span& clause : sentence.clauses) {
      bool first = true;
      for (const Span& part : split_at(work.text, clause, "、")) {
        if (!first && !names_a_party(part)) japanese.back().end = part.end;
        else japanese.push_back(part);
        first = false;
      }
    }
    sentence.clauses = std::move(japanese);
  }
  const std::string& title = work.document.title;
  const bool in_title = !title.empty() && sentence.span.end <= title.size() && work.text.compare(0, title.size(), title) == 0;
  if (work.chinese && in_title) {
    std::vector<Span> headline;
    for (const Span& clause : sentence.clauses)
      for (const Span& part : headline_clauses(work.text, clause)) headline.push_back(part);
    sentence.clauses = std::move(headline);
  }
  sentence.quoted = quotations(work.text, sentence.span);
}

namespace {

// A letter of Chinese or Japanese: Han or kana, not punctuation nor a full-width digit.
bool is_cjk_letter(char32_t c) {
  return code_points::is_cjk(c) && !(c >= 0x3000 && c <= 0x303F) && !(c >= 0xFF00 && c <= 0xFFEF);
}

}  // namespace

std::vector<Span> headline_clauses(std::string_view text, Span clause) {
  std::vector<Span> parts;
  std::size_t start = clause.begin;
  char32_t before = 0;  // the last letter or mark before the run of spaces being read
  std::size_t space_begin = std::string_view::npos;
  for (std::size_t i = clause.begin; i < clause.end;) {
    const code_points::Utf8 u = code_points::decode_at(text, i);
    if (code_points::is_inline_space(u.cp)) {
      if (space_begin == std::string_view::npos) space_begin = i;
    } else {
      if (space_begin != std::string_view::npos && is_cjk_letter(before) && is_cjk_letter(u.cp) && space_begin > start) {
        parts.push_back({start, space_begin});
        start = i;
      }
      space_begin = std::string_view::npos;
      before = u.cp;
    }
    i += u.len;
  }
  if (start < clause.end) parts.push_back({start, clause.end});
  // A headline spaced word by word (腾讯 投资 智谱) states one fact: short pieces are words, not
  // clauses, and stay with their neighbours.
  constexpr std::size_t kShortestClause = 4;  // code points
  auto is_short = [&](const Span& part) { return util::count_code_points(text.substr(part.begin, part.end - part.begin)) < kShortestClause; };
  if (std::any_of(parts.begin(), parts.end(), is_short)) return {clause};
  return parts;
}

std::vector<Span> clauses_of(std::string_view text, Span sentence, bool chinese) {
  static constexpr std::string_view kChinese[] = {"，", ",", "；", ";", "：", ":", "——", "—", "。", "！", "？", "!", "?"};
  static constexpr std::string_view kLatin[] = {";", " — ", " – ", "; "};
  std::vector<Span> clauses;
  std::size_t start = sentence.begin;
  std::size_t i = sentence.begin;
  while (i < sentence.end) {
    std::size_t cut = 0;
    if (chinese) {
      for (std::string_view d : kChinese)
        if (text[i] == d[0] && text.compare(i, d.size(), d) == 0) { cut = d.size(); break; }
    } else {
      for (std::string_view d : kLatin)
        if (text[i] == d[0] && text.compare(i, d.size(), d) == 0) { cut = d.size(); break; }
    }
    if (cut) {
      if (i > start) clauses.push_back({start, i});
      i += cut;
      start = i;
    } else {
      ++i;
    }
  }
  if (start < sentence.end) clauses.push_back({start, sentence.end});
  return clauses;
}

namespace {

// The first `what` that starts in [from, last_start], or npos: a search bounded by the sentence,
// not by the rest of the document.
std::size_t find_starting_by(std::string_view text, std::string_view what, std::size_t from, std::size_t last_start) {
  const std::size_t limit = std::min(text.size(), last_start + what.size());
  return limit < from ? std::string_view::npos : text.substr(0, limit).find(what, from);
}

}  // namespace

std::vector<Span> quotations(std::string_view text, Span sentence) {
  std::vector<Span> spans;
  if (sentence.end <= sentence.begin) return spans;
  const std::pair<std::string_view, std::string_view> pairs[] = {{"“", "”"}, {"「", "」"}, {"『", "』"}, {"«", "»"}};
  for (const auto& [open, close] : pairs) {
    std::size_t at = find_starting_by(text, open, sentence.begin, sentence.end - 1);
    while (at != std::string_view::npos) {
      const std::size_t end = find_starting_by(text, close, at + open.size(), sentence.end);
      if (end == std::string_view::npos) break;
      if (util::count_code_points(text.substr(at, end - at)) <= 24) spans.push_back({at, end + close.size()});
      at = find_starting_by(text, open, end + close.size(), sentence.end - 1);
    }
  }
  return spans;
}

}  // namespace dealgraph::extract
