"""build_assistant(settings): the single place where implementations are chosen."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

from . import __version__, policy
from .chunking import ChunkingConfig
from .claim_cache import load_claim_map
from .claims import ClaimMap
from .compose import Composer, ExtractiveComposer
from .corpus import Corpus, CorpusError, read_corpus
from .embedding import Embedder, SentenceTransformerEmbedder
from .index import IndexUnavailable, SyncReport, VectorIndex, discard_local_index, make_client
from .logstore import LogStore
from .pipeline import Assistant
from .policy_model import train_policy
from .privacy import Redactor, mask_secrets_in_logs
from .retrieval import Retriever
from .settings import Settings
from .spool import SpooledLog

logger = logging.getLogger(__name__)

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
    corpus = load_documents(settings)
    index = VectorIndex(
        make_client(settings),
        settings.collection,
        embedder or SentenceTransformerEmbedder(threads=None),  # bulk: every core
        ChunkingConfig(),
    )
    return index.sync(corpus, progress)


def warm_caches(settings: Settings) -> None:
    """Leave in the cache dir what a start would otherwise embed (the claim map's and the
    policy's vectors): `assistant ingest` runs this, so the first start after it is quick."""
    corpus = load_documents(settings)
    # As a start embeds: one torch thread (the vectors' last bits depend on the thread count).
    embedder = SentenceTransformerEmbedder(threads=1)
    load_claim_map(corpus, embedder, settings.cache_dir)
    train_policy(
        embedder, max_chars=settings.max_input_chars, cache_dir=settings.cache_dir
    )


def load_documents(settings: Settings) -> Corpus:
    """The corpus, without the files that cannot be read (each named in a warning)."""
    corpus = read_corpus(settings.corpus_dir)
    for error in corpus.errors:
        logger.warning("corpus file skipped: %s", error)
    if not corpus.documents:
        problems = "".join(f"\n  {e}" for e in corpus.errors)
        raise CorpusError(settings.corpus_dir, f"no corpus document could be loaded{problems}")
    return corpus


def open_index(
    settings: Settings, corpus: Corpus, embedder: Embedder, chunking: ChunkingConfig
) -> VectorIndex:
    """The vector index, brought up to date; an unreadable embedded index is rebuilt."""
    try:
        index = VectorIndex(make_client(settings), settings.collection, embedder, chunking)
        if not index.is_current(corpus):
            announce_rebuild(index, corpus, settings)
            index.sync(corpus)
        return index
    except IndexUnavailable:
        raise  # a Chroma server that does not answer: its message says what to do
    except Exception as exc:
        if settings.chroma_url:
            raise IndexUnavailable(
                f"the index on the Chroma server {settings.chroma_url} cannot be read "
                f"({type(exc).__name__}: {exc}). Run `assistant ingest` against it."
            ) from exc
        broken = settings.chroma_dir
        moved = discard_local_index(settings)
        logger.warning("index at %s unreadable (%s), moved to %s; rebuilding", broken, exc, moved)
    try:
        index = VectorIndex(make_client(settings), settings.collection, embedder, chunking)
        index.sync(corpus)
        return index
    except Exception as exc:
        raise IndexUnavailable(
            f"the index at {settings.chroma_dir} could not be rebuilt ({type(exc).__name__}: "
            f"{exc}). Remove that directory and run `assistant ingest`."
        ) from exc


def announce_rebuild(index: VectorIndex, corpus: Corpus, settings: Settings) -> None:
    """Never serve from an index built from another corpus version without saying so."""
    built = index.manifest()
    where = settings.chroma_url or settings.chroma_dir
    if not built.get("corpus_version"):
        logger.info("no index for corpus version %s at %s yet; building it", corpus.version, where)
    elif built.get("corpus_version") != corpus.version:
        logger.warning(
            "index at %s was built from corpus version %s, but the corpus is now version %s; "
            "updating the index before serving",
            where,
            built["corpus_version"],
            corpus.version,
        )
    else:
        logger.warning(
            "index at %s (corpus version %s) was built with another model or chunking (%s, now "
            "%s); rebuilding it before serving",
            where,
            corpus.version,
            built.get("fingerprint"),
            index.fingerprint,
        )


def open_log(settings: Settings) -> SpooledLog:
    """The exchange log: the database, a local spool for outages, redaction, retention."""
    retention = settings.log_retention_days
    return SpooledLog(
        LogStore(settings.resolved_database_url),
        settings.resolved_spool_dir,
        redactor=Redactor(),
        retention=timedelta(days=retention) if retention else None,
    )


def build_composer(settings: Settings, claims: ClaimMap | None = None) -> Composer:
    """The answerer `settings.llm` names; an LLM one falls back on the extractive one."""
    match settings.llm:
        case "none" | "" | None:
            return ExtractiveComposer(claims=claims)
        case "openai" | "ollama":
            from .compose.langchain import LangChainComposer

            return LangChainComposer.from_settings(
                settings,
                ExtractiveComposer(claims=claims),
                output_check=policy.contains_dose_instruction,
            )
        case other:
            raise ValueError(f"ASSISTANT_LLM={other!r}: expected none, openai or ollama")


def build_assistant(
    settings: Settings | None = None, *, embedder: Embedder | None = None
) -> Assistant:
    """An assistant wired from settings; builds the index first if it is missing or stale."""
    settings = settings or Settings.from_env()
    # The key and staff passwords never reach a log, even inside a library's error message.
    mask_secrets_in_logs(settings.llm_api_key, *(p.partition(":")[2] for p in settings.staff))
    corpus = load_documents(settings)
    embedder = embedder or SentenceTransformerEmbedder()
    chunking = ChunkingConfig()
    index = open_index(settings, corpus, embedder, chunking)
    return Assistant(
        corpus=corpus,
        retriever=Retriever(corpus, embedder, index, chunking),
        composer=build_composer(
            settings, claims=load_claim_map(corpus, embedder, settings.cache_dir)
        ),
        screen=train_policy(
            embedder, max_chars=settings.max_input_chars, cache_dir=settings.cache_dir
        ).screen,
        output_check=policy.contains_dose_instruction,
        log=open_log(settings),
        disclaimer=settings.disclaimer or corpus.disclaimer() or DEFAULT_DISCLAIMER,
        emergency_text=settings.emergency_text,
        max_input_chars=settings.max_input_chars,
        app_version=__version__,
        corpus_version=corpus.version,
    )
