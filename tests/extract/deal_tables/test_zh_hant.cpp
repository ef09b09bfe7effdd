// Deal and post sentences in zh-Hant, each with what a reader takes from it (see
// tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<DealRow> kDeals = {
    {"zh-Hant", "輝達宣布將對英特爾投資50億美元。",
     {"Investment investor=nvidia investee=intel"}, "5000000000 USD"},
    {"zh-Hant", "Anthropic獲得亞馬遜40億美元投資。",
     {"Investment investor=amazon investee=anthropic"}, "4000000000 USD", nullptr},
    {"zh-Hant", "壁仞科技完成新一輪融資，由國家集成電路產業投資基金領投。",
     {"Investment investor=china-big-fund investee=biren"}},
    {"zh-Hant", "國發基金將向力積電注資新台幣50億元。",
     {"Investment investor=taiwan-national-development-fund investee=psmc"}, "5000000000 TWD"},
    {"zh-Hant", "美國商務部將持有英特爾約10%股權。",
     {"EquityStake investor=us-commerce-department investee=intel"}, nullptr, "10 percent"},
    {"zh-Hant", "軟銀持有安謀約90%的股份。",
     {"EquityStake investor=softbank investee=arm"}, nullptr, "90 percent"},
    {"zh-Hant", "台積電將向蘋果供應2奈米晶片。",
     {"SupplyAgreement supplier=tsmc customer=apple"}},
    {"zh-Hant", "輝達將向Humain供應1.8萬顆GB300晶片。",
     {"SupplyAgreement supplier=nvidia customer=humain"}, nullptr, "18000 chips"},
    {"zh-Hant", "阿里巴巴向寒武紀採購了大批AI晶片。",
     {"SupplyAgreement customer=alibaba supplier=cambricon"}},
    {"zh-Hant", "Meta將租用谷歌的TPU算力。",
     {"SupplyAgreement customer=meta supplier=google"}},
    {"zh-Hant", "OpenAI與微軟簽署了雲端運算合約。",
     {"CloudContract customer=openai supplier=microsoft"}},
    {"zh-Hant", "雲端服務商CoreWeave與OpenAI簽署價值119億美元的合約。",
     {"CloudContract supplier=coreweave customer=openai"}, "11900000000 USD", nullptr},
    {"zh-Hant", "鴻海與輝達合作興建AI超級電腦中心。",
     {"Partnership partner=foxconn partner=nvidia"}},
    {"zh-Hant", "廣達和緯創攜手爭取AI伺服器訂單。",
     {"Partnership partner=quanta-computer partner=wistron"}},
    {"zh-Hant", "中華電信與輝達結盟，打造主權AI雲端。",
     {"Partnership partner=chunghwa-telecom partner=nvidia"}},
    {"zh-Hant", "軟銀將為OpenAI的貸款提供擔保。",
     {"LoanGuarantee guarantor=softbank beneficiary=openai"}},
    {"zh-Hant", "英特爾擬收購AI晶片新創SambaNova。",
     {"Acquisition acquirer=intel target=sambanova"}},
    {"zh-Hant", "Ampere Computing已被軟銀集團以65億美元收購。",
     {"Acquisition acquirer=softbank target=ampere-computing"}, "6500000000 USD"},
    {"zh-Hant", "海光取得超微的x86架構授權。",
     {"Licensing licensee=hygon licensor=amd"}},
};

const std::vector<PostRow> kPosts = {
    {"zh-Hant", "台積電董事長魏哲家表示，AI需求非常強勁。", {"c-c-wei Chair tsmc"}},
    {"zh-Hant", "輝達執行長黃仁勳今日抵台。", {"jensen-huang CEO nvidia"}},
    {"zh-Hant", "超微執行長蘇姿丰出席論壇。", {"lisa-su CEO amd"}},
    {"zh-Hant", "鴻海董事長劉揚偉指出，AI伺服器營收將倍增。", {"young-liu Chair foxconn"}},
    {"zh-Hant", "聯發科董事長蔡明介在股東會上致詞。", {"ming-kai-tsai Chair mediatek"}},
};
// clang-format on

}  // namespace

TEST_CASE("deal table zh-Hant: deals read from the meaning of each sentence", "[extract][deal-table][zh-Hant]") {
  check_deal_rows(kDeals);
}

TEST_CASE("deal table zh-Hant: posts read from the meaning of each sentence", "[extract][deal-table][zh-Hant]") {
  check_post_rows(kPosts);
}
