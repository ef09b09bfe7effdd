// Post sentences in French, each with the posts a reader takes from it: titles before and after
// the name, in apposition, standing without their organisation, and words that are no post
// (see tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<PostRow> kPosts = {
    {"fr", "Le PDG d'Orange, Christel Heydemann, a présenté le plan.", {"christel-heydemann CEO orange"}},
    {"fr", "Satya Nadella, le PDG de Microsoft, était à Paris.", {"satya-nadella CEO microsoft"}},
    {"fr", "Arthur Mensch, cofondateur et directeur général de Mistral AI, a répondu.", {"arthur-mensch CEO mistral-ai"}},
    {"fr", "Le directeur général de Nvidia, Jensen Huang, a parlé longtemps.", {"jensen-huang CEO nvidia"}},
    {"fr", "Jensen Huang, fondateur de Nvidia, a parlé longtemps.", {"jensen-huang Founder nvidia"}},
    {"fr", "Microsoft a publié ses comptes. La directrice financière Amy Hood a confirmé la hausse.", {"amy-hood CFO microsoft"}},
    {"fr", "Le président et chef de la direction de Nvidia, Jensen Huang, a parlé.", {"jensen-huang President nvidia", "jensen-huang CEO nvidia"}},
    // a head of state is no post of the article's company
    {"fr", "Orange a signé. Le président Emmanuel Macron a reçu Christel Heydemann.", {}},
    {"fr", "Patrick Pouyanné, PDG de TotalEnergies, a commenté les résultats.", {"patrick-pouyanne CEO totalenergies"}},
    {"fr", "Orange a annoncé un accord. Christel Heydemann, directrice générale de la société, s'est félicitée.", {"christel-heydemann CEO orange"}},
    {"fr", "Le vice-président de Nvidia, Jensen Huang, a parlé.", {}},
    {"fr", "Fondée en 1993 par Jensen Huang, Nvidia domine le marché des puces.", {"jensen-huang Founder nvidia"}},
};
// clang-format on

}  // namespace

TEST_CASE("post table fr: posts read from the meaning of each sentence", "[extract][post-table][fr]") {
  check_post_rows(kPosts);
}
