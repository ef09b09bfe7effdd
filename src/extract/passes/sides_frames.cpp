#include "extract/passes/sides_frames.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "dealgraph/lexicon.hpp"
#include "extract/passes/triggers.hpp"
#include "util/utf8.hpp"

namespace dealgraph::extract {
namespace {

bool starts_with_capital(std::string_view text, std::size_t at) {
  std::size_t end = at;
  const char32_t first = util::decode_utf8(text, end);
  return u_isupper(static_cast<UChar32>(first)) || u_istitle(static_cast<UChar32>(first));
}

// The words in text[begin, end), separated by spaces.
std::size_t count_words(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t words = 0;
  bool in_word = false;
  for (std::size_t at = begin; at < end; ++at) {
    const bool space = text[at] == ' ';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

std::size_t object_limit_of(const DocumentWork& document, const TriggerWork& work) {
  std::size_t object_limit = work.clause.end;
  if (!document.chinese) {
    for (const std::set<std::size_t>* breaks : {&document.markers.clause_break_starts, &document.markers.attribution_starts}) {
      auto next_break = breaks->lower_bound(work.match->end);
      if (next_break != breaks->end() && *next_break < object_limit) object_limit = *next_break;
    }
  }
  return object_limit;
}

bool governed_past_description(const Markers& markers, const std::set<std::size_t>& ends, const Mention& mention) {
  if (markers.marked_by(ends, mention)) return true;
  const std::string_view text = markers.text;
  std::size_t at = skip_spaces_back(text, mention.byte_begin);
  for (int words = 0; words < 4; ++words) {
    std::size_t word = at;
    while (word > 0 && text[word - 1] != ' ') --word;
    if (word == at || starts_with_capital(text, word) || text.substr(word, at - word).find_first_of(",.;:()\"") != std::string_view::npos)
      return false;
    at = skip_spaces_back(text, word);
    if (ends.count(at) || markers.after_article(ends, at)) return true;
  }
  return false;
}

bool read_giver_and_receiver(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const Markers& markers = document.markers;
  const Match& t = *work.match;
  const Mention* giver = work.object;
  // "investissement de X": the trigger's own last word may be the genitive.
  if (!giver || giver->byte_begin < t.end || giver->byte_begin - t.end > 40 ||
      !(markers.marked_by(markers.genitive_ends, *giver) || skip_spaces_back(document.text, giver->byte_begin) == t.end))
    return false;
  const std::size_t limit = object_limit_of(document, work);
  for (const Mention* m : sentence.parties) {
    if (m->byte_begin < giver->byte_end || m->byte_end > limit) continue;
    if (m->entity_key == giver->entity_key || sentence.in_quotes(m) || markers.marked_by(markers.genitive_ends, *m)) continue;
    if (!markers.marked_by(markers.target_ends, *m)) return false;
    const bool object_receives = work.rule->object_role == Role::Investee;
    work.subject = object_receives ? giver : m;
    work.object = object_receives ? m : giver;
    return true;
  }
  return false;
}

void read_pair_between(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const Markers& markers = document.markers;
  const Mention* first = work.object;
  if (!first || first->byte_begin < work.match->end || !markers.marked_by(markers.between_ends, *first)) return;
  const std::size_t limit = object_limit_of(document, work);
  for (const Mention* m : sentence.parties) {
    if (m->byte_begin < first->byte_end || m->byte_end > limit || m->entity_key == first->entity_key) continue;
    const auto conjunction = markers.conjunction_ends.lower_bound(first->byte_end + 1);
    if (m->byte_begin - first->byte_end > 14 || conjunction == markers.conjunction_ends.end() || *conjunction > m->byte_begin) return;
    work.subject = first;
    work.object = m;
    work.partner_pair_first = first;  // the pair is the whole of both sides: no names join it
    return;
  }
}

void read_vehicle(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const Markers& markers = document.markers;
  // Only a buyer or investor named before the verb acts through a vehicle ("sold U to its
  // employees through a plan": the plan is the buyers', not the seller's).
  const Role acting = work.rule->subject_role;
  if (!work.subject || work.subject->byte_end > work.match->begin ||
      !(acting == Role::Investor || acting == Role::Acquirer || acting == Role::Customer))
    return;
  const std::size_t limit = object_limit_of(document, work);
  for (const Mention* m : sentence.parties) {
    if (m->byte_begin < work.match->end || m->byte_end > limit || m == work.object || sentence.in_quotes(m)) continue;
    if (work.object && m->entity_key == work.object->entity_key) continue;
    if (!markers.marked_by(markers.vehicle_ends, *m)) continue;
    work.subject = m;
    return;
  }
}

void read_verb_second(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const Markers& markers = document.markers;
  const Mention* first = work.object;
  if (document.document.language.rfind("de", 0) != 0 || work.subject || !first || first->byte_begin < work.match->end ||
      starts_with_capital(document.text, work.match->begin) || markers.marked_by(markers.preposition_ends, *first))
    return;
  const std::size_t limit = object_limit_of(document, work);
  for (const Mention* m : sentence.parties) {
    if (m->byte_begin < first->byte_end || m->byte_end > limit) continue;
    if (m->entity_key == first->entity_key || sentence.in_quotes(m)) continue;
    work.subject = first;
    work.object = m;
    return;
  }
}

void drop_foreign_object(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const Markers& markers = document.markers;
  const Match& t = *work.match;
  const Mention* object = work.object;
  if (!object || object->byte_begin < t.end) return;
  // "raised $1bn in a round led by X": an agent a trigger phrase names ("led by") is the deal's.
  const std::size_t before_object = skip_spaces_back(document.text, object->byte_begin);
  const auto article = markers.article_begin_at_end.find(before_object);
  const std::size_t before_article =
      article == markers.article_begin_at_end.end() ? before_object : skip_spaces_back(document.text, article->second);
  const bool named_by_trigger = std::any_of(sentence.triggers.begin(), sentence.triggers.end(), [&](const Match& other) {
    return other.end == before_object || other.end == before_article;
  });
  const bool foreign_agent = markers.marked_by(markers.agent_ends, *object) && !markers.marked_by(markers.source_ends, *object) &&
                             !named_by_trigger && count_words(document.text, t.end, object->byte_begin) > 6;
  const bool nominal = markers.article_begin_at_end.count(skip_spaces_back(document.text, t.begin)) > 0;
  // "prior to the merger, X would": a noun whose phrase ends at a comma has no object after it.
  const std::string_view after = document.text.substr(t.end, object->byte_begin - t.end);
  const std::size_t comma = after.find(',');
  const bool past_comma = nominal && comma != std::string_view::npos && after.substr(0, comma).find(' ') == std::string_view::npos;
  if (foreign_agent || past_comma) work.object = nullptr;
}

void read_fronted_clause_subject(const DocumentWork& document, const SentenceWork& sentence, const std::vector<std::string>& openers,
                                 TriggerWork& work) {
  const Match& t = *work.match;
  if (work.subject || !work.object || work.object->byte_begin < t.end) return;
  // The first few words, cut where a character begins.
  std::size_t cut = std::min<std::size_t>(sentence.text.size(), 32);
  while (cut < sentence.text.size() && cut > 0 && (static_cast<unsigned char>(sentence.text[cut]) & 0xC0) == 0x80) --cut;
  const std::string opening = fold(sentence.text.substr(0, cut));
  const bool opens = std::any_of(openers.begin(), openers.end(), [&](const std::string& o) {
    return opening.size() > o.size() && opening.compare(0, o.size(), o) == 0 && opening[o.size()] == ' ';
  });
  if (!opens) return;
  // "After Nvidia invested in Intel, AMD...", "After Jane Roe bought X, Y...": a clause with a
  // subject of its own is finite.
  const std::vector<Mention>& mentions = document.facts.mentions;
  const auto first = std::lower_bound(mentions.begin(), mentions.end(), sentence.span.begin,
                                      [](const Mention& m, std::size_t at) { return m.byte_begin < at; });
  if (first != mentions.end() && first->byte_end <= t.begin) return;
  // The clause ends at the first comma of the sentence, after the trigger and its object; the
  // main clause's subject follows it.
  const std::size_t comma = document.text.find(',', sentence.span.begin);
  if (comma == std::string_view::npos || comma >= sentence.span.end || comma < work.object->byte_end) return;
  const std::string_view between = document.text.substr(sentence.span.begin, comma - sentence.span.begin);
  if (between.find_first_of(";:") != std::string_view::npos) return;
  for (const Mention* m : sentence.parties) {
    if (m->byte_begin <= comma) continue;
    if (!document.markers.marked_by(document.markers.preposition_ends, *m) && m->entity_key != work.object->entity_key &&
        count_words(document.text, comma + 1, m->byte_begin) <= 2)
      work.subject = m;
    return;
  }
}

void read_person_investor(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  // Shares bought or held, not money put to work ("investing funds for clients").
  const DealType type = work.rule->type;
  if (!(type == DealType::EquityStake || type == DealType::Acquisition)) return;
  const Role acting = work.rule->subject_role;
  if (!(acting == Role::Investor || acting == Role::Acquirer)) return;
  const Markers& markers = document.markers;
  const std::vector<Mention>& mentions = document.facts.mentions;
  const Mention* person = nullptr;
  for (auto m = std::lower_bound(mentions.begin(), mentions.end(), sentence.span.begin,
                                 [](const Mention& x, std::size_t at) { return x.byte_begin < at; });
       m != mentions.end() && m->byte_end <= work.match->begin; ++m)
    if (m->kind == EntityKind::Person && !markers.marked_by(markers.preposition_ends, *m)) person = &*m;
  if (!person) return;
  const bool organisation_between = std::any_of(sentence.parties.begin(), sentence.parties.end(), [&](const Mention* m) {
    return m->byte_begin > person->byte_end && m->byte_end <= work.match->begin && !markers.marked_by(markers.preposition_ends, *m);
  });
  // "X, a California executive, said he has acquired": only a personal pronoun after the
  // name makes the person the one who acts ("X, equity analyst at Y, said" is no holder).
  const auto pronoun = markers.person_starts.lower_bound(person->byte_end);
  const bool pronoun_between = pronoun != markers.person_starts.end() && *pronoun < work.match->begin;
  // "X said he will return to the Y group, which owns 30% of Z": a relative opens another subject's clause.
  const auto relative = markers.relative_starts.lower_bound(person->byte_end);
  const bool relative_between = relative != markers.relative_starts.end() && *relative < work.match->begin;
  if (!organisation_between && pronoun_between && !relative_between) work.subject = person;
}

}  // namespace dealgraph::extract
