#!/usr/bin/env python3
"""A deterministic, seeded corpus of multilingual deal news for dealgraph's benchmarks.

    scripts/generate-corpus.py --megabytes 100 --seed 1 --out DIR [--names NAMES.txt]

writes about N MB (10^6 bytes) of articles into DIR, in zh-Hans, zh-Hant, pt, es, en, de and fr,
in the forms news arrives in (the forms of ../shared/corpus/seeds/):

  DIR/jsonl/part-NNNN.jsonl  plain JSON Lines records (id, lang, title, date, url, text)
  DIR/pages/NNN/*.txt        a title, a byline, then the body as HTML escaped inside a JSON
                             string (\\u003cp style=...\\u003e), with comments, a large <style>
                             block and template junk after it (like seeds/000_*)
  DIR/pages/NNN/*.txt        a body pasted twice, with "View original" and a site disclaimer
                             between the copies (like seeds/003_*)
  DIR/pages/NNN/*.html       whole web pages with scripts, styles, navigation and footers
  DIR/.corpus.json           what was written (hidden: dealgraph passes over hidden files)

The sentences are this script's own templates, stating investments, purchases, cloud contracts,
acquisitions, funding rounds, partnerships, stakes, supply agreements, licences and guarantees
with amounts written in each language's style (45亿美元, 2,5 mil milhões de dólares,
3,2 Milliarden US-Dollar, ...), around market, regulatory and people sentences. The names come
from ontology/lexicon/*.ttl (read through `serdi`, which scripts/install-deps.sh installs),
in each language's own labels where the lexicon has them, plus invented start-ups that the
lexicon does not know. The same seed and size give byte-identical files.

--names FILE writes every lexicon surface form (prefLabel, altLabel, shortLabel), one per line,
for the bare `grep -o -F -f FILE` reference of scripts/bench.sh.
"""

import argparse
import glob
import hashlib
import html
import json
import os
import random
import re
import subprocess
import sys

SKOS = "http://www.w3.org/2004/02/skos/core#"
DG = "https://w3id.org/dealgraph#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# ----------------------------------------------------------------------------------------------
# The lexicon, through serdi's N-Triples

NT_LINE = re.compile(r'^(<[^>]*>|_:\S+) <([^>]*)> (.*) \.$')
NT_LITERAL = re.compile(r'^"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<[^>]*>)?$')


def unescape_nt(text):
    def one(match):
        s = match.group(0)
        if s[1] in "uU":
            return chr(int(s[2:], 16))
        return {"t": "\t", "n": "\n", "r": "\r", '"': '"', "\\": "\\", "'": "'", "b": "\b", "f": "\f"}[s[1]]
    return re.sub(r'\\(?:u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)', one, text)


def read_lexicon(ontology):
    files = sorted(glob.glob(os.path.join(ontology, "lexicon", "*.ttl")))
    if not files:
        sys.exit(f"generate-corpus: no lexicon files under {ontology}/lexicon")
    entries = {}  # iri -> entry, in file order
    blanks = {}
    for index, path in enumerate(files):
        try:
            nt = subprocess.run(["serdi", "-q", "-i", "turtle", "-o", "ntriples", "-p", f"f{index}", path],
                                check=True, capture_output=True, text=True).stdout
        except FileNotFoundError:
            sys.exit("generate-corpus: serdi is missing (apt-get install serdi, or ./scripts/install-deps.sh)")
        except subprocess.CalledProcessError as error:
            sys.exit(f"generate-corpus: {path}: {error.stderr.strip()}")
        for line in nt.splitlines():
            match = NT_LINE.match(line)
            if not match:
                continue
            subject, predicate, obj = match.groups()
            if subject.startswith("_:"):
                node = blanks.setdefault(subject, {})
                if predicate == DG + "organization":
                    node["org"] = obj.strip("<>")
                elif predicate == DG + "title":
                    node["title"] = unescape_nt(NT_LITERAL.match(obj).group(1))
                continue
            iri = subject.strip("<>")
            entry = entries.setdefault(iri, {"iri": iri, "kind": None, "pref": [], "alt": [], "short": [],
                                             "sector": "", "posts": []})
            literal = NT_LITERAL.match(obj)
            if predicate == RDF_TYPE:
                entry["kind"] = obj.strip("<>").rsplit("#", 1)[-1]
            elif predicate in (SKOS + "prefLabel", SKOS + "altLabel", DG + "shortLabel") and literal:
                key = {SKOS + "prefLabel": "pref", SKOS + "altLabel": "alt", DG + "shortLabel": "short"}[predicate]
                entry[key].append((unescape_nt(literal.group(1)), literal.group(2) or ""))
            elif predicate == DG + "sector" and literal:
                entry["sector"] = unescape_nt(literal.group(1))
            elif predicate == DG + "knownPost":
                entry["posts"].append(obj)
    for entry in entries.values():
        entry["posts"] = [(blanks[b]["org"], blanks[b]["title"]) for b in entry["posts"]
                          if b in blanks and "org" in blanks[b] and "title" in blanks[b]]
    return [e for e in entries.values() if e["kind"] and e["pref"]]


def surface_forms(entries):
    forms = set()
    for e in entries:
        for key in ("pref", "alt", "short"):
            forms.update(text for text, _ in e[key] if text)
    return sorted(forms)


# ----------------------------------------------------------------------------------------------
# Language style: names, amounts, dates

LANGUAGES = [("en", 20), ("zh-Hans", 20), ("zh-Hant", 10), ("pt", 12), ("es", 13), ("de", 12), ("fr", 13)]
FORMS = [("jsonl", 55), ("escaped-html", 25), ("duplicated", 14), ("html-page", 6)]

# Which lexicon labels an article of a language uses, best first.
LABEL_LANGUAGES = {
    "en": ["en"], "zh-Hans": ["zh-Hans", "en"], "zh-Hant": ["zh-Hant", "en"],
    "pt": ["pt", "en"], "es": ["es", "en"], "de": ["de", "en"], "fr": ["fr", "en"],
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"],
}


def spoken_date(lang, month, day):
    if lang.startswith("zh"):
        return f"{month}月{day}日"
    name = MONTHS[lang][month - 1]
    return {"en": f"{name} {day}", "pt": f"{day} de {name}", "es": f"{day} de {name}",
            "de": f"{day}. {name}", "fr": f"{day} {name}"}[lang]


def decimal(value, comma):
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if comma else text


def money(rng, lang):
    """An amount of money as the language's press writes it."""
    r = rng.random()
    big = rng.choice([rng.randint(1, 30), rng.randint(1, 150), round(rng.uniform(1, 20), 1), rng.choice([100, 200, 300, 500])])
    small = rng.choice([rng.randint(10, 900), rng.randint(2, 99), round(rng.uniform(1, 50), 1)])
    if lang == "en":
        if r < 0.55:
            return rng.choice(["${} billion", "US${} billion", "${} billion", "{} billion dollars"]).format(decimal(big, False))
        if r < 0.85:
            return rng.choice(["${} million", "US${} million"]).format(decimal(small, False))
        return rng.choice(["€{} billion", "£{} million", "€{} million"]).format(decimal(small if r > 0.95 else big, False))
    if lang in ("zh-Hans", "zh-Hant"):
        yi, wan, usd, rmb = ("亿", "万", "美元", "元人民币") if lang == "zh-Hans" else ("億", "萬", "美元", "元新台幣")
        if r < 0.6:
            return f"{int(big * 10) if isinstance(big, int) else decimal(big * 10, False)}{yi}{usd}"
        if r < 0.8:
            return f"{rng.randint(2, 900)}{yi}{rmb}"
        return f"{rng.randint(5, 9000)}{wan}{usd}"
    comma = True
    v, s = decimal(big, comma), decimal(small, comma)
    if lang == "pt":
        if r < 0.5:
            return rng.choice(["{} mil milhões de dólares", "US$ {} bilhões", "{} bilhões de dólares"]).format(v)
        return rng.choice(["{} milhões de euros", "R$ {} milhões", "US$ {} milhões"]).format(s)
    if lang == "es":
        if r < 0.5:
            return rng.choice(["{} millones de dólares", "US$ {} millones", "{} millones de euros"]).format(s)
        return f"{rng.randint(1, 90)}.000 millones de dólares" if r < 0.8 else f"{v} mil millones de dólares"
    if lang == "de":
        if r < 0.55:
            return rng.choice(["{} Milliarden US-Dollar", "{} Milliarden Dollar", "{} Mrd. Euro"]).format(v)
        return rng.choice(["{} Millionen Euro", "{} Millionen US-Dollar"]).format(s)
    if lang == "fr":
        if r < 0.55:
            return rng.choice(["{} milliards de dollars", "{} milliards d'euros"]).format(v)
        return rng.choice(["{} millions d'euros", "{} millions de dollars"]).format(s)
    raise ValueError(lang)


def capacity(rng, lang):
    n = rng.choice([1, 2, 3, 5, 10, rng.randint(1, 12)])
    if lang.startswith("zh"):
        return rng.choice([f"{n}GW", f"{n}吉瓦", f"{n * 100}兆瓦"])
    if lang == "en":
        return rng.choice([f"{n} gigawatts", f"{n} GW", f"{n * 100} megawatts"])
    return rng.choice([f"{n} GW", f"{n * 100} MW"])


def percent(rng, lang):
    whole, tenth = rng.randint(0, 12), rng.randint(0, 9)
    if lang in ("en",) or lang.startswith("zh"):
        return f"{whole}.{tenth}%"
    return {"de": f"{whole},{tenth} Prozent", "fr": f"{whole},{tenth} %"}.get(lang, f"{whole},{tenth}%")


TITLES = {  # dg:title -> how each language writes it
    "CEO": {"en": ["chief executive", "CEO", "chief executive officer"], "zh-Hans": ["首席执行官", "CEO"],
            "zh-Hant": ["執行長", "CEO"], "pt": ["presidente executivo", "CEO"], "es": ["consejero delegado", "CEO"],
            "de": ["Vorstandschef", "Konzernchef"], "fr": ["PDG", "directeur général"]},
    "CFO": {"en": ["chief financial officer", "CFO"], "zh-Hans": ["首席财务官"], "zh-Hant": ["財務長"],
            "pt": ["diretor financeiro"], "es": ["director financiero"], "de": ["Finanzvorstand", "Finanzchef"],
            "fr": ["directeur financier"]},
    "CTO": {"en": ["chief technology officer"], "zh-Hans": ["首席技术官"], "zh-Hant": ["技術長"],
            "pt": ["diretor de tecnologia"], "es": ["director de tecnología"], "de": ["Technikchef"],
            "fr": ["directeur technique"]},
    "President": {"en": ["president"], "zh-Hans": ["总裁"], "zh-Hant": ["總裁"], "pt": ["presidente"],
                  "es": ["presidente"], "de": ["Präsident"], "fr": ["président"]},
    "Chair": {"en": ["chairman", "chair"], "zh-Hans": ["董事长"], "zh-Hant": ["董事長"], "pt": ["presidente do conselho"],
              "es": ["presidente del consejo"], "de": ["Aufsichtsratschef"], "fr": ["président du conseil"]},
    "Founder": {"en": ["founder", "co-founder"], "zh-Hans": ["创始人"], "zh-Hant": ["創辦人"], "pt": ["fundador"],
                "es": ["fundador"], "de": ["Gründer"], "fr": ["fondateur"]},
}

# ----------------------------------------------------------------------------------------------
# Templates, written for this generator. {A} pays or leads, {B} is paid or supplies, {M} money,
# {C} a chip, {Q} capacity, {D} a date, {P}/{T}/{O} a person, title and organisation, {X} a
# start-up the lexicon does not know, {pct} a percentage.

HEADLINES = {
    "en": ["{A} to invest {M} in {B}", "{A} signs {M} chip supply deal with {B}", "{B} raises {M} in round led by {A}",
           "{A} agrees to buy {B} for {M}", "{A} and {B} team up on AI data centres"],
    "zh-Hans": ["{A}拟向{B}投资{M}", "{A}与{B}签署{M}芯片供应协议", "{B}完成{M}融资,{A}领投", "{A}将以{M}收购{B}",
                "{A}与{B}联手建设AI数据中心"],
    "zh-Hant": ["{A}擬向{B}投資{M}", "{A}與{B}簽署{M}晶片供應協議", "{B}完成{M}融資,{A}領投", "{A}將以{M}收購{B}",
                "{A}與{B}攜手興建AI資料中心"],
    "pt": ["{A} vai investir {M} na {B}", "{A} fecha acordo de chips de {M} com a {B}", "{B} capta {M} em ronda liderada pela {A}",
           "{A} compra a {B} por {M}"],
    "es": ["{A} invertirá {M} en {B}", "{A} cierra un acuerdo de chips de {M} con {B}", "{B} recauda {M} en una ronda liderada por {A}",
           "{A} comprará {B} por {M}"],
    "de": ["{A} investiert {M} in {B}", "{A} schließt Chip-Deal über {M} mit {B}", "{B} sammelt {M} ein, {A} führt die Runde an",
           "{A} übernimmt {B} für {M}"],
    "fr": ["{A} va investir {M} dans {B}", "{A} signe un accord de puces de {M} avec {B}", "{B} lève {M} auprès de {A}",
           "{A} rachète {B} pour {M}"],
}

DEALS = {
    "en": [
        "{A} said on {D} it would invest {M} in {B}, deepening a partnership that began last year.",
        "{A} has agreed to buy {C} chips worth {M} from {B}, according to people familiar with the matter.",
        "{A} signed a cloud computing contract with {B} valued at {M} over five years.",
        "{A} will acquire {B} for {M} in cash and stock, the companies said in a joint statement.",
        "{B} raised {M} in a funding round led by {A}.",
        "{A} and {B} announced a strategic partnership to build data centres with {Q} of capacity.",
        "{A} is in talks to take a stake in {B} for up to {M}, two sources said.",
        "{B} will supply {A} with {C} accelerators under a multiyear agreement worth about {M}.",
        "{A} agreed to license its interconnect designs to {B} for {M}.",
        "{A} guaranteed a loan of {M} to {B} to fund the purchase of {C} processors.",
        "Under the plan, {A} would invest as much as {M} in {B} as each gigawatt of capacity comes online.",
    ],
    "zh-Hans": [
        "{A}于{D}宣布,将向{B}投资{M},双方合作进一步深化。",
        "据知情人士透露,{A}已同意从{B}采购价值{M}的{C}芯片。",
        "{A}与{B}签署了一份为期五年、价值{M}的云计算合约。",
        "{A}将以{M}收购{B},交易以现金加股票的方式完成。",
        "{B}完成新一轮融资,募资{M},由{A}领投。",
        "{A}与{B}宣布达成战略合作,共同建设规模达{Q}的数据中心。",
        "消息称,{A}正洽谈入股{B},投资金额最高可达{M}。",
        "根据一项价值约{M}的多年期协议,{B}将向{A}供应{C}。",
        "{A}计划向{B}注资{M},用于扩充算力。",
        "{A}为{B}提供{M}的贷款担保,用于采购{C}。",
    ],
    "zh-Hant": [
        "{A}於{D}宣布,將向{B}投資{M},雙方合作進一步深化。",
        "據知情人士透露,{A}已同意向{B}採購價值{M}的{C}晶片。",
        "{A}與{B}簽署一份為期五年、價值{M}的雲端運算合約。",
        "{A}將以{M}收購{B},交易以現金加股票方式進行。",
        "{B}完成新一輪融資,募得{M},由{A}領投。",
        "{A}與{B}宣布結盟,攜手興建規模達{Q}的資料中心。",
        "消息指出,{A}正洽談參股{B},投資金額最高可達{M}。",
        "{A}計劃向{B}注資{M},用於擴充算力。",
    ],
    "pt": [
        "A {A} anunciou a {D} que vai investir {M} na {B}, aprofundando uma parceria iniciada no ano passado.",
        "A {A} concordou em comprar chips {C} no valor de {M} à {B}, segundo fontes próximas do processo.",
        "A {A} assinou com a {B} um contrato de computação em nuvem avaliado em {M} por cinco anos.",
        "A {A} vai adquirir a {B} por {M} em dinheiro e ações, informaram as empresas em comunicado.",
        "A {B} captou {M} numa ronda de financiamento liderada pela {A}.",
        "A {A} e a {B} anunciaram uma parceria para construir centros de dados com {Q} de capacidade.",
        "A {A} está em negociações para adquirir uma participação na {B} por até {M}.",
        "A {B} vai fornecer processadores {C} à {A} ao abrigo de um acordo plurianual de cerca de {M}.",
    ],
    "es": [
        "{A} anunció el {D} que invertirá {M} en {B}, lo que refuerza una alianza iniciada el año pasado.",
        "{A} acordó comprar chips {C} por valor de {M} a {B}, según fuentes conocedoras de la operación.",
        "{A} firmó con {B} un contrato de computación en la nube valorado en {M} a cinco años.",
        "{A} adquirirá {B} por {M} en efectivo y acciones, informaron ambas compañías.",
        "{B} recaudó {M} en una ronda de financiación liderada por {A}.",
        "{A} y {B} anunciaron una alianza para construir centros de datos con {Q} de capacidad.",
        "{A} negocia tomar una participación en {B} por hasta {M}, según dos fuentes.",
        "{B} suministrará procesadores {C} a {A} en virtud de un acuerdo plurianual de unos {M}.",
    ],
    "de": [
        "{A} kündigte am {D} an, {M} in {B} zu investieren, und vertieft damit eine Partnerschaft aus dem Vorjahr.",
        "{A} kauft nach Angaben von Insidern {C}-Chips im Wert von {M} bei {B}.",
        "{A} hat mit {B} einen Cloud-Vertrag über {M} mit fünf Jahren Laufzeit unterzeichnet.",
        "{A} übernahm {B} für {M} in bar und in Aktien, teilten die Unternehmen mit.",
        "{B} sammelte in einer Finanzierungsrunde unter Führung von {A} {M} ein.",
        "{A} und {B} kündigten eine Partnerschaft zum Bau von Rechenzentren mit {Q} Leistung an.",
        "{A} verhandelt über eine Beteiligung an {B} im Umfang von bis zu {M}.",
        "{B} liefert {A} im Rahmen einer mehrjährigen Vereinbarung über rund {M} {C}-Prozessoren.",
    ],
    "fr": [
        "{A} a annoncé le {D} qu'il investirait {M} dans {B}, prolongeant un partenariat noué l'an dernier.",
        "{A} a accepté d'acheter des puces {C} pour {M} auprès de {B}, selon des sources proches du dossier.",
        "{A} a signé avec {B} un contrat de cloud d'une valeur de {M} sur cinq ans.",
        "{A} rachète {B} pour {M} en numéraire et en actions, ont indiqué les deux groupes.",
        "{B} a levé {M} lors d'un tour de table mené par {A}.",
        "{A} et {B} ont annoncé un partenariat pour construire des centres de données d'une capacité de {Q}.",
        "{A} négocie une prise de participation dans {B} pouvant atteindre {M}.",
        "{B} fournira des processeurs {C} à {A} dans le cadre d'un accord pluriannuel d'environ {M}.",
    ],
}

FILLER = {
    "en": [
        "Shares of {A} rose {pct} in early trading in New York.",
        "Analysts said demand for {C} chips would outstrip supply well into next year.",
        "The company did not disclose how the financing would be structured.",
        "{A} reported quarterly revenue of {M}, ahead of market expectations.",
        "Power, cooling and land remain the main constraints on new data centre projects.",
        "Regulators in Washington and Brussels are reviewing export rules for advanced processors.",
        "A spokesperson for {A} declined to comment on the report.",
        "The deal is expected to close in the second half of the year, subject to regulatory approval.",
        "Industry executives expect spending on AI infrastructure to keep rising through the decade.",
        "{X}, a start-up founded three years ago, is also designing inference chips.",
        "Some investors have questioned whether the returns will justify the scale of the spending.",
        "The first systems are due to be delivered in {D}, the people said.",
    ],
    "zh-Hans": [
        "受此消息影响,{A}股价早盘上涨{pct}。",
        "分析人士认为,{C}芯片的需求在明年之前仍将供不应求。",
        "公司并未披露融资的具体结构。",
        "{A}公布的季度营收为{M},高于市场预期。",
        "电力、散热和土地仍是新建数据中心面临的主要瓶颈。",
        "美国和欧洲的监管机构正在审查先进处理器的出口规定。",
        "{A}发言人对此不予置评。",
        "该交易预计将在今年下半年完成,尚需监管部门批准。",
        "业内人士预计,人工智能基础设施方面的资本开支还将继续增长。",
        "成立仅三年的{X}也在研发推理芯片。",
        "也有投资者质疑,如此规模的投入能否带来相应的回报。",
        "知情人士称,首批系统将于{D}交付。",
    ],
    "zh-Hant": [
        "受此消息激勵,{A}股價早盤上漲{pct}。",
        "分析師認為,{C}晶片需求在明年之前仍將供不應求。",
        "公司並未揭露融資的具體架構。",
        "{A}公布的季度營收為{M},優於市場預期。",
        "電力、散熱與土地仍是興建資料中心的主要瓶頸。",
        "{A}發言人對此不予置評。",
        "該交易預計於下半年完成,仍須主管機關核准。",
        "成立僅三年的{X}也在開發推論晶片。",
        "知情人士表示,首批系統將於{D}交貨。",
    ],
    "pt": [
        "As ações da {A} subiram {pct} no início da sessão em Nova Iorque.",
        "Os analistas consideram que a procura por chips {C} vai continuar a superar a oferta no próximo ano.",
        "A empresa não revelou como a operação será financiada.",
        "A {A} registou receitas trimestrais de {M}, acima das expectativas do mercado.",
        "A energia, o arrefecimento e os terrenos continuam a ser os principais obstáculos aos novos centros de dados.",
        "Um porta-voz da {A} não quis comentar a notícia.",
        "A operação deverá ficar concluída no segundo semestre, sujeita a aprovação dos reguladores.",
        "A {X}, fundada há três anos, também desenvolve chips de inferência.",
        "Os primeiros sistemas deverão ser entregues a {D}, segundo as mesmas fontes.",
    ],
    "es": [
        "Las acciones de {A} subieron un {pct} en las primeras operaciones en Nueva York.",
        "Los analistas creen que la demanda de chips {C} seguirá superando a la oferta el próximo año.",
        "La empresa no detalló cómo se financiará la operación.",
        "{A} registró ingresos trimestrales de {M}, por encima de lo previsto.",
        "La energía, la refrigeración y el suelo siguen siendo los principales cuellos de botella de los nuevos centros de datos.",
        "Un portavoz de {A} declinó hacer comentarios.",
        "Se espera que la operación se cierre en el segundo semestre, a la espera de la aprobación de los reguladores.",
        "{X}, fundada hace tres años, también desarrolla chips de inferencia.",
        "Los primeros sistemas se entregarán el {D}, según las mismas fuentes.",
    ],
    "de": [
        "Die Aktie von {A} legte im frühen New Yorker Handel um {pct} zu.",
        "Analysten erwarten, dass die Nachfrage nach {C}-Chips das Angebot auch im kommenden Jahr übersteigt.",
        "Wie die Transaktion finanziert wird, gab das Unternehmen nicht bekannt.",
        "{A} meldete einen Quartalsumsatz von {M} und übertraf damit die Erwartungen.",
        "Strom, Kühlung und Flächen bleiben die größten Engpässe für neue Rechenzentren.",
        "Ein Sprecher von {A} wollte sich dazu nicht äußern.",
        "Der Abschluss wird für das zweite Halbjahr erwartet, vorbehaltlich behördlicher Genehmigungen.",
        "{X}, vor drei Jahren gegründet, entwickelt ebenfalls Inferenz-Chips.",
        "Die ersten Systeme sollen am {D} ausgeliefert werden, hieß es.",
    ],
    "fr": [
        "L'action {A} a gagné {pct} en début de séance à New York.",
        "Selon les analystes, la demande de puces {C} restera supérieure à l'offre l'an prochain.",
        "L'entreprise n'a pas précisé comment l'opération serait financée.",
        "{A} a publié un chiffre d'affaires trimestriel de {M}, supérieur aux attentes.",
        "L'énergie, le refroidissement et le foncier restent les principaux goulets d'étranglement des nouveaux centres de données.",
        "Un porte-parole de {A} n'a pas souhaité commenter.",
        "La transaction devrait être finalisée au second semestre, sous réserve du feu vert des autorités.",
        "{X}, fondée il y a trois ans, conçoit elle aussi des puces d'inférence.",
        "Les premiers systèmes doivent être livrés le {D}, selon ces sources.",
    ],
}

POSTS = {
    "en": ["{P}, {T} of {O}, said the company had secured enough capacity for next year.",
           "\u201cDemand keeps surprising us,\u201d {O} {T} {P} told analysts on a call."],
    "zh-Hans": ["{O}{T}{P}表示,公司已为明年锁定了足够的算力。", "{O}{T}{P}在财报电话会上称,需求仍在持续超出预期。"],
    "zh-Hant": ["{O}{T}{P}表示,公司已為明年確保足夠的算力。"],
    "pt": ["{P}, {T} da {O}, afirmou que a empresa garantiu capacidade suficiente para o próximo ano."],
    "es": ["{P}, {T} de {O}, afirmó que la compañía tiene asegurada capacidad suficiente para el próximo año."],
    "de": ["{P}, {T} von {O}, sagte, man habe sich ausreichend Kapazität für das kommende Jahr gesichert."],
    "fr": ["{P}, {T} de {O}, a assuré que le groupe disposait de capacités suffisantes pour l'an prochain."],
}

BYLINES = {
    "en": "By {author} | Source: {source} | Views: [A A A] | Published: {date} | Comments:",
    "zh-Hans": "作者:{author} 来源:{source} 浏览: 【大中小】 发布时间:{date}评论数:",
    "zh-Hant": "作者:{author} 來源:{source} 瀏覽: 【大中小】 發布時間:{date}評論數:",
    "pt": "Por {author} | Fonte: {source} | Visualizações: [A A A] | Publicado em: {date} | Comentários:",
    "es": "Por {author} | Fuente: {source} | Visitas: [A A A] | Publicado: {date} | Comentarios:",
    "de": "Von {author} | Quelle: {source} | Aufrufe: [A A A] | Veröffentlicht: {date} | Kommentare:",
    "fr": "Par {author} | Source : {source} | Vues : [A A A] | Publié le : {date} | Commentaires :",
}
AUTHORS = {
    "en": ["Staff reporter", "Markets desk", "Tech desk"], "zh-Hans": ["科技观察", "财经前线", "芯片研究所"],
    "zh-Hant": ["科技觀察", "財經前線"], "pt": ["Redação", "Equipa de tecnologia"], "es": ["Redacción", "Sección de tecnología"],
    "de": ["Redaktion", "Technik-Ressort"], "fr": ["La rédaction", "Service économie"],
}
SOURCES = ["Newswire", "Market Daily", "Tech Ledger", "Chip Weekly", "Compute Review"]

VIEW_ORIGINAL = {"en": "View original", "zh-Hans": "查看原文", "zh-Hant": "查看原文", "pt": "Ver original",
                 "es": "Ver original", "de": "Original anzeigen", "fr": "Voir l'original"}
DISCLAIMERS = {
    "en": "This page may contain third-party content, provided for information only. It does not endorse the views "
          "expressed and is not financial or professional advice. See the disclaimer for more information.",
    "zh-Hans": "本页面可能包含第三方内容,仅供参考,不代表本站观点,亦不构成任何投资或专业建议。详情请参阅免责声明。",
    "zh-Hant": "本頁面可能包含第三方內容,僅供參考,不代表本站觀點,亦不構成任何投資或專業建議。詳情請參閱免責聲明。",
    "pt": "Esta página pode incluir conteúdos de terceiros, apresentados apenas a título informativo. Não constituem "
          "recomendação nem aconselhamento financeiro ou profissional. Consulte a nota legal para mais informações.",
    "es": "Esta página puede incluir contenidos de terceros, ofrecidos solo con fines informativos. No constituyen "
          "una recomendación ni asesoramiento financiero o profesional. Consulte el aviso legal para más información.",
    "de": "Diese Seite kann Inhalte Dritter enthalten, die nur der Information dienen. Sie stellen weder eine "
          "Empfehlung noch eine Finanz- oder Rechtsberatung dar. Weitere Informationen im Haftungsausschluss.",
    "fr": "Cette page peut contenir des contenus de tiers, fournis à titre d'information uniquement. Ils ne "
          "constituent ni une recommandation ni un conseil financier ou professionnel. Voir l'avertissement.",
}
HEADINGS = {"en": "1. What happened?", "zh-Hans": "一、发生了什么?", "zh-Hant": "一、發生了什麼?",
            "pt": "一、O que está em jogo?", "es": "1. ¿Qué ha pasado?", "de": "1. Was ist passiert?", "fr": "1. Que s'est-il passé ?"}
NAV = {"en": ["Home", "Markets", "Technology", "Chips", "Opinion", "Subscribe"],
       "zh-Hans": ["首页", "财经", "科技", "芯片", "评论", "订阅"], "zh-Hant": ["首頁", "財經", "科技", "晶片", "評論", "訂閱"],
       "pt": ["Início", "Mercados", "Tecnologia", "Chips", "Opinião", "Assinar"],
       "es": ["Inicio", "Mercados", "Tecnología", "Chips", "Opinión", "Suscríbete"],
       "de": ["Startseite", "Märkte", "Technik", "Chips", "Meinung", "Abo"],
       "fr": ["Accueil", "Marchés", "Technologie", "Puces", "Opinions", "S'abonner"]}
TEMPLATE_JUNK = ['- {loop type="catelog" row=10}{$vo.title}', '{$vo.url}{/loop}', '<!-- {include file="footer.tpl"} -->',
                 '{if $page.next}{$page.next.title}{/if}']

LATIN_SYLLABLES = ["vel", "tra", "nox", "ari", "qua", "lum", "zen", "cor", "dyn", "sil", "ver", "ion", "tek", "mar",
                   "sol", "rix", "neo", "cyr", "pha", "ora", "kal", "bri", "tho", "vex"]
HAN_SYLLABLES = ["智", "芯", "云", "擎", "算", "星", "海", "光", "瀚", "启", "元", "微", "量", "子", "通", "达", "图", "灵"]
STARTUP_SUFFIX = {"en": ["Inc.", "Technologies", "Labs", "Systems"], "pt": ["Ltda.", "S.A.", "Tecnologia"],
                  "es": ["S.A.", "S.L.", "Technologies"], "de": ["GmbH", "AG", "Systems GmbH"], "fr": ["SAS", "SA", "Technologies"],
                  "zh-Hans": ["科技", "科技有限公司", "半导体"], "zh-Hant": ["科技", "半導體", "科技股份有限公司"]}


def css_block(rng):
    """A site's stylesheet: the bulk of an escaped-HTML page, as in seeds/000_*."""
    rules = []
    for i in range(rng.randint(40, 90)):
        cls = rng.choice(["article_body", "rich_text", "news_card", "share_bar", "qq_sign", "hot_list", "ad_slot"])
        sel = rng.choice([f".{cls} p", f".{cls} h{rng.randint(1, 6)}", f".{cls} ol>li", f".{cls} img",
                          f"body:not([data-theme=light]) .{cls}", f".{cls} div>p:only-child", f".{cls} .item-{i}"])
        props = ";".join(rng.sample([
            f"margin-bottom:{rng.randint(0, 30)}px", f"line-height:{rng.randint(14, 32)}px", "text-align:center!important",
            f"font-size:{rng.randint(12, 22)}px", f"color:#{rng.randint(0, 0xffffff):06x}", "word-wrap:break-word",
            "list-style:none", f"padding:{rng.randint(0, 20)}px {rng.randint(0, 20)}px", "font-weight:700",
            "--wmfont: 0;--wmcolor: transparent", "font-variant-numeric:tabular-nums!important", "display:none",
            f"border-radius:{rng.randint(0, 8)}px", "max-width:100%"], rng.randint(2, 6)))
        rules.append(f"{sel}{{{props}}}")
    if rng.random() < 0.5:
        rules.append("@media(prefers-color-scheme:dark){" + "".join(rules[:3]) + "}")
    return "".join(rules)


def escape_json_html(markup):
    """HTML inside a JSON string, escaped the way CMS exports do (\\u003c, \\u003e, \\")."""
    text = json.dumps(markup, ensure_ascii=False)[1:-1]
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


class Generator:
    def __init__(self, entries, seed):
        self.rng = random.Random(seed)
        kinds = {"Organization": [], "Person": [], "Chip": []}
        for e in entries:
            if e["kind"] in kinds:
                kinds[e["kind"]].append(e)
        self.orgs = kinds["Organization"]
        self.people = [p for p in kinds["Person"] if p["posts"]]
        self.chips = kinds["Chip"]
        self.by_iri = {e["iri"]: e for e in entries}
        # News is skewed: the first organisations of the lexicon (Nvidia, AMD, ...) are named far more.
        self.org_weights = [1.0 / (rank + 1) ** 0.8 for rank in range(len(self.orgs))]
        self.org_cumulative = []
        total = 0.0
        for w in self.org_weights:
            total += w
            self.org_cumulative.append(total)
        rng = random.Random(seed * 7919 + 1)
        self.startups = {}
        for lang, suffixes in STARTUP_SUFFIX.items():
            pool = []
            for _ in range(400):
                if lang.startswith("zh"):
                    stem = "".join(rng.choice(HAN_SYLLABLES) for _ in range(rng.randint(2, 3)))
                    pool.append(stem + rng.choice(suffixes))
                else:
                    stem = "".join(rng.choice(LATIN_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
                    pool.append(f"{stem} {rng.choice(suffixes)}")
            self.startups[lang] = pool

    def label(self, entry, lang):
        rng = self.rng
        for wanted in LABEL_LANGUAGES[lang]:
            prefs = [t for t, l in entry["pref"] if l == wanted]
            alts = [t for t, l in entry["alt"] if l == wanted]
            if prefs and (not alts or rng.random() < 0.6):
                return rng.choice(prefs)
            if alts:
                return rng.choice(alts)
        return entry["pref"][0][0]

    def org(self):
        x = self.rng.random() * self.org_cumulative[-1]
        lo, hi = 0, len(self.org_cumulative) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.org_cumulative[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return self.orgs[lo]

    def article(self, lang, number):
        """One article: (id, title, date, paragraphs); names in paragraphs are plain text."""
        rng = self.rng
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        date = f"2026-{month:02d}-{day:02d}"
        a, b = self.org(), self.org()
        while b is a:
            b = self.org()
        main = {"A": self.label(a, lang), "B": self.label(b, lang), "M": money(rng, lang)}
        title = rng.choice(HEADLINES[lang]).format(**main)
        paragraphs = []
        for p in range(rng.randint(4, 10)):
            sentences = []
            for s in range(rng.randint(2, 4)):
                values = {
                    "A": main["A"] if p == 0 and s == 0 else self.label(a if rng.random() < 0.3 else self.org(), lang),
                    "B": main["B"] if p == 0 and s == 0 else self.label(b if rng.random() < 0.3 else self.org(), lang),
                    "M": main["M"] if p == 0 and s == 0 else money(rng, lang),
                    "C": self.label(rng.choice(self.chips), lang) if self.chips else "GPU",
                    "Q": capacity(rng, lang), "pct": percent(rng, lang),
                    "D": spoken_date(lang, rng.randint(1, 12), rng.randint(1, 28)),
                    "X": rng.choice(self.startups[lang]),
                }
                if values["A"] == values["B"]:
                    values["B"] = self.label(self.orgs[(self.orgs.index(b) + 1) % len(self.orgs)], lang)
                r = rng.random()
                if (p == 0 and s == 0) or r < 0.3:
                    template = rng.choice(DEALS[lang])
                elif r < 0.38 and self.people:
                    person = rng.choice(self.people)
                    org_iri, title_key = rng.choice(person["posts"])
                    organization = self.by_iri.get(org_iri)
                    if organization is None or title_key not in TITLES:
                        template = rng.choice(FILLER[lang])
                    else:
                        values.update(P=self.label(person, lang), O=self.label(organization, lang),
                                      T=rng.choice(TITLES[title_key][lang]))
                        template = rng.choice(POSTS[lang])
                else:
                    template = rng.choice(FILLER[lang])
                sentences.append(template.format(**values))
            paragraphs.append(("" if lang.startswith("zh") else " ").join(sentences))
        return f"gen-{lang}-{number:07d}", title, date, paragraphs


def render_jsonl(article_id, lang, title, date, paragraphs):
    record = {"id": article_id, "lang": lang, "title": title, "date": date,
              "url": f"https://news.example.com/{lang.lower()}/{article_id}", "text": "\n\n".join(paragraphs)}
    return json.dumps(record, ensure_ascii=False) + "\n"


def render_escaped_html(rng, lang, title, date, paragraphs):
    byline = BYLINES[lang].format(author=rng.choice(AUTHORS[lang]), source=rng.choice(SOURCES), date=date)
    parts = ['<div class="rich_media_content"><!--NO_AD_ERROR_2-->']
    for i, paragraph in enumerate(paragraphs):
        text = html.escape(paragraph, quote=False)
        if rng.random() < 0.5:  # a line break and an ad marker inside the paragraph
            cut = text.find("。" if lang.startswith("zh") else ". ")
            if cut > 0:
                text = text[:cut + 1] + "<br/><!--NO_AD_%d-->" % i + text[cut + 1:]
        style = f"line-height: 1.75em; margin-bottom: {rng.choice([20, 24, 25])}px; margin-top: {rng.choice([20, 24, 25])}px"
        parts.append(f'<p style="{style}"><span style="font-size: {rng.choice([16, 17, 18])}px">{text}</span>'
                     f'<!--NO_AD_{i}--><!--EOP_{i}--></p><!--PARAGRAPH_{i}-->')
        if rng.random() < 0.2:
            parts.append(f"<p><!--IMG_{i}--></p>")
    parts.append(f"<style>{css_block(rng)}</style></div>")
    junk = "\n".join(rng.sample(TEMPLATE_JUNK, rng.randint(1, 3)))
    return f"{title}\n{byline}\n{escape_json_html(''.join(parts))}\n{junk}\n"


def render_duplicated(rng, lang, title, date, paragraphs):
    body = "\n".join(paragraphs)
    return (f"{title}\n{body}\n{VIEW_ORIGINAL[lang]}\n{DISCLAIMERS[lang]}\n{title}\n"
            f"{HEADINGS[lang]}\n{body}\n")


def render_html_page(rng, lang, title, date, paragraphs):
    nav = "".join(f'<li><a href="/{i}">{html.escape(n)}</a></li>' for i, n in enumerate(NAV[lang]))
    body = "".join(f"<p>{html.escape(p, quote=False)}</p>\n" for p in paragraphs)
    script = ("window.dataLayer=window.dataLayer||[];function track(e){dataLayer.push({event:e,ts:Date.now()})}"
              f"track('view');var cfg={{slot:'{rng.randint(1000, 9999)}',lazy:true,sizes:[[300,250],[728,90]]}};")
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>\n'
            f"<script>{script}</script>\n<style>{css_block(rng)}</style></head>\n<body><nav><ul>{nav}</ul></nav>\n"
            f'<article><h1>{html.escape(title)}</h1><time datetime="{date}">{date}</time>\n{body}</article>\n'
            f'<aside><h2>{html.escape(NAV[lang][1])}</h2><ul><li><a href="/r/1">{html.escape(title)}</a></li></ul></aside>\n'
            f"<footer><p>© 2026 {rng.choice(SOURCES)}</p><script>track('footer')</script></footer></body></html>\n")


def weighted(rng, choices):
    total = sum(w for _, w in choices)
    x = rng.random() * total
    for value, w in choices:
        x -= w
        if x < 0:
            return value
    return choices[-1][0]


def main():
    parser = argparse.ArgumentParser(description="Deterministic multilingual deal-news corpus for benchmarks.")
    parser.add_argument("--megabytes", "-m", type=float, default=100, help="size to write, in MB (10^6 bytes)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", "-o", help="folder to write (created; must be empty or absent); without it, only --names")
    parser.add_argument("--names", help="also write every lexicon surface form to this file, one per line")
    parser.add_argument("--ontology", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ontology"))
    parser.add_argument("--jsonl-part-mb", type=float, default=8, help="size of each JSON Lines part")
    args = parser.parse_args()

    entries = read_lexicon(args.ontology)
    if args.names:
        with open(args.names, "w", encoding="utf-8") as out:
            out.write("\n".join(surface_forms(entries)) + "\n")
    if not args.out:
        if not args.names:
            parser.error("give --out, --names or both")
        return
    if os.path.exists(args.out) and os.listdir(args.out):
        sys.exit(f"generate-corpus: {args.out} is not empty")
    os.makedirs(os.path.join(args.out, "jsonl"), exist_ok=True)

    target = int(args.megabytes * 1e6)
    part_limit = int(args.jsonl_part_mb * 1e6)
    gen = Generator(entries, args.seed)
    rng = gen.rng
    written = 0
    articles = 0
    pages = 0
    by_language, by_form = {}, {}
    part_index, part_bytes = 0, 0
    part = open(os.path.join(args.out, "jsonl", f"part-{part_index:04d}.jsonl"), "w", encoding="utf-8", newline="\n")
    while written < target:
        lang = weighted(rng, LANGUAGES)
        form = weighted(rng, FORMS)
        article_id, title, date, paragraphs = gen.article(lang, articles)
        if form == "jsonl":
            data = render_jsonl(article_id, lang, title, date, paragraphs).encode("utf-8")
            if part_bytes and part_bytes + len(data) > part_limit:
                part.close()
                part_index += 1
                part_bytes = 0
                part = open(os.path.join(args.out, "jsonl", f"part-{part_index:04d}.jsonl"), "w", encoding="utf-8", newline="\n")
            part.write(data.decode("utf-8"))
            part_bytes += len(data)
        else:
            render = {"escaped-html": render_escaped_html, "duplicated": render_duplicated,
                      "html-page": render_html_page}[form]
            data = render(rng, lang, title, date, paragraphs).encode("utf-8")
            folder = os.path.join(args.out, "pages", f"{pages // 1000:03d}")
            if pages % 1000 == 0:
                os.makedirs(folder, exist_ok=True)
            digest = hashlib.sha256(data).hexdigest()[:16]
            extension = ".html" if form == "html-page" else ".txt"
            with open(os.path.join(folder, f"{articles:07d}_{digest}{extension}"), "wb") as out:
                out.write(data)
            pages += 1
        written += len(data)
        articles += 1
        by_language[lang] = by_language.get(lang, 0) + 1
        by_form[form] = by_form.get(form, 0) + 1
    part.close()
    info = {"seed": args.seed, "megabytes": args.megabytes, "bytes": written, "articles": articles,
            "jsonl_parts": part_index + 1, "pages": pages, "by_language": dict(sorted(by_language.items())),
            "by_form": dict(sorted(by_form.items())), "lexicon_entries": len(entries)}
    with open(os.path.join(args.out, ".corpus.json"), "w", encoding="utf-8") as out:
        json.dump(info, out, indent=2, ensure_ascii=False)
        out.write("\n")
    print(json.dumps(info, ensure_ascii=False))


if __name__ == "__main__":
    main()
