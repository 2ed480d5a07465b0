"""Keyword search: a small BM25 over an inverted index, cost proportional to matching postings."""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np

STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself
    yourselves tell say says said according show showed shown""".split()
)

# Visitors' words for what the sources call otherwise; added to a keyword query, never to quotes.
LAY_TERMS: dict[str, str] = {
    "bowel": "colorectal",
    "colon": "colorectal",
    "tumour": "tumor",
    "tumours": "tumor",
    "chemo": "chemotherapy",
    "painkillers": "opioid pain medications",
    "painkiller": "opioid pain medication",
    "opiates": "opioid",
    "insomnia": "sleep disturbances",
    "sleep": "sleep disturbances",
    "nightmares": "vivid dreams",
    "nausea": "digestive nausea",
    "stomach": "digestive stomach",
    "mouse": "mice",
    "rodents": "mice",
    "spleen": "splenocyte",
    "interferon": "IFN",
    "author": "writer",
    "wrote": "writer",
    "kill": "killing apoptosis",
    "death": "apoptosis",
    "alone": "stand alone",
    "fda": "approved",
    "lower": "reduce decreased downregulate",
    "lowered": "reduce decreased downregulate",
    "down": "decreased downregulate",
    "reduce": "downregulate decreased",
    "reduced": "downregulate decreased",
    "decrease": "downregulate reduce",
    "increase": "upregulate",
    "proteins": "expression",
    "genes": "gene expression",
    "raise": "increase upregulate",
    "raised": "increase upregulate",
    "boost": "increase enhance",
    "find": "finding",
    "found": "finding",
    "results": "finding result",
    "discover": "finding",
    "discovered": "finding",
    "conclude": "conclusion",
    "conclusions": "conclusion",
    "takeaway": "conclusion",
    "catch": "side effects experimental off-label",
    "downside": "side effects experimental off-label",
    "downsides": "side effects experimental off-label",
    "drawbacks": "side effects experimental off-label",
}

# The sources are in English and so is the embedding model; visitors also write in Spanish,
# French, German, Italian and Portuguese. Their words for the sources' topics, folded to
# lowercase without accents, add the English terms to the search query (keyword and dense),
# so "¿Qué efectos secundarios tiene la LDN?" finds the side-effects passage. Only words that
# are not English are listed: an English question searches exactly as before.
FOREIGN_TERMS: dict[str, str] = {
    # side effects, sleep, symptoms
    "efectos secundarios": "side effects",
    "efectos adversos": "side effects",
    "effets secondaires": "side effects",
    "effets indesirables": "side effects",
    "nebenwirkungen": "side effects",
    "nebenwirkung": "side effects",
    "effetti collaterali": "side effects",
    "effetto collaterale": "side effects",
    "effetti indesiderati": "side effects",
    "efeitos colaterais": "side effects",
    "efeito colateral": "side effects",
    "efeitos secundarios": "side effects",
    "suenos": "vivid dreams",
    "reves": "vivid dreams",
    "traume": "vivid dreams",
    "sogni": "vivid dreams",
    "sonhos": "vivid dreams",
    "pesadillas": "vivid dreams",
    "cauchemars": "vivid dreams",
    "albtraume": "vivid dreams",
    "incubi": "vivid dreams",
    "pesadelos": "vivid dreams",
    "insomnio": "sleep disturbances",
    "insomnie": "sleep disturbances",
    "schlaflosigkeit": "sleep disturbances",
    "schlafstorungen": "sleep disturbances",
    "insonnia": "sleep disturbances",
    "insonia": "sleep disturbances",
    "dolor de cabeza": "headache",
    "mal de tete": "headache",
    "kopfschmerzen": "headache",
    "mal di testa": "headache",
    "dor de cabeca": "headache",
    "nauseas": "nausea",
    "ubelkeit": "nausea",
    # treatments
    "quimioterapia": "chemotherapy",
    "quimio": "chemotherapy",
    "chimiotherapie": "chemotherapy",
    "chimio": "chemotherapy",
    "chemotherapie": "chemotherapy",
    "chemioterapia": "chemotherapy",
    "chemio": "chemotherapy",
    "radioterapia": "radiation",
    "radiotherapie": "radiation",
    "strahlentherapie": "radiation",
    "bestrahlung": "radiation",
    "inmunoterapia": "immunotherapy",
    "immunotherapie": "immunotherapy",
    "immuntherapie": "immunotherapy",
    "immunoterapia": "immunotherapy",
    "imunoterapia": "immunotherapy",
    "tratamiento": "treatment",
    "traitement": "treatment",
    "behandlung": "treatment",
    "trattamento": "treatment",
    "tratamento": "treatment",
    "analgesicos": "opioid pain medications",
    "analgesiques": "opioid pain medications",
    "schmerzmittel": "opioid pain medications",
    "antidolorifici": "opioid pain medications",
    "opioides": "opioid",
    "opioide": "opioid",
    "oppioidi": "opioid",
    "oppioide": "opioid",
    "opiaceos": "opioid",
    "morfina": "morphine opioid",
    "morphium": "morphine opioid",
    "morphin": "morphine opioid",
    "tilidin": "opioid pain medications",
    "tapentadol": "opioid pain medications",
    "tapentadolo": "opioid pain medications",
    "ossicodone": "oxycodone opioid",
    "oxicodona": "oxycodone opioid",
    "oxycodon": "oxycodone opioid",
    "tramadolo": "tramadol opioid",
    "tramadol": "tramadol opioid",
    "tramal": "tramadol opioid",
    "fentanil": "fentanyl opioid",
    "fentanilo": "fentanyl opioid",
    "citotossico": "cytotoxic",
    "citotossica": "cytotoxic",
    "citotoxico": "cytotoxic",
    "cytotoxique": "cytotoxic",
    "zytotoxisch": "cytotoxic",
    "zytotoxische": "cytotoxic",
    "zytotoxischen": "cytotoxic",
    "morte celular programada": "programmed cell death apoptosis",
    "muerte celular programada": "programmed cell death apoptosis",
    "mort cellulaire programmee": "programmed cell death apoptosis",
    "programmierter zelltod": "programmed cell death apoptosis",
    "morte cellulare programmata": "programmed cell death apoptosis",
    "arztlicher aufsicht": "medical supervision",
    "arztliche aufsicht": "medical supervision",
    "eigenstandige": "stand alone",
    "eigenstandig": "stand alone",
    # the studies
    "ratones": "mice",
    "raton": "mice",
    "souris": "mice",
    "mause": "mice",
    "mausen": "mice",
    "maus": "mice",
    "mausstudie": "mice study",
    "topi": "mice",
    "topo": "mice",
    "camundongos": "mice",
    "ratos": "mice",
    "estudio": "study",
    "estudios": "studies",
    "etude": "study",
    "etudes": "studies",
    "studie": "study",
    "studien": "studies",
    "studio": "study",
    "studi": "studies",
    "estudo": "study",
    "estudos": "studies",
    "ensayo clinico": "clinical trial",
    "ensayos clinicos": "clinical trials",
    "essai clinique": "clinical trial",
    "essais cliniques": "clinical trials",
    "klinische studie": "clinical trial",
    "klinische studien": "clinical trials",
    "studio clinico": "clinical trial",
    "studi clinici": "clinical trials",
    "ensaio clinico": "clinical trial",
    "ensaios clinicos": "clinical trials",
    "celulas": "cells",
    "cellules": "cells",
    "zellen": "cells",
    "cellule": "cells",
    "resultados": "results finding",
    "resultats": "results finding",
    "ergebnisse": "results finding",
    "risultati": "results finding",
    "encontraron": "finding",
    "descubrieron": "finding",
    "gefunden": "finding",
    "scoperto": "finding",
    "encontraram": "finding",
    "descobriram": "finding",
    "trouve": "finding",
    "autores": "authors",
    "auteurs": "authors",
    "autoren": "authors",
    "autori": "authors",
    "articulo": "article",
    "artikel": "article",
    "articolo": "article",
    "artigo": "article",
    "evidencia": "evidence",
    "evidencias": "evidence",
    "preuves": "evidence",
    "beweise": "evidence",
    "evidenz": "evidence",
    "pruebas": "evidence",
    "humanos": "humans",
    "menschen": "humans",
    "esseri umani": "humans",
    "pacientes": "patients",
    "patienten": "patients",
    "pazienti": "patients",
    # cancer and the body
    "cancro": "cancer",
    "krebs": "cancer",
    "tumore": "tumor",
    "tumeur": "tumor",
    "tumores": "tumor",
    "tumoren": "tumor",
    "tumori": "tumor",
    "colorrectal": "colorectal",
    "kolorektal": "colorectal",
    "darmkrebs": "colorectal cancer",
    "colorettale": "colorectal",
    "colorretal": "colorectal",
    "brustkrebs": "breast cancer",
    "cancer du sein": "breast cancer",
    "cancer de mama": "breast cancer",
    "sistema inmunitario": "immune system",
    "sistema inmune": "immune system",
    "systeme immunitaire": "immune system",
    "immunsystem": "immune system",
    "sistema immunitario": "immune system",
    "sistema imunologico": "immune system",
    "sistema imune": "immune system",
    "endorfinas": "endorphins",
    "endorphines": "endorphins",
    "endorphine": "endorphins",
    "endorfine": "endorphins",
    "receptores": "receptors",
    "recepteurs": "receptors",
    "rezeptoren": "receptors",
    "recettori": "receptors",
    "rezeptor": "receptor",
    "recepteur": "receptor",
    "recettore": "receptor",
    "crecimiento": "growth",
    "croissance": "growth",
    "wachstum": "growth",
    "crescita": "growth",
    "crescimento": "growth",
    "apoptose": "apoptosis",
    "apoptosi": "apoptosis",
    "factor de crecimiento": "growth factor",
    "facteur de croissance": "growth factor",
    "wachstumsfaktor": "growth factor",
    "fattore di crescita": "growth factor",
    "fator de crescimento": "growth factor",
    # how it works, safety, approval
    "mecanismo": "mechanism how does it work",
    "mecanisme": "mechanism how does it work",
    "mechanismus": "mechanism how does it work",
    "wirkmechanismus": "mechanism how does it work",
    "meccanismo": "mechanism how does it work",
    "funciona": "how does it work",
    "wirkt": "how does it work",
    "seguro": "safe",
    "segura": "safe",
    "sicher": "safe",
    "sicuro": "safe",
    "sicura": "safe",
    "peligroso": "risks",
    "dangereux": "risks",
    "gefahrlich": "risks",
    "pericoloso": "risks",
    "perigoso": "risks",
    "riesgos": "risks",
    "risques": "risks",
    "risiken": "risks",
    "rischi": "risks",
    "riscos": "risks",
    "aprobado": "approved",
    "approuve": "approved",
    "zugelassen": "approved",
    "approvato": "approved",
    "aprovado": "approved",
    "curar": "cure",
    "cura": "cure",
    "guerir": "cure",
    "heilen": "cure",
    "guarire": "cure",
    "combinar": "combined with",
    "combiner": "combined with",
    "kombinieren": "combined with",
    "combinare": "combined with",
    "combinada": "combined with",
    "combinado": "combined with",
    "combinee": "combined with",
    "kombiniert": "combined with",
    "combinata": "combined with",
    "combinato": "combined with",
    "junto con": "combined with",
    "zusammen mit": "combined with",
    "insieme a": "combined with",
    "junto com": "combined with",
    "medico": "doctor",
    "medecin": "doctor",
    "arzt": "doctor",
    "heilmittel": "cure",
    "experimentell": "experimental off-label",
    "sperimentale": "experimental off-label",
    "experimental": "experimental off-label",
    "humain": "humans",
    "gente": "humans",
    "mude": "side effects sleep disturbances",
    "cansado": "side effects sleep disturbances",
    "cansada": "side effects sleep disturbances",
    "stanco": "side effects sleep disturbances",
    "stanca": "side effects sleep disturbances",
    "fatigue": "side effects sleep disturbances",
    "schlafrig": "side effects sleep disturbances",
    "somnolencia": "side effects sleep disturbances",
    "autorisee": "approved off-label",
    "autorise": "approved off-label",
    "autorizado": "approved off-label",
    "autorizada": "approved off-label",
    "autorizzato": "approved off-label",
    "autorizzata": "approved off-label",
    "vertragen": "well-tolerated side effects",
    "vertraglich": "well-tolerated side effects",
    "tolere": "well-tolerated side effects",
    "toleree": "well-tolerated side effects",
    "tolerado": "well-tolerated side effects",
    "tolerada": "well-tolerated side effects",
    "tollerato": "well-tolerated side effects",
    "tollerata": "well-tolerated side effects",
    # the name: why "low dose"
    "dosis baja": "low dose why called low-dose naltrexone",
    "baja dosis": "low dose why called low-dose naltrexone",
    "bajas dosis": "low dose why called low-dose naltrexone",
    "faible dose": "low dose why called low-dose naltrexone",
    "faibles doses": "low dose why called low-dose naltrexone",
    "niedrig dosiert": "low dose why called low-dose naltrexone",
    "niedrigdosiert": "low dose why called low-dose naltrexone",
    "niedrige dosis": "low dose why called low-dose naltrexone",
    "basso dosaggio": "low dose why called low-dose naltrexone",
    "bassa dose": "low dose why called low-dose naltrexone",
    "dose baixa": "low dose why called low-dose naltrexone",
    "baixa dose": "low dose why called low-dose naltrexone",
    # how it works, in a few words
    "agisce": "how does it work mechanism",
    "ca marche": "how does it work",
    "fonctionne": "how does it work",
    "funziona": "how does it work",
    "wirkt es": "how does it work",
    "actua": "how does it work mechanism",
    "funcionar": "how does it work",
}
_FOREIGN = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, FOREIGN_TERMS), key=len, reverse=True)) + r")\b"
)


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


def english_terms(text: str) -> list[str]:
    """English terms for the topic words the text has in the other five languages."""
    return list(dict.fromkeys(FOREIGN_TERMS[m.group()] for m in _FOREIGN.finditer(_folded(text))))


def translate_query(text: str) -> str:
    """The query plus English terms for the topic words it has in the other five languages."""
    extra = english_terms(text)
    return f"{text} {' '.join(extra)}" if extra else text


# Short words of the other languages that are also English tokens ("die", "con", "son").
_FOREIGN_FUNCTION_WORDS = frozenset(
    """die der das den dem des und ist mit von fur auf ein eine einer zu son con les des une
    est sur par pour que qui del della degli delle dei per non una uno por para los las sus
    con como mais nas nos dos das uma pra com sem ha hat was wie""".split()
)


def english_query(text: str, vocabulary: frozenset[str]) -> str:
    """What the English embedding model should read for a question in another language: the
    English terms for its topic words, with the words it shares with the sources (LDN, OGF,
    cisplatin); the question itself when it has no foreign topic word."""
    extra = english_terms(text)
    if not extra:
        return text
    shared = [
        w
        for w in re.findall(r"[a-z0-9][a-z0-9-]*", _folded(text))
        if len(w) >= 3 and w not in _FOREIGN_FUNCTION_WORDS and stem(w) in vocabulary
    ]
    # The widget is about LDN: "Kann man das mit Bestrahlung kombinieren?" asks about it.
    subject = [] if {"ldn", "naltrexone"} & set(shared) else ["LDN"]
    return " ".join(dict.fromkeys([*subject, *shared, *extra]))


_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_SUFFIXES = ("ations", "ation", "ings", "ing", "edly", "ed", "ies", "es", "ly", "s")


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A deliberately light suffix stripper: 'downregulated' and 'downregulate' meet."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") if len(word) > 4 else word


def expand_query(text: str) -> str:
    """The query plus the sources' words for the visitor's lay terms."""
    extra = [LAY_TERMS[w] for w in re.findall(r"[a-z]+", text.lower()) if w in LAY_TERMS]
    return f"{text} {' '.join(extra)}" if extra else text


def tokenize(text: str) -> list[str]:
    """Lowercase content-word stems; hyphenated words also yield their parts."""
    return list(_tokens(text))


# Cached: every ask tokenizes the same candidate sentences again (bench/latency.py profile).
@functools.lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    tokens: list[str] = []
    for raw in _TOKEN.findall(text.lower().replace("’", "'")):
        parts = [raw, *re.split(r"[-']", raw)] if ("-" in raw or "'" in raw) else [raw]
        for part in parts:
            if part and part not in STOPWORDS and (len(part) > 1 or part.isdigit()):
                tokens.append(stem(part))
    return tuple(tokens)


class KeywordIndex:
    """BM25 (Okapi) scores of a query against a fixed list of texts."""

    def __init__(self, texts: Sequence[str], k1: float = 1.5, b: float = 0.75) -> None:
        self.size = len(texts)
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        lengths = np.zeros(self.size, dtype=np.float32)
        for row, text in enumerate(texts):
            counts = Counter(tokenize(text))
            lengths[row] = sum(counts.values())
            for term, tf in counts.items():
                postings[term].append((row, tf))
        avg = float(lengths.mean()) if self.size else 1.0
        norm = k1 * (1 - b + b * lengths / max(avg, 1e-9))
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for term, rows in postings.items():
            idx = np.fromiter((r for r, _ in rows), dtype=np.int64, count=len(rows))
            tf = np.fromiter((t for _, t in rows), dtype=np.float32, count=len(rows))
            idf = math.log(1 + (self.size - len(rows) + 0.5) / (len(rows) + 0.5))
            self._postings[term] = (
                idx,
                (idf * tf * (k1 + 1) / (tf + norm[idx])).astype(np.float32),
            )
        self._vocabulary = frozenset(self._postings)

    def vocabulary(self) -> frozenset[str]:
        """The index's terms (stems); built once, the index never changes after."""
        return self._vocabulary

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every text (zeros where no query term occurs)."""
        out = np.zeros(self.size, dtype=np.float32)
        for term in set(tokenize(query)):
            hit = self._postings.get(term)
            if hit is not None:
                out[hit[0]] += hit[1]
        return out

    def top(self, query: str, k: int) -> list[tuple[int, float]]:
        """The k best (row, score) pairs with a positive score, best first."""
        scores = self.scores(query)
        if not self.size:
            return []
        k = min(k, self.size)
        best = np.argpartition(-scores, k - 1)[:k]
        ranked = sorted(best.tolist(), key=lambda r: -scores[r])
        return [(r, float(scores[r])) for r in ranked if scores[r] > 0]
