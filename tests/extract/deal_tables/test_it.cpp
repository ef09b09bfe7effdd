// Deal sentences in it, each with what a reader takes from it (see
// tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<DealRow> kDeals = {
    // Investments and rounds
    {"it", "Nvidia investirà in Mistral AI.",
     {"Investment investor=nvidia investee=mistral-ai"}},
    {"it", "Microsoft ha investito in Anthropic.",
     {"Investment investor=microsoft investee=anthropic"}},
    {"it", "Mistral AI è finanziata da ASML.",
     {"Investment investor=asml investee=mistral-ai"}},
    {"it", "Anthropic è sostenuta da Amazon e Google.",
     {"Investment investor=amazon investee=anthropic", "Investment investor=google investee=anthropic"}},
    {"it", "Mistral AI ha ricevuto un investimento da Microsoft.",
     {"Investment investor=microsoft investee=mistral-ai"}},
    {"it", "Cerebras ha raccolto nuovi fondi in un round guidato da Fidelity.",
     {"Investment investor=fidelity investee=cerebras"}},
    // Stakes
    {"it", "Nvidia detiene il 4% delle azioni di Intel.",
     {"EquityStake investor=nvidia investee=intel"}, nullptr, "4 percent"},
    {"it", "SoftBank ha una partecipazione del 10% in OpenAI.",
     {"EquityStake investor=softbank investee=openai"}, nullptr, "10 percent"},
    {"it", "Intel acquisirà il 20% di Mistral AI.",
     {"EquityStake investor=intel investee=mistral-ai"}, nullptr, "20 percent"},
    {"it", "Nvidia ha comprato azioni di Intel.",
     {"EquityStake investor=nvidia investee=intel"}},
    // Acquisitions
    {"it", "Nvidia acquisisce Acme Compute Inc.",
     {"Acquisition acquirer=nvidia target=new:acme-compute"}},
    {"it", "SoftBank ha completato l'acquisizione di Ampere Computing.",
     {"Acquisition acquirer=softbank target=ampere-computing"}},
    {"it", "Ampere Computing è stata acquisita da SoftBank.",
     {"Acquisition acquirer=softbank target=ampere-computing"}},
    {"it", "Oracle rileva Acme Compute Inc.",
     {"Acquisition acquirer=oracle target=new:acme-compute"}},
    {"it", "Intel ha venduto la sua divisione di reti a Broadcom.",
     {"Acquisition acquirer=broadcom target=intel"}},
    // A majority of a company is the company.
    {"it", "SoftBank detiene il 90% delle azioni di Arm.",
     {"Acquisition acquirer=softbank target=arm"}, nullptr, "90 percent"},
    // Supplies and cloud contracts
    {"it", "AMD fornirà chip a OpenAI.",
     {"SupplyAgreement supplier=amd customer=openai"}},
    // gap: "10.000" is read as ten (the Italian thousands point)
    {"it", "Nvidia fornisce 10.000 GPU a Meta.",
     {"SupplyAgreement supplier=nvidia customer=meta"}, nullptr, "10000 chips"},
    {"it", "Meta ha firmato un contratto cloud con Google.",
     {"CloudContract customer=meta supplier=google"}},
    // Partnerships, guarantees, licences
    {"it", "Broadcom e OpenAI hanno annunciato una partnership.",
     {"Partnership partner=broadcom partner=openai"}},
    {"it", "Anthropic collabora con Palantir.",
     {"Partnership partner=anthropic partner=palantir"}},
    {"it", "Groq ha concesso in licenza la sua tecnologia a Nvidia.",
     {"Licensing licensor=groq licensee=nvidia"}},
    // Other senses state no deal
    {"it", "Gli investitori di Intel attendono i conti di Nvidia.", {}},
    {"it", "La quota di mercato di Nvidia supera quella di AMD.", {}},
    {"it", "I fornitori di Apple temono i dazi su Samsung.", {}},
    {"it", "L'acquisizione di Groq da parte di Nvidia è stata completata.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"it", "Intel ha venduto azioni di Mistral AI a Nvidia.",
     {"EquityStake investor=nvidia investee=mistral-ai"}, nullptr, nullptr, kGap},
    {"it", "SoftBank ha acquistato il 70% di Ampere Computing.",
     {"Acquisition acquirer=softbank target=ampere-computing"}},
    {"it", "Nvidia ha lanciato un'offerta pubblica di acquisto su Groq.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"it", "La fusione di Groq con Nvidia è stata approvata.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"it", "Il prestito di Mistral AI è garantito da Microsoft.",
     {"LoanGuarantee guarantor=microsoft beneficiary=mistral-ai"}, nullptr, nullptr, kGap},
    {"it", "Intel ha venduto la sua partecipazione in Nvidia.", {}},
    {"it", "L'indagine su Nvidia riguarda anche Intel.", {}},
    // More frames
    {"it", "Intel investe in Mistral AI.",
     {"Investment investor=intel investee=mistral-ai"}},
    {"it", "Nvidia fornirà server a Oracle.",
     {"SupplyAgreement supplier=nvidia customer=oracle"}},
    {"it", "Intel e Nvidia hanno firmato un'alleanza.",
     {"Partnership partner=intel partner=nvidia"}},
    {"it", "Nvidia ha acquisito Groq per 900 milioni di dollari.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"it", "Groq è stata rilevata da Nvidia.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"it", "Intel ha venduto la sua controllata Acme Compute Inc. a Nvidia.",
     {"Acquisition acquirer=nvidia target=new:acme-compute"}},
    {"it", "Nvidia ha venduto chip a Meta.",
     {"SupplyAgreement supplier=nvidia customer=meta"}},
    {"it", "Nvidia detiene una partecipazione del 4% in Intel.",
     {"EquityStake investor=nvidia investee=intel"}, nullptr, "4 percent"},
    {"it", "Nvidia ha acquistato azioni di Intel.",
     {"EquityStake investor=nvidia investee=intel"}},
    {"it", "Nvidia investe in OpenAI e fornirà chip a OpenAI.",
     {"Investment investor=nvidia investee=openai", "SupplyAgreement supplier=nvidia customer=openai"}},
    {"it", "Le vendite di Nvidia superano quelle di Intel.", {}},
    {"it", "Intel ha parlato prima di Nvidia alla conferenza.", {}},
    {"it", "La banca d'investimento di Intel ha assistito Nvidia.", {}},
    {"it", "Mistral AI ha raccolto 500 milioni di euro. Con l'ingresso di Nvidia, lead investor del round, arriva un socio forte.",
     {"Investment investor=nvidia investee=mistral-ai"}},
    {"it", "Mistral AI ha firmato un contratto con Oracle per acquistare potenza di calcolo.",
     {"CloudContract customer=mistral-ai supplier=oracle"}},
    {"it", "Microsoft ha finanziato Mistral AI.",
     {"Investment investor=microsoft investee=mistral-ai"}},
    {"it", "Nvidia è il primo azionista di Groq.",
     {"EquityStake investor=nvidia investee=groq"}},
    // gap: a percentage after the holder's name is not read as the share held
    {"it", "Groq è controllata da Nvidia con il 60% del capitale.",
     {"Acquisition acquirer=nvidia target=groq"}, nullptr, nullptr, kGap},
    {"it", "Nvidia ha comprato il 30% di Groq.",
     {"EquityStake investor=nvidia investee=groq"}},
    {"it", "Intel lavorerà con Nvidia sui nuovi chip.",
     {"Partnership partner=intel partner=nvidia"}},
    {"it", "Nvidia ha ceduto la sua divisione di reti a Intel.",
     {"Acquisition acquirer=intel target=nvidia"}, nullptr, nullptr, kGap},
    {"it", "La vendita di Groq a Nvidia è stata completata.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"it", "Il fondo d'investimento di Intel ha incontrato Nvidia.", {}},
    {"it", "Intel ha venduto la sua quota di Groq.", {}},
    {"it", "Le azioni di Intel sono salite dopo l'annuncio di Nvidia.", {}},
    {"it", "Nvidia fornisce chip a Meta e investe in Meta.",
     {"SupplyAgreement supplier=nvidia customer=meta", "Investment investor=nvidia investee=meta"}},
    {"it", "Meta ha ordinato 5.000 server a Nvidia per 2 miliardi di dollari.",
     {"SupplyAgreement customer=meta supplier=nvidia"}},
    // Frames: the giver after a genitive and the receiver after "in" (dg:receiverAfterPreposition),
    // a partner named with a description, German verb-second, an object that is another verb's.
    {"it", "Intel ha commentato l'investimento di Nvidia in Groq.",
     {"Investment investor=nvidia investee=groq"}},
    // A pair after "between, entre, tra"; entering a company's capital is a stake.
    {"it", "Nvidia è entrata nel capitale di Groq.",
     {"EquityStake investor=nvidia investee=groq"}},
    {"it", "Il governo ha approvato l'accordo tra Intel e Nvidia.",
     {"Partnership partner=intel partner=nvidia"}},
    // A vehicle after "through, a través de, tramite" acts for the buyer or investor.
    {"it", "SoftBank investirà in Groq tramite SoftBank Vision Fund.",
     {"Investment investor=softbank-vision-fund investee=groq"}},
    // A company that receives an offer is the one to be bought.
    {"it", "Telecom Italia ha ricevuto un'offerta da Enel per tutte le sue azioni.",
     {"Acquisition acquirer=enel target=telecom-italia"}},
    {"it", "Telecom Italia ha ricevuto un'offerta da Enel per pulire la spiaggia.", {}},
    // Two names that reach an agreement of no stated kind are partners; a settlement is none.
    {"it", "Enel e Telecom Italia hanno raggiunto un accordo per sviluppare una rete.",
     {"Partnership partner=enel partner=telecom-italia"}},
    {"it", "Enel e Telecom Italia hanno raggiunto un accordo per chiudere il processo.", {}},
    // The noun of entering states a stake only between two companies; a round's lead with no raiser
    // named joins the round of the article's company; merger talks name partners.
    {"it", "L'ingresso di Nvidia in Telecom Italia è stato approvato.",
     {"EquityStake investor=nvidia investee=telecom-italia"}},
    {"it", "Mistral AI apre un laboratorio a Milano. Nvidia, lead investor del round, entra con una quota rilevante.",
     {"Investment investor=nvidia investee=mistral-ai"}},
    {"it", "Nvidia ha avviato trattative di fusione con Intel.", {"Partnership partner=nvidia partner=intel"}},
    {"it", "Dopo aver investito in Intel 5 miliardi di dollari, Nvidia ha rinnovato il consiglio.",
     {"Investment investor=nvidia investee=intel"}, "5000000000 USD"},
};
// clang-format on

}  // namespace

TEST_CASE("deal table it: deals read from the meaning of each sentence", "[extract][deal-table][it]") {
  check_deal_rows(kDeals);
}
