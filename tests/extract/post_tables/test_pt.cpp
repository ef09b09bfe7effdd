// Post sentences in Portuguese, each with the posts a reader takes from it: titles before and after
// the name, in apposition, standing without their organisation, and words that are no post
// (see tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<PostRow> kPosts = {
    {"pt", "O CEO da Nvidia, Jensen Huang, esteve em São Paulo.", {"jensen-huang CEO nvidia"}},
    {"pt", "Jensen Huang, fundador da Nvidia, esteve em São Paulo.", {"jensen-huang Founder nvidia"}},
    {"pt", "A presidente da Petrobras, Magda Chambriard, anunciou o plano.", {"magda-chambriard President petrobras"}},
    {"pt", "Sam Altman, diretor-executivo da OpenAI, falou em Brasília.", {"sam-altman CEO openai"}},
    {"pt", "A diretora financeira da Microsoft, Amy Hood, falou depois.", {"amy-hood CFO microsoft"}},
    {"pt", "A Microsoft divulgou seus resultados. A diretora financeira Amy Hood disse que a demanda cresceu.", {"amy-hood CFO microsoft"}},
    {"pt", "Satya Nadella, presidente do conselho e CEO da Microsoft, falou.", {"satya-nadella Chair microsoft", "satya-nadella CEO microsoft"}},
    {"pt", "O cofundador e CEO da OpenAI, Sam Altman, falou.", {"sam-altman CEO openai"}},
    // a head of state, and a vice president
    {"pt", "A Petrobras assinou. O presidente Luiz Inácio Lula da Silva recebeu Magda Chambriard.", {}},
    {"pt", "O vice-presidente da AMD, Lisa Su, falou.", {}},
    {"pt", "Marcos Galperin, fundador do Mercado Livre, falou.", {"marcos-galperin Founder mercado-libre"}},
};
// clang-format on

}  // namespace

TEST_CASE("post table pt: posts read from the meaning of each sentence", "[extract][post-table][pt]") {
  check_post_rows(kPosts);
}
