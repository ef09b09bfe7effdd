#include <catch2/catch.hpp>

#include "harness.hpp"

using namespace dealgraph;

namespace {

// The mention whose text is `name`.
const Mention& mention(const test::PassBench& bench, const std::string& name) {
  for (const Mention& m : bench.work().facts.mentions)
    if (bench.work().text.substr(m.byte_begin, m.byte_end - m.byte_begin) == name) return m;
  FAIL("no mention " << name);
  throw;
}

}  // namespace

TEST_CASE("markers: a name is governed by a marker right before it, or by one and an article", "[extract][passes][markers]") {
  SECTION("English: a preposition right before the name") {
    const test::PassBench bench("Microsoft signed a deal with OpenAI.", "en");
    const extract::Markers& markers = bench.work().markers;
    CHECK(markers.marked_by(markers.preposition_ends, mention(bench, "OpenAI")));
    CHECK_FALSE(markers.marked_by(markers.preposition_ends, mention(bench, "Microsoft")));
  }
  SECTION("German: a preposition, an article and one word (mit dem Rechenanbieter Nebius)") {
    const test::PassBench bench("Microsoft hat mit dem Rechenanbieter Nebius einen Vertrag geschlossen.", "de");
    const extract::Markers& markers = bench.work().markers;
    CHECK(markers.marked_by(markers.preposition_ends, mention(bench, "Nebius")));
  }
  SECTION("Chinese: a counterpart marker right before the name (向OpenAI), no articles") {
    const test::PassBench bench("微软向OpenAI注资。", "zh-Hans");
    const extract::Markers& markers = bench.work().markers;
    CHECK(markers.chinese);
    CHECK(markers.marked_by(markers.counterpart_ends, mention(bench, "OpenAI")));
    CHECK(markers.relative_starts.empty());
  }
}

TEST_CASE("markers: only sentences that name an organisation are scanned", "[extract][passes][markers]") {
  const test::PassBench bench("Die Firma investiert viel. Nvidia investiert in Mistral AI.", "de");
  const extract::Markers& markers = bench.work().markers;
  REQUIRE_FALSE(markers.triggers.empty());
  for (const extract::Match& t : markers.triggers) CHECK(t.begin >= bench.document().sentences.at(1).byte_begin);
  SECTION("a passive auxiliary and an agent preposition are Latin-script markers") {
    const test::PassBench passive("OpenAI wird von Microsoft finanziert.", "de");
    CHECK(passive.work().markers.auxiliary_ends.size() == 1);
    CHECK(passive.work().markers.marked_by(passive.work().markers.agent_ends, mention(passive, "Microsoft")));
  }
}
