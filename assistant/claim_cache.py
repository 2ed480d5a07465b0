"""The claim map's vectors on disk, so that a start does not embed the article again.

Building the claim map is two things: embedding the article's claims and the cited abstracts'
sentences (~0.4 s of every start), and choosing each claim's supporting sentences (~2 ms of
pure code). Only the first is cached: the file keeps each batch of texts the build embedded
with the vectors the model gave for it, so the map is rebuilt from them exactly as from
scratch, and a change of code (which sentences may be shown, say) still takes effect.

The file is named by a format version, the model and the corpus version; a missing, corrupt
or unreadable file only costs the embedding time, and an unwritable cache directory only
costs it at every start.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .claims import ClaimMap, EmbedFn, build_claim_map
from .corpus import Corpus
from .embedding import Embedder

logger = logging.getLogger(__name__)

FORMAT = 1  # bump when the file's layout or what its vectors mean changes


def claim_vectors_path(cache_dir: Path, corpus_version: str, model: str) -> Path:
    """Where the claim map of this corpus version under this model keeps its vectors."""
    safe_model = re.sub(r"[^A-Za-z0-9_.-]+", "_", model)
    return Path(cache_dir) / f"claim-vectors-v{FORMAT}-{safe_model}-{corpus_version}.npz"


def load_claim_map(corpus: Corpus, embedder: Embedder, cache_dir: Path) -> ClaimMap:
    """The corpus's claim map, its vectors read from `cache_dir` when an earlier start (or
    `assistant ingest`) left them there, embedded and saved there otherwise."""
    stored = StoredVectors(
        claim_vectors_path(cache_dir, corpus.version, embedder.name),
        embedder.embed,
        embedder.dimension,
    )
    stored.load()
    claim_map = build_claim_map(corpus.documents, stored.embed, corpus.version)
    stored.save()
    return claim_map


class StoredVectors:
    """An embed function that answers each batch of texts it has already seen from a file and
    embeds the others: vectors are kept per batch, exactly as the model gave them."""

    def __init__(self, path: Path, embed: EmbedFn, dimension: int) -> None:
        self.path = Path(path)
        self._embed = embed
        self._dimension = dimension
        self._vectors: dict[str, np.ndarray] = {}
        self._used: set[str] = set()
        self._changed = False

    def load(self) -> bool:
        """Read the file; False (and nothing kept) if it is missing or cannot be used."""
        try:
            with np.load(self.path, allow_pickle=False) as stored:
                vectors = {name: np.asarray(stored[name]) for name in stored.files}
        except FileNotFoundError:
            return False
        except Exception as exc:  # corrupt, truncated, unreadable: rebuild, never fail start
            logger.warning(
                "claim vectors at %s unusable (%s); embedding them again", self.path, exc
            )
            self._changed = True  # replace the bad file
            return False
        if any(v.dtype != np.float32 or v.ndim != 2 for v in vectors.values()):
            logger.warning("claim vectors at %s unusable (not float32 matrices)", self.path)
            self._changed = True
            return False
        self._vectors = vectors
        return True

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        key = _batch_key(texts)
        self._used.add(key)
        vectors = self._vectors.get(key)
        if vectors is None or vectors.shape != (len(texts), self._dimension):
            vectors = np.asarray(self._embed(texts), dtype=np.float32)
            self._vectors[key] = vectors
            self._changed = True
        return vectors

    def save(self) -> bool:
        """Write the batches this build used, if anything was embedded; atomically (a reader
        sees the old file or the new one), and a failure only logged."""
        if not self._changed:
            return False
        arrays = {key: self._vectors[key] for key in sorted(self._used)}
        tmp: str | None = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(
                prefix=self.path.stem + ".", suffix=".tmp", dir=self.path.parent
            )
            with os.fdopen(fd, "wb") as out:
                np.savez(out, **arrays)
            os.replace(tmp, self.path)
        except OSError as exc:
            logger.warning(
                "claim vectors not cached at %s (%s): each start embeds them again",
                self.path,
                exc,
            )
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
            return False
        self._changed = False
        return True


def _batch_key(texts: Sequence[str]) -> str:
    """A name for one batch of texts (an .npz member name: letters and digits only)."""
    digest = hashlib.sha256()
    for text in texts:
        digest.update(text.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return "b" + digest.hexdigest()[:32]
