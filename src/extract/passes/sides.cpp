#include "extract/passes/sides.hpp"

#include <algorithm>

#include "extract/passes/sides_frames.hpp"

#include "util/utf8.hpp"

namespace dealgraph::extract {
namespace {

// 向英国数据中心初创公司Nscale投资: a counterpart marker governs the name that a descriptor
// noun (公司, 初创公司) introduces, with no other party between them.
bool counterpart_before_descriptor(const DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work,
                                   const Mention& m) {
  const Markers& markers = document.markers;
  if (!markers.descriptor_ends.count(m.byte_begin)) return false;
  std::size_t floor = work.clause.begin;
  for (const Mention* other : sentence.parties)
    if (other->byte_end <= m.byte_begin && other->byte_end > floor) floor = other->byte_end;
  // Only a marker of direction (向, 对, 为): 与 names a side whose part the verb does not tell.
  const auto marker = markers.counterpart_ends.lower_bound(floor + 1);
  return marker != markers.counterpart_ends.end() && *marker < m.byte_begin && !markers.conjunction_ends.count(*marker) &&
         util::count_code_points(document.text.substr(*marker, m.byte_begin - *marker)) <= 16;
}

// Past a bracketed aside right after a name (X(简称“Y”)持有的): where the words after the name
// go on; `end` itself when no bracket opens there or it does not close within a short span.
std::size_t past_aside(std::string_view text, std::size_t end) {
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"(", ")"}, {"（", "）"}}) {
    if (text.compare(end, open.size(), open) != 0) continue;
    const std::size_t closing = text.substr(0, std::min(text.size(), end + 90)).find(close, end + open.size());
    return closing == std::string_view::npos ? end : closing + close.size();
  }
  return end;
}

// What buys a company or a part of one (an acquisition, a stake, an investment): its object
// cannot be a chip.
bool takes_a_company(const TriggerWork& work) {
  const DealType type = work.rule->type;
  return type == DealType::Acquisition || type == DealType::EquityStake || type == DealType::Investment;
}

// A chip named right after a trigger that takes a company (收購Ampere), in the trigger's clause.
const Mention* chip_right_after(const SentenceWork& sentence, const TriggerWork& work) {
  if (!takes_a_company(work)) return nullptr;
  for (const Mention* chip : sentence.chips)
    if (chip->byte_begin >= work.match->end && chip->byte_begin - work.match->end <= 3 && chip->byte_end <= work.clause.end)
      return chip;
  return nullptr;
}

// The organisation of the article whose name begins with a chip's name and a space (Ampere,
// Ampere Computing): what that name means where a company is bought.
const Mention* company_named_by(const DocumentWork& document, const Mention& chip) {
  const std::string_view chip_name = document.text.substr(chip.byte_begin, chip.byte_end - chip.byte_begin);
  for (const Mention& m : document.facts.mentions) {
    if (m.kind != EntityKind::Organization || m.byte_end - m.byte_begin <= chip_name.size() + 1) continue;
    const std::string_view name = document.text.substr(m.byte_begin, m.byte_end - m.byte_begin);
    if (name.compare(0, chip_name.size(), chip_name) == 0 && name[chip_name.size()] == ' ') return &m;
  }
  return nullptr;
}

bool subject_like(const DocumentWork& document, const SentenceWork& sentence, const Mention* m);

// The object: the first party after the trigger in its clause, or one marked before it.
void find_object(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const Markers& markers = document.markers;
  const Match& t = *work.match;
  const std::size_t object_limit = object_limit_of(document, work);
  const Mention* holder = nullptr;  // 收购X持有的Y股权: X holds what is bought and sells it
  for (const Mention* m : sentence.parties) {
    if (m->byte_begin < t.end || m->byte_end > object_limit || sentence.in_quotes(m)) continue;
    if (document.chinese && !holder && markers.part_after(past_aside(document.text, m->byte_end)) == Part::Source) {
      holder = m;
      continue;
    }
    work.object = m;
    return;
  }
  if (holder) { work.object = holder; return; }
  if (!document.chinese) return;
  if (const Mention* chip = chip_right_after(sentence, work)) {
    // 收購Ampere: a chip's name is not what is bought; the company it also names is, when the
    // article names that company in full. Otherwise the deal has no object, rather than one
    // taken from a later clause.
    work.object = company_named_by(document, *chip);
    return;
  }
  for (auto it = sentence.parties.rbegin(); it != sentence.parties.rend(); ++it)
    if ((*it)->byte_end <= t.begin && (*it)->byte_begin >= work.clause.begin &&
        (markers.marked_by(markers.counterpart_ends, **it) || counterpart_before_descriptor(document, sentence, work, **it))) {
      work.object = *it;
      return;
    }
  // 取得Y的控股权, 持有Y的股份: a name that 的 ties to the deal word, when a subject comes before it.
  for (auto it = sentence.parties.rbegin(); it != sentence.parties.rend(); ++it) {
    const Mention* m = *it;
    if (m->byte_end > t.begin || m->byte_begin < work.clause.begin) continue;
    if (markers.part_after(m->byte_end) != Part::Possessive || subject_like(document, sentence, m)) break;
    if (util::count_code_points(document.text.substr(m->byte_end, t.begin - m->byte_end)) > 12) break;
    work.object = m;
    return;
  }
  // 入股英特尔，并将与其合作: a pronoun after a counterpart marker stands for the last name
  // before it that is not the subject (the nearest name that opens a clause before it).
  for (std::size_t end : markers.counterpart_ends) {
    if (end < work.clause.begin) continue;
    if (end >= t.begin) break;
    if (markers.part_after(end) != Part::Pronoun) continue;
    const Mention* subject = nullptr;
    for (const Mention* m : sentence.parties)
      if (m->byte_end <= end && subject_like(document, sentence, m)) subject = m;
    for (auto it = sentence.parties.rbegin(); it != sentence.parties.rend(); ++it)
      if ((*it)->byte_end <= end && !sentence.in_quotes(*it) && (!subject || (*it)->entity_key != subject->entity_key)) {
        work.object = *it;
        return;
      }
  }
  // A looser reading: a party later in the sentence, but not the subject of a clause that states
  // a deal of its own (X持股65%，Y持股35%: Y is the subject of the second, not the object of the first).
  work.direct = false;
  for (const Mention* m : sentence.parties) {
    if (m->byte_begin < t.end) continue;
    const std::size_t clause = sentence.clause_of(m->byte_begin);
    const bool own_deal = clause != work.clause_index && std::any_of(sentence.chosen.begin(), sentence.chosen.end(), [&](const Match* other) {
      return other != &t && other->begin >= m->byte_end && sentence.clause_of(other->begin) == clause;
    });
    if (own_deal && subject_like(document, sentence, m)) return;
    if (sentence.in_quotes(m)) continue;  // 打造“星际之门”: a name quoted is no side
    work.object = m;
    return;
  }
}

// A subject opens its clause (Chinese) or is not governed by a preposition.
bool subject_like(const DocumentWork& document, const SentenceWork& sentence, const Mention* m) {
  const Markers& markers = document.markers;
  if (markers.marked_by(markers.preposition_ends, *m) || markers.marked_by(markers.counterpart_ends, *m) ||
      sentence.in_quotes(m))
    return false;
  if (!document.chinese) return true;
  if (markers.marked_by(markers.passive_ends, *m)) return false;  // 宏碁遭華碩收購: the agent
  const Span clause = sentence.clauses[sentence.clause_of(m->byte_begin)];
  if (util::count_code_points(document.text.substr(clause.begin, m->byte_begin - clause.begin)) <= 3) return true;
  // 人工智能芯片企业燧原科技: a descriptor before the first name of its clause.
  const bool first_in_clause = std::none_of(sentence.parties.begin(), sentence.parties.end(), [&](const Mention* other) {
    return other->byte_begin >= clause.begin && other->byte_begin < m->byte_begin;
  });
  return first_in_clause && markers.descriptor_ends.count(m->byte_begin) > 0;
}

// "the National Iranian Oil Company (NIOC)": a name's short form in brackets right after it.
bool bracketed_short_form(std::string_view text, const Mention& name, const Mention& m) {
  return m.entity_key == name.entity_key && m.byte_begin > name.byte_end && m.byte_begin - name.byte_end <= 2 &&
         text.substr(name.byte_end, m.byte_begin - name.byte_end).find('(') != std::string_view::npos;
}

// "X与Y合作", "X and Y formed a partnership": both sides before the verb. Names governed by a
// place preposition (在白宫) are settings, not sides.
void find_partner_pair(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const Markers& markers = document.markers;
  const Mention* nearest = nullptr;
  for (const Mention* m : sentence.parties)
    if (m->byte_end <= work.match->begin && m->byte_begin >= sentence.span.begin && !sentence.in_quotes(m) &&
        (markers.marked_by(markers.conjunction_ends, *m) || !markers.marked_by(markers.preposition_ends, *m)) &&
        !(nearest && bracketed_short_form(document.text, *nearest, *m)))
      nearest = m;
  if (!nearest || !markers.marked_by(markers.conjunction_ends, *nearest)) return;
  const Span pair_scope = document.chinese ? sentence.clauses[sentence.clause_of(nearest->byte_begin)] : sentence.span;
  for (auto it = sentence.parties.rbegin(); it != sentence.parties.rend(); ++it) {
    const Mention* m = *it;
    if (m->byte_end > nearest->byte_begin || m->byte_begin < pair_scope.begin) continue;
    if (m->entity_key == nearest->entity_key || sentence.in_quotes(m) || markers.marked_by(markers.preposition_ends, *m))
      continue;
    work.partner_pair_first = m;
    break;
  }
  if (work.partner_pair_first) {
    work.subject = work.partner_pair_first;
    work.object = nearest;
  }
}

// "Anthropic, qui s'est engagé à acheter": the name before a relative pronoun.
void find_subject_of_relative(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const std::set<std::size_t>& relative_starts = document.markers.relative_starts;
  auto relative = relative_starts.lower_bound(sentence.span.begin);
  const std::size_t* last = nullptr;
  for (; relative != relative_starts.end() && *relative < work.match->begin; ++relative) last = &*relative;
  if (!last) return;
  for (const Mention* m : sentence.parties)
    if (m->byte_end == *last && m != work.object && (!work.object || m->entity_key != work.object->entity_key))
      work.subject = m;
}

// Where a Latin-script trigger's subject may begin: after the last clause break before it that
// turns to another statement (", while", ", mais"), not one that opens a relative clause (a name
// before ", which" may be the subject of what follows).
std::size_t subject_floor(const DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work) {
  const Markers& markers = document.markers;
  std::size_t floor = sentence.span.begin;
  for (auto at = markers.clause_break_starts.lower_bound(sentence.span.begin);
       at != markers.clause_break_starts.end() && *at < work.match->begin; ++at)
    if (!markers.relative_starts.count(*at)) floor = *at;
  return floor;
}

// German puts the verb last and writes its object's description with capitals and the name in
// quotes: "bei der italienischen Airline "Y" einsteigen". Whether a preposition governs the name
// across up to four such words, none ending a clause.
bool governed_in_verb_final(const Markers& markers, const Mention& mention) {
  const std::string_view text = markers.text;
  std::size_t at = mention.byte_begin;
  while (at > 0 && (text[at - 1] == '"' || text[at - 1] == ' ')) --at;
  for (int words = 0; words < 4; ++words) {
    if (markers.preposition_ends.count(at) || markers.after_article(markers.preposition_ends, at)) return true;
    std::size_t word = at;
    while (word > 0 && text[word - 1] != ' ') --word;
    if (word == at || text.substr(word, at - word).find_first_of(",.;:()") != std::string_view::npos) return false;
    at = skip_spaces_back(text, word);
  }
  return false;
}

// A German trigger that closes its clause ("... bei Y einsteigen."): a verb at the end, whose
// object stands before it.
bool verb_final(const DocumentWork& document, const TriggerWork& work) {
  if (document.document.language.rfind("de", 0) != 0) return false;
  const std::string_view text = document.text;
  std::size_t at = work.match->end;
  while (at < text.size() && text[at] == ' ') ++at;
  return at == text.size() || std::string_view(".,;:!?").find(text[at]) != std::string_view::npos;
}

// The subject: the nearest subject-like party before the trigger, and after any personal pronoun
// before it.
void find_nearest_subject(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  std::size_t floor = document.chinese ? sentence.span.begin : subject_floor(document, sentence, work);
  // "the company said ... that he may buy": a personal pronoun is the subject nearer the verb.
  const std::set<std::size_t>& persons = document.markers.person_starts;
  auto person = persons.lower_bound(floor);
  for (; person != persons.end() && *person < work.match->begin; ++person) floor = *person;
  const bool final_verb = verb_final(document, work);
  for (auto it = sentence.parties.rbegin(); it != sentence.parties.rend(); ++it) {
    const Mention* m = *it;
    if (m->byte_end > work.match->begin || m == work.object) continue;
    if (m->byte_begin < floor) break;
    if (work.object && m->entity_key == work.object->entity_key) continue;
    if (final_verb && governed_in_verb_final(document.markers, *m)) continue;
    if (subject_like(document, sentence, m)) { work.subject = m; return; }
  }
}

// "Microsoft hat mit dem Cloud-Anbieter Nebius einen Vertrag": the other side sits between the
// subject and the verb, governed by a preposition.
void find_object_before_verb(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const Match& t = *work.match;
  const Mention* subject = work.subject;
  const bool trigger_between = std::any_of(sentence.chosen.begin(), sentence.chosen.end(), [&](const Match* other) {
    return other != &t && other->begin > subject->byte_end && other->end <= t.begin;
  });
  if (trigger_between) return;
  work.direct = false;
  for (const Mention* m : sentence.parties)
    if (m->byte_begin > subject->byte_end && m->byte_end <= t.begin && m->entity_key != subject->entity_key &&
        document.markers.marked_by(document.markers.preposition_ends, *m)) {
      work.object = m;
      return;
    }
  if (!verb_final(document, work)) return;
  for (auto it = sentence.parties.rbegin(); it != sentence.parties.rend(); ++it) {
    const Mention* m = *it;
    if (m->byte_begin > subject->byte_end && m->byte_end <= t.begin && m->entity_key != subject->entity_key &&
        governed_in_verb_final(document.markers, *m)) {
      work.object = m;
      return;
    }
  }
}

// Chinese passive, X被Y收购: the agent after the marker plays the subject's part.
void read_chinese_passive(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  for (const Mention* m : sentence.parties)
    if (m->byte_begin > work.subject->byte_end && m->byte_end <= work.match->begin &&
        document.markers.marked_by(document.markers.passive_ends, *m)) {
      work.object = work.subject;
      work.subject = m;
      return;
    }
}

// Japanese marks each name's part with the particle after it, and puts the verb last: XはYに出資,
// XがYを買収, XはYと提携, XはYから調達. The subject is the nearest name before the verb marked as
// topic or subject (は, が) or as agent (による); the object the nearest marked as object (を, に,
// に対し) or source (から), or for a partnership as companion (と). A passive suffix after the verb
// (買収された) makes the name marked by に act; a receipt (出資を受け) makes the source give.
void read_japanese_particles(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const Markers& markers = document.markers;
  const Match& t = *work.match;
  const Mention *topic = nullptr, *object = nullptr, *source = nullptr, *companion = nullptr, *agent = nullptr,
                *possessor = nullptr, *thing = nullptr;
  // XはYの全株式を、Zに譲渡: what is sold may stand in an earlier clause than the verb.
  const Mention *earlier_possessor = nullptr, *earlier_thing = nullptr;
  for (const Mention* m : sentence.parties) {
    if (m->byte_end > t.begin) break;
    if (sentence.in_quotes(m)) continue;
    const std::optional<Part> part = markers.part_after(past_aside(document.text, m->byte_end));  // Y(東京都)から
    if (!part) continue;
    const bool in_clause = m->byte_begin >= work.clause.begin;
    switch (*part) {
      case Part::Topic: topic = m; break;
      case Part::Agent: agent = m; break;
      case Part::Object:
        if (in_clause) object = thing = m;
        else if (topic) earlier_thing = m;
        break;
      case Part::Recipient: if (in_clause) object = m; break;
      case Part::Source: if (in_clause) source = m; break;
      case Part::Companion: companion = m; break;
      case Part::Possessive:
        if (in_clause) possessor = m;
        else if (topic) earlier_possessor = m;
        break;
      default: break;
    }
  }
  // 買収された, 出資を受けた: a suffix right after the verb.
  const std::optional<Part> suffix = markers.part_after(t.end);
  const bool passive = suffix == Part::Passive;
  const bool receipt = suffix == Part::Receipt;
  const Mention* subject = agent ? agent : topic;
  const Mention* other = object ? object : source;
  // XとYが提携: X is the companion of the subject; XとYの提携: X is the subject, Y its object.
  if (work.rule->type == DealType::Partnership && companion && subject && !other) other = companion;
  if (!subject && companion && other != companion) subject = companion;
  if (agent && topic && !other) other = topic;
  // YとZに出資: the object's list begins with the companion right before it (conjoin adds Z).
  if (other && companion && companion != subject && companion->byte_end < other->byte_begin &&
      util::count_code_points(document.text.substr(companion->byte_end, other->byte_begin - companion->byte_end)) <= 1)
    other = companion;
  // XはYをZに売却, XはYの全株式をZに譲渡: what is sold is Y or Y's, the seller X is no side of
  // the deal, and Z, to whom it goes, buys.
  if (work.rule->subject_role == Role::Target && !possessor && !thing) {
    possessor = earlier_possessor;
    thing = earlier_thing;
  }
  if (work.rule->subject_role == Role::Target && (possessor || thing)) {
    subject = possessor ? possessor : thing;
    if (other == subject) other = nullptr;
    for (const Mention* m : sentence.parties)
      if (m->byte_begin >= work.clause.begin && m->byte_end <= t.begin &&
          markers.part_after(past_aside(document.text, m->byte_end)) == Part::Recipient)
        other = m;
  }
  if (passive && !agent) std::swap(subject, other);  // YはXに買収された: X buys
  if (receipt) std::swap(subject, other);            // YはXから出資を受けた: X gives
  if (subject && other && subject->entity_key == other->entity_key) return;
  if (other) work.object = other;
  if (subject) work.subject = subject;
}

// 向A、B和C投资, 与A、B签约: the marker governs the whole list after it, whose
// first name is the object (the others join it as listed objects); the subject stands before it.
bool read_chinese_counterpart_list(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const Markers& markers = document.markers;
  const Mention* first = nullptr;
  const Mention* previous = nullptr;
  for (const Mention* m : sentence.parties) {
    if (m->byte_begin < work.clause.begin || sentence.in_quotes(m)) continue;
    if (m->byte_end > work.match->begin) break;
    if (!first) {
      if (markers.marked_by(markers.counterpart_ends, *m)) first = previous = m;
      continue;
    }
    const std::string_view gap = document.text.substr(previous->byte_end, m->byte_begin - previous->byte_end);
    if (gap.find("、") != std::string_view::npos && util::count_code_points(gap) <= 2) {
      work.object = first;
      return true;
    }
    previous = m;
  }
  return false;
}

// "X将Y出售给Z": a verb whose subject is what changes hands (dg:subjectRole dg:target) takes as
// that subject the name a disposal marker (将, 把) governs between the seller and the verb.
void read_chinese_disposal(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  if (work.rule->subject_role != Role::Target) return;
  for (const Mention* m : sentence.parties)
    if (m->byte_begin > work.subject->byte_end && m->byte_end <= work.match->begin && m != work.object &&
        document.markers.marked_by(document.markers.preposition_ends, *m)) {
      work.subject = m;
      return;
    }
}

// Passive with the verb last, "X wird von Y finanziert", "wurde X von Y beliefert": after an
// auxiliary of the passive (with no comma between it and the verb), the name the agent's
// preposition governs plays the subject's part.
void read_passive_after_auxiliary(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const Markers& markers = document.markers;
  const std::size_t verb = work.match->begin;
  for (const Mention* m : sentence.parties) {
    if (m->byte_begin <= work.subject->byte_end || m->byte_end > verb || !markers.marked_by(markers.agent_ends, *m)) continue;
    const bool auxiliary = std::any_of(markers.auxiliary_ends.lower_bound(work.clause.begin),
                                       markers.auxiliary_ends.lower_bound(m->byte_begin),
                                       [&](std::size_t end) { return document.text.find(',', end) >= verb; });
    if (!auxiliary) continue;
    work.object = work.subject;
    work.subject = m;
    return;
  }
}

// "X sells its unit U to Y", "a venda da marca U para Y": the party after the recipient's
// preposition is the buyer. A company named as what is sold (not governed by a preposition, not
// the maker of a product: "Nvidia chips") is the deal's other side in place of its seller.
void read_recipient(const DocumentWork& document, const SentenceWork& sentence, const PhraseMatcher& product_nouns,
                    TriggerWork& work) {
  const Markers& markers = document.markers;
  const Mention* first = work.object;
  const std::size_t object_limit = object_limit_of(document, work);
  for (const Mention* m : sentence.parties) {
    if (m->byte_begin < first->byte_end || m->byte_end > object_limit) continue;
    if (m->entity_key == first->entity_key || sentence.in_quotes(m) || !markers.marked_by(markers.recipient_ends, *m)) continue;
    std::size_t word_end = first->byte_end;
    while (word_end < m->byte_begin && document.text[word_end] == ' ') ++word_end;
    while (word_end < m->byte_begin && util::is_ascii_alnum(document.text[word_end])) ++word_end;
    std::vector<Match> products;
    product_nouns.find_in(document.text, document.folded, first->byte_end, word_end, products);
    // "la vendita di Groq a Nvidia": after a sale named by a noun, the name its preposition
    // governs is what is sold.
    const bool nominal = markers.article_begin_at_end.count(skip_spaces_back(document.text, work.match->begin)) > 0 &&
                         markers.preposition_ends.count(skip_spaces_back(document.text, first->byte_begin)) > 0 &&
                         skip_spaces_back(document.text, first->byte_begin) - work.match->end < 12;
    if ((nominal || !markers.marked_by(markers.preposition_ends, *first)) && products.empty()) work.subject = first;
    work.object = m;
    return;
  }
  // "chegou a acordo com a Acme para a venda da Beta", "an agreement with X for the sale
  // of Y": a sale named by a noun, with the partner of the agreement before it, sells to him.
  const Match& t = *work.match;
  if (first->byte_begin < t.end || !markers.article_begin_at_end.count(skip_spaces_back(document.text, t.begin))) return;
  for (auto it = sentence.parties.rbegin(); it != sentence.parties.rend(); ++it) {
    const Mention* m = *it;
    if (m->byte_end > t.begin || m->entity_key == first->entity_key) continue;
    if (m->byte_begin < sentence.span.begin || !governed_past_description(markers, markers.comitative_ends, *m)) break;
    // Only prepositions and articles between: "com a Nvidia para a venda", not "com a X e alertou
    // que a venda".
    for (std::size_t at = m->byte_end; at < t.begin;) {
      while (at < t.begin && document.text[at] == ' ') ++at;
      std::size_t end = at;
      while (end < t.begin && document.text[end] != ' ') ++end;
      if (end > at && !markers.preposition_ends.count(end) && !markers.article_begin_at_end.count(end)) return;
      at = end;
    }
    work.subject = first;
    work.object = m;
    return;
  }
}

// "the purchase of Y by X", "le rachat de Y par X", "the merger of X with Y": after a trigger
// used as a noun (an article before it), the party a later agent's preposition governs is the
// subject, and with dg:partnerAbsorbs so is the partner "with" names. "The acquisition by X of
// Y": the agent named first is the subject, the party after it the object.
void read_nominal_agent(const DocumentWork& document, const SentenceWork& sentence, bool partner_absorbs, TriggerWork& work) {
  const Markers& markers = document.markers;
  const Match& t = *work.match;
  const Mention* first = work.object;
  if (!first || first->byte_begin < t.end || !markers.article_begin_at_end.count(skip_spaces_back(document.text, t.begin)))
    return;
  auto agent = [&](const Mention& m) {
    return markers.marked_by(markers.agent_ends, m) || (partner_absorbs && markers.marked_by(markers.comitative_ends, m));
  };
  const std::size_t object_limit = object_limit_of(document, work);
  const Mention* after_first = nullptr;
  for (const Mention* m : sentence.parties) {
    if (m->byte_begin < first->byte_end || m->byte_end > object_limit || sentence.in_quotes(m) || m->entity_key == first->entity_key)
      continue;
    if (!after_first) after_first = m;
    if (!agent(*m)) continue;
    work.subject = m;
    return;
  }
  if (after_first && markers.marked_by(markers.agent_ends, *first)) {
    work.subject = first;
    work.object = after_first;
  }
}

// 今年一季度汇金公司又增持X: when no name opens the clause, the first name of the trigger's
// clause before it that nothing governs is its subject.
void find_first_in_clause(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const Markers& markers = document.markers;
  for (const Mention* m : sentence.parties) {
    if (m->byte_begin < work.clause.begin) continue;
    if (m->byte_end > work.match->begin) return;
    if (m == work.object || (work.object && m->entity_key == work.object->entity_key)) continue;
    if (markers.marked_by(markers.preposition_ends, *m) || markers.marked_by(markers.counterpart_ends, *m) ||
        markers.marked_by(markers.passive_ends, *m) || sentence.in_quotes(m))
      return;
    work.subject = m;
    return;
  }
}

// "Beta's largest shareholder, Acme Corp", "Acme, Beta's largest shareholder"
// (dg:holderInApposition): the possessor right before the noun is held, the name set beside the
// phrase holds. Without a possessor the subject holds ("X is the largest shareholder of Y").
void read_apposed_holder(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const std::string_view text = document.text;
  const Match& t = *work.match;
  const Mention* held = nullptr;
  for (const Mention* m : sentence.parties)
    if (m->byte_end <= t.begin && t.begin - m->byte_end <= 4 &&
        (text.compare(m->byte_end, 2, "'s") == 0 || text.compare(m->byte_end, 4, "\u2019s") == 0))
      held = m;
  if (!held) return;
  const Mention* holder = nullptr;
  const std::size_t object_limit = object_limit_of(document, work);
  for (const Mention* m : sentence.parties)
    if (m->byte_begin >= t.end && m->byte_end <= object_limit && m->entity_key != held->entity_key) { holder = m; break; }
  if (!holder)
    for (const Mention* m : sentence.parties)
      if (m->byte_end + 2 == held->byte_begin && text.compare(m->byte_end, 2, ", ") == 0) holder = m;
  if (!holder) return;
  work.subject = holder;
  work.object = held;
}

// "AMD issued OpenAI a warrant" (dg:recipientBeforeNoun): the name right after a verb of giving
// receives what the noun names; the giver is the subject-like name before the verb.
void read_recipient_before_noun(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const Markers& markers = document.markers;
  const Mention* recipient = work.subject;
  if (!recipient || !markers.right_after(markers.give_ends, recipient->byte_begin)) return;
  const Mention* giver = nullptr;
  for (const Mention* m : sentence.parties)
    if (m->byte_end <= recipient->byte_begin && m->entity_key != recipient->entity_key && subject_like(document, sentence, m))
      giver = m;
  if (!giver) return;
  work.subject = giver;
  work.object = recipient;
}

// "The company", "该公司": a missing subject is the company the article is about, unless a
// personal pronoun (dg:PersonalPronoun) stands between the description and the trigger.
void read_anaphor(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  const std::string& salient = *document.salient;
  const Span scope = document.chinese ? work.clause : sentence.span;
  // "the company ... that he may buy": a person named between is the one who acts.
  const std::set<std::size_t>& persons = document.markers.person_starts;
  auto person_between = [&](const Match& a) {
    const auto person = persons.lower_bound(a.end);
    return person != persons.end() && *person < work.match->begin;
  };
  for (const Match& a : document.markers.anaphors)
    if (a.begin >= scope.begin && a.end <= work.match->begin && (!work.object || work.object->entity_key != salient) &&
        !person_between(a)) {
      work.anaphor = {salient, EntityKind::Organization, a.begin, a.end, 0.6};
      work.subject = &work.anaphor;
    }
}

// 增持工商银行5032万股、中国银行8363万股和建设银行2267万股: in Chinese a list of objects, each
// with its own figure, joined by 、 or a conjunction in the trigger's clause.
bool lists_objects(const DocumentWork& document, const SentenceWork& sentence, const TriggerWork& work, std::size_t gap_begin,
                   std::size_t gap_end) {
  if (document.document.language.rfind("zh", 0) != 0) return false;  // Japanese 、 is a comma
  if (gap_end - gap_begin > 48 || sentence.clause_of(gap_begin) != work.clause_index) return false;
  const std::string_view gap = document.text.substr(gap_begin, gap_end - gap_begin);
  const auto conjunction = document.markers.conjunction_ends.lower_bound(gap_begin + 1);
  const bool joined = gap.find("、") != std::string_view::npos ||
                      (conjunction != document.markers.conjunction_ends.end() && *conjunction <= gap_end);
  const bool another_deal = std::any_of(sentence.chosen.begin(), sentence.chosen.end(), [&](const Match* t) {
    return t->begin >= gap_begin && t->end <= gap_end;
  });
  return joined && !another_deal;
}

}  // namespace

SideRules SideRules::load(const RuleFile& rules, const TriggerRules& triggers) {
  SideRules loaded;
  for (const std::string& subject : triggers.subjects())
    loaded.flags_.push_back({rules.flag(subject, "swapsOnSource"), rules.flag(subject, "swapsOnReceipt"),
                             rules.flag(subject, "passiveAfterAuxiliary"), rules.flag(subject, "givesToRecipient"),
                             rules.flag(subject, "partnerAbsorbs"), rules.flag(subject, "holderInApposition"),
                             rules.flag(subject, "recipientBeforeNoun"), rules.flag(subject, "receiverAfterPreposition"),
                             rules.flag(subject, "onlyGiverAndReceiver")});
  for (const rdf::Term* surface : rules.all_of_type("ProductNoun", "surface")) loaded.product_nouns_.add(surface->value, 0);
  loaded.product_nouns_.build();
  for (const rdf::Term* surface : rules.all_of_type("FrontedClauseOpener", "surface")) loaded.fronted_openers_.push_back(fold(surface->value));
  return loaded;
}

void SideRules::find_sides(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) const {
  const bool chinese = document.chinese;
  if (chinese && document.document.language.rfind("ja", 0) == 0) {
    read_japanese_particles(document, sentence, work);
    if (work.subject && work.object) return;
  }
  // (A partnership of a list stays with the pair reading: its claim would need every partner at once.)
  const bool listed = chinese && !work.object && work.rule->type != DealType::Partnership &&
                      read_chinese_counterpart_list(document, sentence, work);
  if (!work.object) find_object(document, sentence, work);
  if (!chinese) drop_foreign_object(document, sentence, work);
  if (!chinese) read_pair_between(document, sentence, work);
  const bool given_and_received = !chinese && flags_[work.match->id].receiver_after_preposition &&
                                  read_giver_and_receiver(document, sentence, work);
  if (flags_[work.match->id].only_giver_and_receiver && !given_and_received) {
    work.subject = work.object = nullptr;
    return;
  }
  if (!chinese && work.object && flags_[work.match->id].gives_to_recipient)
    read_recipient(document, sentence, product_nouns_, work);
  if (!chinese && !given_and_received && !work.partner_pair_first) read_nominal_agent(document, sentence, flags_[work.match->id].partner_absorbs, work);
  if (!chinese && flags_[work.match->id].holder_in_apposition) read_apposed_holder(document, sentence, work);
  if (work.rule->type == DealType::Partnership && !listed && !work.partner_pair_first) find_partner_pair(document, sentence, work);
  if (!work.subject && !chinese) find_subject_of_relative(document, sentence, work);
  if (!work.subject && !chinese) read_fronted_clause_subject(document, sentence, fronted_openers_, work);
  if (!work.subject) find_nearest_subject(document, sentence, work);
  if (!chinese) read_verb_second(document, sentence, work);
  if (!chinese) read_vehicle(document, sentence, work);
  if (!chinese && flags_[work.match->id].recipient_before_noun) read_recipient_before_noun(document, sentence, work);
  if (!work.object && !chinese && work.subject) find_object_before_verb(document, sentence, work);
  if (chinese && work.subject) read_chinese_passive(document, sentence, work);
  if (chinese && work.subject) read_chinese_disposal(document, sentence, work);
  if (!chinese && flags_[work.match->id].passive_after_auxiliary && work.subject)
    read_passive_after_auxiliary(document, sentence, work);
  if (!work.subject && document.salient) read_anaphor(document, sentence, work);
  if (!work.subject && chinese) find_first_in_clause(document, sentence, work);
  if (!work.subject && !chinese && work.object) read_person_investor(document, sentence, work);
}

void SideRules::assign_roles(const DocumentWork& document, TriggerWork& work) const {
  const Flags& flags = flags_[work.match->id];
  const Markers& markers = document.markers;
  work.subject_role = work.otherwise ? Role::Partner : work.rule->subject_role;
  work.object_role = work.otherwise ? Role::Partner : work.rule->object_role;
  // "lease capacity at X", "license it from X": X supplies, whatever the verb says.
  if (flags.swaps_on_source && work.object && markers.marked_by(markers.source_ends, *work.object))
    std::swap(work.subject_role, work.object_role);
  // "received funding from X", "recebeu um financiamento da X": the subject receives what the
  // trigger names, so X gives it.
  if (flags.swaps_on_receipt && markers.right_after(markers.receipt_ends, work.match->begin))
    std::swap(work.subject_role, work.object_role);
}

bool SideRules::complete(const TriggerWork& work) {
  if (!work.subject || (!work.object && !work.round_investee)) return false;
  return !(work.object && !work.round_investee && work.subject->entity_key == work.object->entity_key);
}

void SideRules::conjoin(const DocumentWork& document, const SentenceWork& sentence, TriggerWork& work) {
  // Parties joined by a conjunction share the role: "Microsoft y Nvidia invertirán en Anthropic".
  auto conjoined = [&](const Mention* first, bool forward) {
    std::vector<const Mention*> side{first};
    if (work.partner_pair_first) return side;
    for (;;) {
      const Mention* current = side.back();
      const Mention* next = nullptr;
      for (const Mention* m : sentence.parties) {
        if (forward ? m->byte_begin >= current->byte_end : m->byte_end <= current->byte_begin) {
          if (forward) { next = m; break; }
          next = m;
        }
      }
      if (!next) break;
      const Mention* later = forward ? next : current;
      const Mention* earlier = forward ? current : next;
      // Only a conjunction (and commas, spaces) may stand between the two names; "e pela
      // Brookfield", "and by X": a conjunction anywhere in a short gap.
      const std::size_t gap_begin = earlier->byte_end, gap_end = later->byte_begin;
      const auto conjunction = document.markers.conjunction_ends.lower_bound(gap_begin + 1);
      const std::string_view gap = document.text.substr(gap_begin, gap_end - gap_begin);
      if (document.chinese && forward && lists_objects(document, sentence, work, gap_begin, gap_end)) {
        if (next->entity_key == first->entity_key) break;
        side.push_back(next);
        continue;
      }
      if (gap_end - gap_begin > 14 || conjunction == document.markers.conjunction_ends.end() || *conjunction > gap_end) break;
      if (gap.find_first_of(".;") != std::string_view::npos) break;
      if (next->entity_key == first->entity_key) break;
      side.push_back(next);
    }
    return side;
  };
  for (const Mention* m : conjoined(work.subject, false)) work.subject_keys.insert(work.subject_keys.begin(), m->entity_key);
  if (work.round_investee) work.object_keys.push_back(*work.round_investee);
  else for (const Mention* m : conjoined(work.object, true)) work.object_keys.push_back(m->entity_key);
}

}  // namespace dealgraph::extract
