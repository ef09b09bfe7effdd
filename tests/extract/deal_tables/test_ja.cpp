// Deal sentences in Japanese, each with what a reader takes from it (see
// tests/support/deal_table.hpp). Japanese marks each name's part with the particle after it.
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<DealRow> kDeals = {
    // Investment: XはYに出資 / 投資, the amount before or after the object.
    {"ja", "ソフトバンクグループはOpenAIに400億ドルを出資した。", {"Investment investor=softbank investee=openai"}, "40000000000 USD"},
    {"ja", "マイクロソフトは5億円をOpenAIに追加出資することで合意した。", {"Investment investor=microsoft investee=openai"}, "500000000 JPY"},
    {"ja", "エヌビディアがOpenAIに投資する。", {"Investment investor=nvidia investee=openai"}},
    {"ja", "コマツはパナソニックに対し300億円を出資する方針だ。", {"Investment investor=komatsu investee=panasonic"}, "30000000000 JPY"},
    {"ja", "エヌビディア、最大1000億ドルをOpenAIに投資", {"Investment investor=nvidia investee=openai"}, "100000000000 USD"},
    {"ja", "OpenAIはマイクロソフトから出資を受けた。", {"Investment investor=microsoft investee=openai"}},
    {"ja", "キオクシアは三井物産から100億円の出資を受ける。", {"Investment investor=mitsui investee=kioxia"}},
    {"ja", "楽天はソニーから資金を調達した。", {"Investment investor=sony investee=rakuten"}},
    {"ja", "ソニーは富士通に増資を実施した。", {"Investment investor=sony investee=fujitsu"}},
    // Names joined by と share their side.
    {"ja", "コマツとソニーは楽天に共同出資する。", {"Investment investor=komatsu investee=rakuten", "Investment investor=sony investee=rakuten"}},
    {"ja", "ソニーは楽天とコマツに出資した。", {"Investment investor=sony investee=rakuten", "Investment investor=sony investee=komatsu"}},
    // Acquisition: active, passive, nominal, tender offer.
    {"ja", "東芝はルネサスを買収すると発表した。", {"Acquisition acquirer=toshiba target=renesas"}},
    {"ja", "ルネサスが東芝を買収した。", {"Acquisition acquirer=renesas target=toshiba"}},
    {"ja", "オムロンはキヤノンに買収された。", {"Acquisition acquirer=canon-inc target=omron"}},
    {"ja", "オムロンはキヤノンによって買収された。", {"Acquisition acquirer=canon-inc target=omron"}},
    {"ja", "キヤノンによるオムロンの買収が完了した。", {"Acquisition acquirer=canon-inc target=omron"}},
    {"ja", "伊藤忠はオムロンに対しTOBを実施する。", {"Acquisition acquirer=itochu target=omron"}},
    {"ja", "ホンダは日産を子会社化した。", {"Acquisition acquirer=honda-motor target=nissan"}},
    {"ja", "日産はホンダの完全子会社化を検討している。", {"Acquisition acquirer=nissan target=honda-motor"}, nullptr, nullptr, kGap},
    {"ja", "三井物産はオムロンを吸収合併する。", {"Acquisition acquirer=mitsui target=omron"}},
    // Stakes.
    {"ja", "コマツはパナソニックの株式を取得した。", {"EquityStake investor=komatsu investee=panasonic"}},
    {"ja", "三井物産はキオクシアの株式を保有している。", {"EquityStake investor=mitsui investee=kioxia"}},
    {"ja", "ソニーは任天堂の株式の10%を保有する。", {"EquityStake investor=sony investee=nintendo"}, nullptr, "10 percent"},
    {"ja", "伊藤忠はオムロンの筆頭株主だ。", {"EquityStake investor=itochu investee=omron"}},
    // Partnership: XとYが提携, XはYと提携.
    {"ja", "コマツとパナソニックが提携した。", {"Partnership partner=komatsu partner=panasonic"}},
    {"ja", "ソニーはホンダと業務提携を結んだ。", {"Partnership partner=sony partner=honda-motor"}},
    {"ja", "ソニーと富士通は共同開発で合意した。", {"Partnership partner=sony partner=fujitsu"}},
    {"ja", "エヌビディアとOpenAIの戦略的提携", {"Partnership partner=nvidia partner=openai"}},
    {"ja", "ソニーは楽天と協業する。", {"Partnership partner=sony partner=rakuten"}},
    // Supply: XはYにZを供給, XはYからZを調達.
    {"ja", "サムスンはエヌビディアにメモリを供給する。", {"SupplyAgreement supplier=samsung-electronics customer=nvidia"}},
    {"ja", "OpenAIはエヌビディアからGPUを調達する。", {"SupplyAgreement customer=openai supplier=nvidia"}},
    {"ja", "ソニーはルネサスから半導体を購入した。", {"SupplyAgreement customer=sony supplier=renesas"}},
    {"ja", "キオクシアはアップルにフラッシュメモリを納入している。", {"SupplyAgreement supplier=kioxia customer=apple"}},
    // A company or business changing hands: 取得 from a seller, 売却 and 譲渡 to a buyer.
    {"ja", "日産は三井物産(東京都千代田区)から自動車事業を取得する。", {"Acquisition acquirer=nissan target=mitsui"}},
    {"ja", "ソニーは楽天を富士通に売却した。", {"Acquisition acquirer=fujitsu target=rakuten"}},
    {"ja", "ソニーは富士通に楽天を売却した。", {"Acquisition acquirer=fujitsu target=rakuten"}},
    {"ja", "ソニーは楽天の全株式をコマツに譲渡する。", {"Acquisition acquirer=komatsu target=rakuten"}},
    // What is sold may stand in a clause before the buyer's, and a 。 inside brackets ends no
    // sentence.
    {"ja", "ソニーは、子会社の楽天(東京都。従業員300人)の全株式を、富士通に譲渡することを決めた。", {"Acquisition acquirer=fujitsu target=rakuten"}},
    {"ja", "ホンダは日産の事業を買い取る。", {"Acquisition acquirer=honda-motor target=nissan"}},
    // A maker's name before what it makes and を: the maker supplies it.
    {"ja", "OpenAIは5ギガワット規模のエヌビディアシステムを導入する。", {"SupplyAgreement customer=openai supplier=nvidia"}, nullptr, "5 GW"},
    {"ja", "ソニーはルネサスの半導体を購入した。", {"SupplyAgreement customer=sony supplier=renesas"}},
    // Licensing and guarantees.
    {"ja", "インテルはソニーにライセンス供与した。", {"Licensing licensor=intel licensee=sony"}},
    // Words that look like deals and are not.
    {"ja", "エヌビディアの投資家は決算に注目している。", {}},
    {"ja", "コマツの供給網は回復した。", {}},
    {"ja", "アップルの提携先にはソニーが含まれる。", {}},
    {"ja", "ソニーの買収額は明らかにされていない。", {}},
    {"ja", "任天堂は新しいゲーム機を発表した。", {}},
    // Two deals between the same parties stay apart.
    {"ja", "ソフトバンクグループはOpenAIに100億ドルを出資した。ソフトバンクグループはOpenAIに300億ドルを追加出資した。",
     {"Investment investor=softbank investee=openai", "Investment investor=softbank investee=openai"}},
    {"ja", "エヌビディアはOpenAIに出資し、OpenAIはエヌビディアからGPUを調達する。",
     {"Investment investor=nvidia investee=openai", "SupplyAgreement customer=openai supplier=nvidia"}},
    // More frames: に対して, へ, と共同で, によって, nominal の, headlines with 、.
    {"ja", "ソニーはキオクシアに対して200億円を投資した。", {"Investment investor=sony investee=kioxia"}, "20000000000 JPY"},
    {"ja", "楽天への出資をソニーが決めた。", {"Investment investor=sony investee=rakuten"}, nullptr, nullptr, kGap},
    {"ja", "ソニーによる楽天への出資が完了した。", {"Investment investor=sony investee=rakuten"}},
    {"ja", "日産はホンダによって買収される見通しだ。", {"Acquisition acquirer=honda-motor target=nissan"}},
    {"ja", "ルネサスは東芝に子会社化された。", {"Acquisition acquirer=toshiba target=renesas"}},
    {"ja", "伊藤忠、オムロンを買収", {"Acquisition acquirer=itochu target=omron"}},
    {"ja", "三井物産、キオクシアに500億円出資", {"Investment investor=mitsui investee=kioxia"}, "50000000000 JPY"},
    {"ja", "パナソニックはコマツと共同で電池を開発する。", {"Partnership partner=panasonic partner=komatsu"}},
    {"ja", "ソニーは楽天と資本業務提携した。", {"Partnership partner=sony partner=rakuten"}},
    {"ja", "エヌビディアはOpenAIとパートナーシップを結んだ。", {"Partnership partner=nvidia partner=openai"}},
    {"ja", "OpenAIはマイクロソフトからクラウド容量を購入する。", {"SupplyAgreement customer=openai supplier=microsoft"}},
    {"ja", "オラクルはOpenAIにクラウド契約を提供する。", {"CloudContract supplier=oracle customer=openai"}},
    {"ja", "楽天は三井物産から1000億円の資金を調達した。", {"Investment investor=mitsui investee=rakuten"}, "100000000000 JPY"},
    {"ja", "エヌビディアは10ギガワット分のシステムをOpenAIに供給する。", {"SupplyAgreement supplier=nvidia customer=openai"}, nullptr, "10 GW"},
    {"ja", "ホンダは日産の株式の20%を取得した。", {"EquityStake investor=honda-motor investee=nissan"}, nullptr, "20 percent", kGap},
    // Words that look like deals and are not.
    {"ja", "ソニーの投資家向け説明会が開かれた。", {}},
    {"ja", "コマツは供給網の見直しを進める。", {}},
    {"ja", "エヌビディアの決算は市場予想を上回った。", {}},
    {"ja", "キオクシアは新工場の建設を発表した。", {}},
    // Two deals between the same parties stay apart.
    {"ja", "キヤノンは2000年にオムロンに出資し、17年には子会社化した。", {"Acquisition acquirer=canon-inc target=omron"}},
    {"ja", "コマツはパナソニックに出資した。パナソニックはコマツに電池を供給する。",
     {"Investment investor=komatsu investee=panasonic", "SupplyAgreement supplier=panasonic customer=komatsu"}},
    {"ja", "ソニーは楽天に100億円を出資した。ソニーは楽天に200億円を追加出資した。",
     {"Investment investor=sony investee=rakuten", "Investment investor=sony investee=rakuten"}},
};
// clang-format on

}  // namespace

TEST_CASE("deal table ja: deals read from the meaning of each sentence", "[extract][deal-table][ja]") {
  check_deal_rows(kDeals);
}
