// Post sentences in Japanese, each with the posts a reader takes from it: titles before and after
// the name, in apposition, standing without their organisation, and words that are no post
// (see tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<PostRow> kPosts = {
    {"ja", "トヨタ自動車は新工場を発表した。豊田章男会長は記者会見で説明した。", {"new:豊田章男 Chair toyota"}},
    {"ja", "KDDIは決算を発表した。高橋誠社長は記者会見で説明した。", {"new:高橋誠 CEO kddi"}},
    {"ja", "三菱商事の中西勝也社長は記者会見で説明した。", {"new:中西勝也 CEO mitsubishi-corp"}},
    {"ja", "トヨタ自動車の創業者、豊田喜一郎氏は自動車の夢を描いた。", {"new:豊田喜一郎 Founder toyota"}},
    {"ja", "トヨタ自動車は新工場を発表した。現会長の豊田章男氏が説明した。", {"new:豊田章男 Chair toyota"}},
    {"ja", "三菱商事の最高経営責任者、中西勝也氏は説明した。", {"new:中西勝也 CEO mitsubishi-corp"}},
    {"ja", "KDDIの最高財務責任者、高橋誠氏は説明した。", {"new:高橋誠 CFO kddi"}},
    {"ja", "KDDIは決算を発表した。同社の高橋誠社長は記者会見で説明した。", {"new:高橋誠 CEO kddi"}},
    // katakana names are not read yet
    {"ja", "エヌビディアのジェンスン・フアンCEOは需要が強いと述べた。", {"jensen-huang CEO nvidia"}, kGap},
    // no title word: a head of government
    {"ja", "首相の石破茂氏は記者会見で説明した。", {}},
    {"ja", "トヨタ自動車は新工場を発表した。副社長の中西勝也氏が説明した。", {}},
};
// clang-format on

}  // namespace

TEST_CASE("post table ja: posts read from the meaning of each sentence", "[extract][post-table][ja]") {
  check_post_rows(kPosts);
}
