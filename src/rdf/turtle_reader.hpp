// Reading Turtle: with Sord into plain triples, for the stages that load knowledge; with Serd
// alone into a compact table, for graphs of millions of triples.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dealgraph/error.hpp"

namespace dealgraph::rdf {

struct Term {
  enum class Kind { Iri, Blank, Literal };
  Kind kind = Kind::Iri;
  std::string value;
  std::string datatype;  // literals only; empty for plain and language-tagged strings
  std::string language;  // literals only
  bool is_iri() const { return kind == Kind::Iri; }
  bool is_literal() const { return kind == Kind::Literal; }
  friend bool operator==(const Term&, const Term&) = default;
};

struct Triple {
  Term subject;
  Term predicate;
  Term object;
};

// A Turtle file that does not parse; what() reads "FILE:LINE:COL: reason".
class ParseError : public Error {
 public:
  using Error::Error;
};

// Reads a whole Turtle file; throws ParseError with Serd's line and column.
std::vector<Triple> read_turtle_file(const std::string& path);
// Reads Turtle from memory; `name` stands for the file in messages.
std::vector<Triple> read_turtle_string(std::string_view text, const std::string& name);

// A Turtle graph as Serd streams it, for reading large graphs back: every IRI and blank node is
// stored once and named by a dense id, literals are kept as written, and all text lives in a
// few large blocks, so that a triple costs no allocation of its own. Statements are in file
// order and may repeat (Sord would keep a set, sorted by compare()). Blank node labels are
// Serd's, as read_turtle_file gives them.
class TripleTable {
 public:
  using Id = std::uint32_t;
  static constexpr Id kNone = ~Id{0};
  struct Statement {
    Id subject;
    Id predicate;
    Id object;
  };

  const std::vector<Statement>& statements() const { return statements_; }
  std::size_t node_count() const { return nodes_.size(); }
  Term::Kind kind(Id node) const { return nodes_[node].kind; }
  std::string_view value(Id node) const { return {nodes_[node].text, nodes_[node].size}; }
  // Literals only; empty for plain and typed literals.
  std::string_view language(Id node) const {
    const Node& n = nodes_[node];
    return {n.text + n.size + 1, n.language_size};
  }
  // The datatype IRI of a literal, or kNone.
  Id datatype(Id node) const { return nodes_[node].datatype; }
  // The id of an IRI or blank node label, or kNone when the graph does not use it.
  Id find(Term::Kind kind, std::string_view value) const;
  // Sord's order of nodes: literals, then IRIs, then blank nodes; text byte by byte, then a
  // literal's datatype (none first) and language.
  int compare(Id a, Id b) const;
  // A copy of a node as a Term, for messages and tests.
  Term term(Id node) const;

 private:
  friend class TableBuilder;
  struct Node {
    const char* text;  // the value, a NUL, and for literals the language
    std::uint32_t size;
    std::uint32_t language_size;
    Id datatype;
    Term::Kind kind;
  };
  struct Slot {
    std::uint32_t hash;
    Id id;
  };
  std::vector<Node> nodes_;
  std::vector<Statement> statements_;
  std::vector<std::unique_ptr<char[]>> blocks_;  // the text
  std::vector<Slot> slots_;                      // open addressing over IRIs and blank nodes
};

// Reads a whole Turtle file into a TripleTable; throws ParseError as read_turtle_file does.
TripleTable read_turtle_table(const std::string& path);
// The same from memory; `name` stands for the file in messages.
TripleTable read_turtle_table_string(std::string_view text, const std::string& name);
// The same from text the caller gives up (no copy is made).
TripleTable read_turtle_table_owned(std::string&& text, const std::string& name);

// The bytes of a file (empty when it cannot be read), for messages that point into it.
std::string read_text_file(const std::string& path);
// "NAME:LINE:COL" of the first place `iri` is written in Turtle `text` (as <iri> or
// prefix:local), so that errors about a knowledge file say where the entry is.
std::string locate(const std::string& name, const std::string& text, const std::string& iri);

// Triples grouped by subject, for lookups while loading knowledge.
class TripleIndex {
 public:
  explicit TripleIndex(std::vector<Triple> triples);
  const std::vector<Triple>& triples() const { return triples_; }
  // Objects of (subject, predicate); subject is an IRI or a blank node label.
  std::vector<const Term*> objects(const std::string& subject, std::string_view predicate) const;
  const Term* first_object(const std::string& subject, std::string_view predicate) const;
  // Subjects with rdf:type `type_iri`, in file order without repeats.
  std::vector<std::string> subjects_of_type(std::string_view type_iri) const;

 private:
  std::vector<Triple> triples_;
  std::multimap<std::string, std::size_t, std::less<>> by_subject_;
};

inline constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr std::string_view kDg = "https://w3id.org/dealgraph#";

// The base of a knowledge file's loader: typed reads of dg: properties whose errors name the
// entry's FILE:LINE:COL (the amount and date vocabularies use it).
class VocabularyReader {
 public:
  VocabularyReader(std::vector<Triple> triples, std::string name, std::string text)
      : index_(std::move(triples)), name_(std::move(name)), text_(std::move(text)) {}

 protected:
  static std::string dg(std::string_view local) { return std::string(kDg) + std::string(local); }
  // Throws KnowledgeError "FILE:LINE:COL: SUBJECT WHY".
  [[noreturn]] void fail(const std::string& subject, const std::string& why) const;
  // The first dg:`property` of `subject`, which must be a literal; null when absent and not required.
  const Term* literal(const std::string& subject, const char* property, bool required) const;
  // Every dg:`property` of `subject`, each of which must be a literal.
  std::vector<const Term*> literals(const std::string& subject, const char* property) const;
  std::string text(const std::string& subject, const char* property, bool required) const;
  // true/1 or false/0; false when absent.
  bool flag(const std::string& subject, const char* property) const;
  // The value that dg:`property` names among `choices` (listed in the order an error names
  // them); nothing when it is absent and not required; an unknown name fails, listing them.
  template <class Value>
  std::optional<Value> choice(const std::string& subject, const char* property, bool required,
                              std::initializer_list<std::pair<std::string_view, Value>> choices) const {
    const std::string value = text(subject, property, required);
    if (value.empty() && !required) return std::nullopt;
    std::string names;
    for (const auto& [name, named] : choices) {
      if (name == value) return named;
      names += (names.empty() ? "" : ", ") + std::string(name);
    }
    fail(subject, "has an unknown dg:" + std::string(property) + " \"" + value + "\" (" + names + ")");
  }

  TripleIndex index_;
  std::string name_;
  std::string text_;
};

// Runs a vocabulary's loader (a VocabularyReader with build()) on a file: bad Turtle throws
// ParseError, an entry it cannot use KnowledgeError, both with FILE:LINE:COL.
template <class Loader>
auto load_vocabulary_file(const std::string& path) {
  auto triples = read_turtle_file(path);
  Loader loader(std::move(triples), path, read_text_file(path));
  return loader.build();
}

// The same on Turtle text, named `name` in errors.
template <class Loader>
auto load_vocabulary_text(std::string_view turtle, const std::string& name) {
  auto triples = read_turtle_string(turtle, name);
  Loader loader(std::move(triples), name, std::string(turtle));
  return loader.build();
}

}  // namespace dealgraph::rdf
