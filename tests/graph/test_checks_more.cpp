// The ownership and consistency checks of src/graph/checks_*.cpp on hand-built graphs: stakes
// over 100%, completion before announcement, unit slips between sources, exclusive posts held
// twice. Each section states a case that must fire or must not.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>

#include "dealgraph/export.hpp"
#include "dealgraph/graph.hpp"
#include "dealgraph/ontology.hpp"

using namespace dealgraph;

namespace {

const CheckRules& rules() {
  static const CheckRules loaded = CheckRules::load(Ontology(DEALGRAPH_SOURCE_ONTOLOGY).check_rules());
  return loaded;
}

// Articles, organisations, people, deals and posts, added one by one.
struct Scene {
  KnowledgeGraph graph{"http://t/"};

  void article(const std::string& id, const std::string& day) {
    ArticleNode& node = graph.mutable_articles()[graph.article_iri(id)];
    node.iri = graph.article_iri(id);
    node.source_id = id;
    if (!day.empty()) node.published = day;
  }
  std::string named(const std::string& name, EntityKind kind = EntityKind::Organization) {
    const std::string iri = graph.entity_iri(kind, name);
    EntityNode& node = graph.mutable_entities()[iri];
    node.iri = iri, node.kind = kind, node.pref_label = name;
    return iri;
  }
  DealNode& deal(const std::string& id, DealType type, std::vector<std::pair<Role, std::string>> parties) {
    DealNode& node = graph.mutable_deals()[graph.base() + "deal/" + id];
    node.iri = graph.base() + "deal/" + id, node.type = type;
    std::sort(parties.begin(), parties.end());
    node.parties = std::move(parties);
    return node;
  }
  // One deal between two organisations named here.
  DealNode& between(DealType type, Role first_role, const std::string& first, Role second_role, const std::string& second) {
    return deal("d", type, {{first_role, named(first)}, {second_role, named(second)}});
  }
  static Evidence said(const std::string& source, const std::string& text, std::size_t at = 0) {
    Evidence e;
    e.source_id = source, e.quote = text, e.language = "en", e.cp_begin = at, e.cp_end = at + text.size();
    return e;
  }
  // A claim of `deal`: its quote, with the status and date it states.
  static void claim(DealNode& deal, Evidence quote, const std::string& status, const std::string& date) {
    quote.claim_status = status, quote.claim_date = date;
    deal.statuses.insert(status);
    if (!date.empty()) deal.dates.insert(date);
    deal.evidence.push_back(std::move(quote));
  }
  static void percent(DealNode& deal, double value, const Evidence& quote, const std::string& qualifier = "") {
    ReportedQuantity q;
    q.quantity.value = Decimal{static_cast<std::int64_t>(value * 10), -1};
    q.quantity.unit = "percent", q.quantity.as_written = std::to_string(static_cast<int>(value)) + "%";
    q.quantity.qualifier = qualifier;
    q.evidence = quote;
    deal.quantities.push_back(q);
    deal.evidence.push_back(quote);
  }
  static void money(DealNode& deal, std::int64_t units, int exponent, const std::string& written, const Evidence& quote,
                    const std::string& currency = "USD") {
    ReportedAmount a;
    a.amount.value = Decimal{units, exponent}, a.amount.currency = currency, a.amount.as_written = written;
    a.evidence = quote;
    deal.amounts.push_back(a);
    deal.evidence.push_back(quote);
  }
  PostNode& post(const std::string& person, const std::string& organization, const std::string& title,
                 const std::string& written, const Evidence& quote) {
    const std::string iri = graph.base() + "position/" + person + "-" + organization + "-" + title;
    PostNode& node = graph.mutable_posts()[iri];
    node.iri = iri, node.holder = named(person, EntityKind::Person), node.organization = named(organization);
    node.title = title;
    node.titles_as_written.insert(written);
    node.evidence.push_back(quote);
    return node;
  }

  std::vector<Finding> found(const std::string& kind, const CheckRules& with = rules()) {
    graph.finish();
    std::vector<Finding> out;
    for (Finding& f : check_graph(graph, with))
      if (f.kind == kind) out.push_back(std::move(f));
    return out;
  }
};

bool says(const Finding& finding, const std::string& text) { return finding.message.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("stakes in one company over 100% at one date are errors quoting every stake", "[checks][stakes]") {
  Scene s;
  s.article("a", "2025-02-03");
  s.article("b", "2025-02-03");
  s.article("c", "2025-06-30");
  const std::string target = s.named("Quillon Mining"), oak = s.named("Oakfell Capital"), reed = s.named("Reedmoor");
  DealNode& first = s.deal("d1", DealType::EquityStake, {{Role::Investor, oak}, {Role::Investee, target}});
  DealNode& second = s.deal("d2", DealType::EquityStake, {{Role::Investor, reed}, {Role::Investee, target}});

  SECTION("60% and 50% in articles of one day") {
    Scene::percent(first, 60, Scene::said("a", "Oakfell Capital holds 60% of Quillon Mining."));
    Scene::percent(second, 50, Scene::said("b", "Reedmoor owns half of Quillon Mining, 50%."));
    const auto found = s.found("stakes-over-whole");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == "error");
    CHECK(says(found[0], "add up to 110% at 2025-02-03"));
    CHECK(says(found[0], "Oakfell Capital holds 60% of Quillon Mining."));
    CHECK(found[0].evidence.size() == 2);
    CHECK(found[0].involves.front() == target);
  }
  SECTION("a holder's successive stakes are not summed: its latest counts") {
    Scene::percent(first, 10, Scene::said("a", "Oakfell Capital bought 10% of Quillon Mining.", 0));
    Scene::percent(first, 30, Scene::said("a", "Oakfell Capital later raised its stake in Quillon Mining to 30%.", 100));
    Scene::percent(second, 65, Scene::said("a", "Reedmoor keeps 65% of Quillon Mining.", 200));
    CHECK(s.found("stakes-over-whole").empty());  // 30 + 65, not 10 + 30 + 65
  }
  SECTION("the latest stake of a holder may be the one that overflows") {
    Scene::percent(first, 10, Scene::said("a", "Oakfell Capital bought 10% of Quillon Mining.", 0));
    Scene::percent(first, 40, Scene::said("a", "Oakfell Capital later raised its stake in Quillon Mining to 40%.", 100));
    Scene::percent(second, 65, Scene::said("a", "Reedmoor keeps 65% of Quillon Mining.", 200));
    const auto found = s.found("stakes-over-whole");
    REQUIRE(found.size() == 1);
    CHECK(says(found[0], "105%"));
  }
  SECTION("stakes of different dates are not summed") {
    Scene::percent(first, 60, Scene::said("a", "Oakfell Capital holds 60% of Quillon Mining."));
    Scene::percent(second, 50, Scene::said("c", "Reedmoor now owns 50% of Quillon Mining."));
    CHECK(s.found("stakes-over-whole").empty());
  }
  SECTION("a date the claim states wins over the article's") {
    Evidence quote = Scene::said("c", "In 2019 Oakfell Capital held 60% of Quillon Mining.");
    quote.claim_date = "2019";
    Scene::percent(first, 60, quote);
    Scene::percent(second, 50, Scene::said("c", "Reedmoor owns 50% of Quillon Mining.", 300));
    CHECK(s.found("stakes-over-whole").empty());
  }
  SECTION("one holder told twice (named alike, or the same percentage under another name) counts once") {
    const std::string typo = s.named("Oakfel Capital"), ticker = s.named("OAKF");
    DealNode& misspelt = s.deal("d4", DealType::EquityStake, {{Role::Investor, typo}, {Role::Investee, target}});
    DealNode& by_ticker = s.deal("d5", DealType::EquityStake, {{Role::Investor, ticker}, {Role::Investee, target}});
    Scene::percent(first, 70, Scene::said("a", "Oakfell Capital holds 70% of Quillon Mining."));
    Scene::percent(misspelt, 75, Scene::said("b", "Oakfel Capital holds 75% of Quillon Mining."));
    Scene::percent(by_ticker, 70, Scene::said("b", "OAKF holds 70% of Quillon Mining.", 100));
    CHECK(s.found("stakes-over-whole").empty());
  }
  SECTION("a percentage far from the company's name is someone else's share") {
    Scene::percent(first, 60, Scene::said("a", "Oakfell Capital holds 60% of Quillon Mining."));
    Scene::percent(second, 70, Scene::said("b", "Quillon Mining sold its mill to Birchway, a unit of Tarn Holdings, which is 70% owned by Reedmoor."));
    CHECK(s.found("stakes-over-whole").empty());
  }
  SECTION("a stake offered or planned is not held") {
    Scene::percent(first, 60, Scene::said("a", "Oakfell Capital holds 60% of Quillon Mining."));
    Scene::percent(second, 80, Scene::said("b", "Reedmoor offers to buy 80% of Quillon Mining."));
    second.evidence.back().claim_status = "proposed";
    CHECK(s.found("stakes-over-whole").empty());
  }
  SECTION("two holders in one sentence, bounds and a lone holder do not count") {
    DealNode& joint =
        s.deal("d3", DealType::EquityStake, {{Role::Investor, oak}, {Role::Investor, reed}, {Role::Investee, target}});
    Scene::percent(joint, 70, Scene::said("a", "Oakfell Capital and Reedmoor together hold 70% of Quillon Mining."));
    Scene::percent(second, 60, Scene::said("a", "Reedmoor may buy up to 60% of Quillon Mining.", 100), "up to");
    Scene::percent(first, 95, Scene::said("a", "Oakfell Capital holds 95% of Quillon Mining.", 200));
    CHECK(s.found("stakes-over-whole").empty());
  }
}

TEST_CASE("a deal dated completed before it was announced is an error quoting both claims", "[checks][timing]") {
  Scene s;
  DealNode& deal = s.between(DealType::Acquisition, Role::Acquirer, "Halvard Foods", Role::Target, "Tessel Dairy");

  SECTION("completed in May 2023, announced in January 2024") {
    Scene::claim(deal, Scene::said("a", "Halvard Foods completed its purchase of Tessel Dairy in May 2023."), "completed", "2023-05");
    Scene::claim(deal, Scene::said("b", "Halvard Foods announced on 10 January 2024 that it will buy Tessel Dairy."), "announced",
                 "2024-01-10");
    const auto found = s.found("completed-before-announced");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == "error");
    CHECK(says(found[0], "completed on 2023-05"));
    CHECK(says(found[0], "announced on 2024-01-10"));
    REQUIRE(found[0].evidence.size() == 2);
    CHECK(found[0].evidence[0].source_id == "a");
    CHECK(found[0].evidence[1].source_id == "b");
  }
  SECTION("the claims' statuses and dates survive graph.ttl, and so does the finding") {
    s.article("a", "2024-06-02");
    s.article("b", "2024-01-11");
    s.named("Halvard Foods");
    Scene::claim(deal, Scene::said("a", "Halvard Foods closed the Tessel Dairy deal in May 2023."), "completed", "2023-05");
    Scene::claim(deal, Scene::said("b", "Halvard Foods will buy Tessel Dairy, it said on 10 January 2024."), "announced", "2024-01-10");
    s.graph.finish();
    const std::string path = (std::filesystem::temp_directory_path() / "dealgraph-claims-roundtrip.ttl").string();
    write_turtle(s.graph, path);
    const KnowledgeGraph loaded = load_graph_turtle(path);
    std::filesystem::remove(path);
    const DealNode& back = loaded.deals().at(deal.iri);
    REQUIRE(back.evidence.size() == 2);
    CHECK(back.evidence[0].claim_status == "completed");
    CHECK(back.evidence[0].claim_date == "2023-05");
    CHECK(back.evidence[1].claim_status == "announced");
    CHECK(back.evidence[1].claim_date == "2024-01-10");
    std::size_t found = 0;
    for (const Finding& f : check_graph(loaded, rules())) found += f.kind == "completed-before-announced";
    CHECK(found == 1);
  }
  SECTION("agreed after completion is as impossible") {
    Scene::claim(deal, Scene::said("a", "The takeover closed in 2022."), "completed", "2022");
    Scene::claim(deal, Scene::said("b", "The two agreed terms in March 2023."), "agreed", "2023-03");
    CHECK(s.found("completed-before-announced").size() == 1);
  }
  SECTION("dates equal at the precision both give do not contradict") {
    Scene::claim(deal, Scene::said("a", "The takeover closed in 2024."), "completed", "2024");
    Scene::claim(deal, Scene::said("b", "It was announced in March 2024."), "announced", "2024-03");
    CHECK(s.found("completed-before-announced").empty());
  }
  SECTION("completion after announcement, or claims without dates, are fine") {
    Scene::claim(deal, Scene::said("a", "It was announced in 2023."), "announced", "2023");
    Scene::claim(deal, Scene::said("b", "It closed in February 2024."), "completed", "2024-02");
    Scene::claim(deal, Scene::said("c", "It closed."), "completed", "");
    CHECK(s.found("completed-before-announced").empty());
  }
}

TEST_CASE("amounts of two sources 10, 100 or 1000 times apart are a unit slip, reported once", "[checks][slips]") {
  Scene s;
  DealNode& deal = s.between(DealType::Investment, Role::Investor, "Varden Chips", Role::Investee, "Lumo Labs");

  SECTION("1000亿美元 against 1000 mil milhões de dólares: factor 10, no conflicting-amounts besides") {
    Scene::money(deal, 1000, 8, "1000亿美元", Scene::said("zh", "瓦登芯片将投资1000亿美元。"));
    Scene::money(deal, 1, 12, "1000 mil milhões de dólares", Scene::said("pt", "A Varden vai investir 1000 mil milhões de dólares."));
    const auto found = s.found("amount-unit-slip");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == "error");
    CHECK(says(found[0], "factor of 10,"));
    CHECK(says(found[0], "hundred billion for trillion"));
    CHECK(says(found[0], "千亿 for 万亿"));
    CHECK(found[0].evidence.size() == 2);
    CHECK(s.found("conflicting-amounts").empty());
  }
  SECTION("$1.2 billion against $1.2 million: factor 1000, million for billion") {
    Scene::money(deal, 12, 8, "$1.2 billion", Scene::said("a", "Varden Chips puts $1.2 billion into Lumo Labs."));
    Scene::money(deal, 12, 5, "$1.2 million", Scene::said("b", "Varden Chips puts $1.2 million into Lumo Labs."));
    const auto found = s.found("amount-unit-slip");
    REQUIRE(found.size() == 1);
    CHECK(says(found[0], "factor of 1000"));
    CHECK(says(found[0], "million for billion"));
  }
  SECTION("a third figure that fits neither keeps its conflict, the slip is still told") {
    Scene::money(deal, 12, 8, "$1.2 billion", Scene::said("a", "Varden Chips puts $1.2 billion into Lumo Labs."));
    Scene::money(deal, 12, 5, "$1.2 million", Scene::said("b", "Varden Chips puts $1.2 million into Lumo Labs."));
    Scene::money(deal, 5, 8, "$500 million", Scene::said("c", "Varden Chips puts $500 million into Lumo Labs."));
    CHECK(s.found("amount-unit-slip").size() == 1);
    CHECK(s.found("conflicting-amounts").size() == 1);
  }
  SECTION("one article's figures are tranches; 3 times is no slip; other currencies are not compared") {
    Scene::money(deal, 1, 7, "$10 million", Scene::said("a", "A first $10 million now.", 0));
    Scene::money(deal, 1, 8, "$100 million", Scene::said("a", "Up to $100 million in all.", 50));
    Scene::money(deal, 3, 7, "$30 million", Scene::said("b", "Lumo Labs gets $30 million."));
    Scene::money(deal, 1, 9, "10亿元", Scene::said("c", "投资10亿元。"), "CNY");
    CHECK(s.found("amount-unit-slip").empty());
  }
}

TEST_CASE("one person in an exclusive post at two companies at once is a warning", "[checks][posts]") {
  Scene s;
  s.article("a", "2025-04-01");
  s.article("b", "2025-04-01");
  s.article("c", "2025-09-15");

  SECTION("CEO of two companies in one article") {
    s.post("Mira Okonjo", "Tallow Systems", "CEO", "chief executive", Scene::said("a", "Tallow Systems chief executive Mira Okonjo said."));
    s.post("Mira Okonjo", "Brisk Freight", "CEO", "CEO", Scene::said("a", "Brisk Freight CEO Mira Okonjo signed.", 100));
    const auto found = s.found("exclusive-post-twice");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == "warning");
    CHECK(says(found[0], "Mira Okonjo is CEO of both"));
    CHECK(says(found[0], "in one article"));
    CHECK(found[0].evidence.size() == 2);
  }
  SECTION("two articles of one day") {
    s.post("Mira Okonjo", "Tallow Systems", "CEO", "CEO", Scene::said("a", "Tallow Systems CEO Mira Okonjo said."));
    s.post("Mira Okonjo", "Brisk Freight", "CEO", "CEO", Scene::said("b", "Brisk Freight CEO Mira Okonjo signed."));
    CHECK(s.found("exclusive-post-twice").size() == 1);
  }
  SECTION("articles of different days may tell a move from one to the other") {
    s.post("Mira Okonjo", "Tallow Systems", "CEO", "CEO", Scene::said("a", "Tallow Systems CEO Mira Okonjo said."));
    s.post("Mira Okonjo", "Brisk Freight", "CEO", "CEO", Scene::said("c", "Brisk Freight CEO Mira Okonjo signed."));
    CHECK(s.found("exclusive-post-twice").empty());
  }
  SECTION("an interim or former title is no lasting hold, in any language") {
    s.post("Mira Okonjo", "Tallow Systems", "CEO", "CEO", Scene::said("a", "Tallow Systems' former CEO Mira Okonjo said."));
    s.post("Mira Okonjo", "Brisk Freight", "CEO", "CEO", Scene::said("a", "Brisk Freight CEO Mira Okonjo signed.", 100));
    s.post("Jon Arvid", "Tallow Systems", "CEO", "Vorstandschef", Scene::said("a", "der kommissarische Vorstandschef Jon Arvid", 200));
    s.post("Jon Arvid", "Brisk Freight", "CEO", "CEO", Scene::said("a", "Brisk Freight CEO Jon Arvid", 300));
    s.post("Li Wen", "Tallow Systems", "CEO", "首席执行官", Scene::said("a", "塔洛系统前首席执行官李文", 400));
    s.post("Li Wen", "Brisk Freight", "CEO", "CEO", Scene::said("a", "Brisk Freight CEO Li Wen", 500));
    CHECK(s.found("exclusive-post-twice").empty());
  }
  SECTION("a parent and its subsidiary named alike are taken for one group") {
    s.post("Mira Okonjo", "Tallow Group", "CEO", "CEO", Scene::said("a", "Tallow Group CEO Mira Okonjo said."));
    s.post("Mira Okonjo", "Tallow Cloud", "CEO", "CEO", Scene::said("a", "Tallow Cloud CEO Mira Okonjo signed.", 100));
    CHECK(s.found("exclusive-post-twice").empty());
  }
  SECTION("posts that are not exclusive, and checks without the rules file, do not fire") {
    s.post("Mira Okonjo", "Tallow Systems", "Chair", "chair", Scene::said("a", "Tallow Systems chair Mira Okonjo said."));
    s.post("Mira Okonjo", "Brisk Freight", "Chair", "chair", Scene::said("a", "Brisk Freight chair Mira Okonjo signed.", 100));
    s.post("Jon Arvid", "Tallow Systems", "CEO", "CEO", Scene::said("a", "Tallow Systems CEO Jon Arvid", 200));
    s.post("Jon Arvid", "Brisk Freight", "CEO", "CEO", Scene::said("a", "Brisk Freight CEO Jon Arvid", 300));
    CHECK(s.found("exclusive-post-twice", CheckRules{}).empty());
    CHECK(s.found("exclusive-post-twice").size() == 1);  // Jon Arvid's, not the chairs'
  }
}

TEST_CASE("the checks' rules file names its exclusive titles and scales", "[checks][rules]") {
  CHECK(rules().exclusive_titles.count("CEO") == 1);
  CHECK(rules().exclusive_titles.count("Chair") == 0);
  CHECK(rules().scale_names.at(9).at("en") == "billion");
  CHECK(rules().scale_names.at(8).at("zh") == "亿");
  CHECK(std::find(rules().passing_title_words.begin(), rules().passing_title_words.end(), "interim") !=
        rules().passing_title_words.end());
}
