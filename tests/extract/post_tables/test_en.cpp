// Post sentences in English, each with the posts a reader takes from it: titles before and after
// the name, in apposition, standing without their organisation, and words that are no post
// (see tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<PostRow> kPosts = {
    {"en", "Nvidia chief executive Jensen Huang opened the conference.", {"jensen-huang CEO nvidia"}},
    {"en", "Lisa Su, chief executive of AMD, met investors in Austin.", {"lisa-su CEO amd"}},
    {"en", "Satya Nadella, Microsoft's chairman and chief executive, spoke first.", {"satya-nadella Chair microsoft", "satya-nadella CEO microsoft"}},
    {"en", "Microsoft reported higher cloud sales. Chief Financial Officer Amy Hood said spending would rise.", {"amy-hood CFO microsoft"}},
    {"en", "Sam Altman, co-founder and chief executive of OpenAI, arrived in Tokyo.", {"sam-altman CEO openai"}},
    {"en", "Colette Kress, EVP and CFO, Nvidia, answered the questions.", {"colette-kress CFO nvidia"}},
    // a longer title that is no post, and a vice president
    {"en", "Intel chief architect Pat Gelsinger gave a talk.", {}},
    {"en", "AMD vice president Lisa Su gave a talk.", {}},
    {"en", "Intel boss Pat Gelsinger left the company.", {"pat-gelsinger CEO intel"}},
    // the head of a central bank is not its chief executive
    {"en", "Fed chief Jerome Powell spoke on Friday.", {}},
    // the organisation is the title's, not a list neighbour's
    {"en", "Microsoft and OpenAI signed the deal, said Sam Altman, chief executive of OpenAI.", {"sam-altman CEO openai"}},
    {"en", "Tim Cook met Jensen Huang, chief executive of Nvidia.", {"jensen-huang CEO nvidia"}},
    // a company's president in lower case stands alone; a head of state's is capitalised or
    // belongs to a country
    {"en", "Apple sold a unit to its staff. Terms were not disclosed, but president Tim Cook said the sale was small.", {"tim-cook President apple"}},
    {"en", "Apple opened a store. President Joe Biden visited it on Friday.", {}},
    {"en", "Apple opened a store. The country is run by its president Joe Biden.", {}},
    // a founding verb and its agent
    {"en", "Nvidia, founded in 1993 by Jensen Huang, now sells most AI chips.", {"jensen-huang Founder nvidia"}},
    {"en", "Nvidia sells chips designed by Jensen Huang and his team.", {}},
    // a person named by the surname alone after the full name
    {"en", "Seymour Castellan, a Chicago business executive, bought shares of Apple. Castellan, chairman of Lakeview Foods Inc, said he may buy more.",
     {"new:seymour-castellan Chair new:lakeview-foods"}},
    // a title alone, with no organisation the article is about yet
    {"en", "Chief executive Tim Cook spoke on Monday.", {}},
    {"en", "Google said it would spend more. The company's chief executive Sundar Pichai announced the plan.", {"sundar-pichai CEO google"}},
};
// clang-format on

}  // namespace

TEST_CASE("post table en: posts read from the meaning of each sentence", "[extract][post-table][en]") {
  check_post_rows(kPosts);
}
