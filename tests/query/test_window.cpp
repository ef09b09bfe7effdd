// Time windows on deals (--since and --until of path, neighbors, subgraph and exposure).
#include <catch2/catch.hpp>

#include "dealgraph/query.hpp"

using namespace dealgraph;

namespace {

DateWindow window(const std::string& since, const std::string& until) {
  DateWindow w;
  w.since = since;
  w.until = until;
  return w;
}

// One article published on `published` ("" for none) stating one deal dated `dates`.
struct OneDeal {
  KnowledgeGraph graph{kDefaultBase};
  DealNode deal;
  OneDeal(const std::string& published, std::set<std::string> dates) {
    const std::string source = "x";
    ArticleNode& article = graph.mutable_articles()[graph.article_iri(source)];
    article.iri = graph.article_iri(source);
    article.source_id = source;
    if (!published.empty()) article.published = published;
    deal.iri = graph.base() + "deal/" + source;
    deal.dates = std::move(dates);
    deal.evidence.push_back(Evidence{source, "a deal", "en", 0, 6});
  }
};

}  // namespace

TEST_CASE("a date lies in a window when it may: a year or a month holds every day in it", "[query][window]") {
  CHECK(window("", "").open());
  CHECK(window("", "").holds("1999"));
  const DateWindow spring = window("2025-03", "2025-05-15");
  CHECK_FALSE(spring.open());
  CHECK(spring.holds("2025"));        // a year holds the window
  CHECK(spring.holds("2025-03"));
  CHECK(spring.holds("2025-05"));     // May holds the 1st to the 15th
  CHECK(spring.holds("2025-05-15"));  // both ends inclusive
  CHECK(spring.holds("2025-03-01"));
  CHECK_FALSE(spring.holds("2025-05-16"));
  CHECK_FALSE(spring.holds("2025-02-28"));
  CHECK_FALSE(spring.holds("2025-06"));
  CHECK_FALSE(spring.holds("2024"));
  CHECK(window("2024-12-31", "").holds("2025-01-01"));
  CHECK_FALSE(window("", "2024-12-31").holds("2025"));
  CHECK(window("", "2024-12-31").holds("2024-12"));
}

TEST_CASE("a deal lies in a window by its own dates, else by its articles' publication dates", "[query][window]") {
  const DateWindow y2025 = window("2025", "2025");
  // Its own date decides, whatever the article's date.
  const OneDeal dated("2026-01-05", {"2025-07"});
  CHECK(y2025.keeps(dated.graph, dated.deal));
  CHECK_FALSE(window("2026", "").keeps(dated.graph, dated.deal));
  // One date of several in the window is enough.
  const OneDeal two("", {"2023-01", "2025-11-30"});
  CHECK(y2025.keeps(two.graph, two.deal));
  CHECK_FALSE(window("2024", "2024").keeps(two.graph, two.deal));
  // Undated: the article's publication date.
  const OneDeal undated("2025-02-14", {});
  CHECK(y2025.keeps(undated.graph, undated.deal));
  CHECK_FALSE(window("", "2025-02-13").keeps(undated.graph, undated.deal));
  // Nothing dates it: kept without a window, left out by any window.
  const OneDeal timeless("", {});
  CHECK(window("", "").keeps(timeless.graph, timeless.deal));
  CHECK_FALSE(window("1900", "").keeps(timeless.graph, timeless.deal));
  CHECK_FALSE(window("", "2999").keeps(timeless.graph, timeless.deal));
}

TEST_CASE("a window in words names the ends that are set", "[query][window]") {
  CHECK(window("", "").in_words().empty());
  CHECK(window("2025-06", "").in_words() == " from 2025-06");
  CHECK(window("", "2025").in_words() == " until 2025");
  CHECK(window("2024", "2025-03-31").in_words() == " from 2024 until 2025-03-31");
}
