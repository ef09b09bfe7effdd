// `build --update`: which articles of the inputs a build folder lacks or holds in another
// version, and what of its graph must go before they are merged in.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "dealgraph/graph.hpp"
#include "dealgraph/ingest.hpp"

namespace dealgraph::update {

// What the folder's graph says of an article it holds.
struct KnownArticle {
  std::string sha256;
  std::string source_path;
};
using KnownArticles = std::map<std::string, KnownArticle>;  // by source id

// Every article of a graph, by source id.
KnownArticles known_articles(const KnowledgeGraph& graph);
// The same, read from the article blocks of a graph.ttl as build writes them
// ("<iri>\n\ta dg:Article ;\n\tdg:sourceId \"...\" ;" ... "\tdg:sha256 \"...\" ."), without parsing the
// rest: a twentieth of the time of loading the graph. Nothing when a block does not read so
// (a value with an escape, a missing field), or when there are not `articles` blocks: then
// the graph is loaded whole.
std::optional<KnownArticles> scan_known_articles(std::string_view turtle, std::size_t articles);

enum class Change {
  New,      // the folder does not hold its id
  Same,     // same bytes, same path: nothing to do
  Moved,    // same bytes at another path: only its article node and report entry change
  Changed,  // other bytes: its old facts must go
};
Change classify(const KnownArticles& known, const RawArticle& article);

// The ids of the articles, other than `changed`, that state something about a node (entity,
// deal or position) one of the `changed` articles stated something about. Their facts must be
// read again, because a node's merged labels, statuses and dates do not say which article
// gave them: the node is taken out and built again from every article that touched it.
std::set<std::string> articles_sharing_nodes(const KnowledgeGraph& graph, const std::set<std::string>& changed);

// Takes out of a finished graph the nodes the `changed` articles touched and the article nodes
// of `rebuilt` (the changed, moved and neighbouring articles about to be built again). What is
// left merged with a build of the rebuilt articles is a build of everything.
void remove_for_rebuild(KnowledgeGraph& graph, const std::set<std::string>& changed, const std::set<std::string>& rebuilt);

}  // namespace dealgraph::update
