"""Hybrid retrieval: BM25 and dense search fused by reciprocal rank, then sentences scored."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from .chunking import ChunkingConfig, chunk_document, document_label, embedding_text
from .corpus import Corpus
from .embedding import Embedder
from .keyword import KeywordIndex, english_query, expand_query, translate_query
from .types import Chunk, Document, Passage, Sentence

logger = logging.getLogger(__name__)

RRF_K = 60
# A study's own aim or method statement: what comes before it in an abstract is background.
_AIM = re.compile(
    r"\b(the aim|aims? (of|to)|we (have )?(evaluated|investigated|explored|studied|assessed)|"
    r"this review aims)\b",
    re.I,
)
_FINDING_INTENT = re.compile(
    r"\b(find|found|finding|findings|show|showed|shown|result|results|discover\w*|learn\w*|"
    r"conclu\w*|outcome\w*|happen\w*)\b",
    re.I,
)
# How a study abstract reports a result; lets "what did the study find?" reach its findings.
_FINDING = re.compile(
    r"\b(we found|showed|was able to|were increased|was increased|significantly|resulted in|"
    r"led to|enhanced|reduction in)\b",
    re.I,
)
# After the vector store fails, queries go keyword-only for this long before trying it again.
DENSE_RETRY_SECONDS = 10.0
# Words every document is about; they must not make a question look as if it names one.
_GENERIC_TOPIC = re.compile(
    r"\b(low[- ]dose|naltrexone|ldn|cancers?|doses?|not a study|stud(y|ies))\b", re.I
)


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
    findings_bonus: float = 0.25  # "what did it find?" wants findings, not background


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
    fault: str | None = None  # why dense search was left out (keyword-only), if it was
    focus: str | None = None  # the one document the question names ("the Ehrlich study")
    about_sources: bool = False  # the question is about the sources as a whole
    summary: bool = False  # the visitor asks for the article in brief

    @property
    def best_keyword(self) -> float:
        """The best sentence's keyword (BM25) score: how plainly the sources use its words."""
        return max((s.keyword for s in self.sentences), default=0.0)


# Questions about the sources as a whole ("Which studies are cited?", "Were they done in
# humans?", "How strong is the evidence?"): what answers them is the article's reference
# list and what each study is, not the one sentence most similar to the question. Read on the
# query with its English terms, so other languages count too.
ABOUT_THE_SOURCES = re.compile(
    r"\b(?:which|what|how many|list|name)\b[^?.!]{0,30}\b(?:studies|sources|references|papers|"
    r"articles|research)\b[^?.!]{0,25}\b(?:cited|cite|citad[oa]s|cites|citees|zitiert|citati|"
    r"referenced|included|listed)\b|^what (?:are|were) the cited (?:studies|sources|papers)"
    r"(?: about)?\W*$|"
    r"\b(?:studies|sources|references|papers) (?:are |were )?(?:cited|citad[oa]s|citees|zitiert|"
    r"citati)\b|"
    r"\bwho (?:are|is|were)\b[^?.!]{0,10}\b(?:zagon|mclaughlin|donahue|ciwun|aboalsoud)\b|"
    r"\bwho (?:wrote|are the authors of|did) (?:the |these )?(?:studies|papers|references|"
    r"research)\b|"
    r"\b(?:strongest|weakest|how strong|how good|how solid|how reliable|quality of)\b[^?.!]{0,30}"
    r"\b(?:studies|study|evidence|science|research|sources|data)\b|"
    r"\b(?:studies|evidence|science|research)\b[^?.!]{0,30}\b(?:strongest|how strong|"
    r"reliable|solid)\b|"
    r"\breal evidence\b|\banecdot[a-z]*|\bhow much of (?:this|it|that) is (?:proven|true)\b|"
    r"\blimitations?\b[^?.!]{0,30}\b(?:studies|research|evidence)\b|"
    r"\b(?:studies|trials|research|evidence|tested|studied|done|tried|conducted)\b[^?.!]{0,20}"
    r"\b(?:in|on) (?:actual |real )?(?:humans|people|patients)\b(?! (?:on|with|who|taking|"
    r"using))|\b(?:tested|studied|tried) (?:in|on) (?:actual |real )?"
    r"(?:humans|people|patients)\b|\bhuman (?:trials|studies)\b|"
    r"\bwhat (?:can|do) you (?:help(?: me)? with|do|answer)\W*$|\bwhat can you tell me\W*$|"
    r"\bwhat (?:topics|questions) can you\b|"
    r"\bkey findings of (?:the|these|all the) studies\b|"
    r"\b(?:studi|estudios|etudes|studien|estudos|fonti|fuentes|quellen|fontes|referencias|"
    r"riferimenti|articoli|articulos|artigos|artikel|articles)\b[^?.!]{0,20}\b(?:citati|citad[oa]s|"
    r"citees|cites|zitiert|utilizzat[ie]|"
    r"usad[oa]s|utilisees|verwendet)\b|\b(?:en|sur|an|am|su|em|chez) (?:des |den |l'|)?(?:humanos|"
    r"humains|humain|homme|menschen|persone|pessoas|personas|esseri umani|gente|uomo)\b|"
    r"\b(?:what|which) journals?\b|\bjournals? (?:are|were) (?:they|these|the studies)\b|"
    r"\bpeer[- ]review[a-z]*|\bmost recent\b[^?.!]{0,20}\b(?:references?|studies|"
    r"study|paper)\b"
)


# "Summarize the article in three sentences", "tl;dr", "the short version".
SUMMARY_REQUEST = re.compile(
    r"\bsummar(?:y|ise|ize|ising|izing)\b|\btl;? ?dr\b|\bshort version\b|\bin a nutshell\b|"
    r"\bin (?:a few|two|three|\d) (?:sentences|lines|words)\b|\bmain points\b|"
    r"\b(?:resumen|resume|resumir|resumo|zusammenfassung|zusammenfassen|riassunto|riassumi)\b"
)


class DenseSearch(Protocol):
    """What retrieval needs from a vector store (VectorIndex implements it)."""

    def search_chunks(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]: ...

    def search_sentences(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]: ...

    def sentence_vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]: ...


def background_sentences(
    sentences: Sequence[Sentence], documents: dict[str, Document]
) -> list[Sentence]:
    """Sentences of a study abstract before its aim statement (context, not findings)."""
    out: list[Sentence] = []
    by_doc: dict[str, list[Sentence]] = {}
    for sentence in sentences:
        by_doc.setdefault(sentence.doc_id, []).append(sentence)
    for doc_id, items in by_doc.items():
        if documents[doc_id].kind == "article":
            continue
        aim = next((i for i, s in enumerate(items) if _AIM.search(s.text)), None)
        if aim:
            out.extend(items[:aim])
    return out


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
        self._doc_row = {doc_id: row for row, doc_id in enumerate(self._doc_ids)}
        self._document_keywords = KeywordIndex(
            [_GENERIC_TOPIC.sub(" ", document_label(d)) for d in self.documents.values()]
        )
        self._background = {s.id for s in background_sentences(self._sentence_list, self.documents)}
        self._by_doc: dict[str, list[str]] = {}
        for sentence in self._sentence_list:
            self._by_doc.setdefault(sentence.doc_id, []).append(sentence.id)
        self._findings = {
            s.id
            for s in self._sentence_list
            if self.documents[s.doc_id].kind != "article"
            and ("finding" in s.section.lower() or _FINDING.search(s.text))
        }
        self._vectors: dict[str, np.ndarray] = {}
        self._dense_down_until = 0.0
        self._dense_fault: str | None = None

    def _keyword_text(self, sentence: Sentence) -> str:
        """Sentence text plus its section and cues for a study's findings and conclusion."""
        doc = self.documents[sentence.doc_id]
        text = f"{sentence.section}: {sentence.text}"
        if doc.kind == "article":
            return text
        if doc.body.rstrip().endswith(sentence.text):
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
        query = _encodable(query)
        dense_query = english_query(query, self.vocabulary)
        query = translate_query(query)
        keyword_query = expand_query(query)
        keyword_hits = self._chunk_keywords.top(keyword_query, cfg.keyword_k)
        timings["keyword_ms"] = (time.perf_counter() - t) * 1000
        dense_hits: list[tuple[str, float]] = []
        sentence_hits: list[tuple[str, float]] = []
        vector = None
        fault: str | None = None
        if self.dense is not None and time.monotonic() < self._dense_down_until:
            fault = f"vector store skipped after a failure: {self._dense_fault}"
        elif self.dense is not None:
            t = time.perf_counter()
            vector = self.embed_query(dense_query)
            timings["embed_ms"] = (time.perf_counter() - t) * 1000
            t = time.perf_counter()
            try:
                dense_hits = self.dense.search_chunks(vector, cfg.dense_k)
                sentence_hits = self.dense.search_sentences(vector, cfg.sentence_k)
            except Exception as exc:  # a Chroma server going away raises many types
                fault = self._dense_failed(exc)
                vector, dense_hits, sentence_hits = None, [], []
            timings["dense_ms"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        passages = self._fuse(keyword_hits, dense_hits)
        focus = self._focus(keyword_query)
        try:
            sentences = self._score_sentences(keyword_query, vector, passages, sentence_hits, focus)
        except Exception as exc:  # stored sentence vectors come from the store too
            if vector is None:
                raise
            fault = self._dense_failed(exc)
            vector, sentence_hits = None, []
            sentences = self._score_sentences(keyword_query, None, passages, [], focus)
        timings["rank_ms"] = (time.perf_counter() - t) * 1000
        best_dense = max((s for _, s in sentence_hits), default=0.0)
        best_dense = max(best_dense, max((s for _, s in dense_hits), default=0.0))
        # "the article" names the article, which is what these two intents are about anyway
        general = focus is None or self.documents[focus].kind == "article"
        # …and a question about the sources as a whole may name one of them on the way ("what
        # journals are they in" leans towards the one in the International Journal of Oncology)
        about_sources = ABOUT_THE_SOURCES.search(keyword_query.lower()) is not None
        summary = general and SUMMARY_REQUEST.search(keyword_query.lower()) is not None
        return Retrieval(
            query,
            tuple(passages),
            tuple(sentences),
            best_dense,
            timings,
            fault,
            focus,
            about_sources,
            summary,
        )

    def _dense_failed(self, exc: Exception) -> str:
        """Keyword-only for a while; the reason goes into the logged exchange."""
        reason = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"
        if self._dense_fault is None or time.monotonic() >= self._dense_down_until:
            logger.warning("vector store failed, keyword-only retrieval for now: %s", reason)
        self._dense_fault = reason
        self._dense_down_until = time.monotonic() + DENSE_RETRY_SECONDS
        return f"vector store failed, keyword-only retrieval: {reason}"

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
        focus: str | None,
    ) -> list[ScoredSentence]:
        cfg = self.config
        top_passage = passages[0].score if passages else 1.0
        passage_score: dict[str, float] = {}
        for p in passages:
            for sid in p.chunk.sentence_ids:
                passage_score[sid] = max(passage_score.get(sid, 0.0), p.score / top_passage)
        dense_score = {sid: s for sid, s in sentence_hits if sid in self.sentences}
        # A study the question names competes with all of its sentences, found or not.
        named = self._by_doc.get(focus, []) if focus else []
        candidates = list(dict.fromkeys([*passage_score, *dense_score, *named]))
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
        doc_scores = self._document_scores(query)
        doc_row = self._doc_row  # per candidate, not a dict of every document per query
        # "What did the study find?" wants its findings, not its background, aim or methods.
        wants_findings = bool(_FINDING_INTENT.search(query))
        weight_dense = cfg.weight_dense if vector is not None else 0.0
        scored = [
            ScoredSentence(
                sentence=self.sentences[sid],
                score=weight_dense * dense_score.get(sid, 0.0)
                + cfg.weight_keyword * float(kw_norm[i])
                + cfg.weight_passage * passage_score.get(sid, 0.0)
                + cfg.weight_document * float(doc_scores[doc_row[self.sentences[sid].doc_id]])
                - (cfg.focus_penalty if focus and self.sentences[sid].doc_id != focus else 0.0)
                + (self._finding_shift(sid) if wants_findings else 0.0),
                dense=dense_score.get(sid, 0.0),
                keyword=float(kw[i]),
                passage=passage_score.get(sid, 0.0),
            )
            for i, sid in enumerate(candidates)
        ]
        return sorted(scored, key=lambda s: -s.score)

    def _finding_shift(self, sentence_id: str) -> float:
        if sentence_id in self._findings:
            return self.config.findings_bonus
        sentence = self.sentences[sentence_id]
        if (
            sentence_id in self._background
            or _AIM.search(sentence.text)
            or "method" in sentence.section.lower()
        ):
            return -self.config.findings_bonus
        return 0.0

    def _document_scores(self, query: str) -> np.ndarray:
        """How strongly the question names each document (title, journal, year), max 1."""
        scores = self._document_keywords.scores(query)
        return scores / scores.max() if scores.max() > 0 else scores

    def _focus(self, query: str) -> str | None:
        """The one document a question names ("the Ehrlich study"), if it clearly names one."""
        normalised = self._document_scores(query)
        if len(normalised) < 2 or normalised.max() <= 0:
            return None
        top_two = np.argpartition(-normalised, 1)[:2]  # not a sort of every document
        first, second = sorted(top_two.tolist(), key=lambda row: -normalised[row])
        if normalised[second] > 0.5:
            return None
        return self._doc_ids[first]

    def _stored_vectors(self, ids: list[str]) -> dict[str, np.ndarray]:
        missing = [i for i in ids if i not in self._vectors]
        if missing and self.dense is not None:
            if len(self._vectors) > 50_000:
                self._vectors.clear()
            self._vectors.update(self.dense.sentence_vectors(missing))
        return {i: self._vectors[i] for i in ids if i in self._vectors}


def _encodable(text: str) -> str:
    """Text the tokenizer accepts: lone surrogates (not valid Unicode text) become U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")
