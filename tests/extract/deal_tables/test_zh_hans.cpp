// Deal and post sentences in zh-Hans, each with what a reader takes from it (see
// tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<DealRow> kDeals = {
    {"zh-Hans", "英伟达宣布将向OpenAI投资1000亿美元，用于建设数据中心。",
     {"Investment investor=nvidia investee=openai"}, "100000000000 USD"},
    {"zh-Hans", "Anthropic获得谷歌20亿美元投资。",
     {"Investment investor=google investee=anthropic"}, "2000000000 USD", nullptr},
    {"zh-Hans", "月之暗面完成新一轮融资，由腾讯领投，阿里巴巴跟投。",
     {"Investment investor=tencent investee=moonshot-ai", "Investment investor=alibaba investee=moonshot-ai"}},
    {"zh-Hans", "摩尔线程完成新一轮融资。本轮融资由深创投领投。",
     {"Investment investor=shenzhen-capital-group investee=moore-threads"}, nullptr, nullptr},
    {"zh-Hans", "人工智能芯片企业燧原科技获得腾讯投资。",
     {"Investment investor=tencent investee=enflame"}, nullptr, nullptr},
    {"zh-Hans", "大基金向长鑫存储注资50亿元人民币。",
     {"Investment investor=china-big-fund investee=cxmt"}, "5000000000 CNY"},
    {"zh-Hans", "软银将持有OpenAI约11%的股份。",
     {"EquityStake investor=softbank investee=openai"}, nullptr, "11 percent"},
    {"zh-Hans", "英伟达持有CoreWeave约7%的股权。",
     {"EquityStake investor=nvidia investee=coreweave"}, nullptr, "7 percent"},
    {"zh-Hans", "阿里巴巴认购了智谱新发行的股份。",
     {"EquityStake investor=alibaba investee=zhipu-ai"}},
    {"zh-Hans", "超威半导体将向甲骨文供应5万颗MI450芯片。",
     {"SupplyAgreement supplier=amd customer=oracle"}, nullptr, "50000 chips"},
    {"zh-Hans", "腾讯向英伟达采购了大批H20芯片。",
     {"SupplyAgreement customer=tencent supplier=nvidia"}},
    {"zh-Hans", "字节跳动将从阿里云租用GPU算力。",
     {"SupplyAgreement customer=bytedance supplier=alibaba-cloud"}},
    {"zh-Hans", "Meta计划租用CoreWeave的1吉瓦算力。",
     {"SupplyAgreement customer=meta supplier=coreweave"}, nullptr, "1 GW"},
    {"zh-Hans", "OpenAI与甲骨文签署了一份价值3000亿美元的云计算合约。",
     {"CloudContract customer=openai supplier=oracle"}, "300000000000 USD"},
    {"zh-Hans", "字节跳动携手博通开发AI芯片。",
     {"Partnership partner=bytedance partner=broadcom"}},
    {"zh-Hans", "华为与中国移动宣布在算力网络领域展开战略合作。",
     {"Partnership partner=huawei partner=china-mobile"}, nullptr, nullptr},
    {"zh-Hans", "软银将为星际之门的贷款提供担保。",
     {"LoanGuarantee guarantor=softbank beneficiary=stargate"}},
    {"zh-Hans", "海光信息拟吸收合并中科曙光。",
     {"Acquisition acquirer=hygon target=sugon"}},
    {"zh-Hans", "芯片初创公司Rivos已被Meta收购。",
     {"Acquisition acquirer=meta target=rivos"}},
    {"zh-Hans", "安谋授权高通使用其芯片架构。",
     {"Licensing licensor=arm licensee=qualcomm"}},
};

const std::vector<PostRow> kPosts = {
    {"zh-Hans", "英伟达首席财务官科莱特·克雷斯表示，数据中心需求依然强劲。", {"colette-kress CFO nvidia"}},
    {"zh-Hans", "OpenAI首席执行官萨姆·奥特曼周四在旧金山表示。", {"sam-altman CEO openai"}},
    {"zh-Hans", "阿里巴巴集团董事长蔡崇信在会上发言。", {"joe-tsai Chair alibaba"}},
    {"zh-Hans", "月之暗面创始人杨植麟接受了媒体采访。", {"yang-zhilin Founder moonshot-ai"}},
    {"zh-Hans", "寒武纪董事长陈天石表示，公司将加大研发投入。", {"chen-tianshi Chair cambricon"}},
};
// clang-format on

}  // namespace

TEST_CASE("deal table zh-Hans: deals read from the meaning of each sentence", "[extract][deal-table][zh-Hans]") {
  check_deal_rows(kDeals);
}

TEST_CASE("deal table zh-Hans: posts read from the meaning of each sentence", "[extract][deal-table][zh-Hans]") {
  check_post_rows(kPosts);
}
