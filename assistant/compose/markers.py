"""Pure: a language model's text → sentences, its quote markers → verified, repaired or dropped.

The model is asked to quote as `[q1: "exact words"]`, q1 being the id of a passage it was
given. Nothing here trusts the model: a quote is shown only as an exact slice of a document
body, either the model's own words when they are verbatim or the verbatim source sentence
they closely match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..types import Chunk, Document, Sentence

# [q1: "exact words"], also with curly or single quotes, a missing colon or a space inside.
MARKER = re.compile(
    r"\[\s*[qQ]\s*(?P<id>\d+)\s*[:,.]?\s*(?P<open>[\"“”'‘’«])(?P<quote>.+?)"
    r"(?:[\"“”'’»])\s*\]",
    re.S,
)
# Words in quotation marks outside a marker: shown as a quotation, so checked like one.
QUOTATION = re.compile(r"[\"“](?P<quote>[^\"“”\n]+?)[\"”]")
# A bare reference the model may add instead of a quote: "[q2]", "[q1, q3]", "(q2)".
BARE_REFERENCE = re.compile(r"[\[(]\s*[qQ]\s*\d+(?:\s*[,;]\s*[qQ]?\s*\d+)*\s*[\])]")
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_NEGATION = frozenset(
    "no not nor never none neither without cannot can't don't doesn't didn't isn't aren't "
    "wasn't weren't won't shouldn't fail failed fails".split()
)
_FOLD = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})
# Words that carry no claim; prose made only of these is not checked for support.
_STOPWORDS = frozenset(
    """a about above after again also although am an and any are as at be because been
    being both but by can could did do does doing during each either for from further had
    has have having here how however i if in into is it its itself may might more most much
    must my no nor not of off on once only or other our out over own per same she should so
    some such than that the their them then there these they this those through thus to too
    under until up very was we were what when where whether which while who whom why will
    with would yet you your according article articles author authors cited describes found
    finds indicate indicates mention mentions note notes passage passages report reported
    reports research researchers say says show shows source sources state states study studies
    suggest suggests text paper papers review also well""".split()
)

REPAIR_RATIO = 0.85
MIN_QUOTE_WORDS = 3


def fold(text: str) -> str:
    """Compare texts without caring about quote style, dashes, case or spacing."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return " ".join(text.split())


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


# ---------------------------------------------------------------------------------------
# The model's text, sentence by sentence


def split_sentences(text: str, *, final: bool) -> tuple[list[str], str]:
    """Complete sentences of streamed text, and the rest still being written.

    A sentence ends at . ! ? followed by whitespace, or at a line break; punctuation inside a
    [q…] marker does not end it, and a marker right after the full stop still belongs to it
    ("… receptors. [q1: "…"]"). With `final`, whatever is left is the last sentence.
    """
    sentences: list[str] = []
    start = i = depth = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "[":
            depth += 1
        elif c == "]":
            depth = max(0, depth - 1)
        elif depth == 0 and (c == "\n" or (c in ".!?" and i + 1 < n and text[i + 1].isspace())):
            k = i + 1
            while k < n and text[k] in " \t":
                k += 1
            if k >= n and not final:
                break  # a marker may still follow the full stop
            end = i + 1
            if k < n and text[k] == "[" and c != "\n":
                close = text.find("]", k)
                if close < 0:
                    if not final:
                        break
                    close = n - 1
                end = close + 1
                while end < n and text[end] in ".!?":
                    end += 1
            if text[start:end].strip():
                sentences.append(text[start:end].strip())
            start = i = end
            continue
        i += 1
    if final and text[start:].strip():
        sentences.append(text[start:].strip())
        start = n
    return sentences, text[start:]


@dataclass(frozen=True)
class Marker:
    """One quote marker as the model wrote it, with its place in the sentence."""

    passage_id: str
    quote: str
    start: int
    end: int


def find_markers(sentence: str) -> list[Marker]:
    """The quote markers of a sentence, plus any "quotation" of three words or more written
    without one (passage id ""): whatever looks like a quotation is verified as one."""
    markers = [
        Marker(f"q{int(m.group('id'))}", m.group("quote"), m.start(), m.end())
        for m in MARKER.finditer(sentence)
    ]
    for m in QUOTATION.finditer(sentence):
        inside = any(k.start <= m.start() < k.end for k in markers)
        if not inside and len(words(m.group("quote"))) >= MIN_QUOTE_WORDS:
            markers.append(Marker("", m.group("quote"), m.start(), m.end()))
    return sorted(markers, key=lambda k: k.start)


# ---------------------------------------------------------------------------------------
# Checking one quote


@dataclass(frozen=True)
class PassageText:
    """A passage as the model saw it: its id, its chunk and the verbatim sentences in it."""

    id: str
    document: Document
    chunk: Chunk
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class QuoteCheck:
    """The outcome for one marker: `verbatim`, `repaired` (shown as the source sentence) or
    `dropped`; for the first two, `quote == document.body[start:end]`."""

    status: str
    marker: Marker
    document: Document | None = None
    quote: str = ""
    start: int = -1
    end: int = -1
    detail: str = ""

    @property
    def shown(self) -> bool:
        return self.status in ("verbatim", "repaired")


def passage_texts(
    chunks: Sequence[Chunk],
    documents: Mapping[str, Document],
    sentences_of: Mapping[str, Sequence[Sentence]],
) -> dict[str, PassageText]:
    """Number the passages q1, q2… and attach the verbatim sentences each one holds."""
    out: dict[str, PassageText] = {}
    for i, chunk in enumerate(chunks, start=1):
        inside = tuple(
            s for s in sentences_of[chunk.doc_id] if s.start >= chunk.start and s.end <= chunk.end
        )
        out[f"q{i}"] = PassageText(f"q{i}", documents[chunk.doc_id], chunk, inside)
    return out


def check_quote(marker: Marker, passages: Mapping[str, PassageText]) -> QuoteCheck:
    """Verbatim in the body → keep; close to one source sentence → that sentence; else drop."""
    quote = marker.quote.strip().strip("…").strip()
    quote = re.sub(r"^\.\.\.|\.\.\.$", "", quote).strip()
    if len(words(quote)) < MIN_QUOTE_WORDS:
        return QuoteCheck("dropped", marker, detail="too short to check")
    own = passages.get(marker.passage_id)
    ordered = ([own] if own else []) + [p for p in passages.values() if p is not own]
    for passage in ordered:
        body = passage.document.body
        start = body.find(quote, passage.chunk.start)
        if start < 0 or start + len(quote) > passage.chunk.end:
            start = body.find(quote)
        if start >= 0:
            moved = own is not None and passage is not own
            return QuoteCheck(
                "repaired" if moved else "verbatim",
                marker,
                passage.document,
                quote,
                start,
                start + len(quote),
                f"found in {passage.id}, not {marker.passage_id}" if moved else "",
            )
    best: tuple[float, PassageText, Sentence] | None = None
    for passage in ordered:
        for sentence in passage.sentences:
            score = similarity(quote, sentence.text)
            if best is None or score > best[0]:
                best = (score, passage, sentence)
    if best is None or best[0] < REPAIR_RATIO:
        closest = f"closest {best[0]:.2f}" if best else "no passage"
        return QuoteCheck("dropped", marker, detail=f"not in the sources ({closest})")
    score, passage, sentence = best
    return QuoteCheck(
        "repaired",
        marker,
        passage.document,
        sentence.text,
        sentence.start,
        sentence.end,
        f"nearest source sentence {score:.2f}",
    )


def similarity(quote: str, sentence: str) -> float:
    """How closely a quote matches a source sentence: 1.0 = same words, same order.

    The better of the character ratio against the whole sentence and, for a quote of part of
    the sentence, that ratio against the stretch of the sentence it aligns with. A quote that
    changes a negation or a number never matches: repairing it would show the opposite or
    another figure.
    """
    qw, sw = words(quote), words(sentence)
    if not qw or (_NEGATION & set(qw)) != (_NEGATION & set(sw)):
        return 0.0
    if not set(_NUMBER.findall(fold(quote))) <= set(_NUMBER.findall(fold(sentence))):
        return 0.0
    q, s = fold(quote), fold(sentence)
    ratio = SequenceMatcher(None, q, s, autojunk=False).ratio()
    partial = 0.0
    if len(qw) >= 4 and len(q) < len(s):
        # The quote against the stretch of the sentence it aligns with: characters matched
        # in runs of three or more, over the longer of the quote and that stretch.
        blocks = [
            b
            for b in SequenceMatcher(None, q, s, autojunk=False).get_matching_blocks()
            if b.size >= 3
        ]
        if blocks:
            stretch = blocks[-1].b + blocks[-1].size - blocks[0].b
            partial = sum(b.size for b in blocks) / max(len(q), stretch)
    return max(ratio, partial)


# ---------------------------------------------------------------------------------------
# Checking the prose around the quotes


def unsupported_numbers(prose: str, quotes: Iterable[str]) -> list[str]:
    """Figures in the model's own words that none of the sentence's quotes contains."""
    quoted = set(_NUMBER.findall(fold(" ".join(quotes))))
    return [n for n in _NUMBER.findall(fold(prose)) if n not in quoted]


def context_of(check: QuoteCheck, passages: Mapping[str, PassageText]) -> str:
    """The source sentences a shown quote was taken from (a quote may be part of one)."""
    around = [
        s.text
        for p in passages.values()
        if check.document is not None and p.document.id == check.document.id
        for s in p.sentences
        if s.start < check.end and check.start < s.end
    ]
    return " ".join(dict.fromkeys(around)) or check.quote


def unsupported_share(prose: str, support: str) -> float:
    """The share of the prose's content words that the supporting text does not contain."""
    known = set(words(support))
    content = [w for w in words(prose) if len(w) > 3 and w not in _STOPWORDS]
    if len(content) < 3:
        return 0.0
    stems = {w[:5] for w in known}
    missing = [w for w in content if w not in known and w[:5] not in stems]
    return len(missing) / len(content)
