// A table of deal and post sentences in the seven languages dealgraph reads, each with the
// deals (and posts) a reader takes from its meaning. Every sentence here was written for
// these tests. Rows the extractor does not yet get right are marked known_gap: they are
// checked with CHECK_NOFAIL, so they are reported without failing the suite (shown with
// -s: "failed - but was ok"); when a rule improvement makes one pass, a warning says so and
// its kGap mark should be dropped. Run: dealgraph_tests "[deal-table]" -s -r compact
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "support/knowledge.hpp"

using namespace dealgraph;

namespace {

using V = std::vector<std::string>;

// A deal row: "Type role=entity role=entity" per deal, parties in any order. Entities are
// the lexicon IRI's last segment, or new:<name> for a discovered entity (lower case, words
// joined by '-', legal suffix dropped: "Acme Compute Inc." -> new:acme-compute).
struct DealRow {
  const char* lang;
  const char* text;
  V deals;
  const char* amount = nullptr;    // "value CUR" of the deal's main amount, when the text states one
  const char* quantity = nullptr;  // "value unit" of a quantity the deal carries (GW, chips, percent)
  bool known_gap = false;
};

// Marks a row the extractor does not get right yet (see the note at the top).
constexpr bool kGap = true;

// A post row: "holder TITLE organisation" per post.
struct PostRow {
  const char* lang;
  const char* text;
  V posts;
  bool known_gap = false;
};

std::string local(const std::string& key) {
  if (key.rfind("new:", 0) == 0) {
    std::string name = key.substr(key.rfind(':') + 1);
    std::replace(name.begin(), name.end(), ' ', '-');
    return "new:" + name;
  }
  return key.substr(key.rfind('/') + 1);
}

// "Type b=y a=x" -> "Type a=x b=y": the order of parties within a deal does not matter.
std::string normalised(const std::string& deal) {
  std::istringstream in(deal);
  std::string type, word;
  in >> type;
  V parties;
  while (in >> word) parties.push_back(word);
  std::sort(parties.begin(), parties.end());
  for (const std::string& p : parties) type += " " + p;
  return type;
}

V sorted(V v) {
  for (std::string& s : v) s = normalised(s);
  std::sort(v.begin(), v.end());
  return v;
}

V deal_strings(const ArticleFacts& facts) {
  V out;
  for (const DealClaim& deal : facts.deals) {
    std::string line = to_string(deal.type);
    for (const Party& party : deal.parties) line += std::string(" ") + to_string(party.role) + "=" + local(party.entity_key);
    out.push_back(line);
  }
  return out;
}

// The first amount of every deal, as "value CUR" (a range as "min-max CUR").
V main_amounts(const ArticleFacts& facts) {
  V out;
  for (const DealClaim& deal : facts.deals) {
    if (deal.amounts.empty()) continue;
    const Amount& a = deal.amounts.front();
    std::string value = a.value ? a.value->to_string()
                                : (a.min && a.max ? a.min->to_string() + "-" + a.max->to_string() : std::string("?"));
    out.push_back(value + " " + a.currency);
  }
  return out;
}

V deal_quantities(const ArticleFacts& facts) {
  V out;
  for (const DealClaim& deal : facts.deals)
    for (const Quantity& q : deal.quantities) out.push_back(q.value.to_string() + " " + q.unit);
  return out;
}

bool contains(const V& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

// The entities the extractor found in the text, in text order: tells a missing entity from a missed deal.
V entities(const ArticleFacts& facts) {
  V out;
  for (const Mention& m : facts.mentions) {
    const std::string name = local(m.entity_key);
    if (!contains(out, name)) out.push_back(name);
  }
  return out;
}

std::string joined(const V& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : " | ") + s;
  return out.empty() ? "(none)" : out;
}

#define DG_TABLE_CHECK(gap, ...) \
  do {                           \
    if (gap) {                   \
      CHECK_NOFAIL(__VA_ARGS__); \
    } else {                     \
      CHECK(__VA_ARGS__);        \
    }                            \
  } while (false)

// clang-format off
const std::vector<DealRow>& deal_rows() {
  static const std::vector<DealRow> rows = {
    // ---------------------------------------------------------------- zh-Hans
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

    // ---------------------------------------------------------------- zh-Hant
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

    // ---------------------------------------------------------------- pt
    {"pt", "A Nvidia vai investir 100 mil milhões de dólares na OpenAI.",
     {"Investment investor=nvidia investee=openai"}, "100000000000 USD"},
    {"pt", "A Anthropic recebeu um investimento de 2 mil milhões de dólares da Google.",
     {"Investment investor=google investee=anthropic"}, "2000000000 USD"},
    {"pt", "A Mistral AI fechou uma rodada de 1,7 mil milhões de euros liderada pela ASML.",
     {"Investment investor=asml investee=mistral-ai"}, "1700000000 EUR"},
    {"pt", "A XP Inc. investiu R$ 500 milhões na Elea Data Centers.",
     {"Investment investor=xp-inc investee=elea-data-centers"}, "500000000 BRL"},
    // A verb of receiving before the trigger: the subject receives, the other side gives.
    {"pt", "A Cohere recebeu financiamento da Nvidia e da Oracle.",
     {"Investment investor=nvidia investee=cohere", "Investment investor=oracle investee=cohere"}},
    {"pt", "A Mistral obteve um financiamento do Santander para o seu centro de dados.",
     {"Investment investor=santander investee=mistral-ai"}},
    {"pt", "A SoftBank detém cerca de 11% da OpenAI.",
     {"EquityStake investor=softbank investee=openai"}, nullptr, "11 percent"},
    {"pt", "A Microsoft ficou com uma participação de 27% na OpenAI.",
     {"EquityStake investor=microsoft investee=openai"}, nullptr, "27 percent"},
    {"pt", "A AMD vai fornecer 6 gigawatts de GPUs à OpenAI.",
     {"SupplyAgreement supplier=amd customer=openai"}, nullptr, "6 GW"},
    {"pt", "A xAI vai alugar servidores da Oracle.",
     {"SupplyAgreement customer=xai supplier=oracle"}},
    {"pt", "O Nubank comprou milhares de GPUs da Nvidia.",
     {"SupplyAgreement customer=nubank supplier=nvidia"}},
    {"pt", "A Meta assinou um contrato de nuvem de 10 mil milhões de dólares com a Google.",
     {"CloudContract customer=meta supplier=google"}, "10000000000 USD"},
    {"pt", "A Nebius divulgou resultados trimestrais. A empresa vai fornecer serviços de nuvem à Microsoft.",
     {"CloudContract supplier=nebius customer=microsoft"}},
    {"pt", "A Petrobras e a Nvidia anunciaram uma parceria em inteligência artificial.",
     {"Partnership partner=petrobras partner=nvidia"}},
    {"pt", "O Itaú Unibanco fechou uma parceria com a OpenAI.",
     {"Partnership partner=itau-unibanco partner=openai"}},
    {"pt", "O BNDES vai garantir o empréstimo da Scala Data Centers.",
     {"LoanGuarantee guarantor=bndes beneficiary=scala-data-centers"}},
    {"pt", "A SoftBank concluiu a aquisição da Ampere Computing por 6,5 mil milhões de dólares.",
     {"Acquisition acquirer=softbank target=ampere-computing"}, "6500000000 USD"},
    {"pt", "A Ascenty foi adquirida pela Digital Realty e pela Brookfield.",
     {"Acquisition acquirer=digital-realty target=ascenty", "Acquisition acquirer=brookfield target=ascenty"}, nullptr, nullptr},
    {"pt", "A Arm licenciou a sua arquitetura à Qualcomm.",
     {"Licensing licensor=arm licensee=qualcomm"}},
    {"pt", "A TOTVS comprou a Acme Compute Inc. por R$ 300 milhões.",
     {"Acquisition acquirer=totvs target=new:acme-compute"}, "300000000 BRL", nullptr},

    // ---------------------------------------------------------------- es
    {"es", "Nvidia invertirá 5.000 millones de dólares en Intel.",
     {"Investment investor=nvidia investee=intel"}, "5000000000 USD"},
    {"es", "Anthropic recibió una inversión de 4.000 millones de dólares de Amazon.",
     {"Investment investor=amazon investee=anthropic"}, "4000000000 USD"},
    {"es", "Mistral AI cerró una ronda de 1.700 millones de euros liderada por ASML.",
     {"Investment investor=asml investee=mistral-ai"}, "1700000000 EUR"},
    {"es", "Microsoft y Nvidia invertirán hasta 15.000 millones de dólares en Anthropic.",
     {"Investment investor=microsoft investee=anthropic", "Investment investor=nvidia investee=anthropic"}},
    {"es", "La canadiense Cohere recibió financiación de Nvidia y Oracle.",
     {"Investment investor=nvidia investee=cohere", "Investment investor=oracle investee=cohere"}},
    {"es", "Mistral obtuvo una financiación de Santander para su centro de datos.",
     {"Investment investor=santander investee=mistral-ai"}},
    {"en", "Cohere received financing from Nvidia last year.", {"Investment investor=nvidia investee=cohere"}},
    {"en", "Mistral secured funding from Nvidia and Microsoft.",
     {"Investment investor=nvidia investee=mistral-ai", "Investment investor=microsoft investee=mistral-ai"}},
    // Receiving that is not right before the trigger changes nothing.
    {"en", "Nvidia received approval to invest in Cohere.", {"Investment investor=nvidia investee=cohere"}},
    {"en", "Nvidia invested in Cohere after it received funding.", {"Investment investor=nvidia investee=cohere"}},
    {"de", "Cohere erhielt eine Finanzierung von Nvidia.", {"Investment investor=nvidia investee=cohere"}},
    {"fr", "Cohere a reçu un financement de Nvidia.", {"Investment investor=nvidia investee=cohere"}},
    {"fr", "Mistral AI a obtenu un financement de Microsoft.", {"Investment investor=microsoft investee=mistral-ai"}},
    {"es", "La SEPI tendrá una participación del 10% en Telefónica.",
     {"EquityStake investor=sepi investee=telefonica"}, nullptr, "10 percent"},
    {"es", "Grupo Carso adquirirá una participación del 20% en KIO Networks.",
     {"EquityStake investor=grupo-carso investee=kio-networks"}, nullptr, "20 percent"},
    {"es", "AMD suministrará 6 gigavatios de GPU a OpenAI.",
     {"SupplyAgreement supplier=amd customer=openai"}, nullptr, "6 GW"},
    {"es", "Meta alquilará servidores de CoreWeave por 14.000 millones de dólares.",
     {"SupplyAgreement customer=meta supplier=coreweave"}, "14000000000 USD", nullptr},
    {"es", "Mercado Libre compró miles de GPU de Nvidia.",
     {"SupplyAgreement customer=mercado-libre supplier=nvidia"}},
    {"es", "Nvidia venderá 18.000 chips GB300 a Humain.",
     {"SupplyAgreement supplier=nvidia customer=humain"}, nullptr, "18000 chips"},
    {"es", "OpenAI firmó un contrato de computación en la nube con Oracle por 300.000 millones de dólares.",
     {"CloudContract customer=openai supplier=oracle"}, "300000000000 USD"},
    {"es", "Telefónica y Nvidia anunciaron una alianza para desplegar inteligencia artificial en Europa.",
     {"Partnership partner=telefonica partner=nvidia"}},
    {"es", "Indra firmó una alianza estratégica con Mistral AI.",
     {"Partnership partner=indra partner=mistral-ai"}},
    {"es", "El BEI avalará un préstamo de 300 millones de euros a Mistral AI.",
     {"LoanGuarantee guarantor=eib beneficiary=mistral-ai"}, "300000000 EUR"},
    // What a guarantee covers (the financing) is not a deal of its own.
    {"es", "Santander garantizará la financiación de Merlin Properties para sus centros de datos.",
     {"LoanGuarantee guarantor=santander beneficiary=merlin-properties"}},
    {"en", "Santander will guarantee the financing of Merlin Properties.",
     {"LoanGuarantee guarantor=santander beneficiary=merlin-properties"}},
    {"en", "Nvidia will guarantee the loans and invest in OpenAI.",
     {"LoanGuarantee guarantor=nvidia beneficiary=openai", "Investment investor=nvidia investee=openai"}},
    {"es", "SoftBank completó la adquisición de Ampere Computing por 6.500 millones de dólares.",
     {"Acquisition acquirer=softbank target=ampere-computing"}, "6500000000 USD"},
    {"es", "Rivos fue comprada por Meta.",
     {"Acquisition acquirer=meta target=rivos"}},
    {"es", "Arm otorgó una licencia de su arquitectura a Qualcomm.",
     {"Licensing licensor=arm licensee=qualcomm"}},
    {"es", "La empresa Solaria Datos S.L. fue adquirida por Telefónica.",
     {"Acquisition acquirer=telefonica target=new:solaria-datos"}},

    // ---------------------------------------------------------------- en
    // gap: the second clause's object is elided
    {"en", "Microsoft will invest $5 billion in Anthropic, while Nvidia will invest $10 billion.",
     {"Investment investor=microsoft investee=anthropic", "Investment investor=nvidia investee=anthropic"}, "5000000000 USD", nullptr, kGap},
    {"en", "OpenAI raised $40 billion in a round led by SoftBank.",
     {"Investment investor=softbank investee=openai"}, "40000000000 USD"},
    {"en", "Anthropic is backed by Amazon and Google.",
     {"Investment investor=amazon investee=anthropic", "Investment investor=google investee=anthropic"}},
    {"en", "Cerebras raised $1.1 billion in a round co-led by Fidelity and Tiger Global.",
     {"Investment investor=fidelity investee=cerebras", "Investment investor=tiger-global investee=cerebras"}, "1100000000 USD", nullptr},
    {"en", "Mistral AI raised €1.7 billion. ASML led the round and Nvidia also participated in the round.",
     {"Investment investor=asml investee=mistral-ai", "Investment investor=nvidia investee=mistral-ai"}, "1700000000 EUR", nullptr},
    {"en", "Nvidia agreed to take a roughly 4% stake in Intel for $5 billion.",
     {"EquityStake investor=nvidia investee=intel"}, "5000000000 USD", "4 percent"},
    // gap: the warrant's recipient is read as the issuer (roles reversed)
    {"en", "AMD granted OpenAI warrants for up to 160 million AMD shares.",
     {"EquityStake investee=amd investor=openai"}, nullptr, nullptr, kGap},
    {"en", "AMD will supply 6 gigawatts of Instinct GPUs to OpenAI.",
     {"SupplyAgreement supplier=amd customer=openai"}, nullptr, "6 GW"},
    {"en", "Nvidia will sell 18,000 GB300 chips to Humain.",
     {"SupplyAgreement supplier=nvidia customer=humain"}, nullptr, "18000 chips"},
    {"en", "OpenAI will lease 4.5 gigawatts of data-center capacity from Oracle.",
     {"SupplyAgreement customer=openai supplier=oracle"}, nullptr, "4.5 GW"},
    {"en", "xAI's Colossus cluster runs on GPUs supplied by Nvidia.",
     {"SupplyAgreement customer=xai supplier=nvidia"}},
    {"en", "Meta signed a $10 billion cloud deal with Google.",
     {"CloudContract customer=meta supplier=google"}, "10000000000 USD"},
    {"en", "Microsoft signed a $9.7 billion contract with IREN for GPU capacity.",
     {"CloudContract customer=microsoft supplier=iren"}, "9700000000 USD"},
    {"en", "OpenAI agreed to buy $38 billion of cloud services from Amazon Web Services.",
     {"CloudContract customer=openai supplier=aws"}, "38000000000 USD"},
    {"en", "Broadcom and OpenAI announced a strategic collaboration to build custom accelerators.",
     {"Partnership partner=broadcom partner=openai"}},
    {"en", "Anthropic has partnered with Palantir to bring its models to U.S. defense agencies.",
     {"Partnership partner=anthropic partner=palantir"}},
    {"en", "Google will guarantee $1.4 billion of Fluidstack's debt.",
     {"LoanGuarantee guarantor=google beneficiary=fluidstack"}, "1400000000 USD"},
    {"en", "Nvidia agreed to acquire Acme Compute Inc. for $900 million.",
     {"Acquisition acquirer=nvidia target=new:acme-compute"}, "900000000 USD"},
    {"en", "Ampere Computing was acquired by SoftBank for $6.5 billion.",
     {"Acquisition acquirer=softbank target=ampere-computing"}, "6500000000 USD"},
    {"en", "Groq licensed its inference technology to Nvidia.",
     {"Licensing licensor=groq licensee=nvidia"}},
    {"en", "Hygon licensed the x86 design from AMD.",
     {"Licensing licensee=hygon licensor=amd"}},

    // ---------------------------------------------------------------- de
    {"de", "Nvidia investiert fünf Milliarden Dollar in Intel.",
     {"Investment investor=nvidia investee=intel"}, "5000000000 USD"},
    {"de", "Die Schwarz Gruppe steckt 500 Mio. Euro in Aleph Alpha.",
     {"Investment investor=schwarz-group investee=aleph-alpha"}, "500000000 EUR"},
    {"de", "DeepL erhält eine Investition von Index Ventures.",
     {"Investment investor=index-ventures investee=deepl"}},
    {"de", "Aleph Alpha hat eine Finanzierungsrunde über 500 Millionen Dollar abgeschlossen, angeführt von der Schwarz Gruppe und Bosch.",
     {"Investment investor=schwarz-group investee=aleph-alpha", "Investment investor=bosch investee=aleph-alpha"}, "500000000 USD"},
    {"de", "DeepL sammelte 300 Millionen Dollar unter Führung von Index Ventures ein.",
     {"Investment investor=index-ventures investee=deepl"}, "300000000 USD"},
    // The passive with the verb last: after wird/wurde, the name after von acts.
    {"de", "Black Forest Labs wird von Andreessen Horowitz finanziert.",
     {"Investment investor=andreessen-horowitz investee=black-forest-labs"}},
    {"de", "Laut dem Bericht wurde Aleph Alpha von der Schwarz Gruppe finanziert.",
     {"Investment investor=schwarz-group investee=aleph-alpha"}},
    // A passive in a clause of its own (after a comma) leaves the main verb active.
    {"de", "Nvidia, das von Microsoft unterstützt wird, finanziert Aleph Alpha.",
     {"Investment investor=nvidia investee=aleph-alpha"}},
    {"de", "Nvidia finanziert Aleph Alpha, das von der Schwarz Gruppe gegründet wurde.",
     {"Investment investor=nvidia investee=aleph-alpha"}},
    {"de", "Siemens beteiligt sich mit 10 Prozent an Aleph Alpha.",
     {"EquityStake investor=siemens investee=aleph-alpha"}, nullptr, "10 percent"},
    {"de", "SoftBank hält rund 90 Prozent der Anteile an Arm.",
     {"EquityStake investor=softbank investee=arm"}, nullptr, "90 percent"},
    // A compound ending in a chip noun counts chips.
    {"de", "Nvidia liefert 10.000 Blackwell-GPUs an die Deutsche Telekom.",
     {"SupplyAgreement supplier=nvidia customer=deutsche-telekom"}, nullptr, "10000 chips"},
    {"de", "SAP bezieht Rechenkapazität von der Telekom.",
     {"SupplyAgreement customer=sap supplier=deutsche-telekom"}, nullptr, nullptr},
    {"de", "Die Telekom kauft bei Nvidia rund 10.000 GPUs.",
     {"SupplyAgreement customer=deutsche-telekom supplier=nvidia"}, nullptr, "10000 chips"},
    {"de", "Aleph Alpha hat einen Cloud-Vertrag mit STACKIT geschlossen.",
     {"CloudContract customer=aleph-alpha supplier=schwarz-digits"}},
    {"de", "SAP und Mistral AI vereinbaren eine strategische Partnerschaft.",
     {"Partnership partner=sap partner=mistral-ai"}},
    {"de", "Die Deutsche Telekom kooperiert mit Nvidia beim Bau einer KI-Fabrik in München.",
     {"Partnership partner=deutsche-telekom partner=nvidia"}},
    {"de", "Die KfW bürgt für einen Kredit über 200 Millionen Euro an Northern Data.",
     {"LoanGuarantee guarantor=kfw beneficiary=northern-data"}, "200000000 EUR"},
    {"de", "Graphcore wurde von SoftBank übernommen.",
     {"Acquisition acquirer=softbank target=graphcore"}},
    {"de", "Bosch übernimmt die Kaltwerk AG aus Stuttgart.",
     {"Acquisition acquirer=bosch target=new:kaltwerk"}, nullptr, nullptr},
    {"de", "AMD kauft den Serverbauer ZT Systems für 4,9 Milliarden Dollar.",
     {"Acquisition acquirer=amd target=new:zt-systems"}, "4900000000 USD"},
    {"de", "Arm vergibt Lizenzen für seine Chiparchitektur an Infineon.",
     {"Licensing licensor=arm licensee=infineon"}},

    // ---------------------------------------------------------------- fr
    {"fr", "Nvidia investit 2 milliards de dollars dans Mistral AI.",
     {"Investment investor=nvidia investee=mistral-ai"}, "2000000000 USD"},
    {"fr", "Mistral AI a levé 1,7 milliard d'euros lors d'un tour de table mené par ASML.",
     {"Investment investor=asml investee=mistral-ai"}, "1700000000 EUR"},
    {"fr", "La jeune pousse Sesterce a levé 100 millions d'euros, une levée conduite par Bpifrance.",
     {"Investment investor=bpifrance investee=sesterce"}, "100000000 EUR"},
    {"fr", "Kyutai est financé par Iliad.",
     {"Investment investor=iliad investee=kyutai"}, nullptr, nullptr},
    {"fr", "Mistral AI bénéficie d'un investissement de Microsoft.",
     {"Investment investor=microsoft investee=mistral-ai"}},
    {"fr", "La Caisse des Dépôts va investir 500 millions d'euros dans Data4.",
     {"Investment investor=caisse-des-depots investee=data4"}, "500000000 EUR"},
    {"fr", "Bpifrance détient 10 % du capital de Mistral AI.",
     {"EquityStake investor=bpifrance investee=mistral-ai"}, nullptr, "10 percent"},
    {"fr", "ASML prend une participation de 11 % dans Mistral AI.",
     {"EquityStake investor=asml investee=mistral-ai"}, nullptr, "11 percent"},
    {"fr", "Thales rachète 20 % du capital de Sesterce.",
     {"EquityStake investor=thales investee=sesterce"}, nullptr, "20 percent"},
    {"fr", "Nvidia fournira 18 000 puces Blackwell à Mistral AI.",
     {"SupplyAgreement supplier=nvidia customer=mistral-ai"}, nullptr, "18000 chips"},
    {"fr", "Mistral AI loue des serveurs chez Fluidstack.",
     {"SupplyAgreement customer=mistral-ai supplier=fluidstack"}},
    {"fr", "Scaleway achète 5 000 GPU à Nvidia.",
     {"SupplyAgreement customer=scaleway supplier=nvidia"}, nullptr, "5000 chips"},
    {"fr", "Kyutai a signé un contrat de cloud avec Scaleway pour accéder à des GPU.",
     {"CloudContract customer=kyutai supplier=scaleway"}},
    {"fr", "Orange et OpenAI annoncent un partenariat.",
     {"Partnership partner=orange partner=openai"}},
    {"fr", "Capgemini noue un partenariat avec Mistral AI.",
     {"Partnership partner=capgemini partner=mistral-ai"}},
    {"fr", "Bpifrance garantira le prêt de 500 millions d'euros accordé à Sesterce.",
     {"LoanGuarantee guarantor=bpifrance beneficiary=sesterce"}, "500000000 EUR"},
    {"fr", "Nvidia rachète la start-up Calcul Nova SAS.", {"Acquisition acquirer=nvidia target=new:calcul-nova"}},
    {"fr", "Rivos a été acquise par Meta.",
     {"Acquisition acquirer=meta target=rivos"}},
    {"fr", "SiFive accorde une licence de ses cœurs RISC-V à Thales.",
     {"Licensing licensor=sifive licensee=thales"}, nullptr, nullptr},
  };
  return rows;
}

const std::vector<PostRow>& post_rows() {
  static const std::vector<PostRow> rows = {
    // ---------------------------------------------------------------- zh-Hans
    {"zh-Hans", "英伟达首席财务官科莱特·克雷斯表示，数据中心需求依然强劲。", {"colette-kress CFO nvidia"}},
    {"zh-Hans", "OpenAI首席执行官萨姆·奥特曼周四在旧金山表示。", {"sam-altman CEO openai"}},
    {"zh-Hans", "阿里巴巴集团董事长蔡崇信在会上发言。", {"joe-tsai Chair alibaba"}},
    {"zh-Hans", "月之暗面创始人杨植麟接受了媒体采访。", {"yang-zhilin Founder moonshot-ai"}},
    {"zh-Hans", "寒武纪董事长陈天石表示，公司将加大研发投入。", {"chen-tianshi Chair cambricon"}},
    // ---------------------------------------------------------------- zh-Hant
    {"zh-Hant", "台積電董事長魏哲家表示，AI需求非常強勁。", {"c-c-wei Chair tsmc"}},
    {"zh-Hant", "輝達執行長黃仁勳今日抵台。", {"jensen-huang CEO nvidia"}},
    {"zh-Hant", "超微執行長蘇姿丰出席論壇。", {"lisa-su CEO amd"}},
    {"zh-Hant", "鴻海董事長劉揚偉指出，AI伺服器營收將倍增。", {"young-liu Chair foxconn"}},
    {"zh-Hant", "聯發科董事長蔡明介在股東會上致詞。", {"ming-kai-tsai Chair mediatek"}},
    // ---------------------------------------------------------------- pt
    {"pt", "O presidente-executivo da Microsoft, Satya Nadella, visitou São Paulo.", {"satya-nadella CEO microsoft"}},
    {"pt", "Sam Altman, diretor-executivo da OpenAI, disse que a procura por computação não para de crescer.", {"sam-altman CEO openai"}},
    {"pt", "A presidente da Petrobras, Magda Chambriard, anunciou o plano.", {"magda-chambriard President petrobras"}},
    {"pt", "Marcos Galperin, fundador do Mercado Livre, comentou os resultados.", {"marcos-galperin Founder mercado-libre"}},
    {"pt", "A diretora financeira da Nvidia, Colette Kress, falou aos analistas.", {"colette-kress CFO nvidia"}},
    // ---------------------------------------------------------------- es
    {"es", "Marc Murtra, presidente de Telefónica, anunció el nuevo plan estratégico.", {"marc-murtra President telefonica"}},
    {"es", "El consejero delegado de Nvidia, Jensen Huang, visitó Madrid.", {"jensen-huang CEO nvidia"}},
    {"es", "Carlos Slim, fundador de América Móvil, habló con la prensa.", {"carlos-slim Founder america-movil"}},
    {"es", "Daniel Hajj, director general de América Móvil, dijo que la inversión seguirá.", {"daniel-hajj CEO america-movil"}},
    {"es", "Arthur Mensch, cofundador de Mistral AI, participó en el foro.", {"arthur-mensch Founder mistral-ai"}},
    // ---------------------------------------------------------------- en
    {"en", "Nvidia CEO Jensen Huang said demand was extraordinary.", {"jensen-huang CEO nvidia"}},
    {"en", "Microsoft's chief financial officer Amy Hood told analysts capacity would stay tight.", {"amy-hood CFO microsoft"}},
    {"en", "Safra Catz, Oracle's chief executive, spoke on the call.", {"safra-catz CEO oracle"}},
    {"en", "Google DeepMind co-founder Demis Hassabis said the models would improve.", {"demis-hassabis Founder google-deepmind"}},
    {"en", "Microsoft CTO Kevin Scott said the company would build more data centres.", {"kevin-scott CTO microsoft"}},
    {"en", "Larry Ellison, chairman and chief technology officer of Oracle, spoke first.",
     {"larry-ellison Chair oracle", "larry-ellison CTO oracle"}},
    // ---------------------------------------------------------------- de
    {"de", "Nvidia-Chef Jensen Huang kündigte neue Chips an.", {"jensen-huang CEO nvidia"}},
    {"de", "Siemens-Chef Roland Busch sagte, die Nachfrage sei hoch.", {"roland-busch CEO siemens"}},
    {"de", "Infineon-Vorstandschef Jochen Hanebeck erwartet ein starkes Jahr.", {"jochen-hanebeck CEO infineon"}},
    {"de", "Jonas Andrulis, Gründer von Aleph Alpha, sprach auf der Konferenz.", {"jonas-andrulis Founder aleph-alpha"}},
    {"de", "Der Finanzchef von Intel, David Zinsner, nannte keine Zahlen.", {"david-zinsner CFO intel"}},
    // ---------------------------------------------------------------- fr
    {"fr", "Arthur Mensch, le patron de Mistral AI, a présenté le nouveau modèle.", {"arthur-mensch CEO mistral-ai"}},
    {"fr", "La directrice générale d'Orange, Christel Heydemann, a annoncé le plan.", {"christel-heydemann CEO orange"}},
    {"fr", "Xavier Niel, fondateur d'Iliad, a investi dans plusieurs start-up.", {"xavier-niel Founder iliad"}},
    {"fr", "Patrick Pouyanné, PDG de TotalEnergies, a répondu aux questions.", {"patrick-pouyanne CEO totalenergies"}},
    {"fr", "Octave Klaba, fondateur d'OVHcloud, a présenté les résultats.", {"octave-klaba Founder ovhcloud"}},
  };
  return rows;
}
// clang-format on

}  // namespace

TEST_CASE("deal table: deals read from the meaning of each sentence", "[extract][deal-table]") {
  std::map<std::string, int> index;
  for (const DealRow& row : deal_rows()) {
    const int n = ++index[row.lang];
    DYNAMIC_SECTION(row.lang << " #" << n) {
      INFO("sentence: " << row.text);
      const ArticleFacts facts = test::facts_of(row.text, row.lang);
      INFO("entities found: " << joined(entities(facts)));
      const V found = sorted(deal_strings(facts));
      const V expected = sorted(row.deals);
      DG_TABLE_CHECK(row.known_gap, found == expected);
      bool all_right = found == expected;
      if (row.amount) {
        INFO("expected main amount: " << row.amount << "; deals' main amounts: " << joined(main_amounts(facts)));
        const bool right = contains(main_amounts(facts), row.amount);
        DG_TABLE_CHECK(row.known_gap, right);
        all_right = all_right && right;
      }
      if (row.quantity) {
        INFO("expected quantity: " << row.quantity << "; deals' quantities: " << joined(deal_quantities(facts)));
        const bool right = contains(deal_quantities(facts), row.quantity);
        DG_TABLE_CHECK(row.known_gap, right);
        all_right = all_right && right;
      }
      if (row.known_gap && all_right) WARN("known gap now passes: drop its kGap mark");
    }
  }
}

TEST_CASE("deal table: posts read from the meaning of each sentence", "[extract][deal-table]") {
  std::map<std::string, int> index;
  for (const PostRow& row : post_rows()) {
    const int n = ++index[row.lang];
    DYNAMIC_SECTION("posts " << row.lang << " #" << n) {
      INFO("sentence: " << row.text);
      V posts;
      for (const PostClaim& p : test::facts_of(row.text, row.lang).posts)
        posts.push_back(local(p.holder_key) + " " + p.title + " " + local(p.organization_key));
      std::sort(posts.begin(), posts.end());
      V expected = row.posts;
      std::sort(expected.begin(), expected.end());
      DG_TABLE_CHECK(row.known_gap, posts == expected);
      if (row.known_gap && posts == expected) WARN("known gap now passes: drop its kGap mark");
    }
  }
}
