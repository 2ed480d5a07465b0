"""The claim map's vectors kept on disk: the same map from the cache as from scratch, and a
missing, corrupt or unwritable cache only costs the embedding time."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest

from assistant.claim_cache import claim_vectors_path, load_claim_map
from assistant.claims import build_claim_map
from assistant.corpus import load_corpus
from assistant.embedding import HashingEmbedder

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


class CountingEmbedder(HashingEmbedder):
    """The fake embedder, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        super().__init__()
        self.embedded = 0

    def embed(self, texts):
        self.embedded += len(texts)
        return super().embed(texts)


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(CORPUS)


def from_scratch(corpus, embedder):
    return build_claim_map(corpus.documents, embedder.embed, corpus.version)


def test_the_second_start_reads_the_same_claim_map_without_embedding(corpus, tmp_path):
    first = CountingEmbedder()
    built = load_claim_map(corpus, first, tmp_path)
    path = claim_vectors_path(tmp_path, corpus.version, first.name)
    assert path.is_file() and first.embedded > 0
    assert built == from_scratch(corpus, HashingEmbedder())
    assert built.claims  # the corpus's article has claims: the comparison means something

    second = CountingEmbedder()
    assert load_claim_map(corpus, second, tmp_path) == built
    assert second.embedded == 0
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_the_file_is_named_by_format_model_and_corpus_version(corpus, tmp_path):
    path = claim_vectors_path(tmp_path, corpus.version, "all-MiniLM-L6-v2")
    assert path.parent == tmp_path
    assert corpus.version in path.name and "all-MiniLM-L6-v2" in path.name
    assert path.name.startswith("claim-vectors-v1-")
    assert claim_vectors_path(tmp_path, "0" * 16, "all-MiniLM-L6-v2") != path
    assert claim_vectors_path(tmp_path, corpus.version, "other/model") != path
    assert "/" not in claim_vectors_path(tmp_path, corpus.version, "a/../b").name


@pytest.mark.parametrize(
    "damage",
    [b"", b"not a zip file at all", b"PK\x03\x04truncated", "another array"],
    ids=["empty", "garbage", "truncated zip", "wrong arrays"],
)
def test_a_corrupt_cache_file_is_rebuilt(corpus, tmp_path, caplog, damage):
    path = claim_vectors_path(tmp_path, corpus.version, HashingEmbedder.name)
    if isinstance(damage, bytes):
        path.write_bytes(damage)
    else:  # a readable .npz whose arrays are not float32 vector matrices
        with path.open("wb") as out:
            np.savez(out, b0=np.arange(6).reshape(2, 3))
    embedder = CountingEmbedder()
    with caplog.at_level(logging.WARNING, logger="assistant.claim_cache"):
        rebuilt = load_claim_map(corpus, embedder, tmp_path)
    assert rebuilt == from_scratch(corpus, HashingEmbedder())
    assert embedder.embedded > 0 and "unusable" in caplog.text
    again = CountingEmbedder()  # the bad file was replaced by a good one
    assert load_claim_map(corpus, again, tmp_path) == rebuilt and again.embedded == 0


def test_vectors_of_another_shape_are_embedded_again(corpus, tmp_path):
    load_claim_map(corpus, HashingEmbedder(dimension=384), tmp_path)
    smaller = HashingEmbedder(dimension=64)
    assert load_claim_map(corpus, smaller, tmp_path) == from_scratch(corpus, smaller)


def test_an_unwritable_cache_only_costs_time(corpus, tmp_path, caplog):
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the cache directory should be")
    with caplog.at_level(logging.WARNING, logger="assistant.claim_cache"):
        claim_map = load_claim_map(corpus, HashingEmbedder(), blocked)
    assert claim_map == from_scratch(corpus, HashingEmbedder())
    assert "not cached" in caplog.text
    assert blocked.read_text().startswith("a file")


@pytest.mark.slow
def test_the_real_models_claim_map_is_the_same_from_the_cache(corpus, tmp_path, embedder):
    scratch = from_scratch(corpus, embedder)
    assert load_claim_map(corpus, embedder, tmp_path) == scratch
    assert load_claim_map(corpus, embedder, tmp_path) == scratch  # now read from the file
    assert [s.score for c in scratch.claims for s in c.support]  # scores compared, to the bit


@pytest.mark.slow
def test_an_assistant_keeps_its_claim_vectors_in_its_cache_dir(assistant, settings, embedder):
    corpus = assistant.corpus
    assert claim_vectors_path(settings.cache_dir, corpus.version, embedder.name).is_file()
    assert assistant.composer.claims == from_scratch(corpus, embedder)


def test_the_cache_dir_is_under_the_data_dir_unless_the_operator_names_one(tmp_path):
    from assistant import Settings

    assert Settings(data_dir=tmp_path / "data").cache_dir == tmp_path / "data" / "cache"
    shared = Settings.from_env(
        {"ASSISTANT_DATA_DIR": str(tmp_path / "a"), "ASSISTANT_CACHE_ROOT": str(tmp_path / "c")}
    )
    assert shared.cache_dir == tmp_path / "c" and shared.data_dir == tmp_path / "a"
