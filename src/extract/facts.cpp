#include <array>
#include <string_view>

#include "dealgraph/facts.hpp"

namespace dealgraph {
namespace {

constexpr std::array<std::pair<DealType, std::string_view>, 8> kDealTypes = {{
    {DealType::Investment, "Investment"},       {DealType::EquityStake, "EquityStake"},
    {DealType::SupplyAgreement, "SupplyAgreement"}, {DealType::CloudContract, "CloudContract"},
    {DealType::Partnership, "Partnership"},     {DealType::LoanGuarantee, "LoanGuarantee"},
    {DealType::Acquisition, "Acquisition"},     {DealType::Licensing, "Licensing"}}};

constexpr std::array<std::pair<Role, std::string_view>, 11> kRoles = {{
    {Role::Investor, "investor"},   {Role::Investee, "investee"},   {Role::Supplier, "supplier"},
    {Role::Customer, "customer"},   {Role::Partner, "partner"},     {Role::Guarantor, "guarantor"},
    {Role::Beneficiary, "beneficiary"}, {Role::Acquirer, "acquirer"}, {Role::Target, "target"},
    {Role::Licensor, "licensor"},   {Role::Licensee, "licensee"}}};

}  // namespace

const char* to_string(DealType type) {
  for (const auto& [value, name] : kDealTypes) if (value == type) return name.data();
  return "Deal";
}

const char* to_string(Role role) {
  for (const auto& [value, name] : kRoles) if (value == role) return name.data();
  return "party";
}

std::optional<DealType> deal_type_from_string(std::string_view name) {
  for (const auto& [value, text] : kDealTypes) if (text == name) return value;
  return std::nullopt;
}

std::optional<Role> role_from_string(std::string_view name) {
  for (const auto& [value, text] : kRoles) if (text == name) return value;
  return std::nullopt;
}

}  // namespace dealgraph
