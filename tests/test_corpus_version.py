"""The corpus-version guard: the app never serves silently from an index built from another
version of the corpus; it says so, names both versions, and brings the index up to date."""

from __future__ import annotations

import logging

import pytest

from assistant import build_assistant
from assistant.corpus import load_corpus
from assistant.factory import build_index

pytestmark = pytest.mark.slow


def guard_records(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "assistant.factory"]


def test_a_stale_index_is_announced_and_rebuilt_before_serving(settings, embedder, caplog):
    old = build_index(settings, embedder).corpus_version
    article = settings.corpus_dir / "ldn-cancer-article.md"
    article.write_text(
        article.read_text(encoding="utf-8").replace("Vivid dreams", "Very vivid dreams"),
        encoding="utf-8",
    )
    new = load_corpus(settings.corpus_dir).version
    assert new != old

    with caplog.at_level(logging.INFO, logger="assistant.factory"):
        assistant = build_assistant(settings, embedder=embedder)
    (warning,) = [r for r in guard_records(caplog) if r.levelno == logging.WARNING]
    assert old in warning.getMessage() and new in warning.getMessage()
    assert "built from corpus version" in warning.getMessage()

    assert assistant.retriever.dense.manifest()["corpus_version"] == new
    answer = assistant.ask("What are reported side effects of LDN?")
    assert answer.corpus_version == new and answer.to_json()["corpus_version"] == new
    assert "Very vivid dreams" in [c.quote for c in answer.citations]

    caplog.clear()
    with caplog.at_level(logging.INFO, logger="assistant.factory"):
        build_assistant(settings, embedder=embedder)
    assert not guard_records(caplog)  # a current index is served without a word


def test_a_missing_index_is_built_with_a_note_not_a_warning(settings, embedder, caplog):
    with caplog.at_level(logging.INFO, logger="assistant.factory"):
        assistant = build_assistant(settings, embedder=embedder)
    records = guard_records(caplog)
    assert [r.levelno for r in records] == [logging.INFO]
    assert assistant.corpus.version in records[0].getMessage()
