"""Pure: the article's claims (text ending in a reference marker such as "[1-3]"), the corpus
documents the markers cite, and the sentence of each cited abstract that bears on the claim.

The article's front matter maps reference numbers to corpus ids (`references: {1: id, …}`);
nothing is guessed from titles. The claim map is built once, when the assistant is built
(the embed function is passed in); answering only looks claims up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import numpy as np

from .chunking import split_sentences
from .keyword import tokenize
from .policy import contains_dose_figure
from .types import Citation, Document, Sentence

EmbedFn = Callable[[Sequence[str]], np.ndarray]

NOT_IN_CORPUS = "the cited abstract is not in the corpus"
CUT_SHORT = "this abstract is cut short"
NO_DOCUMENT = "no corpus document for this reference"
NO_SENTENCE = "no quotable sentence in this abstract"

# Status of one cited reference for one claim.
QUOTED, CUT, MISSING, UNMAPPED, NOTHING = "quoted", "cut_short", "missing", "unmapped", "none"

# A structured abstract's findings, as opposed to its aims, background or methods: when an
# abstract has such sections, the supporting sentence comes from them ("what the study found").
_FINDINGS_SECTION = re.compile(
    r"\b(results?|findings?|conclusions?|significance|interpretation|outcomes?)\b", re.I
)
# Sentences that must never be shown as support: dose figures (the visitor policy), and
# sentences that say nothing on their own.


class ReferenceMapError(ValueError):
    """The article's `references` front matter is not a mapping of numbers to corpus ids."""


@dataclass(frozen=True)
class Support:
    """What one reference cited by a claim contributes: a sentence, or why there is none."""

    reference: int
    source_id: str | None  # the corpus id the article maps the number to
    status: str  # QUOTED, CUT, MISSING, UNMAPPED or NOTHING
    sentence: Sentence | None = None
    score: float = 0.0  # cosine similarity of the sentence to the claim
    note: str = ""


@dataclass(frozen=True)
class Claim:
    """Article text carrying one reference marker: the marked sentence and the sentences of
    its paragraph since the previous marker ("This upregulation…" needs what came before)."""

    number: int  # 1-based, in article order
    doc_id: str
    section: str
    marked: Sentence  # the sentence the marker follows
    sentences: tuple[Sentence, ...]  # every sentence the marker covers, marked one last
    support: tuple[Support, ...]

    @property
    def refs(self) -> tuple[int, ...]:
        return self.marked.refs

    @property
    def start(self) -> int:
        return self.sentences[0].start

    @property
    def end(self) -> int:
        return self.marked.end

    def text(self, body: str) -> str:
        return body[self.start : self.end]

    @property
    def marker(self) -> str:
        return format_refs(self.refs)

    def covers(self, doc_id: str, start: int, end: int) -> bool:
        return doc_id == self.doc_id and any(
            s.start <= start and end <= s.end for s in self.sentences
        )


@dataclass(frozen=True)
class ClaimRow:
    """One (claim, cited reference) pair: a row of the claims table staff audit."""

    claim: int
    claim_id: str
    section: str
    claim_text: str
    marker: str
    reference: int
    source_id: str
    source_title: str
    evidence: str
    status: str
    supporting: str
    supporting_start: int | None
    supporting_end: int | None
    score: float
    note: str

    def to_json(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "claim_id": self.claim_id,
            "section": self.section,
            "claim_text": self.claim_text,
            "marker": self.marker,
            "reference": self.reference,
            "source_id": self.source_id,
            "source_title": self.source_title,
            "evidence": self.evidence,
            "status": self.status,
            "supporting": self.supporting,
            "supporting_start": self.supporting_start,
            "supporting_end": self.supporting_end,
            "score": self.score,
            "note": self.note,
        }


CLAIM_TABLE_COLUMNS = tuple(ClaimRow.__dataclass_fields__)


@dataclass(frozen=True)
class ClaimMap:
    """Every claim of every article in a corpus, with its supporting sentences."""

    claims: tuple[Claim, ...] = ()
    corpus_version: str = ""

    def claim_for(
        self, doc_id: str, start: int, end: int, documents: Mapping[str, Document]
    ) -> Claim | None:
        """The claim covering a quoted span, if the article still reads as when mapped."""
        for claim in self.claims:
            if claim.covers(doc_id, start, end):
                doc = documents.get(doc_id)
                marked = claim.marked
                if doc is not None and doc.body[marked.start : marked.end] == marked.text:
                    return claim
        return None

    def support(
        self, citations: Sequence[Citation], documents: Mapping[str, Document]
    ) -> list[Citation]:
        """Citations with what the cited studies say attached under the article quotes.

        A claim's support goes under its marked sentence when that is quoted, else under the
        first quoted sentence it covers, once per answer. Numbers are left for `renumber`.
        """
        hosts: dict[int, Claim] = {}
        for claim in dict.fromkeys(
            c
            for c in (self.claim_for(x.source_id, x.start, x.end, documents) for x in citations)
            if c is not None
        ):
            covered = [
                i for i, c in enumerate(citations) if claim.covers(c.source_id, c.start, c.end)
            ]
            marked = [i for i in covered if citations[i].start == claim.marked.start]
            hosts[(marked or covered)[0]] = claim
        out: list[Citation] = []
        for i, citation in enumerate(citations):
            host = hosts.get(i)
            if host is not None:
                supporting = tuple(
                    s for s in (_as_citation(x, documents) for x in host.support) if s
                )
                citation = replace(citation, supporting=supporting)
            out.append(citation)
        return out

    def rows(self, documents: Mapping[str, Document]) -> list[ClaimRow]:
        """The claims table: one row per claim and cited reference, in article order."""
        rows: list[ClaimRow] = []
        for claim in self.claims:
            body = documents[claim.doc_id].body if claim.doc_id in documents else ""
            for s in claim.support:
                doc = documents.get(s.source_id or "")
                rows.append(
                    ClaimRow(
                        claim=claim.number,
                        claim_id=claim.marked.id,
                        section=claim.section,
                        claim_text=claim.text(body),
                        marker=claim.marker,
                        reference=s.reference,
                        source_id=s.source_id or "",
                        source_title=doc.title if doc else "",
                        evidence=(doc.evidence or "") if doc else "",
                        status=s.status,
                        supporting=s.sentence.text if s.sentence else "",
                        supporting_start=s.sentence.start if s.sentence else None,
                        supporting_end=s.sentence.end if s.sentence else None,
                        score=round(s.score, 3),
                        note=s.note,
                    )
                )
        return rows


def reference_map(article: Document) -> dict[int, str]:
    """The article's `references` front matter: reference number → corpus id."""
    raw = article.meta.get("references")
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise ReferenceMapError(
            f"{article.path}: 'references' must map reference numbers to corpus ids"
        )
    out: dict[int, str] = {}
    for key, value in raw.items():
        try:
            number = int(key)
        except (TypeError, ValueError):
            raise ReferenceMapError(
                f"{article.path}: reference number {key!r} is not a number"
            ) from None
        if not isinstance(value, str) or not value.strip():
            raise ReferenceMapError(
                f"{article.path}: reference {number} must name a corpus id, not {value!r}"
            )
        out[number] = value.strip()
    return out


def format_refs(refs: Sequence[int]) -> str:
    """(1, 2, 3) → "[1-3]", (1, 4) → "[1,4]"."""
    parts: list[str] = []
    run: list[int] = []
    for n in sorted(set(refs)):
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            parts.append(_run(run))
        run = [n]
    if run:
        parts.append(_run(run))
    return "[" + ",".join(parts) + "]"


def _run(run: list[int]) -> str:
    return str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}"


def find_claims(article: Document) -> list[tuple[tuple[Sentence, ...], str]]:
    """(covered sentences, section) for every marked sentence of an article, in order."""
    sentences = split_sentences(article)
    found: list[tuple[tuple[Sentence, ...], str]] = []
    for i, sentence in enumerate(sentences):
        if not sentence.refs:
            continue
        first = i
        while first > 0:
            before = sentences[first - 1]
            gap = article.body[before.end : sentences[first].start]
            if before.refs or before.section != sentence.section or "\n" in gap:
                break  # a new paragraph, section or claim begins here
            first -= 1
        found.append((tuple(sentences[first : i + 1]), sentence.section))
    return found


def build_claim_map(
    documents: Iterable[Document] | Mapping[str, Document],
    embed: EmbedFn,
    corpus_version: str = "",
) -> ClaimMap:
    """The claims of every article in `documents`, each with the best sentence of each
    cited abstract (by cosine similarity to the claim under `embed`).

    A malformed `references` mapping leaves every reference unmapped rather than stopping
    the assistant; `assistant corpus check` reports it as an error.
    """
    docs = dict(documents) if isinstance(documents, Mapping) else {d.id: d for d in documents}
    vectors: dict[str, tuple[list[Sentence], np.ndarray]] = {}

    def candidates(doc: Document) -> tuple[list[Sentence], np.ndarray]:
        if doc.id not in vectors:
            pool = supporting_candidates(doc)
            vectors[doc.id] = (pool, embed([s.text for s in pool]) if pool else np.zeros((0, 1)))
        return vectors[doc.id]

    claims: list[Claim] = []
    for article in (d for d in docs.values() if d.kind == "article"):
        try:
            refmap = reference_map(article)
        except ReferenceMapError:
            refmap = {}
        found = find_claims(article)
        if not found:
            continue
        claim_vectors = embed([article.body[s[0].start : s[-1].end] for s, _ in found])
        for (covered, section), query in zip(found, claim_vectors, strict=True):
            support = tuple(
                _support_for(n, refmap.get(n), docs, candidates, query) for n in covered[-1].refs
            )
            claims.append(
                Claim(len(claims) + 1, article.id, section, covered[-1], covered, support)
            )
    return ClaimMap(tuple(claims), corpus_version)


def supporting_candidates(doc: Document) -> list[Sentence]:
    """Sentences of an abstract that may be shown as support: its findings sections if it is
    structured that way, else every sentence; never a dose figure, a question or a lead-in."""
    sentences = [s for s in split_sentences(doc) if _shown_alone(s.text)]
    findings = [s for s in sentences if _FINDINGS_SECTION.search(s.section)]
    return findings or sentences


def _shown_alone(text: str) -> bool:
    text = text.strip()
    return (
        len(tokenize(text)) >= 4
        and not text.endswith(("?", ":"))
        and not contains_dose_figure(text)
    )


def _support_for(
    number: int,
    source_id: str | None,
    docs: Mapping[str, Document],
    candidates: Callable[[Document], tuple[list[Sentence], np.ndarray]],
    query: np.ndarray,
) -> Support:
    doc = docs.get(source_id or "")
    if doc is None:
        return Support(number, source_id, UNMAPPED, note=NO_DOCUMENT)
    if not doc.quotable:
        return Support(number, doc.id, MISSING, note=NOT_IN_CORPUS)
    pool, matrix = candidates(doc)
    if not pool:
        return Support(number, doc.id, NOTHING, note=NO_SENTENCE)
    scores = matrix @ query
    best = int(np.argmax(scores))
    if doc.complete:
        return Support(number, doc.id, QUOTED, pool[best], float(scores[best]))
    return Support(number, doc.id, CUT, pool[best], float(scores[best]), note=CUT_SHORT)


def _as_citation(support: Support, documents: Mapping[str, Document]) -> Citation | None:
    """A supporting entry under an article quote; unnumbered until `renumber`."""
    doc = documents.get(support.source_id or "")
    if doc is None or support.status in (UNMAPPED, NOTHING):
        return None  # nothing in the corpus to cite (`assistant corpus check` reports it)
    sentence = support.sentence
    return Citation(
        number=0,
        source_id=doc.id,
        title=doc.title,
        quote=sentence.text if sentence else "",
        url=doc.link,
        evidence=doc.evidence,
        start=sentence.start if sentence else 0,
        end=sentence.end if sentence else 0,
        score=support.score,
        note=support.note,
    )


class _HasClaims(Protocol):
    corpus: Any
    composer: Any
    retriever: Any


def claim_table(assistant: _HasClaims) -> list[dict[str, Any]]:
    """The claims table for the staff console: one JSON-ready row per claim and reference
    (columns: CLAIM_TABLE_COLUMNS). Uses the claim map the assistant answers with."""
    documents = assistant.corpus.by_id()
    claim_map = getattr(assistant.composer, "claims", None)
    if not isinstance(claim_map, ClaimMap):
        claim_map = build_claim_map(
            documents, assistant.retriever._embedder.embed, assistant.corpus.version
        )
    return [row.to_json() for row in claim_map.rows(documents)]


def format_claims(claim_map: ClaimMap, documents: Mapping[str, Document]) -> str:
    """The claims table as text for a terminal (`assistant claims`)."""
    lines: list[str] = []
    for claim in claim_map.claims:
        body = documents[claim.doc_id].body if claim.doc_id in documents else ""
        where = f" · {claim.section}" if claim.section else ""
        lines.append(f"Claim {claim.number}{where} · cites {claim.marker}")
        lines.append(f"  “{claim.text(body)}”")
        for s in claim.support:
            doc = documents.get(s.source_id or "")
            label = f" ({doc.evidence})" if doc and doc.evidence else ""
            head = f"  [{s.reference}] {s.source_id or '(not mapped)'}{label}"
            if s.sentence is None:
                extra = f" (missing: {doc.missing})" if doc and doc.missing else ""
                lines.append(f"{head} — {s.note}{extra}")
                continue
            lines.append(head)
            tail = f" — {s.note}" if s.note else ""
            lines.append(f"      similarity {s.score:.2f}: “{s.sentence.text}”{tail}")
            if s.status == CUT and doc and doc.missing:
                lines.append(f"      (missing: {doc.missing})")
        lines.append("")
    if not claim_map.claims:
        lines.append("No claims: no article sentence carries a reference marker such as [1].")
    return "\n".join(lines).rstrip() + "\n"
