// Post sentences in Chinese, each with the posts a reader takes from it: titles before and after
// the name, in apposition, standing without their organisation, and words that are no post
// (see tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<PostRow> kPosts = {
    {"zh-Hans", "英伟达首席执行官黄仁勋表示需求强劲。", {"jensen-huang CEO nvidia"}},
    {"zh-Hans", "微软董事长兼首席执行官萨提亚·纳德拉出席了会议。", {"satya-nadella Chair microsoft", "satya-nadella CEO microsoft"}},
    {"zh-Hans", "英伟达创始人黄仁勋出席了会议。", {"jensen-huang Founder nvidia"}},
    {"zh-Hans", "英伟达创始人兼首席执行官黄仁勋出席了会议。", {"jensen-huang CEO nvidia"}},
    {"zh-Hans", "腾讯董事会主席马化腾表示，需求强劲。", {"pony-ma Chair tencent"}},
    {"zh-Hans", "英伟达公布了财报。该公司首席财务官科莱特·克雷斯表示收入增长。", {"colette-kress CFO nvidia"}},
    {"zh-Hans", "微软首席财务官艾米·胡德表示，支出将增加。", {"amy-hood CFO microsoft"}},
    {"zh-Hans", "谷歌首席执行官桑达尔·皮查伊与英伟达创始人黄仁勋会面。", {"sundar-pichai CEO google", "jensen-huang Founder nvidia"}},
    // a head of state is no post
    {"zh-Hans", "美国总统特朗普会见了黄仁勋。", {}},
    {"zh-Hant", "輝達執行長黃仁勳表示需求強勁。", {"jensen-huang CEO nvidia"}},
    {"zh-Hant", "輝達創辦人黃仁勳出席了會議。", {"jensen-huang Founder nvidia"}},
};
// clang-format on

}  // namespace

TEST_CASE("post table zh: posts read from the meaning of each sentence", "[extract][post-table][zh]") {
  check_post_rows(kPosts);
}
