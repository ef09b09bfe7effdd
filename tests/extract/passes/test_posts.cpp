#include <catch2/catch.hpp>

#include "extract/passes/posts.hpp"
#include "harness.hpp"

using namespace dealgraph;

namespace {

// The posts pass's claims as "holder title organisation".
std::vector<std::string> posts_of(const std::string& text, const std::string& language) {
  static const extract::PostFinder finder(test::ontology().post_rules());
  test::PassBench bench(text, language);
  extract::find_posts(finder, bench.work());
  std::vector<std::string> out;
  for (const PostClaim& post : bench.work().facts.posts)
    out.push_back(test::local_name(post.holder_key) + " " + post.title + " " + test::local_name(post.organization_key));
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("posts pass: a title between or beside a person and an organisation gives a claim", "[extract][passes][posts]") {
  CHECK(posts_of("Microsoft CEO Satya Nadella spoke on Monday.", "en") == V{"satya-nadella CEO microsoft"});
  CHECK(posts_of("Jensen Huang, fundador da Nvidia, falou ontem.", "pt") == V{"jensen-huang Founder nvidia"});
  CHECK(posts_of("El consejero delegado de Nvidia, Jensen Huang, habló.", "es") == V{"jensen-huang CEO nvidia"});
}

TEST_CASE("posts: each title of a group is a post, and the sentence is the evidence", "[extract][passes][posts]") {
  CHECK(posts_of("腾讯董事长兼首席执行官马化腾表示，需求强劲。", "zh-Hans") == V{"pony-ma Chair tencent", "pony-ma CEO tencent"});
  test::PassBench bench("Microsoft-Chef Satya Nadella sprach.", "de");
  static const extract::PostFinder finder(test::ontology().post_rules());
  extract::find_posts(finder, bench.work());
  REQUIRE(bench.work().facts.posts.size() == 1);
  CHECK(bench.work().facts.posts[0].evidence.quote == "Microsoft-Chef Satya Nadella sprach.");
  CHECK(bench.work().facts.posts[0].title_as_written == "Chef");
}
