// Post sentences in Italian, each with the posts a reader takes from it: titles before and after
// the name, in apposition, standing without their organisation, and words that are no post
// (see tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<PostRow> kPosts = {
    {"it", "Jensen Huang, amministratore delegato di Nvidia, è arrivato a Milano.", {"jensen-huang CEO nvidia"}},
    {"it", "Il presidente di Oracle Larry Ellison ha parlato per primo.", {"larry-ellison Chair oracle"}},
    {"it", "Oracle ha chiuso il trimestre. L'amministratore delegato Safra Catz ha detto che i contratti crescono.", {"safra-catz CEO oracle"}},
    {"it", "L'ad di Microsoft Satya Nadella ha parlato a Roma.", {"satya-nadella CEO microsoft"}},
    {"it", "Sam Altman, il Ceo di OpenAI, ha parlato a Roma.", {"sam-altman CEO openai"}},
    {"it", "Il cofondatore di OpenAI Sam Altman ha parlato.", {"sam-altman Founder openai"}},
    {"it", "La direttrice finanziaria di Microsoft, Amy Hood, ha parlato.", {"amy-hood CFO microsoft"}},
    {"it", "Lisa Su, presidente e amministratrice delegata di AMD, ha parlato.", {"lisa-su Chair amd", "lisa-su CEO amd"}},
    {"it", "Jensen Huang, fondatore e amministratore delegato di Nvidia, ha parlato.", {"jensen-huang CEO nvidia"}},
    // the title's preposition makes the one word after it an organisation
    {"it", "Marco Bianchi, il Ceo di Q-Lab, ha parlato a Torino.", {"new:marco-bianchi CEO new:q-lab"}},
    // a head of state, and a vice president
    {"it", "Oracle ha firmato. Il presidente Sergio Mattarella ha ricevuto Safra Catz.", {}},
    {"it", "Il vicepresidente di AMD, Lisa Su, ha parlato.", {}},
    {"it", "Nvidia, fondata nel 1993 da Jensen Huang, domina il mercato.", {"jensen-huang Founder nvidia"}},
};
// clang-format on

}  // namespace

TEST_CASE("post table it: posts read from the meaning of each sentence", "[extract][post-table][it]") {
  check_post_rows(kPosts);
}
