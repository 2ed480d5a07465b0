"""Assistant.ask(): policy → retrieve → compose → verify → output check → log, parts injected."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from .citations import number_sources, verify_quotes
from .compose import Composer, replies
from .compose.base import with_disclaimer
from .corpus import Corpus
from .keyword import tokenize
from .retrieval import Retrieval, Retriever
from .types import Answer, Citation, Composition, Document, Exchange, Source, Verdict

Message = Mapping[str, Any]
# A question that leans on the previous turn: pronouns, "what about…", "and in mice?".
_FOLLOW_UP = re.compile(
    r"^\s*(and|also|what about|how about|but|so)\b|\b(it|its|it's|they|them|their|this|that|"
    r"these|those|the same|there)\b",
    re.I,
)
# The query that finds the article's own advice to quote in a refusal.
SAFETY_QUERY = "Never start LDN without discussing it with your doctor; medical supervision"
_SURROGATE = re.compile("[\ud800-\udfff]")


class Screen(Protocol):
    """The safety policy: a verdict on a message, given the conversation so far."""

    def __call__(self, message: str, history: Sequence[Message]) -> Verdict: ...


class StreamingComposer(Protocol):
    """A composer that can hand over verified sentences while it is still writing (the LLM).

    It yields Markdown increments that join up to the start of its final Markdown, then the
    Composition (or None). A plain Composer is streamed as its finished answer in pieces.
    """

    def compose_stream(
        self, question: str, retrieval: Retrieval, documents: Mapping[str, Document]
    ) -> Iterator[str | Composition | None]: ...


class ExchangeLog(Protocol):
    """Where every exchange is written before the reply is returned."""

    def record(self, exchange: Exchange) -> None: ...


@dataclass
class Assistant:
    """One assistant instance: a corpus, its retriever, a policy, a composer and a log."""

    corpus: Corpus
    retriever: Retriever
    composer: Composer
    screen: Screen
    output_check: Callable[[str], bool]
    log: ExchangeLog
    disclaimer: str
    emergency_text: str
    max_input_chars: int
    min_relevance: float = 0.25
    # …unless the sources plainly use the question's words (BM25 of the best sentence): on the
    # labelled sets every in-scope question under the dense bar scored 2.3 or more, or had no
    # keyword hit at all.
    min_keyword: float = 2.0
    app_version: str = ""
    corpus_version: str = ""
    _safety_quotes: tuple[tuple[Citation, ...], tuple[Source, ...]] | None = field(
        default=None, init=False, repr=False
    )
    _by_id: tuple[Corpus, dict[str, Document]] | None = field(default=None, init=False, repr=False)

    @property
    def documents(self) -> dict[str, Document]:
        """The corpus by id, built once: `Corpus.by_id()` builds a new dict on every call,
        a cost that grows with the corpus (bench/growth.py)."""
        if self._by_id is None or self._by_id[0] is not self.corpus:
            self._by_id = (self.corpus, self.corpus.by_id())
        return self._by_id[1]

    def ask(
        self,
        question: str,
        history: Sequence[Message] = (),
        *,
        session_id: str | None = None,
        client_id: str = "",
    ) -> Answer:
        """Answer one visitor message; the exchange is logged before this returns."""
        for item in self.ask_stream(question, history, session_id=session_id, client_id=client_id):
            if isinstance(item, Answer):
                return item
        raise AssertionError("ask_stream ended without an answer")

    def ask_stream(
        self,
        question: str,
        history: Sequence[Message] = (),
        *,
        session_id: str | None = None,
        client_id: str = "",
    ) -> Iterator[str | Answer]:
        """Markdown increments of the reply as verified sentences are ready, then the Answer.

        Every increment has passed the quote checks and the output check. The Answer is what
        counts: when a later check replaced a reply that had begun to stream (a dose in the
        model's output gives the refusal), no further increment is sent and `Answer.answer`
        replaces what was shown. The exchange is logged before the Answer is yielded.
        """
        started = time.perf_counter()
        question = question if isinstance(question, str) else str(question)
        # Lone surrogates are not text: tokenizers, drivers and JSON encoders reject them.
        question = _SURROGATE.sub("\ufffd", question)
        history = [m for m in history if isinstance(m, Mapping)]
        timings: dict[str, float] = {}
        t = time.perf_counter()
        verdict = self.screen(question, history)
        timings["policy_ms"] = _ms(t)
        passages: tuple = ()
        composition: Composition | None = None
        notes: tuple[str, ...] = ()
        faults: tuple[str, ...] = ()  # e.g. the vector store failed: logged with the exchange
        shown = ""  # what the visitor has been sent so far
        if verdict.allows_answer or verdict.reason == "scope.unanchored":
            retrieval = self.retriever.retrieve(self._retrieval_query(question, history))
            timings.update(retrieval.timings)
            passages = retrieval.passages
            faults = (f"retrieval.fault: {retrieval.fault}",) if retrieval.fault else ()
            dense_ran = self.retriever.dense is not None and not retrieval.fault
            if not verdict.allows_answer:
                verdict = _rescued(verdict, question, retrieval)
            weak = (
                retrieval.best_dense < self.min_relevance
                and retrieval.best_keyword < self.min_keyword
                and dense_ran
                and not retrieval.focus
                and not retrieval.about_sources
                and not retrieval.summary
            )
            if verdict.allows_answer and weak:
                best = f"best={retrieval.best_dense:.3f}"
                verdict = Verdict("out_of_scope", "scope.no_match", (best,))
            elif verdict.allows_answer:
                t = time.perf_counter()
                sent: list[str] = []
                try:
                    composition, shown, unsafe = yield from self._compose(question, retrieval, sent)
                except GeneratorExit:  # the visitor left mid-stream: log what they were sent
                    self.log.record(
                        Exchange(
                            id=uuid.uuid4().hex,
                            created_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
                            session_id=session_id or "",
                            question=question,
                            kind="answer",
                            answer="".join(sent),
                            reason="stream.abandoned",
                            evidence=list(verdict.evidence),
                            timings=timings,
                            corpus_version=self.corpus_version,
                            app_version=self.app_version,
                            composer=self.composer.name,
                            client_id=client_id,
                        )
                    )
                    raise
                timings["compose_ms"] = _ms(t)
                notes = composition.notes if composition else ()
                if unsafe or (composition is not None and self._holds_dose(composition)):
                    verdict = Verdict(
                        "refusal",
                        "dosing.output",
                        ("answer held a dose instruction", f"composer: {self.composer.name}"),
                    )
                    composition = None
                elif composition is None:
                    verdict = Verdict("out_of_scope", "scope.no_match", ("no quotable sentence",))
        kind, body, citations, sources = self._reply(verdict, composition)
        t = time.perf_counter()
        citations, rejected = verify_quotes(citations, self.documents)
        timings["verify_ms"] = _ms(t)
        if rejected:  # never show an unverifiable quote: fall back to no quotes at all
            kind, body, citations, sources = "out_of_scope", replies.out_of_scope(verdict), [], []
        timings["total_ms"] = _ms(started)
        answer = Answer(
            question=question,
            kind=kind,
            answer=with_disclaimer(body, self.disclaimer),
            citations=tuple(citations),
            sources=tuple(sources),
            disclaimer=self.disclaimer,
            exchange_id=uuid.uuid4().hex,
            session_id=session_id or uuid.uuid4().hex,
            reason=verdict.reason,
            evidence=(*verdict.evidence, *notes, *faults),
            passages=passages,
            timings=timings,
            corpus_version=self.corpus_version,
            composer=composition.composer if composition else "policy",
            created_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
        )
        t = time.perf_counter()
        self.log.record(self._exchange(answer, client_id))
        timings["log_ms"] = _ms(t)
        if answer.answer.startswith(shown):
            yield from _pieces(answer.answer[len(shown) :])
        yield answer

    def _compose(
        self, question: str, retrieval: Retrieval, sent: list[str]
    ) -> Generator[str, None, tuple[Composition | None, str, bool]]:
        """Compose, passing on each increment that passes the output check.

        Returns the composition, the text sent, and whether an increment held a dose.
        """
        documents = self.documents
        stream = getattr(self.composer, "compose_stream", None)
        if stream is None:
            return self.composer.compose(question, retrieval, documents), "", False
        shown = ""
        composition: Composition | None = None
        items = stream(question, retrieval, documents)
        try:
            for item in items:
                if not isinstance(item, str):
                    composition = item
                elif self.output_check(item):
                    return None, shown, True  # never sent; the reply becomes the refusal
                else:
                    shown += item
                    sent.append(item)
                    yield item
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()  # stops the model when the visitor's reply is already decided
        return composition, shown, False

    def _holds_dose(self, composition: Composition) -> bool:
        """The output check on what would be shown and on what the composer noted its model
        wrote but did not show (a model that writes a dose is not answering this question)."""
        return any(self.output_check(text) for text in (composition.markdown, *composition.notes))

    def _reply(
        self, verdict: Verdict, composition: Composition | None
    ) -> tuple[str, str, list[Citation], list[Source]]:
        if composition is not None:
            return (
                "answer",
                composition.markdown,
                list(composition.citations),
                list(composition.sources),
            )
        if verdict.kind == "refusal":
            citations, sources = self._safety_citations()
            return (
                "refusal",
                replies.refusal(verdict, citations, sources),
                list(citations),
                list(sources),
            )
        if verdict.kind == "emergency":
            return "emergency", replies.emergency(verdict, self.emergency_text), [], []
        if verdict.kind == "invalid":
            return "invalid", replies.invalid(verdict, self.max_input_chars), [], []
        return "out_of_scope", replies.out_of_scope(verdict), [], []

    def _safety_citations(self) -> tuple[tuple[Citation, ...], tuple[Source, ...]]:
        """The article's own advice to see a doctor, found by retrieval and free of doses."""
        if self._safety_quotes is None:
            retrieval = self.retriever.retrieve(SAFETY_QUERY)
            documents = self.corpus.by_id()
            picked = [
                (documents[s.sentence.doc_id], s.sentence.text, s.sentence.start, s.score)
                for s in retrieval.sentences
                if documents[s.sentence.doc_id].kind == "article"
                and not self.output_check(s.sentence.text)
                and not re.search(r"\d", s.sentence.text)
            ][:2]
            citations, sources = number_sources(picked)
            self._safety_quotes = (tuple(citations), tuple(sources))
        return self._safety_quotes

    @staticmethod
    def _retrieval_query(question: str, history: Sequence[Message]) -> str:
        """A follow-up question is searched together with the visitor's previous question."""
        previous = [str(m.get("content") or "") for m in history if m.get("role") == "user"]
        if previous and (_FOLLOW_UP.search(question) or len(question.split()) <= 4):
            return f"{previous[-1]} {question}"
        return question

    def _exchange(self, answer: Answer, client_id: str) -> Exchange:
        return Exchange(
            id=answer.exchange_id,
            created_at=answer.created_at,
            session_id=answer.session_id,
            question=answer.question,
            kind=answer.kind,
            answer=answer.answer,
            reason=answer.reason,
            citations=[c.to_json() for c in answer.citations],
            retrieved=answer.to_json()["retrieved"],
            timings=dict(answer.timings),
            evidence=list(answer.evidence),
            corpus_version=answer.corpus_version,
            app_version=self.app_version,
            composer=answer.composer,
            client_id=client_id,
        )


def _pieces(text: str) -> Iterator[str]:
    """A finished reply in a few increments, paragraph by paragraph."""
    yield from (p for p in re.split(r"(?<=\n\n)", text) if p)


def _rescued(verdict: Verdict, question: str, retrieval: Retrieval) -> Verdict:
    """A question that names no topic ("Why does cancer thrive…?") is answered only when one
    of the top sentences holds nearly all of its words: the sources plainly address it."""
    words = set(tokenize(question))
    for scored in retrieval.sentences[:5]:
        found = words & set(tokenize(f"{scored.sentence.section} {scored.sentence.text}"))
        if len(found) >= 2 and len(found) >= 0.75 * len(words):
            held = f"answered: the sources hold {sorted(found)}"
            return Verdict("answer", "ok", (*verdict.evidence, held))
    return verdict


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000
