// JSON-LD through nlohmann/json, from the same statement stream as the Serd writers: one
// node object per article, entity, deal and position, with amounts, quantities and evidence
// embedded as nested objects. The @context is written inline so that the file reads offline
// in any JSON-LD 1.0 processor; it is the same context as ontology/context.jsonld, which
// can replace it by reference. Keys are sorted and arrays keep the stream's order, so the
// same graph always gives the same bytes.
#include <cstring>
#include <map>
#include <set>

#include "dealgraph/export.hpp"
#include "export/rdf_statements.hpp"
#include "util/atomic_file.hpp"

namespace dealgraph {
namespace {

using nlohmann::json;
using rdfout::Statement;
using rdfout::Term;

struct TermDefinition {
  const char* term;
  const char* iri;     // compact IRI
  const char* coerce;  // "@id", an xsd type in compact form, or null
};

// The context's terms. Every dg: term is reachable through @vocab; only terms that need a
// type coercion, or that live in another vocabulary, are listed.
const std::vector<TermDefinition>& definitions() {
  static const std::vector<TermDefinition> kTerms = {
      {"label", "rdfs:label", nullptr},
      {"prefLabel", "skos:prefLabel", nullptr},
      {"altLabel", "skos:altLabel", nullptr},
      {"title", "dcterms:title", nullptr},
      {"language", "dcterms:language", nullptr},
      {"published", "dg:published", "xsd:date"},
      {"sourceUrl", "dg:sourceUrl", "xsd:anyURI"},
      {"value", "dg:value", "xsd:decimal"},
      {"minValue", "dg:minValue", "xsd:decimal"},
      {"maxValue", "dg:maxValue", "xsd:decimal"},
      {"start", "dg:start", "xsd:integer"},
      {"end", "dg:end", "xsd:integer"},
      {"confidence", "dg:confidence", "xsd:decimal"},
      {"approximate", "dg:approximate", "xsd:boolean"},
      {"denies", "dg:denies", "xsd:boolean"},
      {"attributedTo", "dg:attributedTo", "@id"},
      {"mentionedIn", "dg:mentionedIn", "@id"},
      {"source", "dg:source", "@id"},
      {"wasDerivedFrom", "prov:wasDerivedFrom", "@id"},
      {"chip", "dg:chip", "@id"},
      {"holder", "dg:holder", "@id"},
      {"organization", "dg:organization", "@id"},
      {"party", "dg:party", "@id"},
      {"investor", "dg:investor", "@id"},
      {"investee", "dg:investee", "@id"},
      {"supplier", "dg:supplier", "@id"},
      {"customer", "dg:customer", "@id"},
      {"partner", "dg:partner", "@id"},
      {"guarantor", "dg:guarantor", "@id"},
      {"beneficiary", "dg:beneficiary", "@id"},
      {"acquirer", "dg:acquirer", "@id"},
      {"target", "dg:target", "@id"},
      {"licensor", "dg:licensor", "@id"},
      {"licensee", "dg:licensee", "@id"},
  };
  return kTerms;
}

const std::vector<std::pair<const char*, const char*>>& prefixes() {
  static const std::vector<std::pair<const char*, const char*>> kPrefixes = {
      {"dg", rdfout::kDg},     {"rdf", rdfout::kRdf},   {"rdfs", rdfout::kRdfs},
      {"skos", rdfout::kSkos}, {"xsd", rdfout::kXsd},   {"dcterms", rdfout::kDcterms},
      {"schema", rdfout::kSchema}, {"prov", rdfout::kProv}};
  return kPrefixes;
}

std::string expand(const std::string& compact) {
  const auto colon = compact.find(':');
  for (const auto& [prefix, iri] : prefixes())
    if (compact.compare(0, colon, prefix) == 0 && colon == std::strlen(prefix)) return iri + compact.substr(colon + 1);
  return compact;
}

// How a predicate IRI is written as a key, and how its values are coerced.
struct Key {
  std::string name;
  std::string coerce;  // expanded: "@id", a datatype IRI, or empty
};

class KeyTable {
 public:
  KeyTable() {
    for (const TermDefinition& d : definitions()) {
      by_iri_[expand(d.iri)] = Key{d.term, d.coerce ? expand(d.coerce) : std::string()};
      terms_.insert(d.term);
    }
  }
  Key key_of(const std::string& predicate) const {
    if (auto it = by_iri_.find(predicate); it != by_iri_.end()) return it->second;
    const std::string dg = rdfout::kDg;
    if (predicate.compare(0, dg.size(), dg) == 0) {
      const std::string local = predicate.substr(dg.size());
      if (!terms_.count(local) && !local.empty() && local.find_first_of(":/#") == std::string::npos)
        return {local, {}};                  // through @vocab
      return {"dg:" + local, {}};            // a dg: name that a term shadows, e.g. dg:title
    }
    for (const auto& [prefix, iri] : prefixes()) {
      const std::string ns = iri;
      if (predicate.compare(0, ns.size(), ns) == 0 && predicate.size() > ns.size())
        return {std::string(prefix) + ":" + predicate.substr(ns.size()), {}};
    }
    return {predicate, {}};
  }

 private:
  std::map<std::string, Key> by_iri_;
  std::set<std::string> terms_;
};

json value_of(const Term& object, const Key& key) {
  const std::string value(object.value);
  if (object.kind == Term::Kind::Iri) {
    if (key.coerce == "@id") return value;
    return json{{"@id", value}};
  }
  if (!object.language.empty()) return json{{"@value", value}, {"@language", std::string(object.language)}};
  if (object.datatype.empty()) {
    if (key.coerce.empty()) return value;
    return json{{"@value", value}, {"@type", std::string(rdfout::kXsd) + "string"}};
  }
  if (object.datatype == key.coerce) return value;
  return json{{"@value", value}, {"@type", std::string(object.datatype)}};
}

// The class of a node, vocab-relative when it is a dg: class, a compact IRI when its
// vocabulary has a prefix in the context (schema:Organization).
std::string type_name(std::string_view iri) {
  const std::string_view dg = rdfout::kDg;
  if (iri.substr(0, dg.size()) == dg) return std::string(iri.substr(dg.size()));
  for (const auto& [prefix, ns] : prefixes()) {
    const std::string_view space = ns;
    if (iri.size() > space.size() && iri.substr(0, space.size()) == space)
      return std::string(prefix) + ":" + std::string(iri.substr(space.size()));
  }
  return std::string(iri);
}

// Gathers the node objects as the statements come: top-level nodes by IRI, anonymous nodes
// nested where they open.
class NodeCollector final : public rdfout::StatementSink {
 public:
  void statement(const Statement& statement) override {
    if (statement.kind == Statement::Kind::EndAnon) {
      open_.pop_back();
      return;
    }
    json* subject = nullptr;
    if (statement.in_anon) {
      subject = open_.back();
    } else {
      const std::string iri(statement.subject.value);
      auto [it, inserted] = nodes_.try_emplace(iri, json{{"@id", iri}});
      if (inserted) order_.push_back(iri);
      subject = &it->second;
    }
    if (statement.predicate == rdf_type_ && statement.object.kind == Term::Kind::Iri) {
      (*subject)["@type"].push_back(type_name(statement.object.value));
      return;
    }
    const Key key = keys_.key_of(std::string(statement.predicate));
    json& values = (*subject)[key.name];
    if (statement.opens_anon) {
      values.push_back(json::object());
      open_.push_back(&values.back());  // stays put: nothing is added to `values` while it is open
    } else {
      values.push_back(value_of(statement.object, key));
    }
  }

  // The node objects in order of first appearance.
  json take_nodes() {
    json items = json::array();
    for (const std::string& iri : order_) items.push_back(std::move(nodes_[iri]));
    return items;
  }

 private:
  const KeyTable keys_;
  const std::string rdf_type_ = std::string(rdfout::kRdf) + "type";
  std::map<std::string, json> nodes_;  // top-level node objects by IRI
  std::vector<std::string> order_;     // in order of first appearance
  std::vector<json*> open_;            // open anonymous nodes, innermost last
};

// Single values are written bare rather than as one-element arrays.
void collapse(json& node) {
  if (node.is_object()) {
    for (auto& [key, value] : node.items()) {
      if (value.is_array() && value.size() == 1 && key != "@graph") value = json(value[0]);
      collapse(value);
    }
  } else if (node.is_array()) {
    for (json& item : node) collapse(item);
  }
}

}  // namespace

nlohmann::json jsonld_context() {
  json context = json::object();
  for (const auto& [prefix, iri] : prefixes()) context[prefix] = iri;
  context["@vocab"] = rdfout::kDg;
  for (const TermDefinition& d : definitions()) {
    json definition = {{"@id", d.iri}};
    if (d.coerce) definition["@type"] = d.coerce;
    context[d.term] = definition;
  }
  return context;
}

void write_jsonld(const KnowledgeGraph& graph, const std::string& path) {
  NodeCollector collector;
  rdfout::emit_statements(graph, collector);
  json document = json::object();
  document["@context"] = jsonld_context();
  document["@graph"] = collector.take_nodes();
  collapse(document);
  write_file_atomically(path, document.dump(1, '\t', false, json::error_handler_t::replace) + "\n");
}

}  // namespace dealgraph
