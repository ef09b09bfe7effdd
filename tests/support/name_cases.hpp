// Table-driven tests of the names an article yields: one row per sentence, the name expected
// (or one that must not be found). Shared by the tests of the Latin-script name finders.
#pragma once

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "support/knowledge.hpp"

namespace dealgraph::test {

struct NameCase {
  const char* language;
  const char* text;
  const char* expected;  // "Organization:NAME" or "Person:NAME" is found; "-NAME" is not (see below)
};

// Every entity of the text as "Kind:label": the discovered ones by their label, the lexicon's by
// the words of their mention, so that a row holds whichever source knows the name.
inline std::vector<std::string> entities_of(const std::string& text, const std::string& language) {
  const ArticleFacts facts = facts_of(text, language);
  std::vector<std::string> out;
  for (const DiscoveredEntity& e : facts.discovered) out.push_back(std::string(to_string(e.kind)) + ":" + e.label);
  for (const Mention& m : facts.mentions)
    if (m.entity_key.rfind("new:", 0) != 0)
      out.push_back(std::string(to_string(m.kind)) + ":" +
                    facts.document.text.substr(m.byte_begin, m.byte_end - m.byte_begin));
  return out;
}

// Only the names found by their shape, as "Kind:label": for rows that test the finders alone.
inline std::vector<std::string> discovered_of(const std::string& text, const std::string& language) {
  std::vector<std::string> out;
  for (const DiscoveredEntity& e : facts_of(text, language).discovered)
    out.push_back(std::string(to_string(e.kind)) + ":" + e.label);
  return out;
}

// Checks each row against the names `names_of` gives for its text.
inline void check_name_cases(const std::vector<NameCase>& cases,
                             std::vector<std::string> (*names_of)(const std::string&, const std::string&) = entities_of) {
  for (const NameCase& c : cases) {
    const auto found = names_of(c.text, c.language);
    const std::string expected = c.expected;
    std::string listed;
    for (const std::string& f : found) listed += "[" + f + "] ";
    INFO(c.language << ": " << c.text << " -> " << listed);
    if (expected[0] == '-') {
      // "-NAME" is no entity's label; "-Person:NAME" no person's (it may be an organisation's).
      const std::string label = expected.substr(1);
      const bool with_kind = label.rfind("Person:", 0) == 0 || label.rfind("Organization:", 0) == 0;
      CHECK(std::none_of(found.begin(), found.end(), [&](const std::string& f) {
        return with_kind ? f == label : f.substr(f.find(':') + 1) == label;
      }));
    } else {
      CHECK(std::find(found.begin(), found.end(), expected) != found.end());
    }
  }
}

}  // namespace dealgraph::test
