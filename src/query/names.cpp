// Resolving what a user types to a graph entity: IRIs, local names, every label in every
// language, then the lexicon.
#include <algorithm>
#include <cctype>
#include <functional>
#include <limits>
#include <unordered_map>

#include "dealgraph/query.hpp"
#include "util/utf8.hpp"

namespace dealgraph {
namespace {

// How a name fits an entity; lower is better.
enum class Fit { Iri = 0, LocalName = 1, PrefLabel = 2, AltLabel = 3, Lexicon = 4 };

struct Candidate {
  std::string iri;
  Fit fit;
};

int kind_rank(EntityKind kind) {
  switch (kind) {
    case EntityKind::Organization: return 0;
    case EntityKind::Person: return 1;
    case EntityKind::Chip: return 2;
    case EntityKind::Product: return 3;
  }
  return 4;
}

std::string percent_decode(std::string_view text) {
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
  };
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
      out.push_back(static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2])));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

std::string local_name(const std::string& iri) {
  const std::size_t cut = iri.find_last_of("/#");
  return percent_decode(cut == std::string::npos ? iri : iri.substr(cut + 1));
}

std::u32string code_points(std::string_view text) {
  std::u32string out;
  std::size_t pos = 0;
  while (pos < text.size()) out.push_back(util::decode_utf8(text, pos));
  return out;
}

// Levenshtein distance over code points, with a cut-off to keep scans over large graphs cheap.
std::size_t edit_distance(const std::u32string& a, const std::u32string& b, std::size_t cutoff) {
  const std::size_t la = a.size(), lb = b.size();
  if ((la > lb ? la - lb : lb - la) > cutoff) return cutoff + 1;
  std::vector<std::size_t> row(lb + 1);
  for (std::size_t j = 0; j <= lb; ++j) row[j] = j;
  for (std::size_t i = 1; i <= la; ++i) {
    std::size_t diagonal = row[0], best = i;
    row[0] = i;
    for (std::size_t j = 1; j <= lb; ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
      best = std::min(best, row[j]);
    }
    if (best > cutoff) return cutoff + 1;
  }
  return row[lb];
}

}  // namespace

struct NameResolver::Impl {
  const KnowledgeGraph& graph;
  const Lexicon* lexicon;
  std::unordered_map<std::string, std::vector<Candidate>> by_name;  // folded name -> entities

  Impl(const KnowledgeGraph& g, const Lexicon* l) : graph(g), lexicon(l) {
    auto add = [&](const std::string& name, const std::string& iri, Fit fit) {
      if (name.empty()) return;
      auto& candidates = by_name[fold(name)];
      for (Candidate& c : candidates)
        if (c.iri == iri) {
          c.fit = std::min(c.fit, fit);
          return;
        }
      candidates.push_back({iri, fit});
    };
    for (const auto& [iri, entity] : graph.entities()) {
      add(local_name(iri), iri, Fit::LocalName);
      add(entity.pref_label, iri, Fit::PrefLabel);
      for (const LexiconLabel& label : entity.labels) add(label.text, iri, Fit::AltLabel);
    }
  }

  // The best of several candidates: best fit, then organisations before people before chips,
  // then IRI order.
  std::optional<NameResolver::Match> pick(std::vector<Candidate> candidates) const {
    if (candidates.empty()) return std::nullopt;
    auto rank = [&](const Candidate& c) {
      auto it = graph.entities().find(c.iri);
      return std::make_tuple(static_cast<int>(c.fit), it == graph.entities().end() ? 9 : kind_rank(it->second.kind),
                             std::cref(c.iri));
    };
    std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) { return rank(a) < rank(b); });
    NameResolver::Match match{candidates.front().iri, {}};
    for (std::size_t i = 1; i < candidates.size(); ++i) match.others.push_back(candidates[i].iri);
    return match;
  }

  std::optional<NameResolver::Match> find(std::string_view raw) const {
    std::string name(raw);
    while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.pop_back();
    name.erase(0, std::min(name.find_first_not_of(" \t\n"), name.size()));
    if (name.empty()) return std::nullopt;
    if (name.size() > 2 && name.front() == '<' && name.back() == '>') name = name.substr(1, name.size() - 2);
    const auto& entities = graph.entities();
    if (entities.count(name)) return NameResolver::Match{name, {}};
    // Prefixed names as graph.ttl writes them: org:nvidia, person:jensen-huang, chip:h100.
    for (const char* prefix : {"org", "person", "chip", "product"}) {
      const std::string p = std::string(prefix) + ":";
      if (name.starts_with(p)) {
        const std::string iri = graph.base() + prefix + "/" + name.substr(p.size());
        if (entities.count(iri)) return NameResolver::Match{iri, {}};
      }
    }
    if (auto it = by_name.find(fold(name)); it != by_name.end()) return pick(it->second);
    if (!lexicon) return std::nullopt;
    const LexiconEntry* entry = lexicon->resolve(name);
    if (!entry) return std::nullopt;
    // The lexicon knows the name: find its entry in the graph by IRI, then by any of its labels.
    const std::string iri = graph.entity_iri(entry->kind, entry->local_name);
    if (entities.count(iri)) return NameResolver::Match{iri, {}};
    for (const auto& [entity_iri, entity] : entities)
      if (entity.lexicon_iri == entry->iri) return NameResolver::Match{entity_iri, {}};
    std::vector<Candidate> candidates;
    for (const LexiconLabel& label : entry->labels)
      if (auto it = by_name.find(fold(label.text)); it != by_name.end())
        for (const Candidate& c : it->second)
          if (std::none_of(candidates.begin(), candidates.end(), [&](const Candidate& x) { return x.iri == c.iri; }))
            candidates.push_back({c.iri, Fit::Lexicon});
    return pick(candidates);
  }

  std::vector<std::string> suggestions(std::string_view name, std::size_t count) const {
    const std::string folded = fold(name);
    const std::u32string target = code_points(folded);
    const std::size_t cutoff = std::max<std::size_t>(2, target.size() / 2);
    // Best score per entity: edit distance, or 0 when one name contains the other.
    std::unordered_map<std::string, std::size_t> best;
    for (const auto& [known, candidates] : by_name) {
      std::size_t score;
      if (folded.size() >= 3 && (known.find(folded) != std::string::npos || folded.find(known) != std::string::npos) &&
          known.size() >= 3)
        score = 0;
      else
        score = edit_distance(target, code_points(known), cutoff);
      if (score > cutoff) continue;
      for (const Candidate& c : candidates) {
        auto [it, created] = best.try_emplace(c.iri, score);
        if (!created) it->second = std::min(it->second, score);
      }
    }
    std::vector<std::pair<std::size_t, std::string>> ranked;
    for (const auto& [iri, score] : best) ranked.emplace_back(score, graph.entities().at(iri).pref_label);
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> out;
    for (const auto& [score, label] : ranked) {
      if (out.size() == count) break;
      if (std::find(out.begin(), out.end(), label) == out.end()) out.push_back(label);
    }
    return out;
  }
};

NameResolver::NameResolver(const KnowledgeGraph& graph, const Lexicon* lexicon)
    : impl_(std::make_unique<Impl>(graph, lexicon)) {}
NameResolver::~NameResolver() = default;
NameResolver::NameResolver(NameResolver&&) noexcept = default;

std::optional<NameResolver::Match> NameResolver::find(std::string_view name) const { return impl_->find(name); }

std::vector<std::string> NameResolver::suggestions(std::string_view name, std::size_t count) const {
  return impl_->suggestions(name, count);
}

std::string NameResolver::resolve(std::string_view name) const {
  if (auto match = impl_->find(name)) return match->iri;
  std::string message = "no entity of the graph is named \"" + std::string(name) + "\"";
  if (impl_->lexicon) {
    if (const LexiconEntry* entry = impl_->lexicon->resolve(name))
      message = "\"" + std::string(name) + "\" is " + entry->pref_label + " in the lexicon, but the graph does not contain it";
  }
  throw UnknownNameError(std::string(name), message, impl_->suggestions(name, 3));
}

}  // namespace dealgraph
