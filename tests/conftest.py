"""Shared fixtures: the real embedding model loaded once, assistants on temporary stores."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from conftest_pg import pg_url  # noqa: F401  (PostgreSQL schema-per-test fixture)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = Path(__file__).resolve().parent / "data"

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
# One cache of derived files (vectors, fitted classifiers; each keyed by what it was made
# from) for every assistant and app process of the session: a fresh data dir per test, without
# embedding the policy's training examples again each time. Tests of the caches use their own.
SHARED_CACHE = Path(os.environ.setdefault("ASSISTANT_CACHE_ROOT", tempfile.mkdtemp("-ldn-cache")))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture(scope="session")
def embedder():
    """The real offline all-MiniLM-L6-v2, loaded once per test session."""
    from assistant.embedding import SentenceTransformerEmbedder

    return SentenceTransformerEmbedder()


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A private copy of the corpus that a test may change."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture
def settings(tmp_path: Path, corpus_dir: Path):
    from assistant import Settings

    return Settings(data_dir=tmp_path / "data", corpus_dir=corpus_dir, cache_root=SHARED_CACHE)


@pytest.fixture(scope="session")
def shared_assistant(tmp_path_factory, embedder):
    """One assistant over the real corpus for read-only tests (its own temporary stores)."""
    from assistant import Settings, build_assistant

    data = tmp_path_factory.mktemp("shared-data")
    settings = Settings(data_dir=data, corpus_dir=CORPUS, cache_root=SHARED_CACHE)
    return build_assistant(settings, embedder=embedder)


@pytest.fixture
def assistant(settings, embedder):
    """A fresh assistant with its own index and log."""
    from assistant import build_assistant

    return build_assistant(settings, embedder=embedder)
