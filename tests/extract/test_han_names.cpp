#include <catch2/catch.hpp>

#include <algorithm>

#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

// The discovered names of `text`, as "Kind:label".
std::vector<std::string> discovered(const std::string& text, const std::string& language) {
  std::vector<std::string> out;
  for (const DiscoveredEntity& e : test::facts_of(text, language).discovered)
    out.push_back(std::string(to_string(e.kind)) + ":" + e.label);
  return out;
}

bool has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// A sentence, its language, a name that must be found ("" for none) and one that must not be.
struct Case {
  const char* text;
  const char* language;
  const char* found;
  const char* not_found;
};

void check(const Case& c) {
  INFO(c.text);
  const auto names = discovered(c.text, c.language);
  std::string all;
  for (const auto& name : names) all += name + " ";
  INFO("found: " << all);
  if (*c.found) CHECK(has(names, c.found));
  if (*c.not_found) CHECK_FALSE(has(names, c.not_found));
}

}  // namespace

TEST_CASE("Chinese and Japanese organisations end in a head word and start at a word", "[extract][han]") {
  const Case cases[] = {
      {"深圳市星河算力科技有限公司宣布完成新一轮融资。", "zh-Hans", "Organization:深圳市星河算力科技有限公司", ""},
      {"公司于12日起诉鸿远科技有限公司侵权。", "zh-Hans", "Organization:鸿远科技有限公司", "Organization:起诉鸿远科技有限公司"},
      {"据悉，杭州云栈数据集团计划明年上市。", "zh-Hans", "Organization:杭州云栈数据集团", ""},
      {"浙江青峰银行与多家企业签约。", "zh-Hans", "Organization:浙江青峰银行", ""},
      {"华澜证券发布报告称需求强劲。", "zh-Hans", "Organization:华澜证券", ""},
      {"他们收购了南岭保险的部分股权。", "zh-Hans", "Organization:南岭保险", "Organization:收购了南岭保险"},
      {"江苏省人民政府与企业签署协议。", "zh-Hans", "Organization:江苏省人民政府", ""},
      {"成都武侯区政府发布了通知。", "zh-Hans", "Organization:成都武侯区政府", ""},
      {"各级政府应加强监管。", "zh-Hans", "", "Organization:各级政府"},
      {"清源人工智能研究院发布了大模型。", "zh-Hans", "Organization:清源人工智能研究院", ""},
      {"今年星河证券营收增长三成。", "zh-Hans", "Organization:星河证券", "Organization:今年星河证券"},
      {"外资银行纷纷撤出该市场。", "zh-Hans", "", "Organization:外资银行"},
      {"该集团表示将继续投资。", "zh-Hans", "", "Organization:该集团"},
      {"大型基金正在减仓。", "zh-Hans", "", "Organization:大型基金"},
      {"一些顶尖大学开设了芯片课程。", "zh-Hans", "", "Organization:顶尖大学"},
      {"而且每家银行的利率不同。", "zh-Hans", "", "Organization:而且每家银行"},
      {"用人单位应为员工办理工伤保险。", "zh-Hans", "", "Organization:办理工伤保险"},
      {"杭州云栈数据集团计划明年上市。", "zh-Hans", "Organization:杭州云栈数据集团", ""},
      {"一家科技公司获得了投资。", "zh-Hans", "", "Organization:科技公司"},
      {"南京市玄武区人民法院审理了此案。", "zh-Hans", "Organization:南京市玄武区人民法院", ""},
      {"据悉，云栈科技将扩建数据中心。", "zh-Hans", "Organization:云栈科技", "Organization:据悉，云栈科技"},
      {"价格低于汇远银行的报价。", "zh-Hans", "", "Organization:低于汇远银行"},
      {"她所在银行没有回应。", "zh-Hans", "", "Organization:她所在银行"},
      {"主席董事會表示同意。", "zh-Hant", "", "Person:董事會"},
      {"该公司的股价上涨。", "zh-Hans", "", "Organization:该公司"},
      {"台北市宏碩電子集團宣布擴產。", "zh-Hant", "Organization:台北市宏碩電子集團", ""},
      {"臺中地方法院審理此案。", "zh-Hant", "Organization:臺中地方法院", ""},
      {"新竹晶輝科技股份有限公司今日上市。", "zh-Hant", "Organization:新竹晶輝科技股份有限公司", ""},
      {"香港恒昇銀行表示將裁員。", "zh-Hant", "Organization:香港恒昇銀行", ""},
      {"他們收購了元富證券的股份。", "zh-Hant", "Organization:元富證券", "Organization:收購了元富證券"},
      {"外資銀行紛紛撤出。", "zh-Hant", "", "Organization:外資銀行"},
      {"東京星雲電機株式会社は新工場を建設する。", "ja", "Organization:東京星雲電機株式会社", ""},
      {"昨年、大和精密製作所が新型装置を発表した。", "ja", "Organization:大和精密製作所", ""},
      {"北洋信託銀行は融資を決めた。", "ja", "Organization:北洋信託銀行", ""},
      {"ソラリスホールディングスは買収を発表した。", "ja", "Organization:ソラリスホールディングス", ""},
      {"アオバグループの売上高が増えた。", "ja", "Organization:アオバグループ", ""},
      {"北斗商事は新会社を設立した。", "ja", "Organization:北斗商事", ""},
      {"株式会社ミナトは新工場を建設する。", "ja", "Organization:ミナト", ""},
      {"高砂自動車が新型車を発表した。", "ja", "Organization:高砂自動車", ""},
      {"控股子公司四川明翔环保科技有限公司签约。", "zh-Hans", "Organization:四川明翔环保科技有限公司", ""},
      // After a known bank's name its legal form names no company of its own.
      {"甲方与兴业银行股份有限公司杭州分行签署了借款协议。", "zh-Hans", "", "Organization:股份有限公司"},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("Chinese and Japanese people are a family name beside a cue", "[extract][han]") {
  const Case cases[] = {
      {"记者王建国报道，市场回暖。", "zh-Hans", "Person:王建国", ""},
      {"分析师李晓峰认为，芯片需求仍将增长。", "zh-Hans", "Person:李晓峰", ""},
      {"对此，陈思远表示公司将扩大产能。", "zh-Hans", "Person:陈思远", ""},
      {"欧阳明辉称，交易已经完成。", "zh-Hans", "Person:欧阳明辉", ""},
      {"星河科技董事长赵立新指出，需求旺盛。", "zh-Hans", "Person:赵立新", ""},
      {"公司方面表示不予置评。", "zh-Hans", "", "Person:方面"},
      {"该公司表示将继续扩产。", "zh-Hans", "", "Person:公司"},
      {"记者刘妍说，销量回升。", "zh-Hans", "Person:刘妍", "Person:刘妍说"},
      {"研究员关注的是成本。", "zh-Hans", "", "Person:关注"},
      {"何先生表示，他已报警。", "zh-Hans", "", "Person:何先生"},
      {"经济学家许小年表示，增速放缓。", "zh-Hans", "Person:许小年", "Person:许小"},
      {"新华社记者郑浩然摄", "zh-Hans", "Person:郑浩然", "Person:郑浩然摄"},
      {"有关人士表示交易仍在谈判。", "zh-Hans", "", "Person:关人士"},
      {"董事长表示，需求旺盛。", "zh-Hans", "", "Person:表示"},
      {"記者張志強報導，市場回暖。", "zh-Hant", "Person:張志強", ""},
      {"分析師劉美玲認為，需求強勁。", "zh-Hant", "Person:劉美玲", ""},
      {"對此，黃國華表示公司將擴產。", "zh-Hant", "Person:黃國華", ""},
      {"ソラリスの山田太郎社長は記者会見で説明した。", "ja", "Person:山田太郎", ""},
      {"鈴木一郎氏が新社長に就任した。", "ja", "Person:鈴木一郎", ""},
      {"佐藤花子さんは語った。", "ja", "Person:佐藤花子", ""},
      {"決算は好調だった。小林和也社長は増配を表明した。", "ja", "Person:小林和也", ""},
      {"ミナト・ケア・コーポレーションは介護事業を拡大する。", "ja", "Organization:ミナト・ケア・コーポレーション", ""},
      {"同社社長は説明した。", "ja", "", "Person:同社"},
      {"首席执行官周晓光表示，订单充足。", "zh-Hans", "Person:周晓光", ""},
      {"首席执行官表示，订单充足。", "zh-Hans", "", "Person:表示"},
      {"董事长兼首席执行官约翰・史密斯表示。", "zh-Hans", "Person:约翰・史密斯", "Person:兼首席执行官约翰・史密斯"},
      {"電気自動車の販売が伸びた。", "ja", "", "Organization:電気自動車"},
      {"原镇长孟庆山在会上发言。", "zh-Hans", "Person:孟庆山", ""},
      {"高级咨询师孙丽琴提出了三点建议。", "zh-Hans", "Person:孙丽琴", ""},
      {"經濟增長速度放緩。", "zh-Hant", "", "Person:速度"},
      {"校長許文彬在典禮上致詞。", "zh-Hant", "Person:許文彬", ""},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("A public office's name is a place and an office", "[extract][han]") {
  const Case cases[] = {
      {"南宁市公安局交警支队发布了通告。", "zh-Hans", "Organization:南宁市公安局交警支队", ""},
      {"据悉，浙江省商务厅将出台新规。", "zh-Hans", "Organization:浙江省商务厅", ""},
      {"青岛市发改委批准了该项目。", "zh-Hans", "Organization:青岛市发改委", ""},
      {"厦门中院于昨日开庭。", "zh-Hans", "Organization:厦门中院", ""},
      {"据悉，海关总署福建分署发布了通知。", "zh-Hans", "Organization:海关总署福建分署", ""},
      {"據悉，海關總署福建分署發布了通知。", "zh-Hant", "Organization:海關總署福建分署", ""},
      {"公安部江苏总队参与了调查。", "zh-Hans", "Organization:公安部江苏总队", ""},
      {"广州市生态环境局执法支队开展检查。", "zh-Hans", "Organization:广州市生态环境局执法支队", ""},
      {"江西省委召开会议。", "zh-Hans", "Organization:江西省委", ""},
      {"日本经济产业省与德国联邦经济部达成协议。", "zh-Hans", "Organization:德国联邦经济部", ""},
      {"该局表示将加强监管。", "zh-Hans", "", "Organization:该局"},
      {"公司销售部负责此事。", "zh-Hans", "", "Organization:公司销售部"},
      {"市场格局正在改变。", "zh-Hans", "", "Organization:市场格局"},
      {"欧洲东南部遭遇暴雨。", "zh-Hans", "", "Organization:欧洲东南部"},
      {"越南北部遭遇暴雨。", "zh-Hans", "", "Organization:越南北部"},
      {"美国东南部遭遇飓风。", "zh-Hans", "", "Organization:美国东南部"},
      {"东北财经大学发布报告。", "zh-Hans", "Organization:东北财经大学", "Organization:财经大学"},
      {"项目资金全部到位。", "zh-Hans", "", "Organization:项目资金全部"},
      {"外事办负责接待。", "zh-Hans", "", "Organization:外事办"},
      {"國土資源管理分局負責人表示。", "zh-Hant", "", "Organization:國土資源管理分局"},
      {"臺北市衛生局發布公告。", "zh-Hant", "Organization:臺北市衛生局", ""},
      {"高雄市環保局開出罰單。", "zh-Hant", "Organization:高雄市環保局", ""},
      {"廣東省交通運輸廳表示。", "zh-Hant", "Organization:廣東省交通運輸廳", ""},
      {"該署表示將調查。", "zh-Hant", "", "Organization:該署"},
      {"東京国税局は調査を始めた。", "ja", "Organization:東京国税局", ""},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("A short company name is a place or an unknown word before its head", "[extract][han]") {
  const Case cases[] = {
      {"据卓睿物流介绍，运价上涨。", "zh-Hans", "Organization:卓睿物流", ""},
      {"昊澜资讯的数据显示价格下跌。", "zh-Hans", "Organization:昊澜资讯", ""},
      {"根据澜途网的统计，销量上升。", "zh-Hans", "Organization:澜途网", ""},
      {"睿钧股份公布了年报。", "zh-Hans", "Organization:睿钧股份", ""},
      {"苏州璟泓电气宣布扩产。", "zh-Hans", "Organization:苏州璟泓电气", ""},
      {"杭州琨瑜投资的合伙人表示。", "zh-Hans", "Organization:杭州琨瑜投资", ""},
      {"经济发展放缓。", "zh-Hans", "", "Organization:经济发展"},
      {"中国经济发展放缓。", "zh-Hans", "", "Organization:中国经济发展"},
      {"政府将加大投资力度。", "zh-Hans", "", "Organization:加大投资"},
      {"他持有公司股份。", "zh-Hans", "", "Organization:公司股份"},
      {"互联网行业增长迅速。", "zh-Hans", "", "Organization:互联网"},
      {"你看好哪种投资？", "zh-Hans", "", "Organization:哪种投资"},
      {"星河AI抛出投资计划。", "zh-Hans", "", "Organization:抛出投资"},
      {"物联网正在普及。", "zh-Hans", "", "Organization:物联网"},
      {"鋒睿電氣的賣方簽訂協議。", "zh-Hant", "Organization:鋒睿電氣", ""},
      {"涪瑞發展為一家國有企業。", "zh-Hant", "Organization:涪瑞發展", ""},
      {"根據昊瀾資訊的數據，價格下跌。", "zh-Hant", "Organization:昊瀾資訊", ""},
      {"經濟發展放緩。", "zh-Hant", "", "Organization:經濟發展"},
      {"政府將加大投資力度。", "zh-Hant", "", "Organization:加大投資"},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("A registered name opens with its place, and a verb before it stays out", "[extract][han]") {
  const Case cases[] = {
      {"公司与四川和瑞环保科技有限公司签约。", "zh-Hans", "Organization:四川和瑞环保科技有限公司", ""},
      {"子公司重庆麟和瑄环保科技有限公司获得贷款。", "zh-Hans", "Organization:重庆麟和瑄环保科技有限公司", ""},
      {"北京和上海星辰科技有限公司签约。", "zh-Hans", "Organization:上海星辰科技有限公司", "Organization:北京和上海星辰科技有限公司"},
      {"其业绩将并入星璨科技的报表。", "zh-Hans", "Organization:星璨科技", "Organization:并入星璨科技"},
      {"政府推出政策扶持集团发展。", "zh-Hans", "", "Organization:政策扶持集团"},
      {"某股份制银行的分行行长表示。", "zh-Hans", "", "Organization:股份制银行"},
      {"因此银行纷纷下调利率。", "zh-Hans", "", "Organization:因此银行"},
      {"用人单位应为员工购买工伤保险。", "zh-Hans", "", "Organization:员工购买工伤保险"},
      {"投保人可附加万能年金保险。", "zh-Hans", "", "Organization:附加万能年金保险"},
      {"债券型基金收益回升。", "zh-Hans", "", "Organization:债券型基金"},
      {"推进信贷资产证券化试点。", "zh-Hans", "", "Organization:信贷资产证券"},
      {"促进我国保险市场发展。", "zh-Hans", "", "Organization:我国保险"},
      {"华岳基金发布公告。", "zh-Hans", "Organization:华岳基金", ""},
      {"推進信貸資產證券化試點。", "zh-Hant", "", "Organization:信貸資產證券"},
      {"債券型基金收益回升。", "zh-Hant", "", "Organization:債券型基金"},
      {"上述银行均未回应。", "zh-Hans", "", "Organization:上述银行"},
      {"这将减轻银行的负担。", "zh-Hans", "", "Organization:减轻银行"},
      {"其实汇远银行早有准备。", "zh-Hans", "Organization:汇远银行", "Organization:其实汇远银行"},
      {"不少銀行紛紛下調利率。", "zh-Hant", "", "Organization:不少銀行"},
      {"當時銀行並未回應。", "zh-Hant", "", "Organization:當時銀行"},
      {"湖\uFFFD省星澜科技发布公告。", "zh-Hans", "", "Organization:省星澜科技"},
      {"《互联网电子商务管理办法》今日施行。", "zh-Hans", "", "Organization:互联网电子"},
      {"某股份制銀行的分行行長表示。", "zh-Hant", "", "Organization:股份制銀行"},
      {"该公司已纳入华岳证券的名单。", "zh-Hans", "Organization:华岳证券", "Organization:纳入华岳证券"},
      {"子公司廣東和豐環保科技有限公司獲得貸款。", "zh-Hant", "Organization:廣東和豐環保科技有限公司", ""},
      {"其業績將併入星璨科技的報表。", "zh-Hant", "Organization:星璨科技", "Organization:併入星璨科技"},
      {"其業績將並入星璨科技的報表。", "zh-Hant", "Organization:星璨科技", "Organization:入星璨科技"},
      {"政府推出政策扶持集團發展。", "zh-Hant", "", "Organization:政策扶持集團"},
      {"深圳市恒泓投资管理有限公司宣布成立新基金。", "zh-Hans", "Organization:深圳市恒泓投资管理有限公司", ""},
      {"公司将投资杭州星澜科技有限公司。", "zh-Hans", "Organization:杭州星澜科技有限公司", "Organization:投资杭州星澜科技有限公司"},
      {"珠海横琴睿泓投资合伙企业（有限合伙）认购了股份。", "zh-Hans", "Organization:珠海横琴睿泓投资合伙企业（有限合伙）", ""},
      {"公司将投资集团旗下项目。", "zh-Hans", "", "Organization:投资集团"},
      {"北京泓远投资集团收购了该公司。", "zh-Hans", "Organization:北京泓远投资集团", ""},
      {"深圳市前海泓睿投資管理有限公司宣佈成立新基金。", "zh-Hant", "Organization:深圳市前海泓睿投資管理有限公司", ""},
      {"公司將投資杭州星瀾科技有限公司。", "zh-Hant", "Organization:杭州星瀾科技有限公司", "Organization:投資杭州星瀾科技有限公司"},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("公司 alone ends a name that opens with a place", "[extract][han]") {
  const Case cases[] = {
      {"据悉，广州恒澜航运公司已停航。", "zh-Hans", "Organization:广州恒澜航运公司", ""},
      {"英国星桥公司报道了此事。", "zh-Hans", "Organization:英国星桥公司", ""},
      {"加拿大北岭能源公司宣布裁员。", "zh-Hans", "Organization:加拿大北岭能源公司", ""},
      {"一家美国能源公司宣布裁员。", "zh-Hans", "", "Organization:美国能源公司"},
      {"这家公司表示将扩产。", "zh-Hans", "", "Organization:这家公司"},
      {"警方查处了多家空壳公司。", "zh-Hans", "", "Organization:空壳公司"},
      {"美国跨国公司纷纷撤资。", "zh-Hans", "", "Organization:美国跨国公司"},
      {"日本东部公司", "zh-Hans", "", "Organization:日本东部公司"},
      {"據悉，香港恒瀾航運公司已停航。", "zh-Hant", "Organization:香港恒瀾航運公司", ""},
      {"這家公司表示將擴產。", "zh-Hant", "", "Organization:這家公司"},
      {"美國跨國公司紛紛撤資。", "zh-Hant", "", "Organization:美國跨國公司"},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("A title's last character inside a given name does not hide the person", "[extract][han]") {
  const Case cases[] = {
      {"国家统计局副局长钱长城在会上表示。", "zh-Hans", "Person:钱长城", ""},
      {"該校校長許師宏在典禮上致詞。", "zh-Hant", "Person:許師宏", ""},
      {"赵局长表示将加强监管。", "zh-Hans", "", "Person:赵局长"},
      {"农行副行长表示，需求回暖。", "zh-Hans", "", "Person:农行副"},
      {"该行常务副行长表示，需求回暖。", "zh-Hans", "", "Person:行常务"},
      {"官网上表示，产品已售罄。", "zh-Hans", "", "Person:官网上"},
      {"農行副行長表示，需求回暖。", "zh-Hant", "", "Person:農行副"},
      {"王立新副行长表示，需求回暖。", "zh-Hans", "", "Person:王立新副"},
      {"財經網6月1日丨睿鈞股份公布了年報。", "zh-Hant", "Organization:睿鈞股份", ""},
      {"财经网6月1日丨睿钧股份公布了年报。", "zh-Hans", "Organization:睿钧股份", ""},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("Japanese head words count before kana, and a full name may have five kanji", "[extract][han]") {
  const Case cases[] = {
      {"北海化学工業は増産を決めた。", "ja", "Organization:北海化学工業", ""},
      {"大阪電力は値上げを申請した。", "ja", "Organization:大阪電力", ""},
      {"アオイ証券が目標株価を引き上げた。", "ja", "Organization:アオイ証券", ""},
      {"不動産業の売上が伸びた。", "ja", "", "Organization:不動産業"},
      {"データセンター建設を始めた。", "ja", "", "Organization:データセンター建設"},
      {"青葉不動産の株価が上がった。", "ja", "Organization:青葉不動産", ""},
      {"ミナトテクノロジーズは新製品を発表した。", "ja", "Organization:ミナトテクノロジーズ", ""},
      {"化学工業は不振だった。", "ja", "", "Organization:化学工業"},
      {"同社は設備投資を増やした。", "ja", "", "Organization:設備投資"},
      {"創業者の松田幸之助氏は語った。", "ja", "Person:松田幸之助", ""},
      {"台灣紡織工業發展迅速。", "zh-Hant", "", "Organization:台灣紡織工業"},
      {"基礎建設投資增加。", "zh-Hant", "", "Organization:基礎建設"},
      {"纺织工业发展迅速。", "zh-Hans", "", "Organization:纺织工业"},
      {"東京海運は新造船を発注した。", "ja", "Organization:東京海運", ""},
      {"海運市場は低迷した。", "ja", "", "Organization:海運"},
      {"名古屋工業は新工場を建てる。", "ja", "Organization:名古屋工業", ""},
      {"電子工業の生産が増えた。", "ja", "", "Organization:電子工業"},
      {"英國星橋公司報導了此事。", "zh-Hant", "Organization:英國星橋公司", ""},
      {"一家美國能源公司宣布裁員。", "zh-Hant", "", "Organization:美國能源公司"},
      {"上海市公安局經偵總隊正在調查。", "zh-Hant", "Organization:上海市公安局經偵總隊", ""},
      {"該公司銷售部負責此事。", "zh-Hant", "", "Organization:公司銷售部"},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("A province's office and a body's branch are other organisations than the known body", "[extract][han]") {
  const Case cases[] = {
      {"江苏省发改委公布了名单。", "zh-Hans", "Organization:江苏省发改委", ""},
      {"据了解，深圳发改委已受理申请。", "zh-Hans", "Organization:深圳发改委", "Organization:了解，深圳发改委"},
      {"证监会浙江监管局发出警示函。", "zh-Hans", "Organization:证监会浙江监管局", "Organization:浙江监管局"},
      {"中国证监会浙江监管局发出警示函。", "zh-Hans", "Organization:中国证监会浙江监管局", ""},
      {"海关总署天津分署查获一批芯片。", "zh-Hans", "Organization:海关总署天津分署", "Organization:天津分署"},
      {"中国工信部发布了新规。", "zh-Hans", "", "Organization:中国工信部"},
      {"中国证监会发布了新规。", "zh-Hans", "", "Organization:中国证监会"},
      {"发改委与青岛市政府签约。", "zh-Hans", "", "Organization:发改委与青岛市政府"},
      {"海关总署表示福建分署将配合。", "zh-Hans", "", "Organization:海关总署表示福建分署"},
      {"廣州市發改委公布了名單。", "zh-Hant", "Organization:廣州市發改委", ""},
      {"海關總署廈門分署查獲一批晶片。", "zh-Hant", "Organization:海關總署廈門分署", "Organization:廈門分署"},
      {"中國證監會發布新規。", "zh-Hant", "", "Organization:中國證監會"},
  };
  for (const Case& c : cases) check(c);
  // The known body inside the longer name is no mention of its own; before a country it stays.
  const auto keys = [](const std::string& text) {
    std::vector<std::string> out;
    for (const Mention& m : test::facts_of(text, "zh-Hans").mentions) out.push_back(m.entity_key);
    return out;
  };
  const auto placed = keys("青岛市发改委批准了该项目。");
  REQUIRE(placed.size() == 1);
  CHECK(placed[0].rfind("new:", 0) == 0);
  const auto national = keys("中国工信部批准了该项目。");
  REQUIRE(national.size() >= 1);
  CHECK(national[0].rfind("new:", 0) != 0);
}

TEST_CASE("A foreign name in katakana, its parts joined by ・, before a title is a person", "[extract][han]") {
  const Case cases[] = {
      {"アクメのジョン・スミスCEOは語った。", "ja", "Person:ジョン・スミス", ""},
      {"同社のマリア・ロッシ社長が会見した。", "ja", "Person:マリア・ロッシ", "Organization:マリア・ロッシ"},
      {"ピーター・ウォン・ジュニア氏が就任した。", "ja", "Person:ピーター・ウォン・ジュニア", ""},
      // A company's name in katakana with dots takes no title; a loanword without a dot is no name.
      {"チャーム・ケア・コーポレーションは発表した。", "ja", "", "Person:チャーム・ケア・コーポレーション"},
      {"データセンターCEOの会議が開かれた。", "ja", "", "Person:データセンター"},
      // A part of one letter is no name's part.
      {"ア・ラ・カルトCEO", "ja", "", "Person:ア・ラ・カルト"},
  };
  for (const Case& c : cases) check(c);
}
