#include "graph/turtle_vocabulary.hpp"

#include <array>
#include <utility>

namespace dealgraph::turtle_vocabulary {
namespace {

using Id = rdf::TripleTable::Id;
constexpr Id kNone = rdf::TripleTable::kNone;

// The base of instance IRIs from a typed IRI: what comes before its kind's segment (article/,
// org/, deal/, ...), when that is its last one.
std::optional<std::string> base_of(std::string_view iri, std::string_view type_local) {
  constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kinds = {{
      {"Article", "article/"}, {"Organization", "org/"}, {"Person", "person/"}, {"Chip", "chip/"},
      {"Product", "product/"}, {"Position", "position/"}}};
  std::string_view segment;
  if (deal_type_from_string(type_local)) {
    segment = "deal/";
  } else {
    for (auto [cls, kind_segment] : kinds)
      if (cls == type_local) segment = kind_segment;
    if (segment.empty()) return std::nullopt;
  }
  const std::size_t cut = iri.rfind(segment);
  if (cut == std::string_view::npos || iri.find('/', cut + segment.size()) != std::string_view::npos) return std::nullopt;
  return std::string(iri.substr(0, cut));
}



}  // namespace

std::optional<BaseCandidate> base_candidate(const rdf::TripleTable& table) {
  const Id type = table.find(rdf::Term::Kind::Iri, rdf::kRdfType);
  Id best_subject = kNone, best_type = kNone;
  std::string best;
  if (type == kNone) return std::nullopt;
  for (const rdf::TripleTable::Statement& statement : table.statements()) {
    if (statement.predicate != type || table.kind(statement.subject) != rdf::Term::Kind::Iri) continue;
    const std::string_view object = table.value(statement.object);
    if (!object.starts_with(rdf::kDg)) continue;
    if (best_subject != kNone) {
      const int order = table.compare(statement.subject, best_subject);
      if (order > 0 || (order == 0 && table.compare(statement.object, best_type) >= 0)) continue;
    }
    if (auto base = base_of(table.value(statement.subject), object.substr(rdf::kDg.size()))) {
      best = std::move(*base);
      best_subject = statement.subject;
      best_type = statement.object;
    }
  }
  if (best_subject == kNone) return std::nullopt;
  return BaseCandidate{std::string(table.value(best_subject)), std::string(table.value(best_type)), std::move(best)};
}

namespace {

// The classes the writer uses: those read as subjects of their own, and the amount and
// quantity nodes read through the deal that holds them.
bool known_class(std::string_view iri) {
  if (classify_type(iri).shape != Shape::None) return true;
  const std::string_view local = iri.starts_with(rdf::kDg) ? iri.substr(rdf::kDg.size()) : std::string_view();
  if (local == "MonetaryAmount" || local == "Quantity") return true;
  // The schema.org classes the writer states beside the dg: ones (ontology/dealgraph.ttl).
  return iri == "http://schema.org/Organization" || iri == "http://schema.org/Person" || iri == "http://schema.org/Product";
}

}  // namespace

void count_unread(const rdf::TripleTable& table, UnreadVocabulary& unread) {
  static const PredicateTable known;
  for (const rdf::TripleTable::Statement& statement : table.statements()) {
    const PredicateInfo info = known.lookup(table.value(statement.predicate));
    if (info.pred == Pred::Other)
      ++unread[std::string(table.value(statement.predicate))];
    else if (info.pred == Pred::Type && table.kind(statement.object) == rdf::Term::Kind::Iri &&
             !known_class(table.value(statement.object)))
      ++unread["a " + std::string(table.value(statement.object))];
  }
}

PredicateTable::PredicateTable() {
  const std::string dg(rdf::kDg);
  auto add = [&](std::string iri, Pred pred) { table_.emplace(std::move(iri), PredicateInfo{pred}); };
  add(std::string(kRdf) + "type", Pred::Type);
  add(dg + "sourceId", Pred::SourceId);
  add(std::string(kDcterms) + "title", Pred::Title);
  add(dg + "published", Pred::Published);
  add(std::string(kDcterms) + "language", Pred::Language);
  add(dg + "sourcePath", Pred::SourcePath);
  add(dg + "sourceUrl", Pred::SourceUrl);
  add(dg + "sha256", Pred::Sha256);
  add(std::string(kRdfs) + "label", Pred::Label);
  add(std::string(kSkos) + "prefLabel", Pred::PrefLabel);
  add(std::string(kSkos) + "altLabel", Pred::AltLabel);
  add(dg + "mentionedIn", Pred::MentionedIn);
  add(dg + "confidence", Pred::Confidence);
  add(dg + "party", Pred::Party);
  add(dg + "amount", Pred::Amount);
  add(dg + "pricePerShare", Pred::PricePerShare);
  add(dg + "quantity", Pred::Quantity);
  add(dg + "chip", Pred::Chip);
  add(dg + "status", Pred::Status);
  add(dg + "date", Pred::Date);
  add(dg + "trigger", Pred::Trigger);
  add(dg + "evidence", Pred::Evidence);
  add(dg + "value", Pred::Value);
  add(dg + "minValue", Pred::MinValue);
  add(dg + "maxValue", Pred::MaxValue);
  add(dg + "currency", Pred::Currency);
  add(dg + "unit", Pred::Unit);
  add(dg + "asWritten", Pred::AsWritten);
  add(dg + "approximate", Pred::Approximate);
  add(dg + "qualifier", Pred::Qualifier);
  add(dg + "source", Pred::Source);
  add("http://www.w3.org/ns/prov#wasDerivedFrom", Pred::DerivedFrom);  // restates dg:source
  add(dg + "quote", Pred::Quote);
  add(dg + "start", Pred::Start);
  add(dg + "end", Pred::End);
  add(dg + "claimStatus", Pred::ClaimStatus);
  add(dg + "claimDate", Pred::ClaimDate);
  add(dg + "attributedTo", Pred::AttributedTo);
  add(dg + "denies", Pred::Denies);
  add(dg + "holder", Pred::Holder);
  add(dg + "organization", Pred::Organization);
  add(dg + "title", Pred::PositionTitle);
  add(dg + "titleAsWritten", Pred::TitleAsWritten);
  for (int r = 0; r <= static_cast<int>(dealgraph::Role::Licensee); ++r) {
    const auto role = static_cast<dealgraph::Role>(r);
    table_.emplace(dg + to_string(role), PredicateInfo{Pred::Role, role});
  }
}

TypeInfo classify_type(std::string_view iri) {
  if (!iri.starts_with(rdf::kDg)) return {};
  const std::string_view local = iri.substr(rdf::kDg.size());
  if (local == "Article") return {Shape::Article};
  if (local == "Position") return {Shape::Position};
  if (local == "Organization") return {Shape::Entity, EntityKind::Organization};
  if (local == "Person") return {Shape::Entity, EntityKind::Person};
  if (local == "Chip") return {Shape::Entity, EntityKind::Chip};
  if (local == "Product") return {Shape::Entity, EntityKind::Product};
  if (auto type = deal_type_from_string(local)) return {Shape::Deal, EntityKind::Organization, *type};
  return {};
}

}  // namespace dealgraph::turtle_vocabulary
