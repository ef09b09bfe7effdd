// Reading Turtle with Sord into plain triples, for the stages that load knowledge or graphs.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

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
class ParseError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Reads a whole Turtle file; throws ParseError with Serd's line and column.
std::vector<Triple> read_turtle_file(const std::string& path);
// Reads Turtle from memory; `name` stands for the file in messages.
std::vector<Triple> read_turtle_string(std::string_view text, const std::string& name);

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

}  // namespace dealgraph::rdf
