#include "extract/post_finder.hpp"

#include <algorithm>
#include <set>

#include "rdf/turtle_reader.hpp"

namespace dealgraph::extract {
namespace {

struct Item {
  char kind = 'O';  // O organisation, P person, T a group of titles
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string key;  // entity key for O and P
  std::vector<std::pair<std::string, std::string>> titles;  // (normalised, as written) for T
};

}  // namespace

PostFinder::PostFinder(const std::string& post_rules_path) {
  const rdf::TripleIndex index(rdf::read_turtle_file(post_rules_path));
  const std::string dg(rdf::kDg);
  for (const std::string& subject : index.subjects_of_type(dg + "TitleWord")) {
    const rdf::Term* title = index.first_object(subject, dg + "title");
    if (!title) continue;
    const auto id = static_cast<std::uint32_t>(titles_.size());
    titles_.push_back(title->value);
    for (const rdf::Term* surface : index.objects(subject, dg + "surface")) {
      // All-capital abbreviations (CEO, PDG) are titles only in capitals.
      const bool capitals = std::all_of(surface->value.begin(), surface->value.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      words_.add(surface->value, kTitle << 24 | id, {false, capitals});
    }
  }
  for (const std::string& subject : index.subjects_of_type(dg + "PostConnector"))
    for (const rdf::Term* surface : index.objects(subject, dg + "surface")) words_.add(surface->value, kConnector << 24);
  for (const std::string& subject : index.subjects_of_type(dg + "TitleConjunction"))
    for (const rdf::Term* surface : index.objects(subject, dg + "surface")) words_.add(surface->value, kConjunction << 24);
  words_.build();
}

std::vector<PostFinder::Found> PostFinder::find(std::string_view text, const FoldedText& folded,
                                                const std::vector<Sentence>& sentences,
                                                const std::vector<Mention>& mentions) const {
  std::vector<Found> found;
  std::vector<PhraseMatcher::Match> words, titles, connectors, conjunctions;
  auto mention = mentions.begin();
  for (std::size_t index = 0; index < sentences.size(); ++index) {
    const Sentence& sentence = sentences[index];
    // Only a sentence that names a person can state a post.
    while (mention != mentions.end() && mention->byte_end <= sentence.byte_begin) ++mention;
    bool has_person = false;
    for (auto m = mention; m != mentions.end() && m->byte_begin < sentence.byte_end; ++m)
      if (m->kind == EntityKind::Person) { has_person = true; break; }
    if (!has_person) continue;
    words.clear();
    titles.clear();
    connectors.clear();
    conjunctions.clear();
    words_.find_in(text, folded, sentence.byte_begin, sentence.byte_end, words);
    for (const auto& match : words) {
      switch (match.id >> 24) {
        case kTitle: titles.push_back(match); break;
        case kConnector: connectors.push_back(match); break;
        default: conjunctions.push_back(match); break;
      }
    }
    titles = leftmost_longest(titles);
    find_in_sentence(text, sentence, index, mentions, titles, connectors, conjunctions, found);
  }
  return found;
}

void PostFinder::find_in_sentence(std::string_view text, const Sentence& sentence, std::size_t sentence_index,
                                  const std::vector<Mention>& mentions,
                                  const std::vector<PhraseMatcher::Match>& titles,
                                  const std::vector<PhraseMatcher::Match>& connectors,
                                  const std::vector<PhraseMatcher::Match>& conjunctions, std::vector<Found>& found) const {
  const std::size_t begin = sentence.byte_begin, end = sentence.byte_end;
  std::vector<Item> items;
  auto first_mention = std::lower_bound(mentions.begin(), mentions.end(), begin,
                                        [](const Mention& m, std::size_t at) { return m.byte_begin < at; });
  for (auto it = first_mention; it != mentions.end() && it->byte_begin < end; ++it) {
    const Mention& m = *it;
    if (m.byte_end > end) continue;
    if (m.kind == EntityKind::Organization) items.push_back({'O', m.byte_begin, m.byte_end, m.entity_key, {}});
    else if (m.kind == EntityKind::Person) items.push_back({'P', m.byte_begin, m.byte_end, m.entity_key, {}});
  }
  if (items.empty()) return;
  auto first_title = std::lower_bound(titles.begin(), titles.end(), begin,
                                      [](const PhraseMatcher::Match& m, std::size_t at) { return m.begin < at; });
  for (auto t = first_title; t != titles.end() && t->begin < end; ++t) {
    if (t->end > end) continue;
    const bool overlaps = std::any_of(items.begin(), items.end(), [&](const Item& i) { return t->begin < i.end && i.begin < t->end; });
    if (!overlaps)
      items.push_back({'T', t->begin, t->end, {}, {{titles_[t->id & 0xFFFFFF], std::string(text.substr(t->begin, t->end - t->begin))}}});
  }
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.begin < b.begin; });

  // A gap holds only spaces, light punctuation and words from `words`.
  auto gap_made_of = [&](std::size_t from, std::size_t to, const std::vector<PhraseMatcher::Match>& words, bool comma_ok) {
    if (to < from || to - from > 24) return false;
    std::size_t at = from;
    while (at < to) {
      const char c = text[at];
      if (c == ' ' || c == '(' || c == ')' || c == '-' || c == '\'' || (comma_ok && c == ',')) { ++at; continue; }
      if (text.compare(at, 3, "（") == 0 || text.compare(at, 3, "）") == 0 || text.compare(at, 3, "’") == 0 ||
          (comma_ok && (text.compare(at, 3, "，") == 0 || text.compare(at, 3, "、") == 0))) {
        at += 3;
        continue;
      }
      bool advanced = false;
      auto w = std::lower_bound(words.begin(), words.end(), at, [](const PhraseMatcher::Match& m, std::size_t a) { return m.begin < a; });
      for (; w != words.end() && w->begin == at; ++w)
        if (w->end <= to) { at = w->end; advanced = true; break; }
      if (!advanced) return false;
    }
    return true;
  };
  // Titles joined by a conjunction form one group.
  std::vector<Item> grouped;
  for (Item& item : items) {
    if (item.kind == 'T' && !grouped.empty() && grouped.back().kind == 'T' &&
        gap_made_of(grouped.back().end, item.begin, conjunctions, true)) {
      grouped.back().end = item.end;
      grouped.back().titles.insert(grouped.back().titles.end(), item.titles.begin(), item.titles.end());
      continue;
    }
    grouped.push_back(std::move(item));
  }
  auto linked = [&](const Item& a, const Item& b) { return gap_made_of(a.end, b.begin, connectors, true); };

  std::set<std::tuple<std::string, std::string, std::string>> seen;
  auto emit = [&](const Item& person, const Item& organization, const Item& group) {
    for (const auto& [title, written] : group.titles)
      if (seen.emplace(person.key, organization.key, title).second)
        found.push_back({sentence_index, person.key, organization.key, title, written});
  };
  for (std::size_t i = 0; i < grouped.size(); ++i) {
    if (grouped[i].kind != 'T') continue;
    const Item& t = grouped[i];
    const Item* before = i >= 1 ? &grouped[i - 1] : nullptr;
    const Item* before2 = i >= 2 ? &grouped[i - 2] : nullptr;
    const Item* after = i + 1 < grouped.size() ? &grouped[i + 1] : nullptr;
    const Item* after2 = i + 2 < grouped.size() ? &grouped[i + 2] : nullptr;
    if (before && after && before->kind == 'O' && after->kind == 'P' && linked(*before, t) && linked(t, *after))
      emit(*after, *before, t);  // 软银CEO孙正义, Nvidia CEO Jensen Huang
    else if (before && after && before->kind == 'P' && after->kind == 'O' && linked(*before, t) && linked(t, *after))
      emit(*before, *after, t);  // Lisa Su, chief executive of AMD
    else if (after && after2 && after->kind == 'O' && after2->kind == 'P' && linked(t, *after) && linked(*after, *after2))
      emit(*after2, *after, t);  // o CEO da Nvidia, Jensen Huang
    else if (before && before2 && before->kind == 'O' && before2->kind == 'P' && linked(*before2, *before) && linked(*before, t))
      emit(*before2, *before, t);  // Satya Nadella, Microsoft's chief executive
  }
}

}  // namespace dealgraph::extract
