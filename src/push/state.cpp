// DIR/push-state.json: per endpoint, the SHA-256 of the N-Triples last pushed into each graph.
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "dealgraph/push.hpp"
#include "util/atomic_file.hpp"

namespace dealgraph {
namespace {

bool is_sha256_hex(const std::string& text) {
  if (text.size() != 64) return false;
  for (const char c : text)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

}  // namespace

PushState PushState::load(const std::string& path, std::string* warning) {
  PushState state;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return state;
  auto fail = [&](const std::string& why) {
    if (warning) *warning = path + ": " + why + "; every graph is pushed again and the file rewritten";
    return PushState{};
  };
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail("cannot read");
  std::stringstream buffer;
  buffer << in.rdbuf();
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(buffer.str());
  } catch (const nlohmann::json::exception& error) {
    return fail(std::string("not JSON (") + error.what() + ")");
  }
  if (!json.is_object() || json.value("version", 0) != 1 || !json.contains("endpoints") || !json["endpoints"].is_object())
    return fail("not a dealgraph push state (version 1)");
  for (const auto& [endpoint, entry] : json["endpoints"].items()) {
    if (!entry.is_object() || !entry.contains("graphs") || !entry["graphs"].is_object())
      return fail("the entry of " + endpoint + " has no \"graphs\" object");
    for (const auto& [graph, hash] : entry["graphs"].items()) {
      if (!hash.is_string() || !is_sha256_hex(hash.get<std::string>()))
        return fail("the hash of " + graph + " is not a SHA-256 in hexadecimal");
      state.endpoints_[endpoint][graph] = hash.get<std::string>();
    }
  }
  return state;
}

void PushState::save(const std::string& path) const {
  nlohmann::json endpoints = nlohmann::json::object();
  for (const auto& [endpoint, graphs] : endpoints_) {
    nlohmann::json list = nlohmann::json::object();
    for (const auto& [graph, hash] : graphs) list[graph] = hash;
    endpoints[endpoint] = {{"graphs", std::move(list)}};
  }
  const nlohmann::json json = {
      {"about", "dealgraph push: per Graph Store endpoint, the SHA-256 of the N-Triples last pushed into each graph"},
      {"version", 1},
      {"endpoints", std::move(endpoints)}};
  write_file_atomically(path, json.dump(2) + "\n");
}

std::optional<std::string> PushState::hash(const std::string& endpoint, const std::string& graph) const {
  const auto e = endpoints_.find(endpoint);
  if (e == endpoints_.end()) return std::nullopt;
  const auto g = e->second.find(graph);
  if (g == e->second.end()) return std::nullopt;
  return g->second;
}

void PushState::set(const std::string& endpoint, const std::string& graph, const std::string& hash) {
  endpoints_[endpoint][graph] = hash;
}

void PushState::erase(const std::string& endpoint, const std::string& graph) {
  const auto e = endpoints_.find(endpoint);
  if (e == endpoints_.end()) return;
  e->second.erase(graph);
  if (e->second.empty()) endpoints_.erase(e);
}

std::size_t PushState::size(const std::string& endpoint) const {
  const auto e = endpoints_.find(endpoint);
  return e == endpoints_.end() ? 0 : e->second.size();
}

}  // namespace dealgraph
