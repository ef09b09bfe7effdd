// Post sentences in Spanish, each with the posts a reader takes from it: titles before and after
// the name, in apposition, standing without their organisation, and words that are no post
// (see tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<PostRow> kPosts = {
    {"es", "El presidente de Telefónica, Marc Murtra, presentó el plan.", {"marc-murtra President telefonica"}},
    {"es", "Jensen Huang, fundador y consejero delegado de Nvidia, visitó Madrid.", {"jensen-huang CEO nvidia"}},
    {"es", "Sam Altman, director ejecutivo de OpenAI, habló en Madrid.", {"sam-altman CEO openai"}},
    {"es", "La directora financiera de Microsoft, Amy Hood, habló después.", {"amy-hood CFO microsoft"}},
    {"es", "Microsoft presentó sus cuentas. La directora financiera Amy Hood explicó el gasto.", {"amy-hood CFO microsoft"}},
    {"es", "Satya Nadella, el consejero delegado de Microsoft, llegó tarde.", {"satya-nadella CEO microsoft"}},
    {"es", "El cofundador de OpenAI, Sam Altman, llegó tarde.", {"sam-altman Founder openai"}},
    {"es", "Lisa Su, presidenta y consejera delegada de AMD, habló.", {"lisa-su President amd", "lisa-su CEO amd"}},
    // a head of government, and a vice president
    {"es", "Telefónica firmó. El presidente Pedro Sánchez recibió a Marc Murtra.", {}},
    {"es", "El vicepresidente de AMD, Lisa Su, habló.", {}},
    {"es", "OpenAI, fundada en 2015 por Sam Altman y otros, crece.", {"sam-altman Founder openai"}},
    {"es", "Jensen Huang, consejero delegado de Nvidia, y Lisa Su, de AMD, hablaron.", {"jensen-huang CEO nvidia"}},
};
// clang-format on

}  // namespace

TEST_CASE("post table es: posts read from the meaning of each sentence", "[extract][post-table][es]") {
  check_post_rows(kPosts);
}
