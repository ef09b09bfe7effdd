// Deal and post sentences in de, each with what a reader takes from it (see
// tests/support/deal_table.hpp).
#include "support/deal_table.hpp"

using namespace dealgraph::test::deal_table;

namespace {

// clang-format off
const std::vector<DealRow> kDeals = {
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
    // Entering a company with the verb last: the name after "bei", past its description, is entered.
    {"de", "Bosch will noch in diesem Jahr bei dem Münchner Start-up \"Aleph Alpha\" einsteigen.",
     {"EquityStake investor=bosch investee=aleph-alpha"}},
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
    // A majority of a company is the company.
    {"de", "SoftBank hält rund 90 Prozent der Anteile an Arm.",
     {"Acquisition acquirer=softbank target=arm"}, nullptr, "90 percent"},
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
    // Acquisitions: active, passive, nominal, by what changes hands
    {"de", "Nvidia übernimmt Acme Compute Inc. für 900 Millionen Dollar.",
     {"Acquisition acquirer=nvidia target=new:acme-compute"}, "900000000 USD"},
    {"de", "Ampere Computing wurde von SoftBank übernommen.",
     {"Acquisition acquirer=softbank target=ampere-computing"}},
    {"de", "SoftBank hat die Übernahme von Ampere Computing abgeschlossen.",
     {"Acquisition acquirer=softbank target=ampere-computing"}},
    {"de", "Die Übernahme von Aleph Alpha durch SAP wurde genehmigt.",
     {"Acquisition acquirer=sap target=aleph-alpha"}},
    {"de", "SAP kauft Aleph Alpha.",
     {"Acquisition acquirer=sap target=aleph-alpha"}},
    // gap: a German compound ending in a business noun (Chipsparte) is not split
    {"de", "Siemens verkauft seine Chipsparte an Infineon.",
     {"Acquisition acquirer=infineon target=siemens"}, nullptr, nullptr, kGap},
    {"de", "Siemens verkauft seine Sparte für Chips an Infineon.",
     {"Acquisition acquirer=infineon target=siemens"}},
    {"de", "Bosch kauft Aktien von Aleph Alpha.",
     {"EquityStake investor=bosch investee=aleph-alpha"}},
    {"de", "SAP hat 15 Prozent von DeepL gekauft.",
     {"EquityStake investor=sap investee=deepl"}},
    {"de", "Bosch erwirbt die Mehrheit an Aleph Alpha.",
     {"Acquisition acquirer=bosch target=aleph-alpha"}, nullptr, nullptr, kGap},
    // Supplies and guarantees, with the recipient after "an"
    {"de", "Nvidia verkauft 5.000 Chips an SAP.",
     {"SupplyAgreement supplier=nvidia customer=sap"}},
    {"de", "Der Kredit von Aleph Alpha wird von der Schwarz Gruppe verbürgt.",
     {"LoanGuarantee guarantor=schwarz-group beneficiary=aleph-alpha"}, nullptr, nullptr, kGap},
    // Other senses state no deal
    {"de", "Die Investoren von SAP warten auf die Zahlen von Siemens.", {}},
    {"de", "Die Anteile von SAP stiegen nach dem Bericht über Siemens.", {}},
    {"de", "Bosch verkauft seine Beteiligung an Aleph Alpha.", {}},
    {"de", "Die Lieferanten von Siemens warten auf Aufträge von Bosch.", {}},
    // More frames: active, passive and nominal, with what changes hands
    {"de", "Microsoft investiert in Aleph Alpha.",
     {"Investment investor=microsoft investee=aleph-alpha"}},
    {"de", "DeepL wird von Index Ventures finanziert.",
     {"Investment investor=index-ventures investee=deepl"}},
    {"de", "Die Investition von SAP in DeepL wurde bestätigt.",
     {"Investment investor=sap investee=deepl"}},
    {"de", "Infineon liefert Chips an Bosch.",
     {"SupplyAgreement supplier=infineon customer=bosch"}},
    {"de", "Bosch bestellt 5.000 Server bei Siemens.",
     {"SupplyAgreement customer=bosch supplier=siemens"}},
    {"de", "SAP und Siemens gründen ein Joint Venture.",
     {"Partnership partner=sap partner=siemens"}, nullptr, nullptr, kGap},
    {"de", "Bosch kooperiert mit Infineon.",
     {"Partnership partner=bosch partner=infineon"}},
    {"de", "Aleph Alpha lizenziert seine Modelle an SAP.",
     {"Licensing licensor=aleph-alpha licensee=sap"}},
    {"de", "SAP übernahm Aleph Alpha im Jahr 2025.",
     {"Acquisition acquirer=sap target=aleph-alpha"}},
    {"de", "Siemens verkauft 60 Prozent von Aleph Alpha an Bosch.",
     {"Acquisition acquirer=bosch target=aleph-alpha"}, nullptr, nullptr, kGap},
    {"de", "Bosch kauft die Mehrheit an DeepL.",
     {"Acquisition acquirer=bosch target=deepl"}},
    {"de", "Infineon kauft Aktien von Siemens im Wert von 100 Millionen Euro.",
     {"EquityStake investor=infineon investee=siemens"}, "100000000 EUR"},
    {"de", "Die Fusion von DeepL mit SAP wurde genehmigt.",
     {"Acquisition acquirer=sap target=deepl"}},
    // Two deals between the same parties stay apart
    {"de", "Nvidia investiert in Aleph Alpha und liefert Chips an Aleph Alpha.",
     {"Investment investor=nvidia investee=aleph-alpha", "SupplyAgreement supplier=nvidia customer=aleph-alpha"}},
    // Other senses state no deal
    {"de", "Die Ermittlungen gegen Siemens betreffen auch Bosch.", {}},
    {"de", "Die Aktien von Infineon fielen, während SAP zulegte.", {}},
    {"de", "Bosch steht vor einem Urteil im Streit mit Siemens.", {}},
    {"de", "Siemens verkauft seine Anteile an Infineon.", {}},
    {"de", "Infineon zählt Bosch und Siemens zu seinen Kunden.", {}},
    {"de", "Der Chef von SAP lobte die Zusammenarbeit in der Branche, sagte Siemens.", {}},
    {"de", "SAP hält eine Beteiligung von 5 Prozent an DeepL.",
     {"EquityStake investor=sap investee=deepl"}, nullptr, "5 percent"},
    {"de", "Bosch hat Aktien von Infineon gekauft.",
     {"EquityStake investor=bosch investee=infineon"}},
    // Frames: the giver after a genitive and the receiver after "in" (dg:receiverAfterPreposition),
    // a partner named with a description, German verb-second, an object that is another verb's.
    {"de", "Im Mai übernahm Nvidia den Chipentwickler Groq.",
     {"Acquisition acquirer=nvidia target=groq"}},
    {"de", "Im vergangenen Jahr investierte SoftBank in OpenAI.",
     {"Investment investor=softbank investee=openai"}},
    {"de", "Intel begrüßte die Investition von Nvidia in Groq.",
     {"Investment investor=nvidia investee=groq"}},
    // A pair after "between, entre, tra"; entering a company's capital is a stake.
    {"de", "Die Behörde prüft den Vertrag zwischen Intel und Nvidia.",
     {"Partnership partner=intel partner=nvidia"}},
    // A company that receives an offer is the one to be bought.
    {"de", "SAP erhielt ein Angebot von Siemens für alle Aktien.",
     {"Acquisition acquirer=siemens target=sap"}},
    {"de", "SAP erhielt ein Angebot von Siemens für die Reinigung des Strandes.", {}},
    // Two names that reach an agreement of no stated kind are partners; a settlement is none.
    {"de", "SAP und Siemens einigten sich auf ein gemeinsames Labor.",
     {"Partnership partner=sap partner=siemens"}},
    {"de", "SAP und Siemens einigten sich auf ein Ende der Klage.", {}},
    // Merger talks name two partners.
    {"de", "Siemens führte Fusionsgespräche mit Alstom.", {"Partnership partner=siemens partner=alstom"}},
};

const std::vector<PostRow> kPosts = {
    {"de", "Nvidia-Chef Jensen Huang kündigte neue Chips an.", {"jensen-huang CEO nvidia"}},
    {"de", "Siemens-Chef Roland Busch sagte, die Nachfrage sei hoch.", {"roland-busch CEO siemens"}},
    {"de", "Infineon-Vorstandschef Jochen Hanebeck erwartet ein starkes Jahr.", {"jochen-hanebeck CEO infineon"}},
    {"de", "Jonas Andrulis, Gründer von Aleph Alpha, sprach auf der Konferenz.", {"jonas-andrulis Founder aleph-alpha"}},
    {"de", "Der Finanzchef von Intel, David Zinsner, nannte keine Zahlen.", {"david-zinsner CFO intel"}},
};
// clang-format on

}  // namespace

TEST_CASE("deal table de: deals read from the meaning of each sentence", "[extract][deal-table][de]") {
  check_deal_rows(kDeals);
}

TEST_CASE("deal table de: posts read from the meaning of each sentence", "[extract][deal-table][de]") {
  check_post_rows(kPosts);
}
