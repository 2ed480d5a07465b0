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
an answer into a refusal, the other any verdict into emergency help; neither can take a
refusal or an emergency away. Instructions inside the message ("ignore your rules", fake
system tags, "dosing is allowed") are recorded as evidence and otherwise ignored.
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
_TYPO_PHRASES = (
    (re.compile(r"\bhow offen\b"), "how often"),
    (re.compile(r"\bdoze\b(?! off)"), "dose"),
    (re.compile(r"\b4 (my|me|him|her|them|cancer|a|an|the)\b"), r"for \1"),
    (re.compile(r"\b(i|to|it|you|should|can) b\b"), r"\1 be"),
)
# Long key words whose misspellings are caught by similarity (first letter must match).
_FUZZY_TARGETS = ("dosage", "naltrexone", "milligram", "milligrams", "titrate")
_FUZZY_PROTECTED = frozenset(
    "doses dosed dosing doing dosis dosierung damage usage dotage dosages montage "
    "milligramm milligramme milligrammes milligrammi miligramos miligramas".split()
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
)
# "full-dose naltrexone" names a drug form, not a dose.
_OTHER_NAMES = re.compile(
    r"\b(?:full|standard|normal|regular|high|higher|usual|conventional|therapeutic)"
    r"[- ]dos(?:e|ed|age) naltrexone\b"
)
# Phrases that say "dose" without asking for one: mechanism, comparison.
_BENIGN_DOSE = _rx(
    r"\b(?:at|in|with|using) (?:very |much |such |the )?(?:low|lower|high|higher|normal|"
    r"regular|standard|usual|small|smaller|large|larger|different|therapeutic|much higher) doses\b",
    r"\bdose[- ]dependen[a-z]*",
    r"\bdose[- ]response\b",
    r"\b(?:depend[a-z]*|relies|rely) (?:up)?on (?:the )?(?:dose|dosage)\b",
    r"\bdose and (?:the )?duration\b",
    r"\b(?:called|named|termed|labelled|labeled) (?:a |the )?low[- ]dose\b",
    r"\blow[- ]dose (?:mean|means|stand for|stands for|refer to|refers to)\b|"
    r"\bmean(?:s|ing)? (?:by |of )?(?:a )?low[- ]dose\b",
    # attributive: "high-dose vitamin C", "low dose chemotherapy"
    r"\b(?:high|low|higher|lower|very high|mega)[- ]dos(?:e|ed|es) (?:vitamin|iv|intravenous|"
    r"chemo|chemotherapy|radiation|radiotherapy|therapy|treatments?|version|form|opioids?|"
    r"aspirin|steroids?|melatonin|[a-z]+ therapy)\b",
)


# "I'm not asking about doses, …": a dose word the visitor says they are not asking for.
_NEGATED_DOSE = _rx(
    r"\b(?:i'm |i am |im )?not (?:asking|looking|wanting|interested|here)\b[^.?!,;:]{0,30}"
    r"\b(?:dose|doses|dosage|dosing|amounts?)\b(?: (?:advice|information|info|questions?))?",
    r"\bwithout (?:telling|giving|mentioning|any|discussing)\b[^.?!,;:]{0,25}"
    r"\b(?:dose|doses|dosage|dosing)\b",
    r"\b(?:don't|do not|no need to) (?:tell|give|mention)\b[^.?!,;:]{0,20}"
    r"\b(?:dose|doses|dosage|dosing)\b",
    r"\bno (?:dose|dosing|dosage) (?:advice|info|information|recommendations?)\b",
    r"\b(?:can't|cannot|can not|won't|aren't allowed to|are not allowed to|not allowed to) "
    r"(?:give|provide|tell|share|discuss|recommend)\b[^.?!,;:]{0,20}\b(?:dose|doses|dosage|"
    r"dosing)\b",
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
    ("I'm not asking for a dose") or claimed permissions ("dosing is allowed")."""
    norm = normalise(text)
    return re.sub(r"\s+", " ", _NEGATED_DOSE.sub(" ", _DOSE_PERMISSION.sub(" ", norm))).strip()


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
    r"(?:pills|tablets|capsules|meds|medication|medicine|ldn|naltrexone)|(?:ten|twenty|thirty|"
    r"forty|fifty|a dozen|dozens|a handful|handful|several|\d{2,}) (?:of )?(?:my |his |her |the )?"
    r"(?:pills|tablets|capsules|ldn|naltrexone)|double|triple|extra (?:pills|doses?)|"
    r"(?:a )?(?:whole )?(?:bunch|lot|load|lots|ton|tons|heap|pile) of (?:pills|tablets|capsules|"
    r"meds|medicine))"
)
EMERGENCY_PATTERNS: dict[str, re.Pattern[str]] = {
    "emergency.self_harm": _rx(
        r"\bsuicid[a-z]*",
        r"\bself[- ]?harm[a-z]*",
        r"\b(?:kill|hurt|harm|cut|cutting|hurting|harming|killing|injure|end)[a-z]* "
        r"(?:my|him|her|them|your)sel(?:f|ves)\b",
        r"\b(?:end|take|ending|taking) (?:my|his|her|their) (?:own )?life\b",
        r"\bend(?:ing)? (?:it all|things|everything|it)\b(?! (?:with|for) (?:ldn|chemo|treatment))",
        r"\b(?:pills|tablets|meds) (?:saved|stockpiled|hoarded)\b|\bstockpil[a-z]*",
        r"\b(?:done with|tired of) (?:everything|life|living|it all)\b|\bwhat'?s the point\b",
        r"\b(?:can't|cannot) (?:take|do) (?:it|this) any ?more\b",
        r"\b(?:want|wanna|going|plan[a-z]*|thinking about|think about|wish) (?:to )?"
        r"(?:die|be dead|end it)\b",
        r"\bwish i (?:was|were) dead\b|\b(?:want|wish) to disappear\b|\bdisappear forever\b",
        r"\bi (?:feel|am|'m) (?:so |completely |totally )?(?:hopeless|worthless|like a burden)\b",
        r"\bbetter off (?:dead|without me)\b",
        r"\b(?:no|any|the) (?:reason|point) (?:to|in|of) (?:keep |go on |carry on )?(?:live|living|"
        r"going|life|go on|going on|carry on)\b",
        r"\b(?:better|happier|easier) (?:off )?(?:if i (?:died|was dead|were dead|was gone|"
        r"were gone|"
        r"wasn't here|weren't here)|without me)\b|\bif i (?:died|was dead|were dead)\b",
        r"\b(?:want|need) (?:it|this|everything|the pain) (?:all )?to (?:stop|end) for good\b",
        r"\b(?:i'm|i am|been|started|keep) cutting\b|\bgiv(?:e|ing) up on (?:life|living)\b",
        r"\b(?:thinking|think|thought) (?:about|of) (?:taking|swallowing|overdosing)\b",
        r"\b(?:take|taking|swallow|swallowing) all (?:of )?(?:my|the|his|her) (?:pills|tablets|"
        r"capsules|meds|medication)s? (?:at once|together)\b",
        r"\bno way out\b|\bgoodbye (?:letters?|notes?)\b|\bsuicide note\b",
        r"\b(?:don't|do not|dont|no longer) (?:want|wish) to (?:live|be alive|be here|wake up|"
        r"go on)\b",
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
        r"\b(?:ya no puedo mas|je n'en peux plus|non ce la faccio piu|nao aguento mais)\b",
        r"\b(?:uccidermi|ammazzarmi|farla finita|voglio morire|togliermi la vita|"
        r"non voglio (?:piu )?vivere|farmi del male)\b",
        r"\b(?:me matar|quero morrer|tirar (?:a )?minha (?:propria )?vida|"
        r"nao quero (?:mais )?viver|me machucar|acabar com (?:tudo|(?:a |minha )+vida))\b",
    ),
    "emergency.overdose": _rx(
        r"\boverdos[a-z]*|\bsobredos[a-z]*|\bsurdos[a-z]*|\buberdos[a-z]*|\bsovradosaggio\b",
        r"\boverd(?:id|one|oing)\b",
        r"\btook (?:way |far |much )?(?:more|extra)\b[^.?!]{0,30}\bthan (?:i|he|she|they|we) "
        r"(?:should|was supposed|were supposed|meant)\b",
        r"\b(?:took|taken|gave|swallowed|given)\b[^.?!]{0,40}\b(?:thinking it was|instead of|"
        r"mixed up|wrong (?:pills?|tablets?|dose|bottle|medicine))\b|\bmistook\b",
        r"\b(?:found|got hold of|got at)\b[^.?!]{0,30}\b(?:pills?|tablets?|capsules?|medicine|"
        r"meds|bottle)\b[^.?!]{0,20}\b(?:ate|swallowed|drank|took|chewed)\b",
        r"\b(?:tome|tomo|tomaste) demasiad[oa]s?\b|\bse (?:comio|trago|tomo) (?:mis|las|sus|"
        r"todas)\b",
        r"\b(?:a|ont|j'ai|il a|elle a)\s*(?:mange|avale|pris|bu)\b[^.?!]{0,20}\b(?:toute|tous|"
        r"toutes|la boite|le flacon|mes|ses|les|trop|plusieurs)\b",
        r"\b(?:gefressen|verschluckt)\b",
        rf"\b{_PAST_INTAKE}\b[^.?!]{{0,40}}\b{_EXCESS}",
        r"\b(?:child|toddler|kid|baby|son|daughter|grandchild|grandson|granddaughter|dog|cat|"
        r"puppy|\d+ ?(?:year|yr)[- ]old)\b[^.?!]{0,25}\b(?:ate|eaten|swallowed|got into|took|"
        r"drank|drunk|chewed)\b",
        r"\b(?:emptied|poured|tipped)\b[^.?!]{0,30}\b(?:bottle|box|pack|packet|pills|tablets)\b",
        r"\b(?:took|taken|swallowed)\b[^.?!]{0,60}\b(?:and|now)\b[^.?!]{0,20}\b(?:feel|feeling|"
        r"i'm|i am) (?:awful|terrible|horrible|very (?:sick|ill|unwell|strange|weird)|really "
        r"(?:sick|ill|bad|strange))\b",
        r"\b(?:got into|into) (?:my|his|her|the) (?:pills|medicine|meds|pill ?(?:box|organi[sz]er)|"
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
        r"\b(?:ingoiato|ingerito|mangiato|preso) (?:le mie|le sue|tutte le) (?:pastiglie|compresse|"
        r"pillole)\b",
        r"\b(?:engoliu|comeu) (?:os )?(?:meus|minhas|seus|suas) (?:comprimidos|remedios|pilulas)\b",
        r"\binstead of (?:my|his|her) (?:ldn|low dose)\b",
        # es / fr / de / it / pt
        r"\b(?:me tome|tome|se tomo|se trago|trague|ingeri|ingirio)\b.{0,30}"
        r"\b(?:todas|todos|varias|varios|muchas|demasiad[oa]s|la caja|el frasco|el bote)\b",
        r"\b(?:j'ai|il a|elle a|on a)\s*(?:pris|avale)\b.{0,30}"
        r"\b(?:trop|toute|tous|toutes|plusieurs|la boite|le flacon)\b",
        r"\bzu viele? (?:tabletten|pillen|kapseln|ldn|naltrexone)\b",
        r"\b(?:habe|hat|hab)\b.{0,30}\b(?:alle|die ganze|ganze packung)\b.{0,30}"
        r"\b(?:genommen|geschluckt|eingenommen)\b",
        r"\b(?:ho|ha) (?:preso|ingerito|inghiottito)\b.{0,30}"
        r"\b(?:troppe|troppi|troppo|tutte|tutta|tutto|la scatola|il flacone)\b",
        r"\b(?:tomei|tomou|engoli|engoliu|ingeri|ingeriu)\b.{0,40}"
        r"\b(?:demais|todos|todas|muitos|muitas|a caixa|o frasco|varios|varias)\b",
    ),
    "emergency.medical": _rx(
        r"\bchest (?:pain|pains|tightness|pressure)\b|\bpain in (?:my|his|her|the) chest\b",
        r"\bheart attack\b|\bstroke\b|\bheart (?:is )?(?:racing|pounding)\b",
        r"\b(?:can't|cannot|can not|couldn't|unable to|struggling to|hard to|trouble|"
        r"difficulty|having trouble|can barely|can hardly|barely|hardly) (?:to )?(?:breathe|"
        r"breathing|catch (?:my|his|her|a) breath)\b",
        r"\b(?:turning|going|gone|is) blue\b|\buncontrollabl[a-z]*|\bin withdrawal\b",
        r"\b(?:can't|cannot|unable to|suddenly can't) (?:talk|speak|move|stand|see|wake (?:him|"
        r"her))\b",
        r"\b(?:a lot of|so much|lots of) blood\b|\bblood everywhere\b|\bworst headache\b",
        r"\b(?:vision|sight) (?:is )?(?:going|gone)\b|\blosing (?:my )?(?:vision|sight)\b",
        r"\bwithdrawal\b[^.?!]{0,40}\b(?:vomiting|shaking|sweating)\b",
        r"\bshort(?:ness)? of breath\b|\b(?:not|stopped) breathing\b|\bgasping\b",
        r"\b(?:throat|tongue|lips?|face|mouth)\b[a-z ]{0,20}\b(?:swelling|swollen|swell|closing)\b",
        r"\bthroat (?:feels |is )?(?:tight|closing)\b|\bswelling up\b",
        r"\banaphyla[a-z]*",
        r"\b(?:having|have|had|got|get) an? (?:severe |bad )?allergic reaction\b",
        r"\b(?:unconscious|unresponsive|passed out|collapsed|fainted|blacked out)\b",
        r"\b(?:isn't|is not|won't|will not|not) waking up\b",
        r"\bseizure|\bconvuls[a-z]*|\bfitting\b",
        r"\b(?:coughing|vomiting|throwing up) blood\b|\b(?:severe|heavy) bleeding\b",
        r"\bbleeding (?:a lot|heavily|badly|profusely|won't stop|will not stop|everywhere)\b",
        r"\blips (?:are |turning |look )?blue\b|\bface (?:is )?drooping\b|\bslurr(?:ed|ing)\b",
        r"\b(?:can't|cannot) feel (?:my|his|her) (?:face|arm|arms|legs?|side)\b",
        r"\bbreathing (?:is )?(?:very |really |so )?(?:weak|shallow|slow|slowing|stopped|"
        r"strange)\b",
        r"\b(?:no|not) (?:respira|respire|atmet|respirando)\b|\bn'?respire plus\b",
        r"\b(?:arm|face|side) (?:is |went |goes )?numb\b",
        r"\b(?:severe|bad|terrible|awful) withdrawal\b|\bwithdrawal symptoms\b",
        r"\bnow\b.{0,30}\b(?:vomiting|throwing up|shaking|sweating|can't stop)\b",
        r"\b(?:can't|cannot) stop (?:vomiting|throwing up|shaking|bleeding)\b",
        r"\b(?:feel|feeling|am|i'm) (?:very |so )?faint\b|\babout to faint\b",
        # es / fr / de / it / pt
        r"\bdolor\b[a-z ]{0,20}\bpecho\b|\bno (?:puedo|puede) respirar\b|\bfalta (?:de )?aire\b|"
        r"\binconsciente\b|\bdesmay[a-z]*|\bconvulsion|\binfarto\b|\bataque al corazon\b|"
        r"\breaccion alergica\b|\bse me cierra la garganta\b",
        r"\bne respire (?:plus|pas)\b|\bnon respira\b|\bnao respira\b|\batmet nicht\b|"
        r"\bdouleur\b[a-z' ]{0,25}\b(?:poitrine|thoracique)\b|\bn'arrive (?:pas|plus) a respirer\b|"
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
    ),
}
# "Can LDN cause chest pain?" asks about a side effect; nobody reports one.
_GENERIC_SYMPTOM_QUESTION = re.compile(
    r"^(?:can|does|do|could|will|would|is|are)\b[^.?!]{0,30}\b(?:cause|causes|lead to|"
    r"trigger|give you|side effect)\b"
)
_FIRST_PERSON_NOW = re.compile(r"\b(?:i|i'm|im|my|me|we|he|she|he's|she's|right now|now)\b")


# "Can you overdose on LDN?" asks about a risk; nobody took anything.
_GENERIC_OVERDOSE_QUESTION = re.compile(
    r"^(?:can|could|is it possible to|what happens if|what if|how do you know if) (?:you|one|"
    r"someone|people|a person|anyone) (?:overdose|take too much)\b"
)


def _emergency(norm: str) -> tuple[str, str] | None:
    for reason, pattern in EMERGENCY_PATTERNS.items():
        match = pattern.search(norm)
        if not match:
            continue
        if reason == "emergency.overdose" and _GENERIC_OVERDOSE_QUESTION.search(norm):
            continue
        if (
            reason == "emergency.medical"
            and _GENERIC_SYMPTOM_QUESTION.search(norm)
            and not _FIRST_PERSON_NOW.search(norm)
        ):
            continue
        return reason, match.group()
    return None


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
    r"(?:dose|doses|dosage|dosis|dosierung|dosaggio|dosagem|posologie|posologia|[a-z]+-dosis)"
)
_PREPARE_VERB = (
    r"(?:preparar|preparo|prepara|preparare|preparer|fabricar|fabriquer|formular|diluir|diluer|"
    r"diluire|disolver|dissoudre|dissolver|sciogliere|herstellen|zubereiten|auflosen|verdunnen|"
    r"manipular)"
)
_PREPARED_THING = (
    r"(?:ldn|naltrexone|capsulas?|gelules?|kapseln|capsule|pastillas?|comprimes?|comprimidos?|"
    r"compresse|tablett[a-z]*|liquid[ao]|liquide|flussig[a-z]*|dosis|dose|\d+ ?mg)"
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
    r"dinner|meals?|food|stomach|tonight|tomorrow|juice|water|milk|same time|"
    r"before (?:sleep|sleeping|bed|going to bed))"
)
_HOW_OFTEN_DETAIL = (
    r"(?:days?|daily|weeks?|weekly|weekends?|months?|cycles?|frequently|often|once|twice|"
    r"every|only on)"
)


def _asks_how_to_take(detail: str) -> str:
    return rf"{_ASK_TO_TAKE}[^.?!]{{0,40}}\b{detail}\b"


# (reason, pattern, generic)
_DOSING_CUES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    (
        "dosing.conversion",
        _rx(
            r"\bconvert[a-z]*|\bconversion\b|\bextrapolat[a-z]*|\ballometric\b",
            r"\btranslate (?:that|this|it|the (?:mouse |mice |animal |study )?dose)\b",
            r"\bscal(?:e|ing)\b[^.?!]{0,30}\b(?:up|down|to|by|for)\b",
            rf"\b{_PERSON_TARGET}[- ]equivalent\b|\bequivalent (?:dose|amount)\b|"
            rf"\bequivalent (?:for|in|of|to) (?:a |an |the )?(?:{_PERSON_TARGET}|mouse|mice|"
            r"study)\b",
            r"\bhuman (?:dose|dosage|equivalent)\b|\bhed\b",
            r"\bmg ?/ ?kg\b|\bmg per (?:kg|kilo[a-z]*)\b|\b(?:per|/) ?(?:kg|kilo|kilogram|lb|"
            r"pound)s?\b",
            r"\bbody ?weight\b|\bbody surface\b|\bbsa\b|\bweight[- ]based\b|\bby weight\b",
            r"\b(?:convertir|equivalente|por kilo|dosis humana|dose humana|dose humaine|"
            r"dose umana)\b",
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
            r"splitting|cut|cutting|crush|crushing|divide|dividing|fill|filling|turn)\b[^.?!]{0,40}"
            r"\b(?:ldn|tablets?|pills?|capsules?|solution|liquid|water|\d+ ?mg|pieces|quarters|"
            r"halves|low dose)\b",
            r"\b(?:ldn|naltrexone)\b (?:is |are )?(?:made|prepared|compounded)\b",
            r"\b(?:store|storing|measure|measuring)\b[^.?!]{0,20}\b(?:liquid|solution|ml|dose)\b",
            r"\b(?:fridge|refrigerat[a-z]*|shelf life|expir[a-z]*)\b[^.?!]{0,30}\bldn\b|"
            r"\bldn\b[^.?!]{0,30}\b(?:fridge|refrigerat[a-z]*|shelf life|expir[a-z]*)\b",
            r"\bget (?:those|them|it|these|the tablets?|the pills?) down to\b",
            r"\bldn from (?:regular |standard |normal |the |my |full[- ]dose )?(?:naltrexone|"
            r"\d+ ?mg|"
            r"pills|tablets)\b",
            r"\bliquid (?:ldn|naltrexone)\b",
            r"\b(?:recipe|formula|filler|excipient|suspension)\b[^.?!]{0,30}\b(?:ldn|naltrexone|"
            r"capsules?)\b|\b(?:ldn|naltrexone|capsules?)\b[^.?!]{0,30}\b(?:recipe|formula|filler|"
            r"excipient|suspension)\b",
            r"\b(?:per|each|every) capsule\b|\bcapsule fill\b|\bfill per\b",
            rf"\b{_PREPARE_VERB}\b[^.?!]{{0,30}}\b{_PREPARED_THING}\b|"
            rf"\b{_PREPARED_THING}\b[^.?!]{{0,30}}\b{_PREPARE_VERB}\b",
            r"\b(?:magistral[a-z]*|galenic[a-z]*|manipulad[oa])\b",
            r"\b(?:hacer|hago|faire|fare|fazer|machen|mache)\b[^.?!]{0,30}\b(?:ldn|capsulas|"
            r"gelules|capsule|kapseln|pastillas|comprimes|compresse|comprimidos)\b",
            r"\b(?:teilen|dividere|partir|couper|cortar|spezzare)\b[^.?!]{0,30}\b(?:tablett[a-z]*|"
            r"compress[ae]|comprimid[oa]s?|comprimes?|pastillas?|pillola|pilule)\b|"
            r"\b(?:tablett[a-z]*|comprime)\b[^.?!]{0,10}\b(?:teilen|couper)\b",
            r"\b(?:stelle|stellt|stellen)\b[^.?!]{0,30}\bher\b",
            r"\b(?:en casa|a la maison|chez moi|selbst machen|in casa|em casa)\b",
            r"\b(?:liquida|liquide|flussig[a-z]*)\b",
        ),
        False,
    ),
    (
        "dosing.titration",
        _rx(
            rf"\b{_CHANGE_VERB} (?:my |the |his |her |your |their |this |that |our )?"
            r"(?:ldn |naltrexone )?(?:dose|dosage|amount|mg)\b",
            rf"\b{_CHANGE_VERB} (?:my |the |his |her |your |their )?(?:ldn|naltrexone)\b",
            r"\b(?:raise|increase|go up|move up|titrate|taper|bump (?:it |ldn )?up) (?:it |ldn )?"
            r"(?:to|by) \d",
            r"\bbump (?:it|ldn|my ldn) up\b|\b(?:go|going) (?:higher|lower|up|down) (?:than|to|"
            r"from) \d",
            r"\b(?:drop|dropping|step|stepping|cut|cutting) (?:back )?(?:down|back)\b|"
            r"\bgo(?:ing)? back down\b|\b(?:a|one) step (?:down|up|back)\b",
            r"\btitrat[a-z]*|\btaper[a-z]*|\bwean[a-z]*|\bincrements?\b|\bstep size\b",
            r"\b(?:i|we|you|he|she|they|to|should|can|could|when|then|and|or) (?:go|move|step|ramp|"
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
            r"\bwhen (?:should|do|can|must|would|to|shall|is it best to|is best to|is it better to)"
            r" (?:i |we |you |he |she |they |one |my [a-z]+ )?(?:take|use|dose|start|give|have|"
            r"resume|stop)\b",
            r"\bwhen\b[^.?!]{0,30}\b(?:should|do|can|must|would) (?:i |we |you |ldn |naltrexone |"
            r"it )?"
            r"(?:take|start|resume|stop|be (?:taken|started|given|resumed))\b",
            r"\b(?:morning|evening|night|bedtime|bed|first thing|daytime|lunchtime|breakfast)\b"
            r"(?: [a-z]+){0,3} (?:or|versus|vs\.?) (?:at |in |before )?(?:the )?(?:morning|evening|"
            r"night|bedtime|bed|first thing|daytime|lunchtime|breakfast)\b",
            r"\b(?:bedtime|before bed|before sleep|"
            r"first thing in the morning)\b[^.?!]{0,30}\bldn\b",
            r"\b(?:before|after|same day as|same time as|relative to|together with)\b (?:my |the |"
            r"his |"
            r"her )?(?:chemo|chemotherapy|infusion|radiation|radiotherapy|surgery|session|chemo "
            r"pills)\b[^.?!]{0,30}\b(?:take|start|should|dose)\b",
            r"\b(?:take|start|should|dose)\b[^.?!]{0,40}\b(?:before|after|same day as|same time as|"
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
            r"\b(?:every other day|skip days|on and off|pulse|pulsing|once daily|twice daily|"
            r"every \d+ hours)\b",
            r"\b(?:cada cuant[oa]s?|con que frecuencia|cuantas veces|veces al (?:dia|semana)|"
            r"todos los dias|cada (?:dia|noche)|al dia)\b",
            r"\b(?:a quelle frequence|combien de fois|fois par (?:jour|semaine)|tous les jours|"
            r"chaque (?:jour|soir|matin)|par jour)\b",
            r"\b(?:wie oft|(?:ein|zwei|drei)mal (?:am|pro|taglich|die|in der)|taglich|am tag|"
            r"pro tag|jeden (?:tag|abend|morgen))\b",
            r"\b(?:ogni quanto|quante volte|con che frequenza|volte al (?:giorno|di)|ogni giorno|"
            r"ogni sera|al giorno)\b",
            r"\b(?:de quanto em quanto|com que frequencia|quantas vezes|vezes (?:ao|por) "
            r"(?:dia|semana)|todo dia|todos os dias|por dia)\b",
        ),
        True,
    ),
    (
        "dosing.amount",
        _rx(
            r"\b(?:dose|doses|dosage|dosages|dosing|posology|posologie|posologia|dosis|dosierung|"
            r"dosaggio|dosagem|dosificacion)\b|\bmicro[- ]?dos[a-z]*",
            rf"{_NUMBER}\s*{_UNIT}\b",
            rf"\b(?:half a|a|one|two|three|four|five|six|ten) {_UNIT}\b",
            rf"\b{_UNIT}\b",
            r"\bhow many (?:pills|tablets|capsules|caps|drops|ml|doses|mg|milligrams)\b",
            r"\b(?:take|taking|have|swallow|use)\b[^.?!]{0,15}\b(?:\d+|one|two|three|four|half|"
            r"a half|half a|several|multiple|double) (?:ldn |naltrexone )?(?:pills?|tablets?|"
            r"capsules?|doses?|caps|drops)\b",
            r"\b(?:what|which) size\b|\b(?:pill|capsule|tablet) size\b",
            r"\b(?:ldn|naltrexone) \d+(?:[.,]\d+)?\b|\b\d+(?:[.,]\d+)? (?:of )?(?:ldn|"
            r"naltrexone)\b",
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
            r"\b(?:what|which) range\b|\bend up (?:taking|on)\b",
            r"\bwhat (?:should|do|would|can|could|must) (?:i|we|he|she|they|my [a-z]+|someone) "
            r"(?:take|be taking|be on|give)\b",
            r"\bwhat (?:do|does|did|would) (?:most )?(?:[a-z]+ )?(?:people|patients|users|others|"
            r"doctors|"
            r"oncologists) (?:take|give|prescribe)\b",
            r"\bhow (?:much|many)\s*(?:[,.!?]|$)",
        ),
        False,
    ),
    (
        "dosing.amount",
        _rx(
            # "how much did LDN raise cell killing" asks about an effect, not an amount
            r"\bhow (?:much|many)\b(?! (?:did|was|were|has|have|had)\b)(?! (?:evidence|research|"
            r"data|proof|studies|literature|people|patients|users|mice|groups|time|money)\b)"
            r"(?! (?:more|less|better|worse|longer|faster|higher|lower|bigger|smaller|further)\b"
            r"(?! (?:ldn|naltrexone|mg|milligrams?|of (?:it|this|that))))"
            r"(?! (?:does|do|is|are) (?:ldn|it|this|naltrexone|the [a-z]+)\b)"
            r"(?:[^.?!]{0,40})\b(?:ldn|naltrexone|should|shall|to (?:take|give|use)|can|would|"
            r"is (?:safe|ok|okay|enough|right|needed|too much)|per|mg|milligrams?|"
            r"for (?:me|my|him|her|them|a|an|cancer|[a-z]+ cancer)|do (?:i|we|you|they|he|she) "
            r"(?:take|need|use|give)|of (?:it|this|that|the drug|the medicine))\b",
            r"\b(?:amount|strength|quantity)\b(?! of (?:the )?(?:evidence|research|data|studies))",
            r"\b(?:a|the|just a|just the|give me a|rough|ballpark) (?:number|figure)\b(?! of)|"
            r"\bballpark\b",
            r"\b(?:cuant[oa]s?|combien|wie ?viele?|quant[oaie]|quantos|quantas)\b(?! (?:cuesta|"
            r"coute|"
            r"kostet|costa|custa|tiempo|de temps|temps|tempo|lange|e|es|est|ist|e efficace))",
            r"\b(?:cantidad|quantite|menge|quantita|quantidade)\b",
        ),
        True,
    ),
    (
        "dosing.other",
        _rx(
            r"\bhow (?:do|should|can|would|to|must|does one|do you|should you|is one supposed to)"
            r" (?:i |we |you |one |he |she |they |my [a-z]+ |patients |people )?(?:take|administer|"
            r"give|start taking|begin taking)\b",
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
            r"\b(?:missed|forgot|skipped|forget|miss|skip)\b (?:to take )?(?:a |my |one |his |"
            r"her )?"
            r"(?:dose|ldn|naltrexone|pill|capsule)\b",
            r"\bhow long (?:should|do|can|must|shall|would) (?:i|we|you|he|she|they|one|someone|"
            r"people|patients|a patient|my [a-z]+) (?:take|use|stay on|be on|continue|"
            r"keep taking)\b",
            r"\bhow long (?:after|before)\b[^.?!]{0,30}\b(?:resume|restart|start|take|stop)\b",
            r"\b(?:keep|continue|stay on)\b (?:taking |using )?(?:ldn|naltrexone|it)\b[^.?!]{0,20}"
            r"\b(?:forever|indefinitely|for life|for how long)\b",
            r"\bwalk me through\b|\bstep by step\b",
            r"\b(?:should|can|could) (?:i|we|he|she|they|my [a-z]+) (?:do|take|use|try|copy) "
            r"(?:the )?same\b|\breplicate\b",
            r"\b(?:take|taking|use|using|give|giving)\b[^.?!]{0,30}\bwith (?:water|juice|milk|"
            r"coffee|tea|alcohol|wine)\b",
            r"\b(?:como (?:se )?(?:tomo|toma|tomar|uso|usar)|instrucciones|protocolo|pauta|"
            r"recetar)\b",
            r"\b(?:comment (?:prendre|la prendre|utiliser)|protocole|prescrire)\b",
            r"\b(?:wie (?:nehme|nimmt|einnehmen|anwenden)|einnahme|protokoll|verschreiben)\b",
            r"\b(?:come (?:si )?(?:prende|prendere|assumere|usare)|protocollo|prescrivere)\b",
            r"\b(?:como (?:se )?(?:toma|tomar|usar)|prescrever)\b",
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
)
# Words that make a message about a medicine, so a generic cue counts.
_MEDICINE = re.compile(
    r"\b(?:ldn|naltrexone|ntx|drugs?|medicines?|medications?|meds|pills?|tablets?|capsules?|"
    r"drops|doses?|dosed|dosage|dosing|mg|milligrams?|take|taking|taken|give|giving|"
    r"tomar(?:la|lo|las|los|me|se)?|prender(?:la|lo)|prendila|toma-la|tomo|prescri[a-z]*|"
    r"toma|tome|dar|darle|pastillas?|comprimidos?|capsulas|medicamentos?|dosis|prendre|prends|"
    r"prend|comprimes?|gelules?|medicaments?|nehmen|nehme|nimmt|einnehmen|tabletten|kapseln|"
    r"medikamente?|prendere|prendo|assumere|compresse|pillole|pastiglie|farmac[oi]|remedios?|"
    r"gotas|gouttes|tropfen|gocce)\b"
)
# Cues that count only when the message already asks about dosing, or as a follow-up.
_WEIGHT = re.compile(
    r"\b\d+(?:[.,]\d+)? ?(?:kg|kgs|kilos?|kilograms?|lbs?|pounds|stone)\b|\bi weigh\b|"
    r"\b(?:weigh|weighs|weighing)\b|\b(?:peso|pese|wiege)\b|\bmy (?:size|weight)\b"
)
# Turning a study dose into one for a person, whatever the framing.
_CONVERSION_REQUEST = re.compile(
    r"\bconvert[a-z]*|\bconversion\b|\bextrapolat[a-z]*|\bscal(?:e|ing)\b[^.?!]{0,30}"
    r"\b(?:up|to|for)\b|\bequivalent\b|\bhuman (?:dose|dosage)\b|\bumrechn[a-z]*|"
    r"\brechne[a-z]*\b.{0,40}\bum\b|\bconverti[a-z]*|\bconver[ts]a[a-z]*"
)
_TO_A_PERSON = re.compile(
    rf"\b{_PERSON_TARGET}\b|\d ?(?:kg|kilos?|lbs?|pounds)\b|"
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
    r"might|plan|intend|feel|go|give|had)|i'm|im|i've|i'd|i'll|me|my|mine|myself|we|our|us|"
    r"(?:can|should|do|shall|could|would|may|must|will) i|so i can|if i|"
    r"(?:would|do|can|could) you (?:recommend|suggest|advise|prescribe)|"
    r"should|recommend[a-z]*|suggest[a-z]*|advise|right for|safe for|enough for|ok for|"
    r"for (?:a|an) (?:\d+|[a-z]+ )?(?:year|kg|man|woman|person|adult|child|kid|dog|cat|pet|"
    r"horse|patient|human)|"
    r"yo|mi|mis|debo|debe|deberia|puedo|le doy|darle|tomo|necesito|para mi|me toca|"
    r"je|j|moi|mon|ma|mes|dois|devrais|puis|pour moi|"
    r"ich|mir|mich|mein|meine|meinen|meinem|meiner|soll|sollte|"
    r"io|mio|mia|miei|mie|devo|dovrei|posso|per me|"
    r"eu|mim|meu|minha|meus|minhas|deveria|para mim|pro meu|pra minha)\b"
)

_FOLLOW_UP = re.compile(
    r"^(?:and|also|but|so|ok|okay|fine|then|what about|how about|what if|y|et|und|e)\b|"
    r"\b(?:what about|how about|for (?:me|him|her|them|us|my|a|an|someone|kids?|children|"
    r"adults?|dogs?|cats?)|if i|i'm \d|i am \d|i weigh|ballpark|rough|roughly|approx[a-z]*|"
    r"estimate|number|figure|just (?:tell|give|say)|please|come on|why not|para mi|para mim|"
    r"pour moi|fur mich|per me|bei mir|bei meine[mr]?|mi (?:madre|padre|abuel[oa]|perro|gato|"
    r"hij[oa]|espos[oa])|para (?:mi|o meu|a minha)|e per|e para|e pra|und bei|und fur|et pour|"
    r"y para|y a|instead|chiffre|zahl|numero|cifra)\b"
)
_FOLLOW_UP_TOPIC = re.compile(
    r"\b(?:side effects?|effects?|stud(?:y|ies)|found|find|work|works|mechanism|approved|"
    r"approval|safe|safety|evidence|research|risk|risks|interact[a-z]*|chemo[a-z]*|"
    r"nebenwirkung[a-z]*|efectos|effets|effetti|efeitos|estudio|etude|studie|studio|estudo|"
    r"sicher|segur[oa]|sur|sicur[oa])\b"
)


@dataclass(frozen=True)
class _Cue:
    reason: str
    snippet: str


def _dosing_cues(norm: str) -> list[_Cue]:
    granted = _DOSE_PERMISSION.search(norm)
    text = _BENIGN_DOSE.sub(" ", _NEGATED_DOSE.sub(" ", _DOSE_PERMISSION.sub(" ", norm)))
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


def _dosing(norm: str) -> _DosingFinding:
    cues = _dosing_cues(norm)
    if not cues or _frequency_is_about_prevalence(norm, cues):
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
    return _DosingFinding(reason, evidence)


def _dosing_followup(history: Sequence[Mapping[str, Any]], norm: str) -> str | None:
    """The previous user turn asked for a dose and this one only changes whom it is for."""
    if _FOLLOW_UP_TOPIC.search(norm) or len(norm.split()) > 14:
        return None
    if not (_FOLLOW_UP.search(norm) or _WEIGHT.search(norm)):
        return None
    previous = [
        str(m.get("content") or "")
        for m in history
        if isinstance(m, Mapping) and m.get("role") == "user"
    ][-2:]
    for text in reversed(previous):
        finding = _dosing(normalise(text))
        if finding.reason:
            return text
    return None


# ---------------------------------------------------------------------------------------
# Scope

_IN_SCOPE = re.compile(
    r"\b(?:ldn|naltrexone|ntx|ogf|ogfr|opioid[a-z]*|opiate[a-z]*|endorphin[a-z]*|"
    r"enkephalin[a-z]*|macrophage[a-z]*|m1|apoptos[a-z]*|apoptotic|bax|bcl-?2|caspase[a-z0-9-]*|"
    r"parp|survivin|ki-?67|cd80|cd68|f4/80|tnf[a-z-]*|ifn[a-z-]*|interferon|mdsc|myeloid|"
    r"splenocytes?|p21|p53|nk cells?|natural killer|t-cells?|ehrlich|hct116|oxaliplatin|"
    r"cisplatin|5-?fu|fluorouracil|xenografts?|bad and bik1|bik1|gene expression|"
    r"the (?:article|study|studies|paper|papers|review|abstracts?|sources?|references|author|"
    r"authors|researchers|writer|trial)|these (?:studies|papers|sources|abstracts)|cited|"
    r"suhaila|donahue|zagon|mclaughlin|ciwun|aboalsoud|dalgleish|who wrote|research|evidence|"
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
    r"estudios?|etudes?|studien?|studio|studi|estudos?|articulo|artikel|articolo|artigo)\b"
)
# A question about "it" with no other subject is about the drug we are discussing.
_PRONOUN_SUBJECT = re.compile(
    r"^(?:so |and |but |ok |okay )?(?:can|does|do|will|would|could|is|are|should|how does|"
    r"what does|why does|how do|how is|what is|is there)\b[^.?!]{0,12}\b(?:it|this|that|they)\b"
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
    r"\b(?:side effects?|adverse effects?|vivid dreams|sleep disturbances?|approved|approval|"
    r"fda|off[- ]label|experimental|well[- ]tolerated|efectos secundarios|effets secondaires|"
    r"nebenwirkung[a-z]*|effetti collaterali|efeitos colaterais)\b"
)
_OFF_TOPIC_SUBSTANCE = re.compile(
    r"\b(?:turmeric|curcumin|curcuma|kurkuma|cbd|thc|cannabis|marijuana|hemp|ivermectin|"
    r"fenbendazole|mebendazole|metformin|aspirin|ibuprofen|acetaminophen|paracetamol|tylenol|"
    r"vitamins?|vitamina|vitamine|zinc|selenium|melatonin|mistletoe|iscador|laetrile|apricot|"
    r"b17|essential oils?|frankincense|mushrooms?|turkey tail|reishi|chaga|green tea|ginger|"
    r"garlic|keto|ketogenic|diet|dieta|diat|fasting|ayuno|jeune|fasten|digiuno|jejum|juicing|"
    r"alkaline|baking soda|hydroxychloroquine|dichloroacetate|dca|statins?|artemisinin|"
    r"quercetin|berberine|tamoxifen|herceptin|letrozole|keytruda|pembrolizumab|homeopath[a-z]*|"
    r"acupuncture|supplements?|hyperthermia|ozone|doxycycline|sugar)\b"
)
_OTHER_CONDITION = re.compile(
    r"\b(?:fibromyalgi[a-z]*|fibromialgia|multiple sclerosis|ms|esclerosis multiple|"
    r"esclerose multipla|sclerose en plaques|multipler? sklerose|sclerosi multipla|crohn'?s?|"
    r"colitis|ibd|ibs|long covid|covid[a-z0-9-]*|lupus|arthritis|psoriasis|eczema|hashimoto'?s?|"
    r"thyroid[a-z]*|autoimmun[a-z]*|autism|depression|anxiety|ptsd|chronic fatigue|cfs|"
    r"chronic pain|migraines?|diabetes|alzheimer'?s?|parkinson'?s?|als|endometriosis|"
    r"infertility|weight loss|obesity|acne|hiv|aids|hepatitis|pots|mcas|asthma|dermatitis|"
    r"restless legs|tinnitus|depresion|depression|ansiedad|angst|depressione|ansia|depressao)\b"
)
_CANCER = re.compile(
    r"\b(?:cancers?|tumou?rs?|oncolog[a-z]*|carcinoma[s]?|leuk[a]?emia|lymphoma|melanoma|"
    r"glioma|glioblastoma|sarcoma|metasta[a-z]*|malignan[a-z]*|cancer[a-z]*|krebs|cancro|"
    r"tumore|tumeur|tumor[a-z]*|neoplas[a-z]*)\b"
)
_CANCER_GENERAL = re.compile(
    r"\b(?:cancers?|tumou?rs?|oncologists?|chemo[a-z]*|radiation|radiotherapy|immunotherapy|"
    r"surgery|biops[a-z]*|screening|survival rate|prognosis|stage \d|metasta[a-z]*|"
    r"melanoma|leuk[a]?emia|lymphoma|krebs|cancro|tumore|tumeur|cancer[a-z]*)\b"
)
_GENERAL_CHAT = _rx(
    r"\b(?:write|compose|create|make|give|tell|escribe|ecris|schreib[a-z]*|scrivi|escreva)\b"
    r"[^.?!]{0,20}\b(?:poem|poems|haiku|story|song|essay|limerick|joke|email|letter|code|"
    r"script|rap|sonnet|poema|poeme|gedicht|poesia|cuento|histoire|geschichte|storia|historia)\b",
    r"\b(?:joke|haiku|limerick|poem|weather|forecast|world cup|football|soccer|basketball|"
    r"baseball|super bowl|olympics|election|president|prime minister|capital of|recipe|bake|"
    r"baking|cook|cooking|movie|movies|film|sci-fi|novel to read|music|translate|python|"
    r"javascript|bitcoin|crypto|stock market|universe|planet|mona lisa|pizza|"
    r"restaurant|hotel|mundial|coupe du monde|copa do mundo|"
    r"campionato|weltmeister[a-z]*|meteo|wetter|capital|capitale|hauptstadt|"
    r"quien gano|qui a gagne|wer hat gewonnen|chi ha vinto|quem ganhou)\b",
    r"^(?:hi|hello|hey|thanks|thank you|ok|okay|bye|good morning|good night)\W*$",
    r"^(?:thanks|thank you|cheers)\b[^?]*$",
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
    r"opioids?|addiction|dependence|alcohol[a-z]*|drink[a-z]*|endorphins?|nk|natural killer|"
    r"t-cells?|"
    r"macrophages?|apoptosis|cells?|growth|it|this|that|dogs?|cats?|pets?|body|fight|survival|"
    r"recovery|treatment|therapy|mice|mouse|animals?|humans?|studies|study|research|"
    r"ogf[a-z]*|outcomes?|prognosis|spread|relapse|recurrence|what|which|how|anything|"
    r"something|everything)\b"
)


def _subjectless_risk(norm: str) -> re.Match[str] | None:
    """ "What are the risks?" is about LDN here; "Are PET scans dangerous?" names its subject."""
    risk = _RISK_WORDS.search(norm)
    if not risk:
        return None
    words = set(re.findall(r"[a-z][a-z'-]+", norm)) - _FUNCTION_WORDS
    return risk if words <= set(_RISK_WORDS.findall(norm)) else None


_PERSON_OBJECT = re.compile(
    r"^(?:me|us|you|him|her|them|people|patients|someone|anyone|children|kids|adults?|"
    r"(?:older |elderly )?people|the elderly|my [a-z]+|his [a-z]+|her [a-z]+|their [a-z]+)\b"
    r"\s*(?:(?:with|to|who(?: have)?)\b\s*)?"
)


def _other_use(norm: str) -> str | None:
    """The condition the visitor wants LDN for, when it is not cancer or its treatment."""
    match = _USED_FOR.search(norm)
    if not match:
        return None
    what = (match.group("what") or match.group("terse") or "").strip()
    what = " ".join(_PERSON_OBJECT.sub("", what).split()[:5])
    if not what or _ON_TOPIC_USE.search(what):
        return None
    return what


def _previous_turn_in_scope(history: Sequence[Mapping[str, Any]]) -> bool:
    previous = [
        str(m.get("content") or "")
        for m in history
        if isinstance(m, Mapping) and m.get("role") == "user"
    ]
    return bool(previous) and _IN_SCOPE.search(normalise(previous[-1])) is not None


_UNANCHORED = ("cancer in general", "no topic of the sources")


def _scope(norm: str, history: Sequence[Mapping[str, Any]]) -> tuple[bool, str]:
    """Whether the sources could answer this, with the words that decided it."""
    chat = _GENERAL_CHAT.search(norm)
    if chat:
        return False, f"general chat: {chat.group()!r}"
    anchor = _IN_SCOPE.search(norm)
    substance = _OFF_TOPIC_SUBSTANCE.search(norm)
    condition = _OTHER_CONDITION.search(norm)
    if anchor:
        if condition and not _CANCER.search(norm) and not _GENERIC_IN_SCOPE.search(norm):
            return False, f"other condition: {condition.group()!r}"
        if substance:
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
    if generic and _PRONOUN_SUBJECT.search(norm):
        return True, f"about the drug: {generic.group()!r}"
    if len(norm.split()) <= 8 and _previous_turn_in_scope(history):
        return True, "follow-up to an in-scope question"
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
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        self.classifier = classifier
        self.emergency_classifier = emergency_classifier
        self.max_chars = max_chars

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
        learned_emergency = self._learned_emergency(norm)
        if learned_emergency:
            return Verdict(
                learned_emergency.kind,
                learned_emergency.reason,
                (*learned_emergency.evidence, *noted),
            )

        dosing = _dosing(norm)
        probability = (
            None if self.classifier is None else self.classifier.score(classifier_text(norm))
        )
        learned = self._describe(probability)
        if dosing.reason:
            return Verdict("refusal", dosing.reason, (*dosing.evidence, *learned, *noted))
        previous = _dosing_followup(history, norm)
        if previous:
            return Verdict(
                "refusal",
                "dosing.followup",
                (f"follows a dosing request: {previous[:80]!r}", *noted),
            )
        in_scope, why = _scope(_NEGATED_DOSE.sub(" ", norm).strip(), history)
        if not in_scope:
            # No anchor either way (no LDN, no other drug or disease named): retrieval decides,
            # with a higher bar than usual, whether the sources answer it after all.
            reason = "scope.unanchored" if why.startswith(_UNANCHORED) else "scope.off_topic"
            return Verdict("out_of_scope", reason, (why, *learned, *noted))
        # The classifier only ever turns an answer into a refusal: an out-of-scope reply
        # quotes nothing, and what the patterns refused stays refused.
        if self._flagged(probability, dosing):
            return Verdict("refusal", "dosing.other", (*learned, *dosing.evidence, *noted))
        return Verdict("answer", "ok", (why, *dosing.evidence, *learned, *noted))

    def _learned_emergency(self, norm: str) -> Verdict | None:
        if self.emergency_classifier is None:
            return None
        p, reason = self.emergency_classifier.predict(classifier_text(norm))
        threshold = self.emergency_classifier.threshold
        if p < threshold:
            return None
        return Verdict(
            "emergency", reason, (f"emergency classifier: p={p:.3f} (threshold {threshold:.2f})",)
        )

    def _describe(self, probability: float | None) -> tuple[str, ...]:
        if probability is None or self.classifier is None:
            return ()
        return (f"classifier: p={probability:.3f} (threshold {self.classifier.threshold:.2f})",)

    def _flagged(self, probability: float | None, dosing: _DosingFinding) -> bool:
        """The classifier refuses what the patterns let through only above its threshold,
        and never a message the patterns read as a description of the studies."""
        if probability is None or self.classifier is None or dosing.described:
            return False
        return probability >= self.classifier.threshold


def screen(
    message: str,
    history: Sequence[Mapping[str, Any]] = (),
    *,
    classifier: RequestClassifier | None = None,
    emergency_classifier: EmergencyScorer | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Verdict:
    """The verdict on one visitor message; patterns only unless classifiers are given."""
    policy = Policy(classifier, emergency_classifier=emergency_classifier, max_chars=max_chars)
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
