// Deal and post sentences in fr, each with what a reader takes from it (see
// tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<DealRow> kDeals = {
    // A commitment of money is an investment; a commitment to buy is the purchase it names.
    {"fr", "Samsung engagera jusqu'à 300 millions d'euros dans Mistral AI.",
     {"Investment investor=samsung-electronics investee=mistral-ai"}, "300000000 EUR"},
    {"fr", "Bpifrance s'engage à hauteur de 200 millions d'euros dans le capital de Mistral AI.",
     {"Investment investor=bpifrance investee=mistral-ai"}, "200000000 EUR"},
    {"fr", "Mistral AI s'est engagé à acheter des puces à Nvidia.",
     {"SupplyAgreement customer=mistral-ai supplier=nvidia"}},
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
    {"fr", "Mistral AI indique que les capitaux apportés par Microsoft serviront à recruter.",
     {"Investment investor=microsoft investee=mistral-ai"}},
    {"fr", "Le rachat de Sesterce par Thales a été finalisé.",
     {"Acquisition acquirer=thales target=sesterce"}},
    {"fr", "Iliad a acquis la société Sesterce.",
     {"Acquisition acquirer=iliad target=sesterce"}},
    {"fr", "Thales a vendu sa division de serveurs à Iliad.",
     {"Acquisition acquirer=iliad target=thales"}},
    {"fr", "Les banques d'investissement de Microsoft et de Nvidia ont conseillé Mistral AI.", {}},
    {"fr", "Thales a réuni vendredi les dirigeants d'Iliad à Paris.", {}},
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
    // Acquisitions: active, passive, nominal, by what changes hands
    {"fr", "Thales acquiert Sesterce.",
     {"Acquisition acquirer=thales target=sesterce"}},
    {"fr", "Sesterce a été rachetée par Thales.",
     {"Acquisition acquirer=thales target=sesterce"}},
    {"fr", "Iliad a finalisé l'acquisition de Kyutai.",
     {"Acquisition acquirer=iliad target=kyutai"}},
    {"fr", "Thales a acheté des actions de Mistral AI.",
     {"EquityStake investor=thales investee=mistral-ai"}},
    {"fr", "Iliad rachète 60 % du capital de Sesterce.",
     {"Acquisition acquirer=iliad target=sesterce"}, nullptr, "60 percent"},
    {"fr", "Thales lance une offre publique d'achat sur Sesterce.",
     {"Acquisition acquirer=thales target=sesterce"}},
    {"fr", "Sesterce est détenue à 30 % par Iliad.",
     {"EquityStake investor=iliad investee=sesterce"}, nullptr, "30 percent", kGap},
    {"fr", "Mistral AI est garantie par Bpifrance pour son prêt.",
     {"LoanGuarantee guarantor=bpifrance beneficiary=mistral-ai"}},
    // Other senses state no deal
    {"fr", "Les investisseurs de Thales attendent les résultats d'Iliad.", {}},
    {"fr", "Les fournisseurs de Thales ont rencontré Iliad.", {}},
    {"fr", "Iliad a vendu sa participation dans Mistral AI.", {}},
    {"fr", "La participation de Thales au salon organisé par Iliad est confirmée.", {}},
    // More frames: active, passive and nominal, with what changes hands
    {"fr", "Microsoft investit dans Mistral AI.",
     {"Investment investor=microsoft investee=mistral-ai"}},
    {"fr", "Mistral AI a reçu un financement de Bpifrance.",
     {"Investment investor=bpifrance investee=mistral-ai"}},
    {"fr", "Thales livre des serveurs à Iliad.",
     {"SupplyAgreement supplier=thales customer=iliad"}},
    {"fr", "Iliad a commandé 2 000 serveurs à Thales.",
     {"SupplyAgreement customer=iliad supplier=thales"}, nullptr, nullptr, kGap},
    {"fr", "Thales et Iliad annoncent un partenariat.",
     {"Partnership partner=thales partner=iliad"}},
    {"fr", "Iliad s'associe à Mistral AI.",
     {"Partnership partner=iliad partner=mistral-ai"}},
    {"fr", "Thales détient 15 % de Sesterce.",
     {"EquityStake investor=thales investee=sesterce"}, nullptr, "15 percent"},
    {"fr", "Iliad a acheté des actions de Thales pour 50 millions d'euros.",
     {"EquityStake investor=iliad investee=thales"}, "50000000 EUR"},
    {"fr", "Thales rachète Sesterce pour 300 millions d'euros.",
     {"Acquisition acquirer=thales target=sesterce"}, "300000000 EUR"},
    {"fr", "L'acquisition de Kyutai par Iliad a été annoncée.",
     {"Acquisition acquirer=iliad target=kyutai"}},
    {"fr", "Thales a vendu sa filiale Sesterce à Iliad.",
     {"Acquisition acquirer=iliad target=sesterce"}},
    {"fr", "Iliad a cédé 20 % de Kyutai à Thales.",
     {"EquityStake investor=thales investee=kyutai"}, nullptr, "20 percent", kGap},
    {"fr", "La fusion de Sesterce avec Thales a été approuvée.",
     {"Acquisition acquirer=thales target=sesterce"}},
    {"fr", "Sesterce a été absorbée par Thales.",
     {"Acquisition acquirer=thales target=sesterce"}},
    // Two deals between the same parties stay apart
    {"fr", "Nvidia investit dans Mistral AI et fournira des puces à Mistral AI.",
     {"Investment investor=nvidia investee=mistral-ai", "SupplyAgreement supplier=nvidia customer=mistral-ai"}},
    // Other senses state no deal
    {"fr", "L'enquête sur Thales vise aussi Iliad.", {}},
    {"fr", "Les ventes de Thales ont dépassé celles d'Iliad.", {}},
    {"fr", "Thales a vendu sa participation dans Sesterce.", {}},
    {"fr", "Iliad a été désigné fournisseur de Thales.", {}},
    {"fr", "Thales a pris la parole avant Iliad.", {}},
    // Compute bought as a service is a cloud contract.
    {"fr", "Mistral AI a signé un accord pour l'achat de services en nuage à Iliad.",
     {"CloudContract customer=mistral-ai supplier=iliad"}},
    {"fr", "Mistral AI va acheter de la capacité de calcul à Iliad.",
     {"CloudContract customer=mistral-ai supplier=iliad"}},
    {"fr", "Iliad travaillera avec Mistral AI sur de nouveaux modèles.",
     {"Partnership partner=iliad partner=mistral-ai"}},
    // Frames: the giver after a genitive and the receiver after "in" (dg:receiverAfterPreposition),
    // a partner named with a description, German verb-second, an object that is another verb's.
    {"fr", "Le marché a salué l'investissement de Nvidia dans Mistral AI.",
     {"Investment investor=nvidia investee=mistral-ai"}},
    {"fr", "Orange a commenté la prise de participation minoritaire de SoftBank dans OpenAI.",
     {"EquityStake investor=softbank investee=openai"}},
    {"fr", "Iliad a confirmé l'investissement stratégique d'Orange dans Mistral AI.",
     {"Investment investor=orange investee=mistral-ai"}},
    // A pair after "between, entre, tra"; entering a company's capital is a stake.
    {"fr", "Le régulateur a examiné le contrat entre Orange et Iliad.",
     {"Partnership partner=orange partner=iliad"}},
    {"fr", "Nvidia est entré au capital de Mistral AI.",
     {"EquityStake investor=nvidia investee=mistral-ai"}},
    // A vehicle after "through, a través de, tramite" acts for the buyer or investor.
    {"fr", "SoftBank investira dans Mistral AI par l'intermédiaire de SoftBank Vision Fund.",
     {"Investment investor=softbank-vision-fund investee=mistral-ai"}},
    // A company that receives an offer is the one to be bought.
    {"fr", "Iliad a reçu une offre d'Orange pour racheter toutes ses actions.",
     {"Acquisition acquirer=orange target=iliad"}},
    {"fr", "Iliad a reçu une offre d'Orange pour l'aider à nettoyer le site.", {}},
    // Two names that reach an agreement of no stated kind are partners; a settlement is none.
    {"fr", "Orange et Iliad ont conclu un accord pour construire un réseau commun.",
     {"Partnership partner=orange partner=iliad"}},
    {"fr", "Orange et Iliad ont trouvé un accord pour mettre fin au litige.", {}},
    // The noun of entering states a stake only between two companies; talks engaged commit no money;
    // a company bought from ("acheter à X") sells, it is not bought; a round led with no raiser named.
    {"fr", "L'entrée de Nvidia dans Orange a été approuvée.", {"EquityStake investor=nvidia investee=orange"}},
    {"fr", "L'entrée en Bourse de Mistral AI intéresse Nvidia.", {}},
    {"fr", "Nvidia a engagé des pourparlers de fusion avec Intel.", {"Partnership partner=nvidia partner=intel"}},
    {"fr", "Orange a acheté à Nvidia des serveurs pour son centre de données.",
     {"SupplyAgreement customer=orange supplier=nvidia"}},
    {"fr", "Orange a acheté Mistral AI pour 2 milliards d'euros.",
     {"Acquisition acquirer=orange target=mistral-ai"}, "2000000000 EUR"},
    {"fr", "Mistral AI prépare une levée de fonds. Nvidia a pris la tête du tour de table.",
     {"Investment investor=nvidia investee=mistral-ai"}},
    // "mené par X" names a round only where a raiser says so: what is led may be anything.
    {"fr", "Mistral AI a publié ses résultats. La grève est menée par Nvidia.", {}},
    {"fr", "Après avoir investi dans Intel 5 milliards de dollars, Nvidia a changé de directeur financier.",
     {"Investment investor=nvidia investee=intel"}, "5000000000 USD"},
    {"fr", "En investissant dans Mistral AI, Nvidia renforce sa présence en Europe.",
     {"Investment investor=nvidia investee=mistral-ai"}},
};

const std::vector<PostRow> kPosts = {
    {"fr", "Arthur Mensch, le patron de Mistral AI, a présenté le nouveau modèle.", {"arthur-mensch CEO mistral-ai"}},
    {"fr", "La directrice générale d'Orange, Christel Heydemann, a annoncé le plan.", {"christel-heydemann CEO orange"}},
    {"fr", "Xavier Niel, fondateur d'Iliad, a investi dans plusieurs start-up.", {"xavier-niel Founder iliad"}},
    {"fr", "Patrick Pouyanné, PDG de TotalEnergies, a répondu aux questions.", {"patrick-pouyanne CEO totalenergies"}},
    {"fr", "Octave Klaba, fondateur d'OVHcloud, a présenté les résultats.", {"octave-klaba Founder ovhcloud"}},
};
// clang-format on

}  // namespace

TEST_CASE("deal table fr: deals read from the meaning of each sentence", "[extract][deal-table][fr]") {
  check_deal_rows(kDeals);
}

TEST_CASE("deal table fr: posts read from the meaning of each sentence", "[extract][deal-table][fr]") {
  check_post_rows(kPosts);
}
