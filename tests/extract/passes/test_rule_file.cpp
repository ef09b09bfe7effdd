#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/passes/deal_rules.hpp"
#include "harness.hpp"

using namespace dealgraph;

namespace {

constexpr const char* kPrefixes =
    "@prefix dg: <https://w3id.org/dealgraph#> .\n"
    "@prefix dgr: <https://w3id.org/dealgraph/rules/> .\n";

// The message of the KnowledgeError that loading `turtle` as deal rules throws.
std::string load_error(const std::string& turtle) {
  try {
    extract::DealRules::load(extract::RuleFile(kPrefixes + turtle, "bad.ttl"));
  } catch (const KnowledgeError& error) {
    return error.what();
  }
  return "no error";
}

std::string shipped_deal_rules() {
  std::ifstream in(test::ontology().deal_rules().front());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("a rule value of the wrong kind is an error that says where the entry is", "[extract][passes][rules]") {
  SECTION("a priority that is not a whole number") {
    CHECK(load_error("dgr:lend a dg:DealTrigger ; dg:dealType dg:Investment ;\n"
                     "    dg:subjectRole dg:investor ; dg:objectRole dg:investee ; dg:priority \"abc\" .\n") ==
          "bad.ttl:3:1: https://w3id.org/dealgraph/rules/lend dg:priority is not a whole number: \"abc\"");
    CHECK(load_error("dgr:talks a dg:StatusCue ; dg:status \"in-talks\" ; dg:priority \"5x\" .\n")
              .rfind("bad.ttl:3:1: ", 0) == 0);
  }
  SECTION("a flag that is not a boolean") {
    CHECK(load_error("\n\ndgr:get a dg:DealTrigger ; dg:dealType dg:Investment ; dg:subjectRole dg:investee ;\n"
                     "    dg:objectRole dg:investor ; dg:swapsOnReceipt \"maybe\" .\n") ==
          "bad.ttl:5:1: https://w3id.org/dealgraph/rules/get dg:swapsOnReceipt is not a boolean: \"maybe\"");
    CHECK(load_error("dgr:x a dg:DealTrigger ; dg:dealType dg:Partnership ; dg:subjectRole dg:partner ;\n"
                     "    dg:objectRole dg:partner ; dg:generic \"yes\" .\n")
              .find("dg:generic is not a boolean") != std::string::npos);
  }
  SECTION("an unknown deal type or role, or a missing role") {
    CHECK(load_error("dgr:x a dg:DealTrigger ; dg:dealType dg:Merger ; dg:subjectRole dg:partner ; dg:objectRole dg:partner .\n")
              .find("bad.ttl:3:1: https://w3id.org/dealgraph/rules/x dg:dealType names an unknown deal type") == 0);
    CHECK(load_error("dgr:x a dg:DealTrigger ; dg:dealType dg:Investment ; dg:subjectRole dg:lender ; dg:objectRole dg:investee .\n")
              .find("dg:subjectRole names an unknown role") != std::string::npos);
    CHECK(load_error("dgr:x a dg:DealTrigger ; dg:dealType dg:Investment ; dg:subjectRole dg:investor .\n")
              .find("has no dg:objectRole") != std::string::npos);
    CHECK(load_error("dgr:x a dg:DealTrigger ; dg:dealType dg:Investment ; dg:subjectRole dg:investor ;\n"
                     "    dg:objectRole dg:investee ; dg:typeOtherwise dg:Friendship .\n")
              .find("dg:typeOtherwise names an unknown deal type") != std::string::npos);
  }
  SECTION("good values load: true, 1, +3") {
    CHECK(load_error("dgr:x a dg:DealTrigger ; dg:dealType dg:Investment ; dg:subjectRole dg:investor ;\n"
                     "    dg:objectRole dg:investee ; dg:priority +3 ; dg:generic 1 ; dg:namesRaiser true .\n") == "no error");
  }
}

TEST_CASE("the extractor names the rules file, line and column of a bad flag", "[extract][passes][rules]") {
  // The shipped rules with one flag spoiled, in a file of their own.
  std::string rules = shipped_deal_rules();
  const std::string flag = "dg:acquiresWhenDirect true";
  const std::size_t at = rules.find(flag);
  REQUIRE(at != std::string::npos);
  rules.replace(at, flag.size(), "dg:acquiresWhenDirect \"often\"");
  const auto path = std::filesystem::temp_directory_path() / "dealgraph-test-bad-deals.ttl";
  std::ofstream(path) << rules;
  KnowledgeFiles files = KnowledgeFiles::in(test::ontology(), {});
  files.deal_rules = {path.string()};
  try {
    Extractor extractor(files);
    FAIL("the spoiled rules loaded");
  } catch (const KnowledgeError& error) {
    const std::string message = error.what();
    INFO(message);
    CHECK(message.rfind(path.string() + ":", 0) == 0);
    CHECK(message.find("dg:acquiresWhenDirect is not a boolean: \"often\"") != std::string::npos);
    // FILE:LINE:COL, where the trigger's entry begins.
    const std::string where = message.substr(path.string().size() + 1, message.find(": ") - path.string().size() - 1);
    CHECK(where.find(':') != std::string::npos);
  }
  std::filesystem::remove(path);
}

TEST_CASE("a corporate suffix's dg:legal must be a boolean", "[extract][passes][rules]") {
  const auto path = std::filesystem::temp_directory_path() / "dealgraph-test-bad-discovery.ttl";
  std::ofstream(path) << kPrefixes << "dgr:suffixes a dg:CorporateSuffix ; dg:legal \"sometimes\" ; dg:surface \"Inc.\" .\n";
  CHECK_THROWS_WITH(extract::EntityDiscovery(path.string(), test::ontology().post_rules()),
                    Catch::StartsWith(path.string() + ":3:1: ") && Catch::Contains("dg:legal is not a boolean"));
  std::filesystem::remove(path);
}

TEST_CASE("a rule set kept in several files reads as one and names the file of a bad value",
          "[extract][passes][rules]") {
  const auto folder = std::filesystem::temp_directory_path() / "dealgraph-test-split-rules";
  std::filesystem::create_directories(folder);
  const auto first = folder / "a.ttl", second = folder / "b.ttl";
  std::ofstream(first) << kPrefixes << "dgr:x a dg:DealTrigger ; dg:dealType dg:Investment ;\n"
                       << "    dg:subjectRole dg:investor ; dg:objectRole dg:investee .\n";
  std::ofstream(second) << kPrefixes << "# more words for the same trigger\n"
                        << "dgr:x dg:surface \"invests in\"@en ; dg:priority \"high\" .\n";
  const extract::RuleFile rules(std::vector<std::string>{first.string(), second.string()});
  CHECK(rules.subjects("DealTrigger").size() == 1);
  CHECK(rules.all(rules.subjects("DealTrigger").front(), "surface").size() == 1);
  CHECK_THROWS_WITH(extract::DealRules::load(rules),
                    Catch::StartsWith(second.string() + ":4:1: ") && Catch::Contains("dg:priority is not a whole number"));
  std::filesystem::remove_all(folder);
}
