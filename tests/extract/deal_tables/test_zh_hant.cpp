// Deal and post sentences in zh-Hant, each with what a reader takes from it (see
// tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<DealRow> kDeals = {
    // A filing's "公司將持有" states what the deal it announced leaves the company with: no deal of its own;
    {"zh-Hant", "騰訊擬收購小米30%的股權。本次收購完成後，公司將持有小米100%的股權。", {"EquityStake investor=tencent investee=xiaomi"}, nullptr, "30 percent"},
    // a named holder still states a stake.
    {"zh-Hant", "交易完成後，騰訊將持有小米20%的股權。", {"EquityStake investor=tencent investee=xiaomi"}, nullptr, "20 percent"},
    // 項目投資 puts money into a project: an agreement on one is between its signers, no one investing in another.
    {"zh-Hant", "小米與吉利訂立項目投資協議。", {"Partnership partner=xiaomi partner=geely"}},
    {"zh-Hant", "小米與吉利訂立投資協議。", {"Investment investor=xiaomi investee=geely"}},
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
    // Mergers and acquisitions: active, passive (被/由), nominal (對X的收購), tender offers, sales.
    {"zh-Hant", "鴻海宣布以30億美元收購緯創。", {"Acquisition acquirer=foxconn target=wistron"}, "3000000000 USD"},
    {"zh-Hant", "日月光計劃併購聯電。", {"Acquisition acquirer=ase target=umc"}},
    {"zh-Hant", "聯電已被日月光併購。", {"Acquisition acquirer=ase target=umc"}},
    {"zh-Hant", "宏碁遭華碩收購。", {"Acquisition acquirer=asus target=acer"}},
    {"zh-Hant", "聯發科對美光的收購仍待監管機構批准。", {"Acquisition acquirer=mediatek target=micron"}},
    {"zh-Hant", "廣達擬要約收購緯創。", {"Acquisition acquirer=quanta-computer target=wistron"}},
    {"zh-Hant", "華碩取得宏碁的控股權。", {"Acquisition acquirer=asus target=acer"}},
    {"zh-Hant", "戴爾將宏碁出售給華碩。", {"Acquisition acquirer=asus target=acer"}},
    {"zh-Hant", "宏碁被出售給華碩。", {"Acquisition acquirer=asus target=acer"}},
    {"zh-Hant", "台積電吸收合併一家封測廠。", {}},
    {"zh-Hant", "緯創的收購價為每股50元。", {}},
    // Stakes bought, added to and given up.
    {"zh-Hant", "富邦增持台積電股份。", {"EquityStake investor=fubon investee=tsmc"}},
    {"zh-Hant", "鴻海入股夏普約66%的股份。", {"EquityStake investor=foxconn investee=sharp"}, nullptr, "66 percent", kGap},
    {"zh-Hant", "台積電認購英特爾新發行的股份。", {"EquityStake investor=tsmc investee=intel"}},
    {"zh-Hant", "軟銀已出售所持全部輝達股份。", {}},
    {"zh-Hant", "富邦減持聯發科股份。", {}},
    {"zh-Hant", "微軟持有OpenAI約27%的股權。", {"EquityStake investor=microsoft investee=openai"}, nullptr, "27 percent"},
    {"zh-Hant", "鴻海以50億元收購廣達10%的股權。", {"EquityStake investor=foxconn investee=quanta-computer"}, "5000000000 CNY", "10 percent"},
    // A share-transfer agreement with a company's holders: the subject takes the stake.
    {"zh-Hant", "華碩與宏碁的股東簽訂股份轉讓協議。", {"EquityStake investor=asus investee=acer"}},
    // Capital increases and strategic investments.
    {"zh-Hant", "大基金向長江存儲增資100億元人民幣。", {"Investment investor=china-big-fund investee=ymtc"}, "10000000000 CNY"},
    {"zh-Hant", "騰訊對月之暗面進行戰略投資。", {"Investment investor=tencent investee=moonshot-ai"}},
    {"zh-Hant", "智譜獲得騰訊的戰略投資。", {"Investment investor=tencent investee=zhipu-ai"}},
    {"zh-Hant", "寒武紀獲得大基金注資。", {"Investment investor=china-big-fund investee=cambricon"}},
    {"zh-Hant", "輝達向Nscale投資了5億美元。", {"Investment investor=nvidia investee=nscale"}, "500000000 USD"},
    {"zh-Hant", "軟銀與微軟共同投資OpenAI。", {"Investment investor=softbank investee=openai", "Investment investor=microsoft investee=openai"}, nullptr, nullptr, kGap},
    // 向 governs a name a descriptor introduces; a quoted name is no side.
    {"zh-Hant", "輝達向英國的雲端算力企業Nscale投資了5億美元，打造“星際之門”。", {"Investment investor=nvidia investee=nscale"}, "500000000 USD"},
    {"zh-Hant", "大基金向國內記憶體龍頭長江存儲注資。", {"Investment investor=china-big-fund investee=ymtc"}},
    // 其 after a counterpart marker stands for the name before it.
    {"zh-Hant", "輝達宣布入股英特爾，並將與其合作研發晶片。",
     {"EquityStake investor=nvidia investee=intel", "Partnership partner=nvidia partner=intel"}},
    // Words that look like deals and are not.
    {"zh-Hant", "輝達的投資者關注毛利率。", {}},
    {"zh-Hant", "蘋果的供應鏈正在分散到越南。", {}},
    {"zh-Hant", "台積電是蘋果最重要的合作夥伴。", {}},
    {"zh-Hant", "美光的投資報酬率下滑。", {}},
    {"zh-Hant", "匯豐等投資銀行看好聯發科。", {}},
    {"zh-Hant", "高通的供應商包括台積電。", {}},
    // Supply, partnership and licensing frames with 向/與/為.
    {"zh-Hant", "三星向輝達供應記憶體晶片。", {"SupplyAgreement supplier=samsung-electronics customer=nvidia"}},
    {"zh-Hant", "OpenAI承諾採購輝達系統。", {"SupplyAgreement customer=openai supplier=nvidia"}},
    {"zh-Hant", "華碩與宏碁成立合資公司。", {"Partnership partner=asus partner=acer"}},
    {"zh-Hant", "高通授權聯發科使用其專利。", {"Licensing licensor=qualcomm licensee=mediatek"}},
    {"zh-Hant", "博通將為OpenAI提供客製化晶片。", {"SupplyAgreement supplier=broadcom customer=openai"}},
    // Two deals between the same parties stay apart.
    {"zh-Hant", "騰訊向智譜投資5億美元。騰訊隨後又向智譜增資3億美元。",
     {"Investment investor=tencent investee=zhipu-ai", "Investment investor=tencent investee=zhipu-ai"}},
    {"zh-Hant", "輝達向OpenAI投資1000億美元，OpenAI向輝達採購晶片。",
     {"Investment investor=nvidia investee=openai", "SupplyAgreement customer=openai supplier=nvidia"}},
    // A headline states two facts side by side; Ampere after 收購 is the company.
    {"zh-Hant", "軟銀收購Ampere完成 輝達取得Groq技術授權\n\nAmpere Computing是一家伺服器晶片設計公司。",
     {"Acquisition acquirer=softbank target=ampere-computing", "Licensing licensee=nvidia licensor=groq"}},
    {"zh-Hant", "股市大跌\u3000台積電宣布收購一家設備廠", {}},
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
