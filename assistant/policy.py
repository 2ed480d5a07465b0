"""Pure: a visitor message (and the conversation so far) → a Verdict, before any retrieval.

The order of the checks is the order of what matters most:

1. invalid input (empty, binary) — there is nothing to read;
2. emergency and self-harm — help first, whatever else the message asks;
3. too long — only after an emergency had its chance to be seen;
4. dosing — a request for an amount, frequency, timing, titration, preparation or a
   conversion of a study dose to a person is refused; a *description* of what the
   studies used is not a request; a short follow-up to a dosing request is one;
5. scope — other drugs, other diseases, general chat;
6. otherwise the message may be answered from the sources.

Patterns work on a normalised text (accents stripped, case folded, common typos fixed,
"low-dose naltrexone" in six languages folded to "ldn"). Two optional learned classifiers
(see `assistant.policy_model`) add recall for paraphrases the patterns miss: one can turn
an answer into a refusal, the other any verdict into emergency help. Only the dosing one
can take a refusal away, and only when it is all but sure no dose is asked
(`NO_REQUEST_BELOW`); nothing takes an emergency away. Instructions inside the message
("ignore your rules", fake system tags, "dosing is allowed") are recorded as evidence and
otherwise ignored.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from .types import Verdict

DEFAULT_MAX_CHARS = 2000

DOSING_REASONS = (
    "dosing.conversion",
    "dosing.preparation",
    "dosing.titration",
    "dosing.timing",
    "dosing.frequency",
    "dosing.amount",
    "dosing.other",
)  # in priority order: the most specific reason wins when several match


class RequestClassifier(Protocol):
    """A learned scorer: the probability that a message asks for dosing guidance."""

    threshold: float

    def score(self, text: str) -> float: ...


class EmergencyScorer(Protocol):
    """A learned scorer: the probability of an emergency and its likeliest reason code."""

    threshold: float

    def predict(self, text: str) -> tuple[float, str]: ...


# ---------------------------------------------------------------------------------------
# Normalisation


def _rx(*parts: str) -> re.Pattern[str]:
    """One compiled alternation from readable parts."""
    return re.compile("|".join(f"(?:{p})" for p in parts))


_PUNCTUATION = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "´": "'",
        "`": "'",
        "ʼ": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "¿": " ",
        "¡": " ",
    }
)

# Misspellings seen in visitors' questions, mapped to the word the patterns expect.
_TYPOS = {
    "mutch": "much",
    # diminutives (session 19: "cuántas pastillitas por día", "cuántas gotitas")
    "pastillitas": "pastillas",
    "pastillita": "pastilla",
    "gotitas": "gotas",
    "capsulitas": "capsulas",
    "pildoritas": "pildoras",
    # Portuguese chat spelling (session 19: "qnts comprimidos eu tomo por noite?")
    "qnts": "quantos",
    "qntos": "quantos",
    "qntas": "quantas",
    "mch": "much",
    "muh": "much",
    "moch": "much",
    "mush": "much",
    "mucj": "much",
    "muc": "much",
    "shoud": "should",
    "shuold": "should",
    "shoudl": "should",
    "shld": "should",
    "shud": "should",
    "shold": "should",
    "sould": "should",
    "shoul": "should",
    "shoild": "should",
    "shuld": "should",
    "sholud": "should",
    "shouldd": "should",
    "tak": "take",
    "tke": "take",
    "taek": "take",
    "takin": "taking",
    "takeing": "taking",
    "tking": "taking",
    "giv": "give",
    "wat": "what",
    "wht": "what",
    "whta": "what",
    "waht": "what",
    "wot": "what",
    "hw": "how",
    "hwo": "how",
    "howw": "how",
    "rite": "right",
    "rigth": "right",
    "rihgt": "right",
    "riht": "right",
    "amout": "amount",
    "ammount": "amount",
    "amont": "amount",
    "amnt": "amount",
    "offten": "often",
    "oftn": "often",
    "oftan": "often",
    "oftem": "often",
    "ofen": "often",
    "u": "you",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "plse": "please",
    "cancr": "cancer",
    "cancre": "cancer",
    "cancir": "cancer",
    "cancar": "cancer",
    "mgs": "mg",
    "diffrent": "different",
    "reguler": "regular",
    "wich": "which",
    "whne": "when",
    "dosse": "dose",
    "doseage": "dosage",
    "dosis's": "dosis",
    # contractions typed without the apostrophe, chat abbreviations
    "cant": "can't",
    "dont": "don't",
    "wont": "won't",
    "isnt": "isn't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "shouldnt": "shouldn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "arent": "aren't",
    "whats": "what's",
    "thats": "that's",
    "shes": "she's",
    "hes": "he's",
    "ive": "i've",
    "qnto": "quanto",
    "qnt": "quanto",
    "qto": "quanto",
    "qnta": "quanta",
    "cto": "cuanto",
    "cuant": "cuanto",
    "kuanto": "cuanto",
    "kuanta": "cuanta",
}
# Two neighbouring letters swapped in a key word ("mcuh", "takign") is a typo of that word.
_TYPOS.update(
    {
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]: word
        for word in ("much", "many", "should", "take", "taking", "often", "dosage", "amount")
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    }
)
_DIGIT = {
    w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())
}
_TYPO_PHRASES = (
    (re.compile(r"\bhow offen\b"), "how often"),
    (re.compile(r"\blow[- ]dose (?:nell|nel|nal|null) ?tre[kx] ?(?:zone|sone|own)\b"), "ldn"),
    (re.compile(r"\b(?:nell|nel|nal|null) ?tre[kx] ?(?:zone|sone|own)\b"), "naltrexone"),
    (re.compile(r"\bdoze\b(?! off)"), "dose"),
    (
        re.compile(r"\b(how|when|why|where) dose (it|ldn|this|that|naltrexone)\b"),
        r"\1 does \2",
    ),
    # "what dose ldn do?" is "does"; "what dose ldn pancreatic cancer" asks for a dose
    (
        re.compile(
            r"\bwhat dose (it|ldn|this|that|naltrexone) (?=(?:actually |really |even )?(?:do|"
            r"does|did|mean|means|work|works|help|helps|treat|treats|say|says|cause|causes|block|"
            r"blocks|affect|affects|target|targets|have|has|look|feel|feels|stand|stands)\b)"
        ),
        r"what does \1 ",
    ),
    (re.compile(r"\b4 (my|me|him|her|them|cancer|a|an|the)\b"), r"for \1"),
    (re.compile(r"\b(i|to|it|you|should|can) b\b"), r"\1 be"),
    # voice dictation: "el dee en", "elle di enne", "ele de ene"; "four point five"
    (re.compile(r"\b(?:el|elle|ele|l) ?(?:dee|di|de|dé|dê)[ -]?(?:en|enne|ene)\b"), "ldn"),
    (
        re.compile(
            r"\b(zero|one|two|three|four|five|six|seven|eight|nine) point (zero|one|two|three|"
            r"four|five|six|seven|eight|nine)\b"
        ),
        lambda m: f"{_DIGIT[m.group(1)]}.{_DIGIT[m.group(2)]}",
    ),
)
# Long key words whose misspellings are caught by similarity (first letter must match).
_FUZZY_TARGETS = ("dosage", "naltrexone", "milligram", "milligrams", "titrate")
_FUZZY_PROTECTED = frozenset(
    "titre titres titled doses dosed dosing doing dosis dosierung damage usage dotage dosages "
    "montage milligramm milligramme milligrammes milligrammi miligramos miligramas".split()
)

_DRUG_NAME = re.compile(r"\bnaltrex[a-z]*")
_LDN_NAMES = _rx(
    r"\bultra[- ]?low[- ]?dose[ds]?[- ]?naltrexone\b",
    r"\blow[- ]?dos(?:e|ed|es|age|ing)[- ]?(?:of )?naltrexone\b",
    r"\bnaltrexone (?:at|in) (?:a |very )?low[- ]?dos(?:e|es|age)\b",
    r"\bnaltrexone (?:en|a|de) (?:dosis bajas?|bajas? dosis)\b",
    r"\b(?:dosis bajas?|bajas? dosis|microdosis) de naltrexone\b",
    r"\bnaltrexone (?:a|en) (?:faibles?|basses?|petites?) doses?\b",
    r"\bnaltrexone (?:faible|basse) dose\b",
    r"\b(?:faibles?|basses?|petites?) doses? de naltrexone\b",
    r"\bniedrig ?dosiert[a-z]* naltrexone\b",
    r"\bnaltrexone in niedriger dosis\b",
    r"\bnaltrexone (?:a|in) (?:basso dosaggio|bassa dose|basse dosi|dose bassa|dosi basse)\b",
    r"\b(?:basso dosaggio|bassa dose|basse dosi) di naltrexone\b",
    r"\bnaltrexone (?:em|de|a|na) (?:doses? baixas?|baixas? doses?|baixa dosagem)\b",
    r"\b(?:doses? baixas?|baixas? doses?) de naltrexone\b",
    # session 14: "naltrexona baja dosis", "naltrexone low dose"
    r"\bnaltrexone (?:bajas?|baixas?|bassa|basse|faibles?|low|niedrige?) ?dos(?:is|es?|i|aggio|"
    r"agem|ierung)\b",
)
# "full-dose naltrexone" names a drug form, not a dose.
_OTHER_NAMES = re.compile(
    r"\b(?:full|standard|normal|regular|high|higher|usual|conventional|therapeutic)"
    r"[- ]dos(?:e|ed|age) naltrexone\b"
)
# How long someone would live with LDN, or their odds (no source gives a prognosis): "cuánto
# tiempo le quedaría de vida", "combien de temps de survie", "quante probabilità ha di guarire",
# "wie lange hat man noch", "quantos anos de vida", "how much longer could he live" (session 14).
_PROGNOSIS = (
    r"\b(?:cuanto|cuantos) (?:tiempo|anos|meses) (?:mas )?(?:le |me |les |te |nos )?(?:queda|"
    r"quedaria|quedan|quedarian|daria|darian|ganaria|gana|tendria|tiene) (?:de vida|de mas|mas de "
    r"vida)\b|\bcuant[oa]s? (?:tiempo |anos |meses )?(?:mas )?(?:de vida|viviria|vivira|"
    r"va a vivir|podria vivir|le daria)\b|"
    r"\bcombien de (?:temps|"
    r"mois|annees|ans) (?:de (?:survie|vie) )?(?:en plus |de plus )?(?:il |elle |on |je )?"
    r"(?:(?:peut|"
    r"pourrait|peux|pourrais)(?= (?:encore )?(?:vivre|survivre|esperer|tenir|gagner|(?:lui |me )?"
    r"rester))|gagne|gagner|reste|resterait|lui reste|me reste|vivre|esperer)\b|"
    r"\bcombien de temps de survie\b|\bquant[ei] (?:probabilita|possibilita|chance|speranz[ae]) "
    r"(?:ha|ho|hai|abbiamo|avrebbe|avrei) di (?:guarire|sopravvivere|farcela|vivere)\b|\bquanto "
    r"(?:tempo )?(?:gli|le|mi) (?:resta|resterebbe|rimane|rimarrebbe) (?:da vivere|di vita)\b|"
    r"\bquanto (?:tempo )?(?:vivra|vivrebbe|potrebbe vivere)\b|\bwie lange (?:hat|habe|haben) "
    r"(?:man|ich|er|sie|wir) (?:mit [a-z]+ )?(?:noch|zu leben)\b|\bwie lange (?:lebt|leben|"
    r"uberlebt|uberleben) (?:man|er|sie|ich|patienten)\b|\bquant[oa]s? (?:anos|meses|tempo) "
    r"(?:a mais )?de vida\b|\bquanto tempo (?:ele|ela|eu|voce) (?:vai|iria|pode|poderia) "
    r"(?:viver|durar)\b|\bhow (?:much )?long(?:er)? (?:could|would|will|can|might|does|do) (?:he|"
    r"she|i|they|we|you|my [a-z]+|someone|a person|people) (?:realistically |still |expect to )?"
    r"(?:live|survive|have left)\b|\b(?:my|his|her|our|the) chances of (?:another|surviving|"
    r"living|"
    r"making it)\b|\banother \d+ years\b"
    # session 21: odds and chances in other words ("quante possibilità ha … se aggiunge ldn",
    # "what are his survival odds", "wie hoch ist die Heilungschance")
    r"|\bquant[ei] (?:probabilita|possibilita|chance)\b|\b(?:survival|surviving) (?:odds|"
    r"chances?|rates?)\b|\b(?:odds|chances?) (?:of|to) (?:survival|surviving|survive|live|living|"
    r"make it)\b|\bhow (?:much )?(?:longer|more time)\b[^?]{0,30}\b(?:could|would|will|can|might|"
    r"does|do) (?:he|she|i|they|we) (?:have|live|get|gain)\b|\b(?:heilungschance|"
    r"uberlebenschance)[a-z]*\b|\bcuantas posibilidades\b|\bquantas chances\b|\bchances de "
    r"(?:survie|guerison)\b"
)
# Session 21: a prognosis asked, with "just give me a number": a number of months, not a dose
_PROGNOSIS_ASKED = re.compile(
    _PROGNOSIS + r"|\b(?:prognosis|pronostico|pronostic|prognose|prognosi|prognostico|life "
    r"expectancy|esperanza de vida|esperance de vie|lebenserwartung|aspettativa di vita|"
    r"expectativa de vida)\b"
)
_DOSE_WORD_IN_CUE = re.compile(
    r"\b(?:doses?|dosage|dosis|dosi|dosen|mg|capsules?|pills?|tablets?|gelules?|kapseln?|"
    r"capsulas?|comprimidos?|compresse)\b|\d"
)
# Phrases that say "dose" without asking for one: mechanism, comparison.
# A sentence that does not turn to taking something.
_NO_TAKE_VERB = (
    r"(?![^?]{0,80}\b(?:take|taking|give|giving|try|use|switch|start|tomar|tomo|prendre|nehmen|"
    r"prendere|darle|dar)\b)"
)
# The rest of a "why is it so low?" sentence, up to a turn to what someone should take.
_REST_OF_COMPARISON = (
    r"(?:(?!\b(?:should|can i|could i|do i|shall i|take|taking|give|giving|start|debo|puedo|"
    r"dois|devrais|soll|kann ich|devo|posso|how much|how many|how often|what|when|cuanto|cuanta|"
    r"combien|wie ?viel|quanto|quanta)\b)[^?.!;]){0,80}"
)
# "Which pharmacy …?": a place, not a way to prepare or take it (and no emergency).
_WHICH_PHARMACY = re.compile(
    r"\b(?:welche|which|what|any|quelle|que|cual|quale|qual) (?:apotheke|pharmac(?:y|ies)|"
    r"pharmacie|farmacia)\b|\b(?:tu connais|vous connaissez|conoces|conoce|kennst du|kennen sie|"
    r"conosci|conosce|conhece|do you know|know of) (?:une|un|una|eine|uma|a|any) (?:good )?"
    r"(?:pharmacie|farmacia|apotheke|pharmacy)\b"
)
# "How many people take LDN?": a statistic the sources do not give, not a dose (session 9)
_HOW_MANY_TAKE = re.compile(
    r"\b(?:how many|wie viele|cuant[oa]s|combien de|quant[ei]|quant[oa]s) (?:(?:cancer|other|"
    r"real|actual|sick) )?(?:people|patients|persons|users|leute|menschen|patienten|personas|"
    r"pacientes|personnes|"
    r"persone|pazienti|pessoas)\b[^?]{0,30}\b(?:take|taking|use|using|are on|nehmen|toman|"
    r"usan|prennent|utilisent|prendono|usano|tomam|usam)\b"
)
# "How long does LDN take to start working?": how soon, not how long to take it
_HOW_LONG_TO_WORK = re.compile(
    r"\bhow long (?:does|did|will|would) (?:ldn|it|naltrexone|this) (?:usually |normally )?take "
    r"to (?:start )?(?:work|kick in|do anything|show)[a-z]*\b|\bhow long does it take (?:for )?"
    r"(?:ldn|naltrexone) to (?:start )?(?:work|kick in|do anything|show)[a-z]*\b|"
    r"\bwie lange dauert es,? bis "
    r"(?:ldn|es|das)\b[^.?!]{0,30}\bwirkt\b|\bcuanto (?:tarda|tiempo tarda) (?:la ldn |en )?"
    r"(?:hacer efecto|funcionar)\b|\bcombien de temps (?:met|faut)[a-z -]{0,20}(?:agir|marcher|"
    r"fonctionner)\b|\bquanto tempo (?:ci mette|demora|leva) (?:a |para |pra )?(?:funzionare|"
    r"fazer efeito|funcionar)\b|"
    # session 22: the time until an effect is noticed, in the words of each language (going
    # up meanwhile is a dosing request)
    r"(?![^\n]*\b(?:go(?:ing)? (?:up|higher)|up (?:it|the)|bump(?:ing)? it up|increase|higher|"
    r"augmenter|subir|subo|erhoh[a-z]*|aumentar|aumento)\b)(?:\bhow (?:long|soon) (?:until|till|"
    r"before) (?:you|i|we|he|she|one|it|ldn|people)\b[^?]{0,30}\b(?:notice|see|feel|works?|kicks? "
    r"in|effects?|results?|difference)\b|\b(?:en )?cuanto tiempo (?:se (?:empieza a )?nota|tarda "
    r"en notarse|hasta que (?:se nota|funciona|hace efecto))[a-z]*\b|\bcombien de temps (?:on "
    r"voit|avant de voir|pour voir|avant qu'on voit)[^?]{0,30}\b(?:effet|resultat)s?\b|\bwi[ea] "
    r"lang(?:e)? dauert(?:'?s| es)?,? bis (?:man|ma|ich|es|das|ldn)\b[^?]{0,30}\b(?:merkt|wirkt|"
    r"sieht|spurt)\b|\bquanto tempo (?:ci vuole|serve|prima) (?:per|che|di) [^?]{0,20}\b(?:effetto|"
    r"funzion[a-z]*|vedere|notare)\b|\bquanto tempo (?:ate|para|pra) (?:o |a )?(?:ldn )?(?:fazer "
    r"efeito|funcionar|ver|notar)\b)"
)

# After a double dose taken by mistake: what to do about the next one.
_WHAT_NOW = re.compile(
    r"\bwhat (?:should|do|can) (?:i|he|she|they|we) do\b|\banything i should do\b|\bskip\b|"
    r"\bsaute\b|\bsauter\b|\b(?:me |la )?salto\b|\bsaltar(?:la|me)?\b|\baussetzen\b|\bauslassen\b|"
    r"\blass(?:e)? ich [a-z ]{0,20}\baus\b|\bdazunehmen\b|\bpulo\b|\bpular\b|\bje fais quoi\b|"
    r"\bqu'est-ce que je fais\b|\bque hago\b|\bwas soll ich\b|\bwas mache ich (?:jetzt|nun)\b|"
    r"\b(?:che|cosa) faccio\b|\bo que (?:eu )?fa[cç]o\b|\bdomani (?:la )?prendo\b|"
    r"\bmanana (?:me )?"
    r"tomo\b|\bamanha (?:ele |ela )?pula\b|\bdemain (?:il|elle) la saute\b|"
    r"\bdemain je (?:la )?prends\b|\bamanha (?:eu )?tomo\b|\btomorrow'?s? (?:dose|as "
    r"(?:normal|usual))\b|\bla solita\b"
)

# Pharmacies compared or judged, an insurer's cover, a regulator's warning (session 18:
# "Skip's Pharmacy vs Belmar for compounded LDN — which one do people prefer?", "Does Blue
# Cross Blue Shield cover compounded LDN?"): a business or a payer, not how to make it.
_PHARMACY_OR_COVER = (
    r"\b[a-z']+ (?:pharmacy|chemist|apotheke) (?:vs\.?|versus|or) [a-z']+\b[^?]{0,60}|\b(?:"
    r"compounding |compounded )?(?:ldn )?pharmac(?:y|ies)\b[^?]{0,60}\bwhich (?:one|pharmacy|"
    r"of them) (?:do|would|should) (?:people|you|most people|patients|others|i) (?:prefer|use|"
    r"recommend|trust|go with|choose)\b|\bwhich "
    r"(?:one|pharmacy|chemist) do (?:people|you|most people|patients|others) (?:prefer|use|"
    r"recommend|trust)\b|\b(?:pharmac(?:y|ies)|chemists?|apotheke|pharmacie|farmacia)\b[^.?!]"
    r"{0,40}\b(?:reliable|trustworthy|any good|reputable|fiable|seri[oe]s[ae]?|affidabil[ei]|"
    r"confiavel|zuverlassig)\b|\b(?:does|do|will|would) [^?]{0,40}\bcover (?:the )?(?:cost of )?"
    r"(?:compounded |generic )?(?:ldn|naltrexone|it)\b[^?]{0,30}|\b(?:fda|mhra|ema|tga|health "
    r"canada)\b[^?]{0,20}\b(?:statement|warning|warn[a-z]*|alert|recall)\b[^?]{0,60}|\b(?:"
    r"recomiendas|recomienda|recomiendan|recommend|know of|conoces|consigli[a-z]*|recomendam|"
    r"recommandez) (?:alguna|algun|una|a|any|qualche|uma|une) (?:buena |good |bonne )?(?:farmacia|"
    r"pharmacy|pharmacie|apotheke)\b[^?]{0,60}"
)
# Session 25: how many people use it or did well on it ("¿cuántos pacientes con cáncer de páncreas
# mejoraron con naltrexona?", "quantos brasileiros usam LDN?"): a count of people, not a dose,
# and no source gives one
_PEOPLE_COUNTED = (
    r"\b(?:how many|cuant[ao]s|cuanta|combien de|combien d'|wie viele|quant[ie]|quant[ao]s)\b "
    r"(?!(?:weeks|months|days|years|hours|times|doses|pills|capsules|tablets|mg|drops|semanas|"
    r"meses|dias|jours|mois|wochen|monate|tage|settimane|mesi|giorni)\b)(?:[a-z]+ )?(?:people|"
    r"patients|users|persons|gente|personas|pacientes|personnes|gens|monde|"
    r"menschen|patient(?:en|innen)|leute|leut|persone|pazienti|pessoas|[a-z]+(?:ianos|ianas|"
    r"ileiros|"
    r"icans|ians|ois|oises|anos|anas|aner|ani|eses))\b[^?]{0,60}\b(?:use|using|take|taking|are "
    r"on|usan|usa|toman|utilisent|prennent|nehmen|verwenden|nutzen|usano|prendono|usam|tomam|"
    r"improved|got better|mejoraron|(?:se )?sont ameliores|(?:ont )?ameliore|besser|migliorat[io]|"
    r"melhoraram|lived|survived|vivieron|sobrevivieron|gelebt|uberlebt|vissut[io]|"
    r"sopravviss[io]|viveram|sobreviveram|cured|healed|curad[oa]s|se curaron|curaron|gueris|"
    r"geheilt|guarit[io]|curaram|responded|respond|responden|repondent|ansprechen|rispondono|"
    r"respondem)\b"
)
# driving or cycling after a dose (session 25: "Si può guidare o andare in bici dopo aver preso
# il naltrexone?"): no source says, and "preso" there is no overdose
_DRIVING_AFTER_A_DOSE = (
    r"\b(?:drive|driving|guidare|andare in (?:bici|moto)|conducir|manejar|conduire|autofahren|"
    r"auto fahren|fahrrad fahren|dirigir|ride a (?:bike|motorbike)|cycling)\b[^?]{0,40}"
    r"\b(?:after|dopo|despues de|apres|nach|depois de)\b[^?]{0,30}\b(?:ldn|naltrexon[ea]?|it|"
    r"la|lo|taking|tomar|tomarla|prendre|aver preso|preso|presa|genommen|tomad[oa]|tomar a|"
    r"my dose|la dosis|la dose)\b|\b(?:after|dopo|despues de|apres|nach|depois de) (?:taking|"
    r"tomar|prendre|aver preso|der einnahme|tomar a)\b[^?]{0,30}\b(?:drive|guidare|conducir|"
    r"manejar|conduire|fahren|dirigir)\b"
)
# fasting for one's faith (session 25: "o LDN quebra o jejum?", "zählt LDN als Fastenbruch?"):
# not a time to take it
_RELIGIOUS_FAST = (
    r"\b(?:rompe|rompen|quebra|quebram|breaks?|breaking) (?:el |o |my |the |mi |meu |le |il "
    r"|mon )?(?:ayuno|jejum|fast|jeune|digiuno)\b|\bfastenbruch\b|\bjejum de daniel\b|"
    r"\b(?:ayuno|jejum|digiuno|jeune) (?:de|di|du) (?:semana santa|quaresma|cuaresma|quaresima|"
    r"careme)\b"
)
# capsules to dispose of (session 25: "I still have a bottle of my late wife's naltrexone
# capsules. How do I get rid of them safely?"): no source says, and no one is in danger
_DISPOSAL = (
    r"\b(?:get rid of (?:them|it|the (?:capsules|pills|bottle|tablets))|dispose (?:of )?(?:them|"
    r"it|the)|disposal|throw (?:them|it|the [a-z]+) (?:away|out)|entsorg[a-z]*|desechar(?:las|"
    r"los)?|deshacerme de (?:las|los)|jeter (?:les|la|le|ces|mes) (?:gelules|capsules|comprimes|"
    r"medicaments|boites?)|smaltir[a-z]*|descartar (?:as|os))\b"
)
# a dose brought up and asked about again (session 25: "ho vomitato dopo mezz'ora, la riprendo?"):
# a dosing request, with no other word of trouble, is no emergency to the classifier
_VOMIT_WORD = re.compile(
    r"\b(?:vomit[a-z]*|vomi|vomis|vomiss[a-z]*|threw up|throw(?:ing)? up|thrown up|"
    r"erbroch[a-z]*|erbrech[a-z]*|erbrach|vomite[a-z]*)\b"
)
_RETAKE = re.compile(
    r"\b(?:retake|re-?take|take (?:it|another|one|a new one) again|redose|re-?dose|riprend[a-z]*|"
    r"ne prendo un'altra|(?:la |lo )?repito|(?:la |lo )?vuelvo a tomar|tomo otra|reprend[a-z]*|"
    r"recommence|nochmal|noch ?mal|erneut|de novo|tomo outra|repetir|ripet[a-z]*)\b"
)
# a special diet or fasting with it (session 25: "Tem de se fazer alguma dieta especial com a
# LDN?"): not a preparation of the dose
_SPECIAL_DIET = (
    r"\b(?:(?:fazer|hacer|faire|fare|follow|seguir|machen|do|keep to) (?:alguma |alguna |une |un "
    r"|una |uma |a |eine |any )?)?(?:dieta especial|special diet|regime (?:special|particulier)|"
    r"spezielle diat|besondere diat|dieta (?:speciale|particolare)|intermittent fasting|jejum "
    r"intermitente|ayuno intermitente|jeune intermittent|intervallfasten|digiuno intermittente|"
    r"keto(?:genic)? diet|dieta (?:cetogenica|chetogenica)|regime cetogene|ketogene diat)\b"
)
# Sport, a sauna, storage, money, telehealth, night work, gluten, full-strength naltrexone
# (session 18): their numbers and verbs are not a dose, a time or a preparation.
_LIFE_NOT_DOSING = (
    r"\b(?:fazer|hacer|faire|fare) (?:de la |del |du )?(?:musculacao|musculacion|musculation|"
    r"muscolazione|pesas|academia|ginastica|gimnasio|sport|esporte|deporte|palestra)\b[^?]{0,40}|"
    r"\b(?:je fais du |i do (?:a )?|i go to the |vado in |voy a la )?(?:sauna|hammam)\b[^?]{0,40}|"
    r"\b(?:kept|keep|stored?|"
    r"storing) (?:them |it )?(?:cool|cold|at room temperature)\b|"
    r"\bmake money\b[^?]{0,60}|\b(?:teleconsultation|teleconsulta|telehealth|telemedicin[ae]|"
    r"telemedizin|online doctor)\b[^?]{0,40}|\btrabajo de noche\b|\bi work (?:nights|night "
    r"shifts?)\b|\bje travaille de nuit\b|\bich arbeite nachts\b|\blavoro di notte\b|"
    r"\btrabalho (?:a|de) noite\b|\b(?:que|quels?|which|welche|quali|quais) (?:analisis|analise|"
    r"analyses?|examenes|exames|(?:blood )?tests?|pruebas|esami|untersuchungen)\b[^?]{0,60}|"
    r"\b(?:ogni quanto|how often|cada cuanto|tous les combien|wie oft|de quanto em quanto)\b"
    r"[^?]{0,20}\b(?:tac|scans?|ct|mri|pet|controllo|check-?ups?|controles?|esami|analisi|bloods|"
    r"blood tests?|untersuchung[a-z]*)\b|\b(?:finisc[ae]|si interrompe|termina|se corta|s'arrete|"
    r"bricht ab)\b[^?]{0,10}\b(?:a meta|a la mitad|au milieu|a meio|mittendrin)\b|\bis (?:it|ldn|"
    r"this) (?:just |simply |basically )?(?:ordinary|normal|regular|plain) naltrexone\b[^?]{0,30}|"
    r"\b(?:crossfit|spin class(?:es)?|powerlifting|weight ?lifting)\b[^?]{0,60}|"
    r"\bballpark\b(?=[^?]{0,40}\b(?:cost|costs|price|pay|spend|expensive)\b)|"
    r"\b(?:cost|costs|price)\b[^.!]{0,60}\bballpark\b|\bpress[- ]pulse\b|"
    r"\b(?:legit|legitimate) protoc[a-z]*\b|\bprotoc[a-z]*\b[^.!]{0,70}\b(?:legit|ha senso|"
    r"tiene sentido|a du sens|sinnvoll|faz sentido|scam|nonsense)\b|"
    r"\b(?:is|are) split on\b|\bkeep (?:my|his|her) strength up\b|"
    r"\bnaltrexon[ea]? (?:in|a|en) (?:normaler|normale|normal) (?:dosis|dose|dosi)\b|"
    r"\b(?:discutimos|peleamos|hay peleas|we argue|we fight|on se dispute|wir streiten|"
    r"streiten wir|"
    r"litighiamo|brigamos)\b[^.?!]{0,20}\b(?:todos los dias|every day|tous les jours|jeden tag|"
    r"ogni giorno|todos os dias)\b|\b(?:contain|contener|contenir|enthalten|contenere|conter)"
    r"[a-z]* "
    r"(?:de |du |del )?(?:gluten|glutine|lactose|lattosio|lactosa)\b|\b(?:ordinary|normal|"
    r"regular|standard|full)[- ]strength naltrexone\b|"
    + _PEOPLE_COUNTED
    + "|"
    + _SPECIAL_DIET
    # …up to a question of when to take it ("16:8, la prendo dentro la finestra dei pasti?")
    + r"(?:(?!\b(?:la prendo|lo prendo|take it|la tomo|lo tomo|la prends|le prends|nehme ich|"
    r"tomo a|tomo o)\b)[^?]){0,40}|"
    + _RELIGIOUS_FAST
    + "|"
    + _DRIVING_AFTER_A_DOSE
    + r"(?: (?:la sera|la notte|in the evening|at night|le soir|por la noche|a noite|abends|de "
    r"noche|stasera|tonight))?" + r"|\b(?:quant[ie] giorni in piu|how many (?:extra|more) "
    r"days|cuantos dias mas|combien de jours de plus|wie viele tage (?:mehr|langer)|quantos dias a "
    r"mais)\b"
)
# tests to have before starting it ("faut faire une prise de sang ou un bilan hépatique avant
# de commencer la LDN ?", "precisa fazer algum exame antes de começar LDN?")
_TEST_WORD = (
    r"(?:exames?|examen(?:es)?|prise de sang|bilan (?:hepatique|sanguin)|blood ?tests?|"
    r"bloodwork|blood work|hemograma|blutbild|bluttests?|esami del sangue|esami|analisi|"
    r"analises|analisis|tac|tc|ct scans?|marcatori(?: tumorali)?|tumou?r ?markers?|marqueurs "
    r"tumoraux|tumormarker|marcadores tumora(?:is|les)|liver (?:tests?|function))"
)
_TESTS_BEFORE_STARTING = (
    r"(?:\b(?:faire|fazer|hacer|fare|get|have|machen) (?:une |un |algum |alguna |uno |a |some |"
    r"any |die )?)?"
    rf"\b{_TEST_WORD}\b[^?]{{0,40}}\b(?:antes de (?:comecar|empezar|iniciar)|avant de "
    r"(?:commencer|debuter)|before (?:starting|i start|you start|beginning)|prima di "
    r"(?:iniziare|cominciare)|vor (?:dem )?(?:beginn|start|anfang))\b|\b(?:bisogna|devo|si "
    rf"deve|hay que|tengo que|preciso|precisa|faut-il|muss (?:ich|man)) (?:fare |hacer |fazer |"
    rf"faire )?(?:la |le |il |los |les |o |die )?{_TEST_WORD} (?:piu spesso|mas seguido|more "
    r"often|plus souvent|ofter|mais vezes|ogni mese|every month|cada mes|todo mes)\b"
)
# who makes it, its brands, compounding by law ("Welche Firma stellt LDN her? gibts ein
# Markenpräparat oder nur Rezeptur?", "is there a licensed LDN brand or is it always compounded?",
# "a Palermo c'è qualche farmacia che fa la preparazione galenica?"): no source says, and none
# of it is how to prepare a dose
_WHO_MAKES_IT = (
    r"\b(?:licensed|branded|brand[- ]name|name[- ]brand) (?:ldn|naltrexone|product|version)\b|"
    r"\b(?:ldn|naltrexone) brands?\b|\balways (?:a )?compounded\b|\bcompounded product\b|"
    r"\b(?:welche firma|welcher hersteller|wer) (?:stellt|produziert) (?:ldn|naltrexon|es|das)"
    r"\b[^?]{0,10}\bher\b|\bmarkenpraparat\b|\bhersteller\b|\b(?:marca|marcas|marque|marques|"
    r"marke|marken) (?:de |di |der |von )?(?:ldn|naltrexon[ae]?)\b|\b(?:legalement|legally|"
    r"legalmente|rechtlich|gesetzlich)\b[^?]{0,60}\b(?:preparations? magistrales?|compound(?:ing)?|"
    r"preparazion[ei] galenich[ae]|formula magistral|manipula[a-z]*|rezeptur[a-z]*)\b|"
    r"\b(?:qualche|alguna|une|any|eine|uma) (?:farmacia|pharmacie|pharmacy|apotheke)\b[^?]{0,20}"
    r"\b(?:che fa|que (?:hace|haga|prepara)|qui (?:fait|prepare)|that (?:makes|compounds|does)|"
    r"que (?:faz|manipula))\b"
)
# Session 26: a pregnant woman handling the capsules ("my daughter is pregnant and fills my
# pill organiser: is it safe for her to touch the capsules?"): no source says; no preparation
_PREGNANT_HANDLING = (
    r"\b(?:pregnant|enceinte|embarazada|schwanger|incinta|gravida)\b[^?]{0,80}\b(?:touch|"
    r"touching|handle|handling|toucher|tocar|anfassen|toccare|manusear)\b"
)
# someone else collecting the prescription ("Can my son pick up my LDN prescription for me?")
_PRESCRIPTION_ERRAND = (
    r"\b(?:pick up|collect|fetch) (?:my |the |her |his )?(?:ldn )?prescription(?: for (?:me|her|"
    r"him))?\b"
)
_BENIGN_DOSE = _rx(
    _PRESCRIPTION_ERRAND,
    _PREGNANT_HANDLING,
    # session 26: tests before starting it; who makes it, its brands, compounding by law
    _TESTS_BEFORE_STARTING,
    _WHO_MAKES_IT,
    _PROGNOSIS,
    _PHARMACY_OR_COVER,
    _LIFE_NOT_DOSING,
    # what lower doses were reported to do; what to do before starting, as the article advises
    # (session 14: the public questions "How were lower doses of naltrexone reported to reduce
    # tumour growth?" and "What should patients do before starting LDN?")
    r"\bhow (?:were|was|are|is|do|did) (?:lower|low|small|smaller) doses?\b[^?]{0,40}"
    r"\b(?:reported|shown|found|thought|said|seen)\b|\b(?:lower|low|small|smaller) doses? (?:of "
    r"(?:naltrexone|ldn) )?(?:were|was|are|is) (?:reported|shown|found|thought|said) to\b",
    r"\bwhat (?:should|must|do|does) (?:patients|people|someone|a patient|one) (?:do|know|"
    r"consider) before (?:starting|taking|trying|using)\b",
    # the time of a drink, not of a dose: "darf ich abends noch mein Bier trinken" (session 14)
    r"\b(?:abends|am abend|le soir|la sera|por la noche|de noche|a noite|at night|in the evening|"
    r"tonight|heute abend|stasera|ce soir|esta noche|hoje a noite)\b(?= (?:noch |encore |ancora |"
    r"ainda |todavia )?(?:[a-z]+ ){0,2}(?:bier|beer|wine|wein|vin|vino|vinho|cerveza|cerveja|"
    r"birra|glass|glas|verre|copa|bicchiere|copo|drinks?|schnaps|whisky|apero|aperitivo)\b)",
    # session 19: the drink (or herbal tea) named before its time ("un verre de vin le soir",
    # "um chá de camomila à noite")
    r"\b(?:(?:bier|beer|wine|wein|vin|vino|vinho|cerveza|cerveja|birra|verre|copa|bicchiere|copo|"
    r"drinks|a drink)|(?:tomar|beber|boire|trinken|bere|drink|have) (?:um |una |un |une |a |einen "
    r"|uma )?"
    r"(?:cha|te|the|tisana|tisane|tee|tea|kamillentee)(?: de| di)? (?:camomil[a-z]*|manzanilla|"
    r"chamomile|kamille))\b"
    r"[^.?!]{0,25}\b(?:abends|am abend|le soir|la sera|por la noche|de noche|a noite|at night|in "
    r"the evening|before bed|antes de dormir|avant de dormir|vor dem schlafen|prima di dormire)\b",
    r"\bcracked down on compounding pharmac(?:y|ies)\b|\bpasser par une preparation magistrale\b|"
    r"\bfazer jejum\b",
    r"\b(?:nausees?|nausea|nauseas|ubelkeit|nausee|enjoos?|sickness)\b[^.?!]{0,10}\b(?:le matin|"
    r"in "
    r"the (?:morning|evening)|por la (?:manana|noche)|am morgen|al mattino|de manha|la mattina)\b|"
    r"\bhochdosis[- ]?vitamin|\bhigh[- ]dose vitamin c\b|\bvitamin c (?:hochdosis|high[- ]dose)\b|"
    r"\b(?:ldn )?protocol\b(?=[^?]{0,30}\b(?:legit|scam)\b)",
    r"\bhow much (?:extra|more) time\b|\b(?:say|said|says|claim[a-z]*) (?:that )?(?:ldn|it) made\b|"
    r"\b(?:solo come |come )?galenico\b(?=[^?]{0,80}\b(?:costa|"
    r"prezzo)\b)|\bfarmacia magistral\b(?=[^?]{0,80}\b(?:precio|cuesta|sale|vale)\b)|"
    r"\b(?:sale|cuesta|vale)\b[^?]{0,80}\bfarmacia magistral\b",
    _HOW_LONG_TO_WORK.pattern,
    rf"(?![^\n]*(?:{_WHAT_NOW.pattern}|\bnext (?:one|dose)\b|\btomorrow\b))"
    r"\b(?:doubled|tripled|double[- ]dosed|took (?:it|her|his|"
    r"my) [a-z]+ twice)\b[^.?!]{0,30}\bby "
    r"(?:accident|mistake)\b|\baccidentally (?:doubled|tripled)\b",
    r"\bje prepare (?:un|une|mon|ma) (?:expose|memoire|devoir|oral|presentation|these)\b",
    r"\bconvert[a-z]* \d+ ?(?:f|c|fahrenheit|celsius|degrees|inches|cm|miles|km|cups|ounces|oz|"
    r"pounds|lbs|feet)\b(?! of (?:ldn|naltrexone))",
    r"\bcombien de temps (?:faut-il |avant )?(?:pour |de )?(?:voir|observer|constater|remarquer|"
    r"sentir)\b",
    r"\b(?:up|awake|wake up|woke up|waking up|wakes me up|waking) (?:at|around) "
    r"(?:\d{1,2}(?::\d\d)? ?(?:am|pm|uhr)|\d{1,2}:\d\d)\b",
    # session 13: "reading everything I can find at 3am"
    r"\b(?:reading|googling|researching|scrolling|searching|lying awake|up late)\b[^.?!]{0,40}"
    r"\bat (?:\d{1,2}(?::\d\d)? ?(?:am|pm)|midnight)\b|\b(?:it'?s|its) \d{1,2} ?(?:am|pm) and\b|"
    r"\btake away from\b|\btiming (?:isn'?t|is not) (?:my|the) question\b",
    # a compounding pharmacy as a place or a business: where it is, what it ships, who it pays
    r"(?<!order )(?<!ask )(?<!get )\b(?:from|near|in|at) (?:a |the |my |our |your )?compounding "
    r"pharmac(?:y|ies)\b"
    r"(?! (?:is |are )?(?:asking|asked|says|said|gave|wants))|\bcompounding pharmac(?:y|ies) "
    r"(?:near|in|that (?:does|ships|makes|sells|do|ship))\b|\bkickbacks? from compounding "
    r"pharmac(?:y|ies)\b|\bsome compounders (?:better|more reliable)\b",
    # "Welche Apotheke stellt LDN-Kapseln her?": which pharmacy, not how to make it
    rf"(?:{_WHICH_PHARMACY.pattern})[^?]{{0,60}}",
    r"\b(?:at|in|with|using) (?:very |much |such |the )?(?:low|lower|high|higher|normal|"
    r"regular|standard|usual|small|smaller|large|larger|different|therapeutic|much higher) doses\b",
    r"\bdose[- ]dependen[a-z]*",
    r"\b(?:difference|differ)[a-z]*\b[^.?!]{0,60}\b(?:just |only )?the amount\b",
    r"\b(?:from|than|vs\.?|versus|compared (?:to|with)) (?:the |a )?(?:normal|standard|usual|"
    r"regular|higher|full|addiction|high|lower|low) (?:dose|doses|dosage|amount)\b",
    r"\bdose[- ]response\b",
    r"\b(?:depend[a-z]*|relies|rely) (?:up)?on (?:the )?(?:dose|dosage)\b",
    r"\bdose and (?:the )?duration\b",
    r"\b(?:called|named|termed|labelled|labeled) (?:a |the )?['\"]?low[- ]dose\b",
    # "why is it called low dose?" in six languages
    r"\b(?:why|por que|porque|pourquoi|perche|warum|xq|pq)\b[^?]{0,40}\b(?:low[- ]dose|"
    r"dosis baja|faible dose|basso dosaggio|dose baixa|baixa dose|niedrig dosiert|"
    r"niedrigdosiert|niedrige dosis|bajas dosis)\b",
    r"\bwhy (?:so |such a |the )?low[- ]dose\b\s*\??\s*$",
    # "was ist der Unterschied zur normalen Dosis?" compares, it asks for no amount
    r"\b(?:unterschied|diferencia|difference|differenza|diferenca)\b[^?]{0,40}\b(?:dosis|dose|"
    r"dosaggio|dosage)\b",
    # "the same drug, just a different strength?" compares two uses
    r"\b(?:same|identical) (?:drug|medicine|medication|molecule|substance|thing|pill)\b[^?]{0,40}"
    r"\b(?:strengths?|doses?|dosages?|amounts?)\b",
    # "worth asking my oncologist to write the script": the doctor decides, as they should
    r"\bask(?:ing)? (?:my|the|her|his|our) (?:doctor|oncologist|gp|physician|dr|specialist) "
    r"(?:to|for|about) (?:write|writing|prescribe|prescribing|a prescription|the script)"
    r"(?: (?:it|the script|a script|a prescription|the prescription))?\b",
    # what it costs, which pharmacy, what makes it work, how long one lives: not how to take it
    r"\bhow much costs?\b[^?]{0,60}|\b(?:ca )?coute combien\b[^?]{0,60}|\b(?:could|can) "
    r"(?:really )?use some (?:hope|help|good news|encouragement)\b|\b(?:niedrige|geringe|kleine|"
    r"low|small|basse|faible|baja|bassa|baixa) (?:dosis|dose|dosi)\b[^?]{0,20}\b(?:anders|"
    r"different[a-z]*|diferente|differente|differemment)\b|\b(?:quanto|cuanto|"
    r"how much)\b[^?]{0,20}\b(?:custa|custando|"
    r"cuesta|costando|costs?)\b[^?]{0,60}|\b(?:quanto|cuanto) (?:ta|esta|tá|está) (?:custando|"
    r"costando)\b|\bquanto si (?:spende|paga)\b[^?]{0,60}|\bcuanto (?:se )?"
    r"(?:gasta|paga)\b[^?]{0,60}|\bcombien (?:ca )?(?:coute|on paie)\b[^?]{0,60}|"
    r"\bcombien de temps (?:on peut |peut-on |je peux |puis-je )?(?:les |la |le )?(?:garder|"
    r"conserver)\b",
    r"\b(?:which|what|any|the best) compounding pharmac(?:y|ies)\b[^?]{0,60}|\b(?:recomiendas|"
    r"recomienda|conoces|conoce|recommend|know of|consigli[a-z]*|indica[a-z]*) (?:alguna|algun|"
    r"una|a|any|qualche|uma) (?:buena |good )?(?:farmacia|pharmacy|pharmacie|apotheke)\b[^?]{0,60}",
    r"\bmake (?:ldn|it|naltrexone|(?:my|the|your|her|his) [a-z ]{1,25}?) (?:work|less|more|better|"
    r"worse|stop|effective|ineffective)\b",
    r"\b(?:cuanto|quanto) (?:tiempo|tempo) de vida\b|\bcombien de temps (?:il )?(?:me|"
    r"lui) reste\b|"
    r"\bwie lange (?:habe ich|hat (?:er|sie)) noch\b",
    # session 23: a share of cells, a price, what stopping does ("wie viel Prozent der Zellen",
    # "¿cuánto viene a costar al mes?", "quanto sai numa farmácia?", "si dejo la LDN de golpe,
    # ¿da síndrome de abstinencia?")
    r"\b(?:wie ?viel|how much|how many|cuanto|combien|quanto|quant[oa]s?|quel) (?:prozent|"
    r"percent|per ?cent|por ?ciento|pour ?cent|pourcentage|per ?cento|por ?cento)\b(?=[^?]{0,60}"
    r"\b(?:cells?|zellen|celulas|cellules|cellule|tumou?rs?|tumeurs?|tumori|tumore|tumores|"
    r"shr[a-z]*|reduc[a-z]*|starben|died|killed|morreram|murieron|mortes?|morte|"
    # session 24: a share of patients ("Wie viel Prozent der Eierstockkrebs-Patientinnen
    # sprechen auf LDN an?")
    r"[a-z]*patient[a-z]*|pacientes|pazienti|people|personas|personnes|pessoas|menschen|"
    r"respond[a-z]*|repond[a-z]*|rispond[a-z]*|ansprechen|sprechen)\b)",
    # session 24: Bihari's protocol's history, a page to translate, a drink every evening ("ich
    # trink jeden abend eins"), months gained, immune cells counted, the cell death a study
    # measured
    r"\bbihari\b[^?]{0,30}\bhistory\b|\bhistory of (?:the )?(?:ldn )?(?:bihari )?protocol\b|"
    r"\btranslate (?:this|the|it|that)(?: whole)? (?:page|article|text|site|chat|answer|reply|"
    r"website)\b[^?]{0,40}|\b(?:trink[a-z]*|drink[a-z]*|bebo|bebe|bois|boit|bevo|beve)\b"
    r"[^.?!]{0,20}\b(?:jeden abend|every (?:night|evening)|todas las noches|cada noche|tous les "
    r"soirs|chaque soir|ogni sera|tutte le sere|toda noite|todas as noites)\b|"
    r"\bum wie viele (?:monate|jahre|wochen)\b[^?]{0,60}|\bhow many (?:extra |more )?(?:nk|t|"
    r"b|immune|white(?: blood)?|natural killer|killer) cells\b[^?]{0,40}|\bwie ?viel "
    r"zelltod\b[^?]{0,40}|\bhow much cell (?:killing|death)\b[^?]{0,40}",
    r"\bcuanto (?:viene a |me va a |nos va a |le va a )?costar\b[^?]{0,60}|\bquanto sai\b"
    r"[^?]{0,60}",
    r"\b(?:stop|stopping|come off|coming off|quit|dejo|dejar|deja|arrete|arreter|absetzen|"
    r"absetze|smetto|smettere|paro|parar|para de tomar)\b[^?]{0,60}\b(?:withdrawal|rebound|"
    r"abstinencia|rebote|sevrage|rebond|entzug[a-z]*|absetzsymptom[a-z]*|astinenza)\b",
    r"\b(?:hausarzt|arzt|arztin|onkologe|onkologin|doctor|gp|medico|medecin)\b"
    # not "Doctor, what dose of LDN do you prescribe me?" (session 23)
    r"(?![^.?!]{0,30}\b(?:doses?|dosis|dosage|dosierung|dosi|dosagem|mg|how much|how many|"
    r"wie ?viel|cuanto|combien|quanto)\b)[^.?!]{0,30}"
    r"\b(?:verschreiben|prescribe|recetar|prescrire|prescrivere|receitar)\b(?=[^.?!]{0,20}\?)",
    r"\bwhat (?:diet|food|foods) should\b[^?]{0,30}",
    # what it costs is not how much to take
    r"\bhow much (?:does|do|would|will|is|are)\b[^.?!]{0,50}\b(?:cost|costs|charge|price|"
    r"pay)\b[^?]{0,60}|\b(?:cuanto (?:cuesta|sale|vale)|combien coute|quanto (?:costa|custa)|"
    r"wie ?viel kostet|was kostet)\b[^?]{0,60}",
    r"\blow[- ]dose['\"]? (?:mean|means|stand for|stands for|refer to|refers to)\b|"
    r"\bmean(?:s|ing)? (?:by |of )?(?:a )?low[- ]dose\b",
    r"\b(?:with|than|from|vs|versus|and) (?:the )?(?:normal|regular|standard|usual|full)[- ]dose "
    r"(?:naltrexone|ntx)\b|\bnot seen with "
    r"normal doses\b|\bregular naltrexone\b[^?]{0,30}\b(?:as good as|better than|compared)\b",
    # "my oncologist has me on 4.5 mg: what side effects should I watch for?" states a dose
    r"\b(?:prescribed|has (?:me|him|her) on|have (?:me|him|her) on|put (?:me|him|her) on|i'm "
    r"(?:taking|on)|i am (?:taking|on)|receto|recetaron|prescrit[ea]?|prescritt[oa]|receitou|"
    r"receitaram)\b[^.?!]{0,25}?\d+(?:[.,]\d+)? ?mg\b(?: (?:verschrieben|as prescribed))?"
    r"(?=[^?]{0,80}\b(?:side effects?|efectos (?:secundarios|adversos)|effets (?:secondaires|"
    r"indesirables)|nebenwirkungen|effetti collaterali|efeitos colaterais|article|articulo|"
    r"artikel|articolo|artigo|keeping track|watch(?:ing)? for)\b)",
    r"\bmir \d+(?:[.,]\d+)? ?mg verschrieben\b(?=[^?]{0,80}\b(?:nebenwirkungen|artikel)\b)",
    # the article's addiction dose, quoted: "50-100 mg for addiction, so why…"
    r"\b50 ?(?:-|to|a|bis|e|et|y) ?100 ?mg\b",
    r"\b(?:what makes it|que veut dire|c'est quoi|que (?:significa|quiere decir)|was (?:heisst|"
    r"bedeutet)|cosa (?:significa|vuol dire)|o que (?:significa|quer dizer))\W{0,3}(?:low[- ]dose|"
    r"faible dose|dosis baja|baja dosis|niedrig dosiert|niedrige dosis|basso dosaggio|dose baixa|"
    r"baixa dose)\b",
    r"\b(?:a|en|in|con|with|at|em|bei) (?:dose|dosis|dosi|dosaggio) (?:normale?|piena|completa|"
    r"plena|alta|haute|elevata|standard)\b|\b(?:at )?full[- ]strength\b|"
    r"\b(?:besides|apart from|a part|a parte|ausser|aparte de|alem da) (?:la |the |der )?"
    r"(?:dose|dosis|dosi)\b",
    r"\btranslat[a-z]* (?:this|that|it|these|the (?:abstract|sentence|paragraph|text|jargon))\b"
    r"[^?]{0,30}\b(?:english|plain|normal|simple|lay|layman'?s|human|spanish|french|german|"
    r"italian|portuguese|espanol|francais|deutsch)\b|\b(?:on a |a )?scale of \d+ to \d+\b",
    r"\bprepara[a-z]* (?:a )?(?:las|les|the|le|die|os|as) (?:celulas|cellules|cells|zellen|"
    r"cellule)\b|\brefuse (?:de )?(?:le |la )?(?:prescrire|recetar(?:lo|la)?|verschreiben|"
    r"prescrivere|receitar)\b",
    # where to buy it or who pays ("a compounding pharmacy that ships to Texas?", "o plano
    # cobre naltrexona manipulada?"): not how to prepare or take it
    r"\b(?:where|onde|donde|dove|ou|wo)\b[^?]{0,30}\b(?:buy|get|order|comprar|compro|"
    r"conseguir|acheter|kaufen|bekommen|bestellen|comprare)\b"
    rf"{_REST_OF_COMPARISON}",
    rf"\b(?:recommend|suggest)\b[^?]{{0,10}}\b(?:a|any) (?:good )?(?:compounding )?"
    rf"(?:pharmacy|pharmacies)\b{_REST_OF_COMPARISON}",
    r"\b(?:insurance|insurer|plano de saude|convenio|mutuelle|secu|securite sociale|"
    rf"krankenkasse|assicurazione|medicare|medicaid)\b{_REST_OF_COMPARISON}",
    # "why would a smaller amount work?", "por qué una dosis tan baja?": why, not how much;
    # the rest of that sentence compares (unless it turns to what to take)
    r"\b(?:why|por ?que|pourquoi|perche|warum|wieso|weshalb|xq|pq)\b[^?]{0,50}\b(?:dose|doses|"
    r"dosis|dosi|dosaggio|dosage|amount|quantite|menge|quantidade|cantidad|quantita)\b"
    r"[^?.!]{0,25}?(?: (?:so|tan|si|cosi|tao|tres|sehr|muy|molto|muito|much|far|aussi))?"
    r" (?:low|lower|small|smaller|tiny|baja|bajita|bassa|basse|faible|baixa|niedrig[a-z]*|pequena|"
    r"petite|piccola|high|higher|alta|haute|hohe|elevata|normal[e]?|grande)\b"
    rf"{_REST_OF_COMPARISON}|"
    r"\b(?:why|por ?que|pourquoi|perche|warum|wieso|weshalb|xq|pq)\b[^?]{0,50}\b(?:low|lower|"
    r"small|smaller|tiny|faible|niedrig[a-z]*|high|higher|bigger|larger|normal[e]?|grosse|"
    r"hohere?n?|kleinere?n?) (?:dose|doses|dosis|amount|quantite|menge|amounts)\b"
    rf"{_REST_OF_COMPARISON}",
    # after "why so low?", the bigger dose it is compared with ("a normal dose wouldn't work
    # better?", "the bigger amount doesn't")
    rf"(?<=\?){_NO_TAKE_VERB}[^?]{{0,80}}\b(?:the|a|una|une|la|die|eine|uma|lo|el) (?:bigger|"
    r"larger|higher|stronger|normal|full|normale|normalen?|volle|low|small|petite|grosse|baja|"
    r"bassa|niedrige|kleine|hohe|high|alta|haute)\b (?:amount|dose|dosis|dosi|"
    r"menge)\b|"
    rf"(?<=\?){_NO_TAKE_VERB}[^?]{{0,80}}\b(?:dose|dosis|dosi) (?:normale?|plus forte|mas alta|"
    r"piu alta|mais alta|completa)\b",
    r"(?:(?<=work )|(?<=works )|(?<=working )|(?<=way )|(?<=act )|(?<=acts ))at the (?:low|lower|"
    r"high|higher|normal) dose\b",
    rf"\bwhy not (?:just )?(?:use|give|prescribe) (?:the )?(?:normal|regular|standard|full|"
    rf"higher|high)\b{_REST_OF_COMPARISON}|\b(?:what'?s|what is) the point\b[^?]{{0,30}}\b(?:so|"
    rf"this|that) low\b{_REST_OF_COMPARISON}",
    r"\bvon der dosis ab\b|\bdosisabhangig\b|\bdepend[a-z]* (?:de|da|dalla|du|on the) (?:la )?"
    r"(?:dosis|dose)\b|\bwhy (?:was|is|were) (?:it|naltrexone|ldn) (?:made|invented|developed|"
    r"created|designed)\b|\b(?:was|is|were) (?:ldn|naltrexone|it|this drug) (?:originally |first "
    r"|initially )?(?:made|invented|developed|created|designed) (?:for|to treat|to help|as)\b",
    r"\b(?:the )?(?:normal|regular|standard|high|higher|full)[- ]dose (?:one|group|arm|"
    r"naltrexone|ntx|cells)\b",
    r"\bwhy would (?:a|such a) (?:small|tiny|low)\b[^?]{0,80}|\b(?:winzige|pochi) "
    r"(?:menge|milligrammi)\b",
    # attributive: "high-dose vitamin C", "low dose chemotherapy"
    r"\b(?:high|low|higher|lower|very high|mega)[- ]dos(?:e|ed|es) (?:vitamin|vit|iv|intravenous|"
    r"chemo|chemotherapy|radiation|radiotherapy|therapy|treatments?|version|form|opioids?|"
    r"aspirin|steroids?|melatonin|[a-z]+ therapy)\b|\b(?:vitamin[ae]? c|vitamine c)\b[^?]{0,30}"
    r"\b(?:high|haute|alta|hohe|alte) dos[a-z]*\b|\b(?:high|haute|alta|hohe) dos[a-z]*\b[^?]{0,10}"
    r"\b(?:vitamin[ae]? c|vitamine c)\b",
    _HOW_MANY_TAKE.pattern,
    # a drink with it, a prescription bought online: not how to take it ("can i still have a
    # couple beers on the weekend?")
    r"\b(?:can i |could i |is it ok(?:ay)? to |am i allowed to )?(?:still )?(?:have|drink|enjoy) "
    r"(?:a |the odd |an occasional |one |some |a couple(?: of)? |a few |one or two |two |my )?"
    r"(?:glass(?:es)? of (?:wine|beer)|glass(?:es)?|beers?|drinks?|cocktails?|pints?|wine|"
    r"alcohol)(?: (?:with (?:dinner|meals)|in the evenings?|at night|at dinner|on (?:the )?"
    r"weekends?))?\b",
    r"\b(?:write|get|give) (?:me )?(?:an )?online prescription\b|\bonline prescriptions?\b",
    # what it costs or how long it keeps, not how much of it to take
    r"\bhow much (?:is|does|do) (?:ldn|it|naltrexone)\b[^?]{0,20}\b(?:a|per|each) "
    r"(?:month|week|year|bottle|prescription)\b|\bwie lange (?:ist|sind|halt|halten)\b[^?]{0,20}"
    r"\bhaltbar\b",
)


# Who settles a dose, and the verbs for it: "the dose my oncologist prescribed".
_PRESCRIBER_WHO = (
    r"(?:my|his|her|their|our|the|mum's|mom's|dad's)(?: [a-z]+)? (?:doctor|oncologist|gp|"
    r"physician|dr|md|doc|specialist|vet|prescriber|consultant|nurse|palliative doctor)|(?:she|he|"
    r"they)"
)
_SETS_DOSE = (
    r"set|sets|prescribed|prescribes|chose|chosen|picked|gave|gives|decided|decides|sorted|"
    r"sorted out|recommended|manages|managed|handles|handled|adjusted|lowered|raised|reduced|"
    r"put (?:me|him|her) on|worked out|settled|set up|fixed"
)
# "I'm not asking about doses, …": a dose word the visitor says they are not asking for.
_NEGATED_DOSE = _rx(
    r"\b(?:i'm |i am |im )?not (?:asking|looking|wanting|interested|here|after|seeking|"
    r"requesting|trying)\b[^.?!,;:]{0,30}"
    r"\b(?:dose|doses|dosage|dosing|amounts?)\b(?: (?:advice|information|info|questions?))?",
    r"\bwithout (?:telling|giving|mentioning|any|discussing)\b[^.?!,;:]{0,25}"
    r"\b(?:dose|doses|dosage|dosing)\b",
    r"\b(?:don't|do not|no need to) (?:tell|give|mention)\b[^.?!,;:]{0,20}"
    r"\b(?:dose|doses|dosage|dosing)\b",
    r"\bno (?:dose|dosing|dosage) (?:advice|info|information|recommendations?)\b",
    r"\b(?:can't|cannot|can not|won't|aren't allowed to|are not allowed to|not allowed to) "
    r"(?:give|provide|tell|share|discuss|recommend)\b[^.?!,;:]{0,20}\b(?:dose|doses|dosage|"
    r"dosing)\b(?![^.?!]{0,30}\b(?:even if|unless|if i ask|pretty please|come on)\b)",
    r"\b(?:isn't|aren't|wasn't|not) (?:asking|looking for|wanting)\b[^.?!,;:]{0,20}\b(?:how much|"
    r"how many|how often|dose|doses|dosage|dosing|amounts?)\b(?: to take)?",
    r"\b(?:don't|do not|dont) (?:want|need) (?:a |any )?(?:dose|doses|dosage|dosing)\b|"
    r"\bnot asking for (?:one|any|that|it)\b|\b(?:besides|apart from|other than|aside from) the "
    r"(?:amount|dose|dosage|doses)\b",
    r"\bnot (?:looking for|asking for|asking about|after|here for|asking) (?:how much|how many|"
    r"how often|when|what) (?:i |he |she |we )?(?:should )?(?:to )?take\b",
    r"\bno (?:le |te |les )?(?:pido|busco|quiero|necesito|pregunto|estoy pidiendo)\b"
    r"[^.?!,;:]{0,25}\b(?:dosis|dosificacion|cantidad)\b",
    r"\b(?:je ne|ne) (?:demande|cherche|veux|souhaite)\b[^.?!,;:]{0,10}\bpas\b[^.?!,;:]{0,20}"
    r"\b(?:dose|doses|posologie|quantite)\b",
    r"\bkeine[nrs]? (?:dosis|dosierung|dosisangabe|dosisempfehlung|mengenangabe)\b",
    r"\bnon (?:chiedo|voglio|cerco|sto chiedendo|domando)\b[^.?!,;:]{0,25}"
    r"\b(?:dose|dosi|dosaggio|posologia|quantita)\b",
    r"\bnao (?:quero|estou pedindo|peco|busco|pergunto|preciso)\b[^.?!,;:]{0,25}"
    r"\b(?:dose|doses|dosagem|quantidade)\b",
    # session 13: spoken French without "ne", German "nicht nach der Dosis"
    r"\b(?:je |j')?(?:veux|demande|cherche) pas (?:de |d'|la |le |les |une )?(?:dose|doses|"
    r"dosage|posologie|quantite)\b",
    r"\b(?:frag(?:e)?|will|mochte|suche) (?:ich )?(?:[a-z]+ )?nicht (?:nach )?(?:der |einer |"
    r"die )?(?:dosis|dosierung|menge)\b",
    # session 14: "No busco que me digas cuánto tomar"
    r"\bno (?:busco|quiero|pido|te pido|le pido|pretendo|estoy pidiendo) (?:que me (?:digas|diga|"
    r"des|de) )?(?:cuanto (?:tomar|tomo|darle)|la dosis|una dosis|que dosis|dosis)\b",
)

# When a dose is taken, as a visitor tells it ("at bedtime", "la sera", "à noite", "abends").
_TIME_TAKEN = (
    r"(?:(?:at|in the|every|each|la|di|de|por la|en la|a la|a|pela|le|au|am|jeden) )?(?:bedtime|"
    r"nights?|nightly|mornings?|evenings?|sera|mattina|noche|manana|noite|manha|soir|matin|"
    r"coucher|"
    r"abends?|morgens)"
)
# Taken as the doctor said, in six languages ("per my oncologist", "come mi ha detto l'oncologo",
# "como me lo indicó mi oncóloga", "do jeito que ele mandou", "wie verordnet").
_AS_PRESCRIBED = (
    r"\b(?:as|like) (?:my|the|his|her|our) (?:[a-z]+ )?(?:doctor|doc|oncologist|gp|prescriber|"
    r"physician|specialist) (?:told|said|prescribed|instructed|ordered)(?: (?:me|him|her|us))?|"
    r"\bper (?:my|the|his|her|our) (?:doctor|doc|oncologist|gp|prescriber|physician|specialist)|"
    r"\bcomo (?:me |le |nos )?(?:lo |la )?(?:indico|receto|dijo|mando|pauto|prescribio)(?: (?:mi|"
    r"el|la|su) (?:medic[oa]|oncolog[oa]|doctor[a]?))?|\bcome (?:mi|gli|le|ci) ha (?:detto|"
    r"prescritto|indicato|consigliato)(?: (?:il |la |l'|lo )?(?:medico|oncolog[oa]|dottor[ea]?"
    r"(?:ssa)?))?|\b(?:do jeito|conforme|como) (?:que )?(?:ele|ela|o medico|a medica|o "
    r"oncologista|a oncologista|meu medico|minha medica|o doutor|a doutora) (?:mandou|disse|"
    r"receitou|passou|indicou|orientou)|\bcomme (?:mon|ma|le|la) (?:medecin|oncologue|docteur) "
    r"(?:me )?l'a (?:prescrit|dit|indique)|\bwie (?:mein|meine|der|die) (?:arzt|arztin|onkologe|"
    r"onkologin|doktor) (?:es )?(?:gesagt|verschrieben|verordnet) hat|\bwie (?:mit (?:dem|der|"
    r"meinem|"
    r"meiner) [a-z]+ )?(?:verordnet|verschrieben|besprochen|vereinbart|abgesprochen)"
)

# … or another time of day named after it ("at night as prescribed. Could it be mornings?")
_TIMES_OF_DAY = (
    r"(?:mornings?|nights?|evenings?|bedtime|lunch|breakfast|dinner|mattina|pranzo|cena|colazione|"
    r"sera|manana|noche|almuerzo|desayuno|matin|soir|midi|dejeuner|diner|morgens|abends|"
    r"mittag[a-z]*|fruhstuck|manha|noite|almoco|jantar)"
)
_UNLESS_ANOTHER_TIME = rf"(?![^?]{{0,60}}\b{_TIMES_OF_DAY}\b)"
# After a prescribed dose, words that ask whether it is right or how to change it ("prescribed
# 1.5 mg, too much?", "… can I drop to 3?", "… sound right?"): then the dose is the question.
_UNLESS_A_CHANGE_IS_ASKED = (
    # a confirmation asked of the dose, not "…verschrieben, bestätigt der Artikel diese
    # Nebenwirkungen?"
    r"(?![^?]{0,60}\b(?:(?:confirm[a-z]*|bestatig[a-z]*|conferm[a-z]*)(?![^?]{0,30}\b(?:side "
    r"effects?|nebenwirkung[a-z]*|effets? (?:secondaires|indesirables)|efectos? (?:secundarios|"
    r"adversos)|effetti collaterali|efeitos (?:colaterais|secundarios)))|too much|too high|too "
    r"(?:little|low)|trop|demasiad[oa]|zu (?:viel|wenig|"
    r"hoch|niedrig)|poco|pouco|assez|abbastanza|suficiente|genug|troppo|demais|enough|right|"
    r"richtig|correct[a-z]*|sensible|sound right|ok for|safe for|plan|more|less|mas|mais|menos|"
    r"plus|moins|piu|meno|mehr|weniger|drop|cut|switch|lower|higher|raise|reduce|increas[a-z]*|"
    r"up to|up by|going up|down to|go to|subir|bajar|monter|aumentar|aumentare|erhohen|baixar|"
    r"reducir|ridurre|senken|reduire|descendre|passer a|(?:normal|usual|typical|standard) "
    r"(?:amount|dose|dosage)|what about (?:my|for)|and for (?:me|my)|dogs?|cats?|pets?)\b)"
)

# The dose is settled by the visitor's doctor ("I take the dose my oncologist set; is the
# nausea normal?"): context, not the question. For scope it still says the drug is meant.
_SETTLED_DOSE = _rx(
    # session 19: "la dose est réglée avec lui", "la dose l'ha decisa il medico", "dose and all"
    r"\b(?:la |the |my |a )?(?:dose|dosis|dosi|dosage|dosierung) (?:est |esta |e |ist |foi |a ete |"
    r"ya esta |ja esta |is )?(?:deja |already |gia |schon |ya |ja )?(?:reglee|fixee|decidee|"
    r"arretee|decidida|fijada|acordada|ajustada|decisa|stabilita|festgelegt|geklart|definida|"
    r"acertada|settled|sorted|agreed)\b(?! (?:on|upon))|\b(?:la )?(?:dose|dosi|dosis) (?:l'ha|"
    r"la ha|me la ha|lo ha|me l'a) (?:decisa|decidida|stabilita|fissata|fijado|decidido|fixee|"
    r"reglee)\b|\b(?:dose|amount|dosage) and (?:all|everything)\b|\bthe amount and "
    r"everything is (?:settled|sorted|agreed)\b",
    # "(2,5 mg vom Neurologen)" (session 18)
    r"\b\d+(?:[.,]\d+)? ?mg (?:vom|von (?:meinem|meiner|der|dem)) (?:neurologe[n]?|arzt|arztin|"
    r"onkologe[n]?|onkologin|hausarzt|hausarztin|facharzt)\b",
    r"\b(?:receitad[oa]|recetad[oa]|prescrit[oa]?|prescribed|verschrieben|prescritt[oa]),? "
    r"\d+(?:[.,]\d+)? ?mg\b"
    rf"{_UNLESS_A_CHANGE_IS_ASKED}",
    # "mi oncólogo me recetó 4,5 mg por la noche", "m'a prescrit 1,5 mg de LDN le soir",
    # "m'ha dato 4,5 mg la sera", "me passou 1,5 mg pra começar" (session 11)
    r"\b(?:(?:me|m'a|m'ha|mi ha|hat mir|me ha|ha|hat|has|have) (?:receto|recetaron|prescrit|"
    r"prescrito|prescritto|dato|passou|receitou|verschrieben|verordnet|prescribed)|recetaron|"
    r"(?:put|has|have) (?:me|him|her) on)\b"
    r"[^.?!\d]{0,15}?\d+(?:[.,]\d+)? ?mg\b(?: de ldn| ldn| di ldn)?(?: (?:por|a|en) la "
    r"(?:noche|manana)| le (?:soir|matin)| la (?:sera|mattina)| (?:a|de) noite| (?:pra|para) "
    r"comecar| at night| in the morning| abends| morgens)?"
    rf"{_UNLESS_A_CHANGE_IS_ASKED}",
    # "4.5 mg for a year, prescribed", "1,5 mg LDN, so vom Arzt verordnet", "sto a 4,5 mg come
    # da prescrizione", "tomo lo q me recetó la médica, 4.5 mg" (session 10)
    r"\b\d+(?:[.,]\d+)? ?mg\b(?: (?:ldn|naltrexone|naltrexon|naltrexona))?[^.?!]{0,25}?,? "
    r"(?:so |wie |come |como |comme )?(?<!be )(?:prescribed|verordnet|verschrieben|prescrit|"
    r"receitad[oa]|"
    r"prescrito|prescritto|recetad[oa]|vom arzt (?:verordnet|verschrieben)|da prescrizione|"
    r"(?:lo )?(?:me )?receto)\b"
    rf"{_UNLESS_A_CHANGE_IS_ASKED}",
    r"\b(?:lo|la) (?:q|que) (?:me|le) (?:receto|recetaron|indico|dio|mando) (?:el |la |mi |su )?"
    r"(?:medic[oa]|doctor[a]?|oncolog[oa])\b,? \d+(?:[.,]\d+)? ?mg\b",
    rf"\b(?:what|whatever) (?:{_PRESCRIBER_WHO})\b[^.?!]{{0,10}}?\b(?:prescribed|prescribes|"
    r"gave|gives|set|chose|recommended)\b",
    r"\(?prescribed by (?:my|his|her|the|our) (?:[a-z]+ )?(?:doctor|doc|gp|oncologist|md|"
    r"physician|specialist)\)?",
    rf"\bthe \d+(?:[.,]\d+)? ?mg (?:{_PRESCRIBER_WHO})\b[^.?!]{{0,25}}?\b(?:{_SETS_DOSE})\b",
    r"\b(?:il )?dosaggio (?:me l'ha|gliel'ha|gli ha|le ha|mi ha) (?:dato|prescritto|indicato|"
    r"deciso|stabilito)\b",
    r"\bm'a prescrit (?:la |le )?ldn \(?\d+(?:[.,]\d+)? ?mg\)?",
    rf"\b(?:the |a |my |his |her |whatever |at a )?(?:dose|dosage|amount)\b(?: (?:that|which))?"
    rf" (?:{_PRESCRIBER_WHO})\b[^.?!]{{0,25}}?\b(?:{_SETS_DOSE})\b",
    rf"\b(?:dose|dosage|amount) (?:{_SETS_DOSE}) (?:by|from|with) (?:{_PRESCRIBER_WHO})\b",
    rf"\b(?:{_PRESCRIBER_WHO})\b[^.?!]{{0,10}}\b(?:{_SETS_DOSE}) (?:the|his|her|my|their) "
    r"(?:dose|dosage|amount)\b",
    r"\b(?:my|his|her|their|the|a) prescribed (?:dose|dosage|amount)\b|\b(?:take|takes|taking|"
    r"on) (?:it |ldn |them )?(?:exactly )?as prescribed\b|\bforget (?:about )?(?:the )?"
    r"(?:doses?|dosing|dosage)\b|\bno questions? about (?:the )?(?:dose|dosage|how much)\b",
    r"\b(?:la )?(?:dosis|cantidad) (?:que )?(?:me |le |nos )?(?:indico|indica|receto|receta|dio|"
    r"da|puso|pone|mando|manda|fijo|decidio|decide|maneja|lleva|controla) (?:el |la |mi |su )?"
    r"(?:medic[oa]|oncolog[oa]|doctor[a]?|especialista|veterinari[oa])\b|\bdosis (?:indicada|"
    r"recetada|prescrita|fijada|pautada) (?:por|por el|por la|por mi)\b",
    r"\b(?:la )?dose (?:prescrite|fixee|choisie|decidee|geree|donnee|indiquee|reglee)"
    r"(?: par)?\b|\b(?:medecin|oncologue|docteur)\b[^.?!]{0,15}\b(?:gere|fixe|decide|choisit|a "
    r"fixe|a choisi|regle) (?:la |sa |ma )?(?:dose|posologie)\b",
    r"\b(?:der |die |in der )?(?:dosis|dosierung|menge),? die (?:mein|meine|sein|seine|ihr|ihre|"
    r"der|die) [a-z]+(?: [a-z]+)? (?:verschrieben|festgelegt|verordnet|eingestellt|bestimmt|"
    r"vorgegeben) hat\b|\b(?:dosis|dosierung) hat (?:mein|meine|sein|seine|ihr|ihre|der|die) "
    r"[a-z]+ (?:festgelegt|verschrieben|eingestellt|bestimmt)\b|\b(?:verschriebene|verordnete|"
    r"festgelegte) (?:dosis|dosierung|menge)\b",
    r"\b(?:la )?(?:dose|dosaggio)\b[^.?!]{0,12}\b(?:che mi ha|che gli ha|che le ha|deciso dal|"
    r"decisa dal|prescritt[oa] dal|indicat[oa] dal|stabilit[oa] dal|e quell[oa] decis[oa])\b",
    r"\b(?:a )?dose (?:que )?(?:o|a|meu|minha|seu|sua) (?:medic[oa]|oncologista|doutor[a]?) "
    r"(?:receitou|passou|indicou|prescreveu|mandou)\b|\b(?:a )?dose quem decide e o\b|"
    r"\bdose (?:receitada|prescrita|indicada) pel[oa]\b",
    r"\b(?:el|ella|la doctora|el doctor|el medico|la medica|mi oncolog[oa]|su oncolog[oa]) "
    r"(?:decidio|fijo|puso|ajusto|eligio|maneja|lleva) la dosis\b",
    r"\b(?:die )?(?:dosis|dosierung) hat (?:er|sie) (?:festgelegt|verschrieben|eingestellt|"
    r"bestimmt|vorgegeben)\b",
    r"\b(?:prendo|assumo|prende) la dose che (?:ha deciso|mi ha dato|ha prescritto|ha indicato|"
    r"mi ha detto)(?: (?:lui|lei|il medico|la dottoressa|il dottore))?\b",
    r"\b(?:je|il|elle) (?:la |le )?prends? (?:exactement )?(?:ce qu'(?:il|elle) m'a (?:dit|"
    r"prescrit)|comme (?:il|elle) m'a dit|comme prescrit)\b",
    r"\btomo (?:exatamente )?como (?:ele|ela|o medico|a medica) (?:mandou|disse|receitou)\b",
    r"\b(?:prescribed it and )?set (?:everything|it all) up\b",
    r"\(?\bdose (?:is )?(?:already )?(?:sorted|settled|set|decided)\b"
    r"(?: with (?:her|him|my [a-z]+))?(?: \(\d+(?:[.,]\d+)? ?mg(?: (?:nightly|at night|in the "
    r"morning))?)?\)?",
    # session 12: taken "as my oncologist said", with its time or amount beside it, in a
    # sentence that asks nothing ("Prendo l'LDN come mi ha detto l'oncologo, la sera. È normale
    # dormire male?", "Taking 2 mg at bedtime per my oncologist. Is this proven?")
    rf"(?:(?:{_TIME_TAKEN}|\d+(?:[.,]\d+)? ?(?:mg)?)(?: since [a-z]+)?,? )*(?:{_AS_PRESCRIBED})"
    rf"(?:,? (?:{_TIME_TAKEN}|\d+(?:[.,]\d+)? ?(?:mg)?))*{_UNLESS_A_CHANGE_IS_ASKED}"
    rf"{_UNLESS_ANOTHER_TIME}(?=[^?.!]*[.!;:])",
    r"\b(?:my|his|her|the) (?:prescriber|doctor|oncologist|gp) has (?:me|him|her) (?:at|on) "
    r"\d+(?:[.,]\d+)? ?mg(?: (?:in the mornings?|at night|at bedtime|in the evenings?))?"
    rf"{_UNLESS_A_CHANGE_IS_ASKED}{_UNLESS_ANOTHER_TIME}(?=[^?.!]*[.!;:])|"
    rf"\bhave a prescription for \d+(?:[.,]\d+)?(?: ?mg)? and (?:i|he|she) "
    r"(?:take|takes) it\b",
    r"\b(?:la mia|la sua) dose (?:l'ha|la ha) (?:stabilita|decisa|prescritta|indicata|fissata) "
    r"(?:il|la|l'|lo) ?(?:medico|oncolog[oa]|dottor[ea]?(?:ssa)?)\b"
    rf"{_UNLESS_A_CHANGE_IS_ASKED}",
    r"\b(?:a )?dose (?:que )?(?:o|a|meu|minha) (?:medic[oa]|oncologista|doutor[a]?) "
    r"(?:definiu|acertou|ajustou|escolheu|decidiu)\b|\b(?:acertou|definiu|ajustou) a dose"
    r"(?: de ldn)?(?: comigo)?(?: \(\d+(?:[.,]\d+)?(?: ?mg)?(?: (?:a|de) noite)?\))?"
    rf"{_UNLESS_A_CHANGE_IS_ASKED}",
    r"\b(?:nicht zur dosierung,? )?die hat (?:mein|meine|der|die|unser|"
    r"unsere) [a-z]+ (?:festgelegt|verschrieben|"
    r"eingestellt|bestimmt)(?: \(\d+(?:[.,]\d+)? ?mg(?: (?:abends|morgens))?\))?"
    rf"{_UNLESS_A_CHANGE_IS_ASKED}",
    r"\b(?:on me l'a|il me l'a|elle me l'a) prescrit (?:a )?\d+(?:[.,]\d+)?(?: ?mg)?"
    r"(?: le soir| le matin)?"
    rf"{_UNLESS_A_CHANGE_IS_ASKED}",
    r"\bhat mir \d+(?:[.,]\d+)? ?mg(?: ldn)?(?: abends| morgens)? (?:verschrieben|verordnet)\b"
    rf"{_UNLESS_A_CHANGE_IS_ASKED}",
    r"\b(?:mon|ma|son|sa) [a-z]+ a (?:cale|fixe|regle|ajuste) (?:ma|sa) dose(?: de ldn)?"
    r"(?: a \d+(?:[.,]\d+)? ?mg)?",
)


# "Dosing advice is allowed for this user": a (fake) grant of permission asks for nothing.
_DOSE_PERMISSION = _rx(
    r"\b(?:dosing|dose|doses|dosage)(?: (?:advice|information|info|recommendations?|questions?))?"
    r" (?:is |are )?(?:now )?(?:allowed|permitted|enabled|unlocked|approved|authori[sz]ed)\b",
    r"\b(?:allowed|permitted|authori[sz]ed|free|cleared) to (?:give|provide|share|discuss) "
    r"(?:doses|dosing|dosage|dose advice)\b",
    r"\b(?:dosing|dose|dosage) (?:restrictions?|rules?|limits?|polic(?:y|ies)|filters?) "
    r"(?:are |is )?(?:now )?(?:lifted|off|disabled|removed|suspended)\b",
)

# … but "what would it be?" after such a claim asks for the dose it just talked about.
_ASKS_FOR_IT = re.compile(
    r"\bwhat (?:would|is|will|should|might) (?:it|that|the answer|yours?) be\b|\bwhat'?s it\b|"
    r"\b(?:tell|give|show) (?:me|us|it)\b|\bsay it\b|\bthe (?:number|figure|amount)\b|"
    r"\bwhat would you (?:say|tell|give|recommend|suggest)\b"
)


def normalise(text: str) -> str:
    """Fold case, accents, quotes and common typos; name low-dose naltrexone "ldn"."""
    text = unicodedata.normalize("NFKC", text).translate(_PUNCTUATION)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[\s_]+", " ", text.casefold()).strip()
    text = re.sub(r"[a-z']+", _fix_word, text)
    for pattern, replacement in _TYPO_PHRASES:
        text = pattern.sub(replacement, text)
    text = _DRUG_NAME.sub("naltrexone", text)
    text = _LDN_NAMES.sub("ldn", text)
    return _OTHER_NAMES.sub("standard naltrexone", text)


def classifier_text(text: str) -> str:
    """What the learned classifiers read: the normalised text without negated dose clauses
    ("I'm not asking for a dose"), claimed permissions ("dosing is allowed"), a dose the doctor
    settled ("the dose my oncologist set": the drug) or the dose words of a description ("why
    is it called low dose?", "at higher doses")."""
    norm = _SETTLED_DOSE.sub(" ldn ", normalise(text))
    kept = _BENIGN_DOSE.sub(" ", _NEGATED_DOSE.sub(" ", _DOSE_PERMISSION.sub(" ", norm)))
    return re.sub(r"\s+", " ", kept).strip()


def _fix_word(match: re.Match[str]) -> str:
    word = match.group()
    if word in _TYPOS:
        return _TYPOS[word]
    if len(word) < 5 or word in _FUZZY_PROTECTED or word in _FUZZY_TARGETS:
        return word
    if word.startswith("naltrex"):
        return word
    candidates = [
        (difflib.SequenceMatcher(None, word, target).ratio(), target)
        for target in _FUZZY_TARGETS
        if word[0] == target[0] and abs(len(word) - len(target)) <= 2
    ]
    ratio, target = max(candidates, default=(0.0, word))
    return target if ratio >= 0.8 else word


# ---------------------------------------------------------------------------------------
# Invalid input

_INVISIBLE = re.compile(r"[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202f\u2060\ufeff]")


def _invalid_reason(message: str) -> str | None:
    if not _INVISIBLE.sub("", message):
        return "input.empty"
    unreadable = sum(
        1
        for c in message
        if c == "\ufffd"
        or (unicodedata.category(c) in ("Cc", "Cs", "Co", "Cn") and c not in "\n\r\t")
    )
    visible = len(_INVISIBLE.sub("", message)) or 1
    if unreadable / max(visible, unreadable) > 0.3:
        return "input.binary"
    return None


# ---------------------------------------------------------------------------------------
# Emergencies

_PAST_INTAKE = r"(?:took|taken|swallowed|ate|eaten|had|popped|downed|gave|given|ingested|got into)"
_EXCESS = (
    r"(?:too (?:many|much)|(?:a |the |my |his |her |their )?(?:whole|entire|full) "
    r"(?:bottle|box|pack|packet|blister|strip|month|supply)|all (?:of )?(?:my|his|her|their|the) "
    r"(?:[a-z]+'s )?(?:pills|tablets|capsules|meds|medication|medicine|ldn|naltrexone|painkillers|"
    r"sleeping (?:pills|tablets)|antidepressants|opioids|oxy)|(?:ten|twenty|thirty|"
    r"forty|fifty|a dozen|dozens|a handful|handful|several|\d{2,}) (?:of )?(?:my |his |her |the )?"
    r"(?:pills|tablets|capsules|ldn|naltrexone)|double|triple|extra (?:pills|doses?)|"
    r"many (?:pills|tablets|capsules)|(?:a )?(?:whole )?(?:bunch|lot|load|lots|ton|tons|heap|"
    r"pile) "
    r"of (?:pills|tablets|capsules|"
    r"meds|medicine))"
)
EMERGENCY_PATTERNS: dict[str, re.Pattern[str]] = {
    "emergency.self_harm": _rx(
        # session 20: a goodbye text and something taken ("my mum just texted me goodbye and
        # says she's taken something"), the deadliest mix of one's medicines "for reasons", the
        # rest of one's medicine not needed after this weekend
        r"\b(?:texted|messaged|wrote|sent) (?:me |us )?(?:a )?(?:goodbye|good-bye|farewell)\b|"
        r"\b(?:(?:m'a|nous a) envoye un (?:message|texto|sms) d'adieu|(?:me|nos) "
        r"(?:mando|escribio) (?:un mensaje de )?despedida|hat (?:mir|uns) (?:eine )?"
        r"abschiedsnachricht|mi ha scritto "
        r"(?:un messaggio di )?addio|(?:me|nos) mandou (?:uma )?mensagem de despedida)\b|"
        r"\b(?:says|said) (?:she|he|they)(?:'s| has| have|'ve) taken something\b|\b(?:dice que|dit "
        r"qu'(?:elle|il)|sagt,? (?:sie|er)|dice che|diz que) (?:se ha tomado algo|a pris quelque "
        r"chose|habe (?:etwas|was) genommen|ha preso qualcosa|tomou alguma coisa)\b",
        r"\b(?:deadliest|most (?:lethal|deadly)|la plus (?:mortelle|letale)|(?:la )?mas "
        r"(?:letal|mortal)|am todlichsten|(?:la )?piu (?:letale|mortale)|(?:a )?mais (?:letal|"
        r"mortal))\b[^.?!]{0,40}\b(?:combin[a-z]*|mix[a-z]*|together|with|con|avec|mit|com)\b",
        r"\b(?:won'?t|will not) (?:be )?need(?:ing)? the rest of (?:my|it|them|his|her)\b"
        r"[^.?!]{0,30}\bafter (?:this|tonight|tomorrow|today|the weekend)\b",
        # session 19: "j'ai mis toutes mes pilules sur la table et je pense à tout avaler"
        r"\b(?:je pense a|i'?m thinking (?:of|about)|thinking of|pienso en|estoy pensando en|penso "
        r"di|sto pensando di|ich denke daran,?|estou pensando em|penso em) (?:tout |todo |tutto |"
        r"alles |tudo |all of them |them all )?(?:avaler|les avaler|swallow(?:ing)?|tragar(?:me)?|"
        r"tomarmelas|ingoiar(?:le|e)|schlucken|zu schlucken|engolir)\b",
        r"\b(?:mis|pose|aligne) toutes mes (?:pilules|gelules|comprimes|cachets)\b|\b(?:laid|"
        r"lined) (?:out |up )?all (?:of )?my (?:pills|tablets)\b",
        # session 13: "wants to sleep forever"
        r"\bwants? to sleep forever\b|\bquiere dormir para siempre\b|\bvuole dormire per sempre\b|"
        r"\bveut dormir pour toujours\b|\bwill fur immer schlafen\b|\bquer dormir para sempre\b",
        r"\b(?:would|will) (?:anyone|anybody) (?:even )?miss me\b|\b(?:nobody|no one) (?:would|"
        r"will) "
        r"(?:even )?miss me\b|\b(?:have|got) the (?:pills|tablets) (?:all )?(?:ready|lined up|"
        r"counted "
        r"out)\b",
        # session 10: letters left, a roof, cutting again, "not my problem after tonight",
        # giving things away
        r"\b(?:les |le )?(?:deje|deixei|j'ai laisse|i(?:'ve)? left|hab(?:e)? [a-z ]{0,20}"
        r"hinterlassen|ho lasciato) (?:una |uma |une |a |einen |un )?(?:carta|cartas|lettre|"
        r"lettres|letters?|notes?|brief|briefe|lettera|lettere)\b[^.?!]{0,30}\b(?:a mis|aos "
        r"meus|as minhas|a mes|pour mes|for my|to my|fur meine|an meine|ai miei|alle mie|hijos|"
        r"filhos|enfants|kids|children|kinder|figli)\b",
        r"\b(?:dopo stanotte|after tonight|despues de esta noche|apres cette nuit|nach heute "
        r"nacht|depois de hoje a noite)\b[^.?!]{0,40}\b(?:non sara piu|won'?t be|no sera|ne sera "
        r"plus|ist es nicht mehr|nao sera mais)\b",
        r"\b(?:been )?giving away (?:all )?(?:of )?my (?:stuff|things|belongings|possessions|"
        r"books|"
        r"guitar)\b|\b(?:je suis|i'?m|estoy|ich bin|sono|estou|ich steh(?:e)?) (?:up )?(?:sur le "
        r"toit|on the roof|en la azotea|en el techo|auf dem dach|sul tetto|no telhado)\b",
        r"\bme (?:cortei|corte|cortado) (?:de novo|otra vez|outra vez|again)\b|\bi cut myself "
        r"(?:again|deep|too deep)\b|\bje me suis (?:encore )?coupee?s? (?:encore|trop profond)\b|"
        r"\bmi sono (?:tagliat[ao]|ferit[ao]) (?:di nuovo|ancora)\b|\bhab mich (?:wieder|schon "
        r"wieder) geritzt\b|\b(?:ta|esta|is) (?:jorrando|a jorrar|chorreando|gushing|pissing "
        r"blood)\b",
        r"\b(?:been )?(?:saving|stockpiling|hoarding|collecting) (?:up )?(?:my |all my |the |his |"
        r"her )?(?:pills|tablets|meds|medications?|morphine|oxy[a-z]*|sleeping pills|painkillers|"
        r"opioids)\b|\b(?:ma|sa) derniere nuit\b|\bmon dernier jour\b|\bhoje e o fim\b|"
        r"\b(?:it'?s |this is )?(?:my|the) last night\b|\bheute nacht ist es soweit\b|"
        r"\bich habe alles vorbereitet\b|\bmi ultima noche\b|\bla mia ultima notte\b|"
        r"\bminha ultima noite\b|\btonight'?s the night\b|\bhoy es el (?:final|fin)\b|"
        r"\bc'est la fin\b(?= ?(?:ce soir|aujourd'hui|pour moi))",
        r"\b(?:my|this (?:will be|is) my|it'?s my) last (?:one|message|question)\b[^?!]{0,30}"
        r"\b(?:goodbye|bye)\b|\blast message (?:anywhere|ever)\b|\bwon'?t need any more "
        r"(?:answers|help|questions)\b|\bno (?:voy a )?necesitar mas respuestas\b|\bya no voy a "
        r"necesitar mas\b|\bl'ultima volta che scrivo\b|\bescrevi (?:as |uma )?cartas?\b|"
        r"\bsigned (?:the|my) will\b|\btaken care of everything\b|\btell my (?:wife|husband|kids|"
        r"children|mum|mom|son|daughter|family|partner) (?:i'?m sorry|i love)\b|\bune lettre (?:a|"
        r"pour) mes enfants\b|\bje veux plus vivre\b|\bmake it through (?:tonight|the night)\b|"
        r"\bgiven (?:away )?(?:the|my) (?:cat|dog|pets?) to\b|\bme voy a tirar\b|\bje les prends "
        r"toutes\b|\bprendo tutte le (?:pastiglie|pillole|compresse)\b|"
        r"\btaking them all tonight\b|"
        r"\bbefore i go\b[^.?!]{0,40}\bpills\b|\bpills are (?:already )?out\b",
        r"\bsuicid[a-z]*",
        r"\bself[- ]?harm[a-z]*",
        r"\b(?:kill|hurt|harm|cut|cutting|hurting|harming|killing|injure|end)[a-z]* "
        r"(?:my|him|her|them|your)sel(?:f|ves)\b",
        r"\b(?:end|take|ending|taking) (?:my|his|her|their) (?:own )?life\b",
        r"\bend(?:ing)? (?:it all|things|everything|it)\b(?! (?:with|for) (?:ldn|chemo|treatment))",
        r"\b(?:pills|tablets|meds) (?:saved|stockpiled|hoarded)\b|"
        r"\bstockpil[a-z]*\b(?! (?:info|information|questions|notes|research|facts|articles))",
        r"\b(?:sav(?:ed|ing)(?: up)?|hoard(?:ed|ing)|collect(?:ed|ing)|juntando|guardando|"
        r"acumulando|sammle|gesammelt|mettendo da parte|conservando|accumul[a-z]*|"
        r"de cote)\b[^.?!]{0,25}\b(?:pills|tablets|meds|medication|pastillas|comprimes|"
        r"cachets|tabletten|pillen|pillole|compresse|comprimidos|remedios)\b",
        r"\b(?:cut|slit|slashed|cutting) (?:my|his|her|their) (?:wrists?|arms?|veins?|throat)\b",
        r"\b(?:done with|tired of) (?:everything|life|living|it all)\b|"
        r"\bwhat'?s the point\b(?! of (?:that|this|it|the|a|an|using|blocking|taking|doing|"
        r"having|giving|intermittent[a-z]*|ldn|naltrexone)\b)",
        r"\b(?:can't|cannot) (?:take|do) (?:it|this) any ?more\b",
        r"\b(?:want|wanna|going|plan[a-z]*|thinking about|think about|wish) (?:to )?"
        r"(?:die|be dead|end it)\b",
        r"\bwish i (?:was|were) dead\b|\b(?:want|wish) to disappear\b|\bdisappear forever\b",
        r"\bi (?:feel|am|'m) (?:so |completely |totally )?(?:hopeless|worthless|like a burden)\b",
        r"\bbetter off (?:dead|without me)\b",
        r"\b(?:no|any|the) (?:reason|point) (?:to|in|of) (?:keep |go on |carry on )?(?:live|"
        r"living|"
        r"going|life|go on|going on|carry on)\b",
        r"\b(?:better|happier|easier) (?:off )?(?:if i (?:died|was dead|were dead|was gone|"
        r"were gone|"
        r"wasn't here|weren't here)|without me)\b|\bif i (?:died|was dead|were dead)\b",
        r"\b(?:want|need) (?:it|this|everything|the pain) (?:all )?to (?:stop|end) for good\b|"
        r"\bwant (?:it|this|everything) all to (?:stop|end)\b",
        r"\b(?:i'm|i am|been|started|keep) cutting\b|\bgiv(?:e|ing) up on (?:life|living)\b",
        r"\b(?:thinking|think|thought) (?:about|of) (?:taking|swallowing|overdosing)\b"
        r"(?! (?:extra|more|less|it|ldn|naltrexone|a break|a pause|breaks|it earlier|it later|"
        r"them earlier|the ldn|my ldn|half)\b)",
        r"\b(?:take|taking|swallow|swallowing) all (?:of )?(?:my|the|his|her) (?:pills|tablets|"
        r"capsules|meds|medication)s? (?:at once|together)\b",
        r"\bno way out\b|\bgoodbye (?:letters?|notes?)\b|\bsuicide note\b",
        r"\b(?:don't|do not|dont|no longer) (?:want|wish) to (?:live|be alive|be here|wake up|"
        r"go on)\b(?! (?:at \d|every night|at night|because|in the night|so early))",
        r"\bdon't see the point of (?:going on|living|life|anything)\b",
        r"\b(?:can't|cannot) go on\b",
        r"\bnot (?:to )?wake up\b|\bnever (?:wake|waking) up\b",
        r"\b(?:nobody|no one|noone) would (?:miss|care|notice)\b|\bif i (?:was|were) gone\b",
        r"\blife (?:is|isn't|is not) (?:not )?worth (?:living|it)\b",
        r"\boverdose on purpose\b|\bon purpose\b.{0,40}\b(?:pills|tablets|overdose)",
        r"\b(?:took|swallowed|taken)\b.{0,40}\bon purpose\b",
        # es / fr / de / it / pt
        r"\b(?:matarme|quitarme la vida|hacerme dano|lastimarme|no quiero (?:seguir )?vivir|"
        r"quiero morir(?:me)?|acabar con (?:(?:la |mi )+vida|todo))\b",
        r"\b(?:plus|pas) envie de vivre\b|\bne veux plus vivre\b|"
        r"\b(?:me tuer|me suicider|(?:veux|envie de|aimerais|voudrais) mourir|en finir|"
        r"me faire du mal|mettre fin a (?:mes jours|ma vie))\b",
        r"\b(?:selbstmord|suizid|um(?:zu)?bringen|bringe? mich um|mir das leben (?:zu )?nehmen|"
        r"will sterben|nicht mehr leben|mich (?:verletzen|ritzen)|will nicht mehr)",
        r"\b(?:ya no puedo mas|je n'en peux plus|non ce la faccio piu|nao aguento mais)\b"
        r"(?! (?:con|avec|mit|com) (?:tutt[ie] |todos |todas |tous |toutes |all )?(?:questi|"
        r"queste|"
        r"estos|estas|ces|diesen|esses|essas|these|il|la|le|los|las|les|den|die|os|as) )",
        r"\b(?:uccidermi|ammazzarmi|farla finita|voglio morire|togliermi la vita|"
        r"non voglio (?:piu )?vivere|farmi del male)\b",
        r"\b(?:me matar|quero morrer|tirar (?:a )?minha (?:propria )?vida|"
        r"nao quero (?:mais )?viver|me machucar|acabar com (?:tudo|(?:a |minha )+vida))\b",
        # the same thoughts in the forms visitors use, in the six languages
        r"\b(?:mejor|mas tranquilos|mieux|besser(?: dran)?|meglio|melhor|happier|easier) "
        r"(?:sin mi|sans moi|ohne mich|senza di me|senza me|sem mim|without me)\b",
        r"\b(?:hop(?:e|ing)|pray(?:ing)?|wish(?:ing)?) (?:that )?i (?:just )?(?:won't|don't|"
        r"wouldn't|never) wake up\b",
        r"\bno despertar(?:me)?\b|\bno quiero (?:volver a )?despertar(?:me)?\b|"
        r"\b(?:plus envie de|ne veux plus|ne pas) me reveiller\b|\bnicht mehr aufwachen\b|"
        r"\bnon (?:voglio )?(?:piu )?svegliarmi\b|\bnao (?:quero )?(?:mais )?acordar\b",
        r"\bno point (?:in )?(?:going on|carrying on|living|trying any ?more|continuing|"
        r"being here)\b"
        r"(?! (?:about|and on)| with (?:ldn|it|naltrexone|the ldn|chemo|treatment|this treatment)"
        r"\b)",
        r"\b(?:no (?:le )?veo (?:sentido|motivo)|no tiene sentido) (?:a |en |para )?(?:seguir|"
        r"vivir|"
        r"continuar)\b|\bplus (?:l'interet|aucun interet|de raison|de sens) de (?:continuer|"
        r"vivre)\b|"
        r"\b(?:keinen sinn|keinen grund) mehr\b|\bnon ha (?:piu )?senso (?:andare avanti|vivere|"
        r"continuare)\b|\b(?:nao vejo (?:mais )?|sem )(?:motivo|sentido) (?:pra|para) "
        r"(?:continuar|viver)\b|\ba quoi bon (?:vivre|continuer)\b|\bje n'ai plus envie\b",
        r"\b(?:could|should|might) (?:just )?disappear\b|\bif i disappeared\b|"
        r"\bsi (?:yo )?(?:desapareciera|no estuviera|me muriera)\b|\bsi je disparaissais\b|"
        r"\bse (?:io )?(?:sparissi|morissi)\b|\bse eu (?:sumisse|morresse|nao estivesse)\b|"
        r"\bwenn ich (?:weg|nicht mehr da|tot) (?:ware|bin)\b|\bnicht mehr da sein\b|"
        r"(?<!\ble )(?<!\bles )(?<!\bme )(?<!\bnos )(?<!\bte )\bsobro\b|"
        r"\bmir (?:z |s |das )?(?:labe|leben) (?:nah|neh|nehme|nehmen|nemme)\b|\b(?:uberlegt|"
        r"wie i|"
        r"wia i|wie ich)\b[^.]{0,40}\bdass es schnell geht\b|\b(?:hat|macht) "
        r"(?:eh |doch )?alles (?:kan|keinen) sinn mehr\b",
        r"\b(?:soy|ser) una carga\b|\b(?:qu'un|un) (?:poids|fardeau)\b|\beine last\b|"
        r"\bun peso per\b|\b(?:um|so um) (?:peso|fardo)\b",
        r"\b(?:se va a|quiere|voy a|va a) (?:matar(?:se|me)|suicidar(?:se|me))\b|"
        r"\b(?:va|veut|vais|veux) se (?:tuer|suicider)\b|\bmir (?:[a-z]+ )?das leben nehmen\b|"
        r"\bsich (?:umbringen|das leben nehmen|"
        r"etwas antun)\b|\b(?:ammazzar|uccider|suicidar)(?:si|mi)\b|\btogliersi la vita\b|"
        r"\b(?:vai|quer|vou) (?:se |me )?matar\b|\bse matar\b",
        r"\b(?:jump|jumping) (?:off|in front of|from)\b|\b(?:se )?jeter sous\b|"
        r"\b(?:se )?jogar (?:da|de|na|no)\b|\btirarse (?:de|por|al|a las?)\b|"
        r"\bsich vor (?:den|einen) zug\b|\bbuttarsi (?:giu|sotto|dal)\b",
        r"\b(?:said|saying|say) (?:my )?goodbyes?\b|\bsaying goodbye to (?:people|everyone)\b|"
        r"\bgiv(?:e|ing|en) (?:my |all my )?(?:things|stuff|belongings|possessions) away\b|"
        r"\bthank you for everything,? goodbye\b|\b(?:message|mensaje|carta|lettre|brief|"
        r"messaggio|mensagem) d[e']? ?(?:adieu|despedida|abschied)\b|\babschied[a-z]*\b|"
        r"\b(?:scritto|mandato|detto) addio\b|\bme escribio (?:que se|para despedirse)\b",
        r"\brather (?:be )?(?:die|dead)\b|\bthink(?:ing)? about (?:dying|death|ending it)\b|"
        r"\bways to (?:die|end it|make it happen|kill)\b|\bnot (?:sticking|going to stick|be) "
        r"around\b|\bwants? out\b(?! of)|\bi have a plan\b(?! for (?:my|the) (?:treatment|chemo))|"
        r"\b(?:shot)?gun\b|\brifle\b|\bnoose\b|\bhow many\b[^.?!]{0,30}\b(?:would it take|it "
        r"would take) to\b|\bhow many of my [a-z]+ it would take\b",
        r"\b(?:esta noche|hoy) lo termino\b|\blo termino (?:esta noche|hoy)\b|"
        r"\b(?:ne serai plus la|j'ai tout prevu|tengo todo (?:planeado|previsto)|no estare aqui|"
        r"nicht mehr da sein werde|non ci saro piu|nao estarei mais aqui|won't be here)\b|"
        r"\britze mich\b|\bich ritze\b|\b(?:je )?me scarifie\b|\bme estoy cortando\b|"
        r"\b(?:antes de (?:eu )?saltar|before i jump|avant de sauter|bevor ich springe|prima di "
        r"buttarmi|antes de tirarme)\b|\b(?:je vais|voy a|vou|ich werde|vado a) (?:tout|todo|tudo|"
        r"alles|tutto) (?:avaler|tomar(?:me)?|engolir|schlucken|ingoiare)\b|\b(?:me tomo|tomarme|"
        r"me voy a tomar|vou tomar|je vais prendre|ich nehme) (?:todas|todos|toutes|tous|alle|"
        r"tutte|tutti|todas as) (?:las |los |mes |les |meine |le |as |os )?(?:pastillas|pildoras|"
        r"comprimidos|comprimes|cachets|pilules|tabletten|pillen|pastiglie|pillole|compresse|"
        r"remedios)\b|\b(?:heute nacht|heute abend|beschlossen)\b[^.?!]{0,30}\bschluss (?:zu )?"
        r"machen\b|\bcuiden? (?:a|de) mis hijos por mi\b|\btake care of my (?:kids|children) for "
        r"me\b|\bcuidem (?:dos |os )?meus filhos\b|\bso (?:that )?i (?:don'?t|won'?t|"
        r"never) wake up\b|"
        r"\b(?:took|swallowed) the rest of (?:the|my) (?:bottle|pills|box|pack|tablets)\b|"
        r"\b(?:no carro|en el (?:auto|coche|carro)|dans la voiture|im auto|in macchina|"
        r"in the car)\b"
        r"[^.?!]{0,30}\b(?:mangueira|manguera|tuyau|schlauch|tubo|hose)\b|"
        r"\b(?:bevuto|drank|bebi|getrunken|bu) (?:tutto il|tutta la|todo el|toda la|the whole|die "
        r"ganze|tout le) (?:flaconcino|flacone|bottiglia|frasco|bottle|flasche|flacon)\b|"
        r"\b(?:diz|diga|dile|dites|sag|di') (?:pra|para|a|a la|a ma|a mia|meiner) (?:minha |mi |"
        r"ma |"
        r"mia )?(?:familia|famille|familie|mae|madre|mere|mutter|esposa|mulher|filhos|hijos|"
        r"enfants|"
        r"kinder|figli) (?:que|qu'|dass|che) (?:eu |je |ich |yo )?(?:amo|quiero|aime|liebe|voglio "
        r"bene|les amo|las amo)\b|"
        r"\b(?:regalado|regale|given away|donne|verschenkt|regalato|dei) (?:todas )?(?:mis|my|mes|"
        r"meine|le mie|minhas|as minhas) (?:cosas|things|stuff|affaires|sachen|cose|coisas)\b|"
        r"\b(?:escrito|written|wrote|ecrit|geschrieben|scritto|escrevi) (?:unas |des |some |)?"
        r"(?:cartas|letters|lettres|briefe|lettere) (?:a|to|pour|an|alla|para)\b|"
        r"\b(?:se non ci fossi|si no estuviera|si je n'etais (?:plus )?la|se eu nao estivesse)\b|"
        r"\b(?:pills?|tablets?|meds) (?:lined up|laid out|counted out|all ready)\b|"
        r"\b(?:lined up|laid out|counted out) (?:the |my |all my )?(?:pills|tablets|meds)\b|"
        r"\bwrote (?:goodbye )?(?:letters|a letter|notes) to (?:my|the) (?:kids|children|family|"
        r"husband|wife|son|daughter|parents)\b|"
        r"\b(?:pensado|pienso|pensando|pense|pensato|pensei|gedacht)\b[^.?!]{0,10}\b(?:en|a|di|em|"
        r"daran)?\b ?(?:tomarme|matarme|suicidarme|terminar|acabar|prendre tous|prendere tutte|"
        r"tomar todos|tomar todas|alle zu nehmen)\b|"
        r"\b(?:tomarme|tomar|prendre|nehmen|prendere|take|swallow) (?:all|todas|todos|tous|toutes|"
        r"alle|tutte|tutti) (?:of )?(?:my |mis |las |los |les |mes |meine |le |os |as )?"
        r"(?:[a-z]+ )?(?:pills|tablets|pastillas|comprimes|cachets|tabletten|pillole|compresse|"
        r"comprimidos|remedios)\b[^.?!]{0,30}\b(?:at once|together|juntas|juntos|ensemble|"
        r"zusammen|auf einmal|insieme|de una vez|de golpe)\b|"
        r"\b(?:[a-z]*tabletten|pillen|pastillas|pilules|cachets|comprimes|pillole|compresse|"
        r"comprimidos|remedios|pills|tablets)\b[^.?!]{0,20}\b(?:gesammelt|gehortet|guardadas|"
        r"juntadas|acumuladas|stockpiled|saved up|hoarded|de cote|da parte|hingelegt|bereitgelegt|"
        r"zurechtgelegt|laid out|lined up|preparadas|preparees|preparate|(?<!\bo )(?<!\bou )"
        r"separadas)\b|"
        r"\b(?:ob ich|if i(?:'ll| will)?) (?:morgen |tomorrow )?(?:noch da sein|"
        r"still (?:want to )?be "
        r"(?:here|alive|around))\b|"
        r"\b(?:painless|easiest|quickest|fastest|best|surest) way to (?:die|go|end it|kill)\b|"
        r"\b(?:won't|will not|not going to) be around\b|\bwritten (?:my )?(?:goodbye |farewell )?"
        r"letters\b|\b(?:goodbye |farewell )?letters (?:are|r) (?:all )?(?:written|done|ready|"
        r"finished)\b|\bwanted (?:the|my) pain to stop\b|\b(?:want|wanted) (?:it|"
        r"everything) to stop\b|"
        r"\b(?:take|swallow|down|drink) (?:the |a |my |his |her )?(?:whole|entire) (?:bottle|box|"
        r"pack|packet|lot|supply)\b|\bbe done with (?:it|everything|it all|life|this life)\b|"
        r"\bno quiero seguir (?:viviendo|aqui|con vida)\b|\b(?:continuer|continuare|continuar) "
        r"(?:a |de )?(?:vivre|vivere|vivendo|vivo|viver)\b|\bweiterleben\b|"
        r"\bse faire du mal\b|\bhacerse dano\b|\bsich (?:selbst )?verletzen\b|\bfarsi del male\b|"
        r"\bse machucar\b|"
        r"\b(?:ya )?tengo todo (?:preparado|listo)\b|\bmach(?:e)? (?:heute )?schluss\b|"
        r"\bliegen (?:schon )?bereit\b|\bja separei\b|\bla faccio finita\b|\bpour le jour ou\b|"
        r"\bmach(?:e)? (?:heute abend |heute nacht |jetzt )schluss\b|"
        r"\bfur den fall der falle\b|\bpra quando eu decidir\b",
        # "junto com os outros remédios" is "together with the other medicines" (session 20)
        r"\b(?:sammle|gesammelt|metto da parte|mets de cote|mettre de cote|separei|guardo|"
        r"junto(?! com)|"
        r"juntando)\b[^.?!]{0,30}\b(?:[a-z]*tabletten|pastiglie|pillole|compresse|cachets|"
        r"comprimes|pilules|pastillas|comprimidos?|remedios)\b|\b(?:cachets|pastiglie|pastillas|"
        r"comprimidos) (?:de cote|da parte|guardad[oa]s)\b",
        # where people stand or sit before they jump, in six languages
        r"\b(?:standing|stood|sat|sitting|parked|i'm|im|i am|estoy|toy|je suis|suis|ich (?:bin|"
        r"stehe|sitze)|sono|sto|estou|to)\b[^.?!]{0,25}\b(?:on|at|by|near|en|sur|au|auf|an|sul|"
        r"sui|sulla|na|no|al)(?: the| la| el| le| der| dem| den| il| a| o)? (?:edge of the |"
        r"bord de la |borde del? |beira da |orlo del )?(?:footbridge|bridge|roof|rooftop|ledge|"
        r"cliff|tracks|railway|train line|azotea|tejado|puente|falaise|pont|brucke|dach|gleisen|"
        r"ponte|tetto|binari|telhado|linha do trem|trilhos|vias? del tren)\b",
        r"\bgarage\b[^.?!]{0,50}\bengine\b|\bengine (?:is )?running\b[^.?!]{0,40}\bgarage\b",
        r"\b(?:acabo|termino) con todo\b|\bchiudo (?:i conti|con tutto)\b|\bfoutre en l'air\b|"
        r"\bpulsadern\b|\b(?:vou fazer|voy a hacer|hago|je vais faire|je fais|faro|mache ich|i'll "
        r"do|i will do|i'm doing)\b[^.?!]{0,10}\b(?:o que planejei|lo que (?:he )?planead[oa]|lo "
        r"que planee|ce que j'ai prevu|quello che ho (?:programmato|deciso)|what i(?:'ve)? "
        r"planned|was ich geplant habe)\b",
        r"\b(?:post-?mortem|autopsy|autopsia|autopsie|obduktion)\b",
        r"\b(?:stay|stays|detectable|nachweisbar|in the body|im blut|in my system)\b[^.?!]{0,80}"
        r"\b(?:when i do it|nichts dazwischenkommt|nothing gets in the way)\b|\basking for "
        r"tonight\b|\bnot that it matters (?:much )?(?:after tonight|any ?more)\b",
        r"\b(?:putting|put|setting|set|squirrel(?:ing|ed)?) (?:aside|away)\b[^.?!]{0,20}\b(?:my |"
        r"the |his |her )?(?:pills|tablets|meds|oxy[a-z]*|morphine|opioids|painkillers|sleeping "
        r"pills)\b",
        r"\b(?:ya lo tiene decidido|no lo busquemos|no me busquen|ne me cherchez pas|sucht mich "
        r"nicht|non cercatemi|nao me procurem)\b",
        r"\b(?:quitarme de en medio|unalive|starebbero tutti meglio|fur alle leichter|"
        r"tout le monde "
        r"serait mieux|todos estariam melhor|seria mejor para todos|mach ich schluss)\b|"
        r"(?<!\d)(?<!\d )\bkms\b|\b(?:j'ai tout prepare|les lettres sont ecrites|las cartas "
        r"(?:estan )?escritas|die briefe sind geschrieben|le lettere sono scritte|as cartas "
        r"(?:estao )?escritas)\b",
        # how much it would take to die, in six languages
        r"\b(?:how much|how many|combien|cuanto|cuantas|wie ?viel|quanto|quante|quantos|quantas)\b"
        r"[^.?!]{0,40}\b(?:to kill|would kill|kill a (?:person|human|man|woman)|be fatal|fatal|"
        r"lethal|letal|todlich|mortale|mortal|pour mourir|para morir|um zu sterben|per morire|"
        r"para morrer|(?:per )?non svegliarsi piu|not (?:to )?wake up)\b",
        r"\bno (?:le )?veo sentido a nada\b|\b(?:j'ai )?ecrit mes lettres\b|\bmes lettres sont "
        r"ecrites\b|\b(?:written|wrote) my letters\b|\bescrib[a-z]* mis cartas\b|\bmeine briefe"
        r"\b[^.?!]{0,20}\b(?:geschrieben|liegen)\b|\bho scritto le (?:mie )?lettere\b|\bescrevi "
        r"(?:as )?minhas cartas\b|\bja deixei as cartas\b",
        # goodbyes and plans in a few words (session 5)
        r"\b(?:my|this is (?:probably |likely )?my) last message\b|\bbought (?:a|the) rope\b|"
        r"\b(?:walk|walking|going|go|gonna walk) into the (?:sea|ocean|river|lake|water)\b|"
        r"\b(?:won't|will not|not gonna|not going to|wont) be (?:around|here|alive) (?:for|by|"
        r"when|to see)\b|\bquickest way\b[^.?!]{0,60}\b(?:at home|i have|i've got|i got|pills|"
        r"oxy[a-z]*|insulin)\b",
        r"\b(?:hose|tube|pipe|schlauch|tuyau|manguera|tubo)\b[^.?!]{0,30}\b(?:exhaust|auspuff|"
        r"tailpipe|pot d'echappement|escape|scarico)\b",
        r"\b(?:cut|cutting|geritzt|geschnitten|corte|cortado|coupe|coupee|tagliat[oa]|cortei)\b"
        r"[^.?!]{0,30}\b(?:too deep|zu tief|demasiado (?:hondo|profundo)|trop profond|troppo "
        r"profond[oa]|fundo demais)\b",
        r"\b(?:saving up|stockpil[a-z]*|hoard[a-z]*|zusammengespart|gesammelt|mettendo da parte|"
        r"messo da parte|juntando|juntei|guardando|ahorrando)\b[^.?!]{0,30}\b(?:pills|tablets|"
        r"oxy[a-z]*|morphine|morfina|morphin|ossicodone|oxicodona|tabletten|comprimes|pastillas|"
        r"pastiglie|comprimidos|painkillers|schmerzmittel)\b|\b(?:kept|garde|guardato|guardei|"
        r"aufgehoben|guarde) (?:toute|tout|all|alle|todas|tutte|tutto|todos|tutta)\b[^.?!]{0,10}"
        r"\b(?:pills|tablets|oxy[a-z]*|morphine|morfina|morphin|ossicodone|oxicodona|tabletten|"
        r"comprimes|pastillas|pastiglie|comprimidos|painkillers|schmerzmittel)\b",
        r"\b(?:perdonami|perdoname|perdon|pardonne-moi|pardon|verzeih mir|verzeiht mir|desculpa|"
        r"perdoa-me|forgive me)\b[^?]{0,60}\b(?:abbi cura|cuida|cuidate|prends soin|pass auf|"
        r"take care of|kummer dich|kummert euch)\b",
        r"\b(?:heut(?:e)? nacht|heute) ist schluss\b|\bce soir c'est (?:fini|la fin)\b|"
        r"\bstanotte (?:la faccio finita|e finita)\b",
        # session 6: the amount that would kill, coded goodbyes, passive wishes, means at hand
        r"\b(?:how many|how much)\b[^?]{0,50}\b(?:to kill (?:a person|someone|me|myself|you)|"
        r"would kill (?:a person|someone|me|you)|(?:would )?stop (?:my|a|your) heart|to die|"
        r"to not "
        r"wake up)\b|\b(?:cuant[oa]s|combien|wie ?viele|quant[ei]|quant[oa]s)\b[^?]{0,50}"
        r"\b(?:para morir(?:me)?|pour mourir|um zu sterben|per morire|para morrer|para (?:no|nao) "
        r"despertar)\b",
        r"\bwon'?t need (?:a |any |another )?(?:refill|anything|them|it)\b[^.?!]{0,20}\b(?:after|"
        r"past|beyond)\b|\bskip (?:the rest of )?(?:my )?life\b|\b(?:driving|drive|crash[a-z]*|"
        r"steer[a-z]*) (?:my car |the car )?into (?:a |the )?(?:tree|wall|truck|lorry|bridge|"
        r"pillar)\b",
        r"\bidees? de (?:disparaitre|mourir|en finir)\b|\benvie de disparaitre\b|\b(?:seria|"
        r"sería) "
        r"melhor (?:sumir|morrer|desaparecer)\b|\bsumir de vez\b|\bmejor (?:desaparecer|morirme|"
        r"no despertar)\b|\bmeglio (?:sparire|morire|non svegliarmi)\b|\b(?:besser|einfacher),? "
        r"(?:einfach )?(?:zu verschwinden|nicht mehr aufzuwachen|nicht mehr da zu sein|tot zu "
        r"sein)\b|\bnicht mehr (?:aufzuwachen|aufwachen)\b|\b(?:easier|better) (?:to just |to |"
        r"if i (?:just )?)?(?:not wake up|disappear|didn't wake up|wasn't here)\b",
        r"\b(?:ein |das |einen )?(?:seil|strick)\b[^.?!]{0,20}\b(?:hingelegt|gekauft|bereit|"
        r"besorgt|liegt)\b|\b(?:corda|cuerda|corde|soga)\b[^.?!]{0,20}\b(?:pronta|comprata|lista|"
        r"comprada|"
        r"prete|achetee|preparada)\b|\bpensando en (?:saltar|tirarme)\b|\bquiero volver a subir\b",
        # a plan told calmly, a goodbye left on the screen (session 9)
        r"\bi know (?:how|when) i'?m (?:going|gonna) (?:to )?do it\b|\bi know how i'?ll do it\b|"
        r"\b(?:paid off|gave away|cancell?ed)\b[^?]{0,80}\b(?:wrote|written|made|signed) (?:a|my) "
        r"will\b|\b(?:she|he|they)'?ll find this (?:chat|message|note)\b|\bthinking about (?:it|"
        r"doing it) (?:seriously |really )?tonight\b",
        r"\b(?:uberleg[a-z]*|denke? (?:dran|daran)|will|mochte) (?:zu |runter)?(?:springen|"
        r"runterzuspringen)\b|\bam offenen fenster\b[^.?!]{0,30}\b(?:stock|etage)\b|"
        r"\b(?:penso|sto pensando) di buttarmi\b|\benvie de sauter\b|\bpensando em pular\b",
        # session 12
        r"\bquiero terminar con (?:esto|todo)\b|\btengo todas las pastillas juntas\b",
    ),
    "emergency.overdose": _rx(
        # session 20: a child opened the pills and some are missing ("Meine Tochter (4) hat die
        # Dose mit den LDN-Kapseln aufgemacht, es fehlen mehrere")
        r"\b(?:toddler|child|kid|son|daughter|baby|tochter|sohn|kind|enkel[a-z]*|hija|hijo|nin[oa]|"
        r"fille|fils|enfant|figli[oa]|bambin[oa]|filh[oa]|crianca|"
        r"nen[ea])\b[^.?!]{0,60}\b(?:opened|"
        r"got into|aufgemacht|geoffnet|abri[oó]|ha abierto|a ouvert|ha aperto|abriu)\b[^?]{0,60}"
        r"\b(?:(?:some|a few|several|two|three) (?:are |were )?missing|missing (?:some|a few|"
        r"several)|es fehlen|fehlen (?:mehrere|einige|ein paar|zwei|drei)|faltan|il en manque|"
        r"manquent|ne mancano|mancano|faltam)\b",
        # session 19: "just swallowed a whole week of his ldn capsules"
        r"\b(?:took|taken|swallowed|downed|ate)\b (?:a |the |his |her |my )?(?:whole |entire |"
        r"full )?(?:week|fortnight|month|two weeks|few days)(?:'s)? (?:worth )?of\b[^.?!]{0,25}"
        r"\b(?:pills|tablets|capsules|meds|medication|doses|ldn)\b",
        # session 13: "took a whole bunch of her meds"
        r"\b(?:took|taken|swallowed|swallow)\b (?:a (?:whole )?bunch|a load|loads|a handful) of "
        r"(?:her|his|my|their|the|your)\b[^.?!]{0,30}\b(?:meds|pills|tablets|tabs|medication|"
        r"capsules)\b",
        r"\bvient de boire (?:le|tout le|la|toute la) (?:flacon|bouteille)\b",
        r"\b(?:flaschchen|flasche)\b[^.?!]{0,10}\b(?:ausgetrunken|leergetrunken|leer getrunken)\b",
        r"\b(?:took|taken|swallowed|drank|ate|tomei|tome|avale|geschluckt|preso)\b[^.?!]{0,40}\b"
        r"(?:the whole (?:box|bottle|pack|packet|strip)|a cartela toda|toda a cartela|toute la "
        r"boite|la scatola intera|tutta la scatola|die ganze packung)\b",
        r"\bme (?:lo|la|los|las) tome (?:enter[oa]s?|tod[oa]s?)\b|\bse (?:lo|la) tomo enter[oa]\b",
        r"\b(?:i'?ve |i have |she'?s |he'?s |has |have )?(?:taken|took|"
        r"swallowed) all (?:of )?(?:my|his|"
        r"her|the) (?:[a-z]+ )?(?:pills|tablets|capsules|meds|medication)\b",
        r"\beverything from the (?:medicine )?(?:cabinet|cupboard)\b|\b(?:hat|haben) [^.?!]{0,40}"
        r"\b(?:kapseln|tabletten|pillen|medikamente)\b[^.?!]{0,10}\berwischt\b",
        r"\b(?:took|taken|swallowed|downed|ate) (?:the |a |my )?(?:whole|entire) (?:bottle|pack|"
        r"packet|box|blister|strip|jar)\b|\bemptied the (?:blister|bottle|pill)[a-z ]{0,10}\b|"
        r"\b(?:took|swallowed|downed|had) (?:like |about |around |maybe )?(?:[3-9]|\d{2,}) "
        r"(?:xanax|valium|tavor|ativan|klonopin|clonazepam|ambien|zolpidem|morphine|oxy[a-z]*|"
        r"tramadol|sleeping (?:pills|tablets)|benadryl|tylenol|paracetamol|ibuprofen|"
        r"painkillers)\b|"
        r"\b(?:took|swallowed|downed|ate|had) (?:like |about |around |maybe )?\d{2,} of (?:my|his|"
        r"her|the)\b|\btook everything in the (?:medicine )?(?:cabinet|cupboard)\b|\b(?:maybe |"
        r"about |around )?\d{2,} in total\b|\b(?:una caja entera|toda la caja|el frasco entero|"
        r"tout le flacon|toute la boite|die ganze (?:packung|schachtel|dose|flasche)|"
        r"l'intera (?:scatola|"
        r"confezione)|a caixa inteira|uma caixa inteira|a cartela inteira|la tira entera|"
        r"le blister entier|"
        r"den ganzen blister|l'intero blister)\b|\b\d{2,} (?:tavor|xanax|valium|"
        r"lorazepam|diazepam)\b",
        r"\boverdos[a-z]*|\bsobredos[a-z]*|\bsurdos[a-z]*|\buberdos[a-z]*|\bsovradosaggio\b",
        r"\b(?:already |just )?(?:took|taken|swallowed|tome|tomei|pris|genommen|geschluckt|prese|"
        r"mande|mandei)\b[^.?!]{0,30}\b(?:[6-9]|[1-9]\d+)(?:[.,]\d+)?(?: ?(?:mg|pills|capsules|"
        r"tablets|caps))?\b(?=[^\n]{0,150}\b(?:too much|dangerous|how bad|es grave|grave|"
        r"zu viel|troppo|demais|trop|peligroso|gefahrlich|pericoloso|perigoso|kick in)\b)",
        r"\b(?:[6-9]|[1-9]\d+) (?:ldn |of (?:my|the) )?(?:pills|capsules|tablets|"
        r"caps)\b[^.?!]{0,20}"
        r"\bkick in\b",
        r"\b\d+ (?:stuck |pillen |tabletten |kapseln )?(?:schon )?intus\b|\bschon \d+ (?:stuck )?"
        r"intus\b",
        r"\b(?:ate|swallowed|took|had|downed) (?:a |the )?(?:whole|entire) (?:sheet|strip|blister|"
        r"pack|packet|box|bottle)\b|\b(?:took|swallowed|taken) (?:everything|all the pills|all my "
        r"pills|whatever was) in (?:the|my) (?:medicine )?(?:cabinet|cupboard|drawer)\b|\balles "
        r"was im schrank war\b|\btodo lo que habia en el botiquin\b",
        r"\b(?:mixed|mezcle|melange|gemischt|mischiato|misturei|runtergespult|heruntergespult|"
        r"washed (?:it|them) down|ne ho prese|me mande|took|tome|tomei|pris|"
        r"genommen)\b[^.?!]{0,60}"
        r"\b(?:con|with|mit|col|com|avec)(?: el| la| il| der| dem| o| a| du| le|"
        r" de la)? (?:rum|ron|"
        r"vodka|wodka|whisky|fernet|vino|wine|wein|vinho|vin|cachaca|schnaps|gin|tequila|alcohol|"
        r"alcool|alkohol)\b",
        r"\b(?:dog|cat|puppy|kid|toddler|baby|child|son|daughter)\b[^.?!]{0,20}\bgot (?:into )?"
        r"(?:the|my|a|his|her) (?:bottle|pills|tablets|capsules|meds|pill box|pill organi[sz]er)\b",
        r"\boverd(?:id|one)\b",
        r"\btook (?:way |far |much )?(?:more|extra)\b[^.?!]{0,30}\bthan (?:i|he|she|they|we) "
        r"(?:should|was supposed|were supposed|meant)\b",
        r"\b(?:took|taken|gave|swallowed|given)\b(?! me (?:tablets|capsules|pills|liquid|drops|"
        # session 25: "gave me a cream version instead of capsules this time"
        r"a liquid|the [a-z]+|(?:a |an |the )?(?:[a-z]+ )?(?:version|form|formulation|brand|cream|"
        r"gel|lotion)) (?:this time )?instead of (?:the )?(?:capsules|tablets|pills|"
        r"liquid|"
        r"usual)\b)[^.?!]{0,40}\b(?:"
        r"thinking it was|instead of(?! swallow)|"
        r"mixed up|wrong (?:pills?|tablets?|dose|bottle|medicine))\b|\bmistook\b",
        r"\b(?:found|got hold of|got at)\b[^.?!]{0,30}\b(?:pills?|tablets?|capsules?|medicine|"
        r"meds|bottle)\b[^.?!]{0,20}\b(?:ate|swallowed|drank|took|chewed)\b",
        r"\b(?:tome|tomo|tomaste) demasiad[oa]s?\b|\bse (?:comio|trago|tomo) (?:mis|las|sus|"
        r"todas)\b|\bse ha (?:comido|tragado|tomado) (?:unas|mis|las|sus|todas|varias)\b",
        r"\b(?:a|ont|j'ai|il a|elle a)\s*(?:mange|avale|pris|bu)\b[^.?!]{0,20}\b(?:toute|tous|"
        r"toutes|la boite|le flacon|mes|ses|les|trop|plusieurs)\b",
        r"\b(?:gefressen|verschluckt)\b",
        rf"\b{_PAST_INTAKE}\b[^.?!]{{0,40}}\b{_EXCESS}",
        r"\b(?:child|toddler|kid|baby|son|daughter|grandchild|grandson|granddaughter|dog|cat|"
        r"puppy|kitten|\d+ ?(?:year|yr)[- ]old)\b[^.?!]{0,25}\b(?:ate|eaten|swallowed|got into|"
        r"took|"
        r"drank|drunk|chewed|gulped|gobbled|scoffed|wolfed)\b",
        r"\b(?:emptied|poured|tipped)\b[^.?!]{0,30}\b(?:bottle|box|pack|packet|pills|tablets)\b",
        # a small child with a medicine's powder or a capsule on the hands or in the mouth
        r"\b(?:child|toddler|kid|baby|son|daughter|grandchild|grandson|granddaughter|"
        r"\d+ ?(?:year|yr)[- ]old)\b[^?!]{0,80}\b(?:powder|capsule|pill|tablet)s?\b[^?!]{0,60}"
        r"\b(?:mouth|lips|tongue|licked|chewed|sucking|sucked)\b",
        r"\b(?:took|taken|swallowed)\b[^.?!]{0,60}\b(?:and|now)\b[^.?!]{0,20}\b(?:feel|feeling|"
        r"i'm|i am) (?:awful|terrible|horrible|very (?:sick|ill|unwell|strange|weird)|really "
        r"(?:sick|ill|bad|strange))\b",
        r"\b(?:got into|into) (?:my|his|her|the) (?:pills|medicine|meds|pill ?(?:box|"
        r"organi[sz]er)|"
        r"ldn)\b",
        r"\baccidentally (?:took|taken|swallowed|gave|had|doubled|tripled)\b",
        r"\b(?:took|taken|swallowed|gave|doubled|tripled)\b.{0,40}\bby (?:mistake|accident)\b",
        r"\b(?:swallowed|ate|got into) (?:all )?(?:my|his|her|their|the) (?:pills|tablets|"
        r"capsules|meds|medicine|medication)\b",
        r"\b(?:avale|avalé) (?:mes|ses|les|tous|toutes|des) (?:comprimes|pilules|gelules|"
        r"medicaments|cachets)\b",
        r"\b(?:meine|seine|ihre|die|alle) (?:tabletten|pillen|kapseln|medikamente) "
        r"(?:geschluckt|genommen|gegessen)\b",
        r"\bse trago (?:mis|las|sus|todas) (?:pastillas|pildoras|capsulas)\b",
        r"\b(?:ingoiato|ingerito|mangiato|preso) (?:le mie|le sue|tutte le) (?:pastiglie|"
        r"compresse|"
        r"pillole)\b",
        r"\b(?:engoliu|comeu) (?:os )?(?:meus|minhas|seus|suas) (?:comprimidos|remedios|pilulas)\b",
        r"\binstead of (?:my|his|her) (?:ldn|low dose)\b",
        # es / fr / de / it / pt
        # not "no quiere que tome LDN y discutimos todos los días" (session 19)
        r"\b(?:me tome|(?<!que )tome|se tomo|se trago|trague|ingeri|ingirio|he tomado|ha tomado|"
        r"me he tomado|se ha tomado|hemos tomado|se ha tragado|he tragado)\b.{0,30}"
        r"\b(?:todas(?! las (?:noches|mananas|semanas))|todos(?! los (?:dias|meses))|varias|"
        r"varios|muchas|demasiad[oa]s|la caja|el frasco|el bote)\b",
        r"\b(?:j'ai|il a|elle a|on a)\s*(?:pris|avale)\b.{0,30}"
        r"\b(?:trop|toute|tous|toutes|plusieurs|la boite|le flacon)\b",
        r"\bzu viele? (?:tabletten|pillen|kapseln|ldn|naltrexone)\b",
        r"\b(?:habe|hat|hab)\b.{0,30}\b(?:alle|die ganze|ganze packung)\b.{0,30}"
        r"\b(?:genommen|geschluckt|eingenommen|getrunken)\b",
        r"\b(?:ho|ha) (?:preso|ingerito|inghiottito)\b.{0,30}"
        r"\b(?:troppe|troppi|troppo|tutte|tutta|tutto|la scatola|il flacone)\b",
        r"\b(?:tomei|tomou|engoli|engoliu|ingeri|ingeriu)\b.{0,40}"
        r"\b(?:demais|todos|todas|muitos|muitas|a caixa|o frasco|varios|varias)\b",
        r"\b(?:took|taken|swallowed|had)\b (?:like |about |around |maybe |almost |over )?\d{2,}\b"
        r"(?! ?(?:mg|milligrams?|mcg|years?|days?|weeks?|minutes|hours|kg)\b)|"
        r"\b(?:took|taken|swallowed|had)\b[^.?!]{0,60}\ball at once\b|\binstead of once\b|"
        r"\b(?:\d{2,}|dix|une dizaine|diez|una docena|zehn|dieci|dez|uma duzia|a dozen)\b"
        r"[^.?!]{0,20}\b(?:[a-z-]*tabletten|pillen|kapseln|pastillas|capsulas|comprimes|gelules|"
        r"pillole|compresse|capsule|comprimidos|pilulas|pills|tablets|capsules)\b[^.?!]{0,20}"
        r"\b(?:geschluckt|genommen|gegessen|tomado|tragado|pris|avale|mange|preso|ingoiato|"
        r"tomei|engoli|comeu|manger|took|swallowed|ate)\b|"
        r"\b(?:geschluckt|genommen|tome|trague|pris|avale|mange|manger|preso|ingoiato|tomei|"
        r"engoli|comeu|took|swallowed|ate)\b[^.?!]{0,20}\b(?:\d{2,}|dix|une dizaine|diez|"
        r"una docena|zehn|dieci|dez|uma duzia|a dozen)\b|"
        r"\b(?:tome|tomo|trague|pris|avale|genommen|geschluckt|preso|ingoiato|tomei|engoli|took|"
        r"swallowed)\b[^.?!]{0,25}\b(?:de golpe|d'un coup|auf einmal|tutte insieme|in una volta|"
        r"de uma vez|at once|in one go)\b|"
        r"\b(?:de una vez|d'un coup|auf einmal|tutt[ie] insieme|de uma vez)\b[^.?!]{0,20}"
        r"\b(?:genommen|geschluckt|pris|avale|tomo|tome|preso|tomei|tomou)\b|"
        r"\b(?:un monton|muchas|un punado|plein|un tas|einen haufen|un sacco|um monte) de "
        r"(?:pastillas|pildoras|capsulas|comprimes|cachets|comprimidos)\b"
        # session 14: "ya me tomo un montón de pastillas en el desayuno" is a routine
        r"(?! (?:en|con|al|a la|por la|cada|todos los|todas las|au|le|chaque|tous les|no|ao|de) "
        r"(?:el |la |o |a )?(?:desayuno|comida|cena|almuerzo|manana|mananas|dia|dias|noche|"
        r"petit-dejeuner|dejeuner|diner|matin|soir|jour|cafe da manha|pequeno-almoco|almoco|"
        r"jantar))",
        r"\b(?:swallowed|ate|eaten|chewed)\b[^.?!]{0,20}\b(?:\d+|one or two|two or three|a few|"
        r"several|some|a couple)\b[^.?!]{0,30}\b(?:pills?|tablets?|capsules?|meds)\b|"
        r"\b(?:swallowed|ate) (?:one or two|two or three|a few|a couple)\b|"
        r"\b(?:avale|trague|se trago|se tomo|verschluckt|ingoiato|engoli|engoliu) "
        r"(?:\d+|plusieurs|varias|varios|mehrere|diverse|varios|varias)\b",
        r"\b(?:ten|five|\d+) times (?:my|the|his|her) (?:dose|capsule|pill|tablet|amount)\b",
        r"\bdouble[- ]?dos(?:ed|ing)\b|\btook (?:it|my (?:dose|ldn|pill|tablets?)) twice\b|"
        r"\btook another (?:one|dose|pill)\b|\blost count\b",
        r"\b(?:pris|preso|tomei|tome|tomado|genommen|erwischt|eingenommen)\b[^.?!]{0,30}"
        r"\b(?:deux fois|zweimal|due volte|duas vezes|dos veces|de novo|otra vez)\b|"
        r"\b(?:deux fois|zweimal|due volte|duas vezes|dos veces) (?:ma|la|meine|die|a|mi) "
        r"(?:dose|dosis)\b|\b(?:zweimal|deux fois|due volte|duas vezes|dos veces)\b[^.?!]{0,15}"
        r"\b(?:genommen|erwischt|eingenommen|pris|preso|tomei|tomado|tome)\b",
        r"\b(?:two|three|four|\d|dos|tres|trois|deux|quatre|zwei|drei|vier|due|tre|quattro|duas|"
        r"quatro) [a-z]+ (?:instead of|en vez de|en lugar de|au lieu d'?une?|statt|anstatt|"
        r"invece di|em vez de|ao inves de) (?:one|una|uno|une|un|einer|einem|eine|uma|um)\b",
        r"\b(?:child|toddler|kid|baby|bebe|son|daughter|grandchild|dog|cat|puppy|kitten|beagle|"
        r"perr[oa]|gat[oa]|gatit[oa]|nin[oa]|hij[oa]|chien(?:ne)?|chat(?:te)?|enfant|fille|fils|"
        r"hund|katze|kater|kind|tochter|sohn|cane|gatt[oa]|figli[oa]|bambin[oa]|cachorr[oa]|"
        r"gatinh[oa]|"
        # not "pour ma fille qui n'arrive pas à avaler" (a child who cannot swallow a capsule)
        r"filh[oa]|sobrinh[oa]|nipote)\b[^.?!]{0,60}(?<!n'arrive pas a )(?<!can't )"
        r"(?<!cant )(?<!cannot )"
        r"(?<!no puede )(?<!nao consegue )(?<!kann nicht )(?<!non riesce a )"
        r"\b(?:ate|swallowed|drank|chewed|licked|sucked|"
        r"comer|engolir|manger|avaler|tragar|"
        r"got hold of|comio|trago|bebio|lamio|comido|tragado|bebido|ingerido|mange|avale|bu|"
        r"gefressen|gegessen|getrunken|"
        r"verschluckt|geschluckt|mangiato|ingoiato|bevuto|leccato|comeu|engoliu|bebeu|lambeu|"
        r"ha preso|pegou|erwischt|zerkaut|angeknabbert|rumgekaut|herumgekaut|mordisque|masticado|"
        r"mastigou|"
        r"masticato)\b",
        # a handful, a count of painkillers, pills by the dozen with a strength (session 5)
        r"\b(?:took|taken|swallowed|downed|had|ate|just took) (?:a |like a |maybe a )?(?:whole )?"
        r"(?:handful|fistful)\b",
        r"\b[1-9]\d (?:paracetamol|tylenol|doliprane|dafalgan|tachipirin[ae]|panadol|"
        r"acetaminophen|efferalgan|paracetamoli?|paracetamols)\b",
        r"\b(?:[6-9]|[1-9]\d) ?x ?\d+(?:[.,]\d+)? ?mg\b",
        r"\b(?:\d+ ?(?:yo|y/o|year old|yr old|months? old)|toddler|baby|kid|grandchild)\b"
        r"[^.?!]{0,20}\bgot into\b[^.?!]{0,30}\b(?:meds|pills|tablets|capsules|medicine|bottle)\b",
        r"\bme pase con (?:unas|algunas|varias|muchas|las|mis) (?:cuantas )?(?:pastillas|pildoras|"
        r"capsulas)\b",
    ),
    "emergency.medical": _rx(
        r"\bse (?:esta|ta) (?:ahogando|asfixiando|engasgando|sufocando)\b|\b(?:il|"
        r"elle) s'etouffe\b|"
        r"\b(?:er|sie) erstickt\b|\bsta soffocando\b|\b(?:he'?s|she'?s|is) choking\b",
        r"\blips (?:look |are |turning |going )?(?:kind of |a bit |a little )?(?:blue|grey|"
        r"gray)\b|"
        r"\binhaler (?:isn'?t|is not|not|doesn'?t|does not) (?:doing anything|working|helping)\b|"
        r"\b(?:breathing|respire|respira|atmet|respirando)\b (?:is )?(?:really |very |super |"
        r"tres |"
        r"muy |ganz |molto |muito )?(?:slow(?:ly)?|shallow|lentement|lento|lentamente|despacio|"
        r"langsam|flach|devagar|piano)\b|\b(?:se )?reveille pas (?:vraiment|bien)\b|"
        r"\b(?:face|lips|tongue|throat)\b[^.?!]{0,30}\b(?:puffy|swollen|swelling|"
        r"tight)\b[^.?!]{0,40}"
        r"\b(?:hard to (?:swallow|breathe)|can'?t swallow)\b|\bronfle bizarrement\b|"
        r"\bmirada perdida\b|\bno me contesta bien\b|\bolhar perdido\b|"
        r"^(?=[^\n]*\b(?:oxy[a-z]*|morphin[a-z]*|morfina|fentan[a-z]*|tramadol|opioid[a-z]*|"
        r"oppioid[a-z]*)\b)(?=[^\n]*\b(?:brividi|chills|escalofrios|frissons|schuttelfrost|"
        r"calafrios)\b)[^\n]{0,400}\b(?:diarr[a-z]*|vomit[a-z]*|crampi|cramps|krampfe)\b|"
        r"\bmache ses mots\b|\b(?:bouche|visage) (?:est )?de travers\b|"
        r"\b(?:won'?t|doesn'?t) (?:really |properly |fully )wake\b|\bcan'?t "
        r"(?:really )?catch (?:my|his|her) breath\b|\bcan'?t feel (?:the )?(?:left|right) side\b|"
        r"\bspeech is (?:coming out )?(?:wrong|slurred|weird)\b|\bslurred speech\b|"
        r"\bmundwinkel hangt\b|\bkann (?:plotzlich )?nicht mehr (?:richtig )?sprechen\b|"
        r"\bsaigne du nez depuis\b|\bnosebleed (?:for|that won'?t stop)\b|"
        r"\bse (?:comio|comieron|trago|tragaron)\b[^.?!]{0,20}\b(?:capsulas|pastillas|pildoras)\b",
        r"^(?=[^\n]*\b(?:oxy[a-z]*|morphin[a-z]*|morfina|fentan[a-z]*|tramadol[a-z]*|tilidin|"
        r"hydromorphon[a-z]*|opioid[a-z]*|codein[a-z]*|"
        r"methadon[a-z]*)\b)(?=[^\n]*\b(?:sweat[a-z]*|"
        r"sudo|sudores|suando|schweiss[a-z]*|sueurs?|transpir[a-z]*)\b)(?=[^\n]*\b(?:vomit[a-z]*|"
        r"erbrechen|vomissements?|vomito|vomitando|vomitos|shaking|tremb[a-z]*|zittern|"
        r"diarr[a-z]*)\b)(?=[^\n]*\b(?:now|right now|ahora|agora|jetzt|ora|maintenant|i'?m "
        r"(?:sweating|shaking|vomiting)|tengo)\b)[^\n]{0,40}",
        r"\b(?:hypotensive|septic|rigors|altered mental status|desatting|unresponsive)\b|"
        r"\bbp (?:is |of )?(?:[4-8]\d)/\d{2}\b|\btachy(?:cardic)? (?:at )?1[3-9]\d\b|"
        r"\b(?:a croque|croque|mordu|chewed|bit into|gekaut|zerkaut|masticado|mastigou|"
        r"masticato)\b[^.?!]{0,20}\b(?:gelules?|capsules?|capsulas?|kapseln?|pills?|tablets?|"
        r"comprimes?|comprimidos?|pastillas?|pillole|compresse)\b",
        # session 6: hives with wheezing, a swelling throat (anaphylaxis), in six languages
        r"\b(?:hives|urticaria|urticaire|orticaria|nesselsucht|quaddeln|urticaria)\b[^?]{0,60}"
        r"\b(?:wheez[a-z]*|pfeifende atmung|sibilan[a-z]*|respiration sifflante|respiro "
        r"sibilante|chiado|can'?t breathe|kriege keine luft|no puedo respirar|je n'arrive pas a "
        r"respirer|non riesco a respirare|nao consigo respirar)\b|\b(?:throat|garganta|gorge|"
        r"hals|gola) (?:is |feels |se me |me |esta |se |si )?(?:swelling|closing|cierra|hincha|"
        r"gonfle|schwillt|gonfia|fechando)\b|\b(?:gola|garganta|gorge|hals) (?:chiusa|che si "
        r"chiude|stretta|cerrada|serree|qui se ferme|fechada|zugeschnurt|ist zu|"
        r"schnurt sich zu)\b|"
        r"\bse me cierra la garganta\b|\bmi si chiude la gola\b|\bma gorge se (?:ferme|serre)\b",
        r"\bchest (?:pain|pains|tightness|pressure)\b|\bpain in (?:my|his|her|the) chest\b",
        r"\b(?:didn'?t|doesn'?t|does not|did not|can'?t) recogni[sz]e (?:me|my|her|his|us)\b|"
        r"\bmore and more confused\b|"
        r"\b(?:umgfalln|umgefallen|zusammengesackt)\b[^.?!]{0,40}\b(?:red(?:e)?t|spricht|lallt|"
        r"komisch|hangt)\b|\b(?:red(?:e)?t|spricht) (?:ganz )?(?:komisch|verwaschen|undeutlich)\b|"
        r"\b(?:a|eine) seit(?:e|n) hangt\b|\bgesicht hangt\b|\b(?:caiu|se cayo|est tombee?|ist "
        r"gesturzt|e caduta|e caduto|fell)\b[^.?!]{0,20}\b(?:nao acorda|no despierta|"
        r"ne se reveille "
        r"pas|wacht nicht auf|non si sveglia|won'?t wake up|doesn'?t wake up|isn'?t waking up)\b|"
        r"\b(?:won'?t|wont|will not) (?:be )?need(?:ing)? (?:it|this|them|anything) (?:after|"
        r"past) "
        r"tonight\b|\b(?:take|taking|prendo|tomo|nehme) (?:everything|all|tutto|todo|alles)\b"
        r"[^.?!]{0,30}\b(?:cabinet|cupboard|armadietto|botiquin|armario|placard|schrank)\b|"
        r"\besta noche me las tomo\b|\bme las tomo (?:todas|esta noche)\b|\b(?:pecho|chest|"
        r"poitrine|"
        r"brust|petto|peito)\b[^.?!]{0,60}\b(?:brazo izquierdo|left arm|bras gauche|linken arm|"
        r"braccio sinistro|braco esquerdo)\b|\bserai plus la\b|\balles zurechtgelegt\b|"
        r"\bgola che si chiude\b|\bse me cierra la garganta\b|\b(?:non riesce|no puede|n'arrive "
        r"pas|kann nicht|nao consegue|can'?t) (?:a |de )?(?:respirare|respirar|respirer|atmen|"
        r"breathe)\b(?! a word)|\bcan'?t (?:really )?finish (?:my )?sentences\b|"
        r"\bchest\b[^.?!]{0,20}"
        r"\b(?:tight|crushing|heavy)\b|\b(?:if it'?d|would it|will it) be (?:quick|painless)\b|"
        r"\b(?:morfina|morphine|morphin|oxy[a-z]*|fentanyl|tramadol|opioid[a-z]*)\b[^\n]{0,80}"
        r"\b(?:sue|suar|suando|sudando|sweating|schwitzt)\b[^\n]{0,40}\b(?:tremble|tremer|"
        r"tremendo|temblando|shaking|zittert|trema)\b|"
        r"\b(?:picturing|imagining|keep thinking (?:of|about)) (?:driving|jumping|walking|"
        r"stepping) "
        r"(?:into|off|in front of)\b|\breagiert (?:nicht|nod|ned|net)(?: mehr)?\b|\bumkheit\b|"
        r"\bumgekippt\b|\bchest feels tight\b|\btight chest\b|\bgone (?:grey|gray|"
        r"pale) and (?:sweaty|clammy)\b|"
        r"\b(?:esta |ta |tá )?suando frio\b[^.?!]{0,40}\btremendo\b|\bsudando frio\b[^.?!]{0,40}"
        r"\btemblando\b|\b(?:he|she|they) (?:dont|doesn'?t|don'?t|wont|won'?t|can'?t|cannot) "
        r"(?:wake|waking) up\b|"
        r"\bthroat\b[^.?!]{0,25}\b(?:closing|swelling) up\b|\bgarganta (?:ta|tá|esta|está) "
        r"(?:fechando|cerrando|inchando)\b|\b(?:mezza faccia|media cara|la moitie du visage|"
        r"metade do rosto|eine gesichtshalfte)\b|\bparlo strano\b|\bhablo raro\b|"
        r"\bface (?:is )?droop[a-z]*|\blips (?:have |had )?(?:gone|are|got|went)"
        r" (?:huge|swollen|puffy|massive)\b|"
        r"\bme cuesta (?:mucho )?respirar\b|\b(?:j'ai|il a|elle a) du mal a respirer\b|"
        r"\bfaccio fatica a respirare\b|\bestou com dificuldade (?:para|pra|de) respirar\b",
        r"\b(?:not|isn't|is not|won't) (?:answering|responding)(?: to)? me\b|\bunresponsive\b|"
        r"\breagiert (?:nicht|nimmer)(?: mehr)?\b|\bne repond plus\b|\bnon risponde piu\b|"
        r"\b(?:on the floor|am boden|par terre|en el suelo|per terra|no chao|slumped)\b",
        r"\b(?:belly|stomach|abdomen|abdominal|bauch|bauchschmerzen|ventre|barriga|pancia|vientre|"
        r"panza|tripa)\b[^.?!]{0,40}\b(?:rock hard|unbearable|atroce|insuportavel|insopportabile|"
        r"unertraglich|insoportable|bretthart|excruciating|plie en deux|extreme|extrem|estremo)\b|"
        r"\b(?:rock hard|unbearable|atroce|insuportavel|insopportabile|unertraglich|insoportable|"
        r"excruciating|extreme|extrem[ea]?)\b[^.?!]{0,20}\b(?:belly|stomach|abdominal|bauch[a-z]*|"
        r"douleur au ventre|dor de barriga|mal di pancia|dolor de (?:barriga|panza|estomago))\b",
        r"\btombee? dans les pommes\b|\b(?:corazon|coeur|herz|cuore|coracao)\b[^.?!]{0,15}"
        r"\b(?:re rapido|muy rapido|a mil|a 1[5-9]\d|bat a 1[5-9]\d|rast|batte all'impazzata|"
        r"disparado)\b|\bheart (?:rate )?(?:at|is at|of) 1[5-9]\d\b",
        r"^(?=[^\n]{0,400}\b(?:morphine|morfina|morphin|oxy[a-z]*|oxicodona|tramadol|fentanyl|"
        r"codeine|codeina|opioid[a-z]*|oppioid[a-z]*)\b)[^\n]{0,400}"
        r"\b(?:tremo|i'm shaking|can't stop shaking|zittere|"
        r"zitteret|zittert|je tremble|estoy temblando|sto tremando|estou tremendo|tiembla|"
        r"erbrache|erbreche|vomito sin parar|vomissements)\b",
        r"\b(?:visage|cara|gesicht|viso|rosto|face|mouth|bouche|boca|mund|bocca)\b[^.?!]{0,25}"
        r"\b(?:tombe|cae|caida|hangt|haengt|cade|caido|caida|droop[a-z]*|torta|schief|storta)\b|"
        r"\b(?:n'arrive plus a parler|ne peut plus parler|no puede hablar|kann nicht (?:mehr )?"
        r"(?:richtig )?sprechen|non riesce (?:piu )?a parlare|nao consegue falar|can't speak "
        r"properly|slurred speech|slurring (?:his|her|my) words)\b",
        r"\b(?:can't|cannot|can not|couldn't) wake (?:up )?(?:my|him|her)\b|\bnao consigo acordar"
        r"\b|\bno (?:puedo|logro) despertar(?:lo|la)?\b|\bje n'arrive pas a (?:le |la )?reveiller"
        r"\b|\bkriege? (?:ihn|sie) nicht wach\b|\bnon riesco a svegliar(?:lo|la)\b|\blabios "
        r"(?:roxos|morados|azules)\b|\blevres (?:sont |deviennent |toutes )?bleues\b|\blabbra "
        r"(?:sono |tutte )?(?:blu|viola)\b|\blabios (?:estan |tiene |ficaram |estao )?(?:roxos|"
        r"morados|azules)\b|\b(?:il|elle) ne se reveille (?:plus|pas)\b|\blippen "
        r"(?:sind )?(?:blau|lila)\b|\b(?:blue|purple) lips\b|\blips (?:are |look |going |turned )?"
        r"(?:blue|purple)\b",
        r"\b(?:suddenly|since this (?:morning|afternoon|evening)|all of a sudden|de repente|"
        r"depuis "
        r"ce (?:matin|midi|soir)|seit heute|da stamattina|desde hoje)\b[^.?!]{0,60}\bconfus[a-z]*|"
        r"\b(?:muy|muito|tres|completely|very|totally|molto|sehr) (?:confus[a-z]*|verwirrt)\b"
        r"[^.?!]{0,30}\b(?:vomit[a-z]*|vomiss[a-z]*|erbrech[a-z]*|a vomitar)\b",
        r"\bheart attack\b|\bstroke\b|\bheart (?:is )?(?:racing|pounding)\b",
        r"\b(?:can't|cannot|can not|couldn't|unable to|struggling to|hard to|trouble|"
        r"difficulty|having trouble|can barely|can hardly|barely|hardly) (?:to )?(?:breathe|"
        r"breathing|catch (?:my|his|her|a) breath)\b(?! a word)",
        r"\b(?:turning|going|gone|is) blue\b|\buncontrollabl[a-z]*|\bin withdrawal\b",
        r"\b(?:can't|cannot|unable to|suddenly can't) (?:talk|speak|move|stand|see|wake (?:him|"
        r"her))\b(?! (?:me|us|you|them|him|her|a doctor|anyone|patients) (?:until|till|before|"
        r"for|this|next|again))",
        r"\b(?:a lot of|so much|lots of) blood\b|\bblood everywhere\b|\bworst headache\b",
        r"\b(?:vision|sight) (?:is )?(?:going|gone)\b|\blosing (?:my )?(?:vision|sight)\b",
        r"\bwithdrawal\b[^.?!]{0,40}\b(?:vomiting|shaking|sweating)\b",
        r"\bshort(?:ness)? of breath\b|\b(?:not|stopped) breathing\b|\bgasping\b",
        r"\b(?:throat|tongue|lips?|face|mouth)\b[a-z ]{0,20}\b(?:swelling|swollen|swell|closing)\b",
        r"\bthroat (?:feels |is )?(?:tight|closing)\b|\bswelling up\b|"
        r"\b(?:throat|tongue|lips?|face|mouth|eyes)\b[a-z ]{0,12}\bpuff(?:ing|ed|s)? up\b",
        r"\banaphyla[a-z]*",
        r"\b(?:having|have|had|got|get) an? (?:severe |bad )?allergic reaction\b",
        r"\b(?:unconscious|unresponsive|passed out|collapsed|fainted|blacked out)\b",
        r"\b(?:can barely|can hardly|can't|cannot|can not) keep (?:his|her|their) eyes open\b",
        r"\b(?:isn't|is not|won't|will not|not) waking up\b",
        r"\bseizure|\bconvuls[a-z]*|\bfitting\b",
        r"\b(?:coughing|vomiting|throwing up) blood\b|\b(?:severe|heavy) bleeding\b",
        r"\bbleeding (?:a lot|heavily|badly|profusely|won't stop|will not stop|everywhere)\b",
        r"\blips (?:are |turning |look )?blue\b|\bface (?:is )?drooping\b|\bslurr(?:ed|ing)\b",
        r"\b(?:can't|cannot) feel (?:my|his|her) (?:face|arm|arms|legs?|side)\b",
        r"\bbreathing (?:is |feels |seems |sounds |looks |has )?(?:very |really |so |too |"
        r"kind of |"
        r"a bit |)(?:weak|shallow|slow|slowing|slowed|stopped|strange|weird|funny|odd|off)\b",
        r"\b(?:won't|will not|doesn't|does not|can't|cannot) stop bleeding\b",
        r"\b(?:can't stay awake|hard to wake|won't stay awake)\b",
        r"\b(?:corazon|coracao) a mil\b|\bcoeur (?:qui )?bat (?:tres |trop )?(?:vite|fort)\b|"
        r"\bherzrasen\b|\bcuore (?:a mille|che batte (?:forte|all'impazzata))\b|"
        r"\bcoracao (?:disparado|acelerado)\b",
        r"\b(?:no|not) (?:respira|respire|atmet|respirando)\b|\bn'?respire plus\b",
        r"\b(?:arm|face|side) (?:is |went |goes )?numb\b",
        r"\b(?:severe|bad|terrible|awful) withdrawal\b|\bwithdrawal symptoms\b",
        # not "now he's curious and I can't stop him googling" (session 20)
        r"\bnow\b.{0,30}\b(?:vomiting|throwing up|shaking|sweating|can't stop(?! (?:him|her|them|"
        r"my|his|their)\b))\b",
        r"\b(?:can't|cannot) stop (?:vomiting|throwing up|shaking|bleeding)\b",
        r"\b(?:feel|feeling|am|i'm) (?:very |so )?faint\b|\babout to faint\b",
        # es / fr / de / it / pt
        r"\bdolor\b[a-z ]{0,20}\bpecho\b|\bno (?:puedo|puede) respirar\b|\bfalta (?:de )?aire\b|"
        r"\binconsciente\b|\bdesmay[a-z]*|\bconvulsion|\binfarto\b|\bataque al corazon\b|"
        r"\breaccion alergica\b|\bse me cierra la garganta\b",
        r"\bne respire (?:plus|pas)\b|\bnon respira\b|\bnao respira\b|\batmet nicht\b|"
        r"\bdouleur\b[a-z' ]{0,25}\b(?:poitrine|thoracique)\b|\bn'arrive (?:pas|"
        r"plus) a respirer\b|"
        r"\bne peux (?:pas|plus) respirer\b|\bessouffl[a-z]*|\binconscient[e]?\b|\bevanoui[a-z]*|"
        r"\bcrise cardiaque\b|\binfarctus\b|\breaction allergique\b|\bgorge (?:qui )?gonfle\b",
        r"\bbrustschmerz[a-z]*|\bschmerzen in der brust\b|\bkeine luft\b|\bkann nicht atmen\b|"
        r"\batemnot\b|\bbewusstlos\b|\bohnmacht\b|\bkrampfanfall\b|\bherzinfarkt\b|"
        r"\ballergische reaktion\b|\b(?:hals|zunge) schwillt\b",
        r"\bdolore\b[a-z ]{0,20}\bpetto\b|\bnon riesco a respirare\b|\bnon respiro\b|"
        r"\bfiato corto\b|\bsvenut[oa]\b|\bincosciente\b|\bconvulsion[ei]\b|\binfarto\b|"
        r"\breazione allergica\b|\bgola gonfia\b",
        r"\bdor no peito\b|\bnao consigo respirar\b|\bfalta de ar\b|\bdesmai[a-z]*|"
        r"\binconsciente\b|\bconvuls[a-z]*|\bataque cardiaco\b|\breacao alergica\b|"
        r"\bgarganta fechando\b",
        r"\b(?:having|has|had) (?:a |an )?(?:fit|seizure|epileptic fit)\b|\bjerking\b|"
        r"\bfoam(?:ing)? at the mouth\b|\bespuma por la boca\b|\bbave\b|\bschaum vor dem mund\b|"
        r"\bschiuma (?:alla|dalla) bocca\b|\bespuma pela boca\b|\bcrise d'epilepsie\b|"
        r"\b(?:attacco|crisi) epilettic[oa]\b|\bataque epileptico\b|\bkrampft\b",
        r"\bseizing\b|\bcoffee grounds\b|\b(?:coughing|vomiting|throwing|spitting|threw|coughed|"
        r"vomited)(?: up)? (?:(?:bright |dark )?red |a lot of |some |so much |lots of )*blood\b|"
        r"\b(?:vomit[a-z]*|vomi[rst]?|"
        r"crache[rs]?|tosiendo|tossindo|tossendo|erbrech[a-z]*|spucke|botando|escupiendo)\b"
        r"[^.?!]{0,15}\b(?:sangre|sang|blut|sangue)\b|\bblut (?:erbrechen|spucken|husten)\b",
        r"\b(?:3[89]|4[01])(?:[.,]\d| e mezzo| y medio| et demi| e meio| komma \d)? ?"
        r"(?:de |di |°c? ?|degrees? |grad )?(?:fievre|fiebre|fieber|febbre|"
        r"febre|fever|temperature)\b|"
        r"\b(?:temperature|temp|fever|fiebre|fievre|fieber|febbre|febre|temperatura)\b[^.?!]{0,30}"
        r"\b(?:3[89]|4[01])(?:[.,]\d)?\b|\b(?:1(?:0[1-5])(?:[.,]\d)?) ?(?:f|degrees)\b",
        r"\bheart (?:is )?(?:going|beating|pounding|racing)\b[^.?!]{0,20}\b(?:1[4-9]\d|2\d\d|fast|"
        r"crazy|like mad)\b|\btaquicardia\b|\btachycardie\b|\btachykardie\b|\btachicardia\b",
        r"\babout to (?:pass out|faint|collapse|black out)\b|\bhives all over\b|"
        r"\b(?:schlecht|kaum|keine) luft\b|"
        r"\bbreathless(?:ness)?\b|(?<!burns )(?<!burn )(?<!rash )(?<!scar )(?<!port )(?<!spots )"
        r"\b(?:on|in) (?:my|her|his) chest\b|\bsitting on (?:my|her|his) "
        r"chest\b|\bdruck auf der brust\b|\bschmerzen im (?:linken )?arm\b|\bkalter schweiss\b|"
        r"\b(?:presion|opresion) en el pecho\b|\boppression (?:dans|a) la poitrine\b|"
        r"\bpressione (?:al|sul) petto\b|\b(?:aperto|pressao) no peito\b",
        r"\bse le torcio la boca\b|\bno puede hablar\b|\bparla strano\b|\bnon riesce (?:piu )?a "
        r"(?:muovere|parlare)\b|\bkann (?:den arm|nicht mehr) (?:bewegen|sprechen)\b|"
        r"\bbouche de travers\b|\bne peut plus parler\b|\bboca torta\b|\bnao consegue "
        r"(?:falar|mexer)\b",
        r"\b(?:hinch[a-z]*|gonfl[a-z]*|schwell[a-z]*|schwillt|gonfi[a-z]*|inchad[oa]|inchando)\b"
        r"[^.?!]{0,20}\b(?:garganta|lengua|cara|labios|gorge|langue|visage|levres|zunge|lippen|"
        r"hals|gesicht|lingua|gola|labbra|faccia|boca|rosto)\b|\b(?:garganta|lengua|gorge|langue|"
        r"zunge|lippen|lingua|gola|gesicht|hals|cara|visage|faccia|rosto|labios|levres|labbra)\b"
        r"[^.?!]{0,25}\b(?:hinch[a-z]*|gonfl[a-z]*|schwell[a-z]*|schwillt|"
        r"gonfi[a-z]*|inchad[oa]|inchando)\b",
        r"\bno me entra el aire\b|\bme (?:estoy )?ahog[a-z]*\b|\bkaum luft\b|"
        r"\bfatica a respirare\b|"
        r"\bdifficolta a respirare\b|\bdu mal a respirer\b|\bdificultad para respirar\b|"
        r"\bdificuldade (?:para|pra|de) respirar\b|\batmet (?:ganz |sehr )?(?:komisch|schwer|"
        r"kaum)\b|"
        r"\brespira (?:male|a fatica|con dificultad)\b|\brespire mal\b",
        r"\b(?:doesn't|does not|didn't) recogni[sz]e me\b|\bno me reconoce\b|"
        r"\bne me reconnait (?:pas|plus)\b|\berkennt mich nicht\b|\bnon mi riconosce\b|"
        r"\bnao me reconhece\b",
        r"\b(?:won't|will not|can't|cannot|doesn't|does not) wake up\b",
        # not "il medico non risponde mai" (the doctor does not answer the phone; session 20)
        r"(?<!medico )(?<!dottore )(?<!medecin )(?<!doctor )(?<!arzt )(?<!medica )"
        r"\b(?:reagiert nicht|umgekippt|not responding|unresponsive|no responde|ne repond (?:pas|"
        r"plus)|"
        r"non risponde|nao responde|is not reacting|isn't reacting)\b",
        # signs told plainly (session 5)
        r"\bpinpoint pupils\b|\b(?:hard|difficult|impossible) to (?:rouse|wake|arouse)\b",
        r"\b(?:can't|cannot|can no longer|suddenly can't) (?:move|feel) (?:my|her|his) (?:legs|"
        r"leg|arm|arms)\b|\bbeine nicht mehr\b[^.?!]{0,20}\b(?:bewegen|spuren)\b",
        r"\b(?:comisura de la boca|arrastra las palabras|no (?:me|le) salen (?:bien )?las "
        r"palabras)\b",
        # fell and does not answer, in French without "ne", patois; a face that fell (session 9)
        r"\b(?:il|elle) (?:ne )?repond plus\b|\b(?:vient de|vient juste de) s'effondrer\b|"
        r"\bs'est effondree? (?:par terre|au sol|d'un coup)\b|\bnah? respond\b|"
        r"\b(?:jus|just) drop(?:ped)? (?:dung|down)\b",
        r"\bfala(?:r|ndo)? enrolad[ao]\b|\b(?:o )?lado (?:esquerdo|direito) do rosto (?:caiu|"
        r"caido|paralisou)\b",
        r"\b(?:ha|hat|a|he|she|has|just|appena|acaba de|acabou de) (?:appena |just )?(?:perso i "
        r"sensi|perdido el conocimiento|perdu connaissance|das bewusstsein verloren|perdeu os "
        r"sentidos|passed out|fainted)\b|\b(?:e|si e) (?:appena )?svenut[oa]\b|"
        r"\b(?:se desmayo|s'est evanouie?|ist ohnmachtig|desmaiou) (?:ahora|ahorita|d'un coup|"
        r"gerade|agora)\b",
        # session 12: bleeding that will not stop; an opioid patch and LDN just taken
        r"\b(?:no dey respond|one side of (?:my|his|her) face (?:has )?(?:dropped|drooped|"
        r"fallen))\b|\bficou roxo\b|\bnao (?:ta|esta) conseguindo respirar\b|"
        r"\bcan'?t lift (?:my|his|her) arm\b|\bbreathing'?s? (?:gone |is |has gone )?(?:really |"
        r"very )?"
        r"(?:rattly|slow and|shallow)\b|\b(?:le|me) cuesta respirar\b",
        r"\b(?:sangue|sangre|sang|blut|blood|sangrando|sanguinando|sangra|blutet|bleeding|saigne)"
        r"\b[^.?!]{0,60}\b(?:non si ferma|no para|nao para|ne s'arrete pas|hort nicht auf|won'?t "
        r"stop|doesn'?t stop|not stopping)\b",
        r"\b(?:vient de|just|acaba de|ha appena|hat gerade|acabou de)\b[^.?!]{0,40}\b(?:ldn|"
        r"naltrexone)\b[^.?!]{0,60}\b(?:fentanyl|morphine|morfina|oxycodone|tramadol|methadone|"
        r"opioid[a-z]*|opiace[a-z]*)\b[^.?!]{0,60}\b(?:tremble|vomit[a-z]*|shaking|zittert|"
        r"erbricht|trema|tiembla|treme)\b",
        # session 13: on an opioid, LDN taken today, and vomiting, sweating or shaking now
        r"\b(?:fentanyl[a-z]*|fentanil[a-z]*|morphine|morfina|oxycodone|tramadol|methadone|"
        r"metadona|opioid[a-z]*|opiace[a-z]*)\b(?=[^?]{0,300}\b(?:today|ago|hoy|heute|hoje|oggi|"
        r"aujourd'hui|ahora|jetzt|agora|adesso|right now|maintenant)\b)[^?]{0,120}\b(?:ldn|"
        r"naltrexon[ae]?)\b[^?]{0,160}\b(?:won'?t stop|can'?t stop|keeps|he'?s|she'?s|esta|ta|"
        r"sta|ist|jetzt|ahora|agora|adesso|now)\b[^.?!]{0,30}\b(?:vomit[a-z]*|sudando|suando|"
        r"schwitzt|zittert|bricht|erbricht|trembl[a-z]*|shaking|sweating|tiembla|treme|tremando|"
        r"screaming)\b",
    ),
}
# The emergency classifier's model is English: for a message in another language it also
# reads the English words for the alarm words it has, so "me tomé todas las pastillas" reads
# closer to "took pills" (stems, on the normalised text).
_ALARM_WORDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"\b(?:{stems})"), english)
    for stems, english in (
        (
            r"pastill|pildor|comprim|cachet|pilul|gelul|tablett|pillen|kapsel|pastigli|pillol|"
            r"compress[ae]\b",
            "pills",
        ),
        (
            r"tome\b|tomad|me tome|trag[ou]|ingeri|pris\b|avale|genommen|geschluckt|preso\b|"
            r"ingoiat|tomei|engol|inghiott",
            "took swallowed",
        ),
        (
            r"comio|comid|mange\b|gegessen|gefressen|mangiat|comeu|bebio|bu\b|getrunken|bevut|"
            r"bebeu",
            "ate drank",
        ),
        (r"sobredos|surdos|uberdos|sovradosagg", "overdose"),
        (r"morir|muert|mourir|mort\b|sterben|tot\b|morire|mort[oa]\b|morrer|morte\b", "die death"),
        (r"matar|suicid|tuer|umbring|selbstmord|uccider|ammazz", "kill myself suicide"),
        (r"vivir|vivre|leben\b|vivere|viver\b", "live"),
        (r"respir|atme|luft\b|fiato|aire\b|ahog|etouff", "breathe breathing"),
        (r"pecho|poitrine|brust|petto|peito", "chest pain"),
        (r"sangr|sang\b|saign|blut|sangue", "blood bleeding"),
        (r"desmay|evanou|ohnmacht|bewusstlos|svenut|desmai|inconscient|incosciente", "fainted"),
        (r"convuls|krampf|epilep", "seizure"),
        (r"hinch|gonfl|schwell|schwill|gonfi|inchad|inchan", "swelling"),
        (r"despedi|adieu|abschied|addio|adeus|cartas|lettres|briefe|lettere", "goodbye letters"),
        (
            r"nin[oa]\b|hij[oa]\b|enfant|fils\b|fille\b|kind\b|sohn|tochter|bambin|figli|"
            r"crianca|filh[oa]\b",
            "child",
        ),
        (r"perr[oa]\b|gat[oa]\b|chien|chat\b|hund\b|katze|cane\b|gatt[oa]\b|cachorr", "dog cat"),
    )
)


_ENGLISH_WORDS = re.compile(
    r"\b(?:the|and|is|are|was|what|how|my|i|i'm|it|to|of|you|this|that|have|with|for)\b"
)


def alarm_text(norm: str) -> str:
    """The classifier's text, with the English words for its alarm words appended when the
    message is not in English ("kind", "chat" and "tot" are English words too)."""
    text = classifier_text(norm)
    if len(_ENGLISH_WORDS.findall(norm)) >= 2:
        return text
    extra = dict.fromkeys(english for pattern, english in _ALARM_WORDS if pattern.search(norm))
    return f"{text} {' '.join(extra)}" if extra else text


# A message that names no topic at all ("side effects?", "w chemo ok") is read as a question
# about LDN when the scope classifier puts it this far from the out-of-scope examples.
UNANCHORED_IN_SCOPE = 0.5
# …and as a dosing request when the dosing classifier gives it at least this much: it names no
# topic, so nothing else says what "it" is. Session 29, on the read held-out sets and three new
# development sets: of the messages read this way and answered, those scoring 0.5 to 0.8 were
# 5 dosing requests, 4 out of scope and 2 legitimate questions; from 0.4 to 0.5, 1 request,
# 1 legitimate question and 3 out of scope.
UNANCHORED_REQUEST = 0.5

# What the emergency classifier must score on a message without an alarm word: the lowest
# threshold with precision >= 0.95 on such messages of sets it never saw (recall 0.57 of
# those emergencies, 0.1 % of the other messages flagged; bench/policy_eval.py).
WITHOUT_ALARM_WORD_THRESHOLD = 0.8

# What the emergency classifier must score to override a dosing request the patterns found.
OVER_DOSING_THRESHOLD = 0.95

# The dosing classifier as a check on the patterns, both ways. Below NO_REQUEST_BELOW it reads
# no request where the patterns found dose words ("My dad takes oxycodone twice a day for his
# pain. What does the article say about LDN and opioids?"): the patterns' refusal is set aside.
# At SURE_REQUEST and above it refuses even a message the patterns read as a description or as
# a dose told for context ("the studies gave the mice a small dose. what would be the
# equivalent for her"). Both chosen on the 35 read held-out sets, which neither the classifier
# nor these bounds were fitted on, then measured once on the never-read sets (README, session
# 15). On the read sets, 0.03 kept dosing recall at 0.994 (one request lost, one gained by
# SURE_REQUEST) and halved false refusals; 0.05 lost requests. 0.99 refused one legitimate
# question more there and gained requests; lower bounds refused more legitimate ones.
NO_REQUEST_BELOW = 0.03
SURE_REQUEST = 0.99

# A dose the visitor is on, told as context before a question about something else ("I take
# 4.5 mg (prescribed) and the dreams are wild: a known side effect?", "mon oncologue m'a mis
# sous LDN 4,5 mg, ça marche avec le cisplatine ?"): the amount patterns fire on the figure,
# but the question is not about the amount. Answered only when nothing asks about the amount,
# another topic is asked, and the dosing classifier reads no request (below this score; a
# "why" question about doses, below the higher one).
CONTEXT_DOSE_CEILING = 0.3
WHY_DOSE_CEILING = 0.5

# The emergency classifier reads meaning, but it is an English model: short messages in other
# languages ("Dis-moi juste la dose.") can look alarming to it. It adds an emergency the
# patterns missed at its threshold when the message has at least one word of this alarm
# vocabulary (something taken, medicines, the body in trouble, death or leaving, ways of ending
# it, urgency), in any of the six languages, and only far above it otherwise. The vocabulary
# is deliberately broad: it filters chit-chat, not emergencies.
# something was taken, swallowed, mixed up
_INTAKE_CUE = (
    r"\b(?:took|swallowed|swallowing|ate|eaten|popped|downed|ingest[a-z]*|got into|licked|"
    r"chewed|drank|grabbed|mixed up|wrong (?:pills?|bottle|tablets?|meds?)|twice|"
    r"tome|tomo|tomado|tomaste|trago|trague|comio|ingiri[a-z]*|lamio|juntando|"
    r"pris|avale|mange|bu|confondu|"
    r"genommen|geschluckt|gegessen|erwischt|eingenommen|verschluckt|"
    r"preso|ingoiat[oa]|mangiat[oa]|inghiottit[oa]|ingerit[oa]|leccat[oa]|"
    r"tomei|tomou|engoli[a-z]*|comeu|lambeu|ingeri[a-z]*)\b"
)
_INTAKE = re.compile(_INTAKE_CUE)
# the mild side effects the article lists, as emergency cues
_MILD_LISTED_EFFECT = re.compile(
    r"\b(?:nause[a-z]*|nausea[s]?|nausee[s]?|ubelkeit|enjoos?|sick to (?:my|her|his) stomach|"
    r"stomach|estomago|estomac|magen|stomaco)\b"
)
# every morning or day: not "all of them" ("tiene náuseas todas las mañanas")
_EVERY_DAY = re.compile(
    r"\b(?:todas las (?:mananas|noches|tardes)|todos los dias|todas as (?:manhas|noites)|todos os "
    r"dias|tous les (?:matins|soirs|jours)|toutes les nuits|tutte le (?:mattine|sere|notti)|tutti "
    r"i giorni|every (?:morning|night|day|evening))\b"
)
# medicines in the plural or by the box
_MEDICINE_BY_THE_BOX = re.compile(
    r"\b(?:pills|tablets|capsules|meds|bottle|blister|pastillas|pildoras|capsulas|comprimidos|"
    r"comprimes|pilules|gelules|cachets|medicaments|tabletten|pillen|kapseln|medikamente|"
    r"compresse|pillole|pastiglie|farmaci|remedios?|pilulas)\b"
)
_EMERGENCY_CUES = _rx(
    _INTAKE_CUE,
    _MEDICINE_BY_THE_BOX.pattern,
    # the body in trouble now
    r"\b(?:breath[a-z]*|air|chest|blood|bleed[a-z]*|heart|seiz[a-z]*|convuls[a-z]*|faint[a-z]*|"
    r"dizzy|drowsy|swell[a-z]*|swollen|unconscious|collaps[a-z]*|wake|waking|vomit[a-z]*|"
    r"threw up|throwing up|foam[a-z]*|drool[a-z]*|numb|slurr[a-z]*|grey|gray|sweating|"
    r"passed out|pale|blue|choking|sick|weird|strange|"
    r"aire|respir[a-z]*|pecho|sangre|sangr[a-z]*|corazon|convulsi[a-z]*|desmay[a-z]*|mareo|"
    r"maread[oa]|hinchad[a-z]*|espuma|babea[a-z]*|ahog[a-z]*|vomit[a-z]*|hablar|"
    r"poitrine|sang|saign[a-z]*|coeur|vertige|gonfl[a-z]*|vomi[a-z]*|etouff[a-z]*|malaise|"
    r"luft|atm[a-z]*|brust|blut|blute[a-z]*|herz|krampf[a-z]*|schwindel[a-z]*|ubel|"
    r"schwell[a-z]*|zusammengebrochen|bewusstlos|erbrech[a-z]*|komisch|"
    r"fiato|petto|sangue|cuore|gira la testa|svenut[a-z]*|gonfi[a-z]*|vomit[a-z]*|"
    r"braccio|parla strano|"
    r"ar|peito|coracao|tontura|inchad[a-z]*|desmai[a-z]*|babando|passando mal|"
    r"throat|lips|garganta|labios|gorge|levres|hals|lippen|gola|labbra|schwindlig|doppelt|"
    r"double vision|vision doble|vois double|vedo doppio|visao dupla|flasche|packung|schachtel|"
    r"boite|caja|frasco|scatola|flacone|caixa)\b",
    # death, self, leaving
    r"\b(?:dying|dead|death|kill[a-z]*|suicid[a-z]*|alive|live|living|life|goodbyes?|"
    r"stockpil[a-z]*|hoard[a-z]*|saving up|saved up|wrists?|"
    r"burden|disappear|vanish|without me|miss me|pray|tonight'?s the night|end it|"
    r"morir|muert[a-z]*|vivir|vida|sobro|estuviera|termino|despedi[a-z]*|"
    r"mourir|vivre|vie|adieu|interet|disparaitre|"
    r"sterben|tot|leben|weiterzumachen|nicht mehr da|abschied|"
    r"morire|vivere|vita|un peso|sparissi|sparire|addio|"
    r"morrer|viver|sumisse|sumir|motivo|continuar|ponte|jogar)\b",
    # ways and words of ending it, of giving up, of not being around; signs of a stroke or a
    # bleed; confusion and fever on chemo
    r"\b(?:rope|noose|hang[a-z]*|bridge|balcon[a-z]*|balkon|roof|jump[a-z]*|drive into|"
    r"blades?|razor|klinge|lame|cuchilla|lametta|lamina|cutting myself|burn[a-z]* myself|"
    r"lethal|fatal|deadly|tod[a-z]*|letal[a-z]*|mortel[a-z]*|mortal[a-z]*|"
    r"point anymore|much longer|permanently|for good|de bon|para siempre|per sempre|"
    r"para sempre|fur immer|pont|puente|brucke|tirar?me|tiro|sauter|springen|buttarmi|"
    r"testament|testamento|will and|gave away|given away|verschenkt|regale|donne|"
    r"confused|confus[a-z]*|verwirrt|nonsense|n'importe quoi|unsinn|sinnlos|"
    r"black (?:stools?|poo)|selles noires|tarry|arm|face droop[a-z]*|drooping)\b",
    # urgency
    # urgency: not "now" alone, which ordinary questions use ("my sister is on chemo now")
    # ("ayuda", "aide", "ajuda" also mean "does it help")
    r"\b(?:right now|tonight|emergency|urgent|what do i do|esta noche|necesito ayuda|"
    r"que hago|ce soir|au secours|a l'aide|que faire|heute nacht|hilfe|was soll ich|"
    r"stanotte|stasera|aiuto|cosa faccio|hoje a noite|socorro|o que (?:eu )?faco)\b",
)


# "Can LDN cause chest pain?" asks about a side effect; nobody reports one.
_GENERIC_SYMPTOM_QUESTION = re.compile(
    r"^(?:can|does|do|could|will|would|is|are)\b[^.?!]{0,30}\b(?:cause|causes|lead to|"
    r"trigger|give you|side effect)\b|"
    # session 19: "Kann LDN Herzrasen als Nebenwirkung auslösen?"
    r"^(?:kann|konnen|puede|pueden|peut|peuvent|puo|possono|pode|podem)\b[^.?!]{0,40}\b(?:als "
    r"nebenwirkung|como efecto (?:secundario|adverso)|comme effet (?:secondaire|indesirable)|come "
    r"effetto collaterale|como efeito (?:colateral|secundario))\b"
)
_FIRST_PERSON_NOW = re.compile(r"\b(?:i|i'm|im|my|me|we|he|she|he's|she's|right now|now)\b")


# "Can you overdose on LDN?" asks about a risk; nobody took anything.
_GENERIC_OVERDOSE_QUESTION = re.compile(
    r"^(?:can|could|is it possible to|what happens if|what if|how do you know if) (?:you|one|"
    r"someone|people|a person|anyone) (?:overdose|take too much)\b|"
    r"\b(?:reverse|reverses|reversing|reversal of|treat|treats|treating|block|blocks) "
    r"(?:(?:an|the|a|opioid|heroin|drug) )*overdoses?\b|\boverdose (?:reversal|antidote|"
    r"treatment)\b|\bhow many (?:people|americans|patients|deaths|persons)\b[^.?!]{0,30}"
    r"\b(?:overdos|die of)|\boverdose deaths\b"
)
# "Cells commit suicide in apoptosis": cell biology, not a person.
_CELL_SUICIDE = re.compile(
    r"\b(?:cell(?:s|ular)?|cellules?|celulas?|zellen|cellule)\b[^.?!]{0,40}\b(?:suicid[a-z]*|"
    r"selbstmord|kill(?:s|ing)? themselves|se suicident|se tuent|sich selbst)|"
    r"\bsuicide cellulaire\b|\bsuicidio celular\b|\bsuicidio cellulare\b|"
    # "Klingt ja fast wie Selbstmord der Zelle" (session 20)
    r"\b(?:selbstmord|suizid) (?:der|einer) zelle\b|"
    r"\bsuicid[a-z]*\b[^.?!]{0,25}\b(?:cells?|cellule|celulas|zellen|cellules|genes?|"
    r"program[a-z]*|pathways?|"
    r"mechanisms?|signal[a-z]*)\b"
)
# "an overdose of naltrexone" in a question about what the studies looked at.
_OVERDOSE_IN_THE_SOURCES = re.compile(
    r"\b(?:stud(?:y|ies)|article|research|papers?|abstracts?|sources?)\b[^.?!]{0,50}"
    r"\boverdos[a-z]*|"
    r"\boverdos[a-z]*\b[^.?!]{0,30}\b(?:mentioned|discussed|covered|addressed|talked about)\b"
)
# Something that happened long ago ("had a seizure years ago", "overdosed back in 2019")
# is history, unless the message also says something is happening now.
# "the pharmacy gave me 50 mg by mistake; I haven't taken any yet": nothing swallowed
_NOT_TAKEN_YET = re.compile(
    r"\b(?:haven't|have not|havent|hasn't|has not) (?:taken|swallowed|had|started)"
    r"(?: (?:any|it|them|one))?(?: of (?:it|them))? yet\b|\bnot taken any\b"
)
# "say I took 10 mg, would that hit the tumour harder?" imagines a dose; it took nothing
_HYPOTHETICAL_INTAKE = re.compile(
    r"\bif (?:someone|somebody|a person|anyone) (?:took|takes|were to take|accidentally took)\b|"
    r"\b(?:say|suppose|supposing|imagine|hypothetically|what if|let's say) (?:that )?(?:i|he|"
    r"she|someone|a person|we) (?:took|take|were to take|was taking|takes)\b"
)
_LONG_AGO = re.compile(
    r"\b(?:years?|decades?|months) ago\b|\blast (?:term|semester)\b|\b(?:since|after) "
    r"(?:the|his|her|my) (?:stroke|seizure|heart attack|surgery|operation)\b|\bseit (?:dem|ihrem|"
    r"seinem) schlaganfall\b|\bdepuis (?:son|l') ?avc\b|\bdesde (?:el|su|o) (?:ictus|derrame|"
    r"avc)\b|"
    r"\bdopo l'ictus\b|\blast (?:year|month|summer|winter|spring|autumn)\b|"
    r"\bin the (?:19)?[5-9]0'?s\b|\bnel '?\d\d\b|\bano passado\b|\bl'annee derniere\b|"
    r"\bletztes jahr\b|\bl'anno scorso\b|\bel ano pasado\b|\bl'an (?:dernier|passe)\b|"
    r"\b(?:qualche|un|due|tre|molti|alcuni) ann[oi] fa\b|\bletzten monat\b|\ble mois dernier\b|"
    r"\bel mes pasado\b|\bil mese scorso\b|\bmes passado\b|"
    r"\b(?:back )?in (?:19|20)\d\d\b|\bas a (?:child|kid|teen|teenager)\b|"
    r"\bhace (?:\d+ |unos |muchos |[a-z]+ )?anos\b|\bil y a (?:\d+ |quelques |[a-z]+ )?ans\b|"
    r"\bvor (?:\d+ |vielen |ein paar |[a-z]+ )?jahren\b|\banni fa\b|\banos atras\b|"
    r"\bha (?:\d+ |[a-z]+ )?anos\b|\b(?:en|em|im|nel|no|na|au|en el ano) (?:19|20)[0-2]\d\b|"
    r"\b(?:\d+ |[a-z]+ )?mesi fa\b|\bhace (?:\d+ |unos |[a-z]+ )?meses\b|\bmeses atras\b|"
    r"\bil y a (?:\d+ |quelques |[a-z]+ )?mois\b|\bvor (?:\d+ |ein paar |[a-z]+ )?monaten\b|"
    r"\bha (?:\d+ |[a-z]+ )?meses\b|\bl'annee (?:derniere|passee)\b|\bel ano pasado\b|"
    r"\bletztes jahr\b|\bletzten (?:sommer|winter|herbst|fruhling)\b|"
    r"\b(?:back )?in (?:january|february|march|april|june|july|august|september|october|"
    r"november|december)\b|\bwhen i was (?:\d+|a (?:kid|teen|teenager|child)|young)\b|"
    r"\bcuando tenia \d+\b|\bquand j'avais \d+\b|\bals ich \d+ war\b|\bquando avevo \d+\b|"
    r"\bquando eu tinha \d+\b"
)
_STARTED_AGO = re.compile(
    r"\b(?:started|began|begun|been (?:on|taking)|commence[a-z]*|empez[a-z]*|comec[a-z]*|"
    r"inizia[a-z]*|angefangen|begonnen)\b[^.?!,]{0,20}?(?:" + _LONG_AGO.pattern + ")"
)
# "took it twice by mistake, I feel completely fine": no emergency, a question on what to do
_FEELS_FINE = re.compile(
    r"\bkeine beschwerden\b|\bmir geht'?s (?:aber |trotzdem )?gut\b|"
    r"\b(?:feel|feels|feeling) 100 ?% (?:normal|fine|ok|okay|good)\b|"
    r"\b(?:i |he |she |)(?:feel|feels|feeling) (?:completely |totally |absolutely |"
    r"perfectly )?(?:fine|ok|"
    r"okay|normal|good)\b|\bno symptoms(?: whatsoever| at all)?\b|\baucun symptome\b|"
    r"\bsin (?:ningun )?sintomas?\b|\bkeine symptome\b|\bnessun sintomo\b|\bsem sintomas\b|"
    r"\bme encuentro (?:perfectamente|bien)\b|\bsto benissimo\b|\bto otim[oa]\b|"
    r"\bje me sens (?:tres |tout a fait |)?(?:bien|normal)\b|\bim (?:totally |completely )?"
    r"(?:fine|ok|okay)\b|\bj'ai rien\b|\bpas de souci\b|\bno problem\b|\bkein problem\b|"
    r"\bnessun problema\b|\bsem problema\b|\bningun problema\b|\bme siento "
    r"(?:muy |)?bien\b|\bich fuhle mich (?:ganz |)?(?:gut|normal)\b|\bmi sento (?:bene|"
    r"normale)\b|\b(?:me sinto|sinto-me) (?:bem|normal)\b|\bmir geht'?s (?:aber |eigentlich |"
    r"ganz )?gut\b|\b(?:estoy|sto|estou|to) (?:bien|bene|bem)\b|\bje vais bien\b|"
    r"\b(?:estoy|estou|sto) (?:perfect[oa]|perfectamente|perfeitamente|benissimo|otim[oa])\b|"
    r"\b(?:il|elle) va (?:tres )?bien\b|\baucun souci\b|\bta otim[oa]\b|\bnem sentiu nada\b|"
    r"\bcero sintomas\b|\bgeht (?:es )?mir (?:aber |eigentlich |ganz )?gut\b|"
    r"\bkeine (?:beschwerden|symptome|nebenwirkungen)\b|\bmerke (?:gar |absolut )?nichts\b|"
    r"\b(?:i )?(?:don'?t|do not) feel (?:anything|any different)\b|\bnon sento (?:niente|nulla)\b|"
    r"\bno (?:noto|siento) nada\b|\bje ne sens rien\b|\bnao sinto nada\b|"
    r"\b(?:she'?s|he'?s|i'?m|she is|he is|i am|they'?re|seems?|looks?) (?:absolutely |totally |"
    r"completely |perfectly |just )?(?:fine|ok|okay|normal|grand)\b|\bnickel\b|"
    r"\b(?:esta|sta) (?:estupend[oa]|perfect[oa]|genial|fenomenal|benissimo|otim[oa])\b|"
    r"\b(?:ging|geht) (?:es )?(?:ihr|ihm|mir) (?:die ganze zeit |immer |total |voll )?gut\b|"
    r"\btout va bien\b|\bva benissimo\b"
)
_TAKEN_TWICE = re.compile(
    r"^(?![^\n]{0,400}\b(?:overdos|sobredos|surdos|uberdos|sovradosagg))[^\n]{0,400}\b(?:twice|"
    r"two times|deux fois|dos "
    r"veces|zweimal|due volte|duas vezes|(?:two|2|zwei|deux|dos|due|duas) (?:capsules|kapseln|"
    r"pills|tablets|gelules|capsulas|capsule|pastillas|comprimidos|tabletten|comprimes|"
    r"compresse)|(?:two|2) of (?:my|his|her|their) (?:capsules|pills|tablets)|took a double|"
    r"(?:took|taken|tomei|tome|pris|"
    r"genommen|preso) (?:2|two|deux|dos|zwei|due|duas)\b(?! ?(?:weeks|days|months|years|hours))|"
    r"(?:2|zwei) (?:genommen|eingenommen|geschluckt)\b|"
    r"instead of one|invece di una|en lugar de una|"
    r"au lieu d'une|statt einer|em vez de uma|another (?:one|capsule|pill|tablet|dose)|(?:pris|"
    r"genommen|preso|tomei|tome) (?:deux|zwei|due|"
    r"duas|dos)|(?:eine|a|une|una|um|uma) (?:zweite|second|seconde|segunda|seconda)|(?:one|"
    r"an) extra (?:capsule|pill|"
    r"tablet|dose)|2 ?x|x ?2|a double dose|double dosed|doubled (?:up|her|his|my|their)|doppelt|"
    r"zwei ?mal|\d+ ?mg instead of|"
    r"\d+(?:[.,]\d+)? instead of (?:my |the |his |her )?(?:usual|normal|regular))\b"
)
# "what's naloxone, the overdose nasal spray?": the thing, not an overdose
_STUDY_COUNT = re.compile(
    r"\bhad \d+ (?:mice|rats|animals|patients|participants|people|subjects|cell lines|groups)\b"
)
_OVERDOSE_THING = re.compile(
    r"\boverdose (?:nasal )?(?:spray|kit|antidote|reversal|drug|medicine|medication|treatment|"
    r"training|awareness)\b"
)
# "nothing's happening, I just want to know for the future"
_NOT_NOW = re.compile(
    r"\bnothing'?s? (?:is )?happening\b|\bhaven't had (?:anything|any of (?:it|that|them))\b|"
    r"\bnothing like that\b|\bfor the future\b|\bjust (?:want|wanted) to (?:know|ask|check|"
    r"understand|learn)\b|\b(?:can'?t|won'?t|doesn'?t|never) happen again\b|\bhow (?:do|can|"
    r"should) "
    r"(?:i|we) [a-z ]{1,30} now\b|\b(?:ora|adesso|ahora|"
    r"agora|maintenant|jetzt) (?:volevo|vorrei|quiero|queria|quero|je voulais|je voudrais|wollte|"
    r"mochte) (?:sapere|saber|savoir|wissen|chiedere|preguntar|perguntar|demander|fragen)\b|"
    r"\b(?:now )?just (?:curious|asking|wondering|explaining|saying|so you know|for "
    r"context)(?: now)?\b|\bin case\b|"
    r"\b(?:today|now|aujourd'hui|maintenant|hoy|ahora|hoje|agora|heute|jetzt|oggi|adesso|ora),? "
    r"(?:i |je |ich |io |yo |eu )?(?:just |juste |nur |solo |so |only )?(?:wonder|i wonder|"
    r"(?:am |i'm )?wondering|je me demande|me pregunto|mi chiedo|ich frage mich|frage ich mich|"
    r"(?:eu )?me pergunto|pergunto-me)\b"
)
# "(he's totally fine now)": it is over
_RECOVERED = re.compile(
    # session 18: clean of a drug since ("hoy estoy limpio", "I've been clean for years")
    r"\b(?:(?:hoy|ahora|ya) (?:estoy|esta) limpi[oa]|(?:hoje|agora) (?:estou|esta) limp[oa]|"
    r"(?:i'?m|i am|i'?ve been|been|he'?s|she'?s) clean (?:now|since|for)|(?:oggi|ora) sono "
    r"pulit[oa]|(?:heute|jetzt) bin ich clean|aujourd'hui je suis clean)\b|"
    r"\b(?:ya estoy bien|(?:aujourd'hui |maintenant )?(?:ca|tout) va (?:beaucoup |"
    r"bien )?mieux(?: aujourd'hui| maintenant)?|"
    r"(?:alles )?gut uberstanden)\b|"
    r"\b(?:(?:heute|jetzt) )?geht'?s? (?:es )?(?:ihm|ihr) (?:wieder |richtig )?gut\b|"
    r"\b(?:il s'en est (?:bien )?sorti|elle s'en est (?:bien )?sortie|(?:adesso|ora) sta bene|"
    r"(?:ahora|ya) esta bien|(?:agora|hoje) (?:ele |ela )?esta bem|es geht (?:ihm|"
    r"ihr) (?:wieder )?"
    r"gut)\b|"
    r"\b(?:in a (?:good|better|great) place(?: now)?|fully recovered(?: now)?|recovered fully|"
    r"recovered (?:completely|totally)|made a (?:full |complete )?recovery|in recovery (?:for|"
    r"since)|(?:langst|schon lange|lange) wieder (?:ganz )?gesund|ist wieder (?:ganz )?gesund|"
    r"se (?:recupero|recuperou|ha recuperado) (?:bien|por completo|totalmente|completamente)?|"
    r"s'est (?:bien |completement )?(?:remise?|retablie?)(?! (?:un|une|le|la|les|des|du|a)\b)|"
    r"si e (?:ripres[oa]|ristabilit[oa])|"
    r"in therapy now|doing (?:a lot |much |way )?better(?: now)?|(?:it's|is|it is) (?:controlled|"
    r"under control|managed|stable) now|"
    r"e tutto passato|bin seitdem clean|"
    r"(?:heute|jetzt) geht (?:es|'s) mir (?:richtig |wieder |sehr )?gut|"
    r"(?:ya|ahora) estoy bien|(?:hoje|agora) (?:to|estou) bem|ora sto bene|je vais bien "
    r"maintenant|maintenant je vais bien|(?:i'm|i am|he's|she's|he is|she is) (?:doing )?"
    r"(?:well|fine|great|good|ok|okay) now|now (?:i'm|he's|she's|i am|he is|she is) (?:fine|"
    r"well|ok|okay|stable|clean|sober|doing (?:well|great|fine|better)))\b|"
    r"\b(?:all|totally|completely) fine now\b|\b(?:she's|he's|i'm|she is|he is|i am) "
    r"(?:absolutely |totally |completely |perfectly )(?:fine|ok|okay|well)(?: now)?\b|"
    r"\bstable and (?:home|at home)(?: now)?\b|"
    # session 20: "he's home now and doing ok" after a collapse last month
    r"\b(?:(?:he'?s|she'?s|i'?m|he is|she is|i am|and) )?(?:back )?(?:at )?home now(?: and "
    r"(?:doing )?(?:ok|okay|fine|well|good|great))?\b|"
    r"\b(?:i'm|i am|i've been|been|he's|she's|he is|she is) (?:clean|sober)"
    r"(?: (?:now|since|ever since))?(?: (?:for )?(?:\d+|[a-z]+) (?:yrs?|years?|"
    r"months?))?(?: now)?\b|\bnot on any [a-z]+ now\b|"
    r"\bon no [a-z]+(?: at all)? now\b|\b(?:\d+|[a-z]+) (?:yrs?|years?|"
    r"months?) (?:clean|sober)\b|\bno problems? at all\b|\bthat'?s over(?: with)?\b|"
    r"\bsaid (?:she|he|it|i)'?d be (?:fine|ok|okay)\b|\bin a much better place(?: now)?\b|"
    r"\b(?:been|i've been|i have been) (?:well|fine|ok|good|clean|healthy) (?:for|since) "
    r"[a-z0-9 ]{1,15}\b|\btutto passato\b|\balles gut ausgegangen\b|\bc'etait regle\b|"
    r"\bja passou\b|\b(?:ya )?(?:esta|estao|sta) (?:recuperad[oa]s?|ristabilit[oa])\b|"
    r"\bja (?:esta|ta) recuperad[oa]\b|\bcorreu tudo bem\b|\bsalio todo bien\b|"
    r"\btout s'est bien passe\b|\bist alles gut gegangen\b|\be andato tutto bene\b|"
    r"\bturned out to be\b|\b(?:he's|she's|i'm|he is|she is) grand now\b|"
    r"\b(?:she's|he's|i'm|she is|he is|i am) doing (?:really |very |so )(?:well|good|great) "
    r"now\b|\bhoje (?:ela |ele )?(?:ta|esta|to|estou) (?:otim[oa]|bem)\b|"
    r"\bvery much alive\b|\b(?:ca|it|things) va (?:beaucoup |bien |"
    r"tellement )?mieux(?: aujourd'hui| "
    r"maintenant)?\b|\b(?:(?:heute|jetzt) )?geht es mir (?:viel |wieder |schon )?besser\b|"
    r"\b(?:much|a lot|so much) better (?:now|today|these days)\b|\b(?:va|sto|estoy|estou|"
    r"geht es mir) (?:molto |mucho |muito |viel )(?:meglio|mejor|melhor|besser)\b|\b(?:adesso|"
    r"ora) sto bene\b|"
    r"\b(?:c'est|it'?s|that'?s|es|e|ist) (?:derriere moi|behind me|behind us|cosa del pasado|"
    r"alle (?:mie )?spalle|vorbei)\b|\bje suis (?:bien )?suivie?\b|\bliegt hinter mir\b|"
    r"\bmade a (?:great|good|remarkable|amazing|fantastic|brilliant) recovery\b|"
    r"\b(?:she'?s|he'?s|they'?re|she is|he is|they are) (?:getting|receiving) (?:support|help)"
    r"(?: now)?\b|"
    r"\b(?:she'?s|he'?s|i'?m|she is|he is|i am|they'?re) (?:healthy|well|fine) now\b|"
    r"\bfalse alarm\b|\ball sorted(?: now)?\b|\b(?:nobody|no one|none of them) (?:took|had|"
    r"swallowed) any(?:thing)?\b|\b(?:was|is) still sealed\b|\ball (?:still )?there\b|"
    r"\bnothing (?:was )?missing\b|"
    r"\bsono seguit[ao]\b|\b(?:faco|hago|fais) (?:acompanhamento|terapia|une therapie)\b|"
    r"\bvoy a terapia\b|"
    r"\b(?:hoy|ahora|ya|hoje|agora|aujourd'hui|maintenant|heute|jetzt|oggi|ora|today|now),? "
    r"(?:(?:el|ella|ele|ela|il|elle|er|sie|lui|lei) )?(?:je vais bien|il va bien|elle va bien|"
    r"va bien|geht es (?:mir|ihm|ihr|uns) (?:richtig |wieder |sehr )?gut|sto bene|sta bene|"
    r"stanno bene|estoy bien|esta bien|estan bien|to bem|estou bem|esta bem|estao bem)\b|"
    r"\b(?:je vais|il va|elle va) bien (?:aujourd'hui|maintenant)\b|"
    r"\b(?:clean|sober|stable) (?:for )?(?:\d+|[a-z]+) (?:yrs?|years?|months?)(?: now)?\b|"
    r"\bgracias a dios\b|\bgrazie a dio\b|\bgracas a deus\b|"
    r"\b(?:things are|he's|she's|i'm|all|he is|she is|"
    r"it's|everything is|everything's) (?:totally |completely |all )?(?:stable|fine|ok|okay|good|"
    r"better) now\b"
)
# "He has colorectal cancer now", "she's now looking at LDN": the present, but no crisis
_NOW_CONTEXT = re.compile(
    # session 20: "given he's still on morphine" (a medicine taken, not an alarm)
    r"\b(?:he'?s|she'?s|i'?m|he is|she is|i am|they'?re|is|are) still (?:on|taking) (?:his |her |"
    r"my |their |the )?(?:morphine|opioid[a-z]*|painkillers|pain (?:meds|medication|pills)|"
    r"methadone|oxycodone|tramadol|fentanyl|ldn|naltrexone|chemo[a-z]*)\b|"
    r"\b(?:now|ahora|maintenant|jetzt|adesso|ora|agora),? (?:someone |they |le |lui |ihr |ihm |"
    r"gli |lhe )?(?:hablaron|told (?:her|him|me)|mentioned|recommended|suggested|parlent|"
    r"parlano|falaram|empfohlen|recomendaron|propusieron)\b|"
    r"\b(?:aujourd'hui|maintenant|adesso|ora|oggi|ahora|hoy|agora|hoje|heute|jetzt|now|today),? "
    r"(?:il |elle |lei |lui |el |ella |ele |ela |er |sie |he |she |i |je )?(?:prend|prende|toma|"
    r"nimmt|takes|is on|est sous|e in terapia con) (?:de la |della |la |il |el |a |o |du )?"
    r"(?:morphine|morfina|morphium|opioid[a-z]*|oppioid[a-z]*|opiace[a-z]*|methadone|metadona|"
    r"metadone|oxycodone|ossicodone|oxicodona|tramadol[a-z]*|fentanyl[a-z]*|antidolorifici|"
    r"painkillers)\b|"
    r"\b(?:has|have|got|with)\b[^.?!]{0,30}\b(?:cancer|tumou?r|carcinoma|lymphoma|leuk[a-z]+|"
    r"sarcoma|melanoma)\b now\b|\bnow (?:has|have|got)\b[^.?!]{0,30}\b(?:cancer|tumou?r|"
    r"carcinoma|lymphoma|leuk[a-z]+|sarcoma|melanoma)\b|\bnow,? (?:she|he|i|they|my [a-z]+|mum|"
    r"mom|"
    r"dad) (?:has|have|'s got|has got|got)\b[^.?!]{0,30}\b(?:cancer|tumou?r|carcinoma|lymphoma|"
    r"leuk[a-z]+|sarcoma|melanoma)\b|\bnow (?:she|he|i|they|my [a-z]+)(?:'s|"
    r"'ve| is| has| have| was)? (?:been )?(?:offered|prescribed|diagnosed|given|considering|"
    r"looking)\b|\bnow (?:looking at|considering|thinking about|interested in|"
    r"wants to try|asking about|reading about)\b|\bnow,? i (?:just |only )?(?:want|would like|"
    r"wonder|need to know|have a question|am asking|'m asking)\b|"
    r"\b(?:i'?m|i am|he'?s|she'?s) \d+ now\b|\bnow,? (?:she|he|they)'s got\b|"
    r"\b(?:has |have |'s |'ve |was |were )?just (?:been |got |gotten )?diagnos[a-z]*|"
    r"\b(?:acaba|acabou) de ser diagnosticad[oa]\b|\bvient d'etre diagnostiquee?\b|"
    r"\bha appena (?:avuto|ricevuto) (?:la )?diagnosi\b|\bgerade (?:die )?diagnose\b|"
    r"\b(?:now|jetzt|ahora|agora|maintenant|ora|adesso)[,:]? (?:(?:tengo|tenho|j'ai|i have|"
    r"i'?ve got|ich habe|hab|ho|he has|she has|tiene|tem|il a|elle a|er hat|sie hat|ha) )?"
    r"(?:(?:un|una|um|uma|une|a|an|einen|ein|eine) )?(?:[a-z]+ )?(?:cancer|cancro|krebs|"
    r"[a-z]+krebs|tumou?re?|tumeur|lymphom[ae]?|linfoma)\b|"
    r"\b(?:now|is now) (?:takes|taking|is on|on) (?:naltrexone|methadone|suboxone|"
    r"buprenorphine|his meds|her meds|medication)\b|\bstill (?:experimental|being studied|"
    r"off-label|off label|used|available|legal|a thing|considered|unproven)\b|"
    r"\b(?:now|ahora|agora|maintenant|jetzt|ora|"
    r"adesso)\b[^.?!]{0,25}\bdiagnos[a-z]*|"
    r"\b(?:now|ahora|agora|maintenant|jetzt|ora|adesso),? (?:with|con|com|avec|mit) (?:an? |un |"
    r"una |um |uma |einem |einer )?(?:[a-z]+ )?(?:cancer|cancro|krebs|tumou?re?s?|tumeur|"
    r"lymphom[ae]?|linfoma)\b"
)
_HAPPENING_NOW = re.compile(
    r"\b(?:right now|now|currently|at the moment|tonight|today|just|again|"
    r"still(?! (?:count|counts|work|works|good|effective|valid)\b)|"
    r"i'm having|i am having|he's having|she's having|is having|ahora|maintenant|jetzt|adesso|"
    r"agora|hoy|aujourd'hui|heute|oggi|hoje|ce soir|esta noche|stasera|heute nacht|heute abend|"
    r"esta noite|acabo de|acabei de|viens de|vient de|viens d'|vient d'|ho appena|ha appena|"
    r"habe gerade|hat gerade|gerade|en este momento|en ce moment|in questo momento|neste momento|"
    r"respire mal|ne respire|"
    r"unconscious|unresponsive|inconsciente|bewusstlos|won'?t wake|not breathing|"
    r"isn'?t breathing|vomiting|shaking|seizing|convulsing|fitting|choking|wheezing|twitching)\b"
)
# "I nearly fainted when I saw the price": a figure of speech.
_IDIOM = re.compile(
    r"\b(?:papiers|paperasse|formulaires?|prefecture|impots|boulot|"
    r"gosses) (?:[a-z']+ ){0,3}(?:vont|"
    r"va) me tuer\b|"
    r"\b(?:i'?d|i would) rather die than\b(?=[^.?!]{0,60}\b(?:lol|lmao|haha|jk|kidding)\b)|"
    r"\b(?:i )?could kill (?:someone |somebody |a man )?for\b|\bkill(?:ing)? (?:myself|me) "
    r"(?:trying|to figure|figuring|working out)\b|\bucciderei (?:qualcuno )?per\b|"
    r"\bmataria (?:alguem )?por\b|\bkonnte (?:jemanden |einen )?(?:umbringen|morden) fur\b|"
    r"\bje tuerais (?:quelqu'un )?pour\b|\bdying to (?:know|try|ask|hear|find out)\b|"
    r"\bmi e preso un colpo\b|\boverdid it\b|"
    # session 24: taken seriously; which cells a study took ("welche Zelllinien haben die
    # genommen?")
    r"\b(?:preso|presa|presi|prese) (?:sul|al) serio\b|\bpris au serieux\b|\bernst genommen\b|"
    r"\btomad[oa]s? (?:en|a|muy en) serio\b|\blevad[oa]s? a serio\b|\btaken seriously\b|"
    r"\bwelche[rmns]? [a-z-]+ (?:haben|hat) (?:die|sie|er|man|ma)\b[^?]{0,60}\bgenommen\b|"
    r"\b(?:giving|give|gave|gives) me a heart attack\b|"
    r"\boverdos(?:ed|ing|"
    r"e) on (?:pubmed|research|reading|papers|articles|news|"
    r"coffee|caffeine|chocolate|sugar|netflix|tv|information|info|studies|google)\b|"
    r"\bsaign[a-z]* a blanc\b|"
    r"\b(?:wait(?:ing)?(?: room)?|queue|suspense|price|bill|cost|heat|cold|traffic|espera|precio|"
    r"preco|prix|attente|warten|wartezeit|preis|attesa|prezzo|nausees?)\b[^.?!]{0,40}\b(?:(?:is|"
    r"are) "
    r"killing me|will kill me|vai me matar|me va a matar|me mata|me tue(?:nt)?|"
    r"bringt mich (?:noch )?"
    r"um|mi uccide|mi ammazza)\b|\b(?:elles?|ils?) me tuent\b|\bbleed(?:ing)? (?:me|us) dry\b|"
    r"\b(?:nearly|almost) (?:fainted|died|had a heart attack|passed out|had a stroke) "
    r"(?:when|at|after) (?:i|we) (?:saw|read|heard|found out|got|looked)\b"
)
# "what are the FAST signs of a stroke? it's for a first-aid poster": learning, not a crisis
_LEARNING = re.compile(
    r"\bpara la facu\b|"
    r"\bpara a faculdade\b|\bpara la (?:facultad|universidad|uni)\b|\bpour la fac\b|"
    r"\bper l'universita\b|\bfur die uni\b|\bfor (?:uni|college|university)\b|\btravail de "
    r"(?:bachelor|master|fin d'etudes|semestre)\b|\bklausur\b|\btrabalho (?:sobre|de grupo)\b|"
    r"\b(?:first[- ]aid|training course|poster|for (?:work|a class|my class|an exam|school|"
    r"nursing school|a presentation))\b|"
    r"\bfor (?:my|a|an|the) (?:(?:master'?s|phd|doctoral|pharmacology|nursing|med school|"
    r"medical|university|uni|psych(?:ology)?|biology|pharmacy) ){0,2}(?:thesis|dissertation|essay|"
    r"paper|exam|class|course|"
    r"assignment|blog post|article|lecture|module)\b|\b(?:i'?m|i am) (?:a |an )?(?:pharmacy|"
    r"nursing|medical|med|pharmacology|psychology) student\b|\bwriting (?:a|an|my) (?:[a-z]+ )?"
    r"(?:essay|paper|thesis|dissertation|blog post)\b|\bpara (?:mi|o meu|a minha|meu|minha) "
    r"(?:tesis|tesina|tfg|tfm|tcc|tese|trabajo|monografia|dissertacao)\b|\bpour (?:un|mon|ma) "
    r"(?:memoire|these|expose|examen)\b|\b(?:je fais|je redige|j'ecris) (?:mon|ma|un|"
    r"une) (?:memoire|these)\b|\bsto scrivendo "
    r"(?:la|una|il mio|la mia) (?:tesi|tesina)\b|\bescribiendo (?:mi|la|una) (?:tesis|tesina)\b|"
    r"\bescrevendo (?:a minha|minha|uma) (?:tese|dissertacao)\b|\bschreibe (?:meine|eine) "
    r"(?:bachelorarbeit|masterarbeit|doktorarbeit|hausarbeit)\b|"
    r"\bfur (?:meine|meinen|mein) (?:doktorarbeit|"
    r"bachelorarbeit|masterarbeit|hausarbeit|prufung|referat)\b|\bper la (?:tesi|tesina)\b|"
    r"\b(?:tesi|esame) di [a-z]+\b|\b(?:nursing|pharmacy|medical|med|pharma) (?:student|school)\b|"
    r"\betudiante en\b|\bpflegeschuler(?:in)?\b|\bhausarbeit\b|\b(?:a|the|my) character\b|"
    r"\bwriting a (?:story|novel|book|scene|script)\b|\bfor overdoses\b|"
    r"\b(?:estudio|estudo|studio|studiere|etudie) (?:enfermeria|enfermagem|infermieristica|"
    r"medicina|farmacia|pflege|medizin|pharmazie|la medecine|la pharmacie)\b|"
    r"\btengo (?:un )?examen\b|\bexamen de [a-z]+\b|\b(?:pflege)?ausbildung\b|"
    r"\b(?:a|an|our|the) (?:mental health|health|biology|psychology|pharmacology|first aid) "
    r"(?:unit|class|module|lesson|course)\b|\b(?:scrivendo|escribiendo|escrevendo|ecris|schreibe) "
    r"(?:un|una|um|uma|einen|ein) (?:romanzo|racconto|libro|novela|cuento|romance|livro|roman|"
    r"livre|buch|krimi)\b|\b(?:un|el|il|o|le|der|die) (?:personaggio|personaje|personagem|"
    r"personnage|figur|protagonist[ao]?)\b|\bwriting (?:my|a|an) [a-z']+ (?:thesis|"
    r"dissertation)\b|\b(?:bachelor|master|doktor|haus)arbeit\b|"
    r"\b(?:nursing|pharmacology|pharmacy|medical|med school|biology|psych(?:ology)?) (?:exam|test|"
    r"quiz|class|lecture|module|course)\b|\b(?:trabajo|trabalho|travail|lavoro|arbeit|project|"
    r"proyecto|projet|progetto|projeto) (?:para|pour|per|fur|for) (?:la |a |l'|die |the |my )?"
    r"(?:uni|universidad|universidade|universite|universita|facultad|faculdade|fac|school|escuela|"
    r"escola|ecole|scuola|class|clase|aula|cours)\b|"
    r"\b(?:news (?:story|article|report|item)|in the news|on the news|reportage|documentary|"
    r"documentaire|documental|documentario|dokumentation|reportaje|noticias?|nachrichten|"
    r"telegiornale|no jornal|sul giornale|in der zeitung|dans le journal|en el periodico)\b"
)
# "I'm a psychologist and see cancer patients with suicidal thoughts": the work, not a crisis
_PROFESSIONAL = re.compile(
    r"\b(?:i'?m|i am|je suis|soy|sono|sou|ich bin) (?:a |an |un |une |una |um |uma |eine? )?"
    r"(?:psycholog[a-z]*|psicolog[oa]|psychologue|therapist|therapeute|terapeuta|counsel+or|nurse|"
    r"infirmiere|enfermer[oa]|infermier[ea]|krankenschwester|pfleger(?:in)?|teacher|professeure?|"
    r"profesora?|lehrer(?:in)?|insegnante|professora?|social worker|psychiatrist|psychiatre|"
    r"psiquiatra|psichiatra|psychiater(?:in)?)\b|\batendo pacientes\b|\bi work with "
    r"(?:patients|people|teenagers|students)\b"
)
# "a novel where the heroine thinks of ending it": fiction, not a crisis
_FICTION = re.compile(
    r"\b(?:writing (?:a|my) (?:story|novel|book|scene|script|short story)|novel|romanzo|novela|"
    r"krimi|polar|(?:a|my|the) character|protagonist[a-z]*|personaggio|personaje|personagem|"
    r"personnage)\b"
)
# "What are suicide rates among cancer patients?": a statistic, not a crisis.
_SUICIDE_STATISTIC = re.compile(
    r"\bsuicide (?:rates?|statistics|figures|numbers|risk (?:among|in|of))\b|\b(?:rates?|"
    r"statistics) of suicide\b|\btasa de suicidios?\b|\btaux de suicides?\b|\bsuizidrate\b|"
    r"\btasso di suicidi[oa]?\b|\btaxa de suicidios?\b|\bsuicide prevention\b|"
    r"\b(?:memoire|these|thesis|essay|tesi|tesis|tese|hausarbeit|referat|assignment|dissertation|"
    r"paper) (?:sur|on|about|sul|sobre|uber) (?:le |la |il |el |o |den )?(?:suicide|suicidio|"
    r"suizid)\b|"
    r"\bsuizidpravention\b|\bsuizidpraevention\b|\bsuicide (?:risk )?(?:screening|assessment)\b|"
    r"\bprevencion del suicidio\b|\bprevention du suicide\b|"
    r"\bprevenzione del suicidio\b|\bprevencao do suicidio\b|"
    r"\b(?:suicid[a-z]*|ideacao suicida|idees suicidaires|ideas suicidas|ideazione suicidaria|"
    r"suizidgedanken|self-harm|autolesiones) (?:en|in|among|chez|bei|nei|em|entre|dans|with) "
    r"(?:les |los |der |den |i |os |as )?(?:(?:cancer|oncolog[a-z]*) )?(?:pacientes|patients|"
    r"patienten|pazienti|malades|people|personas|persone|pessoas|teenagers|students)\b|"
    r"\b(?:pacientes|patients|patienten|pazienti|malati|malades|doentes)\b[^.?!]{0,50}"
    r"\b(?:idees suicidaires|ideacao suicida|ideas suicidas|suicidal (?:thoughts|ideation)|"
    r"ideazione suicidaria|suizidgedanken)\b|"
    r"\b(?:warning )?signs (?:that )?(?:someone|somebody|a person|a friend|people|a patient) "
    r"(?:is|are|might be|may be|could be) suicidal\b|\b(?:thesis|dissertation|essay|paper) on "
    r"suicid[a-z]*\b"
)
# "How do you tell a heart attack from a panic attack?" asks for information.
_GENERIC_SIGNS_QUESTION = re.compile(
    # session 19: "Do you get withdrawal symptoms if you come off LDN…?", "Is LDN safe for
    # someone with epilepsy?"
    r"^(?:do|does|can|will|would) (?:you|one|people|patients|someone) (?:get|have|experience|"
    r"suffer)\b[^.?!]{0,40}\bif\b|^is (?:ldn|it|naltrexone|low[- ]dose naltrexone) (?:safe|ok|"
    r"okay|dangerous|risky) for (?:someone|people|patients|a person|anyone|those) with\b|"
    r"^(?:how (?:do|can|would|could) (?:you|one|people) (?:tell|know|recogni[sz]e|spot)|"
    r"what are (?:the )?(?:signs|symptoms|warning signs) of|wie erkennt man|"
    r"comment (?:reconnaitre|reconnait-on|savoir)|como (?:se )?(?:reconoce|reconocer|reconhecer|"
    r"sabe)|come (?:si )?(?:riconosce|riconoscere)|cuales son (?:los )?(?:sintomas|signos)|"
    r"quels sont (?:les )?(?:signes|symptomes)|(?:welche|was sind die) (?:symptome|anzeichen)|"
    r"quali sono (?:i )?(?:sintomi|segni)|quais (?:sao )?os (?:sintomas|sinais))\b"
)


# "Steht im Artikel, was bei einer Überdosis passiert?": a question about the documents.
_ASKS_THE_SOURCES = re.compile(
    r"\b(?:what does|does|did|do) (?:the |this |your )?(?:article|study|studies|sources?|review|"
    r"abstracts?|paper) (?:say|said|mention|talk|discuss)\b|\bsteht (?:im|in dem) artikel\b|"
    r"\bl'article (?:parle|dit|mentionne)\b|\bel articulo (?:dice|habla|menciona)\b|"
    r"\bo artigo (?:fala|diz|menciona)\b|\bl'articolo (?:dice|parla)\b"
)


def _emergency(norm: str) -> tuple[str, str] | None:
    for reason, pattern in EMERGENCY_PATTERNS.items():
        for match in pattern.finditer(norm):
            if not _is_question_about(reason, match, norm):
                return reason, match.group()
    return None


def _overlaps(pattern: re.Pattern[str], match: re.Match[str], norm: str) -> bool:
    return any(m.start() < match.end() and match.start() < m.end() for m in pattern.finditer(norm))


def _happening_now(norm: str) -> bool:
    """A word for the present that is not "fine now", "just curious" or "has cancer now"."""
    rest = _NOT_NOW.sub(" ", _RECOVERED.sub(" ", _NOW_CONTEXT.sub(" ", norm)))
    return _HAPPENING_NOW.search(rest) is not None


_TOOK_ALL = re.compile(
    r"\b(?:all|alle|todas?|todos|tutte|tutti|toutes?|tous|the whole|die ganze|toda a|entire|whole|"
    r"\d{2,})\b[^.?!]{0,25}\b(?:pills|tablets|capsules|meds|tabletten|kapseln|pastillas|capsulas|"
    r"compresse|pillole|comprimes|gelules|comprimidos|bottle|box|pack|packung|frasco|scatola|"
    r"boite|caixa|cartela)\b"
)


def _harmless_double(norm: str) -> bool:
    """ "Took two by mistake, I feel fine: skip tomorrow's?" — not when the message also tells
    of taking all of them ("…but now I've taken all my pills")."""
    return (
        _FEELS_FINE.search(norm) is not None
        and _TAKEN_TWICE.search(norm) is not None
        and _TOOK_ALL.search(norm) is None
    )


def _told_as_over(norm: str) -> bool:
    """ "Two years ago my mum overdosed (she's fine now)": the alarm is in the past. "She
    started LDN last month" dates the medicine, not the alarm."""
    dated = _STARTED_AGO.sub(" ", norm)
    over = _LONG_AGO.search(dated) or _RECOVERED.search(dated)
    return over is not None and not _happening_now(norm)


def _is_question_about(reason: str, match: re.Match[str], norm: str) -> bool:
    """An alarming phrase that asks about a risk, a sign, cell biology or the past."""
    if _overlaps(_IDIOM, match, norm) or _overlaps(_SEIZURE_THRESHOLD, match, norm):
        return True
    asked = _ASKS_THE_SOURCES.search(norm)
    if (
        asked
        and asked.end() <= match.start()
        and not re.search(r"[.?!]", norm[asked.end() : match.start()])
    ):
        return True  # "what does the article say about LDN and seizures?"
    if _told_as_over(norm):
        return True
    now = _happening_now(norm)
    learning = _LEARNING.search(norm) or _NOT_NOW.search(norm)
    if reason != "emergency.self_harm" and learning and not now:
        return True
    if reason == "emergency.overdose":
        return (
            _overlaps(_GENERIC_OVERDOSE_QUESTION, match, norm)
            or _overlaps(_OVERDOSE_IN_THE_SOURCES, match, norm)
            or _overlaps(_OVERDOSE_THING, match, norm)
            or _overlaps(_STUDY_COUNT, match, norm)
            or _harmless_double(norm)
            or _NOT_TAKEN_YET.search(norm) is not None
            or (_HYPOTHETICAL_INTAKE.search(norm) is not None and not _HAPPENING_NOW.search(norm))
        )
    if reason == "emergency.self_harm":
        # "my thesis on suicide risk: do these studies look at suicidal thoughts?" (the topic word
        # alone, not "I want to die")
        studied = (
            re.fullmatch(r"suicid[a-z]*|self-harm", match.group()) is not None
            and _SUICIDE_STATISTIC.search(norm) is not None
            and (_LEARNING.search(norm) or _PROFESSIONAL.search(norm)) is not None
        )
        if _FICTION.search(norm) and not _FIRST_PERSON_NOW.search(norm) and not now:
            return True  # "la protagonista pensa di farla finita"
        return _overlaps(_CELL_SUICIDE, match, norm) or (
            (_overlaps(_SUICIDE_STATISTIC, match, norm) or studied) and not now
        )
    if _GENERIC_SIGNS_QUESTION.search(norm):
        return not now
    return _GENERIC_SYMPTOM_QUESTION.search(norm) is not None and not _FIRST_PERSON_NOW.search(norm)


# ---------------------------------------------------------------------------------------
# Dosing
#
# A cue is a phrase that asks about one side of dosing. Generic cues ("how often", "what
# time", "combien") count only when the message is about a medicine at all; the others
# are specific enough on their own. A description of the studies ("what dose did the
# mice get?") is not a request, unless it is turned towards a person.

_UNIT = (
    r"(?:mg|milligrams?|milligrammes?|milligramm[ei]?|miligramos?|miligramas?|mcg|micrograms?|"
    r"µg|μg|ug|ml|milliliters?|millilitres?)"
)
_NUMBER = r"(?:\d+(?:[.,]\d+)?|[.,]\d+)"
_DOSE_WORD = (
    r"(?:dose|doses|dosage|dosis|dosierung|dosaggio|dosagem|posologie|posologia|[a-z]+-dosis|"
    r"(?!uber|ueber)[a-z]{3,}dosis|schema posologico)"
)
_PREPARE_VERB = (
    r"(?:preparar|preparo|prepara|preparare|preparer|fabricar|fabriquer|formular|diluir|diluer|"
    r"diluire|disolver|dissoudre|dissolver|sciogliere|herstellen|zubereiten|auflosen|verdunnen|"
    r"manipular|dissolvo|disuelvo|dissous|sciolgo|aufl[oa]se|diluo|diluyo|dilue|diluisco|"
    r"verdunne)"
)
_PREPARED_THING = (
    r"(?:ldn|naltrexone|capsulas?|gelules?|kapseln|capsule|pastillas?|comprimes?|comprimidos?|"
    r"compresse|tablett[a-z]*|liquid[ao]|liquide|flussig[a-z]*|dosis|dose|\d+ ?mg|kapsel)"
)
_TITRATE_VERB = (
    r"(?:subir|subo|aumentar|aumento|aumente|incrementar|bajar|reducir|disminuir|augmenter|"
    r"augmente|diminuer|reduire|baisser|erhohen|erhohe|erhoht|steigern|steigere|reduzieren|"
    r"senken|aumentare|ridurre|diminuire|scalare|diminuir|reduzir)"
)
_CHANGE_VERB = (
    r"(?:increase|increases|increased|increasing|raise|raised|raising|lower|lowered|lowering|"
    r"reduce|reduced|reducing|decrease|decreased|decreasing|adjust|adjusted|adjusting|double|"
    r"doubled|doubling|halve|halved|halving|cut|cutting|bump|bumping|change|changing|up|upping)"
)
_PERSON_TARGET = (
    r"(?:human|humans|person|people|adult|adults|man|woman|men|women|patient|patients|child|"
    r"children|kid|kids|someone|somebody|me|my|myself|i|humano|humanos|persona|personas|adulto|"
    r"humaine|humain|personne|adulte|mensch|menschen|menschlich[a-z]*|erwachsene[nr]?|"
    r"umano|umani|essere umano|pessoa|pessoas)"
)
_ADMIN_VERB = (
    r"(?:take|taken|taking|have|use|start|resume|pause|paused|stop|skip|give|dose|dosed|tomar|"
    r"tomaria|tomarias|tomariam|prendrait|prendrais|prenderebbe|prenderei|"
    r"tomo|toma|tome|tomarla|tomarlo|prendre|prends|prend|nehmen|nehme|nimmt|einnehmen|prendere|"
    r"prendo|prende|assumere)"
)
# The question frames that ask how to take something: "should I take", "is LDN taken",
# "is it ok to take", "se toma". "Does LDN have …" asks about the drug, not about taking it.
_MODAL = (
    r"(?:should|can|could|do|does|must|shall|may|would|will|debo|debe|puedo|se|dois|faut-il|"
    r"peut-on|puis-je|soll|sollte|muss|kann|darf|devo|posso|si|deve)"
)
_SUBJECT = (
    r"(?:i|we|you|he|she|they|one|someone|people|patients|my [a-z]+|his [a-z]+|her [a-z]+|"
    r"ich|je|yo|io|eu)"
)
_ASK_TO_TAKE = (
    rf"(?:\b{_MODAL} (?:{_SUBJECT} )?(?:(?:still|also|just|really|only|then) )?{_ADMIN_VERB}\b|"
    r"\b(?:is|are|should|can|must) (?:ldn|it|naltrexone|they) (?:(?:meant|supposed|designed|"
    r"intended) to )?(?:be )?(?:best )?(?:taken|given|"
    r"used|dosed|started|paused|resumed)\b|"
    r"\b(?:is it|it is|it's) (?:ok|okay|fine|better|best|safe|alright|bad|good|wise|possible|"
    rf"necessary)(?: for (?:me|him|her|them|us))? to {_ADMIN_VERB}\b|"
    rf"\b(?:better|best|ok|okay|fine|safe|how|when) to {_ADMIN_VERB}\b)"
)
_WHEN_DETAIL = (
    r"(?:mornings?|nights?|nightly|evenings?|bedtime|bed|wake|waking|breakfast|lunch|lunchtime|"
    r"dinner|meals?|food|stomach|tonight|tomorrow|juice|water|milk|"
    r"(?<!be used at the )(?<!be given at the )same time|"
    r"before (?:sleep|sleeping|bed|going to bed))"
)
_HOW_OFTEN_DETAIL = (
    r"(?:days?|daily|weeks?|weekly|weekends?|months?|cycles?|frequently|often|once|twice|"
    r"every|only on)"
)


def _asks_how_to_take(detail: str) -> str:
    return rf"{_ASK_TO_TAKE}[^.?!]{{0,40}}\b{detail}\b"


# (reason, pattern, generic)
# Whom a dose would be for when it is not the visitor: "what would a ferret even get?"
_YOUNG_OR_ANIMAL = (
    r"(?:teen(?:ager)?|child|kid|toddler|baby|ferret|dog|cat|puppy|kitten|rabbit|bunny|hamster|"
    r"horse|parrot|bird)"
)
_CLOCK_ABROAD = (
    r"\b(?:time ?zones?|jet ?lag|fuso(?: orario)?|decalage(?: horaire)?|zeitverschiebung|"
    r"zeitzonen?|diferencia horaria|fuso horario|horas? (?:menos|mas|de diferencia)|"
    r"heures? de decalage|h de decalage|ore di fuso|ora italiana|hora de (?:espana|aca|"
    r"alla|aqui)|heure (?:francaise|locale|de paris)|deutscher zeit|ortszeit|hora local|"
    r"ora locale|home time|local time|time difference|difference horaire|zeitunterschied|"
    r"differenza di fuso|diferenca de fuso)\b"
)
_TAKE_IT = (
    r"\b(?:take|taking|tomo|tomar|toma|tomando|tomarla|prendo|prendi|prendere|prends|prendre|"
    r"garde|nehme|nehmen|einnehmen|sigo|shift|cuadro|dose|dosis|horario|handle it|manage it|"
    r"como faco|como hago|comment je fais|wie mache ich|come faccio)\b"
)
# Session 26: a figure a doctor or a pharmacy wrote down, asked to be checked
_PHARMACY = (
    r"\b(?:pharmacy|pharmacies|pharmacist|pharmacie|pharmacien(?:ne)?|farmacia|farmacie|"
    r"apothek[a-z]*|farmacist[ae]|farmaceutic[oa]|drugstore|chemist)\b(?! (?:student|school))"
)
# a small number standing alone: not a year, a price, "M1" or "6-beta"
_SMALL_FIGURE = (
    r"(?<![\w.,$€-])\d{1,2}(?:[.,]\d+)?(?![\d-])(?! ?(?:euros?|eur|€|\$|dollars?|reais|pounds|%))"
)
_PRESCRIBED_FIGURE = (
    r"(?:\b(?:ordonnance|etiquette|etikett|rezept|verordnung|ricetta|etichetta|receita|rotulo|"
    r"receta|etiqueta|label|prescription|script)\b|"
    + _PHARMACY
    + r")[^?]{0,60}(?:"
    + _SMALL_FIGURE
    + r"|\b(?:gelules?|capsules?|kps|kapseln?|capsulas?|compress[ae]|"
    r"comprimid[oa]s?|tablets?)\b)|"
    + _SMALL_FIGURE
    + r"[^?]{0,40}\b(?:ordonnance|rezept|ricetta|receita|receta|"
    r"prescription)\b"
)
_IS_IT_RIGHT = (
    r"\b(?:bon chiffre|coherent|correct[ea]?|stimmt (?:das|des|es)|passt (?:das|des)|richtig|"
    r"va bene|giusto|corrett[oa]|esta certo|ta certo|certo pra mim|esta bien|es correcto|is "
    r"(?:that|this|it) (?:right|correct|ok)|sound right|confirmer|bestatig[a-z]*|conferm[a-z]*)\b"
)
_TREATMENT_DAY = (
    r"(?:chemo|chemio|quimio|quimioterapia|chimio|chemotherap[a-z]*|perfusion|infusion|flebo|"
    r"bestrahlung|radiation|radiotherap[a-z]*|radioterapia|irm|mri|pet|tac|scan|examen)"
)
_NIGHT_WORK = (
    r"\b(?:nachtschicht(?:en)?|night ?shifts?|nights|travail(?:le)? de nuit|de nuit|turno (?:di|"
    r"de) (?:noche|notte)|turni di notte|plantao noturno|turno da noite|trabajo de noche)\b"
)
_BEDTIME = (
    r"(?:\b(?:vor dem )?schlafengehen|\bbed ?time|\bbefore bed|\bau coucher|\ble soir|"
    r"\bevening|\babends|\bantes de dormir|\bla noche|\bla sera|\ba noite)\b"
)
_DOSING_CUES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    # A regimen asked for, a bare number, where to start: the forms native speakers of the
    # other five languages use ("qué esquema me recomiendas", "quel schéma de LDN", "welches
    # LDN-Schema", "dimmi solo il numero", "elle commencerait par quoi").
    (
        "dosing.amount",
        _rx(
            r"\b(?:que|qual|quel|quelle|welches|welchen|welche|che|quale|what|which) (?:ldn-?)?"
            r"(?:esquema|schema|pauta|protocolo|protocole|protokoll|protocollo|regimen|protocol)\b"
            r"(?! (?:did|was|were|do|does|del estudio|de l'etude|der studie|dello studio|"
            r"do estudo))",
            r"\b(?:esquema|schema|pauta|protocolo|protocole) (?:de inicio|d'initiation|de depart|"
            r"iniziale|inicial)\b|\b(?:suggest|recommend|give me|share|send me|pasame|mandame|"
            r"dame|passe-moi|gib mir|dammi|me passa)\b[^.?!]{0,10}\b(?:the |a |el |le |das |lo |"
            r"o )?"
            r"(?:schedule|regimen|protocol|esquema|schema|protocolo|protocole|protokoll|"
            r"protocollo)\b(?! (?:of|from|in) (?:the )?(?:study|studies|mice|paper))",
            r"\b(?:escreve|escribe|ecris|schreib|scrivi|write)\b[^.?!]{0,20}\b(?:a |la |une |ein |"
            r"the |me a |me la |me une )?(?:ordonnance|rezept|prescription|(?:receita|receta|"
            r"ricetta)\b(?=[^.?!]{0,30}\b(?:complet[a-z]*|dos[a-z]*|horario|orario|ldn|"
            r"naltrex[a-z]*)))",
            r"\bldn-?schema\b|\b(?:esquema|schema|pauta)\b[^.?!]{0,40}\b(?:recomiend[a-z]*|"
            r"recomend[a-z]*|propos[a-z]*|empfehl[a-z]*|consigli[a-z]*|indica[a-z]*|sugier[a-z]*|"
            r"suger[a-z]*)\b",
            r"\b(?:mit echten zahlen|con (?:numeros|cifras) reales|"
            r"avec (?:les )?(?:vrais chiffres|"
            r"quantites exactes)|con (?:i )?numeri veri|com (?:os )?numeros reais|"
            r"with (?:the )?(?:real|"
            r"actual|exact) (?:numbers|figures|amounts|doses|quantities))\b",
            r"\b(?:solo|juste|nur|so|just|seulement|soltanto) (?:el |un |il |o |eine |a |le |the |"
            r"die |la |das |"
            r"uma? )?(?:numero|chiffre|zahl|number|cifra|nombre)\b",
            r"\b(?:commencer|commencerait|commencerais|iniziare|inizierebbe|partirebbe|empezar|"
            r"empezaria|comecar|comecaria|anfangen|starten|start)\b[^.?!]{0,60}\b(?:par quoi|"
            r"da dove|por donde|por onde|por que dosis|womit|mit wie ?viel|con cuanto|com quanto|"
            r"con quanto|a combien|where)\b",
            r"\b(?:demarr|commenc)[a-z]*\b[^.?!]{0,30}\ba combien\b",
            r"\b(?:donner|donne|donneriez|donnerais|donnerait|darias|daria|darebbe|dareste|"
            r"geben sie|wurden sie)\b[^.?!]{0,20}\b(?:combien|cuanto|quanto|wie ?viel)\b|"
            r"\b(?:combien|cuanto|quanto|wie ?viel) (?:le |la |lui |gli |le |ihr |ihm |lhe )?"
            r"(?:doy|donne|do|gebe|dou|dar|darle|dargli)\b",
        ),
        False,
    ),
    # A break, how long, tapering: "kann ich das LDN so lang aussetzen?", "posso sospendere
    # l'ldn?", "se deja de golpe o de a poco?", "hasta cuando hay que seguir con el LDN?"
    (
        "dosing.timing",
        _rx(
            r"\b(?:aussetzen|absetzen|pausieren|sospendere|interrompere|suspender|interrumpir|"
            r"interromper|pausar|parar|arreter|interrompre|suspendre|smettere|dejar)\b "
            r"(?:(?:l'|la |el |o |a |das |le |il |lo |taking )?(?:ldn|naltrex[a-z]*))\b",
            r"\b(?:ldn|naltrex[a-z]*)\b[^.?!]{0,25}\b(?:aussetzen|absetzen|pausieren|weglassen)\b",
            r"\b(?:sospenderl[oa]|suspenderl[oa]|interrumpirl[oa]|interromper|dejarl[oa]|"
            r"pararl[oa]|l'arreter|l'interrompre|lo sospendo|la suspendo)\b[^.?!]{0,40}\b(?:dias|"
            r"jours|tage|giorni|semanas|semaines|wochen|settimane|vacaciones|vacances|urlaub|"
            r"ferie|ferias|viaje|voyage|reise|viaggio|viagem|chemio|quimio|chimio|chemo)\b",
            r"\bde golpe o (?:de a poco|poco a poco|gradual[a-z]*)\b|\bpoco a poco o de golpe\b|"
            r"\bd'un coup ou (?:progressivement|petit a petit)\b|\bausschleichen\b|"
            r"\bde uma vez ou aos poucos\b|\bdi colpo o (?:gradualmente|poco a poco)\b|"
            r"\b(?:all at once|cold turkey) or (?:gradually|taper[a-z]*|slowly)\b",
            r"\bhasta cuando (?:hay que |debo |tengo que |se debe )?(?:seguir|tomar|continuar)\b|"
            r"\bjusqu'a quand\b[^.?!]{0,20}\b(?:prendre|continuer)\b|\bfino a quando\b"
            r"[^.?!]{0,20}\b(?:prendere|continuare|prenderlo)\b|\bate quando\b[^.?!]{0,20}"
            r"\b(?:tomar|continuar)\b|\bpor (?:quanto|cuanto) tiempo se toma\b|"
            r"\bpor quanto tempo se toma\b|\bwie lange (?:muss|soll|sollte) (?:ich|man|er|sie)\b"
            r"[^.?!]{0,30}\b(?:nehmen|einnehmen)\b",
            r"\b(?:mejor|mieux|besser|meglio|melhor|better)\b[^.?!]{0,60}\b(?:dias|jours|tage|"
            r"giorni|days) (?:antes|avant|vorher|prima|before|despues|apres|danach|dopo|depois|"
            r"after)\b",
            r"\bhow long (?:do|should|must|would) (?:i|we|he|she) (?:need to |have to )?(?:be off|"
            r"wait|stop|come off)\b[^.?!]{0,40}\b(?:before|until)\b[^.?!]{0,30}\b(?:start|take|"
            r"begin|try)\b",
            r"\bhow long do (?:people|patients|most people|you) (?:normally |usually |typically )?"
            r"(?:stay on|keep taking|take) (?:it|ldn|naltrexone)\b",
            r"\b(?:with|without|w) (?:food|meals?|brekkie|breakfast)\b[^.?!]{0,20}\bor not\b|"
            r"\bwith (?:brekkie|breakfast|brekky)\b",
            r"\b(?:toma|tomo|prend|nimmt|prende|take|takes|have)\b[^.?!]{0,30}\b(?:dia|jour|tag|"
            r"giorno|"
            r"day) (?:da |de la |de |der |della |of (?:the |his |her |my )?)(?:quimio|chimio|"
            r"chemio|chemo)\b",
            r"\b(?:the )?night before (?:the |my |his |her )?(?:oxaliplatin|chemo|infusion|"
            r"cisplatin)\b",
            r"\b(?:\d+|one|two|three|four) (?:weeks?|days?) on,? (?:\d+|one|two|three|"
            r"four)? ?(?:weeks?|"
            r"days?) off\b",
            r"\btake-it-every-day\b|\bbetter off (?:taking|having) it\b|\b(?:drop|turn) (?:it|the "
            r"dose) (?:down|up)\b|\b(?:right|best|good) time (?:for (?:him|her|"
            r"me|them) )?to (?:restart|start|resume|stop|take)\b",
            r"\bmonter progressivement\b|\bcommencer (?:petit|doucement|bas)\b|"
            r"\bon monte comment\b|"
            r"\bcommence petit\b|\bempezar (?:bajo|poco a poco|despacio)\b|\blangsam (?:steigern|"
            r"anfangen|hochgehen)\b|\bcominciare piano\b|\bcomecar devagar\b|\b(?:monter|subir|"
            r"steigern|aumentare|aumentar) (?:progressivement|poco a poco|gradualmente|langsam|"
            r"aos "
            r"poucos)\b",
            r"\bquanto tempo deve passare\b|\bcuanto tiempo (?:tiene que|debe) pasar\b|"
            r"\bcombien de "
            r"temps (?:faut-il |dois-je )?attendre\b|\bwie lange (?:muss|soll) (?:ich|er|sie|man) "
            r"warten\b|\b(?:quanto tempo|per quanto tempo|cuanto tiempo|por cuanto tiempo|combien "
            r"de temps|wie lange|por quanto tempo) (?:devo |debo |dois |muss ich |tengo que |"
            r"si va |"
            r"se )?(?:continuare|continuar|seguir|continuer|weiter|andare avanti|va avanti|"
            r"si va avanti|"
            r"prenderlo|tomarlo|tomar)\b",
            r"\b(?:apro|abro|j'ouvre|offne) (?:la |a |die )?(?:capsula|gelule|kapsel)\b|"
            r"\b(?:prendo|"
            r"tomo|prends|nehme) (?:la |ne )?(?:meta|mitad|moitie|halfte|metade)\b|\bcome devo "
            r"(?:prenderl[oa]|assumerl[oa])\b|\bcomo (?:debo|tengo que) tomarl[oa]\b|\bcomment je "
            r"dois le prendre\b|\bpause einlegen\b|\bdurchnehmen\b|\bfaire une pause\b|"
            r"\bhacer una "
            r"pausa\b|\bfare una pausa\b|\bfazer uma pausa\b|\btake a break from (?:it|ldn)\b|"
            r"\bwie "
            r"(?:wurde|wuerde|soll|sollte) (?:der|die|man|ich|er|sie) (?:am besten )?einsteigen\b",
            r"\bpretend\b[^.?!]{0,90}\b(?:schedules?|dosing|dosage)\b",
            r"\b(?:need|needs|get|gets) (?:a )?(?:smaller|lower|bigger|higher|larger|different) "
            r"(?:amount|dose|dosage)\b|\b(?:do|take|have) (?:weekends?|a (?:week|day|"
            r"few days)) off\b|"
            r"\b(?:go|get) (?:straight )?back (?:to|on) (?:my|the|his|her) (?:old |usual |normal |"
            r"previous )?(?:amount|dose|dosage)\b|\bmix (?:my |his |her |"
            r"the )?(?:[a-z]+'s )?(?:ldn|"
            r"capsules?|it|dose)\b[^.?!]{0,20}\b(?:into|in|with)\b|\bevery (?:second|2nd|third|"
            r"3rd) "
            r"day\b|\bwhich end of (?:that|the|this)\b|\b(?:decale|decaler|verschiebe|verschieben|"
            r"sposto|spostare|muevo|mover|mudo|mudar) (?:ma|la|meine|die|la mia|mi|"
            r"a minha) (?:prise|"
            r"einnahme|dose|dosis|toma|dosi)\b|\ba stomaco pieno\b|\bwhat (?:exactly )?(?:does|"
            r"would|"
            r"did) (?:her|his|the|my) doctor (?:tell|say|prescribe)\b[^.?!]{0,20}\b(?:to take|"
            r"take|"
            r"dose)\b|\bwhat (?:would|does) (?:that|it) (?:work out|come out|come) to\b",
            r"\b(?:correct|right|proper) (?:method|way) (?:of|to|for) (?:taking|take|give|giving|"
            r"using|use)\b|\b(?:snort|sniff|inject|smoke|shoot up)\b[^.?!]{0,20}\b(?:ldn|it|"
            r"naltrexone)\b|\b(?:elle|il) devrait faire pareil\b|\bshould (?:my [a-z]+|he|she|"
            r"they|"
            r"we) do (?:it )?(?:that way|the same)\b|\bon for a (?:bit|while) then off\b|"
            r"\bkapsel (?:offnen|aufmachen)\b|\b(?:offnen|aufmachen) (?:die |der )?kapsel\b|"
            r"\b(?:make|made|making)(?: it| ldn)? up (?:as|into) (?:a )?(?:cream|gel|liquid|"
            r"lotion|"
            r"ointment|spray)\b|\bopening (?:the |"
            r"his |"
            r"her |my )?capsules?\b|\b(?:in|for) (?:a|an) (?:grown|adult|full[- ]grown|average) "
            r"(?:man|woman|person|human|adult)\b[^.?!]{0,30}\b(?:would be|be|is)\b|"
            r"\b\d+(?:[.,]\d+)? "
            r"(?:ou|o|oder|or) (?:c'est|es|ist das|e|is that|is it) (?:trop|demasiado|zu viel|"
            r"troppo|"
            r"demais|too much)\b|\bcome (?:glielo|gliela|glieli|lo|la) (?:faccio|posso far) "
            r"prendere\b|\bcomo se lo (?:doy|hago tomar)\b|\bschleich(?:t|en)? (?:man |"
            r"ich )?(?:das |"
            r"es |ldn |sie )?(?:am besten |dann )?(?:ein|aus)\b|\beinschleichen\b",
            r"\bis (?:that|this) the right way to (?:do|take|have|give) it\b|\b(?:shift|adjust|"
            r"move) "
            r"(?:my|the|his|her) (?:ldn|dose|doses|timing|schedule)\b|\bopen (?:them|it|"
            r"the capsules?|"
            r"the caps)(?: up)?\b[^.?!]{0,30}\b(?:put|mix|sprinkle|stir|pour)\b|\b(?:prenderne|"
            r"prenderla|prenderlo) (?:di )?(?:meno|piu)\b|\btomar (?:menos|mas)\b|"
            r"\bprendre moins\b|"
            r"\bweniger nehmen\b|\btake (?:less|more) than\b|\b(?:vomit[a-z]*|threw up|vomi|"
            r"erbrochen|vomitato|vomitei)\b[^.?!]{0,40}\b(?:another|otra|une autre|noch eine|"
            r"un'altra|outra)\b|\b(?:me tomo|tomo|take|prendo|prends|nehme) (?:otra|another|une "
            r"autre|noch eine|un'altra|outra)\b",
            r"\b(?:same )?timing (?:relative to|around|with) (?:my|his|her|the) (?:chemo[a-z]*|"
            r"infusions?|treatment|radiation|surgery)\b",
            r"\b(?:con (?:cual|que|cuanto)|par (?:quoi|laquelle|lequel|combien)|com (?:qual|"
            r"quanto)|con (?:quale|cosa|quanto)|womit|mit wie ?viel) (?:empiezo|empiezas|"
            r"comienzo|arranco|je commence|on commence|comeco|comincio|inizio|fange ich an|"
            r"beginne ich|starte ich)\b|\bwhich (?:one )?(?:do|should) i start (?:with|on)\b",
            r"\b(?:smarter|wiser|safer|easier|preferable) to (?:take|have|use) (?:it|ldn|"
            r"naltrexone|them)\b",
        ),
        False,
    ),
    # How it is taken other than swallowed, or made from the 50 mg tablets at home.
    (
        "dosing.preparation",
        _rx(
            r"\b(?:sous la langue|sotto la lingua|debajo de la lengua|bajo la lengua|debaixo da "
            r"lingua|unter die zunge|unter der zunge)\b",
            r"\b(?:invece di (?:ingoiarl[oa]|inghiottirl[oa]|prenderl[oa])|en (?:lugar|vez) de "
            r"(?:tragarl[oa]|tomarl[oa])|au lieu de l'avaler|statt (?:sie |es |ihn )?(?:zu )?"
            r"schlucken|em vez de (?:engolir|tomar)|instead of swallowing)\b",
            r"\bquanto ne (?:metto|prendo|do)\b|\bcuanto (?:me )?(?:pongo|echo)\b|"
            r"\bcombien j'en (?:mets|prends)\b|\bquanto (?:eu )?(?:ponho|coloco|passo)\b",
            r"\b(?:sacar|hacer|fazer|faire|machen|fare|make|tirar|ricavare|obtener)\b[^.?!]{0,40}"
            r"\b(?:capsulas?|gelules?|kapseln|capsule|capsules)\b[^.?!]{0,45}\b50\b",
            r"\b50(?:er| ?mg)?\b[^.?!]{0,30}\b(?:capsulas?|gelules?|kapseln|capsule|capsules)\b"
            r"[^.?!]{0,15}\b(?:mache|machen|hacer|fazer|faire|fare|make)\b",
            r"\b(?:o que|que|what (?:do|should) i|qu'est-ce que je|"
            r"was soll ich)\b[^.?!]{0,20}\b(?:falo|"
            r"digo|tell|dis|sage)\b[^.?!]{0,20}\b(?:farmaceutic[oa]|pharmacist|pharmacien|"
            r"apotheker|farmacista)\b",
            r"\babrir (?:las |la )?capsulas?\b|\b(?:las|la) (?:puedo|podemos) abrir\b|"
            r"\b(?:mezclar|mezclarla|mezclarlas|melanger|mischen|mescolare|misturar)\b[^.?!]{0,15}"
            r"\b(?:con|avec|mit|com|in|dans|en|nel|no|na) (?:el |un |le |la |o |a |del |dem |"
            r"de la )?"
            r"(?:jugo|zumo|agua|yogur|compota|yaourt|compote|saft|joghurt|wasser|apfelmus|succo|"
            r"yogurt|acqua|suco|iogurte)\b",
            r"\b(?:gelules?|capsules?|kapseln?|capsulas?) (?:ou|oder|o|or) (?:une |eine |a |uma )?"
            r"(?:solution|losung|solucion|soluzione|solucao|liquid[oa]?|liquide)\b|"
            r"\b(?:ldn|naltrexona|naltrexone) (?:liquid[oa]|liquide|flussig)\b|\b(?:liquid[oa]|"
            r"liquide) (?:ldn|naltrexona)\b|\bcom o comprimido de 50\b|\bqual "
            r"excipiente\b|\bquel excipient\b|\bque excipiente\b|\bwhich excipient\b",
        ),
        False,
    ),
    # Stopping it around a treatment, or copying a study's schedule: "should I stop LDN while
    # I'm getting radiation?", "je devrais faire pareil, une semaine sur deux ?"
    (
        "dosing.timing",
        _rx(
            r"\b(?:should|do|must|shall|can|would) (?:i|we|he|she|they|my [a-z]+) (?:stop|pause|"
            r"skip|hold|quit|come off|go off|keep taking|continue)(?: taking)? (?:the )?(?:ldn|it|"
            r"naltrexone)\b[^?]{0,20}\b(?:while|during|before|after|around|when|on)\b",
            r"\b(?:je devrais|devrais-je|should i|debo|deberia|sollte ich|soll ich|dovrei|devo|"
            r"deveria|devia) (?:faire |hacer |fazer |fare |machen |do )?(?:pareil|la meme chose|"
            r"the same|lo mismo|o mesmo|lo stesso|das gleiche|dasselbe|genauso)\b",
        ),
        True,
    ),
    # How to take it, in the few words a phone message has: the widget sits beside the LDN
    # article, so these need no drug named.
    (
        "dosing.timing",
        _rx(
            r"\b(?:with|w|w/) (?:food|meals?|breakfast|dinner)\b[^.?!]{0,20}\bor\b|"
            r"\bempty stomach\b|\bunder the tongue\b|\bsublingual[a-z]*\b|"
            r"\b(?:con|sin) (?:comida|alimentos)\b|\ben ayunas\b|\b(?:avec|sans) (?:nourriture|"
            r"repas|manger)\b|\ba jeun\b|\b(?:mit|ohne) (?:essen|nahrung|mahlzeit)\b|"
            r"\bnuchtern\b|\b(?:a )?stomaco vuoto\b|\b(?:con|senza) (?:il )?cibo\b|"
            r"\bem jejum\b|\b(?:com|sem) comida\b|"
            # session 25: "tomo junto com o jantar ou de estômago vazio?"
            r"\bestomago (?:vazio|vacio)\b|\bventre vide\b|\bleeren? magen\b",
            r"\bspace (?:them|it|the doses?) out\b|\bspacing (?:them|it) out\b",
            r"\bswitch(?:ing)? (?:it )?to (?:taking it )?(?:in )?(?:the )?(?:mornings?|evenings?|"
            r"nights?|bedtime|daytime|am|pm)\b",
            r"\b(?:stop|pause|hold|skip|quit)\b[^.?!]{0,30}\b(?:before|b4|prior to|around|during|"
            r"on)\b[^.?!]{0,15}\b(?:surgery|operation|op|procedure|scans?|chemo(?:therapy)? "
            r"days?|chemo|infusions?|radiation)\b",
            r"\b(?:every day|daily) or (?:every other day|alternate days|not)\b|"
            r"\bevery other day\b|\bon alternate days\b|\ba giorni alterni\b|"
            r"\b(?:cada dos dias|dia si dia no|un jour sur deux|jeden zweiten tag|"
            r"dia sim dia nao)\b",
            r"\b(?:forgot|forgotten|missed|skipped|olvide|oublie|vergessen|dimenticat[oa]|"
            r"esqueci)\b[^.?!]{0,30}\b(?:now what|what now|what do i do|what should i do|"
            r"y ahora|et maintenant|und jetzt|e ora|e agora)\b",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(
            r"\b(?:\d[.,]\d{1,2}|[1-9])\s*(?:mg\s*)?(?:to start|for starters|too (?:much|little|"
            r"low|high|strong|weak)|enough|ok|okay|fine|good|safe|alright)\b",
            r"\b(?:just |only )?(?:the )?(?:number|numbers|figure|mg) only\b|"
            r"\bonly the (?:number|figure)\b",
        ),
        False,
    ),
    (
        "dosing.conversion",
        _rx(
            r"\b(?:dog|cat|puppy|kitten|labrador|lab|retriever|terrier|poodle|horse|kid|child|"
            r"son|daughter|boy|girl|baby|toddler|wife|husband|mum|mom|dad|mother|father|grandma|"
            r"grandpa|perro|chien|hund|cane|cachorro|gato|chat|katze|gatto)\b[^.?!]{0,20}"
            r"\b\d+(?:[.,]\d+)? ?(?:kg|kgs|kilos?|lbs?|pounds)\b",
        ),
        False,
    ),
    (
        "dosing.preparation",
        _rx(
            r"\b(?:cut|split|break|divide|crush|snap)\b[^.?!]{0,20}\b(?:into|in) (?:\d+|two|three|"
            r"four|half|halves|quarters|pieces|bits)\b",
            r"\b(?:dividere|spezzare|tagliare|partir|dividir|cortar|couper|diviser|teilen|"
            r"halbieren|zerteilen)\b[^.?!]{0,20}\b(?:pastiglia|pastiglie|compressa|compresse|"
            r"pillola|pastilla|pastillas|comprimido|comprimidos|comprime|comprimes|pilule|"
            r"tablette|tabletten|kapsel|capsula|capsule|gelule)\b",
        ),
        False,
    ),
    (
        "dosing.titration",
        _rx(
            r"\b(?:einschleich[a-z]*|aufdosier[a-z]*|eindosier[a-z]*|titrationsschema|"
            r"dosierschema)\b|\bwie\b[^.?!]{0,30}\bdosieren\b|"
            r"\bdosieren (?:soll|sollte|muss|kann)\b|"
            r"\b(?:lower|raise|drop|reduce|cut|increase|bump|up) (?:it |the dose |my dose )?"
            r"(?:up |down )?to what\b|\bbump (?:it )?(?:up )?to\b|\bwhen do i (?:bump|go up|"
            r"increase|raise)\b",
            r"\b(?:j'augmente|augmenter|aumentar|aumento|aumentare|erhohen|erhoehen|steigern)\b"
            r"[^.?!]{0,20}\b(?:qd|quand|cuando|quando|wann)\b|\b(?:qd|quand|cuando|quando|wann)\b"
            r"[^.?!]{0,20}\b(?:j'augmente|augmenter|aumentar|aumento|aumentare|erhohen|erhoehen|"
            r"steigern)\b",
        ),
        False,
    ),
    (
        "dosing.conversion",
        _rx(
            r"\bconvert[a-z]*|\bconversion\b|\bextrapolat[a-z]*|\ballometric\b",
            r"\btranslate (?:that|this|it|the (?:mouse |mice |animal |study )?dose)\b",
            r"\bscal(?:e|ing)\b[^.?!]{0,30}\b(?:up|down|to|by|for)\b",
            rf"\b{_PERSON_TARGET}[- ]equivalent\b|\bequivalent (?:dose|amount)\b|"
            rf"\bequivalent (?:for|in|of|to) (?:a |an |the )?(?:{_PERSON_TARGET}|her|him|us|them|"
            r"mouse|mice|study)\b",
            r"\bhuman (?:dose|dosage|equivalent)\b|\bhed\b",
            r"\bmg ?/ ?kg\b|\bmg per (?:kg|kilo[a-z]*)\b|\b(?:per|/) ?(?:kg|kilo|kilogram|lb|"
            r"pound)s?\b",
            r"\bbody ?weight\b|\bbody surface\b|\bbsa\b|\bweight[- ]based\b|\bby weight\b",
            r"\b(?:convertir|equivalente|por kilo|dosis humana|dose humana|dose humaine|"
            r"dose umana)\b",
            r"\b(?:a )?(?:cuanto|combien|quanto) (?:equivale|correspond|corrisponde|corresponde)\b",
            r"\b(?:umrechnen|umrechnung|rechne[a-z]*\b.{0,40}\bum|aquivalent[a-z]*|pro kilo|"
            r"korpergewicht|menschliche dosis)\b",
            r"\b(?:convertire|conversione|per chilo|converter|conversao|por quilo|par kilo)\b",
        ),
        False,
    ),
    (
        "dosing.preparation",
        _rx(
            r"\bcompound[a-z]*",
            r"\b(?:make|making|prepare|preparing|dissolve|dissolving|dilute|diluting|split|"
            # not "how long will the pharmacy take to fill an LDN prescription?" (session 20)
            r"splitting|cut|cutting|crush|crushing|divide|dividing|filling|fill(?!(?: (?:an?|the|"
            r"my|his|her|this))?(?: ldn| naltrexone)? (?:prescriptions?|scripts?|orders?|rx)\b)|"
            r"turn)\b[^.?!]{0,40}"
            r"\b(?:ldn|tablets?|pills?|capsules?|solution|liquid|water|\d+ ?mg|pieces|quarters|"
            r"halves|low dose)\b",
            r"\b(?:ldn|naltrexone)\b (?:is |are )?(?:made|prepared|compounded)\b(?! (?:cancer|"
            r"cells?|"
            r"tumou?rs?|the|them|it|mice)\b)",
            r"\b(?:store|storing|measure|measuring)\b[^.?!]{0,20}\b(?:liquid|solution|ml|dose)\b",
            r"\b(?:fridge|refrigerat[a-z]*|shelf life|expir[a-z]*|keep)\b[^.?!]{0,30}\b(?:liquid|"
            r"homemade|home-made|solution|dissolved)\b|\b(?:liquid|homemade|home-made|solution|"
            r"dissolved)\b[^.?!]{0,30}\b(?:fridge|refrigerat[a-z]*|shelf life|expir[a-z]*|keep)\b",
            r"\bget (?:those|them|it|these|the tablets?|the pills?) down to\b",
            r"\bldn from (?:regular |standard |normal |the |my |full[- ]dose )?(?:naltrexone|"
            r"\d+ ?mg|"
            r"pills|tablets)\b",
            r"\bliquid (?:ldn|naltrexone)\b",
            r"(?<!chemical )(?<!molecular )\b(?:recipe|formula|filler|excipient|suspension)\b"
            r"[^.?!]{0,30}\b(?:ldn|naltrexone|"
            r"capsules?)\b|\b(?:ldn|naltrexone|capsules?)\b[^.?!]{0,30}\b(?:recipe|formula|filler|"
            r"excipient|suspension)\b",
            r"\b(?:per|each|every) capsule\b|\bcapsule fill\b|\bfill per\b",
            rf"\b{_PREPARE_VERB}\b[^.?!]{{0,30}}\b{_PREPARED_THING}\b|"
            rf"\b{_PREPARED_THING}\b[^.?!]{{0,30}}\b{_PREPARE_VERB}\b",
            r"\b(?:magistral[a-z]*|galenic[a-z]*|manipulad[oa])\b",
            r"\b(?:virar|volverse|convertirse en|devenir|diventare|werden zu) ldn\b",
            # session 26: "può fare anche l'LDN?" asks whether he may take it too
            r"\b(?:hacer|hago|faire|fare|fazer|machen|mache)\b(?! (?:anche|tambien|aussi|auch|"
            r"tambem|caminhadas|caminatas|randonnees|camminate|sport|esporte|deporte|ejercicio|"
            r"exercicio)\b)(?! (?:a )?(?:morfina|quimio[a-z]*|"
            r"chemio|chimio|radio[a-z]*|tratamento|tratamiento|traitement|terapia|therapie)\b)"
            r"[^.?!]{0,30}\b(?:ldn|capsulas|"
            r"gelules|capsule|kapseln|pastillas|comprimes|compresse|"
            r"comprimidos)\b(?!\s+(?:insieme|"
            r"junto|junta|avec|mit|com|con|together|alongside|parallel[a-z]*|zusammen|"
            r"durante|during|"
            r"pendant|wahrend)\b)",
            r"\b(?:teilen|dividere|partir|couper|cortar|spezzare)\b[^.?!]{0,30}\b(?:tablett[a-z]*|"
            r"compress[ae]|comprimid[oa]s?|comprimes?|pastillas?|pillola|pilule)\b|"
            r"\b(?:tablett[a-z]*|comprime)\b[^.?!]{0,10}\b(?:teilen|couper)\b|"
            r"\b(?:couper|cortar|dividir|teilen|dividere|aprire|abrir|ouvrir|offnen|open|"
            r"spezzare)\b[^.?!]{0,25}\b(?:gelules?|capsulas?|capsules?|kapseln?|capsula)\b",
            r"\b(?:stelle|stellt|stellen)\b[^.?!]{0,30}\bher\b",
            r"\b(?:hacer|hacerla|preparar|prepararla|fabricar|faire|preparer|fabriquer|fare|"
            r"preparare|fazer|machen|herstellen|make|prepare)\b[^.?!]{0,30}\b(?:en casa|"
            r"a la maison|chez moi|in casa|em casa|zu hause|at home)\b|\bselbst machen\b",
            r"\b(?:liquida|liquide|flussig[a-z]*)\b",
        ),
        False,
    ),
    (
        "dosing.titration",
        _rx(
            # "the lower amount", "a higher dose" compare, they do not change anything
            r"(?<!the )(?<!a )(?<!much )"
            rf"\b{_CHANGE_VERB} (?:my |the |his |her |your |their |this |that |our )?"
            r"(?:ldn |naltrexone )?(?:dose|dosage|amount|mg)\b",
            # "keeps bringing up LDN", "looked up LDN" name it, they do not change a dose
            r"(?<!bring )(?<!bringing )(?<!brought )(?<!brings )(?<!look )(?<!looked )"
            r"(?<!looking )(?<!came )(?<!come )(?<!comes )(?<!coming )(?<!pick )(?<!picked )"
            r"(?<!the )(?<!a )(?<!much )"
            rf"\b{_CHANGE_VERB} (?:my |the |his |her |your |their )?(?:ldn|naltrexone)\b",
            r"\b(?:raise|increase|go up|move up|titrate|taper|bump (?:it |ldn )?up) (?:it |ldn )?"
            r"(?:to|by) \d",
            r"\bbump (?:it|ldn|my ldn) up\b|\b(?:go|going) (?:higher|lower|up|down) (?:than|to|"
            r"from) \d",
            r"\b(?:drop|dropping|step|stepping|cut|cutting) (?:back )?(?:down|back)\b|"
            r"\bgo(?:ing)? back down\b|\b(?:a|one) step (?:down|up|back)\b",
            r"\btitrat[a-z]*|\btitrier[a-z]*|\btaper[a-z]*|\bwean[a-z]*|\bincrements?\b|"
            r"\bstep size\b",
            r"\b(?:i|we|you|he|she|they|to|should|can|could|when|then|and|or) (?:go|move|step|"
            r"ramp|"
            r"work) up\b|\b(?:going|moving|stepping|working|ramping) up (?:to|from|on)\b",
            r"\b(?:come|coming|get|getting) off (?:ldn|naltrexone|it)\b",
            r"\bstart(?:ing)? (?:ldn |naltrexone |it )?(?:low|slow|at|on|with) "
            r"(?:the )?(?:full|low|\d|a low|a small|half)",
            r"\bstart(?:ing)? (?:ldn |naltrexone |it )?low\b|\bfull dose\b",
            r"\bhow (?:fast|quickly|slowly|soon)\b.{0,30}\b(?:increase|raise|go up|titrate|up|"
            r"taper|lower)\b",
            r"\bbefore (?:increasing|raising|going up)\b",
            rf"\b{_TITRATE_VERB}\b (?:(?:la|le|a|il|lo|die|meine|mi|ma|minha|la mia) )?"
            rf"{_DOSE_WORD}\b|\b{_TITRATE_VERB}\b (?:la|le|a|il|lo|die|mi|ma|minha) (?:ldn|"
            r"naltrexone)\b",
            rf"\b{_DOSE_WORD}[^.?!]{{0,12}}\b{_TITRATE_VERB}\b",
            r"\b(?:aufdosieren|einschleichen|ausschleichen)\b",
        ),
        False,
    ),
    (
        "dosing.timing",
        _rx(
            r"\btime of (?:the )?day\b",
            r"\b(?:best|right|ideal|good|optimal) time (?:to (?:take|use|dose|have)|for (?:ldn|it|"
            r"taking|my|the dose))\b",
            r"\bwhen (?:should|do|can|must|would|to|shall|is it best to|is best to|"
            r"is it better to)"
            r" (?:i |we |you |he |she |they |one |my [a-z]+ )?(?:take|use|dose|start|give|have|"
            r"resume|restart|stop|go back on|get back on)\b|\bwhen is it (?:ok|okay|safe|fine|"
            r"alright|all right) (?:for (?:me|him|her|us) )?to (?:re-?start|start|resume|"
            r"go back on|"
            r"get back on|take)\b",
            r"\bwhen\b[^.?!]{0,30}\b(?:should|do|can|must|would) (?:i |we |you |ldn |naltrexone |"
            r"it )?"
            r"(?:take|start|resume|stop|be (?:taken|started|given|resumed))\b",
            r"\b(?:morning|evening|night|bedtime|bed|first thing|daytime|lunchtime|breakfast)\b"
            r"(?: [a-z]+){0,3} (?:or|versus|vs\.?) (?:at |in |before )?(?:the )?(?:morning|"
            r"evening|"
            r"night|bedtime|bed|first thing|daytime|lunchtime|breakfast)\b",
            r"\b(?:bedtime|before bed|before sleep|"
            r"first thing in the morning)\b[^.?!]{0,30}\bldn\b",
            r"\b(?:before|after|same day as|same time as|relative to|together with)\b (?:my |the |"
            r"his |"
            r"her )?(?:chemo|chemotherapy|infusion|radiation|radiotherapy|surgery|session|chemo "
            r"pills)\b[^.?!]{0,30}\b(?:take|start|should|dose)\b",
            r"\b(?:take|start|should|dose)\b[^.?!]{0,40}\b(?:before|after|same day as|"
            r"same time as|"
            r"relative to)\b (?:my |the |his |her )?(?:chemo|chemotherapy|infusion|radiation|"
            r"radiotherapy|surgery|session|chemo pills)\b",
            r"\bhow many hours apart\b|\b(?:hours|minutes) apart from\b",
            r"\bhow long (?:do|should|must|can) (?:i|we|you|he|she|they) wait\b",
            r"\b(?:with|without) (?:food|meals?|a meal)\b[^.?!]{0,30}\b(?:ldn|naltrexone)\b|"
            r"\b(?:ldn|naltrexone)\b[^.?!]{0,30}\b(?:(?:with|without) (?:food|meals?|a meal)|"
            r"empty stomach)\b",
        ),
        False,
    ),
    (
        "dosing.timing",
        _rx(
            r"\bwhat time\b(?! is it)",
            r"\b(?:best|right|ideal|good|optimal) time\b",
            _asks_how_to_take(_WHEN_DETAIL),
            r"\b(?:with|without) (?:food|meals?|a meal)\b|\bempty stomach\b",
            r"\b(?:before|after) or (?:before|after)\b",
            r"\b(?:vor oder nach|nach oder vor|prima o dopo|dopo o prima|antes ou depois|"
            r"depois ou antes|antes o despues|despues o antes|avant ou apres|apres ou avant)\b",
            r"\bwait\b[^.?!]{0,30}\b(?:between|before|after)\b",
            r"\bhow many (?:days|weeks|hours)\b[^.?!]{0,20}\b(?:before|after)\b|"
            r"\b(?:before|after)\b[^.?!]{0,30}\bhow many (?:days|weeks|hours)\b",
            r"\b\d{1,2} ?(?:am|pm)\b",
            r"\b(?:a que hora|que hora|por la (?:noche|manana|tarde)|de noche|en la manana|"
            r"antes de "
            r"(?:dormir|dormirse|acostarme|acostarse|comer)|en ayunas|horario)\b",
            r"\b(?:a quelle heure|le (?:matin|soir)|au coucher|avant de (?:dormir|me coucher)|"
            r"a jeun|"
            r"moment de la journee)\b",
            r"\b(?:abends|morgens|vor dem schlafen[a-z]*|zur nacht|nuchtern|tageszeit|uhrzeit)\b",
            r"\bwann (?:soll|sollte|muss|darf|nehme|nimmt|kann)\b",
            r"\b(?:a che ora|la sera|di sera|la mattina|di mattina|prima di dormire|"
            r"a stomaco vuoto|"
            r"orario)\b",
            r"\b(?:a que horas|que horas|a noite|de manha|pela manha|antes de dormir|em jejum)\b",
        ),
        True,
    ),
    (
        "dosing.frequency",
        _rx(
            r"\b(?:faire des pauses|faut-il (?:faire )?(?:une )?pause|une semaine sans|pausieren|"
            r"faire (?:une |des )?pauses?|"
            r"pause machen|hacer (?:una )?pausas?|descansar de (?:la|el)|fare (?:delle )?pause|"
            r"fazer (?:uma )?pausas?|take breaks)\b",
            r"\b(?:pills?|tablets?|capsules?|drops?|doses?) (?:a|per|each) (?:day|night|week)\b",
            r"\b(?:once|twice|thrice|\d+ times|one time|two times|three times) (?:a|per|each|"
            r"every) "
            r"(?:day|night|week|month)\b",
            r"\b(?:\d|one|two|three|four|five|six|seven) (?:days|nights) (?:a|per|each|"
            r"every) week\b|"
            r"\bevery day of the week\b",
        ),
        False,
    ),
    (
        "dosing.frequency",
        _rx(
            r"\bhow (?:often|frequently)\b|\bhow many times\b|\bfrequency\b",
            _asks_how_to_take(_HOW_OFTEN_DETAIL),
            r"\b(?:every other day|skip days|(?<!had )(?<!has )(?<!been )(?<!comes )on and off|"
            r"pulse|pulsing|once daily|twice daily|"
            r"every \d+ hours)\b",
            r"\b(?:cada cuant[oa]s?|con que frecuencia|cuantas veces|veces al (?:dia|semana)|"
            r"todos los dias|cada (?:dia|noche)|al dia)\b",
            r"\b(?:a quelle frequence|combien de fois|fois par (?:jour|semaine)|tous les jours|"
            r"chaque (?:jour|soir|matin)|par jour)\b",
            r"\b(?:wie oft|(?:ein|zwei|drei)mal (?:am|pro|taglich|die|in der)|taglich|am tag|"
            r"pro tag|jeden (?:tag|abend|morgen))\b",
            r"\b(?:ogni quanto|quante volte|con che frequenza|volte al (?:giorno|di)|ogni giorno|"
            r"ogni sera|al giorno|tutti i giorni|tutte le sere)\b",
            r"\b(?:fare|faire|hacer|fazer|machen|einlegen) (?:delle |des |unas |algunas |)?"
            r"(?:pause|pausas|pausen)\b|\b(?:pausa|pause|pausen|pausas) (?:fare|machen|hacer)\b",
            r"\b(?:de quanto em quanto|com que frequencia|quantas vezes|vezes (?:ao|por) "
            r"(?:dia|semana)|todo dia|todos os dias|por dia)\b",
        ),
        True,
    ),
    (
        "dosing.amount",
        _rx(
            r"\b(?:dose|doses|dosage|dosages|dosing|posology|posologie|posologia|dosis|dosierung|"
            r"dosaggio|dosagem|dosificacion|schema posologico|posologic[oa])\b|"
            r"\bmicro[- ]?dos[a-z]*|"
            r"\b(?!uber)(?!ueber)[a-z]{3,}(?:dosis|dosierung)\b",
            rf"{_NUMBER}\s*{_UNIT}\b",
            rf"\b(?:half a|a|one|two|three|four|five|six|ten) {_UNIT}\b",
            rf"\b{_UNIT}\b",
            r"\bhow many (?:pills|tablets|capsules|caps|drops|ml|doses|mg|milligrams)\b",
            r"\b(?:take|taking|have|swallow|use)\b[^.?!]{0,15}\b(?:\d+|one|two|three|four|half|"
            r"a half|half a|several|multiple|double) (?:ldn |naltrexone )?(?:pills?|tablets?|"
            r"capsules?|doses?|caps|drops)\b",
            r"\b(?:what|which) size\b|\b(?:pill|capsule|tablet) size\b",
            r"\b(?:ldn|naltrexone) \d+(?:[.,]\d+)?\b"
            r"(?! ?(?:years?|yrs?|days?|weeks?|wks?|months?|hours?|hrs?|anos?|anni|annees?|ans|"
            r"jahren?|dias?|jours?|tagen?|giorni|semanas?|semaines?|wochen|settimane|mes(?:es)?|"
            r"mois|monate?n?|mesi|horas?|heures?|stunden|ore)\b)"
            r"|\b\d+(?:[.,]\d+)? (?:of )?(?:ldn|naltrexone)\b",
            r"\b\d+(?:[.,]\d+)? or \d+(?:[.,]\d+)?\b(?! ?(?:%|percent|years?|days?|weeks?|"
            r"months?))",
            r"\b(?:been|currently|stay|staying|start|starting|i'm|im|i am|was|be) (?:on|at) "
            r"\d+(?:[.,]\d+)?\b(?! ?(?:years?|days?|weeks?|months?|hours?|percent|%))",
            r"\b(?:on|at) \d+[.,]\d+\b|\btake \d+(?:[.,]\d+)?\b",
            r"\b\d+(?:[.,]\d+)?\b[^?]{0,40}\b(?:should|can|do|shall) (?:i|we|he|she|they|"
            r"my [a-z]+) "
            r"(?:take|use|give|start)\b",
            r"\bhow (?:low|high|little)\b[^.?!]{0,30}\b(?:ldn|naltrexone|should|can|dose|"
            r"is)\b",
            r"\bthe (?:most|least|max|maximum|minimum|min) (?:ldn|naltrexone)\b",
            r"\b(?:take|use|give|have) (?:more|less|extra)\b",
            r"\btoo much\b[^.?!]{0,25}\b(?:for me|ldn|naltrexone|first dose)\b",
            r"\ball at once\b|\bsplit (?:it|my|the) (?:dose|ldn)?\b",
            r"\bwhat would (?:a|the|my|your) (?:vet|doctor|pharmacist|oncologist|naturopath|"
            r"physician) (?:give|prescribe|recommend|use)\b",
            r"\b(?:what|which) range\b|\b(?:what|how much)\b[^.?!]{0,20}\bend up (?:taking|on)\b",
            r"\bwhat (?:should|do|would|can|could|must) (?:i|we|he|she|they|my [a-z]+|someone) "
            r"(?:take|be taking|be on|give)\b",
            r"\bwhat (?:do|does|did|would) (?:most )?(?:[a-z]+ )?(?:people|patients|users|others|"
            r"doctors|"
            r"oncologists) (?:take|give|prescribe)\b",
            r"\bhow (?:much|many)\s*(?:[,.!?]|$)",
            # a missed dose made up by doubling the next, in six languages
            r"\b(?:missed|miss|forgot|forget|skipped|olvide|olvido|oublie|vergessen|"
            r"dimenticat[oa]|esqueci)\b[^?]{0,40}\b(?:double|doble|doblar|doppia|doppio|"
            r"raddoppi[a-z]*|dobrado|dobro|dobrar|doppelt|verdoppel[a-z]*|ne prendo (?:2|due)|"
            r"(?:take|tomo|prendo) (?:2|two|dos|due|duas))\b",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(
            # "how much did LDN raise cell killing" asks about an effect, not an amount
            r"\bhow (?:much|many)\b(?! (?:did|was|were|has|have|had)\b)(?! is (?:a|the|one) "
            r"(?:bottle|box|pack|month|prescription|script)\b)(?! (?:extra|more|additional) "
            r"(?:months|years)\b)(?! (?:evidence|research|"
            r"data|proof|studies|literature|people|patients|users|mice|groups|time|money)\b)"
            r"(?! (?:more|less|better|worse|longer|faster|higher|lower|bigger|smaller|further)\b"
            r"(?! (?:ldn|naltrexone|mg|milligrams?|of (?:it|this|that))))"
            r"(?! (?:does|do|is|are) (?:ldn|it|this|naltrexone|the [a-z]+)\b)"
            r"(?:[^.?!]{0,40})\b(?:ldn|naltrexone|should|shall|to (?:take|give|use)|can|could|"
            r"would|"
            r"is (?:safe|ok|okay|enough|right|needed|too much)|per|mg|milligrams?|"
            r"for (?:me|my|him|her|them|a|an|cancer|[a-z]+ cancer)|do (?:i|we|you|they|he|she) "
            r"(?:take|need|use|give)|of (?:it|this|that|the drug|the medicine))\b",
            r"\b(?:amount|strength|quantity)\b(?! of (?:the )?(?:evidence|research|data|studies))",
            r"\b(?:a|the|just a|just the|give me a|rough|ballpark) (?:number|figure)\b(?! of)|"
            r"\bballpark\b|\b(?:grobe|ungefahre|ungefaehre) (?:zahl|angabe|menge)\b|\bnumero "
            r"(?:aproximado|approssimativo|aproximativo)\b|\bchiffre (?:approximatif|"
            r"approximative|a peu pres)\b|\bauf eigene verantwortung\b|\bbajo mi (?:propia )?"
            r"responsabilidad\b|\bsous ma (?:propre )?responsabilite\b|\bsotto la mia "
            r"responsabilita\b|\bsob minha responsabilidade\b|\bat my own risk\b",
            # role play that writes the prescription
            r"\b(?:you'?re|you are|pretend|play|act as|role)\b[^.?!]{0,60}\bwrit[a-z]* (?:out )?"
            r"(?:my|me a|a) (?:ldn )?(?:prescription|script|rx)\b",
            r"\b(?:cuant[oa]s?|combien|wie ?viele?|quant[oaie]|quantos|quantas)\b(?! (?:cuesta|"
            r"coute|"
            r"kostet|costa|custa|tiempo|de temps|temps|tempo|lange|e|es|est|ist|e efficace|tarda|"
            r"demora|dura)\b)",
            r"\b(?:cantidad|quantite|menge|quantita|quantidade)\b",
        ),
        True,
    ),
    (
        "dosing.other",
        _rx(
            r"\bhow (?:do|should|can|would|to|must|does one|do you|should you|is one supposed to)"
            r" (?:i |we |you |one |he |she |they |my [a-z]+ |patients |people )?(?:take|"
            r"administer|"
            r"give|start taking|begin taking)\b(?! (?:in memory|to (?:the )?charity|a donation|"
            r"blood|feedback|notice))",
            r"\bhow (?:do|should|can|to|must) (?:i |we |you |one )?(?:use|start|begin) "
            r"(?:ldn|naltrexone)\b|\b(?:ldn|naltrexone) how to (?:take|use)\b",
            r"\b(?:instructions|directions|guidelines|guidance) (?:for|on|about|to) (?:taking |"
            r"using |dosing |giving )?(?:ldn|naltrexone|it)\b",
            r"\b(?:protocol|regimen|plan|chart|schedule) (?:for|of|with) (?:ldn|naltrexone)\b",
            r"\b(?:ldn|naltrexone|dosing)\b[^.?!]{0,20}\b(?:protocol|regimen|schedule|plan|chart|"
            r"instructions|directions|guidelines)\b",
            r"\b(?:can|could|will|would) you prescribe\b|\bprescribe (?:me|it to me|for me|for my|"
            r"my)\b|\b(?:write|give|get) (?:me |us )?(?:a |an )?(?:ldn )?prescription\b|"
            r"\bprescription for (?:me|my|him|her)\b",
            r"\b(?:correct|right|proper|best|safe) way to (?:take|use)\b",
            r"\bwhat would you (?:take|give|use|do)\b",
            r"\b(?:missed|forgot|skipped)\b[^.?!]{0,25}\b(?:dose|ldn|naltrexone|pill|capsule|"
            r"tablet)s?\b|\bdouble up\b",
            r"\bwhat to write on the (?:script|prescription)\b|\bwrite (?:on )?the script\b",
            r"\bhow much (?:less|more)\W*$|\bneed (?:less|more) than (?:a |an )?(?:normal|regular|"
            r"typical|usual)\b|\b(?:child|kid|pet|dog|cat)[- ]sized (?:amount|dose)\b",
            r"\b(?:exact |precise )?schedule\b[^.?!]{0,30}\b(?:follow|take|use|be on)\b|"
            r"\bjust the numbers?\b|\bevery other day (?:enough|ok|okay|fine|better)\b|"
            r"\bhave to be (?:daily|every day)\b",
            r"\b(?:por la manana|de manana|le matin|am morgen|morgens|la mattina|de manha|"
            r"pela manha|"
            r"le soir|abends|la sera|di sera|a noite|por la noche)\b[^.?!]{0,25}\b(?:o|ou|oder)\b"
            r"[^.?!]{0,20}\b(?:antes de dormir|por la noche|de noche|le soir|au coucher|abends|"
            r"am abend|la sera|di sera|a noite|le matin|morgens|la mattina|de manha|"
            r"por la manana)\b",
            # the bare pair as a whole message: "matin ou soir ??", "¿mañana o noche?" (session 21)
            r"^(?:(?:e|y|et|und|and|ma|mais|pero|mas|but) )?(?:le |la |a |de |por la |pela )?"
            r"(?:matin|soir|manana|noche|mattina|sera|manha|noite|morgens|abends) (?:ou|o|oder) "
            r"(?:le |la |a |de |por la |pela )?(?:matin|soir|manana|noche|mattina|sera|manha|noite|"
            r"morgens|abends)\b",
            r"\b(?:avec ou sans repas|con o sin comida|mit oder ohne essen|con o senza cibo|"
            r"com ou sem comida|with or without food)\b",
            r"\b(?:augment|aumenta|aument|erhoh|steiger)[a-z]*\b[^.?!]{0,30}\b(?:combien|quanto|"
            r"cuanto|wie ?viel)\b|\b(?:de moitie|a la mitad|halbieren|a meta|pela metade|"
            r"by half)\b",
            r"\b(?:reduire|reducir|reduzieren|ridurre|reduzir|baisser|bajar)\b (?:la |le |el |a |"
            r"die |"
            r"il )?(?:quantite|cantidad|menge|quantita|quantidade)\b",
            r"\beinnahmeplan\b|\beinnahmeschema\b|\bplan de (?:toma|prise)s?\b|"
            r"\bschema di assunzione\b|\besquema de tomas?\b",
            r"\b(?:sospes[oa]|sospendere|suspend[a-z]*|pausar|pausieren|absetzen|interrompre|"
            r"interromper|parar|arreter|stop|pause|hold)\b[^.?!]{0,40}\b(?:chemio|quimio|chimio|"
            r"chemo|infusion[a-z]*|infusione)\b",
            r"\b(?:intera o mezza|entera o media|entiere ou (?:une )?demi|ganze oder halbe|"
            r"inteira ou meia|whole or half)\b",
            r"\bwhich (?:of those|of these|one|dose|strength)\b[^.?!]{0,30}"
            r"\b(?:should|would|do|can)"
            r"\b[^.?!]{0,30}\b(?:start|take|be on|use|give)\b",
            r"\baufdosier[a-z]*|\bdosierungsschema\b|\bes?quema de (?:titulacion|dosificacion|"
            r"dosis)\b|\btitulacion\b|\btitolazione\b|\btitulacao\b|\bschema di titolazione\b",
            r"\b\d+(?:[.,]\d+)? ?(?:kg|kilos?|lbs?|pounds)\b[^?]{0,60}\b\d+[.,]\d\b|"
            r"\b\d+[.,]\d\b[^?]{0,60}\b\d+ ?(?:kg|kilos?|lbs?|pounds)\b",
            r"\b(?:missed|forgot|skipped|forget|miss|skip)\b (?:to take )?(?:a |my |one |his |"
            r"her )?"
            r"(?:dose|ldn|naltrexone|pill|capsule)\b",
            r"\b(?:kapsel|dosis|tablette|ldn|gelule|capsula|pastilla|dose|compressa|comprimido|"
            r"prise|toma)\b[^.?!]{0,30}\b(?:vergessen|oubliee?|olvidado|olvide|dimenticat[oa]|"
            r"esqueci)\b",
            r"\b(?:soll|sollte|kann|darf|should|can|puedo|debo|dois|puis-je|devo|posso)\b"
            r"[^.?!]{0,25}\b(?:zwei|doppelt|beide|two|double|both|dos|deux|due|duas|doble)\b"
            r"[^.?!]{0,12}\b(?:nehmen|take|tomar|prendre|prendere|tomo)\b",
            r"\b(?:switch|move|change)\b (?:to )?(?:taking|take) (?:it|ldn|my dose|them) "
            r"(?:in the |at |before )?(?:morning|night|bedtime|evening|daytime)\b",
            # a missed dose in other languages: "se me olvido tomar la ldn", "j'ai oublie ma gelule"
            r"\b(?:olvid[a-z]*|oubli[a-z]*|vergessen|vergass|vergesse|dimenticat[oa]|dimentico|"
            r"scordat[oa]|esqueci[a-z]*|esqueceu)\b"
            r"(?! (?:las |de las |les |des )?(?:cosas|choses|todo|tout|dinge|alles|cose|tutto|"
            r"coisas))"
            r"[^.?!]{0,40}\b(?:tomar(?:la|lo)?|prendre|prise|"
            r"toma|einnahme|assunzione|"
            r"nehmen|einzunehmen|einnehmen|prendere|dose|dosis|ldn|naltrexone|gelule|capsula|"
            r"capsule|kapsel|tablette|compressa|comprimido|comprime|pastilla|pilule|pillola)\b",
            r"\bhow long (?:should|do|can|must|shall|would) (?:i|we|you|he|she|they|one|someone|"
            r"people|patients|a patient|my [a-z]+) (?:take|use|stay on|be on|continue|"
            r"keep taking)\b",
            r"\bhow long (?:after|before)\b[^.?!]{0,30}\b(?:resume|restart|start|take|stop)\b",
            r"\b(?:keep|continue|stay on)\b (?:taking |using )?(?:ldn|naltrexone|it)\b[^.?!]{0,20}"
            r"\b(?:forever|indefinitely|for life|for how long)\b",
            r"\bwalk me through\b(?= [^.?!]{0,30}\b(?:taking|dosing|doses?|dosage|starting|"
            r"titrat[a-z]*|"
            r"how to take|the process of taking|making|preparing)\b)|\bstep by step\b",
            r"\bhow (?:am|are|is) (?:i|we|you|he|she|they) (?:supposed|meant) to (?:take|use|"
            r"give)\b",
            r"\b(?:move|switch|shift|change) (?:it|my dose|the dose|ldn|taking it|"
            r"my ldn) to (?:the )?"
            r"(?:morning|night|evening|bedtime|daytime|afternoon)\b",
            r"\bsplit (?:it|the dose|my dose|them|the capsule|the pill|the tablet)\b",
            r"\bdays? on\b[^.?!]{0,30}\boff\b|\b(?:on|off) days\b",
            r"\bwhat you (?:would|'d) (?:say|tell|recommend|suggest)\b[^.?!]{0,30}\b(?:if you|"
            r"allowed)\b",
            r"\bone of (?:my|his|her|the) \d+(?:[.,]\d+)?s\b",
            r"\b(?:highest|lowest|max(?:imum)?|min(?:imum)?) (?:you|i|one|he|she|we) (?:can|could|"
            r"should)"
            r" (?:go|take|use)\b|\bas (?:high|low) as (?:is )?(?:safe|possible)\b",
            r"\b(?:turn|make|convert) (?:it|that|this|them) into (?:a )?(?:human|person|people)\b|"
            r"\bhuman (?:schedule|version)\b|\b(?:pasar|pasa|pasame|pasamelo|pasarlo) (?:lo |"
            r"eso )?a "
            r"(?:humanos?|persona|personas)\b",
            r"\b(?:empezar|comenzar|start|starting|commencer|anfangen|iniziare|partire|comecar|"
            r"empiezo|commence|parto|arranco) (?:con|with|avec|mit|da|com|at|on|en)? ?\d",
            r"\b(?:quanto|cuanto|combien|wie ?viel) (?:aumento|subo|augmente|erhohe|aumentar|"
            r"subir)\b",
            r"\b(?:tout le monde|todo el mundo|alle|tutti|todo mundo|everyone|everybody|"
            r"most people) "
            r"(?:prend|toma|nimmt|nehmen|prende|prendono|takes|take|tomam)\b",
            r"\b(?:mit wie ?viel|da quanto|con cuanto|avec combien|com quanto)\b",
            r"\bwhich end of (?:that|the) range\b|\b(?:should|would|could) (?:a|an|my|she|he|i|"
            r"we)\b"
            r"[^.?!]{0,40}\bbe on\b",
            r"\b\d+(?:[.,]\d+)?\b[^.?!]{0,25}\b(?:or|o|ou|oder)\b[^.?!]{0,15}\b\d+(?:[.,]\d+)?\b"
            r"(?! ?(?:%|percent|years?|days?|weeks?|months?|anos|ans|jahre|anni|dias|jours|tage|"
            r"giorni))",
            r"\btoo much for (?:him|her|them|us|my [a-z]+)\b|\bshould (?:he|she|they|i|"
            r"we) do less\b",
            r"\b(?:should|can|could) (?:i|we|he|she|they|my [a-z]+) (?:do|take|use|try|copy) "
            r"(?:the )?same\b|\breplicate\b",
            r"\b(?:take|taking|use|using|give|giving)\b[^.?!]{0,30}\bwith (?:water|juice|milk|"
            r"coffee|tea|alcohol|wine)\b",
            # "prescribe" alone asks who prescribes it (not covered), not how to take it
            r"\b(?:como (?:se )?(?:tomo|toma|tomar|uso|usar)|instrucciones|protocolo|pauta)\b",
            r"\b(?:comment (?:prendre|la prendre|utiliser)|protocole)\b",
            r"\b(?:wie (?:nehme|nimmt|einnehmen|anwenden)|einnahme|protokoll)\b",
            r"\b(?:come (?:si )?(?:prende|prendere|assumere|usare)|protocollo)\b",
            r"\b(?:como (?:se )?(?:toma|tomar|usar))\b",
        ),
        False,
    ),
    (
        "dosing.other",
        _rx(
            r"\b(?:cuanto tiempo|combien de temps|wie lange|per quanto tempo|por quanto tempo)\b",
        ),
        True,
    ),
    # Session 4: the forms a second round of blind writing showed, in six languages.
    (
        "dosing.titration",
        _rx(
            r"\bshould (?:her|his|my|their|the|our) (?:ldn|dose|dosage|amount)\b[^.?!]{0,20}"
            r"\b(?:lower|higher|reduced|adjusted|less|more|smaller|bigger)\b",
            r"\b(?:skip|saute|sauter|salto|saltar|saltare|uberspringen|auslassen|pular|pulo) "
            r"(?:la |the |tonight'?s|today'?s|tomorrow'?s|the next|la prochaine |la dosis |"
            r"la dose |"
            r"die |a )?(?:prise|dose|dosis|one|einnahme|toma|dosi)?\b[^.?!]{0,30}\b(?:ce soir|"
            r"tonight|to even|esta noche|stasera|heute abend|hoje a noite|de ce soir|or not|"
            r"ou pas|"
            r"o no|oder nicht|o no|ou nao)\b|\bskip (?:tonight'?s|today'?s|tomorrow'?s|the next "
            r"(?:one|dose))\b",
            r"\b(?:heute|morgen|tomorrow|today|amanha|manana|demain|domani|hoy|oggi|hoje)\b"
            r"[^.?!]{0,20}\b(?:auslassen|weglassen|skip|pulo|pular|salto|saltar|saltarla|saute|"
            r"sauter|saltare|saltarla)\b",
            r"\b(?:can|could|should|may|shall) i (?:now |already |just )?(?:go up|increase|"
            r"move up|"
            r"step up|bump (?:it )?up|double (?:it|the))\b|\bdouble it\b\W*$",
            r"\b(?:je peux|puis-je|on peut|je dois) (?:deja )?(?:monter|augmenter|doubler)\b|"
            r"\b(?:kann|darf|soll) ich (?:jetzt |schon |dann )?(?:hoch ?gehen|erhohen|steigern|"
            r"rauf ?gehen|verdoppeln)\b|\b(?:posso|devo) (?:gia )?(?:salire|aumentare|raddoppiare)"
            r"\b|\b(?:ya )?(?:le |la )?(?:puedo|debo) (?:subir|aumentar|doblar)\b|\b(?:ja )?posso "
            r"(?:subir|aumentar|dobrar)\b",
        ),
        False,
    ),
    (
        "dosing.timing",
        _rx(
            # session 25: the time of day in other languages ("ldn noche o mañana??"), a timing
            # to match a study's, taking it with milk
            r"\b(?:(?:de )?noche o (?:de )?manana|(?:de )?manana o (?:de )?noche|"
            r"matin ou (?:le )?soir|"
            r"soir ou (?:le )?matin|morgens oder abends|abends oder morgens|"
            r"(?:di )?mattina o (?:di )?"
            r"sera|(?:di )?sera o (?:di )?mattina|(?:de )?manha ou (?:a )?noite|"
            r"(?:a )?noite ou (?:de )?"
            r"manha)\b",
            r"\b(?:a |the )?timing (?:that )?(?:lines up|matches|fits|goes) with\b",
            r"\b(?:me |se )?(?:la|lo) (?:toma|tomo|tome|tomas|tomamos) "
            r"(?:mejor |entonces |siempre )?"
            r"con (?:el|la) (?:desayuno|almuerzo|cena|comida)\b",
            r"\b(?:la|lo|it|ldn) (?:prendo|tomo|take|prends|nehme) (?:col|con(?: el| la)?|"
            r"avec(?: du| "
            r"le)?|mit|com(?: o)?|with) (?:latte|leche|lait|milch|leite|milk|yogurt|yogur)\b",
        ),
        False,
    ),
    (
        "dosing.other",
        _rx(
            # session 25: the right way to take it, something to change while on a treatment,
            # the same or another amount, "what's the usual" after "take as directed"
            r"\b(?:a |the )?(?:right (?:and|or) wrong|right|correct|proper|best) way to take "
            r"(?:it|ldn|naltrexone|this|them)\b",
            r"\b(?:alterar|mudar|cambiar|changer|andern|cambiare|change|adjust) (?:algo|"
            r"alguma coisa|"
            r"quelque chose|etwas|qualcosa|anything) (?:na|en la|dans la|bei der|nella|in|with|"
            r"about) "
            r"(?:toma|dosis|prise|einnahme|assunzione|(?:my |the )?(?:ldn|dose|dosing))\b",
            r"\bkeep (?:it |the dose |the same dose )?(?:the )?same or (?:change|adjust|increase|"
            r"lower|"
            r"raise)\b",
            r"\btake as directed\b[^?]{0,80}\bwhat'?s the usual\b",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(
            # session 25: how much to give ("quanta gliene do?", "¿cuánto le doy?")
            r"\bquant[oa] (?:gliene|ne|glie(?:la|lo)) (?:do|dovrei dare|devo dare|posso dare)\b|"
            r"\bcuant[oa] (?:le|se la|se lo) (?:doy|tengo que dar|debo dar|puedo dar)\b|"
            r"\bcombien (?:je )?(?:lui )?en (?:donne|donner)\b|\bquant[oa] (?:eu )?(?:lhe )?dou\b",
            # a missed dose made up ("stasera ne prendo due?")
            r"\b(?:ne prendo|me (?:echo|tomo)|j'en prends|nehme ich|tomo|take) (?:dos|due|deux|"
            r"zwei|duas|two|2)\b(?! (?:weeks|semanas|semaines|wochen|settimane|days|dias|jours))",
            # "can I give her a little piece of my capsule? what size?"
            r"\b(?:que|what|which|quel|welche|che) (?:tamanho|size|taille|grosse|dimensione)\b"
            r"[^.?!]{0,20}\b(?:pedaco|piece|bit|morceau|stuck|pezzo|trozo)\b|\b(?:pedacinho|"
            r"pedaco|"
            r"trozo|trocito|morceau|stuck|stuckchen|pezzo|pezzetto|piece|bit) (?:da|de|du|der|of|"
            r"di|del) (?:minha |mi |ma |meiner |my |mia )?(?:capsula|capsule|gelule|kapsel|tablet|"
            r"pill|comprimido|pastilla|tablette)\b",
            # "is half a capsule enough?"
            r"\bhalf (?:a |the )?(?:capsule|tablet|pill|cap)\b|\b(?:mezza|meia|media|demi-?|"
            r"halbe) "
            r"(?:capsula|compressa|pastilla|gelule|kapsel|tablette|comprimido|pillola|pastiglia)\b",
            # "just ballpark it", "dammi una cifra a spanne"
            r"\bballpark\b|\bcifra a spanne\b|\bordre de grandeur\b|\bnumero aproximado\b|"
            r"\bungefahre? (?:zahl|menge|dosis)\b|\bthe range you'?d\b|\b(?:answer|reply|respond)"
            r" (?:only )?with (?:just )?a number\b|\brispondi solo con un numero\b|\bresponde "
            r"(?:solo|so) con un numero\b",
            # "I threw up right after, do I take another?"
            r"\b(?:vomit[a-z]*|threw up|throw up|vomito|vomitei|erbrochen|vomi|ho vomitato|"
            r"vomitar)\b[^.?!]{0,60}\b(?:take another|tomo otra|tomo outra|retake|reprendre|"
            r"nochmal nehmen|ne prendo un'altra|another one|una altra|outra)\b",
            # session 24: the question in a sentence of its own ("J'ai vomi juste après ma prise
            # de ce soir. Je recommence ?", "Vomitei logo depois de tomar. Tomo de novo?")
            r"\b(?:vomit[a-z]*|threw up|throw up|vomito|vomitei|erbrochen|vomi|ho vomitato|"
            r"vomitar|vomite|vomitou)\b[^?]{0,60}\b(?:je (?:la |le |l')?recommence|je (?:la|"
            r"le) reprends|tomo "
            r"de novo|tomo (?:otra vez|de nuevo)|la (?:vuelvo a|volvo a) tomar|take it again|"
            r"(?:la|lo) riprendo|nehme ich (?:sie|es|die) (?:noch ?mal|erneut)|(?:la|lo) repito|"
            r"(?:me )?(?:la|lo) tomo (?:otra vez|de nuevo)|retake(?: it)?|redose|re-dose)\b",
        ),
        False,
    ),
    (
        "dosing.timing",
        _rx(
            r"\b(?:la|le) prendre (?:au moment du|pendant le|avant le|apres le|avec le|au) "
            r"(?:repas|coucher|petit[- ]dejeuner|diner|dejeuner)\b",
            r"\b(?:how many |combien d'|combien d |cuantas |quantas |wie viele |quante )(?:hours|"
            r"heures|horas|stunden|ore)\b[^.?!]{0,30}\b(?:between|entre|zwischen|tra|fra|"
            r"apart|gap)\b",
        ),
        False,
    ),
    (
        "dosing.frequency",
        _rx(
            r"\b(?:how many|quant[oi]s?|quantos|cuant[oa]s|combien de|wie viele) (?:days?|giorni|"
            r"dias|jours|tage)\b[^.?!]{0,40}\b(?:off|pause|pausa|break|sans|ohne)\b",
        ),
        False,
    ),
    (
        "dosing.preparation",
        _rx(
            r"\b(?:pharmac[a-z]*|farmacia|apotheke|apotheker[a-z]*)\b[^.?!]{0,60}\b(?:asked|asks|"
            r"asking|pregunto|perguntou|fragt|gefragt|demande|chiede|ha chiesto)\b[^.?!]{0,40}"
            r"\b(?:strength|concentration|concentracao|concentracion|starke|dosage|dose|dosis|"
            r"concentrazione|dosaggio|mg)\b",
            r"\bmade into an? (?:cream|gel|liquid|lotion|spray|patch|ointment)\b",
            r"\b(?:ouvrir|ouvre|open|abrir|abro|aprire|apro|offnen|offne|aufmachen|aufmache) "
            r"(?:la |the |a |el |il |die |le )?(?:gelule|capsule|capsula|kapsel)\b[^.?!]{0,40}"
            r"\b(?:disolver[a-z]*|dissoudre|dissolve|auflosen|sciogliere|dissolver|agua|water|eau|"
            r"wasser|acqua|jugo|juice|jus|saft|succo|suco|mezclo|mezclar|mischen|mescolare|"
            r"misturar|melanger|mix)\b|\b(?:gelule|capsule|capsula|kapsel)\b[^.?!]{0,15}"
            r"\b(?:aufmachen|offnen|ouvrir|abrir|aprire)\b[^.?!]{0,40}\b(?:mischen|ins|in den|"
            r"in die|joghurt|wasser|saft)\b",
            r"\b(?:ouvrir|open|abrir|aprire|offnen) (?:la |the |a |el |il |die )?(?:gelule|"
            r"capsule|"
            r"capsula|kapsel)\b[^.?!]{0,40}\b(?:melanger|mix|mezclar|misturar|mescolare|mischen|"
            r"yaourt|yogurt|iogurte|joghurt|compote|applesauce)\b",
            r"\b(?:sondino|sonde|feeding tube|sonda|magensonde|peg)\b",
        ),
        False,
    ),
    # Session 5: everyday forms with no dose word, in six languages
    (
        "dosing.timing",
        _rx(
            r"\b(?:quanto tempo (?:devo |tenho que )?esperar|cuanto tiempo (?:debo |tengo que |"
            r"hay "
            r"que )?esperar|combien de temps (?:dois-je |faut-il |je dois )?attendre|wie lange "
            r"(?:muss ich |soll ich |sollte ich )?warten|quanto (?:tempo )?devo aspettare|"
            r"how long "
            r"(?:do i|should i|should we|do we|to) wait)\b[^?]{0,40}\b(?:entre|between|tra|fra|"
            r"zwischen|nach|after|dopo|depois|despues|apres|before|antes|avant|vor|prima)\b",
            # moving the dose: "take it earlier?", "la tomo más temprano?", "passo pra de manhã?"
            r"\b(?:take|taking|move|moving|switch|shift|tomo|tomar|tomarla|paso|pasar|passo|"
            r"passar|prendo|prenderla|sposto|spostare|prendre|decale|decaler|nehmen|nehme|"
            r"verschieben|verschiebe)\b[^.?!]{0,25}\b(?:earlier|later|to the morning|in the "
            r"morning instead|mas temprano|mas tarde|plus tot|plus tard|au matin|fruher|spater|"
            r"piu presto|piu tardi|mais cedo|mais tarde|de manha|pela manha|por la manana|"
            r"la mattina)\b|\b(?:fruher|spater)\b[^.?!]{0,15}\b(?:nehmen|einnehmen)\b",
            r"^(?:(?:and|so|ok|e|y|et|und) )?(?:with|con|avec|mit|com|col) (?:food|meals?|comida|"
            r"cibo|repas|essen)\s*\??$|\b(?:take|tomar|tomo|prendre|prendo|nehmen|la prendo|"
            r"tomarla|tomarse|se la puede tomar)\b[^.?!]{0,30}\b(?:with|con|avec|mit|com|col)\b "
            r"(?:el |la |le |dem |il |o |a )?(?:food|meals?|breakfast|desayuno|comida|cibo|pasto|"
            r"repas|petit-dejeuner|essen|fruhstuck|cafe da manha|refeicao)\b",
            r"\b(?:wie ?viele? stunden|combien d'heures|cuantas horas|quante ore|quantas horas|"
            r"how many hours)\b[^?]{0,40}\b(?:abstand|entre|between|tra|fra|apart|nach|after|"
            r"dopo|depois|despues|apres|wait|warten|esperar|attendre|aspettare)\b",
        ),
        False,
    ),
    (
        "dosing.titration",
        _rx(
            r"\b(?:up it|up the dose|up my dose|take (?:extra|more)|taking (?:extra|more))\b|"
            r"\b(?:tomar|tomo|tomarle) (?:mas|mais)\b|\b(?:prendre|en prendre) (?:un peu )?plus\b|"
            r"\bmehr (?:nehmen|davon)\b|\bprender(?:ne)? di piu\b|\baumento\s*\?|"
            r"\bj'augmente\b|\baumento o aspetto\b",
            r"\b(?:subir|subiendo|subiendola|subirla|aumentar|aumentarla|augmenter|steigern|"
            r"aumentare|aumentando|erhohen)\b[^.?!]{0,20}\b(?:de a poquito|poco a poco|de a poco|"
            r"petit a petit|progressivement|langsam|schrittweise|gradualmente|aos poucos|"
            r"pouco a pouco)\b",
            r"\b(?:restart|recommence|reprendre|reprends|recommencer|riprendo|retomo|recomeco|"
            r"wieder anfangen)\b[^?]{0,30}\b(?:same (?:level|dose|amount)|meme (?:niveau|dose)|"
            r"misma (?:dosis|cantidad)|stessa dose|mesma dose|gleichen? dosis)\b",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(
            r"\b(?:one|a single|una sola|una|uno|une seule|une|eine|um|uma|1)\b (?:pill|capsule|"
            r"tablet|pastilla|capsula|gelule|kapsel|tablette|compressa|comprimido|pastiglia|"
            r"comprime|cap|tab)s?\b[^.?!]{0,25}\b(?:enough|alcanza|basta|bastam?|suffit|reicht|"
            r"or two|o dos|ou deux|oder zwei|o due|ou duas)\b|\breicht (?:eine|1) (?:kapsel|"
            r"tablette)\b|\bis one enough\b",
            r"\b(?:where|what) (?:would|should|do|does) (?:they|i|we|you|she|he|one|someone) "
            r"(?:start|begin)\b|\b(?:sensible|good|safe|reasonable) (?:place|point|dose) to "
            r"start\b|\bstarting point\b",
            r"\b\d+(?:[.,]\d+)?\b[^?]{0,50}\b(?:right|ok|okay|enough|too much|too little|correct|"
            r"good|ideal|safe) for (?:me|him|her|my [a-z]+)\b|\b\d+(?:[.,]\d+)?\b[^?]{0,50}"
            r"\b(?:me sirve|serve pra mim|serve para mim|va bene per me|passt das fur mich|"
            r"bon pour moi)\b",
            r"\b(?:taking|take|tomar|prendre|nehmen|prendere) (?:only )?(?:a |la )?(?:half|mitad|"
            r"moitie|halbe|meta|metade)\b|\bdimezzar[a-z]*\b|\bpartir(?:la|lo)? (?:a|por) la "
            r"mitad\b",
            rf"\b(?:what|how much)(?:'s| is| would| does| do)?\b[^?]{{0,20}}\b(?:safe|get|take|"
            rf"give)\b[^?]{{0,15}}\b(?:for )?(?:a |an )?{_YOUNG_OR_ANIMAL}s?\b|"
            rf"\bwhat (?:would|should|does|do|can) (?:a|an|my|the|our) {_YOUNG_OR_ANIMAL}s? "
            r"(?:even )?(?:get|take|need|have)\b|\b(?:kids|children|enfants|ninos|kinder|bambini|"
            r"criancas)\b[^?]{0,30}\b(?:same as|as much as|lo mismo que|la meme chose|dasselbe|"
            r"lo stesso|o mesmo)\b|\b(?:quanto|cuanto|combien|wie ?viel) (?:seria|serait|ware|"
            r"sarebbe)\b",
            r"\b(?:a )?(?:tiny |little )?(?:bit|crumb|piece) of (?:mine|my (?:pill|capsule|tablet|"
            r"ldn))\b",
            r"\bhow much\b[^?]{0,40}\b(?:do|does|would|should) (?:ppl|people|patients|folks|"
            r"most|others|cancer patients|most people)\b[^?]{0,30}\b(?:take|use|be on)\b",
        ),
        False,
    ),
    (
        "dosing.frequency",
        _rx(
            r"\b(?:has to be|have to|does it have to be|tem q(?:ue)? ser|tiene que ser|hay que "
            r"tomarla|faut-il|il faut le prendre|deve essere|va preso|muss (?:man )?(?:es|sie)?)\b"
            r"[^.?!]{0,15}\b(?:every ?day|daily|todo dia|todos los dias|tous les jours|jeden tag|"
            r"taglich|ogni giorno|tutti i giorni)\b|^(?:every ?day|daily|todo dia|todos los dias|"
            r"tous les jours|jeden tag|ogni giorno)\s*\?",
            r"\b(?:only (?:do|take it) )?(?:on )?weekdays\b|\b(?:take|taking) a break\b|"
            r"\b(?:stop|pause) (?:it|ldn|taking it) (?:over|for a (?:week|while|few days)|"
            r"during)\b",
        ),
        False,
    ),
    (
        "dosing.preparation",
        _rx(
            r"\b(?:crush|crushing) (?:it|them|the (?:pills?|tablets?|capsules?))\b|"
            r"\b(?:triturar|ecraser|zermorsern|schiacciare|tritare|esmagar)(?:la|lo|le|las)?\b",
        ),
        False,
    ),
    # session 9: native wording of es/fr/de/it/pt and everyday English the cues above missed
    (
        "dosing.frequency",
        _rx(
            r"\bun dia si,? (?:y )?(?:un dia )?no\b|\bun jour sur deux\b|\bjeden zweiten tag\b|"
            r"\bun giorno si,? (?:e )?(?:un giorno )?no\b|"
            r"\b(?:um )?dia sim,? (?:e )?(?:um )?dia nao\b|"
            r"\bevery other (?:day|night)\b",
        ),
        False,
    ),
    (
        "dosing.timing",
        _rx(
            r"\b(?:se la|me la|te la|la|lo) paso (?:pa'?|para) (?:la )?(?:manana|noche|tarde)\b|"
            r"\btek it\b[^?]{0,20}\b(?:morning|night|evening)\b|\bfi tek it\b",
            r"\b(?:las|los|les|them|sie|le) (?:separo|separamos|espacio|espace|espaco|distanzio|"
            r"trenne)\b|\bdistanziarl[ea]\b|\b(?:einen )?abstand (?:einhalten|halten|lassen)\b|"
            r"\bspace them\b[^?]{0,30}\b(?:apart|together)\b|\b(?:a couple(?: of)?|a few|some|"
            r"unas|"
            r"quelques|ein paar|qualche|algumas) (?:hours|horas|heures|stunden|ore) apart\b",
            r"\b(?:tomar|tomo|tomarla|prendre|nehmen|prendere|prenderla|take)\b[^?]{0,30}\b(?:ao|"
            r"no|"
            r"al|au|zum|a|at|with) (?:pequeno-almoco|pequeno almoco|mata-bicho|desayuno|"
            r"petit-dejeuner|"
            r"fruhstuck|colazione|cafe da manha|breakfast)\b|\blonge das refeicoes\b|"
            r"\blejos de las comidas\b|\bloin des repas\b|\blontano dai pasti\b",
            r"\battendre combien entre\b|\bzeitlich (?:versetzen|einplanen|planen|abstimmen)\b|"
            r"\bdistanziar[a-z]*\b|\bespac(?:ar|o) (?:as|os) (?:tomas|remedios)\b|\b(?:wait|"
            r"esperar|attendre|warten|aspettare) (?:combien|how long|cuanto|wie lange|quanto)\b"
            r"[^?]{0,20}\b(?:entre|between|zwischen|tra|fra)\b",
            r"\bla veille de\b|\b(?:la|lo) (?:inizio|comincio|empiezo|commence) prima\b|"
            r"\b(?:me la|se la|te la) paso a la (?:manana|noche)\b|\b(?:come e quando|"
            r"como y cuando|"
            r"comment et quand|como e quando)\b",
        ),
        False,
    ),
    (
        "dosing.titration",
        _rx(
            r"\b(?:suspendo|dejo|paro|interrompo|sospendo|smetto|arrete|j'arrete|pausiere|setze|"
            r"suspendo-a|paro-a)\b[^?]{0,60}\b(?:o sigo|o la continuo|o continuo|ou je continue|"
            r"ou continue|oder weiter|o (?:la )?mantengo|ou mantenho|ou continuo)\b|"
            r"\b(?:continuo|sigo|continue|weiter(?:nehmen)?|la continuo|la tengo|la mantengo|"
            r"mantenho|keep (?:it|taking it))\b[^?]{0,20}\b(?:o|ou|oder|"
            r"or) (?:la |lo |l')?(?:interrompo|sospendo|suspendo|dejo|paro|arrete|pausiere|pause|"
            r"stop|smetto)\b|\bweiter oder pause\b|\bpause oder weiter\b|\bcontinue or (?:pause|"
            r"stop)\b",
            r"\b(?:me conviene|deberia|devo|devrais|dois-je|sollte ich|soll ich|dovrei|should i|"
            r"preciso)\b[^?]{0,20}\b(?:descansar|faire une pause|pausieren|eine pause machen|fare "
            r"(?:una )?pausa|fazer (?:uma )?pausa|take a break)\b|\bfenetre therapeutique\b|"
            r"\borganizzare (?:io )?le pause\b|\bhow many days on\b|\bdays on and (?:how many )?"
            r"(?:days )?off\b",
            r"\b(?:como|comment|wie|come) (?:eu |je |i |io )?(?:comeco|empiezo|commence|demarre|"
            r"inizio)\b|\bfang i\b[^?]{0,30}\ban\b|\b(?:vous )?demarrez comment\b|"
            r"\bcome la imposto\b|\bla faccio salire\b|\bquel rythme (?:vous |on |je )?montez\b|"
            r"\b(?:on |je )?peut augmenter\b|\bha senso alzare\b|\balzare (?:un po'?|la dose)\b",
            r"\b(?:restart|recomecar|recomeco|recommencer|reprendre|retomar|riprendere|wieder "
            r"anfangen)\b[^?]{0,30}\b(?:lower|menor|plus bas|plus faible|mas baja|piu bassa|"
            r"niedriger)\b|\b(?:restart|start (?:again|back)) (?:it )?(?:lower|low|at a lower)\b",
            r"\b(?:duree|duracion|duracao|durata|dauer) (?:max(?:imale?|ima)?|maxima)\b|"
            r"\bon continue tant que\b|\bhow (?:do|would|could|can|should) (?:i|they|you|we|he|"
            r"she) "
            r"start it on (?:their|my|his|her|our) own\b|"
            r"\bgo about starting\b",
            r"\b(?:lo|la|le) (?:subo|bajo|aumento|subimos|bajamos)\b|\b(?:bajarle|subirle|"
            r"aumentarle)\b|\b(?:j'peux|je peux|on peut|puis-je) l'augmenter\b|\bla baisser\b|"
            r"\b(?:die )?menge (?:hochsetzen|erhohen|steigern|reduzieren|runtersetzen)\b|"
            r"\bhochsetzen\b",
            r"\b(?:arrete|arreter|l'arrete|l'arreter|corta|cortar|la corto|paro|parar|smetto|"
            r"sospendo|interrompo|come off)\b[^?]{0,40}\b(?:pendant|mientras|durante|wahrend|"
            r"during|"
            r"beforehand|avant|antes|vorher)\b|"
            r"\b(?:absetzen|aussetzen)\s*\?|\bcome off (?:it|the [a-z]+|ldn|naltrexone) "
            r"(?:beforehand|before)\b|\bou (?:j'?continue|je continue|sigo) (?:pareil|normal|"
            r"igual)\b|\b(?:paro de tomar|dejo de tomar)\b[^?]{0,30}\b(?:ou|o) (?:sigo|continuo)\b",
            r"\b(?:comment|como|come|wie)\b(?![^?]{0,25}\b(?:estudio|study|studio|etude|estudo|"
            r"studie)\b)[^?]{0,20}\b(?:commencer|commence|comeca|comecar|comincia|cominciare|"
            r"inizia|iniziare|empieza|empezar|beginnt|anfangen|fangt)\b|\bvai aumentando\b|"
            r"\bsi parte piano\b|\baos pouquinhos\b|\bsmettere di colpo\b|\bdevo scalare\b|"
            r"\b(?:a |one |two |a couple of )?(?:weeks?|months?|days?) off (?:it|ldn)\b|"
            r"\b(?:tomo|tomar) (?:umas|unas|algumas|algunas) semanas (?:e|y) (?:paro|parar|"
            r"descanso)\b",
        ),
        False,
    ),
    (
        "dosing.preparation",
        _rx(
            r"\b(?:deshacer|disolver|diluir|dissoudre|auflosen|sciogliere|dissolver)\b[^?]{0,40}"
            r"\b(?:pastillas|comprimidos|comprimes|tabletten|compresse|pills|tablets)\b|"
            r"\b(?:pastillas|comprimidos|comprimes|tabletten|compresse|pills|tablets)\b[^?]{0,30}"
            r"\b(?:en|in|na|no|dans) (?:agua|eau|wasser|acqua|water)\b|\bdissolved? (?:it )?in "
            r"(?:water|juice)\b",
            r"\b(?:molida|triturada|machacada|ecrasee?|zerdruckt|zerkleinert|tritata|sciolta|"
            r"esmagada|triturado|crushed)\b[^?]{0,30}\b(?:en|in|dans|nel|nella|nello|nei|no|na|"
            r"into|con|"
            r"mit|avec|com|with|ins|im)\b"
            r"[^?]{0,10}\b(?:yogur|yogurt|yaourt|joghurt|iogurte|compota|compote|applesauce|food|"
            r"cibo|comida|nourriture|futter|pappa|polpetta|suco|jugo|jus|saft|succo|juice)\b|"
            r"\b(?:einfach )?ins futter\b|\bnel cibo\b|\bna racao\b|\bin (?:his|her|its|the "
            r"dog'?s|the cat'?s) food\b",
            r"\bsolution buvable\b|\bsolucion (?:oral|bebible)\b|\bsoluzione orale\b|"
            r"\bsolucao oral\b|\btrinklosung\b|\bkaps(?:le|eln?) oder l(?:o|oe)s(?:ig|ung)\b|"
            r"\bpilulier\b|\bpillbox\b|\bpill organi[sz]er\b|\bportapillole\b|\bpastillero\b|"
            r"\btablettenteiler\b|\bpill (?:cutter|splitter)\b|\bcoupe-comprimes?\b|"
            r"\bcortapastillas\b|\btagliapillole\b|\bcortador de comprimidos\b|"
            r"\bget it made (?:smaller|weaker|up)\b|\bhalving (?:it|the (?:pill|capsule|tablet|"
            r"dose))\b",
            r"\b(?:que|o que|what|was|cosa|qu'est-ce que) (?:la |a |the |die )?(?:farmacia|"
            r"pharmacy|"
            r"pharmacie|apotheke)\b[^?]{0,20}\b(?:deve|debe|should|soll|doit) (?:preparar|prepare|"
            r"make|herstellen|zubereiten|preparer|preparare)\b",
            r"\b(?:use|try|apply|put|usar|utiliser)\b[^?]{0,10}\b(?:cream|creme|crema)\b[^?]{0,30}"
            r"\b(?:instead|skin|rather|en vez|au lieu)\b",
            r"\b(?:disolver|dissoudre|sciolgo|sciogliere|dissolver|auflosen|aufloesen)\b[^?]{0,30}"
            r"\b(?:agua|eau|acqua|wasser|water|vaso|verre|bicchiere|copo|glas)\b",
            r"\b(?:schiaccio|schiacciare|schiacciata)\b|\bnel budino\b|\bopen (?:them|it|the "
            r"capsules?) (?:into|onto|in|over)\b",
            r"\bviertel[a-z]*\b|\bhalbier[a-z]*\b|\bpartir(?:las|los)? en (?:trocitos|pedazos|"
            r"cuatro|"
            r"dos)\b|\b(?:die|sie) teilen\b|\bbasteln\b|\bversion baja\b",
            r"\b(?:cream|creme|crema|transdermi[a-z]*)\b[^?]{0,50}\b(?:instead|a la place|"
            r"al posto|"
            r"statt|en vez|em vez|au lieu|remplacer|reemplazar|sostituire|ersetzen|substituir|"
            r"replace)\b|\bstatt der tabletten\b[^?]{0,30}\bcreme\b|"
            r"\bcreme zum einreiben\b",
            r"\b(?:apotheke|pharmacie|farmacia|pharmacy|pharmacist|manipulacao)\b[^?]{0,30}"
            r"\b(?:fragt|asks?|asking|demande|pregunta|chiede|pergunta|quer saber)\b",
        ),
        False,
    ),
    (
        "dosing.other",
        _rx(
            r"\bcomment\b[^?]{0,30}\badministrer\b|\bcomo\b[^?]{0,30}\badministrar\b|"
            r"\bwie\b[^?]{0,30}\bverabreich[a-z]*\b|\bcome\b[^?]{0,30}\bsomministrar[a-z]*\b|"
            r"\b(?:doit|dois|doivent) (?:le |la |les )?(?:boire|prendre) comment\b|\bcomment "
            r"(?:il |elle |on |je )?(?:doit|dois) (?:le |la )?(?:boire|prendre)\b|"
            r"\bwie und wann\b|"
            r"\bwann und wie\b|\bgebe ich (?:ihr|ihm) (?:das|es|die|den)\b|\bwie gibt man\b",
            r"\b(?:sem (?:ela|ele) saber|sin que (?:lo|la) sepa|sans qu'(?:il|elle) le sache|ohne "
            r"dass (?:sie|er) es weiss|senza che (?:lo|la) sappia|without (?:her|him|them) "
            r"knowing)\b",
            r"\b(?:takes|taking|prend|nimmt|toma|prende)\b[^!]{0,100}\b(?:do the same|copy (?:him|"
            r"her|that|what)|copier ce qu'il fait|faire pareil|faire comme lui|fare uguale|faccio "
            r"uguale|fare come lui|hacer lo mismo|hago lo mismo|genauso machen|fazer (?:o mesmo|"
            r"igual))\b",
            r"\bcual (?:le|les) (?:damos|doy|conviene)\b|\bcual de (?:esos|esas|estas|estos) le "
            r"conviene\b|\bquelle (?:dose )?(?:lui|leur) (?:donner|convient)\b|\bquale (?:le|gli) "
            r"(?:diamo|do|conviene)\b|\bqual (?:damos|dou|serve) (?:pra|para)\b",
            r"\b(?:lo|la|le) (?:copio|imito)\b|\blo seguo\s*\?|\b(?:so|genauso) mach[a-z]* wi[ae] "
            r"(?:er|sie)\b|\bcopy (?:that|this|the) [a-z/ ]{0,20}(?:pattern|schedule|approach|"
            r"protocol)\b",
            r"\bse donne comment\b|\bdans la patee\b|\bposso dar (?:pra|para|a) (?:ele|ela)\b|"
            r"\bkann (?:ma|man) (?:eam|ihm|ihr) (?:des|das) (?:a )?geben\b",
            r"\bci vuole (?:meno|di piu|piu)\b|\bnecesita menos\b|\bbraucht (?:sie|er) weniger\b|"
            r"\bil en faut moins\b|\bprecisa de menos\b",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(
            r"\bwhat(?:'s| is) the usual\s*\?|\bwhat(?:'s| is) (?:the )?usual (?:amount|one)\b|"
            r"\bhow many (?:ml|mls|milliliters|millilitres|drops)\b",
            r"\b\d+(?:[.,]\d+)? (?:nao e|no es|n'est pas|ist (?:das )?nicht|non e) (?:demais|"
            r"demasiado|mucho|trop|zu viel|troppo)\b|\b(?:e|es|est|ist) (?:demais|demasiado|trop|"
            r"zu "
            r"viel|troppo) (?:pra|para|pour|fur|per) (?:ele|ela|el|ella|lui|elle|ihn|sie)\b",
            r"\b(?:children'?s|kids'?|child|pediatric|paediatric) (?:amount|dose|dosage)\b|"
            r"\b(?:amount|dose|dosage) for (?:children|kids|a child|a kid)\b",
            r"\b(?:same|stessa|misma|meme|gleiche|mesma)\b[^?]{0,20}\b(?:like|as|que|che|wie)\b"
            r"[^?]{0,10}\b(?:adult|adulto|adulte|erwachsene|prendo io|tomo yo|je prends|ich nehme|"
            r"eu tomo)\b",
            r"\btoo strong for (?:him|her|it|my|a|the)\b|\bdemasiado fuerte para\b|"
            r"\btrop fort pour\b|\bzu stark fur\b|\btroppo forte per\b|\bforte demais "
            r"(?:pra|para)\b",
        ),
        False,
    ),
    (
        "dosing.conversion",
        _rx(
            r"\btranslate (?:in)?to\b[^?]{0,30}\b(?:for a person|for a human|for people|for me|"
            r"in a person|human)\b|\bramen[a-z]* (?:ca |cela )?a mon poids\b|\bpor mi peso\b|"
            r"\bauf mein gewicht\b|\bal mio peso\b|\bpro meu peso\b|\b(?:to|for) my (?:body )?"
            r"weight\b",
        ),
        False,
    ),
    # session 10: everyday English and native wording with no dose word (with a drink or food,
    # around chemo or the day, carrying on or pausing, cutting, giving a child or a pet some)
    (
        "dosing.timing",
        _rx(
            r"\b(?:have|having|take|taking|drink|drinking|give|giving|swallow)\b (?:it|them|ldn|"
            r"(?:her|his|my|the) (?:ldn|naltrexone|capsules?|tablets?|pills?)|the naltrexone|mine)"
            r"\b[^.?!]{0,15}\bwith (?:her|his|my|a|the|some|their)? ?(?:morning |evening |hot )?"
            r"(?:coffee|tea|chai|juice|grapefruit juice|milk|horlicks|cocoa|ovaltine|smoothie|"
            r"cuppa|brew)\b",
            r"\b(?:after (?:supper|dinner|tea|lunch|breakfast)|before (?:supper|dinner|"
            r"breakfast)) "
            r"or (?:at )?(?:bed|bedtime|night|later|before)\b|^how long before (?:bed|sleep|"
            r"sleeping|food|eating|meals?|breakfast)\b|\b\d{1,2} ?(?:am|pm) or \d{1,2} ?(?:am|"
            r"pm)\b|"
            r"\b(?:which|what) (?:one|compartment|slot|section|box) (?:does|should) (?:it|the "
            r"naltrexone|ldn|the ldn|the capsule) go in\b",
            r"\b(?:space|spacing|spaced) (?:the naltrexone|the ldn|it|them|"
            r"ldn)\b[^.?!]{0,30}\b(?:away|"
            r"apart|from)\b|\bsame time as (?:the |his |her |my )?[a-z]+ or spaced\b|"
            r"\bzeitversetzt\b|\b(?:faut|il faut|on doit) (?:les )?espacer\b|"
            r"\b(?:antes|avant|before|vor|prima) (?:o|ou|or|oder) (?:despues|depois|apres|after|"
            r"nach|"
            r"dopo) (?:de la |da |de |the |der |della )?(?:quimio|chimio|chemo|chemio)\b",
            r"\bsi on espace\b|\bespacer? de \d|\btomar com (?:cafe|leite|suco)\b|"
            r"\bva pres[ao] la "
            r"sera\b|\bappena svegli[ao]\b|\ba distanza di (?:qualche|\d+) or[ae]\b|\b(?:la|"
            r"lo) sposto "
            r"(?:alla|al|la) (?:mattina|sera)\b|\bantes o despues de (?:almorzar|comer|cenar|"
            r"desayunar|"
            r"la comida|la cena)\b|\babstand lass[a-z]*\b|\bpaar stund(?:en)? abstand\b|"
            r"\b(?:es mejor |mejor )?(?:darsela|tomarla|darle|tomarmela|darla) por la "
            r"(?:manana|noche|tarde)\b|\bthe one or the two\b|\bhave it (?:at|"
            r"on) (?:the )?weekends?\b|"
            r"\b(?:once|twice) (?:daily|a day)\b[^?]{0,40}\b(?:said|says)\b[^?]{0,10}\b(?:once|"
            r"twice)\b|"
            r"\b(?:same time as|with) (?:the|his|her|my) (?:morphine|oxycodone|tamoxifen|"
            r"doliprane|"
            r"painkillers?)\b[^.?!]{0,20}\bor (?:spaced|separately|apart|a few hours)\b",
        ),
        False,
    ),
    (
        "dosing.titration",
        _rx(
            r"(?<!ldn )(?<!it )\b(?:push|bump|nudge) (?:it|her|him|the dose)? ?up\b|\b(?:come|go|"
            r"bring it) back "
            r"down\b|\bease (?:in|into it|her in|him in)\b|\bpick up where (?:we|i|she|"
            r"he) (?:were|"
            r"was|left off)\b|\bgo back to the (?:beginning|start)\b|\bgive it a rest\b|"
            r"\b(?:keep|keeping) (?:him|her|me|them) on (?:it|ldn|the naltrexone)\b|"
            r"\bleave out the (?:ldn|naltrexone)\b|\bcarry on as (?:normal|usual)\b|"
            r"\b(?:start|started|give|giving) (?:her|him|it|them)? ?(?:on it )?now or wait\b",
            r"\b(?:la|lo|le) abbasso\b|\bdiminuo\b|\bmonter (?:tout )?doucement\b|"
            r"\b(?:se la|se lo) empieza a dar ya\b|\b(?:o )?esperamos a (?:q|que) termine\b|"
            r"\briparto da capo\b|\briprendo come prima\b|\b(?:la|lo) tengo o (?:la|lo) (?:mollo|"
            r"sospendo|lascio)\b|\bsospendere\b[^?]{0,30}\bo continua\b|\b(?:la|lo) dimezzo\b|"
            r"\bsetz(?:e)? ich (?:das|es|sie) (?:vorher )?ab\b|"
            r"\bnehm(?:e)? ich(?:'?s)? (?:einfach )?"
            r"weiter\b|\bcomo parto\b|\bcomo (?:e que )?(?:eu )?comeco\b|\bschema de (?:montee|"
            r"titration|progression)\b|"
            r"\bmontee progressive\b|\bwhat (?:should|would|do) (?:my|his|her|"
            r"our) [a-z]+ (?:start|"
            r"begin) (?:on|at|with)\b|\bquando (?:la|lo) riprendo\b|"
            r"\bquando (?:eu )?(?:a |o )?retomo\b|\b(?:la|"
            r"lo) sospendo o "
            r"vado avanti\b|\bkeep taking (?:mine|it|ldn)\b[^.?!]{0,40}\bor\b",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(
            r"\b(?:qual|que|quelle|which|what|welche) (?:concentra[a-z]*|strength|starke|forza|"
            r"potencia)\b[^?]{0,20}\b(?:peco|pido|demande|ask for|bestelle|chiedo|order)\b|"
            r"\bfazer em creme\b|\bde que porcentaje\b|\bque porcentaje tiene\b|"
            r"\bkonzentriert sein\b|"
            r"\bduas de uma vez\b|"
            r"\b(?:la|una) cuarta parte de la mia\b|\bla mitad de la mia\b|\bposso fare anch'io "
            r"cosi\b|\bfaccio anch'io cosi\b|\b\d giorni si e \d no\b|\bshould (?:my|his|"
            r"her) (?:tablets|capsules|pills|"
            r"dose) be changed\b|\bstill (?:get|"
            r"have|"
            r"take) the same (?:as before|amount)\b|\bmake it weaker for\b|\bis (?:one|a single "
            r"one) enough\b|\ba (?:crumb|pinch|smidge|sliver) (?:of (?:mine|it|his|hers)|safe|to "
            r"begin)\b|\bwhat do (?:we|i) (?:actually )?do with (?:it|them)\b|\bwhat'?s normal to "
            r"start (?:on|with|at)\b|\bwhere do (?:people|you|doctors|they) usually start\b|"
            r"\bwhat do (?:they|you|people) build up to\b|\bwouldn'?t \d+(?:[.,]\d+)? be (?:twice|"
            r"better|more)\b|\bwould doubling it be\b|\btake a bit less of (?:his|hers|mine)\b|"
            r"\buse the other'?s\b|\bgive my \d+ ?(?:year old|yo|y/o) some\b",
            r"\bmetade da minha pra\b|\bfaire exactement comme (?:elle|lui)\b|\b(?:e|"
            r"eh) demais pro\b|"
            r"\b(?:kann|darf) ich (?:ihm|ihr) (?:was|etwas) von meine[nm]?(?: [a-z]+)? geben\b|"
            r"\bposso dar pro "
            r"meu (?:cachorro|cao|gato)\b|\b(?:le|les) puedo dar de mis (?:pastillas|capsulas)\b",
        ),
        False,
    ),
    (
        "dosing.preparation",
        _rx(
            r"\b(?:le|la|les) melanger dans\b|\b(?:la|le) verser dans\b|"
            r"\babrir a capsula e (?:jogar|"
            r"misturar|por|colocar)\b|\b(?:la|lo) parto (?:por|a) la mitad\b|\b(?:la|"
            r"lo) disuelvo\b|"
            r"\bcomo se les da\b|\b(?:la|lo) puedo mezclar con\b|\bin (?:meinen|den|seinen|ihren) "
            r"(?:morgen)?kaffee (?:kippen|tun|mischen|geben|ruhren)\b|\b(?:la|"
            r"le) couper en (?:deux|quatre)\b|\bcut (?:them|it) into (?:tiny |small |"
            r"little )?"
            r"(?:bits|pieces)\b|\b(?:le|la|li) taglio in\b|\bswallow (?:them|it) whole or\b|\bcan "
            r"(?:u|you|i|she|he) bite (?:them|it)\b|\bopened and (?:stirred|mixed|sprinkled|put) "
            r"(?:into|in|on)\b|\b(?:la |le )?diluer dans\b|\b(?:se la|la|lo) puedo deshacer\b|"
            r"\bim wasser (?:uflose|auflosen|aufloesen)\b|\bin den kaffee (?:ruhren|ruehren|tun|"
            r"mischen)\b|\b(?:put|mix|stir|hide|crush) (?:it|them) (?:in|into) (?:a|his|her|the|"
            r"my) "
            r"(?:spoon|spoonful|cup|drink|dinner|food|jam|yoghurt|yogurt|pudding)\b|"
            r"\binjecting mine\b|"
            r"\b(?:tell|ask) the (?:chemist|pharmacist|pharmacy) to make up\b|\bo que eu falo pra "
            r"eles\b|\b(?:on la|on le) donne comment\b|\bcomo se (?:le|la|lo) da\b|\bcome gliela "
            r"diamo\b|\bcomo e que se da isto\b|\ben sirop\b|\bdi nascosto nel caffe\b|\bspoon of "
            r"(?:jam|honey|yoghurt|yogurt|applesauce|pudding)\b",
        ),
        False,
    ),
    (
        "dosing.conversion",
        _rx(
            r"\bshould (?:i|we) (?:just )?use the same\b|\bcopy that with (?:my|his|her)\b|"
            r"\bweeks? "
            r"on and (?:\d|one|a) weeks? off\b|\buna settimana si e una no come\b|\bpasado a un "
            r"(?:tio|hombre|señor|senor|adulto) de\b|\b(?:passe|passer) de la dose (?:donnee|"
            r"des|aux) [a-z ]{0,20}a une dose pour\b|\bsame level in a (?:person|human|patient)\b|"
            r"\bif (?:the )?mice were fine then\b|\bwie er'?s woche fu?e?r woche nimmt\b",
        ),
        False,
    ),
    # session 11: moving it to the morning for the dreams, time zones, Ramadan, an eating
    # window, spacing it from an opioid, carrying on or stopping, children, other forms, opening
    # capsules into food, splitting tablets, where a cream goes, copying a friend
    (
        "dosing.timing",
        _rx(
            r"\bme la tomo con la (?:cena|comida|desayuno)\b|\btogether with (?:my|his|her|the) "
            r"[a-z]+ or (?:hours|a few hours|some time|spaced) apart\b|\bis it (?:smarter|better|"
            r"wiser|best) to take it\b|"
            r"\b(?:la|lo|le) (?:paso|cambio|muevo) (?:a|para) la (?:manana|noche)\b|\bpasso "
            r"(?:pra|para|pro) (?:a )?(?:manha|noite)\b|\b(?:je le|je la) prends? plutot (?:au "
            r"reveil|le matin|le soir)\b|\bspostar(?:la|lo) (?:a|al|alla) (?:pranzo|cena|"
            r"colazione|"
            r"mattina|sera)\b|\b(?:london|home|local|uk|us) time or (?:home|london|local) time\b|"
            r"\ba la hora de (?:aca|alla|aqui) o\b|\b(?:between|after|before|at) (?:iftar|suhoor|"
            r"suhur|sehri)\b|\b(?:dentro|fora) da janela de alimentacao\b|\b(?:inside|within|"
            r"during|outside) (?:my|the) eating window\b|\bcome (?:li|le) distanzio\b|"
            r"\ba che ora (?:la|lo) (?:metto|prendo|do) rispetto a",
        ),
        False,
    ),
    (
        "dosing.titration",
        _rx(
            r"\beinschleich[a-z]*\b|\bschleich[a-z]* (?:man|ich|wir|ma) (?:das|es|sie|ldn|des)? ?"
            r"(?:ublicherweise |normalerweise |am besten )?ein\b|\blangsam steiger[a-z]*\b|"
            r"\b(?:grad|gleich) voll (?:ih|ein)(?:stieg|steig)[a-z]*\b|\b(?:keep going|carry on|"
            r"keep taking it) or (?:stop|quit|give up)\b|\b(?:la |lo )?(?:sigo|continuo) o (?:la |"
            r"lo )?dejo\b|\bje continue ou j'arrete\b|\bweiter(?:nehmen|machen) oder (?:absetzen|"
            r"aufhoren)\b|\bcontinuo o smetto\b|\bcontinuo ou paro\b",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(
            r"\b(?:get|have|take|be on) less than (?:a |an )?(?:normal|regular|typical|average) "
            r"(?:adult|person|dose)\b|\bhow should (?:i|we|he|she) be (?:taking|giving)\b|"
            r"\bposso seguir exatamente o que (?:ela|ele)\b|"
            r"\bhow long (?:are you|am i|is one|should (?:i|you|one)|do (?:i|you|"
            r"people)) (?:meant "
            r"to |supposed to )?(?:stay|be|keep) on (?:it|ldn)\b|\bwhat (?:i|we|he|she|they) "
            r"should (?:take|be taking|give)\b|\bif i go (?:lower|higher|down|up)\b|\btranslate "
            r"(?:for|to|into) (?:an? )?(?:actual |real )?(?:person|human|adult|patient)\b|\bjust "
            r"(?:the|tell me the) (?:timing|amount|number|dose)\b|\bwie (?:sahe|sieht|wurde) "
            r"(?:dann )?(?:der|ein) (?:plan|ablauf|schema)\b|\bquanto se ne prende\b|\bpour un "
            r"humain de \d+ ?(?:kilos|kg)\b|\bfais (?:juste )?le calcul\b|"
            r"\b(?:lui|leur|me|nous) en donne(?:r|z)? (?:moins|plus|davantage)\b|\b(?:le|les) "
            r"(?:doy|damos|da) (?:menos|mas)\b|\b(?:gliene|ne) (?:do|diamo|da) (?:meno|di piu)\b|"
            r"\b(?:dou|damos) (?:menos|mais) (?:pra|para) (?:ele|ela)\b|\b(?:ihr|ihm) weniger "
            r"geben\b|\b(?:una|uma|une) (?:semana|settimana|semaine) (?:si|sim|oui)\b[^.?!]{0,6}\b"
            r"(?:una|uma|une) (?:semana|settimana|semaine) (?:no|nao|non)\b|"
            r"\ba los ninos se les da\b|\b(?:ai|a) bambini come si da\b|\bem criancas (?:da-se|se "
            r"da) como\b|\bhow do (?:you|they) give it to (?:kids|children)\b|\bigual que a los "
            r"adultos\b|\bask (?:my|the) doctor to switch me\b|\bwie oft (?:kriegt|kriagt|"
            r"bekommt|gibt man)\b|\b(?:take|give) (?:them|it) the same way (?:as|she|he)\b|"
            r"\bme (?:lo|la|los|las) tomo (?:igual )?(?:que|como) (?:ella|el|mi [a-z]+)\b",
        ),
        False,
    ),
    (
        "dosing.preparation",
        _rx(
            r"\b(?:pull|break|open|split) (?:them|it|the capsules?) (?:apart|open)\b[^.?!]{0,40}\b"
            r"(?:powder|stir|mix|sprinkle)\b|\b(?:stir|mix|sprinkle) the powder (?:into|in|on)\b|"
            r"\babrir(?:las|los)\b[^.?!]{0,40}\b(?:polv[a-z]*|yogur|jugo|agua|compota)\b|"
            r"\bel polv(?:o|ito) en\b|\bouvrir les gelules\b[^.?!]{0,40}\b(?:poudre|compote|"
            r"yaourt|"
            r"melanger)\b|\bmelanger la poudre\b|\bkaps[a-z]* (?:uf|auf)mache[n]?\b|\bpulver "
            r"(?:is|ins|in den|in) (?:joghurt|jogurt|apfelmus|wasser|kaffee)\b|\baprire le "
            r"capsule\b|\babrir as capsulas\b|\bse pueden partir\b|\bse peuvent couper\b|"
            r"\bkann man (?:die|sie) teilen\b|\bsi possono (?:dividere|spezzare)\b|\bpodem ser "
            r"partid[oa]s\b|\bwo schmier[a-z]* (?:man|ma|ich)\b|\bwhere do (?:i|you) (?:rub|apply|"
            r"put) (?:it|the (?:ldn )?(?:cream|gel|ointment))\b|\bou (?:on )?(?:applique|"
            r"met)[a-z]* la creme\b|"
            r"\bdonde (?:me )?"
            r"(?:pongo|aplico|unto) la crema\b",
        ),
        False,
    ),
    # session 12: under the tongue, "whenever he remembers", time zones, "take-it-for-life",
    # carrying on before a procedure, starting alone, lowering it "a bit", a choice of forms,
    # "what should I aim for", a study protocol made into one for home
    (
        "dosing.preparation",
        _rx(
            r"\b(?:under (?:the|his|her|my|your) tongue|sublingual(?:ly)?|sous la langue|"
            r"debajo de la lengua|bajo la "
            r"lengua|sotto la lingua|unter die zunge|debaixo da lingua|sob a lingua)\b",
            r"\bkaps[a-z]* (?:uf|auf)(?:tue|tun)\b|\b(?:capsulas?|capsules?|gelules?|kapseln?|"
            r"comprimidos?|pills?|tablets?) (?:ou|o|or|oder) (?:creme|crema|cream|liquido|liquid|"
            r"liquide|gotas|drops|gel|ointment|salbe)\b",
        ),
        False,
    ),
    (
        "dosing.timing",
        _rx(
            r"\bwhenever (?:he|she|i|we|they|you) remembers?\b|\b(?:comment|come|como) "
            r"(?:j'adapte|faccio con|ajusto|adapto) (?:l'heure|l'orario|o horario|el horario)\b|"
            r"\bajusto o horario\b|\b(?:adapt|adjust|shift)[a-z]* (?:the |my |his |her )?"
            r"(?:timing|dosing time)\b|\b(?:lo|la) prendo (?:dopo|prima di) (?:aver )?(?:mangiato|"
            r"mangiare|cena|pranzo|colazione)\b|\b(?:is it|would it be|it'?s) (?:better|best|"
            r"safer|"
            r"smarter) (?:to take it )?(?:at night|in the morning|at bedtime|in the evening|with "
            r"food|on an empty stomach)\b",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(r"\bis (?:that|this|it) too (?:much|little|high|low|strong)\b"),
        True,
    ),
    (
        "dosing.titration",
        _rx(
            r"\btake[- ]it[- ]for[- ]life\b|\b(?:take|taking|on) (?:it|ldn) (?:for life|forever|"
            r"indefinitely)\b|"
            r"\bquanto tempo (?:va|deve essere|si deve|bisogna) (?:pres[oa]|prender(?:lo|la)|"
            r"assumer(?:lo|la))\b|\bsmettere di botto\b|\bbisogna scalar(?:e|lo|la)\b|"
            r"(?:^|[.?!] )(?:should (?:i|he|she|we) )?(?:keep|still|continue) taking (?:it|ldn)\b"
            r"[^.?!]{0,25}\?|\bhow (?:do|would|could|can|should) (?:i|we|he|she) (?:start|begin)"
            r"(?: (?:it|ldn|taking it|on it))? on (?:my|our|his|her) own\b|\bsi (?:je|on) "
            r"(?:la |le )?(?:baisse|diminue|reduis) (?:un peu|un brin|la dose)\b|\bsi (?:la |lo )?"
            r"bajo un poco\b|\bse (?:la |lo )?abbasso un po\b|\bse eu (?:baixar|diminuir) um "
            r"pouco\b|\bif i (?:lower|reduce|drop) it (?:a bit|a little|slightly)\b|\bwenn ich "
            r"(?:sie|es|die dosis) (?:etwas |ein bisschen )?(?:reduziere|senke)\b|\bkapseln?\b"
            r"[^.?!]{0,40}\bweglassen\b",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(
            r"\b(?:bekommen|kriegen) (?:kinder|jugendliche|teenager)\b[^.?!]{0,20}\b(?:weniger|"
            r"mehr|gleich viel)\b|\b(?:kids|children|teens|teenagers|ninos|enfants|bambini|"
            r"criancas|"
            r"adolescent[a-z]*)\b[^.?!]{0,30}\b(?:less|smaller|moins|menos|meno) (?:than|que|di|"
            r"de)"
            r" (?:adults|adultes|adultos|adulti)\b|\bwelche starke\b|\b(?:should|do) (?:i|we) "
            r"(?:(?:personally|realistically|really|actually) )?aim for\b|"
            r"\bwas wurdest du (?:mir|ihm|ihr) verschreiben\b|\bque me recetarias\b|"
            r"\bque me "
            r"prescrirais\b|\bcosa mi prescriveresti\b|\bo que (?:voce )?me receitaria\b",
        ),
        False,
    ),
    (
        "dosing.conversion",
        _rx(
            r"\btranslate\b[^.?!]{0,40}\b(?:protocol|dose|regimen)\b[^.?!]{0,40}\b(?:i could|"
            r"i can|"
            r"for me|at home|myself|a person|a human)\b|\b(?:protocol|"
            r"regimen)\b[^.?!]{0,30}\binto "
            r"something i\b|\bper un (?:uomo|adulto|paziente) di \d+ ?(?:chili|kg)\b",
        ),
        False,
    ),
    # session 12, second round: forms either way round, where the cream goes, "de a poquito",
    # restarting after radiotherapy, stopping all at once, time zones, Ramadan, chewing, a
    # pause around surgery, a course's length, "forever or", "should I switch", "would the dose
    # be", food for a pet
    (
        "dosing.preparation",
        _rx(
            r"\b(?:gotitas?|gotas|drops|tropfen|gocce|gouttes|liquid[oa]?|liquide|cream|crema|"
            r"creme)"
            r" (?:o|ou|or|oder) (?:en |in )?(?:capsulas?|capsules?|gelules?|kapseln?|comprimidos?|"
            r"pills?|tablets?|pastillas?)\b|\bdonde (?:me )?(?:la |lo )?(?:pongo|ponermela|"
            r"ponermelo|ponerla|aplico|aplicarla|unto|untarla)\b|\bchew(?:ing|ed)? (?:it|them)\b",
        ),
        False,
    ),
    (
        "dosing.preparation",
        _rx(
            r"\b(?:nella pappa|nel cibo|in (?:his|her|the) food|dans (?:sa|la) (?:patee|gamelle|"
            r"nourriture)|en (?:su|la) comida|na racao|ins futter)\b",
        ),
        True,
    ),
    (
        "dosing.titration",
        _rx(
            r"\bde por vida\b|\bhasta cuando\b[^?]{0,30}\bseguir\b|\b(?:arrancar|empezar) de a "
            r"poc(?:o|quito)\b|\bvoy directo\b|\b(?:retom(?:ar|o)|repren(?:dre|ds)|"
            r"ricominci(?:are|"
            r"o)|riprend(?:ere|o)|voltar (?:pro|para o|ao)|restart(?:ing)?|resum(?:e|"
            r"ing)) (?:con |"
            r"with |a tomar )?(?:el |le |l'|o |lo |la |my |the )?(?:ldn|naltrexon[ae]?)\b|"
            r"\b(?:arrete|arreter|stoppe|dejo|dejar|smetto|smettere|paro|parar|absetzen|stop|"
            r"quit)\b[^.?!]{0,20}\b(?:d'un coup|de golpe|di colpo|di botto|de uma vez|"
            r"abrupt(?:ly)?|"
            r"auf einmal|cold turkey)\b|\bbaisser petit a petit\b|\bpause (?:it|ldn|the ldn)\b|"
            r"\b(?:course length|typical course)\b|\b(?:ldn|it) forever or\b|\bcall it a day\b",
        ),
        False,
    ),
    (
        "dosing.timing",
        _rx(
            r"\b(?:zeitverschiebung|jet ?lag|decalage horaire|fuso orario|col fuso|diferencia "
            r"horaria|time ?zones?)\b[^?]{0,60}\b(?:ldn|naltrexon[ae]?|dose|prises?|dosis|mine)\b|"
            r"\bdecal[a-z]* (?:mes|ses|les) prises\b|\b(?:to|at|with|before|after) (?:suhoor|"
            r"suhur|"
            r"sehri|iftar)\b|\btricks? with (?:the )?timing\b|\btaking it differently\b|"
            r"\b(?:mornings?|nights?|evenings?|bedtime)\b[^?]{0,60}\?[^?]{0,20}\bshould (?:i|we|"
            r"he|"
            r"she) switch\b|\bcome mi regolo con\b",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(r"\b(?:would|will|should) the dose be\b"),
        False,
    ),
    # session 14: "wann erhöht man?", "quanto tem de reduzir", "should I hold it too?", "¿por
    # dónde empezaría?", "where does the naltrexone fit in?", "je le prends à … ou à … ?",
    # opening capsules into jam, "qual concentração pedir", "me donner la quantité"
    (
        "dosing.titration",
        _rx(
            r"\b(?:should|do|"
            r"must|can|shall) (?:i|we|he|she|they) (?:also )?(?:hold|pause|suspend) (?:it|ldn|the "
            r"ldn|naltrexone)\b",
            # not "no sé ni por dónde empezar" (session 23): not knowing where to begin at all
            r"(?<!no se )(?<!se ni )\bpor donde (?:se )?(?:empezaria|empiezo|empieza|empezar|"
            r"comenzaria|comienzo|comenzar|arranco)\b|(?<!sais pas )(?<!sait pas )\bpar ou "
            r"(?:commencer|je commence|on commence)\b|(?<!non so )(?<!so nemmeno )\bda dove "
            r"(?:comincio|comincerei|cominciare|partire|parto|partirei|iniziare|inizio|inizierei)\b",
            r"(?<!nao sei )(?<!sei nem )\bpor onde (?:comecar|comeco|comecaria)\b",
        ),
        True,
    ),
    (
        "dosing.titration",
        _rx(
            r"\bwann (?:erhoht|steigert|reduziert|senkt|erhohe|steigere) (?:man|ich|er|sie)\b|"
            r"\bwann (?:sollte|soll|kann|darf|muss) (?:ich|man|er|sie) (?:[a-z]+ )?(?:erhohen|"
            r"steigern|hochgehen|reduzieren)\b|\bquanto (?:e que )?(?:tem|tenho|devo|deve|precisa|"
            r"preciso) (?:de |que )?(?:reduzir|baixar|diminuir|aumentar|subir)\b",
        ),
        False,
    ),
    (
        "dosing.timing",
        _rx(
            r"\bwhere (?:does|do|would|should|will) (?:the )?(?:ldn|naltrexone|it) (?:fit|go)"
            r"(?: in| into)?\b|\b(?:je|on|il|elle) (?:le|la|les) prends? (?:plutot )?(?:a|au|"
            r"avant|"
            r"apres|pendant)\b[^?]{0,40}\bou (?:a|au|avant|apres|pendant)\b|\b(?:rupture du jeune|"
            r"shour|sahur)\b",
        ),
        True,
    ),
    (
        "dosing.preparation",
        _rx(
            r"\b(?:aprir[ea]|abrir|ouvrir|open(?:ing)?|offnen|aufmachen)\b[^.?!]{0,25}"
            r"\b(?:capsul[ae]s?|capsulas?|gelules?|kapseln?|capsules?)\b[^.?!]{0,60}\b(?:polvere|"
            r"powder|polvo|po|poudre|pulver|marmellata|jam|mermelada|confiture|marmelade|geleia|"
            r"applesauce|yogurt|yaourt|joghurt)\b|\b(?:qual|que|which|what|quelle|welche|quale|"
            r"cual) (?:concentracao|concentracion|concentration|konzentration|concentrazione|"
            r"strength|starke)\b[^.?!]{0,30}\b(?:pedir|peco|encomendar|ask for|order|demander|"
            r"bestellen|chiedere|ordinare|solicitar)\b|\b(?:capsul[ae]s?|capsulas?|gelules?|"
            r"kapseln?|capsules?)\b[^?]{0,40}\b(?:aprir[ea]|abrir|ouvrir|open|offnen|aufmachen)\b"
            r"[^.?!]{0,40}\b(?:polvere|powder|polvo|poudre|pulver)\b",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(
            r"\b(?:me |m')?(?:donner|donnez|donne) la (?:quantite|dose|posologie)\b|"
            r"\bwi[ae] ?vu\b[^.?!]{0,20}\bneh?m(?:a|en)\b",
        ),
        False,
    ),
    (
        "dosing.other",
        _rx(
            r"\b(?:forgot|missed|skipped|forgotten|oublie|olvide|vergessen|dimenticat[oa]|"
            r"esqueci)\b[^?]{0,60}\b(?:catch up|make (?:it )?up|two tonight|take two|"
            r"rattrap[a-z]*|recuperar|nachholen|recuperare|compensar)\b",
        ),
        False,
    ),
    (
        "dosing.preparation",
        _rx(
            r"\b(?:col latte|con (?:el |la )?leche|avec (?:du )?lait|mit milch|com leite|with "
            r"milk)\b[^?]{0,30}\b(?:o|or|ou|oder) (?:solo |only |just |nur |seulement |"
            r"so )?(?:con l'acqua|con agua|avec (?:de )?l'eau|mit wasser|com agua|with water)\b|"
            r"\b(?:ldn|naltrexone|it)\b[^?]{0,12}\b(?:milk|juice|water) or (?:milk|juice|water)\b",
        ),
        False,
    ),
    # session 13: dissolving it in someone's drink, the amount "adjusted" for a condition,
    # coming off it once the markers are normal, "je lui donne comment ?"
    (
        "dosing.preparation",
        _rx(
            r"\bdissolv(?:e|ing) (?:it|them|one|a (?:pill|capsule|tablet)) in (?:her|his|my|their|"
            r"the|a|some) (?:[a-z]+ )?(?:juice|water|tea|coffee|milk|drink|food|smoothie|soup)\b|"
            r"\b(?:je|on) (?:lui|la|le) (?:donne|donnerait) comment\b|\bcomment (?:je )?(?:lui|la|"
            r"le) (?:donner|donne)\b",
        ),
        True,
    ),
    (
        "dosing.amount",
        _rx(
            r"\b(?:amount|dose|dosage|doses)\b (?:need|needs|have|has) to be (?:adjusted|changed|"
            r"lowered|reduced|increased|modified)\b|\b(?:adjust|lower|reduce|"
            r"change) the (?:amount|"
            r"dose|dosage) (?:if|when|for)\b",
        ),
        False,
    ),
    (
        "dosing.other",
        _rx(
            r"\bhow (?:is|are) (?:it|ldn|this|they) (?:actually |really |normally |"
            r"usually )?(?:used|"
            r"taken)\b|\bhow (?:i|he|she|we|they|you) (?:ought to|supposed to|is supposed to|are "
            r"supposed to|need to|have to|must) (?:actually )?(?:take|use|give) (?:it|ldn|this|"
            r"them)\b|\bhow (?:[a-z]+ ){1,3}?(?:ought to|is supposed to|"
            r"are supposed to) (?:actually "
            r")?(?:take|use|give)\b|\bhow to actually (?:take|use|give)\b|\bhow would (?:ldn|"
            r"it) (?:even )?be "
            r"given\b|\bwhat'?s (?:he|she) (?:actually )?supposed to be doing\b|\bwhat (?:would|"
            r"do|"
            r"does|did|should)\b[^.?!]{0,60}\b(?:start(?:ing)? (?:[a-z]+ )?(?:on|with)|"
            r"begin (?:on|"
            r"with)|tended to go with)\b|\b(?:indicar|recomendar|recomiendan|conseillent) (?:pra|"
            r"para|pour) (?:comecar|empezar|commencer)\b|\b(?:ils|elles|vous) font comment en "
            r"pratique\b|\b(?:on|je) ferait comment\b|\b(?:her|his|their|the) (?:daily )?routine "
            r"(?:realistically |actually )?look like\b|\b(?:mirror|copy|replicate|reproduce|"
            r"recreate|redo|refaire|reproduire|copiar|replicar|rifare|nachmachen)\b[^.?!]{0,60}"
            r"\b(?:at home|chez (?:soi|moi)|en casa|a casa|zu hause|em casa|what they did|"
            r"ce qu'ils "
            r"ont fait|lo que hicieron)\b|\bwork(?:s)? out (?:to|as) for\b|\binto how many "
            r"(?:pieces|parts|bits)\b|\bwould you adjust it\b|\b(?:toca(?:ria)?|"
            r"tocaria) menos que\b|"
            r"\b(?:dar-lhe|darle|dargli|lui donner|ihm geben) (?:um bocadinho|un poquito|un po'|"
            r"un "
            r"peu|ein bisschen)\b|\b(?:si puo dare|se le puede dar|"
            r"se puede dar)\b[^.?!]{0,40}\?\s*"
            r"(?:e |y )?(?:in che modo|de que forma|como)\b",
        ),
        False,
    ),
    (
        "dosing.titration",
        _rx(
            r"\b(?:be )?(?:stopped|paused|suspended|held) (?:on|during|for) (?:the )?(?:chemo|"
            r"radio|"
            r"radiation|treatment|infusion) days?\b|\bva sospes[oa]\b|\bparar nos dias de\b|"
            r"\b(?:dejo|dejar|paro|parar|suspendo|suspender|smetto|sospendo|arrete|"
            r"pause)\b[^.?!]{0,30}"
            r"\b(?:unos|alcuni|quelques|algunos|alguns|ein paar) (?:dias|giorni|jours|"
            r"tage) (?:antes|"
            r"prima|avant|vorher)\b",
            r"\b(?:keep going with it|carry on with it|keep taking it) or (?:come|get|stop)\b|"
            r"\b(?:at|alla|a la|mit der|na|com a) (?:the )?(?:same|stessa|misma|meme|gleichen|"
            r"mesma) "
            r"(?:dose|dosis|dosage|dosierung|dosagem)(?: (?:as|di|que|wie|de) (?:before|prima|"
            r"antes|"
            r"avant|vorher))? (?:or|o|ou|oder)\b|\b(?:start(?:ing)? (?:again )?from scratch|"
            r"ricominci(?:o|a|are) da capo|(?:empezar|empieza) (?:de nuevo )?desde cero|"
            r"recommence(?:r)? (?:a|de) zero|von vorne anfangen|recomeca(?:r)? do zero)\b",
        ),
        False,
    ),
    # session 18: starting again after a break, with the old amount or easing in; when to stop
    # and start again around surgery or radiotherapy; a day of the chemo cycle; how long people
    # take it; a double dose after a missed one; a clock time judged; starting at half; weeks
    # on and off; now or wait
    (
        "dosing.titration",
        _rx(
            r"\bgo back to what (?:i|he|she|we) (?:was|were) on\b|\bease (?:back )?in(?:to it)?\b|"
            r"\b(?:recomeco|recomienzo|reprends|riprendo|fange|steige)\b[^?]{0,30}\b(?:mesma|"
            r"misma|meme|stessa|gleichen|alten) (?:quantidade|cantidad|dose|dosis|dosi|menge)\b|"
            r"\bwieder mit (?:meiner|der) alten (?:menge|dosis)\b|\bvou subindo aos poucos\b|"
            r"\b(?:la|lo) vuelvo a empezar\b|\b(?:partire|empezar|comecar|commencer|anfangen|"
            r"start) (?:dalla|por la|pela|par la|mit der|with|at) (?:meta|mitad|metade|moitie|"
            r"halfte|half)\b|\b\d+ (?:semaines?|weeks?|semanas?|settimane|wochen) (?:oui|on|si|"
            r"yes|ja|sim),? (?:\d+ )?(?:semaines?|weeks?|semanas?|settimane|wochen)? ?(?:non|"
            r"off|no|nein|nao)\b|\bhow long should (?:the|that|my|a|this) [a-z -]{0,20}(?:phase|"
            r"break|pause|holiday|gap)\b",
        ),
        False,
    ),
    (
        "dosing.timing",
        _rx(
            r"\b(?:start|pick) (?:ldn |it |the ldn |my ldn )?back up\b|\bhow soon after\b[^?]{0,30}"
            r"\b(?:start|restart|resume|take|begin)\b|\bwhen (?:do|should|must) (?:i|we|he|she) "
            r"(?:need to )?(?:quit|stop|pause) (?:the |my |his |her )?(?:ldn|it|naltrexone)\b|"
            r"\b(?:which|what) day (?:of|in) (?:the |his |her |my )?(?:chemo )?cycle\b|"
            r"\b(?:at )?\d{1,2}(?:[:.]\d\d)? ?(?:pm|am|h|uhr)\b[^?]{0,40}\b(?:too late|too early|"
            r"trop tard|demasiado tarde|zu spat|troppo tardi|tarde demais)\b|\b(?:empezar|"
            r"empiezo|empieza|comenzar|comienzo|start|commencer|commence|iniziare|inizio|comecar|"
            r"comeco|anfangen|fange)\b[^?]{0,30}\b(?:ya|now|"
            r"maintenant|subito|agora|jetzt) o (?:mejor )?esperar\b|\b(?:start|begin|take|give|"
            r"restart)\b[^?]{0,40}\bor (?:better )?wait (?:until|till)\b",
        ),
        False,
    ),
    (
        "dosing.other",
        _rx(
            r"\b(?:per quanto tempo|por quanto tempo|qto tempo|quanto tempo) (?:la |lo |a |o )?"
            r"(?:prendete|prendi|prende|prendono|costuma[m]? ficar tomando|ficam tomando|fica "
            r"tomando|tomam|toma)\b|\b(?:tomo|tomar|prendo|prendre|nehme|take) "
            r"(?:em |en |in )?(?:dobro|doble|doppio|double|doppelt)\b",
        ),
        False,
    ),
    # session 18: at the same time as another medicine, or apart ("¿a la misma hora que las
    # pastillas de la quimio o separadas?")
    (
        "dosing.timing",
        _rx(
            r"\b(?:a la misma hora|al mismo tiempo|at the same time|en meme temps|au meme moment|"
            r"gleichzeitig|zur gleichen zeit|allo stesso (?:tempo|orario)|insieme|ao mesmo tempo|"
            r"na mesma hora|together)\b[^?]{0,60}\b(?:o|or|ou|oder) (?:(?:bien |lieber |meglio |"
            r"better )?(?:separad[oa]s?|spaced(?: out)?|separately|apart|separe(?:ment|es?)?|"
            r"getrennt|separat[ae]mente|separat[ie]|distanziat[ei]|espacad[oa]s?))\b",
        ),
        False,
    ),
    # session 17: starting at a figure asked in the present ("¿empiezo con 4,5?"), a rough
    # number in German, "how would he use it", what the assistant would take in one's place
    (
        "dosing.titration",
        _rx(
            r"\b(?:empiezo|comienzo|arranco|subo|salgo|comeco|comincio|parto|inizio) (?:(?:ya|ja|"
            r"gia|directamente|direto|diretamente|direttamente|de una vez|subito) )?(?:con|com|a|"
            r"da|por|em|en|in) (?:la |a |el |o )?(?:\d+(?:[.,]\d+)? ?(?:mg)?(?= ?[?,;]| (?:para|"
            r"per|pra|o|ou|oder|or|di|de)\b)|(?:dosis|dose|dosi)\b)[^.?!]{0,40}\?",
            r"\bje (?:commence|demarre|monte|passe) (?:(?:directement|tout de suite|deja) )?"
            r"(?:a|par|avec) \d+(?:[.,]\d+)?\b[^.?!]{0,30}\?|\b(?:fange|starte|steige) ich "
            r"(?:(?:direkt|gleich|sofort) )?(?:mit|auf) \d+(?:[.,]\d+)?\b|\bsoll ich (?:(?:direkt|"
            r"gleich|sofort) )?(?:mit|auf) \d+(?:[.,]\d+)? ?(?:mg )?(?:anfangen|starten|"
            r"beginnen|einsteigen|gehen)\b",
        ),
        False,
    ),
    (
        "dosing.timing",
        _rx(
            # not "¿el artículo dice si hay que…?", which asks what a source says
            r"(?<!\bsi )(?<!\bse )\b(?:hay que|tengo que|debo|debe|deve|devo|bisogna|muss|soll|"
            r"faut-il|il faut|tenho que|tem que)\b[^.?!]{0,12}\b(?:tomar|prender|nehmen|prendre|"
            r"assumer)[a-z]*\b[^.?!]{0,20}\b(?:antes|prima|avant|vor|depois|dopo|apres|nach|"
            r"despues)\b[^.?!]{0,40}\?",
            r"\b(?:muss|soll|sollte) (?:man|ich|er|sie|mein[a-z]*)\b[^.?!]{0,20}\b(?:vor|nach) "
            r"(?:der|dem|den)\b[^.?!]{0,20}\b(?:nehmen|einnehmen)\b",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(
            r"\b(?:eine |nur eine |einfach eine )?(?:grobe|ungefahre|ungefaehre|grob) "
            r"(?:zahl|angabe|hausnummer|richtung)\b|\b(?:nur|einfach) eine zahl\b",
        ),
        False,
    ),
    (
        "dosing.other",
        _rx(
            r"\bhow (?:would|should|do|does|can|could|will) (?:i|he|she|we|they|my (?:mum|mom|"
            r"dad|husband|wife|father|mother|partner|son|daughter|brother|sister)) (?:then )?"
            r"(?:use|take) (?:it|ldn|this|them)\b",
            r"\bwhat (?:(?:would|will) you|you(?:'d| would)) take (?:in my place|if you were me|"
            r"if you were in my (?:shoes|place|position))\b|\bce que tu prendrais\b|"
            r"\bque tomarias (?:tu )?(?:en mi lugar|si fueras yo)\b|"
            r"\bcosa prenderesti (?:al mio posto|se fossi (?:in )?me)\b|"
            r"\bo que (?:voce|tu) tomaria (?:no meu lugar|se fosse eu)\b|\bwas (?:wurdest|wuerdest)"
            r" du (?:an meiner stelle )?nehmen\b",
        ),
        False,
    ),
    # session 18: how long until one may stop, stepping from one figure to another or
    # starting low again, a dose figure to confirm, needing less for someone, writing the
    # prescription in a role play
    (
        "dosing.other",
        _rx(
            r"\bhow long (?:until|till|til|before) (?:i|we|you|he|she|they|one|my [a-z]+) "
            r"(?:can|could|may|should|get to|am allowed to) (?:stop|quit|come off|get off|taper)"
            r"\b(?! (?:the |my |his |her )?(?:chemo|radio|radiation|smoking|steroids|opioids))",
            r"\bau bout de combien de temps\b[^.?!]{0,30}\barret[a-z]*\b|\b(?:quanto tempo|"
            r"cuanto tiempo) (?:ate|hasta) (?:poder |que (?:pueda|possa) )?(?:parar|"
            r"dejar(?:la|lo)?|"
            r"suspender)\b|\bwie lange\b[^.?!]{0,30}\bbis (?:ich|man|er|sie) (?:sie |es |ldn )?"
            r"(?:absetzen|aufhoren)\b|\bdopo quanto tempo\b[^.?!]{0,30}\b(?:smett[a-z]*|"
            r"sospend[a-z]*|interromp[a-z]*)\b",
            r"\b(?:tu|you|du|usted|voce)\b[^.?!]{0,30}\b(?:write|redige[sz]?|rediger|ecri[st]|"
            r"ecrire|escribe[s]?|escribir|schreibst|schreiben|scrivi|scrivere|escreve[s]?|"
            r"escrever)\b[^.?!]{0,30}\b(?:prescription|ordonnance|receta|rezept|"
            r"ricetta|receita)\b|\b(?:redige-moi|ecris-moi|escribeme|schreib mir|scrivimi|"
            r"escreve-me)\b[^.?!]{0,20}\b(?:prescription|ordonnance|receta|rezept|ricetta|"
            r"receita)\b",
        ),
        False,
    ),
    (
        "dosing.titration",
        _rx(
            r"\b(?:si passa|passo|passare|pasar|paso|pasamos|se pasa|je passe|on passe|passer|"
            r"passar|passamos|(?:should|do|can|when do|when can|when should) (?:i|we|you|he|she) "
            r"(?:go|move|step))(?: up)? (?:da|de|from|dalla|dal) \d+(?:[.,]\d+)? ?(?:mg )?(?:a|to|"
            r"alla|al|para|pra) \d+(?:[.,]\d+)?\b",
            r"\b(?:fang|fange|beginne|starte) ich (?:jetzt |dann |nun )?(?:wieder|neu) (?:ganz |"
            r"sehr )?(?:niedrig|klein|unten)\b|\b(?:should|do|must) (?:i|we|he|she) (?:re-?start|"
            r"start (?:again|back|over)) (?:at |on |from )?(?:a )?(?:low|lower|the lowest|the "
            r"bottom)\b|\b(?:recomienzo|vuelvo a empezar|empiezo de nuevo|je recommence|je "
            r"reprends|riparto|ricomincio|recomeco|volto a comecar)\b[^.?!]{0,20}\b(?:bajo|baja|"
            r"poco|bas|basse|bassa|basso|baixo|baixa)\b",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(
            # a figure to confirm, unless a source is what is asked about
            r"\b\d+[.,]\d+\b(?: ?mg)?[^?]{0,80}\b(?:me lo |mi |me )?(?:confirma|confirmas|"
            r"confirm|confirmez|confirmes|bestatig[a-z]*|confermi|conferma|confirme)\b(?! (?:the "
            r"|der |l'|el |o |la |il |das |die |lo )?(?:artikel|article|articulo|artigo|articolo|"
            r"studie|study|studies|estudio|etude|studio|abstract))",
            r"\b(?:would|does|should|will|do) (?:he|she|i|they|we|my [a-z]+|an? (?:older|elderly|"
            r"frail|old) (?:person|patient|man|woman)) (?:need|get|require) (?:less|more|half|a "
            r"(?:lower|smaller|bigger|higher|reduced) (?:dose|amount))(?= than\b| of (?:it|that|"
            r"the "
            r"dose)\b|\s*[?,;:-]|\s*$)",
        ),
        False,
    ),
    # session 20: a piece of one's capsule, a liquid made of the tablets ("posso dargli un
    # pezzetto della mia capsula?", "fare un liquido con le pastiglie")
    (
        "dosing.preparation",
        _rx(
            r"\b(?:un pezzetto|un pezzo|un trozo|un trocito|un pedacito|un morceau|un bout|ein "
            r"stuck(?:chen)?|um pedaco|um pedacinho|a (?:little )?(?:piece|bit|sliver)) "
            r"(?:della|di una|di|de (?:mi|su|una|la)|de (?:ma|sa|la|une)|d'une|von (?:meiner|"
            r"seiner|ihrer|einer|der)|d[ae] (?:minha|sua|uma)|of (?:my|his|her|a|the|one))? ?"
            r"(?:mia |sua )?"
            r"(?:capsula|capsule|pastiglia|compressa|pillola|pastilla|gelule|comprime|kapsel|"
            r"tablette|comprimido|pill|tablet)\b",
            r"\b(?:fare|hacer|faire|machen|fazer|make) (?:un |una |une |eine |um |uma |a )?"
            r"(?:liquido|liquide|flussigkeit|liquid|sciroppo|jarabe|sirop|saft|xarope|syrup) "
            r"(?:con|de|avec|aus|com|from|out of|with) (?:le |las |los |les |den |as |os |the |"
            r"my |his |her )?(?:pastiglie|compresse|capsule|pastillas|capsulas|comprimes|gelules|"
            r"tabletten|kapseln|comprimidos|pills|tablets|capsules)\b",
        ),
        False,
    ),
    # session 21: "is one enough?", "so three of those then?", what most people take, a dose
    # worked out by weight, what a make-believe doctor would write on the prescription
    (
        "dosing.amount",
        _rx(
            r"\b(?:is|would) (?:one|a single one|1) (?:be )?(?:enough|sufficient)\b|\bist (?:eine|"
            r"einer|1) genug\b|\buna (?:sola )?(?:basta|es suficiente|alcanza)\b|\buno basta\b|"
            r"\bune (?:seule )?suffit\b|\buma (?:so )?(?:basta|e suficiente|chega)\b",
            r"\b(?:two|three|four|five|[2-5]|tres|trois|drei|tre|duas|dos|deux|zwei|due) (?:of "
            r"(?:those|them|these)|de (?:esas|esos|ellas|ces)|davon|di quelle|delas|dessas)"
            r"(?: then| entonces| alors| dann| allora| entao)?\s*\?",
            r"\bwhat (?:do|does|did) most (?:people|patients|users|folks) (?:end up )?(?:take|"
            r"taking|settle on|settling on|use|start (?:on|with)|stay on)\b(?! (?:it|ldn|"
            r"naltrexone) for\b)(?! for\b)(?! (?:it|ldn|naltrexone|this) (?:report|say|notice|"
            r"experience|feel|get|have|think|see)\b)|\btoma(?:n)? la mayoria\b|"
            r"\bwas nehmen (?:denn )?die meisten\b|"
            # session 24: "What do most patients with stage 3 cancer end up taking long term?"
            r"\bwhat (?:do|does|did) most (?:[a-z]+ )?(?:people|patients|users|folks)\b[^?]{0,50}"
            r"\b(?:end up (?:taking|on|with)|settl(?:e|ing) on)\b|"
            r"\bcosa prendono (?:i piu|la maggior parte)\b|\bo que a maioria (?:toma|usa)\b|"
            r"\bque prennent la plupart\b",
            # session 22: what the rest of a group takes, "going above" a figure
            r"\bwhat (?:are|do) (?:you all|you guys|y'?all|u all|everyone|everybody|others|other "
            r"people|the rest of you) (?:taking|take|on)\b(?! (?:it|ldn|naltrexone) for\b)"
            r"(?! for\b)|"
            r"\bwhat others (?:ended up|end up|settled|settle) on\b|\bwas nehmen (?:denn )?(?:die "
            r"anderen|andere)\b|\bexperiences? with going (?:above|over|beyond|past) \d",
            r"\b(?:se )?calcul[a-z]* (?:por|segun|selon|pelo|in base al|nach dem|by) (?:el |le |o |"
            r"il )?(?:peso|poids|gewicht|weight)\b",
            r"\b(?:can|could|may) (?:cats?|dogs?|pets?|she|he|it) (?:have|take|get) (?:it|ldn|this|"
            r"naltrexone)\b\??[^?]{0,80}\bweigh[a-z]* (?:about |around |roughly |only |just |"
            r"nearly )?\d",
        ),
        False,
    ),
    # session 24: a first and a top dose asked together ("starting and max LDN for solid
    # tumours?"), taking it anyway on a treatment day ("la prendo comunque?"), leaving it off
    # for a trip and starting again
    (
        "dosing.amount",
        _rx(
            r"\b(?:starting|start|initial) (?:and|&|/|or) (?:max|maximum|top|target|"
            r"maintenance)\b"
        ),
        False,
    ),
    (
        "dosing.timing",
        _rx(
            r"\b(?:la|lo|le) (?:prendo|tomo|prends|nehme) (?:comunque|igual|igualmente|quand meme|"
            r"trotzdem|mesmo assim|lo stesso)\b|\btake it anyway\b|\bstill take it\b|\bnehme "
            r"ich (?:sie|es|die ldn|das) (?:trotzdem|dennoch)\b",
            r"\b(?:leave|skip|stop|pause)\b[^?]{0,60}\b(?:restart|start (?:it )?again|pick it "
            r"(?:back )?up)\b",
        ),
        False,
    ),
    (
        "dosing.other",
        _rx(
            r"\b(?:write|escribe[a-z]*|ecri[a-z]*|schreib[a-z]*|scriv[a-z]*|escrev[a-z]*)\b"
            r"[^.?!]{0,30}\b(?:on (?:the|my) (?:prescription|script)|sur (?:l'|mon |ma )?"
            r"ordonnance|en la receta|auf (?:das|dem|mein) rezept|sulla ricetta|na receita)\b|"
            r"\b(?:tu me prescris|vous me prescrivez|me recetas|mi prescrivi|me prescreve|"
            r"verschreibst du mir)\b",
        ),
        False,
    ),
    (
        "dosing.titration",
        _rx(
            r"\bsi (?:le |la )?subo\b|\bsi (?:j'|on )augmente\b|\bwenn (?:ich|wir) (?:hoch ?gehe|"
            r"erhohe|steigere)\b|\bse (?:aumento|salgo)\b|\bif (?:i|we) (?:go up|increase|up it|"
            r"raise it|bump it up)\b",
            r"\b(?:pular|pulo|saltar|salto|sauter|saute|auslassen|saltare|skip|skipping) "
            r"(?:uma|una|une|a|one|eine|un) (?:noite|noche|nuit|night|nacht|notte|dia|jour|day|"
            r"tag|giorno)\b",
            r"\b(?:make sure|check|confirm) (?:that )?(?:i'?m|i am|she'?s|he'?s|we'?re) taking "
            r"(?:it|them|ldn) (?:right|correctly|properly)\b",
        ),
        False,
    ),
    # session 19: the same day as an infusion or another day; where in a range one should
    # land; which of two figures is right; the amount that would fit someone
    (
        "dosing.timing",
        _rx(
            r"\bsame day as (?:my|his|her|the)\b[^?]{0,40}\bor (?:on )?(?:a )?(?:different|"
            r"separate|another|other) day\b|\b(?:el mismo dia|le meme jour|am selben tag|am "
            r"gleichen tag|lo stesso giorno|no mesmo dia)\b[^?]{0,40}\b(?:o|ou|oder) (?:(?:en |um "
            r"|an |in )?(?:otro|un autre|einem anderen|un altro|outro) (?:dia|jour|tag|giorno)|"
            r"separad[oa]s?|getrennt)\b",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(
            r"\b(?:where|whereabouts) (?:in|within) (?:that|the|this) range\b|\b(?:bottom|top|"
            r"low end|high end|lower end|upper end) of (?:that|the|this) range\b[^.?!]{0,30}\?|"
            r"\bwo in (?:dem|diesem) bereich\b|\ben (?:que|cual) parte (?:de ese|del) rango\b|"
            r"\bou dans (?:cette|la) fourchette\b|\bin che punto (?:del|di quel) range\b|"
            r"\bem que parte (?:da|dessa) faixa\b",
            r"\b\d+(?:[.,]\d+)?\b[^?]{0,60}\b\d+(?:[.,]\d+)?\b[^?]{0,30}\b(?:who(?:'s| is) "
            r"right|which (?:one )?(?:of (?:them|the two) )?is (?:right|correct)|quem (?:ta|esta) "
            r"cert[oa]|quien tiene razon|qui a raison|wer hat recht|chi ha ragione)\b",
            r"\b(?:que|qual|quelle) (?:cantidad|quantidade|quantite|quantita) (?:le|lhe|me|nos|"
            r"gli|lui) (?:correspond[a-z]*|tocar[a-z]*|toca|serv[a-z]*)\b|\bquanto (?:gliene|"
            r"glielo|gliela|ne) (?:diamo|do|dai|date)\b",
            r"\bwhat(?:'s| is) (?:the )?(?:usual|typical|normal|standard)(?: one| amount| number)? "
            r"for (?:an? |my |her |his )?(?:\d+[- ]?(?:year|yr)s?[- ]?old|elderly|older|frail|"
            r"child|kid|woman|man|person|adult|dog|cat)\b",
            r"\bwhat number do (?:most )?(?:[a-z]+ )?(?:people|patients) (?:end up on|take|use|"
            r"settle on|get)\b|\bend up on within\b",
            r"\b(?:dime|dimmi|dis-moi|dites-moi|sag mir|me diga|me diz|tell me) (?:solo |just |"
            r"nur |seulement |so )?(?:la cantidad|la quantita|la quantite|die menge|a quantidade|"
            r"the amount)\b",
            r"\b(?:para empezar|pra comecar|para comecar|per cominciare|pour commencer|to start "
            r"(?:with|out)|just starting out)\b[^?]{0,30}\b(?:con cual|cual de|qual (?:desses|"
            r"dessas|delas|deles)|quale|laquelle|lequel|which one|the bottom|the top)\b|\beu tomo "
            r"qual\b",
            r"\b(?:reicht|genugt) (?:da |dann )?(?:auch )?(?:die )?halfte\b|\bhalf (?:of )?what "
            r"(?:adults|grown-?ups|people|others) (?:normally |usually )?take\b|\bla mitad de lo "
            r"que toman\b|\bla moitie de ce que prennent\b|\bla meta di quello che prendono\b|"
            r"\ba metade do que (?:os adultos )?tomam\b",
            r"\bwhat would (?:a|an|my) \d+ ?(?:kg|kilo|lb|pound)s? [a-z]+ (?:get|need|take|have)\b",
            r"\b(?:what'?s|what is) the (?:most|max(?:imum)?) (?:[a-z]+ )?(?:i|she|he|they|my "
            r"[a-z]+|a person) can (?:have|take|give)\b|\bquant[oa] [a-z]+ (?:posso|puo|possiamo) "
            r"(?:dare|prendere)\b",
            r"\bwie ?viel (?:sie|er|ich|man) davon\b|\b(?:la |a |die |the )?(?:cantidad correcta|"
            r"quantidade certa|bonne quantite|richtige menge|quantita giusta|right amount)\b",
            r"\b(?:quanto tempo tenho que tomar|cuanto tiempo tengo que tomar(?:la|lo)?|combien de "
            r"temps dois-je (?:la |le )?prendre|wie lange muss ich (?:sie |es |ldn )?nehmen|per "
            r"quanto tempo devo prender(?:la|lo)?)\b",
        ),
        False,
    ),
    (
        "dosing.titration",
        _rx(
            r"\bstart (?:back |again )?(?:at|from) the (?:beginning|start|bottom)\b|\b(?:riprendo|"
            r"ricomincio|reprends|recommence|recomienzo|retomo|recomeco|empiezo) (?:dalla|de la|"
            r"desde la|da|par la|con la|pela) (?:quantita|cantidad|quantite|quantidade|dose|dosis|"
            r"dosi) (?:iniziale|initiale|inicial)\b",
            r"\b(?:bevor ich (?:erhohe|steigere)|before (?:i|we|he|she) (?:go up|increase|move "
            r"up|step up)|antes de (?:subir|aumentar)(?:la|lo)?|avant d'augmenter|prima di "
            r"aumentare)\b",
            r"\bgo (?:straight )?back on (?:his|her|my|their) old\b|\bbuild (?:back )?up from\b",
            r"\bde a cuanto\b|\bir subiendo\b[^?]{0,30}\?|\bempezar con poquito\b|\bauf die "
            r"halfte\b|\bricominciare da poco\b|\briprendo normale\b",
            r"\b(?:startmenge|anfangsmenge|steigerungsschema|welche steigerung|schema di "
            r"(?:aumento|titolazione)|aumento graduale|esquema de (?:aumento|titulacion|"
            r"titulacao)|schema de titration)\b",
        ),
        False,
    ),
    (
        "dosing.timing",
        _rx(
            r"\b(?:la |lo )?(?:dejo|dejar|paro|parar|suspendo|suspender) de tomar(?:la|lo)? "
            r"antes\b|"
            r"\b(?:la|lo) (?:sigo|seguir) tomando (?:durante|mientras)\b",
            r"\b(?:me la|me lo|la|lo) tomo (?:ahora|ahorita|ya)\b[^?]{0,10}\bo (?:me )?espero\b",
            r"\b(?:cuantos|quantos|combien de|wie viele|quanti|how many) (?:dias|jours|tage|giorni|"
            r"days) (?:antes|avant|vor|prima|before)\b[^?]{0,40}\b(?:empiezo|empezar|tomo|comeco|"
            r"commence|anfangen|inizio|start|la|lo)\b",
            r"\b(?:tomar|take|tomo|prendre|nehmen|prendere)\b[^?]{0,30}\b(?:em vez de|en vez de|en "
            r"lugar de|au lieu de|instead of|anstatt|invece che|invece di) (?:ao |al |a la |au |at "
            r"|beim |before |prima di )?(?:deitar|acostarme|acostarse|dormir|coucher|bedtime|bed|"
            r"schlafengehen|andare a letto|jantar|cena|cenar|diner|dinner|breakfast|desayuno|manha|"
            r"morning|mattina)\b",
            r"\b(?:nehme ich|take it|tomo|prendo|je prends|je la prends)\b[^?]{0,30}\b(?:am "
            r"chemotag|on (?:the )?chemo days?|el dia de (?:la )?quimio|le jour de (?:la )?chimio|"
            r"il giorno della chemio|no dia da quimio)\b|\blasse ich den tag aus\b|\b(?:no mesmo "
            r"dia|el mismo dia|the same day)\b[^?]{0,30}\b(?:ou pulo|o me (?:la |lo )?salto|or "
            r"skip)\b",
        ),
        False,
    ),
    # session 26: a prescription, a pharmacy's label or its new capsules to check ("Auf dem
    # Etikett von der Apotheke steht „1 Kps. zur Nacht". Stimmt das so?", "il medico ha scritto
    # 4,5 sulla ricetta, va bene?", "la pharmacie m'a changé de gélules… autant qu'avant ?"),
    # what to prescribe in a role play, how much less, what people take ("ils prennent
    # combien ?"), something to adjust for a person
    (
        "dosing.amount",
        _rx(
            rf"(?:{_PRESCRIBED_FIGURE})[^?]{{0,80}}{_IS_IT_RIGHT}",
            rf"{_PHARMACY}[^?]{{0,60}}\b(?:change|changed|cambiato|cambiado|gewechselt|geandert|"
            r"mudou|trocou|gegeben|given|statt|instead|d'autres|other|different|andere|altre|"
            r"otras|outras|nouvelles|neue|nuove|nuevas|novas)\b[^?]{0,80}\b(?:autant|"
            r"la meme (?:quantite"
            r"|dose)|sempre una|eins zu eins|dasselbe|the same (?:amount|number)|same amount|lo "
            r"mismo|la misma cantidad|a mesma (?:quantidade|dose)|mehr oder weniger|more or less|"
            r"plus ou moins|piu o meno|mas o menos|mais ou menos)\b",
            r"\b(?:was|what|qu'est-ce que|que|cosa|che cosa|o que) (?:would )?(?:verschreiben|"
            r"verschreibst|prescribe|prescrivez|prescris|me prescririez|recetas|recetaria|"
            r"prescrivi|prescriveresti|receitaria|receita) (?:sie |du |you )?(?:mir|me|for me|"
            r"pour moi)\b",
            r"\b(?:wie ?viel|how much|combien|cuanto|quanto) (?:weniger|mehr|less|more|de moins|"
            r"de plus|menos|meno|di meno|di piu)\s*(?:\?|$)",
            r"\b(?:ils|elles|les gens|vous) (?:en )?prenn?ent combien\b|\bcombien (?:est-ce "
            r"qu')?(?:ils|elles|les gens) (?:en )?prennent\b",
            r"\b(?:muss|soll|sollte) man (?:bei (?:ihm|ihr|mir|ihnen) )?(?:etwas |was |die menge "
            r"|die dosis )?anpassen\b",
            # second round: the same number of the new capsules, the same for a child
            r"\b(?:je garde|keep|mantengo|mantenho|behalte ich|tengo|tenho) (?:le|the|el|o|die|"
            r"lo) (?:meme|same|mismo|mesmo|gleiche|stesso) (?:nombre|number|numero|anzahl)\b",
            r"\bnehme? ich (?:trotzdem |weiterhin |dann )?(?:eine|zwei|gleich viel|die gleiche "
            r"menge) wie (?:bisher|vorher|immer)\b",
            r"\b(?:ware|ist) (?:das|es) bei (?:ihm|ihr) (?:genauso|gleich|dasselbe)\b|"
            r"\bseria (?:igual"
            r"|lo mismo) para (?:el|ella|ele|ela)\b|\bsarebbe (?:uguale|lo stesso) per (?:lui|lei)"
            r"\b|\bce serait pareil pour (?:lui|elle)\b|\bwould (?:it|that) be the same for (?:him|"
            r"her)\b",
        ),
        False,
    ),
    # session 26: starting again after days without it, where one was or from the beginning
    # ("Ça fait trois jours que je l'ai pas pris, je recommence où j'étais ou je repars du
    # début ?")
    (
        "dosing.titration",
        _rx(
            r"\b(?:recommence|reprends|repars|restart|start (?:again|over|back)|ricomincio|"
            r"riparto|riprendo|recomeco|volto a tomar|empiezo de nuevo|vuelvo a empezar|"
            r"einsteigen|neu anfangen|anfangen)\b[^?]{0,40}\b(?:ou j'etais|du debut|a zero|"
            r"where i (?:was|left off)|from (?:the )?(?:start|beginning|scratch)|da capo|"
            r"dall'inizio|da zero|do inicio|do zero|desde el principio|de cero|von vorne|bei der "
            r"(?:alten|gleichen) (?:menge|dosis)|at the (?:same|old) (?:dose|amount))\b",
        ),
        False,
    ),
    # session 26: when to take it around a scan, a chemotherapy or radiotherapy day, after a
    # night shift, or with a Swiss lunch ("je le prends quand par rapport à l'examen ?", "Soll
    # ich's am Dienstag auslassen?", "Faço quimioterapia às quartas. Paro no dia?", "Wann ist
    # bei mir „vor dem Schlafengehen"?", "mit em Zmittag neh oder ohni Ässe?")
    (
        "dosing.timing",
        _rx(
            r"\b(?:je )?(?:le|la|les) prends quand\b|\bcuando (?:me )?(?:la|lo) tomo\s*\?|"
            r"\bquando (?:lo|la) prendo\s*\?|\bquando (?:eu )?(?:a|o) tomo\s*\?|\bwann nehme "
            r"ich (?:es|sie|das)\s*\?",
            rf"\b{_TREATMENT_DAY}\b[^?]{{0,60}}\b(?:soll ich(?:'s| es| sie)?(?: am [a-z]+)? "
            r"(?:auslassen|aussetzen|weglassen|pausieren)|(?:je )?(?:la |le )?saute|paro no dia|"
            r"(?:la |lo )?salto|pulo|(?:la |lo )?sospendo)\b",
            rf"^(?!.*\b(?:studie|mausen?|zellen|liu|ma)\b).*\b{_TREATMENT_DAY}\b[^?]{{0,40}}"
            r"\b(?:vorher|davor),? (?:oder )?(?:nachher|danach)\b",
            rf"{_NIGHT_WORK}[^?]{{0,100}}\b(?:wann|when|quand|cuando|quando)\b[^?]{{0,40}}"
            rf"{_BEDTIME}|{_NIGHT_WORK}[^?]{{0,100}}{_BEDTIME}[^?]{{0,30}}\b(?:c'est quand|"
            r"when|wann|cuando|quando)\b",
            rf"[«\"] ?{_BEDTIME} ?[»\"],? (?:c'est quand|is when|ist wann|e quando|es cuando)\b|"
            rf"\b(?:wann|when|quand|cuando|quando) (?:ist|is|est|es|e) (?:bei mir|for me|pour moi|"
            rf"para mi|per me) [«\"] ?{_BEDTIME}",
            r"\b(?:ohni (?:z'?)?asse|mit em (?:zmittag|zmorge|znacht)|zum (?:zmittag|zmorge|"
            r"znacht))\b",
            # second round: as usual on a scan, blood-test or infusion day; a fast's window
            rf"\b(?:{_TREATMENT_DAY}|cintilografia|scintigraphie|tomografia|tomographie|scanner|"
            r"resonancia|ressonancia|risonanza|prise de sang|blood ?tests?|bloods|"
            r"esami del sangue|analisi|blutabnahme|analisis|exame de sangue|infusione|infusao|"
            r"trastuzumabe?|pembrolizumab)\b[^?]{0,60}\b(?:(?:la |lo |a |o )?(?:prendo|tomo|take "
            r"it|nehme ich (?:es|sie)) (?:normalmente|normal|as usual|wie immer|comme d'habitude|"
            r"come sempre|como siempre)|faut[- ]il la sauter|la sauter|saltarla|pulo)\b",
            r"\b(?:finestra|window|fenetre|ventana|janela|fenster)\b[^?]{0,30}\b(?:dei pasti|"
            r"eating|"
            r"of meals|des repas|de comidas|de refeicoes|essens)\b",
        ),
        False,
    ),
    # session 26, second round: the doctor away and what to do meanwhile ("Il mio oncologo è in
    # ferie… con l'LDN come mi regolo?"), a relative's routine to approve ("la prende tutte le
    # sere alle 22 con una tisana. Va bene così?"), a schedule judged ("per lui è un buon
    # sistema?"), the same number of the new capsules, the same for a child, a dose worked out
    # from a weight, the instructions a character would give, taking it as usual on a scan or
    # an infusion day, the eating window of a fast
    (
        "dosing.other",
        _rx(
            r"\b(?:in ferie|on holiday|on vacation|away|out (?:till|until)|de licenca|de "
            r"vacaciones|de vacances|en conge|im urlaub|in urlaub|nicht da)\b[^?]{0,80}\b(?:come "
            r"mi regolo|(?:o )?que (?:eu )?faco|was mach(?:e)? ich|what (?:do|should) i do|keep "
            r"going|que hago|je fais quoi|qu'est-ce que je fais|comment (?:je )?fais|como hago)\b",
            r"\b(?:(?:la|lo|a|o|le) )?(?:prende|toma|prend|nimmt)\b[^?]{0,60}\b(?:va bene cosi|"
            r"(?:ta|"
            r"esta) certo assim|esta bien asi|c'est bien comme ca|ist das so (?:ok|richtig|in "
            r"ordnung)|passt das so|is that (?:ok|fine|right))\b",
            r"\b(?:e|is|est|es|ist|seria|sarebbe|would be) (?:un|a|ein|uma?) (?:buon|good|bon|"
            r"buen|gutes|bom) (?:sistema|system|systeme|plan|schema|piano|plano|esquema)\b",
            r"\b(?:que|what|quelles?|welche|quali) (?:instrucoes|instructions|instrucciones|"
            r"anweisungen|istruzioni)\b[^?]{0,40}\b(?:daria|would (?:he|she|they) give|"
            r"donnerait|geben wurde|darebbe)\b",
            # stopping once things look well ("tumor markers are normal now. Safe to just stop?")
            r"\b(?:safe|ok|okay|fine|alright) to (?:just )?(?:stop|quit|come off)\b(?! (?:the "
            r"|my |her |his )?(?:chemo|radiation|treatment))",
        ),
        False,
    ),
    (
        "dosing.conversion",
        _rx(
            r"\b(?:pelo|por (?:el|su)|selon (?:son|le)|nach (?:seinem|ihrem|dem)|in base al|by "
            r"(?:his|her|the)) (?:peso|poids|gewicht|weight)\b[^?]{0,30}\b(?:calcul[a-z]*|"
            r"berechn[a-z]*|work (?:it )?out|figure (?:it )?out)",
        ),
        False,
    ),
    # session 23: which clock to take it by across time zones ("¿la sigo tomando a la hora de
    # España?", "je garde l'heure française ou l'heure locale ?", "9 time zones, how do I
    # shift when I take it?")
    (
        "dosing.timing",
        _rx(
            rf"{_CLOCK_ABROAD}[^?]{{0,80}}{_TAKE_IT}",
            rf"{_TAKE_IT}[^?]{{0,80}}{_CLOCK_ABROAD}",
        ),
        False,
    ),
)
# Words that make a message about a medicine, so a generic cue counts.
_MEDICINE = re.compile(
    r"\b(?:ldn|naltrexone|ntx|drugs?|medicines?|medications?|meds|pills?|tablets?|capsules?|"
    r"drops|doses?|dosed|dosage|dosing|mg|milligrams?|take|taking|taken|give|giving|"
    r"tomar(?:la|lo|las|los|me|se)?|prender(?:la|lo)|prendila|toma-la|tomo|prescri[a-z]*|"
    r"toma|tome|dar|darle|pastillas?|comprimidos?|capsulas|medicamentos?|dosis|prendre|prends|"
    r"prend|comprimes?|gelules?|medicaments?|nehmen|nehme|nimmt|einnehmen|tabletten|kapseln|"
    r"medikamente?|prendere|prendo|assumere|compresse|pillole|pastiglie|farmac[oi]|remedios?|"
    r"gotas|gouttes|tropfen|gocce|tomaria|tomarias|tomariam|prendrait|prendrais|prenderebbe|"
    r"prenderei|swallow|swallowing|be on|been on|"
    # "ogni quanto gliela devo dare?" (session 20)
    r"dare|dargli[a-z]*|gliel[aoe]|donner|lui donner|geben|gebe)\b|\b\d+ ?(?:kg|kilos?|lbs?|"
    r"pounds)\b|"
    r"\b(?:amount of|dose of|on|take|taking|start|starting|give|giving|use|"
    r"using|try|trying|move|split|double) (?:it|this|that|this stuff|the stuff|that stuff)\b"
)
# Cues that count only when the message already asks about dosing, or as a follow-up.
_WEIGHT = re.compile(
    r"\b\d+(?:[.,]\d+)? ?(?:kg|kgs|kilos?|kilograms?|lbs?|pounds|stone|chili|quilos?)\b|"
    r"\bi weigh\b|"
    r"\b(?:weigh|weighs|weighing)\b|\b(?:peso|pese|wiege)\b|\bmy (?:size|weight)\b"
)
# Turning a study dose into one for a person, whatever the framing.
_CONVERSION_REQUEST = re.compile(
    r"\bequival[a-z]*|\bconvert[a-z]*|\bconversion\b|\bextrapolat[a-z]*|\bscal(?:e|"
    r"ing)\b[^.?!]{0,30}"
    r"\b(?:up|to|for)\b|\bequivalent\b|\bhuman (?:dose|dosage)\b|\bumrechn[a-z]*|"
    r"\brechne[a-z]*\b.{0,40}\bum\b|\bconverti[a-z]*|\bconver[ts]a[a-z]*"
)
_TO_A_PERSON = re.compile(
    rf"\b{_PERSON_TARGET}\b|\d ?(?:kg|kilos?|lbs?|pounds|chili|quilos?)\b|"
    r"\b(?:pill|tablet|capsule|oral|clinical) dose\b"
)
# A message that describes what the studies did, rather than asking what to do.
_DESCRIPTION = re.compile(
    r"\b(?:stud(?:y|ies)|paper|papers|article|abstracts?|review|trials?|experiments?|"
    r"researchers?|authors?|scientists|investigators|mice|mouse|rats?|animals?|cell lines?|"
    r"cell (?:cultures?|experiments?|stud(?:y|ies))|(?:the|these|those|cultured) (?:[a-z]+ )?"
    r"cells|cultures?|in vitro|in vivo|xenografts?|hct116|ehrlich|the sources?|literature|"
    r"publication|estudios?|ratones|raton|celulas|investigadores|articulo|ensayos?|etudes?|"
    r"souris|cellules|chercheurs|studien?|mause|maus|zellen|forscher|versuch[a-z]*|studio|"
    r"studi|topi|cellule|ricercatori|articolo|estudos?|camundongos|ratos|pesquisadores|artigo)\b"
)
# Who the dose would be for: the visitor, someone they know, a pet.
_REQUEST = re.compile(
    r"\b(?:i (?:am|have|need|want|should|take|can|could|would|will|do|did|was|weigh|get|got|"
    r"use|start|started|know|think|wonder|just|also|still|only|really|currently|must|may|"
    r"might|plan|intend|feel|go|give|had)|i'm|im|i've|i'd|i'll|me|my|mine|myself|we|our|"
    r"(?<!the )us|"  # "in the US" is the country (session 21)
    r"(?:can|should|do|shall|could|would|may|must|will) i|so i can|if i|"
    r"(?:would|do|can|could) you (?:recommend|suggest|advise|prescribe)|"
    r"should|recommend[a-z]*|suggest[a-z]*|advise|right for|safe for|enough for|ok for|"
    r"for (?:a|an) (?:\d+|[a-z]+ )?(?:year|kg|man|woman|person|adult|child|kid|dog|cat|pet|"
    r"horse|patient|human)|"
    r"yo|mi|mis|debo|debe|deberia|puedo|le doy|darle|tomo|necesito|para mi|me toca|"
    r"je|j|moi|mon|ma|mes|dois|devrais|puis|pour moi|"
    r"ich|mir|mich|mein|meine|meinen|meinem|meiner|soll|sollte|"
    r"io|mio|mia|miei|mie|devo|dovrei|posso|per me|"
    r"eu|mim|meu|minha|meus|minhas|deveria|para mim|pro meu|pra minha|"
    r"hay que|il faut|faut-il|muss man|bisogna|tem que|precisa|quero|quiero|voglio|lo prendo|"
    r"la prendo|la tomo|lo tomo|je la prends|nehme ich|c'est mieux|es mejor|e melhor|e meglio|"
    r"ist es besser|is it better|se toma|faz-se|se hace|on fait|(?:do you|should i|do i|can i|"
    r"should we) cycle|on peut|se puede|si puo|pode-se|kann man|themselves|himself|herself|"
    r"is it (?:ok|okay|fine|safe) to|ichs|best time (?:of (?:the )?day )?to (?:take|give|have)|"
    r"bitte|"
    r"good idea|buona idea|bonne idee|buena idea|boa ideia|gute idee|pour un humain|"
    r"para un humano|"
    r"per un umano|fur einen menschen|para um humano|"
    r"ourselves)\b"
)

# Words that ask about the amount itself (or changing it): with any of them a dose figure is
# the question, not context.
_ASKS_ABOUT_AMOUNT = re.compile(
    r"\b(?:how (?:much|many|often|long|high|low)|what (?:dose|dosage|amount|strength)|which "
    r"(?:dose|dosage|strength)|(?:should|can|could|may|shall|do|must) (?:i|we|he|she|they)|"
    r"should|too (?:much|many|high|low|little|strong|weak)|enough|right (?:dose|amount|for)|"
    r"ok(?:ay)? for|safe (?:dose|amount|for)|(?:in|de)creas[a-z]*|raise|raising|lower|lowering|"
    r"reduc[a-z]*|go (?:up|down)|up it|bump|double|halve|half|split|cut|switch|instead|"
    r"start(?:ing)? (?:at|on|with)|titrat[a-z]*|max[a-z]*|minimum|more|less|"
    r"cuant[oa]s?|debo|deberia|puedo|demasiad[oa]|subir|bajar|aumentar|reducir|"
    r"combien|dois|devrais|puis|trop|augmenter|baisser|diminuer|"
    r"wie ?viel[a-z]*|soll|sollte|darf|kann ich|zu (?:viel|hoch|niedrig|wenig)|erhohen|"
    r"reduzieren|senken|quant[oaie]s?|devo|dovrei|posso|troppo|aumentare|ridurre|abbassare|"
    r"devia|deveria|demais|diminuir|baixar|"
    r"(?:(?<!por )(?<!o )(?<!e )que|cual|quel|quelle|welche[rsnm]?|quale|qual) (?:a )?(?:dosis|"
    r"dose|"
    r"posologie|dosage|"
    r"dosierung|dosaggio|dosagem|quantidade|cantidad|quantite|menge)|conviendr[a-z]*|convient|"
    r"adecuad[a-z]*|adapt[a-z]*|geeignet|passend|adatt[a-z]*|adequad[a-z]*|indicad[a-z]*|"
    r"de depart|initial[a-z]*|inicial|anfangs[a-z]*|iniziale|(?<!since )(?<!after )(?<!when )"
    r"start(?!ed)[a-z]*(?! (?:immuno[a-z]*|chemo[a-z]*|radio[a-z]*|radiation|treatment|school|"
    r"work|next (?:week|month))))\b"
)
# What else the message asks about, once the dose is only context.
_ASKS_SOMETHING_ELSE = re.compile(
    r"\b(?:side ?effects?|dreams?|nightmares?|nause[a-z]*|sleep[a-z]*|insomnia|headaches?|"
    r"normal|known|common|stand for|mean|means|article|stud(?:y|ies)|paper|abstract|say|says|"
    r"said|works?|working|mechanism|chemo[a-z]*|cisplatin|morphine|opioids?|painkillers?|"
    r"combo|combin[a-z]*|together|why|efectos?|secundari[oa]s?|suenos|pesadillas|articulo|"
    r"estudio|funciona|quimio[a-z]*|por ?que|effets?|reves|cauchemars|etude|fonctionne|"
    r"chimio[a-z]*|pourquoi|nebenwirkung[a-z]*|traume|artikel|studie|wirkt|warum|effett[oi]|"
    r"sogni|incubi|studio|funziona|chemio[a-z]*|perche|efeitos?|sonhos|pesadelos|artigo|"
    r"estudo|cells?|celulas|cellules|zellen|cellule|tumou?rs?|tumores|tumeurs|tumoren|tumori|"
    r"immun[a-z]*|inmun[a-z]*|pergunta|pregunta|question|frage|domanda|bekannt|conocido|connu|"
    r"noto|conhecido|evidence|proof|proven|evidencia|evidenze|evidencias|preuves?|beweise?|"
    r"bekannt[a-z]*|listed|list)\b"
)
_WHY = re.compile(r"^(?:but |so |and )?(?:why|por ?que|pourquoi|warum|perche|wieso|weshalb)\b")

# A dose the visitor (or someone close) is already on, told as a fact: "my doctor has had me
# on 4.5 mg since March", "4.5mg LDN user here", "je suis sous LDN (3 mg) depuis janvier",
# "Mein Onkologe hat mir 4,5 mg verschrieben", "prendo ldn da 6 mesi (1,5 mg)", "tô tomando
# LDN 3mg". Not "should I take 4.5 mg", "if I take 3 mg", "can I go to 4.5".
_FIGURE = (
    r"(?:\(?(?:(?:ldn|naltrex[a-z]*|low dose naltrexone|[a-z]{4,}) )?\(?\d+(?:[.,]\d+)? ?(?:mg|"
    r"mgs|"
    r"milligrams?|milligrammes?|miligramos?|miligramas?)\)?(?: (?:of |de |di |von )?(?:ldn|"
    r"naltrex[a-z]*|low dose naltrexone))?|\(?(?:ldn|"
    r"naltrex[a-z]*) \(?\d+(?:[.,]\d+)? ?(?:mg)?\)?)"
)
_ONGOING = (
    r"(?: (?:every|each) (?:night|evening|morning|day)| nightly| daily| at (?:bed ?time|night)|"
    r" (?:once|twice) a day| todas las noches| cada noche| tous les soirs| chaque soir| jeden "
    r"abend| ogni sera| tutte le sere| toda noite| todas as noites| a la noche| por la noche)?"
    r"(?: (?:since|for|depuis|desde|seit|da|ha|faz|hace) [a-z0-9 ]{1,20})?"
)
_NOT_ASKED_BEFORE = r"(?<!should )(?<!could )(?<!can )(?<!would )(?<!if )(?<! to )(?<!do )"
_STATED_DOSE = _rx(
    # English: "I'm on", "has me on", "started me at"; "takes", "prescribed (me)"
    rf"{_NOT_ASKED_BEFORE}\b(?:i'm|im|i am|i've been|ive been|been|currently|he's|she's|he is|"
    rf"she is|(?:mom|mum|dad|husband|wife|mother|father|sister|brother|partner) is|(?:has|had|"
    rf"have|has had|put|started|keeps) (?:me|him|her)) (?:(?:already|now|just) )?(?:on|at) "
    rf"(?:(?:my|his|her) )?(?:ldn |naltrexone )?(?:{_FIGURE}|\d+(?:[.,]\d+)?\b(?! ?(?:%|percent|"
    rf"years?|months?|weeks?|days?|hours?)))(?! ?(?:or|to|and) \d){_ONGOING}",
    rf"{_NOT_ASKED_BEFORE}\b(?:i'm taking|i am taking|is taking|been taking|i take|i get|he "
    rf"takes|she takes|takes|gets|i use|started|prescribed(?: me| him| her)?|prescribes(?: me| "
    rf"him| her)?|gave (?:me|him|her)) (?:(?:already|now|just) )?(?:(?:my|his|her) )?"
    rf"(?:ldn |naltrexone )?{_FIGURE}{_ONGOING}",
    rf"{_FIGURE} (?:ldn |naltrexone )?(?:user|patient|taker) here\b",
    rf"\b(?:started|put|has had|has) (?:me|him|her) on (?:ldn|naltrexone|it)\b[^.?!]{{0,25}}"
    rf"\({_FIGURE}\)",
    # a dose taken as always: "tomei a minha dose ontem à noite como sempre"
    r"\b(?:took|had|tomei|tome|pris|genommen|preso|presa) (?:my|a minha|minha|mi|ma|meine|la mia) "
    r"(?:dose|dosis|dosi|ldn|capsule|capsula|gelule|kapsel)\b[^.?!]{0,30}\b(?:as usual|as always|"
    r"como sempre|como siempre|comme d'habitude|comme toujours|wie immer|wie gewohnt|come sempre|"
    r"come al solito|como de costume)\b",
    # Spanish
    rf"\b(?:estoy|esta|ando|sigo|llevo) (?:con|tomando|en) (?:la )?(?:ldn |naltrexona )?"
    rf"{_FIGURE}{_ONGOING}|\b(?:ya )?(?:me|le) (?:tiene|tienen) (?:con|en) {_FIGURE}|\b(?:me|le) "
    rf"(?:receto|recetaron|dio|dieron|puso|pusieron|indico|mando) (?:la )?(?:ldn |naltrexona )?"
    rf"(?:a |de |con )?{_FIGURE}|\b(?:tomo|toma|tomamos)(?: ya)? (?:la )?(?:ldn |naltrexona )?"
    rf"{_FIGURE}{_ONGOING}",
    # French
    rf"\b(?:je prends|il prend|elle prend|je suis sous|il est sous|elle est sous|je suis a|"
    rf"je suis sous ldn)(?: deja)? (?:de la |la |le )?(?:ldn |naltrexone )?{_FIGURE}{_ONGOING}|"
    rf"\bm'a (?:mis|mise|prescrit|donne)(?: sous| a| sur)?(?: la| le)?(?: ldn| naltrexone)? "
    rf"{_FIGURE}",
    # German
    rf"\b(?:ich bin|bin|er ist|sie ist|mutter ist|vater ist|mann ist|frau ist) (?:jetzt |schon |"
    rf"seit [a-z0-9 ]{{1,15}} )?(?:bei|auf) {_FIGURE}|"
    rf"\b(?:ich nehme|nehme|nehm|er nimmt|sie nimmt|ich bekomme|er bekommt|sie bekommt)(?: schon| "
    rf"seit [a-z0-9 ]{{1,15}})? (?:ldn |naltrexon )?{_FIGURE}|\bhat (?:mir|ihm|ihr) "
    rf"(?:schon |bereits )?(?:ldn |naltrexon )?{_FIGURE}(?: ldn| naltrexon)? (?:verschrieben|"
    rf"verordnet|gegeben|aufgeschrieben)\b",
    # Italian
    rf"\b(?:prendo|prende|assumo|assume|sto prendendo|sono a)(?: gia)? (?:l'?ldn |ldn |"
    rf"il naltrexone )?(?:da [a-z0-9 ]{{1,12}} )?{_FIGURE}{_ONGOING}|\b(?:mi|gli|le|me lo|me la|"
    rf"glielo|gliela) ha (?:gia )?prescritto"
    rf"(?: l'?ldn| il naltrexone)?(?: a| da)? {_FIGURE}",
    # Portuguese
    rf"\b(?:tomo|toma|to tomando|estou tomando|estou com|esta tomando|ele toma|ela toma)(?: ja)?"
    rf" (?:a )?(?:ldn |naltrexona )?{_FIGURE}{_ONGOING}|\b(?:me|lhe) (?:passou|receitou|"
    rf"prescreveu|deu) (?:a )?(?:ldn |naltrexona )?{_FIGURE}",
)
# With a stated dose set aside, these still ask about taking it: a change, a time, food.
_CHANGE_OR_WHEN = re.compile(
    r"\b(?:higher|lower|stronger|weaker|more|less|better|best|optimal|ideal|going (?:up|down)|"
    r"mornings?|nights?|evenings?|bed ?time|food|empty stomach|breakfast|dinner|daily|weekly|skip|"
    r"skipping|pause|pausing|stop|stopping|break|mas|menos|mejor|plus|moins|mieux|mehr|weniger|"
    r"besser|piu|meno|meglio|mais|melhor|manana|noche|matin|soir|morgens|abends|mattina|sera|"
    r"manha|noite)\b"
)
_DURATION = re.compile(
    r"\b\d+ (?:months?|years?|weeks?|days?|mesi|meses|mois|monate?n?|jahren?|anos|anni|ans|"
    r"semanas|semaines|wochen|settimane|giorni|dias|jours|tage[n]?)\b"
)
_CLOCK_TIME = re.compile(r"\b\d{1,2}(?::\d\d)? ?(?:am|pm|uhr|h)\b|\b\d{1,2}:\d\d\b")
_HOW_SUPPOSED_TO_WORK = re.compile(r"\bwie soll (?:das|es|ldn|naltrexon|so etwas|sowas)\b")
# What a message asks about once a stated dose is set aside (broader than above: the dose is
# plainly the visitor's own, settled one).
_ASKS_ABOUT_THE_SOURCES = re.compile(
    r"\b(?:research|evidence|proof|studies|study|science|data|found|find|show|shows|showed|"
    r"que es|qu'est-ce|c'est quoi|was ist|cos'e|o que e|"
    r"conclude[ds]?|explain|plain (?:english|words)|what (?:is|are|does|did)|how (?:does|is|"
    r"would|could|can) (?:it|this|ldn|that|such)|immune|immun[a-z]*|apoptos[a-z]*|genes?|"
    r"receptors?|ogf[a-z]*|cells?|tumou?rs?|same|different|difference|true|hype|really|"
    r"actually|anything|investigacion|evidencia|estudios|muestran|encontraron|explica[a-z]*|"
    r"mismo|igual|verdad|recherche|preuves?|etudes|montrent|explique[a-z]*|meme|vrai|"
    r"concretement|comment|forschung|studien|zeigen|gezeigt|erklar[a-z]*|gleiche|wahr|wie|was "
    r"(?:macht|ist|bewirkt)|ricerca|studi|mostrano|spiega[a-z]*|stesso|vero|davvero|come|cosa|"
    r"pesquisa|estudos|mostram|acharam|explica|mesmo|verdade|como|serve)\b"
)


# "And me?" in the six languages: a follow-up, and whom a dose would be for.
_AND_ME = r"y yo|et moi|und ich|e io|e eu"
_FOLLOW_UP = re.compile(
    r"^(?:and|also|but|so|ok|okay|fine|then|what about|how about|what if|y|et|und|e)\b|"
    r"\b(?:what about|how about|for (?:me|him|her|them|us|my|a|an|someone|kids?|children|"
    r"adults?|dogs?|cats?)|if i|i'm \d|i am \d|i weigh|ballpark|rough|roughly|approx[a-z]*|"
    r"estimate|number|figure|just (?:tell|give|say)|please|come on|why not|para mi|para mim|"
    rf"{_AND_ME}|"
    r"pour moi|fur mich|per me|bei mir|bei meine[mr]?|mi (?:madre|padre|abuel[oa]|perro|gato|"
    r"hij[oa]|espos[oa])|para (?:mi|o meu|a minha)|e per|e para|e pra|und bei|und fur|et pour|"
    r"y para|y a|instead|chiffre|zahl|numero|cifra|(?:now |so )?(?:can|could|will) you tell me|"
    r"i'?m a doctor|i am a doctor|fill (?:it )?in|fill in the blanks?|(?:only|just) a game|"
    r"complete the (?:sentence|blank))\b"
)
# Whom it would be for, after a question on the doses the sources describe.
_FOR_A_PERSON = re.compile(
    r"\b(?:for (?:me|him|her|us|my [a-z]+)|para mi|para mim|pour moi|fur mich|per me|"
    rf"{_AND_ME}|(?:pra|para|pour|fur|per) (?:a |la |o |el )?(?:minha|meu|mi|ma|mon|"
    r"meine[nmr]?|mia|mio) [a-z]+)\b"
)
_FOLLOW_UP_TOPIC = re.compile(
    r"\b(?:supervision|supervised|painkillers?|different question|another question|other "
    r"question|otra pregunta|autre question|andere frage|altra domanda|outra pergunta|"
    r"side effects?|effects?|stud(?:y|ies)|found|find|work|works|mechanism|approved|"
    r"approval|safe|safety|evidence|research|risk|risks|interact[a-z]*|chemo[a-z]*|"
    r"immun[a-z]*|tumou?rs?|cells?|does it do|funziona|funciona|fonctionne|wirkt|chemio|"
    r"quimio|chimio|radiation|radio[a-z]*|sleep|dreams|suenos|reves|sogni|sonhos|"
    r"nebenwirkung[a-z]*|efectos|effets|effetti|efeitos|estudio|etude|studie|studio|estudo|"
    r"sicher|segur[oa]|sur|sicur[oa]|review|conclud[a-z]*|conclusions?|article|abstracts?|"
    r"animals?|animales|mice|ratones|souris|mause|topi|camundongos|estudios|etudes|studien|studi|"
    r"estudos|morphin[a-z]*|morfina|problem[a-z]*|articolo|articulo|artigo|artikel|ogfr?|"
    r"endorphin[a-z]*|bewiesen|proven|proof|prouve|probado|provato|comprovado|encontr[a-z]*|"
    r"trouve|trovato|gefunden|menschen|humans?|humains?|umani|humanos|cheap[a-z]*|price|cost|buy|"
    r"barato|precio|prix|preis|prezzo|preco|"
    r"where to (?:get|buy)|immunotherapy)\b|"
    r"\b(?:why|warum|wieso|pourquoi|perche|"
    r"por ?que)\b(?! not\b)(?! nicht\b)(?! pas\b)(?! no\b)(?! non\b)(?! nao\b)"
)


@dataclass(frozen=True)
class _Cue:
    reason: str
    snippet: str


def _dosing_cues(norm: str) -> list[_Cue]:
    granted = _DOSE_PERMISSION.search(norm)
    text = _NEGATED_DOSE.sub(" ", _SETTLED_DOSE.sub(" ", _DOSE_PERMISSION.sub(" ", norm)))
    # weight put on ("3 Kilo mehr") is not an amount; a symptom's own time is not a dose time
    text = _SYMPTOM_TIME.sub(r"\1", _PUT_ON_WEIGHT.sub(" ", _BENIGN_DOSE.sub(" ", text)))
    if granted and (asked := _ASKS_FOR_IT.search(text)):
        return [_Cue("dosing.other", f"{granted.group()} … {asked.group()}")]
    about_medicine = _MEDICINE.search(text) is not None
    cues = []
    for reason, pattern, generic in _DOSING_CUES:
        if generic and not about_medicine:
            continue
        match = pattern.search(text)
        if match:
            cues.append(_Cue(reason, match.group().strip()))
    if not cues and _TAKEN_TWICE.search(text) and (what := _WHAT_NOW.search(text)):
        cues.append(_Cue("dosing.other", what.group()))
    if cues and (weight := _WEIGHT.search(text)):
        cues.append(_Cue("dosing.conversion", weight.group()))
    return cues


def _frequency_is_about_prevalence(norm: str, cues: list[_Cue]) -> bool:
    """ "How often do people get vivid dreams on LDN?" asks how common something is."""
    if [c.reason for c in cues] != ["dosing.frequency"] or not re.search(r"\bhow often\b", norm):
        return False
    if re.search(
        r"\bhow often (?:is|are) (?:ldn|it|naltrexone) (?:used|prescribed|recommended)"
        r" (?:in|for|by)\b",
        norm,
    ):
        return True
    return (
        re.search(
            r"\b(?:side effects?|dreams?|nausea|sleep|symptoms?|reported|happen|occur)\b", norm
        )
        is not None
        and re.search(r"\b(?:take|taking|use|using|dose|dosing)\b", norm) is None
    )


@dataclass(frozen=True)
class _DosingFinding:
    reason: str | None  # None: not a dosing request
    evidence: tuple[str, ...]
    described: bool = False  # dose words, but describing what the studies did
    context: bool = False  # a dose already taken, told before another question
    cues: tuple[_Cue, ...] = ()  # what was found, for a second look at where each cue stands


# "compounded" or "galenic" alone names the kind of capsule (session 18: "Do compounded LDN
# capsules need to be kept cool?", "le capsule galeniche possono contenere glutine?")
_BARE_PREPARATION = re.compile(
    r"(?:compounded|compounding|galenic[a-z]*|galenich[ea]|galenic[oa]s?|magistral[a-z]*)"
)


def _dosing(norm: str) -> _DosingFinding:
    cues = _dosing_cues(norm)
    if not cues or _frequency_is_about_prevalence(norm, cues):
        return _DosingFinding(None, ())
    if (
        all(
            c.reason == "dosing.preparation" and _BARE_PREPARATION.fullmatch(c.snippet)
            for c in cues
        )
        and _NOT_COVERED.search(norm)
        and not _REQUEST.search(norm)
    ):
        # the capsule's kind, in a question on something no source covers
        return _DosingFinding(None, ())
    if _PROGNOSIS_ASKED.search(norm) and not any(_DOSE_WORD_IN_CUE.search(c.snippet) for c in cues):
        # "what are his survival odds? just give me a number": months, not a dose
        return _DosingFinding(None, ())
    evidence = tuple(f"{c.reason}: {c.snippet!r}" for c in cues)
    request = _REQUEST.search(norm)
    description = _DESCRIPTION.search(norm)
    to_a_person = any(c.reason == "dosing.conversion" for c in cues) and (
        _CONVERSION_REQUEST.search(norm) or _TO_A_PERSON.search(norm)
    )
    if description and not request and not to_a_person:
        return _DosingFinding(None, (*evidence, f"description: {description.group()!r}"), True)
    if request:
        evidence += (f"request: {request.group()!r}",)
    reasons = {c.reason for c in cues}
    reason = next(r for r in DOSING_REASONS if r in reasons)
    return _DosingFinding(reason, evidence, cues=tuple(cues))


_BARE_DOSE_WORD = re.compile(
    r"^dosing\.amount: '(?:dose|doses|dosage|dosis|dosi|dosen|dosierung|dosaggio|dosagem)'$"
)
_ABOUT_DOSE_EFFECT = re.compile(
    r"\b(?:why|warum|wieso|pourquoi|por ?que|perche|genes?|matters?|differen[a-z]*|originally|"
    r"used for|called|mechanism|receptors?|block[a-z]*|switch[a-z]*|hochreguliert|regulat[a-z]*|"
    r"activat[a-z]*|geni|genes|genen|funziona[a-z]*|funciona[a-z]*|fonctionn[a-z]*|wirk[a-z]*|"
    r"works?|worked|diferen[a-z]*|faz|hace|fait|macht|mean|means|compared)\b"
)
_ASKS_FOR_THE_DOSE = re.compile(
    r"\bwhat(?:'s| is| was| are| were| would be)? (?:the |a |your )?(?:usual |typical |normal |"
    r"right |best |recommended |starting |ideal |correct |proper )?(?:ldn )?(?:dose|dosage|"
    r"dosis)\b|\b(?:why not|why can'?t|why won'?t|why don'?t you|why wouldn'?t)\b"
)


_WHY_LOW_DOSE = re.compile(
    r"\b(?:why|por ?que|pourquoi|perche|warum)\b[^?]{0,40}\b(?:call(?:ed)? it|low[- ]dose|small "
    r"amount)\b|\bwhat'?s different about the (?:small|low|tiny) (?:amount|dose)\b|"
    r"\bwhat does \"?low[- ]dose\"? (?:actually |really |even )?mean\b|\blow compared to what\b|"
    r"\bwhat'?s the point of (?:a |the )?low[- ]dose\b"
)


def _describes_dose(norm: str, dosing: _DosingFinding) -> bool:
    """ "Why does the dose matter so much?", "Welche Gene nur bei niedriger Dosis?": the word
    "dose" in a question about what a dose does, with nobody to take it and nothing asked."""
    if not dosing.evidence or not all(_BARE_DOSE_WORD.match(e) for e in dosing.evidence):
        return False
    text = re.sub(r"\bswitch(?:es|ed)? (?:on|off)\b", " ", norm)
    asks_amount = _ASKS_ABOUT_AMOUNT.search(text) and not _WHY_LOW_DOSE.search(text)
    if _REQUEST.search(text) or asks_amount or _ASKS_FOR_THE_DOSE.search(text):
        return False
    return _ABOUT_DOSE_EFFECT.search(text) is not None


def _stated_dose_only(norm: str, dosing: _DosingFinding) -> bool:
    """A dose the visitor is already on, stated before a question about something else: with
    the stated dose set aside, nothing asks about dosing and another topic is asked."""
    if not dosing.evidence or not _STATED_DOSE.search(norm):
        return False
    rest = _STATED_DOSE.sub(" ", _SETTLED_DOSE.sub(" ", _NEGATED_DOSE.sub(" ", norm)))
    rest = _HOW_SUPPOSED_TO_WORK.sub(" wie wirkt ", rest)
    if _asks_about_dosing(rest) or re.search(r"\d", _CLOCK_TIME.sub(" ", _DURATION.sub(" ", rest))):
        return False
    return (_ASKS_SOMETHING_ELSE.search(rest) or _ASKS_ABOUT_THE_SOURCES.search(rest)) is not None


def _asks_about_dosing(rest: str) -> bool:
    """What is left of a message once a dose told as context is set aside still asks about
    dosing: a cue, an amount, a judgement of the dose ("is that right?") or a change."""
    return bool(
        _dosing_cues(rest)
        or _ASKS_ABOUT_AMOUNT.search(rest)
        or _JUDGES_IT.search(rest)
        or _CHANGE_OR_WHEN.search(rest)
    )


_CLAUSE = re.compile(r"(?:[^.?!;,¿¡]|(?<=\d)[.,](?=\d))+[.?!;,¿¡]*")
# Narrower than _ASKS_ABOUT_AMOUNT on purpose: no "can I" / "should" / "posso", which the
# question about the uncovered topic itself uses ("can I have a beer with LDN?").
_AMOUNT_WORDS = re.compile(
    r"\b(?:how (?:much|many|often|high|low)|too (?:much|many|high|low|little)|enough|more|less|"
    r"(?:in|de)creas[a-z]*|raise|lower|reduc[a-z]*|double|halve|half|split|cuant[oa]s?|combien|"
    r"wie ?viel[a-z]*|quant[oaie]s?|trop|troppo|demasiad[oa]|demais|zu (?:viel|wenig)|mas|plus|"
    r"mehr|piu|mais|menos|moins|weniger|meno)\b"
)
_ASKING = re.compile(
    r"\b(?:tell|give|what|which|how|when|should|can|could|would|dime|dame|dis|donne|sag|gib|"
    r"dimmi|dammi|diga|me de|quel|quelle|quale|qual|cual|welche[rsn]?|wie|wann|combien|cuanto|"
    r"quanto|wieviel)\b|(?<!\bda )(?<!\bdesde )(?<!\bdepuis )(?<!\bseit )\b(?:quando|cuando|"
    r"quand|wann)\b"  # "da quando ha iniziato": since, not a question
)


def _cue_spans(norm: str, cues: Sequence[_Cue]) -> list[tuple[_Cue, int, int]] | None:
    """Where each cue stands in `norm` (cues are found with settled and negated phrases blanked
    out, so each is looked up again); None if one cannot be placed."""
    spans = []
    for cue in cues:
        start = norm.find(cue.snippet)
        if start < 0:
            return None
        spans.append((cue, start, start + len(cue.snippet)))
    return spans


def _part_at(parts: Sequence[re.Match[str]], position: int) -> re.Match[str] | None:
    """The clause or sentence of `parts` that holds `position`."""
    return next((p for p in parts if p.start() <= position < p.end()), None)


def _dose_beside_uncovered(norm: str, dosing: _DosingFinding) -> bool:
    """ "I'm on 4.5 mg of LDN. Can I still get my flu shot?", "Tomo omeprazol todos los días,
    ¿hay interacción con la naltrexona?": an amount, a routine or a time told in a clause that
    asks nothing, or inside the words of a topic no source covers ("un verre de vin le soir
    avec la LDN"), and the question is about that topic. A time or amount asked in a clause of
    its own ("a beer with LDN, and should I take it at night?") is still a dosing request."""
    uncovered = [m.span() for m in _NOT_COVERED.finditer(norm)]
    if not uncovered or _CHECKS_A_CLAIM.search(norm) or _AMOUNT_WORDS.search(norm):
        return False
    kinds = ("dosing.amount:", "dosing.frequency:", "dosing.timing:", "request:")
    if any(not e.startswith(kinds) for e in dosing.evidence):
        return False
    clauses = list(_CLAUSE.finditer(norm))
    asked = [c for c in clauses if "?" in c.group()] or clauses[-1:]
    if not any(c.start() <= a < c.end() for a, _ in uncovered for c in asked):
        return False  # the topic no source covers is not what is asked
    spans = _cue_spans(norm, dosing.cues)
    if spans is None:
        return False
    for cue, start, end in spans:
        routine = cue.reason in ("dosing.timing", "dosing.frequency")
        if routine and any(a <= start and end <= b for a, b in uncovered):
            continue  # "un verre de vin le soir"
        clause = _part_at(clauses, start)
        if clause is None or clause in asked or end > clause.end():
            return False
        if _ASKING.search(clause.group()):
            return False
    return True


# Who settles a dose or a routine, or the word for what they settled ("my oncologist", "como
# me dijo el médico", "wie verordnet", "selon le protocole de son oncologue", "la pauta").
_SETTLED_BY = re.compile(
    r"\b(?:doctor|doc|dr|gp|oncologist|onco|prescriber|physician|specialist|consultant|"
    r"naturopath|team|medic[oa]s?|medecin|generaliste|oncolog[a-z]*|onkolog[a-z]*|onko|arzt|arztin|"
    r"hausarzt|"
    r"doktor|doutor[a]?|dottor[a-z]*|naturopat[a-z]*|prescri[a-z]*|verordnet|verschrieben|"
    r"besprochen|vereinbart|abgesprochen|convenu|pauta|protocol[a-z]*|protokoll|schema|plan|"
    r"receit[a-z]*|recet[a-z]*)\b"
)
_AS_PRESCRIBED_RE = re.compile(_AS_PRESCRIBED)
# … unless the doctor did not settle it, or only means to ("didn't say how much", "wants to add")
_NOT_SETTLED = re.compile(
    r"\b(?:didn'?t|did not|never|forgot|nothing|nix|nichts|nicht|kein[a-z]*|no me|ne m'a pas|"
    r"non mi ha|nao me|wants? to|would like|going to|plans? to|about to|thinking of|considering|"
    r"but|pero|mais|aber|mas)\b|\bma\b(?! (?:dose|posologie|prescription|mere|fille|femme|"
    r"soeur|tante|maman|compagne|grand-mere)\b)"  # Italian "but", not French "my"
)
# … or the question judges it ("is that right?", "who's right?", "what would you do?")
_JUDGES_IT = re.compile(
    r"\b(?:right|correct[a-z]*|ok|okay|fine|confirm[a-z]*|confermate|sensible|standard|safe|"
    r"giusto|giusta|bien|richtig|certo|certa|what would you|was wurdest du|que harias|que ferais|"
    r"cosa faresti|o que (?:voce )?faria|amount|doses?|dosage|dosis|dosi|"
    r"dosierung|posologi[ae]|quantity|menge|cantidad|quantita|quantidade)\b"
)
# … or asks the same for someone else ("what about my dog?", "and for me?")
_FOR_SOMEONE = re.compile(
    r"\b(?:what about|and for|same for|y para|et pour|und fur|e per|e para|und bei|e pro) "
    r"(?:me|mi|moi|mich|mim|my|mon|ma|mein|meine|il mio|la mia|o meu|a minha|him|her)\b|"
    r"\b(?:dogs?|cats?|perr[oa]s?|gat[oa]s?|chiens?|chats?|hunde?|katzen?|cane|cachorr[oa]|"
    r"cao|pets?)\b"
)
# a story, a role or a hypothesis: whatever the doctor in it set is not the visitor's context
_A_STORY = re.compile(
    r"\b(?:novel|story|chapter|role ?play|character|conto|historia|roman|geschichte|racconto|"
    r"pretend|imagine|hypothetical[a-z]*)\b"
)
# "I wanted to know…", "explain…": a question with no question mark
_ASKS_TO_KNOW = re.compile(
    r"\b(?:explain|explica(?:me)?|explicame|dime|tell me|erklar[a-z]*|spiegami|expliquez?|"
    r"volevo (?:capire|sapere)|queria saber|quisiera saber|je voudrais (?:savoir|comprendre)|"
    r"ich wollte wissen|(?:i'?d|i would) like to know|wanted to know)\b"
)
# a bare number or an amount (not a year, not part of a name such as HCT116)
_A_NUMBER = re.compile(r"(?<![a-z\d])\d+(?:[.,]\d+)?(?![a-z\d])|\d+(?:[.,]\d+)? ?(?:mg|mcg|ml)\b")
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SENTENCE = re.compile(r"(?:[^.?!;:]|(?<=\d)[.,](?=\d))+[.?!;:]*")
_TIME_OF_DAY = re.compile(rf"\b{_TIMES_OF_DAY}\b")


def _another_medicines_routine(sentence: str) -> bool:
    """The sentence tells another medicine's dose or routine and names no LDN."""
    return bool(_ANOTHER_MEDICINE.search(sentence)) and not _LDN_NAMED.search(sentence)


def _routine_told_as_context(norm: str, dosing: _DosingFinding) -> bool:
    """ "Mi oncólogo me puso LDN 4,5 mg por la noche hace un mes. Tengo sueños rarísimos, ¿es
    normal?": every dose or time word stands in a sentence that asks nothing, names who set it
    or the plan and does not say they left it open (or tells another medicine's routine, with
    no LDN in it, before a question on what the sources say); the rest asks something else,
    with no dose, no other time, no number, no change, no judgement of it and nobody else to
    give it to. Never in a story or role play."""
    kinds = ("dosing.amount", "dosing.frequency", "dosing.timing", "dosing.other")
    if not dosing.cues or any(c.reason not in kinds for c in dosing.cues) or _A_STORY.search(norm):
        return False
    sentences = list(_SENTENCE.finditer(norm))
    spans = _cue_spans(norm, dosing.cues)
    if spans is None:
        return False
    settled: list[tuple[int, int]] = []
    another_medicine = False
    for _, start, end in spans:
        unit = _part_at(sentences, start)
        if unit is None or end > unit.end() or "?" in unit.group():
            return False
        told = _AS_PRESCRIBED_RE.sub(" ", unit.group())
        settled_by = _SETTLED_BY.search(unit.group()) and not _NOT_SETTLED.search(unit.group())
        if not settled_by:
            if not _another_medicines_routine(unit.group()):
                return False
            another_medicine = True
        if _ASKING.search(told) or _ASKS_ABOUT_AMOUNT.search(told):
            return False
        settled.append(unit.span())
    rest = "".join(c for i, c in enumerate(norm) if not any(a <= i < b for a, b in settled))
    if "?" not in rest and not _ASKS_TO_KNOW.search(rest):
        return False  # nothing else is asked
    if another_medicine and not _ASKS_ABOUT_COVERAGE.search(rest):
        # "Je prends mon Levothyrox le matin. Faut-il espacer avec la LDN ?" fits LDN into that
        # routine; only a question on what the sources say leaves the routine as context
        return False
    return not (
        _asks_about_dosing(rest)
        or _TIME_OF_DAY.search(rest)
        or _A_NUMBER.search(_A_YEAR.sub(" ", rest))
        or _FOR_SOMEONE.search(rest)
    )


def _dose_as_context(norm: str, dosing: _DosingFinding, probability: float | None) -> bool:
    """A dose figure (or "dose") told as context before a question on something else."""
    if probability is None or not dosing.evidence:
        return False
    if any(not e.startswith(("dosing.amount:", "request:")) for e in dosing.evidence):
        return False  # a schedule, a time, a change or a conversion is asked too
    text = _SETTLED_DOSE.sub(" ", _NEGATED_DOSE.sub(" ", norm))
    if _ASKS_ABOUT_AMOUNT.search(text) or not _ASKS_SOMETHING_ELSE.search(text):
        return False
    ceiling = WHY_DOSE_CEILING if _WHY.search(norm) else CONTEXT_DOSE_CEILING
    return probability < ceiling


def _unless_not_asked(
    norm: str, dosing: _DosingFinding, probability: float | None
) -> _DosingFinding:
    """The finding, unless the dose words only tell a dose already taken, say what a dose
    does, or give a dose as context the classifier reads no request in."""
    if not dosing.reason:
        if _WHY_LOW_DOSE.search(norm) and not _ASKS_FOR_THE_DOSE.search(norm):
            # "why do they call it low dose, what's different about the small amount?"
            told = "why the dose is low, not asked for"
            return _DosingFinding(None, (*dosing.evidence, told), described=True)
        return dosing
    if _stated_dose_only(norm, dosing):
        told = "a dose already taken, told as context"
        return _DosingFinding(None, (*dosing.evidence, told), context=True)
    if _routine_told_as_context(norm, dosing):
        told = "a routine the doctor set, or another medicine's, told before another question"
        return _DosingFinding(None, (*dosing.evidence, told), context=True)
    if _dose_beside_uncovered(norm, dosing):
        told = "a dose or routine told beside a topic no source covers"
        return _DosingFinding(None, (*dosing.evidence, told), context=True)
    if _describes_dose(norm, dosing):
        told = "what a dose does, not asked for"
        return _DosingFinding(None, (*dosing.evidence, told), described=True)
    if _dose_as_context(norm, dosing, probability):
        return _DosingFinding(None, (*dosing.evidence, "the dose is context, not asked"))
    return dosing


def _unless_classifier_reads_no_request(
    dosing: _DosingFinding, probability: float | None, below: float
) -> _DosingFinding:
    """The patterns' finding, unless the dosing classifier is all but sure no dose is asked."""
    if not dosing.reason or probability is None or probability >= below:
        return dosing
    doubt = f"classifier reads no request: p={probability:.3f} (< {below:.2f})"
    return _DosingFinding(None, (*dosing.evidence, doubt))


def _user_turns(history: Sequence[Mapping[str, Any]]) -> list[str]:
    """What the visitor wrote in the turns before, oldest first."""
    return [
        str(m.get("content") or "")
        for m in history
        if isinstance(m, Mapping) and m.get("role") == "user"
    ]


def _dosing_followup(history: Sequence[Mapping[str, Any]], norm: str) -> str | None:
    """The previous user turn asked for a dose and this one only changes whom it is for."""
    if _FOLLOW_UP_TOPIC.search(norm) or len(norm.split()) > 20:
        return None
    if not (_FOLLOW_UP.search(norm) or _WEIGHT.search(norm)):
        return None
    previous = _user_turns(history)[-2:]
    for text in reversed(previous):
        finding = _dosing(normalise(text))
        if finding.reason or (finding.described and _FOR_A_PERSON.search(norm)):
            return text  # "and for my mum, which of those?" after what the article's doses are
    return None


# ---------------------------------------------------------------------------------------
# Scope

_IN_SCOPE = re.compile(
    r"\b(?:ldn|naltrexone|ntx|ogf|ogfr|opioid[a-z]*|oppioid[a-z]*|opiate[a-z]*|endorphin[a-z]*|"
    r"morphine|morfina|morphin|fentanyl|oxycodone|oxycontin|hydromorphone|codeine|tilidin|"
    r"low[- ]dose|dosis baja|faible dose|basso dosaggio|dose baixa|niedrig dosiert|"
    r"dose bassa|baixa dose|niedrige dosis|niedrigen dosis|baja dosis|dosis (?:tan )?bajas?|"
    r"(?:dose|dosis|dosi|dosaggio) (?:e |es |est |ist |is )?(?:cosi |tan |si |so |aussi |"
    r"tao )?(?:low|"
    r"tiny|bassa|"
    r"baja|bajita|basse|faible|niedrig|baixa)|"
    r"come agisce|come funziona|como actua|como age|como funciona|comment ca agit|"
    r"mentioned anywhere|mentioned in (?:the )?(?:article|sources|studies|abstracts)|"
    r"[a-z]*studie[n]?|these trials|the trials|the science|the data|human clinical trials?|"
    r"(?:the|your|these) (?:five |5 )?(?:references|sources|studies|papers)|"
    r"(?:les|las|los|os|die|le|as) (?:sources|fuentes|fontes|quellen|fonti)|"
    r"evidencias?|preuves?|evidenz|experimentell|sperimentale|experimental|"
    r"(?:what|which) journals? (?:are|were) (?:they|these|the studies)|journals? (?:are|were) "
    r"(?:they|these) in|peer[- ]review[a-z]*|"
    r"the (?:treatment |control )?"
    r"groups?|both drugs|the combination|"
    r"enkephalin[a-z]*|macrophage[a-z]*|m1|apoptos[a-z]*|apoptotic|bax|bcl-?2|caspase[a-z0-9-]*|"
    r"parp|survivin|ki-?67|cd80|cd68|f4/80|tnf[a-z-]*|ifn[a-z-]*|interferon|mdscs?|myeloid|"
    r"splenocytes?|p21|p53|nk cells?|natural killer|t-cells?|ehrlich|hct116|oxaliplatin|"
    r"cisplatin|5-?fu|fluorouracil|xenografts?|bad and bik1|bik1|gene expression|"
    r"the (?:article|study|studies|paper|papers|review|abstracts?|sources?|references|author|"
    r"authors|researchers|writer|trial)|these (?:studies|papers|sources|abstracts)|cited|"
    r"suhaila|donahue|zagon|mclaughlin|ciwun|aboalsoud|dalgleish|liu|genes|who wrote|research|"
    r"evidence|"
    r"stud(?:y|ies|ied)|papers?|review|abstracts?|mice|mouse|cell lines?|cell cultures?|"
    r"articles?|integrative|low[- ]dose|blockade|intermittent[a-z]*|upregulat[a-z]*|"
    r"downregulat[a-z]*|compensatory|"
    r"proliferat[a-z]*|"
    r"cytotoxic[a-z]*|immunomodulat[a-z]*|carcinogenesis|cultures?|cell killing|cancer cells?|"
    r"ubersichtsarbeit|revue|revision|rassegna|revisao|"
    r"experiments?|adjuvant|what (?:can|do) you (?:help|do|tell|answer|know)|"
    r"what (?:topics|questions|things) can you|citad[oa]s|citati|cites|zitiert|articoli|artigos|"
    r"articulos|"
    r"researchers|scientists|ratones|raton|souris|mause|maus|topi|camundongos|ratos|"
    r"(?:que|which|what|quels|welchen|quali|quais) (?:animales|animals|animaux|tieren|animali|"
    r"animais)|"
    r"estudios?|etudes?|studien?|studio|studi|estudos?|articulo|artikel|articolo|artigo)\b"
)
# A question about "it" with no other subject is about the drug we are discussing.
_PRONOUN_SUBJECT = re.compile(
    r"^(?:so |and |but |ok |okay )?(?:can|does|do|will|would|could|is|are|should|how does|"
    r"what does|why does|how do|how is|what is|is there)\b[^.?!]{0,12}\b(?:it|this|that|they)\b"
    r"(?! (?:worth|normal|true that|better to get|common to get)\b)"
    r"|\b(?:it|this|that) (?:help|helps|work|works|cure|cures|treat|treats|interact|cause|"
    r"causes|affect|affects|do|does|reduce|boost|kill|stop|slow)\b"
)
# Questions with no subject about how risky something is: "What are the risks?"
_RISK_WORDS = re.compile(
    r"\b(?:risks?|dangers?|dangerous|safety|safe|toxic|harmful|proven|proof)\b"
)
_FUNCTION_WORDS = frozenset(
    "what are is the a an of any there it its this that these those how and or to for in on "
    "with be can could would will do does really very so too much many i me my you your we our "
    "about main biggest real serious possible known long term overall please just tell know "
    "want wondering curious question ok okay so hi hello thanks then".split()
)
_GENERIC_IN_SCOPE = re.compile(
    # session 19: which cancers were studied, the limits of the data, why "low", blocking the
    # receptors
    r"\bwhich cancers? (?:did|do|were|was|have) (?:they|the (?:studies|researchers|authors))\b|"
    r"\blimit(?:es|ations|i|aciones|acoes|en)? (?:de|of|dieser|di|das|dos|des) (?:ces|these|the|"
    r"estos|esses|questi|ces) (?:donnees|data|datos|dados|dati|daten|studies|etudes|estudios|"
    r"studi|studien|estudos)\b|\bcalled '?\"?low'?\"? ?(?:dose)?\b[^?]{0,30}\bcompared (?:with|to) "
    r"what\b|\bblock(?:ing|s)? (?:the )?(?:opioid )?receptors\b|"
    r"\breves (?:hyper |tres |super |trop )?(?:intenses|vifs|bizarres|etranges)\b|"
    r"\b(?:side effects?|adverse effects?|vivid dreams|sleep disturbances?|approved|approval|"
    r"sleep (?:problems?|issues?|trouble)|"
    r"fda|off[- ]label|experimental|well[- ]tolerated|efectos? secundarios?|effets? secondaires?|"
    r"nebenwirkung[a-z]*|effetti collaterali|effetto collaterale|efeitos? colatera(?:is|l)|"
    r"efectos (?:adversos|indeseados)|mechanisms?|mecanismos?|mecanismes?|meccanismi|"
    r"meccanismo|mechanismus|wirkmechanismus|wirkweise|"
    r"(?:tested|tried|studied) (?:in|on) (?:actual |real )?(?:humans|patients|people)|"
    r"(?:in|on) (?:actual |real )?(?:humans|patients) or|only (?:in |on )?animals|"
    r"am menschen|en humanos|em humanos|chez l'homme|sull'uomo|sugli esseri umani|"
    r"effets indesirables|efeitos (?:secundarios|adversos|indesejados)|effetti indesiderati|"
    r"unerwunschte wirkungen|suenos (?:vividos|raros|intensos)|reves (?:intenses|bizarres|"
    r"etranges)|(?:lebhafte|seltsame|intensive) traume|sogni (?:vividi|strani|intensi)|"
    r"sonhos (?:vividos|estranhos|intensos)|pesadillas|cauchemars|alptraume|albtraume|incubi|"
    r"pesadelos|schlafstorung(?:en)?|trastornos del sueno|troubles du sommeil|disturbi del sonno|"
    r"disturbios do sono|insomni[ao]|insomnie|schlaflosigkeit)\b"
)
# In this widget "it", "this stuff", "the drug" is LDN: a message that talks about taking it
# or about what it does, anywhere in the message, is about the sources' subject.
_TALKS_ABOUT_IT = _rx(
    r"\b(?:started|starting|start|stopped|stopping|stop|taking|take|took|try|"
    r"trying|tried|using|use|used|give|giving|combine|combining|mix|mixing) (?:it|this|that|"
    r"this stuff|the stuff|that stuff|the drug|this drug|the medicine|this medicine|the pills?|"
    r"the capsules?|this med|the med)\b(?! (?:is|was) (?:raining|sunny))",
    r"\b(?:it|this stuff|the drug|this drug) (?:really |actually |even |just |might |may |could |"
    r"can |would |will |does |is said to |is supposed to )?"
    r"(?:help|helps|work|works|worked|cure|cures|treat|treats|interact|interacts|interfere|"
    r"interferes|cause|causes|affect|affects|reduce|reduces|boost|boosts|kill|kills|stop|stops|"
    r"slow|slows|fight|fights|shrink|shrinks|do|does)\b",
    r"\b(?:the|this) (?:sleep|dream|dreams|nausea|stomach|side effect|side-effect) thing\b|"
    r"\bwhat'?s the catch\b|\btoo good to be true\b|\bthe catch\b",
    r"\b(?:from|on|with|after|since|because of) (?:it|this|this stuff|the drug|the ldn)\b"
    r"[^.?!]{0,30}\b(?:dreams?|sleep|nause[a-z]*|stomach|side effects?|dangerous|normal|"
    r"headache|tired)\b|\b(?:dreams?|sleep|nause[a-z]*|stomach|side effects?|headache|tired)"
    r"\b[^.?!]{0,30}\b(?:from|on|with|after|since|because of) (?:it|this|this stuff|the drug)\b",
    r"\ba problem with (?:this|it)\b|\b(?:with|alongside|and) (?:this|it)\W*$|"
    r"\bkeep(?:ing)? track of\b|\bwatch(?:ing)? (?:out )?for\b[^.?!]{0,40}\b(?:starts?|on) it\b",
    r"\b(?:ca|cela) (?:interfere|peut|marche|agit)\b|\bla prendre pendant\b|"
    r"\ble prendre pendant\b|\b(?:das|es) (?:[a-z]+ ){0,3}(?:wirken|wirkt|helfen|hilft)\b|"
    r"\b(?:isso|isto|esso|questo|esto|eso|esta cosa|isso ai) (?:[a-z]+ )?(?:funciona|funziona|"
    r"ajuda|aiuta|ayuda|serve|sirve|interfere|interfiere|interferisce)\b|"
    r"\b(?:empezo|empece|comenzo) con esto\b|\bcon esto\b",
)
# The same "it" in the other languages, where the subject is usually left out:
# "¿Se puede usar con la quimio?", "c'est dangereux avec la morphine ?", "Kann man das …?"
_PRONOUN_SUBJECT_OTHER = _rx(
    r"^(?:y |pero )?(?:eso |esto )?(?:se puede (?:usar|tomar|combinar|mezclar|dar)|funciona|sirve|"
    r"es (?:segur[oa]|peligros[oa]|eficaz|efectiv[oa]|toxic[oa]|compatible)|da |causa |"
    r"provoca |tiene efectos|ayuda|interactua|se usa)\b",
    r"\b(?:oi|escuche|lei|dicen) que (?:da|causa|provoca|ayuda|funciona|sirve)\b",
    r"\bca (?:peut|marche|fonctionne|aide|donne|provoque|cause|interagit|soigne|agit)\b|"
    r"\bc'est (?:dangereux|sur|efficace|risque|toxique|compatible)\b|\bpeut-on l'|"
    r"\best-ce (?:que ca|dangereux|sur|efficace)\b|\bon peut l'(?:utiliser|associer|combiner)\b",
    r"^(?:und )?(?:kann man (?:das|es)|ist (?:das|es) (?:sicher|gefahrlich|wirksam|vertraglich)|"
    r"hilft (?:das|es)|wirkt (?:das|es)|macht (?:das|es)|verursacht (?:das|es)|"
    r"darf man (?:das|es)|vertragt sich (?:das|es)|wurde (?:das|es))\b|\bob (?:das|es)\b|"
    r"\bse (?:isso|isto) (?:e|funciona|ajuda)\b|\bsi (?:esto|eso) (?:es|funciona|ayuda)\b|"
    r"\bsi (?:ca|c'est) (?:marche|aide|est)\b|\bse (?:questo|e|funziona) (?:e |funziona|aiuta)?|"
    r"\b(?:das|es) (?:mit|zusammen mit) [a-z]+ (?:kombinieren|nehmen)\b",
    r"^(?:e |ma )?(?:si puo (?:usare|prendere|combinare|associare)|funziona|e sicur[oa]|"
    r"e pericolos[oa]|fa (?:male|effetto)|aiuta|serve|da (?:effetti|sogni))\b",
    r"^(?:e |mas )?(?:da (?:pra|para) (?:usar|tomar|combinar)|pode(?:-se)? (?:usar|tomar|"
    r"combinar)|funciona|e segur[oa]|e perigos[oa]|serve|ajuda|causa|provoca)\b",
)
_OFF_TOPIC_SUBSTANCE = re.compile(
    r"\b(?:turmeric|curcumin|curcuma|kurkuma|cbd|thc|cannabis|marijuana|hemp|ivermectin[a-z]*|"
    r"fenbendazole|mebendazole|metformin|aspirin|ibuprofen|acetaminophen|paracetamol|tylenol|"
    r"vitamins?|vitamina|vitamine|vit [a-e]|zinc|selenium|melatonin|mistletoe|iscador|laetrile|"
    r"mistel[a-z]*|vischio|muerdago|visco|helixor|abnoba|naloxone|narcan|"
    r"apricot|"
    r"b17|essential oils?|huiles? essentielles?|aceites? esenciales?|atherische ole|"
    r"oli essenziali|oleos essenciais|metformina|frankincense|mushrooms?|turkey tail|reishi|"
    r"chaga|green tea|ginger|"
    r"garlic|keto|ketogenic|diet|dieta|diat|fasting|ayuno|jeune|fasten|digiuno|jejum|juicing|"
    r"alkaline|baking soda|bicarbonat[a-z]*|fosfoetanolamina|phosphoethanolamine|"
    r"hydroxychloroquine|dichloroacetate|dca|statins?|artemisinin|"
    r"quercetin|berberin[ae]?|tamoxif[a-z]*|herceptin|letrozole|keytruda|pembrolizumab|"
    r"homeopath[a-z]*|homeopat[a-z]*|homoopath[a-z]*|omeopat[a-z]*|mebendazol|fenbendazol|"
    r"melatonin[ae]|"
    r"selen|selenio|ahcc|cogumelos?|pilze|funghi|setas|"
    r"acupuncture|acupuntura|akupunktur|agopuntura|supplements?|complements alimentaires|"
    r"complements|suplementos|"
    r"nahrungserganzungsmittel[a-z]*|integratori|hyperthermia|ozone|doxycycline|sugar|gerson|"
    r"enemas?|juice "
    r"fast(?:ing)?|juicing|essiac|budwig|hoxsey|rife|chlorine dioxide|mms)\b"
)
# Medicines the sources never discuss (session 5): thyroid, statins, antibiotics, steroids,
# blood thinners, antidepressants, stomach and nerve-pain drugs. Asked together with LDN
# ("LDN with my levothyroxine?"), not merely mentioned ("allergic to an antibiotic years ago").
_OTHER_MEDICINE = re.compile(
    r"\b(?:levothyrox[a-z]*|euthyrox|l-thyroxin|puran t4|synthroid|thyroxine|atorvastatin|"
    r"s[iy][mn]vastatin[a-z]*|(?:atorva|rosuva|prava|lova)statin[a-z]*|statins?|statine[n]?|"
    r"estatinas?|amoxicillin[a-z]*|augmentin|"
    r"antibiotic[a-z]*|antibiotika|antibioticos?|antibiotiques?|antibiotici|predniso(?:lo)?ne?|"
    r"dexamethason[e]?|dexametasona|desametasone|cortison[e]?|kortison|corticoides?|steroids?|"
    r"warfarin|sintrom|marcumar|coumadin|xarelto|eliquis|apixaban|rivaroxaban|blood thinners?|"
    r"anticoagula[a-z]*|blutverdunner|sertralin[ea]?|fluoxetin[ea]?|citalopram|escitalopram|"
    r"cipralex|prozac|zoloft|lexapro|antidepressants?|antidepresivos?|antidepresseurs?|"
    r"antidepressiva|antidepressivi|antidepressivos?|omeprazol[e]?|pantoprazol[e]?|nexium|"
    r"gabapentin[a-z]*|pregabalin[a-z]*|lyrica|ozempic|semaglutid[a-z]*|wegovy|mounjaro|"
    r"tirzepatid[a-z]*|anastro[sz]ol[a-z]*|arimidex|letro[sz]ol[a-z]*|femara|exemestan[a-z]*|"
    r"aromasin|ondansetron|zofran|haloperidol|haldol|dipirona|metamizol[e]?|novalgin|nolotil|"
    r"losartan[a-z]*|amlodipin[a-z]*|lisinopril|metoprolol|bisoprolol|"
    r"ramipril|"
    r"blood pressure (?:pills?|meds?|medications?|tablets?)|pastillas? (?:de|para) la presion|"
    r"remedio (?:de|da|para) pressao|blutdruck(?:tabletten|mittel|senker)|rivotril|clonazepam|"
    r"xanax|alprazolam|lorazepam|diazepam|valium|benzodiazepin[a-z]*|benzos|tachipirina|"
    r"doliprane|dafalgan|efferalgan|cannabidiol[a-z]*|canabidiol|insulin[a-z]*|ssris?|zolpidem|"
    r"ambien|trazodon[a-z]*|mirtazapin[a-z]*|quetiapin[a-z]*|seroquel|lithium|adderall|"
    r"ritalin|methotrexat[a-z]*|metotrexato|capecitabin[a-z]*|xeloda|paclitaxel|taxol|"
    r"osimertinib|tagrisso|ribociclib|kisqali|imatinib|glivec|gleevec|palbociclib|ibrance|"
    r"abemaciclib|verzenio|olaparib|lynparza|bevacizumab|avastin|trastuzumab|"
    r"docetaxel|carboplatin[a-z]*|gemcitabin[a-z]*|doxorubicin[a-z]*|cyclophosphamid[a-z]*|"
    r"irinotecan|nivolumab|opdivo|metformin[a-z]*|cardioaspirin[a-z]*|"
    # session 21
    r"enalapril|lisinopril|losartan|tacrolimus|ciclosporin[a-z]*|cyclosporin[a-z]*|"
    r"all?opurinol|levetiracetam|keppra|lamotrigin[a-z]*|valproat[a-z]*|gabapentin[a-z]*|"
    r"pregabalin[a-z]*|lyrica|sertralin[a-z]*|fluoxetin[a-z]*|escitalopram|citalopram|"
    r"valerian[a-z]*|baldrian|statina|doxiciclina|"
    # session 26
    r"ativan|aromatase inhibitors?|inhibiteurs? de l'aromatase|aromatasehemmer|inibitori "
    r"dell'aromatasi|inhibidores de (?:la )?aromatasa|inibidores da aromatase|sutherlandia)\b"
)
# Another medicine someone already takes, with no LDN in the sentence ("Mein Mann nimmt
# zweimal täglich Tramadol."): its routine is that medicine's, told as context.
_ANOTHER_MEDICINE = re.compile(
    rf"{_OTHER_MEDICINE.pattern}|\b(?:morphin[a-z]*|morfina|morphium|oxycodon[a-z]*|oxicodona|"
    r"ossicodone|oxycontin|tramadol[a-z]*|tilidin|fentan[iy]l[a-z]*|methadon[a-z]*|metadon[a-z]*|"
    r"hydrocodone|codein[a-z]*|codeina|buprenorphin[a-z]*|painkillers?|analgesic[a-z]*|"
    r"schmerzmittel[a-z]*|analgesiques?|analgesicos?|antidolorifici|antidolorifico)\b"
)
_LDN_NAMED = re.compile(r"\b(?:ldn|naltrexone)\b")
_TOGETHER = re.compile(
    r"\+|&|\b(?:with|w|together|alongside|clash[a-z]*|interact[a-z]*|compatible|combine[a-z]*|"
    r"already|while|issues?|ok|okay|fine|insieme|junto|juntos|junta|interac[a-z]*|"
    r"mix|cancel[a-z]*|affect[a-z]*|con|col|junto|juntos|avec|compatibles?|mit|zusammen|"
    r"gleichzeitig|vertragen|insieme|com|problem[a-z]*|safe|sicher|seguro|sicuro|"
    r"associa[a-z]*|asocia[a-z]*|associer|kombinier[a-z]*|en meme temps|al mismo tiempo|"
    r"ao mesmo tempo|ensemble|"
    r"mentre|mientras|enquanto|pendant|wahrend|durante|se sto (?:facendo|prendendo)|"
    r"peligroso|dangerous|gefahrlich|pericoloso|perigoso|dangereux|"
    # session 26: "prendo l'Ativan per dormire, posso prendere anche l'LDN?"
    r"(?:prendere|tomar|prendre|nehmen|take) (?:anche|tambien|tambem|aussi|auch|also)|(?:anche|"
    r"tambien|tambem|aussi|auch|also) (?:prendere|tomar|prendre|nehmen|take))\b"
)
_OTHER_CONDITION = re.compile(
    r"\b(?:celiachia|celiac|coeliac|celiaquia|zoliakie|maladie coeliaque|doenca celiaca|"
    r"polyarthrite|artritis reumatoide|"
    r"rheumatoid|rheuma|artrite reumatoide|"
    r"fibromyalgi[a-z]*|fibromialgia|multiple sclerosis|ms|esclerosis multiple|"
    r"(?<=sa )sep|(?<=une )sep|(?<=ma )sep|(?<=la )sep|(?<=sa )sla|(?<=la )sla|malaria|"
    r"paludisme|paludismo|"
    r"esclerose multipla|sclerose en plaques|multipler? sklerose|sclerosi multipla|crohn'?s?|"
    r"colitis|ibd|ibs|long covid|covid[a-z0-9-]*|lupus|arthritis|psoriasis|eczema|hashimoto'?s?|"
    r"thyroid[a-z]*|tiroide[a-z]*|thyroide|schilddruse|tireoide|autoimmun[a-z]*|autism|"
    r"depression|anxiety|ptsd|chronic fatigue|cfs|as an antidepressant|"
    r"(?:lose|losing|lost|gain|gaining) weight|weight (?:loss|gain)|heart (?:patients?|disease|"
    r"failure|problems?)|herzkrank[a-z]*|cardiopat[a-z]*|"
    r"chronic pain|migraines?|diabetes|alzheimer'?s?|parkinson'?s?|(?<=for )als|(?<=with )als|"
    r"(?<=have )als|als (?:patients?|disease)|endometriosis|"
    r"infertility|weight loss|obesity|acne|hiv|aids|hepatitis|pots|mcas|asthma|dermatitis|"
    r"restless legs|tinnitus|depresion|depression|ansiedad|angststorung|depressione|ansia(?! per)|"
    r"depressao|emicrania|enxaquecas?|migranas?|colite ulcerosa|colite|rettocolite|"
    r"artrite|artritis|arthrite|rheuma[a-z]*|reumatoide|rhumatoide|rheumatoid|psoriasi|"
    r"autismo?|gambling|juego|jeu|glucksspiel|gioco d'azzardo|jogo|perte de poids|"
    r"dimagrire|adelgazar|maigrir|abnehmen|emagrecer|endometriose|endometriosi|angine|angina|"
    r"sore throat|strep throat|flu|influenza|grippe|gripe|common cold|a cold|erkaltung|"
    r"raffreddore|resfriado|resfriado comum|covid|sinusitis|sinusite|bronchitis|bronchite|"
    r"(?:quit|stop|cut(?:ting)? down on|dejar de|parar de|arreter de|smettere di|aufhoren zu) "
    r"(?:drinking|beber|boire|bere|trinken)|dejar el alcohol|largar o alcool|sinclair method|"
    r"vivitrol|ivf|implantation|alopecia|lyme|borreliose|diabete|"
    r"menopaus[a-z]*|wechseljahr[a-z]*|climateri[a-z]*|hitzewallungen|hot flash(?:es)?|sofocos|"
    r"bouffees de chaleur|vampate|"
    # session 23
    r"schuppenflechte|psoriase|pandas|pans|"
    # session 25
    r"sleep apnea|sleep apnoea|apnee du sommeil|apnea del sueno|schlafapnoe|apnea notturna|"
    r"apneia do sono|cpap)\b"
)
# Cancers none of the sources studies (they cover ovarian and colorectal cancer and the
# Ehrlich carcinoma in mice): "does LDN work for prostate cancer?" is not covered.
_OTHER_CANCER = _rx(
    r"\b(?:pancreatic|pancreas|prostate|lung|breast|liver|bladder|kidney|renal|stomach|gastric|"
    r"cervical|uterine|endometrial|thyroid|bone|brain|skin|blood|esophageal|oesophageal|throat|"
    r"head and neck|testicular|triple[- ]negative|her2\+?|small[- ]cell|oral|mouth|tongue|anal|"
    r"penile|vulvar|vaginal|laryngeal|nasopharyngeal|gallbladder|bile duct) (?:cancers?|"
    r"tumou?rs?|carcinomas?|mets|metastas[ie]s|ca)\b|\bcancer of (?:the )?(?:pancreas|prostate|"
    r"lungs?|breast|"
    r"liver|bladder|kidneys?|stomach|cervix|uterus|thyroid|bones?|brain|skin|blood|esophagus)\b|"
    r"\b(?:for|in|on|with|and|about) (?:the )?(?:pancreas|pancreatic|prostate|lungs?|breast)\b"
    r"(?! (?:feeding|"
    r"function|health|milk|tissue|enzymes?)\b)",
    r"\b(?:melanomas?|melanome|melanom|lymphomas?|lymphome|lymphom|linfomas?|leuk[a]?emias?|"
    r"leucemias?|leucemie|leukamie|glioblastom[ae]?s?|gliomas?|myelomas?|mielomas?|myelome|"
    r"sarcomas?|sarcomi|sarkom|sarkome|sarcome|myelom|neuroblastomas?|neuroblastome|neuroblastom|"
    r"mesotheliomas?|hemangiosarcomas?|"
    r"osteosarcomas?|hodgkin'?s?|astrocytomas?|mastocytomas?|mast cell tumou?rs?|mesoteliomas?|"
    r"cll|chronic lymphocytic|cervical|cervicale?|bauchspeicheldrusenkrebs|mastzelltumor)\b",
    r"\b(?:cancer|cancro|tumou?r|tumore|tumeur|tumor|carcinoma)e?s? (?:de |del |da |do |du |"
    r"des |della |dello |dell'|al |alla |au |a |na |no |di )?(?:la |l'|el |o |a |le |os )?"
    r"(?:pancreas|esofago|oesophage|"
    r"prostata|prostate|pulmon|pulmones|pulmao|poumons?|polmon[ei]|mama|seno|sein|higado|figado|"
    r"foie|fegato|vejiga|bexiga|vessie|vescica|rinon|rim|rein|rene|estomago|estomac|stomaco|"
    r"cerebro|cerveau|cervello|huesos?|ossa|osso|piel|pele|peau|pelle|tiroides|tireoide|"
    r"thyroide|tiroide|cuello uterino|colo do utero|col de l'uterus|sangue|sangre|sang)\b",
    r"\b(?:bauchspeicheldrusen|pankreas|prostata|lungen|brust|haut|leber|blasen|magen|nieren|"
    r"knochen|gebarmutterhals|schilddrusen|speiserohren|blut)krebs\b|\bhirntumor(?:e|en)?\b|"
    r"\b(?:und|e|et|y) (?:bei|per|pour|para|pra|for) (?:(?:il|le|el|o|den|die|das) )?(?:de |do |"
    r"da |du |del |della )?(?:la |el |le |o |a )?"
    r"(?:prostata|prostate|pancreas|poumon|polmone|pulmon|pulmao|mama|seno|sein|brust)\b",
)
# What the sources do say, asked beside another cancer: "my dad has prostate cancer; what are
# LDN's side effects?" is answered.
_SOURCES_TOPIC = re.compile(
    r"\b(?:side ?effects?|how (?:does|do|would|is) (?:it|ldn|this|naltrexone) (?:work|act)|"
    r"mechanism|immun[a-z]*|opioid[a-z]*|opiat[a-z]*|painkillers?|morphin[a-z]*|oxy[a-z]*|"
    r"fentanyl|tramadol|chemo[a-z]*|quimio[a-z]*|chimio[a-z]*|cisplatin[a-z]*|oxaliplatin[a-z]*|"
    r"5-?fu|radiation|radiotherap[a-z]*|immunotherap[a-z]*|dreams?|sleep[a-z]*|insomnia|same|"
    r"mismo|meme|gleiche|stesso|mesmo|addiction|what is ldn|what'?s ldn|low dose mean[a-z]*|"
    r"supervis[a-z]*|interact[a-z]*|efectos|effets|nebenwirkung[a-z]*|effetti|efeitos|"
    r"como funciona|comment (?:ca )?(?:marche|agit|fonctionne)|wie wirkt|come funziona|"
    r"come agisce|suenos|reves|traume|sogni|sonhos|ovar[a-z]*|colorectal|colon|bowel|darmkrebs|"
    r"eierstock[a-z]*|colorrectal|colorretal|colorettale|ehrlich|bring (?:it |this )?up with|"
    r"(?:ask|tell|talk to) (?:my|her|his|their|your) (?:doctor|oncologist|gp))\b"
)
_STUDIED_CANCER = re.compile(
    r"ovar[a-z]*|colorectal|colon|bowel|darmkrebs|eierstock[a-z]*|colorrectal|colorretal|"
    r"colorettale|ehrlich"
)
# "Do any of these studies look at breast cancer?" asks what the documents cover: answered.
_ASKS_ABOUT_COVERAGE = re.compile(
    r"\b(?:sources?|documents?|references|articles?|abstracts?|articulo|artigo|artikel|articolo|"
    r"fuentes|fontes|quellen|fonti|(?:nos|en los|dans les|in den|negli|os|los|les|die|gli) "
    r"(?:estudos|estudios|etudes|studien|studi)|"
    r"(?:these|your|the|any of (?:these|the|your)) (?:(?:five|5|six|6) )?(?:studies|"
    r"papers|stud(?:y|ies) here)|studies here|study here|in what you have|did any (?:of )?"
    r"(?:the|these)? ?stud(?:y|ies)|(?:estos|estes|ces|diese|questi) (?:estudios|estudos|"
    r"etudes|studien|studi)|(?:une|l'une|eine|uno|una|um|uma|alguno|alguna|algum|alguma|"
    r"qualcuno|any|one|einer|einem) (?:des|der|degli|dos|desses|destes|de los|de estos|di questi|"
    r"dei|de las|"
    r"delle|das) (?:estudos|estudios|etudes|studien|studi)|cited (?:studies|papers)|one of them|"
    r"uno de ellos|"
    r"l'une d'elles|einer davon|uno di loro|um deles)\b"
)
_CANCER = re.compile(
    r"\b(?:cancers?|tumou?rs?|oncolog[a-z]*|carcinoma[s]?|leuk[a]?emia|lymphoma|melanoma|"
    r"glioma|glioblastoma|sarcoma|metasta[a-z]*|malignan[a-z]*|cancer[a-z]*|krebs|cancro|"
    r"tumore|tumeur|tumor[a-z]*|neoplas[a-z]*)\b"
)
_CANCER_GENERAL = re.compile(
    r"\b(?:cancers?|tumou?rs?|chemo[a-z]*|radiation|radiotherapy|immunotherapy|"
    r"quimio[a-z]*|chimio[a-z]*|radioterapi[a-z]*|radiotherapie|bestrahlung|immunterapi[a-z]*|"
    r"inmunoterapia|immunotherapie|imunoterapia|colonoscop[a-z]*|mammogra[a-z]*|pap smears?|"
    r"psa tests?|(?:ct|pet|mri) scans?|"
    r"surgery|biops[a-z]*|screening|survival rate|prognosis|stage \d|metasta[a-z]*|"
    r"melanoma|leuk[a]?emia|lymphoma|krebs|cancro|tumore|tumeur|cancer[a-z]*)\b"
)
# Asked to write something, or small talk: not a question for the sources, whatever it names.
_CHAT_REQUEST = _rx(
    r"\b(?:write|compose|create|make|give|tell|escribe|ecris|schreib[a-z]*|scrivi|escreva)\b"
    r"[^.?!]{0,20}\b(?:poem|poems|haiku|story|song|essay|limerick|joke|email|letter|code|"
    r"script|rap|sonnet|poema|poeme|gedicht|poesia|cuento|histoire|geschichte|storia|historia)\b",
    r"^(?:hi|hello|hey|thanks|thank you|ok|okay|bye|good morning|good night)\W*$",
    r"^(?:thanks|thank you|cheers)\b(?![^?]*\b(?:which|what|how|why|when|where|who|does|did|is|"
    r"are|can|could)\b)[^?]*$",
    r"^(?:ok(?:ay)?,? |great,? |perfect,? )?(?:got it|thx|thanks|thank you|ty|cheers)\b(?![^?]*"
    r"\b(?:which|what|how|why|when|where|who|does|did|is|are|can|could)\b)[^?]*$",
)
# The site's services: not what the sources are about, whoever is named.
_SITE_QUESTION = _rx(
    r"\b(?:clinic hours|opening hours|office hours|book (?:a |an )?(?:consult|consultation|"
    r"appointment|session)|make an appointment|shipping|ship to|delivery|deliver to|my order|"
    r"order status|track (?:my )?(?:order|parcel|package)|refund|password|log ?in|sign ?up|"
    r"my account|subscription|coupon|discount code|price of (?:a |the )?consult)\b|"
    r"\b(?:subscribe|unsubscribe|sign up for|stop|cancel|get|receive|manage)\b[^.?!]{0,15}"
    r"\bnewsletters?\b(?![^.?!]{0,5}\b(?:about|on)\b)|\bnewsletter (?:sign[- ]?up|subscription|"
    r"frequency|emails?)\b|\b(?:have|is there|got|do you (?:have|send|do)) (?:a |an |any )?"
    r"newsletters?\b",
    r"\brecruiting\b|\benrol(?:l|ling|ment)\b|\bclinical trials? near\b",
    # session 21: who runs the site, whether it sells LDN
    r"\b(?:who(?:'s| is) behind|who (?:runs|owns|made)|quem e o dono d[eo]|qui (?:est derriere|"
    r"gere)|quien (?:esta detras|maneja)|wer steckt hinter|wer betreibt|chi c'e dietro|"
    r"chi gestisce)"
    r" (?:this|these|esse|este|ce|cette|diese[nrs]?|questo|esta|essa)? ?(?:website|site|sitio|"
    r"web|seite|webseite|sito|page|bot|chat)\b|\b(?:are you|do you|voces|vous|ihr|voi|ustedes) "
    r"(?:a company )?(?:selling|sell|vendem|vendez|verkauft|vendete|venden)\b",
    r"\b(?:recommend|find|suggest|know) (?:me )?(?:a |an |any )?(?:good |local |"
    r"great )?(?:[a-z]+ )?"
    r"(?:doctor|oncologist|clinic|hospital|naturopath|practitioner|specialist|pharmacy)s?\b"
    r"[^.?!]{0,30}\b(?:near|in|around)\b",
)
_GENERAL_CHAT = _rx(
    r"\b(?:write|compose|create|make|give|tell|escribe|ecris|schreib[a-z]*|scrivi|escreva)\b"
    r"[^.?!]{0,20}\b(?:poem|poems|haiku|story|song|essay|limerick|joke|email|letter|code|"
    r"script|rap|sonnet|poema|poeme|gedicht|poesia|cuento|histoire|geschichte|storia|historia)\b",
    r"\b(?:joke|haiku|limerick|poem|weather|forecast|world cup|football|soccer|basketball|"
    r"going to rain|rain tomorrow|snow tomorrow|llover|pleuvoir|regnen|piovere|chover|"
    r"baseball|super bowl|olympics|election|president|prime minister|capital of|recipe|bake|"
    r"baking|cook|cooking|movie|movies|film|sci-fi|novel to read|music|translate|python|"
    r"javascript|bitcoin|crypto|stock market|universe|planet|mona lisa|pizza|"
    r"restaurant|hotel|mundial|coupe du monde|copa do mundo|"
    r"mieux dormir|dormir mieux|sleep better|dormir mejor|besser schlafen|dormire meglio|"
    r"dormir melhor|"
    r"campionato|weltmeister[a-z]*|meteo|wetter|capital|capitale|hauptstadt|"
    r"quien gano|qui a gagne|wer hat gewonnen|chi ha vinto|quem ganhou)\b",
    r"^(?:hi|hello|hey|thanks|thank you|ok|okay|bye|good morning|good night)\W*$",
    r"^(?:thanks|thank you|cheers)\b(?![^?]*\b(?:which|what|how|why|when|where|who|does|did|is|"
    r"are|can|could)\b)[^?]*$",
    r"^(?:ok(?:ay)?,? |great,? |perfect,? )?(?:got it|thx|thanks|thank you|ty|cheers)\b(?![^?]*"
    r"\b(?:which|what|how|why|when|where|who|does|did|is|are|can|could)\b)[^?]*$",
)


# "Can LDN help with alopecia?": what the drug would be used for, read from the frame.
_USED_FOR = re.compile(
    r"\b(?:help|helps|helping|treat|treats|treating|cure|cures|good for|work for|works for|"
    r"used for|use for|effective (?:for|against|in)|beneficial for|useful for)\b"
    r"(?: (?:with|in|against|my|the|a|an|people with|patients with|someone with))*"
    r" (?P<what>[a-z0-9' -]+)"
    r"|^(?:ldn|naltrexone) (?:for|and|with|in|vs|versus) (?P<terse>[a-z0-9' -]+)\W*$"
)
_ON_TOPIC_USE = re.compile(
    r"\b(?:cancers?|tumou?rs?|carcinomas?|leuk[a]?emia|lymphomas?|melanomas?|gliomas?|"
    r"glioblastomas?|sarcomas?|myelomas?|metasta[a-z]*|oncolog[a-z]*|malignan[a-z]*|chemo[a-z]*|"
    r"radiation|radiotherapy|immun[a-z]*|inflammation|side effects of (?:chemo|radiation)|"
    # alcohol too: the Ciwun review says naltrexone is used in opioid and alcohol dependence
    r"opioids?|addiction|dependence|alcohol[a-z]*|drink[a-z]*|endorphins?|nk|natural killer|"
    r"t-cells?|"
    r"macrophages?|apoptosis|cells?|growth|it|this|that|dogs?|cats?|pets?|body|fight|survival|"
    r"recovery|treatment|therapy|mice|mouse|animals?|humans?|studies|study|research|"
    r"ogf[a-z]*|outcomes?|prognosis|spread|relapse|recurrence|what|which|how|anything|"
    r"something|everything|dose|doses|dosis|experiment[a-z]*|priming|oxaliplatin|cisplatin)\b|"
    # "why does pre-treating with LDN make a difference?": the treatment is LDN (session 20)
    r"^(?:ldn|naltrexone)\b"
)


def _subjectless_risk(norm: str) -> re.Match[str] | None:
    """ "What are the risks?" is about LDN here; "Are PET scans dangerous?" names its subject."""
    risk = _RISK_WORDS.search(norm)
    if not risk:
        return None
    words = set(re.findall(r"[a-z][a-z'-]+", norm)) - _FUNCTION_WORDS
    return risk if words <= set(_RISK_WORDS.findall(norm)) else None


_PERSON_OBJECT = re.compile(
    # "is LDN going to cure my dad" ("my" is read before it; session 20)
    r"^(?:dad|mum|mom|mother|father|husband|wife|partner|son|daughter|brother|sister|grandma|"
    r"grandpa|grandmother|grandfather|aunt|uncle|friend|boyfriend|girlfriend)\b|"
    r"^(?:me|us|you|him|her|them|people|patients|someone|anyone|children|kids|adults?|"
    r"(?:older |elderly )?people|the elderly|my [a-z]+|his [a-z]+|her [a-z]+|their [a-z]+)\b"
    r"\s*(?:(?:with|to|who(?: have)?)\b\s*)?"
)


_IMMUNOTHERAPY_DRUG = re.compile(r"keytruda|pembrolizumab")
_IMMUNOTHERAPY = re.compile(
    r"\b(?:immunotherap[a-z]*|immunotherapie|inmunoterapia|immuntherapie|immunoterapia|"
    r"imunoterapia)\b"
)
# "Does LDN help with the side effects of chemo?": the article says it may.
_SIDE_EFFECTS_OF_TREATMENT = re.compile(
    r"\bside[- ]?effects? (?:of|from) (?:the |my |her |his |their |conventional )?(?:chemo[a-z]*|"
    r"radiation|radiotherapy|treatments?|cancer treatments?|immunotherapy)\b|\b(?:efectos "
    r"(?:secundarios )?de la|effets (?:secondaires )?de la|nebenwirkungen der|effetti "
    r"(?:collaterali )?della|efeitos (?:colaterais )?da) (?:quimio[a-z]*|chimio[a-z]*|chemo[a-z]*|"
    r"chemio[a-z]*|radio[a-z]*|bestrahlung)\b"
)


def _other_use(norm: str) -> str | None:
    """The condition the visitor wants LDN for, when it is not cancer or its treatment."""
    match = _USED_FOR.search(norm)
    if not match or _SIDE_EFFECTS_OF_TREATMENT.search(norm):
        return None
    what = (match.group("what") or match.group("terse") or "").strip()
    what = " ".join(_PERSON_OBJECT.sub("", what).split()[:5])
    if not what or _ON_TOPIC_USE.search(what):
        return None
    return what


# "And does the sleep trouble go away after a while?": the conversation goes on.
_CONTINUES = re.compile(
    r"^(?:and|also|so|but|then|und|y|et|e|ed|pero|mais|aber|ma|mas|entonces|alors|dann|quindi|"
    r"entao|what about|how about)\b"
)


# "ok forget MS then. for cancer, does it…": the topic set aside is not the question.
_DISMISSED = re.compile(
    r"\b(?:forget|never ?mind|nevermind|olvida|oublie|vergiss|lascia perdere|esquece) "
    r"(?:about |lo de |(?:la|le|el|die|das|den|o|a) )?(?:the |that )?[a-z]+(?: then)?\b"
)


# "Et sinon, …", "unrelated, but …": the visitor says the subject changes.
_TOPIC_CHANGE = re.compile(
    r"\b(?:et sinon|sinon|unrelated|by the way|btw|different question|another question|"
    r"otra cosa|otra pregunta|autre chose|autre question|andere frage|noch was anderes|"
    r"un'altra cosa|altra domanda|outra coisa|outra pergunta)\b"
)


def _previous_turn_in_scope(history: Sequence[Mapping[str, Any]]) -> bool:
    previous = _user_turns(history)
    return bool(previous) and _IN_SCOPE.search(normalise(previous[-1])) is not None


_UNANCHORED = ("cancer in general", "no topic of the sources")
# A chemotherapy drug named beside chemotherapy: "LDN alongside chemo? She starts carboplatin".
_CHEMO_DRUG = re.compile(
    r"capecitabin[a-z]*|xeloda|paclitaxel|taxol|docetaxel|carboplatin[a-z]*|gemcitabin[a-z]*|"
    r"doxorubicin[a-z]*|cyclophosphamid[a-z]*|irinotecan"
)
_CHEMO_WORD = re.compile(
    r"\b(?:chemo[a-z]*|quimio[a-z]*|chimio[a-z]*|chemio[a-z]*|ovarian|ovari[a-z]*)\b"
)
_BETTER_THAN = re.compile(
    r"\b(?:better|mieux|meglio|mejor|melhor|besser)\b|\b(?:vs|versus|or|ou|o|oder)\b"
)
_DIED_OF = re.compile(
    r"\b(?:died|passed away|lost (?:my|her|his|our) [a-z]+|morto|morta|murio|morreu|gestorben|"
    r"verstorben|decede|decedee|fallecio|faleceu)\b"
)
_SAME_DRUG = re.compile(r"\b(?:same|mismo|misma|meme|gleiche|gleiches|stesso|stessa|mesmo|mesma)\b")
# "Is LDN actually a supplement?" asks what LDN is; "… plus a pile of supplements, what did
# the ovarian study find?" names supplements only in passing.
_CALLED_A_SUPPLEMENT = re.compile(
    r"\b(?:is|called|calls|call|as) (?:ldn |it |naltrexone )?(?:actually |really |just )?(?:an? )?"
    r"(?:natural |herbal |dietary )?supplement\b"
)
_DRINKING = re.compile(r"beber|drinking|boire|bere|trinken|alcohol|alcool|alkohol|alcol")
# "welche Dosis haben die bei den Mäusen genommen?": what the animals were given
_STUDY_DOSE = re.compile(
    r"\b(?:mice|mause|maeuse|mausen|maeusen|ratones|souris|topi|topolini|camundongos|ratos|rats|"
    r"ratten|animals|tieren?|animales|animaux|animali|animais)\b[^.?!]{0,30}\b(?:genommen|"
    r"bekommen|got|given|received|took|taken|tomaron|recibieron|recu|ricevuto|preso|receberam|"
    r"tomaram)\b|\b(?:genommen|bekommen|given|gave|dado|donne|dato)\b[^.?!]{0,15}\b(?:mice|"
    r"mause|maeuse|mausen|maeusen|ratones|souris|topi|camundongos|ratos|rats|ratten)\b|"
    r"\b(?:bei|to|the|los|les|ai|aos|den) (?:den |the )?(?:mice|mausen|maeusen|ratones|souris|"
    r"topi|"
    r"camundongos|ratten)\b[^.?!]{0,10}\b(?:genommen|gegeben|given)\b"
)
# "she can't swallow the capsules any more": how to give it, not a crisis
_CANT_SWALLOW = re.compile(
    r"(?:\b(?:n'arrive (?:plus|pas) a|ne peut (?:plus|pas)) avaler\b|\bcan'?t swallow\b|"
    r"\bno puede "
    r"tragar\b|\bkann nicht (?:mehr )?schlucken\b|\bnon riesce (?:piu )?a (?:deglutire|ingoiare|"
    r"mandare giu)\b|\bnao consegue (?:mais )?engolir\b|\b(?:n')?arrive (?:plus|pas) a avaler\b|"
    r"\bengasga com (?:o |os )?comprimidos?\b|\b(?:non sa|no sabe|ne sait pas|sait pas) "
    r"(?:inghiottire|deglutire|tragar|avaler)\b|\bno traga nada\b|\b(?:trouble|difficulty|"
    r"problems?) swallowing (?:pills|tablets|capsules|them)\b|\bswallowing problem since\b|"
    r"\b(?:kann|cha|chan) kei(?:ne)? tablett[a-z]* (?:mehr |meh )?schluck[a-z]*|"
    r"\b(?:pills|tablets|capsules|they'?re) (?:are )?hard to swallow\b)"
    r"(?: (?:(?:les|ses|the|her|his|las|sus|die|seine|ihre|le|i|os|as|its) [a-z]+|pills|tablets|"
    r"capsules|comprimidos|comprimes|gelules|capsulas|pastillas|tabletten|kapseln|compresse|"
    r"pillole|cachets))?"
)
_WHY_SUPERVISED = re.compile(
    r"\b(?:why|warum|wieso|pourquoi|por ?que|perche)\b[^?]{0,80}\b(?:supervis[a-z]*|aufsicht|"
    r"supervisione|supervisao|surveillance|vigilancia|controllo medico)\b"
)
_WITH_A_TREATMENT = re.compile(
    r"\b(?:with|w|w/|alongside|plus|and|avec|con|mit|com|junto com|zusammen mit|insieme a|\+)\s*"
    r"(?:la |le |el |die |der |a |my |the )?(?:chemo(?:therapy)?|immunotherapy|radiation|"
    r"radiotherapy|quimio(?:terapia)?|chimio(?:therapie)?|chemotherapie|chemio(?:terapia)?|"
    r"immuntherapie|immunotherapie|inmunoterapia|immunoterapia|imunoterapia|bestrahlung|"
    r"radioterapia|radiotherapie|strahlentherapie|5-?fu|cisplatin|oxaliplatin)\b"
)

# Symptoms no source lists, in six languages; the article's own list (sleep disturbances,
# vivid dreams, nausea, stomach discomfort) is left out, so those stay in scope.
_SYMPTOM_NOT_LISTED = (
    # session 18: eyes, gums, skin, the cycle, flushes, palpitations, confusion
    r"blurr?(?:y|ed) vision|vision (?:floue|borrosa|turva)|verschwommen[a-z]*|vista offuscata|"
    r"visao turva|dry eyes|ojos secos|yeux secs|trockene augen|augen (?:sind )?(?:standig )?"
    r"trocken|occhi secchi|olhos secos|bleeding gums|sangrado de encias|gengive|saignement des "
    r"gencives|zahnfleischbluten|gengivas|palpitations?|palpitaciones|palpitazioni|palpitacoes|"
    r"herzrasen|herzklopfen|boutons|granos|pickel|brufoli|espinhas|manchas|taches|flecken|"
    r"macchie|menstrua[a-z]*|ciclo mestruale|(?:my|mes|meine|mi|il mio|o meu) "
    r"(?:period|periods|regles|periode|ciclo)|hot flush(?:es)?|sofocos|bouffees de chaleur|"
    r"hitzewallungen|vampate|confusion|confusione|confusao|verwirrt[a-z]*|"
    r"headaches?|migraines?|dry mouth|(?:muscle |leg |calf )?cramps?|cramping|ringing in (?:my |"
    r"the )?ears?|tinnitus|weight gain|gain(?:ed|ing)? weight|put(?:ting)? on weight|rash(?:es)?|"
    r"itch(?:y|ing)|acne|spots|dizz(?:y|iness)|joint pain|achy joints|hot flash(?:es)?|"
    r"night sweats|libido|sex drive|mood swings|irritab[a-z]+|dolor(?:es)? de cabeza|cefaleas?|"
    r"migranas?|boca seca|calambres?|mareos?|picor(?:es)?|aumento de peso|subir de peso|"
    r"engorda[a-z]*|"
    r"(?:mal|maux) de tete|bouche seche|crampes? (?:aux jambes|aux mollets|musculaires?)|"
    r"acouphenes?|vertiges?|demangeaisons?|"
    r"prise de poids|grossi[a-z]*|kopfschmerz[a-z]*|migrane|mundtrocken[a-z]*|trockene[nr]? mund|"
    r"muskelkrampf[a-z]*|wadenkrampf[a-z]*|schwindel[a-z]*|juckreiz|juckt|zunehmen|zugenommen|"
    r"gewichtszunahme|pickel|mal di testa|emicrania|bocca secca|crampi (?:alle gambe|muscolari)|"
    r"acufen[ei]|ronzio|"
    r"vertigin[ei]|prurito|ingrassa[a-z]*|aumento di peso|dor(?:es)? de cabeca|enxaquecas?|"
    r"caibras?|zumbido|tontura|coceira|ganho de peso|engordar|ganhar peso|"
    # session 19: panic attacks, rashes, night sweats
    r"angstzustande|panikattacken|panic attacks?|ataques de (?:panico|ansiedad)|crises de "
    r"(?:panique|angoisse)|attacchi di panico|ausschlag|eruption cutanee|erupcion|sarpullido|"
    r"eruzione cutanea|brotoeja|sudo (?:tantissimo|molto)|sudorazion[ei] notturn[ae]|sudores "
    r"nocturnos|sueurs nocturnes|nachtschweiss|suores noturnos|sleepwalking|sonambul[a-z]*|"
    r"somnambul[a-z]*|schlafwandeln|sonnambul[a-z]*"
    # session 14
    r"|palpitations?|palpitaciones|palpitazioni|palpitacoes|herzrasen|herzklopfen|heart "
    r"(?:racing|pounding)|swollen (?:legs|ankles|feet)|gambe gonfie|piedi gonfi|piernas "
    r"hinchadas|pies hinchados|jambes gonflees|chevilles gonflees|geschwollene (?:beine|knochel|"
    r"fusse)|pernas inchadas|pes inchados|gereizt|angstlich|me duele la cabeza|doi a cabeca|"
    r"fa male la testa|kopfweh|kopf tut (?:mir )?weh|mal a la tete|hair (?:is |'s )?(?:coming out|"
    r"falling out|thinning)|hair loss|losing (?:my |her |his )?hair|(?:se me )?(?:esta )?cayendo "
    r"el pelo|caida del (?:pelo|cabello)|perte de cheveux|chute de cheveux|perds mes cheveux|"
    r"haarausfall|caduta dei capelli|perdo i capelli|queda de cabelo|cabelo caindo|blood "
    r"pressure|presion (?:arterial|alta)|tension arterielle|blutdruck|pressione (?:arteriosa|"
    r"alta)|pressao (?:arterial|alta)|put(?:ting)? (?:weight|pounds) on|half a stone"
    # session 21: blood counts, nails, the sun, memory, appetite, uric acid, eyesight
    r"|an(?:a)?emi[ac]|anemie|anamie|emoglobina|hemoglobin[a-z]*|haemoglobin|nails|unhas|unas|"
    r"ongles|fingernagel|unghie|sun ?sensitiv[a-z]*|sensitive to (?:the )?sun|"
    r"sonnenempfindlich[a-z]*|sensible al sol|sensibile al sole|sensivel ao sol|photosensib[a-z]*|"
    r"fotosensib[a-z]*|memory|memoria|memoire|gedachtnis|vergesslich[a-z]*|olvidan las cosas|"
    r"appetite|apetito|appetit|apetite|appetito|uric acid|acido urico|acide urique|harnsaure|"
    r"eyesight|(?:voit|vois|vejo|ve) (?:flou|turvo)|sa vue|la vue|blurry|ansiedade"
    # session 22: hair falling out in Spanish, numbness and tingling, more energy
    r"|ca(?:e|en|iga|igan|yendo) (?:[a-z]+ )?(?:el pelo|el cabello)|numbness|tingling|pins and "
    r"needles|hormigueo|entumecimiento|fourmillements?|engourdissements?|kribbeln|taubheit[a-z]*|"
    r"formicolio|intorpidimento|formigamento|dormencia|more energy|mas energia|plus d'energie|"
    r"mehr energie|piu energia|mais energia"
)
# Asked as something LDN might bring on: "does LDN cause…", "since starting it", "fa venire".
_CAUSED_BY_IT = (
    r"caus(?:e|es|ed|ing)|rais(?:e|es|ing)|push(?:es)?|spikes?|give[s]? (?:you|me|people)|"
    r"make[s]? (?:you|me|people)|side ?effects?|machen|auslos[a-z]*|kommt (?:das|es) davon|e colpa "
    r"sua|desde q|(?:puo|possono|pode|puede|peut) (?:dare|"
    r"dar|donner|causar|causare|provocar|provoquer)|"
    r"since (?:i |he |she |my [a-z]+ )?(?:start(?:ed|ing)?|began|beginning|been on|went on|"
    r"switch(?:ed)?)|from (?:the )?(?:ldn|naltrexone)|(?:ldn|naltrexone|it) related|because of "
    r"(?:the )?(?:ldn|naltrexone|it)|linked|provoca[a-z]*|causa[a-z]*|efectos? secundarios?|desde "
    r"que (?:empece|empezo|tomo|toma|estoy)|da (?:la |el )?(?:ldn|naltrexona)|fait|donne|effets? "
    r"(?:secondaires?|indesirables?)|depuis (?:que|le|la|l'ldn)|verursach[a-z]*|macht|nebenwirkung"
    r"[a-z]*|seit (?:ich|dem|der|ldn)|von (?:der |dem )?(?:ldn|naltrexon)|fa venire|"
    r"fa (?:ingrassare|"
    r"venir)|effett[io] collateral[ei]|da quando|dalla (?:ldn|naltrexone)|efeitos? colatera(?:l|"
    r"is)|"
    r"da(?= (?:dor|tontura|coceira|mareos?|dolor|picor|calambres?|cefalea|migrana|boca seca|"
    r"acne))|"
    r"faz (?:engordar|cair)|desde que (?:comecei|comecou|tomo|toma)|desde que (?:lo|la) "
    r"(?:tomo|toma|empece)|sera (?:el |la )?(?:ldn|naltrexona)"
    r"|c'est lie|sera por eso|es por (?:eso|la ldn)|kommt das (?:davon|von der ldn)|c'entra "
    r"(?:qualcosa|la ldn)|e por causa d[aoe]|is (?:it|that|this) (?:from|because of) (?:it|the "
    r"ldn|ldn)|or is it just me"
    # session 21: made worse, touched on
    r"|worsen[a-z]*|make (?:it|them) worse|peggior[a-z]*|empeor[a-z]*|aggrav[a-z]*|"
    r"verschlimm[a-z]*|verschlechter[a-z]*|piora[a-z]*|jouer sur|affect[a-z]*|afecta[a-z]*|"
    r"influenc[a-z]*|beeinfluss[a-z]*|mexe com|deixa|wird man|abrir(?:ia|a)? el apetito|"
    r"le abriria"
)
# "Does LDN cause headaches?", "l'ldn fa venire mal di testa?": a symptom no source lists, asked
# as something LDN might bring on (not covered, unless the message asks what the sources list).
_UNLISTED_SYMPTOM = re.compile(
    rf"\b(?:{_SYMPTOM_NOT_LISTED})\b[^.?!]{{0,60}}\b(?:{_CAUSED_BY_IT})\b|"
    rf"\b(?:{_CAUSED_BY_IT})\b[^.?!]{{0,60}}\b(?:{_SYMPTOM_NOT_LISTED})\b|"
    # session 19: the symptom told, then "is that from the LDN?" in a sentence of its own
    rf"\b(?:{_SYMPTOM_NOT_LISTED})\b[^?]{{0,80}}\b(?:is (?:that|this|it) (?:from|because of|due "
    r"to|caused by) (?:the )?(?:ldn|naltrexone|it)|(?:isso|isto) e do (?:ldn|remedio)|e do ldn|"
    r"c'est (?:a cause de|du a|de) la ldn|kommt (?:das|es) (?:vom|von der|von) (?:ldn|naltrexon)|"
    r"e (?:colpa|per colpa) (?:dell'|della )?ldn|es (?:por|de) la ldn)\b"
)
# A symptom no source lists, named on its own ("what about dry mouth?" as a follow-up)
_SYMPTOM_NAMED = re.compile(rf"\b(?:{_SYMPTOM_NOT_LISTED})\b")
# When a symptom comes, told right after it ("maux de tête presque tous les jours", "me duele la
# cabeza todos los días", "le gambe gonfie la sera"): the symptom's time, not a dose time. Only
# those words are set aside; a time asked in words of its own is still found (session 14).
_SYMPTOM_TIME = re.compile(
    r"\b((?:" + _SYMPTOM_NOT_LISTED + r"|nausea|nauseas|nausee|ubelkeit|bad dreams|nightmares|"
    r"pesadillas|cauchemars|albtraume|incubi|pesadelos|vivid dreams|insomnia|insomnio|insomnie|"
    r"schlaflosigkeit|insonnia|insonia|pain|dolor(?:es)?|douleurs?|schmerzen|dolori|dores)\b"
    r"[^.?!,]{0,20}?) (?:presque |casi |quasi |fast |almost |quase )?(?:every (?:day|night|"
    r"morning|"
    r"evening)|daily|at night|in the (?:mornings?|evenings?)|todos los dias|cada (?:dia|noche)|"
    r"por la (?:noche|manana|tarde)|tous les (?:jours|soirs|matins)|chaque (?:jour|soir|nuit)|le "
    r"(?:soir|matin)|jeden (?:tag|abend|morgen)|taglich|abends|morgens|nachts|ogni (?:giorno|sera|"
    r"notte)|tutti i giorni|la (?:sera|mattina|notte)|di (?:sera|notte)|todos os dias|toda "
    r"(?:noite|manha)|a noite|de noite|pela manha)\b"
    # session 19: "me duele la cabeza todos los días por la tarde"
    r"(?:,? (?:por la (?:tarde|noche|manana)|in the (?:afternoon|evening|morning)|l'apres-midi|le "
    r"soir|am (?:nachmittag|abend)|di (?:pomeriggio|sera)|a tarde|a noite))?"
)
# Session 18: pain itself (relieving cancer pain is in no source); the article's note is
# about opioid pain medication, so a message naming an opioid stays in scope.
_PAIN_NOT_COVERED = _rx(
    r"\b(?:cancer|tumou?r|bone|nerve|chronic|neuropathic) pain\b|\bdouleurs? (?:cancereuses?|"
    r"chroniques?|osseuses?)\b|\bdolor(?:es)? (?:oncologico|cronico|oseo)s?\b|\b(?:tumor|"
    r"chronische |knochen)schmerzen\b|\bdolor[ei] (?:oncologic[oi]|cronic[oi]|osse[oi])\b|"
    r"\bdor(?:es)? (?:oncologica|cronica|ossea)s?\b"
)
# Another illness beside the cancer (session 19: "I have lupus as well as bowel cancer, is LDN
# OK?"): no source covers it, unless the question asks what the sources say.
_OTHER_ILLNESS_BESIDE = re.compile(
    r"\b(?:enfermedades autoinmunes|autoimmune (?:disease|diseases|conditions?)|maladies? "
    r"auto-?immunes?|autoimmunerkrankung[a-z]*|malattie autoimmuni|doencas autoimunes|crohn'?s?|"
    r"colitis ulcer[a-z]*|lupus|epilep[a-z]*|cirrhos[a-z]*|cirrose|cirrosis|zirrhose|"
    r"insuffisance renale|doenca renal|kidney disease|nierenerkrankung|insufficienza renale|"
    r"enfermedad renal|renal failure|dialys[a-z]*|dialisi)\b"
)
_DOCS_SAY = re.compile(
    r"\b(?:do|does|did) (?:the |your |these )?(?:docs|documents|sources|studies|article|papers?) "
    r"(?:say|mention|cover)\b"
)
# Whether the cancer comes back, asked in the question itself (session 18); no source follows
# patients after treatment. Fear of it told as context is not the question.
_RECURRENCE_ASKED = re.compile(
    r"\b(?:recurrence|recurren(?:t|ces)|recidiv[a-z]*|rezidiv[a-z]*|recaida|recorrencia|"
    r"(?:it|cancer|the cancer) (?:not )?coming back|keep (?:it|the cancer|her cancer|his cancer) "
    r"from coming back)\b(?![^?]{0,40}\b(?:mice|souris|ratones|study|studies|studie|studio|"
    r"estudio)\b)[^.!?]*\?"
)
_OPIOID_NAMED = re.compile(
    r"\b(?:opioid[a-z]*|opiates?|opiaceos?|oppioid[a-z]*|morphin[a-z]*|morfin[a-z]*|oxycodon[a-z]*|"
    r"oxycontin|fentanyl[a-z]*|fentanil[a-z]*|tramadol|codein[a-z]*|hydromorphon[a-z]*|"
    r"tapentadol|methadon[a-z]*|buprenorphin[a-z]*|pain (?:medications?|medicines?|meds|killers?|"
    r"pills?)|painkillers?)\b"
)
# Session 17: the heart, liver, kidneys, blood pressure and mood, which no source mentions
# (liver metastases are a cancer's spread, not a liver condition; "a heart attack lol" is a
# figure of speech). Asked of the sources' list ("does the article list liver problems?") the
# question is answered, as with symptoms no source lists.
_UNLISTED_ORGAN = _rx(
    r"\b(?:heart|cardiac|liver|hepatic|kidney|renal|thyroid) (?:conditions?|problems?|diseases?|"
    r"issues?|failure|rhythm|function|damage|patients?)\b|\bblood pressure\b|\b(?:affect|"
    r"change|improve|lift|help|alter|worsen|mess(?:es)? with|impact)[a-z]* (?:my |your |his |her |"
    r"the |their )?moods?\b|\bmood (?:swings?|changes?|effects?|problems?)\b",
    r"\bproblemas? (?:de |del )(?:corazon|higado|rinon(?:es)?|tiroides)\b|\bproblemas? "
    r"(?:cardiacos|hepaticos|renales)\b|\b(?:cardiac[oa]s?|hepatic[oa]s?|cardiopat[a-z]*)\b|"
    r"\bpresion (?:arterial|alta)\b|\bestado de animo\b",
    r"\b(?:problemes?|maladie|insuffisance) (?:de |du |des )(?:coeur|foie|reins?|thyroide)\b|"
    r"\b(?:problemes?|insuffisance) (?:cardiaques?|hepatiques?|renale)\b|\bcardiaques?\b|"
    r"\btension (?:arterielle|elevee)\b|\b(?:sur|affecte|change|modifie|ameliore)[a-z]* "
    r"(?:l'|mon |ton |son )?humeur\b|\bsautes d'humeur\b",
    r"\bmit (?:ihrem|seinem|meinem|deinem|dem) herz(?:en)?\b|\bherz(?:krank[a-z]*|probleme?n?|"
    r"schwache|insuffizienz|rhythmus[a-z]*|erkrankung[a-z]*|fehler)\b|\bblutdruck\b|"
    r"\b(?:leber|nieren?)(?:probleme?n?|erkrankung[a-z]*|schaden|schwache|insuffizienz)\b|"
    r"\b(?:auf die|die) stimmung\b|\bstimmungsschwankung[a-z]*\b",
    r"\b(?:problemi|malattia|malattie|insufficienza) (?:al |di |del |ai )?(?:cuore|fegato|"
    r"reni|cardiac[ah]e?|epatic[ah]e?|renale)\b|\bcardiopati[a-z]*\b|\bpressione (?:alta|"
    r"arteriosa)\b|\b(?:sull'|l')umore\b|\bsbalzi d'umore\b",
    r"\b(?:problemas?|doenca|insuficiencia) (?:de |do |no |nos )(?:coracao|figado|rins)\b|"
    r"\b(?:problemas?|insuficiencia) (?:cardiac[oa]s?|hepatic[oa]s?|renal)\b|\bpressao (?:alta|"
    r"arterial)\b|\b(?:afeta|altera|muda|melhora|mexe com)[a-z]* (?:o |no )?humor\b|"
    r"\b(?:alteracoes|mudancas|oscilacoes|variacoes) de humor\b",
)
# "Are headaches one of the side effects?": asks after the sources' list, which is answered.
_ASKS_THE_LIST = re.compile(
    r"\b(?:one of (?:the|ldn's|its)|among the|on the list of|in the list of|part of the) "
    r"(?:[a-z]+ ){0,2}"
    r"side ?effects\b|\blisted\b|\b(?:uno de los|entre los) efectos\b|\b(?:un des|parmi les) "
    r"effets\b|\b(?:eine der|unter den) nebenwirkungen\b|\b(?:uno degli|tra gli) effetti\b|"
    r"\b(?:um dos|entre os) efeitos\b"
)
# Weight put on, told in kilos or pounds: "ho preso tre chili", "j'ai pris 3 kilos" (not an
# overdose).
_WEIGHT_GAINED = (
    r"\b\d+ (?:kilo|kilos|kg|pfund) mehr\b|\b(?:i'?m |she'?s |he'?s )?up (?:nearly |almost |"
    r"about )?"
    r"(?:half a stone|a stone|\d+ ?(?:kg|kilos?|lbs?|pounds))\b|"
    r"\b(?:ho (?:gia )?preso|ha (?:gia )?preso|j'ai (?:deja )?pris|il a (?:deja )?pris|elle a "
    r"(?:deja )?pris|he subido|ha subido|ganhei|ganhou|"
    r"(?:i've |i have |i |she's |he's )?(?:put on|gained))\b (?:(?:deja|already|gia|ya|"
    r"ja) )?(?:\d+|un|una|uno|due|tre|quattro|"
    r"cinque|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|dois|quatro|a few|a couple of|two|three|"
    r"four|five|several)\b (?:chili|kili|kilos?|kg|kgs|quilos?|pounds|lbs?|stone)\b|\b(?:\d+|zwei|"
    r"drei|vier|funf|ein paar) (?:kilo|kg) zugenommen\b"
)
_PUT_ON_WEIGHT = re.compile(_WEIGHT_GAINED)
# Whether LDN can be had, carried or is allowed somewhere.
_CAN_BE_HAD = (
    r"available|availability|legal(?:ly)?|illegal|allowed|approved|get (?:it|ldn|hold of)|buy|"
    r"customs|bring|carry|travel(?:l?ing)?|disponibles?|disponibile|disponivel|conseguir|"
    r"comprar|aduana|llevar|legalmente|acheter|trouver|douane|emporter|erhaltlich|erlaubt|"
    r"zugelassen|bekommen|kaufen|zoll|mitnehmen|comprare|trovare|dogana|portare|legale|"
    r"alfandega|levar|encontrar|vend(?:e|ida|ido|u)"
)
_COUNTRY = (
    r"suisse|schweiz|switzerland|svizzera|suiza|suica|osterreich|austria|autriche|germany|"
    r"deutschland|allemagne|alemania|germania|alemanha|france|frankreich|francia|franca|"
    r"belgique|belgium|belgien|belgica|italy|italien|italie|italia|spain|spanien|espagne|espana|"
    r"spagna|espanha|portugal|portogallo|brazil|brasil|bresil|brasilien|mexico|mexique|argentina|"
    r"argentine|argentinien|chile|colombia|peru|canada|kanada|quebec|usa|the us|the states|"
    r"estados unidos|etats-unis|stati uniti|uk|the uk|england|scotland|ireland|australia|"
    r"new zealand|india|nigeria|south africa|netherlands|holland|niederlande|paises bajos|"
    r"pays-bas|sweden|norway|denmark|poland|greece|turkey|dubai|thailand|japan|china|"
    r"miami|florida|new york|california|"
    # session 25
    r"egypt|egypte|egipto|egito|egitto|agypten|angola|saudi arabia|arabie saoudite|arabia "
    r"saudita|saudi|cina|chine|polonia|pologne|polen|russia|russland|russie|rusia|turquie|"
    r"turquia|turchia|turkei|iran|pakistan|philippines|indonesia|malaysia|singapore|korea|"
    r"vietnam|morocco|maroc|marruecos|marokko|algerie|tunisie|kenya|ghana|venezuela|uruguay|"
    r"paraguay|bolivia|ecuador|texas|ontario"
)
# session 25: LDN's use, sale or standing in a country or its hospitals ("do Egyptian cancer
# hospitals use LDN on patients now?", "in Cina il LDN lo usano negli ospedali?", "en belgique
# on trouve le LDN en pharmacie ?")
_USED_IN_A_COUNTRY = _rx(
    rf"\b(?:in|en|au|aux|na|no|em|im|a|dans|nel|nei|negli|in der) (?:{_COUNTRY})\b[^.?!]{{0,50}}"
    r"\b(?:use|used|uses|usan|usa|usano|lo usano|utilise[nt]?|usam|verwendet|hospitals?|"
    r"hospitales|ospedali|hopitaux|krankenh[a-z]+|pharmac(?:y|ies)|farmacias?|farmacie|"
    r"apotheken?|ministry|ministerio|ministero|ministere|allow[a-z]*|permit[a-z]*|trouv[a-z]*|"
    r"encontr[a-z]*|doctors?|medicos|medecins|medici|arzte)\b",
    rf"\b(?:{_COUNTRY})\b[^.?!]{{0,20}}\b(?:trouv[a-z]*|encontra[a-z]*|found)\b",
    r"\b(?:egyptian|chinese|polish|saudi|turkish|indian|brazilian|mexican|german|french|italian|"
    r"spanish|portuguese|british|american|canadian|australian|russian|japanese|korean|"
    r"egipcios?|chinos?|chinois|cinesi|polacos?|polonais|egyptiens?|egiziani|agyptische[n]?)\b "
    r"(?:cancer )?(?:hospitals?|pharmac(?:y|ies)|doctors?|oncologists?|clinics?|farmacias|"
    r"hospitales|ospedali|hopitaux|medicos|medecins|medici|krankenhauser|apotheken|arzte)\b",
)


# "Does it lower the seizure threshold?" asks about a risk no source covers; no one is having a
# seizure (session 21)
_SEIZURE_THRESHOLD = re.compile(
    r"\b(?:seizure threshold|soglia convulsiva|umbral convulsivo|krampfschwelle|seuil "
    r"epileptogene|limiar convulsivo)\b"
)
# Session 26: daily life on it, which no source touches ("Would LDN affect me doing heavy work
# on the farm?", "Can I carry on with sport on LDN?", "a pint or two … while on LDN", "Is LDN a
# problem with sedation drugs?"): the activity beside LDN or "on it"; checked after the dosing
# cues ("stop LDN the week before my surgery?"), and not with opioid painkillers after an
# operation (the article's warning)
_DAILY_ACTIVITY = (
    r"(?:work(?:ing)? full[- ]time|(?:12|twelve)[- ]hour shifts|heavy work|farm work|(?:carry on"
    r"|keep up|continue) (?:with )?(?:sport|sports|exercise|training|running|the gym)|"
    r"(?:play(?:ing)?|do(?:ing)?) (?:sport|sports|cricket|football|rugby|tennis|golf|yoga)|"
    r"exercise|exercising|workouts?|the gym|yoga|my balance|a pint|pints|beers?|san miguel|a "
    r"drink or two|a glass of wine|caffeine|coffee|double-doubles?|espresso|energy drinks?|"
    r"sedation|sedated|sedation drugs|anaesthe[a-z]*|anesthe[a-z]*|bowel resection|mastectomy|"
    r"surgery|air pressure|airplane|aeroplane|airport security)"
)
_DAILY_LIFE_ON_IT = re.compile(
    rf"\b(?:ldn|naltrexone)\b[^?]{{0,60}}\b{_DAILY_ACTIVITY}\b|\b{_DAILY_ACTIVITY}\b"
    r"[^?]{0,60}\b(?:(?:while|when) (?:on|taking|you'?re on) (?:ldn|it|naltrexone)|(?:on|with|"
    r"mess with|affect|interfere with|how well) (?:ldn|naltrexone)|(?:the )?(?:studies|article|"
    r"review|abstracts?))\b|\bdrink(?:ing)? (?:alcohol |beer |wine )?(?:while|when) (?:on|taking) "
    r"(?:ldn|it|naltrexone)\b"
)
# a named medicine asked about as such ("Did it look at ipilimumab specifically?", "Does anything
# here look at Keytruda specifically?"): the sources name none, only immunotherapy in general
_NAMED_DRUG_SPECIFICALLY = (
    r"\b(?:keytruda|pembrolizumab|ipilimumab|yervoy|nivolumab|opdivo|atezolizumab|tecentriq|bcg|"
    r"[a-z]+mab)\b[^?]{0,40}\b(?:specifically|in particular|specifiquement|en particulier|"
    r"especificamente|speziell|konkret|specificamente|in particolare)\b|\bwhich (?:specific|"
    r"particular) (?:immunotherapy |chemo(?:therapy)? )?(?:drugs?|agents?|medicines?|checkpoint "
    r"inhibitors?)\b"
)
# Things about LDN that none of the sources covers: who pays, where it is offered, trials to
# join, pregnancy and breastfeeding, drinking alcohol with it.
_NOT_COVERED = _rx(
    # session 21: sport on LDN, LDN to prevent cancer, what hospices allow, a glass of red,
    # skin and wounds healing, PSA, driving oneself, a date for a citation
    r"\b(?:radiation burns?|radiodermatit[a-z]*|(?:skin|incisions?|wounds?|scars?) heal[a-z]*|"
    r"heal[a-z]* (?:of )?(?:the |his |her |my )?(?:skin|incisions?|wounds?|scars?)|"
    r"wundheilung|cicatrizacion|cicatrizzazione|cicatrizacao|cicatrisation|"
    # PSA the blood test, not "PSA:" as a forum's public announcement
    r"(?:his|her|my|the|a|el|le|il|o|der|sein) psa|psa (?:levels?|tests?|draws?|values?|"
    r"scores?|readings?|up|down|rising|went)|drive "
    r"(?:himself|herself|themselves|myself)|(?:at|behind) the wheel|date for my citation)\b",
    r"\b(?:crossfit|spin class(?:es)?|powerlifting|weight ?lifting|palestra|(?:go|going|get|"
    r"hit) (?:to )?the gym|gym (?:while|on|with)|workouts? (?:while|on)|"
    r"exercis(?:e|ing) (?:on|while|with|hard)|fare sport|faire du sport|sport intensif|hacer "
    r"(?:deporte|ejercicio)|gimnasio|sport treiben|fitnessstudio|krafttraining|musculacao|"
    r"ginasio|marathons?)\b",
    r"\b(?:as (?:a )?prevention|to prevent (?:cancer|it coming back)|in healthy people|prevenir "
    r"(?:el |o )?(?:cancer|cancro)|prevenire (?:il )?cancro|vorbeug[a-z]*|(?:la |le |me |te )?"
    r"protege[a-z]* (?:aussi )?contre (?:le )?cancer)\b",
    r"\b(?:hospices? (?:let|allow|stop|keep|continue|permit)[a-z]*|online-?(?:apotheke|pharmacy|"
    r"pharmacie|"
    r"farmacia)|glass of (?:red|white)|customs|douane|aduana|zoll|dogana|alfandega)\b",
    _SEIZURE_THRESHOLD.pattern,
    # session 11: everyday life on LDN that no source mentions (driving, a drink, pregnancy,
    # breastfeeding, fertility, hair, drug tests, named medicines, foods and vaccines), the
    # journals' standing, the article's date, and regulators' views
    r"\b(?:(?:safe|ok|okay|allowed|fine) to drive|(?:can|could|may) i (?:still )?drive|"
    r"driv(?:e|ing) (?:a car |my car )?(?:after|on|while|with|when)|conduire (?:ma |une |la )?"
    r"voiture|(?:je peux|puis-je|peut-on|on peut|je peux-tu) conduire|conduire (?:sous|avec|"
    r"apres)|"
    r"(?:puedo|se puede) (?:manejar|conducir)|(?:manejar|conducir) (?:con|tomando|despues)|"
    r"(?:posso|si puo|puo) guidare|guidare (?:con|dopo|tranquill[a-z]*)|(?:posso|pode-se|da para) "
    r"(?:conduzir|dirigir)|(?:conduzir|dirigir) (?:com|depois|apos)|auto ?fahren|fahrtuchtig|"
    r"fahrtauglich|verkehrstuchtig|(?:darf|kann) (?:ich|man) (?:noch )?fahren)\b",
    r"\b(?:beers?|bieres?|cervezas?|birra|birre|bier|cerveja|imperial|spritzer|spritz|prosecco|"
    r"cocktails?|glass of wine|verre de vin|copa de vino|bicchiere di vino|glas wein|glaserl|"
    r"copo de vinho|taca de vinho|heuriger|apero|aperitivo|caipirinha)\b[^.?!]{0,50}\b(?:ldn|"
    r"naltrexone|it|la|le|lo|das|ela|avec|con|mit|com)\b|\b(?:ldn|naltrexone)\b[^.?!]{0,50}\b"
    r"(?:beers?|bieres?|cervezas?|birra|bier|cerveja|spritzer|spritz|prosecco|cocktails?|"
    r"wine|vin|vino|wein|vinho)\b",
    r"\b(?:pregnan[a-z]*|breast ?feed[a-z]*|nursing my baby|allait[a-z]*|enceinte|grossesse|"
    r"amamant[a-z]*|lactancia|dar el pecho|dando el pecho|embaraz[a-z]*|stillzeit|stillen|stille "
    r"ich|schwanger[a-z]*|allatt[a-z]*|incinta|gravidanza|amament[a-z]*|gravid[a-z]*|gestante|"
    r"fertil[a-z]*|fruchtbar[a-z]*|conceive|get pregnant|have (?:kids|children|a baby) (?:later|"
    r"after|one day))\b",
    r"\b(?:hair loss|los(?:e|ing) (?:my |your |her |his )?hair|hair (?:fall|thinning|falling|"
    r"thin(?:s)? out)|thinning hair|"
    r"(?:tomber|perdre|perte de) (?:les |des |mes )?cheveux|caida del (?:pelo|cabello)|"
    r"se me cae el "
    r"pelo|haarausfall|haare (?:aus)?fallen|fallen (?:mir )?(?:die )?haare|cadere i capelli|"
    r"perdita (?:di |dei )?capelli|queda de cabelo|cair o cabelo|perder cabelo)\b",
    r"\b(?:drug (?:test|screen)[a-z]*|urine (?:drug )?test|test urinaire|depistage de drogue|"
    r"drogentest|drogenscreening|prueba (?:de|antidoping|toxicologica)|antidoping|test antidroga|"
    r"exame toxicologico|doping ?test)\b",
    r"\b(?:omeprazol[a-z]*|pantoprazol[a-z]*|ibuprof[a-z]*|paracetamol|acetaminophen|tylenol|"
    r"advil|aspirin[a-z]*|st\.? john'?s wort|millepertuis|johanniskraut|iperico|"
    r"hierba de san juan|"
    r"erva de sao joao|grapefruit|pamplemousse|pomelo|pompelmo|toranja|turmeric|curcuma|kurkuma|"
    r"jengibre|ginger|ingwer|zenzero|gengibre|flu (?:shot|jab|vaccine)|covid (?:booster|vaccine|"
    r"shot|jab)|vacuna[a-z]*|vaccin[a-z]*|impfung[a-z]*|impfen|vacina[a-z]*|grippeimpfung|"
    r"[a-z]+impfung)\b",
    r"\b(?:impact factor|facteur d'impact|factor de impacto|fattore di impatto|impact-?faktor|"
    r"fator de impacto|predatory|pay[- ]to[- ]publish|predat(?:eur|rice|ory|oria|orio)|"
    r"raubverlag)\b",
    r"\b(?:newer version of (?:this|the) article|(?:article|artikel|articulo|articolo|artigo) "
    r"(?:been |ete |sido |stato |worden )?(?:updated|mis a jour|actualizado|aggiornato|"
    r"aktualisiert|atualizado))\b",
    r"\b(?:aiom|aifa|ansm|haute autorite de sante|anvisa|infarmed|aemps|bfarm|swissmedic|nccn|"
    r"esmo|asco|inca)\b(?![^?]{0,40}\boff[- ]?label\b)",
    r"(?<!people )(?<!patients )(?<!humans )\b(?:live|lived|living|survive[d]?) longer\b"
    r"(?![^?]{0,20}\bcells?\b)|\bvecu plus longtemps\b|"
    r"\bsurvival time\b|\blebten (?:die [a-z]+ )?langer\b|\bvivieron mas\b|\bvissut[oi] di piu\b|"
    r"\bviveram mais\b|\b(?:who (?:funded|paid for|sponsored)|(?:lo|la) pago alguna|quien (?:lo )?"
    r"pago|wer hat [a-z ]{0,30}bezahlt|qui a finance|chi ha finanziato|quem (?:pagou|"
    r"financiou))\b|"
    r"\b(?:rest of (?:the|that|it|this) (?:abstract|sentence)|what did the rest|cuts? off mid"
    r"(?![^?]{0,40}\b(?:what|which) (?:part|section|bit|sentence)s? (?:is |are |was )?missing|"
    r"[^?]{0,40}\bwhat(?:'s| is) missing)|"
    r"abstract (?:is )?(?:cut short|truncated))\b|\b(?:since (?:this|the) article (?:came out|was "
    r"(?:written|published))|newer (?:studies|trials|research)|neuere studien|estudios (?:mas )?"
    r"recientes|etudes (?:plus )?recentes|studi (?:piu )?recenti|estudos (?:mais )?recentes|any "
    r"(?:new|newer) (?:human )?(?:trials?|studies))\b|\b(?:what are (?:the )?|which are the |"
    r"que |quels sont les |welche |quali sono i |quais (?:sao )?os |cuales son los )(?:main |"
    r"typical |common )?(?:signs|symptoms|sintomas|symptomes|sintomi|anzeichen|symptome|sinais)\b"
    r"[^.?!]{0,30}\b(?:overdos[a-z]*|intoxica[a-z]*|sobredos[a-z]*|surdos[a-z]*|sovradosagg[a-z]*|"
    r"uberdos[a-z]*|intossicazion[a-z]*)\b|\bapproved (?:in|for cancer in) (?:the )?(?:uk|us|usa|"
    r"eu|europe|canada|australia|germany|france|spain|italy|brazil|portugal)\b|"
    r"\b(?:trials?|studies|research)\b[^?]{0,40}\bsince 20[12]\d\b|\bseit 20[12]\d\b[^?]{0,30}"
    r"\bstudien\b|\bfolgestudie\b|\bfollow-?up (?:study|trial) (?:in|on) (?:humans|people)\b|"
    r"\bhow much longer did\b[^?]{0,40}\blive\b|\b(?:mice|rats|ratos|ratones|souris|mause|topi|"
    r"camundongos)\b[^?]{0,30}\b(?:live|lived|survive[d]?|sobreviveram|sobrevivieron|survecu|"
    r"uberlebt(?:en)?|sopravviss[a-z]*)\b|\b(?:bring|brings|lower|lowers|drop|reduce)[a-z]* "
    r"(?:the |his |my )?psa\b|\bpsa (?:down|levels?)\b|"
    r"\bstop(?:s|ped)? eating and drinking\b|\bonce (?:they|she|he) stop(?:s)? eating\b|"
    r"\bdonation (?:form|page)\b|\bgive in memory of\b|\bdonate in (?:his|her|their|my) "
    r"(?:memory|name)\b|\b(?:best|good|recommended|trusted) (?:oncologists?|doctors?|clinics?|"
    r"hospitals?|specialists?) (?:in|near|around)\b|\b(?:zagon|mclaughlin|donahue|liu|aboalsoud|"
    r"ciwun)'?s? (?:older|other|earlier|later|previous|newer|subsequent) (?:papers?|studies|work|"
    r"research|trials?)\b",
    # session 10, round 3: daily life on LDN, scans and markers, legality, the article's date,
    # the researchers now, other remedies, venting
    r"\b(?:coffee|caffeine|cafe|caffe|kaffee|koffein)\b[^.?!]{0,25}\b(?:quita efecto|"
    r"interfer[a-z]*|stop working|cancel[a-z]*|coupe l'effet)\b|"
    r"\bstop working if i drink coffee\b|"
    r"\b(?:le )?quita (?:el )?efecto\b",
    r"\b(?:sauna|hot yoga|overheating|marathon|salir a correr|prendere il sole|burn (?:faster )?"
    r"in the sun|sunbath[a-z]*|sonnenbaden|sunburn|jejum intermitente|intermittent fasting|ayuno "
    r"intermitente|digiuno intermittente|jeune intermittent|intervallfasten|keto diet|ketogenic)\b",
    r"\b(?:throw off|affect|interfere with|skew|fausser|alter)\b[^.?!]{0,20}\b(?:ca-?125|mri|"
    r"pet[- ]?"
    r"scan|ct scan|blood (?:test|work|draw)|tumou?r markers?|psa)\b|\b(?:mri|ct|"
    r"pet) (?:scan )?with "
    r"contrast\b|\baffect (?:my|his|her) driving\b",
    r"\b(?:en que fecha|cuando) se publico (?:el|este) articulo\b|\b(?:fecha|date|datum|data) "
    r"(?:de publicacion |de publication |de publicacao |di pubblicazione )?(?:del articulo|de "
    r"l'article|des artikels|dell'articolo|do artigo)\b|"
    r"\bwhen was (?:this|the) (?:ldn )?(?:and cancer )?(?:article|post|page|piece)\b[^?]{0,30}"
    r"\b(?:written|published|posted|updated)\b|\blast updated\b|"
    r"\bwhen was (?:it|the article|this) written\b|\bdate on (?:it|the article)\b|\bhas (?:he|"
    r"she) "
    r"retired\b|\bstill (?:doing research|working) at\b|\bketamin[a-z]*\b",
    r"\b(?:legal|legale|erlaubt|legalizad[oa]|autorizzat[oa]|zugelassen)\b (?:in|en|em|"
    r"au|na|no|in der|nella)\b|\bin (?:der schweiz|osterreich|deutschland|australia|belgien|"
    r"belgique|belgica|italia|brasil|portugal|spain|espana)\b[^.?!]{0,20}\b(?:erlaubt|legal|"
    r"legale|zugelassen)\b|\b(?:aifa|tga|ema|anvisa|bfarm|ansm|swissmedic) (?:ha )?(?:approvato|"
    r"approved|aprobado|zugelassen|autorise)\b",
    r"\b(?:cannabis|canabis|cbd|hanfol)\b|\bdesahogarme\b|\bbisogno di parlare\b|\bwie ich (?:sie|"
    r"ihn) unterstutzen\b|\b(?:need|needed) to vent\b",
    r"\b(?:thriller|novel|polar|krimi|mystery|romanzo|novela|romance policial)\b[^.?!]{0,60}"
    r"\b(?:poison[a-z]*|empoisonn[a-z]*|vergift[a-z]*|avvelen[a-z]*|envenen[a-z]*)\b|\bpoisons? "
    r"(?:someone|somebody|a victim|sa victime|his wife|her husband) with\b|\bberkson\b|"
    r"\bbihari\b|"
    r"\balpha[- ]lipoic\b",
    _HOW_LONG_TO_WORK.pattern,
    # session 10: conditions, survival, alcohol, surgery, dependence, the bot, news, the
    # researchers' other work, groups, prices
    r"\b(?:multiple sclerosis|relapsing[- ]remitting|me/cfs|chronic fatigue|fibromyalgia|"
    r"long covid|hashimoto'?s?|hypothyroid[a-z]*|hipotireoidismo|hipotiroidismo|"
    r"hypothyreose|ipotiroidismo|hypothyroidie)\b",
    r"\bbuy (?:me|her|him|us|my [a-z]+) (?:some )?(?:more )?time\b|\bhow (?:much )?(?:extra|"
    r"more) time\b|"
    r"\bhow long (?:do|will|would|can|could) (?:people|patients|i|she|he|they|"
    r"someone)\b[^.?!]{0,40}"
    r"\b(?:live|survive)\b|\b(?:meine|seine|ihre) chancen\b|\bmis (?:chances|probabilidades)\b|"
    r"\bmes chances\b|\ble mie (?:probabilita|possibilita)\b|\bminhas chances\b|"
    r"\b(?:coming back|returning|recurring) after remission\b|\bafter remission\b|"
    r"\bstop it progressing\b|\bwatch and wait\b",
    r"\b(?:drink(?:ing)?|tomar(?:me)?|beber|boire|trinken|bere)\b[^.?!]{0,25}\b(?:alcohol|beers?|"
    r"wine|canas|cervezas?|vinho|vino|vin|bier|wein|birra|alcool|alkohol)\b|\b(?:alcohol|alcool|"
    r"alkohol)\b[^.?!]{0,20}\b(?:cancel|interact[a-z]*|with ldn|and ldn|while on|mix)\b|"
    r"\b(?:glass|copo|copa|verre|glas|bicchiere) (?:of |de |di )?(?:wine|vinho|vino|vin|wein|beer|"
    r"bier)\b|\bunas canas\b|\bdrinks? socially\b",
    r"\b(?:ana?esthe[a-z]*|narkose|vollnarkose|anestesia|anesthesie|wound healing|wundheilung|"
    r"cicatrisation|cicatrizacion|cicatrizzazione|cicatrizacao)\b",
    r"\bare you (?:a |an )?(?:real )?(?:human|bot|robot|ai|person|real person)\b|\b(?:t'es|es-tu|"
    r"tu es) (?:un )?(?:humain|robot|bot|une ia)\b|\b(?:vc|voce) e (?:gente|humano|um robo|"
    r"robo)\b|\b(?:sos|eres) (?:un )?(?:bot|humano|robot)\b|\bbist du (?:ein )?(?:mensch|bot|"
    r"roboter)\b|\bsei (?:un )?(?:bot|umano|robot)\b|\b(?:does|will) this chat (?:save|store|"
    r"record|keep)\b|\bis (?:it|this|this chat) private\b",
    r"\bdid the radio say\b|\bsaw a post\b|\bpost on (?:facebook|instagram|tiktok|x|twitter)\b|"
    r"\b(?:ldn|it|naltrexone)(?:'s| has| is| was)? (?:been |being |now |getting )?banned\b|"
    r"\bdetenuti\b|\bprisoners?\b|\bnaltrexone implant\b|"
    r"\bst\.? john'?s wort\b|\b(?:recommend|is there|are there|join|know (?:of )?|any) (?:a |an |"
    r"any )?(?:good )?(?:forums?|facebook groups?|support groups?|online groups?)\b|\bforum or "
    r"(?:a )?facebook group\b",
    r"\bwhat else (?:has|have|did) (?!(?:they|it|the|this|that|these|those|he|she|you)\b)"
    r"[a-z. ]{2,30} (?:written|write|found|find|published|done)\b|"
    r"\b(?:go|went) on to publish\b|\b(?:any )?(?:human )?trials since\b|\boutros estudos o\b|"
    r"\bchegou a testar\b|\briceve pazienti\b|\bprenotare una visita\b|\bon instagram\b|"
    r"\bdo(?:es)? (?:she|he|they) (?:do|offer|take) (?:consults|consultations|appointments)\b",
    r"\brecomm?end(?:ar)? (?:me )?(?:an?|un|una|um|uma) (?:[a-z-]+ )?(?:doctor|oncologist|"
    r"oncolog[oa]|"
    r"medic[oa]|medecin|arzt|specialist)\b|\bldn-friendly\b|\bcuanto (?:sale|cuesta|vale)\b|"
    r"\bquanto (?:costa|custa)\b|\bcombien (?:coute|ca coute)\b|\bwas kostet\b|"
    r"\bwie ?viel kostet\b",
    r"\binsurance\b|\binsurers?\b|\bhealth plan\b|\bcovered by (?:my )?(?:medicare|medicaid|"
    r"the nhs)\b|\bkrankenkasse\b|"
    r"\bplano de saude\b|\bmutuelle\b|\bsecu\b|\brembours[a-z]*|\bseguro (?:medico|de salud)\b|"
    r"\bobra social\b|\bassicurazione\b|\bmutua\b|\bmedicare\b|\bmedicaid\b|"
    r"\b(?:erstattet|erstattung|reimburse[a-z]*)\b|\bcuesta\b(?! [a-z]+(?:ar|er|ir)\b)|"
    r"\b(?:cost|costs|price|prices|pricing|"
    r"coute|kostet|costa|custa|preis|precio|prix|prezzo|preco|costar|custar)\b|\bcuanto sale\b",
    r"\b(?:pregnan[a-z]*|breast[- ]?feed[a-z]*|schwanger[a-z]*|stillen|embarazad[a-z]*|"
    r"lactancia|enceinte|grossesse|allait[a-z]*|incinta|gravidanza|allatt[a-z]*|gravida|"
    r"gravidez|amamenta[a-z]*)\b",
    r"\b(?:glass of wine|wine|beer|cocktails?|vino|wein|bier|birra|cerveza|cerveja|biere)\b",
    r"\b(?:clinics?|cliniques?|kliniken|klinik|clinicas?|cliniche)\b[^.?!]{0,40}\b(?:offer[a-z]*|"
    r"propos[a-z]*|biete[nt]|anbiet[a-z]*|ofrece[n]?|offr[a-z]*|oferece[m]?|prescri[a-z]*)\b|"
    r"\b(?:which|what|any) (?:clinics?|doctors?) (?:offer|prescribe|use)\b",
    r"\b(?:trials?|studies|studien|estudios|essais|studi|ensaios?|ensayos?|sperimentazion[ei]|"
    r"estudos)\b[^.?!]{0,70}\b(?:join|take part|participate|participer|teilnehmen|mitmachen|"
    r"participar|partecipare|sign up|enrol[a-z]*|inscri[a-z]*|m'inscrire|apuntar(?:me)?|"
    r"inscrever|anmelden|iscriver[a-z]*)\b",
    r"\bwhere (?:can|do|could|should) (?:i|we|you|one) (?:buy|order|get|purchase)\b|"
    r"\b(?:onde|donde|dove|ou|wo) (?:comprar|compro|acheter|kaufen|comprare|conseguir)\b|"
    r"\b(?:recommend|suggest) (?:a|any) (?:good )?(?:compounding )?pharmac(?:y|ies)\b|"
    r"\bfarmacia (?:galenica|de manipulacion)\b|\bfarmacia de manipulacao\b|"
    r"\b(?:onde|donde|dove|ou|wo) (?:posso|puedo|se puede|on peut|kann ich|kann man|man|puo|"
    r"si puo)\b[^.?!]{0,20}\b(?:comprar|conseguir|acheter|trouver|kaufen|bekommen|bestellen|"
    r"comprare|trovare|ordinare)\b|\bwo (?:bekomme|kaufe|kriege) ich\b|\b(?:trouver|acheter)"
    r" ou\b|\b(?:without|sin|sans|ohne|senza|sem) (?:a )?(?:prescription|receta|ordonnance|"
    r"rezept|ricetta|receita)\b|\bwhich pharmac(?:y|ies)\b|\bpharmac(?:y|ies) (?:in|near)\b|"
    r"\border (?:it|ldn|naltrexone) (?:from|online)\b|\blegal (?:in|to (?:buy|import|order))\b|"
    r"\bseguridad social\b|\bsecurite sociale\b|\b(?:se procurer|procurarse|procurarmi|"
    r"procurar-me)\b",
    # prognosis of a named person
    r"\bhow long (?:has|have|does|do|will|would) (?:he|she|they|i|my [a-z]+) (?:really )?(?:got|"
    r"have|left|live|survive)\b(?! to\b)|"
    r"\b(?:his|her|my|their|your|its) (?:life expectancy|prognosis)\b|\bcuanto (?:tiempo )?le "
    r"queda\b|\bcombien de temps "
    r"(?:il|elle) (?:lui )?reste\b|\bwie lange (?:hat er|hat sie|habe ich) noch\b|\bquanto "
    r"(?:tempo )?(?:gli|le) resta\b|\bquanto tempo (?:ele|ela) tem\b|\b(?:me|le|mi|gli|il lui|"
    r"me) (?:quedan|restano|reste|restam) \w+ (?:meses|mesi|mois)\b",
    # finding a prescriber, prescription rules, travelling with it, where it is cheapest
    r"\b(?:doctors?|medecins?|medicos?|arzt|arztin|naturopaths?|physicians?) (?:qui |que |"
    r"who |der |"
    r"che |in [a-z]+ (?:who )?)(?:prescri[a-z]*|receite|receta|recete|verschreibt|prescrive)\b|"
    r"\b(?:rezeptpflichtig|verschreibungspflichtig|rezeptfrei)\b|\bover the counter\b|"
    r"\bneed a prescription\b|\bcheapest\b|"
    r"\bplace to (?:get|buy)\b|\b(?:do|does) (?:you|this site|the site) sell\b",
    r"\b(?:airport|carry-on|hand luggage|bagagem de mao|equipaje de mano|bagage a main|"
    r"handgepack|bagaglio a mano)\b",
    # someone to talk to: kind, but not what these sources are for
    r"\b(?:talk to me|someone to talk to|me escuchas|escuchame|qualcuno con cui parlare|"
    r"quelqu'un a qui parler|jemand zum reden|alguem (?:pra|para) conversar|how do (?:people|you) "
    r"cope|comment la soutenir|how (?:can|do) i support)\b",
    # what the sources never measured (session 5): half-life, drug tests, driving, survival
    # figures, other people's stories, generics, persuading a doctor, blood tests, venting
    r"\bhalf[- ]?life\b|\bdemi-vie\b|\bmeia-vida\b|\bemivita\b|\bvida media\b|\bsemivida\b|"
    r"\bemivida\b|"
    r"\bhalbwertszeit\b|\bdrug (?:test|screen)s?\b|\burine (?:screen|test)\b|\btox(?:icology)? "
    r"screen\b|\bantidoping\b|\bdopingtest\b|\bexame toxicologico\b|\bfalse positive\b",
    r"\b(?:safe to drive|can i drive|drive after|posso guidare|puedo manejar|puedo conducir|"
    r"puis-je conduire|je peux conduire|darf ich (?:auto ?fahren|fahren)|posso dirigir)\b",
    r"\b\d+[- ]?(?:year|yr|ans|anos|jahres|anni)[- ]?(?:survival|survie|supervivencia|"
    r"sobrevida|uberleben)\b|\bsurvival rates?\b|\btaux de survie\b|\btaxa de sobrevida\b|"
    r"\btasa de supervivencia\b|\buberlebensrate\b|\btasso di sopravvivenza\b|"
    r"\baspettativa di vita\b|\besperance de vie\b|\blebenserwartung\b|\blife expectancy\b|"
    r"\bexpectativa de vida\b|\besperanza de vida\b|\btiempo de vida\b|\bhow much longer do "
    r"(?:people|ppl|patients)\b",
    r"\bwho (?:funded|paid for|sponsored|financed)\b|\b(?:funded|sponsored|paid for) by (?:pharma|"
    r"a drug company|big pharma|industry)\b|\bpharma money\b|\bconflicts? of interest\b|"
    r"\b(?:quien|quem|qui|wer|chi) (?:lo |la |l'|o |a |ha |hat )?(?:financio|financiou|financ[ea]|"
    r"a finance|finanziert|finanzierte|ha finanziato|finanzio|pago|pagou)\b|\b(?:ever |been )?"
    r"retracted\b|\bretract[a-z]*\b|\b(?:ever |been )corrected\b|"
    r"\b(?:replicated|reproduced|repeated) (?:by|elsewhere|since|in other labs)\b|\bother "
    r"(?:labs|groups|teams) (?:replicated|reproduced|repeated|confirmed)\b|\b(?:has|have) "
    r"(?:anyone|other labs|others) (?:replicated|reproduced|repeated)\b|\bwhat else has "
    r"[a-z ]{2,30} written\b|\b(?:other|more) (?:articles|papers|posts) (?:by|from)\b|"
    r"\b(?:ha|hat|a) (?:escrito|scritto|geschrieben|ecrit) (?:otros|altri|andere|d'autres) "
    r"(?:articulos|articoli|artikel|articles)\b|\b(?:altri|otros|autres|andere|outros) "
    r"(?:articoli|articulos|articles|artikel|artigos) (?:di|de|von|da|do)\b|\bpdf\b",
    r"\btestimonials?\b|\breviews (?:of|from|on)\b|\b(?:real|actual) (?:people'?s? )?"
    r"(?:experiences|stories)\b|\bexperiences? (?:of|from) (?:real|actual) (?:people|patients|"
    r"users)\b|\bopiniones de\b|\btemoignages?\b|\berfahrungsberichte?\b|\besperienze di\b|"
    r"\bdepoimentos?\b|\brelatos de\b",
    r"\b(?:le generique|el generico|o generico|das generikum|il generico|generic (?:version|"
    r"brand|one))\b|\b(?:convince|persuade|get) (?:my|his|her) (?:doctor|oncologist|gp)\b"
    r"[^?]{0,20}\b(?:to|into)\b|\bconvenc[a-z]* (?:o |a |el |al )?(?:meu |mi |mon )?(?:medico|"
    r"oncologo|medecin)\b|\bconvaincre\b|\buberzeugen\b|\bconvincere\b",
    r"\b(?:change|changes|affect|affects|throw off|mess with|alter|interfere with|show up in|"
    r"verander[a-z]*|beeinfluss[a-z]*|modifi[a-z]*|cambi[a-z]*|altera[a-z]*|fausse[a-z]*)\b"
    r"[^.?!]{0,40}\b(?:blood ?(?:tests?|work|results)|bloodwork|blutbild|blutwerte|leberwerte|"
    r"analisi del sangue|analisis de sangre|exames? de sangue|prise de sang|bilan sanguin|"
    r"tumou?r markers?|cea)\b",
    r"\b(?:need|needed|wanted|want) to vent\b|\bdesahogarme\b|\bdampf ablassen\b|\bvider mon "
    r"sac\b|\bsfogarmi\b|\bdesabafar\b|\bnobody (?:ever )?asks how i'?m\b|\bnadie me "
    r"pregunta como estoy\b",
    r"\b(?:o sus|pelo sus|no sus|blue cross|aetna|cigna|kaiser|unitedhealthcare|nhs "
    r"(?:prescribe|fund|cover)[a-z]*)\b|\bthrough your clinic\b|\bhow much is (?:ldn|it|"
    r"naltrexone) (?:per|a) (?:month|bottle|prescription)\b",
    r"\b(?:oncologue|oncologist|oncologo|onkolog[a-z]*|oncologista|generaliste|hausarzt[a-z]*|"
    r"medecin|medico|arzt[a-z]*)\b[^?]{0,25}\b(?:qui|que|who|der|che) (?:[a-z]+ ){0,2}?"
    r"(?:prescri[a-z]*|receite|"
    r"receta|recete|verschreibt|prescrive)\b|\bwelche apotheke\b|\bricetta galenica\b|"
    r"\bserve la ricetta\b|\bhace falta (?:una )?receta\b|\bil faut une ordonnance\b|"
    r"\bbraucht man (?:ein|das) rezept\b|\bprecisa de receita\b",
    r"\b(?:what (?:would|does|happens)|what happens to your body)\b(?![^?]{0,60}\b(?:article|"
    r"sources?|stud(?:y|ies)|abstracts?|say|says|mention[a-z]*)\b)[^?]{0,40}\boverdos[a-z]*\b|"
    r"\bwhat (?:should|do|would) (?:you|i|we|one) do if (?:a|my|your|the) (?:kid|child|toddler|"
    r"grandkid|dog|cat)\b[^?]{0,20}\bswallow[a-z]*\b",
    # session 7: price in plain words, brands, shipping, storage, months gained, percentages,
    # success stories, who may prescribe, what a named doctor says
    r"\b(?:expensive|affordable|overpriced|costoso|costosa|teuer|dispendioso)\b|\b(?:is|es|est|"
    r"ist|e) (?:it |ldn |la ldn |das |el |ca )?(?:very |muy |tres |sehr |molto |muito )?(?:caro|"
    r"cara|cher|chere|barato|cheap)\b|\bin (?:dollars|euros|pounds sterling|bucks)\b|"
    r"\bhow much is (?:a|the|one) (?:bottle|box|pack|month'?s? supply|prescription|script)\b",
    # session 24: "ok pis c'est-tu cher?", a pharmacy in a town that sells it
    r"\bc'est(?:-tu| tu|-y| y)? (?:tres |trop |ben )?cher\b",
    r"\b(?:pharmac(?:y|ies|ie|ien)|farmacias?|farmacie|apotheken?)\b[^?]{0,40}\b(?:qui "
    r"vend(?:ent)?|that sells?|que vend(?:e|en)|che vend(?:e|ono)|die [a-z ]{0,20}verkauf[a-z]*)"
    r"\b|\b(?:conseguir|encontrar|trouver|trovare|comprar)(?:la|lo|le)? (?:en|in|a|em|dans) "
    r"(?:las |la |les |der |die |una |uma |une )?(?:farmacias?|pharmacies|pharmacie|apotheken?|"
    r"farmacie)\b",
    r"\b(?:which|what|best|good) brands?\b|\bbrand names? (?:of|for)\b|\bmarque de\b|"
    r"\bwelche marke\b",
    r"\bshipping\b|\bship(?:s|ped)? (?:to|from)\b|\bdeliver(?:s|y)? to\b|\benvio a\b|"
    r"\blivraison\b|\bversand\b|\bspedizione\b|\bfrete\b",
    r"\b(?:fridge|refrigerat[a-z]*|shelf life|expir[a-z]*|kuhlschrank|haltbar[a-z]*|frigo|"
    r"frigorifero|nevera|heladera|geladeira|storage|cupboard|lagert|lagern|conservar(?:la|lo)?|"
    r"conserver|conservano|conservare|conservo)\b|\bstore (?:it|them|ldn|the capsules|my ldn)\b",
    r"\bhow (?:many|much) (?:extra|more|additional|longer) (?:months|years|time)\b|\bextra "
    r"(?:months|years) (?:of life)?\b",
    r"\bwhat (?:percentage|percent|proportion|fraction|share) of (?:people|patients|users)\b|"
    r"\b(?:que|quel|welcher|quale|qual) (?:porcentaje|pourcentage|prozentsatz|percentuale|"
    r"porcentagem) (?:de |di |der |des )?(?:los |les |as |os |i )?(?:pacientes|patients|personnes|"
    r"gens|personas|pazienti|pessoas|menschen|patienten|usuarios|utilisateurs)\b|"
    r"\bhow many (?:people|patients|users) (?:quit|stop|give up)\b|"
    # session 24: "Wie viel Prozent der Patientinnen sprechen auf LDN an?"
    r"\bwie ?viel(?:e)? prozent (?:der|aller) (?:[a-z]+-?)?(?:patient(?:en|innen)|menschen|"
    r"leute|betroffenen|kranken|krebspatient(?:en|innen))\b",
    r"\bsuccess stor(?:y|ies)\b|\bpatient stories\b|\bdocumented (?:patient )?(?:stories|"
    r"cases)\b|\b(?:anyone|anybody|someone|alguien|alguem|quelqu'un|jemand|qualcuno)\b[^?]{0,40}"
    r"\b(?:cured|curado|curada|gueri|guerie|geheilt|guarit[oa]|melhorou|mejoro)\b|"
    r"\btestimonios?\b|\brelatos\b|\bshrink anyone'?s\b|\bkickbacks?\b",
    r"\b(?:can|may|could|does|do|is) (?:a |an |my |the )?(?:naturopath|nurse practitioner|np|"
    r"pharmacist|gp|chiropractor|homeopath|heilpraktiker[a-z]*)\b[^?]{0,20}\bprescri[a-z]*",
    r"\b(?:essais?|ensaios?|ensayos?) (?:clinique|clinico|clinicos|clinicas?)s?\b[^.?!]{0,60}"
    r"\b(?:inscri[a-z]*|participar|participer|entrar|rejoindre)\b",
    r"\bwhat (?:does|did|do) (?:dr\.?|doctor|prof\.?|professor) [a-z]+ (?:say|think|recommend)\b",
    r"\bhow long (?:before|until|till|does it take (?:for|before|until)) (?:ldn|it|naltrexone|"
    r"this) (?:starts? |begins? )?(?:to )?(?:work|working|kick in|help)\b|\b(?:\d+|ten|five|"
    r"twenty|many) years (?:straight|in a row)\b|\blong[- ]term (?:risks?|safety|use|effects?|"
    r"data)\b",
    r"\b(?:acheter|comprar|kaufen|bestellen|comprare|buy|order|purchase)\b[^?]{0,40}\b(?:internet|"
    r"online|en ligne|en linea|on ?line|amazon)\b|\bmutuabile\b|\bdi tasca (?:propria|mia|"
    r"nostra)\b|\bout of pocket\b|\bcomparticip[a-z]*\b|\bwo krieg(?:e)? ich\b",
    r"\b(?:fake|counterfeit|different colou?r|falsificad[oa]s?|contrefa[a-z]*|gefalscht[a-z]*|"
    r"contraffatt[oa]|falsificad[oa])\b",
    r"\bpsoriase\b|\bpage (?:keeps )?(?:freezing|crashing|loading)\b|\b(?:website|site) (?:is )?"
    r"(?:down|broken|slow)\b|\b(?:do|does) (?:you guys|y'all|you) sell\b|\bpartner pharmac(?:y|"
    r"ies)"
    r"\b|\bwho (?:actually |originally )?invented\b|\bonline pharmac(?:y|ies)\b|\bwithout "
    r"seeing a doctor\b|\blegal (?:en|in|au|na|no) (?!the )[a-z]+|\bswissmedic\b|"
    r"\bin der apotheke kaufen\b|\bse consigue\b|\bderivacion\b|\bimpegnativa\b|\buberweisung\b|"
    r"\bencaminhamento\b|\barret (?:de )?maladie\b|\bsick (?:leave|note)\b|\bbaja (?:medica|"
    r"laboral)\b|\bkrankschreibung\b|\bkrankmeldung\b|\bcertificato di malattia\b|"
    r"\batestado medico\b",
    r"\bca-?125\b[^?]{0,60}\b(?:worried|worrying|bad|normal)\b|\bplatelets?\b|\bplaquetas\b|"
    r"\bhemograma\b|\bblood count\b|"
    r"\bneutrophils?\b|\btumou?r markers?\b|\bmy (?:markers|labs|lab results|bloodwork)\b|"
    r"\bmeus exames\b|\bmis analisis\b",
    r"\bgrie(?:f|ving)\b|\bcoping\b|\bcalm (?:down|myself)\b|\bruhiger\b|\bberuhigen\b|"
    r"\bhow (?:do|can|should) i tell (?:her|him|my|them|the kids)\b|\bcomo (?:eu )?(?:conto|"
    r"le digo|se lo digo)\b|\bcomment (?:lui )?(?:dire|annoncer)\b|\bwie sage ich\b|"
    r"\bduelo\b|\btrauer\b|\blutto\b|\bdeuil\b|\bdesahogarme\b",
    r"\b(?:do you (?:save|store|keep|record|log)|are you (?:a |an )?(?:bot|ai|robot|human|real "
    r"person|chatgpt)|eres (?:una? )?(?:ia|inteligencia artificial|bot|robot|humano|persona)|"
    r"quien te (?:ha )?programado|who (?:made|built|programmed|created) you|es-tu un robot|"
    r"bist du ein (?:bot|mensch|roboter)|sei un (?:bot|robot)|voce e um robo)\b",
    r"\bhow long does (?:ldn|it|naltrexone) take to\b|\bcuanto tarda\b|\bcombien de temps "
    r"(?:faut-il |avant )?(?:pour |de )?(?:voir|observer|constater|remarquer|sentir)\b|"
    r"\bwie lange "
    r"dauert es,? bis\b|\bdopo quanto tempo\b|\bquanto tempo (?:demora|leva)\b|\bwhen (?:should|"
    r"will|can|do) (?:i|we) (?:expect|see)\b[^?]{0,20}\b(?:difference|results?|improvement|"
    r"change)\b",
    r"\blong[- ]term (?:studies|data|trials)\b|\blangzeit[a-z]*\b|\b10\+? years\b|"
    r"(?<!well )(?<!fine )(?<!clean )\bfor years\b|"
    r"\b(?:percentage|"
    r"percent|proportion) of (?:[a-z]+ )?(?:patients|people|users)\b|\bwhat percent(?:age)? of "
    r"real\b|\bcelebrit[a-z]*\b|\bfamous (?:actor|actress|singer|person|people)\b|\bgeneric\b"
    r"[^?]{0,30}\bbrand\b|\bqualifications?\b|\bcredentials?\b|\bpasa consulta\b|\bpedir "
    r"cita\b|\bmarcar (?:uma )?consulta\b|\bprendre rendez-vous\b|\bappuntamento\b|\bwho "
    r"invented\b|\berfunden\b|\binvento la\b|\binventou\b|\bdrink (?:alcohol|a little|some "
    r"wine)\b|\bcervez[a-z]*|\bcervej[a-z]*|\bapero\b|\b(?:lactose|gluten)\b",
    # what the documents never say about LDN or their authors (session 8)
    r"\b(?:any )?news (?:on|about)\b|\bany news\b|\bnoticias?\b|\bneuigkeiten\b|\bnotizie\b|"
    r"\bdu nouveau\b|\bpodcast\b|\bgoing to (?:be )?approve[d]?\b|\bssn\b",
    r"\bwhat else has [a-z]+ (?:published|written)\b|\b(?:other|more) (?:articles|papers|books) "
    r"(?:by|from|has|did)\b|\b(?:autres|andere|altri|outros|otros) (?:articles|artikel|articoli|"
    r"artigos|articulos)\b|\bnoch andere artikel\b|\bhow (?:many times|often) has\b[^.?!]{0,50}"
    r"\bcited\b|\bcitation (?:count|index)\b|\bwhere did (?:she|he|the author|dr\.? [a-z]+) "
    r"(?:study|train|go to|get)\b|\b(?:paid|funded|sponsored) by\b|\bsuhaila (?:is|e|es|"
    r"ist|est) (?:an? |un'|una |un |eine |une |uma |um )?(?:oncolog[a-z]*|onkolog[a-z]*|real "
    r"doctor|md|medic[oa])\b",
    r"\b(?:can|could|will|would|kann|konnte|puede|podria|peut|pourrait|pode|poderia|puo|potrebbe) "
    r"(?:my |mein |meine |mi |mon |ma |meu |minha |il mio |la mia |o meu )?(?:hausarzt|arzt|"
    r"arztin|"
    r"gp|doctor|family doctor|medico(?: de cabecera| di base| de familia)?|medecin(?: traitant)?|"
    r"oncologist|onkologe)\b[^.?!]{0,25}\b(?:verschreiben|prescribe|recetar(?:lo|la|melo)?|"
    r"prescrire|prescrivere|receitar)\b|\b(?:medico(?: di base| de cabecera| de familia)?|"
    r"hausarzt|arzt|gp|doctor|medecin(?: traitant)?) (?:puo|pode|puede|peut|kann|"
    r"can)\b[^.?!]{0,10}"
    r"\b(?:prescrivere|receitar|recetar|prescrire|verschreiben|prescribe)\b",
    r"\b(?:which|what|the best) compounding pharmac(?:y|ies)\b|\bfarmacia que haga\b|"
    r"\bquanto (?:si )?spend[a-z]*\b|\bcuanto (?:se )?gasta\b|\bhow much costs\b|\bcustando\b|"
    r"\bcostando\b",
    r"\b(?:is it|e|es|est-ce|ist es|ist das) (?:legal|illegal|legale)\b|\bbring (?:it|"
    r"ldn) back from\b|"
    r"\bna mala\b|\bpedir turno\b|\batiende en consulta\b|\b(?:conhece|conoces|connais|kennen "
    r"sie|kennst du|conosci|know) (?:algum|algun|alguna|un|une|einen|a|any) (?:medico|medecin|"
    r"arzt|"
    r"doctor|dottore)\b|\b(?:studio|estudio|estudo|etude|ensayo|essai|trial) (?:clinico|clinique|"
    r"clinical)\b[^.?!]{0,60}\b(?:partecipare|anotar(?:me)?|participar|participer|join|"
    r"inscri[a-z]*|"
    r"teilnehmen)\b|\bal que me pueda anotar\b|"
    r"\bsuccess stor(?:y|ies)\b|\b(?:most reliable|trusted|best|which|good) brands?\b|"
    r"\b(?:facebook|whatsapp|telegram) groups? for\b|"
    r"\bimport (?:it|ldn)\b|\bmedical shops?\b|\bfind (?:a|an) (?:gp|doctor|physician|oncologist|"
    r"prescriber)\b|\b(?:legal|illegal|legale)\b[^.?!]{0,30}\b(?:bestellen|kaufen|comprar|acheter|"
    r"comprare|order|buy|import[a-z]*|trazer|traer)\b|\bpara anotarse\b|"
    r"\b(?:sort out|help with|treat|fix|relieve|ease)\b[^.?!]{0,25}\b(?:constipation|bone pain|"
    r"his pain|her pain|my pain|the pain)\b|\bwhich painkillers?\b|\bswitch (?:him|her|me) "
    r"(?:onto|to)\b|\b(?:helpful|good|help|work|works|useful) (?:for|with) (?:ms|multiple "
    r"sclerosis|fibromyalgia|crohn'?s|lupus|long covid|depression|anxiety|arthritis|psoriasis|"
    r"hashimoto'?s|autism)\b|\bhot car\b|\bis it ruined\b|\bmetasta[a-z]* (?:au|du|del|al|na|"
    r"no|in der|nel|to the|in the) (?:foie|higado|leber|fegato|figado|liver|pulmon|poumon|"
    r"lungen?|lungs?|cerveau|brain|hueso|bone|bones|os)\b|"
    r"\bmagkano\b|\bin (?:pesos|euros|dollars|pounds|rupees|reais|francs)\b|\b(?:alguien|alguem|"
    r"quelqu'un|jemand|qualcuno|anyone) (?:se )?(?:curo|curou|guerit|gueri|geheilt|guarito|"
    r"cured)\b|\b(?:sus|your|vos|tue) (?:historias|stories|histoires|storie)\b|"
    r"\bhersteller\b|\bmanufacturers?\b|\bfabricantes?\b|\bfabricants?\b|\bproduttor[ei]\b|"
    r"\bwhich brand\b|\b(?:else|sonst|noch|otra cosa|d'autre|altro|mais)\b[^.?!]{0,25}"
    r"\b(?:veroffentlicht|published|publicado|publie|pubblicato)\b|"
    r"\bfinanc[a-z]* par\b|\bfinanciad[oa] por\b|\bfinanziat[oa] da\b|\bfinanciad[oa] (?:pela|"
    r"pelo)\b|\bfinanziert\b|\btestimonian[a-z]*|\btestimonios?\b|\btemoignages?\b|"
    r"\berfahrungsberichte\b|\bdepoimentos?\b",
    r"\bengorda[rs]?\b|\bfait grossir\b|\bfa ingrassare\b|\bmacht (?:es )?dick\b|\bganho de "
    r"peso\b|\bprise de poids\b|\bgewichtszunahme\b|\baumento de peso\b|\bhair loss\b|"
    r"\bperdre (?:les|des) cheveux\b|\bcaida del pelo\b|\bhaarausfall\b|\bperdita (?:di|dei) "
    r"capelli\b|\bqueda de cabelo\b|\bdor nas articulacoes\b|\bjoint pain\b|"
    r"\bfrigorifico\b|\bgeladeira\b",
    r"\b(?:what happens|cosa succede|que pasa|qu'est-ce qui se passe|was passiert|"
    r"o que acontece)\b"
    r"[^.?!]{0,40}\b(?:overdose|sovradosaggio|sobredosis|surdose|uberdosis|overdosis|too much|"
    r"troppo|demasiado|trop|zu viel|demais)\b",
    r"\bbirth control\b|\bcontracepti[a-z]*|\bantibaby|\banticoncezional[ei]\b|"
    r"\banticonceptiv[oa]s?\b|\banticoncepcional[a-z]*|\bembaraz[a-z]*|\bintermittent fasting\b|"
    r"\bayuno intermitente\b|\bjeune intermittent\b|\bintervallfasten\b|\bdigiuno "
    r"intermittente\b|\bjejum intermitente\b|\bis there a brand\b|\bbrand[- ]name (?:ldn|"
    r"naltrexone|version)\b|\bsold as a generic\b|\b(?:ajuda|serve|funciona) (?:na|para|pra|"
    r"contra a) ansiedade\b|\baide contre l'anxiete\b",
    r"\b(?:alkohol|alcohol|alcool) (?:trinken|beber|boire|bere|tomar)\b|\b(?:trinken|beber|boire|"
    r"bere|drink|drinking) (?:alkohol|alcohol|alcool)\b|\bunas copas\b|\ba few (?:beers|drinks|"
    r"glasses)\b|\bbeers\b|\bdrinks? (?:while|on)\b",
    r"\bexames? de sangue\b|\banalisis de sangre\b|\bprise de sang\b|\bblutbild\b|"
    r"\bbluttests?\b|\banalisi del sangue\b|\bblood (?:tests?|work|panel)\b",
    r"\bprobabilidad(?:es)? de (?:supervivencia|curacion)\b|\bchances? (?:de cura|de cure|"
    r"of (?:survival|cure|surviving)|de sobreviv[a-z]*)\b|\bsurvival (?:rates?|odds|chances)\b|"
    r"\b(?:cuanto )?tiempo de vida\b|\btempo de vida\b|\btaux de survie\b|"
    r"\buberlebenschance[n]?\b|\bprobabilita di (?:sopravviv[a-z]*|guarigione)\b",
    r"\boverdose deaths\b|\b(?:clinical )?(?:signs|symptoms) of (?:an )?opioid overdose\b|"
    r"\bopioid-?uberdosis\b|\bopioid (?:overdose )?crisis\b|\bemergency treatment\b",
    r"\bdi bella\b|\bgerson\b|\bhoxsey\b|\bessiac\b|\bbudwig\b|\b(?:move|book|cancel|"
    r"reschedule|change) (?:my|an|the|our) (?:[a-z]+ )?appointment\b|"
    r"\b(?:what|which) (?:chemo(?:therapy)?|radiation|treatment) (?:regimen|protocol|plan)s?\b|"
    r"\b(?:good |best )?(?:tea|herbal tea|tisane|chamomile|camomila|kamillentee|valerian[a-z]*)"
    r" (?:for|to help) (?:sleep|sleeping)\b|\bwhat diet\b",
    # overdoses as a subject, regulators and insurers, side effects the article does not list,
    # how common it is, the author's career, the news (session 9)
    r"\b(?:como se trata|how (?:is|are|do you|do they|to) treat|comment (?:on )?traite|wie "
    r"behandelt man|come si tratta|como (?:se )?trata)\b[^.?!]{0,40}\b(?:overdos|sobredos|surdos|"
    r"uberdos|sovradosag)|\b(?:overdos|sobredos|surdos|"
    r"uberdos)[a-z]*\b[^.?!]{0,40}\b(?<!em )(?<!en )(?<!in )"
    r"(?<!sous )(?:treated|"
    r"tratad[ao]|traitee?|behandelt|management|manage[a-z]*|protocol|si tratta|se trata|"
    r"trattamento|tratamento|traitement)\b",
    r"\b(?:symptoms?|signs?|sintomi|sintomas|symptome|symptomes)\b[^.?!]{0,30}\b(?:overdos|"
    r"sobredos|surdos|uberdos)|\b(?:overdos|sobredos|surdos|uberdos)[a-z]*\b[^.?!]{0,40}"
    r"\b(?:symptoms?|sintomi|sintomas|symptome|symptomes)\b|\bdie of (?:an? )?(?:opioid |drug )?"
    r"overdoses?\b|\bantidot[a-z]*\b",
    r"\b(?:fda|ema|anvisa|sahpra|tga|mhra|aifa|bfarm|ansm|cofepris|anmat|infarmed|health "
    r"canada)\b[^?]{0,30}\b(?:safety warning|warning|warn|allow|recall)|\bregistered with\b|"
    r"\ballowed here\b|\bon the pbs\b|\bvhi\b|\bwill (?:the |my )?[a-z]+ cover\b",
    r"\bhair (?:to )?fall(?:ing)? out\b|\bperte de(?:s)? cheveux\b|\bput on weight\b|"
    r"\bgain(?:ed|ing)? (?:weight|kilos|pounds)\b|\bweight gain\b|\bkidney (?:disease|problems?|"
    r"failure|function)\b|\bmy (?:alt|"
    r"ast) (?:came back|levels?|is)\b|\bstay(?:s)? in (?:your|the|my) (?:system|body)\b",
    r"\btelehealth\b|\btelemedicin[a-z]*\b|\bprescribed online\b|\bonline prescriptions?\b|"
    r"\bcontrave\b|\bvivitrol\b|"
    r"\bmysimba\b",
    _HOW_MANY_TAKE.pattern,
    r"\bboard[- ]certified\b|\bmedical school\b|\btrials? of (?:her|his|their) own\b|"
    r"\b(?:oncologist|oncologue|onkologin|onkologe|oncologa|oncologista) (?:or|ou|oder|o) (?:an? |"
    r"une? |some )?(?:naturopath[a-z]*|other kind)\b|\b(?:on|in) the news\b|"
    r"\bnas noticias\b|\bin den nachrichten\b|\baux infos\b|\bal telegiornale\b",
    _WHICH_PHARMACY.pattern,
    r"\bsex drive\b|\blibido\b|\bvida sexual\b|\bvie sexuelle\b|\bhalal\b|\bkosher\b|"
    r"\bcrossfit\b|\bjoe rogan\b|\bbihari\b|\bgpt-?\d?\b|\b(?:which|what) ai model\b|"
    r"\bt'es une ia\b|\bover the border\b|\blegal to (?:bring|take|import|carry)\b|"
    r"\bhaltbar\b|\bshelf[- ]life\b|\bhot spots?\b|\bela atende\b|\bquels diplomes\b|"
    r"\bintegratore per\b|\bil fait combien dehors\b",
    r"\bstorie di persone\b|\bhistorias de personas\b|\berfahrungsberichte\b|\bdepoimentos\b|"
    r"\btalk (?:a|my|the|her|his) [a-z ]{0,30}into prescribing\b|\b(?:commander|comprar|"
    r"bestellen|ordinare|order|buy) (?:[a-z]+ )?(?:en ligne|online|en linea|pela internet|in "
    r"rete)\b|\bgraviola\b|\bkratom\b|\bashwagandha\b|\bjohanniskraut\b",
    # session 12: what the abstracts never report (exact p-values, calipers, replication,
    # citations, peer review, the authors' country or university), insurers, messenger groups,
    # other chemotherapy side effects, homework written for them, the site itself, scan
    # reports, their tumour shrinking, preventing cancer in the healthy, liver toxicity, PD-L1,
    # BRCA, kidney and liver cancers, the rest of the authors' work, funding, olaparib
    r"\bexact p[- ]?values?\b|\bcalipers?\b|\bwhich formula\b|\bindependently (?:replicated|"
    r"reproduced)\b|\b(?:replicated|reproduced|replicato|repliziert|reproduit|replicado|"
    r"reproduzido) (?:by|da|von|par|por|pelo|pela) (?:other|another|altri|anderen|d'autres|otros|"
    r"outros|independent)\b|\b(?:has|have) (?:anyone|anybody|someone) (?:independently )?"
    r"(?:replicated|reproduced)\b|\bwie oft wurde\b"
    r"[^?]{0,40}\bzitiert\b|\bquantas vezes\b[^?]{0,30}\bcitad[oa]\b|\bquante volte\b[^?]{0,30}"
    r"\bcitat[oa]\b|\bcombien de fois\b[^?]{0,30}\bcite[e]?\b|\bcuantas veces\b[^?]{0,30}"
    r"\bcitad[oa]\b|\bwho peer[- ]?reviewed\b|\bpeer reviewers?\b|\baus welchem land (?:kommen|"
    r"stammen)\b|\b(?:de que|de quel|da quale|de qual|from which|what) (?:pais|pays|paese|"
    r"country) (?:son|sont|sono|sao|are|were)\b|\b(?:di|de|from) (?:quale|que|qual|which|quelle) "
    r"(?:universita|universidad|universidade|universite|university)\b|\b(?:dove lavora|"
    r"wo arbeitet|"
    r"ou travaille|donde trabaja|onde trabalha|where does (?:she|he) work)\b",
    r"\b(?:ubernimmt|zahlt|bezahlt) (?:die|der|meine) (?:tk|aok|barmer|ogk|dak|ikk|kasse|"
    r"krankenkasse|versicherung)\b|\b(?:mutuelle|securite sociale|obra social|prepaga|plano de "
    r"saude)\b",
    r"\b(?:gruppo|grupo|groupe|gruppe) (?:(?:de |no |en |su )?(?:telegram|whatsapp))\b|"
    r"\b(?:kennst du|know of|conoces|connais|conosci|conhece)\b[^?]{0,30}\b(?:forum|foro)\b",
    r"\b(?:hearing loss|cardiotox[a-z]*|hard on the heart|ototox[a-z]*)\b",
    r"\b(?:arzte|medicos|medecins|medici|doctors)\b[^?]{0,20}\b(?:die|que|qui|che|who)\b[^?]{0,20}"
    r"\b(?:verschreiben|recetan|prescrivent|prescrivono|prescribe|receitam)\b|\b(?:se puede|on "
    r"peut|si puo|pode-se|can you) (?:recetar|prescrire|prescrivere|receitar|"
    r"prescribe)\b[^?]{0,20}"
    r"\blegal[a-z]*\b|\bmedecin de famille (?:peut|peut-tu|peut-il)\b",
    r"\b(?:kannst du|can you|can u|pourrais-tu|puedes|puoi|pode)\b[^?]{0,15}\b(?:meine? |my |mon "
    r"|mi |il mio |o meu )?(?:hausarbeit|essay|assignment|homework|devoir|dissertation|tarea|"
    r"ensayo|tema|compito|trabalho)\b[^?]{0,20}\b(?:schreiben|write|rediger|escribir|scrivere|"
    r"escrever)\b|\bwrite me (?:like )?(?:\d+|a few hundred) words\b",
    r"\b(?:site|website|page|app) keeps (?:logging|crashing|freezing|loading|kicking)\b|"
    r"\blogging me out\b|\b(?:fdg|suv ?max)\b|\bmy (?:pet|ct|mri|pathology|biopsy) (?:scan )?"
    r"(?:report|results?) says\b",
    r"\bwill (?:ldn|it) (?:shrink|kill|work on) (?:my|his|her|our)\b|\b(?:a |perfectly )?healthy "
    r"(?:person|people) (?:use|take|try)\b|\bprevent cancer in the first place\b|\bcea\b|"
    r"\b(?:liver|hepat[a-z]*) (?:tox[a-z]*|damage|warning|enzymes)\b|\bpd-?l1\b|\bbrca ?[12]?\b|"
    r"\b(?:nierenzell[a-z]*|nierenkrebs|carcinoma epatocellulare|epatocarcinoma|hepatocellular|"
    r"carcinome hepatocellulaire|carcinoma hepatocelular|renal cell)\b|\bgo on to test\b|"
    r"\bbancou\b|\bwoher kam (?:eigentlich )?das geld\b|\bturned down (?:an |the )?application\b|"
    r"\bldn research trust\b|\bolaparib\b|\b(?:besides|other than|ademas del?|outre l'|oltre "
    r"all'|alem d[oa]) oxaliplatin[a-z]*\b",
    # session 12, second round: how a study was run beyond its abstract, what the pills taste
    # or look like, storing them, brands, generics, shortages, lawsuits, long-term effects,
    # blood counts, pets, remission odds, quality of life, regulators of other countries
    r"\b(?:double[- ]blind[a-z]*|blinded|doppio cieco|double aveugle|doble ciego|duplo[- ]cego|"
    r"doppelblind[a-z]*|ethics committee|comite d'ethique|ethikkommission|comitato etico|comite "
    r"de etica|euthan[a-z]*|hazard ratio|confidence intervals?|how many repeats)\b|\bhow long did "
    r"(?:the|that) (?:experiment|study) (?:run|last)\b|\bcuanto duro\b|\bquanto tempo durou\b|"
    r"\bwie lange lief\b|\blatest (?:clinical )?trials?\b|\bfull text\b",
    r"\b(?:tastes?|taste like|bitter|amarg[oa]|schmeckt|sapore|gout|gosto|a que sabe)\b|\bwhat "
    r"colou?r\b|\b(?:de que|di che|welche) (?:colou?r|color|colore|cor|farbe)\b|\bressemble un "
    r"comprime\b|\b(?:fridge|refrigerat[a-z]*|nevera|frigo|kuhlschrank|geladeira|heladera)\b|"
    r"\bse garde combien de temps\b|\bcombien de temps (?:on peut |peut-on |je peux |puis-je )?"
    r"(?:les |la |le )?(?:garder|conserver)\b|\bshelf life\b|\b(?:best|which|what) brand\b|"
    r"\b(?:marca|"
    r"marque|marke) (?:es la |est la |ist am )?(?:mejor|meilleure|besten)\b|\bwelche [a-z-]*"
    r"marke\b|\bqual (?:a )?(?:melhor )?marca\b|\bquale marca\b|"
    r"\b(?:generics?|generique|generika|generikum|generic[oa]|generica)\b|\b(?:shortages?|"
    r"faltando|penurie|lieferengpass|carenza|escasez)\b|\b(?:sued|lawsuits?|klagen|proces)\b|"
    r"\bcancer research uk\b|\brevia\b",
    r"\b(?:long[- ]term effects?|a largo plazo|a long terme|a lungo termine|a longo prazo|"
    r"langzeit[a-z]*)\b|\b(?:kidneys|reins|nieren|reni|rins|rinones)\b|\b(?:alt and ast)\b|"
    r"\b(?:work|"
    r"works|funziona|marche|serve|funciona|wirkt|hilft)\b[^?]{0,20}\b(?:cats?|dogs?|gatti|gatos?|"
    r"chats|chiens|cachorros?|perros?|hunden?|katzen|cani)\b|\bchez les (?:chats|chiens)\b|"
    r"\bwhich cancer "
    r"(?:responds|works) best\b|\b(?:odds|chances?) of (?:remission|survival|cure)\b|\bchances de "
    r"guerir\b|\b(?:quality of life|qualite de vie|qualita della vita|calidad de vida|"
    r"qualidade de "
    r"vida|lebensqualitat)\b|\b(?:nafdac|anmat|cofepris|invima|digemid)\b",
    # session 12, third round: finding a prescriber somewhere, famous centres, the bot itself,
    # odds, other substances and claims no source makes
    r"\b(?:doctor|gp|medico|medecin|generaliste|arzt) "
    r"(?:near|in|em|en|au) [a-z]+\b[^?]{0,40}\b(?:prescrib[a-z]*|receit[a-z]*|recet[a-z]*|"
    r"prescri[a-z]*|verschreib[a-z]*)\b|\b(?:doctor|medico) near [a-z]+\b|\bmedico em [a-z]+ "
    r"(?:q|que) receita\b|\bcon receta en\b|\btraerla de\b|\bmd anderson\b|\bmayo clinic\b|"
    r"\bmemorial sloan\b|\b(?:real person|a human) or (?:a )?(?:bot|robot|machine)\b|\bgive me a "
    r"percentage\b|\bhow likely is it that\b|\bbei (?:katzen|hunden)\b|"
    r"\bderived from\b|\bopium\b|\b(?:testosteron[a-z]*|nalmefen[a-z]*|sofocos|menopaus[a-z]*|"
    r"memoria|(?:ajuda|ayuda|aiuta) a (?:parar|dejar|smettere) de fumar|"
    r"artemisinin[a-z]*|eutirox|per la tiroide|thyroid (?:meds|medication|medicine|pills|tablets)|"
    r"schilddrusentabletten)\b|\britrattat[oa]\b|"
    r"\bzuruckgezogen\b|\bretractad[oa]\b|\brevisao por pares\b|\bin grams\b|"
    r"\bexact (?:tumou?r )?weights?\b|\bstill doing (?:ldn )?research\b|"
    r"\b(?:go|gone|went) on to test\b|\bget hold of it\b|\bsomewhere else online\b|\bdig up the\b|"
    r"\bevery (?:single )?study (?:that|the) review included\b|\bdark chocolate\b|\binterdit[e]? "
    r"en\b|\bverboten in\b|\bprohibid[oa] en\b|\bvietat[oa] in\b|\bproibid[oa] n[oa]\b",
    _WEIGHT_GAINED,
    # session 13: everyday matters and claims no source mentions
    r"\b(?:tattoos?|tatuajes?|tatouages?|tatowierung[a-z]*|tattoo|tatuagg[a-z]*|tatuage[a-z]*|"
    r"wada|doping|anti-doping|prohibited list|microbiom[a-z]*|gut bacteria|flora intestinal|"
    r"altitude|mountain sickness|hohenkrankheit|mal de altura|mal des montagnes|"
    r"krebsgesellschaft|krebshilfe|cancer society|cancer research uk|ligue contre le cancer|"
    r"microglia[a-z]*|tlr4|toll-like|cardioaspirin[a-z]*|taxes|tax return|tax deductible|"
    r"verre de rouge|vin rouge|been fined|(?:ldn|naltrexone) (?:ads|adverts|advertising)|"
    r"marketing claims)\b|\bdeduct (?:what|the cost|it|ldn)\b|\bdo you (?:take|use|"
    r"personally take) (?:ldn|it|naltrexone)\b|\bhow much (?:is|does|would|will) (?:a|one) "
    r"(?:month|bottle|prescription|script|box|year)\b(?![^.?!]{0,40}\b\d+ ?(?:kg|kilos?|lbs?))|"
    r"\b(?:best quality|which brand)\b|"
    r"\b(?:gehen|fallen) (?:mir )?(?:mehr |die )?haare aus\b|\bhaare gehen aus\b|"
    r"\b(?:other|else) research (?:has|did) [a-z]+\b|\b(?:costuma ser|es|e|sera|sai) caro\b|"
    r"\b(?:drogaria|farmacia) vende\b",
    # session 13: whether LDN can be had, carried or is allowed in a named country
    rf"\b(?:{_CAN_BE_HAD})\b[^.?!]{{0,50}}\b(?:{_COUNTRY})\b|"
    rf"\b(?:{_COUNTRY})\b[^.?!]{{0,30}}\b(?:{_CAN_BE_HAD})\b",
    # session 13, second round
    r"\b(?:lichtempfindlich[a-z]*|sensitive to the sun|sun sensitivity|photosensib[a-z]*|"
    r"fotosensib[a-z]*|sunburn[a-z]*|muscle gain|ganho de massa|muskelaufbau|ins gym|"
    r"hiit|musculacao|weightlifting|bodybuilding|liable|liability|processad[oa]|responde "
    r"legalmente|haftet|haftung|criticis[a-z]*|criticiz[a-z]*|who (?:actually )?discovered|"
    r"pharmaceutical companies|welche firma|(?:help|helps|helping) (?:me |you |people |him |her )?"
    r"(?:to )?(?:quit|stop) smoking|smoking (?:affect|reduce|make|interfere|stop|change|"
    r"cancel|impact)[a-z]*|pesticid[a-z]*|"
    r"glyphosate|glifosato|cavall[oi]|horses?|pferde?n?|chevaux|caballos?|cavalos?|publicou mais|"
    r"published (?:anything|more)|cupom|cupon|coupons?|gutschein|loja do site|lojinha|"
    r"walgreens|rite aid|memory worse|se (?:me |le )?(?:caiga|cae) el (?:pelo|cabello)|bicchiere "
    r"di rosso|vous touchez|dans l'avion|in aereo|en el avion|no aviao|im flugzeug|on the plane|"
    r"thailande|thailandia|tailandia|giappone|japon|japao)\b|\b(?:results? of|affect|mess(?:ing)? "
    r"up) (?:my |the )?pet[- ]?(?:ct|scan)\b|\b(?:would you (?:personally )?take|"
    r"wurdest du(?:'s| es)? nehmen|was haltst du personlich|dimmi la tua|y tu que opinas|"
    r"qual (?:e )?"
    r"a sua opiniao|voce confiaria)\b|\b(?:how many people|combien de patients|cuantos pacientes|"
    r"quanti pazienti|wie viele (?:patienten|menschen)|"
    r"quantos pacientes)\b[^.?!]{0,60}\b(?:currently|"
    r"prescribed|utilisent|usan|usano|nehmen|usam|in the us|en france|roughly|a peu pres)\b",
    # session 14: a prognosis with LDN, a drink in slang, LDN tried on pets, tests and scans it
    # might skew, immunosuppression and transplants, cachexia,
    # "chemo brain", prevention in healthy people, vitamin D, grapefruit, the bot's own choice
    _PROGNOSIS,
    r"\b(?:cervecitas?|chelas?|birrett[ae]|cervejinhas?|chopps?|bierchen|copitas?|copinhas?|"
    r"pintes?)\b[^.?!]{0,50}\b(?:ldn|naltrexone|la|con|com|avec|mit|estando|tomando)\b|"
    r"\b(?:ldn|naltrexone)\b[^.?!]{0,50}\b(?:cervecitas?|chelas?|birrett[ae]|cervejinhas?|"
    r"chopps?|bierchen)\b",
    r"\b(?:anyone|anybody|someone|alguien|qualcuno|quelqu'un|jemand|alguem)\b[^.?!]{0,30}"
    r"\b(?:tried|used|given|probado|provato|essaye|probiert|usado|testado|experimentado)\b"
    r"[^.?!]{0,30}\b(?:on|in|en|sur|bei|nei|sui|negli|"
    r"em|nos|com|con|with|chez) (?:los |les |den |i |gli |os |as |their |des )?(?:dogs?|cats?|"
    r"perros?|gatos?|cani|gatti|chiens?|chats?|hunden?|katzen|caes|cachorros|pets?|mascotas|"
    r"haustieren?)\b",
    r"\b(?:alter[a-z]*|skew[a-z]*|affect[a-z]*|interfer[a-z]*|mess(?:es)? (?:with|up)|fausser|"
    r"fausse|perturb[a-z]*|falsear|falsea|falsif[a-z]*|afetar|afeta|afectar|afecta|"
    r"verfalsch[a-z]*|beeinfluss[a-z]*|influenz[a-z]*)\b[^.?!]{0,50}\b(?:pet|pet-?ct|pet-?tac|"
    r"tac|scans?|scanner|mri|irm|tumou?r markers?|marqueurs? tumoraux|marcadores? "
    r"resonancia|risonanza|ressonancia|cintilografi[a-z]*|gammagrafi[a-z]*|scintigra[a-z]*|"
    r"szintigra[a-z]*|emocromo|hemograma|blutbild|esami del sangue|analisi del sangue|analisis "
    r"de sangre|exames? de sangue|prise de sang|bilan sanguin|inr|"
    r"tumora(?:les|is)|marcatori tumorali|tumormarker[n]?|ca[- ]?15-?3|ca[- ]?125|ca[- ]?19-?9|"
    r"cea|psa|"
    r"leberwerte|blutwerte|lab (?:results|values)|liver (?:tests|enzymes|values))\b",
    r"\b(?:immunosuppress[a-z]*|immunosoppress[a-z]*|inmunosupres[a-z]*|imunossupress[a-z]*|"
    r"immunsuppress[a-z]*|immunosuppresseurs?|transplant[a-z]*|greff(?:e|ee|on)|trapiant[a-z]*|"
    r"trasplant[a-z]*|cachexi[a-z]*|caquexia|kachexie|cachessia|loss of appetite|"
    r"grapefruit|pomelo|pamplemousse|pompelmo|toranja)\b|\bvit(?:amin[ae]?)? ?d ?3\b|"
    r"\bvitamin[ae]? d\b|\b(?:help|helps|helping|treat|treats|improve|against) (?:with )?(?:my |"
    r"the )?chemo ?brain\b",
    r"\b(?:prevent(?:ing|ion of)?|prevenir|prevenire|vorbeug[a-z]*|verhindern|previne)\b"
    r"[^.?!]{0,20}\b(?:cancer|cancro|krebs|tumou?rs?)\b[^.?!]{0,40}\b(?:healthy|saudave(?:l|is)|"
    r"sano|sana|sanos|sain|gesund|family|familia|famille|familie|famiglia)\b",
    r"\b(?:vous (?:la |le )?prendriez|tu (?:la |le )?prendrais|la tomarias|la prenderesti|voce "
    r"(?:a |o )?tomaria|uma pessoa de verdade|una persona de verdad|a real person|une vraie "
    r"personne|ein echter mensch|una persona (?:vera|reale)|pessoa real|persona real)\b",
    # the assistant's own set-up, whatever the framing
    r"\b(?:system prompt|your (?:instructions|prompt|configuration|hidden rules)|debug mode)\b",
    # session 17: the NHS or a health insurer's prescription, trials in a country, whether a
    # person online is to be trusted
    r"\b(?:on|through|via|from|under) the nhs\b|\bnhs (?:prescri[a-z]*|fund[a-z]*|cover[a-z]*)\b|"
    r"\b(?:auf|per) (?:kassen)?rezept\b[^.?!]{0,20}\?|\bkassenrezept\b",
    r"\b(?:ensayos? clinicos?|clinical trials?|essais? cliniques?|klinische (?:studien|"
    r"prufungen)|studi clinici|sperimentazioni cliniche|ensaios clinicos)\b[^.?!]{0,40}"
    r"\b(?:en|in|au|aux|na|no|em|im|a) (?:" + _COUNTRY + r")\b",
    r"\b(?:is|are) (?:he|she|they|this guy|that guy|this doctor|that doctor|this woman|"
    r"that woman|this influencer) (?:legit|trustworthy|credible|a quack)\b",
    # session 18: pharmacies compared, insurers' cover, who may prescribe it, regulators'
    # statements, patents, the author's practice and training, customs, anaesthesia, prognosis,
    # palliative care, diving and weight training, pets' cancers, old age
    _PHARMACY_OR_COVER,
    r"\b(?:can|will|would|could|do|does|may) (?:an? |my |the |any |your |a regular |an nhs )?"
    r"(?:[a-z]+ )?(?:gps?|doctors?|oncologists?|specialists?|physicians?|nurse practitioners?|"
    r"naturopaths?|hausarzt|hausarzte|medecins?|medicos?)\b (?:legally |actually |even )?"
    r"(?:prescribe|write (?:a |the )?(?:prescription|script) for)\b|\bgo private\b",
    r"\b(?:fda|mhra|ema|tga|health canada)\b[^.?!]{0,30}\b(?:statements?|warnings?|warn[a-z]*|"
    r"alerts?|recalls?|position|stance|guidance|said|say|says)\b|\b(?:statements?|warnings?|"
    r"position|stance)\b[^.?!]{0,30}\b(?:fda|mhra|ema|tga)\b",
    r"\b(?:who (?:owns|holds|has) the|is (?:it|ldn|naltrexone) (?:still )?(?:under|off)|"
    r"expired?) patents?\b|\bpatent (?:on|for) (?:ldn|low[- ]dose naltrexone|naltrexone|it)\b",
    r"\b(?:med(?:ical)? school|facultad de medicina|fac de medecine)\b|\bwhere did (?:she|"
    r"the author|dr\.? suhaila|lena suhaila) (?:study|train|qualify|go to school)\b|\bhow "
    r"(?:many years|long) has (?:she|the author|dr\.? suhaila) (?:actually |really )?"
    r"been (?:practi[cs]ing|treating|"
    r"working|seeing)\b|\b(?:book|make|get|schedule) an? (?:appointment|consultation|"
    r"consult) with (?:her|the author|dr\.? suhaila)\b|\b(?:marco|marcar|agendar|prendre|pedir|"
    r"vereinbaren|fissare|prenotare) (?:uma |una |un |einen |la )?(?:consulta|rendez-vous|"
    r"termin|appuntamento|visita) (?:com|con|avec|mit|bei) (?:ela|ella|elle|ihr|lei|la autora|"
    r"l'autrice|a autora|der autorin)\b|\batende em consultorio\b",
    r"\b(?:customs|airport security|hand luggage|carry-on|douane|aduana|dogana|zoll|alfandega)\b",
    r"\b(?:propofol|sevoflurane|anaesthe[a-z]*|anesthe[a-z]*|narkose|anestesi[a-z]*)\b",
    r"\bprognos[a-z]*\b|\bhow long do (?:[a-z]+ )?(?:cancer )?(?:patients|people) live\b|\blife "
    r"expectancy\b|\bsurvival (?:rates?|odds|chances)\b|\b(?:chances|taux) de survie\b|\besperanza "
    r"de vida\b|\bexpectativa de vida\b|\blebenserwartung\b|\baspettativa di vita\b",
    r"\b(?:is|are) (?:ldn|it|naltrexone) (?:ever )?(?:used|given|offered|prescribed) in (?:a )?"
    r"(?:hospices?|palliative care|end[- ]of[- ]life care)\b",
    r"\b(?:scuba|(?:deep[- ]sea |free ?)?diving|plongee|buceo|immersion[ei]|tauchen|mergulho|"
    r"high altitude|alta quota|grande altitude|gran altitud|hohenlage|weight ?lifting|lifting "
    r"weights|bodybuilding|musculacao|musculacion|musculation|muscolazione|krafttraining)\b",
    r"\b(?:vets?|veterinar[a-z]*|tierarzt[a-z]*|tierarztin)\b[^.?!]{0,20}\b(?:use|usan|utilisent|"
    r"verwenden|usano|usam|prescribe|give|geben|dar|donner)\b",
    r"\b(?:my|our|mi|mon|ma|unser|unsere|il mio|la mia|o meu|a minha|meu|minha) (?:dog|cat|"
    r"hund|katze|perro|perra|gato|gata|chien|chienne|chat|cane|gatto|cachorro|cadela)(?:'s)?\b"
    r"[^?]{0,60}\b(?:cancer|tumou?r|lymphoma|osteosarcoma|osteosarkom|mastocitoma|krebs|cancro|"
    r"linfoma)\b[^?]{0,40}\b(?:help|helfen|ayudar|ayudaria|aider|aiutare|ajudar|work|funktion"
    r"[a-z]*|funcion[a-z]*|marche|funziona[a-z]*)\b|\b(?:help|helfen|ayudar|aider|aiutare|ajudar)"
    r"\b[^?]{0,20}\b(?:my|our|mi|mon|ma|unser|unsere|il mio|la mia|o meu|a minha) (?:dog|cat|"
    r"hund|katze|perro|perra|chien|chat|cane|gatto|cachorro)(?:'s)?\b",
    r"\b(?:wahrend ich stille|ich stille)\b",
    # session 18, second round: dental work, blood donation, the sun and heat, clots, hormones,
    # second opinions, shortages, telehealth, flying medicals, a sauna, what capsules contain
    # and how to store them, drug tests, the site's money; researchers' later work and trials
    # to come; old age
    r"\b(?:numbing (?:injection|shot)|local anaesthetic|lidocain[ea]?|novocain[ea]?|dental "
    r"(?:work|procedure|surgery|filling)|give blood|donate blood|blood donation|donar sangre|"
    r"donner (?:mon |du )?sang|blut ?spenden|blutspende|donare (?:il )?sangue|doar sangue|"
    r"sunburn|burn (?:more )?easily|sun (?:sensitivity|exposure)|photosensiti[a-z]*|tanning "
    r"beds?|sunbeds?|solarium|lampada abbronzante|heat ?waves?|heat tolerance|"
    r"canicule|ola de calor|hitzewelle|ondata di calore|onda de calor|blood clots?|dvt|"
    r"thrombos[a-z]*|shift work|circadian|oestrogen|estrogen|ostrogen|estrogeni|estrogenio|"
    r"oestrogene|tsh|free t4|hormone levels|second opinion|secondo parere|segunda opinion|"
    r"segunda opiniao|deuxieme avis|zweitmeinung|rupture de stock|shortages?|out of stock|"
    r"desabastecimiento|lieferengpass|carenza|ruptura de estoque|teleconsultation|telehealth|"
    r"telemedicin[ae]|telemedizin|teleconsulta|fliegerarzt|flugtauglich[a-z]*|aeromedical|"
    r"sauna|hammam|gluten|glutine|lactose|lattosio|lactosa|vegan[a-z]*|capsule fillers?|"
    r"excipients?|eccipienti|(?:kept|keep|stored?|storing) (?:them |it )?(?:cool|cold|at room "
    r"temperature)|wie lagere ich|how (?:do|should) i store|comment (?:les |la )?conserver|"
    r"excipientes|drug (?:tests?|screens?)|controles? de drogas|analisis de orina|urine test|"
    r"dar positivo|make money|makes money|profit from)\b",
    r"\bstill (?:publishing|researching|working on|doing research)\b|\bainda pesquisa\b|"
    r"\bsigue investigando\b|\bforscht (?:er|sie) noch\b|\bpublie(?:-t-il)? encore\b|\bwhat has "
    r"(?:his|her|their) lab (?:done|published)\b|\b(?:why has nobody|why hasn'?t anyone) "
    r"(?:run|done)\b|\bwhen will there (?:finally )?be\b[^?]{0,30}\b(?:trials?|studies)\b|"
    r"\bwann gibt es (?:endlich )?(?:grosse |grose )?studien\b|\bquando vao fazer estudos\b|"
    r"\bcuando (?:haran|van a hacer) estudios\b|\bquand y aura-t-il\b[^?]{0,20}\betudes\b",
    r"\b(?:in (?:dem|diesem|ihrem|seinem) alter|at (?:that|her|his|my|this|their) age|a (?:esa|"
    r"su|mi|esta) edad|a (?:cet|son|mon) age|a quell'eta|alla sua eta|nessa idade|na idade "
    r"(?:dela|dele))\b[^.?!]{0,40}\b(?:safe|sicher|seguro|segura|sur|sure|sicuro|sicura|ok|okay|"
    r"risky|riskant)\b|\b(?:safe|sicher|seguro|sur|sicuro)\b[^.?!]{0,30}\b(?:in (?:dem|diesem)"
    r" alter|at (?:that|her|his|my|this) age|a (?:esa|su) edad|a (?:cet|son) age|nessa idade)\b",
    # session 19: work and sick leave, dental work, infections at school, support groups and
    # counselling, the assistant's own opinion or name, influencers and celebrities,
    # regulators, reviews and trial registers, survival rates, receptors no source names,
    # diets, herbs and foods, fertility, the heart, the author's books and practice
    r"\b(?:employer|my boss|sick (?:leave|note|pay)|time off work|keep (?:on )?working|continue "
    r"working|(?:go|going|get|getting) back to work|return(?:ing)? to work|carer'?s leave|conge "
    r"(?:de |d')?(?:proche aidant|maladie)|arret (?:de travail|maladie)|mon employeur|mon patron|"
    r"baja (?:laboral|medica)|necesito una baja|mi jefe|mi empleador|seguir trabajando|continuar "
    r"trabajando|arbeitgeber[a-z]*|krankschreibung|krankgeschrieben|weiter ?arbeiten|mein chef|"
    r"datore di lavoro|continuare a lavorare|congedo|baixa medica|continuar a trabalhar|meu "
    r"patrao|meu chefe|atestado medico|work(?:ing)? (?:the )?night shifts?|conduzir (?:o )?camiao|"
    r"truck driver|lorry driver)\b",
    r"\b(?:dentists?|dentista|dentiste|zahnarzt[a-z]*|zahnarztin|dental implants?|implante "
    r"dental|implant dentaire|zahnimplantat|impianto dentale|tooth extraction|extraction "
    r"dentaire|extraccion (?:dental|de muela)|estrazione (?:dentale|del dente)|un'estrazione|"
    r"extracao dentaria|wisdom tooth|weisheitszahn[a-z]*|muela del juicio|dent de sagesse|dente "
    r"del giudizio|dente do siso|dentiera|dentures?|dentier|dentadura|zahnprothese)\b",
    r"\b(?:inr|conflicts? of interest|conflicto de interes|"
    r"conflit d'interets?|interessenkonflikt[a-z]*|conflitto di interessi|conflito de interesses?|"
    r"(?:does|do) (?:the |your |a )?(?:hospital |local )?pharmac(?:y|ies) (?:normally |usually )?"
    r"(?:stock|carry)|(?:stock|stocks|carries) (?:ldn|naltrexone)|verschicken|am gunstigsten|"
    r"cheapest|mas barat[oa]|moins cher|piu economic[oa]|mais barat[oa]|who owns (?:this|the) "
    r"(?:site|website|page)|(?:are|do) you (?:yourselves )?sell(?:ing)? (?:ldn|it|naltrexone)|"
    r"commission from|vende productos|apa (?:7th|style|format|citation)|mla style)\b",
    r"\b(?:chickenpox|varicel[a-z]*|windpocken|shingles|gurtelrose|herpes zoster|measles|"
    r"sarampion|rougeole|masern|morbillo|sarampo)\b",
    r"\b(?:is there|are there|recommend|know of|find|join|recomiendan?|recomiendas|conocen|"
    r"conoces|hay|existen?|existem?|gibt es|empfehlt|empfehlen sie|kennt ihr|connaissez|connais|"
    r"recommandez|il y a|c'e|ci sono|conoscete|consigliate|indicam|indiquem|recomendam)\b[^?]{0,60}"
    r"\b(?:support groups?|facebook groups?|grupos? de apoyo|grupos? de apoio|groupes? de "
    r"(?:soutien|parole)|gruppi? di (?:supporto|sostegno|auto-?aiuto)|selbsthilfegruppen?|"
    r"beratungsstellen?|apoio psicologico|apoyo psicologico|soutien psychologique|supporto "
    r"psicologico|psychologische (?:unterstutzung|beratung|hilfe)|counsell?ing|counsell?ors?|"
    r"psycholog(?:ist|ue|o|a)s?|psychotherap[a-z]*|psicolog[oa]s?|therapists?)\b",
    r"\b(?:help (?:with|for) (?:the |my |his |her )?anxiety|ayudar(?:le|me|la)? con la ansiedad|"
    r"aider (?:a|avec|contre) l'anxiete|gegen (?:die |seine |ihre |meine )?angst|per l'ansia|com a "
    r"ansiedade)\b",
    r"\b(?:do you (?:personally |really |honestly )?(?:think|believe) (?:ldn|it|naltrexone|"
    r"this)\b[^?]{0,20}\b(?:worth|works?|a scam|hype|legit)|(?:your|ton|votre|tu|deine|la tua|"
    r"sua|tua) (?:honest |own |personal |ehrliche |persoenliche |personnel |personal )?"
    r"(?:opinion|opinione|opiniao|meinung|avis)(?: (?:honnete|personnel|sincera|sincero))?|honest "
    r"opinion|tu y crois|toi,? tu y crois|crees en (?:la )?ldn|glaubst du (?:an|daran)|ci credi|"
    r"voce acredita (?:nisso|no ldn|em ldn)|forget the studies)\b",
    r"\b(?:what'?s your name|what is your name|tu t'appelles comment|comment tu t'appelles|"
    r"como te llamas|wie heisst du|come ti chiami|qual (?:e )?o (?:seu|teu) nome|am i (?:talking|"
    r"chatting|speaking) (?:to|with) a (?:real )?(?:human|person|bot|machine)|(?:are you|is "
    r"this|is it) a real human|is this "
    r"(?:automated|a bot|an ai|a machine)|(?:e-?mail|send) me (?:a |the )?(?:summary|pdf|copy|"
    r"transcript)|email me)\b",
    r"\b(?:influencers?|youtubers?|tiktokers?|youtube (?:channel|video)|chaine youtube|canal (?:de|"
    r"no) youtube|youtube-kanal|canale youtube|suzanne somers|calciatore famoso|futbolista "
    r"famoso|footballeur (?:celebre|connu)|beruhmte[rn]? fussballer|jogador famoso|famous "
    r"(?:footballer|athlete|player))\b",
    r"\b(?:nice|the nhs|nhs)\b(?: or (?:the )?(?:nhs|nice))? (?:say|says|said|guidance|guidelines?|"
    r"recommend[a-z]*)\b|\bcochrane\b|\bformally reviewed\b|\bsafety communications?\b|"
    r"\bphase (?:1|2|3|i|ii|iii|one|two|three) (?:randomi[sz]ed )?(?:trials?|studies|study)\b|"
    r"\bnct (?:registration|number)\b|\bnct\d+|\bclinicaltrials\.gov\b|\bregulators?\b|"
    r"\b(?:rechtslage|legal status|situation (?:legale|juridique)|situacion legal|situazione "
    r"legale|situacao legal)\b",
    r"\b(?:uberlebensrate[n]?|uberlebenschancen?|tasas? de supervivencia|tass[oi] di "
    r"sopravvivenza|taxas? de sobrevivencia|sobrevida)\b|\bwhat (?:are|re) (?:my|his|her|our) "
    r"(?:odds|chances)\b",
    r"\b(?:nmda|sigma(?:-1)? receptors?|sigma receptors?|tlr-?4|toll-like)\b",
    r"\b(?:cetogen[a-z]*|chetogenic[a-z]*|kétogène|ketogen[a-z]*|black seed|nigella|"
    r"schwarzkummel[a-z]*|comino negro|cumin noir|cumino nero|cominho preto|melograno|"
    r"pomegranates?|granatapfel|te verde|the vert|gruner tee|cha verde|chamomile|camomil[a-z]*|"
    r"kamille[a-z]*|manzanilla|tisane|tisana|herbal teas?|krautertee)\b",
    r"\b(?:what|which|que|quels?|quelles?|welche|quali|quais|cuales|qu'est-ce que je) "
    r"(?:foods?|alimentos|aliments|lebensmittel|alimenti|cibi|comidas?|manger|comer|mangiare)\b|"
    r"\bsubir las defensas\b",
    r"\b(?:sperm[a-z]*|esperma|spermatozo[a-z]*|fertilidad|fertilidade|fecondite|"
    r"fruchtbarkeit|egg freezing|freezing (?:eggs|sperm)|congelar ovulos|kinderwunsch)\b",
    r"\b(?:heart strain|cardiotox[a-z]*|cardiolog[a-z]*|kardiolog[a-z]*)\b",
    r"\b(?:ha scritto|has (?:she|he|(?:dr\.? )?(?:lena )?suhaila|the author) written|did "
    r"(?:she|he) write|a-t-elle ecrit|hat sie "
    r"(?:ein )?(?:buch|bucher) geschrieben|escribio|escreveu)\b[^?]{0,20}\b(?:libri|libro|books?|"
    r"livres?|bucher|buch|libros|livros?)\b|\bwo hat (?:sie|er) studiert\b|\b(?:arztin|arzt) "
    r"oder heilpraktiker[a-z]*\b|\bconsulta online\b|\b(?:atiende|atende|consulte|praktiziert|"
    r"riceve) (?:en|em|in|a|au)\b|\b(?:est-elle|is she|ist sie) (?:medecin|a doctor|arztin) en\b",
    # session 19, second round: family disagreements, cruises and moving abroad, procedures
    # and blood counts, care homes, news stories and who was on television, complaints,
    # champagne and smoking, pets, the author's practice, sport
    r"\b(?:how (?:do|can|should) i (?:talk to|convince|persuade|get) (?:him|her|them|my "
    r"[a-z-]+)\b[^?]{0,40}\b(?:back off|stop|support|understand|accept|agree)|back off|como "
    r"hablo con (?:el|ella)|sin que acabemos peleando|come faccio a parlarne con|senza litigare|"
    r"wie kann ich (?:ihn|sie) (?:dazu bringen|uberzeugen)|streiten (?:standig|dauernd|immer)|"
    r"family dinners?)\b",
    r"\b(?:cruises?|ship'?s doctor|relocat[a-z]*|moving abroad|accept my (?:[a-z]+ )?(?:[a-z]+ )?"
    r"prescription|kriegt man (?:da|dort)|falls sie mir ausgeht)\b",
    r"\b(?:biops[a-z]*|stents?|stoma|ileostom[a-z]*|colostom[a-z]*|transfus[a-z]*|port "
    r"(?:implant[a-z]*|placement|insertion)|port implantiert|coloscop[a-z]*|colonoscop[a-z]*|"
    r"koloskopie|darmspiegelung|endoscop[a-z]*|endoskopie|bleeding risk|risque de saignement|"
    r"blutungsrisiko|riesgo de sangrado|rischio di sanguinamento|risco de sangramento|white "
    r"(?:blood )?(?:cell )?count|wbc|hb|ha?emoglobin|hemoglobina|leucocitos|leucociti|leukozyten|"
    r"leucocytes|neutrofil[a-z]*|neutrophil[a-z]*|globulos blancos|gamma ?gt|ggt|leberwerte|"
    r"liver enzymes|taux d'ace|cea (?:level|was|is)|platelets?|plaquettes|piastrine|plaquetas|"
    r"thrombozyten|ca-?125 (?:was|is|e|est|ist|de|at|e a|esta en|liegt bei) \d+)\b",
    r"\b(?:care homes?|nursing homes?|residencia|ehpad|rsa|pflegeheim|casa de repouso|lar de "
    r"idosos|hospice staff|hors amm|(?:staff|nurses?|infirmieres?|infermiere|enfermeras?) (?:there "
    r"|at [a-z ]+)?(?:be )?(?:allowed|permitted|trained|possono|pueden|peuvent|durfen)|no le "
    r"quieren dar|que derechos tiene)\b",
    r"\b(?:footballers?|daily mail|talkshow|talk show|reportage|c'etait qui|who was (?:she|he|"
    r"that)|wer war (?:das|sie|er)|quien era|chi era|quem era|is that story true|news (?:story|"
    r"piece|report))\b",
    r"\b(?:(?:make|file|lodge) a (?:formal )?complaint|formal complaint|(?:ich )?mochte mich "
    r"beschweren|poner una queja|porter plainte|fare un reclamo|fazer uma reclamacao)\b",
    r"\b(?:champagne|champagner|champan|champanhe|spumante|mulled wine|gluhwein|vin chaud|sekt|"
    r"smoking|rauchen|fumar|fumer|fumare|vap(?:e|ing)|e-cig[a-z]*|sigaretta elettronica|"
    r"cigarrillo electronico|cigarette electronique|e-zigarette|cigarro eletronico)\b",
    # not "Mi médico me recetó LDN de noche. ¿Y para mi perro?": the routine asked for the dog
    r"\b(?:used?|give|giving|work|works|help|helps|safe|ok)\b[^.?!]{0,20}\b(?:for|on|in) (?:a|my|"
    r"our) (?:cat|dog|pet)\b|(?<!\by )(?<!\bet )(?<!\be )(?<!\bund )\b(?:per il mio|per la mia|"
    r"para mi|pour mon|pour ma|pro meu|fur meinen|fur meine) (?:cane|gatto|gatta|perro|perra|"
    r"gato|gata|chien|chienne|chat|cachorro|cadela|hund|katze)\b",
    r"\b(?:tiene consulta|consulte-t-elle|see patients|her clinic|sa clinique|su clinica|lavora "
    r"anche|trabaja tambien|arbeitet sie|atende tambem|fait ses etudes|(?:tem|tiene|has|a|hat|"
    r"ha) (?:she |ela |ella |elle |sie |lei )?(?:an? )?instagram|(?:est-elle|is she|ist sie|e "
    r"lei|ela e|es ella) (?:une |a |eine )?(?:naturopathe?|heilpraktikerin|naturopata))\b",
    r"\b(?:(?:do|doing|practi[cs]e|hago|hacer|faire|je fais|fare|faccio|fazer|faco|mache|machen) "
    r"(?:de |du |la |el |o |a |some |hot )?(?:pilates|yoga|ski|skiing|esqui)|(?:go|going) (?:to "
    r"the gym|skiing)|lift(?:ing)? heavy|fitnessstudio|sport intense?|deporte intenso|"
    r"intensiver sport|sport intenso|esporte intenso|ejercicio intenso)\b",
    r"\b(?:clinics? in mexico|mexican clinics?|clinicas? en mexico|tijuana|is the sun (?:ok|"
    r"safe|a problem)|engravid[a-z]*|osteosar[ck]om[a-z]*)\b",
    # session 19, third round: sport, pharmacies and brand names, insurers by name, pets,
    # family doctors prescribing, doctors by city, blood pressure, scans, customs, the author's
    # office and trials, organisations, shelf life, fillers, recovery after surgery, prices,
    # follow-up studies, HRT, actresses, long-term use (other illnesses beside the cancer are
    # _OTHER_ILLNESS_BESIDE, checked in _scope)
    r"\b(?:crossfit|calcetto|jiu-?jitsu|cyclosportives?|velo de route|(?:ir|yendo|voy) al gym|"
    r"gimnasio)\b",
    r"\b(?:lo venden|la venden|venden|vendem|verkauft|se vende) (?:en |nas |in |dans )?(?:las "
    r"|les |den )?(?:farmacias?|pharmacies?|apotheken?)\b|\b(?:in jeder|nur in einer|in einer "
    r"bestimmten) apotheke\b|\bfarmacias del ahorro\b|\bjean coutu\b|\b(?:nom|nome|nombre) "
    r"comercial\b|\bnom commercial\b|\bnome commerciale\b|\b(?:what(?:'s| is| are)|which|any) "
    r"(?:the )?brand names?\b|\bhandelsname\b|"
    r"\b(?:from|at) boots\b|\bcompounding chemists?\b",
    r"\b(?:ramq|imss|issste|ogk|krankekasse|obra social|prepaga)\b",
    r"\b(?:fur|for|para|pour|per) (?:les |i |os )?(?:hunde[n]?|katzen|dogs|"
    r"cats|perros|gatos|chiens|chats|cani|gatti|cachorros|caes)\b|\b(?:mi|mon|"
    r"ma|unser|unsere|il mio|la mia|o meu|a minha|meu|minha|my|our) (?:perro|perra|chien|chienne|"
    r"chat|hund|katze|cane|gatto|gatta|gato|gata|cachorro|cadela|dog|cat|labrador|kitten|puppy)\b"
    r"[^.?!]{0,60}\b(?:carcinom[ea]?|"
    r"mastocitoma|tumou?r|lymphom[a]?|linfoma|cancer|[a-z]*krebs|cancro|milztumor|tumeur)\b"
    r"[^.?!]{0,60}\?|\bveto\b"
    r"[^?]{0,30}\bprescrire\b",
    r"\b(?:medico di base|medico de cabecera|medecin (?:generaliste|traitant)|hausarzt|clinico "
    r"geral|medico de familia)\b[^?]{0,30}\b(?:prescriv[a-z]*|recetar[a-z]*|prescrire|"
    r"verschreiben|receitar|prescrever)\b",
    r"\b(?:conosce|conoscete|indica|indicam|conoces|conocen|kennt|kennen sie|connaissez|know) "
    r"(?:un|uma|um|una|einen|a|an) (?:oncolog[oa]|oncologista|medic[oa]|onkolog(?:e|in)|doctor|"
    r"oncologue|oncologist|arzt|arztin)\b",
    r"\b(?:alzare la pressione|subir la (?:presion|tension)|raise (?:my |the )?blood pressure|"
    r"faire monter la tension|den blutdruck erhohen|aumentar a pressao)\b",
    r"\b(?:tac|tc|pet|risonanza|esami|controlli?) di controllo\b|\bfollow-up scans?\b|\bscan "
    r"de control\b",
    r"\b(?:imigracao|inmigracion|immigration|na mala|en la maleta|dans ma valise|im koffer|in "
    r"valigia)\b",
    r"\b(?:un bureau a|la consulter|prenota(?:re)? una visita|riceve anche|a-t-elle mene|(?:has|"
    r"did|does) she (?:run|done|do|conduct(?:ed)?) (?:any )?(?:clinical )?(?:trials|studies|"
    r"research)|background,? is she)\b",
    r"\b(?:cancer council|asociacion espanola contra el cancer|aecc|airc|deutsche[sn]? "
    r"krebsforschungszentrum[s]?|dkfz|deutsche krebshilfe|cancer research uk|american cancer "
    r"society|macmillan|ligue contre le cancer|memorial sloan|mayo clinic|md anderson|istituto "
    r"dei tumori)\b",
    r"\b(?:una vez abierto|fecha de caducidad|expiry date|shelf life|haltbarkeit|date de "
    r"peremption|scadenza|prazo de validade|fullstoff[a-z]*|fillers?|rellenos?)\b",
    r"\b(?:recuperacao depois|recovery after (?:surgery|an operation|the operation)|recuperacion "
    r"despues|scar heals?|cicatriza[a-z]*|cicatrisation|narbe[n]?|cicatrice)\b",
    r"\b(?:dearer|cheaper|more expensive|costs? more)\b|\bfollow-up stud(?:y|ies)\b|\bestudio de "
    r"seguimiento\b|\betude de suivi\b|\bfolgestudie\b",
    r"\b(?:hrt|hormone replacement|terapia hormonal sustitutiva|hormonersatz[a-z]*|"
    r"actress|actrice|actriz|schauspielerin|attrice|atriz)\b",
    r"\bfor (?:ten|10|twenty|20|many) years\b|\blong[- ]term (?:damage|harm|safety|risks?)\b",
    r"\b(?:heilungschancen|chances de guerison|posibilidades de curacion|probabilita di "
    r"guarigione|chances de cura)\b",
    # whether it works against drinking (not whether it is the drug used for it)
    r"\b(?:wirksam|helps?|good for|effective|funciona|marche|efficace|eficaz|hilft|aiuta|ajuda)\b"
    r"[^?]{0,30}\b(?:alkoholsucht|alcoholism|alcoolisme|alcoholismo|alcolismo|alcoolismo|"
    r"(?:quitting|stopping) drinking)\b|\b(?:alkoholsucht|alcoholism|alcoolisme|alcoholismo|"
    r"alcolismo|alcoolismo)\b[^?]{0,20}\b(?:wirksam|effective|efficace|eficaz|funciona)\b",
    r"\b(?:effets? secondaires?|side effects?|efectos? secundarios?|nebenwirkungen|effetti "
    r"collaterali|efeitos colaterais) (?:de |of |del |der |dell'|do |da )?(?:l'|la |el |the )?"
    r"(?:(?:immunotherap[a-z]*|inmunoterapia|immunoterapia|imunoterapia) )?(?:pembrolizumab|"
    r"keytruda|nivolumab|opdivo|ipilimumab|yervoy|atezolizumab|tecentriq)\b",
    r"\b(?:ou trouver|donde encontrar|onde encontrar|dove trovare|wo finde ich|where (?:can i )?"
    r"find) (?:une|una|uma|eine|a) (?:pharmacie|farmacia|apotheke|pharmacy)\b",
    # session 25: how many people use it or did well on it; driving or cycling after a dose; a
    # special diet or fasting with it; who invented it; the author's income from it; a study
    # author's later work
    _PEOPLE_COUNTED,
    _DRIVING_AFTER_A_DOSE,
    _SPECIAL_DIET,
    # a success, cure or response rate; long-term data; where to buy it (session 25)
    r"\b(?:success rates?|cure rates?|response rates?|taux de (?:reussite|succes|guerison|"
    r"reponse)|tasa de (?:exito|curacion|respuesta|cura)|erfolgs(?:quote|rate)|heilungsrate|"
    r"tasso di (?:successo|guarigione|risposta)|taxa de (?:sucesso|cura|resposta))\b",
    r"\blong[- ]term (?:stud(?:y|ies)|data|follow-?up|use|effects?|outcomes?|results?)\b|"
    r"\b(?:estudos?|estudios?|studi|etudes?) (?:de |a )?(?:longo|largo|lungo|long) "
    r"(?:prazo|plazo|termine|terme)\b|\blangzeit(?:daten|studien?|studie|wirkung[a-z]*|"
    r"ergebnisse)\b|\ba (?:longo|largo|lungo) (?:prazo|plazo|termine)\b|\ba long terme\b",
    r"\b(?:onde (?:e que )?(?:se )?compr[oa]|wo (?:bekomm|krieg|kauf)[a-z]* (?:ich|man))\b",
    _USED_IN_A_COUNTRY.pattern,
    # session 25, second round: religious fasting; the molecule's chemistry and genes;
    # copyright; a nursing care plan; disposing of capsules; medical boards and the law; a
    # cancer inherited; fertility; an MRI while on it; the press; citation counts; who made or
    # discovered it; patients' ethnicity; a site's affiliations; life prolonged
    _RELIGIOUS_FAST,
    r"\b(?:has|have|wrote|written|write|escrito|ecrit|geschrieben|scritto) (?:any |d'|andere |"
    r"altri |"
    r"outros |otros )?(?:other|more|autres|weitere|altri|outros|otros) (?:articles|papers|books|"
    r"posts|articulos|artikel|articoli|artigos)\b|\bread more from (?:her|him)\b",
    r"\b(?:assurance|insurance|seguro|versicherung|krankenkasse|assicurazione|mutuelle|obra "
    r"social)\b[^?]{0,40}\b(?:prend en charge|rembours[a-z]*|cover[a-z]*|cubre|bezahlt|ubernimmt|"
    r"copre|cobre|paga)\b",
    r"\b(?:piu|more|mas|plus|mehr|mais) (?:usato|used|usado|utilise|verwendet|popular|popolare|"
    r"populaire|beliebt)\b",
    r"\btraditional chinese medicine\b|\bchinese herbs?\b|\bherbal (?:soup|medicine|remed[a-z]*)\b",
    r"\behrlich\b[^?]{0,40}\b(?:named after|come from|comes from|originally|in (?:people|humans) "
    r"too|human cancer or|happens? in people)\b|\bpaul ehrlich\b",
    r"\b(?:chemical|molecular) (?:formula|structure|weight)\b|\b(?:formula|formule|formel) "
    r"(?:quimica|chimique|chimica|chemische)\b|\bstrukturformel\b|\bchromosom[a-z]*\b|\bwhich "
    r"gene encodes\b|\bamino acid sequence\b",
    r"\bcopyright[a-z]*\b|\bderechos de autor\b|\bdroits? d'auteur\b|\burheberrecht[a-z]*\b|"
    r"\bdiritt[oi] d'autore\b|\bdireitos autorais\b",
    r"\bcare plan\b|\bnursing (?:assessments?|diagnos[ie]s|interventions?)\b",
    _DISPOSAL,
    r"\b(?:medical board|board of pharmacy|ordre des (?:medecins|pharmaciens)|arztekammer|colegio "
    r"de medicos|ordine dei medici|conselho (?:regional|federal) de medicina)\b|\bby law\b|"
    r"\b(?:be )?punished\b|\bmalpractice\b",
    r"\b(?:is|es|est|ist|e) (?:it |the cancer |ovarian cancer |el cancer |ce cancer |der krebs |"
    r"il tumore |o cancer )?(?:hereditar[a-z]*|inherited|erblich|ereditari[oa])\b|\b(?:hereditari"
    r"[oa]s?|hereditary|ereditari[oa]|hereditaire)\?",
    r"\b(?:rendere sterili|sterilit[a-z]*|esterilidad|sterilite|fertilit[a-z]*|unfruchtbar[a-z]*|"
    r"fruchtbarkeit|fertilidade|fertilidad)\b",
    r"\b(?:mri|risonanza magnetica|resonancia magnetica|irm|mrt|ressonancia magnetica|kernspin)"
    r"\b[^?.!]{0,40}\b(?:ldn|naltrexon[ea]?|taking|prendendo|tomando|prends|nehme)\b|\b(?:ldn|"
    r"naltrexon[ea]?)\b[^?.!]{0,40}\b(?:mri|risonanza magnetica|resonancia magnetica|irm|mrt|"
    r"ressonancia magnetica|kernspin)\b",
    r"\bwhat did the (?:press|media|news|newspapers)\b|\b(?:press|media) coverage\b|\bhow many "
    r"times\b[^?]{0,80}\bcited\b|\bcitation (?:count|index)\b",
    r"\b(?:which|what) (?:company|pharma(?:ceutical)? company|drug company|manufacturer|lab) "
    r"(?:first )?(?:made|makes|developed|produced|invented)\b|\bque laboratorio\b|\bquel "
    r"laboratoire\b|\bwelche firma\b|\bquale azienda\b|\bqual (?:o )?laboratorio\b|\bwhat was "
    r"the brand name\b",
    r"\b(?:quem descobriu|who discovered|quien descubrio|qui a decouvert|wer hat (?:die |das )?"
    r"ldn entdeckt|chi ha scoperto) (?:o |a |la |el |le |il |l')?(?:ldn|naltrexon[ea]?)\b|"
    r"\bcame up with the idea\b",
    r"\b(?:black|hispanic|latino|latina|asian|african american|caucasian)\b[^?]{0,30}"
    r"\b(?:patients|people|women|men|participants)\b|\b(?:ethnic[a-z]*|racial|race) (?:groups?|"
    r"minorit[a-z]*|diversity)\b",
    r"\b(?:leben verlangert|lebensverlangerung|prolong(?:s|ed)? (?:life|survival)|alarg[a-z]* la "
    r"vida|prolong[a-z]* la vie|allung[a-z]* la vita|prolong[a-z]* a vida)\b",
    r"\b(?:que|qual|quel|quale) (?:porcentaje|porcentagem|pourcentage|percentuale) (?:de |di "
    r")?(?:la )?gente\b",
    r"\b(?:who|quien|qui|wer|chi|quem)\b[^?]{0,30}\b(?:invent[a-z]*|erfunden|came up with "
    r"(?:ldn|it))\b|\b(?:invent[a-z]*|erfunden|erfand)\b[^?]{0,15}\b(?:ldn|naltrexon[ea]?)\b",
    r"\b(?:does|did|is|do) (?:the author|she|dr\.? [a-z]+|lena suhaila|the writer|they)\b[^?]{0,30}"
    r"\b(?:sell|sells|selling|make money|get money|earn|profit|paid by)\b|\bget (?:any )?money "
    r"from\b",
    r"\b(?:still|ancora|todavia|aun|encore|noch|ainda) (?:work(?:s|ing)?|lavora|trabaja|travaille|"
    r"arbeitet|trabalha|research(?:es|ing)?|studia|estudia|forscht|pesquisa) (?:on|sulla|sul|"
    r"en|sur|an|com|em|con|in)\b|\b(?:lavora|trabaja|travaille|arbeitet|trabalha|works) "
    r"(?:ancora|todavia|aun|encore|noch|ainda|still) (?:on|sulla|sul|en|sur|an|com|em|con)\b",
    # session 26: tests before starting; who makes it, its brands, compounding by law; an
    # abstract's significance section; insurers by name; a prescriber in a town; the article's
    # publication date or how to cite it; a named medicine asked about specifically
    _TESTS_BEFORE_STARTING,
    _WHO_MAKES_IT,
    r"\b(?:significance|significancia|signification|signifikanz|significativita) "
    r"(?:section|seccion|abschnitt|sezione|secao)\b|\b(?:section|seccion|abschnitt|sezione|"
    r"secao|sentence|satz|frase|phrase) (?:de |di |of |der |da )?(?:significance|"
    r"significancia|signifikanz)\b",
    r"\b(?:medical aid|ohip|trillium|philhealth|pharmacare|pbs|nhs (?:prescription|funding)|"
    r"medicare|medicaid|krankenkasse|securite sociale|obra social|sus|ssn|mutuelle)\b[^?]{0,30}"
    r"\b(?:pay|pays|cover|covers|covered|rembourse|paga|cobre|cubre|zahlt|bezahlt)\b|\b(?:covered"
    r" by|paid by|pay for) (?:the )?(?:medical aid|ohip|trillium|philhealth|pharmacare|medicare|"
    r"medicaid|discovery)\b",
    r"\b(?:medicos?|doctors?|arzte?|medecins?|dottori|medici|oncologos?|oncologists?) (?:en|in|a|"
    r"em|near|around) [a-z]+ (?:que|who|qui|der|die|che) (?:formule|formulen|receta|recete|"
    r"prescriba|prescribe|prescribes|prescrit|prescrive|verschreibt|receita|receite)\b",
    r"\b(?:publication|publishing) date\b|\bdate de publication\b|\bfecha de publicacion\b|"
    r"\b(?:publikations|veroffentlichungs)datum\b|\bdata di pubblicazione\b|\bdata de "
    r"publicacao\b|\brevised since\b|\bcite (?:this|the) (?:article|post)\b|\b(?:in|as) apa\b|"
    r"\bapa (?:format|style|citation)\b",
    _NAMED_DRUG_SPECIFICALLY,
    # session 26, second part: shipping or selling through the site; signing up for a trial or
    # news of one; what people in forums say; prescribing off-label by law; courses on LDN;
    # its pharmacology beyond the sources; deaths from it; the share of patients who respond;
    # hospitals of a country; vegetarian capsules; who took part in a study and its phase
    r"\b(?:does|do) (?:natural cancer care|you|the site|this site|your site) (?:ship|sell|"
    r"deliver)\b|\b(?:vous )?livrez\b|\b(?:fazem|hacen) envios?\b|\bliefern sie\b|\bspedite\b|"
    r"\b(?:acheter|comprar|kaufen|comprare)\b[^?]{0,30}\b(?:sur|en|auf|sul|no|in) (?:votre|"
    r"vuestro|su|ihrer|vostro|o vosso|seu|this|your) (?:site|sitio|web|seite|website|loja)\b|"
    r"\b(?:o vosso|your|the|this) site (?:sell|sells|vende|vend)\b",
    r"\b(?:como me apunto|how (?:do|can) i (?:sign up|enrol|enroll|join)|comment (?:je )?(?:peux "
    r")?m'inscrire|wie melde ich mich an|come mi iscrivo|como me inscrevo|como participo)\b|"
    r"\b(?:neue|new|latest|nuevas|nouvelles|nuove|novas) news\b|\ble iene\b|\b(?:tengono|keep "
    r"it|lo tienen|le cachent|halten es) (?:nascosto|hidden|oculto|cache|geheim)\b",
    r"\b(?:la gente|people|les gens|die leute) (?:nei|in the|on the|dans les|en los|in den|nos) "
    r"(?:forum|forums|foros|foren|foruns)\b|\bfunziona davvero a qualcuno\b",
    r"\b(?:non si puo|no se puede|on ne peut pas|darf man nicht|nao "
    r"se pode|can'?t|cannot|not allowed to) (?:legally )?prescri[a-z]* (?:it |la |lo |le )?"
    r"off-?label\b",
    r"\b(?:corsi|courses?|cours|kurse|cursos|fortbildung(?:en)?|formation|trainings?) (?:di "
    r"formazione |de formation )?(?:sul|sull'|on|sur|zu|sobre|about|su) ?(?:l'|la |le |el |o |"
    r"a )?(?:ldn|naltrexon[ea]?)\b",
    r"\b(?:bioavailab[a-z]*|biodisponib[a-z]*|bioverfugbarkeit|pharmacokinetic[a-z]*|"
    r"farmacocinetic[a-z]*|pharmakokinetik|pharmacocinetique|relative affinity|binding "
    r"affinity|affinit[a-z]* (?:for|pour|para|fur|per) (?:the )?(?:kappa|mu|delta))\b",
    r"\b(?:has|have|did) (?:anyone|anybody|someone|people) (?:ever )?died (?:from|of|after|"
    r"taking|on)\b|\b(?:alguien|quelqu'un|jemand|qualcuno|alguem) (?:ha muerto|est mort|ist "
    r"gestorben|e morto|morreu)\b",
    r"\b(?:what|which) (?:percentage|percent|proportion|share) of (?:[a-z0-9]+ ){0,3}(?:patients|"
    r"people|users)\b",
    r"\bhospitals? in [a-z]+ (?:offer|use|give|prescribe)\b",
    r"\b(?:vegetarian|vegan|gelatine?|gelatina|halal|kosher|vegetarien(?:ne)?|vegetariano|"
    r"vegetarisch)\b",
    r"\bcombien de (?:patientes?|participants?|participantes?) ont participe\b|\b(?:essai|trial|"
    r"ensayo|studie|sperimentazione|ensaio) (?:de |di |der )?phase (?:quoi|quel(?:le)?|what|"
    r"which|welche|qual)\b|\bwhat phase (?:trial|was it|study)\b|\bun essai de phase\b",
    # session 26, second round: others' stories shared on the site; the author's email,
    # comments or own patients; papers, admin and the law around taking it (a prescription
    # picked up by someone else, a health savings account, a sickness benefit, a pension
    # claim, a mortgage's insurance, occupational health, drug-driving tests, Schengen forms);
    # a scan's tracer; meal plans; faith; an audio version; what a study's mice ate or weighed
    # and how tumours were measured; a result repeated by another group; genes passed to
    # children; whether the chat is stored
    r"\b(?:share|shared|sharing|contado|raccont[a-z]*|partag[a-z]*|teilen|compartilh[a-z]*) "
    r"(?:how it went|su experiencia|sus experiencias|leurs experiences|ihre erfahrungen|"
    r"experiences?)\b|\bsi scambia(?:no)? esperienze\b|\bcasos reales\b|\breal cases\b",
    r"\b(?:linkedin|(?:have|has) an email|risponde ai commenti|answers? (?:the )?comments|"
    r"repond aux commentaires|responde (?:a )?(?:los |aos )?comentarios|antwortet auf "
    r"kommentare|selbst patienten (?:damit )?behandelt)\b",
    _PRESCRIPTION_ERRAND,
    r"\b(?:hsa|fsa|"
    r"qualified (?:medical )?expense|inss|auxilio-doenca|rentenversicherung|reha-antrag|"
    r"medecine du travail|pret immobilier|schengen[a-z-]*|drug[- ]driving|roadside (?:drug )?"
    r"tests?)\b|\b(?:own|home) meds\b",
    r"\b(?:ldn|naltrexon[ea]?)\b[^?]{0,40}\b(?:tracer|produit de contraste|kontrastmittel|"
    r"mezzo di contrasto)\b",
    r"\b(?:meal plans?|recipes|anti-?inflamm?atory (?:foods?|diet))\b",
    r"\b(?:faith|prayer|praying|oracion|priere|gebet|preghiera|oracao)\b",
    r"\b(?:horfassung|horbuch|audio ?(?:version|file|book)|audiolibro|version audio|versao em "
    r"audio|podcast)\b",
    r"\b(?:mice|mouse|souris|mausen?|ratones|topi|camundongos|ratinhos|animals)\b[^?]{0,60}"
    r"\b(?:fed|housed|housing|gefuttert|futter|alimentad[oa]s|"
    r"nourri[a-z]*|alimentat[ie]|perso peso|perdieron peso|perdu du poids|gewicht verloren|"
    r"abgenommen|perderam peso)\b",
    r"\b(?:schieblehre|calipers?|ultraschall|ultrasound|ecografia|echographie)\b",
    r"\b(?:wiederholt|replicated|repeated|reproduced|repetid[oa]s?|ripetut[ioa]|reprodui[a-z]*|"
    r"reproduit[a-z]*)\b[^?]{0,40}\b(?:another|other|anderen?|otro|otra|autre|altro|altra|"
    r"outro|outra) (?:group|team|lab|forschungsgruppe|gruppe|grupo|equipe|gruppo|laboratorio)\b|"
    r"\b(?:another|other|anderen?) (?:group|team|lab|forschungsgruppe)\b[^?]{0,30}"
    r"\b(?:wiederholt|replicated|repeated|reproduced)\b|\btested\b[^?]{0,40}\bin (?:real |"
    r"actual )?(?:patients|people|humans)\b[^?]{0,10}\bsince\b",
    r"\bse transmet(?:tent)? aux enfants\b|\bpassed (?:on|down) to (?:the |my |our )?(?:children|"
    r"kids)\b|\bvererb(?:t|en|bar)\b|\bse transmite a los hijos\b|\bpassa ai figli\b|\bpassa "
    r"para os filhos\b",
    _PREGNANT_HANDLING,
    r"\b(?:your|the|vostro|votre|su|ihr) (?:shop|store|tienda|boutique|negozio|loja)\b|"
    r"\bcourier\b|\b(?:cover|pay for|reimburse) (?:the )?(?:travel|hotel|transport)\b",
    r"\b(?:rayos x|x-?rays?|raios-?x|rontgen|raggi x)\b[^?]{0,30}\b(?:aeropuerto|airport|"
    r"aeroporto|flughafen|aeroport)\b",
    r"\blegge 104\b|\bpermessi (?:dal|di) lavoro\b|\bsick (?:leave|pay)\b|\bbaja (?:laboral|"
    r"medica)\b|\barret maladie\b|\bkrankschreibung\b|\bbaixa medica\b",
    r"\b(?:caminhadas|caminatas|randonnees|camminate|long walks|hiking|pilgrimage|"
    r"peregrinacao|peregrinacion|pelerinage|pellegrinaggio|pilgerreise)\b",
    r"\b(?:versao|version|versione|fassung|traduccion|traducao|translation|traduction|"
    r"ubersetzung|traduzione) (?:em|en|in|auf) (?:portugues|espanol|frances|aleman|italiano|"
    r"english|ingles|deutsch|french|spanish|german|italian|portuguese)\b",
    r"\b(?:is it|is this|are (?:my|the) (?:messages|chats?)|will (?:it|this|they) be) (?:stored|"
    r"saved|shared|logged|recorded|kept)\b",
)


# Details of a study that its abstract does not give (session 22). Only the Ehrlich carcinoma
# abstract counts its animals (sixty mice in five groups) and the labelled sets answer its
# affiliation too; the colorectal and gene-expression abstracts give no count, the review none
# of its papers, and the ovarian record holds no abstract at all.
_COUNT_ASKED = _rx(
    r"\bhow many (?:[a-z]+ ){0,2}(?:mice|animals|rats|patients|participants|subjects|papers|"
    r"studies|articles|publications|trials|replicates|repeats|weeks|months|experiments)\b",
    r"\bcuant[oa]s (?:[a-z]+ )?(?:ratones|ratas|animales|pacientes|participantes|estudios|"
    r"articulos|trabajos|publicaciones|ensayos|semanas|meses|replicas)\b",
    r"\bcombien (?:de |d')(?:souris|rats|animaux|patients|participants|etudes|articles|"
    r"publications|essais|semaines|mois)\b",
    r"\bwie viele (?:[a-z]+ )?(?:mause|ratten|tiere|patienten|teilnehmer|studien|arbeiten|"
    r"artikel|publikationen|versuche|wochen|monate)\b",
    r"\bquant[ie] (?:topi|ratti|animali|pazienti|partecipanti|studi|articoli|lavori|"
    r"pubblicazioni|esperimenti|settimane|mesi|repliche)\b",
    # session 25: a sample's size ("Die Donahue-Studie: wie groß war die Stichprobe?")
    r"\b(?:sample size|stichprobe[n]?(?:grosse)?|tamano de (?:la )?muestra|taille de "
    r"l'echantillon|dimensione del campione|tamanho da amostra|quantas cobaias|cuantas cobayas)\b",
    r"\bquant[oa]s (?:camundongos|ratos|ratinhos|animais|pacientes|participantes|estudos|artigos|"
    r"trabalhos|publicacoes|ensaios|semanas|meses)\b",
)
_WHERE_DONE = _rx(
    r"\b(?:which|what) (?:university|universities|uni|hospital|institut[a-z]*|country|city)\b",
    r"\b(?:que|cual) (?:universidad|hospital|instituto|pais|ciudad)\b",
    r"\bquel(?:le)?s? (?:universite|hopital|institut|pays|ville)\b",
    r"\bwelche[rmns]? (?:uni[a-z]*|klinik|krankenhaus|institut|land|stadt)\b|\baus welchem land\b",
    r"\b(?:che|quale|quali) (?:universita|ospedale|istituto|paese|citta)\b",
    r"\b(?:que|qual) (?:universidade|hospital|instituto|pais|cidade)\b",
)
_CELL_LINE_ASKED = _rx(
    r"\b(?:which|what|other|some other) (?:[a-z0-9-]+ ){0,2}(?:cell )?lines?\b",
    # session 24: a line named ("Did Donahue use SKOV-3 cells?")
    r"\b(?:skov-?3|ovcar-?\d|a2780|caov-?3|ht-?29|sw480|sw620|lovo|caco-?2|ct26|dld-?1)\b",
    r"\bwelche[rmns]? zelllinien?\b|\b(?:que|cual|quel(?:le)?s?|quale|qual) "
    r"(?:linea|linha|lignee|linee)s? (?:celular|cellulaire|cellulare)[a-z]*\b",
)
_SIGNIFICANCE_SECTION = re.compile(
    r"\bsignificance\W{0,3}(?:section|part|paragraph|abschnitt|teil)\b|\b(?:section|partie|"
    r"parte|sezione|seccion|secao|abschnitt|teil)\W{0,4}significance\b|\bits significance\b"
)
_MA_STUDY = (
    r"\bma (?:et al|20(?:20)?|and (?:colleagues|co)|'s|study|paper|team|group|colorectal|crc)\b|"
    r"\bma's (?:nude )?(?:study|paper|team|group|mice|work|colorectal)\b|"
    r"\bma-(?:studie|study|estudio|studio|etude|estudo|paper|gruppe)\b|\bl'etude ma\b|"
    r"\b(?:study|estudio|estudo|studio|etude|studie|paper|team|equipe|gruppe|group|grupo|gruppo) "
    r"(?:de|del|of|by|von|bei|di|do|da|dello|della) ma\b"
)
_COLORECTAL = (
    r"\bcolo-?rectal|\bcolorrectal|\bcolorettale|\bcolorretal|\bkolorektal|\bdarmkrebs|\bcolon\b|"
    r"\bcrc\b|\bdickdarm"
)
_OVARIAN = r"\bdonahue\b|\bzagon\b|\bmclaughlin\b|\bovar[a-z]*|\bovair[a-z]*|\beierstock[a-z]*"
_OVARIAN_STUDY = re.compile(_OVARIAN)
_LIU = (
    r"\bliu\b|\bgene ?expression\b|\bgenexpression\b|\bexpresion genica\b|\bexpression "
    r"genique\b|\bespressione genica\b|\bexpressao genica\b"
)
# the studies whose cell lines no abstract names
_COLORECTAL_OR_OVARIAN = _rx(_MA_STUDY, _COLORECTAL, _OVARIAN)
_STUDY_WITHOUT_COUNTS = _rx(
    _MA_STUDY,
    _COLORECTAL,
    _OVARIAN,
    r"\bciwun\b|\breview\b|\brevision\b|\brevisao\b|\brevue\b|\bubersicht[a-z]*",
    _LIU,
)
# session 23: only the Ehrlich abstract says its mice were female; no abstract gives a tumour's
# size or weight in figures, or names a lab method such as RNA-seq
_SEX_ASKED = _rx(
    r"\b(?:male|males|female|females) or (?:male|males|female|females)\b|\b(?:sex|gender) of "
    r"(?:the )?(?:mice|animals|rats)\b",
    r"\bmach[oa]s? (?:o|ou) (?:hembras?|femeas?)\b|\bmales? ou (?:des )?femelles?\b|"
    r"\bmannlich oder weiblich\b|\bmaschi o femmine\b",
)
_FIGURE_OR_METHOD = _rx(
    r"\bmm3\b|\bmm³|\bcubic millimet[a-z]*",
    r"\b(?:how many|by how many|cuantos|combien de|wie viele?|quanti|quantos) (?:grams|gramos|"
    r"grammes|gramm|grammi|gramas)\b",
    r"\b(?:microarrays?|rna-?seq[a-z]*|qpcr|rt-?pcr|western blots?|flow cytometry)\b",
    # session 25: the animals' age, why one sex, the culture medium, pooled effects
    r"\b(?:how old|what age|which age|edad|age|alter|eta|idade)\b[^?]{0,30}\b(?:mice|mouse|"
    r"animals|ratones|souris|mause|mausen|topi|camundongos)\b|\bwhy\b[^?]{0,40}\bonly "
    r"(?:use[sd]? |chose |took |pick(?:ed)? )?(?:female|male)\b|\bhow many days in total\b|"
    r"\bhow long did (?:the|their|that) (?:experiment|study|trial) (?:run|last|go on)\b|"
    r"\bwie lang(?:e)? lief\b|\bwhy (?:female|male) (?:mice|animals)\b|\bculture medi(?:um|a)\b|"
    r"\bmedio de cultivo\b|\bmilieu de culture\b|\b(?:nahr|kultur)medium\b|\bterreno di "
    r"coltura\b|\bmeio de cultura\b|\b(?:pooled )?effect sizes?\b|\bforest plots?\b|"
    r"\bhazard ratios?\b|\bconfidence intervals?\b|\bstatistical (?:tests?|analys[ie]s|methods?)\b|"
    r"\b(?:test|prueba|teste) estadistic[oa]\b|\btest statistique\b|\bstatistische[rn]? test\b|"
    r"\bsequen[cz][a-z]*\b|\bpuces\b|\bwhat did the (?:[a-z]+ )?(?:mice|animals) eat\b|"
    r"\b(?:mouse|rat) chow\b|\bhow (?:exactly )?were (?:they|the mice|the animals) (?:killed|"
    r"sacrificed|euthani[sz]ed)\b",
    # session 24: "di quanti millimetri si è ridotto il tumore?"
    r"\b(?:how many|by how many|cuantos|de cuantos|combien de|wie viele|um wie viele|quanti|di "
    r"quanti|quantos|em quantos) (?:millimet[a-z]*|milimet[a-z]*|centimet[a-z]*|zentimeter|mm|"
    r"cm)\b",
)
# session 24: only the Liu abstract gives percentages; the Ehrlich one says "significant" with no
# p-value ("En el estudio de Ma, ¿en qué porcentaje se redujo el tumor?", "no estudo de
# Ehrlich, qual foi o p-valor?")
_PERCENT_ASKED = _rx(
    r"\bby how much\b|\b(?:any|the) (?:exact |actual )?(?:numbers|figures)\b|"
    r"\b(?:by )?what percent(?:age)?\b|\bhow many percent\b|\bpercent(?:age)? (?:drop|"
    r"reduction|decrease|smaller|shrink[a-z]*)\b",
    r"\b(?:en |de )?que porcentaje\b|\b(?:de |a )?quel pourcentage\b|\bde combien de pour ?"
    r"cents?\b|\bquanto (?:o tumor |a massa )?encolheu\b|\bcuanto (?:se )?(?:redujo|encogio)\b|"
    r"\b(?:um )?wie ?viel(?:e)? "
    r"prozent\b|\b(?:di |in )?quale percentuale\b|\bdi quanto per ?cento\b|\b(?:em |de )?"
    r"(?:que|qual) (?:a )?porcentagem\b",
)
_P_VALUE_ASKED = re.compile(
    r"\bp[- ]?(?:value|valor|wert|valeur|valore)s?\b|\b(?:valor|valeur|valore) (?:de |di )?p\b"
)
_LIU_STUDY = _rx(_LIU, r"\bhct ?116\b")
# session 23: what no abstract reports of its animals or its course: side effects or weight
# loss in the mice, survival, spread, the ovarian study's figures
# (its record holds no abstract), the Liu cell lines other than HCT116
_MICE = re.compile(
    r"\b(?:mice|mouse|souris|mausen|mause|ratones|topi|camundongos|ratinhos|animals)\b"
)
_COURSE_NOT_REPORTED = re.compile(
    r"\b(?:survival|sopravvivenza|supervivencia|survie|uberleben[a-z]*|sobrevida|sobrevivencia|"
    r"metasta[a-z]*|spread (?:to|into)|spread|spreading|diffus[a-z]*|ausgebreitet|streuung|"
    # session 24: "Wie lange haben die Mäuse in der Ehrlich-Studie noch gelebt?"
    r"lived|gelebt|vivieron|viveram|vissut[oi]|vecu|sobreviv[a-z]*|survecu[a-z]*|"
    r"sopravviss[a-z]*|uberlebt[a-z]*|"
    # a tumour back after treatment, or gone for good, in one study
    r"grow back|grew back|come back|came back|regrow[a-z]*|voltou a crescer|volvio a crecer|"
    r"repousse|ricresciut[oa]|"
    r"nachgewachsen|wieder gewachsen|disappeared (?:completely|entirely)|(?:completely|entirely) "
    r"disappeared|scompars[oa] del tutto|desaparecio por completo|completement disparu|"
    r"desapareceu (?:por )?complet[a-z]*)\b"
)
# one study (not "do any of these studies show people living longer?")
_A_STUDY = re.compile(
    r"\b(?:study|studie|estudio|etude|studio|estudo|paper|abstract|team|equipe|gruppe|grupo|"
    r"gruppo|donahue|zagon|mclaughlin|aboalsoud|liu|ehrlich)\b|" + _MA_STUDY
)
_WHICH = re.compile(r"\b(?:which|what|welche[rmns]?|quel(?:le)?s?|cuales?|qual(?:i|e|is)?|quais)\b")
_HARM_TO_THE_MICE = re.compile(
    r"\b(?:side effects?|toxicity|toxic|weight loss|lose weight|lost weight|nebenwirkungen|"
    r"gewichtsverlust|efectos secundarios|effets secondaires|effetti collaterali|efeitos "
    r"colaterais|perda de peso|perte de poids|perdida de peso|get sick|ill|"
    # session 24: toxicity and body weight in the mice
    r"toxicite|toxicidad|tossicita|toxizitat|toxicidade|body ?weight|korpergewicht|peso "
    r"corporal|poids corporel|peso corporeo)\b"
)
_OVARIAN_FIGURES = re.compile(
    r"\b(?:percent(?:age)?|numbers|figures|how much did|porcentaje|pourcentage|prozent|"
    r"percentuale|porcentagem|cifras|chiffres|zahlen|numeri|numeros)\b"
)
_OTHER_THAN_HCT116 = re.compile(
    r"\b(?:apart from|besides|other than|except|aside from|a part|a parte|ausser|aparte de|"
    r"alem de|oltre a)\s*(?:the |la |le |a |o )?hct ?116\b|\bwelche[rmns]? [a-z]+-?zelllinien?\b"
)
_STUDY_WITH_COUNTS = re.compile(
    r"\behrlich\b|\baboalsoud\b|\begypt[a-z]*|\begipt[a-z]*|\begito\b|\bagypt[a-z]*|"
    r"\b5-?fu\b|\bfluorouracil\b|\bswiss albino\b"
)


# Who paid for a study, its authors' ties to industry, patents (session 23: "Et qui a payé pour
# cette étude ?", "Did Zagon and McLaughlin hold patents on the OGF work?"): no record gives them
_FUNDING_ASKED = _rx(
    r"\bwho (?:paid|funded|sponsored|financed)\b|\bfunding\b|\bfunded by\b|\bsponsor(?:ed|s|"
    r"ship)?\b|\bconflicts? of interests?\b|\bfinancial (?:ties|interests?|links?)\b|"
    r"\bpatent(?:s|ed)?\b",
    r"\bwer hat [^?]{0,40}\b(?:bezahlt|finanziert)\b|\bpharmafirma dahinter\b|"
    r"\bfinanci(?:ad[oa]|amiento|acion|amento|ou|o)\b|\bquien (?:pago|financio)\b|\bqui a "
    r"(?:paye|finance)\b|\bfinance(?:e|ment)\b|\bfinanzier(?:t|ung)\b|\bwer hat (?:das |die "
    r"studie )?(?:bezahlt|finanziert)\b|\bfinanziat[oa]\b|\bfinanziamento\b|\bchi (?:l'|la |lo "
    r")?ha (?:pagat[oa]|finanziat[oa])\b|\bquem (?:pagou|financiou)\b",
    r"\binteressenkonflikt[a-z]*|\bconflitt[a-z]* di interess[a-z]*|\bconflitos? de "
    r"interess[a-z]*|\bconflictos? de interes[a-z]*|\bconflits? d'interets?\b",
)
# LDN for a pet, asked of its use and not of the studies (session 23: "l'LDN si usa nei cani?",
# "can cats take ldn at all?", "Mi perro tiene displasia de cadera, ¿le puedo dar LDN?");
# whether any study used animals other than mice is still answered
_ANIMAL = (
    r"(?:dogs?|cats?|pets?|pupp(?:y|ies)|kittens?|perr[oa]s?|gat[oa]s?|mascotas?|chiens?|"
    r"chiennes?|chats?|chatte|hunde?n?|katzen?|cani|cane|cagnolin[ao]|gatti|gatto|gattin[ao]|"
    r"caes|cachorr[oa]s?)"
)
_ANIMAL_USE = _rx(
    r"\b(?:can|could|do|does|may|should|would)\b[^?.!]{0,30}\b" + _ANIMAL + r"\b[^?.!]{0,15}"
    r"\b(?:take|have|get|use|be given|be on|go on)\b",
    r"\b(?:ldn|naltrexone)\b[^?.!]{0,40}\b(?:in|for|on|to|en|para|nei|nel|negli|per|chez|pour|"
    r"bei|fur|em|nos|no|a) (?:my |our |a |his |her |the |los |las |mi |mis |nuestro |nuestra |"
    r"i |il |la |mio |mia |les |mon |ma |notre |meinen |meine |unseren |unsere |unserem |"
    r"meinem |o |os |meu |minha |nosso |nossa )?" + _ANIMAL + r"\b",
    r"\b(?:funciona|sirve|works?|marche|fonctionne|wirkt|funziona|serve|usa|usan|use|used|"
    r"utilise|verwendet|gibt man|da|dan|dar)\b[^?.!]{0,20}\b(?:en|in|for|nei|negli|bei|chez|"
    r"pour|em|nos|a|aos|con|with|per) (?:los |las |i |les |gli |os |as |den |the )?"
    + _ANIMAL
    + r"\b|\b(?:en|in|nei|bei|chez|em|on) (?:los |las |i |les |den |os |the )?"
    + _ANIMAL
    + r" (?:funciona|sirve|works?|marche|wirkt|funziona|serve)\b",
    r"\b" + _ANIMAL + r"\b[^?]{0,120}\b(?:le puedo dar|can i give (?:it|ldn|him|her)|posso "
    r"dar(?:e|lhe)?|je peux (?:lui )?donner|(?:kann|darf) ich (?:ihm|ihr) (?:ldn |es |das )?"
    r"geben|le doy|gli do)\b",
)
# tests and scans asked about while on it ("ogni quanto bisogna fare gli esami del sangue?")
_TESTS_WHILE_ON_IT = (
    r"\b(?:how often|ogni quanto|cada cuanto|tous les combien|wie oft|de quanto em quanto|should i|"
    r"do i need|preciso|necesito|dois-je|muss ich|devo|bisogna|hay que|faut-il)\b[^?]{0,40}"
    r"\b(?:scans?|blood ?tests?|bloods|blood ?work|liver (?:tests?|function|panel)|esami del "
    r"sangue|esami|analisi|analises|analisis|examenes|exames|prises? de sang|bilan sanguin|"
    r"bluttests?|blutwerte|blutuntersuchung[a-z]*|leberwerte)\b"
)
# session 23: what stopping does or long use (withdrawal, rebound, tolerance), tests and scans
# while on it, its legal status, the latest research: no source says
_PRACTICE_NOT_COVERED = _rx(
    r"\b(?:withdrawal|rebound|tolerance|abstinencia|rebote|tolerancia|sevrage|rebond|"
    r"entzug[a-z]*|absetzsymptom[a-z]*|toleranz|astinenza|tolleranza|gewohnung)\b",
    _TESTS_WHILE_ON_IT,
    r"\bcontrolled (?:drug|substance)\b|\bis it scheduled\b|\ba scheduled (?:drug|substance)\b|"
    r"\b(?:e|es|est-ce|ist es|is it) (?:un )?(?:crime|"
    r"illegal|ilegal|illegale|strafbar|verboten)\b|\bcrime (?:trazer|traer|importar)\b|"
    r"\b(?:betaubungsmittel|stupefacente|estupefaciente|stupefiant)\b",
    r"\b(?:latest|newest|most recent) (?:\d{4} )?(?:research|studies|findings|news|data|trials?)"
    r"\b(?! (?:cited|in the article|here|you cite))",
    # session 24: what stopping leaves behind ("Se smetto la LDN dopo un anno, l'effetto sul
    # tumore continua o sparisce?"), staying in remission, LDN for children, energy and
    # tiredness, explaining it to one's children, life insurance
    r"\b(?:if|when|once|after|se|si|quand|wenn|quando|cuando)\b (?:[a-z']+ ){0,3}(?:stop(?:s|"
    r"ping)?|quit|smett[a-z]*|dej[ao]|arret[a-z]*|absetz[a-z]*|para de tomar|parar de tomar|paro|"
    r"deixar de tomar|deixo)\b[^?]{0,60}\b(?:effects?|efectos?|effets?|wirkung|effett[oi]|"
    r"efeitos?|dreams|suenos|reves|traume|sogni|sonhos|insomni[a-z]*|insonia|grow back|come back|"
    r"vuelve|revient|ritorna|continu[a-z]*|sparisc[a-z]*|desaparec[a-z]*|disparai[a-z]*|"
    r"verschwind[a-z]*|passam|pasan|passent)\b",
    r"\b(?:keeps?|keeping|stay(?:s|ing)?) (?:people |patients |you |me |her |him |them )?in "
    r"remission\b|\bremission rates?\b|\b(?:tasa|taux|tasso|taxa)s? de (?:remision|remission|"
    r"remissione|remissao)\b",
    r"\b(?:safe|segur[oa]|sicher|sur|sure|sicur[oa]|erforscht|untersucht|studied|given|used)\b"
    r"[^?]{0,15}\b(?:for|para|pour|fur|per|bei|pra|in|en|em) (?:young )?(?:children|kids|a child|"
    r"ninos|enfants|kindern|bambini|criancas|crianca)\b|\b(?:children|kids) ever (?:given|"
    r"treated|prescribed)\b|\bbei kindern\b[^?]{0,20}\b(?:erforscht|untersucht|sicher)\b",
    r"\b(?:help|helps|ayuda|aide|hilft|aiuta|ajuda|give|gives|boost[a-z]*|more|mas|plus|mehr|"
    r"piu|mais|contra|contre|gegen|contro|with|con|avec|bei|com)\b[^?]{0,25}\b(?:fatigue|"
    r"tiredness|energy|cansancio|agotamiento|erschopfung|mudigkeit|stanchezza|cansaco|"
    r"exhaustion|energia|energie)\b",
    r"\b(?:explain|explicar|expliquer|erklaren|spiegare)\b[^?]{0,20}\b(?:to |a |aux? |a los |"
    r"ai |aos )?(?:our |my |nos |mes |nuestros |mis |unseren? |meinen |i nostri |ai nostri |"
    r"nossos |meus )?(?:kids|children|enfants|hijos|ninos|kindern|figli|bambini|filhos|criancas)"
    r"\b|\b(?:life insurance|seguro de vida|assurance[- ]vie|lebensversicherung|assicurazione "
    r"(?:sulla )?vita|apolice)\b",
    r"\b(?:stop|stops|help|helps|reduce|curb|with|for|against)\b[^?]{0,20}\bcravings?\b",
    # session 25: its effect wearing off over time ("does LDN stop working after a while, like
    # your body gets used to it?")
    r"\bstop(?:s|ped)? working after\b|\bbod(?:y|ies) gets? used to\b|\bse acostumbra\b|"
    r"\bs'(?:y )?habitue\b|\bgewohnt sich\b|\bsi abitua\b|\bse acostuma\b|\b(?:lose|loses|"
    r"losing) (?:its )?effect(?:iveness)? over time\b|\bpierde (?:el )?efecto\b|\bperd (?:son "
    r")?effet\b|\bverliert (?:ihre |seine |die )?wirkung\b|\bperde (?:l')?effetto\b|\bperde "
    r"(?:o )?efeito\b",
)
# session 24: a chemotherapy's own side effects, LDN not named ("What are the common side
# effects of 5-FU?")
_CHEMOS_OWN_SIDE_EFFECTS = re.compile(
    r"\b(?:side effects?|toxicit(?:y|ies)) of (?:5-?fu|fluorouracil|cisplatin|oxaliplatin|"
    r"folfox|capecitabine)(?: itself)?\b"
)
# session 24: one of the Liu authors in the news, his patients, his other work: no record says;
# which study he wrote is still answered
_DALGLEISH = re.compile(r"\bdalgleish\b")
_AUTHORSHIP_ASKED = re.compile(
    r"\b(?:authors?|autor(?:es)?|auteurs?|autori|autore|co-?authors?|wrote|escribio|a ecrit|"
    r"schrieb|ha scritto|escreveu)\b"
)
# how it is taken, in general ("Soll LDN allein genommen werden oder zusätzlich zur Chemo?")
_TAKEN_IN_GENERAL = re.compile(r"\b(?:genommen|eingenommen) werden\b")
# Session 24: others' experience asked for ("hat hier jemand LDN bei Darmkrebs genommen und wie
# gings euch damit?", "qualcuno qui l'ha preso l'LDN per il mieloma?"): no source reports a
# patient's experience, and nobody tells of an overdose
_OTHERS_EXPERIENCE = _rx(
    r"(?<!before )(?<!until )(?<!since )\b(?:has|have|did) (?:anyone|anybody|any of you|"
    r"someone)(?: here| else)? (?:ever )?(?:tried|taken|used|had|been on)\b|(?<!before )"
    r"(?<!if )\b(?:anyone|anybody) (?:here |else )?(?:tried|taken|used|been on)\b",
    r"\b(?:hat|haben) (?:hier |schon (?:mal )?|hier schon (?:mal )?)?(?:jemand|wer|ihr)\b"
    r"[^?]{0,40}\b(?:genommen|probiert|ausprobiert|erfahrung(?:en)?)\b",
    r"\bqualcuno\b(?: qui)?(?: (?:l'|lo |la )?ha| ha)? (?:gia )?(?:pres[oa]|provat[oa]|usat[oa])\b",
    r"\berfahrungsbericht[a-z]*\b|\b(?:people|users|folks|members) (?:on|in) (?:the )?(?:forums?|"
    r"reddit|facebook|social media|(?:support |facebook )?groups?)\b|\b(?:leuten|menschen|"
    r"anderen),?"
    r" die\b[^?]{0,40}\b(?:genommen|probiert)\b",
    # session 25: people one knows who tried it, their stories asked for ("¿conocen gente que
    # haya probado la LDN? cuéntenme sus experiencias", "tem relato de gente que curou…?")
    r"\b(?:conocen|conoces|connaissez|connais|kennt ihr|kennen sie|kennst du|conoscete|conosci|"
    r"conhecem|conhece|do you know|you know) (?:a )?(?:gente|alguien|quelqu'un|des gens|jemand|"
    r"leute|qualcuno|persone|alguem|pessoas|anyone|someone|people|anybody)\b",
    r"\b(?:cuentenme|cuentame|contame|contanos|raccontatemi|raccontami|racontez-moi|raconte-moi|"
    r"erzahlt mir|erzahlen sie|contem-me|me contem|conta-me|me conta|tell me about your|share "
    r"your)\b[^?.!]{0,20}\b(?:experien[a-z]*|erfahrung(?:en)?|historias|histoires|geschichten|"
    r"storie|com'e andata|como les fue|como foi|stories)\b|\brelatos? de (?:gente|pessoas|"
    r"pacientes|alguem|quem)\b|\bgente que (?:se )?(?:curou|curo|gueri[a-z]*|sano|melhorou|"
    r"mejoro)\b",
    r"\balguien\b(?: aqui)?(?: que)? (?:ha|haya) (?:tomado|probado|usado)\b",
    r"\balguem\b(?: aqui)?(?: ja)? (?:tomou|usou|experimentou|testou)\b",
    r"\bquelqu'un\b(?: ici)? (?:a|en a) (?:deja )?(?:pris|essaye|teste|utilise)\b",
)
# where the article's author sees patients (session 24: "where does the author practise? can i
# book in with her", "la dra Lena Suhaila atiende pacientes?")
_AUTHORS_PRACTICE = _rx(
    r"\bwhere does (?:the author|the writer|she|dr\.? [a-z]+|lena suhaila) (?:practi[cs]e|work|"
    r"see patients|consult)\b|\bbook (?:in|a consult[a-z]*|a visit|an appointment) with "
    r"(?:her|the author|dr\.? suhaila|suhaila)\b",
    r"\b(?:da|dara|hace) consultas?\b|\bdonde atiende\b|\bou consulte-t-elle\b|\bwo "
    r"praktiziert\b|\bdove riceve\b|\bonde atende\b|\b(?:accepting|taking) (?:new )?patients\b|"
    r"\bhow many of (?:her|his) (?:own )?patients\b|\b(?:her|his) own patients\b|"
    r"\b(?:atiende|recibe) pacientes\b|\b(?:su|tiene) consultorio\b|\b(?:email|e-mail|contact|"
    r"write to|message|reach) (?:dr\.? )?(?:lena )?(?:suhaila|the author|the writer)\b|\b(?:son|"
    r"a-t-elle un) "
    r"cabinet\b|\b(?:hat sie|ihre) (?:eine )?praxis\b|\b(?:seu|tem) consultorio\b|"
    r"\b(?:atende|recebe) pacientes\b",
)
# Session 25: the article's date, its updates and who reviewed it, asked in any order and
# language ("L'article sur la LDN a été publié quand ? Pis c'tu révisé par des pairs ?", "In
# welchem Jahr wurde der Artikel … veröffentlicht?"); the article gives no date and no
# reviewer. Not a study's year (their citations give it).
_ARTICLE_WORD = r"(?:article|articulo|artikel|articolo|artigo|blog ?post)"
_PUBLISHED = (
    r"(?:published|written|posted|publicad[oa]|escrit[oa]|publie|ecrit|veroffentlicht|"
    r"geschrieben|erschienen|pubblicat[oa]|scritt[oa])"
)
_ARTICLE_META = _rx(
    rf"\b{_ARTICLE_WORD}\b[^?]{{0,80}}\b(?:{_PUBLISHED}\b[^?]{{0,15}}\b(?:when|cuando|quand|"
    rf"wann|quando)\b|(?:when|cuando|quand|wann|quando)\b[^?]{{0,20}}\b{_PUBLISHED}\b|de "
    r"(?:que|qual) ano\b|(?:e|es) de quando\b|von wann\b|di quando\b|de "
    r"quand\b|de cuando\b)",
    r"\b(?:when|cuando|quand|wann|quando|what year|which year|in welchem jahr|en que ano|em que "
    rf"ano|en quelle annee|in che anno|de que ano)\b[^?]{{0,60}}\b{_ARTICLE_WORD}\b[^?]{{0,60}}"
    rf"\b{_PUBLISHED}\b",
    rf"\b{_ARTICLE_WORD}\b[^?]{{0,80}}\b(?:updated|actualizad[oa]|mis a jour|aktualisiert|"
    r"aggiornat[oa]|atualizad[oa]|fachlich gepruft|(?<!peer )(?<!peer-)(?:reviewed|revisad[oa]|"
    r"revist[oa]|revise|rivist[oa]) (?:by|por|par|von|da|pelo|pela|de) (?!(?:des )?pairs|peers)"
    r"[a-z]+)\b",
    rf"\b(?:who reviewed|quien lo reviso|qui l'a (?:relu|revise)|wer hat ihn gepruft|chi l'ha "
    rf"rivisto|quem o revisou)\b[^?]{{0,40}}\b{_ARTICLE_WORD}\b",
)
_STUDY_NAMED = re.compile(
    r"\b(?:ma|liu|donahue|zagon|mclaughlin|aboalsoud|ehrlich|ciwun|journal|revista|zeitschrift|"
    r"rivista)\b"
)
# Session 25: LDN weighed against another treatment by name ("Is LDN more effective than FOLFOX
# for colorectal cancer in humans?", "LDN contro vitamina C ad alte dosi: quale è più
# efficace?"): no source compares them. Not LDN beside it ("LDN plus cisplatin vs cisplatin
# alone"), not a study's own arms ("in the Ehrlich mice, was LDN better than 5-FU?"), and not
# chemotherapy in general, which the labelled sets answer from the article's advice.
_NAMED_TREATMENT = (
    r"(?:folfox|folfiri|capox|xelox|5-?fu|fluorouracil[eo]?|cisplatin[a-z]*|oxaliplatin[a-z]*|"
    r"radiotherap[a-z]*|radiation|radioterapia|radiotherapie|strahlentherapie|bestrahlung|"
    r"vitamin[ae]? c|ivermectin[a-z]*|fenbendazol[a-z]*|mistletoe|mistel|vischio|muerdago|"
    r"proton therapy|surgery|cirugia|chirurgie|keytruda|tamoxif[a-z]*|immunotherap[a-z]*|"
    r"inmunoterapia|immunoterapia|imunoterapia|immuntherapie)"
)
_COMPARATIVE = (
    r"(?:better|more effective|safer|stronger|stacks? up|compares?|compared|comparison|versus|"
    r"vs\.?|mejor|mas eficaz|mas efectiv[oa]|mas segur[oa]|plus efficace|mieux|plus sure?|"
    r"besser|wirksamer|sicherer|meglio|piu efficace|piu sicur[oa]|melhor|mais eficaz|mais "
    r"segur[oa]|contro|frente a|em comparacao|comparad[oa]|confronto)"
)
_COMPARED_WITH_A_TREATMENT = re.compile(
    rf"\b(?:ldn|naltrexone)\b[^?.!]{{0,40}}\b{_COMPARATIVE}\b(?:(?!\b(?:ldn|naltrexone)\b)"
    rf"[^?.!]){{0,30}}\b{_NAMED_TREATMENT}\b"
)
# what a study measured in its arms ("What happened to IFN-gamma with LDN compared to 5-FU?")
_A_STUDYS_MEASURE = re.compile(r"\bwhat happened\b|\b(?:ifn|tnf|cd[48]|interferon)\b")
_ALONGSIDE = re.compile(
    r"\b(?:plus|combined|combination|combin[a-z]*|together|alongside|along with|adjuvant|in "
    r"addition to|on top of|junto|juntos|insieme|zusammen|associ[a-z]*|before|priming|primed|"
    r"pre-?treat[a-z]*|sensiti[a-z]*|with (?:the )?"
    rf"{_NAMED_TREATMENT}|con (?:la |el )?{_NAMED_TREATMENT}|avec (?:la |le )?"
    rf"{_NAMED_TREATMENT}|mit (?:der |dem )?{_NAMED_TREATMENT}|com (?:a |o )?"
    rf"{_NAMED_TREATMENT})\b|\+"
)
# the studies, their subjects or the sources named: "were any of the studies done in dogs?"
_RESEARCH_NAMED = re.compile(
    r"\b(?:stud(?:y|ies|ied)|research(?:ed)?|trials?|estudios?|estudiad[oa]s?|studi|studio|"
    r"studiat[oi]|etudes?|etudie|studien?|untersucht|estudos?|estudad[oa]s?|evidence|evidencias?|"
    r"preuves?|prove|evidenz|papers?|articles?|artikel|artigo|articulo|articolo|sources?|fuentes|"
    r"fonti|quellen|fontes|mice|mouse|ratones|souris|topi|mausen|mause|camundongos|tested|"
    r"testad[oa]s?)\b|\banimals? other\b"
)
# A new or running trial, or one a news report told of (session 23: "gibts da ne neue Studie aus
# Heidelberg?", "tem estudo clínico recrutando no Brasil?"): no source reports on trials since
_NEW_TRIAL = _rx(
    # not "the new study" (one of the sources, maybe)
    r"(?<!the )(?<!this )(?<!that )(?<!el )(?<!la )(?<!die )(?<!der )(?<!das )(?<!le )(?<!il )"
    r"(?<!lo )\b(?:new|newer|latest|ongoing|upcoming|nuev[oa]s?|neuen?|neue[rs]?|nouvel(?:le)?s?|"
    r"nuov[oi]|nuove|nov[oa]s?)\s+(?:[a-z]+\s+)?(?:trials?|studies|study|estudios?|ensayos?|"
    r"studien?|essais?|etudes?|studi|studio|estudos?|sperimentazion[ei])\b(?!\s+(?:or|o|ou|"
    r"oder)\b)",
    r"\b(?:trials?|ensayos?|essais?|studien?|sperimentazion[ei]|estudos?|studie)\s+(?:[a-z]+\s+)"
    r"{0,3}(?:started|starting|launched|recruiting|arranco|empezo|comenzo|demarr[a-z]*|"
    r"commence[a-z]*|gestartet|startet|beginnt|iniziat[oa]|comecou|recrutando|reclutando|"
    r"recrute[a-z]*)\b",
    # session 24: "has anyone run a proper human trial since then?"
    r"\b(?:tested|tried|trials?|studies|repeated|replicated|run)\b[^?]{0,40}\bsince (?:then|"
    r"20[12]\d)\b",
    # session 25: a result repeated later or in people, a study author's later studies, a
    # phase 3 trial, why nobody tried it ("did anyone ever repeat Liu's oxaliplatin result?",
    # "Liu et ses collègues ont-ils ensuite testé la LDN chez de vrais patients ?")
    r"\b(?:repeat(?:ed)?|replicat(?:ed|e)|reproduc(?:ed|e)|repetir|repitio|repetid[oa]|refait|"
    r"reprodui[a-z]*|wiederholt|ripetut[oa]|replicat[oa]|repetiu|reproduzid[oa])\b[^?]{0,50}"
    r"\b(?:ever|anyone|anybody|later|since|afterwards|despues|luego|ensuite|depuis|spater|"
    r"seitdem|dopo|poi|depois|in (?:people|humans|patients)|en (?:personas|humanos|pacientes)|"
    r"chez (?:l'homme|l'humain|des patients|de vrais patients)|bei menschen|(?:negli|sugli) "
    r"(?:umani|esseri umani)|nell'uomo|em (?:pessoas|humanos|pacientes))\b|\b(?:anyone|anybody|"
    r"ever|alguien|quelqu'un|jemand|qualcuno|alguem)\b[^?]{0,30}\b(?:repeat|replicat|reproduc|"
    r"repet|refait|wiederholt|ripet)[a-z]*\b",
    r"\b(?:ensuite|later|afterwards|after that|despues|luego|danach|spater|poi|dopo|depois)\b"
    r"[^?]{0,30}\b(?:test[a-z]*|tried|probad[oa]|probaron|essaye|getestet|ausprobiert|"
    r"provat[oa]|studied|estudiad[oa])\b[^?]{0,40}\b(?:patients|people|humans|personas|"
    r"pacientes|humanos|patienten|menschen|pazienti|umani|pessoas)\b",
    r"\b(?:other|more|further|later|altri|otros|autres|weitere|outros|ulteriori) (?:[a-z]+ )?"
    r"(?:studies|studi|estudios|etudes|studien|estudos|papers|trabajos|lavori|arbeiten|"
    r"trabalhos)\b[^?]{0,20}\b(?:after|since|dopo|despues|depuis|seit|nach|depois)\b",
    # what came after a study ("apres l'etude de Donahue … il y a eu un vrai essai chez des
    # femmes ?", "Wurde die Liu-Studie von anderen Laboren wiederholt?")
    r"\b(?:after |despues del? |apres l'|dopo lo |depois do |nach der |"
    r"since the )(?:[a-z]+ )?(?:study|"
    r"estudio|etude|studio|estudo|studie|paper)\b[^?]{0,60}\b(?:test[a-z]*|pruebas?|essais?|prove|"
    r"trials?|ensayos?|geforscht|forsch[a-z]*|people|personas|patients|donne|mujeres|femmes|"
    r"frauen|mulheres|gente|humans|passiert|happened|paso|successo|aconteceu)\b",
    r"\b(?:von anderen laboren|by other (?:labs|groups|teams)|otros laboratorios|d'autres "
    r"laboratoires|altri laboratori|outros laboratorios)\b|\bwiederholt oder bestatigt\b|"
    r"\bweiter geforscht\b",
    r"\bphase[- ](?:[123]|i{1,3}|one|two|three)\b|\bfase (?:[123]|i{1,3})\b|\bwhy (?:did|has|"
    r"have|was)? ?(?:nobody|no one|no-one|noone)\b|\bwhy (?:hasn'?t|didn'?t|haven'?t) "
    r"(?:anyone|anybody)\b",
    r"\b(?:arranco|empezo|comenzo|started|launched|begann|comecou) (?:un |una |a |an |ein |eine |"
    r"um |uma )?(?:nuevo |new |neue |novo )?(?:ensayo|trial|studie|estudo|estudio)\b",
)


def _unreported_detail(norm: str, history: Sequence[Mapping[str, Any]]) -> str | None:
    """A study detail no abstract gives ("how many mice did Ma et al. use?", "which
    university did the Liu study come from?"), read with the previous question when the
    message names no study ("how many mice did they use for that one?")."""
    significance = _SIGNIFICANCE_SECTION.search(norm)
    if significance:
        return significance.group()  # the Ehrlich record misses its Significance section
    study = norm
    if not (_STUDY_WITHOUT_COUNTS.search(norm) or _STUDY_WITH_COUNTS.search(norm)):
        previous = _user_turns(history)
        study = normalise(previous[-1]) if previous else ""
    with_counts = _STUDY_WITH_COUNTS.search(study)
    without_counts = _STUDY_WITHOUT_COUNTS.search(study)
    named = with_counts or without_counts
    figure = _FIGURE_OR_METHOD.search(norm)
    if figure and named:
        return figure.group()
    percent = _PERCENT_ASKED.search(norm)
    if percent and named and not _LIU_STUDY.search(study):
        return percent.group()
    p_value = _P_VALUE_ASKED.search(norm)
    if p_value and (with_counts or _OVARIAN_STUDY.search(study)):
        return p_value.group()
    course = _COURSE_NOT_REPORTED.search(norm)
    if course and (_A_STUDY.search(norm) or _MICE.search(norm)):
        return course.group()  # not "does LDN help metastatic ovarian cancer?"
    harm = _HARM_TO_THE_MICE.search(norm)
    if harm and _MICE.search(norm):
        return harm.group()
    ovarian = _OVARIAN_FIGURES.search(norm)
    if ovarian and _OVARIAN_STUDY.search(norm):
        return ovarian.group()
    other_line = _OTHER_THAN_HCT116.search(norm)
    if other_line and named and _WHICH.search(norm):
        return other_line.group()  # which ones, not "was it seen in lines other than HCT116?"
    if with_counts:
        return None
    where = _WHERE_DONE.search(norm)
    if where:
        return where.group()  # no record gives an institution or a country
    if not without_counts:
        return None
    count = _COUNT_ASKED.search(norm) or _SEX_ASKED.search(norm)
    if count:
        return count.group()
    line = _CELL_LINE_ASKED.search(norm)
    if line and _COLORECTAL_OR_OVARIAN.search(study):
        return line.group()
    return None


# "Copied from a group: 'it costs pennies and cures cancer' — does the article back this up?"
_CHECKS_A_CLAIM = re.compile(
    r"\b(?:does|do|did) (?:the |this |your )?(?:article|studies|study|sources?|research) (?:back "
    r"(?:up|this up|that up)|support|confirm|agree)\b|\bwhat'?s (?:real|true)\b|\bfact[- ]check\b"
)
# "an influencer says LDN cures cancer. is that true?": who made a claim is not the topic
_CLAIM_TOLD = re.compile(
    r"\b(?:says?|said|claims?|claimed)\b[^?]{0,60}\b(?:ldn|naltrexone)\b[^?]{0,60}[.,;:]? "
    r"(?:is (?:that|this|it) (?:true|right|correct)|true)\?"
)


# Overdoses in general and whether the drug is addictive: no source covers them ("what are the
# signs of an opioid overdose?", "how is a naltrexone overdose treated in the ER?", "can you
# overdose on LDN?", "Il LDN può dare dipendenza?"). Checked after the emergencies: an overdose
# happening now never reaches the scope.
_OVERDOSE_WORD = (
    r"(?:overdos[a-z]*|sobredos[a-z]*|surdos[a-z]*|uberdos[a-z]*|sovradosagg[a-z]*|"
    r"intossicazion[a-z]*|intoxica[a-z]*)"
)
_OVERDOSE_IN_GENERAL = re.compile(
    r"\b(?:signs?|symptoms?|treat(?:ed|ment)?|manag(?:e|ed|ment)|protocol|antidote|"
    r"statistics|figures|deaths|sintomas|signos|sinais|tratamiento|tratamento|signes|symptomes|"
    r"traitement|anzeichen|symptome|behandlung|segni|sintomi|trattamento)\b"
    r"(?: (?:of|for|in|from|de|da|do|di|del|della|einer|bei)| d')?(?: ?(?:an?|un[ae]?|una|um|"
    r"uma|der|la|l'))?(?: (?:opioid[a-z]*|opioides?|oppioidi|naltrexone|ldn|naloxone))? ?"
    rf"{_OVERDOSE_WORD}|"
    rf"\b{_OVERDOSE_WORD}\b (?:(?:of|on|from|with|de|da|di|con|mit) (?:an? )?(?:opioid[a-z]*|"
    r"opioides?|oppioidi|naltrexone|ldn)s? )?(?:signs?|symptoms?|treatment|management|protocol|"
    r"antidote|deaths|statistics)\b|"
    rf"\b(?:what happens|was passiert|que (?:se )?pasa|que se passe|cosa succede|o que acontece)"
    rf"\b[^.?!]{{0,25}}\b(?:in|bei|en|durante|nel|durant) (?:an? |un[ae]? |una |einer |um |"
    rf"uma )?(?:opioid[a-z]* |naltrexone )?{_OVERDOSE_WORD}|"
    rf"\b(?:can|could) (?:you|one|someone|a person|people) {_OVERDOSE_WORD} on\b|"
    rf"\bpossible to {_OVERDOSE_WORD}\b|"
    # session 20: an overdose named first, its signs asked after ("an essay on recognising
    # opioid overdose. What are the main signs?"), and a child who might swallow some
    rf"\b{_OVERDOSE_WORD}\b[^?]{{0,40}}\b(?:what|which|quels?|quelles?|cuales|welche|quali|"
    r"quais) (?:are|sont|son|sind|sono|sao)? ?(?:the |les |los |die |i |os )?(?:main |key |"
    r"typical |principaux |principales )?(?:signs|signes|signos|anzeichen|segni|sinais|"
    r"symptoms|symptomes|sintomas|sintomi)\b|"
    r"\bwhat (?:happens|would happen|should (?:i|we) do) if a (?:child|"
    r"kid|toddler|baby|grandchild|grandkid|dog|cat|pet)\b[^?]{0,20}\b(?:accidentally )?"
    r"(?:swallows|eats|takes|gets into|swallowed|ate|took)\b|"
    r"\b(?:addictive|habit[- ]forming|addictif|addictive|dar(?:e)? dipendenza|crea(?:re)? "
    r"dipendenza|(?:crea|causa|genera|da) dependencia|(?:cria|causa|da) dependencia|vicia|"
    r"(?:get|gets|become|becoming|getting|be) addicted to (?:ldn|naltrexone|it|this|low[- ]dose)|"
    r"become addicted|make addiction|cause (?:an )?addiction|"
    r"(?:macht|machen) (?:es |das |ldn |naltrexone )?(?:suchtig|abhangig)|(?:suchtig|abhangig) "
    r"machen|suchtpotenzial|suchtpotential|rend(?:re)? dependant|accoutumance)\b"
)


def _sentence_of(match: re.Match[str], norm: str) -> str:
    """The sentence a match is in ("…un antibiotico, ja passou. o artigo…": not the "o")."""
    start = max(norm.rfind(mark, 0, match.start()) for mark in ".?!") + 1
    ends = [i for i in (norm.find(mark, match.end()) for mark in ".?!") if i >= 0]
    return norm[start : min(ends, default=len(norm))]


# "…about that?", "dazu", "en parle": the question is about what the context sentence told
_POINTS_BACK = re.compile(
    r"\b(?:about|on|for|with|regarding|re|sobre|sur|su|zu|uber|para|per|con|com|avec|mit|"
    r"against|contra|contre|gegen|contro) (?:it|that|this|them|those|eso|esto|ello|ella|el|"
    r"cela|ca|lui|elle|das|dies|diese[nm]?|cio|questo|quello|isso|isto|ele|ela)\b|\b(?:dazu|"
    r"daruber|dagegen|damit|en parle|y en a|ne parla|a riguardo|a respeito|al respecto|"
    r"la-dessus|la dessus)\b"
)


_THANKS = re.compile(
    r"(?:(?:many |a lot of )?thanks?(?: you)?(?: (?:so|very) much)?|thank you|cheers|ty|merci"
    r"(?: beaucoup)?|gracias|danke(?: schon)?|grazie(?: mille)?|obrigad[oa])"
)


# "What did the colorectal study find?": a question on the sources that names its study
_ASKS_A_FINDING = re.compile(
    r"\bwhat did (?:the )?(?!that |this |those |these )(?:[a-z-]+ ){0,2}(?:study|studies|trial|"
    r"researchers|paper|abstract) (?:find|show|conclude|report|say)\b|"
    r"\bhow (?:strong|good|solid|convincing) is the evidence (?:for|on|behind) (?:ldn|"
    r"naltrexone|low[- ]dose naltrexone)\b"
)


def _context_before_a_question(norm: str) -> str | None:
    """ "Last winter my dad reacted badly to a new blood pressure pill; he's fine now. Does the
    article list allergic reactions as an LDN side effect?": sentences that ask nothing, told
    before a question on what the sources say that stands on its own (it names its topic and
    does not point back at the context). The question, or None."""
    units = [m for m in _SENTENCE.finditer(norm) if m.group().strip(" .?!;:")]
    first = next((i for i, m in enumerate(units) if "?" in m.group()), None)
    if not first:  # no question, or the message opens with one
        return None
    if any(
        "?" not in m.group() and not _THANKS.fullmatch(m.group().strip(" .!"))
        for m in units[first:]
    ):
        return None  # "…slows MS down? We've read your article": more is told after it
    question = norm[units[first].start() :]
    if not (_ASKS_ABOUT_COVERAGE.search(question) or _ASKS_A_FINDING.search(question)):
        return None
    if _POINTS_BACK.search(question):
        return None
    return question


def _asked_of_the_sources(norm: str) -> bool:
    """A claim to check, a question on what the sources say or on their list of side effects:
    answered even when its topic is one no source covers (the reply says what they do say)."""
    return bool(
        _CHECKS_A_CLAIM.search(norm)
        or _ASKS_ABOUT_COVERAGE.search(norm)
        or _ASKS_THE_LIST.search(norm)
    )


# An interaction asked about (session 21), and what the sources do discuss beside LDN: opioids,
# chemotherapy, immunotherapy, radiation, or medicines in general ("other medications?")
_INTERACTION_ASKED = re.compile(
    r"\b(?:interact[a-z]*|interacci[a-z]*|interac(?:ao|oes)|interazion[ei]|interagisc[a-z]*|"
    r"interagi[a-z]*|wechselwirkung(?:en)?|vertragt sich|vertragen sich)\b"
)
_PARTNER_IN_THE_SOURCES = re.compile(
    rf"{_OPIOID_NAMED.pattern}|{_CHEMO_WORD.pattern}|"
    r"\b(?:opiace[a-z]*|opiat[a-z]*|opioide[a-z]*|oxicod[a-z]*|ossicod[a-z]*|tilidin|"
    r"hydrocodon[a-z]*|metadon[a-z]*|"
    r"pain relief|schmerzmittel[a-z]*|analgesi[a-z]*|antidolorifici|antidolorifico|"
    r"cisplatin[a-z]*|oxaliplatin[a-z]*|5-?fu|fluorouracil|immun[a-z]*|inmun[a-z]*|imun[a-z]*|"
    r"radiation|radio[a-z]*|bestrahlung|strahlen[a-z]*|anything|"
    r"(?:other|any|my|his|her|their) (?:medications?|medicines?|meds|drugs|treatments?|pills)|"
    r"otros (?:medicamentos|farmacos)|autres medicaments|anderen? (?:medikament[a-z]*|"
    r"arzneimittel[a-z]*)|altri farmaci|outros (?:remedios|medicamentos)|algo|qualcosa|"
    r"irgendwas|quelque chose|alguma coisa|sleeping (?:pills|tablets)|schlaftabletten|"
    r"zopiclon[a-z]*)\b"
)


def _in_a_question(norm: str, end: int) -> bool:
    """Whether the sentence around a match (ending at `end`) is a question."""
    terminator = re.search(r"[.!?]", norm[end:])
    return terminator is not None and terminator.group() == "?"


def _asked(norm: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of `pattern` in a question (anywhere, in a message with no question
    mark)."""
    return next(
        (m for m in pattern.finditer(norm) if "?" not in norm or _in_a_question(norm, m.end())),
        None,
    )


def _sources_asked_about(norm: str, topic: re.Match[str]) -> bool:
    """Whether the sources are named in the question about `topic` ("did any of the studies
    look at breast cancer?"), not only in a remark beside it ("Is LDN any use for leukaemia?
    The article only references solid tumours")."""
    if "?" not in norm or not _in_a_question(norm, topic.end()):
        return _ASKS_ABOUT_COVERAGE.search(norm) is not None
    return _asked(norm, _ASKS_ABOUT_COVERAGE) is not None


def _sources_topic_beside(norm: str, other_cancer: re.Match[str]) -> bool:
    """Whether a topic of the sources is asked beside another cancer ("my dad has prostate
    cancer; what are LDN's side effects?"); a studied cancer named in another sentence only sets
    the two apart ("o LDN serve pra câncer de mama? os estudos falam de cólon e ovário só")."""
    sentence = _sentence_of(other_cancer, norm)
    start = norm.find(sentence)
    end = start + len(sentence)
    return any(
        not _STUDIED_CANCER.fullmatch(m.group()) or start <= m.start() < end
        for m in _SOURCES_TOPIC.finditer(norm)
    )


# Session 29: a task on a text the visitor pasted ("can u summarise this for me: Hi team, the
# Q3 review moved to Thursday…", "übersetz mir bitte diesen Satz ins Englische: Sehr geehrter
# Herr Vermieter…"). The sources hold nothing of it; the pasted text's own words ("review")
# must not make it look like a question about them.
_TASK_ON_PASTED_TEXT = re.compile(
    r"\b(?:summari[sz]e|sum up|translate|rewrite|reword|proofread|correct|resume[rz]?|resumir|"
    r"resumi|zusammenfass[a-z]*|ubersetz[a-z]*|korrigier[a-z]*|riassumi|riassumere|traduci|"
    r"tradurre|traduis|traduire|traduz|traduzir|traduce|traducir|corrige|corrigir)\b"
    r"[^:\"«]{0,60}[:\"«]\s*(?P<pasted>[^\n]{20,})"
)
# What makes a pasted text one of the sources' own (a sentence of an abstract to summarise):
# LDN, a cancer, an opioid or chemotherapy named, or a word for the documents themselves.
_NAMES_THE_SOURCES_TOPICS = (
    _LDN_NAMED,
    _CANCER,
    _OPIOID_NAMED,
    _CHEMO_WORD,
    re.compile(
        r"\b(?:ogf[a-z]*|studie[ns]?|study|studies|estudio|etude|studio|estudo|abstract|"
        r"article|artikel|articolo|artigo|articulo)\b"
    ),
)


def _scope(norm: str, history: Sequence[Mapping[str, Any]]) -> tuple[bool, str]:
    """Whether the sources could answer this, with the words that decided it."""
    pasted = _TASK_ON_PASTED_TEXT.search(norm)
    if pasted and not any(p.search(pasted.group("pasted")) for p in _NAMES_THE_SOURCES_TOPICS):
        return False, f"a task on a text the visitor pasted: {pasted.group()[:50]!r}"
    question = _context_before_a_question(norm)
    if question is not None:
        in_scope, why = _scope(question, history)
        if in_scope and why.startswith("in scope:"):
            return True, f"{why}, after context told: {norm[: len(norm) - len(question)][:60]!r}"
    site = _SITE_QUESTION.search(norm)
    if site:
        return False, f"the site's services: {site.group()!r}"
    uncovered = _NOT_COVERED.search(norm)
    if uncovered and not (_CHECKS_A_CLAIM.search(norm) or _CLAIM_TOLD.search(norm)):
        return False, f"not in the sources: {uncovered.group()!r}"
    detail = _unreported_detail(norm, history)
    if detail:
        return False, f"a study detail no abstract gives: {detail!r}"
    article_meta = _ARTICLE_META.search(norm)
    if article_meta and not _STUDY_NAMED.search(norm):
        return (
            False,
            f"the article's date or review, which it does not give: {article_meta.group()!r}",
        )
    # asked, not told in a pasted post ("… they can't patent it. Which parts are true?")
    told = _CHECKS_A_CLAIM.search(norm) or _CLAIM_TOLD.search(norm)
    funding = _asked(norm, _FUNDING_ASKED)
    if funding and not told:
        return False, f"funding, ties or patents no record gives: {funding.group()!r}"
    trial = _asked(norm, _NEW_TRIAL)
    if trial and not told:
        return False, f"a trial no source reports: {trial.group()!r}"
    practical = _asked(norm, _PRACTICE_NOT_COVERED)
    if practical and not (told or _asked_of_the_sources(norm)):
        return False, f"not in the sources: {practical.group()!r}"
    daily = _DAILY_LIFE_ON_IT.search(norm)
    if daily and not (told or _OPIOID_NAMED.search(norm)):
        return False, f"daily life on it, which no source covers: {daily.group()!r}"
    chemo_effects = _CHEMOS_OWN_SIDE_EFFECTS.search(norm)
    if chemo_effects and not _LDN_NAMED.search(norm):
        return False, f"a chemotherapy's own side effects: {chemo_effects.group()!r}"
    dalgleish = _asked(norm, _DALGLEISH)
    if dalgleish and not _AUTHORSHIP_ASKED.search(norm):
        return False, f"a study author beyond his study: {dalgleish.group()!r}"
    people = _asked(norm, _OTHERS_EXPERIENCE) or _AUTHORS_PRACTICE.search(norm)
    if people and not (told or _RESEARCH_NAMED.search(norm) or _asked_of_the_sources(norm)):
        return False, f"not in the sources: {people.group()!r}"
    animal = _asked(norm, _ANIMAL_USE)
    if animal and not (_RESEARCH_NAMED.search(norm) or _asked_of_the_sources(norm)):
        return False, f"LDN for an animal: {animal.group()!r}"
    overdose = _OVERDOSE_IN_GENERAL.search(norm)
    if overdose and not (_CHECKS_A_CLAIM.search(norm) or _ASKS_ABOUT_COVERAGE.search(norm)):
        return False, f"overdoses or addiction in general: {overdose.group()!r}"
    symptom = _UNLISTED_SYMPTOM.search(norm)
    if symptom and not (
        _asked_of_the_sources(norm)
        or _CHEMO_WORD.search(norm)  # "does LDN ease chemo's side effects, like headaches?"
    ):
        return False, f"a symptom no source lists: {symptom.group()!r}"
    organ = _UNLISTED_ORGAN.search(norm)
    if organ and not _asked_of_the_sources(norm):
        return False, f"not in the sources: {organ.group()!r}"
    recurrence = _RECURRENCE_ASKED.search(norm)
    if recurrence and not _asked_of_the_sources(norm):
        return False, f"not in the sources: {recurrence.group()!r}"
    illness = _OTHER_ILLNESS_BESIDE.search(norm)
    if illness and not (
        _asked_of_the_sources(norm)
        or _ASKS_THE_SOURCES.search(norm)
        or _DOCS_SAY.search(norm)
        or _DESCRIPTION.search(norm)  # "Tenho lúpus … O estudo de ovário mostrou o quê?"
    ):
        return False, f"not in the sources: {illness.group()!r}"
    pain = _PAIN_NOT_COVERED.search(norm)
    if pain and not (_OPIOID_NAMED.search(norm) or _asked_of_the_sources(norm)):
        return False, f"not in the sources: {pain.group()!r}"
    other_cancer = _OTHER_CANCER.search(norm)
    if other_cancer and not (
        _sources_topic_beside(norm, other_cancer)
        or _sources_asked_about(norm, other_cancer)
        or _DIED_OF.search(norm)
    ):
        return False, f"a cancer the sources do not study: {other_cancer.group()!r}"
    compared = _COMPARED_WITH_A_TREATMENT.search(norm)
    if (
        compared
        and not (_ALONGSIDE.search(_sentence_of(compared, norm)) or _A_STUDY.search(norm))
        and not (_MICE.search(norm) or _CHECKS_A_CLAIM.search(norm) or _CLAIM_TOLD.search(norm))
        and not _A_STUDYS_MEASURE.search(norm)
    ):
        return False, f"a comparison no source makes: {compared.group()!r}"
    medicine = _OTHER_MEDICINE.search(norm)
    if (
        medicine
        and not (_CHEMO_DRUG.fullmatch(medicine.group()) and _CHEMO_WORD.search(norm))
        and (
            _TOGETHER.search(norm)
            or _BETTER_THAN.search(_sentence_of(medicine, norm))
            or not _IN_SCOPE.search(norm)
        )
    ):
        # "LDN with my amlodipine?", "better than metformin?", "capecitabina: side effects?"
        return False, f"other medicine: {medicine.group()!r}"
    interaction = _INTERACTION_ASKED.search(norm)
    if interaction and _LDN_NAMED.search(norm) and not _PARTNER_IN_THE_SOURCES.search(norm):
        # "toma enalapril: ¿alguna interacción con la LDN?": the sources name only opioids and
        # chemotherapy beside LDN (session 21: 182 of 194 such labelled lines are out of scope)
        return False, f"an interaction no source covers: {interaction.group()!r}"
    anchor = _IN_SCOPE.search(norm)
    chat = _GENERAL_CHAT.search(norm)
    # "craziest dreams, like movie level" about LDN is not a question about films
    if chat and (_CHAT_REQUEST.search(norm) or not (anchor or _TALKS_ABOUT_IT.search(norm))):
        return False, f"general chat: {chat.group()!r}"
    substance = _OFF_TOPIC_SUBSTANCE.search(norm)
    if (
        substance
        and _IMMUNOTHERAPY_DRUG.fullmatch(substance.group())
        and _IMMUNOTHERAPY.search(norm)
    ):
        substance = None  # "LDN with immunotherapy? I'm on Keytruda": the article names it
    condition = _OTHER_CONDITION.search(norm)
    if anchor:
        if (
            condition
            and not _CANCER.search(norm)
            and not _GENERIC_IN_SCOPE.search(norm)
            and not (_SAME_DRUG.search(norm) and _DRINKING.search(condition.group()))
        ):
            return False, f"other condition: {condition.group()!r}"
        if substance and not (
            _CALLED_A_SUPPLEMENT.search(norm)
            or (
                substance.group() in ("supplement", "supplements")
                and _ASKS_ABOUT_COVERAGE.search(norm)
            )
            # "I'm on tamoxifen for breast cancer: do the studies say anything about it?"
            or (_ASKS_ABOUT_COVERAGE.search(norm) and _OTHER_CANCER.search(norm))
        ):
            return False, f"other substance: {substance.group()!r}"
        other_use = None if _CANCER.search(norm) else _other_use(norm)
        if other_use:
            return False, f"other use: {other_use!r}"
        return True, f"in scope: {anchor.group()!r}"
    if substance or condition:
        found = substance or condition
        assert found is not None
        return False, f"other topic: {found.group()!r}"
    generic = (
        _GENERIC_IN_SCOPE.search(norm) or _PRONOUN_SUBJECT.search(norm) or _subjectless_risk(norm)
    )
    if generic and not _CANCER_GENERAL.search(norm.replace(generic.group(), "")):
        return True, f"about the drug: {generic.group()!r}"
    pronoun = (
        _PRONOUN_SUBJECT.search(norm)
        or _PRONOUN_SUBJECT_OTHER.search(norm)
        or _TALKS_ABOUT_IT.search(norm)
    )
    if pronoun:
        return True, f"about the drug: {pronoun.group()!r}"
    if _previous_turn_in_scope(history) and len(norm.split()) <= 8:
        # "what about dry mouth?" after the side effects: a symptom no source lists
        unlisted = _SYMPTOM_NAMED.search(norm)
        if unlisted:
            return False, f"a symptom no source lists: {unlisted.group()!r}"
    if (
        _previous_turn_in_scope(history)
        and not _TOPIC_CHANGE.search(norm)
        and (len(norm.split()) <= 8 or _CONTINUES.search(norm) or _GENERIC_IN_SCOPE.search(norm))
    ):
        return True, "follow-up to an in-scope question"
    combined = _WITH_A_TREATMENT.search(norm)
    if combined and len(norm.split()) <= 8:
        # "works w immunotherapy?", "avec la chimio ça va": beside the LDN article, a short
        # question about going with a treatment the sources discuss asks about LDN with it
        return True, f"with a treatment the sources discuss: {combined.group()!r}"
    general = _CANCER_GENERAL.search(norm)
    if general:
        return False, f"cancer in general, not LDN: {general.group()!r}"
    return False, "no topic of the sources"


# ---------------------------------------------------------------------------------------
# Manipulation (recorded, never obeyed)

_MANIPULATION = _rx(
    r"\b(?:ignore|disregard|forget|override|bypass)\b[^.?!]{0,30}\b(?:instructions|rules|"
    r"prompt|guidelines|policy|policies|restrictions|filters|consignes|anweisungen|regeln|"
    r"istruzioni|regole|instrucciones|reglas|instrucoes|regras)\b",
    r"</?\s*(?:system|user|assistant|admin|developer|instructions?)\s*>",
    r"\[\s*/?\s*(?:system|admin|developer|inst)\s*\]",
    r"\b(?:system|admin|developer) (?:override|mode|prompt|message)\b|\bdeveloper mode\b",
    r"\b(?:you are now|from now on you are|pretend (?:you are|to be)|act as|role[- ]?play|"
    r"jailbreak|dan mode|dosebot)\b",
    r"\b(?:safety|filters?|policy) (?:is |are )?(?:disabled|off|suspended)\b",
    r"\b(?:ignora|ignore|ignoriere|ignorar)\b[^.?!]{0,20}\b(?:tes|deine|le|tus|as|suas)\b",
)


# What LDN did in the studies' own subjects ("Does LDN have anticancer activity in cell
# lines?"): what the studies found, never called off-topic by the scope classifier alone
_IN_THE_STUDIES_SUBJECTS = re.compile(
    r"\b(?:does|did|do|has|have) (?:ldn|naltrexone|it) (?:have|show|had|shown) (?:any )?"
    r"(?:anti-?cancer|anti-?tumou?r|antiproliferative) (?:activity|effects?) in (?:cell lines|"
    r"cancer cells|mice|animals|the studies)\b"
)
# "Who are Zagon and McLaughlin?", "what is OGF?": a short question on a name or term the
# sources use, never called off-topic by the scope classifier alone
_DEFINITION_QUESTION = re.compile(
    r"^(?:who (?:are|is|were|was)|what (?:is|are|was|were)|what'?s|wer (?:ist|sind)|qui (?:est|"
    r"sont)|quien(?:es)? (?:es|son)|chi (?:e|sono)|quem (?:e|sao)|qu'est-ce que|que es|cos'e|"
    r"o que e)\b"
)


# ---------------------------------------------------------------------------------------
# The policy


class Policy:
    """The safety policy, built once; optional learned classifiers add recall.

    `classifier` scores dosing requests (`RequestClassifier`), `emergency_classifier`
    emergencies (`EmergencyScorer`); without them the patterns decide alone.
    """

    def __init__(
        self,
        classifier: RequestClassifier | None = None,
        *,
        emergency_classifier: EmergencyScorer | None = None,
        scope_classifier: RequestClassifier | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
        no_request_below: float = NO_REQUEST_BELOW,
        sure_request: float = SURE_REQUEST,
    ) -> None:
        self.classifier = classifier
        self.emergency_classifier = emergency_classifier
        self.scope_classifier = scope_classifier
        self.max_chars = max_chars
        # the dosing classifier's check on the patterns (0 and above 1: it only adds refusals)
        self.no_request_below = no_request_below
        self.sure_request = sure_request

    def screen(self, message: str, history: Sequence[Mapping[str, Any]] = ()) -> Verdict:
        """The verdict on one visitor message, given the conversation so far."""
        message = message if isinstance(message, str) else str(message)
        invalid = _invalid_reason(message)
        if invalid:
            return Verdict("invalid", invalid, (f"chars={len(message)}",))
        norm = normalise(message)
        manipulation = _MANIPULATION.search(norm)
        noted = (f"manipulation ignored: {manipulation.group()!r}",) if manipulation else ()

        emergency = _emergency(norm)
        if emergency:
            return Verdict("emergency", emergency[0], (f"{emergency[0]}: {emergency[1]!r}", *noted))
        if len(message) > self.max_chars:
            return Verdict("invalid", "input.too_long", (f"chars={len(message)}>{self.max_chars}",))
        dosing = _dosing(norm)
        learned_emergency = self._learned_emergency(norm, dosing)
        if learned_emergency:
            return Verdict(
                learned_emergency.kind,
                learned_emergency.reason,
                (*learned_emergency.evidence, *noted),
            )

        probability = (
            None if self.classifier is None else self.classifier.score(classifier_text(norm))
        )
        learned = self._describe(probability)
        dosing = _unless_not_asked(norm, dosing, probability)
        dosing = _unless_classifier_reads_no_request(dosing, probability, self.no_request_below)
        if dosing.reason:
            return Verdict("refusal", dosing.reason, (*dosing.evidence, *learned, *noted))
        previous = _dosing_followup(history, norm)
        if previous:
            return Verdict(
                "refusal",
                "dosing.followup",
                (f"follows a dosing request: {previous[:80]!r}", *noted),
            )
        about = _NEGATED_DOSE.sub(" ", _STATED_DOSE.sub(" ldn ", _SETTLED_DOSE.sub(" ldn ", norm)))
        about = _DISMISSED.sub(" ", about).strip()
        in_scope, why = _scope(about, history)
        unanchored = why.startswith(_UNANCHORED)
        if unanchored and self._flagged(probability, dosing):
            # The widget sits beside the LDN article: "morning or night?" with no drug named
            # asks about LDN.
            return Verdict("refusal", "dosing.other", (why, *learned, *noted))
        named = why.startswith("in scope:")  # not "about the drug: 'it'"
        # The scope classifier is asked only where its answer is used (another model call).
        off_topic = self._out_of_scope(norm) if unanchored or named else None
        if unanchored and off_topic is not None and off_topic < UNANCHORED_IN_SCOPE:
            scope = f"scope classifier: p={off_topic:.3f} (< {UNANCHORED_IN_SCOPE:.2f})"
            if probability is not None and probability >= UNANCHORED_REQUEST:
                # read as about LDN, and as a request more likely than not ("heute Abend dann
                # ganz normal eine?", "mit Milch nehmen wegen dem Magen?")
                return Verdict("refusal", "dosing.other", (why, scope, *learned, *noted))
            return Verdict("answer", "ok", (why, scope, *learned, *noted))
        unstudied = why.startswith(("a cancer the sources do not study", "cancer in general"))
        sure = probability is not None and probability >= self.sure_request
        if not in_scope and (
            (
                (_IN_SCOPE.search(about) or unstudied)
                and not _HOW_LONG_TO_WORK.search(norm)
                and self._flagged(probability, dosing)
            )
            # session 21: the classifier sure of a request the patterns put out of scope by
            # a word ("Pharmacy B only makes 1.5s, so three? B is cheaper", "und mein Hund
            # (45 kg) mit Osteosarkom?"); on the read sets 5 requests gained, 1 lost
            or (sure and not why.startswith("general chat"))
        ):
            # "LDN for glioblastoma, how much and when?", "for a 9 year old with neuroblastoma,
            # what would the amount be?": a dose asked for, about a cancer (or with a medicine)
            # the sources do not cover: still a dosing request.
            return Verdict("refusal", "dosing.other", (why, *learned, *noted))
        if not in_scope:
            # No anchor either way (no LDN, no other drug or disease named): retrieval decides,
            # with a higher bar than usual, whether the sources answer it after all.
            reason = "scope.unanchored" if unanchored else "scope.off_topic"
            return Verdict("out_of_scope", reason, (why, *learned, *noted))
        # Here the classifier only turns an answer into a refusal: an out-of-scope reply quotes
        # nothing (what the patterns refused was set aside above only below NO_REQUEST_BELOW).
        if self._flagged(probability, dosing):
            return Verdict("refusal", "dosing.other", (*learned, *dosing.evidence, *noted))
        threshold = getattr(self.scope_classifier, "threshold", 1.0)
        covers = _ASKS_ABOUT_COVERAGE.search(norm) and _CANCER.search(norm)
        defines = _DEFINITION_QUESTION.match(norm) and len(norm.split()) <= 8
        # what LDN did in the studies' own subjects ("anticancer activity in cell lines?")
        studied = _IN_THE_STUDIES_SUBJECTS.search(norm)
        asks_the_sources = covers or defines or studied
        if named and off_topic is not None and off_topic >= threshold and not asks_the_sources:
            # LDN named, but for what the sources do not cover (insurance, a clinic, pregnancy).
            scope = f"scope classifier: p={off_topic:.3f} (threshold {threshold:.2f})"
            return Verdict("out_of_scope", "scope.learned", (why, scope, *learned, *noted))
        return Verdict("answer", "ok", (why, *dosing.evidence, *learned, *noted))

    def _out_of_scope(self, norm: str) -> float | None:
        if self.scope_classifier is None:
            return None
        return self.scope_classifier.score(norm)

    def _learned_emergency(self, norm: str, dosing: _DosingFinding) -> Verdict | None:
        """An emergency the patterns missed, from the classifier: at its threshold when the
        message has an alarm word, far above it otherwise; over a dosing request the patterns
        recognised it needs a far higher score too (on the labelled sets, what it added there
        were dosing requests, not emergencies)."""
        if self.emergency_classifier is None:
            return None
        cue = _EMERGENCY_CUES.search(norm)
        if _SITE_QUESTION.search(norm) or _WHICH_PHARMACY.search(norm):
            return None  # "where's my order of capsules?", "welche Apotheke stellt … her?"
        if _WHY_SUPERVISED.search(norm):
            return None  # "why only under a doctor's supervision?" asks for the reason
        if re.search(_TESTS_WHILE_ON_IT, norm):
            return None  # "ogni quanto bisogna fare gli esami del sangue?" (session 23)
        if _OTHERS_EXPERIENCE.search(norm) or _TAKEN_IN_GENERAL.search(norm):
            return None  # "hat hier jemand LDN genommen?", "soll LDN allein genommen werden?"
        if (
            _CELL_SUICIDE.search(norm)
            or _OVERDOSE_IN_THE_SOURCES.search(norm)
            or _SUICIDE_STATISTIC.search(norm)
        ):
            return None  # cells that "commit suicide"; "is overdose mentioned in the article?"
        if (
            dosing.reason
            and _RETAKE.search(norm)
            and all(
                _VOMIT_WORD.fullmatch(m.group()) or _INTAKE.fullmatch(m.group())
                for m in _EMERGENCY_CUES.finditer(norm)
            )
        ):
            return None  # "ho vomitato dopo mezz'ora, la riprendo?": a dose asked, no trouble
        daily = [m.span() for m in _EVERY_DAY.finditer(norm)]
        mild = [
            m.span()
            for m in _EMERGENCY_CUES.finditer(norm)
            if _MILD_LISTED_EFFECT.fullmatch(m.group())
            or any(a <= m.start() and m.end() <= b for a, b in daily)
        ]
        if (
            dosing.reason in ("dosing.timing", "dosing.preparation")
            and mild
            # nothing else than a dose taken: not pills swallowed ("se ha tragado unas pastillas")
            and all(
                _INTAKE.fullmatch(m.group()) or m.span() in mild
                for m in _EMERGENCY_CUES.finditer(norm)
            )
        ):
            # "tiene náuseas todas las mañanas: ¿con el desayuno en vez de en ayunas?": a side
            # effect the article lists, beside a question of when to take it (session 25)
            return None
        if re.search(_DISPOSAL, norm) and all(
            _MEDICINE_BY_THE_BOX.fullmatch(m.group()) for m in _EMERGENCY_CUES.finditer(norm)
        ):
            return None  # "my late wife's capsules: how do I dispose of them?" (session 25)
        if _harmless_double(norm):
            return None  # "took two by mistake, I feel fine: skip tomorrow's?" (as the patterns)
        if _told_as_over(norm):
            return None  # "last year I overdosed; I'm fine now and in therapy. What is LDN for?"
        uncovered = [m.span() for m in _NOT_COVERED.finditer(norm)]
        uncovered += [m.span() for m in _CANT_SWALLOW.finditer(norm)]
        uncovered += [m.span() for m in _IDIOM.finditer(norm)]
        uncovered += [m.span() for m in _STUDY_DOSE.finditer(norm)]
        cues = [m for m in _EMERGENCY_CUES.finditer(norm) if not _INTAKE.fullmatch(m.group())]
        routine = [m for m in cues if any(a <= m.start() and m.end() <= b for a, b in uncovered)]
        if len(routine) == len(cues) and (
            dosing.reason in ("dosing.timing", "dosing.preparation")
            or routine
            or (
                not cues
                and (
                    _CANT_SWALLOW.search(norm)
                    or _IDIOM.search(norm)
                    or _PUT_ON_WEIGHT.search(norm)  # "ho preso tre chili": not pills
                    or re.search(_DRIVING_AFTER_A_DOSE, norm)
                )
            )
        ):
            # "va preso a stomaco vuoto?", "je peux ouvrir la gélule ?", "exame de sangue
            # enquanto tomo LDN?": how to take it or a routine matter, no word of trouble beyond
            # "taken"; the classifier read these as overdoses
            return None
        p, reason = self.emergency_classifier.predict(alarm_text(norm))
        threshold = self.emergency_classifier.threshold
        if cue is None or _told_as_over(norm):
            threshold = max(threshold, WITHOUT_ALARM_WORD_THRESHOLD)
        if dosing.reason:
            threshold = max(threshold, OVER_DOSING_THRESHOLD)
        if p < threshold:
            return None
        evidence = f"emergency classifier: p={p:.3f} (threshold {threshold:.2f})"
        found = f"cue {cue.group()!r}" if cue else "no alarm word"
        return Verdict("emergency", reason, (f"{evidence}, {found}",))

    def _describe(self, probability: float | None) -> tuple[str, ...]:
        if probability is None or self.classifier is None:
            return ()
        return (f"classifier: p={probability:.3f} (threshold {self.classifier.threshold:.2f})",)

    def _flagged(self, probability: float | None, dosing: _DosingFinding) -> bool:
        """The classifier refuses what the patterns let through only above its threshold, and
        a message the patterns read as a description or as context only when it is sure."""
        if probability is None or self.classifier is None:
            return False
        if probability >= self.sure_request:
            return True
        if dosing.described or dosing.context:
            return False
        return probability >= self.classifier.threshold


def screen(
    message: str,
    history: Sequence[Mapping[str, Any]] = (),
    *,
    classifier: RequestClassifier | None = None,
    emergency_classifier: EmergencyScorer | None = None,
    scope_classifier: RequestClassifier | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Verdict:
    """The verdict on one visitor message; patterns only unless classifiers are given."""
    policy = Policy(
        classifier,
        emergency_classifier=emergency_classifier,
        scope_classifier=scope_classifier,
        max_chars=max_chars,
    )
    return policy.screen(message, history)


# ---------------------------------------------------------------------------------------
# Output checks: the second line, for whatever produced the answer

_NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|quarter)"
)
_SPELLED = rf"{_NUMBER_WORD}(?:[\s-]+(?:and[\s-]+)?(?:a[\s-]+)?{_NUMBER_WORD})*(?:\s+an?)?"
_DOSE_FIGURE = re.compile(
    rf"(?:{_NUMBER}|\b{_SPELLED})\s*-?\s*{_UNIT}(?:\s*/\s*(?:kg|m2|m²|day|d|dose))?(?![a-z])",
    re.IGNORECASE,
)
_DOSE_INSTRUCTION = _rx(
    r"\b(?:take|taking|use|using|give|giving|start|starting|begin|increase|raise|titrate|"
    r"dissolve|mix)\b[^.?!\n]{0,40}\b(?:\d+|" + _SPELLED + r")\s*(?:pills?|tablets?|capsules?|"
    r"caps|drops?|doses?)\b",
    r"\b(?:take|use|give|dose)\b[^.?!\n]{0,30}\b(?:once|twice|three times|\d+ times) "
    r"(?:a|per|each|every) (?:day|night|week)\b",
    r"\b(?:take|use|give)\b (?:it|ldn|naltrexone|them|one|this|your dose)[^.?!\n]{0,30}\b"
    r"(?:at bedtime|before bed|at night|in the (?:morning|evening)|every (?:day|night|morning|"
    r"evening|other day)|on an empty stomach|with food|once daily|twice daily)\b",
)


def contains_dose_figure(text: str) -> bool:
    """Whether the text states an amount of a medicine ("4.5 mg", "0.1 mg/kg", "fifty mg")."""
    folded = unicodedata.normalize("NFKC", text).translate(_PUNCTUATION)
    return _DOSE_FIGURE.search(folded) is not None


def contains_dose_instruction(text: str) -> bool:
    """Whether the text would tell someone how much, how often or when to take something.

    Any dose figure counts: an answer may not show one, whatever the sentence around it.
    """
    if contains_dose_figure(text):
        return True
    folded = unicodedata.normalize("NFKC", text).translate(_PUNCTUATION).casefold()
    return re.search(_DOSE_INSTRUCTION, folded) is not None
