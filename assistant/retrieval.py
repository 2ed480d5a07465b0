"""Hybrid retrieval: BM25 and dense search fused by reciprocal rank, then sentences scored."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from .chunking import ChunkingConfig, chunk_document, document_label, embedding_text
from .corpus import Corpus
from .embedding import Embedder
from .keyword import KeywordIndex, expand_query
from .types import Chunk, Document, Passage, Sentence

RRF_K = 60
# Words every document is about; they must not make a question look as if it names one.
_GENERIC_TOPIC = re.compile(r"\b(low[- ]dose|naltrexone|ldn|cancer|dose)\b", re.I)


@dataclass(frozen=True)
class RetrievalConfig:
    """How many candidates each retriever contributes and how sentence scores are mixed."""

    dense_k: int = 12
    keyword_k: int = 12
    passages: int = 6
    sentence_k: int = 16
    weight_dense: float = 0.55
    weight_keyword: float = 0.40
    weight_passage: float = 0.20
    weight_document: float = 0.20
    focus_penalty: float = 0.15  # when a question names one study, other documents step back


@dataclass(frozen=True)
class ScoredSentence:
    """A quotable sentence with the scores that rank it for one query."""

    sentence: Sentence
    score: float
    dense: float
    keyword: float
    passage: float


@dataclass(frozen=True)
class Retrieval:
    """What one query retrieved: fused passages, ranked sentences, and timings in ms."""

    query: str
    passages: tuple[Passage, ...]
    sentences: tuple[ScoredSentence, ...]
    best_dense: float
    timings: dict[str, float] = field(default_factory=dict)


class DenseSearch(Protocol):
    """What retrieval needs from a vector store (VectorIndex implements it)."""

    def search_chunks(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]: ...

    def search_sentences(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]: ...

    def sentence_vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]: ...


class Retriever:
    """Hybrid search over one corpus; the dense side may be None (keyword-only fallback)."""

    def __init__(
        self,
        corpus: Corpus,
        embedder: Embedder,
        dense: DenseSearch | None,
        chunking: ChunkingConfig | None = None,
        config: RetrievalConfig | None = None,
    ) -> None:
        self.config = config or RetrievalConfig()
        self._embedder = embedder
        self.dense = dense
        self.documents: dict[str, Document] = corpus.by_id()
        self.chunks: list[Chunk] = []
        self.sentences: dict[str, Sentence] = {}
        for doc in corpus.documents:
            sentences, chunks = chunk_document(doc, chunking)
            self.chunks.extend(chunks)
            self.sentences.update((s.id, s) for s in sentences)
        self._chunk_row = {c.id: i for i, c in enumerate(self.chunks)}
        self._sentence_list = list(self.sentences.values())
        self._sentence_row = {s.id: i for i, s in enumerate(self._sentence_list)}
        self._chunk_keywords = KeywordIndex(
            [embedding_text(self.documents[c.doc_id], c.section, c.text) for c in self.chunks]
        )
        self._sentence_keywords = KeywordIndex([self._keyword_text(s) for s in self._sentence_list])
        self._doc_ids = list(self.documents)
        self._document_keywords = KeywordIndex(
            [_GENERIC_TOPIC.sub(" ", document_label(d)) for d in self.documents.values()]
        )
        self._vectors: dict[str, np.ndarray] = {}

    def _keyword_text(self, sentence: Sentence) -> str:
        """Sentence text plus its section and a cue for a study's concluding sentence."""
        doc = self.documents[sentence.doc_id]
        text = f"{sentence.section}: {sentence.text}"
        if doc.kind != "article" and doc.body.rstrip().endswith(sentence.text):
            text += " (conclusion, concluded)"
        return text

    @property
    def vocabulary(self) -> frozenset[str]:
        return self._chunk_keywords.vocabulary()

    def embed_query(self, query: str) -> np.ndarray:
        return self._embedder.embed([query])[0]

    def retrieve(self, query: str) -> Retrieval:
        """Fused passages and scored candidate sentences for one query."""
        cfg = self.config
        timings: dict[str, float] = {}
        t = time.perf_counter()
        keyword_query = expand_query(query)
        keyword_hits = self._chunk_keywords.top(keyword_query, cfg.keyword_k)
        timings["keyword_ms"] = (time.perf_counter() - t) * 1000
        dense_hits: list[tuple[str, float]] = []
        sentence_hits: list[tuple[str, float]] = []
        vector = None
        if self.dense is not None:
            t = time.perf_counter()
            vector = self.embed_query(query)
            timings["embed_ms"] = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            dense_hits = self.dense.search_chunks(vector, cfg.dense_k)
            sentence_hits = self.dense.search_sentences(vector, cfg.sentence_k)
            timings["dense_ms"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        passages = self._fuse(keyword_hits, dense_hits)
        sentences = self._score_sentences(keyword_query, vector, passages, sentence_hits)
        timings["rank_ms"] = (time.perf_counter() - t) * 1000
        best_dense = max((s for _, s in sentence_hits), default=0.0)
        best_dense = max(best_dense, max((s for _, s in dense_hits), default=0.0))
        return Retrieval(query, tuple(passages), tuple(sentences), best_dense, timings)

    def _fuse(
        self, keyword_hits: list[tuple[int, float]], dense_hits: list[tuple[str, float]]
    ) -> list[Passage]:
        fused: dict[str, float] = {}
        keyword_score: dict[str, float] = {}
        dense_score: dict[str, float] = {}
        for rank, (row, score) in enumerate(keyword_hits):
            cid = self.chunks[row].id
            fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
            keyword_score[cid] = score
        for rank, (cid, score) in enumerate(dense_hits):
            if cid not in self._chunk_row:
                continue  # the store holds a chunk this corpus no longer has
            fused[cid] = fused.get(cid, 0.0) + 1.0 / (RRF_K + rank + 1)
            dense_score[cid] = score
        ranked = sorted(fused, key=lambda c: -fused[c])[: self.config.passages]
        return [
            Passage(
                chunk=self.chunks[self._chunk_row[cid]],
                score=fused[cid],
                dense=dense_score.get(cid),
                keyword=keyword_score.get(cid),
            )
            for cid in ranked
        ]

    def _score_sentences(
        self,
        query: str,
        vector: np.ndarray | None,
        passages: list[Passage],
        sentence_hits: list[tuple[str, float]],
    ) -> list[ScoredSentence]:
        cfg = self.config
        top_passage = passages[0].score if passages else 1.0
        passage_score: dict[str, float] = {}
        for p in passages:
            for sid in p.chunk.sentence_ids:
                passage_score[sid] = max(passage_score.get(sid, 0.0), p.score / top_passage)
        dense_score = {sid: s for sid, s in sentence_hits if sid in self.sentences}
        candidates = list(dict.fromkeys([*passage_score, *dense_score]))
        if not candidates:
            return []
        if vector is not None:
            missing = [sid for sid in candidates if sid not in dense_score]
            for sid, vec in self._stored_vectors(missing).items():
                dense_score[sid] = float(vec @ vector)
        keyword = self._sentence_keywords.scores(query)
        rows = [self._sentence_row[sid] for sid in candidates]
        kw = keyword[rows]
        kw_norm = kw / kw.max() if kw.max() > 0 else kw
        doc_scores = self._document_keywords.scores(query)
        if doc_scores.max() > 0:
            doc_scores = doc_scores / doc_scores.max()
        doc_score = dict(zip(self._doc_ids, doc_scores.tolist(), strict=True))
        focus = self._focus(doc_scores)
        weight_dense = cfg.weight_dense if vector is not None else 0.0
        scored = [
            ScoredSentence(
                sentence=self.sentences[sid],
                score=weight_dense * dense_score.get(sid, 0.0)
                + cfg.weight_keyword * float(kw_norm[i])
                + cfg.weight_passage * passage_score.get(sid, 0.0)
                + cfg.weight_document * doc_score[self.sentences[sid].doc_id]
                - (cfg.focus_penalty if focus and self.sentences[sid].doc_id != focus else 0.0),
                dense=dense_score.get(sid, 0.0),
                keyword=float(kw[i]),
                passage=passage_score.get(sid, 0.0),
            )
            for i, sid in enumerate(candidates)
        ]
        return sorted(scored, key=lambda s: -s.score)

    def _focus(self, normalised: np.ndarray) -> str | None:
        """The one document a question names ("the Ehrlich study"), if it clearly names one."""
        if len(normalised) < 2 or normalised.max() <= 0:
            return None
        order = np.argsort(-normalised)
        if normalised[order[1]] > 0.5:
            return None
        return self._doc_ids[int(order[0])]

    def _stored_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        missing = [i for i in ids if i not in self._vectors]
        if missing and self.dense is not None:
            if len(self._vectors) > 50_000:
                self._vectors.clear()
            self._vectors.update(self.dense.sentence_vectors(missing))
        return {i: self._vectors[i] for i in ids if i in self._vectors}
