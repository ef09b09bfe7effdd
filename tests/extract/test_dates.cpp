// The date finder (src/extract/dates.hpp) and its vocabulary (ontology/rules/dates.ttl).
// Every sentence here was written for these tests.
//
// Expected results are written as  iso@as_written  with a trailing ~ when the date is
// relative (resolved with the publication date), several joined by " | ", "" for none.
#include <catch2/catch.hpp>

#include <chrono>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <vector>

#include "dealgraph/error.hpp"
#include "dealgraph/ontology.hpp"
#include "extract/dates.hpp"

namespace {

using dealgraph::extract::DateFinder;
using dealgraph::extract::DateVocabulary;

std::string dates_ttl() { return dealgraph::Ontology(DEALGRAPH_SOURCE_ONTOLOGY).date_rules(); }

const DateFinder& finder() {
  static const DateFinder instance(DateVocabulary::load(dates_ttl()));
  return instance;
}

// Publication dates used below.
constexpr const char* kSat = "2026-04-18";  // a Saturday; its week is 04-13 .. 04-19
constexpr const char* kWed = "2025-10-08";  // a Wednesday; its week is 10-06 .. 10-12
constexpr const char* kJan = "2026-01-10";  // early in a year
constexpr const char* kDec = "2025-12-20";  // late in a year
constexpr const char* kNone = "";           // no publication date

bool iso_shape_ok(const DateFinder::Found& f) {
  auto digits = [&](std::size_t from, std::size_t count) {
    for (std::size_t k = from; k < from + count; ++k)
      if (f.iso[k] < '0' || f.iso[k] > '9') return false;
    return true;
  };
  switch (f.precision) {
    case DateFinder::Precision::Year: return f.iso.size() == 4 && digits(0, 4);
    case DateFinder::Precision::Month: return f.iso.size() == 7 && digits(0, 4) && f.iso[4] == '-' && digits(5, 2);
    case DateFinder::Precision::Day:
      return f.iso.size() == 10 && digits(0, 4) && f.iso[4] == '-' && digits(5, 2) && f.iso[7] == '-' && digits(8, 2);
  }
  return false;
}

// find_all, checking what every result must satisfy: the span is where as_written says it is,
// results come in text order without overlapping, iso has the shape of its precision.
std::vector<DateFinder::Found> find_dates(std::string_view text, std::string_view language, std::string_view published) {
  auto found = finder().find_all(text, language, published);
  std::size_t last = 0;
  for (const auto& f : found) {
    REQUIRE(f.byte_begin < f.byte_end);
    REQUIRE(f.byte_end <= text.size());
    CHECK(text.substr(f.byte_begin, f.byte_end - f.byte_begin) == f.as_written);
    CHECK(f.byte_begin >= last);
    CHECK(iso_shape_ok(f));
    last = f.byte_end;
  }
  return found;
}

std::string render(const std::vector<DateFinder::Found>& found) {
  std::string out;
  for (const auto& f : found) {
    if (!out.empty()) out += " | ";
    out += f.iso + "@" + f.as_written + (f.relative ? "~" : "");
  }
  return out;
}

struct Case {
  std::string language;
  std::string published;
  std::string text;
  std::string expected;
};

void run_cases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    INFO("[" << c.language << " " << c.published << "] " << c.text);
    CHECK(render(find_dates(c.text, c.language, c.published)) == c.expected);
  }
}

// ---------------------------------------------------------------------------------------

const std::vector<Case> kChinese = {
    {"zh-Hans", kSat, "2026年4月18日，英伟达宣布向OpenAI投资1000亿美元。", "2026-04-18@2026年4月18日"},
    {"zh-Hans", kSat, "英伟达4月18日宣布与甲骨文合作。", "2026-04-18@4月18日~"},
    {"zh-Hans", kSat, "10月21日，双方签署了供货协议。", "2025-10-21@10月21日~"},
    {"zh-Hans", kSat, "今年1月，软银与OpenAI达成合作。", "2026-01@今年1月~"},
    {"zh-Hans", kSat, "去年，该公司向数据中心投资了100亿美元。", "2025@去年~"},
    {"zh-Hans", kSat, "上周，AMD宣布向OpenAI供应芯片。", "2026-04@上周~"},
    {"zh-Hans", kSat, "本周三，甲骨文表示将租用更多GPU。", "2026-04-15@本周三~"},
    {"zh-Hans", kSat, "昨天双方正式签约。", "2026-04-17@昨天~"},
    {"zh-Hans", kSat, "今天，英伟达发布了新一代芯片。", "2026-04-18@今天~"},
    {"zh-Hans", kSat, "日前，微软宣布扩大合作。", ""},
    {"zh-Hans", kSat, "近日，谷歌与Anthropic达成云计算合约。", ""},
    {"zh-Hans", kSat, "２０２６年４月１８日，甲骨文公布财报。", "2026-04-18@２０２６年４月１８日"},
    {"zh-Hans", kSat, "二〇二六年四月十八日，协议生效。", "2026-04-18@二〇二六年四月十八日"},
    {"zh-Hans", kSat, "新华社北京4月18日电 英伟达宣布投资。", "2026-04-18@4月18日~"},
    {"zh-Hans", kSat, "英伟达18日宣布向xAI投资。", "2026-04-18@18日~"},
    {"zh-Hans", kSat, "交割预计于6月18日完成。", "2026-06-18@6月18日~"},
    {"zh-Hans", kSat, "交割预计于6月19日完成。", "2025-06-19@6月19日~"},
    {"zh-Hans", kSat, "该项目于2026年4月启动。", "2026-04@2026年4月"},
    {"zh-Hans", kSat, "该协议于2025年签署。", "2025@2025年"},
    {"zh-Hans", kSat, "双方计划在2026年底前完成部署。", "2026@2026年"},
    {"zh-Hans", kSat, "今年4月18日，双方再次会面。", "2026-04-18@今年4月18日~"},
    {"zh-Hans", kSat, "去年10月21日，软银宣布入股。", "2025-10-21@去年10月21日~"},
    {"zh-Hans", kSat, "明年，该工厂将投产。", "2027@明年~"},
    {"zh-Hans", kSat, "前年，公司营收翻倍。", "2024@前年~"},
    {"zh-Hans", kSat, "前天，两家公司宣布合并。", "2026-04-16@前天~"},
    {"zh-Hans", kSat, "明天将举行签约仪式。", "2026-04-19@明天~"},
    {"zh-Hans", kSat, "后天将公布细节。", "2026-04-20@后天~"},
    {"zh-Hans", kSat, "上个月，台积电扩大了产能。", "2026-03@上个月~"},
    {"zh-Hans", kSat, "本月，三星开始量产。", "2026-04@本月~"},
    {"zh-Hans", kSat, "下个月将交付首批芯片。", "2026-05@下个月~"},
    {"zh-Hans", kSat, "上月18日，双方签署备忘录。", "2026-03-18@上月18日~"},
    {"zh-Hans", kSat, "本月20号将召开发布会。", "2026-04-20@本月20号~"},
    {"zh-Hans", kSat, "公司于4月18号发布公告。", "2026-04-18@4月18号~"},
    {"zh-Hans", kSat, "上周三，亚马逊宣布投资。", "2026-04-08@上周三~"},
    {"zh-Hans", kSat, "下周一将正式签约。", "2026-04-20@下周一~"},
    {"zh-Hans", kSat, "英伟达星期五宣布了这一消息。", "2026-04-17@星期五~"},
    {"zh-Hans", kSat, "周日，双方发表联合声明。", "2026-04-12@周日~"},
    {"zh-Hans", kSat, "礼拜一开盘后股价大涨。", "2026-04-13@礼拜一~"},
    {"zh-Hans", kSat, "这周五将公布财报。", "2026-04-17@这周五~"},
    {"zh-Hans", kSat, "该协议于十月签署。", "2025-10@十月~"},
    {"zh-Hans", kSat, "十二月三十一日前完成交割。", "2025-12-31@十二月三十一日~"},
    {"zh-Hans", kSat, "二〇二五年十月，公司宣布扩产。", "2025-10@二〇二五年十月"},
    {"zh-Hans", kSat, "展会于4月18日至20日举行。", "2026-04-18@4月18日~ | 2026-04-20@20日~"},
    {"zh-Hans", kSat, "2025年10月6日至8日举行。", "2025-10-06@2025年10月6日 | 2025-10-08@8日"},
    {"zh-Hans", kSat, "4月18日（周六），英伟达宣布。", "2026-04-18@4月18日~"},
    {"zh-Hans", kSat, "周六（4月18日），英伟达宣布。", "2026-04-18@4月18日~"},
    {"zh-Hans", kSat, "2026 年 4 月 18 日，协议生效。", "2026-04-18@2026 年 4 月 18 日"},
    {"zh-Hans", kSat, "4月份的订单大增。", "2026-04@4月~"},
    {"zh-Hans", kSat, "预计10月底完成。", "2025-10@10月~"},
    {"zh-Hans", kJan, "12月，公司完成融资。", "2025-12@12月~"},
    {"zh-Hans", kJan, "3月10日将正式交付。", "2026-03-10@3月10日~"},
    {"zh-Hans", kDec, "1月15日将正式交付。", "2026-01-15@1月15日~"},
    {"zh-Hans", kDec, "3月，公司完成融资。", "2025-03@3月~"},
    {"zh-Hans", kSat, "于2026年一季度完成。", ""},
    {"zh-Hans", kSat, "2026年第一季度营收增长。", ""},
    {"zh-Hans", kSat, "今年第一季度营收增长。", ""},
    {"zh-Hans", kSat, "2026年上半年交付。", ""},
    {"zh-Hans", kSat, "明年下半年开始交付。", ""},
    {"zh-Hans", kSat, "2025年至2030年累计投资。", ""},
    {"zh-Hans", kSat, "2025-2030年累计投资。", ""},
    {"zh-Hans", kSat, "营收同比增长，去年同期为亏损。", ""},
    {"zh-Hans", kSat, "售价为1000日元。", ""},
    {"zh-Hans", kSat, "须在30日内完成交割。", ""},
    {"zh-Hans", kSat, "地铁3号线延长。", ""},
    {"zh-Hans", kSat, "1-10月销量增长24%。", ""},
    {"zh-Hans", kSat, "两家公司在同一月宣布。", ""},
    {"zh-Hans", kSat, "今日头条报道了此事。", ""},
    {"zh-Hans", kSat, "数据中心耗电10吉瓦，投资3500亿美元。", ""},
    {"zh-Hans", kSat, "2025年10月6日，AMD与OpenAI达成协议，明年下半年开始交付。", "2025-10-06@2025年10月6日"},
    {"zh-Hans", kSat, "2月30日不是日期。", ""},
    {"zh-Hans", kSat, "2026年2月29日不是日期。", ""},
    {"zh-Hans", kSat, "2024年2月29日是闰日。", "2024-02-29@2024年2月29日"},
    {"zh-Hans", kSat, "上周期的产品已停产。", ""},
    {"zh-Hans", kSat, "本周期内完成交付。", ""},
    {"zh-Hans", kSat, "OpenAI9月22日宣布与英伟达合作。", "2025-09-22@9月22日~"},
    {"zh-Hans", kSat, "发布时间:2025-10-09评论数:3", "2025-10-09@2025-10-09"},
    {"zh-Hans", kSat, "日期：2025年10月9日", "2025-10-09@2025年10月9日"},
    {"zh-Hans", kSat, "会议于10:30开始，股价上涨3.5%。", ""},
};

const std::vector<Case> kTraditional = {
    {"zh-Hant", kSat, "2026年4月18日，輝達宣布投資。", "2026-04-18@2026年4月18日"},
    {"zh-Hant", kSat, "上週三，甲骨文宣布租用晶片。", "2026-04-08@上週三~"},
    {"zh-Hant", kSat, "本週五將公布財報。", "2026-04-17@本週五~"},
    {"zh-Hant", kSat, "上個月，台積電擴產。", "2026-03@上個月~"},
    {"zh-Hant", kSat, "星期一開盤後股價大漲。", "2026-04-13@星期一~"},
    {"zh-Hant", kSat, "禮拜天雙方發表聲明。", "2026-04-12@禮拜天~"},
    {"zh-Hant", kSat, "公司於4月18號發布公告。", "2026-04-18@4月18號~"},
    {"zh-Hant", kSat, "去年10月，軟銀宣布入股。", "2025-10@去年10月~"},
    {"zh-Hant", kSat, "投資1000億美元，興建100億瓦資料中心。", ""},
    {"zh-Hant", kSat, "週日雙方簽約。", "2026-04-12@週日~"},
    {"zh-Hant", kSat, "上週，AMD宣布供應晶片。", "2026-04@上週~"},
    {"zh-Hant", kSat, "這個月將交付首批晶片。", "2026-04@這個月~"},
    {"zh-Hant", kSat, "下個月將公布細節。", "2026-05@下個月~"},
    {"zh-Hant", kSat, "該協議於十月簽署。", "2025-10@十月~"},
    {"zh-Hant", kSat, "售價為1000日圓。", ""},
};

const std::vector<Case> kPortuguese = {
    {"pt", kWed, "O acordo foi assinado em 15 de março de 2026.", "2026-03-15@15 de março de 2026"},
    {"pt", kWed, "A Lumina comunicou nesta segunda-feira um aporte.", "2025-10-06@nesta segunda-feira~"},
    {"pt", kWed, "Em setembro, a empresa fechou o acordo.", "2025-09@setembro~"},
    {"pt", kWed, "O prazo do acordo expira no final de janeiro de 2026.", "2026-01@janeiro de 2026"},
    {"pt", kWed, "A fábrica começa a operar em 2026.", "2026@2026"},
    {"pt", kWed, "A AMD informou nesta quinta-feira (2) que vai fornecer chips.", "2025-10-02@nesta quinta-feira (2)~"},
    {"pt", kWed, "Na segunda, a Nvidia confirmou o acordo.", "2025-10-06@segunda~"},
    {"pt", kWed, "A empresa avançou na segunda rodada de negociações.", ""},
    {"pt", kWed, "O acordo foi fechado em outubro do ano passado.", "2024-10@outubro do ano passado~"},
    {"pt", kWed, "O acordo foi fechado em outubro passado.", "2024-10@outubro passado~"},
    {"pt", kWed, "A parceria começa em 1º de março.", "2025-03-01@1º de março~"},
    {"pt", kWed, "Ontem, a Oracle anunciou o aluguel de GPUs.", "2025-10-07@Ontem~"},
    {"pt", kWed, "A empresa divulga hoje os resultados.", "2025-10-08@hoje~"},
    {"pt", kWed, "O contrato será assinado amanhã.", "2025-10-09@amanhã~"},
    {"pt", kWed, "Anteontem, os dois grupos se reuniram.", "2025-10-06@Anteontem~"},
    {"pt", kWed, "O anúncio foi feito na semana passada.", "2025@semana passada~"},
    {"pt", kWed, "A aquisição foi concluída no mês passado.", "2025-09@mês passado~"},
    {"pt", kWed, "No ano passado, a empresa investiu 5 bilhões.", "2024@ano passado~"},
    {"pt", kWed, "Este ano a receita deve dobrar.", "2025@Este ano~"},
    {"pt", kWed, "A entrega começa na próxima semana.", "2025-10@próxima semana~"},
    {"pt", kWed, "O acordo foi revelado na última sexta-feira.", "2025-10-03@última sexta-feira~"},
    {"pt", kWed, "O contrato será assinado na próxima terça-feira.", "2025-10-14@próxima terça-feira~"},
    {"pt", kWed, "No sábado, a empresa confirmou a compra.", "2025-10-04@sábado~"},
    {"pt", kWed, "O acordo foi assinado domingo passado.", "2025-10-05@domingo passado~"},
    {"pt", kWed, "Em 30 de setembro, a empresa anunciou a parceria.", "2025-09-30@30 de setembro~"},
    {"pt", kWed, "A entrega está marcada para 5 de dezembro.", "2025-12-05@5 de dezembro~"},
    {"pt", kWed, "A reunião foi em 10 de dezembro.", "2024-12-10@10 de dezembro~"},
    {"pt", kWed, "As obras começam em março de 2026.", "2026-03@março de 2026"},
    {"pt", kWed, "A empresa atua no Brasil desde 2020.", "2020@2020"},
    {"pt", kWed, "O contrato vale até 2030.", "2030@2030"},
    {"pt", kWed, "O plano prevê investimentos entre 2025 e 2030.", ""},
    {"pt", kWed, "O pacote soma 700 mil milhões de euros.", ""},
    {"pt", kWed, "Publicado em 19 nov. 2025, o relatório detalha o acordo.", "2025-11-19@19 nov. 2025"},
    {"pt", kWed, "O documento é de 01/10/2025.", "2025-10-01@01/10/2025"},
    {"pt", kWed, "Na segunda-feira, 6 de outubro, a AMD anunciou o acordo.", "2025-10-06@6 de outubro~"},
    {"pt", kWed, "O lucro cresceu no terceiro trimestre de 2025.", ""},
    {"pt", kWed, "A empresa tem mais de 2000 funcionários.", ""},
    {"pt", kWed, "O contrato foi fechado em outubro deste ano.", "2025-10@outubro deste ano~"},
    {"pt", kWed, "Cinco de dez analistas concordam: 5 out of 10.", ""},
    {"pt-BR", kWed, "A Nvidia informou nesta terça-feira que vai investir US$ 100 bi.", "2025-10-07@nesta terça-feira~"},
    {"pt-PT", kWed, "O investimento de 1000 mil milhões foi anunciado em 2025.", "2025@2025"},
    {"pt", kWed, "As vendas cresceram 15% em 2025, para R$ 5 bilhões.", "2025@2025"},
    {"pt", kWed, "Hoje em dia, a procura por GPUs cresce.", ""},
    {"pt", kWed, "A final foi no domingo (5), em São Paulo.", "2025-10-05@domingo (5)~"},
};

const std::vector<Case> kSpanish = {
    {"es", kWed, "El acuerdo se firmó el 19 de noviembre de 2025.", "2025-11-19@19 de noviembre de 2025"},
    {"es", kWed, "Nvidia anunció el martes una inversión.", "2025-10-07@martes~"},
    {"es", kWed, "El informe se publicó el 19 nov. 2025.", "2025-11-19@19 nov. 2025"},
    {"es", kWed, "El pasado martes, Oracle confirmó el alquiler.", "2025-10-07@pasado martes~"},
    {"es", kWed, "Oracle confirmó el martes pasado el alquiler.", "2025-10-07@martes pasado~"},
    {"es", kWed, "El contrato se firmará el próximo viernes.", "2025-10-10@próximo viernes~"},
    {"es", kWed, "El contrato se firmará el viernes próximo.", "2025-10-10@viernes próximo~"},
    {"es", kWed, "Ayer, la empresa cerró la compra.", "2025-10-07@Ayer~"},
    {"es", kWed, "Hoy la compañía presentó resultados.", "2025-10-08@Hoy~"},
    {"es", kWed, "Mañana se firmará el acuerdo.", "2025-10-09@Mañana~"},
    {"es", kWed, "La reunión fue por la mañana.", ""},
    {"es", kWed, "Esta mañana se anunció la alianza.", ""},
    {"es", kWed, "Pasado mañana se conocerán los detalles.", "2025-10-10@Pasado mañana~"},
    {"es", kWed, "En octubre, la firma aportó 45.000 millones de euros.", "2025-10@octubre~"},
    {"es", kWed, "El acuerdo se cerró el 3 de marzo.", "2025-03-03@3 de marzo~"},
    {"es", kWed, "La entrega será a finales de octubre.", "2025-10@octubre~"},
    {"es", kWed, "La alianza se anunció en octubre del año pasado.", "2024-10@octubre del año pasado~"},
    {"es", kWed, "La planta abrirá el próximo año.", "2026@próximo año~"},
    {"es", kWed, "El mes pasado se firmó la alianza.", "2025-09@mes pasado~"},
    {"es", kWed, "Esta semana se anunció el suministro.", "2025-10@Esta semana~"},
    {"es", kWed, "El contrato dura hasta 2030.", "2030@2030"},
    {"es", kWed, "El acuerdo entra en vigor el 1 de enero de 2026.", "2026-01-01@1 de enero de 2026"},
    {"es", kWed, "El acuerdo entró en vigor el 1.º de enero.", "2025-01-01@1.º de enero~"},
    {"es", kWed, "El paquete suma 45.000 millones de euros.", ""},
    {"es", kWed, "La fábrica abrirá en 2027.", "2027@2027"},
    {"es", kWed, "El documento está fechado el 19/11/2025.", "2025-11-19@19/11/2025"},
    {"es", kWed, "El plan abarca de 2025 a 2030.", ""},
    {"es", kWed, "El sábado, la empresa confirmó la compra.", "2025-10-04@sábado~"},
    {"es", kWed, "El domingo se conoció el acuerdo.", "2025-10-05@domingo~"},
    {"es", kWed, "Las ventas crecieron un 20 por ciento en 2025.", "2025@2025"},
    {"es", kWed, "El acuerdo se anunció el martes 7 de octubre.", "2025-10-07@7 de octubre~"},
    {"es", kWed, "La empresa tiene más de 2000 empleados.", ""},
    {"es", kWed, "Hoy en día la demanda de chips crece.", ""},
    {"es", kWed, "La planta está en Santo Domingo.", ""},
};

const std::vector<Case> kEnglish = {
    {"en", kWed, "Nvidia said on Sept 30 it would invest.", "2025-09-30@Sept 30~"},
    {"en", kWed, "Nvidia said on Sept. 30 it would invest.", "2025-09-30@Sept. 30~"},
    {"en", kWed, "The deal was signed on September 30, 2025.", "2025-09-30@September 30, 2025"},
    {"en", kWed, "The deal was signed on 30 September 2025.", "2025-09-30@30 September 2025"},
    {"en", kWed, "AMD announced the agreement on Tuesday.", "2025-10-07@Tuesday~"},
    {"en", kWed, "AMD said Tuesday it would supply chips.", "2025-10-07@Tuesday~"},
    {"en", kWed, "Oracle agreed last month to rent GPUs.", "2025-09@last month~"},
    {"en", kWed, "The companies met in October.", "2025-10@October~"},
    {"en", kWed, "Revenue rose in Q3 2025.", ""},
    {"en", kWed, "The filing is dated 2025-10-01.", "2025-10-01@2025-10-01"},
    {"en", kWed, "The deal may close soon.", ""},
    {"en", kWed, "The deal may close in March.", "2025-03@March~"},
    {"en", kWed, "The plant opened in May.", "2025-05@May~"},
    {"en", kWed, "The plant opened on May 5.", "2025-05-05@May 5~"},
    {"en", kWed, "It was signed on the 30th of September.", "2025-09-30@30th of September~"},
    {"en", kWed, "On Tuesday, Sept 30, the firms signed.", "2025-09-30@Sept 30~"},
    {"en", kWed, "The shares jumped last Tuesday.", "2025-10-07@last Tuesday~"},
    {"en", kWed, "The contract will be signed next Tuesday.", "2025-10-14@next Tuesday~"},
    {"en", kWed, "Talks resume this coming Monday.", "2025-10-13@this coming Monday~"},
    {"en", kWed, "The board met this past Friday.", "2025-10-03@this past Friday~"},
    {"en", kWed, "The capacity will be online by 2030.", "2030@2030"},
    {"en", kWed, "Deliveries start mid-2026.", "2026@2026"},
    {"en", kWed, "Deliveries start by the end of 2026.", "2026@2026"},
    {"en", kWed, "Profit rose in the third quarter of 2025.", ""},
    {"en", kWed, "The target is for fiscal 2026.", ""},
    {"en", kWed, "They will deploy in 2000 GPUs clusters.", ""},
    {"en", kWed, "The filing is dated 10/01/2025.", "2025-10-01@10/01/2025"},
    {"en", kWed, "The call starts at 10:30 with shares up 30%.", ""},
    {"en", kWed, "The 2025-2030 plan is ambitious.", ""},
    {"en", kWed, "Spending grows from 2025 to 2030.", ""},
    {"en", kWed, "The deal was agreed in October last year.", "2024-10@October last year~"},
    {"en", kWed, "Black Friday sales rose.", ""},
    {"en", kWed, "USA Today reported the deal.", ""},
    {"en", kWed, "Earlier this month, xAI raised money.", "2025-10@this month~"},
    {"en", kWed, "The deal was first reported in September 2025.", "2025-09@September 2025"},
    {"en", kWed, "Yesterday the firms confirmed the deal.", "2025-10-07@Yesterday~"},
    {"en", kWed, "Nvidia said today it will invest.", "2025-10-08@today~"},
    {"en", kWed, "The deal closes tomorrow.", "2025-10-09@tomorrow~"},
    {"en", kWed, "The talks began last week.", "2025@last week~"},
    {"en", kWed, "The talks resume next week.", "2025-10@next week~"},
    {"en", kWed, "Shipments begin this year.", "2025@this year~"},
    {"en", kWed, "Shipments begin next year.", "2026@next year~"},
    {"en", kWed, "Revenue doubled last year.", "2024@last year~"},
    {"en", kWed, "Nvidia will invest up to $100 billion in OpenAI.", ""},
    {"en", kWed, "AMD will issue 160 million shares.", ""},
    {"en", kWed, "The site opens in March 2026.", "2026-03@March 2026"},
    {"en", kWed, "The deal was announced Dec. 15, 2025.", "2025-12-15@Dec. 15, 2025"},
    {"en", kWed, "The deal was announced Jan 5.", "2025-01-05@Jan 5~"},
    {"en", kWed, "Prices have risen since January.", "2025-01@January~"},
    {"en", kWed, "The RTX 4090 and H100 chips sold out.", ""},
    {"en", kWed, "The 2025 report was released.", ""},
    {"en", kWed, "The merger closed on Oct. 6, 2025.", "2025-10-06@Oct. 6, 2025"},
    {"en", kWed, "The merger closed on September 30th.", "2025-09-30@September 30th~"},
    {"en", kWed, "The first deal came last October.", "2024-10@last October~"},
    {"en", kWed, "The second phase starts next March.", "2026-03@next March~"},
    {"en", kWed, "The deal, announced on Tuesday, follows a September 30, 2025 agreement and runs until 2030.",
     "2025-10-07@Tuesday~ | 2025-09-30@September 30, 2025 | 2030@2030"},
    {"en", kWed, "AMD's stock rose 24% on Monday.", "2025-10-06@Monday~"},
    {"en", kWed, "Cyber Monday is not a date here.", ""},
    {"en-US", kWed, "The 10 gigawatt build-out starts in 2026.", "2026@2026"},
    {"en", kWed, "Mar 3 2026 is the closing date.", "2026-03-03@Mar 3 2026"},
    {"en", kWed, "The plan, announced last February 28, froze prices.", "2025-02-28@last February 28~"},
    {"en", kWed, "The vote is set for next March 5.", "2026-03-05@next March 5~"},
    {"en", kWed, "This March 5 was the deadline.", "2025-03-05@This March 5~"},
    {"en", kWed, "The warrants run from May 19, 1987 until April 9, 1992.", "1987-05-19@May 19, 1987 | 1992-04-09@April 9, 1992"},
    {"en", kWed, "As of Oct 6, 1,598,789 shares were tendered.", "2025-10-06@Oct 6~"},
    {"en", kWed, "Housing starts fell in mid-February.", "2025-02@February~"},
};

const std::vector<Case> kGerman = {
    {"de", kWed, "Der Vertrag wurde am 4. November 2025 unterzeichnet.", "2025-11-04@4. November 2025"},
    {"de", kWed, "Nvidia kündigte am Montag eine Investition an.", "2025-10-06@Montag~"},
    {"de", kWed, "Die Gespräche begannen im Oktober.", "2025-10@Oktober~"},
    {"de", kWed, "Die Lieferung beginnt am 4. November.", "2025-11-04@4. November~"},
    {"de", kWed, "Am Montag, den 6. Oktober, wurde der Deal bekannt.", "2025-10-06@6. Oktober~"},
    {"de", kWed, "Heute Morgen stieg die Aktie.", "2025-10-08@Heute~"},
    {"de", kWed, "Der Vertrag wird morgen unterzeichnet.", "2025-10-09@morgen~"},
    {"de", kWed, "Gestern meldete AMD den Auftrag.", "2025-10-07@Gestern~"},
    {"de", kWed, "Vorgestern wurde das bekannt.", "2025-10-06@Vorgestern~"},
    {"de", kWed, "Übermorgen folgen Details.", "2025-10-10@Übermorgen~"},
    {"de", kWed, "Oracle bestätigte vergangenen Montag den Vertrag.", "2025-10-06@vergangenen Montag~"},
    {"de", kWed, "Der Vertrag folgt am kommenden Freitag.", "2025-10-10@kommenden Freitag~"},
    {"de", kWed, "Die Details folgen nächsten Dienstag.", "2025-10-14@nächsten Dienstag~"},
    {"de", kWed, "Die Gespräche begannen letzte Woche.", "2025@letzte Woche~"},
    {"de", kWed, "Die Lieferung beginnt nächste Woche.", "2025-10@nächste Woche~"},
    {"de", kWed, "Im vergangenen Jahr stieg der Umsatz.", "2024@vergangenen Jahr~"},
    {"de", kWed, "Nächstes Jahr soll die Fabrik öffnen.", "2026@Nächstes Jahr~"},
    {"de", kWed, "Letzten Monat kündigte Siemens den Kauf an.", "2025-09@Letzten Monat~"},
    {"de", kWed, "Die Fabrik soll Ende 2026 öffnen.", "2026@2026"},
    {"de", kWed, "Das Unternehmen ist seit 2020 am Markt.", "2020@2020"},
    {"de", kWed, "Im Jahr 2024 verdoppelte sich der Umsatz.", "2024@2024"},
    {"de", kWed, "Das Datum ist der 21.10.2025.", "2025-10-21@21.10.2025"},
    {"de", kWed, "Der Auftrag ist 4,2 Mrd. Euro wert.", ""},
    {"de", kWed, "Der Umsatz stieg um rund vier Prozent.", ""},
    {"de", kWed, "Der Gewinn stieg im dritten Quartal 2025.", ""},
    {"de", kWed, "Der Deal wurde im Oktober letzten Jahres geschlossen.", "2024-10@Oktober letzten Jahres~"},
    {"de", kWed, "Die Produktion startet im März 2026.", "2026-03@März 2026"},
    {"de", kWed, "Die Gespräche begannen am 1. Mai.", "2025-05-01@1. Mai~"},
    {"de", kWed, "Der Vertrag gilt ab dem 15. Jan. 2026.", "2026-01-15@15. Jan. 2026"},
    {"de", kWed, "Das Programm läuft von 2025 bis 2030.", ""},
    {"de", kWed, "Die Gruppe steckt 7 Milliarden Euro bis 2030 in Rechenzentren.", "2030@2030"},
    {"de", kWed, "Die Aktie stieg um 4.5 Prozent.", ""},
};

const std::vector<Case> kFrench = {
    {"fr", kWed, "L'accord a été signé le 21 novembre 2025.", "2025-11-21@21 novembre 2025"},
    {"fr", kWed, "Nvidia a annoncé lundi un investissement.", "2025-10-06@lundi~"},
    {"fr", kWed, "Les discussions ont commencé en septembre.", "2025-09@septembre~"},
    {"fr", kWed, "Le contrat a été signé le 3 mars.", "2025-03-03@3 mars~"},
    {"fr", kWed, "Le partenariat commence le 1er mars 2026.", "2026-03-01@1er mars 2026"},
    {"fr", kWed, "Oracle a confirmé lundi dernier la location.", "2025-10-06@lundi dernier~"},
    {"fr", kWed, "Le contrat sera signé mardi prochain.", "2025-10-14@mardi prochain~"},
    {"fr", kWed, "L'an dernier, le chiffre d'affaires a doublé.", "2024@an dernier~"},
    {"fr", kWed, "L’année dernière, le groupe a investi.", "2024@année dernière~"},
    {"fr", kWed, "La semaine dernière, AMD a signé.", "2025@semaine dernière~"},
    {"fr", kWed, "Le mois dernier, Mistral a levé des fonds.", "2025-09@mois dernier~"},
    {"fr", kWed, "Aujourd’hui, le groupe publie ses résultats.", "2025-10-08@Aujourd’hui~"},
    {"fr", kWed, "La capacité sera disponible d'ici 2030.", "2030@2030"},
    {"fr", kWed, "Le contrat court jusqu'en 2027.", "2027@2027"},
    {"fr", kWed, "L'usine ouvrira fin 2026.", "2026@2026"},
    {"fr", kWed, "Les livraisons débutent mi-2026.", "2026@2026"},
    {"fr", kWed, "L'accord a été conclu en octobre dernier.", "2024-10@octobre dernier~"},
    {"fr", kWed, "Lundi 6 octobre, le groupe a annoncé l'accord.", "2025-10-06@6 octobre~"},
    {"fr", kWed, "Hier, la société a confirmé l'achat.", "2025-10-07@Hier~"},
    {"fr", kWed, "Le contrat sera signé demain.", "2025-10-09@demain~"},
    {"fr", kWed, "Avant-hier, les deux groupes se sont rencontrés.", "2025-10-06@Avant-hier~"},
    {"fr", kWed, "L'usine ouvrira l'année prochaine.", "2026@année prochaine~"},
    {"fr", kWed, "Cette semaine, le groupe a signé.", "2025-10@Cette semaine~"},
    {"fr", kWed, "Ce lundi, le groupe a signé.", "2025-10-06@Ce lundi~"},
    {"fr", kWed, "Le groupe investit 30 milliards de dollars.", ""},
    {"fr", kWed, "Le fonds pourrait investir jusqu'à 10 milliards.", ""},
    {"fr", kWed, "Le bénéfice a progressé au troisième trimestre 2025.", ""},
    {"fr", kWed, "Le contrat prend effet le 15 janv. 2026.", "2026-01-15@15 janv. 2026"},
    {"fr", kWed, "Les livraisons débuteront début 2026.", "2026@2026"},
    {"fr", kWed, "Les prix montent depuis septembre.", "2025-09@septembre~"},
    {"fr", kWed, "Le plan couvre la période de 2025 à 2030.", ""},
    {"fr", kWed, "Le groupe vise une hausse de 4 pour cent en 2026.", "2026@2026"},
};

const std::vector<Case> kNumeric = {
    {"en", kWed, "Dated 2025/10/01.", "2025-10-01@2025/10/01"},
    {"de", kWed, "Stand: 2025.10.01.", "2025-10-01@2025.10.01"},
    {"en", kWed, "Timestamp 2025-10-01T10:00:00Z.", "2025-10-01@2025-10-01"},
    {"en", kWed, "Code 2025-13-01 is not a date.", ""},
    {"en", kWed, "Code 2025-02-30 is not a date.", ""},
    {"en", kWed, "Leap day 2024-02-29.", "2024-02-29@2024-02-29"},
    {"en", kWed, "No leap day 2025-02-29.", ""},
    {"de", kWed, "Kein Datum: 31.04.2025.", ""},
    {"en", kWed, "US order: 12/25/2025.", "2025-12-25@12/25/2025"},
    {"pt", kWed, "Ordem brasileira: 12/25/2025.", ""},
    {"pt", kWed, "Ordem brasileira: 25/12/2025.", "2025-12-25@25/12/2025"},
    {"en", kWed, "Dots are day first: 10.01.2025.", "2025-01-10@10.01.2025"},
    {"fr", kWed, "Le 06-10-2025 à Paris.", "2025-10-06@06-10-2025"},
    {"en", kWed, "Dotted 1.2.2025 reads day first.", "2025-02-01@1.2.2025"},
    {"en", kWed, "Fiscal 2025/26 results.", ""},
    {"en", kWed, "Years 1850 and 2150 are outside the range: in 1850, by 2150.", ""},
    {"es", kWed, "１９ de noviembre de ２０２５", "2025-11-19@１９ de noviembre de ２０２５"},
};

const std::vector<Case> kWithoutPublication = {
    {"zh-Hans", kNone, "2026年4月18日，英伟达宣布投资。", "2026-04-18@2026年4月18日"},
    {"zh-Hans", kNone, "4月18日，英伟达宣布投资。", ""},
    {"zh-Hans", kNone, "昨天双方签约。", ""},
    {"zh-Hans", kNone, "今年1月，双方签约。", ""},
    {"zh-Hans", kNone, "本周三，双方签约。", ""},
    {"zh-Hans", kNone, "英伟达18日宣布。", ""},
    {"zh-Hans", kNone, "于2025年签署。", "2025@2025年"},
    {"pt", kNone, "A Lumina comunicou nesta segunda-feira.", ""},
    {"pt", kNone, "O acordo foi assinado em 15 de março de 2026.", "2026-03-15@15 de março de 2026"},
    {"pt", kNone, "A fábrica começa em 2026.", "2026@2026"},
    {"pt", kNone, "Em setembro, a empresa fechou o acordo.", ""},
    {"pt", kNone, "O acordo foi fechado em outubro do ano passado.", ""},
    {"en", kNone, "Nvidia said on Sept 30 it would invest.", ""},
    {"en", kNone, "The deal was signed on September 30, 2025.", "2025-09-30@September 30, 2025"},
    {"en", kNone, "AMD announced the agreement on Tuesday.", ""},
    {"en", kNone, "Oracle agreed last month to rent GPUs.", ""},
    {"en", kNone, "Revenue doubled in 2025.", "2025@2025"},
    {"de", kNone, "Die Gespräche begannen im Oktober.", ""},
    {"de", kNone, "Der Vertrag wurde am 4. November 2025 unterzeichnet.", "2025-11-04@4. November 2025"},
    {"fr", kNone, "Nvidia a annoncé lundi un investissement.", ""},
    {"es", kNone, "El acuerdo se firmó el 3 de marzo.", ""},
    {"zh-Hans", "18/04/2026", "昨天双方签约。", ""},
    {"zh-Hans", "2026-02-30", "昨天双方签约。", ""},
    {"zh-Hans", "2026-04-18T09:30:00+08:00", "昨天双方签约。", "2026-04-17@昨天~"},
    {"zh-Hans", "2026-04-18 09:30", "昨天双方签约。", "2026-04-17@昨天~"},
};

const std::vector<Case> kLanguageHints = {
    // und: Han characters make it Chinese, otherwise the fallback language (English).
    {"und", kSat, "英伟达4月18日宣布。", "2026-04-18@4月18日~"},
    {"", kSat, "英伟达昨天宣布。", "2026-04-17@昨天~"},
    {"und", kWed, "The deal was signed last Tuesday.", "2025-10-07@last Tuesday~"},
    // Words of one language are not read in another.
    {"en", kWed, "Ontem a empresa anunciou.", ""},
    {"pt", kWed, "Yesterday the company said.", ""},
    {"de", kWed, "Hier ist der Vertrag.", ""},
    {"fr", kWed, "Hier, la société a signé.", "2025-10-07@Hier~"},
    // Digits, ISO dates and bare Latin structure need no words.
    {"it", kWed, "Firmato il 2025-10-01.", "2025-10-01@2025-10-01"},
    {"zh-Hant-TW", kSat, "上週三簽約。", "2026-04-08@上週三~"},
};

// Every weekday, with each shift, against a Wednesday (2025-10-08).
std::vector<Case> weekday_table() {
  static const char* const kEnglish[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  static const char* const kChinese[] = {"一", "二", "三", "四", "五", "六", "日"};
  static const char* const kOnOrBefore[] = {"2025-10-06", "2025-10-07", "2025-10-08", "2025-10-02",
                                            "2025-10-03", "2025-10-04", "2025-10-05"};
  static const char* const kBefore[] = {"2025-10-06", "2025-10-07", "2025-10-01", "2025-10-02",
                                        "2025-10-03", "2025-10-04", "2025-10-05"};
  static const char* const kAfter[] = {"2025-10-13", "2025-10-14", "2025-10-15", "2025-10-09",
                                       "2025-10-10", "2025-10-11", "2025-10-12"};
  static const char* const kLastWeek[] = {"2025-09-29", "2025-09-30", "2025-10-01", "2025-10-02",
                                          "2025-10-03", "2025-10-04", "2025-10-05"};
  static const char* const kThisWeek[] = {"2025-10-06", "2025-10-07", "2025-10-08", "2025-10-09",
                                          "2025-10-10", "2025-10-11", "2025-10-12"};
  static const char* const kNextWeek[] = {"2025-10-13", "2025-10-14", "2025-10-15", "2025-10-16",
                                          "2025-10-17", "2025-10-18", "2025-10-19"};
  std::vector<std::tuple<const char*, std::string, std::string>> rows;
  for (int d = 0; d < 7; ++d) {
    const std::string day = kEnglish[d];
    const std::string zh = std::string("周") + kChinese[d];
    rows.emplace_back("en", "It happened on " + day + ".", std::string(kOnOrBefore[d]) + "@" + day + "~");
    rows.emplace_back("en", "It happened last " + day + ".", std::string(kBefore[d]) + "@last " + day + "~");
    rows.emplace_back("en", "It happens next " + day + ".", std::string(kAfter[d]) + "@next " + day + "~");
    rows.emplace_back("zh-Hans", zh + "签约。", std::string(kOnOrBefore[d]) + "@" + zh + "~");
    rows.emplace_back("zh-Hans", "上" + zh + "签约。", std::string(kLastWeek[d]) + "@上" + zh + "~");
    rows.emplace_back("zh-Hans", "本" + zh + "签约。", std::string(kThisWeek[d]) + "@本" + zh + "~");
    rows.emplace_back("zh-Hans", "下" + zh + "签约。", std::string(kNextWeek[d]) + "@下" + zh + "~");
  }
  std::vector<Case> cases;
  for (const auto& [language, text, expected] : rows) cases.push_back(Case{language, kWed, text, expected});
  return cases;
}

std::size_t table_size() {
  return kChinese.size() + kTraditional.size() + kPortuguese.size() + kSpanish.size() + kEnglish.size() +
         kGerman.size() + kFrench.size() + kNumeric.size() + kWithoutPublication.size() + kLanguageHints.size();
}

}  // namespace

// ---------------------------------------------------------------------------------------

TEST_CASE("dates: the vocabulary loads from ontology/rules/dates.ttl", "[dates]") {
  const DateVocabulary vocabulary = DateVocabulary::load(dates_ttl());
  CHECK(vocabulary.source() == dates_ttl());
  CHECK(vocabulary.word_count() > 50);
  CHECK(vocabulary.surface_count() > 400);
}

TEST_CASE("dates: Chinese (simplified)", "[dates]") { run_cases(kChinese); }
TEST_CASE("dates: Chinese (traditional)", "[dates]") { run_cases(kTraditional); }
TEST_CASE("dates: Portuguese", "[dates]") { run_cases(kPortuguese); }
TEST_CASE("dates: Spanish", "[dates]") { run_cases(kSpanish); }
TEST_CASE("dates: English", "[dates]") { run_cases(kEnglish); }
TEST_CASE("dates: German", "[dates]") { run_cases(kGerman); }
TEST_CASE("dates: French", "[dates]") { run_cases(kFrench); }
TEST_CASE("dates: dates of digits", "[dates]") { run_cases(kNumeric); }
TEST_CASE("dates: without a publication date only absolute dates are returned", "[dates]") {
  run_cases(kWithoutPublication);
}
TEST_CASE("dates: language hints", "[dates]") { run_cases(kLanguageHints); }
TEST_CASE("dates: every weekday with every shift", "[dates]") { run_cases(weekday_table()); }

TEST_CASE("dates: the tables are large enough", "[dates]") {
  CHECK(table_size() + weekday_table().size() >= 300);
}

TEST_CASE("dates: byte offsets, precision and the relative flag", "[dates]") {
  const std::string text = "据报道，英伟达于2025年10月6日与AMD签约，去年曾洽谈。";
  const auto found = find_dates(text, "zh-Hans", kSat);
  REQUIRE(found.size() == 2);
  CHECK(found[0].iso == "2025-10-06");
  CHECK(found[0].byte_begin == text.find("2025"));
  CHECK(found[0].byte_end == text.find("与AMD"));
  CHECK_FALSE(found[0].relative);
  CHECK(found[0].precision == DateFinder::Precision::Day);
  CHECK(found[1].iso == "2025");
  CHECK(found[1].as_written == "去年");
  CHECK(found[1].relative);
  CHECK(found[1].precision == DateFinder::Precision::Year);

  const auto month = find_dates("Oracle agreed last month.", "en", kSat);
  REQUIRE(month.size() == 1);
  CHECK(month[0].precision == DateFinder::Precision::Month);
  CHECK(month[0].iso == "2026-03");
}

TEST_CASE("dates: a year without its month is not taken for a later year", "[dates]") {
  // The latest year that puts the date at most dg:maxDaysAhead (61) days after publication.
  run_cases({
      {"en", "2026-04-18", "It closes on June 18.", "2026-06-18@June 18~"},
      {"en", "2026-04-18", "It closed on June 19.", "2025-06-19@June 19~"},
      {"en", "2025-12-20", "It closes on Jan 15.", "2026-01-15@Jan 15~"},
      {"en", "2025-12-20", "It closed on Nov. 2.", "2025-11-02@Nov. 2~"},
      {"en", "2026-01-10", "It closed on Dec. 30.", "2025-12-30@Dec. 30~"},
      {"en", "2026-01-10", "It closes in February.", "2026-02@February~"},
      {"en", "2026-01-10", "It closed in April.", "2025-04@April~"},
      {"en", "2025-03-01", "It happened on February 29.", "2024-02-29@February 29~"},
      {"zh-Hans", "2026-04-30", "英伟达1日宣布。", "2026-05-01@1日~"},
      {"zh-Hans", "2026-04-02", "英伟达30日宣布。", "2026-03-30@30日~"},
      {"zh-Hans", "2026-03-01", "英伟达31日宣布。", "2026-01-31@31日~"},
  });
}

TEST_CASE("dates: weeks across months and years", "[dates]") {
  run_cases({
      {"en", "2026-04-18", "It was agreed last week.", "2026-04@last week~"},
      {"en", "2026-04-18", "It will be agreed next week.", "2026-04@next week~"},
      {"en", "2026-04-30", "It will be agreed next week.", "2026-05@next week~"},
      {"en", "2026-04-30", "It was agreed this week.", "2026@this week~"},
      {"en", "2026-01-01", "It was agreed last week.", "2025-12@last week~"},
      {"en", "2026-01-01", "It was agreed this week.", ""},  // 2025-12-29 .. 2026-01-04
  });
}

TEST_CASE("dates: a custom vocabulary is all the finder knows", "[dates]") {
  const DateVocabulary vocabulary = DateVocabulary::from_turtle(
      "@prefix dg: <https://w3id.org/dealgraph#> .\n"
      "@prefix dgr: <https://w3id.org/dealgraph/rules/> .\n"
      "dgr:ottobre a dg:MonthName ; dg:month 10 ; dg:surface \"ottobre\"@it .\n"
      "dgr:ieri a dg:RelativeDay ; dg:offset -1 ; dg:surface \"ieri\"@it .\n"
      "dgr:in a dg:DateCue ; dg:surface \"a\"@it .\n",
      "italian.ttl");
  CHECK(vocabulary.word_count() == 3);
  const DateFinder italian(vocabulary);
  CHECK(render(italian.find_all("Firmato il 3 ottobre 2025, annunciato ieri.", "it", kWed)) ==
        "2025-10-03@3 ottobre 2025 | 2025-10-07@ieri~");
  CHECK(render(italian.find_all("Firmato a ottobre.", "it", kWed)) == "2025-10@ottobre~");
  CHECK(render(italian.find_all("Signed on 3 October 2025, announced yesterday.", "en", kWed)).empty());
  // Without a dg:DatePolicy the defaults hold: 1950..2100, 61 days ahead.
  CHECK(render(italian.find_all("Firmato il 3 ottobre 2150.", "it", kWed)) == "2025-10-03@3 ottobre~");
}

TEST_CASE("dates: a broken vocabulary is reported with its place", "[dates]") {
  const std::string prefixes =
      "@prefix dg: <https://w3id.org/dealgraph#> .\n@prefix dgr: <https://w3id.org/dealgraph/rules/> .\n";
  auto message = [&](const std::string& body) -> std::string {
    try {
      DateVocabulary::from_turtle(prefixes + body, "bad.ttl");
    } catch (const dealgraph::Error& e) {  // KnowledgeError, or rdf::ParseError for bad Turtle
      return e.what();
    }
    return "(no error)";
  };
  CHECK_THAT(message("dgr:m a dg:MonthName ; dg:surface \"x\" .\n"),
             Catch::StartsWith("bad.ttl:3:1: ") && Catch::Contains("has no dg:month"));
  CHECK_THAT(message("dgr:m a dg:MonthName ; dg:month 13 ; dg:surface \"x\" .\n"),
             Catch::StartsWith("bad.ttl:3:1: ") && Catch::Contains("out of 1..12"));
  CHECK_THAT(message("dgr:w a dg:WeekdayName ; dg:weekday 3 .\n"), Catch::Contains("has no dg:surface"));
  CHECK_THAT(message("dgr:s a dg:ShiftWord ; dg:shift \"soon\" ; dg:surface \"x\" .\n"),
             Catch::Contains("unknown dg:shift \"soon\""));
  CHECK_THAT(message("dgr:s a dg:ShiftWord ; dg:shift \"before\" ; dg:position \"inside\" ; dg:surface \"x\" .\n"),
             Catch::Contains("unknown dg:position"));
  CHECK_THAT(message("dgr:k a dg:DateMarker ; dg:unit \"week\" ; dg:surface \"周\" .\n"),
             Catch::Contains("unknown dg:unit"));
  CHECK_THAT(message("dgr:n a dg:DateNumeral ; dg:value 10 ; dg:surface \"十\" .\n"),
             Catch::Contains("dg:tens"));
  CHECK_THAT(message("dgr:n a dg:DateNumeral ; dg:value 1 ; dg:surface \"一二\" .\n"),
             Catch::Contains("not one character"));
  CHECK_THAT(message("dgr:r a dg:RelativeDay ; dg:offset \"soon\" ; dg:surface \"x\" .\n"),
             Catch::Contains("not an integer"));
  CHECK_THAT(message("dgr:o a dg:NumericDateOrder ; dg:language \"en\" ; dg:numericOrder \"ydm\" .\n"
                     "dgr:m a dg:MonthName ; dg:month 1 ; dg:surface \"x\" .\n"),
             Catch::Contains("unknown dg:numericOrder"));
  CHECK_THAT(message("dgr:p a dg:DatePolicy ; dg:maxDaysAhead 61 ; dg:minimumYear 2100 ; dg:maximumYear 1950 ;"
                     " dg:fallbackLanguage \"en\" .\n"),
             Catch::Contains("dg:minimumYear above dg:maximumYear"));
  CHECK_THAT(message("dgr:c a dg:DateCue ; dg:surface \"\" .\n"), Catch::Contains("empty dg:surface"));
  CHECK_THAT(message(""), Catch::StartsWith("bad.ttl:1:1: ") && Catch::Contains("no date words"));
  CHECK_THROWS_AS(DateVocabulary::from_turtle(prefixes, "bad.ttl"), dealgraph::KnowledgeError);
  CHECK_THAT(message("dgr:m a dg:MonthName ; dg:month 1 ; dg:surface \"x\" \n"), Catch::StartsWith("bad.ttl:"));
  CHECK_THROWS_AS(DateVocabulary::load("/nonexistent/dates.ttl"), std::runtime_error);
}

TEST_CASE("dates: find_all is safe from several threads at once", "[dates]") {
  std::vector<Case> all;
  for (const auto* table : {&kChinese, &kPortuguese, &kSpanish, &kEnglish, &kGerman, &kFrench})
    all.insert(all.end(), table->begin(), table->end());
  std::vector<std::string> expected;
  for (const Case& c : all) expected.push_back(render(finder().find_all(c.text, c.language, c.published)));
  std::vector<int> mismatches(6, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 6; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 20; ++round)
        for (std::size_t k = 0; k < all.size(); ++k) {
          const Case& c = all[(k + static_cast<std::size_t>(t) * 7) % all.size()];
          const std::size_t index = (k + static_cast<std::size_t>(t) * 7) % all.size();
          if (render(finder().find_all(c.text, c.language, c.published)) != expected[index]) ++mismatches[t];
        }
    });
  }
  for (auto& thread : threads) thread.join();
  for (int m : mismatches) CHECK(m == 0);
}

TEST_CASE("dates: odd input does not break the invariants", "[dates]") {
  std::mt19937 random(20260418);
  const std::vector<std::string> pieces = {
      "2026", "年", "4", "月", "18", "日", "号", "十", "二", "〇", "上", "周", "三", " ", ",", ".", "-", "/", "(", ")",
      "de", "março", "Sept", "30", "th", "lundi", "dernier", "nesta", "segunda", "-feira", "last", "Tuesday", "in",
      "\xE2\x80\x99", "\xEF\xBC\x91", "\xE5", "\x80", "\xFF", "º", "er", "am", "Montag", "1", "2025", "–", "~",
      "今年", "去年", "本月", "季度", "Q3", "mid", "%", "日元", "l'", "an", "année", "passado", "ano"};
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const int length = static_cast<int>(random() % 14);
    for (int k = 0; k < length; ++k) text += pieces[random() % pieces.size()];
    for (const char* language : {"zh-Hans", "pt", "en", "fr", "de", "es", "und"}) {
      INFO(text << " [" << language << "]");
      find_dates(text, language, round % 5 == 0 ? kNone : kSat);
    }
  }
  // Truncated UTF-8 in the middle of every case.
  for (const Case& c : kChinese) {
    const std::string text = c.text;
    for (std::size_t cut = 1; cut < text.size(); cut += 2) find_dates(text.substr(0, cut), c.language, c.published);
  }
  CHECK(find_dates("", "en", kWed).empty());
  CHECK(find_dates(std::string(1, '\0') + "2025-10-01", "en", kWed).size() == 1);
}

TEST_CASE("dates: long text is scanned in linear time", "[dates]") {
  std::string text;
  for (int k = 0; k < 4000; ++k) text += "英伟达4月18日宣布，上周三签约，the deal closed on Sept 30 and runs until 2030. ";
  const auto start = std::chrono::steady_clock::now();
  const auto found = finder().find_all(text, "und", kSat);
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  CHECK(found.size() == 4000 * 2);  // und with Han reads Chinese: the English words are not read
  CHECK(seconds < 5.0);
}
