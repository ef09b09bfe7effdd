// Facts: what the extract stage finds in one document.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dealgraph/document.hpp"

namespace dealgraph {

// An exact decimal: units * 10^exponent. Money in news never needs more than int64 units.
struct Decimal {
  std::int64_t units = 0;
  int exponent = 0;

  // Plain xsd:decimal lexical form without exponent, e.g. "350000000000" or "4.2".
  std::string to_string() const;
  double to_double() const;
  friend bool operator==(const Decimal& a, const Decimal& b);
};

// Money as written in the text, normalised to whole currency units.
struct Amount {
  std::optional<Decimal> value;  // a point value ...
  std::optional<Decimal> min;    // ... or a range
  std::optional<Decimal> max;
  std::string currency;    // ISO 4217, e.g. "USD"; empty when the text names none
  std::string as_written;  // the exact span of text
  bool approximate = false;  // vague amounts: "数十亿美元", "several hundred million"
  std::string qualifier;     // "up to", "at least", "about", ... as a normalised English tag
  std::size_t byte_begin = 0;  // span in the text that was parsed
  std::size_t byte_end = 0;
  bool per_share = false;  // a price per share ("36.50 dlrs a share", "每股5美元"), not the deal's value
};

// Any other measure of a deal.
struct Quantity {
  Decimal value;
  std::string unit;  // "GW", "MW", "chips", "shares", "percent"
  std::string as_written;
  bool approximate = false;
  std::string qualifier;
  std::size_t byte_begin = 0;
  std::size_t byte_end = 0;
};

enum class EntityKind { Organization, Person, Chip, Product };

const char* to_string(EntityKind kind);

// One occurrence of an entity in a document's text.
struct Mention {
  std::string entity_key;  // the lexicon IRI, or a key minted for a discovered entity
  EntityKind kind = EntityKind::Organization;
  std::size_t byte_begin = 0;
  std::size_t byte_end = 0;
  double confidence = 1.0;
};

// An entity found in text but absent from the lexicon.
struct DiscoveredEntity {
  std::string entity_key;
  EntityKind kind = EntityKind::Organization;
  std::string label;
  std::string language;
  double confidence = 0.5;
  std::string short_label;  // the name without its legal suffix (Kaltwerk for Kaltwerk AG), if different
  // Other forms the article called it by (Kaltwerk for Kaltwerk Systems Inc, Doe for Jane Doe, KWS for
  // Kaltwerk Systems (KWS)), sorted; each names the entity in that article only.
  std::vector<std::string> aliases = {};
};

enum class DealType {
  Investment, EquityStake, SupplyAgreement, CloudContract,
  Partnership, LoanGuarantee, Acquisition, Licensing
};

enum class Role {
  Investor, Investee, Supplier, Customer, Partner, Guarantor,
  Beneficiary, Acquirer, Target, Licensor, Licensee
};

const char* to_string(DealType type);  // the dg: local name, e.g. "Investment"
const char* to_string(Role role);      // the dg: local name, e.g. "investor"
std::optional<DealType> deal_type_from_string(std::string_view name);
std::optional<Role> role_from_string(std::string_view name);

// Where a fact was read: a span of an article's clean text.
struct Evidence {
  std::string source_id;
  std::string quote;
  std::string language;
  std::size_t cp_begin = 0;
  std::size_t cp_end = 0;
  // A deal's quotes only: the status and date the claim read there states (dg:claimStatus,
  // dg:claimDate), so that checks can compare claims; empty elsewhere and when it states none.
  std::string claim_status = {};
  std::string claim_date = {};
};

// Who states a claim, when its sentence says so (dg:attributedTo on the claim's evidence), and
// whether that source denies it (dg:denies: "X denied", 否认).
struct Attribution {
  std::string source;  // an entity key in the extract stage, an entity IRI in the graph, or
                       // kUnnamedSources ("people familiar with the matter"); empty: none named
  bool denial = false;
  bool empty() const { return source.empty() && !denial; }
  friend auto operator<=>(const Attribution&, const Attribution&) = default;
};

// The source of a claim whose sentence names nobody but says the sources are unnamed.
inline constexpr std::string_view kUnnamedSources = "https://w3id.org/dealgraph#UnnamedSources";

struct Party {
  Role role = Role::Partner;
  std::string entity_key;
  friend bool operator==(const Party&, const Party&) = default;
};

struct DealClaim {
  DealType type = DealType::Partnership;
  std::vector<Party> parties;
  std::vector<Amount> amounts;
  std::vector<Amount> prices_per_share;  // what each share was bought or offered for (dg:pricePerShare)
  std::vector<Quantity> quantities;
  std::vector<std::string> chips;  // entity keys of dg:Chip entities
  std::string status;              // announced, agreed, planned, in-talks, reported, denied, ...
  std::string date;                // ISO: yyyy-mm-dd, yyyy-mm or yyyy; empty when none is stated
  std::string tranche;             // "more" (another, additional) or an ordinal ("2"): a deal after an earlier one
  std::string trigger;             // the word that signalled the deal
  std::size_t trigger_byte = 0;    // where that word begins in the document's text
  double confidence = 0.7;
  Evidence evidence;
  Attribution attribution;         // who the sentence says states it (attribution pass)
};

struct PostClaim {
  std::string holder_key;
  std::string organization_key;
  std::string title;             // CEO, CFO, CTO, President, Chair, Founder
  std::string title_as_written;
  Evidence evidence;
};

// Everything the extract stage learned from one document.
struct ArticleFacts {
  Document document;
  std::vector<Mention> mentions;
  std::vector<DiscoveredEntity> discovered;
  std::vector<DealClaim> deals;
  std::vector<PostClaim> posts;
};

}  // namespace dealgraph
