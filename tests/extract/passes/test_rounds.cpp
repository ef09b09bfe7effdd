#include <catch2/catch.hpp>

#include "harness.hpp"

using namespace dealgraph;

TEST_CASE("rounds: a raise names the raiser, a later 'led by' joins its round", "[extract][passes][rounds]") {
  test::PassBench bench("Mistral AI raised 600 million euros. The round was led by Nvidia.", "en");
  const extract::SentenceWork first = bench.sentence(0);
  REQUIRE_FALSE(first.chosen.empty());
  bench.read_first_trigger(first);
  const extract::Raiser& raiser = bench.work().raiser;
  REQUIRE(raiser.key);
  CHECK(test::local_name(*raiser.key) == "mistral-ai");
  REQUIRE(raiser.amount);
  CHECK(raiser.amount->currency == "EUR");
  CHECK(bench.work().text.substr(raiser.amount->byte_begin, raiser.amount->byte_end - raiser.amount->byte_begin) ==
        raiser.amount->as_written);

  const extract::SentenceWork second = bench.sentence(1);
  REQUIRE_FALSE(second.chosen.empty());
  const extract::TriggerWork joined = bench.read_first_trigger(second);
  REQUIRE(joined.round_investee);
  CHECK(test::local_name(*joined.round_investee) == "mistral-ai");
  REQUIRE(joined.subject);
  CHECK(test::local_name(joined.subject->entity_key) == "nvidia");
  CHECK(joined.subject_role == Role::Investor);
  CHECK(joined.object_role == Role::Investee);
}

TEST_CASE("rounds: Chinese, the round's lead named before the verb", "[extract][passes][rounds]") {
  test::PassBench bench("智谱完成新一轮融资。本轮融资由腾讯领投。", "zh-Hans");
  const extract::SentenceWork opening = bench.sentence(0);
  bench.read_first_trigger(opening);
  const extract::SentenceWork second = bench.sentence(1);
  REQUIRE_FALSE(second.chosen.empty());
  const extract::TriggerWork joined = bench.read_first_trigger(second);
  REQUIRE(joined.round_investee);
  CHECK(joined.subject_role == Role::Investor);
  REQUIRE(joined.subject);
  CHECK(test::local_name(joined.subject->entity_key) == "tencent");
}

TEST_CASE("rounds: a round too many sentences back is not joined", "[extract][passes][rounds]") {
  test::PassBench bench("Mistral AI raised money. It grew. It hired. It moved. Nvidia led the round.", "en");
  const extract::SentenceWork opening = bench.sentence(0);
  bench.read_first_trigger(opening);
  const extract::SentenceWork last = bench.sentence(4);
  if (last.chosen.empty()) return;
  CHECK_FALSE(bench.read_first_trigger(last).round_investee);
}
