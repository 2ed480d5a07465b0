"""Pure: quotes, their numbering by source, and verification against the source text."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from .types import Citation, Document, Source


class QuoteNotFound(ValueError):
    """A quote that is not an exact substring of the document it is attributed to."""


def locate(quote: str, doc: Document, hint: int | None = None) -> tuple[int, int]:
    """Offsets of `quote` in `doc.body`, preferring the occurrence at `hint`."""
    if not quote.strip():
        raise QuoteNotFound(f"empty quote attributed to {doc.id}")
    if hint is not None and doc.body[hint : hint + len(quote)] == quote:
        return hint, hint + len(quote)
    start = doc.body.find(quote)
    if start < 0:
        raise QuoteNotFound(f"not verbatim in {doc.id}: {quote[:80]!r}")
    return start, start + len(quote)


def is_verbatim(citation: Citation, documents: Mapping[str, Document]) -> bool:
    """True when the citation's quote is exactly its source body at its offsets."""
    doc = documents.get(citation.source_id)
    return (
        doc is not None
        and bool(citation.quote.strip())
        and doc.body[citation.start : citation.end] == citation.quote
    )


def verify_quotes(
    citations: Iterable[Citation], documents: Mapping[str, Document]
) -> tuple[list[Citation], list[Citation]]:
    """Split citations into (verified, rejected); only verified ones may ever be shown.

    Supporting quotes nested under a verified citation are verified the same way; one that
    fails is dropped from its parent (the parent itself still stands).
    """
    verified: list[Citation] = []
    rejected: list[Citation] = []
    for citation in citations:
        if not is_verbatim(citation, documents):
            rejected.append(citation)
            continue
        if citation.supporting:
            kept = tuple(s for s in citation.supporting if _supporting_is_sound(s, documents))
            if len(kept) != len(citation.supporting):
                citation = replace(citation, supporting=kept)
        verified.append(citation)
    return verified, rejected


def _supporting_is_sound(citation: Citation, documents: Mapping[str, Document]) -> bool:
    """A verbatim quote, or a quote-less note about a cited record that has no abstract."""
    if citation.supporting:
        return False  # support is one level deep: a study's quote does not cite further
    if is_verbatim(citation, documents):
        return True
    doc = documents.get(citation.source_id)
    return (
        doc is not None
        and not doc.quotable
        and citation.quote == ""
        and citation.start == citation.end == 0
        and bool(citation.note)
    )


def renumber(
    citations: Iterable[Citation], documents: Mapping[str, Document]
) -> tuple[list[Citation], list[Source]]:
    """Number sources in reading order (each quote, then the quotes that support it).

    Returns the renumbered citations and the Sources list of exactly the documents they use.
    """
    numbers: dict[str, int] = {}
    sources: list[Source] = []

    def number(citation: Citation) -> Citation:
        if citation.source_id not in numbers:
            numbers[citation.source_id] = len(numbers) + 1
            sources.append(source_of(documents[citation.source_id], numbers[citation.source_id]))
        parent = replace(citation, number=numbers[citation.source_id])
        if not citation.supporting:
            return parent
        return replace(parent, supporting=tuple(number(s) for s in citation.supporting))

    return [number(c) for c in citations], sources


def number_sources(
    quotes: Iterable[tuple[Document, str, int | None, float]],
) -> tuple[list[Citation], list[Source]]:
    """Citations numbered by source, in first-quoted order; quotes that fail to locate are skipped.

    Each input is (document, quote, offset hint, score).
    """
    numbers: dict[str, int] = {}
    sources: list[Source] = []
    citations: list[Citation] = []
    for doc, quote, hint, score in quotes:
        try:
            start, end = locate(quote, doc, hint)
        except QuoteNotFound:
            continue
        if doc.id not in numbers:
            numbers[doc.id] = len(numbers) + 1
            sources.append(source_of(doc, numbers[doc.id]))
        citations.append(
            Citation(
                number=numbers[doc.id],
                source_id=doc.id,
                title=doc.title,
                quote=quote,
                url=doc.link,
                evidence=doc.evidence,
                start=start,
                end=end,
                score=score,
            )
        )
    return citations, sources


def source_of(doc: Document, number: int) -> Source:
    """The Sources-list entry of a document."""
    return Source(
        number=number,
        id=doc.id,
        title=doc.title,
        journal=doc.journal,
        year=doc.year,
        url=doc.link,
        evidence=doc.evidence,
        complete=doc.complete,
        missing=doc.missing,
    )
