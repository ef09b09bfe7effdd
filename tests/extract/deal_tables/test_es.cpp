// Deal and post sentences in es, each with what a reader takes from it (see
// tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<DealRow> kDeals = {
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
    // Acquisitions: active, passive, nominal, by what changes hands
    {"es", "Telefónica adquiere Acme Compute Inc.",
     {"Acquisition acquirer=telefonica target=new:acme-compute"}},
    {"es", "Nvidia compró la startup Mistral AI.",
     {"Acquisition acquirer=nvidia target=mistral-ai"}},
    {"es", "Ampere Computing fue adquirida por SoftBank.",
     {"Acquisition acquirer=softbank target=ampere-computing"}},
    {"es", "La adquisición de Ampere Computing por SoftBank se cerró en marzo.",
     {"Acquisition acquirer=softbank target=ampere-computing"}},
    {"es", "Telefónica vendió su división de centros de datos a Nvidia.",
     {"Acquisition acquirer=nvidia target=telefonica"}},
    {"es", "Nvidia compró acciones de Intel.",
     {"EquityStake investor=nvidia investee=intel"}},
    {"es", "SoftBank adquirió el 10% de OpenAI.",
     {"EquityStake investor=softbank investee=openai"}, nullptr, "10 percent"},
    {"es", "SoftBank adquirió el 90% de Arm.",
     {"Acquisition acquirer=softbank target=arm"}, nullptr, "90 percent"},
    {"es", "Nvidia lanzó una OPA sobre Acme Compute Inc.",
     {"Acquisition acquirer=nvidia target=new:acme-compute"}},
    // Other senses state no deal
    {"es", "Los inversores de Telefónica esperan los resultados de Nvidia.", {}},
    {"es", "La investigación de Telefónica sobre Nvidia sigue abierta.", {}},
    {"es", "Las acciones de Telefónica cerraron al alza tras el anuncio de Nvidia.", {}},
    {"es", "Telefónica vendió su participación en Nvidia.", {}},
    // A dash pair sets off an aside: its names are not the sides of the main clause.
    {"es", "Telefónica --controlada en un 10% por Nvidia-- ha comprado acciones de Intel.",
     {"EquityStake investor=nvidia investee=telefonica", "EquityStake investor=telefonica investee=intel"}, nullptr, nullptr, kGap},
    // More frames
    {"es", "Telefónica invierte en Mistral AI.",
     {"Investment investor=telefonica investee=mistral-ai"}},
    {"es", "Mistral AI recibió una inversión de Telefónica.",
     {"Investment investor=telefonica investee=mistral-ai"}},
    {"es", "Nvidia suministra chips a Telefónica.",
     {"SupplyAgreement supplier=nvidia customer=telefonica"}},
    {"es", "Telefónica compró 3.000 servidores a Nvidia.",
     {"SupplyAgreement customer=telefonica supplier=nvidia"}},
    {"es", "Telefónica y Nvidia forman una alianza.",
     {"Partnership partner=telefonica partner=nvidia"}},
    {"es", "Telefónica tiene una participación del 5% en Intel.",
     {"EquityStake investor=telefonica investee=intel"}, nullptr, "5 percent"},
    {"es", "Telefónica fue comprada por Nvidia.",
     {"Acquisition acquirer=nvidia target=telefonica"}},
    {"es", "Telefónica vendió su filial Acme Compute Inc. a Nvidia.",
     {"Acquisition acquirer=nvidia target=new:acme-compute"}},
    {"es", "La fusión de Acme Compute Inc. con Telefónica fue aprobada.",
     {"Acquisition acquirer=telefonica target=new:acme-compute"}},
    {"es", "Telefónica vendió chips a Nvidia.",
     {"SupplyAgreement supplier=telefonica customer=nvidia"}},
    // Other senses state no deal
    {"es", "Los proveedores de Telefónica negocian con Nvidia.", {}},
    {"es", "Las ventas de Nvidia superaron a las de Intel.", {}},
    {"es", "Telefónica presentó su informe tras la reunión con Nvidia.", {}},
    {"es", "El fondo de inversión de Telefónica no comentó sobre Nvidia.", {}},
    {"es", "Telefónica es el mayor accionista de Intel.",
     {"EquityStake investor=telefonica investee=intel"}},
    {"es", "La venta de Acme Compute Inc. a Nvidia se cerró ayer.",
     {"Acquisition acquirer=nvidia target=new:acme-compute"}},
    {"es", "Nvidia trabajará con Telefónica en nuevos centros de datos.",
     {"Partnership partner=nvidia partner=telefonica"}},
    // Frames: the giver after a genitive and the receiver after "in" (dg:receiverAfterPreposition),
    // a partner named with a description, German verb-second, an object that is another verb's.
    {"es", "Oracle celebró la inversión de Nvidia en Mistral AI.",
     {"Investment investor=nvidia investee=mistral-ai"}},
    {"es", "Intel alcanzó un acuerdo con el grupo estadounidense Nvidia para la venta de Groq.",
     {"Acquisition acquirer=nvidia target=groq"}},
    // A pair after "between, entre, tra"; entering a company's capital is a stake.
    {"es", "La nueva sociedad asumirá los contratos entre Telefónica y Nvidia hasta 2030.",
     {"Partnership partner=telefonica partner=nvidia"}},
    {"es", "Nvidia entrará en el capital de Mistral AI este año.",
     {"EquityStake investor=nvidia investee=mistral-ai"}},
    // A vehicle after "through, a través de, tramite" acts for the buyer or investor.
    {"es", "Telefónica comprará un 5% de Mistral AI a través de Telefónica Tech.",
     {"EquityStake investor=telefonica-tech investee=mistral-ai"}},
    // A company that receives an offer is the one to be bought.
    {"es", "Telefónica recibió una oferta de Iberdrola por todas sus acciones.",
     {"Acquisition acquirer=iberdrola target=telefonica"}},
    {"es", "Telefónica recibió una oferta de Iberdrola para limpiar la playa.", {}},
    // Two names that reach an agreement of no stated kind are partners; a settlement is none.
    {"es", "Telefónica e Iberdrola alcanzaron un acuerdo para desarrollar una red.",
     {"Partnership partner=telefonica partner=iberdrola"}},
    {"es", "Telefónica e Iberdrola llegaron a un acuerdo para cerrar la demanda.", {}},
    // The noun of entering states a stake only between two companies; merger talks name partners.
    {"es", "La entrada de Nvidia en Telefónica fue aprobada por el Gobierno.",
     {"EquityStake investor=nvidia investee=telefonica"}},
    {"es", "Telefónica celebró la entrada de Nvidia en el mercado español.", {}},
    {"es", "Telefónica anunció la entrada en vigor de su alianza con Nvidia.", {"Partnership partner=telefonica partner=nvidia"}},
    {"es", "Telefónica mantuvo negociaciones de fusión con Iberdrola.", {"Partnership partner=telefonica partner=iberdrola"}},
    {"es", "Tras invertir en Intel 5.000 millones de dólares, Nvidia reorganizó su cúpula.",
     {"Investment investor=nvidia investee=intel"}, "5000000000 USD"},
};

const std::vector<PostRow> kPosts = {
    {"es", "Marc Murtra, presidente de Telefónica, anunció el nuevo plan estratégico.", {"marc-murtra President telefonica"}},
    {"es", "El consejero delegado de Nvidia, Jensen Huang, visitó Madrid.", {"jensen-huang CEO nvidia"}},
    {"es", "Carlos Slim, fundador de América Móvil, habló con la prensa.", {"carlos-slim Founder america-movil"}},
    {"es", "Daniel Hajj, director general de América Móvil, dijo que la inversión seguirá.", {"daniel-hajj CEO america-movil"}},
    {"es", "Arthur Mensch, cofundador de Mistral AI, participó en el foro.", {"arthur-mensch Founder mistral-ai"}},
};
// clang-format on

}  // namespace

TEST_CASE("deal table es: deals read from the meaning of each sentence", "[extract][deal-table][es]") {
  check_deal_rows(kDeals);
}

TEST_CASE("deal table es: posts read from the meaning of each sentence", "[extract][deal-table][es]") {
  check_post_rows(kPosts);
}
