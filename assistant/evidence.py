"""Pure: what kind of evidence an answer rests on, and the plain sentence that says so."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from .types import Citation, Document

PRECLINICAL_NOTE = "These findings come from studies in cells and mice, not in people."


def is_preclinical(doc: Document) -> bool:
    """A study in cells or animals: `preclinical: true|false` in the front matter decides,
    else an evidence label that starts with "preclinical"."""
    explicit = doc.meta.get("preclinical")
    if isinstance(explicit, bool):
        return explicit
    return (doc.evidence or "").strip().lower().startswith("preclinical")


def is_evidence(doc: Document) -> bool:
    """The cited studies are evidence; the article is an educational overview of them."""
    return doc.kind != "article"


def cited_documents(
    citations: Iterable[Citation], documents: Mapping[str, Document]
) -> list[Document]:
    """Every document an answer cites, main and supporting quotes alike, first-cited order."""
    seen: dict[str, Document] = {}
    for citation in _walk(citations):
        doc = documents.get(citation.source_id)
        if doc is not None:
            seen.setdefault(doc.id, doc)
    return list(seen.values())


def evidence_notes(
    citations: Iterable[Citation], documents: Mapping[str, Document]
) -> tuple[str, ...]:
    """The preclinical sentence when every cited study is preclinical (and at least one is)."""
    studies = [d for d in cited_documents(citations, documents) if is_evidence(d)]
    if studies and all(is_preclinical(d) for d in studies):
        return (PRECLINICAL_NOTE,)
    return ()


def _walk(citations: Iterable[Citation]) -> Iterator[Citation]:
    for citation in citations:
        yield citation
        yield from _walk(citation.supporting)
