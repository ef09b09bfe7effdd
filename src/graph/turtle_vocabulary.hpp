// The vocabulary a graph.ttl is read with (src/graph/turtle_loader.cpp): the predicates and
// classes the writer uses, what a type makes of its subject, the base of instance IRIs, and
// what a file holds outside the vocabulary.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "dealgraph/graph.hpp"
#include "rdf/turtle_reader.hpp"

namespace dealgraph::turtle_vocabulary {

inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
inline constexpr std::string_view kDcterms = "http://purl.org/dc/terms/";

// Every predicate the writer uses (src/export/turtle_writer.cpp).
enum class Pred : std::uint8_t {
  Other,
  Type,
  // articles
  SourceId, Title, Published, Language, SourcePath, SourceUrl, Sha256,
  // entities
  Label, PrefLabel, AltLabel, MentionedIn, Confidence,
  // deals
  Role, Party, Amount, PricePerShare, Quantity, Chip, Status, Date, Trigger, Evidence,
  // amounts and quantities
  Value, MinValue, MaxValue, Currency, Unit, AsWritten, Approximate, Qualifier,
  // evidence
  Source, DerivedFrom, Quote, Start, End, ClaimStatus, ClaimDate, AttributedTo, Denies,
  // positions
  Holder, Organization, PositionTitle, TitleAsWritten,
};

struct PredicateInfo {
  Pred pred = Pred::Other;
  dealgraph::Role role = dealgraph::Role::Partner;  // for Pred::Role
};

class PredicateTable {
 public:
  PredicateTable();
  PredicateInfo lookup(std::string_view iri) const {
    auto it = table_.find(iri);
    return it == table_.end() ? PredicateInfo{} : it->second;
  }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, PredicateInfo, Hash, std::equal_to<>> table_;
};

// What an rdf:type object makes of its subject.
enum class Shape : std::uint8_t { None, Article, Entity, Deal, Position };
struct TypeInfo {
  Shape shape = Shape::None;
  EntityKind kind = EntityKind::Organization;
  DealType deal = DealType::Partnership;
};

TypeInfo classify_type(std::string_view iri);

// The first typed IRI in Sord's order that gives a base (the least subject, then the least
// type), and that base.
struct BaseCandidate {
  std::string subject;
  std::string type;
  std::string base;
};
std::optional<BaseCandidate> base_candidate(const rdf::TripleTable& table);

// Counts into `unread` each predicate the vocabulary lacks, and "a " + each unknown class.
void count_unread(const rdf::TripleTable& table, UnreadVocabulary& unread);

}  // namespace dealgraph::turtle_vocabulary
