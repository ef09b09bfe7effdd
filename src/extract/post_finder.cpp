#include "extract/post_finder.hpp"

#include <algorithm>
#include <set>

#include "rdf/turtle_reader.hpp"
#include "util/utf8.hpp"

namespace dealgraph::extract {
namespace {

struct Item {
  char kind = 'O';  // O organisation, P person, T a group of titles
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string key;  // entity key for O and P
  std::vector<std::pair<std::uint32_t, std::string>> titles;  // (title-word id, as written) for T
};

// A lower-case word right after `at` (one space between): chief accountant.
bool lower_word_at(std::string_view text, std::size_t at) {
  return at + 1 < text.size() && text[at] == ' ' && text[at + 1] >= 'a' && text[at + 1] <= 'z';
}

// "Acme, founded in 1990 by Jane Doe", "Fondée en 1850 par Jean Dupont, la Maison
// Dupont": a founding verb, its agent's preposition a few words on (after a year), a person; the
// organisation stands right before the verb or right after the person.
template <class Emit>
void read_founders(std::string_view text, const std::vector<Item>& items, const std::vector<PhraseMatcher::Match>& verbs,
                   const std::vector<PhraseMatcher::Match>& agents, Emit emit) {
  auto plain = [&](std::size_t from, std::size_t to, std::size_t most) {
    return from <= to && to - from <= most && text.substr(from, to - from).find_first_of(".;:") == std::string_view::npos;
  };
  for (const auto& verb : verbs) {
    auto agent = std::find_if(agents.begin(), agents.end(), [&](const auto& a) { return a.begin >= verb.end && plain(verb.end, a.begin, 16); });
    if (agent == agents.end()) continue;
    auto person = std::find_if(items.begin(), items.end(), [&](const Item& i) { return i.kind == 'P' && i.begin >= agent->end; });
    if (person == items.end() || !plain(agent->end, person->begin, 1)) continue;
    const Item* organization = nullptr;
    for (const Item& i : items)
      if (i.kind == 'O' && i.end <= verb.begin && plain(i.end, verb.begin, 12)) organization = &i;
    // the first name after the person, past a comma: "..., la Maison Dupont"
    auto next = person + 1;
    if (!organization && next != items.end() && next->kind == 'O' && plain(person->end, next->begin, 8) &&
        text.substr(person->end, next->begin - person->end).find(',') != std::string_view::npos)
      organization = &*next;
    if (organization) emit(*person, *organization, verb);
  }
}

}  // namespace

PostFinder::PostFinder(const std::string& post_rules_path) {
  const rdf::TripleIndex index(rdf::read_turtle_file(post_rules_path));
  const std::string dg(rdf::kDg);
  auto flag = [&](const std::string& subject, const char* property) {
    const rdf::Term* value = index.first_object(subject, dg + property);
    return value && (value->value == "true" || value->value == "1");
  };
  for (const std::string& subject : index.subjects_of_type(dg + "TitleWord")) {
    const rdf::Term* title = index.first_object(subject, dg + "title");
    const bool stands_alone = flag(subject, "standsAlone"), yields = flag(subject, "yieldsToOffice");
    const bool opens_longer = flag(subject, "opensLongerTitle"), company_head = flag(subject, "companyHead");
    const bool alone_in_lower_case = flag(subject, "aloneInLowerCase");
    for (const rdf::Term* surface : index.objects(subject, dg + "surface")) {
      const auto id = static_cast<std::uint32_t>(titles_.size());
      titles_.push_back({title ? title->value : std::string(), surface->language, stands_alone, yields, opens_longer, company_head, alone_in_lower_case});
      // All-capital abbreviations (CEO, PDG) are titles only in capitals.
      const bool capitals = std::all_of(surface->value.begin(), surface->value.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
      words_.add(surface->value, kTitle << 24 | id, {false, capitals});
    }
  }
  for (const std::string& subject : index.subjects_of_type(dg + "TitleEnding")) {
    const rdf::Term* title = index.first_object(subject, dg + "title");
    for (const rdf::Term* surface : index.objects(subject, dg + "surface")) {
      endings_.emplace_back(fold(surface->value), static_cast<std::uint32_t>(titles_.size()));
      titles_.push_back({title ? title->value : std::string(), surface->language, false, false, false, true});
    }
  }
  for (const std::string& subject : index.subjects_of_type(dg + "PostConnector"))
    for (const rdf::Term* surface : index.objects(subject, dg + "surface")) words_.add(surface->value, kConnector << 24);
  for (const std::string& subject : index.subjects_of_type(dg + "TitleConjunction"))
    for (const rdf::Term* surface : index.objects(subject, dg + "surface")) words_.add(surface->value, kConjunction << 24);
  for (const std::string& subject : index.subjects_of_type(dg + "FoundingVerb")) {
    const rdf::Term* title = index.first_object(subject, dg + "title");
    for (const rdf::Term* surface : index.objects(subject, dg + "surface")) {
      words_.add(surface->value, kFounding << 24 | static_cast<std::uint32_t>(titles_.size()));
      titles_.push_back({title ? title->value : std::string(), surface->language, false, false, false, false, false});
    }
    for (const rdf::Term* surface : index.objects(subject, dg + "agent")) words_.add(surface->value, kAgent << 24);
  }
  for (const std::string& subject : index.subjects_of_type(dg + "TitleOpener"))
    for (const rdf::Term* surface : index.objects(subject, dg + "surface")) words_.add(surface->value, kOpener << 24);
  words_.build();
  for (const std::string& subject : index.subjects_of_type(dg + "NonCompanySector"))
    for (const rdf::Term* sector : index.objects(subject, dg + "sector")) non_company_sectors_.insert(sector->value);
}

std::vector<PostFinder::Found> PostFinder::find(std::string_view text, const FoldedText& folded,
                                                const std::vector<Sentence>& sentences,
                                                const std::vector<Mention>& mentions, const std::string& language,
                                                const std::vector<std::string>& topics, const Lexicon& lexicon) const {
  auto in_language = [&](const std::string& tag) {
    return tag.empty() || language == tag || (language.starts_with(tag) && language.size() > tag.size() && language[tag.size()] == '-');
  };
  std::vector<Found> found;
  std::vector<PhraseMatcher::Match> matches;
  // The organisations' names as the article writes them, for compounds (Bahnchef).
  std::vector<std::pair<std::string, std::string>> organization_names;
  const bool compounds = std::any_of(endings_.begin(), endings_.end(), [&](const auto& e) { return in_language(titles_[e.second].language); });
  if (compounds) {
    for (const Mention& m : mentions)
      if (m.kind == EntityKind::Organization) organization_names.emplace_back(fold(text.substr(m.byte_begin, m.byte_end - m.byte_begin)), m.entity_key);
    std::sort(organization_names.begin(), organization_names.end());
  }
  Words words;
  auto mention = mentions.begin();
  for (std::size_t index = 0; index < sentences.size(); ++index) {
    const Sentence& sentence = sentences[index];
    // Only a sentence that names a person can state a post. A name that runs past the
    // sentence's end (Jane K. Doe, split after the initial) belongs to it.
    while (mention != mentions.end() && mention->byte_end <= sentence.byte_begin) ++mention;
    bool has_person = false;
    Scope scope{sentence.byte_begin, sentence.byte_end, index, nullptr};
    for (auto m = mention; m != mentions.end() && m->byte_begin < sentence.byte_end; ++m) {
      if (m->kind == EntityKind::Person) has_person = true;
      if (m->byte_begin >= sentence.byte_begin) scope.end = std::max(scope.end, m->byte_end);
    }
    if (!has_person) continue;
    if (index < topics.size() && !topics[index].empty()) scope.topic = &topics[index];
    matches.clear();
    words = Words{};
    words_.find_in(text, folded, scope.begin, scope.end, matches);
    for (const auto& match : matches) {
      switch (match.id >> 24) {
        case kTitle: {
          const Title& title = titles_[match.id & 0xFFFFFF];
          if (in_language(title.language) && !(title.opens_longer && lower_word_at(text, match.end)))
            words.titles.push_back(match);
          break;
        }
        case kConnector: words.connectors.push_back(match); break;
        case kConjunction: words.conjunctions.push_back(match); break;
        case kOpener: words.openers.push_back(match); break;
        case kFounding:
          if (in_language(titles_[match.id & 0xFFFFFF].language)) words.founding.push_back(match);
          break;
        default: words.agents.push_back(match); break;
      }
    }
    words.titles = leftmost_longest(words.titles);
    if (compounds) find_compounds(text, scope.begin, scope.end, organization_names, words);
    find_in_sentence(text, scope, mentions, words, lexicon, found);
  }
  return found;
}

void PostFinder::find_compounds(std::string_view text, std::size_t begin, std::size_t end,
                                const std::vector<std::pair<std::string, std::string>>& organization_names, Words& words) const {
  auto letter = [&](std::size_t at) { return static_cast<unsigned char>(text[at]) >= 0x80 || util::is_ascii_alnum(text[at]); };
  for (std::size_t at = begin; at < end;) {
    if (!letter(at)) { ++at; continue; }
    std::size_t word_end = at;
    while (word_end < end && letter(word_end)) ++word_end;
    const std::string word = fold(text.substr(at, word_end - at));
    for (const auto& [ending, id] : endings_) {
      if (word.size() <= ending.size() || !word.ends_with(ending)) continue;
      const std::string name = word.substr(0, word.size() - ending.size());
      auto it = std::lower_bound(organization_names.begin(), organization_names.end(), std::make_pair(name, std::string()));
      if (it == organization_names.end() || it->first != name) continue;
      // The folded word keeps the source's byte lengths for these scripts' letters.
      words.compounds.push_back({at, word_end - ending.size(), word_end, it->second, id});
      break;
    }
    at = word_end;
  }
}

// A title opens its phrase when only punctuation, an article or a particle stands before it
// (the sentence's start, "L'amministratore delegato", "; CEO", "but CEO", 想いを現会長の), so
// that no unread word (a country, a ministry) may be whose title it is.
bool PostFinder::opens_phrase(std::string_view text, std::size_t sentence_begin, std::size_t at, const Words& words) const {
  for (const auto& opener : words.openers)
    if (opener.end == at || (opener.end < at && text.find_first_not_of(' ', opener.end) == at)) return true;
  while (at > sentence_begin && text[at - 1] == ' ') --at;
  if (at == sentence_begin) return true;
  const char c = text[at - 1];
  if (c == ',' || c == ';' || c == ':' || c == '(' || c == '"') return true;
  for (const char* mark : {"“", "、", "，", "「", "（", "—"})
    if (at >= 3 && text.compare(at - 3, 3, mark) == 0) return true;
  return false;
}

void PostFinder::find_in_sentence(std::string_view text, const Scope& scope, const std::vector<Mention>& mentions,
                                  const Words& words, const Lexicon& lexicon, std::vector<Found>& found) const {
  const std::size_t begin = scope.begin, end = scope.end;
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
  for (const auto& t : words.titles) {
    if (t.end > end) continue;
    const bool overlaps = std::any_of(items.begin(), items.end(), [&](const Item& i) { return t.begin < i.end && i.begin < t.end; });
    if (!overlaps) items.push_back({'T', t.begin, t.end, {}, {{t.id & 0xFFFFFF, std::string(text.substr(t.begin, t.end - t.begin))}}});
  }
  for (const Compound& c : words.compounds) {
    items.push_back({'O', c.begin, c.split, c.organization, {}});
    items.push_back({'T', c.split, c.end, {}, {{c.title, std::string(text.substr(c.split, c.end - c.split))}}});
  }
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.begin < b.begin; });

  // A gap holds only spaces, light punctuation and words from `words`.
  auto gap_made_of = [&](std::size_t from, std::size_t to, const std::vector<PhraseMatcher::Match>& allowed, bool comma_ok) {
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
      auto w = std::lower_bound(allowed.begin(), allowed.end(), at, [](const PhraseMatcher::Match& m, std::size_t a) { return m.begin < a; });
      for (; w != allowed.end() && w->begin == at; ++w)
        if (w->end <= to) { at = w->end; advanced = true; break; }
      if (!advanced) return false;
    }
    return true;
  };
  // Titles joined by a conjunction form one group.
  std::vector<Item> grouped;
  for (Item& item : items) {
    if (item.kind == 'T' && !grouped.empty() && grouped.back().kind == 'T' &&
        gap_made_of(grouped.back().end, item.begin, words.conjunctions, true)) {
      grouped.back().end = item.end;
      grouped.back().titles.insert(grouped.back().titles.end(), item.titles.begin(), item.titles.end());
      continue;
    }
    grouped.push_back(std::move(item));
  }
  auto linked = [&](const Item& a, const Item& b) { return gap_made_of(a.end, b.begin, words.connectors, true); };
  auto close = [&](const Item& a, const Item& b) { return gap_made_of(a.end, b.begin, words.connectors, false); };

  std::set<std::tuple<std::string, std::string, std::string>> seen;
  auto emit = [&](const Item& person, const std::string& organization, const Item& group, bool alone) {
    const LexiconEntry* entry = lexicon.find(organization);
    const bool company = !entry || non_company_sectors_.count(entry->sector) == 0;
    const bool office = std::any_of(group.titles.begin(), group.titles.end(), [&](const auto& t) {
      return !titles_[t.first].title.empty() && !titles_[t.first].yields_to_office;
    });
    for (const auto& [id, written] : group.titles) {
      const Title& title = titles_[id];
      const bool lower = !written.empty() && written[0] >= 'a' && written[0] <= 'z';
      if (title.title.empty() || (office && title.yields_to_office) ||
          (alone && !title.stands_alone && !(title.alone_in_lower_case && lower)) ||
          (title.company_head && !company))
        continue;
      if (seen.emplace(person.key, organization, title.title).second)
        found.push_back({scope.index, person.key, organization, title.title, written});
    }
  };
  // What follows a title that stands alone after a name: the sentence goes on (、 は, ", said").
  auto ends_phrase = [&](std::size_t at) {
    while (at < end && text[at] == ' ') ++at;
    return at >= end || !util::is_ascii_alnum(text[at]);
  };
  read_founders(text, grouped, words.founding, words.agents, [&](const Item& person, const Item& organization, const auto& verb) {
    const Item founded{'T', verb.begin, verb.end, {}, {{verb.id & 0xFFFFFF, std::string(text.substr(verb.begin, verb.end - verb.begin))}}};
    emit(person, organization.key, founded, false);
  });
  for (std::size_t i = 0; i < grouped.size(); ++i) {
    if (grouped[i].kind != 'T') continue;
    const Item& t = grouped[i];
    const Item* before = i >= 1 ? &grouped[i - 1] : nullptr;
    const Item* before2 = i >= 2 ? &grouped[i - 2] : nullptr;
    const Item* after = i + 1 < grouped.size() ? &grouped[i + 1] : nullptr;
    const Item* after2 = i + 2 < grouped.size() ? &grouped[i + 2] : nullptr;
    if (before && after && before->kind == 'O' && after->kind == 'P' && linked(*before, t) && linked(t, *after))
      emit(*after, before->key, t, false);  // 软银CEO孙正义, Nvidia CEO Jensen Huang
    else if (before && after && before->kind == 'P' && after->kind == 'O' && linked(*before, t) && linked(t, *after))
      emit(*before, after->key, t, false);  // Lisa Su, chief executive of AMD
    else if (after && after2 && after->kind == 'O' && after2->kind == 'P' && linked(t, *after) && linked(*after, *after2))
      emit(*after2, after->key, t, false);  // o CEO da Nvidia, Jensen Huang
    else if (before && before2 && before->kind == 'O' && before2->kind == 'P' && linked(*before2, *before) && linked(*before, t))
      emit(*before2, before->key, t, false);  // Satya Nadella, Microsoft's chief executive
    else if (before && before2 && before->kind == 'P' && before2->kind == 'O' && close(*before2, *before) && close(*before, t))
      emit(*before, before2->key, t, false);  // OpenAIのサム・アルトマンCEO
    else if (after && after2 && after->kind == 'P' && after2->kind == 'O' && close(t, *after) && close(*after, *after2) &&
             after->end < after2->begin && text.find_first_not_of(' ', after->end) < after2->begin)
      emit(*after, after2->key, t, false);  // chief executive Jane Doe of Acme
    else if (scope.topic && after && after->kind == 'P' && close(t, *after) && opens_phrase(text, begin, t.begin, words) &&
             !(before && before->kind == 'O' && linked(*before, t)))
      emit(*after, *scope.topic, t, true);  // Chief Financial Officer Jane Doe said; 現会長の山田太郎氏
    else if (scope.topic && before && before->kind == 'P' && linked(*before, t) && ends_phrase(t.end) &&
             !(after && after->kind == 'O' && linked(t, *after)))
      emit(*before, *scope.topic, t, true);  // 山田太郎社長は, Jane Doe, chief financial officer, said
  }
}

}  // namespace dealgraph::extract
