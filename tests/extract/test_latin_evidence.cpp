// Evidence for names of Latin-script news beyond legal forms: public bodies named by a common
// noun and a qualifier, given names of many cultures, and posts before a name; with the guards
// that keep places, nationalities and ordinary words out. All sentences are invented.
#include "support/name_cases.hpp"

using dealgraph::test::check_name_cases;

TEST_CASE("a government's noun with a nationality or federal after it is a public body", "[extract][latin-evidence]") {
  check_name_cases({
      {"pt", "O governo federal anunciou um novo pacote de crédito.", "Organization:governo federal"},
      {"pt", "Segundo o Governo alemão, a medida entra em vigor em março.", "Organization:Governo alemão"},
      {"pt", "O governo japonês respondeu às críticas nesta terça.", "Organization:governo japonês"},
      {"pt", "A proposta foi enviada ao Congresso peruano na semana passada.", "Organization:Congresso peruano"},
      {"pt", "O banco central japonês manteve os juros.", "Organization:banco central japonês"},
      {"pt", "O governo estadual prometeu novas escolas.", "Organization:governo estadual"},
      {"pt", "O Parlamento britânico votou contra o acordo.", "Organization:Parlamento britânico"},
      {"es", "El Gobierno peruano negó las acusaciones.", "Organization:Gobierno peruano"},
      {"es", "Fuentes del gobierno chino confirmaron la visita.", "Organization:gobierno chino"},
      {"es", "El Ejecutivo federal presentó el presupuesto.", "Organization:Ejecutivo federal"},
      {"es", "El gobierno uruguayo firmó el convenio con las provincias.", "Organization:gobierno uruguayo"},
      {"es", "El Congreso mexicano aprobó la reforma por mayoría.", "Organization:Congreso mexicano"},
      {"fr", "Le gouvernement fédéral a promis une aide aux agriculteurs.", "Organization:gouvernement fédéral"},
      {"fr", "Selon le gouvernement belge, les négociations avancent.", "Organization:gouvernement belge"},
      {"fr", "La banque centrale américaine a relevé ses taux.", "Organization:banque centrale américaine"},
      {"fr", "Le gouvernement québécois prépare un nouveau budget.", "Organization:gouvernement québécois"},
      {"it", "Il governo italiano ha approvato il decreto.", "Organization:governo italiano"},
      {"it", "La Commissione europea ha aperto un'indagine.", "Organization:Commissione europea"},
      {"it", "Il Parlamento europeo discuterà la proposta.", "Organization:Parlamento europeo"},
      {"it", "Il governo tedesco ha smentito la notizia.", "Organization:governo tedesco"},
  });
}

TEST_CASE("a nationality or country before government names a public body in English and German",
          "[extract][latin-evidence]") {
  check_name_cases({
      {"en", "The Belgian government said it would sell its stake.", "Organization:Belgian government"},
      {"en", "A spokesman for the Dutch government declined to comment.", "Organization:Dutch government"},
      {"en", "The Luxembourg government approved the rescue plan.", "Organization:Luxembourg government"},
      {"en", "The UK government will publish the report next week.", "Organization:UK government"},
      {"en", "Talks with the Venezuelan government stalled on Monday.", "Organization:Venezuelan government"},
      {"en", "The Iranian parliament rejected the bill.", "Organization:Iranian parliament"},
      {"en", "Officials of the government of India met the bankers.", "Organization:government of India"},
      {"de", "Die deutsche Regierung hält an ihrem Plan fest.", "Organization:deutsche Regierung"},
      {"de", "Ein Sprecher der französischen Regierung widersprach.", "Organization:französischen Regierung"},
      {"de", "Die österreichische Regierung will die Steuer senken.", "Organization:österreichische Regierung"},
      {"de", "Die polnische Regierung reagierte gelassen.", "Organization:polnische Regierung"},
      {"es", "El Gobierno de España recurrirá la sentencia.", "Organization:Gobierno de España"},
      {"pt", "O governo do Brasil rejeitou a proposta.", "Organization:governo do Brasil"},
      {"fr", "Le gouvernement du Canada a annoncé des mesures.", "Organization:gouvernement du Canada"},
  });
}

TEST_CASE("a chamber or government named by one capitalised noun is that body", "[extract][latin-evidence]") {
  check_name_cases({
      {"en", "The bill now goes to Congress for a final vote.", "Organization:Congress"},
      {"en", "The measure passed the Senate on Thursday.", "Organization:Senate"},
      {"en", "Ministers will ask Parliament to approve the treaty.", "Organization:Parliament"},
      {"pt", "O projeto segue agora para o Senado.", "Organization:Senado"},
      {"pt", "A medida precisa ser aprovada pelo Congresso até junho.", "Organization:Congresso"},
      {"pt", "O Governo vai apresentar a proposta amanhã.", "Organization:Governo"},
      {"es", "La ley fue aprobada por el Congreso en diciembre.", "Organization:Congreso"},
      {"es", "El Gobierno anunció nuevas ayudas para el campo.", "Organization:Gobierno"},
      {"es", "La Cancillería convocó al embajador.", "Organization:Cancillería"},
      {"fr", "Le texte sera examiné par le Sénat en janvier.", "Organization:Sénat"},
      {"it", "Il decreto passa ora al Senato per il voto.", "Organization:Senato"},
      {"it", "Il Governo ha posto la fiducia sul provvedimento.", "Organization:Governo"},
      {"de", "Der Bundestag stimmte dem Gesetz zu.", "Organization:Bundestag"},
      {"de", "Das Gesetz braucht noch die Zustimmung des Bundesrats.", "Organization:Bundesrats"},
  });
}

TEST_CASE("German compounds of state name a public body", "[extract][latin-evidence]") {
  check_name_cases({
      {"de", "Die Bundesregierung plant neue Hilfen für Familien.", "Organization:Bundesregierung"},
      {"de", "Das Wirtschaftsministerium prüft den Antrag.", "Organization:Wirtschaftsministerium"},
      {"de", "Ein Sprecher des Finanzministeriums bestätigte den Bericht.", "Organization:Finanzministeriums"},
      {"de", "Das Bundeskartellamt hat die Übernahme genehmigt.", "Organization:Bundeskartellamt"},
      {"de", "Die Landesregierung will mehr Lehrer einstellen.", "Organization:Landesregierung"},
      {"de", "Das Bundesverfassungsgericht verhandelt im Herbst.", "Organization:Bundesverfassungsgericht"},
      {"de", "Die Staatsanwaltschaft ermittelt gegen zwei Manager.", "Organization:Staatsanwaltschaft"},
      {"de", "Die Bundesnetzagentur versteigert neue Frequenzen.", "Organization:Bundesnetzagentur"},
      {"de", "Das Landesamt für Statistik meldet mehr Einwohner.", "Organization:Landesamt"},
      {"de", "Die Bundeswehr erhält neue Hubschrauber.", "Organization:Bundeswehr"},
  });
}

TEST_CASE("given names of many cultures start a person's name", "[extract][latin-evidence]") {
  check_name_cases({
      {"en", "The report was written by Cian Dorrity and two colleagues.", "Person:Cian Dorrity"},
      {"en", "Leanne Fairholm, who runs the shelter, asked for help.", "Person:Leanne Fairholm"},
      {"en", "A statement from Siobhán Mulvane was read out.", "Person:Siobhán Mulvane"},
      {"en", "The ministry appointed Meglena Stoyanova as its envoy.", "Person:Meglena Stoyanova"},
      {"en", "The fund hired Sridhar Venkataram to lead the team.", "Person:Sridhar Venkataram"},
      {"en", "The contract was signed by Faisal Alqahtani in Riyadh.", "Person:Faisal Alqahtani"},
      {"en", "Analysts at the bank, including Priyanka Ravindran, cut their forecast.", "Person:Priyanka Ravindran"},
      {"en", "The board met with Oluwaseun Adeyemi on Tuesday.", "Person:Oluwaseun Adeyemi"},
      {"en", "The book by Kristina Valborg came out in May.", "Person:Kristina Valborg"},
      {"pt", "O porta-voz Steffen Brandauer negou a informação.", "Person:Steffen Brandauer"},
      {"pt", "A reunião contou com Evo Quispe e outros líderes.", "Person:Evo Quispe"},
      {"pt", "A empresária Cássia Montenegro abriu uma nova loja.", "Person:Cássia Montenegro"},
      {"pt", "O técnico Odair Carvalhal deixou o clube.", "Person:Odair Carvalhal"},
      {"es", "La iniciativa fue presentada por Xiomara Valladares en Tegucigalpa.", "Person:Xiomara Valladares"},
      {"es", "El escritor Iker Goienetxe recibió el premio.", "Person:Iker Goienetxe"},
      {"es", "La cantante Macarena Roldán actuará en verano.", "Person:Macarena Roldán"},
      {"fr", "Le chercheur Cyrille Fontanel présentera ses travaux.", "Person:Cyrille Fontanel"},
      {"fr", "L'ingénieur Dany Khoury a rejoint l'équipe.", "Person:Dany Khoury"},
      {"fr", "La députée Rachida Benali a posé la question.", "Person:Rachida Benali"},
      {"de", "Der Forscher Steffen Kolbeck stellte die Studie vor.", "Person:Steffen Kolbeck"},
      {"de", "Die Studentin Leanne Corrigan kommt aus Dublin.", "Person:Leanne Corrigan"},
      {"de", "Nach Angaben von Sascha Rennert sinkt der Absatz.", "Person:Sascha Rennert"},
      {"it", "La stilista Miuccia Ferrante ha presentato la collezione.", "Person:Miuccia Ferrante"},
      {"it", "Il manager Patrizio Lombardini guiderà la società.", "Person:Patrizio Lombardini"},
      {"it", "La ricercatrice Ilaria Pozzobon ha vinto il premio.", "Person:Ilaria Pozzobon"},
      {"en", "The visit of Aung Kyaw Thet was delayed.", "Person:Aung Kyaw Thet"},
      {"en", "The mayor, Tadhg Ó Briain, opened the road.", "Person:Tadhg Ó Briain"},
      {"en", "A letter from Zeynep Aksoylu reached the court.", "Person:Zeynep Aksoylu"},
  });
}

TEST_CASE("a post before two or three capitalised words names a person", "[extract][latin-evidence]") {
  check_name_cases({
      {"en", "The talks were led by chancellor Wendel Brakman last year.", "Person:Wendel Brakman"},
      {"en", "It was approved by secretary Orvald Penning after a review.", "Person:Orvald Penning"},
      {"pt", "A decisão foi tomada pela ministra Ivete Sarmanho ontem.", "Person:Ivete Sarmanho"},
      {"pt", "O presidente Ovídio Tramontina assinou o decreto.", "Person:Ovídio Tramontina"},
      {"pt", "O secretário Deoclécio Pacheco participou da reunião.", "Person:Deoclécio Pacheco"},
      {"es", "La ministra Eufemia Larrañaga defendió el plan.", "Person:Eufemia Larrañaga"},
      {"es", "El canciller Teófilo Barrientos viajó a Lima.", "Person:Teófilo Barrientos"},
      {"es", "El gobernador Anselmo Quiroga inauguró el puente.", "Person:Anselmo Quiroga"},
      {"fr", "Le président Aristide Valmorel a reçu les syndicats.", "Person:Aristide Valmorel"},
      {"fr", "La ministre Ombeline Carrère a présenté la réforme.", "Person:Ombeline Carrère"},
      {"fr", "Le commissaire Théophane Grandjean a rendu son avis.", "Person:Théophane Grandjean"},
      {"de", "Der Sprecher Wendelin Oberhauser bestätigte den Termin.", "Person:Wendelin Oberhauser"},
      {"de", "Die Ministerin Irmtraud Wessels besuchte das Werk.", "Person:Irmtraud Wessels"},
      {"de", "Der Kanzler Volkwin Rademacher sprach im Parlament.", "Person:Volkwin Rademacher"},
      {"it", "Il ministro Gerlando Scarpinato ha firmato l'accordo.", "Person:Gerlando Scarpinato"},
      {"it", "Il sottosegretario Ermete Zampieri ha risposto in aula.", "Person:Ermete Zampieri"},
      {"it", "Il governatore Eusebio Carraro ha presentato il piano.", "Person:Eusebio Carraro"},
  });
}

TEST_CASE("places, nationalities and ordinary words beside a public body's noun are no entity",
          "[extract][latin-evidence]") {
  check_name_cases({
      {"en", "The federal government cut spending again.", "-federal government"},
      {"en", "The central government will pay for the roads.", "-central government"},
      {"en", "The government said on Monday it would act.", "-government"},
      {"en", "Prices of Treasury bonds rose on Friday.", "-Treasury"},
      {"en", "In Germany, government spending rose.", "-Germany, government"},
      {"en", "The Senate Finance Committee will meet on Monday.", "-Senate"},
      {"pt", "O governo anunciou cortes no orçamento.", "-governo"},
      {"pt", "O governo de Lula enfrentou protestos.", "-governo de Lula"},
      {"pt", "O Senado Federal aprovou a medida.", "-Senado"},
      {"es", "El gobierno dijo que no habrá cambios.", "-gobierno"},
      {"es", "Los gobiernos de la región se reunieron.", "-gobiernos"},
      {"fr", "La commission bancaire a rendu son rapport.", "-commission bancaire"},
      {"fr", "Le gouvernement a démissionné.", "-gouvernement"},
      {"de", "Das Bundesland Hessen erhält mehr Geld.", "-Bundesland"},
      {"de", "Die Bundesliga startet im August.", "-Bundesliga"},
      {"de", "Die Regierung will sparen.", "-Regierung"},
      {"de", "Der Bundesfeiertag fällt auf einen Montag.", "-Bundesfeiertag"},
      {"de", "Die Staatsverschuldung steigt weiter.", "-Staatsverschuldung"},
      {"it", "Il governo ha chiesto tempo.", "-governo"},
      {"it", "La commissione tributaria ha respinto il ricorso.", "-commissione tributaria"},
      {"en", "Spanish and Italian banks lent more.", "-Spanish"},
      {"pt", "A Alemanha e a França assinaram o acordo.", "-Alemanha"},
      {"es", "Llegaron a Madrid el lunes.", "-Madrid"},
      {"fr", "Les Allemand ont voté.", "-Allemand"},
      {"it", "Il Senato della Repubblica ha votato.", "-Senato"},
  });
}

TEST_CASE("a common word or place that is also a given name starts no person", "[extract][latin-evidence]") {
  check_name_cases({
      {"en", "Milan Fashion Week opens on Tuesday.", "-Milan Fashion Week"},
      {"en", "Grant Thornton audited the accounts.", "-Person:Grant Thornton"},
      {"en", "Li Auto sold more cars in May.", "-Person:Li Auto"},
      {"en", "Axel Springer bought the website.", "-Person:Axel Springer"},
      {"pt", "Segundo Tempo é o nome do programa.", "-Segundo Tempo"},
      {"es", "Una empresa de Bilbao ganó el concurso.", "-Una empresa"},
      {"fr", "Les Echos a publié l'information.", "-Person:Les Echos"},
  });
}

TEST_CASE("an acronym after an article names a body even when the text uses it once", "[extract][latin-evidence]") {
  check_name_cases({
      {"pt", "O relatório da OMVQ foi divulgado ontem.", "Organization:OMVQ"},
      {"pt", "A proposta do SINDVQ prevê reajuste de salários.", "Organization:SINDVQ"},
      {"es", "El informe del CEPRAQ llegó tarde.", "Organization:CEPRAQ"},
      {"es", "La decisión de la CNVQ sorprendió a los inversores.", "Organization:CNVQ"},
      {"fr", "Le rapport du CNVQ sera publié lundi.", "Organization:CNVQ"},
      {"fr", "Les syndicats ont rencontré la FNQV mardi.", "Organization:FNQV"},
      {"de", "Ein Sprecher der BVQK wollte sich nicht äußern.", "Organization:BVQK"},
      {"de", "Die Zahlen des IFQW zeigen ein Plus.", "Organization:IFQW"},
      {"it", "Il parere della CONSQ è arrivato ieri.", "Organization:CONSQ"},
      {"it", "Secondo il rapporto dell'ISQT la crescita rallenta.", "-rapporto"},
      {"en", "Approval from the FQA came late on Friday.", "Organization:FQA"},
      {"en", "The data went to the NQSB last year.", "Organization:NQSB"},
      {"pt", "O texto da PEC foi aprovado.", "-PEC"},
      {"es", "La subida del PIB fue del dos por ciento.", "-PIB"},
      {"it", "La crescita del PIL rallenta.", "-PIL"},
      {"de", "Das BIP wuchs im dritten Quartal.", "-BIP"},
      {"de", "Der DAX schloss im Plus.", "-DAX"},
      {"en", "The XML file was sent to the bank.", "-XML"},
      {"en", "Veterans of the WWII campaign met again.", "-WWII"},
      {"fr", "Le XXI siècle commence.", "-XXI"},
      {"en", "The price of WTI crude fell.", "-WTI"},
      {"en", "He paid in USD for the goods.", "-USD"},
      {"pt", "O preço subiu em relação ao CDI no mês.", "-CDI"},
      {"es", "La tasa de IVA sube.", "-IVA"},
  });
}

TEST_CASE("heads of public offices and of trades make a run an organisation's name", "[extract][latin-evidence]") {
  check_name_cases({
      {"es", "La Presidencia de Bolivia envió un comunicado.", "Organization:Presidencia de Bolivia"},
      {"es", "La Fiscalía General abrió una investigación.", "Organization:Fiscalía General"},
      {"es", "El Ayuntamiento de Teruel aprobó el plan.", "Organization:Ayuntamiento de Teruel"},
      {"es", "La operación fue comprada por Minera Quelvar en 2019.", "Organization:Minera Quelvar"},
      {"es", "Los socios de Inversora Talmar vendieron sus acciones.", "Organization:Inversora Talmar"},
      {"es", "Las obras las hará Constructora Arvelo este año.", "Organization:Constructora Arvelo"},
      {"pt", "A Procuradoria Geral abriu um inquérito.", "Organization:Procuradoria Geral"},
      {"pt", "Os dados da Receita Federal mostram alta na arrecadação.", "Organization:Receita Federal"},
      {"pt", "O contrato foi assinado com a Construtora Varanda ontem.", "Organization:Construtora Varanda"},
      {"pt", "A Polícia Civil prendeu dois suspeitos.", "Organization:Polícia Civil"},
      {"fr", "La Présidence de la République a démenti.", "Organization:Présidence de la République"},
      {"fr", "Le Commissariat Général a rendu son avis.", "Organization:Commissariat Général"},
      {"fr", "La Maison Verlaine a lancé un nouveau parfum.", "Organization:Maison Verlaine"},
      {"de", "Die Vereinigung Kranich kritisiert den Haushalt.", "Organization:Vereinigung Kranich"},
      {"de", "Die Stadtwerke Kelbach erhöhen die Preise.", "Organization:Stadtwerke Kelbach"},
      {"it", "Il Comune di Pistoia ha approvato il bilancio.", "Organization:Comune di Pistoia"},
      {"it", "La Procura di Savona ha aperto un fascicolo.", "Organization:Procura di Savona"},
      {"it", "La Regione Molise stanzia nuovi fondi.", "Organization:Regione Molise"},
      {"en", "The study was published by the Center for Water Policy.", "Organization:Center for Water Policy"},
      {"en", "The Kelso Assembly voted on the budget.", "Organization:Kelso Assembly"},
      {"en", "Police Commissioner Arlen Voss spoke first.", "-Police Commissioner Arlen Voss"},
  });
}

TEST_CASE("a company's post before of, de or di, and its results after, name the company",
          "[extract][latin-evidence]") {
  check_name_cases({
      {"en", "He was named chief executive of Varnholt last year.", "Organization:Varnholt"},
      {"en", "She is the founder of Quillmark and a former banker.", "Organization:Quillmark"},
      {"pt", "O presidente da Travessa disse que a venda foi concluída.", "Organization:Travessa"},
      {"pt", "O lucro da Brumado subiu 10% no trimestre.", "Organization:Brumado"},
      {"pt", "A Cervantil registrou lucro de R$ 5 milhões.", "Organization:Cervantil"},
      {"es", "El consejero delegado de Arvexa dimitió ayer.", "Organization:Arvexa"},
      {"fr", "Le directeur général de Morvane quitte ses fonctions.", "Organization:Morvane"},
      {"fr", "Le PDG de Calvexis a présenté les résultats.", "Organization:Calvexis"},
      {"de", "Der Chef von Kranholt tritt zurück.", "Organization:Kranholt"},
      {"it", "L'amministratore delegato di Tarvenza ha parlato agli analisti.", "Organization:Tarvenza"},
      {"it", "Il fatturato di Lombrosi è salito.", "Organization:Lombrosi"},
      {"en", "Brakefield, the owner of two hotels, sold one.", "Organization:Brakefield"},
      {"fr", "Verlex, la holding de la famille, a vendu ses parts.", "Organization:Verlex"},
      {"en", "Overall, the company sold fewer cars.", "-Overall"},
      {"es", "Asimismo, la compañía cerró dos plantas.", "-Asimismo"},
      {"en", "He became president of France in 2017.", "-France"},
  });
}

TEST_CASE("more verbs of speech say a person spoke", "[extract][latin-evidence]") {
  check_name_cases({
      {"fr", "\"Nous restons prudents\", a précisé Gaspard Orlhac.", "Person:Gaspard Orlhac"},
      {"fr", "Selon lui, la crise durera, estime Ambroise Delteil.", "Person:Ambroise Delteil"},
      {"es", "\"No habrá despidos\", aseguró Teófilo Arriaga.", "Person:Teófilo Arriaga"},
      {"es", "El acuerdo es bueno, reconoció Anselmo Urquiza.", "Person:Anselmo Urquiza"},
      {"pt", "\"Vamos crescer\", ressaltou Deoclécio Bastos.", "Person:Deoclécio Bastos"},
      {"de", "\"Wir sind zufrieden\", erklärte Wendelin Ackermann.", "Person:Wendelin Ackermann"},
      {"it", "\"Siamo pronti\", ha sottolineato Ermete Gualtieri.", "Person:Ermete Gualtieri"},
      {"en", "The plan is sound, wrote Orvald Pennington.", "Person:Orvald Pennington"},
  });
}

TEST_CASE("a government joined to its leader's name is a public body", "[extract][latin-evidence]") {
  check_name_cases({
      {"pt", "O governo Tavares anunciou cortes.", "Organization:governo Tavares"},
      {"pt", "Durante o governo Ernesto Valadão, a inflação caiu.", "Organization:governo Ernesto Valadão"},
      {"fr", "Le gouvernement Berthier a présenté son budget.", "Organization:gouvernement Berthier"},
      {"it", "Il governo Scarpetta ha ottenuto la fiducia.", "Organization:governo Scarpetta"},
      {"es", "El gobierno Quiroga aprobó el decreto.", "Organization:gobierno Quiroga"},
      {"en", "Officials of the Hartwell administration declined to comment.", "Organization:Hartwell administration"},
      {"en", "The policy outlived the Renner administration by a decade.", "Organization:Renner administration"},
      {"en", "Another administration would act differently.", "-Another administration"},
      {"en", "He praised Hartwell's administration in a speech.", "-Hartwell's administration"},
      {"pt", "O governo Federal liberou recursos.", "Organization:governo Federal"},
      {"fr", "Le gouvernement Lundi a démissionné.", "-gouvernement Lundi"},
  });
}

TEST_CASE("a company's post before an elided de names the company", "[extract][latin-evidence]") {
  check_name_cases({
      {"fr", "Le directeur général d'Orvanis a démissionné.", "Organization:Orvanis"},
      {"fr", "Le PDG d'Alvarent présentera les comptes.", "Organization:Alvarent"},
      {"fr", "Le fondateur d'Ulmarin vend ses parts.", "Organization:Ulmarin"},
  });
}

TEST_CASE("a company's one-word name after its nationality is an organisation's", "[extract][latin-evidence]") {
  check_name_cases({
      {"pt", "A venda para a francesa Lumenor foi aprovada.", "Organization:Lumenor"},
      {"pt", "A montadora alemã Kirevo anunciou demissões.", "Organization:Kirevo"},
      {"es", "La operación con la estadounidense Valtrix se cerró ayer.", "-Valtrix"},
      {"es", "La constructora alemana Hoberg ganó el contrato.", "Organization:Hoberg"},
      {"es", "El acuerdo con la suiza Vantorp incluye dos plantas.", "Organization:Vantorp"},
      {"fr", "Le rachat par le français Corvane est bouclé.", "Organization:Corvane"},
      {"fr", "La banque espagnole Alvedra a publié ses comptes.", "Organization:Alvedra"},
      {"it", "La tedesca Kranhold ha comprato il marchio.", "Organization:Kranhold"},
      {"it", "La startup italiana Ventrix ha raccolto fondi.", "Organization:Ventrix"},
      {"pt", "O atacante brasileiro Tavinho marcou dois gols.", "-Tavinho"},
      {"es", "El argentino Quiroga ganó la carrera.", "-Quiroga"},
      {"pt", "A cantora argentina Marina lançou um disco.", "-Marina"},
      {"fr", "Le Français Delmas a gagné la course.", "-Delmas"},
      {"pt", "A chinesa Universidade de Pequim abriu vagas.", "-Universidade"},
      {"it", "La società francese Pellerin ha chiuso.", "-Pellerin"},
  });
}
