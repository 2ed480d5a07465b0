"""The default answerer: 1–4 verbatim sentences, most relevant first, numbered by source."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..chunking import split_sentences
from ..citations import number_sources, renumber, source_of, verify_quotes
from ..claims import ClaimMap, ReferenceMapError, reference_map
from ..evidence import PRECLINICAL_NOTE, evidence_notes, is_evidence, is_preclinical
from ..keyword import tokenize
from ..policy import contains_dose_figure
from ..retrieval import Retrieval, ScoredSentence
from ..types import Citation, Composition, Document, Sentence, Source
from .base import describe_sources, escape_markdown, number_word, render_answer

_MAIN_HEADING = re.compile(r"^## [^\n]*\n", re.M)
_LIST_GAP = re.compile(r"\s*\n\s*(?:[-*+]|\d+[.)])\s+")
_LIST_START = re.compile(r"[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(?:[-*+]|\d+[.)])\s")


@dataclass(frozen=True)
class ExtractiveConfig:
    """How many quotes at most, and how close to the best one a quote must score."""

    max_quotes: int = 4
    relative_floor: float = 0.70
    min_dense: float = 0.20
    min_keyword: float = 2.0  # …or the best sentence plainly uses the question's words (BM25)
    max_overlap: float = 0.3
    reference_penalty: float = 0.85


class ExtractiveComposer:
    """Chooses sentences to quote; cannot invent, because it only ever copies the body."""

    name = "extractive"

    def __init__(
        self, config: ExtractiveConfig | None = None, claims: ClaimMap | None = None
    ) -> None:
        self.config = config or ExtractiveConfig()
        self.claims = claims  # what the cited studies say under article quotes; None: nothing
        self._sentences: dict[str, list[Sentence]] = {}

    def choose(
        self, question: str, retrieval: Retrieval, documents: Mapping[str, Document]
    ) -> list[ScoredSentence]:
        """The sentences to quote, best first, without near-repeats."""
        cfg = self.config
        ranked = sorted(
            (s for s in retrieval.sentences if self._quotable(s.sentence, documents)),
            key=lambda s: -self._adjusted(s),
        )
        # Keyword-only retrieval (the vector store failed) has no dense score to floor.
        if not ranked or (
            retrieval.fault is None
            and retrieval.focus is None
            and ranked[0].dense < cfg.min_dense
            and ranked[0].keyword < cfg.min_keyword
        ):
            return []
        floor = self._adjusted(ranked[0]) * cfg.relative_floor
        chosen: list[ScoredSentence] = []
        for candidate in ranked:
            if len(chosen) >= cfg.max_quotes or self._adjusted(candidate) < floor:
                break
            if any(self._overlap(candidate.sentence, c.sentence) > cfg.max_overlap for c in chosen):
                continue
            chosen.append(candidate)
        return chosen

    def compose(
        self, question: str, retrieval: Retrieval, documents: Mapping[str, Document]
    ) -> Composition | None:
        if retrieval.summary:
            summary = self._summary(documents)
            if summary is not None:
                return summary
        if retrieval.about_sources:
            overview = self._overview(documents)
            if overview is not None:
                return overview
        chosen = self.choose(question, retrieval, documents)
        chosen = self._with_list_items(chosen, documents)
        quotes = [
            (documents[s.sentence.doc_id], s.sentence.text, s.sentence.start, s.score)
            for s in chosen
        ]
        citations, _ = number_sources(quotes)
        citations, _ = verify_quotes(citations, documents)
        if not citations:
            return None
        if self.claims is not None:
            citations, _ = verify_quotes(self.claims.support(citations, documents), documents)
        citations, sources = renumber(citations, documents)
        quoted = {c.source_id for c in citations} | {
            s.source_id for c in citations for s in c.supporting if s.quote
        }
        speakers = [s for s in sources if s.id in quoted]
        who = describe_sources(speakers, documents)
        verb, own = ("says", "its") if len(speakers) == 1 else ("say", "their")
        lead = f"Here is what {who} {verb}, in {own} own words:"
        named = documents.get(retrieval.focus) if retrieval.focus else None
        if named is not None and not named.quotable:
            # The question names a study whose abstract we do not hold: say so, cite it anyway.
            lead = (
                f"The abstract of “{escape_markdown(named.title)}” is not in my sources, so I "
                f"can't quote the study itself. {lead}"
            )
            if all(src.id != named.id for src in sources):
                sources = [*sources, source_of(named, len(sources) + 1)]
        return self._composition(lead, citations, sources, evidence_notes(citations, documents))

    def _composition(
        self,
        lead: str,
        citations: Sequence[Citation],
        sources: Sequence[Source],
        notes: Sequence[str],
    ) -> Composition:
        return Composition(
            lead=lead,
            citations=tuple(citations),
            sources=tuple(sources),
            markdown=render_answer(lead, citations, sources, notes),
            composer=self.name,
        )

    @staticmethod
    def _verified(
        quotes: list[tuple[Document, str, int | None, float]], documents: Mapping[str, Document]
    ) -> tuple[list[Citation], list[Source]]:
        """Quotes numbered by source and verified at their offsets; none if none holds."""
        citations, _ = number_sources(quotes)
        citations, _ = verify_quotes(citations, documents)
        return renumber(citations, documents) if citations else ([], [])

    def _overview(self, documents: Mapping[str, Document]) -> Composition | None:
        """For a question about the sources as a whole: the article's reference list in its
        own words, every source with what kind of evidence it is, and whether any is in people.
        """
        quotes = [
            (documents[s.doc_id], s.text, s.start, 1.0)
            for doc in documents.values()
            if not is_evidence(doc)
            for s in split_sentences(doc)
            if s.section.lower() == "references" and self._quotable(s, documents)
        ]
        citations, sources = self._verified(quotes, documents)
        if not citations:
            return None
        order = _reference_order(documents)
        studies = sorted(
            (d for d in documents.values() if is_evidence(d)),
            key=lambda d: order.get(d.id, len(order) + 1),
        )
        sources = [
            *sources,
            *(source_of(d, len(sources) + i) for i, d in enumerate(studies, start=1)),
        ]
        articles = [d for d in documents.values() if not is_evidence(d)]
        titles = " and ".join(f"“{escape_markdown(d.title)}”" for d in articles)
        lead = (
            f"My sources are the article {titles} and the abstracts of the "
            f"{number_word(len(studies))} studies it cites. Its reference list, in its own words:"
        )
        notes = []
        if studies and all(is_preclinical(d) for d in studies):
            notes.append(PRECLINICAL_NOTE)
        incomplete = [d for d in studies if not d.complete or not d.quotable]
        if incomplete:
            names = "; ".join(f"“{escape_markdown(d.title)}”" for d in incomplete)
            notes.append(f"Not every abstract is complete in my sources: {names}.")
        return self._composition(lead, citations, sources, notes)

    def _summary(self, documents: Mapping[str, Document]) -> Composition | None:
        """The article in brief, in its own words: the first sentence of its introduction and of
        each of its main (##) sections, leaving out references and disclaimer."""
        quotes = []
        for doc in documents.values():
            if is_evidence(doc):
                continue
            bounds = [0, *(m.end() for m in _MAIN_HEADING.finditer(doc.body)), len(doc.body)]
            units = [
                s
                for s in split_sentences(doc)
                if self._quotable(s, documents) and not s.text.rstrip().endswith(":")
            ]
            for start, end in zip(bounds, bounds[1:], strict=False):
                part = [s for s in units if start <= s.start < end]
                if not part or part[0].section.lower() in ("references", "disclaimer"):
                    continue
                # the section's first sentence about LDN itself, else its first sentence
                best = next(
                    (s for s in part if s.text.startswith("LDN ")),
                    next((s for s in part if "LDN" in s.text), part[0]),
                )
                quotes.append((doc, best.text, best.start, 1.0))
        citations, sources = self._verified(quotes[: self.config.max_quotes + 1], documents)
        if not citations:
            return None
        lead = "In brief, the article says, in its own words:"
        return self._composition(lead, citations, sources, evidence_notes(citations, documents))

    def _adjusted(self, s: ScoredSentence) -> float:
        if s.sentence.section.lower() == "references":
            return s.score * self.config.reference_penalty
        return s.score

    def _quotable(self, sentence: Sentence, documents: Mapping[str, Document]) -> bool:
        text = sentence.text.strip()
        if text.endswith("?") or len(tokenize(text)) < 2:
            return False
        if text.endswith(":") and not self._introduces_list(sentence, documents):
            return False  # "…through several mechanisms:" says nothing on its own
        # A sentence with a dose figure is never quoted: a figure next to a question invites
        # reading it as advice, and the output check would turn the whole answer into a
        # refusal anyway.
        return not contains_dose_figure(text)

    @staticmethod
    def _introduces_list(sentence: Sentence, documents: Mapping[str, Document]) -> bool:
        body = documents[sentence.doc_id].body
        return bool(_LIST_START.match(body, sentence.end))

    @staticmethod
    def _overlap(a: Sentence, b: Sentence) -> float:
        ta, tb = set(tokenize(a.text)), set(tokenize(b.text))
        return len(ta & tb) / max(1, len(ta | tb))  # Jaccard: near-repeats, not subsets

    def _with_list_items(
        self, chosen: list[ScoredSentence], documents: Mapping[str, Document]
    ) -> list[ScoredSentence]:
        """A first quote that introduces a list ("…some users report:") brings its items."""
        if not chosen or not chosen[0].sentence.text.rstrip().endswith(":"):
            return chosen
        intro = chosen[0]
        doc = documents[intro.sentence.doc_id]
        if doc.id not in self._sentences:
            self._sentences[doc.id] = split_sentences(doc)
        merged = [intro]
        previous_end = intro.sentence.end
        for sentence in self._sentences[doc.id]:
            if sentence.start <= intro.sentence.start:
                continue
            if len(merged) >= self.config.max_quotes or not _LIST_GAP.fullmatch(
                doc.body[previous_end : sentence.start]
            ):
                break
            merged.append(ScoredSentence(sentence, intro.score, intro.dense, 0.0, 0.0))
            previous_end = sentence.end
        ids = {m.sentence.id for m in merged}
        return (merged + [c for c in chosen[1:] if c.sentence.id not in ids])[
            : self.config.max_quotes
        ]


def _reference_order(documents: Mapping[str, Document]) -> dict[str, int]:
    """Where the articles' reference lists put each study (reference number by corpus id)."""
    order: dict[str, int] = {}
    for doc in documents.values():
        try:
            order.update({doc_id: n for n, doc_id in reference_map(doc).items()})
        except ReferenceMapError:
            continue
    return order
