#include "extract/passes/work.hpp"

#include <algorithm>

namespace dealgraph::extract {

DocumentWork::DocumentWork(const Document& document, const Lexicon& lexicon)
    : document(document),
      lexicon(lexicon),
      text(document.text),
      chinese(is_chinese(document.language)),
      folded(fold_text(document.text)) {}

std::size_t SentenceWork::clause_of(std::size_t at) const {
  for (std::size_t c = 0; c < clauses.size(); ++c)
    if (at >= clauses[c].begin && at < clauses[c].end) return c;
  return clauses.empty() ? 0 : clauses.size() - 1;
}

bool SentenceWork::in_quotes(const Mention* mention) const {
  return std::any_of(quoted.begin(), quoted.end(), [&](const Span& q) { return q.contains(mention->byte_begin); });
}

std::vector<Match> SentenceWork::within(const std::vector<Match>& matches) const {
  auto first = std::lower_bound(matches.begin(), matches.end(), span.begin,
                                [](const Match& x, std::size_t at) { return x.begin < at; });
  auto last = std::lower_bound(first, matches.end(), span.end, [](const Match& x, std::size_t at) { return x.begin < at; });
  return std::vector<Match>(first, last);
}

Evidence evidence_for(const Document& document, const Sentence& sentence) {
  Evidence evidence;
  evidence.source_id = document.source_id;
  evidence.quote = document.text.substr(sentence.byte_begin, sentence.byte_end - sentence.byte_begin);
  evidence.language = document.language;
  evidence.cp_begin = sentence.cp_begin;
  evidence.cp_end = sentence.cp_end;
  return evidence;
}

}  // namespace dealgraph::extract
