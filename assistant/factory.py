"""build_assistant(settings): the single place where implementations are chosen."""

from __future__ import annotations

import functools
from collections.abc import Callable

from . import __version__, policy
from .chunking import ChunkingConfig
from .compose import ExtractiveComposer
from .corpus import load_corpus
from .embedding import Embedder, SentenceTransformerEmbedder
from .index import SyncReport, VectorIndex, make_client
from .logstore import LogStore
from .pipeline import Assistant
from .retrieval import Retriever
from .settings import Settings

DEFAULT_DISCLAIMER = (
    "This assistant is for educational purposes only and does not give medical advice. "
    "Always consult a qualified healthcare professional about your treatment."
)


def build_index(
    settings: Settings,
    embedder: Embedder | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SyncReport:
    """Build or update the vector index from the corpus (what `assistant ingest` runs)."""
    corpus = load_corpus(settings.corpus_dir)
    index = VectorIndex(
        make_client(settings), settings.collection, embedder or SentenceTransformerEmbedder(), ChunkingConfig()
    )
    return index.sync(corpus, progress)


def build_assistant(settings: Settings | None = None, *, embedder: Embedder | None = None) -> Assistant:
    """An assistant wired from settings; builds the index first if it is missing or stale."""
    settings = settings or Settings.from_env()
    corpus = load_corpus(settings.corpus_dir)
    embedder = embedder or SentenceTransformerEmbedder()
    chunking = ChunkingConfig()
    index = VectorIndex(make_client(settings), settings.collection, embedder, chunking)
    if not index.is_current(corpus):
        index.sync(corpus)
    return Assistant(
        corpus=corpus,
        retriever=Retriever(corpus, embedder, index, chunking),
        composer=ExtractiveComposer(),
        screen=functools.partial(policy.screen, max_chars=settings.max_input_chars),
        output_check=policy.contains_dose_instruction,
        log=LogStore(settings.resolved_database_url),
        disclaimer=settings.disclaimer or corpus.disclaimer() or DEFAULT_DISCLAIMER,
        emergency_text=settings.emergency_text,
        max_input_chars=settings.max_input_chars,
        app_version=__version__,
        corpus_version=corpus.version,
    )
