"""Frozen values that cross module boundaries, in the order the data flows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KINDS = ("answer", "refusal", "emergency", "out_of_scope", "invalid")


@dataclass(frozen=True)
class Document:
    """One corpus file: validated front matter plus the Markdown body that may be quoted."""

    id: str
    title: str
    body: str
    path: str
    kind: str = "abstract"
    authors: tuple[str, ...] = ()
    journal: str | None = None
    year: int | None = None
    doi: str | None = None
    url: str | None = None
    evidence: str | None = None
    complete: bool = True
    missing: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    checksum: str = ""

    @property
    def quotable(self) -> bool:
        """A record with no body is a source that can be cited but not quoted."""
        return bool(self.body.strip())

    @property
    def link(self) -> str | None:
        if self.url:
            return self.url
        return f"https://doi.org/{self.doi}" if self.doi else None


@dataclass(frozen=True)
class Sentence:
    """A quotable unit (a sentence or a list item) with offsets into its document body."""

    id: str
    doc_id: str
    text: str
    start: int
    end: int
    section: str = ""
    refs: tuple[int, ...] = ()  # reference numbers the sentence carries, e.g. "[1-3]"


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage: consecutive sentences of one section, with body offsets."""

    id: str
    doc_id: str
    text: str
    start: int
    end: int
    section: str = ""
    sentence_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Passage:
    """A chunk as retrieval returned it, with the scores that put it there."""

    chunk: Chunk
    score: float
    dense: float | None = None
    keyword: float | None = None


@dataclass(frozen=True)
class Verdict:
    """The policy's decision on a message, before any retrieval."""

    kind: str  # "answer" (go on), "refusal", "emergency", "out_of_scope", "invalid"
    reason: str  # e.g. "ok", "dosing.amount", "emergency.self_harm", "input.empty"
    evidence: tuple[str, ...] = ()

    @property
    def allows_answer(self) -> bool:
        return self.kind == "answer"


@dataclass(frozen=True)
class Citation:
    """A verified quote: `quote == document.body[start:end]`.

    An article quote that cites studies carries `supporting`: what each cited abstract says,
    verified the same way. A supporting entry for a record with no abstract has an empty
    quote and only a `note` ("the cited abstract is not in the corpus").
    """

    number: int
    source_id: str
    title: str
    quote: str
    url: str | None
    evidence: str | None
    start: int
    end: int
    score: float = 0.0
    supporting: tuple[Citation, ...] = ()
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "source_id": self.source_id,
            "title": self.title,
            "quote": self.quote,
            "url": self.url,
            "evidence": self.evidence,
            "start": self.start,
            "end": self.end,
            "note": self.note,
            "supporting": [s.to_json() for s in self.supporting],
        }


@dataclass(frozen=True)
class Source:
    """A row of the "Sources" list under an answer."""

    number: int
    id: str
    title: str
    journal: str | None
    year: int | None
    url: str | None
    evidence: str | None
    complete: bool = True
    missing: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "source_id": self.id,
            "title": self.title,
            "journal": self.journal,
            "year": self.year,
            "url": self.url,
            "evidence": self.evidence,
            "complete": self.complete,
            "missing": self.missing,
        }


@dataclass(frozen=True)
class Composition:
    """What a composer produced: the visitor's Markdown and the quotes it rests on."""

    lead: str
    citations: tuple[Citation, ...]
    sources: tuple[Source, ...]
    markdown: str
    composer: str = "extractive"
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """The reply to one question: what the visitor sees plus what staff review."""

    question: str
    kind: str
    answer: str
    citations: tuple[Citation, ...]
    sources: tuple[Source, ...]
    disclaimer: str
    exchange_id: str
    session_id: str
    reason: str
    evidence: tuple[str, ...] = ()
    passages: tuple[Passage, ...] = ()
    timings: dict[str, float] = field(default_factory=dict, compare=False, hash=False)
    corpus_version: str = ""
    composer: str = "extractive"
    created_at: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "question": self.question,
            "kind": self.kind,
            "answer": self.answer,
            "citations": [c.to_json() for c in self.citations],
            "sources": [s.to_json() for s in self.sources],
            "disclaimer": self.disclaimer,
            "exchange_id": self.exchange_id,
            "session_id": self.session_id,
            "reason": self.reason,
            "corpus_version": self.corpus_version,
            "composer": self.composer,
            "timings_ms": {k: round(v, 2) for k, v in self.timings.items()},
            "retrieved": [
                {"chunk_id": p.chunk.id, "source_id": p.chunk.doc_id, "score": round(p.score, 5)}
                for p in self.passages
            ],
        }


@dataclass(frozen=True)
class Exchange:
    """One logged question and reply, as the log store writes and reads it."""

    id: str
    created_at: str  # ISO 8601, UTC
    session_id: str
    question: str
    kind: str
    answer: str
    reason: str
    citations: list[dict[str, Any]] = field(default_factory=list)
    retrieved: list[dict[str, Any]] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    evidence: list[str] = field(default_factory=list)
    corpus_version: str = ""
    app_version: str = ""
    composer: str = "extractive"
    client_id: str = ""
