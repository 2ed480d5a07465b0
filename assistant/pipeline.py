"""Assistant.ask(): policy → retrieve → compose → verify → output check → log, parts injected."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from .citations import number_sources, verify_quotes
from .compose import Composer, replies
from .compose.base import with_disclaimer
from .corpus import Corpus
from .retrieval import Retriever
from .types import Answer, Citation, Composition, Exchange, Source, Verdict

Message = Mapping[str, Any]
# A question that leans on the previous turn: pronouns, "what about…", "and in mice?".
_FOLLOW_UP = re.compile(
    r"^\s*(and|also|what about|how about|but|so)\b|\b(it|its|it's|they|them|their|this|that|"
    r"these|those|the same|there)\b",
    re.I,
)
# The query that finds the article's own advice to quote in a refusal.
SAFETY_QUERY = "Never start LDN without discussing it with your doctor; medical supervision"


class Screen(Protocol):
    """The safety policy: a verdict on a message, given the conversation so far."""

    def __call__(self, message: str, history: Sequence[Message]) -> Verdict: ...


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
    app_version: str = ""
    corpus_version: str = ""
    _safety_quotes: tuple[tuple[Citation, ...], tuple[Source, ...]] | None = field(
        default=None, init=False, repr=False
    )

    def ask(
        self,
        question: str,
        history: Sequence[Message] = (),
        *,
        session_id: str | None = None,
        client_id: str = "",
    ) -> Answer:
        """Answer one visitor message; the exchange is logged before this returns."""
        started = time.perf_counter()
        question = question if isinstance(question, str) else str(question)
        history = [m for m in history if isinstance(m, Mapping)]
        timings: dict[str, float] = {}
        t = time.perf_counter()
        verdict = self.screen(question, history)
        timings["policy_ms"] = _ms(t)
        passages: tuple = ()
        composition: Composition | None = None
        if verdict.allows_answer:
            retrieval = self.retriever.retrieve(self._retrieval_query(question, history))
            timings.update(retrieval.timings)
            passages = retrieval.passages
            if retrieval.best_dense < self.min_relevance and self.retriever.dense is not None:
                verdict = Verdict("out_of_scope", "scope.no_match", (f"best={retrieval.best_dense:.3f}",))
            else:
                t = time.perf_counter()
                composition = self.composer.compose(question, retrieval, self.corpus.by_id())
                timings["compose_ms"] = _ms(t)
                if composition is None:
                    verdict = Verdict("out_of_scope", "scope.no_match", ("no quotable sentence",))
                elif self.output_check(composition.markdown):
                    verdict = Verdict("refusal", "dosing.output", ("answer held a dose instruction",))
                    composition = None
        kind, body, citations, sources = self._reply(verdict, composition)
        t = time.perf_counter()
        citations, rejected = verify_quotes(citations, self.corpus.by_id())
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
            evidence=verdict.evidence,
            passages=passages,
            timings=timings,
            corpus_version=self.corpus_version,
            composer=composition.composer if composition else "policy",
            created_at=datetime.now(UTC).isoformat(timespec="milliseconds"),
        )
        t = time.perf_counter()
        self.log.record(self._exchange(answer, client_id))
        timings["log_ms"] = _ms(t)
        return answer

    def _reply(
        self, verdict: Verdict, composition: Composition | None
    ) -> tuple[str, str, list[Citation], list[Source]]:
        if composition is not None:
            return "answer", composition.markdown, list(composition.citations), list(composition.sources)
        if verdict.kind == "refusal":
            citations, sources = self._safety_citations()
            return "refusal", replies.refusal(verdict, citations, sources), list(citations), list(sources)
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


def _ms(since: float) -> float:
    return (time.perf_counter() - since) * 1000
