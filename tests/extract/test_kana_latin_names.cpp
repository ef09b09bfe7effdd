#include <catch2/catch.hpp>

#include <algorithm>

#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

// A sentence, its language, a name that must be found ("" for none) and one that must not be.
struct Case {
  const char* text;
  const char* language;
  const char* found;
  const char* not_found;
};

void check(const Case& c) {
  std::vector<std::string> names;
  std::string all;
  for (const DiscoveredEntity& e : test::facts_of(c.text, c.language).discovered) {
    names.push_back(std::string(to_string(e.kind)) + ":" + e.label);
    all += names.back() + " ";
  }
  INFO(c.text);
  INFO("found: " << all);
  const auto has = [&](const char* name) { return std::find(names.begin(), names.end(), name) != names.end(); };
  if (*c.found) CHECK(has(c.found));
  if (*c.not_found) CHECK_FALSE(has(c.not_found));
}

}  // namespace

TEST_CASE("A Latin-script company name in Han text stands beside a company's cue", "[extract][han][kana]") {
  const Case cases[] = {
      {"アルテア社は新型センサーを発表した。", "ja", "Organization:アルテア", ""},
      {"同社はBrightwave Roboticsと資本業務提携を結んだ。", "ja", "Organization:Brightwave Robotics", ""},
      {"QUANTAXは来月、新工場を稼働させる。", "ja", "Organization:QUANTAX", ""},
      {"Veloranが開発した電池を採用する。", "ja", "Organization:Veloran", ""},
      {"子会社のNORDELを売却する。", "ja", "Organization:NORDEL", ""},
      {"同社はKestrel Labs社を買収した。", "ja", "Organization:Kestrel Labs", ""},
      {"Halvion(東京都港区)の全株式を取得する。", "ja", "Organization:Halvion", ""},
      {"AIは産業を変える。", "ja", "", "Organization:AI"},
      {"GPUの供給が逼迫している。", "ja", "", "Organization:GPU"},
      {"TOBを実施すると発表した。", "ja", "", "Organization:TOB"},
      {"IPOは来年の予定だ。", "ja", "", "Organization:IPO"},
      {"M&Aが活発になった。", "ja", "", "Organization:M&A"},
      {"ESGと収益の両立を目指す。", "ja", "", "Organization:ESG"},
      {"容量は20TBが上限だ。", "ja", "", "Organization:TB"},
      {"USDは上昇した。", "ja", "", "Organization:USD"},
      {"ミナト(MNTO)は上場した。", "ja", "", "Organization:MNTO"},
      {"据悉，Zentrix宣布将在上海设厂。", "zh-Hans", "Organization:Zentrix", ""},
      {"该公司收购了Orvana Systems。", "zh-Hans", "Organization:Orvana Systems", ""},
      {"Lumora公司完成了新一轮融资。", "zh-Hans", "Organization:Lumora", ""},
      {"Lumora公司完成了新一輪融資。", "zh-Hant", "Organization:Lumora", ""},
      {"AI公司纷纷融资。", "zh-Hans", "", "Organization:AI"},
      {"公司与Helmora Labs达成合作。", "zh-Hans", "Organization:Helmora Labs", ""},
      {"公司攜手Quintrel開發新晶片。", "zh-Hant", "Organization:Quintrel", ""},
      {"公司与SaaS平台达成合作。", "zh-Hans", "", "Organization:SaaS"},
      {"平台与IoT设备相连。", "zh-Hans", "", "Organization:IoT"},
      {"公司与Michael Tanner达成协议。", "zh-Hans", "", "Organization:Michael Tanner"},
      {"Sarah Okafor表示，需求强劲。", "zh-Hans", "", "Organization:Sarah Okafor"},
      {"GPU表示需求旺盛。", "zh-Hans", "", "Organization:GPU"},
      {"CEO表示将继续扩张。", "zh-Hans", "", "Organization:CEO"},
      {"He said Zentrix社 would grow.", "en", "", "Organization:Zentrix"},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("A katakana company name stands beside a company's cue", "[extract][han][kana]") {
  const Case cases[] = {
      {"同社はソラネクストを買収した。", "ja", "Organization:ソラネクスト", ""},
      // Only a company has subsidiaries (傘下): "Xは傘下のYを通じて" names X a company, with or without an initial.
      {"ミナセは傘下の物流会社を通じて倉庫を買い取る。", "ja", "Organization:ミナセ", ""},
      {"K.ヒバリリテイリングは傘下の百貨店を通じて新館を取得した。", "ja", "Organization:K.ヒバリリテイリング", ""},
      {"ミナセは新たな倉庫を借りる。", "ja", "", "Organization:ミナセ"},
      {"傘下のミドリテックが新製品を出す。", "ja", "Organization:ミドリテック", ""},
      {"米ラピスクラウドと提携した。", "ja", "Organization:ラピスクラウド", ""},
      {"横浜ミツボシの株式を取得する。", "ja", "Organization:横浜ミツボシ", ""},
      {"アオイ・メディカル21を子会社化する。", "ja", "Organization:アオイ・メディカル21", ""},
      {"同業のカネハチと資本業務提携を結ぶ。", "ja", "Organization:カネハチ", ""},
      {"ハルカゼ社長は記者会見で説明した。", "ja", "Organization:ハルカゼ", ""},
      {"トキワ(大阪市)の全株式を取得する。", "ja", "Organization:トキワ", ""},
      {"データセンターを買収した。", "ja", "", "Organization:データセンター"},
      {"クラウドサービスの株式を売却した。", "ja", "", "Organization:クラウドサービス"},
      {"ソフトウェアの買収を検討する。", "ja", "", "Organization:ソフトウェア"},
      {"プラットフォームを買収する。", "ja", "", "Organization:プラットフォーム"},
      {"ビジネスの買収が増えた。", "ja", "", "Organization:ビジネス"},
      {"システムを子会社化する計画だ。", "ja", "", "Organization:システム"},
      {"米ドルの買収価格は高い。", "ja", "", "Organization:ドル"},
      {"サービスは好調だった。", "ja", "", "Organization:サービス"},
      {"ミツボシは好調だった。", "ja", "", "Organization:ミツボシ"},
      {"欧米メーカーの株式を取得した。", "ja", "", "Organization:メーカー"},
      {"同社は大型テナントの株式を持つ。", "ja", "", "Organization:テナント"},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("A katakana name that opens a report, or has an initial or digits, is a company's", "[extract][han][kana]") {
  const Case cases[] = {
      {"ミツボシは14日、新工場の建設を発表した。", "ja", "Organization:ミツボシ", ""},
      {"決算は好調だった。ハルカゼは、新工場を建てる。", "ja", "Organization:ハルカゼ", ""},
      {"K.ミツボシは、新工場を建てる。", "ja", "Organization:K.ミツボシ", ""},
      {"ケア24を子会社化する。", "ja", "Organization:ケア24", ""},
      {"サービスは、来月始まる。", "ja", "", "Organization:サービス"},
      {"同社のサービスは、来月始まる。", "ja", "", "Organization:サービス"},
      {"その後、データセンターは3日に稼働した。", "ja", "", "Organization:データセンター"},
      {"新しいソフトは、好評だ。", "ja", "", "Organization:ソフト"},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("Unjoined kanji with a seat in brackets after them name a Japanese company", "[extract][han][kana]") {
  const Case cases[] = {
      {"同社は丸栄精(大阪市)の全株式を取得する。", "ja", "Organization:丸栄精", ""},
      {"出資する弘進堂(東京都中央区)から株式を買い取る。", "ja", "Organization:弘進堂", ""},
      {"新工場(愛知県豊田市)を建設する。", "ja", "", "Organization:新工場"},
      {"子会社(東京都港区)を設立した。", "ja", "", "Organization:子会社"},
      {"本社(東京都港区)で会見した。", "ja", "", "Organization:本社"},
      {"研究開発拠点(大阪市)を開く。", "ja", "", "Organization:研究開発拠点"},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("A country before a katakana name stays out of it, but 日本 opens one", "[extract][han][kana]") {
  const Case cases[] = {
      {"中国ハオティエンの株式を取得した。", "ja", "Organization:ハオティエン", "Organization:中国ハオティエン"},
      {"日本ミツボシの株式を取得した。", "ja", "Organization:日本ミツボシ", ""},
      {"韓国ハンビットと資本業務提携を結んだ。", "ja", "Organization:ハンビット", "Organization:韓国ハンビット"},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("A seat in brackets may follow a short form of the name and run long", "[extract][han][kana]") {
  const Case cases[] = {
      {"新型機を開発するAcme Aero(Acme/米国カリフォルニア州サンタクルーズ)に出資した。", "ja", "Organization:Acme Aero", ""},
      {"部品を作るミナトロン(ミナト/東京都港区)を買収した。", "ja", "Organization:ミナトロン", ""},
      // A bracket that holds no seat still names no company.
      {"新型機を開発するAcme Aero(開発中の機体/試作)を見学した。", "ja", "", "Organization:Acme Aero"},
  };
  for (const Case& c : cases) check(c);
}

TEST_CASE("A business bought from, sold to or merged with a katakana name makes it a company's", "[extract][han][kana]") {
  const Case cases[] = {
      {"ソニーは、ミナト21から事業を取得する。", "ja", "Organization:ミナト21", ""},
      {"同社はカワセミに事業を譲渡した。", "ja", "Organization:カワセミ", ""},
      {"同社はサクラテックと経営統合する。", "ja", "Organization:サクラテック", ""},
      {"同社はデータセンターを売却した。", "ja", "", "Organization:データセンター"},
  };
  for (const Case& c : cases) check(c);
}
