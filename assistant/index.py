"""The only chromadb importer: the dense index, embedded (persistent) or a Chroma server."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import numpy as np

from .chunking import ChunkingConfig, chunk_document, embedding_text, sentence_embedding_text
from .corpus import Corpus
from .embedding import Embedder
from .settings import Settings
from .types import Chunk, Document, Sentence

MAX_BATCH = 5000  # Chroma accepts at most 5,461 items per add
ADD_BATCH = 1000  # items per add while syncing: few store writes, a progress bar that moves
MANIFEST_ID = "manifest"


class IndexUnavailable(RuntimeError):
    """The vector store cannot be reached or read; the message says what to do."""


@dataclass(frozen=True)
class SyncReport:
    """What `ingest` did: documents added, updated, removed, left alone; vectors embedded."""

    added: tuple[str, ...]
    updated: tuple[str, ...]
    removed: tuple[str, ...]
    unchanged: tuple[str, ...]
    embedded: int
    corpus_version: str
    seconds: float


def make_client(settings: Settings) -> Any:
    """An embedded persistent client, or an HttpClient when ASSISTANT_CHROMA_URL is set."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url if "//" in settings.chroma_url else f"http://{settings.chroma_url}")
        try:
            client = chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or 8000,
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
            client.heartbeat()
        except Exception as exc:  # chromadb raises several types for a dead server
            raise IndexUnavailable(
                f"cannot reach the Chroma server at {settings.chroma_url}: {exc}. "
                "Start it (chroma run --path DIR --port N) or unset ASSISTANT_CHROMA_URL."
            ) from exc
        return client
    settings.chroma_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_dir), settings=chroma_settings)


class VectorIndex:
    """Chunk and sentence vectors of one corpus in two Chroma collections, plus a manifest."""

    def __init__(self, client: Any, name: str, embedder: Embedder, chunking: ChunkingConfig) -> None:
        self._client = client
        self._embedder = embedder
        self._chunking = chunking
        space = {"hnsw:space": "cosine"}
        # embedding_function=None: we always pass vectors, and Chroma's default would download.
        self.chunks = client.get_or_create_collection(
            f"{name}_chunks", metadata=space, embedding_function=None
        )
        self.sentences = client.get_or_create_collection(
            f"{name}_sentences", metadata=space, embedding_function=None
        )
        self._meta = client.get_or_create_collection(
            f"{name}_manifest", metadata=space, embedding_function=None
        )

    @property
    def fingerprint(self) -> str:
        """What a stored vector depends on besides the document text."""
        c = self._chunking
        return f"{self._embedder.name}|v3|{c.max_sentences}|{c.max_chars}|{c.overlap}"

    def manifest(self) -> dict[str, Any]:
        """The corpus version and document checksums the index was last built from."""
        got = self._meta.get(ids=[MANIFEST_ID], include=["documents"])
        if not got["ids"]:
            return {}
        return dict(json.loads(got["documents"][0]))

    def is_current(self, corpus: Corpus) -> bool:
        manifest = self.manifest()
        return (
            manifest.get("corpus_version") == corpus.version
            and manifest.get("fingerprint") == self.fingerprint
        )

    def sync(
        self, corpus: Corpus, progress: Callable[[int, int], None] | None = None
    ) -> SyncReport:
        """Bring the index in line with the corpus: embed only new or changed documents."""
        started = time.perf_counter()
        manifest = self.manifest()
        known: dict[str, str] = manifest.get("documents", {}) if (
            manifest.get("fingerprint") == self.fingerprint
        ) else {}
        current = {d.id: d for d in corpus.documents}
        removed = sorted(set(known) - set(current))
        changed = [d for d in corpus.documents if known.get(d.id) != d.checksum]
        if not known:  # a fresh or foreign index: start clean
            stale = self._all_doc_ids()
            removed = sorted(set(removed) | (stale - set(current)))
            changed = list(corpus.documents)
        for doc_id in removed:
            self._delete(doc_id)
        work = [(d, *chunk_document(d, self._chunking)) for d in changed]
        total = sum(len(s) + len(c) for _, s, c in work)
        for doc, _, _ in work:
            self._delete(doc.id)
        done = 0
        # Many documents per add: every add is a store write with a fixed cost, and one add
        # per document made a large ingest store-bound (bench/growth.py).
        for collection, items, describe in (
            (self.chunks, [(d, c) for d, _, chunks in work for c in chunks], embedding_text),
            (
                self.sentences,
                [(d, s) for d, sentences, _ in work for s in sentences],
                sentence_embedding_text,
            ),
        ):
            for i in range(0, len(items), ADD_BATCH):
                done += self._add(collection, items[i : i + ADD_BATCH], describe)
                if progress:
                    progress(done, total)
        self._write_manifest(corpus)
        added = tuple(d.id for d in changed if d.id not in known)
        return SyncReport(
            added=added,
            updated=tuple(d.id for d in changed if d.id in known),
            removed=tuple(removed),
            unchanged=tuple(sorted(set(current) - {d.id for d in changed})),
            embedded=done,
            corpus_version=corpus.version,
            seconds=time.perf_counter() - started,
        )

    def _all_doc_ids(self) -> set[str]:
        ids: set[str] = set()
        for collection in (self.chunks, self.sentences):
            for meta in collection.get(include=["metadatas"])["metadatas"] or []:
                ids.add(str(meta["doc_id"]))
        return ids

    def _delete(self, doc_id: str) -> None:
        for collection in (self.chunks, self.sentences):
            collection.delete(where={"doc_id": doc_id})

    def _add(
        self,
        collection: Any,
        batch: Sequence[tuple[Document, Chunk | Sentence]],
        describe: Callable[[Document, str, str], str],
    ) -> int:
        collection.add(
            ids=[it.id for _, it in batch],
            embeddings=self._embedder.embed([describe(d, it.section, it.text) for d, it in batch]),
            documents=[it.text for _, it in batch],
            metadatas=[
                {"doc_id": d.id, "start": it.start, "end": it.end, "section": it.section}
                for d, it in batch
            ],
        )
        return len(batch)

    def _write_manifest(self, corpus: Corpus) -> None:
        body = {
            "corpus_version": corpus.version,
            "fingerprint": self.fingerprint,
            "documents": {d.id: d.checksum for d in corpus.documents},
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        self._meta.upsert(
            ids=[MANIFEST_ID],
            embeddings=np.zeros((1, 1), dtype=np.float32) + 1.0,
            documents=[json.dumps(body)],
        )

    def search_chunks(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """The k nearest chunks as (chunk id, cosine similarity), best first."""
        return self._search(self.chunks, vector, k)

    def search_sentences(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """The k nearest sentences as (sentence id, cosine similarity), best first."""
        return self._search(self.sentences, vector, k)

    def sentence_vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """Stored vectors of the given sentences (for scoring candidates against a query)."""
        if not ids:
            return {}
        got = self.sentences.get(ids=list(ids), include=["embeddings"])
        return {i: np.asarray(v, dtype=np.float32) for i, v in zip(got["ids"], got["embeddings"], strict=True)}

    def count(self) -> int:
        return int(self.chunks.count())

    @staticmethod
    def _search(collection: Any, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        # No count() first: Chroma returns fewer than k (or none) by itself, and each call is
        # a round trip to a Chroma server (bench/latency.py measured it).
        got = collection.query(
            query_embeddings=[vector.tolist()], n_results=k, include=["distances"]
        )
        return [(i, 1.0 - float(d)) for i, d in zip(got["ids"][0], got["distances"][0], strict=True)]


def discard_local_index(settings: Settings) -> Path:
    """Move an unreadable embedded index aside (kept for a post-mortem) so it can be rebuilt."""
    from chromadb.api.shared_system_client import SharedSystemClient

    source = settings.chroma_dir
    target = source.with_name(f"{source.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
    if source.exists():
        source.rename(target)
    # chromadb caches one system per path, even one that failed to start: forget that one.
    SharedSystemClient._identifier_to_system.pop(str(source), None)
    return target
