// Deal and post sentences in pt, each with what a reader takes from it (see
// tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<DealRow> kDeals = {
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
    // Acquisitions: active, passive, nominal, by what changes hands
    {"pt", "A Nvidia adquire a Acme Compute Inc.",
     {"Acquisition acquirer=nvidia target=new:acme-compute"}},
    {"pt", "A Ampere Computing foi adquirida pela SoftBank.",
     {"Acquisition acquirer=softbank target=ampere-computing"}},
    {"pt", "A SoftBank concluiu a aquisição da Ampere Computing.",
     {"Acquisition acquirer=softbank target=ampere-computing"}},
    {"pt", "A Microsoft fechou a venda da marca Acme Compute Inc. para a Nvidia.",
     {"Acquisition acquirer=nvidia target=new:acme-compute"}},
    {"pt", "A Intel vendeu a sua divisão de redes para a Broadcom.",
     {"Acquisition acquirer=broadcom target=intel"}},
    {"pt", "A Nvidia comprou ações da Intel.",
     {"EquityStake investor=nvidia investee=intel"}},
    {"pt", "A SoftBank comprou 70% da Ampere Computing.",
     {"Acquisition acquirer=softbank target=ampere-computing"}},
    // Other senses state no deal
    {"pt", "Os investidores da Nvidia aguardam o balanço da Intel.", {}},
    {"pt", "A investigação sobre a Nvidia envolve a Intel.", {}},
    {"pt", "A Intel vendeu a sua participação na Nvidia.", {}},
    {"pt", "As vendas da Nvidia superaram as da Intel.", {}},
    // More frames
    {"pt", "A Microsoft investe na OpenAI.",
     {"Investment investor=microsoft investee=openai"}},
    {"pt", "A OpenAI recebeu um investimento da Microsoft.",
     {"Investment investor=microsoft investee=openai"}},
    {"pt", "A Nvidia fornece chips para a Oracle.",
     {"SupplyAgreement supplier=nvidia customer=oracle"}},
    {"pt", "A Nvidia e a Oracle anunciaram uma parceria.",
     {"Partnership partner=nvidia partner=oracle"}},
    {"pt", "A Microsoft detém 10% da OpenAI.",
     {"EquityStake investor=microsoft investee=openai"}, nullptr, "10 percent"},
    {"pt", "A Intel foi comprada pela Nvidia.",
     {"Acquisition acquirer=nvidia target=intel"}},
    {"pt", "A aquisição da Groq pela Nvidia foi concluída.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"pt", "A Intel vendeu a Acme Compute Inc. para a Nvidia.",
     {"Acquisition acquirer=nvidia target=new:acme-compute"}},
    {"pt", "A Nvidia vendeu chips para a Oracle.",
     {"SupplyAgreement supplier=nvidia customer=oracle"}},
    {"pt", "A fusão da Groq com a Nvidia foi aprovada.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"pt", "A Nvidia comprou ações da Intel por US$ 5 bilhões.",
     {"EquityStake investor=nvidia investee=intel"}, "5000000000 USD"},
    // Two deals between the same parties stay apart
    {"pt", "A Nvidia investiu na OpenAI e vai fornecer chips para a OpenAI.",
     {"Investment investor=nvidia investee=openai", "SupplyAgreement supplier=nvidia customer=openai"}},
    // Other senses state no deal
    {"pt", "Os fornecedores da Nvidia temem a Intel.", {}},
    {"pt", "O banco de investimento da Intel assessorou a Nvidia.", {}},
    {"pt", "A Intel teve participação no evento da Nvidia.", {}},
    // An agreement with X for the sale of Y: X buys Y.
    {"pt", "A Microsoft chegou a acordo com a Nvidia para a venda da Groq.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"pt", "A Oracle vai investir na Mistral AI.",
     {"Investment investor=oracle investee=mistral-ai"}},
    {"pt", "A Mistral AI é financiada pela Microsoft.",
     {"Investment investor=microsoft investee=mistral-ai"}},
    {"pt", "A OpenAI fechou um contrato de nuvem com a Oracle.",
     {"CloudContract customer=openai supplier=oracle"}},
    {"pt", "A Nvidia adquiriu 20% da Groq.",
     {"EquityStake investor=nvidia investee=groq"}, nullptr, "20 percent"},
    {"pt", "A Nvidia adquiriu 80% da Groq.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"pt", "A Intel é o maior acionista da Groq.",
     {"EquityStake investor=intel investee=groq"}},
    {"pt", "A Intel vendeu sua participação na Groq para a Nvidia.",
     {"EquityStake investor=nvidia investee=groq"}, nullptr, nullptr, kGap},
    {"pt", "A Intel vai trabalhar com a Nvidia em novos chips.",
     {"Partnership partner=intel partner=nvidia"}},
    {"pt", "A Groq foi absorvida pela Nvidia.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"pt", "O fundo de investimento da Intel não comentou a Nvidia.", {}},
    {"pt", "A investigação da Nvidia sobre a Intel terminou.", {}},
    {"pt", "As ações da Intel subiram após o anúncio da Nvidia.", {}},
    {"pt", "A Nvidia emitiu à OpenAI um bônus de subscrição de ações da Nvidia.", {}},
    // Frames: the giver after a genitive and the receiver after "in" (dg:receiverAfterPreposition),
    // a partner named with a description, German verb-second, an object that is another verb's.
    {"pt", "A Intel comentou o investimento da Nvidia na Groq.",
     {"Investment investor=nvidia investee=groq"}},
    {"pt", "A Intel chegou a acordo com o grupo tecnológico americano Nvidia para a venda da Groq.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"pt", "A Intel havia comprado a rival há uma década por uma fração do valor pago pela Nvidia.",
     {}},
    // A pair after "between, entre, tra"; entering a company's capital is a stake.
    {"pt", "A Nvidia entrou no capital da Groq.",
     {"EquityStake investor=nvidia investee=groq"}},
    // A vehicle after "through, a través de, tramite" acts for the buyer or investor.
    {"pt", "A SoftBank vai investir na Groq através do SoftBank Vision Fund.",
     {"Investment investor=softbank-vision-fund investee=groq"}},
    // A company that receives an offer is the one to be bought.
    {"pt", "A Vale recebeu uma oferta da Petrobras por todas as suas ações.",
     {"Acquisition acquirer=petrobras target=vale-sa"}},
    {"pt", "A Vale recebeu uma oferta da Petrobras para limpar a praia.", {}},
    // Two names that reach an agreement of no stated kind are partners; a settlement is none.
    {"pt", "A Vale e a Petrobras fecharam um acordo para desenvolver um porto.",
     {"Partnership partner=vale-sa partner=petrobras"}},
    {"pt", "A Vale e a Petrobras chegaram a um acordo para encerrar o processo.", {}},
    // Buying from a company ("comprar à X") makes it the seller; the noun of entering states a stake
    // only between two companies; merger talks name partners.
    {"pt", "A Petrobras passou a comprar à Nvidia os processadores dos seus servidores.",
     {"SupplyAgreement customer=petrobras supplier=nvidia"}},
    {"pt", "A Petrobras comprou a Intel por 2 mil milhões de euros.",
     {"Acquisition acquirer=petrobras target=intel"}, "2000000000 EUR"},
    {"pt", "O governo aprovou a entrada da Nvidia na Petrobras.", {"EquityStake investor=nvidia investee=petrobras"}},
    {"pt", "A Nvidia iniciou negociações de fusão com a Intel.", {"Partnership partner=nvidia partner=intel"}},
    {"pt", "Depois de investir na Intel 5 mil milhões de dólares, a Nvidia reforçou a equipa de Lisboa.",
     {"Investment investor=nvidia investee=intel"}, "5000000000 USD"},
};

const std::vector<PostRow> kPosts = {
    {"pt", "O presidente-executivo da Microsoft, Satya Nadella, visitou São Paulo.", {"satya-nadella CEO microsoft"}},
    {"pt", "Sam Altman, diretor-executivo da OpenAI, disse que a procura por computação não para de crescer.", {"sam-altman CEO openai"}},
    {"pt", "A presidente da Petrobras, Magda Chambriard, anunciou o plano.", {"magda-chambriard President petrobras"}},
    {"pt", "Marcos Galperin, fundador do Mercado Livre, comentou os resultados.", {"marcos-galperin Founder mercado-libre"}},
    {"pt", "A diretora financeira da Nvidia, Colette Kress, falou aos analistas.", {"colette-kress CFO nvidia"}},
};
// clang-format on

}  // namespace

TEST_CASE("deal table pt: deals read from the meaning of each sentence", "[extract][deal-table][pt]") {
  check_deal_rows(kDeals);
}

TEST_CASE("deal table pt: posts read from the meaning of each sentence", "[extract][deal-table][pt]") {
  check_post_rows(kPosts);
}
