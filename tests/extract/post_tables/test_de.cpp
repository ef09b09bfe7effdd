// Post sentences in German, each with the posts a reader takes from it: titles before and after
// the name, in apposition, standing without their organisation, and words that are no post
// (see tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<PostRow> kPosts = {
    {"de", "Nvidia-Chef Jensen Huang besuchte Berlin.", {"jensen-huang CEO nvidia"}},
    {"de", "Satya Nadella, Vorstandschef von Microsoft, sprach in München.", {"satya-nadella CEO microsoft"}},
    {"de", "Der Vorstandsvorsitzende von Intel, Pat Gelsinger, kündigte einen Umbau an.", {"pat-gelsinger CEO intel"}},
    {"de", "Nvidia-Gründer und -Chef Jensen Huang sprach zuerst.", {"jensen-huang CEO nvidia"}},
    {"de", "Lisa Su, die Chefin von AMD, sprach danach.", {"lisa-su CEO amd"}},
    {"de", "Microsoft hat am Dienstag neue Zahlen vorgelegt. Finanzchefin Amy Hood sagte, die Nachfrage sei hoch.", {"amy-hood CFO microsoft"}},
    {"de", "Microsoft-Chef Satya Nadella und Nvidia-Chef Jensen Huang traten gemeinsam auf.", {"satya-nadella CEO microsoft", "jensen-huang CEO nvidia"}},
    {"de", "Jensen Huang, Mitgründer von Nvidia, sprach über Chips.", {"jensen-huang Founder nvidia"}},
    // a compound of the company's name and a title
    {"de", "Siemens baut Stellen ab. Siemenschef Roland Busch verteidigte den Plan.", {"roland-busch CEO siemens"}},
    {"de", "Siemens baut Stellen ab. Küchenchef Roland Busch kochte.", {}},
    // no person after the title, and a title that is no post
    {"de", "Tim Cook sprach mit dem Chef von Intel.", {}},
    {"de", "Der Vizepräsident von AMD, Lisa Su, sprach.", {}},
};
// clang-format on

}  // namespace

TEST_CASE("post table de: posts read from the meaning of each sentence", "[extract][post-table][de]") {
  check_post_rows(kPosts);
}
