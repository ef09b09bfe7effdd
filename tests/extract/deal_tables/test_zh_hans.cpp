// Deal and post sentences in zh-Hans, each with what a reader takes from it (see
// tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<DealRow> kDeals = {
    // A filing's "公司将持有" states what the deal it announced leaves the company with: no deal of its own;
    {"zh-Hans", "腾讯拟收购小米30%的股权。本次收购完成后，公司将持有小米100%的股权。", {"EquityStake investor=tencent investee=xiaomi"}, nullptr, "30 percent"},
    // a named holder still states a stake.
    {"zh-Hans", "交易完成后，腾讯将持有小米20%的股权。", {"EquityStake investor=tencent investee=xiaomi"}, nullptr, "20 percent"},
    // 项目投资 puts money into a project: an agreement on one is between its signers, no one investing in another.
    {"zh-Hans", "小米与吉利订立项目投资协议。", {"Partnership partner=xiaomi partner=geely"}},
    {"zh-Hans", "小米与吉利订立投资协议。", {"Investment investor=xiaomi investee=geely"}},
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
    // Mergers and acquisitions: active, passive (被/由), nominal (对X的收购), tender offers.
    {"zh-Hans", "腾讯宣布以80亿元收购搜狗。", {"Acquisition acquirer=tencent target=new:搜狗"}, "8000000000 CNY", nullptr, kGap},
    {"zh-Hans", "百度以21亿美元全资收购了91无线。", {"Acquisition acquirer=baidu target=new:91无线"}, "2100000000 USD", nullptr, kGap},
    {"zh-Hans", "中芯国际拟并购一家晶圆代工厂。", {}},
    {"zh-Hans", "比亚迪计划要约收购吉利。", {"Acquisition acquirer=byd target=geely"}},
    {"zh-Hans", "吉利已被比亚迪收购。", {"Acquisition acquirer=byd target=geely"}},
    {"zh-Hans", "海光信息被中科曙光并购。", {"Acquisition acquirer=sugon target=hygon"}},
    {"zh-Hans", "京东对美团的收购尚未获得批准。", {"Acquisition acquirer=jd-com target=meituan"}},
    {"zh-Hans", "小米取得了蔚来的控股权。", {"Acquisition acquirer=xiaomi target=nio-inc"}},
    {"zh-Hans", "华虹将中芯国际的一家工厂收入囊中。", {}},
    {"zh-Hans", "亚马逊将戴尔出售给惠普。", {"Acquisition acquirer=hp-inc target=dell"}},
    {"zh-Hans", "戴尔被出售给惠普。", {"Acquisition acquirer=hp-inc target=dell"}},
    {"zh-Hans", "苹果与谷歌合并的传闻再度出现。", {"Acquisition acquirer=apple target=google"}},
    {"zh-Hans", "商汤收购价为每股5元。", {}},
    // Stakes bought, added to and given up.
    {"zh-Hans", "汇金公司增持工商银行股份。", {"EquityStake investor=central-huijin investee=icbc"}},
    {"zh-Hans", "汇金公司在二级市场增持工商银行1000万股。", {"EquityStake investor=central-huijin investee=icbc"}},
    {"zh-Hans", "宁德时代战略入股长江存储。", {"EquityStake investor=catl investee=ymtc"}},
    {"zh-Hans", "阿里巴巴入股智谱，持股比例约10%。", {"EquityStake investor=alibaba investee=zhipu-ai"}},
    {"zh-Hans", "阿里巴巴入股智谱约10%的股份。", {"EquityStake investor=alibaba investee=zhipu-ai"}, nullptr, "10 percent"},
    {"zh-Hans", "腾讯减持京东股份。", {}},
    {"zh-Hans", "台积电出售所持联发科全部股份。", {}},
    {"zh-Hans", "小米以5亿元收购比亚迪20%的股权。", {"EquityStake investor=xiaomi investee=byd"}, "500000000 CNY", "20 percent"},
    {"zh-Hans", "汇金公司买入建设银行股份。", {"EquityStake investor=central-huijin investee=ccb"}},
    // A list of objects, each with its figure, joined by 、 and 和.
    {"zh-Hans", "汇金公司增持工商银行500万股、建设银行300万股和中行200万股。",
     {"EquityStake investor=central-huijin investee=icbc", "EquityStake investor=central-huijin investee=ccb",
      "EquityStake investor=central-huijin investee=bank-of-china"}},
    {"zh-Hans", "大基金向长江存储、长鑫存储各注资50亿元。",
     {"Investment investor=china-big-fund investee=ymtc", "Investment investor=china-big-fund investee=cxmt"}},
    {"zh-Hans", "今年一季度汇金公司又在二级市场增持工商银行5032万股。", {"EquityStake investor=central-huijin investee=icbc"}},
    {"zh-Hans", "大基金将向长江存储、长鑫存储和中芯国际投资。",
     {"Investment investor=china-big-fund investee=ymtc", "Investment investor=china-big-fund investee=cxmt",
      "Investment investor=china-big-fund investee=smic"}},
    {"zh-Hans", "英伟达将对OpenAI进行股权投资。", {"Investment investor=nvidia investee=openai"}},
    // Capital increases and strategic investments.
    {"zh-Hans", "大基金向长江存储增资100亿元。", {"Investment investor=china-big-fund investee=ymtc"}, "10000000000 CNY"},
    {"zh-Hans", "阿里巴巴对月之暗面进行战略投资。", {"Investment investor=alibaba investee=moonshot-ai"}},
    {"zh-Hans", "壁仞获得腾讯的战略投资。", {"Investment investor=tencent investee=biren"}},
    {"zh-Hans", "沐曦由百度注资10亿元。", {"Investment investor=baidu investee=metax"}, "1000000000 CNY", nullptr},
    {"zh-Hans", "商汤与百度共同投资壁仞。", {"Investment investor=sensetime investee=biren", "Investment investor=baidu investee=biren"}, nullptr, nullptr, kGap},
    {"zh-Hans", "腾讯发布财报后，阿里巴巴宣布向其投资。", {"Investment investor=alibaba investee=tencent"}},
    // An agreement whose content another deal word states is that deal; alone it is a partnership.
    {"zh-Hans", "若腾讯与京东达成合作协议，腾讯计划向京东投资10亿美元。", {"Investment investor=tencent investee=jd-com"}},
    {"zh-Hans", "华为与中国移动签署了战略合作协议。", {"Partnership partner=huawei partner=china-mobile"}},
    // Words that look like deals and are not.
    {"zh-Hans", "英伟达的投资者对财报反应平淡。", {}},
    {"zh-Hans", "苹果的供应链正在向印度转移。", {}},
    {"zh-Hans", "台积电是英伟达最重要的合作伙伴之一。", {}},
    {"zh-Hans", "华为的投资回报率持续下降。", {}},
    {"zh-Hans", "高盛等投资银行看好中芯国际。", {}},
    {"zh-Hans", "特斯拉的供应商名单包括宁德时代。", {}},
    // Supply, partnership and licensing frames with 向/与/为.
    {"zh-Hans", "台积电为苹果代工芯片。", {}, nullptr, nullptr},
    {"zh-Hans", "三星向英伟达供应HBM芯片。", {"SupplyAgreement supplier=samsung-electronics customer=nvidia"}},
    {"zh-Hans", "百度与吉利成立合资公司。", {"Partnership partner=baidu partner=geely"}},
    {"zh-Hans", "OpenAI向微软采购算力。", {"SupplyAgreement customer=openai supplier=microsoft"}},
    {"zh-Hans", "OpenAI承诺采购英伟达系统。", {"SupplyAgreement customer=openai supplier=nvidia"}},
    {"zh-Hans", "百度与吉利签署了总额10亿元的销售合同。", {"SupplyAgreement supplier=baidu customer=geely"}, "1000000000 CNY"},
    {"zh-Hans", "吉利将依据合同获取百度的计算能力服务。", {"CloudContract customer=geely supplier=baidu"}},
    // Two deals between the same parties stay apart.
    {"zh-Hans", "腾讯向京东投资5亿美元。腾讯随后又向京东增资3亿美元。",
     {"Investment investor=tencent investee=jd-com", "Investment investor=tencent investee=jd-com"}},
    {"zh-Hans", "英伟达向OpenAI投资1000亿美元，OpenAI向英伟达采购芯片。",
     {"Investment investor=nvidia investee=openai", "SupplyAgreement customer=openai supplier=nvidia"}},
    // What is bought from its holder: 收购X持有的Y股权 (X sells), with an aside after X.
    {"zh-Hans", "华为拟收购腾讯持有的百度39%的股权。", {"EquityStake investor=huawei investee=baidu"}, nullptr, "39 percent"},
    {"zh-Hans", "华为拟收购腾讯(简称“鹅厂”)持有的百度39%的股权。", {"EquityStake investor=huawei investee=baidu"}, nullptr, "39 percent"},
    // 公司拟 stands for the company the article is about.
    {"zh-Hans", "寒武纪发布公告。公司拟以5亿元收购沐曦。", {"Acquisition acquirer=cambricon target=metax"}, "500000000 CNY"},
    // Each holder of a joint venture holds its own share: the second is no object of the first.
    {"zh-Hans", "百度与吉利共同设立新公司，其中百度持股65%，吉利持股35%。", {"Partnership partner=baidu partner=geely"}},
    // A headline states two facts side by side.
    {"zh-Hans", "软银收购Ampere完成 英伟达取得Groq技术授权\n\nAmpere Computing是一家服务器芯片设计公司。",
     {"Acquisition acquirer=softbank target=ampere-computing", "Licensing licensee=nvidia licensor=groq"}},
    // Alone, Ampere after 收购 is a company bought, not Nvidia's chip.
    {"zh-Hans", "软银收购Ampere。", {"Acquisition acquirer=softbank target=new:ampere"}},
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
