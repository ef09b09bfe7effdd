// One person in the same exclusive post (CEO; rules/checks.ttl lists them) at two companies at
// once. Posts carry no dates of their own, so "at once" is: stated by one article, or by two
// articles published the same day. A quote whose title follows a passing word (interim CEO,
// former CEO, 前首席执行官) is no evidence of holding the post then; and two companies named
// alike (Alder Group and Alder Cloud, most often a parent and its subsidiary) are taken for
// one, whose head is often the other's as well.
#include <algorithm>
#include <map>
#include <optional>

#include "graph/checks_more.hpp"

namespace dealgraph::checks {
namespace {

bool ascii_alphanumeric(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Whether the folded text ends with a passing word that begins a word of its own.
bool ends_with_passing_word(const std::string& folded, const std::vector<std::string>& words) {
  std::string text = folded;
  while (!text.empty() && text.back() == ' ') text.pop_back();
  for (const std::string& word : words) {
    if (word.size() > text.size() || text.compare(text.size() - word.size(), word.size(), word) != 0) continue;
    const std::size_t start = text.size() - word.size();
    if (start == 0 || !ascii_alphanumeric(word.front()) || !ascii_alphanumeric(text[start - 1])) return true;
  }
  return false;
}

// Whether a quote states the post as held: some place the title is written in it does not
// follow a passing word. A quote that shows none of the titles as written still counts.
bool states_holding(const Evidence& quote, const PostNode& post, const CheckRules& rules) {
  bool seen = false;
  for (const std::string& title : post.titles_as_written) {
    if (title.empty()) continue;
    for (std::size_t at = quote.quote.find(title); at != std::string::npos; at = quote.quote.find(title, at + 1)) {
      seen = true;
      if (!ends_with_passing_word(fold(quote.quote.substr(0, at)), rules.passing_title_words)) return true;
    }
  }
  return !seen;
}

// The first pair of quotes, one of each post, that states both held at once.
std::optional<std::pair<const Evidence*, const Evidence*>> held_at_once(const KnowledgeGraph& graph, const PostNode& a,
                                                                         const PostNode& b, const CheckRules& rules) {
  for (const Evidence& qa : a.evidence) {
    if (!states_holding(qa, a, rules)) continue;
    const std::string day = article_date(graph, qa);
    for (const Evidence& qb : b.evidence)
      if ((qa.source_id == qb.source_id || (!day.empty() && day == article_date(graph, qb))) &&
          states_holding(qb, b, rules))
        return std::make_pair(&qa, &qb);
  }
  return std::nullopt;
}

}  // namespace

void check_exclusive_posts(const KnowledgeGraph& graph, const CheckRules& rules, std::vector<Finding>& findings) {
  std::map<std::pair<std::string, std::string>, std::vector<const PostNode*>> by_holder_and_title;
  for (const auto& [iri, post] : graph.posts())
    if (rules.exclusive_titles.count(post.title)) by_holder_and_title[{post.holder, post.title}].push_back(&post);
  for (const auto& [key, posts] : by_holder_and_title)
    for (std::size_t i = 0; i < posts.size(); ++i)
      for (std::size_t j = i + 1; j < posts.size(); ++j) {
        const PostNode& a = *posts[i];
        const PostNode& b = *posts[j];
        if (a.organization == b.organization || named_alike(graph, a.organization, b.organization)) continue;
        const auto quotes = held_at_once(graph, a, b, rules);
        if (!quotes) continue;
        Finding finding;
        finding.kind = "exclusive-post-twice";
        finding.severity = "warning";
        const std::string when = quotes->first->source_id == quotes->second->source_id
                                     ? "in one article"
                                     : "in articles of " + article_date(graph, *quotes->first);
        finding.message = label_of_entity(graph, key.first) + " is " + key.second + " of both " +
                          label_of_entity(graph, a.organization) + " and " + label_of_entity(graph, b.organization) +
                          " " + when + ": " + quoted(*quotes->first) + " and " + quoted(*quotes->second);
        finding.involves = {key.first, a.iri, a.organization, b.iri, b.organization};
        add_quote(finding, *quotes->first);
        add_quote(finding, *quotes->second);
        sort_quotes(finding);
        findings.push_back(std::move(finding));
      }
}

}  // namespace dealgraph::checks
